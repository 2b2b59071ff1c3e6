"""Loan arithmetic: repayment schedules, prepayment, arrears and payoff quotes.

Pure functions over Money and dates; nothing here reads a clock, every date
comes in as an argument. Money stays integer minor units. Decimal appears only
for rates and for the arithmetic in between, in a wide local context, and each
posted amount is rounded half-up to the currency's minor unit exactly once.
"""

from __future__ import annotations

from bisect import bisect_left
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation, localcontext
from enum import StrEnum

from desktop.domain.errors import Problems, ValidationError
from desktop.domain.money import Money, total

MAX_TERM_MONTHS = 600
BULLET_MAX_MONTHS = 12  # provident fund: a term of up to one year is repaid in one sum
DAYS_IN_YEAR = 365
RATE_TOLERANCE = Decimal("1e-12")  # of the monthly rate when solving for it
TERM_MESSAGE = f"The term must be 1 to {MAX_TERM_MONTHS} months."


def _precise():
    """A Decimal context wide enough that only the explicit roundings matter."""
    return localcontext(prec=50)


class RepaymentMethod(StrEnum):
    EQUAL_INSTALLMENT = "equal_installment"  # 等额本息: one level payment a month
    EQUAL_PRINCIPAL = "equal_principal"  # 等额本金: level principal + interest on what is left
    BULLET = "bullet"  # principal and all the interest in one sum at maturity
    BALLOON = "balloon"  # 残価設定型: level payments down to a residual paid at the end


class DayCount(StrEnum):
    MONTHLY = "monthly"  # interest per period = balance × annual rate / 12
    ACTUAL_365 = "actual_365"  # balance × annual rate × actual days in the period / 365


# -- checking what comes in ---------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _read_rate(value: object, field: str, problems: Problems) -> Decimal | None:
    """A rate as an exact Decimal (a str or int is accepted); a float is refused."""
    if isinstance(value, (float, bool)):
        problems.add(field, "Enter the rate as an exact decimal, never a binary float.")
        return None
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError):
        problems.add(field, "{value} is not a rate.", value=repr(value))
        return None
    if not rate.is_finite() or rate < 0:
        problems.add(field, "The rate must be zero or more.")
        return None
    return rate


def _rate(value: object, field: str = "annual_rate") -> Decimal:
    problems = Problems()
    rate = _read_rate(value, field, problems)
    problems.raise_if_any()
    return rate  # type: ignore[return-value]


def _money(value: object, currency: str, field: str, *, positive: bool = True) -> Money:
    """An amount in the loan's currency: more than zero, or (fees) zero or more."""
    if not isinstance(value, Money) or value.currency != currency:
        raise ValidationError.single(field, "Enter an amount in {currency}.", currency=currency)
    if positive and not value.is_positive():
        raise ValidationError.single(field, "The amount must be more than zero.")
    if value.is_negative():
        raise ValidationError.single(field, "The amount cannot be negative.")
    return value


def _valid_term(value: object) -> bool:
    return _is_int(value) and 1 <= value <= MAX_TERM_MONTHS  # type: ignore[operator]


def _term(value: object) -> int:
    if not _valid_term(value):
        raise ValidationError.single("term_months", TERM_MESSAGE)
    return value  # type: ignore[return-value]


def _enum(kind: type[StrEnum], value: object, field: str):
    try:
        return kind(value)
    except ValueError:
        raise ValidationError.single(field, "Unknown {field}: {value}.",
                                     field=field, value=repr(value)) from None


def _months(value: object, field: str = "compensation_months_interest") -> int:
    if not _is_int(value) or value < 0:  # type: ignore[operator]
        raise ValidationError.single(field, "Enter a whole number of months, zero or more.")
    return value  # type: ignore[return-value]


# -- the loan -------------------------------------------------------------------


