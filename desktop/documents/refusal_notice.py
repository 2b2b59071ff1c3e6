"""The written notice of refusal (уведомление об отказе в предоставлении кредита).

On a refusal by the decision centre or the committee, or on the security
officer's veto, the applicant may ask for the refusal in writing: a notice
signed by the head of the branch, with the bank's seal. At the applicant's
request the originals (the income certificate, the employer-certified copy of
the employment record) are handed back; their copies stay in the dossier. The
notice lists what went back and when, and has a line for the applicant to
sign that they received it.

The reason is either text already in the document's language, or one of
REASONS, printed in the document's language ("refusal.reason.<key>").
Each trade's own wording: Уведомление об отказе в предоставлении кредита,
ローンお申込みの審査結果について（ご通知）, 不予贷款通知书, Notice of Credit Denial.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.documents import labels
from desktop.documents.dossier_inventory import (SECTION_HEIGHT, CreditSheet, DossierInventory,
                                                 check_language, official_signature,
                                                 official_signature_height, short_day,
                                                 signature_lines, signature_lines_height)
from desktop.documents.layout import (BODY, GREY, INK, LEADING, LEFT, RIGHT, RULE, WIDTH, Column,
                                      draw_text, text_width, wrap_text)

# The standard reasons, each worded in every language as "refusal.reason.<key>".
REASONS = (
    "not_disclosed",            # the bank does not disclose its criteria
    "debt_burden",              # payments with the new loan over the program's share of income
    "credit_history",           # a delay over 30 days more than once, and the like
    "false_information",        # the application's information not confirmed
    "verification",             # the security service's check (the veto), worded neutrally
    "borrower_requirements",    # age, registration, employment
    "vehicle_requirements",     # new/used, partner dealer
    "documents_incomplete",
    "existing_provident_loan",  # one provident loan at a time
    "guarantor",                # guarantees another provident loan still owed
)


@dataclass(frozen=True)
class ReturnedDocument:
    title: str          # in the document's language, as on the inventory
    returned_on: date


@dataclass(frozen=True)
class RefusalNotice:
    bank_name: str
    branch_name: str
    applicant_name: str
    applicant_address: str
    application_number: str
    applied_on: date
    decided_on: date
    program_name: str
    manager_name: str               # the head of the branch, who signs
    manager_position: str           # "Управляющий филиалом"
    issued_on: date                 # no clock: the notice's date
    reason: str = ""                # the reason as text already in the document's language...
    reason_key: str = ""            # ...or one of REASONS
    returned: tuple[ReturnedDocument, ...] = ()  # originals handed back, with the day
    reference: str = ""             # the outgoing number (исх. №), if the branch gives one

    def __post_init__(self):
        object.__setattr__(self, "returned", tuple(self.returned))
        if bool(self.reason.strip()) == bool(self.reason_key):
            raise ValueError("a refusal notice gives its reason either as text or as a reason "
                             "key, one of the two")
        if self.reason_key and self.reason_key not in REASONS:
            raise ValueError(f"no refusal reason {self.reason_key!r}; one of {', '.join(REASONS)}")
        if not self.applied_on <= self.decided_on <= self.issued_on:
            raise ValueError("the dates must follow each other: applied, decided, notice issued")
        for doc in self.returned:
            if not self.applied_on <= doc.returned_on <= self.issued_on:
                raise ValueError(f"{doc.title!r}: returned outside the application's dates")
        for name in ("bank_name", "branch_name", "applicant_name", "application_number",
                     "program_name", "manager_name", "manager_position"):
            if not getattr(self, name).strip():
                raise ValueError(f"a refusal notice needs its {name.replace('_', ' ')}")

    def reason_text(self, language: str) -> str:
        if self.reason_key:
            return labels.label(language, f"refusal.reason.{self.reason_key}")
        return self.reason.strip()


def returned_documents(inventory: DossierInventory) -> tuple[ReturnedDocument, ...]:
    """The originals an inventory records as returned, for the notice."""
    return tuple(ReturnedDocument(line.title, line.returned_on) for line in inventory.returned)


def _inner_quotes(name: str, language: str) -> str:
    """A name quoted inside the Russian sentence's «»: its own «» become „“
    («Автокредит „Новый автомобиль“», not «Автокредит «Новый автомобиль»»)."""
    if language != "ru":
        return name
    return name.replace("«", "„").replace("»", "“")


def render_refusal_notice(data: RefusalNotice, language: str) -> bytes:
    check_language(language)
    lang = language

    def t(key: str, **values) -> str:
        return labels.label(lang, key, **values)

    def day(d: date) -> str:
        return labels.day(d, lang)

    title = t("refusal.title")
    sheet = CreditSheet(
        lang, title=title,
        subject=t("refusal.subject", number=data.application_number,
                  applied_on=day(data.applied_on)),
        footer=t("refusal.footer", title=title, number=data.application_number,
                 branch=data.branch_name))
    c = sheet.canvas

    # The letterhead: the bank and its branch on the left, the number and date on the right.
    half = WIDTH / 2 - 6
    top = sheet.y
    y = top
    for text, bold in ((data.bank_name, True), (data.branch_name, False)):
        for line in wrap_text(text, lang, BODY, half, bold):
            y -= BODY
            draw_text(c, LEFT, y, line, lang, BODY, bold)
            y -= BODY * (LEADING - 1)
    dated = [t("refusal.dated", day=day(data.issued_on))]
    if data.reference:
        dated.insert(0, t("refusal.reference", reference=data.reference))
    y2 = top
    for line in (w for text in dated for w in wrap_text(text, lang, BODY, half)):
        y2 -= BODY
        draw_text(c, RIGHT, y2, line, lang, BODY, align="right")
        y2 -= BODY * (LEADING - 1)
    sheet.y = min(y, y2) - 10

    # The addressee, on the right half as letters have it.
    x = LEFT + WIDTH / 2 + 6
    pairs = [(t("refusal.to"), t("refusal.addressee", name=data.applicant_name))]
    if data.applicant_address.strip():
        pairs.append((t("refusal.address"), data.applicant_address))
    label_width = max(text_width(label, lang, BODY) for label, _ in pairs) + 6
    for n, (label, value) in enumerate(pairs):
        lines = wrap_text(value, lang, BODY, RIGHT - x - label_width, bold=(n == 0))
        for i, line in enumerate(lines):
            sheet.y -= BODY
            if i == 0:
                c.setFillColor(GREY)
                draw_text(c, x, sheet.y, label, lang, BODY)
                c.setFillColor(INK)
            draw_text(c, x + label_width, sheet.y, line, lang, BODY, bold=(n == 0))  # the name
            sheet.y -= BODY * (LEADING - 1)
    sheet.space(14)

    sheet.heading(title, size=14)
    sheet.paragraph(t("refusal.salutation"))
    sheet.space(4)
    sheet.paragraph(t("refusal.body", number=data.application_number,
                      applied_on=day(data.applied_on),
                      program=_inner_quotes(data.program_name, lang),
                      bank=data.bank_name, decided_on=day(data.decided_on)))
    sheet.space(6)
    sheet.rows([(t("refusal.reason_label"), data.reason_text(lang))], label_width=WIDTH * 0.16)

    if data.returned:
        sheet.space(6)
        sheet.paragraph(t("refusal.returned_intro"))
        sheet.space(3)
        no, when = 36, 90
        sheet.table([Column(t("refusal.col.no"), no, "right"),
                     Column(t("refusal.col.document"), WIDTH - no - when),
                     Column(t("refusal.col.returned_on"), when)],
                    [(str(i), doc.title, short_day(doc.returned_on, lang))
                     for i, doc in enumerate(data.returned, start=1)], size=9)

    # The closing and the manager's signature with the seal stay together.
    sheet.space(8)
    sheet.need(BODY * LEADING + official_signature_height(sheet, data.manager_position,
                                                          data.manager_name))
    closing = t("refusal.closing")
    if lang == "ja":  # 敬具 closes a Japanese letter at the right margin
        sheet.y -= BODY
        draw_text(c, RIGHT, sheet.y, closing, lang, BODY, align="right")
        sheet.y -= BODY * (LEADING - 1)
    else:
        sheet.paragraph(closing)
    official_signature(sheet, data.manager_position, data.manager_name)

    # The applicant signs for the notice (and the originals) on the branch's copy.
    signers = [(t("refusal.signature.applicant"), (data.applicant_name,)),
               (t("refusal.date_blank"), ())]
    receipt = t("refusal.receipt")
    sheet.need(SECTION_HEIGHT + signature_lines_height(sheet, signers)
               + len(wrap_text(receipt, lang, BODY, WIDTH)) * BODY * LEADING)
    sheet.space(6)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(LEFT, sheet.y, RIGHT, sheet.y)
    sheet.space(4)
    sheet.paragraph(receipt)
    signature_lines(sheet, signers)
    return sheet.finish()
