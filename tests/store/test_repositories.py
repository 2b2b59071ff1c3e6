from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from desktop.domain.customers import Obligation, ObligationKind
from desktop.domain.errors import NotFound
from desktop.domain.loan_accounts import LoanStatus
from desktop.domain.loans import DayCount, LoanTerms, PaymentMade, RepaymentMethod
from desktop.domain.money import Money
from desktop.store.assets import AssetRepository
from desktop.store.customers import CustomerRepository, CustomerSummary
from desktop.store.db import IntegrityError
from desktop.store.ids import new_id
from desktop.store.lenders import LenderRepository
from desktop.store.loans import LoanOverview, LoanRepository

from tests.samples import sample_customer, sample_lender, sample_loan, sample_property, sample_vehicle

AT = datetime(2026, 4, 12, 1, 30, tzinfo=timezone.utc)


def test_a_customer_with_obligations_round_trips(database):
    repo = CustomerRepository(database)
    customer = sample_customer()
    with database.transaction():
        repo.add(customer, at=AT)

    assert repo.get(customer.id) == customer
    row = database.db["customers"].get(customer.id)
    assert (row["income_minor"], row["income_currency"]) == (420_000, "JPY")
    assert row["id_document_key"] == "123456789012"
    assert row["phone_key"] == "09012345678"
    assert row["name_key"] == "山田 太郎"
    assert row["birth_date"] == "1980-05-17"
    assert row["created_at"] == row["updated_at"] == "2026-04-12T01:30:00+00:00"


def test_a_customer_with_only_the_required_fields_round_trips(database):
    repo = CustomerRepository(database)
    customer = sample_customer(
        name_reading="", sex=None, id_document_issued_on=None, employed_since=None,
        total_employment_months=None, net_monthly_income=None, obligations=(),
    )
    with database.transaction():
        repo.add(customer, at=AT)
    assert repo.get(customer.id) == customer


def test_an_update_replaces_fields_and_obligations(database):
    repo = CustomerRepository(database)
    customer = sample_customer()
    with database.transaction():
        repo.add(customer, at=AT)
    changed = replace(
        customer,
        phone="080-9999-0000",
        net_monthly_income=Money(45_000_000, "RUB"),
        obligations=(Obligation(ObligationKind.GUARANTEE, "ВТБ", monthly_payment=Money(1_500_000, "RUB")),),
    )
    later = datetime(2026, 5, 1, tzinfo=timezone.utc)
    with database.transaction():
        repo.update(changed, at=later)

    assert repo.get(customer.id) == changed
    row = database.db["customers"].get(customer.id)
    assert row["created_at"] < row["updated_at"]
    assert row["phone_key"] == "08099990000"


def test_getting_or_updating_a_missing_customer_is_not_found(database):
    repo = CustomerRepository(database)
    with pytest.raises(NotFound):
        repo.get("no-such-id")
    with pytest.raises(NotFound):
        with database.transaction():
            repo.update(sample_customer(), at=AT)


def test_summaries_keep_the_order_asked_and_recent_is_newest_first(database):
    repo = CustomerRepository(database)
    first = sample_customer(family_name="Иванов", given_name="Иван")
    second = sample_customer(family_name="王", given_name="芳")
    with database.transaction():
        repo.add(first, at=AT)
        repo.add(second, at=datetime(2026, 4, 13, tzinfo=timezone.utc))

    assert [s.full_name for s in repo.summaries([second.id, first.id])] == ["王 芳", "Иванов Иван"]
    assert repo.recent(10) == repo.summaries([second.id, first.id])
    assert repo.recent(1)[0] == CustomerSummary(
        id=second.id, full_name="王 芳", name_reading="ヤマダ タロウ", birth_date=date(1980, 5, 17),
        phone="090-1234-5678", id_document_number="1234 5678 9012",
    )


def test_duplicate_lookups_compare_normalised_values(database):
    repo = CustomerRepository(database)
    customer = sample_customer(family_name="Семёнов", given_name="Пётр")
    with database.transaction():
        repo.add(customer, at=AT)

    assert [s.id for s in repo.with_id_document("1234-5678-9012")] == [customer.id]
    assert [s.id for s in repo.with_phone("０９０ １２３４ ５６７８")] == [customer.id]
    assert [s.id for s in repo.with_name_and_birth_date("СЕМЕНОВ", "петр", date(1980, 5, 17))] == [customer.id]
    assert repo.with_name_and_birth_date("Семёнов", "Пётр", date(1980, 5, 18)) == []
    assert repo.with_phone("") == []


