"""Japanese closing figures: the broker's commission cap, prorations of
property tax and condominium fees, and the cost of discharging a mortgage.

None of this is in the source texts (DOMAIN.md marks it so): the commission
cap is the Real Estate Brokerage Act's (宅地建物取引業法 46条 and the
ministry's notice on fees), the 1,000-yen discharge tax is the Registration
and License Tax Act's (登録免許税法 別表第一 1(15)), and the prorations are
trade custom. Every figure carries its arithmetic as a Notice.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from desktop.domain.errors import Problems, ValidationError
from desktop.domain.money import Money
from desktop.domain.notices import Notice
from desktop.domain.rates import format_percent

JPY = "JPY"


def yen(amount: int) -> Money:
    return Money(amount, JPY)


def pro_rata(amount: Money, part: int, whole: int) -> Money:
    """amount × part / whole, rounded half-up to the minor unit (exact integer arithmetic)."""
    if whole <= 0 or part < 0 or amount.is_negative():
        raise ValueError("pro rata of a non-negative amount over a positive whole")
    units, rest = divmod(amount.minor * part, whole)
    if 2 * rest >= whole:
        units += 1
    return Money(units, amount.currency)


# -- consumption tax -------------------------------------------------------------

# (in force from, rate): the standard rate since 1997.
_CONSUMPTION_TAX = ((date(1997, 4, 1), Decimal("0.05")),
                    (date(2014, 4, 1), Decimal("0.08")),
                    (date(2019, 10, 1), Decimal("0.10")))


def consumption_tax_rate(on: date) -> Decimal:
    """The standard consumption tax rate on a day (10 % since 2019-10-01)."""
    rate = _CONSUMPTION_TAX[0][1]
    for since, r in _CONSUMPTION_TAX:
        if on >= since:
            rate = r
    return rate


# -- the broker's commission cap (宅建業法) -----------------------------------------

# Tiers on the price excluding consumption tax: 5 % of the part up to
# 2,000,000, 4 % of the part from 2,000,000 to 4,000,000, 3 % of the rest.
_TIERS = ((yen(0), yen(2_000_000), Decimal("0.05")),
          (yen(2_000_000), yen(4_000_000), Decimal("0.04")),
          (yen(4_000_000), None, Decimal("0.03")))

# 低廉な空家等 (low-priced vacant homes): from 2024-07-01 a broker may charge up
# to 300,000 yen + tax per side when the price is 8,000,000 yen or less.
LOW_PRICED_VACANT_FROM = date(2024, 7, 1)
LOW_PRICED_VACANT_PRICE_LIMIT = yen(8_000_000)
LOW_PRICED_VACANT_FEE = yen(300_000)


@dataclass(frozen=True)
class CommissionTier:
    rate: Decimal
    base: Money  # the part of the price in this tier
    amount: Money  # rate × base, rounded half-up


@dataclass(frozen=True)
class CommissionCap:
    """The most a broker may charge one client (one side) for a sale."""

    price: Money  # excluding consumption tax
    on: date
    tiers: tuple[CommissionTier, ...]
    ordinary_fee: Money  # the tiers' sum, before tax
    fee: Money  # the cap before tax: the ordinary fee, or 300,000 for a low-priced vacant home
    tax_rate: Decimal
    tax: Money
    total: Money  # fee + tax
    vacant_low_price_applied: bool
    explanation: Notice
    notices: tuple[Notice, ...] = field(default_factory=tuple)

    @property
    def currency(self) -> str:
        return self.price.currency


# The arithmetic of the cap, by the number of tiers the price reaches (_TIERS).
_TIER_EXPLANATIONS = {
    1: "{rate1}% of {base1} = {tier1}; total {fee} + {tax_pct}% tax {tax} = {total}",
    2: "{rate1}% of {base1} = {tier1}; {rate2}% of {base2} = {tier2}; "
       "total {fee} + {tax_pct}% tax {tax} = {total}",
    3: "{rate1}% of {base1} = {tier1}; {rate2}% of {base2} = {tier2}; "
       "{rate3}% of {base3} = {tier3}; total {fee} + {tax_pct}% tax {tax} = {total}",
}


def _tier_explanation(tiers: tuple[CommissionTier, ...], fee: Money, tax_rate: Decimal, tax: Money,
                      total_: Money) -> Notice:
    values: dict = {}
    for i, tier in enumerate(tiers, start=1):
        values[f"rate{i}"] = format_percent(tier.rate)
        values[f"base{i}"], values[f"tier{i}"] = tier.base, tier.amount
    values.update(fee=fee, tax_pct=format_percent(tax_rate), tax=tax, total=total_)
    return Notice(_TIER_EXPLANATIONS[len(tiers)], values)


def commission_cap(price: Money, vacant_low_price: bool = False, *, on: date,
                   tax_in_price: Money | None = None) -> CommissionCap:
    """The statutory cap on a broker's commission for a sale at `price`.

    `price` excludes consumption tax; when it includes the tax on a building
    (a seller in business), pass that tax as `tax_in_price` and it is taken
    off first. `on` is the day the fee is agreed: it decides the tax rate and
    whether the low-priced vacant home rule (from 2024-07-01) applies.
    """
    if not isinstance(price, Money) or price.currency != JPY:
        raise ValidationError.single("price", "The brokerage commission cap is for prices in JPY.")
    if tax_in_price is not None:
        if tax_in_price.currency != JPY or tax_in_price.is_negative() or tax_in_price > price:
            raise ValidationError.single("tax_in_price", "The tax in the price must be between zero "
                                                         "and the price.")
        price = price - tax_in_price
    if not price.is_positive():
        raise ValidationError.single("price", "The price must be more than zero.")
    tiers = []
    for lower, upper, rate in _TIERS:
        top = price if upper is None else min(price, upper)
        if top <= lower:
            break
        base = top - lower
        tiers.append(CommissionTier(rate, base, base.times(rate)))
    tiers = tuple(tiers)
    ordinary = sum((t.amount for t in tiers), yen(0))
    tax_rate = consumption_tax_rate(on)
    notices = []
    applied = False
    fee = ordinary
    if vacant_low_price:
        if on < LOW_PRICED_VACANT_FROM:
            notices.append(Notice(
                "The low-priced vacant home rule (up to 300,000 + tax) applies from {since}; "
                "on {on} the ordinary cap applies.", {"since": LOW_PRICED_VACANT_FROM, "on": on}))
        elif price > LOW_PRICED_VACANT_PRICE_LIMIT:
            notices.append(Notice(
                "The low-priced vacant home rule is for prices of {limit} or less; at {price} the "
                "ordinary cap applies.", {"limit": LOW_PRICED_VACANT_PRICE_LIMIT, "price": price}))
        else:
            applied = True
            fee = max(ordinary, LOW_PRICED_VACANT_FEE)
            notices.append(Notice(
                "Low-priced vacant home (低廉な空家等): the client must agree to the higher fee "
                "in advance, when the brokerage contract is signed."))
    tax = fee.times(tax_rate)
    total_ = fee + tax
    if applied:
        explanation = Notice(
            "Low-priced vacant home (低廉な空家等, price {price} ≤ {limit}, from {since}): up to "
            "{fee} + {tax_pct}% tax {tax} = {total} (the ordinary cap before tax is {ordinary})",
            {"price": price, "limit": LOW_PRICED_VACANT_PRICE_LIMIT, "since": LOW_PRICED_VACANT_FROM,
             "fee": fee, "tax_pct": format_percent(tax_rate), "tax": tax, "total": total_,
             "ordinary": ordinary})
    else:
        explanation = _tier_explanation(tiers, fee, tax_rate, tax, total_)
    return CommissionCap(price, on, tiers, ordinary, fee, tax_rate, tax, total_, applied,
                         explanation, tuple(notices))


@dataclass(frozen=True)
class Commission:
    """What the broker charges one side, against the cap.

    It may be agreed below the cap; above it only with an explicit override
    and its reason (charging more breaks the Act unless the client asked for
    a special service paid apart, such as distant advertising).
    """

    charged: Money  # including consumption tax
    cap: CommissionCap
    override_reason: str = ""

    def __post_init__(self) -> None:
        p = Problems()
        if not isinstance(self.charged, Money) or self.charged.currency != self.cap.currency:
            p.add("charged", "Enter the commission in {currency}.", currency=self.cap.currency)
        elif self.charged.is_negative():
            p.add("charged", "The commission cannot be negative.")
        elif self.charged > self.cap.total and not self.override_reason.strip():
            p.add("charged", "The commission cannot exceed the legal cap of {cap} "
                             "without an override and its reason.", cap=self.cap.total)
        p.raise_if_any()

    @classmethod
    def at_cap(cls, cap: CommissionCap) -> Commission:
        return cls(cap.total, cap)

    @property
    def over_cap(self) -> bool:
        return self.charged > self.cap.total

    @property
    def explanation(self) -> Notice:
        # The cap's own arithmetic is a Notice inside this one ({cap}); its
        # figures are also kept among this one's values, for whoever reads them.
        cap = self.cap.explanation
        if self.charged == self.cap.total:
            return Notice("Commission at the legal cap: {cap}", {**cap.values, "cap": cap})
        values = {**cap.values, "cap": cap, "charged": self.charged, "cap_total": self.cap.total,
                  "reason": self.override_reason.strip()}
        if self.over_cap:
            return Notice("Commission {charged}, above the legal cap of {cap_total} by override "
                          "(reason: {reason}). Cap: {cap}", values)
        return Notice("Commission {charged}, agreed below the legal cap of {cap_total}. Cap: {cap}",
                      values)


# -- prorations ------------------------------------------------------------------


class TaxYearStart(StrEnum):
    """Where the property-tax year starts for the proration (a custom, not law)."""

    JANUARY = "january"  # 1 January: the custom around Tokyo (関東)
    APRIL = "april"  # 1 April: the custom around Osaka (関西)


class DayBasis(StrEnum):
    """What a year's days are counted over."""

    DAYS_365 = "365"  # the custom: 365 days even in a year with 29 February
    ACTUAL = "actual"  # 366 in a year that contains 29 February


