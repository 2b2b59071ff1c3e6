"""The most the applicant can borrow under a program, and which rule limits it.

Every cap the program has is worked out with its arithmetic; the smallest
binds. Figures stay exact Decimals until a cap is posted, and a cap is
rounded *down* to the minor unit: rounding a limit up would allow a fraction
more than the rule does.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal, localcontext
from typing import Callable

from desktop.domain.credit.model import Applicant, CapFigure, CollateralKind, CreditRequest, \
    ExchangeRate, MaritalStatus, MaximumAmount, Purpose, SpouseRole
from desktop.domain.credit.programs import Program
from desktop.domain.customers import Obligation, ObligationKind
from desktop.domain.errors import Problems, ValidationError
from desktop.domain.loans import MAX_TERM_MONTHS, RepaymentMethod, level_installment
from desktop.domain.money import MINOR_DIGITS, Money
from desktop.domain.notices import Notice

INCOME_MONTHS = 3
HUNDRED = Decimal(100)


def _precise():
    return localcontext(prec=50)


def _pct(value: Decimal) -> str:
    """50 → "50", 12.50 → "12.5": a percentage as a person writes it."""
    return format(value.normalize(), "f")


def _cap(value: Decimal, currency: str) -> Money:
    """A limit in minor units, rounded down and never below zero."""
    money = Money.from_decimal(value, currency, rounding=ROUND_FLOOR)
    return max(money, Money.zero(currency))


def _show(value: Decimal, currency: str) -> Money:
    """A figure for the explanation, rounded half-up as money is shown."""
    return Money.from_decimal(value, currency)


class _Converter:
    """Amounts into the loan's currency through the program's currency, at the
    central-bank rates the clerk entered with their dates."""

    def __init__(self, home: str, target: str, rates: tuple[ExchangeRate, ...],
                 problems: Problems):
        self.home, self.target, self.problems = home, target, problems
        self.rates: dict[str, ExchangeRate] = {}
        self.used: dict[str, ExchangeRate] = {}
        for rate in rates:
            if not isinstance(rate.rate, Decimal) or not rate.rate.is_finite() or rate.rate <= 0:
                problems.add("exchange_rates", "The rate entered for {currency} must be an "
                                               "exact number above zero.", currency=rate.currency)
                continue
            latest = self.rates.get(rate.currency)
            if latest is None or rate.on > latest.on:
                self.rates[rate.currency] = rate

    def _rate(self, currency: str, needed_for: str) -> Decimal | None:
        if currency == self.home:
            return Decimal(1)
        rate = self.rates.get(currency)
        if rate is None:
            self.problems.add("exchange_rates", "Enter the central-bank rate of {currency} in "
                                                "{home}, with its date: {needed_for} is in "
                                                "{currency}.",
                              currency=currency, home=self.home, needed_for=needed_for)
            return None
        self.used[currency] = rate
        return rate.rate

    def convert(self, money: Money, needed_for: str) -> Decimal | None:
        """The exact amount in the loan's currency (major units)."""
        if money.currency == self.target:
            return money.to_decimal()
        source, target = self._rate(money.currency, needed_for), self._rate(self.target, needed_for)
        if source is None or target is None:
            return None
        with _precise():
            return money.to_decimal() * source / target

    def notes(self) -> tuple[Notice, ...]:
        return tuple(Notice("{currency} converted at the central-bank rate {rate} {home} of "
                            "{on}.", {"currency": c, "rate": r.rate, "home": self.home, "on": r.on})
                     for c, r in sorted(self.used.items()))


# -- the new loan's payment ------------------------------------------------------------


def new_payment(principal: Money, request: CreditRequest) -> Money:
    """The monthly payment the burden rules weigh for the new loan.

    Equal installments: the level installment. Equal principal: the first
    (largest) installment. One sum at maturity: that sum spread over the term's
    months, since a bullet has no monthly payment of its own.
    """
    rate, n, cur = request.annual_rate, request.term_months, principal.currency
    with _precise():
        if request.repayment_method is RepaymentMethod.EQUAL_PRINCIPAL:
            return (Money.from_decimal(principal.to_decimal() / n, cur)
                    + Money.from_decimal(principal.to_decimal() * rate / 12, cur))
        if request.repayment_method is RepaymentMethod.BULLET:
            due = principal.to_decimal() * (1 + rate * n / 12)
            return Money.from_decimal(due / n, cur)
    return level_installment(principal, rate, n)


