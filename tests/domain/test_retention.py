"""Retention rules with worked dates: when a customer's personal data falls
due for erasure, why, and when it never does."""

from datetime import date

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.retention import (
    DEFAULT_MONTHS,
    Consent,
    ConsentState,
    CustomerActivity,
    ErasureReason,
    RetentionPolicies,
    add_months,
    due_for_erasure,
    erased_marker,
    erasure_due,
    last_use,
    validate_consent,
    validate_erasure_reason,
    validate_policies,
    withdraw,
)

POLICIES = RetentionPolicies()


def activity(*days, citizenship="JP", **changes) -> CustomerActivity:
    return CustomerActivity(customer_id=changes.pop("customer_id", "c1"), citizenship=citizenship,
                            activity=tuple(days), **changes)


def test_the_defaults_and_their_order():
    # FTC: two years; RU and CN: the 3-year limitation period; JP: 5 years.
    assert DEFAULT_MONTHS == {"JP": 60, "RU": 36, "CN": 36, "other": 24}
    assert POLICIES.policy("RU").basis.startswith("152-FZ")
    assert POLICIES.policy("other").basis == "16 CFR 314.4(c)(6)(i)"
    assert POLICIES.policy("XX").jurisdiction == "other"


def test_months_are_added_on_the_calendar():
    assert add_months(date(2024, 3, 15), 24) == date(2026, 3, 15)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)   # leap year
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 2, 29), 36) == date(2027, 2, 28)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert add_months(date(2026, 5, 20), -24) == date(2024, 5, 20)


def test_last_use_is_the_latest_activity():
    assert last_use([date(2022, 1, 5), None, date(2023, 7, 1), date(2021, 2, 2)]) == date(2023, 7, 1)
    with pytest.raises(ValueError):
        last_use([None])


def test_the_branch_country_decides_else_the_customer_s_citizenship():
    assert RetentionPolicies().jurisdiction("RU") == "RU"
    assert RetentionPolicies().jurisdiction("US") == "other"
    assert RetentionPolicies().jurisdiction("") == "other"
    # A Russian citizen at a Tokyo dealer: Japanese law, the branch's.
    assert RetentionPolicies(branch_country="JP").jurisdiction("RU") == "JP"
    assert RetentionPolicies(branch_country="DE").jurisdiction("JP") == "other"


def test_a_russian_customer_is_due_36_months_after_the_last_payment():
    # Intake 2021-06-01, last payment 2023-03-15 (loan paid off): due 2026-03-15.
    record = activity(date(2021, 6, 1), date(2023, 3, 15), citizenship="RU")
    due, reason, notice = erasure_due(record, POLICIES)
    assert (due, reason) == (date(2026, 3, 15), ErasureReason.RETENTION_ENDED)
    assert notice.values["months"] == 36 and "152-FZ" in notice.render()
    assert due_for_erasure([record], date(2026, 3, 14), POLICIES) == []
    [candidate] = due_for_erasure([record], date(2026, 3, 15), POLICIES)
    assert candidate.last_use == date(2023, 3, 15) and candidate.jurisdiction == "RU"


def test_a_us_customer_follows_the_ftc_two_years():
    record = activity(date(2024, 5, 20), citizenship="US")
    assert erasure_due(record, POLICIES)[0] == date(2026, 5, 20)
    assert due_for_erasure([record], date(2026, 5, 19), POLICIES) == []
    assert len(due_for_erasure([record], date(2026, 5, 20), POLICIES)) == 1


def test_a_japanese_customer_waits_five_years_unless_the_branch_sets_less():
    record = activity(date(2021, 11, 20))
    assert erasure_due(record, POLICIES)[0] == date(2026, 11, 20)
    shorter = RetentionPolicies(months={**DEFAULT_MONTHS, "JP": 24})
    assert erasure_due(record, shorter)[0] == date(2023, 11, 20)


def test_an_open_loan_or_an_unfinished_release_keeps_the_data_whatever_the_dates():
    old = (date(2010, 1, 1),)
    assert erasure_due(activity(*old, open_loans=1), POLICIES) is None
    assert erasure_due(activity(*old, open_releases=1), POLICIES) is None
    # Even with consent withdrawn: the contract is still being performed.
    withdrawn = activity(*old, open_loans=1, consent=ConsentState.WITHDRAWN,
                         consent_withdrawn_on=date(2026, 1, 1))
    assert due_for_erasure([withdrawn], date(2030, 1, 1), POLICIES) == []


