"""The distribution table of a voluntary sale (配分表) and its comparison with
a court auction (競売), for the lender and the guarantor company to approve.

Page one is the table for one price: each line with its rule and the cap's
arithmetic, its status (proposed, approved, refused: with the reason), what
the lines take from the price and the rest that goes to the senior creditor;
then what each creditor receives and still owes after the sale, the
guarantor company and the joint guarantors. The table belongs to its price:
when the price changes it is proposed again, so the price is printed at the
top and in the footer beside the version.

Then the auction comparison: a table (price, what the creditors receive,
what the seller still owes, for the voluntary sale and the auction) and a
bar chart drawn with reportlab's VerticalBarChart; every word on the chart
is drawn through the font fallback (draw_text), the bars' figures in
DejaVu Sans (digits only), so the output is the same bytes for the same data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color

from desktop.documents import fonts, labels
from desktop.documents.layout import GREY, INK, LEADING, LEFT, RIGHT, SMALL, WIDTH, draw_text, wrap_text
from desktop.documents.settlement_statement import (
    MONEY_WIDTH,
    NOTE,
    Grid,
    Row,
    VersionedSheet,
    Words,
    bullets,
    bullets_height,
    check_version,
    draft_banner,
    header_pairs,
    section,
    signature_block,
    status_text,
    unique,
)
from desktop.domain.money import Money, total
from desktop.domain.notices import Notice
from desktop.domain.short_sale import AuctionComparison, DistributionTable, LineStatus

VOLUNTARY_COLOUR = Color(0.16, 0.36, 0.60)
AUCTION_COLOUR = Color(0.80, 0.45, 0.20)
CHART_HEIGHT = 190


@dataclass(frozen=True)
class DistributionTableDocument:
    language: str                 # "en", "ja", "ru" or "zh"
    issued_on: date
    branch_name: str
    deal_title: str               # "任意売却 世田谷区桜新町 301号室, D-2026-0042"
    table: DistributionTable      # for one price: a new price is a new table and a new version
    version: int                  # 1, 2, ...
    final: bool                   # True only once the lender has decided every line
    asset_description: str        # the home's address
    prepared_by: str              # the broker's clerk
    comparison: AuctionComparison | None = None  # compare_with_auction(table, ...)
    guarantor_company: str = ""   # 保証会社
    subrogated_on: date | None = None  # 代位弁済: the day it paid the bank off
    joint_guarantors: tuple[str, ...] = ()  # 連帯保証人
    notices: tuple[Notice, ...] = ()  # more, printed after the table's and the comparison's

    def __post_init__(self):
        if self.language not in labels.LABELS:
            raise ValueError(f"no document language {self.language!r}")
        check_version(self.version)
        object.__setattr__(self, "joint_guarantors", tuple(self.joint_guarantors))
        object.__setattr__(self, "notices", tuple(self.notices))
        if not isinstance(self.table, DistributionTable):
            raise ValueError("a distribution table document prints a DistributionTable")
        if self.final and not self.table.decided:
            raise ValueError("the lender has not decided every line: print the table as a draft")
        if self.comparison is not None and self.comparison.voluntary.sale_price != self.table.price:
            raise ValueError("the auction comparison was made for another price")
        if self.subrogated_on is not None and not self.guarantor_company.strip():
            raise ValueError("name the guarantor company that paid the bank off")


def _rule_name(w: Words, code: str) -> str:
    key = f"distribution.rule.{code}"
    return w(key) if key in labels.LABELS[w.language] else code


def _status(w: Words, status: LineStatus) -> str:
    return w(f"distribution.status.{status.value}")


def _lines(sheet, w: Words, t: DistributionTable) -> None:
    senior = t.senior.creditor
    grid = Grid(sheet, w, w("distribution.col.item", currency=w.unit), (),
                (w("distribution.col.requested"), w("distribution.col.cap"),
                 w("distribution.col.amount"), w("distribution.col.status")),
                aligns=("right", "right", "right", "center"))
    rows = [Row("subtotal", w("distribution.price"), (None, None, t.price, None))]
    for number, ln in enumerate(t.lines, start=1):
        note = w("distribution.rule", rule=_rule_name(w, ln.rule), why=w.notice(ln.explanation))
        if ln.status is LineStatus.REFUSED and ln.refusal_reason:
            # The engine's own reasons are translated; a clerk's are printed as typed.
            reason = labels.notice(Notice(ln.refusal_reason), w.language)
            note += " " + w("distribution.refused_because", reason=reason)
        cap = w("distribution.no_cap") if ln.cap is None else w.amount(ln.cap, blank_zero=False)
        rows.append(Row("line", f"{number}. {w.notice(ln.description)}",
                        (w.amount(ln.requested, blank_zero=False), cap,
                         w.amount(ln.amount, blank_zero=False), _status(w, ln.status)),
                        note, w("distribution.payee", payee=ln.payee.name)))
    rows.append(Row("subtotal", w("distribution.deductions"), (None, None, t.deductions, None)))
    rows.append(Row("total", w("distribution.rest", creditor=senior.name),
                    (None, None, t.rest, None)))
    section(sheet, w("distribution.section.lines"), grid.start_height(rows))
    grid.draw(rows)


def _creditors(sheet, w: Words, t: DistributionTable) -> None:
    receipts, to_seller = t.receipts()
    grid = Grid(sheet, w, w("distribution.col.creditor", currency=w.unit), (),
                (w("distribution.col.debt"), w("distribution.col.release"),
                 w("distribution.col.from_rest"), w("distribution.col.received"),
                 w("distribution.col.still_owed")), money_width=MONEY_WIDTH - 8)
    rows = []
    zero = Money.zero(t.price.currency)
    for r in receipts:
        owed = max(r.lien.balance - r.total, zero)
        rows.append(Row("line", w("distribution.creditor", creditor=r.lien.creditor.name,
                                  rank=r.lien.rank),
                        (r.lien.balance, r.release, r.rest, r.total, owed),
                        w("distribution.deficiency_note", creditor=r.lien.creditor.name,
                          debt=w.money(r.lien.balance), received=w.money(r.total),
                          remaining=w.money(owed))))

    def col(i):
        return total((row.cells[i] for row in rows), t.price.currency)

    rows.append(Row("total", w("distribution.total_deficiency"),
                    tuple(col(i) for i in range(5))))
    section(sheet, w("distribution.section.creditors"), grid.height(rows))
    grid.draw(rows)
    lines = [w("distribution.before_prorations")]
    if to_seller.is_positive():
        lines.insert(0, w("distribution.left_for_seller", amount=w.money(to_seller)))
    for text in lines:
        sheet.paragraph(text, size=SMALL, color=GREY)


def _guarantors(sheet, w: Words, doc: DistributionTableDocument) -> None:
    receipts, _ = doc.table.receipts()
    zero = Money.zero(doc.table.price.currency)
    owed = total((max(r.lien.balance - r.total, zero) for r in receipts), doc.table.price.currency)
    senior = doc.table.senior.creditor.name
    texts = []
    if doc.guarantor_company and doc.subrogated_on is not None:
        texts.append(w("distribution.guarantor.subrogated", guarantor=doc.guarantor_company,
                       day=w.day(doc.subrogated_on), amount=w.money(owed)))
    elif doc.guarantor_company:
        texts.append(w("distribution.guarantor.pending", guarantor=doc.guarantor_company,
                       creditor=senior, amount=w.money(owed)))
    for name in doc.joint_guarantors:
        texts.append(w("distribution.joint_guarantor", name=name, amount=w.money(owed)))
    if texts:
        section(sheet, w("distribution.section.guarantors"), bullets_height(sheet, texts))
        bullets(sheet, texts)


# -- voluntary sale or auction --------------------------------------------------------


def _comparison(sheet, w: Words, c: AuctionComparison) -> None:
    v, a = c.voluntary, c.auction
    grid = Grid(sheet, w, w("distribution.col.figure", currency=w.unit), (),
                (w("distribution.voluntary"), w("distribution.auction"),
                 w("distribution.col.difference")), money_width=MONEY_WIDTH + 14)

    def row(key, x: Money, y: Money, kind="line", note=""):
        diff = x - y
        sign = "+" if diff.is_positive() else ("−" if diff.is_negative() else "")
        return Row(kind, w(key), (w.amount(x, False), w.amount(y, False),
                                  sign + w.amount(abs(diff), False)), note)

    rows = [
        row("distribution.cmp.price", v.sale_price, a.sale_price,
            note=w("distribution.cmp.auction_basis", pct=labels.rate(c.auction_ratio, w.language),
                   market=w.money(c.market_price))),
        row("distribution.cmp.costs", v.costs, a.costs),
        row("distribution.cmp.creditors", v.creditors_receive, a.creditors_receive, "subtotal"),
        row("distribution.cmp.senior", v.senior_receives, a.senior_receives),
        row("distribution.cmp.seller_receives", v.seller_receives, a.seller_receives),
        row("distribution.cmp.still_owes", v.seller_still_owes, a.seller_still_owes, "total"),
    ]
    notes = [w.notice(n) for n in (v.explanation, a.explanation)]
    notes_height = sum(len(wrap_text(n, w.language, NOTE + 0.5, WIDTH)) for n in notes) \
        * (NOTE + 0.5) * LEADING
    # The table and its chart together: on this page if they fit, else on the next.
    section(sheet, w("distribution.section.comparison"),
            grid.height(rows) + notes_height + 6 + _chart_height(w))
    grid.draw(rows)
    for n in notes:
        sheet.paragraph(n, size=NOTE + 0.5, color=GREY)
    sheet.space(6)
    _chart(sheet, w, c)


def _major(m: Money) -> int:
    """The chart's scale: whole units of the currency (a bar is never drawn in cents)."""
    return int(m.to_decimal())


