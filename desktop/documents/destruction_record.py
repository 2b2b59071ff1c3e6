"""The record of destruction of personal data (акт об уничтожении персональных
данных): what was destroyed, when, why, how and by whom, with lines for the
signatures of the person responsible for personal data and the branch manager.

It names the customer by the internal reference only: the record is kept
after the data it records is gone (Roskomnadzor order No. 179 of 28.10.2022
asks for the subject "or other information relating to them", the
categories, the information system, the method, the reason, the date, and
the event-log entry for automated processing; all of these are here).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm

from desktop.documents import labels
from desktop.documents.layout import (BODY, GREY, INK, LEADING, LEFT, SMALL, WIDTH, Column, Sheet,
                                      draw_text, wrap_text)
from desktop.domain.retention import DestructionRecord


@dataclass(frozen=True)
class DestructionRecordDocument:
    language: str                 # the branch's: "en", "ja", "ru" or "zh"
    record: DestructionRecord
    branch_name: str
    erased_at: datetime           # the record's moment, in the branch's zone
    performed_by: str             # the user who erased (name as shown to staff)

    def __post_init__(self):
        if self.language not in labels.LABELS:
            raise ValueError(f"no document language {self.language!r}")


def moment(value: datetime, language: str) -> str:
    """A date with its time and UTC offset: 20 November 2026 10:30 (UTC+09:00)."""
    offset = value.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return f"{labels.day(value.date(), language)} {value.strftime('%H:%M')} ({zone})"


def record_number(record: DestructionRecord) -> str:
    """The short number printed on the record: the last 12 characters of its id."""
    return record.id.replace("-", "")[-12:].upper()


def render_destruction_record(data: DestructionRecordDocument) -> bytes:
    lang, r = data.language, data.record

    def t(key: str, **values) -> str:
        return labels.label(lang, key, **values)

    number = record_number(r)
    title = t("destruction.title")
    sheet = Sheet(lang, title=title, subject=t("destruction.subject", number=number),
                  footer=t("destruction.footer", title=title, number=number, branch=data.branch_name))
    sheet.heading(title)
    sheet.paragraph(t("destruction.number_line", number=number,
                      day=labels.day(data.erased_at.date(), lang)), bold=True)
    sheet.space(4)
    sheet.paragraph(t("destruction.intro"), size=_SIZE)

    sheet.section(t("destruction.section.operator"))
    sheet.rows([(t("destruction.operator"), data.branch_name),
                (t("destruction.system"), t("destruction.system_value"))], size=_SIZE)

    sheet.section(t("destruction.section.destruction"))
    method_key = f"destruction.method.{r.method}"
    method = t(method_key) if method_key in labels.LABELS[lang] else r.method
    rows = [
        (t("destruction.erased_at"), moment(data.erased_at, lang)),
        (t("destruction.subject_ref"),
         t("destruction.subject_ref_value", reference=r.customer_ref, marker=r.marker)),
        (t("destruction.reason"), r.reason),
        (t("destruction.method"), method),
        (t("destruction.record_count"), str(r.record_count)),
        (t("destruction.performed_by"), data.performed_by),
    ]
    if r.audit_seq is not None:
        rows.append((t("destruction.audit_entry"), t("destruction.audit_entry_value", seq=r.audit_seq)))
    sheet.rows(rows, size=_SIZE)

    sheet.section(t("destruction.section.categories"))
    number_width, category_width = WIDTH * 0.06, WIDTH * 0.34
    sheet.table(
        [Column(t("destruction.column.no"), number_width, "right"),
         Column(t("destruction.column.category"), category_width),
         Column(t("destruction.column.contents"), WIDTH - number_width - category_width)],
        [(str(i), t(f"category.{c.value}"), t(f"category.{c.value}.contents"))
         for i, c in enumerate(r.categories, start=1)], size=8)

    sheet.section(t("destruction.section.kept"))
    kept = {name: r.kept.get(name, 0) for name in ("loans", "payments", "lender_quotes", "lien_releases")}
    sheet.paragraph(t("destruction.kept", **kept), size=8)

    limits = ["• " + text for text in (
        t("destruction.limits.backups", day=labels.day(data.erased_at.date(), lang)),
        t("destruction.limits.audit"), t("destruction.limits.paper"))]
    captions = [t("destruction.signature.responsible"), t("destruction.signature.manager")]
    # The limits and the signatures stay together: no act ends on a lone line.
    lines = sum(len(wrap_text(text, lang, 8, WIDTH)) for text in limits)
    sheet.need(_SECTION_HEIGHT + lines * 8 * LEADING + _signatures_height(sheet, captions))
    sheet.section(t("destruction.section.limits"))
    for text in limits:
        sheet.paragraph(text, size=8)

    _signatures(sheet, captions)
    return sheet.finish()


_SIZE = 9  # a little under the body size: the act fits one page in the usual case
_SIGNATURE_ROOM = 12 * mm  # to sign in


_SECTION_HEIGHT = 11 * (LEADING + 0.4) + 4  # what Sheet.section takes at its default size
_GAP = 12 * mm


def _caption_lines(sheet: Sheet, captions: list[str]) -> list[list[str]]:
    width = (WIDTH - _GAP * (len(captions) - 1)) / len(captions)
    return [wrap_text(c, sheet.language, SMALL, width) for c in captions]


def _signatures_height(sheet: Sheet, captions: list[str]) -> float:
    lines = max(len(w) for w in _caption_lines(sheet, captions))
    return _SIGNATURE_ROOM + 2 + lines * SMALL * LEADING + BODY


def _signatures(sheet: Sheet, captions: list[str]) -> None:
    """Blank signature lines side by side, each with a caption that may wrap
    (the Russian title of the person responsible is long)."""
    gap, room = _GAP, _SIGNATURE_ROOM
    width = (WIDTH - gap * (len(captions) - 1)) / len(captions)
    wrapped = _caption_lines(sheet, captions)
    lines = max(len(w) for w in wrapped)
    sheet.need(_signatures_height(sheet, captions))
    sheet.y -= room
    canvas, x = sheet.canvas, LEFT
    for caption in wrapped:
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(x, sheet.y, x + width, sheet.y)
        canvas.setFillColor(GREY)
        y = sheet.y - 2
        for line in caption:
            y -= SMALL
            draw_text(canvas, x, y, line, sheet.language, SMALL)
            y -= SMALL * (LEADING - 1)
        canvas.setFillColor(INK)
        x += width + gap
    sheet.y -= 2 + lines * SMALL * LEADING + BODY
