"""Add a lender to the directory, or correct one."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from desktop.domain.errors import Problems
from desktop.domain.lenders import Lender, LenderKind
from desktop.ui.context import UiContext
from desktop.ui.forms.ui_lender import Ui_LenderDialog
from desktop.ui.widgets.choices import fill_combo, lender_kinds, select_code
from desktop.ui.widgets.record_dialog import RecordDialog


class LenderDialog(RecordDialog):
    def __init__(self, ctx: UiContext, lender: Lender | None = None, parent: QWidget | None = None):
        super().__init__(ctx, Ui_LenderDialog(), parent)
        self.existing = lender
        ui = self.ui
        fill_combo(ui.kindCombo, lender_kinds())
        if lender is None:
            ui.countryEdit.setText(ctx.branch.citizenship)
        else:
            self.setWindowTitle(self.tr("Lender"))
            ui.nameEdit.setText(lender.name)
            select_code(ui.kindCombo, lender.kind.value)
            ui.countryEdit.setText(lender.country)
            ui.phoneEdit.setText(lender.phone)
            ui.emailEdit.setText(lender.email)
            ui.addressEdit.setText(lender.address)
            ui.payoffMethodEdit.setText(lender.payoff_request_method)
            ui.releaseDocumentsEdit.setPlainText("\n".join(lender.release_documents))
            ui.releaseDaysSpin.setValue(lender.release_days or 0)
        ui.nameEdit.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"name": ui.nameEdit, "kind": ui.kindCombo, "country": ui.countryEdit,
                "phone": ui.phoneEdit, "email": ui.emailEdit, "address": ui.addressEdit,
                "payoff_request_method": ui.payoffMethodEdit,
                "release_documents": ui.releaseDocumentsEdit, "release_days": ui.releaseDaysSpin}

    def draft(self, read, problems: Problems) -> Lender:
        ui = self.ui
        documents = tuple(line.strip() for line in ui.releaseDocumentsEdit.toPlainText().splitlines()
                          if line.strip())
        lender = Lender(id="", name=ui.nameEdit.text().strip(),
                        kind=LenderKind(ui.kindCombo.currentData()),
                        country=ui.countryEdit.text().strip().upper(), phone=ui.phoneEdit.text().strip(),
                        email=ui.emailEdit.text().strip(), address=ui.addressEdit.text().strip(),
                        payoff_request_method=ui.payoffMethodEdit.text().strip(),
                        release_documents=documents, release_days=ui.releaseDaysSpin.value())
        return lender if self.existing is None else replace(lender, id=self.existing.id)

    def save(self, lender: Lender):
        loans = self.ctx.services.loans
        if self.existing is None:
            return lambda: loans.add_lender(lender)
        return lambda: loans.update_lender(lender)
