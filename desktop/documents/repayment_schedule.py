"""The repayment schedule handed over with an approved loan (график платежей,
返済予定表, 还款计划表): every installment with its due date, payment,
principal, interest and the balance left, and the totals.

It prints a `Schedule` of desktop/domain/loans.py as it is: the document adds
no arithmetic of its own beyond summing the rows, and the figures it states
about the loan (amount, rate, term, method, first due date, totals) must be
the schedule's own, or it refuses to print. A long schedule (240 months)
flows over pages with the header row repeated and "Page 2 of 5" at the foot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.documents import labels
from desktop.documents.dossier_inventory import (SECTION_HEIGHT, CreditSheet, check_language,
                                                 short_day, signature_lines,
                                                 signature_lines_height)
from desktop.documents.layout import GREY, LEADING, SMALL, WIDTH, Column, wrap_text
from desktop.documents.settlement_statement import _seal_layout, header_pairs, seal_boxes
from desktop.domain.loans import RepaymentMethod, Schedule
from desktop.domain.money import Money


@dataclass(frozen=True)
class RepaymentScheduleDocument:
    lender_name: str
    borrower_name: str
    program_name: str
    contract_number: str            # the loan contract's (or, before it, the application's)
    printed_on: date                # no clock: the day it is printed
    loan_amount: Money
    annual_rate: Decimal            # Decimal("0.0285") for 2.85 %
    term_months: int
    method: RepaymentMethod
    first_due_on: date
    schedule: Schedule
    # The totals as the caller has them; None: the schedule's own. Given, they
    # must equal the schedule's to the minor unit.
    total_payment: Money | None = None
    total_interest: Money | None = None

    def __post_init__(self):
        object.__setattr__(self, "method", RepaymentMethod(self.method))
        s = self.schedule
        if not isinstance(s, Schedule) or not s.installments:
            raise ValueError("a repayment schedule prints a Schedule with its installments")
        terms = s.terms
        if not isinstance(self.loan_amount, Money) or self.loan_amount != terms.principal:
            raise ValueError(f"the loan amount {self.loan_amount} is not the schedule's "
                             f"{terms.principal}")
        if s.total_principal != self.loan_amount:
            raise ValueError(f"the schedule repays {s.total_principal}, not the loan amount "
                             f"{self.loan_amount}")
        if Decimal(self.annual_rate) != terms.annual_rate:
            raise ValueError(f"the rate {self.annual_rate} is not the schedule's "
                             f"{terms.annual_rate}")
        if self.term_months != terms.term_months:
            raise ValueError(f"the term {self.term_months} is not the schedule's "
                             f"{terms.term_months}")
        if self.method is not terms.method:
            raise ValueError(f"the method {self.method.value} is not the schedule's "
                             f"{terms.method.value}")
        if self.first_due_on != s.installments[0].due_date:
            raise ValueError(f"the first due date {self.first_due_on} is not the schedule's "
                             f"{s.installments[0].due_date}")
        for name, own in (("total_payment", s.total_payment), ("total_interest", s.total_interest)):
            given = getattr(self, name)
            if given is None:
                object.__setattr__(self, name, own)
            elif given != own:
                raise ValueError(f"the {name.replace('_', ' ')} {given} is not the "
                                 f"schedule's {own}")

    @classmethod
    def of(cls, schedule: Schedule, *, lender_name: str, borrower_name: str, program_name: str,
           contract_number: str, printed_on: date) -> RepaymentScheduleDocument:
        """The document of a schedule: the loan's figures are the schedule's own."""
        terms = schedule.terms
        return cls(lender_name=lender_name, borrower_name=borrower_name,
                   program_name=program_name, contract_number=contract_number,
                   printed_on=printed_on, loan_amount=terms.principal,
                   annual_rate=terms.annual_rate, term_months=terms.term_months,
                   method=terms.method, first_due_on=schedule.installments[0].due_date,
                   schedule=schedule)

    @property
    def currency(self) -> str:
        return self.loan_amount.currency

    @property
    def last_due_on(self) -> date:
        return self.schedule.installments[-1].due_date


TABLE = 8  # the schedule's type size: about fifty rows a page
PAD = 3  # Sheet.table's cell padding
KEEP = 3  # installments kept on the page of the totals and the signatures


class _ScheduleSheet(CreditSheet):
    """Keeps the last installments on one page with the totals and the signatures,
    so that the last page never holds a totals row alone.

    Sheet.table asks need() once for its header and then once before each row;
    keep_tail makes the call for row `first` ask for the tail's height as well.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._calls_to_tail: int | None = None
        self._tail_height = 0.0

    def keep_tail(self, first: int, height: float) -> None:
        self._calls_to_tail, self._tail_height = first + 1, height  # + 1: the header's call

    def need(self, height: float) -> bool:
        if self._calls_to_tail is not None:
            if self._calls_to_tail == 0:
                height += self._tail_height
                self._calls_to_tail = None
            else:
                self._calls_to_tail -= 1
        return super().need(height)


