"""Opening a deal: the customer who sells, the loan on what is sold, the
other side, the price and the day. The inputs are built from what the clerk
chose; every figure comes from the service once it is opened."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.errors import Problems, ValidationError
from desktop.store.settlements import SettlementKind
from desktop.ui.context import UiContext
from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.field_errors import FieldErrors
from desktop.ui.widgets.money_edit import MoneyEdit


class NewDealDialog(QDialog):
    """Collects what a new deal needs; `opened` carries the DealView."""

    opened = Signal(object)

    def __init__(self, ctx: UiContext, kind: SettlementKind, build, parent: QWidget | None = None,
                 customer_id: str | None = None, loan_id: str | None = None):
        super().__init__(parent)
        self.ctx, self.kind, self._build = ctx, kind, build
        self._want_customer, self._want_loan = customer_id, loan_id
        titles = {SettlementKind.CAR_TRADE_IN: self.tr("New car sale"),
                  SettlementKind.HOME_MARKET_SALE: self.tr("New home sale"),
                  SettlementKind.HOME_VOLUNTARY_SALE: self.tr("New voluntary sale")}
        self.setWindowTitle(titles.get(kind, self.tr("New sale")))
        self.kind_combo = QComboBox()
        if kind.is_car:
            for k, label in ((SettlementKind.CAR_TRADE_IN, self.tr("Trade-in")),
                             (SettlementKind.CAR_DEALER_PURCHASE, self.tr("Dealer purchase")),
                             (SettlementKind.CAR_PRIVATE_SALE, self.tr("Private sale"))):
                self.kind_combo.addItem(label, k)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, phone, plate…"))
        self.customers = QListWidget()
        self.customers.setObjectName("customerPicker")
        self.customers.setMaximumHeight(140)
        self.loans = QComboBox()
        self.loans.setObjectName("loanPicker")
        self.other_side = QLineEdit()
        self.scrivener = QLineEdit()
        self.price = MoneyEdit(currency=ctx.branch.currency)
        self.day = DateField()
        self.day.set_value(ctx.today())
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { color: #b71c1c; }")
        self.banner.hide()

        form = QFormLayout()
        if kind.is_car:
            form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Find customer"), self.search)
        form.addRow(self.tr("Customer (seller)"), self.customers)
        form.addRow(self.tr("&Loan"), self.loans)
        other = (self.tr("&Dealer or buyer") if kind.is_car else self.tr("&Buyer"))
        if kind is not SettlementKind.HOME_VOLUNTARY_SALE:
            form.addRow(other, self.other_side)
        if not kind.is_car:
            form.addRow(self.tr("&Scrivener"), self.scrivener)
        price_label = (self.tr("&Price or trade-in allowance") if kind.is_car else self.tr("&Price"))
        form.addRow(price_label, self.price)
        form.addRow(self.tr("Proposed &on") if kind is SettlementKind.HOME_VOLUNTARY_SALE
                    else self.tr("Day of &sale"), self.day)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open deal"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.errors = FieldErrors(self.banner, {"customer": self.customers, "loan_id": self.loans,
                                                "buyer": self.other_side, "price": self.price,
                                                "scrivener": self.scrivener, "day": self.day,
                                                "settled_on": self.day,
                                                "settlement_on": self.day})
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.customers.currentItemChanged.connect(lambda *_: self._load_loans())
        self._find()

    # -- pickers ---------------------------------------------------------------

    def _find(self) -> None:
        text = self.search.text().strip()
        customers = self.ctx.services.customers
        fn = (lambda: customers.search(text)) if text else (lambda: customers.recent())
        self.ctx.runner.run(fn, self._show_customers)

    def _show_customers(self, found) -> None:
        self.customers.clear()
        for c in found:
            item = QListWidgetItem(f"{c.full_name} · {c.phone}")
            item.setData(Qt.ItemDataRole.UserRole, c)
            self.customers.addItem(item)
        for i in range(self.customers.count()):
            if self.customers.item(i).data(Qt.ItemDataRole.UserRole).id == self._want_customer:
                self.customers.setCurrentRow(i)
                return
        if self.customers.count():
            self.customers.setCurrentRow(0)

    def customer(self):
        item = self.customers.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _load_loans(self) -> None:
        customer = self.customer()
        self.loans.clear()
        if customer is None:
            return
        self.ctx.runner.run(lambda: self.ctx.services.loans.loans_of(customer.id), self._show_loans)

    def _show_loans(self, loans) -> None:
        self.loans.clear()
        self.loans.addItem(self.tr("No loan"), None)
        for loan in loans:
            self.loans.addItem(f"{loan.account_number} — {loan.lender_name} · {loan.asset_label}", loan)
        index = next((i for i in range(1, self.loans.count())
                      if self.loans.itemData(i).id == self._want_loan), 1 if loans else 0)
        self.loans.setCurrentIndex(index)

    # -- submitting ------------------------------------------------------------

    def chosen_kind(self) -> SettlementKind:
        return SettlementKind(self.kind_combo.currentData()) if self.kind.is_car else self.kind

    def submit(self) -> None:
        problems = Problems()
        customer = self.customer()
        if customer is None:
            problems.add("customer", self.tr("Choose the customer who sells."))
        loan = self.loans.currentData()
        kind = self.chosen_kind()
        if kind is SettlementKind.HOME_VOLUNTARY_SALE and loan is None:
            problems.add("loan_id", self.tr("Choose the loan secured on the home."))
        if kind is not SettlementKind.HOME_VOLUNTARY_SALE and not self.other_side.text().strip():
            problems.add("buyer", self.tr("Enter who buys."))
        if not kind.is_car and not self.scrivener.text().strip():
            problems.add("scrivener", self.tr("Enter the scrivener."))
        price = day = None
        try:
            price = self.price.value("price")
        except ValidationError as e:
            problems.items.extend(e.problems)
        if price is None or not price.is_positive():
            problems.add("price", self.tr("Enter the price, more than zero."))
        try:
            day = self.day.value("day")
        except ValidationError as e:
            problems.items.extend(e.problems)
        if day is None:
            problems.add("day", self.tr("Enter the day."))
        try:
            problems.raise_if_any()
        except ValidationError as e:
            self.errors.show(e)
            return
        request = dict(kind=kind, customer=customer, loan=loan, other_side=self.other_side.text().strip(),
                       scrivener=self.scrivener.text().strip(), price=price, day=day)
        self.ok_button.setEnabled(False)
        self.ctx.runner.run(lambda: self._build(request), self._opened, self._failed)

    def _opened(self, view) -> None:
        self.ok_button.setEnabled(True)
        self.opened.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.ctx.show_error(self, error)
