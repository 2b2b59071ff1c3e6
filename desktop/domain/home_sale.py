"""The market sale of a Japanese home that carries mortgages.

On settlement day (決済日) the buyer pays the balance of the price (残代金)
and its share of the prorations; the earnest money (手付金) paid at the
contract is credited to the buyer (held by the broker, or already received
by the seller). Out of the seller's side come the payoffs to every mortgage
lender, the broker's commission (fees.py), the management-fee and
repair-reserve arrears (they pass to the buyer, so they are cleared here),
the mortgage discharge registration and the scrivener's fee. What is left
goes to the seller; a shortfall is shown for the seller to bring.

Parking and bicycle-space arrears do not pass to the buyer (source:
「買主が負担する根拠がない」): they stay the seller's own debt and are shown
outside the closing, never deducted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.domain.errors import Problems, ValidationError
from desktop.domain.fees import (
    Commission,
    DayBasis,
    DischargeCost,
    Proration,
    ProrationKind,
    TaxYearStart,
    commission_cap,
    discharge_registration,
    prorate_monthly,
    prorate_property_tax,
)
from desktop.domain.money import Money
from desktop.domain.notices import Notice
from desktop.domain.settlement import (
    Party,
    Section,
    Settlement,
    SettlementLine,
    line,
)


class EarnestHolder(StrEnum):
    """Who has held the earnest money since the contract."""

    BROKER = "broker"  # usual when the seller is in distress: it must not be spent
    SELLER = "seller"


@dataclass(frozen=True)
class MortgagePayoff:
    lender: Party
    amount: Money  # the payoff on the settlement day
    rank: int = 1  # 1 = first mortgage
    reference: str = ""  # the lender's payoff letter


@dataclass(frozen=True)
class CondoCharges:
    """A condominium's monthly charges and what the seller has left unpaid."""

    monthly_management_fee: Money | None = None  # 管理費
    monthly_repair_reserve: Money | None = None  # 修繕積立金
    management_fee_arrears: Money | None = None  # unpaid up to the day before settlement
    repair_reserve_arrears: Money | None = None
    late_charges: Money | None = None  # 遅延損害金 on those arrears
    parking_arrears: Money | None = None  # 駐車場代: the seller's own debt
    bicycle_arrears: Money | None = None  # 駐輪場代: the seller's own debt

    def amounts(self) -> dict[str, Money]:
        return {k: v for k, v in self.__dict__.items() if isinstance(v, Money)}


@dataclass(frozen=True)
class HomeSale:
    seller: Party
    buyer: Party
    broker: Party  # the seller's broker
    scrivener: Party  # 司法書士: transfer and discharge registered the same day
    price: Money  # excluding consumption tax
    settlement_on: date
    contract_on: date | None = None  # decides the commission rules; the settlement day if not given
    mortgages: tuple[MortgagePayoff, ...] = ()
    earnest_money: Money | None = None
    earnest_held_by: EarnestHolder = EarnestHolder.BROKER
    commission_charged: Money | None = None  # None: the legal cap
    commission_override_reason: str = ""
    vacant_low_price: bool = False
    buyer_broker: Party | None = None  # the buyer's own broker, paid by the buyer in this closing
    buyer_commission_charged: Money | None = None  # None: the legal cap (with a buyer's broker)
    annual_property_tax: Money | None = None  # 固定資産税 + 都市計画税 for the year
    tax_year_start: TaxYearStart = TaxYearStart.JANUARY
    day_basis: DayBasis = DayBasis.DAYS_365
    unpaid_property_tax: Money | None = None  # the seller's own unpaid instalments, from the proceeds
    tax_office: Party | None = None
    association: Party | None = None  # 管理組合
    condo: CondoCharges | None = None
    moving_allowance: Money | None = None  # approved by the lender(s)
    land_parcels: int = 0
    buildings: int = 1
    scrivener_fee: Money | None = None  # for the discharge
    agent: Party | None = None  # who runs the closing: the broker if not given

    def __post_init__(self) -> None:
        object.__setattr__(self, "mortgages", tuple(self.mortgages))
        object.__setattr__(self, "earnest_held_by", EarnestHolder(self.earnest_held_by))
        object.__setattr__(self, "tax_year_start", TaxYearStart(self.tax_year_start))
        object.__setattr__(self, "day_basis", DayBasis(self.day_basis))


@dataclass(frozen=True)
class HomeDeal:
    sale: HomeSale
    settlement: Settlement
    commission: Commission
    buyer_commission: Commission | None
    property_tax: Proration | None
    management_fee: Proration | None
    repair_reserve: Proration | None
    discharge: DischargeCost | None
    net_proceeds: Money  # negative: the shortfall the seller must bring
    notices: tuple[Notice, ...] = field(default_factory=tuple)


