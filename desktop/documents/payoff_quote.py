"""The payoff quote handed to the customer: what clears the loan, and until when.

Two sources, never confused on paper: the desk's own *estimate* (from the
loan's terms and recorded payments) and the *lender's* payoff letter, which
outranks it. A lender's quote past its good-through date is extended by the
per diem up to the issue date, and the page says so in a warning box: an
expired quote is never used silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from desktop.documents import labels
from desktop.documents.layout import WIDTH, Column, Sheet
from desktop.domain.assets import Property, Vehicle
from desktop.domain.loans import PayoffQuote

Source = Literal["estimate", "lender"]


@dataclass(frozen=True)
class VehicleLabel:
    make_model: str  # "トヨタ プリウス 2021"
    plate: str = ""
    vin: str = ""    # or the Japanese chassis number (車台番号)


@dataclass(frozen=True)
class PropertyLabel:
    address: str


AssetLabel = VehicleLabel | PropertyLabel


def asset_label(asset: Vehicle | Property) -> AssetLabel:
    if isinstance(asset, Vehicle):
        make_model = " ".join(p for p in (asset.make, asset.model, str(asset.year or "")) if p)
        return VehicleLabel(make_model, asset.plate, asset.vin)
    return PropertyLabel(asset.address)


@dataclass(frozen=True)
class PayoffQuoteDocument:
    language: str                  # the customer's: "en", "ja", "ru" or "zh"
    issued_on: date
    branch_name: str
    customer_name: str
    lender_name: str
    lender_phone: str
    account_number: str
    asset: AssetLabel | None       # None: the loan is on no recorded asset
    lender_is_owner_of_record: bool  # 所有権留保: the lender must release title
    quote: PayoffQuote
    source: Source
    prepared_by: str               # the clerk
    lender_reference: str = ""     # the lender's payoff letter: its reference...
    lender_received_on: date | None = None  # ...and the day the desk received it
    annual_rate: Decimal | None = None      # shown when known: 0.159 for 15.9 %
    # The estimate always has its breakdown; a lender's letter often states
    # one figure only (then the quote carries it as the principal outstanding).
    itemised: bool = True

    @property
    def shows_breakdown(self) -> bool:
        return self.source == "estimate" or self.itemised

    def __post_init__(self):
        if self.language not in labels.LABELS:
            raise ValueError(f"no document language {self.language!r}")
        if self.source == "lender":
            if not self.lender_reference.strip() or self.lender_received_on is None:
                raise ValueError("a lender's quote needs its reference and the day it was received")
            if self.lender_received_on > self.issued_on:
                raise ValueError("the lender's quote was received after this document's issue date")
        elif self.source == "estimate":
            if self.quote.good_through < self.issued_on:
                raise ValueError("an estimate is never back-dated: good-through is before the issue date")
        else:
            raise ValueError(f"source must be 'estimate' or 'lender', not {self.source!r}")

    @property
    def extension_days(self) -> int:
        """Days an expired lender's quote is extended by, up to the issue date."""
        if self.source != "lender":
            return 0
        return max((self.issued_on - self.quote.good_through).days, 0)


