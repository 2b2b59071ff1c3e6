"""The maximum amount: every cap with its arithmetic, the smallest binds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.credit.maximum import largest_principal, maximum_amount, new_payment
from desktop.domain.credit.model import CollateralKind, ExchangeRate, Home, MaritalStatus, \
    Purpose, Spouse, SpouseRole
from desktop.domain.customers import Obligation, ObligationKind
from desktop.domain.errors import ValidationError
from desktop.domain.loans import RepaymentMethod
from desktop.domain.money import Money
from tests.domain.credit import CHIFENG, JP, RU, TAIYUAN, cn_applicant, cn_request, cny, jpy, \
    program, ru_applicant, ru_request, rub

ZERO = Decimal(0)


def caps(result):
    for c in result.caps:  # every placeholder of every explanation has its value
        for notice in (c.arithmetic, *c.details):
            assert "{" not in str(notice), notice
    return {c.rule_id: c.limit for c in result.caps}


def ru_max(applicant=None, request=None):
    return maximum_amount(program(RU), applicant or ru_applicant(), request or ru_request())


# -- the debt burden (Russian book 3.7) ------------------------------------------------------

OBLIGATIONS = (
    Obligation(ObligationKind.LOAN, "Sberbank", monthly_payment=rub(12_000)),
    Obligation(ObligationKind.GUARANTEE, "brother's loan", monthly_payment=rub(8_000)),
    Obligation(ObligationKind.OVERDRAFT, "this bank", credit_limit=rub(30_000), at_this_bank=True),
    Obligation(ObligationKind.OVERDRAFT, "VTB", credit_limit=rub(10_000)),
)


def test_the_debt_burden_worked_example():
    # Income 90,000 + 100,000 + 110,000 → average 100,000; 50 % → 50,000.
    # Weighed: loan 12,000 × 1 = 12,000; guaranteed loan 8,000 × ½ = 4,000;
    # overdraft here 30,000 × 1/10 = 3,000; overdraft elsewhere 10,000 × ½ = 5,000;
    # together 24,000, leaving 26,000 a month. At 0 % over 20 months the
    # new loan can be 26,000 × 20 = 520,000.
    a = ru_applicant(net_income_last_3_months=(rub(90_000), rub(100_000), rub(110_000)),
                     obligations=OBLIGATIONS)
    result = ru_max(a, ru_request(annual_rate=ZERO, term_months=20))
    assert result.amount == rub(520_000)
    assert result.binding.rule_id == "debt_burden"
    values = result.binding.arithmetic.values
    assert (values["income"], values["ceiling"], values["existing"], values["available"]) == \
        (rub(100_000), rub(50_000), rub(24_000), rub(26_000))
    assert values["payment"] == rub(26_000)
    weighed = [d.values["weighted"] for d in result.binding.details if "weighted" in d.values]
    assert weighed == [rub(12_000), rub(4_000), rub(3_000), rub(5_000)]
    assert "3.7" in result.binding.source


def exact_payment(principal: Money, request) -> Decimal:
    """The payment before rounding, worked out here on its own (the contract formulas)."""
    p, n = principal.to_decimal(), request.term_months
    i = request.annual_rate / 12
    if request.repayment_method is RepaymentMethod.EQUAL_PRINCIPAL:
        return p / n + p * i  # the first, largest installment
    return p * i * (1 + i) ** n / ((1 + i) ** n - 1)


def test_the_burden_at_a_rate_is_the_largest_principal_that_fits():
    # 26,000 a month at 12 % over 36 months: i = 1 %, factor 0.01 × 1.01^36 / (1.01^36 − 1)
    # = 0.0332143098…; 26,000 / 0.0332143098… = 782,795.1309…, rounded down to the kopeck.
    # Its payment fits; one kopeck more and it would not (before rounding).
    a = ru_applicant(net_income_last_3_months=(rub(90_000), rub(100_000), rub(110_000)),
                     obligations=OBLIGATIONS)
    request = ru_request()
    limit = ru_max(a, request).amount
    assert limit == rub("782795.13")
    assert exact_payment(limit, request) <= 26_000 < exact_payment(limit + Money(1, "RUB"), request)
    assert new_payment(limit, request) <= rub(26_000)  # as the schedule will charge it


def test_a_burden_of_exactly_50_percent_is_allowed():
    # Income 100,000, nothing owed: the new payment may be 50,000 exactly.
    # 0 % over 10 months: 500,000.00 pays 50,000.00 = 50 %; 500,000.01 would not fit.
    result = ru_max(request=ru_request(annual_rate=ZERO, term_months=10))
    assert result.amount == rub(500_000)
    assert new_payment(result.amount, ru_request(annual_rate=ZERO, term_months=10)) == rub(50_000)


def test_debts_above_half_the_income_leave_nothing():
    a = ru_applicant(obligations=(Obligation(ObligationKind.LOAN, "X",
                                             monthly_payment=rub(60_000)),))
    result = ru_max(a)
    assert result.amount == rub(0) and result.binding.rule_id == "debt_burden"
    assert result.binding.arithmetic.values["available"] == rub(0)


@pytest.mark.parametrize("role, meets, counted", [
    (SpouseRole.GUARANTOR, True, True),
    (SpouseRole.GUARANTOR, False, False),
    (SpouseRole.GUARANTOR, None, False),
    (SpouseRole.NOTARISED_CONSENT, True, False),
])
def test_the_spouses_income_counts_only_for_a_qualifying_guarantor(role, meets, counted):
    # Spouse earns 60,000 and pays 5,000 on a loan: joined, 160,000 × 50 % − 5,000 = 75,000.
    spouse = Spouse(role=role, meets_borrower_requirements=meets,
                    net_income_last_3_months=(rub(60_000),) * 3,
                    obligations=(Obligation(ObligationKind.LOAN, "Y", monthly_payment=rub(5_000)),))
    a = ru_applicant(marital_status=MaritalStatus.MARRIED, spouse=spouse)
    result = ru_max(a, ru_request(annual_rate=ZERO, term_months=10, price=rub(5_000_000),
                                  down_payment=rub(0)))
    assert result.amount == (rub(750_000) if counted else rub(500_000))


def test_a_foreign_currency_debt_at_the_entered_rate():
    # 100 USD a month at 92.50 RUB of 2026-11-20 = 9,250 RUB; 50,000 − 9,250 = 40,750 × 10.
    a = ru_applicant(obligations=(Obligation(ObligationKind.LOAN, "Citi",
                                             monthly_payment=Money.of(100, "USD")),))
    rates = (ExchangeRate("USD", Decimal("90.00"), date(2026, 11, 1)),
             ExchangeRate("USD", Decimal("92.50"), date(2026, 11, 20)))  # the latest is used
    result = ru_max(a, ru_request(annual_rate=ZERO, term_months=10, exchange_rates=rates))
    assert result.amount == rub(407_500)
    notes = [str(d) for d in result.binding.details]
    assert "USD converted at the central-bank rate 92.50 RUB of 2026-11-20." in notes


def test_a_missing_rate_is_refused_naming_the_field():
    a = ru_applicant(obligations=(Obligation(ObligationKind.LOAN, "Citi",
                                             monthly_payment=Money.of(100, "USD")),))
    with pytest.raises(ValidationError) as caught:
        ru_max(a)
    assert caught.value.fields == ("exchange_rates",)
    assert "USD" in caught.value.for_field("exchange_rates")
    assert "Citi" in caught.value.for_field("exchange_rates")


def test_a_loan_in_foreign_currency():
    # Income 92,500 RUB a month = 1,000 USD at 92.50; half is 500 USD × 10 months.
    request = ru_request(currency="USD", annual_rate=ZERO, term_months=10,
                         price=Money.of(20_000, "USD"), down_payment=Money.of(0, "USD"),
                         exchange_rates=(ExchangeRate("USD", Decimal("92.5"), date(2026, 11, 20)),))
    result = ru_max(ru_applicant(net_income_last_3_months=(rub(92_500),) * 3), request)
    assert result.amount == Money.of(5_000, "USD")


def test_income_needs_three_months():
    with pytest.raises(ValidationError) as caught:
        ru_max(ru_applicant(net_income_last_3_months=(rub(100_000),) * 2))
    assert "net_income_last_3_months" in caught.value.fields


def test_an_obligation_without_its_amount():
    a = ru_applicant(obligations=(Obligation(ObligationKind.OVERDRAFT, "VTB"),))
    with pytest.raises(ValidationError) as caught:
        ru_max(a)
    assert caught.value.fields == ("obligations[0]",)


# -- price and down payment (3.2) -----------------------------------------------------------------


def test_price_less_a_down_payment_reduced_by_financed_insurance():
    # 2,000,000 − (400,000 − 100,000 insurance) = 1,700,000.
    result = ru_max(request=ru_request(financed_insurance=rub(100_000), annual_rate=ZERO,
                                       term_months=600))
    assert caps(result)["price_less_down_payment"] == rub(1_700_000)
    assert caps(result)["loan_within_price"] == rub(2_000_000)
    assert result.binding.rule_id == "price_less_down_payment"
    assert result.binding.arithmetic.values["effective"] == rub(300_000)


def test_without_financed_insurance_the_down_payment_stands():
    result = ru_max(request=ru_request(annual_rate=ZERO, term_months=600))
    assert caps(result)["price_less_down_payment"] == rub(1_600_000)


def test_the_example_program_does_not_reduce_the_down_payment():
    request = ru_request(program_id=JP, currency="JPY", price=jpy(3_000_000),
                         down_payment=jpy(500_000), financed_insurance=jpy(100_000),
                         annual_rate=ZERO, term_months=84)
    applicant = ru_applicant(net_income_last_3_months=(jpy(400_000),) * 3)
    result = maximum_amount(program(JP), applicant, request)
    assert caps(result)["price_less_down_payment"] == jpy(2_500_000)
    # 35 % of 400,000 = 140,000 × 84 = 11,760,000: the price binds.
    assert caps(result)["debt_burden"] == jpy(11_760_000)


def test_a_car_loan_needs_the_price():
    with pytest.raises(ValidationError) as caught:
        ru_max(request=ru_request(price=None, down_payment=None))
    assert "price" in caught.value.fields


# -- Taiyuan: price share, collateral, balance multiple, renovation, conversion --------------------


def taiyuan(applicant=None, **request):
    return maximum_amount(program(TAIYUAN), applicant or cn_applicant(),
                          cn_request(TAIYUAN, **request))


MORTGAGE = Home(collateral=CollateralKind.MORTGAGE)


def test_taiyuan_purchase_caps():
    # Price 1,000,000: 80 % → 800,000; mortgage 70 % → 700,000; balance 50,000 × 10 → 500,000.
    result = taiyuan(home=MORTGAGE)
    assert caps(result) == {"purchase_price": cny(800_000), "ltv": cny(700_000),
                            "balance_multiple": cny(500_000)}
    assert result.binding.rule_id == "balance_multiple"
    assert str(result.binding.arithmetic) == "The fund balance 50000.00 CNY × 10 = 500000.00 CNY."


@pytest.mark.parametrize("balance, limit", [
    ("5000", "200000"),       # the source's own example: under 20,000 counts as 20,000
    ("19999.99", "200000"),
    ("20000", "200000"),      # exactly the floor
    ("20000.01", "200000.10"),
])
def test_the_balance_multiple_and_its_floor(balance, limit):
    result = taiyuan(cn_applicant(fund_balance=cny(balance)), home=MORTGAGE)
    assert caps(result)["balance_multiple"] == cny(limit)


def test_the_floor_is_explained():
    result = taiyuan(cn_applicant(fund_balance=cny(5_000)), home=MORTGAGE)
    assert str(result.binding.arithmetic) == ("The fund balance 5000.00 CNY is under 20000.00 CNY "
                                              "and counts as 20000.00 CNY; × 10 = 200000.00 CNY.")


def test_the_spouses_balance_counts_when_the_spouses_fund_is_used():
    # 30,000 + 25,000 = 55,000 × 10 = 550,000; without the spouse's fund, 300,000.
    used = Spouse(fund_balance=cny(25_000), fund_used=True)
    a = cn_applicant(fund_balance=cny(30_000), marital_status=MaritalStatus.MARRIED, spouse=used)
    assert caps(taiyuan(a, home=MORTGAGE))["balance_multiple"] == cny(550_000)
    a = replace(a, spouse=replace(used, fund_used=False))
    assert caps(taiyuan(a, home=MORTGAGE))["balance_multiple"] == cny(300_000)


def test_the_spouses_balance_is_needed_when_their_fund_is_used():
    a = cn_applicant(marital_status=MaritalStatus.MARRIED, spouse=Spouse(fund_used=True))
    with pytest.raises(ValidationError) as caught:
        taiyuan(a, home=MORTGAGE)
    assert caught.value.fields == ("spouse.fund_balance",)


@pytest.mark.parametrize("home, limit", [
    (Home(CollateralKind.PLEDGE, pledge_face_value=cny(100_000)), cny(90_000)),
    (Home(CollateralKind.GUARANTEE, guarantor_fund_balance=cny(40_000)), cny(80_000)),
    # 90 % of 100,000.05 is 90,000.045: a cap rounds down to 90,000.04.
    (Home(CollateralKind.PLEDGE, pledge_face_value=cny("100000.05")), cny("90000.04")),
])
def test_collateral_caps(home, limit):
    result = taiyuan(cn_applicant(fund_balance=cny(100_000)), home=home)
    assert caps(result)["ltv"] == limit
    assert result.binding.rule_id == "ltv"


def test_security_the_program_does_not_take_is_refused():
    with pytest.raises(ValidationError) as caught:
        taiyuan(home=Home(CollateralKind.EXISTING_HOME, appraisal=cny(1_000_000)))
    assert caught.value.fields == ("home.collateral",)


RICH = cn_applicant(fund_balance=cny(100_000))  # 1,000,000 by the multiple
BIG_PLEDGE = Home(CollateralKind.PLEDGE, pledge_face_value=cny(2_000_000))


@pytest.mark.parametrize("area, limit", [
    ("69.99", 200_000), ("70", 300_000), ("95", 300_000), ("120", 300_000),
    ("120.01", 400_000), ("250", 400_000),
])
def test_renovation_caps_by_floor_area(area, limit):
    # < 70 m²: 200,000; 70–120 m² (both ends): 300,000; > 120 m²: 400,000.
    home = replace(BIG_PLEDGE, floor_area_m2=Decimal(area))
    result = taiyuan(RICH, purpose=Purpose.RENOVATION, home=home, price=None)
    assert result.binding.rule_id == "renovation"
    assert result.amount == cny(limit)
    assert "purchase_price" not in caps(result)


def test_renovation_needs_the_floor_area():
    with pytest.raises(ValidationError) as caught:
        taiyuan(RICH, purpose=Purpose.RENOVATION, home=BIG_PLEDGE, price=None)
    assert caught.value.fields == ("home.floor_area_m2",)


def test_conversion_is_80_percent_of_the_commercial_loan():
    # 80 % of 500,000 = 400,000.
    home = replace(BIG_PLEDGE, commercial_loan_original=cny(500_000))
    result = taiyuan(RICH, purpose=Purpose.CONVERSION, home=home, price=None)
    assert result.binding.rule_id == "conversion" and result.amount == cny(400_000)
    assert str(result.binding.arithmetic) == ("80 % of the commercial loan's original amount "
                                              "500000.00 CNY = 400000.00 CNY.")


def test_missing_figures_are_named_together():
    a = cn_applicant(fund_balance=None, net_income_last_3_months=())
    with pytest.raises(ValidationError) as caught:
        taiyuan(a, purpose=Purpose.RENOVATION, home=Home(), price=None)
    assert set(caught.value.fields) == {"home.collateral", "fund_balance", "home.floor_area_m2"}


# -- Chifeng: the installment and 50 % of the family income ------------------------------------------


def chifeng(applicant=None, **request):
    return maximum_amount(program(CHIFENG), applicant or cn_applicant(),
                          cn_request(CHIFENG, **request))


def test_chifeng_installment_within_half_the_family_income():
    # Single, 12,000 a month: the installment ≤ 6,000; at 0 % over 120 months → 720,000.
    # The mortgage cap, 70 % of 1,000,000 = 700,000, binds.
    result = chifeng(annual_rate=ZERO, term_months=120, home=MORTGAGE)
    assert caps(result) == {"installment_share": cny(720_000), "ltv": cny(700_000)}
    assert result.binding.rule_id == "ltv"
    # With a spouse earning 8,000, the family has 20,000: 10,000 × 120 = 1,200,000.
    a = cn_applicant(marital_status=MaritalStatus.MARRIED,
                     spouse=Spouse(net_income_last_3_months=(cny(8_000),) * 3))
    assert caps(chifeng(a, annual_rate=ZERO, term_months=120,
                        home=MORTGAGE))["installment_share"] == cny(1_200_000)


@pytest.mark.parametrize("method", [RepaymentMethod.EQUAL_INSTALLMENT,
                                    RepaymentMethod.EQUAL_PRINCIPAL])
def test_chifeng_installment_at_a_rate(method):
    request = cn_request(CHIFENG, repayment_method=method, home=MORTGAGE)
    limit = caps(chifeng(repayment_method=method, home=MORTGAGE))["installment_share"]
    # The (first) installment fits in 6,000 and a fen more would not.
    assert exact_payment(limit, request) <= 6_000 < exact_payment(limit + Money(1, "CNY"), request)
    assert new_payment(limit, request) <= cny(6_000)


def test_an_existing_home_at_half_its_appraisal():
    result = chifeng(home=Home(CollateralKind.EXISTING_HOME, appraisal=cny(600_000)))
    assert caps(result)["ltv"] == cny(300_000)


def test_a_bullet_loan_spreads_its_one_payment_over_the_term():
    # 12 months at 0 %: the one sum over 12 months must fit in 6,000 → 72,000.
    result = chifeng(term_months=12, annual_rate=ZERO, repayment_method=RepaymentMethod.BULLET,
                     home=MORTGAGE)
    assert caps(result)["installment_share"] == cny(72_000)


# -- the result ---------------------------------------------------------------------------------------


def test_the_binding_cap_is_the_smallest_and_the_first_of_equals():
    # 0 % over 32 months: 50,000 × 32 = 1,600,000 = price − down payment.
    result = ru_max(request=ru_request(annual_rate=ZERO, term_months=32))
    assert caps(result)["debt_burden"] == caps(result)["price_less_down_payment"] == rub(1_600_000)
    assert result.binding.rule_id == "debt_burden"
    assert result.amount == min(c.limit for c in result.caps)


def test_largest_principal_of_nothing_is_nothing():
    assert largest_principal(Decimal(-5), ru_request()) == rub(0)


def test_a_request_for_another_program_or_a_bad_term_is_refused():
    with pytest.raises(ValidationError) as caught:
        maximum_amount(program(RU), ru_applicant(), ru_request(program_id=TAIYUAN, term_months=0))
    assert set(caught.value.fields) == {"program_id", "term_months"}
