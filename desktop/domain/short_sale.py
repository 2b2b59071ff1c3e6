"""Voluntary sale of a mortgaged home in distress (任意売却): the distribution
table the lender approves (配分表), the deficiency left after the sale, the
comparison with a court auction (競売) and the key dates.

Sources: the Japanese 任意売却 article (seeds/000) for the flow, the dates,
the auction's "70 % or less", the condo arrears and parking rule, the moving
allowance and the joint guarantor; DOMAIN.md "Short-sale distribution table"
(the Japan Housing Finance Agency's practice, not in the source) for the
caps. SOURCE_NOTES.md §1.3 and item 61 list where they differ.

The table is tied to a price: when the price changes it goes back to the
lender, every line proposed again. The senior creditor takes the rest of
the price after the approved lines.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Sequence

from desktop.domain.errors import Problems, ValidationError
from desktop.domain.fees import (
    JPY,
    Commission,
    DayBasis,
    TaxYearStart,
    commission_cap,
    discharge_registration,
    yen,
)
from desktop.domain.home_sale import (
    CondoCharges,
    EarnestHolder,
    check_amounts,
    earnest_line,
    parking_lines,
    proration_lines,
    settle_residuals,
)
from desktop.domain.money import Money, total
from desktop.domain.notices import Notice
from desktop.domain.rates import format_percent
from desktop.domain.settlement import Party, Section, Settlement, SettlementLine, line


class LineStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REFUSED = "refused"


class DistributionItem(StrEnum):
    COMMISSION = "commission"  # 仲介手数料: in full, up to the legal cap
    REGISTRATION = "registration"  # 抵当権抹消登記: registration tax + scrivener's fee
    JUNIOR_RELEASE = "junior_release"  # ハンコ代 / 担保解除料 to a junior lienholder
    SEIZED_TAX = "seized_tax"  # to lift a tax seizure (差押え)
    MANAGEMENT_ARREARS = "management_arrears"  # 管理費・修繕積立金 滞納
    BANKRUPTCY_ESTATE = "bankruptcy_estate"  # 破産財団組入額
    MOVING_COSTS = "moving_costs"  # 引越費用
    STAMP_DUTY = "stamp_duty"  # 印紙税: never allowed


@dataclass(frozen=True)
class DistributionCaps:
    """The usual caps (JHF practice, DOMAIN.md); a lender may set its own."""

    junior_release_by_rank: tuple[Money, ...] = (yen(300_000), yen(200_000), yen(100_000))  # 2nd, 3rd, 4th+
    junior_release_rate: Decimal = Decimal("0.10")  # of the junior's remaining principal, if lower
    seized_tax_cap: Money = yen(100_000)  # or one year's property tax, if lower
    management_arrears_months: int = 60  # 5 years, without late charges or parking
    bankruptcy_estate_rate: Decimal = Decimal("0.03")  # of the price, when the seller is bankrupt
    moving_cap: Money = yen(300_000)  # only if negotiated; the source: "about 300,000"


@dataclass(frozen=True)
class Lien:
    """A mortgage on the home and what it secures."""

    creditor: Party  # the lender, or the guarantor company after 代位弁済
    rank: int  # 1 = first (senior)
    balance: Money  # all that is owed on it
    remaining_principal: Money | None = None  # for a junior's 10 % rule; the balance if not given
    release_requested: Money | None = None  # what a junior asks to release its lien


@dataclass(frozen=True)
class SeizedTax:
    tax_office: Party
    amount: Money
    priority: bool = False  # due before the mortgage was registered (優先税): allowed in full


@dataclass(frozen=True)
class ShortSaleCosts:
    """What the seller's side asks to pay out of the price."""

    broker: Party
    scrivener: Party
    scrivener_fee: Money
    land_parcels: int = 0
    buildings: int = 1
    commission_charged: Money | None = None  # None: the legal cap
    commission_override_reason: str = ""
    vacant_low_price: bool = False
    seized_taxes: tuple[SeizedTax, ...] = ()
    annual_property_tax: Money | None = None  # one year's 固定資産税・都市計画税
    association: Party | None = None
    condo: CondoCharges | None = None
    seller_bankrupt: bool = False
    bankruptcy_trustee: Party | None = None
    moving_negotiated: bool = False
    moving_requested: Money | None = None
    stamp_duty: Money | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "seized_taxes", tuple(self.seized_taxes))


@dataclass(frozen=True)
class DistributionLine:
    item: DistributionItem
    description: Notice
    payee: Party
    requested: Money
    cap: Money | None  # None: allowed in full
    amount: Money  # what the table pays: the lower of requested and cap, or what the lender approved
    status: LineStatus
    rule: str
    explanation: Notice
    refusal_reason: str = ""

    @property
    def counts(self) -> bool:
        """Whether the line takes money from the price (proposed or approved)."""
        return self.status is not LineStatus.REFUSED and self.amount.is_positive()


