"""The audit trail: who looked at or changed what, when — with filters, and a
check that walks the hash chain and names the first broken link."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from desktop.domain.errors import ValidationError
from desktop.ui.context import UiContext
from desktop.ui.errors import problem_text
from desktop.ui.i18n import fill
from desktop.ui.widgets.date_edit import DateField


class AuditScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.actor_edit = QLineEdit()
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(self.tr("e.g. customer. or user.sign_in"))
        self.record_edit = QLineEdit()
        self.since_edit = DateField()
        self.until_edit = DateField()
        self.filter_button = QPushButton(self.tr("&Show"))
        self.verify_button = QPushButton(self.tr("&Check the chain"))
        self.verify_label = QLabel()
        self.verify_label.setObjectName("chainResult")
        filters = QFormLayout()
        filters.addRow(self.tr("Who"), self.actor_edit)
        filters.addRow(self.tr("Action starts with"), self.action_edit)
        filters.addRow(self.tr("Record id"), self.record_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.until_edit)
        filters.addRow(self.tr("From — to"), dates)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("auditEntries")
        self.table.setHorizontalHeaderLabels([self.tr("#"), self.tr("When (UTC)"), self.tr("Who"),
                                              self.tr("Action"), self.tr("Record"), self.tr("Change")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.filter_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.verify_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Audit trail</h2>")))
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.filter_button.clicked.connect(self.refresh)
        for edit in (self.actor_edit, self.action_edit, self.record_edit):
            edit.returnPressed.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            since, until = self.since_edit.value("since"), self.until_edit.value("until")
        except ValidationError as e:
            self.verify_label.setText(problem_text(e.problems[0], self.locale().name()))
            return
        zone = datetime.now().astimezone().tzinfo
        filters = dict(actor=self.actor_edit.text().strip(), action=self.action_edit.text().strip(),
                       entity_id=self.record_edit.text().strip(),
                       since=datetime.combine(since, time(), zone) if since else None,
                       until=datetime.combine(until, time.max, zone) if until else None)
        trail = self.ctx.services.audit_trail
        self.ctx.runner.run(lambda: trail.entries(**filters), self._show)

    def _show(self, entries: list) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for i, e in enumerate(entries):
            change = e.after_json or e.before_json or ""
            cells = (str(e.seq), e.at.strftime("%Y-%m-%d %H:%M:%S"), e.actor, e.action,
                     f"{e.entity} {e.entity_id}", change[:200])
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def verify(self) -> None:
        self.ctx.runner.run(self.ctx.services.audit_trail.verify, self._verified)

    def _verified(self, report) -> None:
        if report.ok:
            self.verify_label.setText(fill(self.tr("The chain is whole: {rows} entries checked."),
                                           rows=report.rows_checked))
            self.verify_label.setStyleSheet("color: #1b5e20;")
        else:
            self.verify_label.setText(fill(self.tr("The chain is broken at entry {seq}: the trail was "
                                                   "altered there."), seq=report.first_broken_seq))
            self.verify_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
