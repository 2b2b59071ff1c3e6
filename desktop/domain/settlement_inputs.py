"""A settlement's inputs and the figures recomputed from them: what a deal
is made of (the clerk's entries, down to the engine's own input dataclasses),
the inputs document it is stored as, and compute_deal, which settles it by
the domain engine (car_sale, home_sale, short_sale). Pure: no storage, no
clock, no permissions; desktop/services/settlements.py stores, audits and
orchestrates.

The inputs document (settlement_versions.inputs_json), schema 1::

    {"schema": 1,
     "kind": "car_trade_in",               # SettlementKind
     "inputs": {...}}                       # CarDealInputs | HomeDealInputs | VoluntarySaleInputs

``inputs`` is the inputs dataclass below written field by field, by name,
down to the domain's own input dataclasses (CarSale, HomeSale, Lien,
ShortSaleCosts, …): Money as {"minor": int, "currency": "JPY"}, dates as
ISO text, Decimals as text ("1.00"), enums as their value, tuples as lists,
None as null. A field missing from a document takes its default; a field
the program does not know is refused (InputsDocumentError). The field names
are therefore the schema: renaming a domain input field is a new schema
version, with its upgrade written here (tests pin a schema-1 document).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Callable

from desktop.domain.car_sale import (
    CarDeal,
    CarDealKind,
    CarSale,
    Offer,
    OfferComparison,
    ShortfallCover,
    compare_offers,
    settle_car_sale,
)
from desktop.domain.codec import decode, encode
from desktop.domain.errors import ValidationError
from desktop.domain.fees import DayBasis, TaxYearStart
from desktop.domain.home_sale import EarnestHolder, HomeDeal, HomeSale, settle_home_sale
from desktop.domain.money import Money
from desktop.domain.notices import Notice
from desktop.domain.payoffs import PayoffSource
from desktop.domain.settlement import Balance, BalanceState, Party, Role, Settlement
from desktop.domain.short_sale import (
    AUCTION_RATIO,
    AuctionComparison,
    DistributionCaps,
    DistributionItem,
    DistributionLine,
    DistributionTable,
    Lien,
    LineStatus,
    ShortSale,
    ShortSaleCosts,
    ShortSaleResult,
    compare_with_auction,
    propose_distribution,
    settle_short_sale,
)

__all__ = [
    "AuctionInputs", "CarDealInputs", "DealComputation", "DealInputs", "HomeDealInputs",
    "InputsDocumentError", "LineDecision", "PayoffUsed", "SCHEMA_VERSION", "SettlementKind",
    "ShortSaleTerms", "Totals", "VoluntarySaleInputs", "anonymise_inputs", "carry_decisions",
    "check_inputs", "compute_deal", "decided_table", "decision_of", "inputs_document",
    "inputs_from_document", "price_of", "proposed_table",
]


class SettlementKind(StrEnum):
    CAR_DEALER_PURCHASE = "car_dealer_purchase"  # 車買取
    CAR_TRADE_IN = "car_trade_in"  # 下取り
    CAR_PRIVATE_SALE = "car_private_sale"  # 個人売買
    HOME_MARKET_SALE = "home_market_sale"  # 不動産売買
    HOME_VOLUNTARY_SALE = "home_voluntary_sale"  # 任意売却

    @property
    def is_car(self) -> bool:
        return self.value.startswith("car_")


@dataclass(frozen=True)
class Totals:
    """What lists show of a version: the settlement's money and its balance."""

    money_in: Money
    money_out: Money
    balance_state: BalanceState
    net_proceeds: Money  # negative: the seller's shortfall


SCHEMA_VERSION = 1


# -- the inputs -----------------------------------------------------------------------


@dataclass(frozen=True)
class PayoffUsed:
    """The linked loan's payoff figure a version was computed with, as the desk had it."""

    loan_id: str
    on: date  # the settlement day the figure is for
    source: PayoffSource  # the desk's estimate, the lender's letter, or the letter extended
    amount: Money
    per_diem: Money
    good_through: date
    lender_reference: str = ""  # the lender's letter, when the figure is one
    lender_quote_id: str = ""
    days_extended: int = 0  # days of per diem added to a letter past its date


@dataclass(frozen=True)
class CarDealInputs:
    """A car dealer purchase, trade-in or private sale (sale.kind matches the deal's kind).

    With a loan linked to the deal, sale.payoff is the service's: built from
    the payoff figure pinned in payoff_used, whatever the form sent.
    """

    sale: CarSale
    offers: tuple[Offer, ...] = ()  # the buyers' offers, in the order recorded
    payoff_used: PayoffUsed | None = None
    title: str = ""  # what the desk calls the deal, printed on its documents
    asset_description: str = ""  # the car as printed; the linked asset's label if blank


