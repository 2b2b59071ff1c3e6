"""Credit-application rules: shared builders for the tests.

The programs are the shipped files, so a test also checks the figures an
administrator would see.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop.domain.credit.model import (
    Applicant, CreditRequest, EmploymentKind, MaritalStatus, Purpose, Vehicle,
)
from desktop.domain.credit.programs import Program
from desktop.services.credit_programs import load_programs
from desktop.domain.customers import Sex
from desktop.domain.money import Money

PROGRAMS_DIR = Path(__file__).resolve().parents[3] / "resources" / "programs"
CATALOGUE = load_programs(PROGRAMS_DIR)

RU, TAIYUAN, CHIFENG, JP = ("ru-bank-car", "cn-taiyuan-provident", "cn-chifeng-provident",
                            "jp-dealer-car-example")
CONTRACT = date(2026, 11, 21)


def program(pid: str) -> Program:
    return CATALOGUE.programs[pid]


def rub(amount) -> Money:
    return Money.of(amount, "RUB")


def cny(amount) -> Money:
    return Money.of(amount, "CNY")


def jpy(amount) -> Money:
    return Money.of(amount, "JPY")


def ru_applicant(**changes) -> Applicant:
    """A borrower who meets every rule of the Russian book."""
    base = Applicant(
        birth_date=date(1990, 5, 1), sex=Sex.MALE, citizenship="RU",
        registration_region="Москва", employment=EmploymentKind.EMPLOYEE,
        total_employment_months=60, current_employment_months=24,
        net_income_last_3_months=(rub(100_000),) * 3, delays_over_30_days=0,
        under_investigation=False, marital_status=MaritalStatus.SINGLE,
        has_driving_licence=True,
    )
    return replace(base, **changes)


def new_car(**changes) -> Vehicle:
    return replace(Vehicle(model_year=2026, never_in_service=True,
                           imported_by_company_or_made_in_country=True, ever_registered=False,
                           seller_is_partner_dealer=True, roadworthy=True), **changes)


def ru_request(**changes) -> CreditRequest:
    base = CreditRequest(
        program_id=RU, purpose=Purpose.CAR, contract_date=CONTRACT, currency="RUB",
        term_months=36, annual_rate=Decimal("0.12"), price=rub(2_000_000),
        down_payment=rub(400_000), vehicle=new_car(),
    )
    return replace(base, **changes)


def cn_applicant(**changes) -> Applicant:
    base = Applicant(
        birth_date=date(1990, 5, 1), sex=Sex.MALE, citizenship="CN",
        registration_region="Chifeng", employment=EmploymentKind.EMPLOYEE,
        net_income_last_3_months=(cny(12_000),) * 3, marital_status=MaritalStatus.SINGLE,
        fund_balance=cny(50_000), fund_contributions_current=True, has_provident_loan=False,
        guaranteeing_provident_loan=False, provident_overdue_periods=0,
    )
    return replace(base, **changes)


def cn_request(pid: str = CHIFENG, **changes) -> CreditRequest:
    base = CreditRequest(
        program_id=pid, purpose=Purpose.PURCHASE, contract_date=CONTRACT, currency="CNY",
        term_months=240 if pid == TAIYUAN else 180, annual_rate=Decimal("0.031"),
        price=cny(1_000_000), down_payment=cny(300_000),
    )
    return replace(base, **changes)
