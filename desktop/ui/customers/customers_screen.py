"""Customers: a list searched as you type, and the chosen customer's file."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLineEdit,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from desktop.ui.context import UiContext
from desktop.ui.customers.customer_detail import CustomerDetail
from desktop.ui.customers.intake_dialog import CustomerIntakeDialog


class CustomerListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.headers = [self.tr("Name"), self.tr("Reading"), self.tr("Born"), self.tr("Phone"),
                        self.tr("Document")]

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.rows[index.row()]
        return (c.full_name, c.name_reading, c.birth_date.isoformat() if c.birth_date else "",
                c.phone, c.id_document_number)[index.column()]


class CustomersScreen(QWidget):
    payoff_requested = Signal(str)  # loan id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0  # drops answers to keystrokes the clerk has typed past

        self.search_box = QLineEdit()
        self.search_box.setObjectName("customerSearch")
        self.search_box.setPlaceholderText(self.tr("Search by name, reading, phone or document number"))
        self.search_box.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New customer…"))
        self.model = CustomerListModel(self)
        self.table = QTableView()
        self.table.setObjectName("customerList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setResizeContentsPrecision(20)  # every keystroke refreshes
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = CustomerDetail(ctx)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # A short pause after the last keystroke: one query per burst of typing.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _: self._debounce.start())
        self.search_box.returnPressed.connect(self._focus_results)
        self.new_button.clicked.connect(self.new_customer)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda index: self.detail.setFocus())
        self.detail.payoff_requested.connect(self.payoff_requested)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.search_box.text().strip()
        customers = self.ctx.services.customers
        fetch = (lambda: customers.search(text, limit=200)) if text else (lambda: customers.recent(limit=200))
        self.ctx.runner.run(fetch, lambda rows: self._show(generation, rows))

    def _show(self, generation: int, rows: list) -> None:
        if generation != self._generation:
            return  # the clerk typed on; a newer answer is coming
        selected = self.detail.customer_id
        self.model.set_rows(rows)
        for i, row in enumerate(rows):
            if row.id == selected:
                self.table.selectRow(i)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.show_customer(self.model.rows[current.row()].id)

    def new_customer(self) -> None:
        dialog = CustomerIntakeDialog(self.ctx, self)
        branch = self.ctx.branch
        dialog.set_defaults(language=branch.language, citizenship=branch.citizenship, currency=branch.currency)
        dialog.saved.connect(self._customer_saved)
        self.intake_dialog = dialog  # reachable for tests; replaced by the next one
        dialog.open()

    def _customer_saved(self, customer) -> None:
        self.detail.show_customer(customer.id)
        self.search_box.setText(customer.full_name)
        self.refresh()
