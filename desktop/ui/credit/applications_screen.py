"""Credit applications: the list (what is due and what is late first, open
ones or the refusals file) on the left, the application on show on the
right (ApplicationPanel), and "New application…" for the desk."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from desktop.domain.access import Permission, allows
from desktop.domain.credit.deadlines import DeadlineState
from desktop.domain.money import format_money
from desktop.ui.context import UiContext
from desktop.ui.credit import labels
from desktop.ui.credit.application_view import ApplicationPanel, _item
from desktop.ui.credit.dialogs import NewApplicationDialog
from desktop.ui.i18n import fill
from desktop.ui.language import format_date
from desktop.ui.widgets.tables import record_table


class ApplicationsScreen(QWidget):
    OPEN, REFUSALS = "open", "refusals"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lines: list = []
        self.new_dialog: NewApplicationDialog | None = None
        self._wanted: str | None = None
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("applicationFilter")
        self.filter_combo.addItem(self.tr("Open applications"), self.OPEN)
        self.filter_combo.addItem(self.tr("Refusals file"), self.REFUSALS)
        filter_label = QLabel(self.tr("&Show"))
        filter_label.setBuddy(self.filter_combo)
        self.table = record_table([self.tr("Number"), self.tr("Customer"), self.tr("Status"),
                                   self.tr("Decision due")], "applicationsTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("&New application…"))
        self.new_button.setAutoDefault(False)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_combo, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        left_layout.addLayout(bottom)
        left.setMinimumWidth(380)

        self.panel = ApplicationPanel(ctx)
        self.panel.changed.connect(self._changed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([440, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.new_button.clicked.connect(lambda: self.new_application())
        self.refresh_button.clicked.connect(self.refresh)
        self._shown_once = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        user = self.ctx.services.context.session.user
        self.new_button.setVisible(user is None or allows(user.role, Permission.PREPARE_APPLICATIONS))
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    @property
    def refusals(self) -> bool:
        return self.filter_combo.currentData() == self.REFUSALS

    def refresh(self) -> None:
        credit, refusals = self.ctx.services.credit, self.refusals
        self.ctx.runner.run(lambda: credit.applications(refusals=refusals), self._show_lines)

    def _show_lines(self, lines) -> None:
        current = self._wanted or (self.panel.view.id if self.panel.view else None)
        self._wanted = None
        self.lines = lines
        locale = self.locale().name()
        t = self.table
        t.blockSignals(True)
        t.setRowCount(len(lines))
        select = -1
        for i, line in enumerate(lines):
            colours = labels.DEADLINE_COLOURS.get(line.due) if line.due in (
                DeadlineState.LATE, DeadlineState.DUE_TODAY) else None
            due = ""
            if line.decision_due_at is not None:
                # On the program's clock (the Russian centre's is Moscow time).
                local = line.decision_due_at.astimezone(ZoneInfo(line.time_zone))
                due = fill(self.tr("{state} · {date} {time}"), state=labels.deadline_label(line.due),
                           date=format_date(local.date(), locale), time=local.strftime("%H:%M"))
            customer = _item(line.customer_name)
            customer.setToolTip(fill(self.tr("{customer}\n{program}\nRequested {amount}"),
                                     customer=line.customer_name, program=line.program_name,
                                     amount=format_money(line.requested, locale)))
            cells = [_item(line.number), customer, _item(labels.short_status_label(line.status)),
                     _item(due, colours, bold=colours is not None)]
            for c, cell in enumerate(cells):
                t.setItem(i, c, cell)
            if line.id == current:
                select = i
        t.blockSignals(False)
        late = sum(1 for x in lines if x.due is DeadlineState.LATE)
        today = sum(1 for x in lines if x.due is DeadlineState.DUE_TODAY)
        self.count_label.setText(fill(self.tr("{count} applications · {today} due today · {late} late"),
                                      count=len(lines), today=today, late=late))
        if select >= 0:
            t.blockSignals(True)  # the panel shows it already
            t.selectRow(select)
            t.blockSignals(False)
        elif self.panel.view is None and lines:
            t.selectRow(0)  # the first one due: what the desk works on next
        # An application that left this list (filed among refusals) stays on show.

    def _chosen(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            self.panel.load(self.lines[row].id)

    def show_application(self, application_id: str) -> None:
        self._wanted = application_id
        self.panel.load(application_id)
        self.refresh()

    def new_application(self, customer_id: str | None = None) -> None:
        """Choose customer and program; the dialog opens once the programs are read."""
        credit = self.ctx.services.credit
        self.ctx.runner.run(credit.programs, lambda catalogue: self._new_dialog(catalogue, customer_id))

    def _new_dialog(self, catalogue, customer_id: str | None) -> None:
        dialog = NewApplicationDialog(self.ctx, catalogue, self, customer_id=customer_id or None)
        dialog.saved.connect(self._opened)
        self.new_dialog = dialog
        dialog.open()

    def _opened(self, view) -> None:
        if self.refusals:
            self.filter_combo.setCurrentIndex(0)
        self._wanted = view.id
        self.panel.show_view(view)
        self.panel.tabs.setCurrentIndex(0)
        self.refresh()

    def _changed(self, view) -> None:
        self._wanted = view.id
        self.refresh()