class ProrationKind(StrEnum):
    PROPERTY_TAX = "property_tax"  # 固定資産税・都市計画税
    MANAGEMENT_FEE = "management_fee"  # 管理費
    REPAIR_RESERVE = "repair_reserve"  # 修繕積立金


_LABELS = {
    ProrationKind.PROPERTY_TAX: "Property tax and city-planning tax (固定資産税・都市計画税)",
    ProrationKind.MANAGEMENT_FEE: "Management fee (管理費)",
    ProrationKind.REPAIR_RESERVE: "Repair reserve (修繕積立金)",
}


@dataclass(frozen=True)
class Proration:
    """A charge for a period split at the settlement day.

    The seller bears the days up to the day before settlement, the buyer
    from the settlement day. The seller has paid (or owes) the whole period,
    so the buyer's share is paid to the seller at closing.
    """

    kind: ProrationKind
    amount: Money  # the whole period's charge
    period_start: date
    period_end: date  # inclusive
    settlement_on: date
    seller_days: int
    buyer_days: int
    basis_days: int
    seller_share: Money
    buyer_share: Money
    explanation: Notice


def _add_years(day: date, years: int) -> date:
    return day.replace(year=day.year + years)


def prorate_property_tax(annual_tax: Money, settlement_on: date,
                         year_start: TaxYearStart = TaxYearStart.JANUARY,
                         basis: DayBasis = DayBasis.DAYS_365) -> Proration:
    """Split a year's property tax at the settlement day.

    The buyer's share is annual × buyer's days / basis, rounded half-up, and
    the seller's share is the rest, so the two add up to the tax exactly.
    With the customary 365-day basis, a year holding 29 February has 366
    days: each of the buyer's days is still charged at 1/365 of the tax
    (never more than the whole tax in all), and the seller's share is the
    rest, so the seller is charged for one day fewer than it held the home.
    DayBasis.ACTUAL counts over 366 instead.
    """
    if not isinstance(annual_tax, Money) or annual_tax.is_negative():
        raise ValidationError.single("annual_property_tax", "Enter the year's tax, zero or more.")
    year_start, basis = TaxYearStart(year_start), DayBasis(basis)
    if year_start is TaxYearStart.JANUARY:
        start = date(settlement_on.year, 1, 1)
    else:
        start = date(settlement_on.year if settlement_on.month >= 4 else settlement_on.year - 1, 4, 1)
    end = _add_years(start, 1) - timedelta(days=1)
    length = (end - start).days + 1
    seller_days = (settlement_on - start).days
    buyer_days = length - seller_days
    basis_days = 365 if basis is DayBasis.DAYS_365 else length
    buyer_share = min(pro_rata(annual_tax, buyer_days, basis_days), annual_tax)
    seller_share = annual_tax - buyer_share
    values = {"start": start, "end": end, "settlement_on": settlement_on,
              "seller_last": settlement_on - timedelta(days=1), "seller_days": seller_days,
              "buyer_days": buyer_days, "basis": basis_days, "annual": annual_tax,
              "buyer_share": buyer_share, "seller_share": seller_share, "length": length}
    template = (_LABELS[ProrationKind.PROPERTY_TAX] + " {annual} for the year {start} to {end}: "
                "seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to "
                "{end} = {buyer_days} days. Buyer's share {annual} × {buyer_days}/{basis} = "
                "{buyer_share} (rounded half-up), paid to the seller at closing; seller's share "
                "{annual} − {buyer_share} = {seller_share}.")
    if length == 366 and basis_days == 365:
        template += (" The year has {length} days; by custom each of the buyer's days is "
                     "charged at 1/365 of the tax, and the seller's share is the rest.")
    elif seller_days == 0:
        template += " Settlement on the first day of the year: the buyer bears it all."
    return Proration(ProrationKind.PROPERTY_TAX, annual_tax, start, end, settlement_on, seller_days,
                     buyer_days, basis_days, seller_share, buyer_share, Notice(template, values))


