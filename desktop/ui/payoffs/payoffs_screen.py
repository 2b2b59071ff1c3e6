"""Payoffs: what clears a loan on a given day, and how that figure is made up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.money import format_money
from desktop.ui.context import UiContext
from desktop.ui.i18n import fill


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PayoffsScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loan_id: str | None = None
        self.quote = None
        self._generation = 0

        self.heading = QLabel(self.tr("Choose a loan on the Customers screen (Payoff…) to see what clears it."))
        self.heading.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("payoffDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(_qdate(ctx.today()))
        self.kind_label = QLabel()
        self.kind_label.setObjectName("quoteKind")
        top = QHBoxLayout()
        date_label = QLabel(self.tr("Payoff &on"))
        date_label.setBuddy(self.date_edit)
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.kind_label)
        top.addStretch(1)

        self.breakdown = QTableWidget(0, 2)
        self.breakdown.setObjectName("payoffBreakdown")
        self.breakdown.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Amount")])
        self.breakdown.verticalHeader().hide()
        self.breakdown.horizontalHeader().setStretchLastSection(True)
        self.breakdown.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        facts_box = QGroupBox(self.tr("Quote"))
        facts = QFormLayout(facts_box)
        self.total_label = QLabel()
        self.total_label.setObjectName("payoffTotal")
        self.per_diem_label = QLabel()
        self.good_through_label = QLabel()
        self.arrears_label = QLabel()
        self.arrears_label.setWordWrap(True)
        facts.addRow(self.tr("Payoff"), self.total_label)
        facts.addRow(self.tr("Per diem"), self.per_diem_label)
        facts.addRow(self.tr("Good through"), self.good_through_label)
        facts.addRow(self.tr("Arrears"), self.arrears_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.breakdown, 1)
        layout.addWidget(facts_box)
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())

    def payoff_date(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def show_loan(self, loan_id: str) -> None:
        self.loan_id = loan_id
        self.refresh()

    def refresh(self) -> None:
        if not self.loan_id:
            return
        self._generation += 1
        generation, loan_id, day = self._generation, self.loan_id, self.payoff_date()
        services = self.ctx.services

        def load():
            return (services.loans.overview(loan_id), services.payoffs.quote(loan_id, day),
                    services.payoffs.arrears(loan_id, day))

        self.ctx.runner.run(load, lambda answer: self._show(generation, answer))

    def _show(self, generation: int, answer) -> None:
        if generation != self._generation:
            return
        overview, quote, arrears = answer
        self.quote = quote
        locale = self.locale().name()
        money = lambda m: format_money(m, locale)  # noqa: E731
        self.heading.setText(
            f"<h2>{overview.account_number} — {overview.lender_name}</h2>"
            f"{overview.borrower_name} · {overview.asset_label or self.tr('no asset recorded')}")
        self.kind_label.setText(self.tr("Estimate by the desk (no lender quote recorded)"))
        rows = [(self.tr("Principal outstanding"), quote.principal_outstanding),
                (self.tr("Interest accrued since the last due date"), quote.accrued_interest),
                (self.tr("Past-due installments"), quote.past_due),
                (self.tr("Penalty interest"), quote.penalty_interest),
                (self.tr("Fees"), quote.fees),
                (self.tr("Prepayment compensation"), quote.prepayment_compensation),
                (self.tr("Total payoff"), quote.total)]
        self.breakdown.setRowCount(len(rows))
        for i, (label, amount) in enumerate(rows):
            self.breakdown.setItem(i, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(money(amount))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.breakdown.setItem(i, 1, item)
        bold = self.breakdown.item(len(rows) - 1, 0).font()
        bold.setBold(True)
        self.breakdown.item(len(rows) - 1, 0).setFont(bold)
        self.breakdown.item(len(rows) - 1, 1).setFont(bold)
        self.breakdown.resizeColumnToContents(0)
        self.total_label.setText(f"<b>{money(quote.total)}</b>")
        self.per_diem_label.setText(fill(self.tr("{amount} a day after the good-through date"), amount=money(quote.per_diem)))
        self.good_through_label.setText(quote.good_through.isoformat())
        if arrears.installments_due and arrears.past_due:
            self.arrears_label.setText(
                fill(self.tr("{amount} overdue, {days} days past due; missed {consecutive} in a row, "
                             "{cumulative} in all"),
                     amount=money(arrears.arrears), days=arrears.days_past_due,
                     consecutive=arrears.consecutive_missed, cumulative=arrears.cumulative_missed))
        else:
            self.arrears_label.setText(self.tr("None"))
