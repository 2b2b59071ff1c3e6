"""Every payoff not yet released, the late ones first and in red: the desk's
defence against the trade-in customer who keeps paying a sold car's loan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QGroupBox, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.releases import ReleaseStage
from desktop.ui.context import UiContext
from desktop.ui.i18n import fill
from desktop.ui.widgets.tables import record_table

_LATE = QBrush(QColor("#b71c1c"))


class OpenReleases(QGroupBox):
    loan_chosen = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list = []
        self.setTitle(self.tr("Payoffs awaiting release"))
        self.stage_names = {
            ReleaseStage.AWAITING_PAYOFF: self.tr("payoff not sent"),
            ReleaseStage.PAYOFF_SENT: self.tr("payoff sent"),
            ReleaseStage.LENDER_CONFIRMED: self.tr("lender confirmed"),
        }
        self.table = record_table([self.tr("Account"), self.tr("Customer"), self.tr("Lender"),
                                              self.tr("Stage"), self.tr("Due"), self.tr("Late")], "openReleases")
        QVBoxLayout(self).addWidget(self.table)
        self.table.cellActivated.connect(lambda row, _col: self.loan_chosen.emit(self.rows[row].loan_id))

    def refresh(self) -> None:
        releases = self.ctx.services.releases
        today = self.ctx.today()
        self.ctx.runner.run(lambda: releases.open_releases(today), self._show)

    def _show(self, rows: list) -> None:
        self.rows = sorted(rows, key=lambda r: (-r.days_late, r.due_on))
        late = sum(1 for r in self.rows if r.days_late > 0)
        self.setTitle(fill(self.tr("Payoffs awaiting release: {count}, {late} late"),
                           count=len(self.rows), late=late))
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            cells = (r.account_number, r.borrower_name, r.lender_name,
                     self.stage_names.get(r.stage, str(r.stage)), r.due_on.isoformat(),
                     fill(self.tr("{days} days"), days=r.days_late) if r.days_late > 0 else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.days_late > 0:
                    item.setForeground(_LATE)
                if col == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