@dataclass(frozen=True)
class LoanTerms:
    principal: Money
    annual_rate: Decimal  # Decimal("0.024") means 2.4 % a year
    term_months: int
    method: RepaymentMethod
    disbursed_on: date
    due_day: int = 20  # provident fund: installments fall due by the 20th
    day_count: DayCount = DayCount.MONTHLY
    residual: Money | None = None  # balloon only: paid with the last installment
    penalty_rate: Decimal = Decimal(0)  # annual rate charged on overdue amounts

    def __post_init__(self) -> None:
        p = Problems()
        # Values read back from storage arrive as plain str or int: normalise
        # them so that every later comparison is between the right types.
        for name, kind in (("method", RepaymentMethod), ("day_count", DayCount)):
            try:
                object.__setattr__(self, name, kind(getattr(self, name)))
            except ValueError:
                p.add(name, "Unknown {field}: {value}.",
                      field=name.replace("_", " "), value=repr(getattr(self, name)))
        for name in ("annual_rate", "penalty_rate"):
            rate = _read_rate(getattr(self, name), name, p)
            if rate is not None:
                object.__setattr__(self, name, rate)
        principal_ok = isinstance(self.principal, Money) and self.principal.is_positive()
        if not principal_ok:
            p.add("principal", "The loan amount must be more than zero.")
        if not _valid_term(self.term_months):
            p.add("term_months", TERM_MESSAGE)
        elif self.method == RepaymentMethod.BULLET and self.term_months > BULLET_MAX_MONTHS:
            p.add("method", "One repayment at maturity is only for terms of up to 12 months.")
        if not _is_int(self.due_day) or not 1 <= self.due_day <= 31:
            p.add("due_day", "The due day must be a day of the month, 1 to 31.")
        if not isinstance(self.disbursed_on, date) or isinstance(self.disbursed_on, datetime):
            p.add("disbursed_on", "Enter the date the loan was paid out.")
        if self.method != RepaymentMethod.BALLOON:
            if self.residual is not None:
                p.add("residual", "Only a residual-value (balloon) loan has a residual.")
        elif not isinstance(self.residual, Money):
            p.add("residual", "Enter the residual value paid with the last installment.")
        elif principal_ok and self.residual.currency != self.principal.currency:
            p.add("residual", "The residual must be in the loan's currency.")
        elif principal_ok and not 0 < self.residual.minor < self.principal.minor:
            p.add("residual", "The residual must be more than zero and less than the loan amount.")
        p.raise_if_any()

    @property
    def currency(self) -> str:
        return self.principal.currency


@dataclass(frozen=True)
class Installment:
    number: int
    due_date: date
    opening_balance: Money
    payment: Money
    principal: Money
    interest: Money
    closing_balance: Money
    prepayment: bool = False  # the row of a partial prepayment (see prepay)


@dataclass(frozen=True)
class Schedule:
    terms: LoanTerms
    installments: tuple[Installment, ...]

    @property
    def currency(self) -> str:
        return self.terms.currency

    @property
    def total_payment(self) -> Money:
        return total((row.payment for row in self.installments), self.currency)

    @property
    def total_interest(self) -> Money:
        return total((row.interest for row in self.installments), self.currency)

    @property
    def total_principal(self) -> Money:
        return total((row.principal for row in self.installments), self.currency)


# -- schedules ------------------------------------------------------------------


def _due_date(start: date, months_after: int, due_day: int) -> date:
    """The due day `months_after` months after `start`, clamped to the month's end."""
    year, month0 = divmod(start.year * 12 + start.month - 1 + months_after, 12)
    return date(year, month0 + 1, min(due_day, monthrange(year, month0 + 1)[1]))


def due_dates(terms: LoanTerms) -> list[date]:
    """Monthly from the month after disbursement (provident fund rule), on the due day.

    A bullet loan has one date, at maturity: the due day `term_months` later.
    """
    months = (
        [terms.term_months] if terms.method is RepaymentMethod.BULLET
        else range(1, terms.term_months + 1)
    )
    return [_due_date(terms.disbursed_on, k, terms.due_day) for k in months]


