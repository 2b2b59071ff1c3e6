"""PDF pages as images, for preview on screen and for the system printer.

PDFium (pypdfium2) renders the very bytes that were issued and registered,
so what the clerk previews and prints is what the register's SHA-256 proves.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


def page_images(pdf_bytes: bytes, dpi: int) -> list[QImage]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf_bytes)
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels before PDFium frees them
        return images
    finally:
        document.close()


def print_pdf(pdf_bytes: bytes, printer: QPrinter) -> None:
    """Each page drawn to fill the printer's page, at the printer's resolution."""
    images = page_images(pdf_bytes, dpi=min(printer.resolution(), 300))
    painter = QPainter(printer)
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            target = QRectF(painter.viewport())
            size = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.x(), target.y(), size.width(), size.height()), image)
    finally:
        painter.end()