# -- pieces shared with the voluntary sale -------------------------------------------


def check_amounts(problems: Problems, currency: str, **amounts: Money | None) -> None:
    """Each given amount is Money in the deal's currency and not negative."""
    for name, amount in amounts.items():
        if amount is None:
            continue
        if not isinstance(amount, Money) or amount.currency != currency:
            problems.add(name, "Enter this amount in {currency}.", currency=currency)
        elif amount.is_negative():
            problems.add(name, "This amount cannot be negative.")


def earnest_line(earnest: Money | None, held_by: EarnestHolder, broker: Party, buyer: Party,
                 seller: Party) -> list[SettlementLine]:
    """The earnest money paid at the contract, credited to the buyer at settlement."""
    if earnest is None or earnest.is_zero():
        return []
    holder = broker if held_by is EarnestHolder.BROKER else seller
    values = {"holder": holder.name, "amount": earnest}
    why = ("Paid by the buyer at the contract and held by {holder}, not by the seller, so that it "
           "cannot be spent before settlement; credited to the buyer now."
           if held_by is EarnestHolder.BROKER else
           "Paid by the buyer at the contract to the seller, who already has it: credited to the "
           "buyer and taken off what the seller receives now.")
    return [line(Section.PRICE_AND_DEPOSITS, "Earnest money (手付金) held by {holder}", holder, buyer,
                 earnest, values=values, explanation=Notice(why, values), rule="home.earnest_money")]


def proration_lines(buyer: Party, seller: Party, settlement_on: date,
                    annual_property_tax: Money | None, year_start: TaxYearStart, basis: DayBasis,
                    condo: CondoCharges | None
                    ) -> tuple[list[SettlementLine], Proration | None, Proration | None,
                               Proration | None]:
    """The buyer's shares of the property tax and the settlement month's condo fees."""
    lines, tax, mgmt, repair = [], None, None, None
    if annual_property_tax is not None:
        tax = prorate_property_tax(annual_property_tax, settlement_on, year_start, basis)
    if condo is not None and condo.monthly_management_fee is not None:
        mgmt = prorate_monthly(ProrationKind.MANAGEMENT_FEE, condo.monthly_management_fee,
                               settlement_on)
    if condo is not None and condo.monthly_repair_reserve is not None:
        repair = prorate_monthly(ProrationKind.REPAIR_RESERVE, condo.monthly_repair_reserve,
                                 settlement_on)
    texts = {ProrationKind.PROPERTY_TAX: "Buyer's share of the property tax from {day} (固定資産税等精算金)",
             ProrationKind.MANAGEMENT_FEE: "Buyer's share of the management fee from {day}",
             ProrationKind.REPAIR_RESERVE: "Buyer's share of the repair reserve from {day}"}
    for pr in (tax, mgmt, repair):
        if pr is not None and pr.buyer_share.is_positive():
            lines.append(line(Section.PRORATIONS_AND_ADJUSTMENTS, texts[pr.kind], buyer, seller,
                              pr.buyer_share, values={"day": settlement_on},
                              explanation=pr.explanation, rule=f"jp.proration.{pr.kind.value}"))
    return lines, tax, mgmt, repair


# Line descriptions by field or rule (literal tables: see resources/translations/update.py).
_OWN_DEBT_LINES = {
    "parking_arrears": "Parking arrears (駐車場代): the seller's own debt",
    "bicycle_arrears": "Bicycle-space arrears (駐輪場代): the seller's own debt",
}
_ARREARS_LINES = {
    "home.management_arrears": "Management fee arrears (管理費滞納) to {association}",
    "home.repair_arrears": "Repair reserve arrears (修繕積立金滞納) to {association}",
    "home.arrears_late_charges": "Late charges on the arrears (遅延損害金) to {association}",
}


def parking_lines(seller: Party, association: Party | None, condo: CondoCharges | None
                  ) -> list[SettlementLine]:
    """Parking and bicycle-space arrears: shown, never deducted."""
    if condo is None:
        return []
    out = []
    why = Notice("Not deducted from the price: parking and bicycle-space fees do not pass to the "
                 "buyer, so they stay the seller's own debt, to be paid by the seller even after "
                 "moving out.")
    for name in ("parking_arrears", "bicycle_arrears"):
        amount = getattr(condo, name)
        if amount is not None and amount.is_positive():
            out.append(line(Section.OTHER_COSTS, _OWN_DEBT_LINES[name], seller, association, amount,
                            outside_closing=True, explanation=why, rule="jp.condo.parking_not_deducted"))
    return out


