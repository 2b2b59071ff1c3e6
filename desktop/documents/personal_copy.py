"""A person's copy of everything the desk holds on them (APPI art. 33,
152-FZ art. 14, PIPL art. 45), printed in the customer's language.

The same data goes with it as JSON (the service builds both from one read):
this page is for reading, the JSON for taking elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from babel.numbers import format_decimal

from reportlab.lib.units import mm

from desktop.documents import labels
from desktop.documents.layout import BODY, LEADING, WIDTH, Column, Sheet, wrap_text
from desktop.domain.assets import Property, Vehicle
from desktop.domain.customers import Customer, ObligationKind
from desktop.domain.loan_accounts import LoanStatus
from desktop.domain.loans import LoanTerms, PaymentMade
from desktop.domain.money import Money
from desktop.domain.payoffs import LenderQuote
from desktop.domain.releases import LienRelease
from desktop.domain.retention import Consent


# Each language by its own name: the customer reads it in any document.
LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "ru": "Русский", "zh": "中文"}


@dataclass(frozen=True)
class LoanCopy:
    account_number: str
    lender_name: str
    terms: LoanTerms
    status: LoanStatus
    asset_label: str = ""
    payments: tuple[PaymentMade, ...] = ()
    lender_quotes: tuple[LenderQuote, ...] = ()
    releases: tuple[LienRelease, ...] = ()


@dataclass(frozen=True)
class DocumentLine:
    issued_at: datetime
    kind: str
    file_name: str
    sha256: str


@dataclass(frozen=True)
class AuditLine:
    at: datetime          # in the branch's zone
    action: str           # "customer.take_in"
    actor: str


@dataclass(frozen=True)
class PersonalCopyDocument:
    language: str                        # the customer's
    issued_on: date
    branch_name: str
    prepared_by: str
    customer: Customer
    consents: tuple[Consent, ...] = ()   # when empty, intake's consent is shown
    assets: tuple[Vehicle | Property, ...] = ()
    loans: tuple[LoanCopy, ...] = ()
    documents: tuple[DocumentLine, ...] = ()
    audit: tuple[AuditLine, ...] = field(default_factory=tuple)

    def __post_init__(self):
        if self.language not in labels.LABELS:
            raise ValueError(f"no document language {self.language!r}")


def render_personal_copy(data: PersonalCopyDocument) -> bytes:
    lang, c = data.language, data.customer
    known = labels.LABELS[lang]

    def t(key: str, **values) -> str:
        return labels.label(lang, key, **values)

    def t_or(key: str, fallback: str) -> str:
        return t(key) if key in known else fallback

    def day(d: date | None) -> str:
        return "" if d is None else labels.day(d, lang)

    def money(m: Money | None) -> str:
        return "" if m is None else labels.money(m, lang)

    def amount(m: Money) -> str:
        return labels.money(m, lang, with_symbol=False)

    def number(value) -> str:
        return format_decimal(value, locale=labels.LOCALES[lang])

    def months(n: int | None) -> str:
        return "" if n is None else t("personal_copy.months", months=n)

    def filled(pairs):
        return [(k, v) for k, v in pairs if v not in ("", None)]

    title = t("personal_copy.title")
    sheet = Sheet(lang, title=title, subject=t("personal_copy.subject", name=c.full_name),
                  footer=t("personal_copy.footer", title=title, name=c.full_name,
                           branch=data.branch_name))
    sheet.heading(title)
    sheet.paragraph(t("personal_copy.intro", branch=data.branch_name, day=day(data.issued_on)))
    sheet.space(4)
    sheet.rows([(t("personal_copy.branch"), data.branch_name),
                (t("personal_copy.issued_on"), day(data.issued_on)),
                (t("personal_copy.prepared_by"), data.prepared_by)])

    # -- the customer ----------------------------------------------------------
    sheet.section(t("personal_copy.section.details"))
    sheet.rows(filled([
        (t("personal_copy.family_name"), c.family_name),
        (t("personal_copy.given_name"), c.given_name),
        (t("personal_copy.name_reading"), c.name_reading),
        (t("personal_copy.birth_date"), day(c.birth_date)),
        (t("personal_copy.sex"), t(f"personal_copy.sex.{c.sex.value}") if c.sex else ""),
        (t("personal_copy.citizenship"), c.citizenship),
        (t("personal_copy.language"), LANGUAGE_NAMES.get(c.language, c.language)),
        (t("personal_copy.id_document"), t(f"personal_copy.id_document.{c.id_document_kind.value}")),
        (t("personal_copy.id_document_number"), c.id_document_number),
        (t("personal_copy.id_document_issued_on"), day(c.id_document_issued_on)),
        (t("personal_copy.phone"), c.phone),
        (t("personal_copy.email"), c.email),
        (t("personal_copy.address"), c.address),
        (t("personal_copy.region"), c.region),
        (t("personal_copy.employer"), c.employer),
        (t("personal_copy.position"), c.position),
        (t("personal_copy.employed_since"), day(c.employed_since)),
        (t("personal_copy.employment_months"), months(c.total_employment_months)),
        (t("personal_copy.income"), money(c.net_monthly_income)),
    ]))

    sheet.section(t("personal_copy.section.obligations"))
    if c.obligations:
        w = WIDTH / 5
        sheet.table(
            [Column(t("personal_copy.creditor"), w * 1.4), Column(t("personal_copy.kind"), w * 1.1),
             Column(t("personal_copy.monthly_payment"), w, "right"),
             Column(t("personal_copy.credit_limit"), w, "right"),
             Column(t("personal_copy.at_this_bank"), WIDTH - w * 4.5, "center")],
            [(ob.creditor, t(f"personal_copy.obligation.{ObligationKind(ob.kind).value}"),
              money(ob.monthly_payment), money(ob.credit_limit),
              t("personal_copy.yes") if ob.at_this_bank else t("personal_copy.no"))
             for ob in c.obligations])
    else:
        sheet.paragraph(t("personal_copy.none"))

    sheet.section(t("personal_copy.section.consents"))
    if data.consents:
        rows = [(day(k.given_on), k.purpose, k.form_ref,
                 day(k.withdrawn_on) if k.withdrawn_on else t("personal_copy.in_force"))
                for k in data.consents]
    elif c.consent_given_on:
        rows = [(day(c.consent_given_on), c.consent_purpose, t("personal_copy.at_intake"),
                 t("personal_copy.in_force"))]
    else:
        rows = []
    if rows:
        w = WIDTH / 4
        sheet.table([Column(t("personal_copy.given_on"), w), Column(t("personal_copy.purpose"), w * 1.2),
                     Column(t("personal_copy.form_ref"), w), Column(t("personal_copy.withdrawn_on"), w * 0.8)],
                    rows)
    else:
        sheet.paragraph(t("personal_copy.none"))

    # -- what they own ---------------------------------------------------------
    sheet.section(t("personal_copy.section.assets"))
    if not data.assets:
        sheet.paragraph(t("personal_copy.none"))
    for asset in data.assets:
        if isinstance(asset, Vehicle):
            sheet.paragraph(t("personal_copy.vehicle"), bold=True)
            sheet.rows(filled([
                (t("personal_copy.vin"), asset.vin),
                (t("personal_copy.plate"), asset.plate),
                (t("personal_copy.make_model"), " ".join(p for p in (asset.make, asset.model) if p)),
                (t("personal_copy.year"), str(asset.year) if asset.year else ""),
                (t("personal_copy.mileage"), t("personal_copy.mileage_value", km=number(asset.mileage_km))
                 if asset.mileage_km is not None else ""),
                (t("personal_copy.owner_of_record"), asset.owner_of_record),
                (t("personal_copy.first_registered_on"), day(asset.first_registered_on)),
            ]))
        else:
            sheet.paragraph(t("personal_copy.property"), bold=True)
            sheet.rows(filled([
                (t("personal_copy.address"), asset.address),
                (t("personal_copy.property_kind"),
                 t(f"personal_copy.property_kind.{asset.property_kind.value}")),
                (t("personal_copy.floor_area"),
                 t("personal_copy.floor_area_value", area=number(Decimal(asset.floor_area_m2)))
                 if asset.floor_area_m2 is not None else ""),
            ]))
        sheet.space(4)

    # -- loans ------------------------------------------------------------------
    sheet.section(t("personal_copy.section.loans"))
    if not data.loans:
        sheet.paragraph(t("personal_copy.none"))
    for loan in data.loans:
        terms = loan.terms
        sheet.paragraph(t("personal_copy.loan_title", account_number=loan.account_number), bold=True)
        sheet.rows(filled([
            (t("personal_copy.lender"), loan.lender_name),
            (t("personal_copy.secured_on"), loan.asset_label),
            (t("personal_copy.principal"), money(terms.principal)),
            (t("personal_copy.rate"),
             t("personal_copy.rate_value", rate=labels.rate(terms.annual_rate, lang))),
            (t("personal_copy.term"), months(terms.term_months)),
            (t("personal_copy.method"), t(f"personal_copy.method.{terms.method.value}")),
            (t("personal_copy.disbursed_on"), day(terms.disbursed_on)),
            (t("personal_copy.status"), t(f"personal_copy.status.{loan.status.value}")),
        ]))
        currency = terms.principal.currency
        if loan.payments:
            sheet.space(3)
            sheet.paragraph(t("personal_copy.payments"), bold=True)
            half = WIDTH / 2
            sheet.table([Column(t("personal_copy.paid_on"), half),
                         Column(t("personal_copy.amount", currency=currency), half, "right")],
                        [(day(p.paid_on), amount(p.amount)) for p in loan.payments], size=8.5)
        if loan.lender_quotes:
            sheet.paragraph(t("personal_copy.lender_quotes"), bold=True)
            w = WIDTH / 4
            sheet.table([Column(t("personal_copy.received_on"), w), Column(t("personal_copy.reference"), w),
                         Column(t("personal_copy.good_through"), w),
                         Column(t("personal_copy.amount", currency=currency), w, "right")],
                        [(day(q.received_on), q.reference, day(q.good_through), amount(q.amount))
                         for q in loan.lender_quotes], size=8.5)
        for release in loan.releases:
            sheet.paragraph(t("personal_copy.releases"), bold=True)
            sheet.rows(filled([
                (t("personal_copy.sale_on"), day(release.sale_on)),
                (t("personal_copy.sent"), t("personal_copy.sent_value", day=day(release.sent_on),
                                            amount=money(release.sent_amount))
                 if release.sent_on else ""),
                (t("personal_copy.confirmed_on"), day(release.confirmed_on)),
                (t("personal_copy.released_on"), day(release.released_on)),
                (t("personal_copy.documents_received"), "、".join(release.documents_received)
                 if lang in ("ja", "zh") else ", ".join(release.documents_received)),
                (t("personal_copy.notes"), release.notes),
            ]))
        sheet.space(6)

    # -- documents and the audit trail ----------------------------------------------
    sheet.section(t("personal_copy.section.documents"))
    if data.documents:
        w = WIDTH / 10
        sheet.table([Column(t("personal_copy.issued_on"), w * 2.2), Column(t("personal_copy.document"), w * 2.4),
                     Column(t("personal_copy.file_name"), w * 3.4), Column(t("personal_copy.sha256"), w * 2)],
                    [(day(d.issued_at.date()), t_or(f"personal_copy.document.{d.kind}", d.kind),
                      d.file_name, d.sha256[:16]) for d in data.documents], size=8)
    else:
        sheet.paragraph(t("personal_copy.none"))

    sheet.section(t("personal_copy.section.audit"))
    if data.audit:
        w = WIDTH / 10
        sheet.table([Column(t("personal_copy.when"), w * 3.2), Column(t("personal_copy.action"), w * 4.3),
                     Column(t("personal_copy.actor"), w * 2.5)],
                    [(f"{day(a.at.date())} {a.at.strftime('%H:%M')}",
                      t_or(f"personal_copy.action.{a.action}", a.action), a.actor) for a in data.audit],
                    size=8)
    else:
        sheet.paragraph(t("personal_copy.none"))
    # The closing note and the signatures stay together on one page.
    basis = t("personal_copy.legal_basis")
    sheet.need(4 + len(wrap_text(basis, lang, 8, WIDTH)) * 8 * LEADING + 14 * mm + 2 + 3 * BODY * LEADING)
    sheet.space(4)
    sheet.paragraph(basis, size=8)

    sheet.signatures([(t("personal_copy.signature.clerk"), data.prepared_by),
                      (t("personal_copy.signature.customer"), c.full_name)])
    return sheet.finish()
