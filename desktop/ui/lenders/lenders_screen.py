"""Lenders: the directory of banks and finance companies — how each takes a
payoff request, which release documents it issues, how long it takes."""

from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from desktop.ui.context import UiContext
from desktop.ui.i18n import fill
from desktop.ui.lenders.lender_dialog import LenderDialog
from desktop.ui.widgets.choices import lender_kinds
from desktop.ui.widgets.tables import record_table


class LendersScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lenders: list = []
        self.table = record_table([
            self.tr("Lender"), self.tr("Kind"), self.tr("Phone"), self.tr("Payoff requests"),
            self.tr("Release documents"), self.tr("Release time")], "lenderDirectory")
        self.add_button = QPushButton(self.tr("&Add lender…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Lenders</h2>")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.cellActivated.connect(lambda _r, _c: self.edit_selected())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.runner.run(self.ctx.services.loans.lenders, self._show)

    def _show(self, lenders: list) -> None:
        self.lenders = list(lenders)
        kinds = dict(lender_kinds())
        self.table.setRowCount(len(self.lenders))
        for i, lender in enumerate(self.lenders):
            days = "" if lender.release_days is None else fill(self.tr("{days} days"), days=lender.release_days)
            cells = (lender.name, kinds.get(lender.kind.value, lender.kind.value), lender.phone,
                     lender.payoff_request_method, ", ".join(lender.release_documents), days)
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(self.lenders[rows[0].row()])

    def _open(self, lender) -> None:
        dialog = LenderDialog(self.ctx, lender, parent=self)
        dialog.saved.connect(lambda _l: self.refresh())
        self.dialog = dialog  # reachable for tests
        dialog.open()