def discharge_lines(seller: Party, scrivener: Party, cost: DischargeCost) -> list[SettlementLine]:
    out = []
    if cost.registration_tax.is_positive():
        out.append(line(Section.GOVERNMENT_AND_REGISTRATION,
                        "Registration tax for the mortgage discharge (抵当権抹消登記), paid through "
                        "{scrivener}", seller, scrivener, cost.registration_tax,
                        values={"scrivener": scrivener.name}, explanation=cost.explanation,
                        rule="jp.registration.discharge_tax"))
    if cost.scrivener_fee.is_positive():
        out.append(line(Section.GOVERNMENT_AND_REGISTRATION, "Scrivener's fee for the discharge",
                        seller, scrivener, cost.scrivener_fee, explanation=cost.explanation,
                        rule="jp.registration.scrivener_fee"))
    return out


def settle_residuals(settlement: Settlement) -> Settlement:
    """Close the buyer's and the seller's accounts by lines of their own.

    The buyer pays the balance (残代金 and its prorations); the seller is
    paid what is left. A seller who owes on balance is left unsettled: the
    statement then shows the shortage for the seller to bring.
    """
    extra = []
    buyer_owes = -settlement.unsettled(settlement.buyer)
    if buyer_owes.is_positive():
        extra.append(line(Section.PRICE_AND_DEPOSITS, "Balance paid by the buyer at settlement (残代金)",
                          settlement.buyer, settlement.closing, buyer_owes,
                          rule="settlement.buyer_balance"))
    seller_owed = settlement.unsettled(settlement.seller)
    if seller_owed.is_positive():
        extra.append(line(Section.PROCEEDS, "Net proceeds paid to {seller}", settlement.closing,
                          settlement.seller, seller_owed, values={"seller": settlement.seller.name},
                          rule="settlement.net_proceeds"))
    return settlement.with_lines(*extra)


