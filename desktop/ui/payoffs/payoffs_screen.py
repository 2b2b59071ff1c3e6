"""Payoffs: look the loan up, see what clears it on the day, print the quote,
and follow the payoff until the lien is released."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.ui.context import UiContext
from desktop.ui.payoffs.lookup_panel import LookupPanel
from desktop.ui.payoffs.open_releases import OpenReleases
from desktop.ui.payoffs.payoff_panel import PayoffPanel
from desktop.ui.payoffs.release_panel import ReleasePanel


class PayoffsScreen(QWidget):
    print_requested = Signal(str, object)  # loan id, payoff date

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lookup = LookupPanel(ctx)
        self.payoff = PayoffPanel(ctx)
        self.release = ReleasePanel(ctx)
        self.open_releases = OpenReleases(ctx)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.payoff, 3)
        right_layout.addWidget(self.release)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.lookup)
        top.addWidget(right)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 3)
        top.setSizes([300, 900])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(self.open_releases)
        outer.setStretchFactor(0, 4)
        outer.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(outer)

        self.lookup.loan_chosen.connect(self.show_loan)
        self.open_releases.loan_chosen.connect(self.show_loan)
        self.payoff.loan_changed.connect(
            lambda overview: self.release.show_loan(overview.id, self.payoff.figure.amount))
        self.payoff.print_requested.connect(self.print_requested)
        self.release.changed.connect(self.open_releases.refresh)

    @property
    def quote(self):
        """The desk's estimate on show (the figure's own breakdown)."""
        return self.payoff.figure.estimate if self.payoff.figure else None

    def focus_search(self) -> None:
        self.lookup.focus_search()

    def show_loan(self, loan_id: str) -> None:
        self.payoff.show_loan(loan_id)