@dataclass(frozen=True)
class Receipt:
    lien: Lien
    release: Money  # the release payment (juniors)
    rest: Money  # from the rest of the price, in rank order
    total: Money


@dataclass(frozen=True)
class DistributionTable:
    """The 配分表: what may be paid out of this price before the senior
    creditor takes the rest, line by line, each proposed, approved or refused."""

    price: Money
    seller: Party
    on: date  # the day of the proposal (decides the commission rules)
    liens: tuple[Lien, ...]
    costs: ShortSaleCosts
    caps: DistributionCaps
    lines: tuple[DistributionLine, ...]
    notices: tuple[Notice, ...] = field(default_factory=tuple)

    @property
    def senior(self) -> Lien:
        return min(self.liens, key=lambda lien: lien.rank)

    @property
    def juniors(self) -> tuple[Lien, ...]:
        return tuple(sorted((lien for lien in self.liens if lien.rank > 1), key=lambda x: x.rank))

    @property
    def deductions(self) -> Money:
        return total((ln.amount for ln in self.lines if ln.counts), JPY)

    @property
    def rest(self) -> Money:
        """What is left of the price for the senior creditor (negative: costs exceed the price)."""
        return self.price - self.deductions

    @property
    def decided(self) -> bool:
        return all(ln.status is not LineStatus.PROPOSED for ln in self.lines)

    def receipts(self, extra: Money | None = None) -> tuple[tuple[Receipt, ...], Money]:
        """What each creditor receives, and what is left for the seller.

        The rest (plus `extra`, e.g. prorations the buyer pays) goes to the
        senior creditor up to its balance, then down the ranks.
        """
        left = max(self.rest + (extra or yen(0)), yen(0))
        releases = {ln.description.values["rank"]: ln.amount for ln in self.lines
                    if ln.item is DistributionItem.JUNIOR_RELEASE and ln.counts}
        out = []
        for lien in sorted(self.liens, key=lambda x: x.rank):
            release = releases.get(lien.rank, yen(0))
            share = min(left, max(lien.balance - release, yen(0)))
            left -= share
            out.append(Receipt(lien, release, share, release + share))
        return tuple(out), left

    # -- the lender's decisions ---------------------------------------------------

    def _line(self, index: int) -> DistributionLine:
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self.lines):
            raise ValidationError.single("line", "No such line in the table.")
        return self.lines[index]

    def _set(self, index: int, new: DistributionLine) -> DistributionTable:
        lines = list(self.lines)
        lines[index] = new
        return replace(self, lines=tuple(lines))

    def approve(self, index: int, amount: Money | None = None) -> DistributionTable:
        """The lender approves a line, as proposed (up to its cap) or for less."""
        ln = self._line(index)
        most = ln.requested if ln.cap is None else min(ln.requested, ln.cap)
        amount = most if amount is None else amount
        if not isinstance(amount, Money) or amount.currency != JPY or amount.is_negative() \
                or amount > most:
            raise ValidationError.single("amount", "Approve between 0 and {most}.", most=most)
        return self._set(index, replace(ln, amount=amount, status=LineStatus.APPROVED,
                                        refusal_reason=""))

    def refuse(self, index: int, reason: str) -> DistributionTable:
        ln = self._line(index)
        if not reason.strip():
            raise ValidationError.single("reason", "Record why the lender refused the line.")
        return self._set(index, replace(ln, status=LineStatus.REFUSED, amount=yen(0),
                                        refusal_reason=reason.strip()))

    def approve_all(self) -> DistributionTable:
        return replace(self, lines=tuple(
            replace(ln, status=LineStatus.APPROVED) if ln.status is LineStatus.PROPOSED else ln
            for ln in self.lines))

    def reprice(self, new_price: Money) -> DistributionTable:
        """A new price: the table goes back to the lender, every line proposed again."""
        if new_price == self.price:
            return self
        table = propose_distribution(new_price, self.seller, self.liens, self.costs, on=self.on,
                                     caps=self.caps)
        return replace(table, notices=(Notice(
            "The price changed from {old} to {new}: the distribution table goes back to {lender} "
            "for approval; every line is proposed again.",
            {"old": self.price, "new": new_price, "lender": self.senior.creditor.name}),
            *table.notices))


def _junior_cap(lien: Lien, caps: DistributionCaps) -> tuple[Money, Notice]:
    tiers = caps.junior_release_by_rank
    tier = tiers[min(lien.rank - 2, len(tiers) - 1)]
    principal = lien.remaining_principal or lien.balance
    ten = principal.times(caps.junior_release_rate)
    cap = min(tier, ten)
    values = {"rank": lien.rank, "creditor": lien.creditor.name, "tier": tier,
              "pct": format_percent(caps.junior_release_rate), "principal": principal, "ten": ten,
              "cap": cap}
    return cap, Notice("Release payment to the rank {rank} lienholder {creditor}: the lower of "
                       "{tier} and {pct}% of its remaining principal {principal} = {ten}, "
                       "so at most {cap}.", values)


