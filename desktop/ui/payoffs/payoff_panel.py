"""What clears one loan on a chosen day: the figure, where it comes from,
how it is made up, and the lender letters on file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.money import Money, format_money
from desktop.domain.payoffs import PayoffSource
from desktop.ui.context import UiContext
from desktop.ui.i18n import fill, render_notice
from desktop.ui.payoffs.lender_quote_dialog import LenderQuoteDialog
from desktop.ui.widgets.tables import record_table

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PayoffPanel(QWidget):
    print_requested = Signal(str, object)  # loan id, payoff date
    loan_changed = Signal(object)          # the LoanOverview on show

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loan_id: str | None = None
        self.overview = None
        self.figure = None
        self._generation = 0

        self.heading = QLabel(self.tr("Look a loan up on the left to see what clears it."))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("payoffDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        # A payoff is quoted for today or later, never back-dated.
        self.date_edit.setMinimumDate(_qdate(ctx.today()))
        self.date_edit.setDate(_qdate(ctx.today()))
        self.source_label = QLabel()
        self.source_label.setObjectName("payoffSource")
        self.source_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("payoffWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            "QLabel { background: #fff4e5; color: #7a4100; border: 1px solid #f5c28b;"
            " border-radius: 4px; padding: 6px; }")
        self.warning_label.hide()

        date_label = QLabel(self.tr("Payoff &on"))
        date_label.setBuddy(self.date_edit)
        self.record_letter_button = QPushButton(self.tr("Record lender &letter…"))
        self.print_button = QPushButton(self.tr("&Print quote…"))
        top = QHBoxLayout()
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        top.addStretch(1)
        top.addWidget(self.record_letter_button)
        top.addWidget(self.print_button)

        self.breakdown = record_table([self.tr("Item"), self.tr("Amount")])
        self.breakdown.setObjectName("payoffBreakdown")
        self.total_label = QLabel()
        self.total_label.setObjectName("payoffTotal")
        self.per_diem_label = QLabel()
        self.good_through_label = QLabel()
        self.arrears_label = QLabel()
        self.arrears_label.setWordWrap(True)
        facts_box = QGroupBox(self.tr("Payoff"))
        facts = QFormLayout(facts_box)
        facts.addRow(self.tr("To clear the loan"), self.total_label)
        facts.addRow(self.tr("Per diem"), self.per_diem_label)
        facts.addRow(self.tr("Good through"), self.good_through_label)
        facts.addRow(self.tr("Arrears"), self.arrears_label)
        middle = QHBoxLayout()
        middle.addWidget(self.breakdown, 3)
        middle.addWidget(facts_box, 2)

        self.letters = record_table([self.tr("Letter"), self.tr("Amount"), self.tr("Good through"),
                               self.tr("Per diem"), self.tr("Received"), self.tr("By")])
        self.letters.setObjectName("lenderLetters")
        self.letters.setMaximumHeight(self.letters.fontMetrics().height() * 7)
        letters_box = QGroupBox(self.tr("Lender payoff letters"))
        QVBoxLayout(letters_box).addWidget(self.letters)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.source_label)
        layout.addWidget(self.warning_label)
        layout.addLayout(middle, 1)
        layout.addWidget(letters_box)

        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.record_letter_button.clicked.connect(self.record_letter)
        self.print_button.clicked.connect(
            lambda: self.loan_id and self.print_requested.emit(self.loan_id, self.payoff_date()))
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for w in (self.record_letter_button, self.print_button, self.date_edit):
            w.setEnabled(on)

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
            return (services.loans.overview(loan_id), services.payoffs.payoff_on(loan_id, day),
                    services.payoffs.arrears(loan_id, day), services.payoffs.lender_quotes(loan_id))

        self.ctx.runner.run(load, lambda answer: self._show(generation, answer))

    def _money(self, amount: Money) -> str:
        return format_money(amount, self.locale().name())

    def _show(self, generation: int, answer) -> None:
        if generation != self._generation:
            return
        overview, figure, arrears, letters = answer
        self.overview, self.figure = overview, figure
        self._enable(True)
        money = self._money
        owner_note = (self.tr("The lender is the owner of record: the title moves only after the payoff.")
                      if overview.lender_is_owner_of_record else "")
        self.heading.setText(
            f"<h2>{overview.account_number} — {overview.lender_name}</h2>"
            f"{overview.borrower_name} · {overview.asset_label or self.tr('no asset recorded')}"
            + (f"<br><i>{owner_note}</i>" if owner_note else ""))
        letter = figure.lender_quote
        if figure.source is PayoffSource.ESTIMATE:
            self.source_label.setText(self.tr("Estimate by the desk — no lender payoff letter on file."))
        elif figure.source is PayoffSource.LENDER_QUOTE:
            self.source_label.setText(fill(self.tr("Lender's payoff letter {reference}, good through {date}."),
                                           reference=letter.reference, date=letter.good_through.isoformat()))
        else:
            self.source_label.setText(fill(self.tr("Lender's payoff letter {reference}, extended past {date}."),
                                           reference=letter.reference, date=letter.good_through.isoformat()))
        notices = [render_notice(n, self.locale().name()) for n in figure.warnings]
        self.warning_label.setText("\n".join("⚠ " + n for n in notices))
        self.warning_label.setVisible(bool(notices))

        estimate = figure.estimate
        rows = [(self.tr("Principal outstanding"), estimate.principal_outstanding),
                (self.tr("Interest accrued since the last due date"), estimate.accrued_interest),
                (self.tr("Past-due installments"), estimate.past_due),
                (self.tr("Penalty interest"), estimate.penalty_interest),
                (self.tr("Fees"), estimate.fees),
                (self.tr("Prepayment compensation"), estimate.prepayment_compensation),
                (self.tr("Desk's estimate"), estimate.total)]
        if letter is not None:
            rows.append((fill(self.tr("Lender's letter {reference}"), reference=letter.reference),
                         letter.amount))
            if figure.days_extended:
                rows.append((fill(self.tr("Extension: {days} days × {per_diem}"), days=figure.days_extended,
                                  per_diem=money(letter.per_diem)),
                             letter.per_diem * figure.days_extended))
        self.breakdown.setRowCount(len(rows))
        for i, (label, amount) in enumerate(rows):
            self.breakdown.setItem(i, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(money(amount))
            item.setTextAlignment(_RIGHT)
            self.breakdown.setItem(i, 1, item)
        self.total_label.setText(f"<b>{money(figure.amount)}</b>")
        self.per_diem_label.setText(fill(self.tr("{amount} a day after the good-through date"),
                                         amount=money(figure.per_diem)))
        self.good_through_label.setText(figure.good_through.isoformat())
        if arrears.arrears.is_positive():
            self.arrears_label.setText(fill(
                self.tr("{amount} overdue, {days} days past due; missed {consecutive} in a row, "
                        "{cumulative} in all"),
                amount=money(arrears.arrears), days=arrears.days_past_due,
                consecutive=arrears.consecutive_missed, cumulative=arrears.cumulative_missed))
        else:
            self.arrears_label.setText(self.tr("None"))
        self._show_letters(letters)
        self.loan_changed.emit(overview)

    def _show_letters(self, letters: list) -> None:
        self.letters.setRowCount(len(letters))
        for i, q in enumerate(letters):
            cells = (q.reference, self._money(q.amount), q.good_through.isoformat(),
                     self._money(q.per_diem), q.received_on.isoformat(), q.received_by)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 3):
                    item.setTextAlignment(_RIGHT)
                self.letters.setItem(i, col, item)

    def record_letter(self) -> None:
        if self.overview is None:
            return
        dialog = LenderQuoteDialog(self.ctx, self.overview, parent=self)
        dialog.saved.connect(lambda _q: self.refresh())
        self.letter_dialog = dialog  # reachable for tests
        dialog.open()
