"""The Facts tab: the applicant's and the request's facts as the desk recorded
them, prefilled from the customer's file (CreditService.draft_facts). The
form reads and writes ApplicationFacts; the service checks and judges them."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.domain.credit.model import (CollateralKind, DriverAlternative, EmploymentKind,
                                         ExchangeRate, Home, MaritalStatus, Purpose, Sex, Spouse,
                                         SpouseRole, Vehicle)
from desktop.domain.customers import ObligationKind
from desktop.domain.errors import Problems, ValidationError
from desktop.domain.loans import RepaymentMethod
from desktop.domain.money import format_money
from desktop.domain.rates import format_percent, parse_percent
from desktop.services.credit import ApplicationFacts
from desktop.ui.credit import labels
from desktop.ui.forms.ui_credit_facts import Ui_CreditFactsForm
from desktop.ui.i18n import fill
from desktop.ui.widgets.choices import fill_combo, repayment_methods, select_code, sexes
from desktop.ui.widgets.field_errors import FieldErrors


def _tri_text(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


class FactsForm(QWidget):
    save_requested = Signal(object)  # ApplicationFacts, as typed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_CreditFactsForm()
        self.body = QWidget()
        ui.setupUi(self.body)
        self.facts: ApplicationFacts | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fdecea; color: #8a1c14; border: 1px solid "
                                  "#f5c2bd; border-radius: 4px; padding: 6px; }")
        self.banner.hide()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save facts"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.submit)
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        bar = QHBoxLayout()
        bar.addWidget(self.state_label, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

        fill_combo(ui.sexCombo, sexes(), blank=self.tr("— not recorded —"))
        fill_combo(ui.employmentCombo, labels.employment_kinds(), blank=self.tr("— not recorded —"))
        fill_combo(ui.maritalCombo, labels.marital_statuses(), blank=self.tr("— not recorded —"))
        fill_combo(ui.spouseRoleCombo, labels.spouse_roles())
        fill_combo(ui.driverAlternativeCombo, labels.driver_alternatives(), blank=self.tr("— none —"))
        fill_combo(ui.collateralCombo, labels.collateral_kinds(), blank=self.tr("— not chosen —"))
        fill_combo(ui.methodCombo, repayment_methods())
        for combo in self._tri_combos().values():
            fill_combo(combo, labels.tri_state())
        ui.maritalCombo.currentIndexChanged.connect(self._marital_changed)
        self.errors = FieldErrors(self.banner, self._fields())

    # -- the widgets ---------------------------------------------------------------------

    def _tri_combos(self):
        ui = self.ui
        return {"under_investigation": ui.investigationCombo, "has_driving_licence": ui.licenceCombo,
                "spouse_qualifies": ui.spouseQualifiesCombo,
                "fund_contributions_current": ui.contributionsCombo,
                "has_provident_loan": ui.providentLoanCombo,
                "guaranteeing_provident_loan": ui.guaranteeingCombo,
                "never_in_service": ui.neverInServiceCombo,
                "imported_by_company_or_made_in_country": ui.importedCombo,
                "ever_registered": ui.everRegisteredCombo,
                "seller_is_partner_dealer": ui.partnerDealerCombo, "roadworthy": ui.roadworthyCombo}

    def _money_edits(self):
        ui = self.ui
        return (ui.income1Edit, ui.income2Edit, ui.income3Edit, ui.spouseIncome1Edit,
                ui.spouseIncome2Edit, ui.spouseIncome3Edit, ui.spouseFundBalanceEdit,
                ui.fundBalanceEdit, ui.amountEdit, ui.priceEdit, ui.downPaymentEdit,
                ui.financedInsuranceEdit, ui.appraisalEdit, ui.pledgeEdit, ui.guarantorFundEdit,
                ui.commercialLoanEdit)

    def _fields(self):
        ui = self.ui
        return {
            "birth_date": ui.birthDateEdit, "sex": ui.sexCombo, "citizenship": ui.citizenshipEdit,
            "registration_region": ui.registrationRegionEdit, "employment": ui.employmentCombo,
            "total_employment_months": ui.totalEmploymentSpin,
            "current_employment_months": ui.currentEmploymentSpin,
            "net_income_last_3_months": ui.income1Edit, "income_1": ui.income1Edit,
            "income_2": ui.income2Edit, "income_3": ui.income3Edit,
            "delays_over_30_days": ui.delaysSpin, "marital_status": ui.maritalCombo,
            "spouse": ui.spouseRoleCombo, "spouse_income_1": ui.spouseIncome1Edit,
            "spouse_income_2": ui.spouseIncome2Edit, "spouse_income_3": ui.spouseIncome3Edit,
            "fund_balance": ui.fundBalanceEdit, "purpose": ui.purposeCombo,
            "contract_date": ui.contractDateEdit, "amount_requested": ui.amountEdit,
            "term_months": ui.termSpin, "annual_rate": ui.rateEdit, "price": ui.priceEdit,
            "down_payment": ui.downPaymentEdit, "financed_insurance": ui.financedInsuranceEdit,
            "exchange_rates": ui.rateValueEdit, "rate_currency": ui.rateCurrencyEdit,
            "rate_on": ui.rateDateEdit, "vehicle": ui.modelYearSpin,
            "home.collateral": ui.collateralCombo, "home": ui.collateralCombo,
            "home.floor_area_m2": ui.floorAreaEdit, "floor_area_m2": ui.floorAreaEdit,
            "appraisal": ui.appraisalEdit, "commercial_loan_original": ui.commercialLoanEdit,
            "branch_region": ui.branchRegionEdit}

    def _marital_changed(self) -> None:
        """The spouse's facts count only for a married applicant."""
        ui = self.ui
        married = ui.maritalCombo.currentData() == MaritalStatus.MARRIED.value
        ui.maritalCombo.setEnabled(self._editable)
        for w in (ui.spouseRoleCombo, ui.spouseQualifiesCombo, ui.spouseIncome1Edit,
                  ui.spouseIncome2Edit, ui.spouseIncome3Edit, ui.spouseFundBalanceEdit,
                  ui.spouseFundUsedCheck):
            w.setEnabled(married and self._editable)

    # -- showing -------------------------------------------------------------------------

    _editable = True

    def show_facts(self, facts: ApplicationFacts, program, editable: bool, reason: str = "") -> None:
        self.facts = facts
        self.errors.clear()
        ui, a, r = self.ui, facts.applicant, facts.request
        locale = self.locale().name()
        for edit in self._money_edits():
            edit.set_currency(program.currency)
        ui.programLabel.setText(labels.program_title(program))
        ui.purposeCombo.clear()
        names = labels.purposes()
        for purpose in program.purposes:
            ui.purposeCombo.addItem(names.get(purpose, purpose.value), purpose.value)
        select_code(ui.purposeCombo, r.purpose.value)
        # Applicant
        ui.birthDateEdit.set_value(a.birth_date)
        select_code(ui.sexCombo, a.sex.value if a.sex else "")
        ui.citizenshipEdit.setText(a.citizenship)
        ui.registrationRegionEdit.setText(a.registration_region)
        ui.residenceRegionEdit.setText(a.residence_certificate_region)
        select_code(ui.employmentCombo, a.employment.value if a.employment else "")
        ui.civilServantCheck.setChecked(a.civil_servant)
        self._set_count(ui.totalEmploymentSpin, a.total_employment_months)
        self._set_count(ui.currentEmploymentSpin, a.current_employment_months)
        incomes = list(a.net_income_last_3_months) + [None] * 3
        for edit, money in zip((ui.income1Edit, ui.income2Edit, ui.income3Edit), incomes):
            edit.set_money(money)
        if a.obligations:
            ui.obligationsLabel.setText("\n".join(self._obligation_text(o, locale) for o in a.obligations))
        else:
            ui.obligationsLabel.setText(self.tr("None on file"))
        self._set_count(ui.delaysSpin, a.delays_over_30_days)
        tri = self._tri_combos()
        select_code(tri["under_investigation"], _tri_text(a.under_investigation))
        select_code(tri["has_driving_licence"], _tri_text(a.has_driving_licence))
        select_code(ui.driverAlternativeCombo,
                    a.permitted_driver_alternative.value if a.permitted_driver_alternative else "")
        # Spouse
        select_code(ui.maritalCombo, a.marital_status.value if a.marital_status else "")
        spouse = a.spouse or Spouse()
        select_code(ui.spouseRoleCombo, spouse.role.value)
        select_code(tri["spouse_qualifies"], _tri_text(spouse.meets_borrower_requirements))
        incomes = list(spouse.net_income_last_3_months) + [None] * 3
        for edit, money in zip((ui.spouseIncome1Edit, ui.spouseIncome2Edit, ui.spouseIncome3Edit),
                               incomes):
            edit.set_money(money)
        ui.spouseFundBalanceEdit.set_money(spouse.fund_balance)
        ui.spouseFundUsedCheck.setChecked(spouse.fund_used)
        # Provident fund
        ui.fundBalanceEdit.set_money(a.fund_balance)
        select_code(tri["fund_contributions_current"], _tri_text(a.fund_contributions_current))
        select_code(tri["has_provident_loan"], _tri_text(a.has_provident_loan))
        select_code(tri["guaranteeing_provident_loan"], _tri_text(a.guaranteeing_provident_loan))
        self._set_count(ui.overduePeriodsSpin, a.provident_overdue_periods)
        # Request
        ui.contractDateEdit.set_value(r.contract_date)
        ui.amountEdit.set_money(r.amount_requested)
        ui.termSpin.setValue(r.term_months)
        ui.rateEdit.setText(format_percent(r.annual_rate))
        select_code(ui.methodCombo, r.repayment_method.value)
        ui.priceEdit.set_money(r.price)
        ui.downPaymentEdit.set_money(r.down_payment)
        ui.financedInsuranceEdit.set_money(r.financed_insurance)
        rate = max(r.exchange_rates, key=lambda x: x.on) if r.exchange_rates else None
        ui.rateCurrencyEdit.setText(rate.currency if rate else "")
        ui.rateValueEdit.setText(format(rate.rate, "f") if rate else "")
        ui.rateDateEdit.set_value(rate.on if rate else None)
        ui.branchRegionEdit.setText(facts.branch_region)
        # Vehicle or home: the one the program lends for.
        v = r.vehicle or Vehicle()
        ui.modelYearSpin.setValue(v.model_year or ui.modelYearSpin.minimum())
        for name in ("never_in_service", "imported_by_company_or_made_in_country", "ever_registered",
                     "seller_is_partner_dealer", "roadworthy"):
            select_code(tri[name], _tri_text(getattr(v, name)))
        h = r.home or Home()
        select_code(ui.collateralCombo, h.collateral.value if h.collateral else "")
        ui.floorAreaEdit.setText(format(h.floor_area_m2, "f") if h.floor_area_m2 is not None else "")
        ui.appraisalEdit.set_money(h.appraisal)
        ui.pledgeEdit.set_money(h.pledge_face_value)
        ui.guarantorFundEdit.set_money(h.guarantor_fund_balance)
        ui.commercialLoanEdit.set_money(h.commercial_loan_original)
        ui.secondHandCheck.setChecked(h.second_hand)
        car = Purpose.CAR in program.purposes
        ui.vehicleGroup.setVisible(car)
        ui.homeGroup.setVisible(not car)
        ui.fundGroup.setVisible(program.country == "CN" or not car)
        ui.licenceCombo.setEnabled(car)
        for w in (ui.licenceCombo, ui.driverAlternativeCombo):
            ui.applicantGroupForm.setRowVisible(w, car)
        for w in (ui.spouseFundBalanceEdit, ui.spouseFundUsedCheck):
            ui.spouseGroupForm.setRowVisible(w, not car)
        self._editable = editable
        for group in (ui.applicantGroup, ui.requestGroup, ui.vehicleGroup, ui.homeGroup, ui.fundGroup,
                      ui.spouseGroup):
            group.setEnabled(editable)
        self._marital_changed()
        self.save_button.setVisible(editable)
        self.state_label.setText(reason)

    def _set_count(self, spin: QSpinBox, value: int | None) -> None:
        spin.setValue(spin.minimum() if value is None else value)

    def _count(self, spin: QSpinBox) -> int | None:
        return None if spin.value() == spin.minimum() else spin.value()

    def _obligation_text(self, o, locale: str) -> str:
        if o.kind is ObligationKind.OVERDRAFT:
            text = fill(self.tr("{creditor}: overdraft limit {limit}"), creditor=o.creditor,
                        limit=format_money(o.credit_limit, locale) if o.credit_limit else "—")
        elif o.kind is ObligationKind.GUARANTEE:
            text = fill(self.tr("{creditor}: guarantee, {payment} a month"), creditor=o.creditor,
                        payment=format_money(o.monthly_payment, locale) if o.monthly_payment else "—")
        else:
            text = fill(self.tr("{creditor}: loan, {payment} a month"), creditor=o.creditor,
                        payment=format_money(o.monthly_payment, locale) if o.monthly_payment else "—")
        return text + (self.tr(" (at this bank)") if o.at_this_bank else "")

    # -- reading -------------------------------------------------------------------------

    def read(self) -> ApplicationFacts:
        """The facts as typed, on top of what the form does not show (obligations)."""
        assert self.facts is not None
        ui, p = self.ui, Problems()

        def money(edit, field):
            try:
                return edit.value(field)
            except ValidationError as e:
                p.items.extend(e.problems)
                return None

        def day(edit, field):
            try:
                return edit.value(field)
            except ValidationError as e:
                p.items.extend(e.problems)
                return None

        tri = {name: {"yes": True, "no": False}.get(c.currentData()) for name, c in self._tri_combos().items()}
        a, r = self.facts.applicant, self.facts.request
        incomes = tuple(m for m in (money(ui.income1Edit, "income_1"), money(ui.income2Edit, "income_2"),
                                    money(ui.income3Edit, "income_3")) if m is not None)
        spouse_incomes = tuple(m for m in (money(ui.spouseIncome1Edit, "spouse_income_1"),
                                           money(ui.spouseIncome2Edit, "spouse_income_2"),
                                           money(ui.spouseIncome3Edit, "spouse_income_3"))
                               if m is not None)
        marital = ui.maritalCombo.currentData()
        spouse = None
        if marital == MaritalStatus.MARRIED.value:
            spouse = replace(a.spouse or Spouse(), role=SpouseRole(ui.spouseRoleCombo.currentData()),
                             meets_borrower_requirements=tri["spouse_qualifies"],
                             net_income_last_3_months=spouse_incomes,
                             fund_balance=money(ui.spouseFundBalanceEdit, "spouse_fund_balance"),
                             fund_used=ui.spouseFundUsedCheck.isChecked())
        sex, employment = ui.sexCombo.currentData(), ui.employmentCombo.currentData()
        alternative = ui.driverAlternativeCombo.currentData()
        applicant = replace(
            a, birth_date=day(ui.birthDateEdit, "birth_date"), sex=Sex(sex) if sex else None,
            citizenship=ui.citizenshipEdit.text().strip().upper(),
            registration_region=ui.registrationRegionEdit.text().strip(),
            residence_certificate_region=ui.residenceRegionEdit.text().strip(),
            employment=EmploymentKind(employment) if employment else None,
            civil_servant=ui.civilServantCheck.isChecked(),
            total_employment_months=self._count(ui.totalEmploymentSpin),
            current_employment_months=self._count(ui.currentEmploymentSpin),
            net_income_last_3_months=incomes, delays_over_30_days=self._count(ui.delaysSpin),
            under_investigation=tri["under_investigation"],
            marital_status=MaritalStatus(marital) if marital else None, spouse=spouse,
            has_driving_licence=tri["has_driving_licence"],
            permitted_driver_alternative=DriverAlternative(alternative) if alternative else None,
            fund_balance=money(ui.fundBalanceEdit, "fund_balance"),
            fund_contributions_current=tri["fund_contributions_current"],
            has_provident_loan=tri["has_provident_loan"],
            guaranteeing_provident_loan=tri["guaranteeing_provident_loan"],
            provident_overdue_periods=self._count(ui.overduePeriodsSpin))
        rate = None
        try:
            rate = parse_percent(ui.rateEdit.text(), "annual_rate")
        except ValidationError as e:
            p.items.extend(e.problems)
        exchange = r.exchange_rates
        currency = ui.rateCurrencyEdit.text().strip().upper()
        if currency or ui.rateValueEdit.text().strip():
            rate_on = day(ui.rateDateEdit, "rate_on")
            try:
                value = Decimal(ui.rateValueEdit.text().strip().replace(",", "."))
            except InvalidOperation:
                value = None
            if not currency:
                p.add("rate_currency", "Enter the currency of the exchange rate (e.g. USD).")
            elif value is None or not value.is_finite() or value <= 0:
                p.add("exchange_rates", "Enter the central-bank rate as a positive number.")
            elif rate_on is None:
                p.add("rate_on", "Enter the date of the central-bank rate.")
            else:
                exchange = tuple(x for x in r.exchange_rates if x.currency != currency) + (
                    ExchangeRate(currency, value, rate_on),)
        vehicle, home = r.vehicle, r.home
        if ui.vehicleGroup.isVisibleTo(self.body):
            vehicle = Vehicle(
                model_year=None if ui.modelYearSpin.value() == ui.modelYearSpin.minimum()
                else ui.modelYearSpin.value(),
                **{name: tri[name] for name in ("never_in_service",
                                                 "imported_by_company_or_made_in_country",
                                                 "ever_registered", "seller_is_partner_dealer",
                                                 "roadworthy")})
        if ui.homeGroup.isVisibleTo(self.body):
            area = None
            if ui.floorAreaEdit.text().strip():
                try:
                    area = Decimal(ui.floorAreaEdit.text().strip().replace(",", "."))
                except InvalidOperation:
                    p.add("floor_area_m2", "Enter the floor area in m² as a number.")
            collateral = ui.collateralCombo.currentData()
            home = Home(collateral=CollateralKind(collateral) if collateral else None,
                        floor_area_m2=area, appraisal=money(ui.appraisalEdit, "appraisal"),
                        pledge_face_value=money(ui.pledgeEdit, "pledge_face_value"),
                        guarantor_fund_balance=money(ui.guarantorFundEdit, "guarantor_fund_balance"),
                        commercial_loan_original=money(ui.commercialLoanEdit,
                                                       "commercial_loan_original"),
                        second_hand=ui.secondHandCheck.isChecked())
        contract = day(ui.contractDateEdit, "contract_date")
        if contract is None and not any(x.field == "contract_date" for x in p.items):
            p.add("contract_date", "Enter the contract date.")
        p.raise_if_any()
        request = replace(
            r, purpose=Purpose(ui.purposeCombo.currentData()), contract_date=contract,
            amount_requested=money(ui.amountEdit, "amount_requested"),
            term_months=ui.termSpin.value(), annual_rate=rate,
            repayment_method=RepaymentMethod(ui.methodCombo.currentData()),
            price=money(ui.priceEdit, "price"), down_payment=money(ui.downPaymentEdit, "down_payment"),
            financed_insurance=money(ui.financedInsuranceEdit, "financed_insurance"),
            vehicle=vehicle, home=home, exchange_rates=exchange)
        return replace(self.facts, applicant=applicant, request=request,
                       branch_region=ui.branchRegionEdit.text().strip())

    def submit(self) -> None:
        try:
            facts = self.read()
        except ValidationError as e:
            self.errors.show(e)
            return
        self.errors.clear()
        self.save_requested.emit(facts)

    def show_error(self, error: ValidationError) -> None:
        self.errors.show(error)