def test_a_lender_round_trips(database):
    repo = LenderRepository(database)
    lender = sample_lender()
    other = sample_lender(name="Альфа-Банк", release_documents=(), release_days=None)
    with database.transaction():
        repo.add(lender)
        repo.add(other)

    assert repo.get(lender.id) == lender
    assert repo.all() == [other, lender]  # by name
    assert database.db["lenders"].get(lender.id)["release_documents"] == '["譲渡証明書", "委任状", "印鑑証明書"]'
    with pytest.raises(NotFound):
        repo.get("nope")


def test_vehicles_and_properties_round_trip(database):
    owner = sample_customer()
    vehicle = sample_vehicle(owner.id)
    home = sample_property(owner.id)
    bare = sample_vehicle(owner.id, vin="ZVW30-1234567", plate="", make="", model="", year=None,
                        mileage_km=None, first_registered_on=None)
    with database.transaction():
        CustomerRepository(database).add(owner, at=AT)
        repo = AssetRepository(database)
        for asset in (vehicle, home, bare):
            repo.add(asset)

    assert repo.get(vehicle.id) == vehicle
    assert repo.get(home.id) == home
    assert repo.get(home.id).floor_area_m2 == Decimal("68.45")
    assert sorted(repo.of_owner(owner.id), key=lambda a: a.id) == sorted([vehicle, home, bare], key=lambda a: a.id)
    assert database.db["assets"].get(bare.id)["vin_key"] == "ZVW301234567"
    with pytest.raises(NotFound):
        repo.get("nope")


def test_an_asset_needs_an_owner_on_file(database):
    with pytest.raises(IntegrityError):
        with database.transaction():
            AssetRepository(database).add(sample_vehicle("no-such-customer"))


def _loan_setup(database):
    owner, lender = sample_customer(), sample_lender()
    vehicle = sample_vehicle(owner.id)
    loan = sample_loan(lender.id, owner.id, vehicle.id)
    with database.transaction():
        CustomerRepository(database).add(owner, at=AT)
        LenderRepository(database).add(lender)
        AssetRepository(database).add(vehicle)
        LoanRepository(database).add(loan)
    return owner, lender, vehicle, loan


def test_a_loan_and_its_payments_round_trip(database):
    owner, lender, vehicle, loan = _loan_setup(database)
    repo = LoanRepository(database)

    assert repo.get(loan.id) == loan
    row = database.db["loans"].get(loan.id)
    assert (row["principal_minor"], row["currency"], row["residual_minor"]) == (2_400_000, "JPY", 800_000)
    assert (row["annual_rate"], row["penalty_rate"]) == ("0.049", "0.146")

    payments = [PaymentMade(date(2024, 5, 27), Money(34_000, "JPY")),
                PaymentMade(date(2024, 4, 27), Money(34_000, "JPY"))]
    with database.transaction():
        for p in payments:
            repo.add_payment(new_id(), loan.id, p)
    assert repo.payments(loan.id) == sorted(payments, key=lambda p: p.paid_on)

    assert repo.of_borrower(owner.id) == [
        LoanOverview(loan.id, "TF-0012-345678", "トヨタファイナンス", "山田 太郎",
                     "Toyota Prius 2019 品川 300 あ 12-34", Money(2_400_000, "JPY"), LoanStatus.ACTIVE,
                     lender_is_owner_of_record=True, lender_id=loan.lender_id,
                     asset_id=loan.asset_id)
    ]
    assert repo.of_borrower(owner.id)[0].currency == "JPY"
    assert repo.overview(loan.id) == repo.of_borrower(owner.id)[0]
    with pytest.raises(NotFound):
        repo.overview("nope")


def test_a_loan_in_rubles_without_an_asset_round_trips(database):
    terms = LoanTerms(
        principal=Money.of("850000.00", "RUB"), annual_rate=Decimal("0.1875"), term_months=36,
        method=RepaymentMethod.EQUAL_PRINCIPAL, disbursed_on=date(2025, 2, 10), due_day=10,
        day_count=DayCount.ACTUAL_365,
    )
    owner, lender, _, _ = _loan_setup(database)
    repo = LoanRepository(database)
    loan = sample_loan(lender.id, owner.id, None, terms=terms, status=LoanStatus.CALLED,
                     lender_is_owner_of_record=False, account_number="40817810099910004312")
    with database.transaction():
        repo.add(loan)
    assert repo.get(loan.id) == loan
    assert repo.of_borrower(owner.id)[-1].asset_label == ""
    assert repo.of_borrower(owner.id)[-1].lender_is_owner_of_record is False
    with pytest.raises(NotFound):
        repo.get("nope")
