"""Credit applications through the service: a Russian car loan from the first
question to approval, a refusal with its notice and returned documents, the
list of what is due, and program files an administrator edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from desktop.domain.access import AccessDenied, Role, User
from desktop.domain.credit.after_approval import FollowUp
from desktop.domain.credit.deadlines import DeadlineState
from desktop.domain.credit.decisions import Action, ApplicationStatus, SecurityOpinion, VetoReason
from desktop.domain.credit.dossier import Certifier, DocumentForm, DossierDocument
from desktop.domain.credit.model import (
    Applicant,
    CreditRequest,
    EmploymentKind,
    ExchangeRate,
    MaritalStatus,
    Purpose,
    Vehicle,
)
from desktop.domain.customers import Sex
from desktop.domain.errors import Conflict, ValidationError
from desktop.domain.money import Money
from desktop.services.context import ServiceContext, Session
from desktop.services.credit import ApplicationFacts
from desktop.services.registry import Services
from desktop.store.db import open_database
from tests.conftest import TEST_KEY
from tests.documents.pdf_check import squash, text_of
from tests.samples import sample_customer

MSK = timezone(timedelta(hours=3))

CLERK = User("u-clerk", "clerk", "Иванова Мария", Role.CLERK)
OFFICER = User("u-officer", "officer", "Смирнова Анна", Role.CREDIT_OFFICER)
SECURITY = User("u-security", "security", "Кузнецов Олег", Role.SECURITY_OFFICER)
MANAGER = User("u-manager", "manager", "Соколов Пётр", Role.BRANCH_MANAGER)
ADMIN = User("u-admin", "admin", "Админ", Role.ADMINISTRATOR)


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 20, 10, 0, tzinfo=MSK)  # a Friday, 10:00 in Moscow

    def __call__(self):
        return self.now


@pytest.fixture
def desk(tmp_path):
    database = open_database(tmp_path / "desk.sqlite3", TEST_KEY)
    clock = Clock()
    session = Session()
    services = Services.build(ServiceContext(database, "system", clock, session=session),
                              own_programs_dir=tmp_path / "programs")
    system = Services.build(ServiceContext(database, "system", clock))
    customer = system.customers.take_in(sample_customer(
        family_name="Петров", given_name="Иван", birth_date=date(1985, 6, 15), sex=Sex.MALE,
        citizenship="RU", language="ru", region="Московская область", employer="ООО «Ромашка»",
        employed_since=date(2019, 3, 1), total_employment_months=120,
        net_monthly_income=Money.of("120000.00", "RUB"), obligations=(), phone="+7 916 000-00-00",
        id_document_number="4510 123456", address="Москва, ул. Тверская, 1"))
    yield services, session, clock, customer
    database.close()


def facts(customer_id: str, **request_changes) -> ApplicationFacts:
    applicant = Applicant(
        birth_date=date(1985, 6, 15), sex=Sex.MALE, citizenship="RU",
        registration_region="Московская область", employment=EmploymentKind.EMPLOYEE,
        total_employment_months=120, current_employment_months=92,
        net_income_last_3_months=(Money.of("120000.00", "RUB"),) * 3,
        delays_over_30_days=0, under_investigation=False, marital_status=MaritalStatus.SINGLE,
        has_driving_licence=True)
    request = CreditRequest(
        program_id="ru-bank-car", purpose=Purpose.CAR, contract_date=date(2026, 11, 20),
        currency="RUB", term_months=60, annual_rate=Decimal("0.15"),
        amount_requested=Money.of("1200000.00", "RUB"), price=Money.of("1500000.00", "RUB"),
        down_payment=Money.of("300000.00", "RUB"),
        vehicle=Vehicle(model_year=2026, never_in_service=True,
                        imported_by_company_or_made_in_country=True, ever_registered=False,
                        seller_is_partner_dealer=True, roadworthy=True),
        exchange_rates=(ExchangeRate("USD", Decimal("80.00"), date(2026, 11, 20)),))
    return ApplicationFacts(applicant=applicant, request=replace(request, **request_changes),
                            branch_region="Москва", branch_zone="Europe/Moscow")


def certified_copy(code: str, pages: int = 1, **changes) -> DossierDocument:
    return replace(DossierDocument(
        code=code, title="", received_on=date(2026, 11, 20), form=DocumentForm.COPY, pages=pages,
        certified_by=Certifier("Смирнова А. В.", "Кредитный инспектор"),
        certified_on=date(2026, 11, 20)), **changes)


FULL_DOSSIER = (
    certified_copy("passport", pages=6),
    DossierDocument("application_form", "", received_on=date(2026, 11, 20), pages=4),
    certified_copy("driving_licence"),
    DossierDocument("work_record_copy", "", received_on=date(2026, 11, 20), pages=8),
    DossierDocument("income_certificate", "", received_on=date(2026, 11, 20), pages=1,
                    issued_on=date(2026, 11, 16)),
)


def test_a_car_loan_from_the_desk_to_approval(desk):
    services, session, clock, customer = desk
    credit = services.credit
    session.user = CLERK
    view = credit.open(customer.id, facts(customer.id))
    assert view.number == "2026-000001" and view.status is ApplicationStatus.DRAFT
    # Every rule of the program passes for this applicant.
    assert not view.assessment.failed and not view.assessment.attention, [
        f.reason.render() for f in view.assessment.findings if f.outcome.value != "passed"]
    # The maximum: 50 % of the 120,000.00 average income is 60,000.00 a month for the new
    # loan (no other debts); the price less the down payment, 1,200,000.00, binds first.
    assert view.assessment.maximum.amount == Money.of("1200000.00", "RUB")
    assert view.assessment.maximum.binding.rule_id == "price_less_down_payment"
    # 1,200,000 RUB at 80.00 is 15,000 USD: below 25,000, no interview.
    assert view.assessment.interview.required is False
    assert [r.code for r in view.assessment.required] == [
        "passport", "application_form", "driving_licence", "work_record_copy",
        "income_certificate"]
    assert {g.code for g in view.assessment.gaps} == {r.code for r in view.assessment.required}

    # The clerk prepares, but only the credit officer submits.
    for document in FULL_DOSSIER[:-1]:
        view = credit.record_document(view.id, document)
    assert Action.SUBMIT not in view.actions
    session.user = OFFICER
    with pytest.raises(Conflict) as refused:
        credit.submit(view.id)
    assert "income_certificate" in str(refused.value)
    view = credit.record_document(view.id, FULL_DOSSIER[-1])
    # The certificate issued Monday 16 Nov is valid 30 working days: 17–20 Nov (4),
    # five full weeks to 25 Dec (25), and Monday 28 Dec is the 30th.
    income = [d for d in view.documents if d.code == "income_certificate"][0]
    assert income.valid_until == date(2026, 12, 28)
    assert view.assessment.gaps == ()
    view = credit.submit(view.id)
    # Received at 10:00 Moscow time, before 12:00: the decision is due by 18:00 that day.
    assert view.status is ApplicationStatus.SUBMITTED
    with pytest.raises(Conflict):  # the dossier is closed once submitted
        credit.record_document(view.id, certified_copy("passport"))
    clock.now += timedelta(minutes=30)
    session.user = SECURITY
    view = credit.security_review(view.id, SecurityOpinion.POSITIVE, "Проверка пройдена")
    assert view.decision_deadline.due_at == datetime(2026, 11, 20, 18, 0, tzinfo=MSK)
    assert view.deadline_state is DeadlineState.DUE_TODAY
    line = credit.applications()[0]
    assert (line.number, line.due) == ("2026-000001", DeadlineState.DUE_TODAY)

    # The officer who submitted cannot decide; the branch manager (the committee) can.
    session.user = OFFICER
    with pytest.raises(Conflict):
        credit.approve(view.id, amount=Money.of("1200000.00", "RUB"), term_months=60,
                       annual_rate=Decimal("0.15"))
    session.user = MANAGER
    with pytest.raises(ValidationError):  # above the maximum
        credit.approve(view.id, amount=Money.of("1200000.01", "RUB"), term_months=60,
                       annual_rate=Decimal("0.15"))
    clock.now += timedelta(hours=2)
    view = credit.approve(view.id, amount=Money.of("1200000.00", "RUB"), term_months=60,
                          annual_rate=Decimal("0.15"))
    assert view.status is ApplicationStatus.POSITIVE_DECISION
    session.user = SECURITY
    view = credit.clear(view.id)
    assert view.status is ApplicationStatus.APPROVED
    # Approved on the day of the application: not paid out before 12:00 of the next
    # working day — Friday's application, so Monday 23 November.
    assert view.payout.not_before == datetime(2026, 11, 23, 12, 0, tzinfo=MSK)
    assert credit.applications()[0].due is DeadlineState.MET

    session.user = CLERK
    assert view.followup.items[0].code is FollowUp.SALES_CONTRACT
    view = credit.follow_up_done(view.id, FollowUp.SALES_CONTRACT, date(2026, 11, 20))
    assert view.followup.items[0].done_on == date(2026, 11, 20)
    schedule = credit.repayment_schedule(view.id)
    assert schedule.total_principal == Money.of("1200000.00", "RUB")
    for issue in (credit.issue_inventory, credit.issue_repayment_schedule):
        document = issue(view.id)
        assert document.language == "ru" and document.size > 1000
        # In the customer's language: the lender and the program as the program file names
        # them in Russian, and the documents by the bank's own titles (book 3.8).
        text = squash(text_of(services.documents.content(document.id)))
        assert "АО«БанкСтолица»" in text and "Автокредит" in text, text[:300]
        assert "Bank car loan" not in text
    inventory = squash(text_of(services.documents.content(credit.issue_inventory(view.id).id)))
    assert "ПаспортЗаемщика(паспортгражданинаРоссийскойФедерации)" in inventory


def test_a_refusal_is_signed_by_the_manager_and_only_two_documents_go_back(desk):
    services, session, clock, customer = desk
    credit = services.credit
    session.user = OFFICER
    view = credit.open(customer.id, facts(customer.id))
    for document in FULL_DOSSIER:
        view = credit.record_document(view.id, document)
    view = credit.submit(view.id)
    session.user = SECURITY
    view = credit.security_review(view.id, SecurityOpinion.POSITIVE)
    session.user = MANAGER
    view = credit.approve(view.id, amount=Money.of("1000000.00", "RUB"), term_months=60,
                          annual_rate=Decimal("0.15"))
    session.user = SECURITY
    view = credit.veto(view.id, VetoReason.EMPLOYER_REPORTS_DISMISSAL, "Звонок работодателю")
    assert view.status is ApplicationStatus.REFUSED
    session.user = OFFICER
    with pytest.raises(AccessDenied):
        credit.sign_refusal_notice(view.id)
    session.user = MANAGER
    notice = credit.sign_refusal_notice(view.id)
    assert notice.kind == "refusal_notice" and notice.language == "ru"
    session.user = OFFICER
    with pytest.raises(Conflict):  # the passport is a copy the bank keeps
        credit.return_documents(view.id, ["passport"])
    view = credit.return_documents(view.id, ["work_record_copy", "income_certificate"])
    returned = {d.code: d.returned_on for d in view.documents if d.returned_on}
    assert set(returned) == {"work_record_copy", "income_certificate"}
    view = credit.file_refusal(view.id)
    assert view.status is ApplicationStatus.FILED_REFUSED
    assert credit.applications() == []
    assert [x.number for x in credit.applications(refusals=True)] == [view.number]


def test_a_failed_rule_or_an_amount_over_the_maximum_cannot_be_submitted(desk):
    services, session, _, customer = desk
    session.user = OFFICER
    credit = services.credit
    too_much = credit.open(customer.id, facts(customer.id,
                                              amount_requested=Money.of("1300000.00", "RUB")))
    assert too_much.over_maximum
    for document in FULL_DOSSIER:
        credit.record_document(too_much.id, document)
    with pytest.raises(Conflict) as e:
        credit.submit(too_much.id)
    assert "maximum" in str(e.value)


def test_the_security_officer_sees_applications_but_cannot_prepare_them(desk):
    services, session, _, customer = desk
    session.user = SECURITY
    with pytest.raises(AccessDenied):
        services.credit.open(customer.id, facts(customer.id))
    assert services.credit.applications() == []
    session.user = ADMIN
    with pytest.raises(AccessDenied):
        services.credit.applications()


def test_an_administrator_saves_a_program_only_when_it_is_valid(desk, tmp_path):
    services, session, _, _ = desk
    session.user = ADMIN
    credit = services.credit
    text = credit.program_text("ru-bank-car")
    broken = text.replace("min_age = 21", "min_age = \"twenty-one\"")
    with pytest.raises(Exception) as e:
        credit.save_program("ru_bank_car.toml", broken)
    assert "line" in str(e.value) and "min_age" in str(e.value)
    assert not (tmp_path / "programs" / "ru_bank_car.toml").exists()  # nothing half-written
    changed = text.replace("min_age = 21", "min_age = 23")
    program = credit.save_program("ru_bank_car.toml", changed)
    assert program.borrower.min_age == 23 and credit.program_is_own("ru-bank-car")
    assert credit.reload_programs().programs["ru-bank-car"].borrower.min_age == 23
    session.user = CLERK
    with pytest.raises(AccessDenied):
        credit.save_program("x.toml", changed)
