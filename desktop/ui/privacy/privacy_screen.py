"""Privacy: the customers whose retention period is over, their erasure,
and the destruction records (акт об уничтожении) that prove it."""

from __future__ import annotations

from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QInputDialog, QLabel, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.ui.context import UiContext
from desktop.ui.i18n import fill, render_notice
from desktop.ui.widgets.tables import record_table


class PrivacyScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.candidates: list = []
        self.records: list = []
        self.candidate_table = record_table([self.tr("Customer"), self.tr("Rules of"), self.tr("Last use"),
                                       self.tr("Due"), self.tr("Why")])
        self.candidate_table.setObjectName("erasureCandidates")
        self.erase_button = QPushButton(self.tr("&Erase…"))
        due_box = QGroupBox(self.tr("Due for erasure"))
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.candidate_table)
        row = QHBoxLayout()
        row.addWidget(self.erase_button)
        row.addStretch(1)
        due_layout.addLayout(row)

        self.record_table = record_table([self.tr("Erased"), self.tr("By"), self.tr("Reference"),
                                    self.tr("Reason"), self.tr("Records")])
        self.record_table.setObjectName("destructionRecords")
        self.print_button = QPushButton(self.tr("&Preview, print or save…"))
        records_box = QGroupBox(self.tr("Destruction records"))
        records_layout = QVBoxLayout(records_box)
        records_layout.addWidget(self.record_table)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        records_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Privacy</h2>")))
        layout.addWidget(due_box, 1)
        layout.addWidget(records_box, 1)
        self.erase_button.clicked.connect(self.erase_selected)
        self.print_button.clicked.connect(self.preview_selected_record)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        privacy = self.ctx.services.privacy
        self.ctx.runner.run(lambda: (privacy.due_for_erasure(), privacy.destruction_records()), self._show)

    def _show(self, answer) -> None:
        self.candidates, self.records = list(answer[0]), list(answer[1])
        locale = self.locale().name()
        self.candidate_table.setRowCount(len(self.candidates))
        for i, c in enumerate(self.candidates):
            cells = (c.label, c.jurisdiction, c.last_use.isoformat(), c.due_on.isoformat(),
                     render_notice(c.notice, locale))
            for col, text in enumerate(cells):
                self.candidate_table.setItem(i, col, QTableWidgetItem(text))
        self.record_table.setRowCount(len(self.records))
        for i, r in enumerate(self.records):
            cells = (r.erased_at.astimezone().strftime("%Y-%m-%d %H:%M"), r.erased_by, r.customer_ref,
                     r.reason, str(r.record_count))
            for col, text in enumerate(cells):
                self.record_table.setItem(i, col, QTableWidgetItem(text))

    def _selected(self, table: QTableWidget, rows: list):
        chosen = table.selectionModel().selectedRows()
        return rows[chosen[0].row()] if chosen else None

    def erase_selected(self) -> None:
        candidate = self._selected(self.candidate_table, self.candidates)
        if candidate is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Erase personal data"),
            fill(self.tr("Erase {customer} for good? The money records stay, anonymised. Reason for the "
                         "destruction record:"), customer=candidate.label),
            text=render_notice(candidate.notice, self.locale().name()))
        if ok and reason.strip():
            self.erase(candidate, reason.strip())

    def erase(self, candidate, reason: str) -> None:
        privacy, language = self.ctx.services.privacy, self._language()
        self.ctx.runner.run(lambda: privacy.erase(candidate.customer_id, reason, language), self._erased)

    def _language(self) -> str:
        name = self.locale().name()[:2]
        return name if name in ("en", "ja", "ru", "zh") else "en"

    def _erased(self, record) -> None:
        self.refresh()
        self.done_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Erased"), fill(
            self.tr("The personal data is erased. Destruction record {id} was written; print it from "
                    "the list below for signature."), id=record.id), QMessageBox.StandardButton.Ok, self)
        self.done_box.open()

    def preview_selected_record(self) -> None:
        record = self._selected(self.record_table, self.records)
        if record is None:
            return
        privacy = self.ctx.services.privacy
        self.ctx.runner.run(lambda: privacy.destruction_record_pdf(record.id),
                            lambda pdf: self._preview(record, pdf))

    def _preview(self, record, pdf: bytes) -> None:
        from dataclasses import dataclass

        from desktop.ui.documents.preview_dialog import PreviewDialog

        @dataclass
        class _Shown:  # what the preview needs to name the file
            file_name: str
            sha256: str

        dialog = PreviewDialog(_Shown(f"destruction-record_{record.id}.pdf", record.sha256 or ""), pdf, self)
        self.preview = dialog
        dialog.open()