def propose_distribution(price: Money, seller: Party, liens: Sequence[Lien], costs: ShortSaleCosts,
                         *, on: date, caps: DistributionCaps = DistributionCaps()) -> DistributionTable:
    """The table the desk proposes to the lender for a sale at `price`."""
    liens = tuple(liens)
    p = Problems()
    if not isinstance(price, Money) or price.currency != JPY or not price.is_positive():
        p.add("price", "Enter the price in JPY, more than zero.")
    ranks = [lien.rank for lien in liens]
    if not liens or 1 not in ranks or len(set(ranks)) != len(ranks) or min(ranks) < 1:
        p.add("liens", "Enter the mortgages, each with its own rank, 1 for the senior.")
    for i, lien in enumerate(liens):
        check_amounts(p, JPY, **{f"liens[{i}]": lien.balance,
                                 f"liens[{i}].remaining_principal": lien.remaining_principal,
                                 f"liens[{i}].release_requested": lien.release_requested})
        if lien.balance.currency == JPY and not lien.balance.is_positive():
            p.add(f"liens[{i}]", "The debt must be more than zero.")
    check_amounts(p, JPY, scrivener_fee=costs.scrivener_fee,
                  commission_charged=costs.commission_charged,
                  annual_property_tax=costs.annual_property_tax,
                  moving_requested=costs.moving_requested, stamp_duty=costs.stamp_duty)
    for i, tax in enumerate(costs.seized_taxes):
        check_amounts(p, JPY, **{f"seized_taxes[{i}]": tax.amount})
    if costs.condo is not None:
        check_amounts(p, JPY, **costs.condo.amounts())
    if costs.seller_bankrupt and costs.bankruptcy_trustee is None:
        p.add("bankruptcy_trustee", "Name the bankruptcy trustee (破産管財人).")
    p.raise_if_any()

    lines: list[DistributionLine] = []
    notices: list[Notice] = []

    def add(item, text, payee, requested, cap, explanation, rule, values=None, status=None,
            reason=""):
        amount = requested if cap is None else min(requested, cap)
        if status is LineStatus.REFUSED:
            amount = yen(0)
        lines.append(DistributionLine(item, Notice(text, dict(values or {})), payee, requested, cap,
                                      amount, status or LineStatus.PROPOSED, rule, explanation,
                                      reason))

    # Commission in full, up to the legal cap.
    cap = commission_cap(price, costs.vacant_low_price, on=on)
    commission = Commission(costs.commission_charged if costs.commission_charged is not None
                            else cap.total, cap, costs.commission_override_reason)
    notices += cap.notices
    add(DistributionItem.COMMISSION, "Brokerage commission to {broker}", costs.broker,
        commission.charged, cap.total, commission.explanation, "jhf.commission_in_full",
        {"broker": costs.broker.name})

    # Registration: the discharge of every mortgage on the home, and the scrivener's fee.
    cost = discharge_registration(costs.land_parcels, costs.buildings, costs.scrivener_fee,
                                  mortgages=len(liens))
    add(DistributionItem.REGISTRATION, "Mortgage discharge registration and scrivener's fee ({scrivener})",
        costs.scrivener, cost.total, None, cost.explanation, "jhf.registration_in_full",
        {"scrivener": costs.scrivener.name})

    for lien in sorted(liens, key=lambda x: x.rank):
        if lien.rank == 1:
            continue
        junior_cap, why = _junior_cap(lien, caps)
        requested = lien.release_requested if lien.release_requested is not None else junior_cap
        add(DistributionItem.JUNIOR_RELEASE, "Release payment (ハンコ代) to {creditor}, rank {rank} lien",
            lien.creditor, requested, junior_cap, why, "jhf.junior_release",
            {"creditor": lien.creditor.name, "rank": lien.rank})

    for tax in costs.seized_taxes:
        values = {"office": tax.tax_office.name, "amount": tax.amount}
        if tax.priority:
            add(DistributionItem.SEIZED_TAX, "Seized taxes owed to {office} (priority tax)",
                tax.tax_office, tax.amount, None, Notice(
                    "Tax due before the mortgage was registered (優先税): it ranks ahead of the "
                    "mortgage, so it is paid in full: {amount}.", values), "jhf.priority_tax", values)
            continue
        annual = costs.annual_property_tax
        if annual is None:
            tax_cap = caps.seized_tax_cap
            why = Notice("Seized by {office}: allowed up to {cap} (enter one year's property tax: "
                         "the cap is the lower of the two).", {**values, "cap": tax_cap})
        else:
            tax_cap = min(annual, caps.seized_tax_cap)
            why = Notice("Seized by {office}: {amount}; allowed up to the lower of one year's "
                         "property tax {annual} and {limit} = {cap}.",
                         {**values, "annual": annual, "limit": caps.seized_tax_cap, "cap": tax_cap})
        add(DistributionItem.SEIZED_TAX, "Release of the tax seizure by {office}", tax.tax_office,
            tax.amount, tax_cap, why, "jhf.seized_tax", values)
        if tax.amount > tax_cap:
            notices.append(Notice(
                "Taxes seized by {office}: {excess} above the cap stays the seller's own debt; the "
                "office must still agree to lift the seizure.",
                {"office": tax.tax_office.name, "excess": tax.amount - tax_cap}))

    condo = costs.condo
    if condo is not None:
        z = yen(0)
        mgmt, repair = condo.management_fee_arrears or z, condo.repair_reserve_arrears or z
        arrears = mgmt + repair
        if arrears.is_positive():
            if costs.association is None:
                raise ValidationError.single("association", "Name the management association (管理組合).")
            values = {"mgmt": mgmt, "repair": repair, "arrears": arrears,
                      "months": caps.management_arrears_months,
                      "late": condo.late_charges or z}
            if condo.monthly_management_fee is None and condo.monthly_repair_reserve is None:
                arrears_cap = None
                why = Notice("Management fee arrears {mgmt} + repair reserve arrears {repair} = "
                             "{arrears}, without late charges {late} or parking. Enter the monthly "
                             "fees to check the {months}-month cap.", values)
            else:
                monthly = (condo.monthly_management_fee or z) + (condo.monthly_repair_reserve or z)
                arrears_cap = monthly * caps.management_arrears_months
                values.update(monthly_mgmt=condo.monthly_management_fee or z,
                              monthly_repair=condo.monthly_repair_reserve or z, cap=arrears_cap,
                              amount=min(arrears, arrears_cap))
                why = Notice("Management fee arrears {mgmt} + repair reserve arrears {repair} = "
                             "{arrears}; allowed up to {months} months (5 years) × ({monthly_mgmt} + "
                             "{monthly_repair}) = {cap}, so {amount}; late charges {late} and "
                             "parking are not allowed.", values)
            add(DistributionItem.MANAGEMENT_ARREARS, "Condominium arrears to {association}",
                costs.association, arrears, arrears_cap, why, "jhf.management_arrears_5y",
                {"association": costs.association.name})
            beyond = arrears - min(arrears, arrears_cap) if arrears_cap is not None else z
            not_allowed = beyond + (condo.late_charges or z)
            if not_allowed.is_positive():
                notices.append(Notice(
                    "Not paid from the price: late charges {late} and arrears beyond 5 years "
                    "{beyond}. The association can claim unpaid fees from the buyer, so agree "
                    "before the contract who pays them: the seller, or the buyer on top of the price.",
                    {"late": condo.late_charges or z, "beyond": beyond}))
        if (condo.parking_arrears or z).is_positive() or (condo.bicycle_arrears or z).is_positive():
            notices.append(Notice(
                "Parking and bicycle-space arrears are not paid from the price: they stay the "
                "seller's own debt."))

    if costs.seller_bankrupt:
        estate = price.times(caps.bankruptcy_estate_rate)
        values = {"pct": format_percent(caps.bankruptcy_estate_rate), "price": price, "cap": estate,
                  "trustee": costs.bankruptcy_trustee.name}
        add(DistributionItem.BANKRUPTCY_ESTATE, "To the bankruptcy estate ({trustee})",
            costs.bankruptcy_trustee, estate, estate,
            Notice("The seller is bankrupt: {pct}% of the price {price} = {cap} to the estate.",
                   values), "jhf.bankruptcy_estate_3pct", values)

    if costs.moving_negotiated or costs.moving_requested is not None:
        requested = costs.moving_requested if costs.moving_requested is not None else caps.moving_cap
        values = {"requested": requested, "cap": caps.moving_cap}
        if costs.moving_negotiated:
            add(DistributionItem.MOVING_COSTS, "Moving costs for the seller", seller, requested,
                caps.moving_cap, Notice("Negotiated with the lender: {requested} asked, allowed up "
                                        "to {cap} (the source: about 300,000 is common).", values),
                "jhf.moving_if_negotiated", values)
        else:
            add(DistributionItem.MOVING_COSTS, "Moving costs for the seller", seller, requested,
                yen(0), Notice("Moving costs are paid from the price only if negotiated with the "
                               "lender beforehand.", values), "jhf.moving_if_negotiated", values,
                LineStatus.REFUSED, "Not negotiated with the lender.")

    if costs.stamp_duty is not None and costs.stamp_duty.is_positive():
        add(DistributionItem.STAMP_DUTY, "Contract stamp duty (印紙税)", seller, costs.stamp_duty,
            yen(0), Notice("Contract stamp duty is never paid from the price: it is the seller's "
                           "own cost."), "jhf.stamp_duty_not_allowed",
            status=LineStatus.REFUSED, reason="Not allowed from the price.")

    table = DistributionTable(price, seller, on, liens, costs, caps, tuple(lines), ())
    if table.rest.is_negative():
        notices.append(Notice("The costs proposed ({costs}) exceed the price {price}: nothing is left "
                              "for {lender}.", {"costs": table.deductions, "price": price,
                                                "lender": table.senior.creditor.name}))
    return replace(table, notices=tuple(notices))