def prorate_monthly(kind: ProrationKind, monthly: Money, settlement_on: date) -> Proration:
    """Split the settlement month's fee by its days (management fee, repair reserve).

    The fee is paid for the month in advance, so the seller has paid (or owes
    in its arrears) the whole month; the buyer pays the seller for the days
    from the settlement day to the month's end.
    """
    kind = ProrationKind(kind)
    if not isinstance(monthly, Money) or monthly.is_negative():
        raise ValidationError.single(kind.value, "Enter the monthly amount, zero or more.")
    days = calendar.monthrange(settlement_on.year, settlement_on.month)[1]
    start = settlement_on.replace(day=1)
    end = settlement_on.replace(day=days)
    seller_days = settlement_on.day - 1
    buyer_days = days - seller_days
    buyer_share = pro_rata(monthly, buyer_days, days)
    seller_share = monthly - buyer_share
    values = {"monthly": monthly, "start": start, "end": end, "settlement_on": settlement_on,
              "days": days, "buyer_days": buyer_days, "seller_days": seller_days,
              "buyer_share": buyer_share, "seller_share": seller_share}
    return Proration(kind, monthly, start, end, settlement_on, seller_days, buyer_days, days,
                     seller_share, buyer_share, Notice(
                         _LABELS[kind] + " {monthly} for {start} to {end} ({days} days): buyer "
                         "{settlement_on} to {end} = {buyer_days} days, {monthly} × {buyer_days}/"
                         "{days} = {buyer_share} (rounded half-up), paid to the seller at closing; "
                         "seller's share {seller_share}.", values))


