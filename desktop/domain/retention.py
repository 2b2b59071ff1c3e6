"""Consent and retention: on what ground the desk keeps a customer's personal
data, for how long, and who is past that time and due for erasure.

The rules, in the order the desk applies them:

1. Personal data is kept only with the customer's consent (recorded at
   intake: the date, the purpose and the signed form). Consent withdrawn, the
   data goes within ``withdrawal_days`` (152-FZ art. 21(5): 30 days); no
   consent on file at all, it goes now.
2. Otherwise it is kept for a period after its *last use* (the last day it
   served a sale, a loan, a payment, a payoff, a release or a document), set
   per country in the settings (defaults below, each with its legal basis).
3. Never while the purpose lasts: a customer with a loan not paid off or a
   lien release not finished is never due, whatever the dates say (152-FZ
   art. 6(1)(5) and art. 21(5): a contract still being performed; APPI art. 22
   and PIPL art. 47 speak of data *no longer needed*).

Erasure keeps the money records (loans, payments, lenders' letters, releases)
anonymised: accounting law wants them far longer than personal data may be
kept (RU 402-FZ art. 29: 5 years; CN 会计档案管理办法: 30 years for vouchers;
JP 法人税法: 7 years), and once they point to an anonymised customer they
are no longer personal data.

Pure rules: no clock, no SQL. Dates come in as arguments.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Iterable

from desktop.domain.errors import Problems, ValidationError
from desktop.domain.notices import Notice

OTHER = "other"
JURISDICTIONS = ("JP", "RU", "CN", OTHER)

# Months after the last use. Defaults only: the branch manager (or whoever
# holds MANAGE_SETTINGS) sets the branch's own periods in the settings, and a
# business with a longer legal duty (a real-estate broker under AML law, say)
# must set a longer one.
DEFAULT_MONTHS: dict[str, int] = {
    # Japan, APPI art. 22: personal data is deleted "without delay" once no
    # longer needed; the law names no period. The file stays needed while a
    # claim on the sale or loan can still be made: Civil Code art. 166(1)(i),
    # 5 years from when the claimant knew of it. Also 5 years for a
    # 宅建業者's business book (宅建業法 art. 49, 施行規則 art. 18(3)); a
    # used-car dealer's trade-in book (古物営業法 art. 18) is 3 years. Real-estate
    # brokers keep identity-verification records 7 years after the deal
    # (犯罪収益移転防止法 art. 6): set 84 months.
    "JP": 60,
    # Russia, 152-FZ art. 5(7): kept no longer than the purpose requires,
    # destroyed once it is met (art. 21(7): within 30 days). The purpose of a
    # sale or loan file lasts while claims on it can be brought: the general
    # limitation period, Civil Code art. 196, is 3 years. Accounting documents
    # (402-FZ art. 29, 5 years) are the money records, kept anonymised.
    # Brokers under 115-FZ (art. 7(4)) keep identification data 5 years after
    # the relationship ends: set 60 months.
    "RU": 36,
    # China, PIPL art. 19: the shortest period the purpose needs; art. 47(1):
    # delete once the purpose is met or the period is over. The law names no
    # period; the general limitation period for claims is 3 years (Civil Code
    # art. 188).
    "CN": 36,
    # Elsewhere, the US FTC Safeguards Rule (16 CFR 314.4(c)(6)(i)): dispose of
    # customer information no later than two years after it was last used to
    # provide a product or service, unless still needed or required by law.
    OTHER: 24,
}

# Short citations: printed on the erasure list and on the destruction record.
BASIS: dict[str, str] = {
    "JP": "APPI art. 22",
    "RU": "152-FZ art. 5(7), art. 21(7)",
    "CN": "PIPL art. 19, art. 47",
    OTHER: "16 CFR 314.4(c)(6)(i)",
}

# 152-FZ art. 21(5): consent withdrawn, the data is destroyed within 30 days.
WITHDRAWAL_DAYS = 30

MIN_MONTHS, MAX_MONTHS = 1, 360


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# -- the policies, as kept in the settings --------------------------------------


@dataclass(frozen=True)
class RetentionPolicy:
    jurisdiction: str  # "JP", "RU", "CN" or "other"
    months: int        # kept this long after the last use
    basis: str         # the law, in short


@dataclass(frozen=True)
class RetentionPolicies:
    """The retention settings of the branch."""

    # The branch's country decides which law applies (the operator's, not the
    # customer's citizenship). Empty: not set, and each customer's citizenship
    # stands in for it, which is right for a branch that serves its own country.
    branch_country: str = ""
    months: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_MONTHS))
    withdrawal_days: int = WITHDRAWAL_DAYS

    def jurisdiction(self, citizenship: str = "") -> str:
        country = (self.branch_country or citizenship or "").strip().upper()
        return country if country in JURISDICTIONS else OTHER

    def policy(self, jurisdiction: str) -> RetentionPolicy:
        key = jurisdiction if jurisdiction in JURISDICTIONS else OTHER
        return RetentionPolicy(key, self.months.get(key, DEFAULT_MONTHS[key]), BASIS[key])

    def to_json_dict(self) -> dict:
        return {"branch_country": self.branch_country, "months": dict(self.months),
                "withdrawal_days": self.withdrawal_days}

    @classmethod
    def from_json_dict(cls, data: dict) -> "RetentionPolicies":
        months = dict(DEFAULT_MONTHS)
        months.update({k: int(v) for k, v in (data.get("months") or {}).items() if k in JURISDICTIONS})
        return cls(branch_country=str(data.get("branch_country", "")), months=months,
                   withdrawal_days=int(data.get("withdrawal_days", WITHDRAWAL_DAYS)))


def validate_policies(policies: RetentionPolicies) -> None:
    p = Problems()
    country = policies.branch_country
    if country and (len(country) != 2 or not country.isascii() or not country.isupper()):
        p.add("branch_country", "Use a two-letter country code, such as JP, RU or CN.")
    for key in JURISDICTIONS:
        months = policies.months.get(key, DEFAULT_MONTHS[key])
        if not MIN_MONTHS <= months <= MAX_MONTHS:
            p.add(f"months[{key}]", "Between {least} and {most} months.",
                  least=MIN_MONTHS, most=MAX_MONTHS)
    unknown = set(policies.months) - set(JURISDICTIONS)
    if unknown:
        p.add("months", "Periods are set for JP, RU, CN and other countries only.")
    if not 0 <= policies.withdrawal_days <= 30:
        # 152-FZ art. 21(5) allows no more than 30 days.
        p.add("withdrawal_days", "Between 0 and 30 days.")
    p.raise_if_any()


# -- consent --------------------------------------------------------------------


@dataclass(frozen=True)
class Consent:
    """A consent to keep and use personal data, as signed by the customer."""

    id: str
    customer_id: str
    given_on: date
    purpose: str                 # what the data is used for: "credit application", "trade-in"
    form_ref: str                # the signed form: its number or the reference of its scan
    withdrawn_on: date | None = None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


def validate_consent(consent: Consent, today: date) -> None:
    p = Problems()
    if consent.given_on > today:
        p.add("given_on", "The consent date is in the future.")
    if not consent.purpose.strip():
        p.add("purpose", "Enter what the customer consented to (the purpose).")
    if not consent.form_ref.strip():
        p.add("form_ref", "Enter the number or scan reference of the signed consent form.")
    p.raise_if_any()


def withdraw(consent: Consent, on: date, today: date) -> Consent:
    """The consent withdrawn on a day; refused for a day in the future or
    before the consent was given."""
    if on > today:
        raise ValidationError.single("withdrawn_on", "The withdrawal date is in the future.")
    if on < consent.given_on:
        raise ValidationError.single("withdrawn_on", "The withdrawal is before the consent was given.")
    return replace(consent, withdrawn_on=on)


# -- who is due for erasure ---------------------------------------------------------


class ConsentState(StrEnum):
    GIVEN = "given"          # at least one consent in force
    WITHDRAWN = "withdrawn"  # every consent withdrawn
    NONE = "none"            # no consent on file at all


@dataclass(frozen=True)
class CustomerActivity:
    """What the retention rules need to know of one customer."""

    customer_id: str
    citizenship: str
    # Every day the data was used for a service: intake and changes, loans
    # paid out, payments, lenders' letters, releases, documents issued.
    # Looking at the file or exporting a copy for the customer is not a use.
    activity: tuple[date, ...]
    open_loans: int = 0          # loans not paid off (active, called, subrogated)
    open_releases: int = 0       # lien releases not finished
    consent: ConsentState = ConsentState.GIVEN
    consent_withdrawn_on: date | None = None  # the last withdrawal, when none is in force
    label: str = ""              # how the erasure list shows the customer

    @property
    def business_open(self) -> bool:
        return self.open_loans > 0 or self.open_releases > 0


class ErasureReason(StrEnum):
    RETENTION_ENDED = "retention_ended"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    NO_CONSENT = "no_consent"


@dataclass(frozen=True)
class ErasureCandidate:
    customer_id: str
    label: str
    jurisdiction: str
    last_use: date
    due_on: date
    reason: ErasureReason
    notice: Notice           # the reason in words, for the list and the destruction record
    policy: RetentionPolicy


def last_use(dates: Iterable[date | None]) -> date:
    """The last day the data was used: the latest of the activity dates."""
    known = [d for d in dates if d is not None]
    if not known:
        raise ValueError("a customer has at least one activity date (the intake)")
    return max(known)


def erasure_due(record: CustomerActivity, policies: RetentionPolicies
                ) -> tuple[date, ErasureReason, Notice] | None:
    """When the customer's personal data falls due for erasure, and why;
    None while business with them is open (the purpose lasts)."""
    if record.business_open:
        return None
    used = last_use(record.activity)
    if record.consent is ConsentState.NONE:
        return used, ErasureReason.NO_CONSENT, Notice(
            "No consent to keep personal data is on file (last used on {last_use}).",
            {"last_use": used})
    policy = policies.policy(policies.jurisdiction(record.citizenship))
    due = add_months(used, policy.months)
    found = (due, ErasureReason.RETENTION_ENDED, Notice(
        "Last used on {last_use}; the retention period of {months} months ({basis}) "
        "ended on {due_on}.",
        {"last_use": used, "months": policy.months, "basis": policy.basis, "due_on": due}))
    if record.consent is ConsentState.WITHDRAWN and record.consent_withdrawn_on is not None:
        by = record.consent_withdrawn_on + timedelta(days=policies.withdrawal_days)
        if by < due:
            return by, ErasureReason.CONSENT_WITHDRAWN, Notice(
                "Consent withdrawn on {withdrawn_on}: the data is destroyed within {days} days, "
                "by {due_on}.",
                {"withdrawn_on": record.consent_withdrawn_on, "days": policies.withdrawal_days,
                 "due_on": by})
    return found


def due_for_erasure(records: Iterable[CustomerActivity], today: date,
                    policies: RetentionPolicies) -> list[ErasureCandidate]:
    """Customers whose personal data is due for erasure on ``today``, the
    longest overdue first. Listing is all this does: a person erases."""
    found = []
    for record in records:
        due = erasure_due(record, policies)
        if due is None or due[0] > today:
            continue
        day, reason, notice = due
        jurisdiction = policies.jurisdiction(record.citizenship)
        found.append(ErasureCandidate(
            customer_id=record.customer_id, label=record.label, jurisdiction=jurisdiction,
            last_use=last_use(record.activity), due_on=day, reason=reason, notice=notice,
            policy=policies.policy(jurisdiction)))
    found.sort(key=lambda c: (c.due_on, c.customer_id))
    return found


# -- what erasure destroys ----------------------------------------------------------


class DataCategory(StrEnum):
    """Categories of personal data, as the destruction record lists them."""

    IDENTITY = "identity"                  # names, reading, birth date, sex, citizenship, ID document
    CONTACTS = "contacts"                  # phone, e-mail
    ADDRESS = "address"                    # address, region of registration
    EMPLOYMENT = "employment"              # employer, position, employment dates
    INCOME = "income"
    OBLIGATIONS = "obligations"            # debts to other creditors
    VEHICLES = "vehicles"                  # VIN, plate, make, model, registered owner
    PROPERTIES = "properties"              # address and particulars of a property
    LOAN_ACCOUNTS = "loan_accounts"        # the lenders' account numbers
    RELEASE_NOTES = "release_notes"        # free-text notes on lien releases
    CONSENT_FORMS = "consent_forms"        # references of the signed consent forms
    ISSUED_DOCUMENTS = "issued_documents"  # the stored copies of documents issued
    SEARCH_INDEX = "search_index"


ERASURE_METHOD = "database_overwrite"  # see desktop/services/privacy.py


def erased_marker(customer_id: str) -> str:
    """What stands in for the name of an erased customer: ERASED- and the
    last 8 characters of the id (the random part of a UUIDv7)."""
    return "ERASED-" + customer_id.replace("-", "")[-8:].upper()


@dataclass(frozen=True)
class DestructionRecord:
    """The record (акт) of one erasure. It holds no personal data: the
    customer is named by the internal reference only."""

    id: str
    erased_at: datetime      # aware
    erased_by: str           # the user who erased
    customer_ref: str        # the erased customer's id: the row stays, anonymised
    reason: str
    categories: tuple[DataCategory, ...]
    method: str
    record_count: int        # rows overwritten or deleted
    created_at: datetime     # when this record was written
    document_id: str | None = None  # the printed record in the register of documents
    sha256: str | None = None       # of that PDF
    kept: dict[str, int] = field(default_factory=dict)  # money records kept anonymised, by kind
    audit_seq: int | None = None    # the audit-trail entry of the erasure

    @property
    def marker(self) -> str:
        return erased_marker(self.customer_ref)


def validate_erasure_reason(reason: str, personal_values: Iterable[str]) -> None:
    """A reason is required and must not name the person: the destruction
    record outlives the data it records."""
    text = " ".join(reason.split())
    if not text:
        raise ValidationError.single("reason", "Enter why the data is erased (the legal ground).")
    folded = text.casefold()
    for value in personal_values:
        value = " ".join(value.split()).casefold()
        if len(value) >= 3 and value in folded:
            raise ValidationError.single(
                "reason", "The reason must not contain the customer's name, phone or document number.")
