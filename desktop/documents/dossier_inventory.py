"""The inventory of the credit dossier (опись документов кредитного досье).

The credit officer assembles the dossier: the application signed by the
borrower and the officer, the originals, and the copies the officer certified
("копия верна", the date, the signature, the position, the name). The
inventory lists each of them: original or copy, how many pages, when it came
in, who certified the copy and when. On a refusal the dossier is marked
refused; an original handed back at the applicant's request is copied first
and the copy stays in the dossier in its place, which the inventory notes
against that line. The officer signs the inventory; when originals went back,
the applicant signs for them too.

The wording is each trade's own: опись документов кредитного досье,
与信ファイル書類目録, 信贷档案资料清单, credit file inventory.

Also here, shared by the three credit documents (refusal_notice,
repayment_schedule): `CreditSheet`, which numbers pages "Page 2 of 5" in the
document's language, `short_day` for dates in a table, and the signature with
a place for the seal (М.П.).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reportlab.lib.units import mm

from desktop.documents import labels
from desktop.documents.layout import (BODY, GREY, INK, LEADING, LEFT, SMALL, WIDTH, Column,
                                      Sheet, draw_text, wrap_text)


# -- shared by the credit documents ---------------------------------------------------


def check_language(language: str) -> None:
    if language not in labels.LABELS:
        raise ValueError(f"no document language {language!r}")


# Dates in a table column: numbers only, the way each country writes them.
# (strftime with numeric fields only: nothing depends on the process locale.)
_SHORT_DATE = {"en": "%m/%d/%Y", "ja": "%Y/%m/%d", "ru": "%d.%m.%Y", "zh": "%Y-%m-%d"}


def short_day(value: date, language: str) -> str:
    """12.03.2026 / 2026/03/12 / 2026-03-12 / 03/12/2026."""
    return value.strftime(_SHORT_DATE[language])


class CreditSheet(Sheet):
    """A Sheet whose footer says "Page 2 of 5" in the document's language."""

    def __init__(self, language: str, *, title: str, subject: str, footer: str = ""):
        super().__init__(language, title=title, subject=subject, footer=footer)
        # The layout kit's canvas; only the page number is worded ("Стр. 2 из 5").
        self.canvas.page_label = labels.label(language, "credit.page", page="{page}",
                                              pages="{pages}")


_SIGN_ROOM = 13 * mm
_SEAL = 19 * mm


def official_signature_height(sheet: Sheet, position: str, name: str) -> float:
    lines = max(len(wrap_text(position, sheet.language, BODY, WIDTH * 0.36)),
                len(wrap_text(name, sheet.language, BODY, WIDTH * 0.3)))
    return _SIGN_ROOM + max(lines * BODY * LEADING, SMALL * LEADING) + _SEAL + 10


def official_signature(sheet: Sheet, position: str, name: str) -> None:
    """Position, a line to sign on, the printed name, and the place of the seal:

        Управляющий филиалом     ____________     Кузнецов А. П.
                                   (подпись)
                                  ( М.П. )
    """
    lang = sheet.language
    sheet.need(official_signature_height(sheet, position, name))
    sheet.y -= _SIGN_ROOM
    c, base = sheet.canvas, sheet.y
    position_lines = wrap_text(position, lang, BODY, WIDTH * 0.36)
    name_lines = wrap_text(name, lang, BODY, WIDTH * 0.3)
    line_x0, line_x1 = LEFT + WIDTH * 0.4, LEFT + WIDTH * 0.66
    # The position and the name sit on the signature line's baseline, wrapping downwards.
    y = base + 2
    for line in position_lines:
        draw_text(c, LEFT, y, line, lang, BODY)
        y -= BODY * LEADING
    y = base + 2
    for line in name_lines:
        draw_text(c, LEFT + WIDTH * 0.7, y, line, lang, BODY)
        y -= BODY * LEADING
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.line(line_x0, base, line_x1, base)
    c.setFillColor(GREY)
    draw_text(c, (line_x0 + line_x1) / 2, base - SMALL - 2,
              f"({labels.label(lang, 'credit.signature')})", lang, SMALL, align="center")
    c.setFillColor(INK)
    lines = max(len(position_lines), len(name_lines))
    below = max((lines - 1) * BODY * LEADING, SMALL + 4)
    # The seal goes over the end of the signature line, as it is stamped in practice.
    cx, cy = line_x0 - _SEAL * 0.15, base - below - _SEAL / 2 - 4
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.setDash(2, 2)
    c.circle(cx, cy, _SEAL / 2, stroke=1, fill=0)
    c.setDash()
    c.setFillColor(GREY)
    draw_text(c, cx, cy - SMALL / 2 + 1, labels.label(lang, "credit.seal"), lang, SMALL,
              align="center")
    c.setFillColor(INK)
    sheet.y = cy - _SEAL / 2 - 6