def test_withdrawn_consent_brings_the_date_forward_to_30_days():
    # Last used 2026-02-01 (RU: would be kept to 2029-02-01); withdrawn 2026-03-10.
    record = activity(date(2026, 2, 1), citizenship="RU", consent=ConsentState.WITHDRAWN,
                      consent_withdrawn_on=date(2026, 3, 10))
    due, reason, notice = erasure_due(record, POLICIES)
    assert (due, reason) == (date(2026, 4, 9), ErasureReason.CONSENT_WITHDRAWN)
    assert "2026-03-10" in notice.render()
    assert due_for_erasure([record], date(2026, 4, 8), POLICIES) == []
    assert due_for_erasure([record], date(2026, 4, 9), POLICIES)[0].reason is ErasureReason.CONSENT_WITHDRAWN


def test_a_withdrawal_after_the_period_ended_keeps_the_earlier_date():
    record = activity(date(2020, 1, 10), citizenship="US", consent=ConsentState.WITHDRAWN,
                      consent_withdrawn_on=date(2026, 3, 1))
    assert erasure_due(record, POLICIES)[:2] == (date(2022, 1, 10), ErasureReason.RETENTION_ENDED)


def test_no_consent_on_file_is_due_at_once():
    record = activity(date(2026, 11, 1), consent=ConsentState.NONE)
    due, reason, _ = erasure_due(record, POLICIES)
    assert (due, reason) == (date(2026, 11, 1), ErasureReason.NO_CONSENT)
    assert due_for_erasure([record], date(2026, 11, 20), POLICIES)[0].reason is ErasureReason.NO_CONSENT


def test_the_list_is_longest_overdue_first():
    records = [activity(date(2023, 1, 1), citizenship="US", customer_id="b"),
               activity(date(2022, 1, 1), citizenship="US", customer_id="a"),
               activity(date(2026, 1, 1), citizenship="US", customer_id="c")]
    assert [c.customer_id for c in due_for_erasure(records, date(2026, 11, 20), POLICIES)] == ["a", "b"]


def test_policies_round_trip_and_are_checked():
    p = RetentionPolicies(branch_country="RU", months={**DEFAULT_MONTHS, "RU": 60}, withdrawal_days=10)
    assert RetentionPolicies.from_json_dict(p.to_json_dict()) == p
    assert RetentionPolicies.from_json_dict({}) == RetentionPolicies()
    validate_policies(p)
    with pytest.raises(ValidationError) as e:
        validate_policies(RetentionPolicies(branch_country="russia",
                                            months={**DEFAULT_MONTHS, "CN": 0}, withdrawal_days=45))
    assert set(e.value.fields) == {"branch_country", "months[CN]", "withdrawal_days"}


def test_consent_needs_its_purpose_and_its_signed_form():
    consent = Consent("k1", "c1", date(2026, 4, 12), "credit application", "F-2026-0415")
    validate_consent(consent, date(2026, 4, 12))
    with pytest.raises(ValidationError) as e:
        validate_consent(Consent("k1", "c1", date(2026, 4, 13), " ", ""), date(2026, 4, 12))
    assert set(e.value.fields) == {"given_on", "purpose", "form_ref"}


def test_withdrawal_dates_are_checked():
    consent = Consent("k1", "c1", date(2026, 4, 12), "credit application", "F-1")
    assert withdraw(consent, date(2026, 5, 1), date(2026, 5, 2)).withdrawn_on == date(2026, 5, 1)
    assert not withdraw(consent, date(2026, 5, 1), date(2026, 5, 2)).active
    with pytest.raises(ValidationError):
        withdraw(consent, date(2026, 5, 3), date(2026, 5, 2))   # in the future
    with pytest.raises(ValidationError):
        withdraw(consent, date(2026, 4, 11), date(2026, 5, 2))  # before it was given


def test_the_erased_marker_uses_the_random_end_of_the_id():
    assert erased_marker("01938f2e-7c1a-7d3e-9b2a-4f5e6d7c8b9a") == "ERASED-6D7C8B9A"


def test_a_reason_must_not_name_the_customer():
    personal = ("Иванов Сергей", "+7 916 123-45-67", "4510 123456")
    validate_erasure_reason("Retention period ended (152-FZ art. 5(7))", personal)
    for reason in ("", "   ", "Request of иванов сергей", "call +7 916 123-45-67", "doc 4510 123456"):
        with pytest.raises(ValidationError):
            validate_erasure_reason(reason, personal)
