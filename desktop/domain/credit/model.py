"""What a credit application is made of: the applicant, the request, and what
the rules say about them.

Inputs are frozen dataclasses the desk fills in from its screens. A fact the
clerk has not recorded is None, never a guess: the rules answer "needs
attention" for it instead of passing or failing silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from desktop.domain.customers import Obligation, Sex
from desktop.domain.loans import RepaymentMethod
from desktop.domain.money import Money
from desktop.domain.notices import Notice

__all__ = [
    "Applicant", "CapFigure", "CollateralKind", "CreditRequest", "DriverAlternative",
    "EmploymentKind", "ExchangeRate", "Finding", "Home", "MaritalStatus", "MaximumAmount",
    "Obligation", "Outcome", "Purpose", "RepaymentMethod", "RequiredDocument", "Sex",
    "Spouse", "SpouseRole", "Vehicle",
]


# -- the applicant --------------------------------------------------------------


class EmploymentKind(StrEnum):
    EMPLOYEE = "employee"
    ENTREPRENEUR = "entrepreneur"        # ИП
    MILITARY = "military"                # военнослужащий
    POLICE = "police"                    # органы внутренних дел
    EMERGENCY_SERVICE = "emergency_service"  # МЧС: the book names it with the police


class MaritalStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"


class SpouseRole(StrEnum):
    GUARANTOR = "guarantor"                  # поручитель by a surety agreement
    NOTARISED_CONSENT = "notarised_consent"  # нотариально заверенное согласие
    NONE = "none"                            # neither (yet)


class DriverAlternative(StrEnum):
    """What goes with the permitted driver's licence when the borrower has none."""

    PENSION_CERTIFICATE = "pension_certificate"        # страховое свидетельство ПФР
    INTERNATIONAL_PASSPORT = "international_passport"  # заграничный паспорт
    TAX_NUMBER_CERTIFICATE = "tax_number_certificate"  # свидетельство о присвоении ИНН


@dataclass(frozen=True)
class Spouse:
    role: SpouseRole = SpouseRole.NONE
    # Whether the spouse meets the program's borrower requirements (the clerk
    # checks the spouse as a borrower); their income counts only then.
    meets_borrower_requirements: bool | None = None
    net_income_last_3_months: tuple[Money, ...] = ()
    obligations: tuple[Obligation, ...] = ()  # weighed with the borrower's when the incomes are joined
    fund_balance: Money | None = None         # provident fund account balance
    fund_used: bool = False                   # the loan also draws on the spouse's fund


@dataclass(frozen=True)
class Applicant:
    birth_date: date | None
    sex: Sex | None = None
    citizenship: str = ""              # ISO 3166 alpha-2; "" = not recorded
    registration_region: str = ""      # region of permanent registration
    # Region of a valid residence certificate (Chifeng accepts it in place of
    # permanent residence).
    residence_certificate_region: str = ""
    employment: EmploymentKind | None = None
    civil_servant: bool = False
    total_employment_months: int | None = None
    current_employment_months: int | None = None
    net_income_last_3_months: tuple[Money, ...] = ()  # net of taxes, one per month
    obligations: tuple[Obligation, ...] = ()
    delays_over_30_days: int | None = None  # arrears of more than 30 calendar days with banks
    under_investigation: bool | None = None  # под судом или следствием
    marital_status: MaritalStatus | None = None
    spouse: Spouse | None = None
    has_driving_licence: bool | None = None
    permitted_driver_alternative: DriverAlternative | None = None
    # Provident fund facts.
    fund_balance: Money | None = None
    fund_contributions_current: bool | None = None  # paid in full and on time
    has_provident_loan: bool | None = None           # an unrepaid provident loan
    guaranteeing_provident_loan: bool | None = None  # guarantor of someone's unrepaid one
    provident_overdue_periods: int | None = None     # periods overdue and unpaid on a past one


# -- the request ----------------------------------------------------------------


class Purpose(StrEnum):
    CAR = "car"
    PURCHASE = "purchase"      # buying a home
    RENOVATION = "renovation"  # 装修 / «decoración»
    CONVERSION = "conversion"  # 商转公: a commercial loan turned into a provident one


class CollateralKind(StrEnum):
    MORTGAGE = "mortgage"            # a mortgage on the home bought
    EXISTING_HOME = "existing_home"  # a home already owned, at its appraisal
    PLEDGE = "pledge"                # securities pledged, at their face value
    GUARANTEE = "guarantee"          # a third person's guarantee, by their fund balance


@dataclass(frozen=True)
class Vehicle:
    model_year: int | None = None
    never_in_service: bool | None = None
    # Imported by a company (юридическое лицо) or made in the country; False
    # means imported by a private person.
    imported_by_company_or_made_in_country: bool | None = None
    ever_registered: bool | None = None  # on the traffic police's register
    seller_is_partner_dealer: bool | None = None  # a dealer with a cooperation agreement
    roadworthy: bool | None = None  # технически исправное, пригодное для эксплуатации


@dataclass(frozen=True)
class Home:
    collateral: CollateralKind | None = None
    floor_area_m2: Decimal | None = None
    appraisal: Money | None = None                 # existing home as collateral
    pledge_face_value: Money | None = None         # pledged securities
    guarantor_fund_balance: Money | None = None    # the third person's fund balance
    commercial_loan_original: Money | None = None  # conversion: the commercial loan's original amount
    second_hand: bool = False


@dataclass(frozen=True)
class ExchangeRate:
    """A central-bank rate the clerk entered, with its date.

    `rate` is units of the program's own currency (RUB for the Russian bank)
    for one unit of `currency`.
    """

    currency: str
    rate: Decimal
    on: date


@dataclass(frozen=True)
class CreditRequest:
    program_id: str
    purpose: Purpose
    contract_date: date
    currency: str
    term_months: int
    annual_rate: Decimal                # Decimal("0.12") is 12 % a year
    amount_requested: Money | None = None
    repayment_method: RepaymentMethod = RepaymentMethod.EQUAL_INSTALLMENT
    price: Money | None = None          # of the car or the home
    down_payment: Money | None = None
    financed_insurance: Money | None = None  # insurance paid out of the loan
    vehicle: Vehicle | None = None
    home: Home | None = None
    exchange_rates: tuple[ExchangeRate, ...] = ()


# -- what the rules say ---------------------------------------------------------


class Outcome(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    ATTENTION = "attention"  # a fact is missing or a person must judge


@dataclass(frozen=True)
class Finding:
    rule_id: str
    outcome: Outcome
    reason: Notice
    source: str  # the passage of the source text the rule comes from


@dataclass(frozen=True)
class CapFigure:
    rule_id: str
    limit: Money
    arithmetic: Notice
    details: tuple[Notice, ...] = ()  # one line per weighed obligation, where there are any
    source: str = ""


@dataclass(frozen=True)
class MaximumAmount:
    amount: Money
    binding: CapFigure
    caps: tuple[CapFigure, ...]


@dataclass(frozen=True)
class RequiredDocument:
    code: str
    title: Notice
    why: Notice
    returnable_on_refusal: bool = False
    if_any: bool = False  # «при наличии»: bring it if the applicant has one
    source: str = ""
    alternative_code: str = ""  # which of the rule's alternatives was chosen, if any