def _payment_per_unit(request: CreditRequest) -> Decimal:
    rate, n = request.annual_rate, request.term_months
    with _precise():
        if request.repayment_method is RepaymentMethod.EQUAL_PRINCIPAL:
            return 1 / Decimal(n) + rate / 12
        if request.repayment_method is RepaymentMethod.BULLET:
            return (1 + rate * n / 12) / n
        i = rate / 12
        if i == 0:
            return 1 / Decimal(n)
        growth = (1 + i) ** n
        return i * growth / (growth - 1)


def largest_principal(available: Decimal, request: CreditRequest) -> Money:
    """The largest loan whose payment is at most `available`.

    The allowance is first rounded down to the minor unit (it is a cap), then
    the principal is the allowance over the payment per unit of principal,
    rounded down. A level installment rounded half-up then never passes the
    allowance; the two roundings of an equal-principal installment could, by
    a minor unit, so that case steps down until it fits.
    """
    cur = request.currency
    allowance = _cap(available, cur)
    if allowance.is_zero():
        return allowance
    with _precise():
        exact = allowance.to_decimal() / _payment_per_unit(request)
    principal = _cap(exact, cur)
    while principal.is_positive() and new_payment(principal, request) > allowance:
        principal = Money(principal.minor - 1, cur)
    return principal


# -- the caps ---------------------------------------------------------------------------


# Whose income is missing -> the sentence (a literal table, so that it translates whole).
_INCOME_MISSING = {
    "The applicant's": "Enter the applicant's net income of each of the last {months} months.",
    "The spouse's": "Enter the spouse's net income of each of the last {months} months.",
}


class _Work:
    def __init__(self, program: Program, applicant: Applicant, request: CreditRequest):
        self.program, self.applicant, self.request = program, applicant, request
        self.cur = request.currency
        self.problems = Problems()
        self.fx = _Converter(program.currency, self.cur, request.exchange_rates, self.problems)
        self.caps: list[CapFigure] = []

    def add_cap(self, rule_id: str, limit: Decimal, template: str, values: dict,
            details: tuple[Notice, ...] = ()) -> None:
        money = _cap(limit, self.cur)
        values = {**values, "limit": money}
        self.caps.append(CapFigure(rule_id, money, Notice(template, values), details,
                                   self.program.source_for(rule_id)))

    def money(self, value: Money | None, field: str, message: str, needed_for: str
              ) -> Decimal | None:
        if value is None:
            self.problems.add(field, message)
            return None
        if value.is_negative():
            self.problems.add(field, "The amount cannot be negative.")
            return None
        return self.fx.convert(value, needed_for)

    def average_income(self, months: tuple[Money, ...], field: str, whose: str
                       ) -> tuple[Decimal | None, tuple[Notice, ...]]:
        if len(months) != INCOME_MONTHS:
            self.problems.add(field, _INCOME_MISSING[whose], months=INCOME_MONTHS)
            return None, ()
        amounts = [self.money(m, field, "", f"{whose} income") for m in months]
        if any(a is None for a in amounts):
            return None, ()
        with _precise():
            average = sum(amounts, Decimal(0)) / INCOME_MONTHS  # type: ignore[arg-type]
        note = Notice("{whose} net income of the last 3 months: {m1}, {m2}, {m3}; average "
                      "{average}.", {"whose": whose, "m1": months[0], "m2": months[1],
                                     "m3": months[2], "average": _show(average, self.cur)})
        return average, (note,)

    def loan_terms(self) -> dict:
        return {"rate": _pct(self.request.annual_rate * HUNDRED), "term": self.request.term_months,
                "method": self.request.repayment_method.value.replace("_", " ")}


def _spouse_income_counts(program: Program, applicant: Applicant) -> bool:
    rule = program.caps.debt_burden
    spouse = applicant.spouse
    return (rule is not None and rule.spouse_income == "qualifying_guarantor"
            and applicant.marital_status is MaritalStatus.MARRIED and spouse is not None
            and spouse.role is SpouseRole.GUARANTOR and spouse.meets_borrower_requirements is True)


def spouse_income_counts(program: Program, applicant: Applicant) -> bool:
    """Whether the spouse's income joins the borrower's for the debt burden."""
    return _spouse_income_counts(program, applicant)