def _period_rates(terms: LoanTerms, start: date, dates: Sequence[date]) -> list[Decimal]:
    """The share of the balance each period costs in interest (periods end on `dates`)."""
    with _precise():
        if terms.day_count is DayCount.ACTUAL_365:
            starts = [start, *dates[:-1]]
            return [terms.annual_rate * (end - begin).days / DAYS_IN_YEAR
                    for begin, end in zip(starts, dates)]
        # A twelfth of the rate a month whatever its length; a bullet's single
        # period spans the whole term.
        months = terms.term_months if terms.method is RepaymentMethod.BULLET else 1
        return [terms.annual_rate * months / 12] * len(dates)


def _annuity(principal: Decimal, rates: Sequence[Decimal], residual: Decimal = Decimal(0)
             ) -> Decimal:
    """The level payment that brings `principal` down to `residual` over these periods.

    It solves P·Π(1+r_k) − A·Σ_k Π_{j>k}(1+r_j) = R. With one monthly rate i
    that is the contract formula P·i(1+i)^n / ((1+i)^n − 1), with a residual
    (P − R/(1+i)^n)·i(1+i)^n / ((1+i)^n − 1); at rate 0 it is (P − R)/n. With
    actual-day periods of unequal length it is the payment that really
    amortises the loan, so the last row only absorbs rounding.
    """
    with _precise():
        growth, annuity_sum = Decimal(1), Decimal(0)
        for rate in reversed(rates):
            annuity_sum += growth
            growth *= 1 + rate
        return (principal * growth - residual) / annuity_sum


def _residual(terms: LoanTerms) -> Money:
    return terms.residual or Money.zero(terms.currency)


def _level(terms: LoanTerms, balance: Money, rates: Sequence[Decimal]) -> Money:
    """What stays level from row to row: the principal (equal principal) or the payment.

    (A bullet has a single row, which takes the whole balance: its level is unused.)
    """
    with _precise():
        if terms.method is RepaymentMethod.EQUAL_PRINCIPAL:
            exact = balance.to_decimal() / len(rates)
        else:
            exact = _annuity(balance.to_decimal(), rates, _residual(terms).to_decimal())
        return Money.from_decimal(exact, balance.currency)


def _amortise(
    balance: Money,
    dates: Sequence[date],
    rates: Sequence[Decimal],
    terms: LoanTerms,
    level: Money,
    *,
    first_number: int = 1,
    carried_interest: Money | None = None,
) -> list[Installment]:
    """Rows that repay `balance` on `dates`; the last absorbs every rounding.

    `carried_interest` was earned before the first period and is paid with the
    first row on top of its own interest.
    """
    rows = []
    zero = Money.zero(balance.currency)
    residual = _residual(terms)
    for k, (due, rate) in enumerate(zip(dates, rates)):
        with _precise():
            interest = Money.from_decimal(balance.to_decimal() * rate, balance.currency)
        if k == len(dates) - 1:
            principal = balance  # a balloon's residual included
        elif terms.method is RepaymentMethod.EQUAL_PRINCIPAL:
            principal = min(level, balance)
        else:
            # Never below zero (no interest is capitalised), and roundings
            # never eat into the residual that the last row must pay.
            principal = min(max(level - interest, zero), balance - residual)
        if k == 0 and carried_interest is not None:
            interest += carried_interest
        rows.append(Installment(first_number + k, due, balance, principal + interest,
                                principal, interest, balance - principal))
        balance -= principal
    return rows


def build_schedule(terms: LoanTerms) -> Schedule:
    dates = due_dates(terms)
    rates = _period_rates(terms, terms.disbursed_on, dates)
    rows = _amortise(terms.principal, dates, rates, terms, _level(terms, terms.principal, rates))
    return Schedule(terms, tuple(rows))


# -- the loan calculator --------------------------------------------------------