# -- the settlement and the deficiency ----------------------------------------------


@dataclass(frozen=True)
class ShortSale:
    table: DistributionTable  # approved by the lender: it carries the price
    buyer: Party
    settlement_on: date
    earnest_money: Money | None = None
    earnest_held_by: EarnestHolder = EarnestHolder.BROKER
    prorate: bool = True  # the buyer's shares of property tax and condo fees
    tax_year_start: TaxYearStart = TaxYearStart.JANUARY
    day_basis: DayBasis = DayBasis.DAYS_365
    guarantor_company: Party | None = None  # 保証会社
    subrogated_on: date | None = None  # 代位弁済: the guarantor company paid off the bank
    joint_guarantors: tuple[Party, ...] = ()  # 連帯保証人
    agent: Party | None = None  # who runs the closing: the broker if not given

    def __post_init__(self) -> None:
        object.__setattr__(self, "joint_guarantors", tuple(self.joint_guarantors))
        object.__setattr__(self, "earnest_held_by", EarnestHolder(self.earnest_held_by))


@dataclass(frozen=True)
class Deficiency:
    creditor: Party
    debt: Money
    received: Money
    remaining: Money  # owed after the sale, unsecured
    explanation: Notice


@dataclass(frozen=True)
class ShortSaleResult:
    sale: ShortSale
    settlement: Settlement
    receipts: tuple[Receipt, ...]
    deficiencies: tuple[Deficiency, ...]
    total_deficiency: Money
    notices: tuple[Notice, ...]


