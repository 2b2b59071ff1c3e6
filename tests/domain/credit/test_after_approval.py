"""What follows approval (the book's memo 3–8, 3.4 insurance)."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.credit.after_approval import (
    Cover, FollowUp, FollowUpItem, InsurancePolicy, PolicyProblemKind, RenewalState, after_approval_checklist,
    check_policy, insurance_renewals_due, life_cover_minimum, mark_done, overdue_items, proof_due_on, record_handover,
    registration_due, renewal_pay_by, validate_policy,
)
from desktop.domain.credit.calendar import WorkingCalendar
from desktop.domain.credit.decisions import TransitionRefused
from desktop.domain.errors import ValidationError
from desktop.domain.loans import LoanTerms, RepaymentMethod, build_schedule
from desktop.domain.money import Money

RU = WorkingCalendar("RU")


def rub(amount):
    return Money.of(amount, "RUB")


def policy(cover=Cover.CASCO, **kw):
    values = dict(cover=cover, number="КА-001", insurer="Страх-Ко", sum_insured=rub(1850000),
                  period_start=date(2026, 11, 20), paid_until=date(2027, 11, 19),
                  paid_on=date(2026, 11, 19), bank_is_beneficiary=True,
                  proof_received_on=date(2026, 11, 19))
    values.update(kw)
    return InsurancePolicy(**values)


def kinds(problems):
    return [p.kind for p in problems]


# -- the checklist ----------------------------------------------------------------------------


def test_checklist_for_a_single_borrower_of_a_private_car():
    items = after_approval_checklist(married=False)
    codes = [i.code for i in items]
    assert FollowUp.PASSENGER_ACCIDENT_POLICY not in codes
    assert FollowUp.SPOUSE_CONSENT_OR_SURETY not in codes
    assert codes[:4] == [FollowUp.SALES_CONTRACT, FollowUp.DOWN_PAYMENT_RECEIPT,
                         FollowUp.INVOICE_FOR_BALANCE, FollowUp.VEHICLE_PASSPORT_COPY]
    assert {FollowUp.CASCO_POLICY, FollowUp.OSAGO_POLICY, FollowUp.VOLUNTARY_LIABILITY_POLICY,
            FollowUp.LIFE_POLICY, FollowUp.LOAN_AGREEMENT, FollowUp.PLEDGE_AGREEMENT,
            FollowUp.BANK_PAYS_DEALER, FollowUp.REGISTRATION,
            FollowUp.ORIGINAL_PTS_WITH_BANK} <= set(codes)
    assert all(i.title for i in items)


def test_married_taxi_driver_gets_the_spouse_and_passenger_items():
    codes = [i.code for i in after_approval_checklist(married=True, taxi=True)]
    assert FollowUp.PASSENGER_ACCIDENT_POLICY in codes
    assert FollowUp.SPOUSE_CONSENT_OR_SURETY in codes
    assert len(codes) == len(FollowUp)


def test_the_loan_agreement_waits_for_the_insurance_and_dealer_papers():
    items = after_approval_checklist(married=False)
    with pytest.raises(TransitionRefused) as e:
        mark_done(items, FollowUp.LOAN_AGREEMENT, date(2026, 11, 20))
    assert "КАСКО" in str(e.value) and "Sales contract" in str(e.value)


def test_the_whole_way_in_order():
    day = date(2026, 11, 19)
    items = after_approval_checklist(married=True)
    for code in (FollowUp.SALES_CONTRACT, FollowUp.DOWN_PAYMENT_RECEIPT,
                 FollowUp.INVOICE_FOR_BALANCE, FollowUp.VEHICLE_PASSPORT_COPY,
                 FollowUp.CASCO_POLICY, FollowUp.OSAGO_POLICY,
                 FollowUp.VOLUNTARY_LIABILITY_POLICY, FollowUp.LIFE_POLICY):
        items = mark_done(items, code, day)
    # The agreements may be signed the same day the insurance was paid.
    items = mark_done(items, FollowUp.LOAN_AGREEMENT, day)
    items = mark_done(items, FollowUp.PLEDGE_AGREEMENT, day)
    # The bank pays only once the spouse has consented or signed a surety.
    with pytest.raises(TransitionRefused):
        mark_done(items, FollowUp.BANK_PAYS_DEALER, date(2026, 11, 20))
    items = mark_done(items, FollowUp.SPOUSE_CONSENT_OR_SURETY, day, "notarised consent")
    items = mark_done(items, FollowUp.BANK_PAYS_DEALER, date(2026, 11, 20))
    items = record_handover(items, date(2026, 11, 20), RU, dealer_registered=False)
    registration = next(i for i in items if i.code is FollowUp.REGISTRATION)
    assert registration.done_on is None and registration.due_on == date(2026, 11, 27)
    with pytest.raises(TransitionRefused):
        mark_done(items, FollowUp.ORIGINAL_PTS_WITH_BANK, date(2026, 11, 26))
    assert [i.code for i in overdue_items(items, date(2026, 11, 28))] == [FollowUp.REGISTRATION]
    assert overdue_items(items, date(2026, 11, 27)) == ()
    items = mark_done(items, FollowUp.REGISTRATION, date(2026, 11, 26))
    items = mark_done(items, FollowUp.ORIGINAL_PTS_WITH_BANK, date(2026, 11, 26))
    assert all(i.done_on is not None for i in items)


def test_a_prerequisite_done_later_does_not_count():
    items = after_approval_checklist(married=False)
    items = mark_done(items, FollowUp.SALES_CONTRACT, date(2026, 11, 25))
    with pytest.raises(TransitionRefused):
        mark_done(items, FollowUp.LOAN_AGREEMENT, date(2026, 11, 24))


def test_dealer_registered_the_car():
    items = after_approval_checklist(married=False)
    items = tuple(FollowUpItem(i.code, done_on=date(2026, 11, 19))
                  if i.code not in (FollowUp.HANDOVER_ACT, FollowUp.REGISTRATION,
                                    FollowUp.ORIGINAL_PTS_WITH_BANK) else i for i in items)
    items = record_handover(items, date(2026, 11, 20), RU, dealer_registered=True)
    registration = next(i for i in items if i.code is FollowUp.REGISTRATION)
    assert registration.done_on == date(2026, 11, 20) and registration.due_on is None


def test_registration_within_5_working_days():
    # Handover Fri 20 Nov 2026: Mon 23 (1), 24 (2), 25 (3), 26 (4), Fri 27 (5).
    assert registration_due(date(2026, 11, 20), RU) == date(2026, 11, 27)
    # Handover Fri 30 Oct 2026: Mon 2 Nov (1), 3 (2), [4 Unity Day], 5 (3), 6 (4), Mon 9 (5).
    assert registration_due(date(2026, 10, 30), RU) == date(2026, 11, 9)


# -- a policy's checks ----------------------------------------------------------------------


def test_casco_sum_at_least_the_actual_value():
    assert check_policy(policy(), actual_value=rub(1850000)) == ()
    problems = check_policy(policy(sum_insured=rub(1800000)), actual_value=rub(1850000))
    assert kinds(problems) == [PolicyProblemKind.SUM_TOO_LOW]
    # 1,850,000 − 1,800,000 = 50,000 short.
    assert "50000.00 RUB" in problems[0].explanation.render()


def test_life_sum_at_least_debt_plus_interest():
    # Debt 1,500,000 + interest payable 320,000 = 1,820,000.
    owed = rub(1500000) + rub(320000)
    assert check_policy(policy(Cover.LIFE, sum_insured=rub(1820000)), debt_with_interest=owed) == ()
    problems = check_policy(policy(Cover.LIFE, sum_insured=rub("1819999.99")),
                            debt_with_interest=owed)
    assert kinds(problems) == [PolicyProblemKind.SUM_TOO_LOW]


def test_life_cover_minimum_from_the_schedule():
    # 120,000 RUB over 12 months at 12 % a year, equal instalments: 12 rows.
    schedule = build_schedule(LoanTerms(rub(120000), Decimal("0.12"), 12,
                                        RepaymentMethod.EQUAL_INSTALLMENT, date(2026, 11, 20)))
    rows = schedule.installments
    # Before the first due date: everything still to pay = principal + all interest.
    assert life_cover_minimum(schedule, date(2026, 11, 20)) == rub(120000) + schedule.total_interest
    # On the 9th due date: the last 3 rows = their opening principal + their interest.
    left = rows[9:]
    assert life_cover_minimum(schedule, rows[8].due_date) == (
        rows[9].opening_balance + left[0].interest + left[1].interest + left[2].interest)
    assert life_cover_minimum(schedule, rows[-1].due_date) == rub(0)


def test_the_figure_to_check_against_must_be_entered():
    assert kinds(check_policy(policy())) == [PolicyProblemKind.FIGURE_MISSING]
    assert kinds(check_policy(policy(Cover.LIFE))) == [PolicyProblemKind.FIGURE_MISSING]


def test_liability_sum_as_the_program_sets_or_not_checked():
    assert check_policy(policy(Cover.OSAGO, sum_insured=rub(400000), bank_is_beneficiary=False)) == ()
    problems = check_policy(policy(Cover.VOLUNTARY_LIABILITY, sum_insured=rub(300000),
                                   bank_is_beneficiary=False), liability_minimum=rub(500000))
    assert kinds(problems) == [PolicyProblemKind.SUM_TOO_LOW]


def test_bank_is_beneficiary_for_casco_and_life_only():
    problems = check_policy(policy(bank_is_beneficiary=False), actual_value=rub(1850000))
    assert kinds(problems) == [PolicyProblemKind.BANK_NOT_BENEFICIARY]
    assert "theft and total loss" in problems[0].explanation.render()
    problems = check_policy(policy(Cover.LIFE, sum_insured=rub(2000000), bank_is_beneficiary=False),
                            debt_with_interest=rub(1820000))
    assert kinds(problems) == [PolicyProblemKind.BANK_NOT_BENEFICIARY]
    # Liability cover pays third parties: the bank is not asked to be beneficiary.
    assert check_policy(policy(Cover.OSAGO, bank_is_beneficiary=False)) == ()


def test_paid_for_a_year_or_to_the_end_of_the_loan():
    # From 20 Nov 2026 a year runs to 19 Nov 2027.
    problems = check_policy(policy(paid_until=date(2027, 11, 18)), actual_value=rub(1850000))
    assert kinds(problems) == [PolicyProblemKind.PERIOD_TOO_SHORT]
    assert check_policy(policy(paid_until=date(2027, 6, 30)), actual_value=rub(1850000),
                        loan_ends_on=date(2027, 6, 30)) == ()
    # From 29 Feb 2028 a year runs to 28 Feb 2029.
    leap = policy(period_start=date(2028, 2, 29), paid_until=date(2029, 2, 28))
    assert check_policy(leap, actual_value=rub(1850000)) == ()


def test_paid_no_later_than_the_loan_contract():
    ok = check_policy(policy(), actual_value=rub(1850000), contract_on=date(2026, 11, 19))
    assert ok == ()
    late = check_policy(policy(paid_on=date(2026, 11, 20), proof_received_on=None),
                        actual_value=rub(1850000), contract_on=date(2026, 11, 19))
    assert kinds(late) == [PolicyProblemKind.PAID_AFTER_CONTRACT]
    unpaid = check_policy(policy(paid_on=None, proof_received_on=None), actual_value=rub(1850000),
                          contract_on=date(2026, 11, 19))
    assert kinds(unpaid) == [PolicyProblemKind.NOT_PAID]


def test_figures_in_another_currency_are_refused():
    with pytest.raises(ValidationError) as e:
        check_policy(policy(), actual_value=Money.of(23000, "USD"))
    assert e.value.fields == ("actual_value",)


def test_policy_validation():
    with pytest.raises(ValidationError) as e:
        validate_policy(policy(number="", insurer=" ", sum_insured=rub(0),
                               paid_until=date(2026, 11, 1), paid_on=None))
    assert set(e.value.fields) == {"number", "insurer", "sum_insured", "paid_until",
                                   "proof_received_on"}


# -- renewals -------------------------------------------------------------------------------


def test_renewal_paid_30_calendar_days_before_the_period_ends():
    # Paid until 19 Nov 2027 → 19 Nov − 30 days = 20 Oct 2027.
    assert renewal_pay_by(policy()) == date(2027, 10, 20)


def test_renewal_shows_within_the_window_and_turns_late():
    p = policy()
    # 20 Oct − 19 Sep = 31 days: not yet.
    assert insurance_renewals_due([p], date(2027, 9, 19), RU) == ()
    due = insurance_renewals_due([p], date(2027, 9, 20), RU)
    assert [(r.state, r.due_on) for r in due] == [(RenewalState.PAY_SOON, date(2027, 10, 20))]
    assert "30 calendar days" in due[0].explanation.render()
    assert insurance_renewals_due([p], date(2027, 10, 20), RU)[0].state is RenewalState.PAY_SOON
    assert insurance_renewals_due([p], date(2027, 10, 21), RU)[0].state is RenewalState.PAYMENT_LATE


def test_paid_renewal_needs_proof_within_2_working_days():
    first = policy()
    # Paid Fri 15 Oct 2027 → Mon 18 (1), Tue 19 (2): proof by 19 Oct.
    renewal = policy(number="КА-002", period_start=date(2027, 11, 20),
                     paid_until=date(2028, 11, 19), paid_on=date(2027, 10, 15),
                     proof_received_on=None)
    due = insurance_renewals_due([first, renewal], date(2027, 10, 19), RU)
    assert [(r.policy_number, r.state, r.due_on) for r in due] == [
        ("КА-002", RenewalState.PROOF_DUE, date(2027, 10, 19))]
    late = insurance_renewals_due([first, renewal], date(2027, 10, 20), RU)
    assert [r.state for r in late] == [RenewalState.PROOF_LATE]
    handed = policy(number="КА-002", period_start=date(2027, 11, 20),
                    paid_until=date(2028, 11, 19), paid_on=date(2027, 10, 15),
                    proof_received_on=date(2027, 10, 18))
    assert insurance_renewals_due([first, handed], date(2027, 10, 20), RU) == ()


def test_proof_deadline_skips_a_holiday():
    # Paid Tue 3 Nov 2026 → [Wed 4 Unity Day], Thu 5 (1), Fri 6 (2).
    assert proof_due_on(date(2026, 11, 3), RU) == date(2026, 11, 6)


def test_an_unpaid_renewal_record_does_not_extend_the_cover():
    renewal = policy(number="КА-002", period_start=date(2027, 11, 20),
                     paid_until=date(2028, 11, 19), paid_on=None, proof_received_on=None)
    due = insurance_renewals_due([policy(), renewal], date(2027, 10, 21), RU)
    assert [(r.policy_number, r.state) for r in due] == [("КА-001", RenewalState.PAYMENT_LATE)]


def test_no_renewal_past_the_end_of_the_loan():
    assert insurance_renewals_due([policy()], date(2027, 10, 21), RU,
                                  loan_ends_on=date(2027, 11, 19)) == ()


def test_several_covers_soonest_first():
    casco = policy()
    life = policy(Cover.LIFE, number="Ж-7", paid_until=date(2027, 11, 1))
    due = insurance_renewals_due([casco, life], date(2027, 10, 1), RU)
    # Life: 1 Nov − 30 = 2 Oct; КАСКО: 20 Oct.
    assert [(r.cover, r.due_on) for r in due] == [(Cover.LIFE, date(2027, 10, 2)),
                                                  (Cover.CASCO, date(2027, 10, 20))]