def level_installment(
    principal: Money, annual_rate: Decimal, term_months: int, residual: Money | None = None
) -> Money:
    """The equal monthly installment at annual rate / 12, rounded half-up.

    (A schedule on actual days levels its payment over its actual periods instead.)
    """
    rate = _rate(annual_rate)
    _term(term_months)
    residual_part = Decimal(0)
    if residual is not None:
        residual_part = _money(residual, principal.currency, "residual").to_decimal()
    with _precise():
        exact = _annuity(principal.to_decimal(), [rate / 12] * term_months, residual_part)
    return Money.from_decimal(exact, principal.currency)


@dataclass(frozen=True)
class SolvedTerms:
    principal: Money
    annual_rate: Decimal
    term_months: int
    installment: Money


def solve_terms(
    *,
    principal: Money | None,
    annual_rate: Decimal | None,
    term_months: int | None,
    installment: Money | None,
) -> SolvedTerms:
    """Complete the four terms of an equal-installment loan from any three."""
    given = {"principal": principal, "annual_rate": annual_rate,
             "term_months": term_months, "installment": installment}
    missing = [name for name, value in given.items() if value is None]
    if len(missing) != 1:
        raise ValidationError.single(
            "terms", "Leave exactly one of amount, rate, term and installment empty.")
    known = principal if principal is not None else installment
    if not isinstance(known, Money):
        field = "principal" if principal is not None else "installment"
        raise ValidationError.single(field, "Enter an amount.")
    currency = known.currency
    if principal is not None:
        _money(principal, currency, "principal")
    if installment is not None:
        _money(installment, currency, "installment")
    if annual_rate is not None:
        annual_rate = _rate(annual_rate)
    if term_months is not None:
        _term(term_months)

    if installment is None:
        installment = level_installment(principal, annual_rate, term_months)
    elif principal is None:
        with _precise():
            per_unit = _annuity(Decimal(1), [annual_rate / 12] * term_months)
            principal = Money.from_decimal(installment.to_decimal() / per_unit, currency)
    elif term_months is None:
        term_months = _term_for(principal, annual_rate, installment)
    else:
        annual_rate = _rate_for(principal, term_months, installment)
    return SolvedTerms(principal, annual_rate, term_months, installment)


def _term_for(principal: Money, annual_rate: Decimal, installment: Money) -> int:
    """The fewest months whose installment is no more than the one given."""
    with _precise():
        if installment.to_decimal() <= principal.to_decimal() * annual_rate / 12:
            raise ValidationError.single(
                "installment", "The installment does not even cover the interest: it never repays.")
    months = range(1, MAX_TERM_MONTHS + 1)
    # The installment falls as the term grows: halve to the first term it covers.
    found = bisect_left(months, True,
                        key=lambda n: level_installment(principal, annual_rate, n) <= installment)
    if found == len(months):
        raise ValidationError.single(
            "installment", f"The installment cannot repay the loan in {MAX_TERM_MONTHS} months.")
    return months[found]


def _rate_for(principal: Money, term_months: int, installment: Money) -> Decimal:
    """The annual rate at which the installment repays the loan, to about 1e-10."""
    with _precise():
        p, a = principal.to_decimal(), installment.to_decimal()
        if a * term_months < p:
            raise ValidationError.single(
                "installment", "The installments add up to less than the loan amount.")
        # The payment grows with the rate, and the monthly rate is below a/p
        # (the payment covers at least the month's interest): bisect between.
        low, high = Decimal(0), a / p
        while high - low > RATE_TOLERANCE:
            middle = (low + high) / 2
            if _annuity(p, [middle] * term_months) < a:
                low = middle
            else:
                high = middle
        return ((low + high) / 2 * 12).quantize(Decimal("1e-10"))


# -- partial prepayment ---------------------------------------------------------


class PrepaymentMode(StrEnum):
    LOWER_INSTALLMENT = "lower_installment"  # same remaining term, a new installment
    SHORTER_TERM = "shorter_term"  # same installment, fewer months


@dataclass(frozen=True)
class PrepaymentResult:
    schedule: Schedule
    compensation: Money
    new_installment: Money  # the next one, less interest carried from before the prepayment
    remaining_term: int  # installments left after the prepayment


