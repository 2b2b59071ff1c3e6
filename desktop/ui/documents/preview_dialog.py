"""Preview an issued document, then print it or save it as a file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QScrollArea,
                               QVBoxLayout, QWidget)

from desktop.ui.documents.pdf_pages import page_images, print_pdf
from desktop.ui.i18n import fill


class PreviewDialog(QDialog):
    def __init__(self, document, content: bytes, parent: QWidget | None = None,
                 json_content: bytes | None = None):
        super().__init__(parent)
        self.document, self.content, self.json_content = document, content, json_content
        self.setWindowTitle(fill(self.tr("Preview — {name}"), name=document.file_name))
        self.resize(880, 940)  # an A4 page at 96 dpi is 794 px wide
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        self.page_labels = []
        for image in page_images(content, dpi=96):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("QLabel { background: white; border: 1px solid #bbb; }")
            pages_layout.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #777; }")
        self.sha_label = QLabel(fill(self.tr("SHA-256 {sha}"), sha=document.sha256))
        self.sha_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        if json_content is not None:  # a person's copy comes in both forms
            self.save_json_button = buttons.addButton(self.tr("Save &JSON…"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
            self.save_json_button.clicked.connect(self.save_json)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.sha_label)
        layout.addWidget(buttons)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.file_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.content, printer)

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save document"), self.document.file_name,
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.write_to(path)

    def save_json(self) -> None:
        name = self.document.file_name.rsplit(".", 1)[0] + ".json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save data"), name, self.tr("JSON (*.json)"))
        if path:
            self.write_to(path, self.json_content)

    def write_to(self, path: str, content: bytes | None = None) -> None:
        with open(path, "wb") as f:
            f.write(self.content if content is None else content)
