"""Take in a lender's payoff letter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.errors import Problems
from desktop.domain.payoffs import LenderQuote
from desktop.ui.context import UiContext
from desktop.ui.forms.ui_lender_quote import Ui_LenderQuoteDialog
from desktop.ui.i18n import fill
from desktop.ui.widgets.record_dialog import RecordDialog


class LenderQuoteDialog(RecordDialog):
    def __init__(self, ctx: UiContext, loan, parent: QWidget | None = None):
        super().__init__(ctx, Ui_LenderQuoteDialog(), parent)
        self.loan = loan
        self.setWindowTitle(fill(self.tr("Payoff letter for {account}"), account=loan.account_number))
        ui = self.ui
        for edit in (ui.amountEdit, ui.perDiemEdit):
            edit.set_currency(loan.currency)
        ui.receivedOnEdit.set_value(ctx.today())
        ui.receivedByEdit.setText(ctx.services.context.actor)
        ui.referenceEdit.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"reference": ui.referenceEdit, "amount": ui.amountEdit,
                "good_through": ui.goodThroughEdit, "per_diem": ui.perDiemEdit,
                "received_on": ui.receivedOnEdit, "received_by": ui.receivedByEdit}

    def draft(self, read, problems: Problems) -> LenderQuote | None:
        ui = self.ui
        values = {field: read(widget, field) for field, widget in (
            ("amount", ui.amountEdit), ("good_through", ui.goodThroughEdit),
            ("per_diem", ui.perDiemEdit), ("received_on", ui.receivedOnEdit))}
        for field, value in values.items():
            if value is None and field not in problems.fields:
                problems.add(field, self.tr("This field is required."))
        if problems.items:
            return None
        return LenderQuote(id="", loan_id=self.loan.id, reference=ui.referenceEdit.text().strip(),
                           received_by=ui.receivedByEdit.text().strip(), **values)

    def save(self, quote: LenderQuote):
        payoffs = self.ctx.services.payoffs
        return lambda: payoffs.record_lender_quote(quote)