def _ordinal(rank: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(rank, f"{rank}th")


# -- the market sale -----------------------------------------------------------------


def _validate(sale: HomeSale) -> str:
    p = Problems()
    if not isinstance(sale.price, Money) or not sale.price.is_positive():
        p.add("price", "The price must be more than zero.")
        p.raise_if_any()
    cur = sale.price.currency
    check_amounts(p, cur, earnest_money=sale.earnest_money, commission_charged=sale.commission_charged,
                  buyer_commission_charged=sale.buyer_commission_charged,
                  annual_property_tax=sale.annual_property_tax,
                  unpaid_property_tax=sale.unpaid_property_tax, moving_allowance=sale.moving_allowance,
                  scrivener_fee=sale.scrivener_fee)
    if sale.earnest_money is not None and sale.earnest_money > sale.price:
        p.add("earnest_money", "The earnest money is part of the price: it cannot exceed it.")
    ranks = [m.rank for m in sale.mortgages]
    if len(set(ranks)) != len(ranks) or any(r < 1 for r in ranks):
        p.add("mortgages", "Each mortgage has its own rank, 1 for the first.")
    for i, m in enumerate(sale.mortgages):
        if m.amount.currency != cur or not m.amount.is_positive():
            p.add(f"mortgages[{i}]", "Enter the payoff in {currency}, more than zero.", currency=cur)
    if sale.condo is not None:
        check_amounts(p, cur, **sale.condo.amounts())
        owed = [v for k, v in sale.condo.amounts().items() if not k.startswith("monthly_")]
        if sale.association is None and any(v.is_positive() for v in owed):
            p.add("association", "Name the management association (管理組合) the arrears are owed to.")
    if sale.unpaid_property_tax is not None and sale.unpaid_property_tax.is_positive() \
            and sale.tax_office is None:
        p.add("tax_office", "Name the tax office the unpaid property tax goes to.")
    if sale.buyer_commission_charged is not None and sale.buyer_broker is None:
        p.add("buyer_broker", "Name the buyer's broker.")
    if sale.mortgages and sale.scrivener_fee is None:
        p.add("scrivener_fee", "Enter the scrivener's fee for the discharge.")
    p.raise_if_any()
    return cur


def settle_home_sale(sale: HomeSale) -> HomeDeal:
    cur = _validate(sale)
    seller, buyer = sale.seller, sale.buyer
    agent = sale.agent or sale.broker
    contract_on = sale.contract_on or sale.settlement_on
    notices: list[Notice] = []

    lines = [line(Section.PRICE_AND_DEPOSITS, "Sale price (売買代金)", buyer, seller, sale.price,
                  rule="home.price")]
    lines += earnest_line(sale.earnest_money, sale.earnest_held_by, sale.broker, buyer, seller)

    pr_lines, tax, mgmt, repair = proration_lines(buyer, seller, sale.settlement_on,
                                                  sale.annual_property_tax, sale.tax_year_start,
                                                  sale.day_basis, sale.condo)
    lines += pr_lines

    for m in sorted(sale.mortgages, key=lambda m: m.rank):
        values = {"rank": _ordinal(m.rank), "lender": m.lender.name, "amount": m.amount,
                  "reference": m.reference}
        why = ("Payoff of the {rank} mortgage on the settlement day per the lender's letter "
               "{reference}: {amount}; {lender} hands over the discharge papers against it."
               if m.reference else
               "Payoff of the {rank} mortgage on the settlement day: {amount}; {lender} hands over "
               "the discharge papers against it.")
        lines.append(line(Section.PAYOFFS, "Payoff of the {rank} mortgage to {lender}", seller,
                          m.lender, m.amount, values=values, explanation=Notice(why, values),
                          rule="home.payoff"))

    cap = commission_cap(sale.price, sale.vacant_low_price, on=contract_on)
    commission = Commission(sale.commission_charged if sale.commission_charged is not None
                            else cap.total, cap, sale.commission_override_reason)
    notices += cap.notices
    if commission.charged.is_positive():
        lines.append(line(Section.COMMISSION, "Brokerage commission to {broker} (seller's side)",
                          seller, sale.broker, commission.charged, values={"broker": sale.broker.name},
                          explanation=commission.explanation, rule="jp.takken.commission_cap"))
    buyer_commission = None
    if sale.buyer_broker is not None:
        # The buyer's own broker, paid by the buyer through this closing: the
        # same cap per side, charged in full unless agreed lower; never above.
        charged = (sale.buyer_commission_charged if sale.buyer_commission_charged is not None
                   else cap.total)
        try:
            buyer_commission = Commission(charged, cap)
        except ValidationError as error:
            raise error.under("buyer_commission_charged") from None
        if buyer_commission.charged.is_positive():
            lines.append(line(Section.COMMISSION, "Brokerage commission to {broker} (buyer's side)",
                              buyer, sale.buyer_broker, buyer_commission.charged,
                              values={"broker": sale.buyer_broker.name},
                              explanation=buyer_commission.explanation,
                              rule="jp.takken.commission_cap"))

    if sale.unpaid_property_tax is not None and sale.unpaid_property_tax.is_positive():
        lines.append(line(Section.GOVERNMENT_AND_REGISTRATION,
                          "Property tax the seller has not paid, settled from the proceeds",
                          seller, sale.tax_office, sale.unpaid_property_tax,
                          rule="home.unpaid_property_tax"))

    if sale.condo is not None:
        lines += arrears_lines(seller, sale.association, sale.condo)
        lines += parking_lines(seller, sale.association, sale.condo)

    discharge = None
    if sale.mortgages:
        discharge = discharge_registration(sale.land_parcels, sale.buildings, sale.scrivener_fee,
                                           mortgages=len(sale.mortgages))
        lines += discharge_lines(seller, sale.scrivener, discharge)

    settlement = Settlement(cur, tuple(lines), buyer, seller, agent, sale.settlement_on)
    if sale.moving_allowance is not None and sale.moving_allowance.is_positive():
        settlement = settlement.with_lines(line(
            Section.ALLOWANCES, "Moving allowance for the seller (approved by the lender)",
            settlement.closing, seller, sale.moving_allowance, rule="home.moving_allowance"))
    settlement = settle_residuals(settlement)

    net = settlement.net_proceeds
    if settlement.unsettled(seller).is_negative():
        notices.append(Notice(
            "The price does not cover the payoffs and costs: {seller} must bring {amount} to the "
            "closing, or ask the lenders for a voluntary sale (任意売却).",
            {"seller": seller.name, "amount": -settlement.unsettled(seller)}))
    settlement = settlement.with_notices(*notices)
    return HomeDeal(sale, settlement, commission, buyer_commission, tax, mgmt, repair, discharge, net,
                    tuple(notices))


def arrears_lines(seller: Party, association: Party, condo: CondoCharges) -> list[SettlementLine]:
    """Management-fee and repair-reserve arrears, paid in full from the proceeds.

    The association can claim them from the next owner (区分所有法 8条), so
    they are cleared before the buyer takes the home.
    """
    out = []
    why = Notice("Cleared from the proceeds: unpaid management fees and repair reserve pass to the "
                 "buyer as the next owner, so the management association is paid before the handover.")
    for amount, rule in ((condo.management_fee_arrears, "home.management_arrears"),
                         (condo.repair_reserve_arrears, "home.repair_arrears"),
                         (condo.late_charges, "home.arrears_late_charges")):
        if amount is not None and amount.is_positive():
            out.append(line(Section.OTHER_COSTS, _ARREARS_LINES[rule], seller, association, amount,
                            values={"association": association.name}, explanation=why, rule=rule))
    return out