# -- mortgage discharge -------------------------------------------------------------

DISCHARGE_TAX_PER_PROPERTY = yen(1_000)  # 登録免許税: per parcel of land and per building
DISCHARGE_TAX_CAP_PER_APPLICATION = yen(20_000)  # one application of more than 20 properties


@dataclass(frozen=True)
class DischargeCost:
    """Registering the discharge of mortgages (抵当権抹消登記) through a scrivener."""

    land_parcels: int
    buildings: int
    mortgages: int  # one application per mortgage discharged
    tax_per_mortgage: Money
    registration_tax: Money
    scrivener_fee: Money
    total: Money
    explanation: Notice


def discharge_registration(land_parcels: int, buildings: int, scrivener_fee: Money,
                           mortgages: int = 1) -> DischargeCost:
    """Registration tax 1,000 JPY per land parcel and per building, for each
    mortgage discharged (capped at 20,000 per application), plus the scrivener's fee."""
    p = Problems()
    for name, value in (("land_parcels", land_parcels), ("buildings", buildings),
                        ("mortgages", mortgages)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            p.add(name, "Enter a whole number, zero or more.")
    if not isinstance(scrivener_fee, Money) or scrivener_fee.currency != JPY:
        p.add("scrivener_fee", "Enter the scrivener's fee in JPY.")
    elif scrivener_fee.is_negative():
        p.add("scrivener_fee", "The scrivener's fee cannot be negative.")
    p.raise_if_any()
    if mortgages and land_parcels + buildings == 0:
        raise ValidationError.single("land_parcels", "A mortgage sits on at least one parcel or building.")
    count = land_parcels + buildings
    uncapped = DISCHARGE_TAX_PER_PROPERTY * count
    per_mortgage = min(uncapped, DISCHARGE_TAX_CAP_PER_APPLICATION)
    tax = per_mortgage * mortgages
    values = {"parcels": land_parcels, "buildings": buildings, "count": count,
              "uncapped": uncapped, "per_mortgage": per_mortgage, "mortgages": mortgages,
              "tax": tax, "fee": scrivener_fee, "total": tax + scrivener_fee,
              "cap": DISCHARGE_TAX_CAP_PER_APPLICATION}
    template = ("Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = "
                "{uncapped} per mortgage")
    if per_mortgage != uncapped:
        template += ", capped at {cap} for an application of more than 20 properties"
    template += " × {mortgages} mortgages = {tax}; scrivener's fee {fee}; total {total}."
    return DischargeCost(land_parcels, buildings, mortgages, per_mortgage, tax, scrivener_fee,
                         tax + scrivener_fee, Notice(template, values))
