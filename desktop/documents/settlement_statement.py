"""The settlement statement: where every unit of the buyer's money goes, and
what the seller is left with or still owes (settlement.py's ledger on paper).

Two layouts of the same ledger:

- en, ru, zh: an ALTA-like statement. Buyer and seller columns (debit and
  credit for each), the lines grouped by section with section subtotals, the
  "due from / due to" lines that close each account, and totals where a
  settled party's debits equal its credits.
- ja: the Japanese 精算書. 売主 and 買主 columns (受取 / 支払) for the
  charges, section 小計, 合計, the 差引 each side is left with, then how
  that 差引 is settled at the closing (残代金, 手取金, 不足金); amounts in 円
  without decimals, and 印 boxes for the seller's, the buyer's and the
  agent's seals.

Lines paid outside the closing are listed apart and never counted. Every line
carries its explanation (the rule's arithmetic) in small type underneath.
The notices are the engine's Notices in the document's language
(labels.notice: a translated template, or the English one).

A statement is versioned: each change of a figure makes a new version; a
draft says "DRAFT — not final" in a banner, across every page and in the
footer. No clock: the dates come in the document's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Sequence

from reportlab.lib.colors import Color
from reportlab.lib.units import mm

from desktop.documents import labels
from desktop.documents.layout import (BODY, BOTTOM, GREY, INK, LEADING, LEFT, PAGE_HEIGHT,
                                      PAGE_WIDTH, RIGHT, RULE, SHADE, SMALL, TOP, WIDTH, Column,
                                      Sheet, draw_text, text_width, wrap_text)
from desktop.domain.money import Money, total
from desktop.domain.notices import Notice
from desktop.domain.settlement import BalanceState, Party, Section, Settlement, SettlementLine


class DealKind(StrEnum):
    CAR_DEALER_PURCHASE = "car_dealer_purchase"  # 車買取
    CAR_TRADE_IN = "car_trade_in"  # 下取り
    CAR_PRIVATE_SALE = "car_private_sale"  # 個人売買
    HOME_MARKET_SALE = "home_market_sale"  # 不動産売買
    VOLUNTARY_SALE = "voluntary_sale"  # 任意売却

    @property
    def is_car(self) -> bool:
        return self.value.startswith("car_")


@dataclass(frozen=True)
class RemainingDebt:
    """A debt that outlives the sale: a voluntary sale's deficiency, a car loan kept."""

    creditor: str
    amount: Money
    explanation: Notice | None = None


@dataclass(frozen=True)
class SettlementStatementDocument:
    language: str                # the customer's: "en", "ja", "ru" or "zh"
    issued_on: date
    branch_name: str
    deal_title: str              # what the desk calls the deal: "Prius trade-in, T-2026-0183"
    deal_kind: DealKind
    settlement: Settlement       # the parties' names are the settlement's own
    version: int                 # 1, 2, ...: a new version whenever a figure changes
    final: bool                  # False: a draft, marked "DRAFT — not final" on every page
    asset_description: str       # the car (make, model, plate) or the home's address
    prepared_by: str             # the clerk
    settlement_date: date | None = None  # None: the settlement's own settled_on
    notices: tuple[Notice, ...] = ()  # printed after the settlement's own (duplicates once)
    remaining_debts: tuple[RemainingDebt, ...] = ()  # debt left after the sale, if any

    def __post_init__(self):
        if self.language not in labels.LABELS:
            raise ValueError(f"no document language {self.language!r}")
        object.__setattr__(self, "deal_kind", DealKind(self.deal_kind))
        object.__setattr__(self, "notices", tuple(self.notices))
        object.__setattr__(self, "remaining_debts", tuple(self.remaining_debts))
        check_version(self.version)
        if not isinstance(self.settlement, Settlement):
            raise ValueError("a statement prints a Settlement")
        for debt in self.remaining_debts:
            if debt.amount.currency != self.settlement.currency:
                raise ValueError(f"the remaining debt to {debt.creditor} is not in "
                                 f"{self.settlement.currency}")
        if self.final:
            if self.settled_on is None:
                raise ValueError("a final statement needs its settlement date")
            if self.settlement.balance().state is not BalanceState.BALANCED:
                raise ValueError("a final statement must balance: print it as a draft until it does")

    @property
    def settled_on(self) -> date | None:
        return self.settlement_date or self.settlement.settled_on

    @property
    def japanese_layout(self) -> bool:
        return self.language == "ja"


def check_version(version: int) -> None:
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValueError("the version is a whole number from 1")