_SECTIONS = {
    DistributionItem.COMMISSION: Section.COMMISSION,
    DistributionItem.REGISTRATION: Section.GOVERNMENT_AND_REGISTRATION,
    DistributionItem.JUNIOR_RELEASE: Section.PAYOFFS,
    DistributionItem.SEIZED_TAX: Section.GOVERNMENT_AND_REGISTRATION,
    DistributionItem.MANAGEMENT_ARREARS: Section.OTHER_COSTS,
    DistributionItem.BANKRUPTCY_ESTATE: Section.OTHER_COSTS,
    DistributionItem.STAMP_DUTY: Section.OTHER_COSTS,
}


def settle_short_sale(sale: ShortSale) -> ShortSaleResult:
    table = sale.table
    if not table.decided:
        undecided = [i + 1 for i, ln in enumerate(table.lines) if ln.status is LineStatus.PROPOSED]
        raise ValidationError.single("table", "The lender has not decided lines {lines} of the "
                                     "distribution table.", lines=", ".join(map(str, undecided)))
    p = Problems()
    check_amounts(p, JPY, earnest_money=sale.earnest_money)
    if sale.earnest_money is not None and sale.earnest_money > table.price:
        p.add("earnest_money", "The earnest money is part of the price: it cannot exceed it.")
    if sale.subrogated_on is not None and sale.guarantor_company is None:
        p.add("guarantor_company", "Name the guarantor company that paid off the bank.")
    p.raise_if_any()
    costs, seller, buyer = table.costs, table.seller, sale.buyer
    agent = sale.agent or costs.broker
    lines = [line(Section.PRICE_AND_DEPOSITS, "Sale price (売買代金) approved by {lender}", buyer,
                  seller, table.price, values={"lender": table.senior.creditor.name},
                  rule="short_sale.price")]
    lines += earnest_line(sale.earnest_money, sale.earnest_held_by, costs.broker, buyer, seller)
    notices: list[Notice] = list(table.notices)
    if sale.prorate:
        pr_lines, *_ = proration_lines(buyer, seller, sale.settlement_on, costs.annual_property_tax,
                                       sale.tax_year_start, sale.day_basis, costs.condo)
        lines += pr_lines
        if pr_lines:
            notices.append(Notice("The buyer's shares of the property tax and fees are paid to the "
                                  "seller and, like the rest of the price, go to {lender}.",
                                  {"lender": table.senior.creditor.name}))
    settlement = Settlement(JPY, tuple(lines), buyer, seller, agent, sale.settlement_on)
    closing = settlement.closing
    for ln in table.lines:
        if not ln.counts:
            continue
        if ln.item is DistributionItem.MOVING_COSTS:
            # Handed to the seller: the closing account pays it out.
            settlement = settlement.with_lines(line(
                Section.ALLOWANCES, "Moving allowance approved by {lender}", closing, seller,
                ln.amount, values={"lender": table.senior.creditor.name}, explanation=ln.explanation,
                rule=ln.rule))
            continue
        # The table line's description (a Notice written from literals) as it is.
        settlement = settlement.with_lines(SettlementLine(
            _SECTIONS[ln.item], ln.description, seller, ln.payee, ln.amount,
            explanation=ln.explanation, rule=ln.rule))
    settlement = settlement.with_lines(*parking_lines(seller, costs.association, costs.condo))

    # The rest to the creditors in rank order: the senior first.
    prorations = settlement.section_total(Section.PRORATIONS_AND_ADJUSTMENTS)
    held = (sale.earnest_money or yen(0)) if sale.earnest_held_by is EarnestHolder.SELLER else yen(0)
    extra = prorations - held
    if held.is_positive():
        notices.append(Notice(
            "The seller already holds the earnest money {held}: it must be handed over at "
            "settlement, or the creditors receive that much less.", {"held": held}))
    receipts, _ = table.receipts(extra)
    left = max(table.rest + extra, yen(0))
    for r in receipts:
        if r.rest.is_positive():
            values = {"creditor": r.lien.creditor.name, "rank": r.lien.rank, "amount": r.rest,
                      "balance": r.lien.balance, "price": table.price, "prorations": prorations,
                      "held": held, "deductions": table.deductions, "left": left}
            settlement = settlement.with_lines(line(
                Section.PAYOFFS, "To {creditor} (rank {rank}): the rest of the price", seller,
                r.lien.creditor, r.rest, values=values, rule="short_sale.rest_to_creditor",
                explanation=Notice(
                    "Price {price} + the buyer's prorations {prorations} − earnest money the "
                    "seller already holds {held} − approved lines {deductions} = {left}, paid to "
                    "the creditors in rank order up to their debts: {amount} to {creditor} "
                    "(debt {balance}).", values)))
    settlement = settle_residuals(settlement)

    deficiencies = []
    for r in receipts:
        remaining = max(r.lien.balance - r.total, yen(0))
        values = {"creditor": r.lien.creditor.name, "debt": r.lien.balance, "received": r.total,
                  "remaining": remaining}
        deficiencies.append(Deficiency(r.lien.creditor, r.lien.balance, r.total, remaining, Notice(
            "{creditor}: debt {debt} − received {received} = {remaining} still owed after the "
            "sale, no longer secured by the home.", values)))
    deficiencies = tuple(deficiencies)
    owed = total((d.remaining for d in deficiencies), JPY)
    notices += _deficiency_notices(sale, table, deficiencies, owed)
    settlement = settlement.with_notices(*notices)
    return ShortSaleResult(sale, settlement, receipts, deficiencies, owed, tuple(notices))