def _signature_layout(sheet: Sheet, signers: Sequence[tuple[str, Sequence[str]]]):
    lang, gap = sheet.language, 12 * mm
    # Side by side; a lone signer takes half the page, not all of it.
    width = (WIDTH - gap * (max(len(signers), 2) - 1)) / max(len(signers), 2)
    captions = [wrap_text(caption, lang, SMALL, width) for caption, _ in signers]
    printed = [[w for text in texts if text for w in wrap_text(text, lang, BODY, width)]
               for _, texts in signers]
    height = (_SIGN_ROOM + 2 + max(len(c) for c in captions) * SMALL * LEADING
              + max(len(p) for p in printed) * BODY * LEADING + 4)
    return width, gap, captions, printed, height


def signature_lines_height(sheet: Sheet, signers: Sequence[tuple[str, Sequence[str]]]) -> float:
    return _signature_layout(sheet, signers)[-1]


def signature_lines(sheet: Sheet, signers: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Signature lines side by side: under each its caption (which may wrap) in
    small grey type, then what is printed for that signer (name, date)."""
    lang = sheet.language
    width, gap, captions, printed, height = _signature_layout(sheet, signers)
    sheet.need(height)
    sheet.y -= _SIGN_ROOM
    c, top = sheet.canvas, sheet.y
    for i, (caption, lines) in enumerate(zip(captions, printed)):
        x = LEFT + i * (width + gap)
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(x, top, x + width, top)
        y = top - 2
        c.setFillColor(GREY)
        for line in caption:
            y -= SMALL
            draw_text(c, x, y, line, lang, SMALL)
            y -= SMALL * (LEADING - 1)
        c.setFillColor(INK)
        for line in lines:
            y -= BODY
            draw_text(c, x, y, line, lang, BODY)
            y -= BODY * (LEADING - 1)
    sheet.y = top - (height - _SIGN_ROOM)


SECTION_HEIGHT = 11 * (LEADING + 0.4) + 4  # what Sheet.section takes at its default size


# -- the inventory ------------------------------------------------------------------------


class DocumentForm(StrEnum):
    ORIGINAL = "original"  # подлинник
    COPY = "copy"          # копия, certified "копия верна"


class DossierStatus(StrEnum):
    IN_PROGRESS = "in_progress"  # being assembled
    SUBMITTED = "submitted"      # sent for the decision
    APPROVED = "approved"
    REFUSED = "refused"          # marked refused; filed among the refusals


@dataclass(frozen=True)
class InventoryLine:
    number: int                     # 1, 2, ... in the inventory's order
    title: str                      # "Справка о доходах по форме 2-НДФЛ за 6 месяцев"
    original_or_copy: DocumentForm
    pages: int
    received_on: date
    # The certification of a copy ("копия верна"): who, in which position, when.
    # An original returned to the applicant carries the certification of the
    # copy that stays in the dossier in its place.
    certified_by_name: str = ""
    certified_by_position: str = ""
    certified_on: date | None = None
    returned_on: date | None = None  # originals only: handed back to the applicant
    note: str = ""                   # already in the document's language

    def __post_init__(self):
        object.__setattr__(self, "original_or_copy", DocumentForm(self.original_or_copy))
        if isinstance(self.number, bool) or not isinstance(self.number, int) or self.number < 1:
            raise ValueError("an inventory line's number is a whole number from 1")
        if isinstance(self.pages, bool) or not isinstance(self.pages, int) or self.pages < 1:
            raise ValueError(f"{self.title!r}: the number of pages is a whole number from 1")
        if not self.title.strip():
            raise ValueError("an inventory line needs the document's title")
        certification = (self.certified_by_name.strip(), self.certified_by_position.strip(),
                         self.certified_on)
        if any(certification) and not all(certification):
            raise ValueError(f"{self.title!r}: a certified copy needs the name, the position "
                             "and the date of whoever certified it")
        if self.certified_on is not None and self.certified_on < self.received_on:
            raise ValueError(f"{self.title!r}: certified before it was received")
        if self.returned_on is not None:
            if self.original_or_copy is DocumentForm.COPY:
                raise ValueError(f"{self.title!r}: copies stay in the dossier; only an "
                                 "original is returned")
            if self.returned_on < self.received_on:
                raise ValueError(f"{self.title!r}: returned before it was received")
        elif self.original_or_copy is DocumentForm.ORIGINAL and self.certified_on is not None:
            raise ValueError(f"{self.title!r}: an original kept in the dossier is not certified "
                             "as a copy")

    @property
    def is_certified(self) -> bool:
        return self.certified_on is not None

    @property
    def is_returned(self) -> bool:
        return self.returned_on is not None


@dataclass(frozen=True)
class DossierInventory:
    bank_name: str
    branch_name: str
    application_number: str
    applicant_name: str
    program_name: str
    printed_on: date                # no clock: the day the inventory is drawn up
    lines: tuple[InventoryLine, ...]
    officer_name: str               # the credit officer who draws it up and signs
    officer_position: str
    status: DossierStatus = DossierStatus.IN_PROGRESS
    decided_on: date | None = None  # the day of the decision (approved or refused)

    def __post_init__(self):
        object.__setattr__(self, "lines", tuple(self.lines))
        object.__setattr__(self, "status", DossierStatus(self.status))
        numbers = [line.number for line in self.lines]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"the inventory's lines are numbered 1 to {len(numbers)} in order, "
                             f"not {numbers}")
        for line in self.lines:
            for what, day in (("received", line.received_on), ("certified", line.certified_on),
                              ("returned", line.returned_on)):
                if day is not None and day > self.printed_on:
                    raise ValueError(f"{line.title!r}: {what} after the inventory's date")
        decided = self.status in (DossierStatus.APPROVED, DossierStatus.REFUSED)
        if decided and self.decided_on is None:
            raise ValueError(f"a dossier {self.status.value} needs the day of the decision")
        if not decided and self.decided_on is not None:
            raise ValueError("a dossier still without a decision has no decision date")
        if self.decided_on is not None and self.decided_on > self.printed_on:
            raise ValueError("the decision is after the inventory's date")

    @property
    def total_documents(self) -> int:
        return len(self.lines)

    @property
    def total_pages(self) -> int:
        return sum(line.pages for line in self.lines)

    @property
    def returned(self) -> tuple[InventoryLine, ...]:
        return tuple(line for line in self.lines if line.is_returned)


TABLE = 8  # the inventory's type size: seven columns on a portrait page


def _note(t, line: InventoryLine, lang: str) -> str:
    parts = []
    if line.is_returned:
        parts.append(t("dossier.returned", day=short_day(line.returned_on, lang)))
    if line.note.strip():
        parts.append(line.note.strip())
    return "; ".join(parts)


def _certified(t, line: InventoryLine, lang: str) -> str:
    if line.is_certified:
        return t("dossier.certified", position=line.certified_by_position,
                 name=line.certified_by_name, day=short_day(line.certified_on, lang))
    if line.original_or_copy is DocumentForm.COPY:
        return t("dossier.not_certified")
    return ""


def render_dossier_inventory(data: DossierInventory, language: str) -> bytes:
    check_language(language)
    lang = language

    def t(key: str, **values) -> str:
        return labels.label(lang, key, **values)

    title = t("dossier.title")
    sheet = CreditSheet(
        lang, title=title,
        subject=t("dossier.subject", number=data.application_number,
                  applicant=data.applicant_name),
        footer=t("dossier.footer", title=title, number=data.application_number,
                 branch=data.branch_name))
    sheet.heading(title)
    if data.status is DossierStatus.REFUSED:
        sheet.banner([t("dossier.refused_banner", day=labels.day(data.decided_on, lang))],
                     warning=True)

    sheet.section(t("dossier.section.application"))
    status = t(f"dossier.status.{data.status.value}")
    if data.decided_on is not None:
        status = t("dossier.status_on", status=status, day=labels.day(data.decided_on, lang))
    sheet.rows([
        (t("dossier.bank"), data.bank_name),
        (t("dossier.branch"), data.branch_name),
        (t("dossier.application_number"), data.application_number),
        (t("dossier.applicant"), data.applicant_name),
        (t("dossier.program"), data.program_name),
        (t("dossier.status"), status),
        (t("dossier.printed_on"), labels.day(data.printed_on, lang)),
    ], size=9)

    sheet.section(t("dossier.section.documents"))
    if not data.lines:
        sheet.paragraph(t("dossier.no_documents"))
    else:
        # Wide enough for "Подлинник", "поступления" and a date on one line at 8 points.
        widths = {"no": 26, "kind": 60, "pages": 40, "received": 68, "certified": 98,
                  "note": 88}
        widths["document"] = WIDTH - sum(widths.values())
        columns = [Column(t("dossier.col.no"), widths["no"], "right"),
                   Column(t("dossier.col.document"), widths["document"]),
                   Column(t("dossier.col.kind"), widths["kind"]),
                   Column(t("dossier.col.pages"), widths["pages"], "right"),
                   Column(t("dossier.col.received"), widths["received"]),
                   Column(t("dossier.col.certified"), widths["certified"]),
                   Column(t("dossier.col.note"), widths["note"])]
        rows = [(str(line.number), line.title, t(f"dossier.kind.{line.original_or_copy.value}"),
                 str(line.pages), short_day(line.received_on, lang), _certified(t, line, lang),
                 _note(t, line, lang)) for line in data.lines]
        rows.append(("", t("dossier.total"), "", str(data.total_pages), "", "", ""))
        sheet.table(columns, rows, emphasis=frozenset({len(rows) - 1}), size=TABLE)
    sheet.paragraph(t("dossier.totals", documents=data.total_documents, pages=data.total_pages),
                    bold=True)
    if data.returned:
        sheet.space(2)
        sheet.paragraph(t("dossier.retained_note"), size=SMALL, color=GREY)

    signers = [(t("dossier.signature.officer"),
                (f"{data.officer_position} {data.officer_name}",
                 labels.day(data.printed_on, lang)))]
    if data.returned:
        signers.append((t("dossier.signature.applicant"), (data.applicant_name,)))
    # The section title stays with the signatures.
    sheet.need(SECTION_HEIGHT + signature_lines_height(sheet, signers))
    sheet.section(t("dossier.section.signatures"))
    signature_lines(sheet, signers)
    return sheet.finish()
