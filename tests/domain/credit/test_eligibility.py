"""Eligibility: each rule of the sources with a worked example and its edges."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.credit.eligibility import add_months, assess_eligibility, day_turning, \
    same_region
from desktop.domain.credit.model import CollateralKind, EmploymentKind, Home, MaritalStatus, \
    Outcome, Purpose, Spouse, SpouseRole
from desktop.domain.customers import Sex
from desktop.domain.errors import ValidationError
from desktop.domain.loans import RepaymentMethod
from tests.domain.credit import CHIFENG, CONTRACT, JP, RU, TAIYUAN, cn_applicant, cn_request, \
    jpy, new_car, program, ru_applicant, ru_request

PASSED, FAILED, ATTENTION = Outcome.PASSED, Outcome.FAILED, Outcome.ATTENTION


def findings(pid=RU, applicant=None, request=None, branch="Москва"):
    applicant = applicant or (ru_applicant() if pid == RU else cn_applicant())
    request = request or (ru_request() if pid == RU else cn_request(pid))
    result = assess_eligibility(program(pid), applicant, request, branch_region=branch)
    for f in result:  # every placeholder of every reason has its value
        assert "{" not in str(f.reason), f.reason
    return {f.rule_id: f for f in result}


def outcome(rule_id, **kw):
    return findings(**kw)[rule_id].outcome


def test_a_borrower_meeting_every_rule_passes_them_all():
    result = findings()
    assert {f.outcome for f in result.values()} == {PASSED}
    assert set(result) >= {"purpose", "age", "citizenship", "registration", "total_employment",
                           "current_employment", "credit_history", "under_investigation",
                           "spouse", "vehicle_kind"}
    assert all(f.source for f in result.values())


def test_a_request_for_another_program_is_refused():
    with pytest.raises(ValidationError) as caught:
        assess_eligibility(program(RU), ru_applicant(), cn_request(), branch_region="Москва")
    assert caught.value.fields == ("program_id",)


# -- age: «от 21 до 55 лет включительно на дату заключения Кредитного договора» ----------


@pytest.mark.parametrize("birth, expected", [
    (date(2005, 11, 21), PASSED),   # turns 21 on the contract date itself
    (date(2005, 11, 22), FAILED),   # turns 21 the day after: still 20
    (date(1970, 11, 22), PASSED),   # 55 and 364 days
    (date(1970, 11, 21), FAILED),   # the 56th birthday is the contract date
])
def test_age_on_the_contract_date_with_inclusive_bounds(birth, expected):
    assert outcome("age", applicant=ru_applicant(birth_date=birth)) is expected


def test_the_age_reason_quotes_the_figures():
    f = findings(applicant=ru_applicant(birth_date=date(1970, 11, 21)))["age"]
    assert str(f.reason) == "Age on 2026-11-21 is 56; the program allows 21–55."
    assert f.reason.values["age"] == 56
    assert "3.3" in f.source


def test_a_29_february_birthday_counts_from_1_march():
    # Born 2004-02-29: in 2025 the 21st birthday is taken as 1 March.
    request = ru_request(contract_date=date(2025, 2, 28))
    assert outcome("age", applicant=ru_applicant(birth_date=date(2004, 2, 29)),
                   request=request) is FAILED
    request = ru_request(contract_date=date(2025, 3, 1))
    assert outcome("age", applicant=ru_applicant(birth_date=date(2004, 2, 29)),
                   request=request) is PASSED
    assert day_turning(date(2004, 2, 29), 21) == date(2025, 3, 1)


def test_no_date_of_birth_needs_attention():
    assert outcome("age", applicant=ru_applicant(birth_date=None)) is ATTENTION


# -- citizenship and registration ---------------------------------------------------------


def test_citizenship():
    assert outcome("citizenship", applicant=ru_applicant(citizenship="KZ")) is FAILED
    assert outcome("citizenship", applicant=ru_applicant(citizenship="")) is ATTENTION


@pytest.mark.parametrize("registered, branch, expected", [
    ("Москва", "Москва", PASSED),
    ("Московская область", "Москва", PASSED),     # one region with the city
    ("Moscow Oblast", "г. Москва", PASSED),
    ("  московская   ОБЛАСТЬ ", "Moscow", PASSED),  # case and spacing aside
    ("Тверская область", "Москва", FAILED),
    ("Тверская область", "Тверская область", PASSED),
    ("", "Москва", ATTENTION),
    ("Москва", "", ATTENTION),
])
def test_registration_in_the_branchs_region(registered, branch, expected):
    assert outcome("registration", applicant=ru_applicant(registration_region=registered),
                   branch=branch) is expected


def test_chifeng_takes_a_residence_certificate_instead():
    a = cn_applicant(registration_region="Baotou", residence_certificate_region="Chifeng")
    assert outcome("registration", pid=CHIFENG, applicant=a, branch="Chifeng") is PASSED
    a = cn_applicant(registration_region="Baotou")
    assert outcome("registration", pid=CHIFENG, applicant=a, branch="Chifeng") is FAILED


def test_same_region_needs_two_names():
    assert not same_region("", "", ())


# -- employment, history, investigation ---------------------------------------------------------


@pytest.mark.parametrize("total, current, expected_total, expected_current", [
    (12, 3, PASSED, PASSED),    # exactly the minimums
    (11, 3, FAILED, PASSED),
    (12, 2, PASSED, FAILED),
    (None, None, ATTENTION, ATTENTION),
])
def test_total_and_current_employment(total, current, expected_total, expected_current):
    result = findings(applicant=ru_applicant(total_employment_months=total,
                                             current_employment_months=current))
    assert result["total_employment"].outcome is expected_total
    assert result["current_employment"].outcome is expected_current


@pytest.mark.parametrize("delays, expected", [(0, PASSED), (1, PASSED), (2, FAILED),
                                              (None, ATTENTION)])
def test_arrears_over_30_days_more_than_once(delays, expected):
    # One arrears of more than 30 calendar days is allowed; a second is a bad history.
    assert outcome("credit_history", applicant=ru_applicant(delays_over_30_days=delays)) \
        is expected


@pytest.mark.parametrize("flag, expected", [(False, PASSED), (True, FAILED), (None, ATTENTION)])
def test_under_investigation_or_trial(flag, expected):
    assert outcome("under_investigation", applicant=ru_applicant(under_investigation=flag)) \
        is expected


# -- the spouse (3.2) ------------------------------------------------------------------------------


@pytest.mark.parametrize("status, spouse, expected", [
    (MaritalStatus.SINGLE, None, PASSED),
    (MaritalStatus.MARRIED, Spouse(SpouseRole.GUARANTOR), PASSED),
    (MaritalStatus.MARRIED, Spouse(SpouseRole.NOTARISED_CONSENT), PASSED),
    (MaritalStatus.MARRIED, Spouse(SpouseRole.NONE), FAILED),
    (MaritalStatus.MARRIED, None, ATTENTION),
    (None, None, ATTENTION),
])
def test_a_married_borrower_needs_the_spouses_consent_or_guarantee(status, spouse, expected):
    a = ru_applicant(marital_status=status, spouse=spouse)
    assert outcome("spouse", applicant=a) is expected


# -- provident fund bars (Chifeng art. 7–8) ---------------------------------------------------------


@pytest.mark.parametrize("field, rule", [("has_provident_loan", "one_provident_loan"),
                                         ("guaranteeing_provident_loan", "guarantor")])
def test_one_provident_loan_at_a_time_and_guarantors_cannot_borrow(field, rule):
    for value, expected in ((False, PASSED), (True, FAILED), (None, ATTENTION)):
        a = cn_applicant(**{field: value})
        assert outcome(rule, pid=CHIFENG, applicant=a, branch="Chifeng") is expected


@pytest.mark.parametrize("periods, expected", [(4, PASSED), (5, FAILED), (None, ATTENTION)])
def test_more_than_four_overdue_periods_is_a_bad_record(periods, expected):
    a = cn_applicant(provident_overdue_periods=periods)
    assert outcome("bad_record", pid=CHIFENG, applicant=a, branch="Chifeng") is expected


def test_fund_paid_in_full_and_on_time():
    a = cn_applicant(fund_contributions_current=False)
    assert outcome("fund_contributions", pid=CHIFENG, applicant=a, branch="Chifeng") is FAILED


def test_the_chifeng_bars_are_not_applied_to_taiyuan():
    result = findings(pid=TAIYUAN, applicant=cn_applicant(has_provident_loan=True),
                      request=cn_request(TAIYUAN, home=Home(CollateralKind.MORTGAGE)),
                      branch="Taiyuan")
    assert not {"one_provident_loan", "guarantor", "bad_record", "term", "retirement"} \
        & set(result)


@pytest.mark.parametrize("pid, kind, expected", [
    (TAIYUAN, CollateralKind.PLEDGE, PASSED),
    (TAIYUAN, CollateralKind.EXISTING_HOME, FAILED),  # the 50 % appraisal rule is Chifeng's
    (CHIFENG, CollateralKind.EXISTING_HOME, PASSED),
    (CHIFENG, CollateralKind.PLEDGE, FAILED),
    (CHIFENG, None, ATTENTION),
])
def test_a_provident_loan_needs_security_the_program_takes(pid, kind, expected):
    request = cn_request(pid, home=Home(collateral=kind))
    assert outcome("collateral", pid=pid, request=request, branch="Chifeng") is expected


def test_a_purpose_the_program_does_not_lend_for():
    request = cn_request(CHIFENG, purpose=Purpose.RENOVATION)
    assert outcome("purpose", pid=CHIFENG, request=request, branch="Chifeng") is FAILED


# -- term and retirement (Chifeng art. 11) ----------------------------------------------------------


@pytest.mark.parametrize("civil_servant, term, expected", [
    (False, 180, PASSED), (False, 181, FAILED), (True, 240, PASSED), (True, 241, FAILED),
])
def test_fifteen_years_twenty_for_civil_servants(civil_servant, term, expected):
    a = cn_applicant(civil_servant=civil_servant, birth_date=date(2000, 1, 1))
    assert outcome("term", pid=CHIFENG, applicant=a, request=cn_request(term_months=term),
                   branch="Chifeng") is expected


def test_a_term_ending_exactly_at_retirement_age_passes():
    # A man born 1981-11-21 turns 60 on 2041-11-21; 180 months from 2026-11-21
    # end on 2041-11-21 itself: not past the retirement age.
    a = cn_applicant(birth_date=date(1981, 11, 21))
    f = findings(pid=CHIFENG, applicant=a, request=cn_request(term_months=180),
                 branch="Chifeng")["retirement"]
    assert f.outcome is PASSED
    assert f.reason.values["end"] == f.reason.values["retires"] == date(2041, 11, 21)
    # Born a day later, he turns 60 on 2041-11-22: still fine. A day earlier, not.
    a = cn_applicant(birth_date=date(1981, 11, 20))
    assert outcome("retirement", pid=CHIFENG, applicant=a, request=cn_request(term_months=180),
                   branch="Chifeng") is FAILED


def test_retirement_age_by_sex_and_civil_service():
    # A woman born 1986-11-21 turns 50 on 2036-11-21, 55 on 2041-11-21.
    woman = cn_applicant(sex=Sex.FEMALE, birth_date=date(1986, 11, 21))
    request = cn_request(term_months=180)  # ends 2041-11-21
    assert outcome("retirement", pid=CHIFENG, applicant=woman, request=request,
                   branch="Chifeng") is FAILED
    servant = replace(woman, civil_servant=True)
    f = findings(pid=CHIFENG, applicant=servant, request=request, branch="Chifeng")["retirement"]
    assert f.outcome is PASSED and f.reason.values["age"] == 55
    assert outcome("retirement", pid=CHIFENG, applicant=cn_applicant(sex=None),
                   branch="Chifeng") is ATTENTION


def test_up_to_a_year_is_repaid_in_one_sum():
    bullet, monthly = RepaymentMethod.BULLET, RepaymentMethod.EQUAL_INSTALLMENT
    for term, method, expected in ((12, bullet, PASSED), (12, monthly, FAILED),
                                   (13, monthly, PASSED), (13, bullet, FAILED),
                                   (13, RepaymentMethod.EQUAL_PRINCIPAL, PASSED)):
        request = cn_request(term_months=term, repayment_method=method)
        assert outcome("repayment_method", pid=CHIFENG, request=request,
                       branch="Chifeng") is expected, (term, method)


def test_add_months_clamps_to_the_months_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 21), 180) == date(2041, 11, 21)


def test_the_example_program_ends_the_loan_by_the_80th_birthday():
    jp = {"applicant": ru_applicant(citizenship="JP", birth_date=date(1953, 11, 21)),
          "request": ru_request(program_id=JP, currency="JPY", price=jpy(3_000_000),
                                down_payment=jpy(0), term_months=84),
          "pid": JP}
    # Age 73 at the contract date; 84 months end on 2033-11-21, the 80th birthday.
    assert outcome("age_at_end", **jp) is PASSED
    jp["request"] = replace(jp["request"], term_months=85)
    assert outcome("age_at_end", **jp) is FAILED
    assert outcome("age", **jp) is FAILED  # 73 > 70


# -- new and used vehicles (3.1) -------------------------------------------------------------------


@pytest.mark.parametrize("changes, new", [
    ({}, True),
    ({"model_year": 2024}, True),    # 2026 − 2024 = 2 years: still new
    ({"model_year": 2023}, False),   # 3 years: used
    ({"imported_by_company_or_made_in_country": False}, False),  # a private import
    ({"ever_registered": True}, False),
    ({"never_in_service": False}, False),
    ({"model_year": None}, None),
    ({"ever_registered": None}, None),
])
def test_new_versus_used_by_the_books_definition(changes, new):
    f = findings(request=ru_request(vehicle=new_car(**changes)))["vehicle_kind"]
    assert f.outcome is (ATTENTION if new is None else PASSED)
    assert str(f.reason).startswith({True: "New", False: "Used", None: "Cannot tell"}[new])


def test_a_used_car_only_from_a_partner_dealer_and_roadworthy():
    used = {"model_year": 2020}
    result = findings(request=ru_request(vehicle=new_car(**used, seller_is_partner_dealer=False)))
    assert result["used_vehicle_dealer"].outcome is FAILED
    assert result["used_vehicle_roadworthy"].outcome is PASSED
    result = findings(request=ru_request(vehicle=new_car(**used, roadworthy=None)))
    assert result["used_vehicle_dealer"].outcome is PASSED
    assert result["used_vehicle_roadworthy"].outcome is ATTENTION


def test_a_new_car_does_not_need_a_partner_dealer():
    result = findings(request=ru_request(vehicle=new_car(seller_is_partner_dealer=False)))
    assert "used_vehicle_dealer" not in result


def test_a_car_of_unknown_kind_from_a_stranger_needs_attention():
    request = ru_request(vehicle=new_car(model_year=None, seller_is_partner_dealer=False))
    assert findings(request=request)["used_vehicle_dealer"].outcome is ATTENTION


def test_no_vehicle_recorded_needs_attention():
    assert outcome("vehicle_kind", request=ru_request(vehicle=None)) is ATTENTION


def test_missing_facts_never_pass_silently():
    bare = replace(ru_applicant(), birth_date=None, citizenship="", registration_region="",
                   total_employment_months=None, current_employment_months=None,
                   delays_over_30_days=None, under_investigation=None, marital_status=None,
                   employment=EmploymentKind.EMPLOYEE)
    result = findings(applicant=bare)
    for rule in ("age", "citizenship", "registration", "total_employment", "current_employment",
                 "credit_history", "under_investigation", "spouse"):
        assert result[rule].outcome is ATTENTION, rule


def test_the_contract_date_is_the_requests():
    assert CONTRACT == date(2026, 11, 21)