def _deficiency_notices(sale: ShortSale, table: DistributionTable,
                        deficiencies: tuple[Deficiency, ...], owed: Money) -> list[Notice]:
    if not owed.is_positive():
        return []
    out = []
    senior = next(d for d in deficiencies if d.creditor == table.senior.creditor)
    values = {"creditor": senior.creditor.name, "remaining": senior.remaining, "total": owed,
              "guarantor": sale.guarantor_company.name if sale.guarantor_company else "",
              "subrogated_on": sale.subrogated_on}
    if sale.subrogated_on is not None:
        out.append(Notice(
            "{guarantor} paid off the bank on {subrogated_on} (代位弁済) and holds the claim: "
            "negotiate a repayment plan for the {remaining} left; otherwise it may sue and garnish "
            "wages, and bankruptcy may follow.", values))
    elif sale.guarantor_company is not None and senior.remaining.is_positive():
        out.append(Notice(
            "If the borrower cannot repay the {remaining} left, {guarantor} pays off {creditor} "
            "(代位弁済) and claims it from the borrower: negotiate a repayment plan with it.", values))
    else:
        out.append(Notice("After the sale {total} remains owed, unsecured: negotiate a repayment "
                          "plan; otherwise a lawsuit and wage garnishment may follow.", values))
    for guarantor in sale.joint_guarantors:
        out.append(Notice(
            "{name} is a joint guarantor (連帯保証人) and owes the deficiency of {total} too, even "
            "if the borrower is discharged in bankruptcy. Tell them before the sale: that the "
            "borrower can no longer pay; what a voluntary sale is and what it achieves; that the "
            "debt left after it must be repaid; that an auction would leave a larger debt.",
            {"name": guarantor.name, "total": owed}))
    return out


# -- voluntary sale or auction -----------------------------------------------------


class Scenario(StrEnum):
    VOLUNTARY = "voluntary"  # 任意売却
    AUCTION = "auction"  # 競売


@dataclass(frozen=True)
class ScenarioOutcome:
    """One scenario as numbers a chart can draw."""

    scenario: Scenario
    sale_price: Money  # voluntary: the price; auction: the expected winning bid
    costs: Money  # voluntary: the table's lines other than release payments; auction: court costs
    creditors_receive: Money
    senior_receives: Money
    seller_receives: Money
    seller_still_owes: Money
    explanation: Notice


