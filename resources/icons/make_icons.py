"""Draw LienDesk's icon and write it as PNGs, a Windows .ico and a macOS .icns.

    QT_QPA_PLATFORM=offscreen python resources/icons/make_icons.py

The icon is drawn here with QPainter at every size (not scaled down from one
picture, so the small ones stay sharp): a blue rounded square, a white sheet
with its corner folded and lines of text, and a red seal with a white tick
at its foot — a settled document. The .ico and the .icns are containers of PNGs,
written by the two small functions below (no other tool needed).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The .icns types that hold PNG data, and the pixel size of each.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def draw(size: int) -> bytes:
    """The icon at size × size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 64, size / 64)  # drawn on a 64 × 64 grid

    # The tile.
    margin = 2 if size >= 32 else 0.5
    tile = QRectF(margin, margin, 64 - 2 * margin, 64 - 2 * margin)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 64))
    gradient.setColorAt(0, QColor("#2f6db5"))
    gradient.setColorAt(1, QColor("#1b3f73"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(tile, 13, 13)

    # The sheet, its top right corner folded.
    left, top, right, bottom, fold = 17, 11, 47, 53, 9
    sheet = QPainterPath()
    sheet.moveTo(left, top)
    sheet.lineTo(right - fold, top)
    sheet.lineTo(right, top + fold)
    sheet.lineTo(right, bottom)
    sheet.lineTo(left, bottom)
    sheet.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(sheet)
    corner = QPainterPath()
    corner.moveTo(right - fold, top)
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    p.setBrush(QColor("#c9d6e8"))
    p.drawPath(corner)

    # Lines of text: fewer and thicker when small.
    p.setBrush(QColor("#8aa2c4"))
    if size >= 32:
        for y, width in ((20, 16), (26, 22), (32, 22), (38, 12)):
            p.drawRoundedRect(QRectF(left + 4, y, width, 2.4), 1.2, 1.2)
    else:
        for y, width in ((21, 18), (30, 14)):
            p.drawRect(QRectF(left + 4, y, width, 4))

    # The seal: a red disc with a white tick (settled).
    p.setBrush(QColor("#d0312d"))
    p.setPen(QPen(QColor("#ffffff"), 1.6))
    p.drawEllipse(QPointF(40, 45), 8.5, 8.5)
    if size >= 24:
        tick = QPainterPath()
        tick.moveTo(36.2, 45.2)
        tick.lineTo(39.0, 48.0)
        tick.lineTo(44.2, 41.8)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor("#ffffff"), 2.6 if size >= 48 else 3.2, Qt.PenStyle.SolidLine,
                      Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        p.drawPath(tick)
    p.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon: ICONDIR, one ICONDIRENTRY per size, then the PNGs."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        png = pngs[s]
        side = 0 if s >= 256 else s  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon: "icns", the total length, then (type, length, PNG) entries."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[s])) + pngs[s]
                    for kind, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter wants one
    pngs = {s: draw(s) for s in PNG_SIZES}
    for s, png in pngs.items():
        (HERE / f"liendesk_{s}.png").write_bytes(png)
    (HERE / "liendesk.png").write_bytes(pngs[256])  # the window icon
    (HERE / "liendesk.ico").write_bytes(ico(pngs))
    (HERE / "liendesk.icns").write_bytes(icns(pngs))
    del app
    print(f"wrote {len(pngs)} PNGs, liendesk.ico and liendesk.icns to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