def remaining_debts_of(deficiencies) -> tuple[RemainingDebt, ...]:
    """short_sale.Deficiency (a ShortSaleResult's) as the statement prints them."""
    return tuple(RemainingDebt(d.creditor.name, d.remaining, d.explanation)
                 for d in deficiencies if d.remaining.is_positive())


# -- shared by the settlement documents ---------------------------------------------

TABLE = 8.5  # the ledger's type size
NOTE = 7  # explanations under a line
PAD = 3
MONEY_WIDTH = 76
WATERMARK = Color(0.85, 0.2, 0.15, alpha=0.16)
SECTION_SHADE = Color(0.965, 0.965, 0.965)


class Words:
    """A document's language: its labels, amounts, dates and notices."""

    def __init__(self, language: str, currency: str):
        self.language = language
        self.currency = currency

    def __call__(self, key: str, **values) -> str:
        return labels.label(self.language, key, **values)

    def day(self, value: date | None) -> str:
        return labels.day(value, self.language) if value else self("settlement.date_to_be_fixed")

    def money(self, value: Money) -> str:
        return labels.money(value, self.language)

    def amount(self, value: Money | None, blank_zero: bool = True) -> str:
        """A money column: no symbol (the header names the currency); zero left blank."""
        if value is None or (blank_zero and value.is_zero()):
            return ""
        return labels.money(value, self.language, with_symbol=False)

    @property
    def unit(self) -> str:
        """The currency as a column header names it: 円 on a Japanese page."""
        return self("settlement.yen") if self.currency == "JPY" and self.language == "ja" \
            else self.currency

    def notice(self, value: Notice | None) -> str:
        return labels.notice(value, self.language) if value is not None else ""

    def role(self, party: Party) -> str:
        return self(f"settlement.role.{party.role.value}")


class VersionedSheet(Sheet):
    """A Sheet that marks a draft across every page, over the text (translucent)."""

    def __init__(self, language: str, *, watermark: str = "", **kwargs):
        super().__init__(language, **kwargs)
        self.watermark = watermark

    def need(self, height: float) -> bool:
        if self.y - height < BOTTOM:  # the page is done: mark it before it is turned
            self._mark()
        return super().need(height)

    def finish(self) -> bytes:
        self._mark()
        return super().finish()

    def _mark(self) -> None:
        if not self.watermark:
            return
        c = self.canvas
        c.saveState()
        c.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        c.rotate(35)
        c.setFillColor(WATERMARK)
        draw_text(c, 0, -30, self.watermark, self.language, 80, align="center")
        c.restoreState()
        c.setFillColor(INK)


def header_pairs(sheet: Sheet, left: Sequence[tuple[str, str]], right: Sequence[tuple[str, str]],
                 size: float = 8.5) -> None:
    """Two blocks of label/value rows side by side (the deal on the left, the paper on the right)."""
    gap = 10
    half = (WIDTH - gap) / 2
    widest = max(text_width(label, sheet.language, size) for label, _ in (*left, *right))
    label_width = min(max(widest + 8, half * 0.3), half * 0.46)

    def block(pairs):
        out = []
        for label, value in pairs:
            lw = wrap_text(label, sheet.language, size, label_width - 4)
            vw = wrap_text(value, sheet.language, size, half - label_width)
            out.append((lw, vw))
        return out

    blocks = [block(left), block(right)]
    height = max(sum(max(len(a), len(b)) for a, b in blk) for blk in blocks) * size * LEADING
    sheet.need(height)
    top = sheet.y
    for i, blk in enumerate(blocks):
        x0 = LEFT + i * (half + gap)
        y = top
        for lw, vw in blk:
            for j in range(max(len(lw), len(vw))):
                y -= size
                if j < len(lw):
                    sheet.canvas.setFillColor(GREY)
                    draw_text(sheet.canvas, x0, y, lw[j], sheet.language, size)
                    sheet.canvas.setFillColor(INK)
                if j < len(vw):
                    draw_text(sheet.canvas, x0 + label_width, y, vw[j], sheet.language, size)
                y -= size * (LEADING - 1)
    sheet.y = top - height


def bullets(sheet: Sheet, texts: Sequence[str], size: float = 8.5, color=INK) -> None:
    """A list with a hanging indent; each item kept whole on a page when it fits."""
    indent = size * 1.2
    for text in texts:
        lines = wrap_text(text, sheet.language, size, WIDTH - indent)
        sheet.need(len(lines) * size * LEADING + 2)
        for i, line in enumerate(lines):
            sheet.y -= size
            sheet.canvas.setFillColor(color)
            if i == 0:
                draw_text(sheet.canvas, LEFT + 2, sheet.y, "•", sheet.language, size)
            draw_text(sheet.canvas, LEFT + indent, sheet.y, line, sheet.language, size)
            sheet.canvas.setFillColor(INK)
            sheet.y -= size * (LEADING - 1)
        sheet.y -= 2