@dataclass(frozen=True)
class AuctionComparison:
    market_price: Money
    auction_ratio: Decimal
    court_costs: Money
    voluntary: ScenarioOutcome
    auction: ScenarioOutcome
    lender_gain: Money  # what the creditors receive more in the voluntary sale (negative: less)
    debt_saved: Money  # how much less the seller owes after the voluntary sale
    notices: tuple[Notice, ...]


AUCTION_RATIO = Decimal("0.70")  # the source: "7割やそれ以下"


def compare_with_auction(table: DistributionTable, *, court_costs: Money,
                         market_price: Money | None = None,
                         auction_ratio: Decimal = AUCTION_RATIO) -> AuctionComparison:
    """The voluntary sale on this table against a court auction of the same home.

    The auction is expected to fetch market price × ratio (70 % by default,
    the source's "70 % or less"), less the court costs; the proceeds go to
    the creditors in rank order. Taxes and condo arrears an auction also
    meets are left out of the auction side (the bidder takes the arrears on).
    """
    market = market_price or table.price
    check = Problems()
    check_amounts(check, JPY, court_costs=court_costs, market_price=market)
    if isinstance(auction_ratio, float) or not Decimal(0) < Decimal(auction_ratio) <= Decimal(1):
        check.add("auction_ratio", "The auction ratio is an exact decimal above 0 and at most 1.")
    check.raise_if_any()
    auction_ratio = Decimal(auction_ratio)
    debt = total((lien.balance for lien in table.liens), JPY)
    zero = yen(0)

    receipts, to_seller = table.receipts()
    received = total((r.total for r in receipts), JPY)
    releases = total((r.release for r in receipts), JPY)
    voluntary_costs = table.deductions - releases
    moving = total((ln.amount for ln in table.lines
                    if ln.item is DistributionItem.MOVING_COSTS and ln.counts), JPY)
    v_values = {"price": table.price, "costs": voluntary_costs, "received": received,
                "debt": debt, "owes": max(debt - received, zero)}
    voluntary = ScenarioOutcome(
        Scenario.VOLUNTARY, table.price, voluntary_costs, received, receipts[0].total,
        to_seller + moving, max(debt - received, zero),
        Notice("Voluntary sale: price {price} − costs {costs} → the creditors receive {received}; "
               "debt {debt} − {received} = {owes} still owed.", v_values))

    bid = market.times(auction_ratio)
    net = max(bid - court_costs, zero)
    left, a_received, a_senior = net, zero, zero
    for lien in sorted(table.liens, key=lambda x: x.rank):
        share = min(left, lien.balance)
        if lien.rank == table.senior.rank:
            a_senior = share
        a_received += share
        left -= share
    a_values = {"market": market, "pct": format_percent(auction_ratio), "bid": bid,
                "court": court_costs, "net": net, "debt": debt, "owes": max(debt - a_received, zero),
                "received": a_received}
    auction = ScenarioOutcome(
        Scenario.AUCTION, bid, court_costs, a_received, a_senior, left, max(debt - a_received, zero),
        Notice("Auction: market price {market} × {pct}% = {bid} − court costs {court} = {net} to "
               "the creditors; debt {debt} − {received} = {owes} still owed.", a_values))

    gain = voluntary.creditors_receive - auction.creditors_receive
    saved = auction.seller_still_owes - voluntary.seller_still_owes
    notices = []
    if gain.is_negative():
        notices.append(Notice(
            "The creditors would receive {loss} less than at auction: the lender may refuse the "
            "voluntary sale at this price.", {"loss": -gain}))
    else:
        notices.append(Notice(
            "The voluntary sale brings the creditors {gain} more than the expected auction and "
            "leaves the seller owing {saved} less.", {"gain": gain, "saved": saved}))
    return AuctionComparison(market, auction_ratio, court_costs, voluntary, auction, gain, saved,
                             tuple(notices))


# -- key dates ---------------------------------------------------------------------

SUBROGATION_AFTER_MONTHS = 6  # the source: missed payments for 半年程度 → 代位弁済
BID_OPENING_AFTER_PETITION_MONTHS = 6  # the source: 競売申し立てがあってから半年くらいで開札
MARKETING_BEFORE_FILING_MONTHS = (3, 6)  # the source: 販売活動を始めてから3~6か月


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has none."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


class AlertLevel(StrEnum):
    INFO = "info"
    WARNING = "warning"
    URGENT = "urgent"


@dataclass(frozen=True)
class Alert:
    level: AlertLevel
    notice: Notice


@dataclass(frozen=True)
class ShortSaleDates:
    today: date
    first_missed_payment: date | None = None
    subrogation_on: date | None = None  # 代位弁済
    auction_petition_on: date | None = None  # 競売申立
    commencement_on: date | None = None  # 競売開始決定: the court's notice
    marketing_started_on: date | None = None
    bid_opening_on: date | None = None  # 開札日, once the court has set it
    planned_settlement_on: date | None = None


