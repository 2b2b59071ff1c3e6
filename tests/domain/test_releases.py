"""Lien releases after a sale: stages, due dates, validation, the overdue list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.money import Money
from desktop.domain.releases import (
    LienRelease,
    OverdueItem,
    OverdueStep,
    ReleaseRules,
    ReleaseStage,
    overdue,
    validate_release,
)

RULES = ReleaseRules(payoff_sent_within_days=10, release_within_days=21)
SOLD = date(2026, 11, 2)


def release(**changes) -> LienRelease:
    return replace(LienRelease(id="r1", loan_id="loan1", sale_on=SOLD), **changes)


SENT = dict(sent_on=date(2026, 11, 10), sent_amount=Money(1_482_500, "JPY"),
            sent_method="bank transfer", sent_reference="FX-0001")


def test_the_stage_follows_the_dates_recorded():
    assert release().stage is ReleaseStage.AWAITING_PAYOFF
    assert release(**SENT).stage is ReleaseStage.PAYOFF_SENT
    assert release(**SENT, confirmed_on=date(2026, 11, 12)).stage is ReleaseStage.LENDER_CONFIRMED
    assert release(**SENT, confirmed_on=date(2026, 11, 12),
                   released_on=date(2026, 11, 19)).stage is ReleaseStage.RELEASED
    # Released without a confirmation on file: released all the same.
    assert release(**SENT, released_on=date(2026, 11, 19)).stage is ReleaseStage.RELEASED


def test_the_default_rules_are_ten_and_twenty_one_days():
    assert ReleaseRules() == RULES


def test_the_payoff_is_due_ten_days_after_the_sale():
    # Sold 2026-11-02 + 10 days = 2026-11-12.
    assert release().payoff_due_on(RULES) == date(2026, 11, 12)


def test_a_payoff_not_sent_by_its_due_date_is_overdue_the_day_after():
    r = release()
    assert overdue([r], date(2026, 11, 12), RULES) == []  # due today: not late yet
    assert overdue([r], date(2026, 11, 13), RULES) == [
        OverdueItem(r, OverdueStep.PAYOFF_NOT_SENT, date(2026, 11, 12), 1)
    ]


def test_the_release_is_due_twenty_one_days_after_the_payoff_was_sent():
    # Sent 2026-11-10 + 21 days = 2026-12-01.
    r = release(**SENT)
    assert r.release_due_on(RULES) == date(2026, 12, 1)
    assert overdue([r], date(2026, 12, 1), RULES) == []
    assert overdue([r], date(2026, 12, 4), RULES) == [
        OverdueItem(r, OverdueStep.RELEASE_NOT_RECEIVED, date(2026, 12, 1), 3)  # 12-04 − 12-01
    ]
    # A confirmation does not stop the clock: the documents are what count.
    confirmed = release(**SENT, confirmed_on=date(2026, 11, 12))
    assert [i.step for i in overdue([confirmed], date(2026, 12, 4), RULES)] == [
        OverdueStep.RELEASE_NOT_RECEIVED]


def test_before_the_payoff_goes_out_the_release_is_counted_from_its_due_date():
    # Payoff due 11-12 + 21 days = 12-03.
    assert release().release_due_on(RULES) == date(2026, 12, 3)


def test_other_rules_move_the_due_dates():
    rules = ReleaseRules(payoff_sent_within_days=5, release_within_days=14)
    assert release().payoff_due_on(rules) == date(2026, 11, 7)      # 11-02 + 5
    assert release(**SENT).release_due_on(rules) == date(2026, 11, 24)  # 11-10 + 14


def test_a_released_lien_is_never_overdue():
    done = release(**SENT, released_on=date(2026, 12, 20))  # 19 days late, but done
    assert overdue([done], date(2027, 1, 31), RULES) == []


def test_the_overdue_list_puts_the_most_late_first_then_the_earliest_sale():
    today = date(2026, 12, 10)
    a = release(id="a", sale_on=date(2026, 11, 20))   # payoff due 11-30: 10 days late
    b = release(id="b", **SENT)                        # release due 12-01: 9 days late
    c = release(id="c", sale_on=date(2026, 11, 18), **{**SENT, "sent_on": date(2026, 11, 19)})
    # c: release due 11-19 + 21 = 12-10: due today, not late
    d = release(id="d", sale_on=date(2026, 11, 1))     # payoff due 11-11: 29 days late
    e = release(id="e", sale_on=date(2026, 11, 19))    # payoff due 11-29: 11 days late
    f = release(id="f", sale_on=date(2026, 11, 10), **SENT)
    # f: sent 11-10, release due 12-01: 9 days late, like b, but sold later
    items = overdue([a, b, c, d, e, f], today, RULES)
    assert [(i.release.id, i.days_late) for i in items] == [
        ("d", 29), ("e", 11), ("a", 10), ("b", 9), ("f", 9)]


def test_a_valid_release_passes_validation_at_each_stage():
    today = date(2026, 11, 20)
    for r in (release(), release(**SENT), release(**SENT, confirmed_on=date(2026, 11, 10)),
              release(**SENT, confirmed_on=date(2026, 11, 12), released_on=date(2026, 11, 20),
                      documents_received=("譲渡証明書", "委任状"))):
        validate_release(r, "JPY", today)


@pytest.mark.parametrize(("changes", "fields"), [
    ({"sale_on": date(2026, 11, 21)}, ("sale_on",)),
    ({**SENT, "sent_on": date(2026, 11, 21)}, ("sent_on",)),
    ({**SENT, "confirmed_on": date(2026, 11, 21)}, ("confirmed_on",)),
    ({**SENT, "released_on": date(2026, 11, 21)}, ("released_on",)),
    ({"confirmed_on": date(2026, 11, 12)}, ("sent_on",)),
    ({"released_on": date(2026, 11, 12)}, ("sent_on",)),
    ({**SENT, "sent_amount": None}, ("sent_amount",)),
    ({**SENT, "sent_amount": Money(0, "JPY")}, ("sent_amount",)),
    ({**SENT, "sent_amount": Money(-100, "JPY")}, ("sent_amount",)),
    ({**SENT, "sent_amount": Money(1_482_500, "RUB")}, ("sent_amount",)),
    ({**SENT, "confirmed_on": date(2026, 11, 9)}, ("confirmed_on",)),
    ({**SENT, "released_on": date(2026, 11, 9)}, ("released_on",)),
    ({**SENT, "confirmed_on": date(2026, 11, 9), "released_on": date(2026, 11, 8)},
     ("confirmed_on", "released_on")),
])
def test_each_problem_with_a_release_names_its_field(changes, fields):
    with pytest.raises(ValidationError) as raised:
        validate_release(release(**changes), "JPY", date(2026, 11, 20))
    assert raised.value.fields == fields
