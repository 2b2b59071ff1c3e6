from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.errors import NotFound, ReadOnlyDatabase, ValidationError
from desktop.domain.loan_accounts import LoanStatus
from desktop.domain.loans import PaymentMade, arrears, build_schedule, payoff_quote
from desktop.domain.money import Money
from desktop.store import audit

from tests.samples import sample_customer, sample_lender, sample_loan, sample_property, sample_vehicle


def test_lenders_assets_and_loans_are_recorded_with_audit_rows(car_loan, loans, audit_rows):
    owner, lender, car, loan = car_loan
    flat = loans.add_property(sample_property(owner.id))

    assert loans.lenders() == [lender]
    assert sorted(loans.assets_of(owner.id), key=lambda a: a.kind) == [flat, car]
    assert loans.get_loan(loan.id) == loan
    [overview] = loans.loans_of(owner.id)
    assert (overview.account_number, overview.lender_name, overview.asset_label, overview.currency,
            overview.principal, overview.status) == (
        "TF-0012-345678", "トヨタファイナンス", "Toyota Prius 2019 品川 300 あ 12-34", "JPY",
        Money(2_400_000, "JPY"), LoanStatus.ACTIVE)
    assert [(r["action"], r["entity"], r["entity_id"]) for r in audit_rows()] == [
        ("customer.take_in", "customer", owner.id),
        ("consent.record", "customer", owner.id),
        ("lender.add", "lender", lender.id),
        ("vehicle.add", "vehicle", car.id),
        ("loan.add", "loan", loan.id),
        ("property.add", "property", flat.id),
    ]
    assert loans.overview(loan.id) == overview
    assert overview.borrower_name == "山田 太郎"
    loan_row = audit_rows()[4]["after"]
    assert loan_row["terms"]["principal"] == {"minor": 2_400_000, "currency": "JPY"}
    assert loan_row["terms"]["annual_rate"] == "0.049"


def test_invalid_lender_and_asset_name_their_fields(loans, customers, table_counts):
    owner = customers.take_in(sample_customer())
    written = table_counts()
    with pytest.raises(ValidationError) as raised:
        loans.add_lender(sample_lender(name=" "))
    assert raised.value.fields == ("name",)
    with pytest.raises(ValidationError) as raised:
        loans.add_vehicle(sample_vehicle(owner.id, vin="JTDKB20U09301234I"))
    assert raised.value.fields == ("vin",)
    with pytest.raises(ValidationError) as raised:
        loans.add_property(sample_property(owner.id, address=""))
    assert raised.value.fields == ("address",)
    assert table_counts() == written


def test_an_asset_of_an_unknown_customer_is_not_found(loans, table_counts):
    written = table_counts()
    with pytest.raises(NotFound):
        loans.add_vehicle(sample_vehicle("no-such-customer"))
    assert table_counts() == written


def test_the_asset_of_a_loan_must_belong_to_the_borrower(car_loan, customers, loans,
                                                         table_counts):
    _, lender, car, _ = car_loan
    other = customers.take_in(sample_customer(family_name="佐藤", phone="080-3333-4444",
                                            id_document_number="5555 6666 7777"))
    written = table_counts()
    with pytest.raises(ValidationError) as raised:
        loans.add_loan(sample_loan(lender.id, other.id, car.id))
    assert raised.value.fields == ("asset_id",)
    with pytest.raises(ValidationError) as raised:
        loans.add_loan(sample_loan(lender.id, other.id, None, account_number=""))
    assert raised.value.fields == ("account_number",)
    with pytest.raises(NotFound):
        loans.add_loan(sample_loan("no-such-lender", other.id, None))
    with pytest.raises(NotFound):
        loans.add_loan(sample_loan(lender.id, "no-such-customer", None))
    assert table_counts() == written


def test_a_payment_is_recorded_with_its_audit_row(car_loan, loans, audit_rows):
    _, _, _, loan = car_loan
    payment = PaymentMade(date(2024, 4, 27), Money(34_567, "JPY"))

    payment_id = loans.record_payment(loan.id, payment)

    assert loans.payments(loan.id) == [payment]
    row = audit_rows()[-1]
    assert (row["action"], row["entity"], row["entity_id"]) == ("payment.record", "payment", payment_id)
    assert row["after"] == {"loan_id": loan.id,
                            "payment": {"paid_on": "2024-04-27", "amount": {"minor": 34_567, "currency": "JPY"}}}


@pytest.mark.parametrize(
    ("payment", "field"),
    [
        (PaymentMade(date(2024, 4, 27), Money(34_567, "RUB")), "amount"),
        (PaymentMade(date(2024, 4, 27), Money(0, "JPY")), "amount"),
        (PaymentMade(date(2024, 3, 4), Money(34_567, "JPY")), "paid_on"),
        (PaymentMade(date(2026, 4, 13), Money(34_567, "JPY")), "paid_on"),
    ],
)
def test_a_wrong_payment_names_its_field_and_is_not_written(car_loan, loans, table_counts, payment, field):
    _, _, _, loan = car_loan
    written = table_counts()
    with pytest.raises(ValidationError) as raised:
        loans.record_payment(loan.id, payment)
    assert raised.value.fields == (field,)
    assert table_counts() == written