@dataclass(frozen=True)
class ShortSaleTimeline:
    expected_subrogation_on: date | None
    bid_opening_on: date | None  # known, or estimated
    bid_opening_estimated: bool
    last_day_to_close: date | None  # 開札日前日: the last day the auction can be withdrawn
    days_left: int | None  # from today to that day
    parallel_filing_from: date | None  # marketing + 3 months
    parallel_filing_by: date | None  # marketing + 6 months
    alerts: tuple[Alert, ...]


def short_sale_timeline(d: ShortSaleDates) -> ShortSaleTimeline:
    """Where the case stands against the auction, from the dates the desk knows."""
    alerts: list[Alert] = []

    def alert(level, template, **values):
        alerts.append(Alert(level, Notice(template, values)))

    expected_subrogation = None
    if d.first_missed_payment is None:
        alert(AlertLevel.INFO, "No payment missed yet: ask the lender about rescheduling "
                               "(interest-only for a while) before arrears begin.")
    elif d.subrogation_on is None:
        expected_subrogation = add_months(d.first_missed_payment, SUBROGATION_AFTER_MONTHS)
        if d.today >= expected_subrogation:
            alert(AlertLevel.URGENT, "Payments missed since {first}: after about 6 months (from "
                  "{expected}) the guarantor company pays off the bank (代位弁済) and then petitions "
                  "for auction. Contact the lender now.", first=d.first_missed_payment,
                  expected=expected_subrogation)
        else:
            alert(AlertLevel.WARNING, "Payments missed since {first}: after about 6 months (around "
                  "{expected}) the guarantor company pays off the bank (代位弁済) and can petition "
                  "for auction. Consult the lender now.", first=d.first_missed_payment,
                  expected=expected_subrogation)
    if d.subrogation_on is not None and d.auction_petition_on is None:
        alert(AlertLevel.URGENT, "The guarantor company paid off the bank on {day} (代位弁済): it "
              "can petition for auction at once. Start the voluntary sale now.", day=d.subrogation_on)

    # Bid opening: known, or about 6 months after the petition (the source
    # counts from the petition, not from the court's notice).
    bid, estimated, basis = d.bid_opening_on, False, "set by the court"
    if bid is None:
        for start, basis in (
                (d.auction_petition_on, "estimated: about 6 months after the petition"),
                # The petition came before the court's notice: bids may open sooner.
                (d.commencement_on, "estimated from the court's notice; the petition came "
                                    "earlier, so bids may open sooner"),
                # No petition yet: it can follow the subrogation at once.
                (d.subrogation_on, "estimated: no petition yet, counted from the subrogation")):
            if start is not None:
                bid, estimated = add_months(start, BID_OPENING_AFTER_PETITION_MONTHS), True
                break
    if d.auction_petition_on is not None:
        alert(AlertLevel.URGENT, "Auction petitioned on {day}: bids open about 6 months later"
              + (" (around {bid})." if estimated else " (on {bid})."), day=d.auction_petition_on,
              bid=bid)
    elif d.commencement_on is not None:
        alert(AlertLevel.URGENT, "The court's notice of commencement (競売開始決定) is dated {day}: "
              "the auction is under way.", day=d.commencement_on)

    last = days_left = None
    if bid is not None:
        last = bid - timedelta(days=1)
        days_left = (last - d.today).days
        if days_left < 0:
            alert(AlertLevel.URGENT, "Too late: the auction could be withdrawn only until {last}, "
                  "the day before bid opening ({bid}).", last=last, bid=bid)
        else:
            alert(AlertLevel.URGENT if d.auction_petition_on or d.commencement_on or d.bid_opening_on
                  else AlertLevel.WARNING,
                  "The sale must close and the auction be withdrawn by {last}, the day before bid "
                  "opening {bid} ({basis}): {days} days from today. In practice it must close "
                  "earlier: the buyer's loan screening and the discharge papers take time.",
                  last=last, bid=bid, basis=basis, days=days_left)
        if d.planned_settlement_on is not None and d.planned_settlement_on > last:
            alert(AlertLevel.URGENT, "The planned settlement on {planned} is after {last}, the last "
                  "day before bid opening: too late.", planned=d.planned_settlement_on, last=last)

    filing_from = filing_by = None
    if d.marketing_started_on is not None:
        filing_from = add_months(d.marketing_started_on, MARKETING_BEFORE_FILING_MONTHS[0])
        filing_by = add_months(d.marketing_started_on, MARKETING_BEFORE_FILING_MONTHS[1])
        if d.auction_petition_on is None:
            level = AlertLevel.WARNING if d.today >= filing_from else AlertLevel.INFO
            alert(level, "Marketing started on {start}: if the home is unsold after 3 to 6 months "
                  "({from_day} to {by_day}), the guarantor company often petitions for auction in "
                  "parallel.", start=d.marketing_started_on, from_day=filing_from, by_day=filing_by)
    return ShortSaleTimeline(expected_subrogation, bid, estimated, last, days_left, filing_from,
                             filing_by, tuple(alerts))

