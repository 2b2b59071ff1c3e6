from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.assets import PropertyKind
from desktop.domain.customers import IdDocumentKind
from desktop.domain.lenders import LenderKind
from desktop.domain.loans import LoanTerms, RepaymentMethod
from desktop.domain.money import Money
from desktop.services.context import ServiceContext
from desktop.services.customers import CustomerService
from desktop.services.documents import DocumentService
from desktop.services.loans import LoanService
from desktop.services.lookup import LookupService
from desktop.services.payoffs import PayoffService
from desktop.services.releases import ReleaseService
from desktop.services.settings import SettingsService
from desktop.store.db import open_database

from tests.conftest import TEST_KEY
from tests.samples import (
    sample_customer,
    sample_lender,
    sample_loan,
    sample_property,
    sample_vehicle,
)

# 10:30 in Tokyo, where the test branch is.
NOW = datetime(2026, 4, 12, 1, 30, tzinfo=timezone.utc)


class Clock:
    """A clock that moves only when the test says so."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "liendesk.db", TEST_KEY)
    yield db
    db.close()


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def ctx(database, clock):
    return ServiceContext(database, system_actor="sato", clock=clock, zone=ZoneInfo("Asia/Tokyo"))


@pytest.fixture
def customers(ctx):
    return CustomerService(ctx)


@pytest.fixture
def loans(ctx):
    return LoanService(ctx)


@pytest.fixture
def payoffs(ctx):
    return PayoffService(ctx)


@pytest.fixture
def releases(ctx):
    return ReleaseService(ctx)


@pytest.fixture
def settings(ctx):
    return SettingsService(ctx)


@pytest.fixture
def lookup(ctx):
    return LookupService(ctx)


@pytest.fixture
def documents(ctx):
    return DocumentService(ctx)


@pytest.fixture
def car_loan(customers, loans):
    """A customer, their car, and the balloon loan on it."""
    owner = customers.take_in(sample_customer())
    lender = loans.add_lender(sample_lender())
    car = loans.add_vehicle(sample_vehicle(owner.id))
    loan = loans.add_loan(sample_loan(lender.id, owner.id, car.id))
    return owner, lender, car, loan


_WRITTEN_TABLES = ("customers", "obligations", "lenders", "assets", "loans", "payments",
                   "audit_log", "search_entries", "lender_quotes", "lien_releases", "settings",
                   "documents", "document_files")


@pytest.fixture
def table_counts(database):
    """Rows in each table a write touches, to show that nothing was written."""
    return lambda: {
        table: database.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in _WRITTEN_TABLES
    }


@pytest.fixture
def audit_rows(database):
    """The audit log as dicts, before/after parsed back from JSON."""
    def read():
        rows = list(database.db.query("SELECT * FROM audit_log ORDER BY seq"))
        for row in rows:
            row["before"] = json.loads(row.pop("before_json") or "null")
            row["after"] = json.loads(row.pop("after_json") or "null")
        return rows
    return read


@pytest.fixture
def world(customers, loans):
    """Four customers of four scripts, each with an asset and a loan on it:

    - 山田 太郎: a Toyota Prius (VIN JTDKB20U093012345, 品川 300 あ 12-34),
      loan TF-0012-345678 in JPY with トヨタファイナンス;
    - Иванов Сергей: a LADA Vesta (VIN XTAGFL110LY123456, А123ВС 777),
      loan 40817810000001234567 in RUB with АО «Банк Столица»;
    - 王 芳: a flat in 山西省太原市小店区长治路88号, loan GJJ-TY-2019-0345 in CNY
      with 太原市住房公积金管理中心;
    - Smith John: a house at 742 Evergreen Terrace, loan EVG-US-55821 in USD
      with Springfield Savings.
    """
    def person(**changes):
        return customers.take_in(sample_customer(obligations=(), **changes))

    def loan_in(lender, owner, asset, currency, account_number, principal, rate, disbursed_on, method):
        terms = LoanTerms(principal=Money.of(principal, currency), annual_rate=Decimal(rate),
                          term_months=120, method=method, disbursed_on=disbursed_on, due_day=15)
        return loans.add_loan(sample_loan(lender.id, owner.id, asset.id, terms=terms,
                                          account_number=account_number,
                                          lender_is_owner_of_record=False))

    yamada = person()
    toyota = loans.add_lender(sample_lender())
    prius = loans.add_vehicle(sample_vehicle(yamada.id))
    yamada_loan = loans.add_loan(sample_loan(toyota.id, yamada.id, prius.id))

    ivanov = person(family_name="Иванов", given_name="Сергей", name_reading="Ivanov Sergei",
                    citizenship="RU", language="ru", phone="+7 916 123-45-67",
                    id_document_kind=IdDocumentKind.PASSPORT, id_document_number="4510 123456",
                    net_monthly_income=Money.of(165_000, "RUB"))
    stolitsa = loans.add_lender(sample_lender(name="АО «Банк Столица»", kind=LenderKind.BANK,
                                              country="RU", release_days=5))
    vesta = loans.add_vehicle(sample_vehicle(ivanov.id, vin="XTAGFL110LY123456", plate="А123ВС 777",
                                             make="LADA", model="Vesta", year=2020,
                                             owner_of_record="Иванов С. П."))
    ivanov_loan = loan_in(stolitsa, ivanov, vesta, "RUB", "40817810000001234567", 1_100_000,
                          "0.159", date(2023, 3, 15), RepaymentMethod.EQUAL_INSTALLMENT)

    wang = person(family_name="王", given_name="芳", name_reading="Wang Fang", citizenship="CN",
                  language="zh", phone="139-0351-6688",
                  id_document_kind=IdDocumentKind.RESIDENT_ID_CARD,
                  id_document_number="140105198503080026", net_monthly_income=Money.of(9_800, "CNY"))
    fund = loans.add_lender(sample_lender(name="太原市住房公积金管理中心",
                                          kind=LenderKind.PROVIDENT_FUND, country="CN"))
    flat = loans.add_property(sample_property(wang.id,
                                              address="山西省太原市小店区长治路88号3单元502室",
                                              management_fee=None, repair_reserve=None))
    wang_loan = loan_in(fund, wang, flat, "CNY", "GJJ-TY-2019-0345", 600_000, "0.031",
                        date(2019, 6, 12), RepaymentMethod.EQUAL_PRINCIPAL)

    smith = person(family_name="Smith", given_name="John", name_reading="", citizenship="US",
                   language="en", phone="+1 415 555 0199", email="jsmith@example.com",
                   id_document_kind=IdDocumentKind.PASSPORT, id_document_number="X1234567",
                   net_monthly_income=Money.of(7_500, "USD"))
    savings = loans.add_lender(sample_lender(name="Springfield Savings", kind=LenderKind.BANK,
                                             country="US"))
    house = loans.add_property(sample_property(smith.id, address="742 Evergreen Terrace, Springfield",
                                               property_kind=PropertyKind.HOUSE,
                                               management_fee=None, repair_reserve=None))
    smith_loan = loan_in(savings, smith, house, "USD", "EVG-US-55821", 250_000, "0.065",
                         date(2020, 8, 1), RepaymentMethod.EQUAL_INSTALLMENT)

    return SimpleNamespace(
        yamada=yamada, prius=prius, yamada_loan=yamada_loan, toyota=toyota,
        ivanov=ivanov, vesta=vesta, ivanov_loan=ivanov_loan, stolitsa=stolitsa,
        wang=wang, flat=flat, wang_loan=wang_loan, fund=fund,
        smith=smith, house=house, smith_loan=smith_loan, savings=savings,
    )