def _weighted(w: _Work, obligations: tuple[Obligation, ...], field: str
              ) -> tuple[Decimal, list[Notice]]:
    rule = w.program.caps.debt_burden
    assert rule is not None
    total, lines = Decimal(0), []
    for i, ob in enumerate(obligations):
        name = f"{field}[{i}]"
        label = ob.creditor or f"obligation {i + 1}"
        if ob.kind is ObligationKind.OVERDRAFT:
            base, weight = ob.credit_limit, (rule.overdraft_this_bank if ob.at_this_bank
                                             else rule.overdraft_other_bank)
            what = "overdraft limit at this bank" if ob.at_this_bank else \
                "overdraft limit at another bank"
            missing = f"Obligation {i + 1} ({label}): enter the overdraft limit."
        else:
            base = ob.monthly_payment
            weight = rule.guarantee if ob.kind is ObligationKind.GUARANTEE else rule.loan
            what = "payment of a guaranteed loan" if ob.kind is ObligationKind.GUARANTEE \
                else "loan payment"
            missing = f"Obligation {i + 1} ({label}): enter the monthly payment."
        amount = w.money(base, name, missing, f"obligation {i + 1} ({label})")
        if amount is None:
            continue
        with _precise():
            part = amount * weight
        total += part
        lines.append(Notice("{creditor}: {what} {amount} × {weight} = {weighted}.",
                            {"creditor": label, "what": what, "amount": base,
                             "weight": _pct(weight), "weighted": _show(part, w.cur)}))
    return total, lines


def _debt_burden(w: _Work) -> None:
    rule = w.program.caps.debt_burden
    if rule is None:
        return
    a = w.applicant
    income, details = w.average_income(a.net_income_last_3_months, "net_income_last_3_months",
                                       "The applicant's")
    obligations = a.obligations
    joined = _spouse_income_counts(w.program, a)
    if joined and a.spouse is not None:
        spouse_income, spouse_notes = w.average_income(
            a.spouse.net_income_last_3_months, "spouse.net_income_last_3_months", "The spouse's")
        details += spouse_notes
        if income is not None and spouse_income is not None:
            income += spouse_income
        obligations = obligations + a.spouse.obligations
    existing, lines = _weighted(w, obligations, "obligations")
    if income is None:
        return
    with _precise():
        limit = income * rule.percent_of_income / HUNDRED
        available = limit - existing
    principal = largest_principal(available, w.request)
    payment = new_payment(principal, w.request)
    w.add_cap("debt_burden", principal.to_decimal(),
          "{share} % of the net average monthly income {income}"
          + (" (the spouse, a qualifying guarantor, included)" if joined else "")
          + " is {ceiling}. Existing obligations weigh {existing}, leaving {available} for the "
          "new payment. At {rate} % a year over {term} months ({method}) the largest loan whose "
          "payment fits is {limit}, paying {payment} a month.",
          {"share": _pct(rule.percent_of_income), "income": _show(income, w.cur),
           "ceiling": _show(limit, w.cur), "existing": _show(existing, w.cur),
           "available": _show(max(available, Decimal(0)), w.cur), "payment": payment,
           **w.loan_terms()},
          tuple(details) + tuple(lines) + w.fx.notes())


def _installment_share(w: _Work) -> None:
    share = w.program.caps.installment_percent_of_family_income
    if share is None:
        return
    a = w.applicant
    income, details = w.average_income(a.net_income_last_3_months, "net_income_last_3_months",
                                       "The applicant's")
    spouse = a.spouse
    if a.marital_status is MaritalStatus.MARRIED and spouse is not None \
            and spouse.net_income_last_3_months:
        spouse_income, notes = w.average_income(spouse.net_income_last_3_months,
                                                "spouse.net_income_last_3_months", "The spouse's")
        details += notes
        if income is not None and spouse_income is not None:
            income += spouse_income
    if income is None:
        return
    with _precise():
        limit = income * share / HUNDRED
    principal = largest_principal(limit, w.request)
    w.add_cap("installment_share", principal.to_decimal(),
          "The monthly repayment may be at most {share} % of the family's monthly income "
          "{income}, that is {ceiling}. At {rate} % a year over {term} months ({method}) the "
          "largest loan within it is {limit}, paying {payment} a month.",
          {"share": _pct(share), "income": _show(income, w.cur), "ceiling": _show(limit, w.cur),
           "payment": new_payment(principal, w.request), **w.loan_terms()},
          details + w.fx.notes())


