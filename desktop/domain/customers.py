"""The customer as the desk takes them in, and the rules for a complete intake."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.domain.errors import Problems
from desktop.domain.money import Money

LANGUAGES = ("en", "ja", "ru", "zh")


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


class IdDocumentKind(StrEnum):
    PASSPORT = "passport"              # Russian internal passport, any passport
    RESIDENCE_CARD = "residence_card"  # 在留カード
    DRIVING_LICENCE = "driving_licence"  # 運転免許証
    MY_NUMBER_CARD = "my_number_card"  # マイナンバーカード
    RESIDENT_ID_CARD = "resident_id_card"  # 居民身份证
    OTHER = "other"


class ObligationKind(StrEnum):
    LOAN = "loan"            # a loan the customer repays
    GUARANTEE = "guarantee"  # a loan the customer guarantees for someone else
    OVERDRAFT = "overdraft"  # a credit-card or overdraft limit


@dataclass(frozen=True)
class Obligation:
    """A debt the customer already carries; the credit checks weigh it."""

    kind: ObligationKind
    creditor: str
    monthly_payment: Money | None = None  # loans and guarantees
    credit_limit: Money | None = None     # overdrafts
    at_this_bank: bool = False


@dataclass(frozen=True)
class Customer:
    id: str
    family_name: str
    given_name: str
    birth_date: date | None
    name_reading: str = ""   # furigana or a Latin transliteration
    sex: Sex | None = None
    citizenship: str = ""    # ISO 3166 alpha-2
    language: str = "en"     # the language of the customer's documents
    id_document_kind: IdDocumentKind = IdDocumentKind.PASSPORT
    id_document_number: str = ""
    id_document_issued_on: date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    region: str = ""         # region of permanent registration
    employer: str = ""
    position: str = ""
    employed_since: date | None = None
    total_employment_months: int | None = None
    net_monthly_income: Money | None = None
    obligations: tuple[Obligation, ...] = field(default_factory=tuple)
    consent_given_on: date | None = None
    consent_purpose: str = ""
    consent_form_ref: str = ""   # the number or scan reference of the signed form

    @property
    def full_name(self) -> str:
        # Japanese, Chinese and Russian put the family name first.
        return " ".join(p for p in (self.family_name, self.given_name) if p)


def normalise_phone(phone: str) -> str:
    """Digits only (with a leading + kept), for comparing and searching."""
    text = unicodedata.normalize("NFKC", phone).strip()
    digits = re.sub(r"\D", "", text)
    return ("+" + digits) if text.startswith("+") else digits


def normalise_document_number(number: str) -> str:
    text = unicodedata.normalize("NFKC", number)
    return re.sub(r"[\s\-‐]", "", text).upper()


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def age_on(birth_date: date, day: date) -> int:
    """Completed years on a day; a birthday counts from its own day."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def validate_intake(customer: Customer, today: date) -> None:
    """Raise ValidationError naming every field a clerk must fix."""
    p = Problems()
    if not customer.family_name.strip():
        p.add("family_name", "Enter the family name.")
    if not customer.given_name.strip():
        p.add("given_name", "Enter the given name.")
    if customer.birth_date is None:
        p.add("birth_date", "Enter the date of birth.")
    elif customer.birth_date > today:
        p.add("birth_date", "The date of birth is in the future.")
    elif age_on(customer.birth_date, today) < 18:
        p.add("birth_date", "The customer must be at least 18 years old.")
    elif age_on(customer.birth_date, today) > 120:
        p.add("birth_date", "Check the year of birth.")
    if customer.language not in LANGUAGES:
        p.add("language", "Choose the language of the customer's documents.")
    if customer.citizenship and not re.fullmatch(r"[A-Z]{2}", customer.citizenship):
        p.add("citizenship", "Use a two-letter country code, such as JP, RU or CN.")
    number = normalise_document_number(customer.id_document_number)
    if not number:
        p.add("id_document_number", "Enter the number of the identity document.")
    elif len(number) < 4:
        p.add("id_document_number", "The document number is too short.")
    if customer.id_document_issued_on and customer.id_document_issued_on > today:
        p.add("id_document_issued_on", "The document's issue date is in the future.")
    phone = normalise_phone(customer.phone)
    if not phone:
        p.add("phone", "Enter a phone number.")
    elif not 7 <= len(phone.lstrip("+")) <= 15:
        p.add("phone", "A phone number has 7 to 15 digits.")
    if customer.email and not _EMAIL.match(customer.email.strip()):
        p.add("email", "This is not an e-mail address.")
    if customer.employed_since and customer.employed_since > today:
        p.add("employed_since", "The employment start is in the future.")
    if customer.total_employment_months is not None and customer.total_employment_months < 0:
        p.add("total_employment_months", "Months of employment cannot be negative.")
    if customer.net_monthly_income is not None and customer.net_monthly_income.is_negative():
        p.add("net_monthly_income", "Income cannot be negative.")
    currencies = {m.currency for m in [customer.net_monthly_income] if m is not None}
    for i, ob in enumerate(customer.obligations):
        amount = ob.credit_limit if ob.kind is ObligationKind.OVERDRAFT else ob.monthly_payment
        if amount is None or amount.is_negative():
            if ob.kind is ObligationKind.OVERDRAFT:
                p.add(f"obligations[{i}]", "Obligation {number}: enter its limit.", number=i + 1)
            else:
                p.add(f"obligations[{i}]", "Obligation {number}: enter its monthly payment.",
                      number=i + 1)
        currencies |= {m.currency for m in (ob.monthly_payment, ob.credit_limit) if m is not None}
    # The burden is weighed against income: one currency, or a rate is needed
    # (credit applications convert foreign-currency debts at a dated rate).
    if len(currencies) > 1:
        p.add("obligations", "Enter income and obligations in one currency.")
    # Personal data is kept only with the customer's consent (APPI, 152-FZ, PIPL).
    if customer.consent_given_on is None:
        p.add("consent_given_on", "Record the customer's consent to keep personal data.")
    elif customer.consent_given_on > today:
        p.add("consent_given_on", "The consent date is in the future.")
    if customer.consent_given_on is not None and not customer.consent_form_ref.strip():
        p.add("consent_form_ref", "Enter the number or scan reference of the signed consent form.")
    p.raise_if_any()