@dataclass(frozen=True)
class HomeDealInputs:
    """A home sold on the market. With a loan linked, the mortgage of rank
    `loan_rank` is the service's, from the pinned payoff figure."""

    sale: HomeSale
    payoff_used: PayoffUsed | None = None
    loan_rank: int = 1
    title: str = ""
    asset_description: str = ""


@dataclass(frozen=True)
class LineDecision:
    """The lender's decision on one line of the distribution table."""

    item: DistributionItem  # the line's item, to check the table still has it there
    status: LineStatus
    amount: Money | None = None  # approved: the amount (less than proposed, or as proposed)
    reason: str = ""  # refused: why


@dataclass(frozen=True)
class ShortSaleTerms:
    """The closing of a voluntary sale (short_sale.ShortSale without its table)."""

    buyer: Party
    settlement_on: date
    earnest_money: Money | None = None
    earnest_held_by: EarnestHolder = EarnestHolder.BROKER
    prorate: bool = True
    tax_year_start: TaxYearStart = TaxYearStart.JANUARY
    day_basis: DayBasis = DayBasis.DAYS_365
    guarantor_company: Party | None = None
    subrogated_on: date | None = None
    joint_guarantors: tuple[Party, ...] = ()
    agent: Party | None = None


@dataclass(frozen=True)
class AuctionInputs:
    """What the comparison with a court auction needs (short_sale.compare_with_auction)."""

    court_costs: Money
    market_price: Money | None = None  # the price of the sale if not given
    auction_ratio: Decimal = AUCTION_RATIO


@dataclass(frozen=True)
class VoluntarySaleInputs:
    """A voluntary sale: the distribution table's inputs, the lender's decisions
    on its lines, then the closing once the buyer is known.

    The decisions and repriced_from are the service's: set_line_status and
    reprice change them; a save that changes the table's inputs sends every
    line back to proposed (the lender approves a table, for a price).
    """

    price: Money
    seller: Party
    liens: tuple[Lien, ...]
    costs: ShortSaleCosts
    proposed_on: date
    caps: DistributionCaps = DistributionCaps()
    decisions: tuple[LineDecision, ...] = ()  # one per line, or none: every line as proposed
    repriced_from: Money | None = None  # the price the lender saw before the last change
    terms: ShortSaleTerms | None = None  # None until the buyer and the day are known
    auction: AuctionInputs | None = None
    title: str = ""
    asset_description: str = ""


DealInputs = CarDealInputs | HomeDealInputs | VoluntarySaleInputs

_CAR_KINDS = {SettlementKind.CAR_DEALER_PURCHASE: CarDealKind.DEALER_PURCHASE,
              SettlementKind.CAR_TRADE_IN: CarDealKind.TRADE_IN,
              SettlementKind.CAR_PRIVATE_SALE: CarDealKind.PRIVATE_SALE}
_INPUTS: dict[SettlementKind, type] = {**{k: CarDealInputs for k in _CAR_KINDS},
                                       SettlementKind.HOME_MARKET_SALE: HomeDealInputs,
                                       SettlementKind.HOME_VOLUNTARY_SALE: VoluntarySaleInputs}
# The statement's own names for the deal kinds (values of documents' DealKind,
# which is imported only when printing: reportlab is slow to load at start).
def check_inputs(kind: SettlementKind, inputs: Any) -> None:
    expected = _INPUTS[kind]
    if not isinstance(inputs, expected):
        raise TypeError(f"a {kind.value} deal takes {expected.__name__}, "
                        f"not {type(inputs).__name__}")


def price_of(inputs: DealInputs) -> Any:
    return inputs.price if isinstance(inputs, VoluntarySaleInputs) else inputs.sale.price


# -- the inputs document --------------------------------------------------------------


class InputsDocumentError(ValueError):
    """A stored inputs document this program cannot read (another schema, or damaged)."""


def inputs_document(kind: SettlementKind, inputs: DealInputs) -> dict[str, Any]:
    """The JSON document of a deal's inputs."""
    kind = SettlementKind(kind)
    check_inputs(kind, inputs)
    return {"schema": SCHEMA_VERSION, "kind": kind.value, "inputs": encode(inputs)}


def inputs_from_document(document: dict[str, Any]) -> tuple[SettlementKind, DealInputs]:
    """The kind and the inputs a document holds (the inverse of inputs_document)."""
    if not isinstance(document, dict):
        raise InputsDocumentError("an inputs document is a JSON object")
    schema = document.get("schema")
    if schema != SCHEMA_VERSION:
        raise InputsDocumentError(
            f"the settlement inputs are in schema {schema!r}; this program reads schema "
            f"{SCHEMA_VERSION}" + (": install the newer LienDesk" if isinstance(schema, int)
                                   and schema > SCHEMA_VERSION else ""))
    if set(document) != {"schema", "kind", "inputs"}:
        raise InputsDocumentError(f"unknown keys in the inputs document: "
                                  f"{sorted(set(document) - {'schema', 'kind', 'inputs'})}")
    try:
        kind = SettlementKind(document["kind"])
    except ValueError:
        raise InputsDocumentError(f"unknown kind of settlement {document['kind']!r}") from None
    return kind, decode(_INPUTS[kind], document["inputs"], "inputs", InputsDocumentError)