def _months_interest(base: Money, annual_rate: Decimal, months: int) -> Money:
    """`months` times one month's interest on `base`, as the contracts word it."""
    with _precise():
        one_month = Money.from_decimal(base.to_decimal() * annual_rate / 12, base.currency)
    return one_month * months


def prepay(
    schedule: Schedule,
    on: date,
    amount: Money,
    mode: PrepaymentMode,
    compensation_months_interest: int = 0,
) -> PrepaymentResult:
    """Pay part of the principal early, on a day between due dates.

    Installments due on or before `on` stay as they were (taken as paid). The
    prepayment becomes a row of its own on `on`, so that the schedule still
    repays exactly the loan and a payment recording it settles that row.
    The rest is rebuilt on the remaining principal: with the same number of
    installments (LOWER_INSTALLMENT, the provident fund's rule) or the same
    installment (SHORTER_TERM); a bullet keeps its single date either way.
    Record the prepaid amount as a PaymentMade on `on`; the compensation is a
    charge of its own, not a payment against the schedule.
    """
    terms, cur = schedule.terms, schedule.currency
    mode = _enum(PrepaymentMode, mode, "mode")
    months = _months(compensation_months_interest)
    amount = _money(amount, cur, "amount")
    if on < terms.disbursed_on:
        raise ValidationError.single("on", "A prepayment cannot come before the loan was paid out.")
    kept = [row for row in schedule.installments if row.due_date <= on]
    ahead = schedule.installments[len(kept):]
    if not ahead:
        raise ValidationError.single("on", "Nothing falls due after this day: take a payoff quote.")
    if (kept and kept[-1].prepayment) or any(row.prepayment for row in ahead):
        # The schedule after a prepayment was rebuilt from the next due date:
        # one more inside that period, or before it, would undo that rebuild.
        raise ValidationError.single(
            "on", "Only one prepayment per period, after the last one: wait for the next due date.")
    balance = kept[-1].closing_balance if kept else terms.principal
    if amount >= balance:
        raise ValidationError.single("amount", "That clears the whole loan: take a payoff quote.")
    remaining = balance - amount
    if terms.method is RepaymentMethod.BALLOON:
        if remaining < terms.residual:
            raise ValidationError.single(
                "amount", "The balance cannot go below the residual of {residual}.",
                residual=terms.residual)
        if mode is PrepaymentMode.SHORTER_TERM:
            # The residual is the car's value at the contract's end: that date stays.
            raise ValidationError.single(
                "mode", "A residual-value loan keeps its term: lower the installment instead.")

    since = kept[-1].due_date if kept else terms.disbursed_on
    dates = [row.due_date for row in ahead]
    rates = _period_rates(terms, since, dates)
    # The interest the prepaid amount earned from the last due date to `on`
    # is not capitalised: it is paid with the next installment, as usual. It
    # is that period's interest on the amount, pro rata of the days.
    with _precise():
        carried = Money.from_decimal(
            amount.to_decimal() * rates[0] * (on - since).days / (dates[0] - since).days, cur)

    if mode is PrepaymentMode.SHORTER_TERM:
        level, count = _keep_installment(terms, remaining, rates, ahead)
    else:
        level, count = _level(terms, remaining, rates), len(ahead)
    first = len(kept) + 1
    prepaid = Installment(first, on, balance, amount, amount, Money.zero(cur), remaining,
                          prepayment=True)
    rows = _amortise(remaining, dates[:count], rates[:count], terms, level,
                     first_number=first + 1, carried_interest=carried)
    return PrepaymentResult(
        schedule=Schedule(terms, (*kept, prepaid, *rows)),
        compensation=_months_interest(amount, terms.annual_rate, months),
        new_installment=rows[0].payment - carried,
        remaining_term=count,
    )