def _price_caps(w: _Work) -> None:
    caps, r = w.program.caps, w.request
    if r.purpose not in (Purpose.CAR, Purpose.PURCHASE):
        return
    if not (caps.loan_within_price or caps.price_less_down_payment
            or caps.min_down_payment_percent is not None or caps.purchase_price_percent is not None):
        return
    price = w.money(r.price, "price", "Enter the price.", "the price")
    if price is None:
        return
    if caps.loan_within_price:
        w.add_cap("loan_within_price", price, "The loan may not exceed the price {price}.",
              {"price": r.price})
    if caps.price_less_down_payment:
        down = w.money(r.down_payment, "down_payment",
                       "Enter the down payment (zero if there is none).", "the down payment")
        insurance = Decimal(0)
        if caps.insurance_reduces_down_payment and r.financed_insurance is not None:
            insurance = w.money(r.financed_insurance, "financed_insurance", "",
                                "the financed insurance") or Decimal(0)
        if down is not None:
            effective = max(down - insurance, Decimal(0))
            if insurance:
                w.add_cap("price_less_down_payment", price - effective,
                      "Price {price} less the down payment {down} reduced by the financed "
                      "insurance {insurance} (that is, {effective}) = {limit}.",
                      {"price": r.price, "down": r.down_payment, "insurance": r.financed_insurance,
                       "effective": _show(effective, w.cur)})
            else:
                w.add_cap("price_less_down_payment", price - effective,
                      "Price {price} less the down payment {down} = {limit}.",
                      {"price": r.price, "down": r.down_payment})
    if caps.min_down_payment_percent is not None:
        share = HUNDRED - caps.min_down_payment_percent
        w.add_cap("down_payment_margin", price * share / HUNDRED,
              "With a down payment of at least {margin} %, the loan is at most {share} % of the "
              "price {price} = {limit}.",
              {"margin": _pct(caps.min_down_payment_percent), "share": _pct(share),
               "price": r.price})
    if caps.purchase_price_percent is not None and r.purpose is Purpose.PURCHASE:
        w.add_cap("purchase_price", price * caps.purchase_price_percent / HUNDRED,
              "{share} % of the home's total price {price} = {limit}.",
              {"share": _pct(caps.purchase_price_percent), "price": r.price})


_COLLATERAL_BASE = {
    CollateralKind.MORTGAGE: ("price", "the price of the home bought"),
    CollateralKind.EXISTING_HOME: ("home.appraisal", "the appraisal of the existing home"),
    CollateralKind.PLEDGE: ("home.pledge_face_value", "the face value of the pledge"),
    CollateralKind.GUARANTEE: ("home.guarantor_fund_balance",
                               "the guarantor's provident fund balance"),
}
# Whole sentences per kind of security, so that each translates whole.
_COLLATERAL_MISSING = {
    CollateralKind.MORTGAGE: "Enter the price of the home bought.",
    CollateralKind.EXISTING_HOME: "Enter the appraisal of the existing home.",
    CollateralKind.PLEDGE: "Enter the face value of the pledge.",
    CollateralKind.GUARANTEE: "Enter the guarantor's provident fund balance.",
}
_LTV_ARITHMETIC = {
    CollateralKind.MORTGAGE: "{share} % of the price of the home bought {base} = {limit}.",
    CollateralKind.EXISTING_HOME: "{share} % of the appraisal of the existing home {base} = {limit}.",
    CollateralKind.PLEDGE: "{share} % of the face value of the pledge {base} = {limit}.",
    CollateralKind.GUARANTEE:
        "{share} % of the guarantor's provident fund balance {base} = {limit}.",
}


def _ltv(w: _Work) -> None:
    ltv, r = w.program.caps.ltv, w.request
    if not ltv or r.purpose is Purpose.CAR:
        return
    kind = r.home.collateral if r.home is not None else None
    if kind is None:
        w.problems.add("home.collateral", "Choose the security: {kinds}.",
                       kinds=", ".join(k.value.replace("_", " ") for k in ltv))
        return
    if kind not in ltv:
        w.problems.add("home.collateral", "This program takes no {kind} as security; it takes "
                       "{kinds}.", kind=kind.value.replace("_", " "),
                       kinds=", ".join(k.value.replace("_", " ") for k in ltv))
        return
    field, words = _COLLATERAL_BASE[kind]
    home = r.home
    assert home is not None
    raw = {CollateralKind.MORTGAGE: r.price, CollateralKind.EXISTING_HOME: home.appraisal,
           CollateralKind.PLEDGE: home.pledge_face_value,
           CollateralKind.GUARANTEE: home.guarantor_fund_balance}[kind]
    base = w.money(raw, field, _COLLATERAL_MISSING[kind], words)
    if base is None:
        return
    w.add_cap("ltv", base * ltv[kind] / HUNDRED, _LTV_ARITHMETIC[kind],
          {"share": _pct(ltv[kind]), "base": raw})