# -- computing a deal from its inputs ---------------------------------------------------


@dataclass(frozen=True)
class DealComputation:
    """A deal's figures, recomputed by the domain engine from its inputs."""

    kind: SettlementKind
    inputs: DealInputs
    settlement: Settlement | None  # None: a voluntary sale not ready to settle yet
    balance: Balance | None
    blockers: tuple[Notice, ...]  # why it cannot be finalised; empty: it can
    car: CarDeal | None = None
    home: HomeDeal | None = None
    table: DistributionTable | None = None  # a voluntary sale's, decisions applied
    short_sale: ShortSaleResult | None = None
    auction: AuctionComparison | None = None
    offers: OfferComparison | None = None

    @property
    def result(self) -> CarDeal | HomeDeal | ShortSaleResult | None:
        return self.car or self.home or self.short_sale

    @property
    def can_close(self) -> bool:
        return not self.blockers

    @property
    def totals(self) -> Totals | None:
        if self.settlement is None:
            return None
        b = self.balance
        return Totals(b.money_in, b.money_out, b.state, self.settlement.net_proceeds)


def compute_deal(kind: SettlementKind, inputs: DealInputs) -> DealComputation:
    """Settle the deal by the domain engine. Raises ValidationError for inputs
    a clerk must correct; a deal that cannot close yet says why in `blockers`."""
    kind = SettlementKind(kind)
    check_inputs(kind, inputs)
    if kind.is_car:
        return _compute_car(kind, inputs)
    if kind is SettlementKind.HOME_MARKET_SALE:
        return _compute_home(kind, inputs)
    return _compute_voluntary(kind, inputs)


def _compute_car(kind: SettlementKind, inputs: CarDealInputs) -> DealComputation:
    sale = inputs.sale
    if sale.kind is not _CAR_KINDS[kind]:
        entered = sale.kind.value.replace("_", " ")
        raise ValidationError.single("kind", "This deal is a {kind}; the sale entered is a {entered}.",
                                     kind=kind.value.replace("_", " "), entered=entered)
    deal = settle_car_sale(sale)
    balance = deal.settlement.balance()
    blockers: list[Notice] = []
    refused_roll = deal.roll_check is not None and not deal.roll_check.allowed
    if (not deal.can_close and deal.shortfall.is_positive() and deal.notices
            and (sale.cover is ShortfallCover.NONE or refused_roll)):
        blockers.append(deal.notices[0])  # the engine puts why the sale is blocked first
    if balance.state is not BalanceState.BALANCED:
        blockers.append(balance.who_owes_whom)
    if not deal.can_close and not blockers:
        blockers.append(Notice("This sale cannot close as entered."))
    if sale.settled_on is None:
        blockers.append(Notice("Enter the day of the sale."))
    offers = None
    if inputs.offers:
        offers = compare_offers(inputs.offers, sale.payoff.amount if sale.payoff else None)
    return DealComputation(kind, inputs, deal.settlement, balance, tuple(blockers), car=deal,
                           offers=offers)


def _compute_home(kind: SettlementKind, inputs: HomeDealInputs) -> DealComputation:
    deal = settle_home_sale(inputs.sale)
    balance = deal.settlement.balance()
    blockers = () if balance.state is BalanceState.BALANCED else (balance.who_owes_whom,)
    return DealComputation(kind, inputs, deal.settlement, balance, blockers, home=deal)


def proposed_table(inputs: VoluntarySaleInputs) -> DistributionTable:
    """The table as the desk proposes it at the price, every line as the engine puts it."""
    table = propose_distribution(inputs.price, inputs.seller, inputs.liens, inputs.costs,
                                 on=inputs.proposed_on, caps=inputs.caps)
    if inputs.repriced_from is not None and inputs.repriced_from != inputs.price:
        # The engine's own re-pricing, for its notice: the table goes back to the lender.
        table = replace(table, price=inputs.repriced_from).reprice(inputs.price)
    return table


def decided_table(table: DistributionTable, decisions: tuple[LineDecision, ...]) -> DistributionTable:
    if not decisions:
        return table
    if len(decisions) != len(table.lines) or any(
            d.item is not ln.item for d, ln in zip(decisions, table.lines)):
        raise ValidationError.single("decisions", "The distribution table has changed since the "
                                                  "lender's decisions: set its lines again.")
    for i, d in enumerate(decisions):
        if d.status is LineStatus.APPROVED:
            table = table.approve(i, d.amount)
        elif d.status is LineStatus.REFUSED:
            table = table.refuse(i, d.reason)
    return table


