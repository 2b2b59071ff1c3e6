"""A small bar chart of the voluntary sale against a court auction (figures
from short_sale.compare_with_auction; the chart only draws them)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.money import format_money


class AuctionChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.comparison = None
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_comparison(self, comparison) -> None:
        self.comparison = comparison
        self.update()

    def bars(self) -> list[tuple[str, object, object]]:
        c = self.comparison
        if c is None:
            return []
        return [(self.tr("Creditors receive"), c.voluntary.creditors_receive, c.auction.creditors_receive),
                (self.tr("Seller still owes"), c.voluntary.seller_still_owes, c.auction.seller_still_owes)]

    def paintEvent(self, _event) -> None:
        bars = self.bars()
        if not bars:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        locale = self.locale().name()
        top = max(max(v.minor, a.minor) for _, v, a in bars) or 1
        label_w, h = 130, self.height()
        row_h = (h - 24) / len(bars)
        width = max(self.width() - label_w - 130, 40)
        colours = (QColor("#1e88e5"), QColor("#9e9e9e"))
        for i, (label, voluntary, auction) in enumerate(bars):
            y = 4 + i * row_h
            p.setPen(Qt.GlobalColor.black)
            p.drawText(QRectF(0, y, label_w - 6, row_h), Qt.AlignmentFlag.AlignVCenter
                       | Qt.AlignmentFlag.AlignRight, label)
            for j, amount in enumerate((voluntary, auction)):
                bar_h = row_h / 2 - 4
                by = y + j * (row_h / 2)
                w = width * max(amount.minor, 0) / top
                p.fillRect(QRectF(label_w, by, w, bar_h), colours[j])
                p.setPen(Qt.GlobalColor.black)
                p.drawText(QRectF(label_w + w + 4, by, 200, bar_h), Qt.AlignmentFlag.AlignVCenter,
                           format_money(amount, locale))
        legend_y = h - 18
        for j, name in enumerate((self.tr("Voluntary sale"), self.tr("Court auction"))):
            x = label_w + j * 140
            p.fillRect(QRectF(x, legend_y + 3, 10, 10), colours[j])
            p.drawText(QRectF(x + 14, legend_y, 120, 16), Qt.AlignmentFlag.AlignVCenter, name)
        p.end()