def _balance_multiple(w: _Work) -> None:
    rule = w.program.caps.balance_multiple
    if rule is None:
        return
    a = w.applicant
    own = w.money(a.fund_balance, "fund_balance", "Enter the provident fund balance.",
                  "the fund balance")
    spouse = a.spouse
    with_spouse = (rule.spouse_balance_when_fund_used and spouse is not None and spouse.fund_used)
    theirs = Decimal(0)
    if with_spouse:
        assert spouse is not None
        theirs = w.money(spouse.fund_balance, "spouse.fund_balance",
                         "Enter the spouse's provident fund balance (the spouse's fund is used).",
                         "the spouse's fund balance")  # type: ignore[assignment]
    if own is None or theirs is None:
        return
    balance = own + theirs
    floor = w.fx.convert(rule.floor, "the balance floor") if rule.floor is not None else None
    counted = max(balance, floor) if floor is not None else balance
    values = {"balance": _show(balance, w.cur), "counted": _show(counted, w.cur),
              "multiple": _pct(rule.multiple), "floor": rule.floor}
    whose = "The applicant's and the spouse's fund balances" if with_spouse else \
        "The fund balance"
    if floor is not None and balance < floor:
        template = whose + " {balance} is under {floor} and counts as {counted}; × {multiple} = {limit}."
    else:
        template = whose + " {balance} × {multiple} = {limit}."
    w.add_cap("balance_multiple", counted * rule.multiple, template, values)


def _renovation(w: _Work) -> None:
    tiers, r = w.program.caps.renovation, w.request
    if not tiers or r.purpose is not Purpose.RENOVATION:
        return
    area = r.home.floor_area_m2 if r.home is not None else None
    if area is None or not isinstance(area, Decimal) or area <= 0:
        w.problems.add("home.floor_area_m2", "Enter the floor area in m² (an exact number "
                                             "above zero).")
        return
    tier = next((t for t in tiers if t.contains(area)), None)
    if tier is None:
        w.problems.add("home.floor_area_m2", "No renovation limit in this program covers "
                                             "{area} m².", area=area)
        return
    limit = w.fx.convert(tier.limit, "the renovation limit")
    if limit is None:
        return
    w.add_cap("renovation", limit, "A home of {area} m² falls in the band {band}: a renovation "
          "loan of at most {tier_limit}.", {"area": area, "band": tier.describe(),
                                             "tier_limit": tier.limit})


def _conversion(w: _Work) -> None:
    share, r = w.program.caps.conversion_percent, w.request
    if share is None or r.purpose is not Purpose.CONVERSION:
        return
    original = r.home.commercial_loan_original if r.home is not None else None
    base = w.money(original, "home.commercial_loan_original",
                   "Enter the original amount of the commercial loan being converted.",
                   "the commercial loan")
    if base is None:
        return
    w.add_cap("conversion", base * share / HUNDRED,
          "{share} % of the commercial loan's original amount {original} = {limit}.",
          {"share": _pct(share), "original": original})


_CAPS: tuple[Callable[[_Work], None], ...] = (
    _debt_burden, _installment_share, _price_caps, _ltv, _balance_multiple, _renovation,
    _conversion,
)


def _check_request(request: CreditRequest, program: Program) -> None:
    p = Problems()
    if request.program_id != program.id:
        p.add("program_id", "The request is for program {requested}, not {program}.",
              requested=repr(request.program_id), program=repr(program.id))
    if request.currency not in MINOR_DIGITS:
        p.add("currency", "Unsupported currency {currency}.", currency=repr(request.currency))
    term = request.term_months
    if isinstance(term, bool) or not isinstance(term, int) or not 1 <= term <= MAX_TERM_MONTHS:
        p.add("term_months", "The term must be 1 to {most} months.", most=MAX_TERM_MONTHS)
    rate = request.annual_rate
    if not isinstance(rate, Decimal) or not rate.is_finite() or rate < 0:
        p.add("annual_rate", "Enter the annual rate as an exact decimal, zero or more.")
    p.raise_if_any()


def maximum_amount(program: Program, applicant: Applicant, request: CreditRequest
                   ) -> MaximumAmount:
    """The smallest of the program's caps, with every cap's arithmetic.

    Raises ValidationError naming each missing figure (an income month, the
    price, a central-bank rate...) the caps need.
    """
    _check_request(request, program)
    w = _Work(program, applicant, request)
    for cap in _CAPS:
        cap(w)
    w.problems.raise_if_any()
    if not w.caps:
        raise ValidationError.single("program", "Program {program} sets no limit that "
                                                "applies to a {purpose} loan.",
                                     program=repr(program.id), purpose=request.purpose.value)
    binding = min(w.caps, key=lambda c: c.limit.minor)  # the first of equal ones
    return MaximumAmount(binding.limit, binding, tuple(w.caps))