def decision_of(line: DistributionLine) -> LineDecision:
    if line.status is LineStatus.APPROVED:
        return LineDecision(line.item, LineStatus.APPROVED, line.amount)
    if line.status is LineStatus.REFUSED:
        return LineDecision(line.item, LineStatus.REFUSED, reason=line.refusal_reason)
    return LineDecision(line.item, LineStatus.PROPOSED)


def _compute_voluntary(kind: SettlementKind, inputs: VoluntarySaleInputs) -> DealComputation:
    table = decided_table(proposed_table(inputs), inputs.decisions)
    auction = None
    if inputs.auction is not None:
        auction = compare_with_auction(table, court_costs=inputs.auction.court_costs,
                                       market_price=inputs.auction.market_price,
                                       auction_ratio=inputs.auction.auction_ratio)
    blockers: list[Notice] = []
    undecided = [i + 1 for i, ln in enumerate(table.lines) if ln.status is LineStatus.PROPOSED]
    if undecided:
        blockers.append(Notice("The lender has not decided lines {lines} of the distribution "
                               "table.", {"lines": ", ".join(map(str, undecided))}))
    if inputs.terms is None:
        blockers.append(Notice("Enter the buyer and the day of settlement."))
    if blockers:
        return DealComputation(kind, inputs, None, None, tuple(blockers), table=table,
                               auction=auction)
    t = inputs.terms
    result = settle_short_sale(ShortSale(
        table=table, buyer=t.buyer, settlement_on=t.settlement_on, earnest_money=t.earnest_money,
        earnest_held_by=t.earnest_held_by, prorate=t.prorate, tax_year_start=t.tax_year_start,
        day_basis=t.day_basis, guarantor_company=t.guarantor_company, subrogated_on=t.subrogated_on,
        joint_guarantors=t.joint_guarantors, agent=t.agent))
    balance = result.settlement.balance()
    blockers = () if balance.state is BalanceState.BALANCED else (balance.who_owes_whom,)
    return DealComputation(kind, inputs, result.settlement, balance, blockers, table=table,
                           short_sale=result, auction=auction)




def carry_decisions(stored: VoluntarySaleInputs, new: VoluntarySaleInputs) -> VoluntarySaleInputs:
    """The lender's decisions stay with the table they were made on: a new
    price or other table inputs send every line back to proposed."""
    new = replace(new, decisions=stored.decisions, repriced_from=stored.repriced_from)
    if new.price != stored.price:
        return replace(new, decisions=(), repriced_from=stored.price)

    def table_inputs(i: VoluntarySaleInputs):
        return i.price, i.seller, i.liens, i.costs, i.proposed_on, i.caps

    if table_inputs(new) != table_inputs(stored):
        return replace(new, decisions=(), repriced_from=None)
    return new


# -- erasure ----------------------------------------------------------------------------


def anonymise_inputs(inputs: DealInputs, customer_id: str, marker: str) -> DealInputs:
    """The inputs with the erased customer's personal data taken out, every
    figure as it was: the seller (the customer: role seller, or the
    customer's id) is named `marker`; joint guarantors, people the desk knew
    through the customer, become `marker`-J1, -J2…; the asset's description
    (an address, a plate) and the title (which may name the customer) are
    blanked, the deal's reference standing in for the title; the free-text
    notes of the buyers' offers are blanked. Lenders, dealers, brokers and
    buyers keep their names: they are the other sides of the money records."""

    def party(p: Party) -> Party:
        if p.role is Role.SELLER or (customer_id and p.id == customer_id):
            return replace(p, name=marker)
        return p

    out = _map_parties(inputs, party)
    if isinstance(out, VoluntarySaleInputs) and out.terms is not None:
        joint = tuple(replace(g, name=f"{marker}-J{i}")
                      for i, g in enumerate(out.terms.joint_guarantors, start=1))
        out = replace(out, terms=replace(out.terms, joint_guarantors=joint))
    if isinstance(out, CarDealInputs):
        out = replace(out, offers=tuple(replace(o, note="") for o in out.offers))
    return replace(out, title="", asset_description="")


def _map_parties(value: Any, party: Callable[[Party], Party]) -> Any:
    """The value with every Party inside it (down dataclasses and tuples) mapped."""
    if isinstance(value, Party):
        return party(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = _map_parties(old, party)
            if new is not old:
                changes[f.name] = new
        return replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        mapped = tuple(_map_parties(v, party) for v in value)
        return value if all(a is b for a, b in zip(mapped, value)) else mapped
    return value