def render_payoff_quote(data: PayoffQuoteDocument) -> bytes:
    lang, q = data.language, data.quote

    def t(key: str, **values) -> str:
        return labels.label(lang, key, **values)

    def day(d: date) -> str:
        return labels.day(d, lang)

    def amount(m) -> str:  # the money column: no symbol, its header names the currency
        return labels.money(m, lang, with_symbol=False)

    def money(m) -> str:
        return labels.money(m, lang)

    title = t("payoff_quote.title")
    sheet = Sheet(
        lang, title=title,
        subject=t("payoff_quote.subject", account_number=data.account_number,
                  good_through=day(q.good_through)),
        footer=t("payoff_quote.footer", title=title, account_number=data.account_number,
                 branch=data.branch_name),
    )
    sheet.heading(title)

    if data.source == "estimate":
        sheet.banner([t("payoff_quote.estimate_banner")])
    else:
        sheet.banner([t("payoff_quote.lender_banner", reference=data.lender_reference,
                        received_on=day(data.lender_received_on))])
    days = data.extension_days
    if days:
        sheet.banner([t("payoff_quote.expired_warning", good_through=day(q.good_through),
                        days=days, per_diem=money(q.per_diem),
                        extension=money(q.per_diem * days))], warning=True)

    sheet.section(t("payoff_quote.section.parties"))
    sheet.rows([
        (t("payoff_quote.branch"), data.branch_name),
        (t("payoff_quote.customer"), data.customer_name),
        (t("payoff_quote.lender"), data.lender_name),
        (t("payoff_quote.lender_phone"), data.lender_phone),
        (t("payoff_quote.prepared_by"), data.prepared_by),
    ])

    sheet.section(t("payoff_quote.section.loan"))
    loan = [(t("payoff_quote.account_number"), data.account_number)]
    if data.annual_rate is not None:
        loan.append((t("payoff_quote.interest_rate"),
                     t("payoff_quote.rate_value", rate=labels.rate(data.annual_rate, lang))))
    if isinstance(data.asset, VehicleLabel):
        loan += [(t("payoff_quote.vehicle"), data.asset.make_model),
                 (t("payoff_quote.plate"), data.asset.plate),
                 (t("payoff_quote.vin"), data.asset.vin)]
    elif isinstance(data.asset, PropertyLabel):
        loan.append((t("payoff_quote.property"), data.asset.address))
    sheet.rows(loan)
    if data.lender_is_owner_of_record:
        sheet.space(3)
        sheet.paragraph(t("payoff_quote.owner_of_record", lender=data.lender_name), bold=True)

    sheet.section(t("payoff_quote.section.dates"))
    dates = [(t("payoff_quote.issued_on"), day(data.issued_on)),
             (t("payoff_quote.good_through"), day(q.good_through))]
    if q.last_due_date is not None:
        dates.append((t("payoff_quote.last_due_date"), day(q.last_due_date)))
    sheet.rows(dates)

    sheet.section(t("payoff_quote.section.breakdown"))
    if data.shows_breakdown:
        rows = [
            (t("payoff_quote.principal_outstanding"), amount(q.principal_outstanding)),
            (t("payoff_quote.accrued_interest"), amount(q.accrued_interest)),
            (t("payoff_quote.past_due"), amount(q.past_due)),
            (t("payoff_quote.penalty_interest"), amount(q.penalty_interest)),
            (t("payoff_quote.fees"), amount(q.fees)),
            (t("payoff_quote.prepayment_compensation"), amount(q.prepayment_compensation)),
        ]
    else:  # a letter that states one figure: print that figure, nothing invented
        rows = [(t("payoff_quote.lender_amount", reference=data.lender_reference), amount(q.total))]
    rows.append((t("payoff_quote.total", good_through=day(q.good_through)), amount(q.total)))
    emphasis = {len(rows) - 1}
    if days:
        rows.append((t("payoff_quote.extension", days=days, per_diem=amount(q.per_diem)),
                     amount(q.per_diem * days)))
        rows.append((t("payoff_quote.total_on", day=day(data.issued_on)),
                     amount(q.amount_on(data.issued_on))))
        emphasis.add(len(rows) - 1)
    rows.append((t("payoff_quote.per_diem"), amount(q.per_diem)))
    money_width = WIDTH * 0.3
    sheet.table([Column(t("payoff_quote.item"), WIDTH - money_width),
                 Column(t("payoff_quote.amount", currency=q.currency), money_width, "right")],
                rows, emphasis=frozenset(emphasis))

    # The per diem runs on from the day the figures are good through.
    good_through = max(q.good_through, data.issued_on) if days else q.good_through
    sheet.paragraph(t("payoff_quote.per_diem_sentence", good_through=day(good_through),
                      per_diem=money(q.per_diem)), bold=True)
    sheet.space(4)
    note = "payoff_quote.estimate_note" if data.source == "estimate" else "payoff_quote.lender_note"
    sheet.paragraph(t(note), size=8.5)

    sheet.signatures([(t("payoff_quote.signature.clerk"), data.prepared_by),
                      (t("payoff_quote.signature.customer"), data.customer_name)])
    return sheet.finish()