TITLE_SIZE, LABEL_SIZE = 9.5, 8
LABEL_WIDTH = WIDTH / 3 - 16


def _categories(w: Words) -> list[str]:
    return [w("distribution.chart.price"), w("distribution.chart.creditors"),
            w("distribution.chart.still_owes")]


def _chart_height(w: Words) -> float:
    lines = max(len(wrap_text(t, w.language, LABEL_SIZE, LABEL_WIDTH)) for t in _categories(w))
    return CHART_HEIGHT + TITLE_SIZE * LEADING + 6 + lines * LABEL_SIZE * LEADING + 8


def _chart(sheet, w: Words, c: AuctionComparison) -> None:
    """Grouped bars: the price, what the creditors receive, what the seller still owes."""
    v, a = c.voluntary, c.auction
    categories = _categories(w)
    title_size, label_size, label_width = TITLE_SIZE, LABEL_SIZE, LABEL_WIDTH
    series = [(v.sale_price, v.creditors_receive, v.seller_still_owes),
              (a.sale_price, a.creditors_receive, a.seller_still_owes)]
    height = _chart_height(w)
    sheet.need(height)
    canvas = sheet.canvas
    top = sheet.y

    # Title on the left, legend on the right.
    y = top - title_size
    draw_text(canvas, LEFT, y, w("distribution.chart.title", currency=w.unit), w.language,
              title_size, bold=True)
    x = RIGHT
    for name, colour in reversed(((w("distribution.voluntary"), VOLUNTARY_COLOUR),
                                  (w("distribution.auction"), AUCTION_COLOUR))):
        width = draw_text(canvas, x, y, name, w.language, label_size, align="right")
        x -= width + 4
        canvas.setFillColor(colour)
        canvas.rect(x - 8, y - 1, 8, 8, stroke=0, fill=1)
        canvas.setFillColor(INK)
        x -= 8 + 14

    axis_width = 58  # room for the value axis' figures
    drawing = Drawing(WIDTH, CHART_HEIGHT, initialFontName=fonts.DEJAVU)
    chart = VerticalBarChart()
    chart.x, chart.y = axis_width, 6
    chart.width, chart.height = WIDTH - axis_width - 4, CHART_HEIGHT - 22
    chart.data = [tuple(_major(m) for m in s) for s in series]
    chart.bars[0].fillColor = VOLUNTARY_COLOUR
    chart.bars[1].fillColor = AUCTION_COLOUR
    for i in (0, 1):
        chart.bars[i].strokeColor = None
    chart.groupSpacing = 18
    chart.barSpacing = 4
    chart.valueAxis.valueMin = 0
    top_value = max(max(s) for s in chart.data) or 1
    chart.valueAxis.valueMax = top_value * 1.15
    chart.valueAxis.labels.fontName = fonts.DEJAVU
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda value: w.amount(
        Money.of(str(int(round(value))), c.market_price.currency), blank_zero=False)
    chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.strokeColor = GREY
    chart.categoryAxis.strokeColor = GREY
    chart.categoryAxis.categoryNames = ["", "", ""]
    chart.categoryAxis.visibleLabels = 0
    chart.categoryAxis.labels.fontName = fonts.DEJAVU
    chart.barLabels.fontName = fonts.DEJAVU
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[w.amount(m, blank_zero=False) for m in s] for s in series]
    drawing.add(chart)
    chart_top = top - title_size * LEADING - 6
    renderPDF.draw(drawing, canvas, LEFT, chart_top - CHART_HEIGHT)

    # The categories under their groups, through the font fallback.
    step = chart.width / len(categories)
    for i, text in enumerate(categories):
        cx = LEFT + chart.x + step * (i + 0.5)
        y = chart_top - CHART_HEIGHT + chart.y - 4
        for line in wrap_text(text, w.language, label_size, label_width):
            y -= label_size
            draw_text(canvas, cx, y, line, w.language, label_size, align="center")
            y -= label_size * (LEADING - 1)
    sheet.y = top - height


