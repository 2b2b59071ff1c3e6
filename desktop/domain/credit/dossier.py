"""The credit dossier (Кредитное досье): each document the desk holds for an
application, as the inventory (Опись) lists it, and what is still missing.

The book asks for the dossier and its inventory and for marks on it
(4.1.1.1, 4.1.1.8) but names no inventory fields; these are the desk's
(SOURCE_NOTES 1.1 #2). The rules that are the book's: a copy carries
«копия верна», the date, the certifier's position and name (4.1.1.1); an
income certificate is issued no earlier than 30 working days before the day
it is handed to the bank (3.8 item 6).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Iterable, Sequence

from desktop.domain.credit.calendar import WorkingCalendar
from desktop.domain.errors import Problems
from desktop.domain.notices import Notice

# Codes shared with the document checklist. The two documents a refused
# borrower may ask back (4.1.1.8): «справка с места работы» and «копия
# трудовой книжки, заверенная работодателем».
INCOME_CERTIFICATE = "income_certificate"
WORK_RECORD_COPY = "work_record_copy"
RETURNABLE_ON_REFUSAL = frozenset({INCOME_CERTIFICATE, WORK_RECORD_COPY})

# «выданная не ранее тридцати рабочих дней до дня ее передачи Банку»
INCOME_CERTIFICATE_WORKING_DAYS = 30


class DocumentForm(StrEnum):
    ORIGINAL = "original"
    COPY = "copy"


@dataclass(frozen=True)
class Certifier:
    """Who wrote «копия верна» on a copy."""

    name: str      # фамилия и инициалы
    position: str  # должность


@dataclass(frozen=True)
class DossierDocument:
    code: str
    title: str
    received_on: date | None = None      # handed to the bank; None: not yet
    form: DocumentForm = DocumentForm.ORIGINAL
    pages: int = 1                       # pages in the dossier
    pages_expected: int | None = None    # pages the document has, when known
    certified_by: Certifier | None = None
    certified_on: date | None = None
    issued_on: date | None = None
    valid_until: date | None = None      # the last day the bank may take it
    returned_on: date | None = None      # given back to the borrower
    note: str = ""

    @property
    def certified(self) -> bool:
        c = self.certified_by
        return (c is not None and bool(c.name.strip()) and bool(c.position.strip())
                and self.certified_on is not None)


def validate_document(document: DossierDocument) -> None:
    """Raise ValidationError naming each field a clerk must correct."""
    d, p = document, Problems()
    if not d.code.strip():
        p.add("code", "Choose which document this is.")
    if not d.title.strip():
        p.add("title", "Enter the document's title as on the inventory.")
    if isinstance(d.pages, bool) or not isinstance(d.pages, int) or d.pages < 1:
        p.add("pages", "A document has at least one page.")
    if d.pages_expected is not None and (
            isinstance(d.pages_expected, bool) or not isinstance(d.pages_expected, int)
            or d.pages_expected < 1):
        p.add("pages_expected", "A document has at least one page.")
    if d.returned_on is not None:
        if d.received_on is None:
            p.add("returned_on", "A document can be returned only after it was received.")
        elif d.returned_on < d.received_on:
            p.add("returned_on", "A document cannot be returned before the day it was received.")
    if d.issued_on is not None:
        if d.received_on is not None and d.received_on < d.issued_on:
            p.add("received_on", "A document cannot be received before it was issued.")
        if d.valid_until is not None and d.valid_until < d.issued_on:
            p.add("valid_until", "A document cannot expire before it was issued.")
        if d.certified_on is not None and d.certified_on < d.issued_on:
            p.add("certified_on", "A copy cannot be certified before the document was issued.")
    if d.form is DocumentForm.ORIGINAL:
        if d.certified_by is not None or d.certified_on is not None:
            p.add("certified_by", "Only a copy is certified «копия верна»; this is an original.")
    elif d.certified_by is not None or d.certified_on is not None:
        # Certifying is all or nothing: a copy with half a certification is a
        # typing slip, an uncertified copy is a gap (see dossier_gaps).
        c = d.certified_by
        if c is None or not c.name.strip():
            p.add("certified_by", "Enter the surname and initials of who certified the copy.")
        elif not c.position.strip():
            p.add("certified_by", "Enter the position of who certified the copy.")
        if d.certified_on is None:
            p.add("certified_on", "Enter the date the copy was certified.")
    p.raise_if_any()


def income_certificate_valid_until(issued_on: date, calendar: WorkingCalendar) -> date:
    """The last day an income certificate may be handed to the bank.

    Issued on day I, it may be handed over on the 30th working day after I
    at the latest: I is then "not earlier than 30 working days before".
    """
    return calendar.add_working_days(issued_on, INCOME_CERTIFICATE_WORKING_DAYS)


# -- gaps ---------------------------------------------------------------------------


class GapKind(StrEnum):
    MISSING = "missing"
    NOT_CERTIFIED = "not_certified"
    EXPIRED = "expired"
    PAGES_MISSING = "pages_missing"


@dataclass(frozen=True)
class Gap:
    code: str
    kind: GapKind
    explanation: Notice


def _valid_until(document: DossierDocument, calendar: WorkingCalendar) -> date | None:
    if document.valid_until is not None:
        return document.valid_until
    if document.code == INCOME_CERTIFICATE and document.issued_on is not None:
        return income_certificate_valid_until(document.issued_on, calendar)
    return None


def _held_on(document: DossierDocument, on: date) -> bool:
    return (document.received_on is not None and document.received_on <= on
            and (document.returned_on is None or document.returned_on > on))


def _document_gaps(d: DossierDocument, calendar: WorkingCalendar) -> list[Gap]:
    gaps = []
    if d.form is DocumentForm.COPY and not d.certified:
        gaps.append(Gap(d.code, GapKind.NOT_CERTIFIED, Notice(
            "{title}: the copy is not certified «копия верна» with the date, the certifier's "
            "position and name.", {"title": d.title})))
    valid_until = _valid_until(d, calendar)
    # The book measures the age on the day the document is handed to the bank,
    # not on the day the application goes on.
    if valid_until is not None and d.received_on is not None and d.received_on > valid_until:
        if d.code == INCOME_CERTIFICATE and d.valid_until is None:
            gaps.append(Gap(d.code, GapKind.EXPIRED, Notice(
                "{title}: issued on {issued_on}, so it could be handed to the bank until "
                "{valid_until} ({days} working days); it was handed over on {received_on}. "
                "Ask for a fresh one.",
                {"title": d.title, "issued_on": d.issued_on, "valid_until": valid_until,
                 "days": INCOME_CERTIFICATE_WORKING_DAYS, "received_on": d.received_on})))
        else:
            gaps.append(Gap(d.code, GapKind.EXPIRED, Notice(
                "{title}: valid until {valid_until}, handed to the bank on {received_on}.",
                {"title": d.title, "valid_until": valid_until, "received_on": d.received_on})))
    if d.pages_expected is not None and d.pages < d.pages_expected:
        gaps.append(Gap(d.code, GapKind.PAGES_MISSING, Notice(
            "{title}: {pages} of {pages_expected} pages in the dossier.",
            {"title": d.title, "pages": d.pages, "pages_expected": d.pages_expected})))
    return gaps


def dossier_gaps(required_codes: Iterable[str], documents: Sequence[DossierDocument],
                 on: date, calendar: WorkingCalendar) -> tuple[Gap, ...]:
    """What keeps the dossier from being complete on `on`, in checklist order.

    A required code is satisfied by any one document of that code held on
    `on` (received by then, not returned) without gaps; when every one held
    has gaps, the latest received shows its gaps. Documents nobody asked
    for are not gaps.
    """
    gaps: list[Gap] = []
    for code in dict.fromkeys(required_codes):  # once each, in order
        same = [d for d in documents if d.code == code]
        held = [d for d in same if _held_on(d, on)]
        if not held:
            returned = [d for d in same if d.returned_on is not None and d.returned_on <= on]
            if returned:
                gaps.append(Gap(code, GapKind.MISSING, Notice(
                    "{title}: returned to the borrower on {returned_on}; not in the dossier.",
                    {"title": returned[-1].title, "returned_on": returned[-1].returned_on})))
            else:
                gaps.append(Gap(code, GapKind.MISSING, Notice(
                    "Document “{code}” has not been received.", {"code": code})))
            continue
        found = [_document_gaps(d, calendar) for d in held]
        if all(found):
            latest = max(range(len(held)), key=lambda i: (held[i].received_on, i))
            gaps.extend(found[latest])
    return tuple(gaps)


# -- returning documents ---------------------------------------------------------------


def return_document(documents: Sequence[DossierDocument], code: str,
                    on: date) -> tuple[DossierDocument, ...]:
    """The dossier after the documents of `code` held on `on` were given back.

    «Документы, возвращаемые Заемщику, копируются и помещаются в Кредитное
    досье, о чем делается отметка на Описи»: each is marked returned and a
    copy of it stays, with a note for the inventory. Which codes may go back
    is the workflow's business (decisions.return_documents).
    """
    out: list[DossierDocument] = []
    copies: list[DossierDocument] = []
    for d in documents:
        if d.code == code and _held_on(d, on):
            out.append(replace(d, returned_on=on))
            copies.append(DossierDocument(
                code=d.code, title=d.title, received_on=on, form=DocumentForm.COPY,
                pages=d.pages, issued_on=d.issued_on,
                note=f"Copy kept: the {d.form.value} was returned to the borrower on "
                     f"{on.isoformat()}."))
        else:
            out.append(d)
    if not copies:
        raise ValueError(f"no document “{code}” is held in the dossier on {on.isoformat()}")
    return tuple(out + copies)