def bullets_height(sheet: Sheet, texts: Sequence[str], size: float = 8.5) -> float:
    return sum(len(wrap_text(t, sheet.language, size, WIDTH - size * 1.2)) * size * LEADING + 2
               for t in texts)


def unique(texts: Sequence[str]) -> list[str]:
    seen: list[str] = []
    for text in texts:
        if text and text not in seen:
            seen.append(text)
    return seen


def draft_banner(sheet: Sheet, w: Words, version: int, final: bool) -> None:
    if not final:
        sheet.banner([w("settlement.draft_banner", version=version),
                      w("settlement.draft_explained")], warning=True)


def status_text(w: Words, version: int, final: bool) -> str:
    return w("settlement.version_status", version=w("settlement.version", version=version),
             status=w("settlement.final" if final else "settlement.draft"))


SEAL = 15 * mm
SEAL_GAP = 8 * mm


def _seal_layout(sheet: Sheet, signers: Sequence[tuple[str, str]], intro: str):
    size = BODY
    width = (WIDTH - SEAL_GAP * (len(signers) - 1)) / len(signers)
    captions = [wrap_text(c, sheet.language, SMALL, width) for c, _ in signers]
    names = [wrap_text(n, sheet.language, size, width - SEAL - 6) for _, n in signers]
    caption_h = max(len(c) for c in captions) * SMALL * LEADING
    name_h = max(len(n) for n in names) * size * LEADING
    intro_lines = wrap_text(intro, sheet.language, size, WIDTH) if intro else []
    height = len(intro_lines) * size * LEADING + 6 + caption_h + max(SEAL, name_h) + 8
    return width, captions, names, caption_h, name_h, intro_lines, height


def seal_boxes(sheet: Sheet, signers: Sequence[tuple[str, str]], intro: str = "") -> None:
    """Japanese practice: a caption, the printed name on a line, and a box for the 印."""
    size = BODY
    width, captions, names, caption_h, name_h, intro_lines, height = _seal_layout(sheet, signers,
                                                                                  intro)
    sheet.need(height)
    for line in intro_lines:
        sheet.y -= size
        draw_text(sheet.canvas, LEFT, sheet.y, line, sheet.language, size)
        sheet.y -= size * (LEADING - 1)
    sheet.y -= 6
    c, top = sheet.canvas, sheet.y
    for i, (caption, name) in enumerate(zip(captions, names)):
        x = LEFT + i * (width + SEAL_GAP)
        y = top
        c.setFillColor(GREY)
        for line in caption:
            y -= SMALL
            draw_text(c, x, y, line, sheet.language, SMALL)
            y -= SMALL * (LEADING - 1)
        c.setFillColor(INK)
        box_top = top - caption_h - 2
        # The seal box at the right, the name on a line beside it.
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.rect(x + width - SEAL, box_top - SEAL, SEAL, SEAL, stroke=1, fill=0)
        c.setFillColor(GREY)
        draw_text(c, x + width - SEAL / 2, box_top - SEAL / 2 - SMALL / 2 + 1, "印",
                  sheet.language, SMALL + 2, align="center")
        c.setFillColor(INK)
        ny = box_top - SEAL + 3 + (len(name) - 1) * size * LEADING
        for line in name:
            draw_text(c, x, ny, line, sheet.language, size)
            ny -= size * LEADING
        c.setLineWidth(0.8)
        c.line(x, box_top - SEAL, x + width - SEAL - 4, box_top - SEAL)
    sheet.y = top - caption_h - max(SEAL, name_h) - 8


def _signatures_height(sheet: Sheet, intro: str) -> float:
    intro_lines = wrap_text(intro, sheet.language, BODY, WIDTH) if intro else []
    return len(intro_lines) * BODY * LEADING + 14 * mm + 2 + 3 * BODY * LEADING


def signature_block(sheet: Sheet, w: Words, title: str, signers: Sequence[tuple[str, str]],
                    intro: str) -> None:
    """Signature lines (en, ru, zh) or seal boxes (ja), kept on one page with their title."""
    if w.language == "ja":
        section(sheet, title, _seal_layout(sheet, signers, intro)[-1])
        seal_boxes(sheet, signers, intro)
        return
    section(sheet, title, _signatures_height(sheet, intro))
    for line in (wrap_text(intro, sheet.language, BODY, WIDTH) if intro else []):
        sheet.y -= BODY
        draw_text(sheet.canvas, LEFT, sheet.y, line, sheet.language, BODY)
        sheet.y -= BODY * (LEADING - 1)
    sheet.signatures(signers)


