"""Valid sample records for store and service tests: a test changes one
field at a time (``sample_customer(phone="")``). Each call gets a new id."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop.domain.assets import Property, PropertyKind, Vehicle
from desktop.domain.customers import Customer, IdDocumentKind, Obligation, ObligationKind, Sex
from desktop.domain.lenders import Lender, LenderKind
from desktop.domain.loan_accounts import LoanAccount
from desktop.domain.loans import LoanTerms, RepaymentMethod
from desktop.domain.money import Money
from desktop.store.ids import new_id


def sample_customer(**changes) -> Customer:
    base = Customer(
        id=new_id(),
        family_name="山田",
        given_name="太郎",
        birth_date=date(1980, 5, 17),
        name_reading="ヤマダ タロウ",
        sex=Sex.MALE,
        citizenship="JP",
        language="ja",
        id_document_kind=IdDocumentKind.DRIVING_LICENCE,
        id_document_number="1234 5678 9012",
        id_document_issued_on=date(2022, 5, 17),
        phone="090-1234-5678",
        email="taro@example.jp",
        address="東京都港区六本木1-2-3",
        region="13",
        employer="山田商事",
        position="課長",
        employed_since=date(2015, 4, 1),
        total_employment_months=240,
        net_monthly_income=Money(420_000, "JPY"),
        obligations=(
            Obligation(ObligationKind.LOAN, "オリコ", monthly_payment=Money(32_000, "JPY")),
            Obligation(ObligationKind.OVERDRAFT, "三井住友カード", credit_limit=Money(500_000, "JPY"),
                       at_this_bank=True),
        ),
        consent_given_on=date(2026, 4, 12),
        consent_purpose="credit application",
        consent_form_ref="同意書 2026-0412-01",
    )
    return replace(base, **changes)


def sample_lender(**changes) -> Lender:
    base = Lender(
        id=new_id(),
        name="トヨタファイナンス",
        kind=LenderKind.FINANCE_COMPANY,
        country="JP",
        phone="0120-00-0000",
        payoff_request_method="fax",
        release_documents=("譲渡証明書", "委任状", "印鑑証明書"),
        release_days=10,
    )
    return replace(base, **changes)


def sample_vehicle(owner_id: str, **changes) -> Vehicle:
    base = Vehicle(
        id=new_id(),
        owner_id=owner_id,
        vin="JTDKB20U093012345",
        plate="品川 300 あ 12-34",
        make="Toyota",
        model="Prius",
        year=2019,
        mileage_km=48_000,
        owner_of_record="トヨタファイナンス",
        first_registered_on=date(2019, 6, 1),
    )
    return replace(base, **changes)


def sample_property(owner_id: str, **changes) -> Property:
    base = Property(
        id=new_id(),
        owner_id=owner_id,
        address="東京都世田谷区桜新町2-5-8 ライオンズ301",
        property_kind=PropertyKind.CONDOMINIUM,
        floor_area_m2=Decimal("68.45"),
        land_parcels=1,
        buildings=1,
        management_fee=Money(15_000, "JPY"),
        repair_reserve=Money(12_000, "JPY"),
    )
    return replace(base, **changes)


def sample_loan(lender_id: str, borrower_id: str, asset_id: str | None, **changes) -> LoanAccount:
    """A five-year balloon car loan (残価設定型), paid out on 2024-03-05."""
    terms = LoanTerms(
        principal=Money(2_400_000, "JPY"),
        annual_rate=Decimal("0.049"),
        term_months=60,
        method=RepaymentMethod.BALLOON,
        disbursed_on=date(2024, 3, 5),
        due_day=27,
        residual=Money(800_000, "JPY"),
        penalty_rate=Decimal("0.146"),
    )
    base = LoanAccount(
        id=new_id(),
        lender_id=lender_id,
        borrower_id=borrower_id,
        account_number="TF-0012-345678",
        terms=terms,
        asset_id=asset_id,
        lender_is_owner_of_record=True,
    )
    return replace(base, **changes)
