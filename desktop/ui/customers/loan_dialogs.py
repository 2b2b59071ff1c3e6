"""Record a loan on an asset, and a payment on a loan."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from desktop.domain.customers import Customer
from desktop.domain.errors import Problems, ValidationError
from desktop.domain.loan_accounts import LoanAccount
from desktop.domain.loans import DayCount, LoanTerms, PaymentMade, RepaymentMethod
from desktop.domain.money import MINOR_DIGITS
from desktop.domain.rates import parse_percent
from desktop.ui.context import UiContext
from desktop.ui.i18n import fill
from desktop.ui.forms.ui_loan import Ui_LoanDialog
from desktop.ui.forms.ui_payment import Ui_PaymentDialog
from desktop.ui.lenders.lender_dialog import LenderDialog
from desktop.ui.widgets.choices import day_counts, fill_combo, repayment_methods
from desktop.ui.widgets.record_dialog import RecordDialog


class LoanDialog(RecordDialog):
    def __init__(self, ctx: UiContext, customer: Customer, assets: list,
                 parent: QWidget | None = None):
        super().__init__(ctx, Ui_LoanDialog(), parent)
        self.customer = customer
        ui = self.ui
        ui.assetCombo.addItem(self.tr("— none —"), "")
        for asset in assets:
            ui.assetCombo.addItem(asset.label, asset.id)
        if assets:
            ui.assetCombo.setCurrentIndex(1)
        ui.currencyCombo.addItems(list(MINOR_DIGITS))
        ui.currencyCombo.setCurrentText(ctx.branch.currency)
        for edit in (ui.principalEdit, ui.residualEdit):
            edit.set_currency(ctx.branch.currency)
            ui.currencyCombo.currentTextChanged.connect(edit.set_currency)
        if customer.net_monthly_income is not None:
            ui.currencyCombo.setCurrentText(customer.net_monthly_income.currency)
        fill_combo(ui.methodCombo, repayment_methods())
        # A residual is part of a residual-value loan only.
        ui.methodCombo.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        fill_combo(ui.dayCountCombo, day_counts())
        ui.disbursedEdit.set_value(ctx.today())
        ui.penaltyRateEdit.setText("14.6")  # the usual Japanese ceiling on late charges
        ui.newLenderButton.clicked.connect(self._new_lender)
        self.load_lenders()
        ui.lenderCombo.setFocus()

    def _method_changed(self) -> None:
        balloon = self.ui.methodCombo.currentData() == RepaymentMethod.BALLOON
        self.ui.residualEdit.setEnabled(balloon)
        if not balloon:
            self.ui.residualEdit.clear()

    def load_lenders(self, select_id: str | None = None) -> None:
        loans = self.ctx.services.loans
        self.ctx.runner.run(loans.lenders, lambda lenders: self._show_lenders(lenders, select_id))

    def _show_lenders(self, lenders: list, select_id: str | None) -> None:
        combo = self.ui.lenderCombo
        combo.clear()
        for lender in lenders:
            combo.addItem(lender.name, lender.id)
        if select_id:
            combo.setCurrentIndex(max(0, combo.findData(select_id)))

    def _new_lender(self) -> None:
        dialog = LenderDialog(self.ctx, parent=self)
        dialog.saved.connect(lambda lender: self.load_lenders(lender.id))
        self.lender_dialog = dialog
        dialog.open()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"lender_id": ui.lenderCombo, "asset_id": ui.assetCombo,
                "account_number": ui.accountNumberEdit, "principal": ui.principalEdit,
                "annual_rate": ui.rateEdit, "term_months": ui.termSpin, "method": ui.methodCombo,
                "disbursed_on": ui.disbursedEdit, "due_day": ui.dueDaySpin,
                "day_count": ui.dayCountCombo, "residual": ui.residualEdit,
                "penalty_rate": ui.penaltyRateEdit}

    def draft(self, read, problems: Problems) -> LoanAccount | None:
        ui = self.ui
        principal = read(ui.principalEdit, "principal")
        disbursed_on = read(ui.disbursedEdit, "disbursed_on")
        residual = read(ui.residualEdit, "residual")
        annual_rate = self._rate(ui.rateEdit.text(), "annual_rate", problems)
        penalty_rate = (self._rate(ui.penaltyRateEdit.text(), "penalty_rate", problems)
                        if ui.penaltyRateEdit.text().strip() else Decimal(0))
        if problems.items:
            return None
        try:  # the terms check themselves, field by field
            terms = LoanTerms(principal=principal, annual_rate=annual_rate,
                              term_months=ui.termSpin.value(),
                              method=RepaymentMethod(ui.methodCombo.currentData()),
                              disbursed_on=disbursed_on, due_day=ui.dueDaySpin.value(),
                              day_count=DayCount(ui.dayCountCombo.currentData()),
                              residual=residual, penalty_rate=penalty_rate)
        except ValidationError as e:
            problems.items.extend(e.problems)
            return None
        return LoanAccount(id="", lender_id=ui.lenderCombo.currentData() or "",
                           borrower_id=self.customer.id,
                           account_number=ui.accountNumberEdit.text().strip(), terms=terms,
                           asset_id=ui.assetCombo.currentData() or None,
                           lender_is_owner_of_record=ui.ownerOfRecordCheck.isChecked())

    @staticmethod
    def _rate(text: str, field: str, problems: Problems) -> Decimal | None:
        try:
            return parse_percent(text, field)
        except ValidationError as e:
            problems.items.extend(e.problems)
            return None

    def save(self, account: LoanAccount):
        loans = self.ctx.services.loans
        return lambda: loans.add_loan(account)


class PaymentDialog(RecordDialog):
    def __init__(self, ctx: UiContext, customer: Customer, loan, parent: QWidget | None = None):
        super().__init__(ctx, Ui_PaymentDialog(), parent)
        self.loan = loan
        self.setWindowTitle(fill(self.tr("Payment on {account}"), account=loan.account_number))
        self.ui.paidOnEdit.set_value(ctx.today())
        self.ui.amountEdit.set_currency(loan.principal.currency)
        self.ui.amountEdit.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        return {"paid_on": self.ui.paidOnEdit, "amount": self.ui.amountEdit}

    def draft(self, read, problems: Problems) -> PaymentMade | None:
        paid_on = read(self.ui.paidOnEdit, "paid_on")
        amount = read(self.ui.amountEdit, "amount")
        for field, value in (("paid_on", paid_on), ("amount", amount)):
            if value is None and field not in problems.fields:
                problems.add(field, self.tr("This field is required."))
        return None if problems.items else PaymentMade(paid_on=paid_on, amount=amount)

    def save(self, payment: PaymentMade):
        loans, loan_id = self.ctx.services.loans, self.loan.id
        return lambda: loans.record_payment(loan_id, payment)
