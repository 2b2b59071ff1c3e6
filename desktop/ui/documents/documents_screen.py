"""Documents: the register of everything issued, with its SHA-256, to
preview, print again or save — the same bytes every time."""

from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from desktop.ui.context import UiContext
from desktop.ui.documents.preview_dialog import PreviewDialog
from desktop.ui.widgets.tables import record_table


class DocumentsScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list = []
        self.kind_names = {"payoff_quote": self.tr("Payoff quote")}
        self.table = record_table([self.tr("Issued"), self.tr("Document"), self.tr("Language"),
                                              self.tr("File"), self.tr("By"), self.tr("SHA-256")], "documentRegister")
        self.open_button = QPushButton(self.tr("&Preview, print or save…"))
        self.verify_button = QPushButton(self.tr("&Verify against the register"))
        self.verify_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.verify_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Documents issued</h2>")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.verify_button.clicked.connect(self.verify_selected)
        self.table.cellActivated.connect(lambda _r, _c: self.open_selected())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        documents = self.ctx.services.documents
        self.ctx.runner.run(documents.register, self._show)

    def _show(self, rows: list) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for i, d in enumerate(self.rows):
            cells = (d.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"), self.kind_names.get(d.kind, d.kind),
                     d.language, d.file_name, d.issued_by, d.sha256)
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        documents = self.ctx.services.documents
        self.ctx.runner.run(lambda: documents.content(document.id),
                            lambda content: self.show_preview(document, content))

    def show_preview(self, document, content: bytes) -> None:
        dialog = PreviewDialog(document, content, self)
        self.preview = dialog  # reachable for tests
        dialog.open()

    def verify_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        documents = self.ctx.services.documents
        self.ctx.runner.run(lambda: documents.verify(document.id), self._verified)

    def _verified(self, ok: bool) -> None:
        self.verify_label.setText(self.tr("The stored file matches its registered SHA-256.") if ok else
                                  self.tr("The stored file does NOT match its registered SHA-256."))
        self.verify_label.setStyleSheet("" if ok else "color: #b71c1c; font-weight: bold;")