# -- the ledger grid ------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    kind: str  # "section", "line", "subtotal", "total"
    text: str
    cells: tuple[Money | str | None, ...] = ()  # a str is printed as it is
    note: str = ""  # small type under the line
    parties: str = ""  # who pays whom, under the description


@dataclass
class Grid:
    """A ruled ledger: a description column and money columns, two header rows
    (a group title over each pair of money columns, then the column titles)."""

    sheet: Sheet
    w: Words
    description: str
    groups: tuple[str, ...]  # one per pair of money columns
    columns: tuple[str, ...]  # the money columns' titles
    size: float = TABLE
    money_width: float = MONEY_WIDTH
    aligns: tuple[str, ...] = ()  # per money column: "right" (the default) or "center"

    @property
    def desc_width(self) -> float:
        return WIDTH - self.money_width * len(self.columns)

    def _x(self, i: int) -> float:
        """Left edge of money column i."""
        return LEFT + self.desc_width + i * self.money_width

    def _vlines(self, top: float, bottom: float, color=RULE, width=0.3) -> None:
        c = self.sheet.canvas
        c.setStrokeColor(color)
        c.setLineWidth(width)
        for i in range(len(self.columns)):
            c.line(self._x(i), top, self._x(i), bottom)

    def _header_geometry(self):
        size, lang = self.size, self.w.language
        pair = self.money_width * 2
        group_lines = [wrap_text(g, lang, size, pair - 2 * PAD, bold=True) for g in self.groups]
        col_lines = [wrap_text(t, lang, size, self.money_width - 2 * PAD, bold=True)
                     for t in self.columns]
        desc_lines = wrap_text(self.description, lang, size, self.desc_width - 2 * PAD, bold=True)
        line = size * LEADING
        top_h = (max(len(g) for g in group_lines) * line + 2 * PAD - size * (LEADING - 1)
                 if group_lines else 0)
        sub_h = max(len(t) for t in col_lines) * line + 2 * PAD - size * (LEADING - 1)
        height = max(top_h + sub_h, len(desc_lines) * line + 2 * PAD - size * (LEADING - 1))
        return group_lines, col_lines, desc_lines, top_h, height

    def start_height(self, rows: Sequence[Row]) -> float:
        """The header and the first two rows: what a section title must stay with."""
        return self._header_geometry()[4] + sum(sum(self._row_height(r)[3:]) for r in rows[:2])

    def height(self, rows: Sequence[Row]) -> float:
        return self._header_geometry()[4] + sum(sum(self._row_height(r)[3:]) + 2 for r in rows) + 6

    def header(self) -> None:
        s, c, size, lang = self.sheet, self.sheet.canvas, self.size, self.w.language
        pair = self.money_width * 2
        group_lines, col_lines, desc_lines, top_h, height = self._header_geometry()
        line = size * LEADING
        top = s.y
        c.setFillColor(SHADE)
        c.rect(LEFT, top - height, WIDTH, height, stroke=0, fill=1)
        c.setFillColor(INK)
        y = top - (height - (len(desc_lines) * line - size * (LEADING - 1))) / 2
        for text in desc_lines:
            y -= size
            draw_text(c, LEFT + PAD, y, text, lang, size, bold=True)
            y -= size * (LEADING - 1)
        for g, lines in enumerate(group_lines):
            x = self._x(2 * g) + pair / 2
            y = top - PAD
            for text in lines:
                y -= size
                draw_text(c, x, y, text, lang, size, bold=True, align="center")
                y -= size * (LEADING - 1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        if group_lines:
            c.line(self._x(0), top - top_h, RIGHT, top - top_h)
        for i, lines in enumerate(col_lines):
            x = self._x(i) + self.money_width / 2
            y = top - top_h - (height - top_h - (len(lines) * line - size * (LEADING - 1))) / 2
            for text in lines:
                y -= size
                draw_text(c, x, y, text, lang, size, bold=True, align="center")
                y -= size * (LEADING - 1)
        # Pair borders reach the top; the inner borders stop at the group row.
        for i in range(len(self.columns)):
            inner = group_lines and i % 2 == 1
            c.line(self._x(i), top - (top_h if inner else 0), self._x(i), top - height)
        s.y = top - height
        rule(s, s.y, width=0.8, color=INK)

    def _row_height(self, row: Row) -> tuple[list[str], list[str], list[str], float, float]:
        lang, size = self.w.language, self.size
        bold = row.kind in ("total", "section")
        indent = 0 if row.kind in ("section", "total") else 6
        desc = wrap_text(row.text, lang, size, self.desc_width - 2 * PAD - indent, bold=bold)
        parties = wrap_text(row.parties, lang, NOTE, self.desc_width - 2 * PAD - indent) \
            if row.parties else []
        note = wrap_text(row.note, lang, NOTE, WIDTH - 2 * PAD - 14) if row.note else []
        main = (len(desc) * size * LEADING + len(parties) * NOTE * LEADING
                + 2 * PAD - size * (LEADING - 1))
        extra = len(note) * NOTE * LEADING + (PAD if note else 0)
        return desc, parties, note, main, extra

    def row(self, row: Row) -> None:
        s, c, size, lang = self.sheet, self.sheet.canvas, self.size, self.w.language
        desc, parties, note, main, extra = self._row_height(row)
        if s.need(main + extra):
            self.header()
        top = s.y
        bold = row.kind in ("total", "section")
        if row.kind == "section":
            c.setFillColor(SECTION_SHADE)
            c.rect(LEFT, top - main, WIDTH, main, stroke=0, fill=1)
            c.setFillColor(INK)
        if row.kind in ("subtotal", "total"):
            rule(s, top, width=0.8 if row.kind == "total" else 0.5, color=INK if bold else GREY)
        indent = 0 if row.kind in ("section", "total") else 6
        y = top - PAD
        for text in desc:
            y -= size
            draw_text(c, LEFT + PAD + indent, y, text, lang, size, bold=bold)
            y -= size * (LEADING - 1)
        c.setFillColor(GREY)
        for text in parties:
            y -= NOTE
            draw_text(c, LEFT + PAD + indent, y, text, lang, NOTE)
            y -= NOTE * (LEADING - 1)
        c.setFillColor(INK)
        for i, value in enumerate(row.cells):
            text = value if isinstance(value, str) else self.w.amount(value)
            if not text:
                continue
            align = self.aligns[i] if i < len(self.aligns) else "right"
            x = self._x(i) + (self.money_width - PAD if align == "right" else self.money_width / 2)
            draw_text(c, x, top - PAD - size, text, lang, size, bold=row.kind == "total",
                      align=align)
        self._vlines(top, top - main)
        y = top - main
        if note:
            c.setFillColor(GREY)
            y -= PAD / 2
            for text in note:
                y -= NOTE
                draw_text(c, LEFT + PAD + 14, y, text, lang, NOTE)
                y -= NOTE * (LEADING - 1)
            c.setFillColor(INK)
            y -= PAD / 2
        s.y = top - main - extra
        if row.kind == "total":
            rule(s, s.y, width=0.8, color=INK)
            rule(s, s.y - 1.6, width=0.8, color=INK)
            s.y -= 1.6
        elif row.kind != "section":
            rule(s, s.y, width=0.3, color=RULE)

    def draw(self, rows: Sequence[Row]) -> None:
        first = rows[0] if rows else None
        need = self.size * 5 + (self._row_height(first)[3] + self._row_height(first)[4]
                                if first else 0)
        self.sheet.need(need)
        self.header()
        for i, row in enumerate(rows):
            if row.kind == "section" and i + 1 < len(rows):
                # A section title stays with its first line.
                keep = sum(self._row_height(row)[3:]) + sum(self._row_height(rows[i + 1])[3:])
                if self.sheet.need(min(keep, USABLE - 60)):
                    self.header()
            elif row.kind == "line":
                # A line stays with the subtotals and totals that close it.
                chain = sum(self._row_height(row)[3:])
                for nxt in rows[i + 1:]:
                    if nxt.kind not in ("subtotal", "total"):
                        break
                    chain += sum(self._row_height(nxt)[3:]) + 2
                if self.sheet.need(min(chain, USABLE - 60)):
                    self.header()
            self.row(row)
        self.sheet.space(6)


def rule(sheet: Sheet, y: float, x0: float = LEFT, x1: float = RIGHT, width: float = 0.5,
         color=RULE) -> None:
    sheet.canvas.setStrokeColor(color)
    sheet.canvas.setLineWidth(width)
    sheet.canvas.line(x0, y, x1, y)


SECTION_HEIGHT = 11 * (LEADING + 0.4) + 4  # what Sheet.section takes at its default size
USABLE = TOP - BOTTOM  # a page's height for text


def section(sheet: Sheet, title: str, keep: float = 0) -> None:
    """A section title that starts a new page unless `keep` points of what follows fit under it."""
    sheet.need(SECTION_HEIGHT + min(keep, USABLE - 2 * SECTION_HEIGHT))
    sheet.section(title)


# -- the statement ------------------------------------------------------------------


def _sum(amounts, currency: str) -> Money:
    return total(amounts, currency)


def _who(w: Words, line: SettlementLine, s: Settlement) -> str:
    def name(p: Party) -> str:
        return w("settlement.closing_account", agent=s.agent.name) if p.is_closing_account else p.name
    return w("settlement.payer_to_payee", payer=name(line.payer), payee=name(line.payee))


def _line_row(w: Words, s: Settlement, line: SettlementLine, cells) -> Row:
    return Row("line", w.notice(line.description), tuple(cells), w.notice(line.explanation),
               _who(w, line, s))


def _alta_rows(w: Words, s: Settlement) -> list[Row]:
    """Buyer debit, buyer credit, seller debit, seller credit; every line in the closing."""
    cur = s.currency
    rows: list[Row] = []
    for section in Section:
        lines = [ln for ln in s.section(section) if not ln.outside_closing]
        if not lines:
            continue
        rows.append(Row("section", w(f"settlement.section.{section.value}")))
        cells = []
        for ln in lines:
            c = s.columns(ln)
            cells.append((c.buyer_debit, c.buyer_credit, c.seller_debit, c.seller_credit))
            rows.append(_line_row(w, s, ln, cells[-1]))
        rows.append(Row("subtotal", w("settlement.subtotal"),
                        tuple(_sum((c[i] for c in cells), cur) for i in range(4))))
    sums = [s.debits(s.buyer), s.credits(s.buyer), s.debits(s.seller), s.credits(s.seller)]
    closing: list[Row] = []
    zero = Money.zero(cur)
    buyer_left, seller_left = s.unsettled(s.buyer), s.unsettled(s.seller)
    if buyer_left.is_negative():
        closing.append(Row("line", w("settlement.due_from_buyer", buyer=s.buyer.name),
                           (zero, -buyer_left, zero, zero)))
        sums[1] += -buyer_left
    elif buyer_left.is_positive():
        closing.append(Row("line", w("settlement.due_to_buyer", buyer=s.buyer.name),
                           (buyer_left, zero, zero, zero)))
        sums[0] += buyer_left
    if seller_left.is_negative():
        closing.append(Row("line", w("settlement.due_from_seller", seller=s.seller.name),
                           (zero, zero, zero, -seller_left)))
        sums[3] += -seller_left
    elif seller_left.is_positive():
        closing.append(Row("line", w("settlement.due_to_seller", seller=s.seller.name),
                           (zero, zero, seller_left, zero)))
        sums[2] += seller_left
    if closing:
        rows.append(Row("subtotal", w("settlement.subtotals"),
                        (s.debits(s.buyer), s.credits(s.buyer), s.debits(s.seller),
                         s.credits(s.seller))))
        rows += closing
    rows.append(Row("total", w("settlement.totals"), tuple(sums)))
    return rows


def _japanese_rows(w: Words, s: Settlement) -> list[Row]:
    """売主 受取, 売主 支払, 買主 受取, 買主 支払: the charges, their 差引, then how it is settled."""
    cur = s.currency
    zero = Money.zero(cur)
    rows: list[Row] = []

    def charge_cells(ln: SettlementLine):
        return (ln.credit_of(s.seller), ln.debit_of(s.seller), ln.credit_of(s.buyer),
                ln.debit_of(s.buyer))

    charges = [ln for ln in s.in_closing if not ln.settles]
    all_cells = []
    for section in Section:
        lines = [ln for ln in s.section(section) if ln in charges]
        if not lines:
            continue
        rows.append(Row("section", w(f"settlement.section.{section.value}")))
        cells = [charge_cells(ln) for ln in lines]
        all_cells += cells
        for ln, c in zip(lines, cells):
            rows.append(_line_row(w, s, ln, c))
        rows.append(Row("subtotal", w("settlement.subtotal"),
                        tuple(_sum((c[i] for c in cells), cur) for i in range(4))))
    rows.append(Row("total", w("settlement.totals"),
                    tuple(_sum((c[i] for c in all_cells), cur) for i in range(4))))

    seller, buyer = s.position(s.seller), s.position(s.buyer)
    if seller.is_negative():
        rows.append(Row("subtotal", w("settlement.net.seller_owes"), (zero, -seller, zero, zero)))
    else:
        rows.append(Row("subtotal", w("settlement.net.seller_receives"), (seller, zero, zero, zero)))
    if buyer.is_positive():
        rows.append(Row("subtotal", w("settlement.net.buyer_receives"), (zero, zero, buyer, zero)))
    else:
        rows.append(Row("subtotal", w("settlement.net.buyer_pays"), (zero, zero, zero, -buyer)))

    rows.append(Row("section", w("settlement.section.handover")))
    handover = []
    for ln in s.in_closing:
        if not ln.settles:
            continue
        cells = (ln.amount if ln.payee == s.seller else zero, ln.amount if ln.payer == s.seller else zero,
                 ln.amount if ln.payee == s.buyer else zero, ln.amount if ln.payer == s.buyer else zero)
        handover.append(cells)
        rows.append(_line_row(w, s, ln, cells))
    buyer_left, seller_left = s.unsettled(s.buyer), s.unsettled(s.seller)
    extra = []
    if buyer_left.is_negative():
        extra.append(Row("line", w("settlement.due_from_buyer", buyer=s.buyer.name),
                         (zero, zero, zero, -buyer_left)))
    elif buyer_left.is_positive():
        extra.append(Row("line", w("settlement.due_to_buyer", buyer=s.buyer.name),
                         (zero, zero, buyer_left, zero)))
    if seller_left.is_negative():
        extra.append(Row("line", w("settlement.due_from_seller", seller=s.seller.name),
                         (zero, -seller_left, zero, zero)))
    elif seller_left.is_positive():
        extra.append(Row("line", w("settlement.due_to_seller", seller=s.seller.name),
                         (seller_left, zero, zero, zero)))
    rows += extra
    handover += [r.cells for r in extra]
    rows.append(Row("total", w("settlement.handover_total"),
                    tuple(_sum((c[i] for c in handover), cur) for i in range(4))))
    return rows


def _outside(sheet: Sheet, w: Words, s: Settlement) -> None:
    lines = s.outside
    if not lines:
        return
    grid = Grid(sheet, w, w("settlement.col.description", currency=w.unit), (),
                (w("settlement.col.amount", currency=w.unit),), money_width=MONEY_WIDTH + 10)
    rows = [Row("line", w.notice(ln.description), (ln.amount,), w.notice(ln.explanation),
                _who(w, ln, s)) for ln in lines]
    intro = w("settlement.outside_explained")
    intro_height = len(wrap_text(intro, w.language, SMALL, WIDTH)) * SMALL * LEADING + 3
    section(sheet, w("settlement.section.outside"), intro_height + grid.start_height(rows))
    sheet.paragraph(intro, size=SMALL, color=GREY)
    sheet.space(3)
    grid.draw(rows)


def _balance(sheet: Sheet, w: Words, doc: SettlementStatementDocument) -> None:
    s = doc.settlement
    b = s.balance()
    section(sheet, w("settlement.section.balance"), 6 * TABLE * LEADING)
    net, due = s.net_proceeds, s.due_from_buyer
    state = w.notice(b.who_owes_whom)
    if b.state is not BalanceState.BALANCED:  # the balanced notice starts with the word
        state = w(f"settlement.balance.{b.state.value}") + " — " + state
    sheet.rows([
        (w("settlement.balance"), state),
        (w("settlement.buyer_is_paid") if due.is_negative() else w("settlement.buyer_brings"),
         w.money(abs(due))),
        (w("settlement.shortfall") if net.is_negative() else w("settlement.net_proceeds"),
         w.money(abs(net))),
    ], label_width=WIDTH * 0.42, size=TABLE)
    if b.state is not BalanceState.BALANCED:
        sheet.space(2)
        sheet.banner([w(f"settlement.not_balanced.{b.state.value}", amount=w.money(b.amount),
                        seller=s.seller.name, agent=s.agent.name)], warning=True, size=TABLE)

    # Who hands what to the agent, and who is paid what.
    flows = [(p, s.money_in(p), s.money_out(p)) for p in s.parties()]
    flows = [f for f in flows if not (f[1].is_zero() and f[2].is_zero())]
    if flows:
        sheet.space(4)
        # The table stays whole on a page when it can (it is short: one row a party).
        sheet.need(min((len(flows) + 3) * (TABLE * LEADING + 2 * PAD) + 2 * TABLE * LEADING, 400))
        sheet.paragraph(w("settlement.cash_flow", agent=s.agent.name), size=TABLE, bold=True)
        sheet.space(2)
        money = MONEY_WIDTH + 10
        role_width = WIDTH * 0.22
        rows = [(p.name, w.role(p), w.amount(i), w.amount(o)) for p, i, o in flows]
        rows.append((w("settlement.totals"), "", w.amount(b.money_in, False),
                     w.amount(b.money_out, False)))
        sheet.table([Column(w("settlement.col.party"), WIDTH - role_width - 2 * money),
                     Column(w("settlement.col.role"), role_width),
                     Column(w("settlement.col.brings", currency=w.unit), money, "right"),
                     Column(w("settlement.col.is_paid", currency=w.unit), money, "right")],
                    rows, emphasis=frozenset({len(rows) - 1}), size=TABLE)

    if doc.remaining_debts:
        grid = Grid(sheet, w, w("settlement.col.creditor"), (),
                    (w("settlement.col.amount", currency=w.unit),), money_width=MONEY_WIDTH + 10)
        rows = [Row("line", d.creditor, (d.amount,), w.notice(d.explanation))
                for d in doc.remaining_debts]
        rows.append(Row("total", w("settlement.remaining_total"),
                        (_sum((d.amount for d in doc.remaining_debts), s.currency),)))
        section(sheet, w("settlement.section.remaining_debt"), grid.height(rows))
        grid.draw(rows)


def _signers(w: Words, s: Settlement) -> list[tuple[str, str]]:
    agent_role = w(f"settlement.role.{s.agent.role.value}")
    if s.agent == s.buyer:
        return [(w("settlement.signature.seller"), s.seller.name),
                (w("settlement.signature.buyer_agent", role=agent_role), s.buyer.name)]
    if s.agent == s.seller:
        return [(w("settlement.signature.seller_agent", role=agent_role), s.seller.name),
                (w("settlement.signature.buyer"), s.buyer.name)]
    return [(w("settlement.signature.seller"), s.seller.name),
            (w("settlement.signature.buyer"), s.buyer.name),
            (w("settlement.signature.agent", role=agent_role), s.agent.name)]


def statement_title(w: Words, kind: DealKind, final: bool) -> str:
    key = "settlement.title.voluntary_sale" if kind is DealKind.VOLUNTARY_SALE else "settlement.title"
    return w(key) if final else w("settlement.title_draft", title=w(key))


def render_settlement_statement(doc: SettlementStatementDocument) -> bytes:
    s = doc.settlement
    w = Words(doc.language, s.currency)
    title = statement_title(w, doc.deal_kind, doc.final)
    version = w("settlement.version", version=doc.version)
    sheet = VersionedSheet(
        doc.language, title=title,
        watermark="" if doc.final else w("settlement.draft_mark"),
        subject=w("settlement.subject", kind=w(f"settlement.kind.{doc.deal_kind.value}"),
                  deal=doc.deal_title, version=version),
        footer=w("settlement.footer", title=title, deal=doc.deal_title,
                 status=status_text(w, doc.version, doc.final), branch=doc.branch_name))
    sheet.heading(title)
    draft_banner(sheet, w, doc.version, doc.final)

    asset_key = "settlement.vehicle" if doc.deal_kind.is_car else "settlement.property"
    agent_caption = w("settlement.agent", role=w.role(s.agent))
    left = [(w("settlement.deal"), doc.deal_title),
            (w("settlement.deal_kind"), w(f"settlement.kind.{doc.deal_kind.value}")),
            (w(asset_key), doc.asset_description),
            (w("settlement.seller"), s.seller.name),
            (w("settlement.buyer"), s.buyer.name),
            (agent_caption, s.agent.name)]
    right = [(w("settlement.settled_on"), w.day(doc.settled_on)),
             (w("settlement.issued_on"), w.day(doc.issued_on)),
             (w("settlement.version_label"), status_text(w, doc.version, doc.final)),
             (w("settlement.branch"), doc.branch_name),
             (w("settlement.prepared_by"), doc.prepared_by)]
    header_pairs(sheet, left, right)
    sheet.space(6)

    if doc.japanese_layout:
        grid = Grid(sheet, w, w("settlement.col.description", currency=w.unit),
                    (w("settlement.col.seller"), w("settlement.col.buyer")),
                    (w("settlement.col.in"), w("settlement.col.out"),
                     w("settlement.col.in"), w("settlement.col.out")))
        rows = _japanese_rows(w, s)
    else:
        grid = Grid(sheet, w, w("settlement.col.description", currency=w.unit),
                    (w("settlement.col.buyer"), w("settlement.col.seller")),
                    (w("settlement.col.debit"), w("settlement.col.credit"),
                     w("settlement.col.debit"), w("settlement.col.credit")))
        rows = _alta_rows(w, s)
    section(sheet, w("settlement.section.ledger"), grid.start_height(rows))
    grid.draw(rows)

    _outside(sheet, w, s)
    _balance(sheet, w, doc)

    texts = unique([w.notice(n) for n in (*s.notices, *doc.notices)])
    if texts:
        section(sheet, w("settlement.section.notices"), bullets_height(sheet, texts[:1]))
        bullets(sheet, texts)

    signature_block(sheet, w, w("settlement.section.signatures"), _signers(w, s),
                    w("settlement.signature.intro", day=w.day(doc.settled_on)))
    return sheet.finish()
