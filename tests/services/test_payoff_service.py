"""Lender payoff letters recorded at the desk, and the figure used on a day."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.loans import PaymentMade, build_schedule
from desktop.domain.money import Money
from desktop.domain.payoffs import LenderQuote, PayoffSource
from desktop.domain.settings import DeskSettings
from desktop.store import audit

TODAY = date(2026, 4, 12)  # the test clock's day in Tokyo


def jpy(minor: int) -> Money:
    return Money(minor, "JPY")


@pytest.fixture
def paid_up_loan(car_loan, loans):
    """The balloon car loan with its 24 installments due by 2026-03-27 paid.

    The desk's estimate for 2026-04-12: principal 1,806,515 after the 24th
    installment, + interest for 16 days since 03-27:
    1,806,515 × 0.049 × 16 / 365 = 3,880.2 → 3,880; total 1,810,395 JPY.
    Per diem: 1,806,515 × 0.049 / 365 = 242.5 → 243 JPY.
    """
    _, _, _, loan = car_loan
    for row in build_schedule(loan.terms).installments[:24]:
        loans.record_payment(loan.id, PaymentMade(row.due_date, row.payment))
    return loan


def letter(loan_id: str, **changes) -> LenderQuote:
    base = dict(id="", loan_id=loan_id, reference="TF-2026-0456", amount=jpy(1_810_700),
                good_through=date(2026, 4, 20), per_diem=jpy(245), received_on=date(2026, 4, 10),
                received_by="")
    return LenderQuote(**{**base, **changes})


def test_the_estimate_for_the_paid_up_loan(paid_up_loan, payoffs):
    estimate = payoffs.quote(paid_up_loan.id, TODAY)
    assert estimate.total == jpy(1_810_395)
    assert estimate.per_diem == jpy(243)


def test_a_letter_is_recorded_with_a_new_id_the_clerk_and_an_audit_row(paid_up_loan, payoffs,
                                                                       audit_rows):
    stored = payoffs.record_lender_quote(letter(paid_up_loan.id, id="typed"))

    assert uuid.UUID(stored.id).version == 7
    assert stored.received_by == "sato"  # left empty: the clerk signed in
    assert payoffs.lender_quotes(paid_up_loan.id) == [stored]
    row = audit_rows()[-1]
    assert (row["actor"], row["action"], row["entity"], row["entity_id"]) == (
        "sato", "lender_quote.record", "lender_quote", stored.id)
    assert row["after"]["amount"] == {"minor": 1_810_700, "currency": "JPY"}
    assert row["after"]["good_through"] == "2026-04-20"
    # Taken in by someone else, as written on the letter's stamp.
    other = payoffs.record_lender_quote(letter(paid_up_loan.id, received_by=" tanaka "))
    assert other.received_by == "tanaka"


def test_letters_are_listed_newest_first(paid_up_loan, payoffs):
    old = payoffs.record_lender_quote(letter(paid_up_loan.id, reference="A", received_on=date(2026, 4, 1),
                                             good_through=date(2026, 4, 5)))
    new = payoffs.record_lender_quote(letter(paid_up_loan.id, reference="B"))
    older = payoffs.record_lender_quote(letter(paid_up_loan.id, reference="C",
                                               received_on=date(2026, 3, 30),
                                               good_through=date(2026, 4, 3)))
    assert [q.reference for q in payoffs.lender_quotes(paid_up_loan.id)] == ["B", "A", "C"]
    assert payoffs.lender_quotes(paid_up_loan.id) == [new, old, older]


@pytest.mark.parametrize(("changes", "fields"), [
    ({"reference": ""}, ("reference",)),
    ({"amount": Money.of("18107.00", "USD"), "per_diem": Money.of("2.45", "USD")}, ("amount", "per_diem")),
    ({"per_diem": jpy(-1)}, ("per_diem",)),
    ({"received_on": date(2026, 4, 13), "good_through": date(2026, 4, 20)}, ("received_on",)),
    ({"good_through": date(2026, 4, 9)}, ("good_through",)),
])
def test_a_wrong_letter_names_its_field_and_is_not_written(paid_up_loan, payoffs, table_counts,
                                                          changes, fields):
    written = table_counts()
    with pytest.raises(ValidationError) as raised:
        payoffs.record_lender_quote(letter(paid_up_loan.id, **changes))
    assert raised.value.fields == fields
    assert table_counts() == written


def test_a_letter_for_an_unknown_loan_is_not_found(payoffs, table_counts):
    written = table_counts()
    with pytest.raises(NotFound):
        payoffs.record_lender_quote(letter("no-such-loan"))
    assert table_counts() == written


def test_without_a_letter_the_payoff_is_the_estimate(paid_up_loan, payoffs):
    figure = payoffs.payoff_on(paid_up_loan.id, TODAY)
    assert figure.source is PayoffSource.ESTIMATE
    assert figure.estimate == payoffs.quote(paid_up_loan.id, TODAY)
    assert figure.amount == jpy(1_810_395)
    assert figure.warnings == ()


def test_a_recorded_letter_is_the_payoff_used(paid_up_loan, payoffs):
    stored = payoffs.record_lender_quote(letter(paid_up_loan.id))
    figure = payoffs.payoff_on(paid_up_loan.id, TODAY)
    assert figure.source is PayoffSource.LENDER_QUOTE
    assert figure.lender_quote == stored
    assert figure.amount == jpy(1_810_700)
    assert figure.gap == jpy(305)  # 1,810,700 − 1,810,395: within the default 1,000 JPY
    assert not figure.gap_exceeds_tolerance
    assert figure.warnings == ()


def test_an_expired_letter_is_extended_by_its_per_diem_and_says_so(paid_up_loan, payoffs):
    # Received 04-01, good through 04-05; used on 04-12: 7 days × 245 = 1,715,
    # 1,808,600 + 1,715 = 1,810,315.
    stored = payoffs.record_lender_quote(letter(paid_up_loan.id, reference="TF-2026-0399",
                                                amount=jpy(1_808_600), received_on=date(2026, 4, 1),
                                                good_through=date(2026, 4, 5)))
    figure = payoffs.payoff_on(paid_up_loan.id, TODAY)
    assert figure.source is PayoffSource.EXTENDED_QUOTE
    assert figure.lender_quote == stored
    assert figure.days_extended == 7
    assert figure.amount == jpy(1_810_315)
    assert figure.gap == jpy(-80)  # 1,810,315 − 1,810,395
    [warning] = figure.warnings
    assert warning.values == {"reference": "TF-2026-0399", "good_through": date(2026, 4, 5),
                              "days": 7, "per_diem": jpy(245)}


def test_a_later_day_extends_the_letter_and_the_estimate_alike(paid_up_loan, payoffs):
    payoffs.record_lender_quote(letter(paid_up_loan.id))
    # On 04-23 the letter (good through 04-20) is 3 days × 245 = 735 past:
    # 1,810,700 + 735 = 1,811,435.
    figure = payoffs.payoff_on(paid_up_loan.id, date(2026, 4, 23))
    assert (figure.source, figure.amount) == (PayoffSource.EXTENDED_QUOTE, jpy(1_811_435))
    assert figure.estimate.good_through == date(2026, 4, 23)


def test_the_gap_tolerance_comes_from_the_settings(paid_up_loan, payoffs, settings):
    payoffs.record_lender_quote(letter(paid_up_loan.id))
    settings.update(DeskSettings(quote_gap_minor={"JPY": 300}))
    figure = payoffs.payoff_on(paid_up_loan.id, TODAY)
    assert figure.gap == jpy(305)  # beyond 300 JPY now
    assert figure.gap_exceeds_tolerance
    [warning] = figure.warnings
    assert warning.values == {"gap": jpy(305)}


def test_a_payoff_figure_is_never_for_a_past_day(paid_up_loan, payoffs):
    with pytest.raises(ValidationError) as raised:
        payoffs.payoff_on(paid_up_loan.id, date(2026, 4, 11))
    assert raised.value.fields == ("good_through",)


def test_the_payoff_of_an_unknown_loan_is_not_found(payoffs):
    with pytest.raises(NotFound):
        payoffs.payoff_on("no-such-loan", TODAY)
    assert payoffs.lender_quotes("no-such-loan") == []


def test_a_letter_and_its_audit_row_are_written_together(paid_up_loan, payoffs, monkeypatch,
                                                         table_counts):
    written = table_counts()

    def failing_append(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(audit, "append", failing_append)
    with pytest.raises(OSError):
        payoffs.record_lender_quote(letter(paid_up_loan.id))
    assert table_counts() == written
    assert payoffs.lender_quotes(paid_up_loan.id) == []
