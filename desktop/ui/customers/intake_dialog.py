"""Take a customer in: the Designer form, read into a domain Customer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QMessageBox, QTableWidgetItem, QWidget

from desktop.domain.customers import Customer, IdDocumentKind, Obligation, ObligationKind, Sex
from desktop.domain.errors import Problems, ValidationError
from desktop.domain.money import MINOR_DIGITS, parse_amount
from desktop.services.customers import DuplicateCustomer
from desktop.ui.context import UiContext
from desktop.ui.errors import problem_text
from desktop.ui.i18n import fill
from desktop.ui.forms.ui_customer_intake import Ui_CustomerIntakeDialog
from desktop.ui.widgets.choices import fill_combo, id_document_kinds, languages, obligation_kinds, sexes
from desktop.ui.widgets.record_dialog import RecordDialog

_COUNTRIES = ("JP", "RU", "CN", "US", "KR", "VN", "KZ", "BY", "UA")


class CustomerIntakeDialog(RecordDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, Ui_CustomerIntakeDialog(), parent)
        self.allow_duplicate = False
        ui = self.ui
        fill_combo(ui.sexCombo, sexes(), blank=self.tr("—"))
        ui.citizenshipCombo.addItems(list(_COUNTRIES))
        fill_combo(ui.languageCombo, languages())
        fill_combo(ui.idDocumentKindCombo, id_document_kinds())
        ui.currencyCombo.addItems(list(MINOR_DIGITS))
        ui.currencyCombo.currentTextChanged.connect(ui.incomeEdit.set_currency)
        ui.totalEmploymentSpin.setSpecialValueText(self.tr("not known"))
        ui.obligationsTable.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Creditor"), self.tr("Monthly payment"),
            self.tr("Credit limit"), self.tr("At this bank")])
        ui.obligationsTable.horizontalHeader().setStretchLastSection(True)
        ui.addObligationButton.clicked.connect(self.add_obligation_row)
        ui.removeObligationButton.clicked.connect(self._remove_obligation_row)
        ui.consentPurposeEdit.setText(self.tr("Sale and financing of a vehicle or property"))
        ui.familyNameEdit.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "family_name": ui.familyNameEdit, "given_name": ui.givenNameEdit,
            "name_reading": ui.nameReadingEdit, "birth_date": ui.birthDateEdit,
            "sex": ui.sexCombo, "citizenship": ui.citizenshipCombo,
            "language": ui.languageCombo, "id_document_kind": ui.idDocumentKindCombo,
            "id_document_number": ui.idDocumentNumberEdit,
            "id_document_issued_on": ui.idDocumentIssuedEdit,
            "phone": ui.phoneEdit, "email": ui.emailEdit, "address": ui.addressEdit,
            "region": ui.regionEdit, "employer": ui.employerEdit, "position": ui.positionEdit,
            "employed_since": ui.employedSinceEdit,
            "total_employment_months": ui.totalEmploymentSpin,
            "net_monthly_income": ui.incomeEdit, "obligations": ui.obligationsTable,
            "consent_given_on": ui.consentDateEdit, "consent_purpose": ui.consentPurposeEdit,
            "consent_form_ref": ui.consentFormRefEdit,
        }

    def set_defaults(self, *, language: str, citizenship: str, currency: str) -> None:
        """Defaults of the branch: the clerk then only changes what differs."""
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(language)))
        self.ui.citizenshipCombo.setCurrentText(citizenship)
        self.ui.currencyCombo.setCurrentText(currency)

    # -- obligations ------------------------------------------------------------

    def add_obligation_row(self) -> int:
        table = self.ui.obligationsTable
        row = table.rowCount()
        table.insertRow(row)
        kind = QComboBox()
        fill_combo(kind, obligation_kinds())
        table.setCellWidget(row, 0, kind)
        for col in (1, 2, 3):
            table.setItem(row, col, QTableWidgetItem(""))
        at_bank = QCheckBox()
        table.setCellWidget(row, 4, at_bank)
        table.setCurrentCell(row, 1)
        return row

    def _remove_obligation_row(self) -> None:
        row = self.ui.obligationsTable.currentRow()
        if row >= 0:
            self.ui.obligationsTable.removeRow(row)

    def _obligations(self, currency: str, problems: Problems) -> tuple[Obligation, ...]:
        table = self.ui.obligationsTable
        result = []
        for row in range(table.rowCount()):
            kind = ObligationKind(table.cellWidget(row, 0).currentData())
            creditor = (table.item(row, 1).text() if table.item(row, 1) else "").strip()
            amounts = []
            for col in (2, 3):
                text = table.item(row, col).text() if table.item(row, col) else ""
                try:
                    amounts.append(parse_amount(text, currency, self.locale().name()) if text.strip() else None)
                except ValidationError as e:
                    problems.add(f"obligations[{row}]",
                                 fill(self.tr("Obligation {number}: {problem}"), number=row + 1,
                                      problem=problem_text(e.problems[0], self.locale().name())))
                    amounts.append(None)
            result.append(Obligation(kind=kind, creditor=creditor, monthly_payment=amounts[0],
                                     credit_limit=amounts[1],
                                     at_this_bank=table.cellWidget(row, 4).isChecked()))
        return tuple(result)

    # -- reading the form ------------------------------------------------------

    def draft(self, read, problems: Problems) -> Customer:
        ui = self.ui
        return Customer(
            id="",
            family_name=ui.familyNameEdit.text().strip(),
            given_name=ui.givenNameEdit.text().strip(),
            name_reading=ui.nameReadingEdit.text().strip(),
            birth_date=read(ui.birthDateEdit, "birth_date"),
            sex=Sex(ui.sexCombo.currentData()) if ui.sexCombo.currentData() else None,
            citizenship=ui.citizenshipCombo.currentText().strip().upper(),
            language=ui.languageCombo.currentData(),
            id_document_kind=IdDocumentKind(ui.idDocumentKindCombo.currentData()),
            id_document_number=ui.idDocumentNumberEdit.text().strip(),
            id_document_issued_on=read(ui.idDocumentIssuedEdit, "id_document_issued_on"),
            phone=ui.phoneEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            region=ui.regionEdit.text().strip(),
            employer=ui.employerEdit.text().strip(),
            position=ui.positionEdit.text().strip(),
            employed_since=read(ui.employedSinceEdit, "employed_since"),
            total_employment_months=(None if ui.totalEmploymentSpin.value() < 0
                                     else ui.totalEmploymentSpin.value()),
            net_monthly_income=read(ui.incomeEdit, "net_monthly_income"),
            obligations=self._obligations(ui.currencyCombo.currentText(), problems),
            consent_given_on=read(ui.consentDateEdit, "consent_given_on"),
            consent_purpose=ui.consentPurposeEdit.text().strip(),
            consent_form_ref=ui.consentFormRefEdit.text().strip(),
        )

    # -- saving ---------------------------------------------------------------

    def save(self, customer: Customer):
        customers, allow = self.ctx.services.customers, self.allow_duplicate
        return lambda: customers.take_in(customer, allow_duplicate=allow)

    def failed(self, error: BaseException) -> None:
        if isinstance(error, DuplicateCustomer):
            self.save_button.setEnabled(True)
            self._ask_about_duplicate(error)
        else:
            super().failed(error)

    def _ask_about_duplicate(self, error: DuplicateCustomer) -> None:
        reasons = {"id_document": self.tr("the same identity document"),
                   "phone": self.tr("the same phone number"),
                   "name_and_birth_date": self.tr("the same name and date of birth")}
        lines = "\n".join(f"• {m.full_name} — {reasons.get(m.reason, m.reason)}" for m in error.matches)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Possible duplicate"),
                          self.tr("This customer may already be on file:") + "\n" + lines,
                          parent=self)
        self.save_anyway_button = box.addButton(self.tr("Save as a new customer"),
                                                QMessageBox.ButtonRole.AcceptRole)
        go_back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go_back)
        box.finished.connect(lambda _: self._duplicate_answered(box.clickedButton()))
        self.duplicate_box = box  # kept so tests and the clerk can answer it
        box.open()

    def _duplicate_answered(self, button) -> None:
        if button is self.save_anyway_button:
            self.allow_duplicate = True
            self.submit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Enter in a field must not save a half-filled form by accident; Ctrl+Enter saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit()
            return
        super().keyPressEvent(event)