def test_a_payment_on_an_unknown_loan_is_not_found(loans):
    with pytest.raises(NotFound):
        loans.record_payment("no-such-loan", PaymentMade(date(2025, 1, 1), Money(1, "JPY")))


def _pay_installments(loans, loan, count: int) -> list[PaymentMade]:
    schedule = build_schedule(loan.terms)
    payments = [PaymentMade(row.due_date, row.payment) for row in schedule.installments[:count]]
    for payment in payments:
        loans.record_payment(loan.id, payment)
    return payments


def test_the_payoff_quote_is_the_domains_for_the_same_inputs(car_loan, loans, payoffs):
    _, _, _, loan = car_loan
    # 24 installments fell due by 2026-03-27; the last one is still unpaid.
    payments = _pay_installments(loans, loan, 23)
    good_through = date(2026, 4, 20)
    fees = Money(5_500, "JPY")

    quote = payoffs.quote(loan.id, good_through, fees)

    assert quote == payoff_quote(build_schedule(loan.terms), payments, good_through, fees)
    assert quote.past_due.is_positive()
    assert quote.penalty_interest.is_positive()
    assert quote.fees == fees
    assert payoffs.quote(loan.id, good_through) == payoff_quote(build_schedule(loan.terms), payments, good_through)


def test_arrears_are_the_domains_for_the_recorded_payments(car_loan, loans, payoffs):
    _, _, _, loan = car_loan
    payments = _pay_installments(loans, loan, 20)
    status = payoffs.arrears(loan.id, date(2026, 4, 12))
    assert status == arrears(build_schedule(loan.terms), payments, date(2026, 4, 12))
    assert status.consecutive_missed == 4


def test_a_payoff_is_never_quoted_for_a_past_day(car_loan, payoffs):
    _, _, _, loan = car_loan
    with pytest.raises(ValidationError) as raised:
        payoffs.quote(loan.id, date(2026, 4, 11))
    assert raised.value.fields == ("good_through",)
    assert payoffs.quote(loan.id, date(2026, 4, 12)).good_through == date(2026, 4, 12)


def test_a_payoff_of_an_unknown_loan_is_not_found(payoffs):
    with pytest.raises(NotFound):
        payoffs.quote("no-such-loan", date(2026, 5, 1))


def test_after_stop_writing_loan_writes_are_refused(car_loan, loans, database, table_counts):
    owner, lender, car, loan = car_loan
    written = table_counts()
    database.stop_writing("The integrity check found damage; restore a backup.")

    with pytest.raises(ReadOnlyDatabase):
        loans.add_lender(sample_lender())
    with pytest.raises(ReadOnlyDatabase):
        loans.add_loan(sample_loan(lender.id, owner.id, car.id))
    with pytest.raises(ReadOnlyDatabase):
        loans.record_payment(loan.id, PaymentMade(date(2024, 4, 27), Money(34_567, "JPY")))
    assert table_counts() == written
    assert loans.get_loan(loan.id) == loan  # reading still works


def test_the_loan_terms_keep_their_exact_rate(car_loan, loans):
    _, _, _, loan = car_loan
    assert loans.get_loan(loan.id).terms.annual_rate == Decimal("0.049")


def test_a_lender_is_edited_with_an_audit_row_of_before_and_after(car_loan, loans, audit_rows):
    _, lender, _, _ = car_loan
    edited = replace(lender, phone="0120-99-9999", release_days=14,
                     release_documents=("譲渡証明書", "委任状"))

    assert loans.update_lender(edited) == edited

    assert loans.get_lender(lender.id) == edited
    assert loans.lenders() == [edited]
    row = audit_rows()[-1]
    assert (row["action"], row["entity"], row["entity_id"]) == ("lender.update", "lender", lender.id)
    assert (row["before"]["phone"], row["after"]["phone"]) == ("0120-00-0000", "0120-99-9999")
    assert row["after"]["release_documents"] == ["譲渡証明書", "委任状"]
    # The loan's overview shows the lender as it is now.
    renamed = loans.update_lender(replace(edited, name="トヨタファイナンス株式会社"))
    assert loans.loans_of(car_loan[0].id)[0].lender_name == renamed.name


def test_saving_an_unchanged_lender_writes_nothing(car_loan, loans, table_counts):
    _, lender, _, _ = car_loan
    written = table_counts()
    assert loans.update_lender(lender) == lender
    assert table_counts() == written


def test_an_invalid_or_unknown_lender_edit_is_refused_and_not_written(car_loan, loans, table_counts):
    _, lender, _, _ = car_loan
    written = table_counts()
    with pytest.raises(ValidationError) as raised:
        loans.update_lender(replace(lender, name="", release_days=400))
    assert raised.value.fields == ("name", "release_days")
    with pytest.raises(NotFound):
        loans.update_lender(replace(lender, id="no-such-lender"))
    assert table_counts() == written
    assert loans.get_lender(lender.id) == lender


def test_a_lender_edit_and_its_audit_row_are_written_together(car_loan, loans, monkeypatch):
    _, lender, _, _ = car_loan

    def failing_append(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(audit, "append", failing_append)
    with pytest.raises(OSError):
        loans.update_lender(replace(lender, phone="0120-99-9999"))
    assert loans.get_lender(lender.id) == lender