def render_repayment_schedule(data: RepaymentScheduleDocument, language: str) -> bytes:
    check_language(language)
    lang, s = language, data.schedule

    def t(key: str, **values) -> str:
        return labels.label(lang, key, **values)

    def day(d: date) -> str:
        return labels.day(d, lang)

    def amount(m: Money) -> str:  # the money columns: no symbol, the header names the currency
        return labels.money(m, lang, with_symbol=False)

    def money(m: Money) -> str:
        return labels.money(m, lang)

    # 円 on a Japanese page, the ISO code elsewhere.
    unit = "円" if data.currency == "JPY" and lang == "ja" else data.currency
    title = t("schedule.title")
    sheet = _ScheduleSheet(
        lang, title=title,
        subject=t("schedule.subject", number=data.contract_number, borrower=data.borrower_name),
        footer=t("schedule.footer", title=title, number=data.contract_number,
                 lender=data.lender_name))
    sheet.heading(title)

    method = t(f"schedule.method.{data.method.value}")
    left = [(t("schedule.lender"), data.lender_name),
            (t("schedule.borrower"), data.borrower_name),
            (t("schedule.program"), data.program_name),
            (t("schedule.contract_number"), data.contract_number),
            (t("schedule.method"), method),
            (t("schedule.printed_on"), day(data.printed_on))]
    right = [(t("schedule.amount"), money(data.loan_amount)),
             (t("schedule.rate"),
              t("schedule.rate_value", rate=labels.rate(data.annual_rate, lang))),
             (t("schedule.term"), t("schedule.term_value", months=data.term_months)),
             (t("schedule.disbursed_on"), day(s.terms.disbursed_on)),
             (t("schedule.first_due"), day(data.first_due_on)),
             (t("schedule.last_due"), day(data.last_due_on)),
             (t("schedule.count"), str(len(s.installments))),
             (t("schedule.total_payment"), money(data.total_payment)),
             (t("schedule.total_interest"), money(data.total_interest))]
    sheet.section(t("schedule.section.loan"))
    header_pairs(sheet, left, right, size=8.5)
    sheet.space(4)
    # What the rows follow, before them: the last page keeps to the totals and the signatures.
    sheet.paragraph(t(f"schedule.formula.{data.method.value}") + " " + t("schedule.rounding_note"),
                    size=SMALL, color=GREY)

    sheet.section(t("schedule.section.payments"))
    no, due = 30, 64
    money_width = (WIDTH - no - due) / 4
    columns = [Column(t("schedule.col.no"), no, "right"),
               Column(t("schedule.col.due"), due),
               Column(t("schedule.col.payment", currency=unit), money_width, "right"),
               Column(t("schedule.col.principal", currency=unit), money_width, "right"),
               Column(t("schedule.col.interest", currency=unit), money_width, "right"),
               Column(t("schedule.col.balance", currency=unit), money_width, "right")]
    rows = []
    for row in s.installments:
        when = short_day(row.due_date, lang)
        if row.prepayment:
            when = f"{when} {t('schedule.prepayment')}"
        rows.append((str(row.number), when, amount(row.payment), amount(row.principal),
                     amount(row.interest), amount(row.closing_balance)))
    rows.append(("", t("schedule.total"), amount(data.total_payment), amount(s.total_principal),
                 amount(data.total_interest), ""))

    signers = [(t("schedule.signature.lender"), data.lender_name),
               (t("schedule.signature.borrower"), data.borrower_name)]
    lines = [(caption, (name,)) for caption, name in signers]
    seals = lang == "ja"  # seals (印), as a Japanese schedule is acknowledged
    signatures = SECTION_HEIGHT + (_seal_layout(sheet, signers, "")[-1] if seals
                                   else signature_lines_height(sheet, lines))

    def height(values, bold=False) -> float:
        cells = [wrap_text(v, lang, TABLE, col.width - 2 * PAD, bold)
                 for v, col in zip(values, columns)]
        return max(len(c) for c in cells) * TABLE * LEADING + 2 * PAD

    first = max(len(rows) - 1 - KEEP, 0)
    sheet.keep_tail(first, sum(height(r) for r in rows[first + 1:-1]) + height(rows[-1], True)
                    + 4 + signatures)
    sheet.table(columns, rows, emphasis=frozenset({len(rows) - 1}), size=TABLE)

    sheet.need(signatures)
    sheet.section(t("schedule.section.signatures"))
    if seals:
        seal_boxes(sheet, signers)
    else:
        signature_lines(sheet, lines)
    return sheet.finish()