# -- the document ---------------------------------------------------------------------


def render_distribution_table(doc: DistributionTableDocument) -> bytes:
    t = doc.table
    w = Words(doc.language, t.price.currency)
    title = w("distribution.title")
    if not doc.final:
        title = w("settlement.title_draft", title=title)
    price = w.money(t.price)
    status = status_text(w, doc.version, doc.final)
    sheet = VersionedSheet(
        doc.language, title=title,
        watermark="" if doc.final else w("settlement.draft_mark"),
        subject=w("distribution.subject", deal=doc.deal_title, price=price,
                  version=w("settlement.version", version=doc.version)),
        footer=w("distribution.footer", title=title, deal=doc.deal_title, price=price,
                 status=status, branch=doc.branch_name))
    sheet.heading(title)
    draft_banner(sheet, w, doc.version, doc.final)
    sheet.banner([w("distribution.for_price", price=price, version=status)])

    senior = t.senior
    left = [(w("settlement.deal"), doc.deal_title),
            (w("settlement.property"), doc.asset_description),
            (w("distribution.seller"), t.seller.name),
            (w("distribution.senior"), w("distribution.creditor", creditor=senior.creditor.name,
                                         rank=senior.rank))]
    for lien in t.juniors:
        left.append((w("distribution.junior"), w("distribution.creditor",
                                                  creditor=lien.creditor.name, rank=lien.rank)))
    right = [(w("distribution.proposed_on"), w.day(t.on)),
             (w("settlement.issued_on"), w.day(doc.issued_on)),
             (w("settlement.version_label"), status),
             (w("settlement.branch"), doc.branch_name),
             (w("settlement.prepared_by"), doc.prepared_by)]
    header_pairs(sheet, left, right)
    sheet.space(6)

    _lines(sheet, w, t)
    _creditors(sheet, w, t)
    _guarantors(sheet, w, doc)

    notices = [*t.notices, *(doc.comparison.notices if doc.comparison else ()), *doc.notices]
    texts = unique([w.notice(n) for n in notices])
    if texts:
        section(sheet, w("settlement.section.notices"), bullets_height(sheet, texts[:1]))
        bullets(sheet, texts)

    if doc.comparison is not None:
        _comparison(sheet, w, doc.comparison)

    signature_block(sheet, w, w("distribution.section.approval"),
                    [(w("distribution.signature.prepared"), doc.prepared_by),
                               (w("distribution.signature.lender"), senior.creditor.name)],
                    w("distribution.signature.intro", price=price))
    return sheet.finish()
