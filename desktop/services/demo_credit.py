"""Demo credit applications: one at each stage a desk meets, so a clerk and
the officers can take them on from the first question to the decision."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop.domain.access import Role, User
from desktop.domain.credit.dossier import Certifier, DocumentForm, DossierDocument
from desktop.domain.credit.model import (
    CollateralKind,
    EmploymentKind,
    ExchangeRate,
    Home,
    MaritalStatus,
    Purpose,
    Spouse,
    SpouseRole,
    Vehicle,
)
from desktop.domain.customers import Customer, IdDocumentKind, Sex
from desktop.domain.loans import RepaymentMethod
from desktop.domain.money import Money

RUB = lambda amount: Money.of(amount, "RUB")  # noqa: E731
CNY = lambda amount: Money.of(amount, "CNY")  # noqa: E731


def load_demo_applications(services, today: date, customers: dict[str, Customer],
                           with_people: bool) -> None:
    """`customers`: the demo's customers by short name; `with_people`: the demo
    accounts exist, so an application can also be shown part-way through."""
    credit = services.credit
    usd = (ExchangeRate("USD", Decimal("80.00"), today),)

    # 1. Иванов wants a new LADA: a draft with the facts taken, the dossier begun.
    ivanov = customers["ivanov"]
    facts = credit.draft_facts(ivanov.id, "ru-bank-car", today)
    facts = replace(
        facts,
        applicant=replace(facts.applicant, employment=EmploymentKind.EMPLOYEE,
                          delays_over_30_days=0, under_investigation=False,
                          marital_status=MaritalStatus.MARRIED,
                          spouse=Spouse(role=SpouseRole.NOTARISED_CONSENT),
                          has_driving_licence=True),
        request=replace(facts.request, amount_requested=RUB("1450000.00"),
                        price=RUB("1890000.00"), down_payment=RUB("440000.00"),
                        term_months=60, annual_rate=Decimal("0.149"),
                        vehicle=Vehicle(model_year=today.year, never_in_service=True,
                                        imported_by_company_or_made_in_country=True,
                                        ever_registered=False, seller_is_partner_dealer=True,
                                        roadworthy=True),
                        exchange_rates=usd),
        branch_region="Москва")
    draft = credit.open(ivanov.id, facts)
    officer = Certifier("Петрова А. В.", "Кредитный инспектор")
    for document in (
            DossierDocument("passport", "", received_on=today, form=DocumentForm.COPY, pages=6,
                            certified_by=officer, certified_on=today),
            DossierDocument("application_form", "", received_on=today, pages=4)):
        credit.record_document(draft.id, document)

    # 2. Кузнецова: a complete dossier, submitted, waiting for the security officer.
    kuznetsova = services.customers.take_in(replace(
        customers["ivanov"], id="", family_name="Кузнецова", given_name="Елена Викторовна",
        name_reading="Kuznetsova Elena", birth_date=date(1992, 4, 18), sex=Sex.FEMALE,
        id_document_kind=IdDocumentKind.PASSPORT, id_document_number="4516 654321",
        id_document_issued_on=date(2012, 5, 3), phone="+7 925 765-43-21",
        email="e.kuznetsova@example.ru", address="Московская обл., г. Химки, ул. Ленина, д. 7, кв. 30",
        region="Московская область", employer="АО «Логистик-Центр»", position="Бухгалтер",
        employed_since=date(2020, 9, 1), total_employment_months=96,
        net_monthly_income=RUB(98000), obligations=()))
    facts = credit.draft_facts(kuznetsova.id, "ru-bank-car", today)
    facts = replace(
        facts,
        applicant=replace(facts.applicant, employment=EmploymentKind.EMPLOYEE,
                          delays_over_30_days=0, under_investigation=False,
                          marital_status=MaritalStatus.SINGLE, has_driving_licence=True),
        request=replace(facts.request, amount_requested=RUB("820000.00"),
                        price=RUB("1150000.00"), down_payment=RUB("330000.00"),
                        term_months=48, annual_rate=Decimal("0.159"),
                        vehicle=Vehicle(model_year=today.year - 3, never_in_service=False,
                                        imported_by_company_or_made_in_country=True,
                                        ever_registered=True, seller_is_partner_dealer=True,
                                        roadworthy=True),
                        exchange_rates=usd),
        branch_region="Москва")
    submitted = credit.open(kuznetsova.id, facts)
    for document in (
            DossierDocument("passport", "", received_on=today, form=DocumentForm.COPY, pages=6,
                            certified_by=officer, certified_on=today),
            DossierDocument("application_form", "", received_on=today, pages=4),
            DossierDocument("driving_licence", "", received_on=today, form=DocumentForm.COPY,
                            pages=1, certified_by=officer, certified_on=today),
            DossierDocument("work_record_copy", "", received_on=today, pages=12),
            DossierDocument("income_certificate", "", received_on=today, pages=1,
                            issued_on=today)):
        credit.record_document(submitted.id, document)
    if with_people:
        session = services.context.session
        session.user = User("demo-officer", "officer", "Петрова Анна", Role.CREDIT_OFFICER)
        try:
            credit.submit(submitted.id)
        finally:
            session.user = None

    # 3. 王芳 asks the Taiyuan fund for a renovation loan on her 89.60 m² flat.
    wang = customers["wang"]
    facts = credit.draft_facts(wang.id, "cn-taiyuan-provident", today)
    facts = replace(
        facts,
        applicant=replace(facts.applicant, marital_status=MaritalStatus.MARRIED,
                          spouse=Spouse(role=SpouseRole.NONE, fund_balance=CNY("31200.00"),
                                        fund_used=True),
                          fund_balance=CNY("18500.00"), fund_contributions_current=True,
                          has_provident_loan=True, guaranteeing_provident_loan=False),
        request=replace(facts.request, purpose=Purpose.RENOVATION,
                        amount_requested=CNY("260000.00"), term_months=120,
                        annual_rate=Decimal("0.0285"),
                        repayment_method=RepaymentMethod.EQUAL_INSTALLMENT,
                        # A mortgage on the flat renovated, at its value.
                        price=CNY("820000.00"),
                        home=Home(collateral=CollateralKind.MORTGAGE,
                                  floor_area_m2=Decimal("89.60"))),
        branch_region="山西省太原市")
    credit.open(wang.id, facts)
