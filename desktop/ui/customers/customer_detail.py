"""One customer's file: who they are, what they own, what they owe."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.access import Permission, allows
from desktop.domain.assets import Vehicle
from desktop.domain.money import format_money
from desktop.ui.context import UiContext
from desktop.ui.customers.asset_dialogs import PropertyDialog, VehicleDialog
from desktop.ui.customers.loan_dialogs import LoanDialog, PaymentDialog
from desktop.ui.widgets.choices import loan_statuses
from desktop.ui.widgets.tables import record_table


class CustomerDetail(QWidget):
    payoff_requested = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: str | None = None
        self.customer = None
        self.assets: list = []
        self.loans: list = []

        self.heading = QLabel(self.tr("Choose a customer from the list, or create a new one."))
        self.heading.setWordWrap(True)
        self.facts = QFormLayout()
        self.born = QLabel()
        self.phone = QLabel()
        self.document = QLabel()
        self.income = QLabel()
        self.facts.addRow(self.tr("Born"), self.born)
        self.facts.addRow(self.tr("Phone"), self.phone)
        self.facts.addRow(self.tr("Document"), self.document)
        self.facts.addRow(self.tr("Net monthly income"), self.income)

        self.asset_table = record_table([self.tr("Asset"), self.tr("Identifier"), self.tr("Owner of record")])
        self.asset_table.setObjectName("assetTable")
        self.asset_table.setMaximumHeight(140)
        self.add_vehicle_button = QPushButton(self.tr("Add &vehicle…"))
        self.add_property_button = QPushButton(self.tr("Add p&roperty…"))
        assets_box = QGroupBox(self.tr("Cars and homes"))
        assets_layout = QVBoxLayout(assets_box)
        assets_layout.addWidget(self.asset_table)
        row = QHBoxLayout()
        row.addWidget(self.add_vehicle_button)
        row.addWidget(self.add_property_button)
        row.addStretch(1)
        assets_layout.addLayout(row)

        self.loan_table = record_table([self.tr("Account"), self.tr("Lender"), self.tr("On"),
                                  self.tr("Principal"), self.tr("Status")])
        self.loan_table.setObjectName("loanTable")
        self.add_loan_button = QPushButton(self.tr("Add &loan…"))
        self.payment_button = QPushButton(self.tr("Record pa&yment…"))
        self.payoff_button = QPushButton(self.tr("&Payoff…"))
        self.payoff_button.setDefault(True)
        loans_box = QGroupBox(self.tr("Loans"))
        loans_layout = QVBoxLayout(loans_box)
        loans_layout.addWidget(self.loan_table)
        row = QHBoxLayout()
        row.addWidget(self.add_loan_button)
        row.addWidget(self.payment_button)
        row.addWidget(self.payoff_button)
        row.addStretch(1)
        loans_layout.addLayout(row)

        self.copy_button = QPushButton(self.tr("Personal &copy…"))
        self.copy_button.setToolTip(self.tr("Everything held on this customer, as a PDF and as JSON"))
        self.copy_button.clicked.connect(self.personal_copy)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.copy_button)

        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addLayout(self.facts)
        layout.addWidget(assets_box)
        layout.addWidget(loans_box, 1)

        self.add_vehicle_button.clicked.connect(lambda: self._open(VehicleDialog))
        self.add_property_button.clicked.connect(lambda: self._open(PropertyDialog))
        self.add_loan_button.clicked.connect(self.add_loan)
        self.payment_button.clicked.connect(self.record_payment)
        self.payoff_button.clicked.connect(self.request_payoff)
        self.loan_table.activated.connect(lambda _index: self.request_payoff())
        self.loan_table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------

    def show_customer(self, customer_id: str) -> None:
        self.customer_id = customer_id
        services = self.ctx.services

        def load():
            return (services.customers.get(customer_id), services.loans.assets_of(customer_id),
                    services.loans.loans_of(customer_id))

        self.ctx.runner.run(load, self._loaded)

    def reload(self) -> None:
        if self.customer_id:
            self.show_customer(self.customer_id)

    def _loaded(self, answer) -> None:
        customer, assets, loans = answer
        if customer.id != self.customer_id:
            return
        self.customer, self.assets, self.loans = customer, list(assets), list(loans)
        locale = self.locale().name()
        self.heading.setText(f"<h2>{customer.full_name}</h2>{customer.name_reading}")
        self.born.setText(customer.birth_date.isoformat() if customer.birth_date else "—")
        self.phone.setText(customer.phone or "—")
        self.document.setText(customer.id_document_number)
        self.income.setText(format_money(customer.net_monthly_income, locale)
                            if customer.net_monthly_income else "—")
        self.asset_table.setRowCount(len(self.assets))
        for i, asset in enumerate(self.assets):
            ident = asset.vin if isinstance(asset, Vehicle) else ""
            owner = asset.owner_of_record if isinstance(asset, Vehicle) else ""
            for col, text in enumerate((asset.label, ident, owner)):
                self.asset_table.setItem(i, col, QTableWidgetItem(text))
        statuses = loan_statuses()
        self.loan_table.setRowCount(len(self.loans))
        for i, loan in enumerate(self.loans):
            cells = (loan.account_number, loan.lender_name, loan.asset_label,
                     format_money(loan.principal, locale), statuses.get(loan.status, loan.status))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.loan_table.setItem(i, col, item)
        if self.loans:
            self.loan_table.selectRow(0)
        self._update_buttons()

    # -- actions ---------------------------------------------------------------

    def selected_loan(self):
        rows = self.loan_table.selectionModel().selectedRows()
        return self.loans[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has_customer = self.customer is not None
        for button in (self.add_vehicle_button, self.add_property_button, self.add_loan_button):
            button.setEnabled(has_customer)
        session = self.ctx.services.context.session
        self.copy_button.setVisible(has_customer and (session.system or (
            session.user is not None and allows(session.user.role, Permission.EXPORT_PERSONAL_DATA))))
        has_loan = self.selected_loan() is not None
        self.payment_button.setEnabled(has_loan)
        self.payoff_button.setEnabled(has_loan)

    def _open(self, dialog_class, *args) -> None:
        dialog = dialog_class(self.ctx, self.customer, *args, parent=self)
        dialog.saved.connect(lambda _record: self.reload())
        self.open_dialog = dialog  # reachable for tests; replaced by the next one
        dialog.open()

    def add_loan(self) -> None:
        self._open(LoanDialog, self.assets)

    def record_payment(self) -> None:
        loan = self.selected_loan()
        if loan is not None:
            self._open(PaymentDialog, loan)

    def personal_copy(self) -> None:
        """A person's copy of their data (APPI, PIPL, 152-FZ), recorded in the audit trail."""
        if self.customer is None:
            return
        privacy, customer_id = self.ctx.services.privacy, self.customer.id
        self.ctx.runner.run(lambda: privacy.personal_copy(customer_id), self._show_copy)

    def _show_copy(self, copy) -> None:
        from desktop.ui.documents.preview_dialog import PreviewDialog

        dialog = PreviewDialog(copy.document, copy.pdf, self, json_content=copy.json)
        self.copy_dialog = dialog  # reachable for tests
        dialog.open()

    def request_payoff(self) -> None:
        loan = self.selected_loan()
        if loan is not None:
            self.payoff_requested.emit(loan.id)