def _keep_installment(
    terms: LoanTerms, remaining: Money, rates: Sequence[Decimal], ahead: Sequence[Installment]
) -> tuple[Money, int]:
    """The level kept (payment, or principal for equal principal) and the fewer months it takes."""
    if len(ahead) == 1 or terms.method is RepaymentMethod.BULLET:
        return _level(terms, remaining, rates), len(ahead)  # nothing to shorten
    if terms.method is RepaymentMethod.EQUAL_PRINCIPAL:
        level = ahead[0].principal
        if not level.is_positive():
            return level, len(ahead)
        return level, min(-(-remaining.minor // level.minor), len(ahead))  # rounded up
    level = ahead[0].payment
    # The installment falls as the term grows: halve to the first term it covers.
    fits = bisect_left(range(1, len(ahead) + 1), True,
                       key=lambda m: _level(terms, remaining, rates[:m]) <= level)
    return level, min(fits + 1, len(ahead))


# -- arrears --------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentMade:
    paid_on: date
    amount: Money


@dataclass(frozen=True)
class PastDueInstallment:
    number: int
    due_date: date
    amount_unpaid: Money
    days_past_due: int


@dataclass(frozen=True)
class ArrearsStatus:
    as_of: date
    installments_due: int
    installments_paid_in_full: int
    past_due: tuple[PastDueInstallment, ...]
    arrears: Money  # unpaid amounts of the installments due
    days_past_due: int  # of the oldest unpaid installment
    consecutive_missed: int  # the current run of late installments still unpaid
    cumulative_missed: int  # installments ever not paid in full by their due date
    advance: Money  # paid beyond every installment due

    def is_callable(self, consecutive: int = 3, cumulative: int = 6) -> bool:
        """Whether the lender may call the whole loan.

        Provident fund: after 3 consecutive or 6 cumulative missed months.
        """
        return self.consecutive_missed >= consecutive or self.cumulative_missed >= cumulative


def _settled_on(rows: Sequence[Installment], payments: Sequence[PaymentMade]) -> list[date | None]:
    """The day each installment was paid in full, payments going to the oldest first."""
    queue = iter(payments)
    received = owed = 0
    day = date.min  # an installment of nothing is settled from the start
    settled: list[date | None] = []
    for row in rows:
        owed += row.payment.minor
        while received < owed and (payment := next(queue, None)) is not None:
            received += payment.amount.minor
            day = payment.paid_on
        settled.append(day if received >= owed else None)
    return settled


def arrears(schedule: Schedule, payments: Sequence[PaymentMade], as_of: date) -> ArrearsStatus:
    """Where the borrower stands on `as_of` (payments after it are ignored).

    An installment falls due on its due date and is missed when not paid in
    full by the end of that day; one due on `as_of` is owed but not yet missed.
    """
    cur = schedule.currency
    received = sorted((p for p in payments if p.paid_on <= as_of), key=lambda p: p.paid_on)
    for p in received:
        _money(p.amount, cur, "payments")
    due = [row for row in schedule.installments if row.due_date <= as_of]
    paid = total((p.amount for p in received), cur)
    zero = Money.zero(cur)
    owed, missed, past_due = zero, 0, []
    for row, settled in zip(due, _settled_on(due, received)):
        owed += row.payment
        unpaid = min(row.payment, max(owed - paid, zero))
        if unpaid.is_positive():
            days_late = (as_of - row.due_date).days
            past_due.append(PastDueInstallment(row.number, row.due_date, unpaid, days_late))
        if row.due_date < as_of and (settled is None or settled > row.due_date):
            missed += 1
    # Payments go to the oldest installment first, so the unpaid ones are a
    # single run at the end: the late ones among them are the current run.
    consecutive = sum(1 for p in past_due if p.days_past_due > 0)
    return ArrearsStatus(
        as_of=as_of,
        installments_due=len(due),
        installments_paid_in_full=len(due) - len(past_due),
        past_due=tuple(past_due),
        arrears=total((p.amount_unpaid for p in past_due), cur),
        days_past_due=past_due[0].days_past_due if past_due else 0,
        consecutive_missed=consecutive,
        cumulative_missed=missed,
        advance=max(paid - owed, zero),
    )


# -- payoff ---------------------------------------------------------------------


def per_diem(balance: Money, annual_rate: Decimal) -> Money:
    """One day's interest: balance × rate / 365, half-up."""
    rate = _rate(annual_rate)
    with _precise():
        return Money.from_decimal(balance.to_decimal() * rate / DAYS_IN_YEAR, balance.currency)


def accrued_interest(balance: Money, annual_rate: Decimal, since: date, until: date) -> Money:
    """balance × rate × days / 365, rounded once on the total (not per diem × days)."""
    rate = _rate(annual_rate)
    days = max((until - since).days, 0)
    with _precise():
        exact = balance.to_decimal() * rate * days / DAYS_IN_YEAR
        return Money.from_decimal(exact, balance.currency)


@dataclass(frozen=True)
class PayoffQuote:
    good_through: date
    last_due_date: date | None
    principal_outstanding: Money
    accrued_interest: Money
    past_due: Money
    penalty_interest: Money
    fees: Money
    prepayment_compensation: Money
    per_diem: Money

    @property
    def currency(self) -> str:
        return self.principal_outstanding.currency

    @property
    def total(self) -> Money:
        parts = (self.principal_outstanding, self.accrued_interest, self.past_due,
                 self.penalty_interest, self.fees, self.prepayment_compensation)
        return total(parts, self.currency)

    def amount_on(self, day: date) -> Money:
        """The payoff on `day`: the total plus the per diem for each day past good-through.

        A day before good-through gives the total: a quote is never back-dated.
        """
        return self.total + self.per_diem * max((day - self.good_through).days, 0)


def payoff_quote(
    schedule: Schedule,
    payments: Sequence[PaymentMade],
    good_through: date,
    fees: Money | None = None,
    compensation_months_interest: int = 0,
) -> PayoffQuote:
    """What clears the loan on `good_through`."""
    terms, cur = schedule.terms, schedule.currency
    fees = Money.zero(cur) if fees is None else _money(fees, cur, "fees", positive=False)
    months = _months(compensation_months_interest)
    if good_through < terms.disbursed_on:
        raise ValidationError.single(
            "good_through", "A payoff cannot be quoted before the loan was paid out.")
    status = arrears(schedule, payments, good_through)
    due = [row for row in schedule.installments if row.due_date <= good_through]
    scheduled = due[-1].closing_balance if due else terms.principal
    # Money paid ahead of the schedule is not yet posted to any installment:
    # at payoff it goes to principal.
    principal = max(scheduled - status.advance, Money.zero(cur))
    regular = [row.due_date for row in due if not row.prepayment]
    since = regular[-1] if regular else terms.disbursed_on
    # Accrued interest counts actual days / 365 whatever the schedule's day
    # count: a payoff falls between due dates and the lender charges the days
    # that actually passed. A prepayment since the last due date still bore
    # interest up to its own day.
    # Both interests are summed as amount × days on Decimals and rounded once.
    with _precise():
        balance_days = principal.to_decimal() * (good_through - since).days
        for row in due:
            if row.prepayment and row.due_date > since:
                balance_days += row.principal.to_decimal() * (row.due_date - since).days
        overdue_days = Decimal(0)
        for late in status.past_due:
            overdue_days += late.amount_unpaid.to_decimal() * late.days_past_due
        accrued = Money.from_decimal(balance_days * terms.annual_rate / DAYS_IN_YEAR, cur)
        penalty = Money.from_decimal(overdue_days * terms.penalty_rate / DAYS_IN_YEAR, cur)
    return PayoffQuote(
        good_through=good_through,
        last_due_date=since if regular else None,
        principal_outstanding=principal,
        accrued_interest=accrued,
        past_due=status.arrears,
        penalty_interest=penalty,
        fees=fees,
        prepayment_compensation=_months_interest(principal, terms.annual_rate, months),
        per_diem=per_diem(principal, terms.annual_rate),
    )
