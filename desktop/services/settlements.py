"""Settling a sale: a car sold or traded in under a loan, a home sold with its
mortgages, a voluntary sale (任意売却) and its distribution table.

A deal is opened for a customer (the seller) with its inputs; every change
is saved to the deal's current draft version; the branch manager finalises
it once it can close (the version is then locked in the database); a change
after that is a new draft version (revise). Every figure is recomputed by
the domain engine (car_sale, home_sale, short_sale) from the stored inputs,
so a version prints the same today and in ten years.

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

For a car or home deal with a linked loan, the payoff comes from
PayoffService.payoff_on(loan, settlement day) and is pinned in the draft
(``payoff_used``: amount, per diem, good-through, source, the lender's letter
reference): saving the draft again keeps it while the settlement day is
unchanged, unless the clerk asks for the latest figure (refresh_payoff), so
a letter that arrives later never changes a saved version by itself.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from types import NoneType, UnionType
from typing import Any, Callable, Union, get_args, get_origin, get_type_hints

from desktop.domain.access import Permission
from desktop.domain.customers import LANGUAGES as DOCUMENT_LANGUAGES
from desktop.domain.assets import AssetKind
from desktop.domain.car_sale import (
    CarDeal,
    CarDealKind,
    CarLoanPayoff,
    CarSale,
    Offer,
    OfferComparison,
    OwnerOfRecord,
    ShortfallCover,
    compare_offers,
    settle_car_sale,
)
from desktop.domain.errors import Conflict, FieldProblem, ValidationError
from desktop.domain.fees import DayBasis, TaxYearStart
from desktop.domain.home_sale import (
    EarnestHolder,
    HomeDeal,
    HomeSale,
    MortgagePayoff,
    settle_home_sale,
)
from desktop.domain.loan_accounts import LoanAccount
from desktop.domain.loans import RepaymentMethod
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
from desktop.services.context import ServiceContext
from desktop.services.customers import CustomerService
from desktop.services.documents import DocumentService
from desktop.services.payoffs import PayoffService
from desktop.services.settings import SettingsService
from desktop.store.assets import AssetRepository, asset_label
from desktop.store.customers import CustomerRepository
from desktop.store.documents import IssuedDocument
from desktop.store.ids import new_id
from desktop.store.lenders import LenderRepository
from desktop.store.loans import LoanRepository
from desktop.store.settlements import (
    Deal,
    DealSummary,
    DealVersion,
    SettlementKind,
    SettlementRepository,
    Totals,
    VersionStatus,
    canonical_json,
)

__all__ = [
    "AuctionInputs", "CannotFinalise", "CarDealInputs", "Deal", "DealComputation", "DealInputs",
    "DealSummary", "DealVersion", "DealView", "HomeDealInputs", "InputsDocumentError",
    "LineDecision", "PayoffUsed", "SCHEMA_VERSION", "SettlementKind", "SettlementService",
    "ShortSaleTerms", "Totals", "VersionLocked", "VersionStatus", "VoluntarySaleInputs",
    "compute_deal", "inputs_document", "inputs_from_document",
]

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
_DOCUMENT_KINDS = {SettlementKind.CAR_DEALER_PURCHASE: "car_dealer_purchase",
                   SettlementKind.CAR_TRADE_IN: "car_trade_in",
                   SettlementKind.CAR_PRIVATE_SALE: "car_private_sale",
                   SettlementKind.HOME_MARKET_SALE: "home_market_sale",
                   SettlementKind.HOME_VOLUNTARY_SALE: "voluntary_sale"}


def _check_inputs(kind: SettlementKind, inputs: Any) -> None:
    expected = _INPUTS[kind]
    if not isinstance(inputs, expected):
        raise TypeError(f"a {kind.value} deal takes {expected.__name__}, "
                        f"not {type(inputs).__name__}")


def _price(inputs: DealInputs) -> Any:
    return inputs.price if isinstance(inputs, VoluntarySaleInputs) else inputs.sale.price


# -- the inputs document --------------------------------------------------------------


class InputsDocumentError(ValueError):
    """A stored inputs document this program cannot read (another schema, or damaged)."""


def inputs_document(kind: SettlementKind, inputs: DealInputs) -> dict[str, Any]:
    """The JSON document of a deal's inputs."""
    kind = SettlementKind(kind)
    _check_inputs(kind, inputs)
    return {"schema": SCHEMA_VERSION, "kind": kind.value, "inputs": _encode(inputs)}


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
    return kind, _decode(_INPUTS[kind], document["inputs"], "inputs")


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):  # before str: a StrEnum is a str
        return value.value
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Money):
        return {"minor": value.minor, "currency": value.currency}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name))
                for f in dataclasses.fields(value) if f.init}
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    raise TypeError(f"a settlement input cannot be a {type(value).__name__}")


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _bad(path: str, what: str) -> InputsDocumentError:
    return InputsDocumentError(f"{path} {what}")


def _decode(tp: Any, data: Any, path: str) -> Any:
    origin = get_origin(tp)
    if origin in (Union, UnionType):
        options = [a for a in get_args(tp) if a is not NoneType]
        if data is None:
            if NoneType in get_args(tp):
                return None
            raise _bad(path, "is missing")
        if len(options) != 1:
            raise TypeError(f"no codec for {tp}")
        return _decode(options[0], data, path)
    if data is None:
        raise _bad(path, "is missing")
    if origin is tuple:
        args = get_args(tp)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"no codec for {tp}")
        if not isinstance(data, list):
            raise _bad(path, "is not a list")
        return tuple(_decode(args[0], v, f"{path}[{i}]") for i, v in enumerate(data))
    if tp is Money:
        if (not isinstance(data, dict) or set(data) != {"minor", "currency"}
                or type(data["minor"]) is not int or not isinstance(data["currency"], str)):
            raise _bad(path, 'is not an amount {"minor": …, "currency": …}')
        try:
            return Money(data["minor"], data["currency"])
        except ValueError as error:
            raise _bad(path, str(error)) from None
    if tp is date:
        try:
            return date.fromisoformat(data)
        except (TypeError, ValueError):
            raise _bad(path, "is not an ISO date") from None
    if tp is Decimal:
        try:
            value = Decimal(data) if isinstance(data, str) else None
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite():
            raise _bad(path, "is not a decimal written as text")
        return value
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError:
            raise _bad(path, f"is not one of {[m.value for m in tp]}") from None
    if tp is bool:
        if not isinstance(data, bool):
            raise _bad(path, "is not true or false")
        return data
    if tp is int:
        if type(data) is not int:
            raise _bad(path, "is not a whole number")
        return data
    if tp is str:
        if not isinstance(data, str):
            raise _bad(path, "is not text")
        return data
    if dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise _bad(path, "is not an object")
        fields = {f.name: f for f in dataclasses.fields(tp) if f.init}
        unknown = set(data) - set(fields)
        if unknown:
            raise _bad(path, f"has unknown fields {sorted(unknown)}")
        hints = _hints(tp)
        values = {}
        for name, f in fields.items():
            if name in data:
                values[name] = _decode(hints[name], data[name], f"{path}.{name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise _bad(f"{path}.{name}", "is missing")
        return tp(**values)
    raise TypeError(f"no codec for {tp}")


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
    _check_inputs(kind, inputs)
    if kind.is_car:
        return _compute_car(kind, inputs)
    if kind is SettlementKind.HOME_MARKET_SALE:
        return _compute_home(kind, inputs)
    return _compute_voluntary(kind, inputs)


def _compute_car(kind: SettlementKind, inputs: CarDealInputs) -> DealComputation:
    sale = inputs.sale
    if sale.kind is not _CAR_KINDS[kind]:
        entered = sale.kind.value.replace("_", " ")
        raise ValidationError.single("kind", f"This deal is a {kind.value.replace('_', ' ')}; "
                                             f"the sale entered is a {entered}.")
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


def _proposed_table(inputs: VoluntarySaleInputs) -> DistributionTable:
    """The table as the desk proposes it at the price, every line as the engine puts it."""
    table = propose_distribution(inputs.price, inputs.seller, inputs.liens, inputs.costs,
                                 on=inputs.proposed_on, caps=inputs.caps)
    if inputs.repriced_from is not None and inputs.repriced_from != inputs.price:
        # The engine's own re-pricing, for its notice: the table goes back to the lender.
        table = replace(table, price=inputs.repriced_from).reprice(inputs.price)
    return table


def _decided(table: DistributionTable, decisions: tuple[LineDecision, ...]) -> DistributionTable:
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


def _decision(line: DistributionLine) -> LineDecision:
    if line.status is LineStatus.APPROVED:
        return LineDecision(line.item, LineStatus.APPROVED, line.amount)
    if line.status is LineStatus.REFUSED:
        return LineDecision(line.item, LineStatus.REFUSED, reason=line.refusal_reason)
    return LineDecision(line.item, LineStatus.PROPOSED)


def _compute_voluntary(kind: SettlementKind, inputs: VoluntarySaleInputs) -> DealComputation:
    table = _decided(_proposed_table(inputs), inputs.decisions)
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


# -- the service ------------------------------------------------------------------------


class VersionLocked(Conflict):
    """The deal's latest version is final: a change needs a new version (revise)."""

    def __init__(self, version: int):
        self.version = version
        super().__init__(f"Version {version} of this settlement is final: revise the deal to "
                         f"change it.")


class CannotFinalise(Conflict):
    """The deal cannot close as it stands: the reasons say why."""

    def __init__(self, reasons: tuple[Notice, ...]):
        self.reasons = tuple(reasons)
        super().__init__("This settlement cannot be finalised: "
                         + " ".join(str(r) for r in self.reasons))


@dataclass(frozen=True)
class DealView:
    """A deal, one of its versions, and the figures recomputed from it."""

    deal: Deal
    version: DealVersion
    computed: DealComputation

    @property
    def inputs(self) -> DealInputs:
        return self.computed.inputs


def _audit_version(version: DealVersion) -> dict[str, Any]:
    return {"version": version.version, "status": version.status, "inputs": version.inputs,
            "totals": version.totals}


class SettlementService:
    def __init__(self, ctx: ServiceContext, *, payoffs: PayoffService | None = None,
                 documents: DocumentService | None = None,
                 customers: CustomerService | None = None,
                 settings: SettingsService | None = None):
        self._ctx = ctx
        self._db = ctx.database
        self._settlements = SettlementRepository(ctx.database)
        self._customer_rows = CustomerRepository(ctx.database)
        self._loans = LoanRepository(ctx.database)
        self._lenders = LenderRepository(ctx.database)
        self._assets = AssetRepository(ctx.database)
        self._payoffs = payoffs or PayoffService(ctx)
        self._documents = documents or DocumentService(ctx)
        self._customers = customers or CustomerService(ctx)
        self._settings = settings or SettingsService(ctx)

    # -- opening and changing a draft ---------------------------------------------------

    def open(self, kind: SettlementKind, customer_id: str, inputs: DealInputs, *,
             loan_id: str | None = None, asset_id: str | None = None) -> DealView:
        """Open a deal for the customer who sells, with its first draft (version 1).

        The asset defaults to the loan's. Raises ValidationError for inputs
        the engine refuses (by field), NotFound for a customer, loan or asset
        that does not exist."""
        self._ctx.require(Permission.SETTLE_SALES)
        try:
            kind = SettlementKind(kind)
        except ValueError:
            raise ValidationError.single("kind", "Choose the kind of sale.") from None
        _check_inputs(kind, inputs)
        if isinstance(inputs, VoluntarySaleInputs):  # the lender has decided nothing yet
            inputs = replace(inputs, decisions=(), repriced_from=None)
        now = self._ctx.now()
        with self._db.transaction():
            loan, asset_id = self._check_links(kind, customer_id, loan_id, asset_id, inputs)
            inputs = self._with_payoff(kind, loan, inputs, pinned=None, refresh=True)
            computed = compute_deal(kind, inputs)
            deal = Deal(id=new_id(), kind=kind, customer_id=customer_id,
                        currency=_price(inputs).currency, created_at=now,
                        created_by=self._ctx.actor, loan_id=loan_id, asset_id=asset_id)
            version = DealVersion(
                deal_id=deal.id, version=1, status=VersionStatus.DRAFT,
                inputs_json=canonical_json(inputs_document(kind, inputs)), totals=computed.totals,
                created_at=now, created_by=self._ctx.actor, updated_at=now)
            self._settlements.add_deal(deal)
            self._settlements.add_version(version)
            self._ctx.audit(now, "settlement.open", "settlement", deal.id,
                            after={"deal": deal, **_audit_version(version)})
        return DealView(deal, version, computed)

    def save_inputs(self, deal_id: str, inputs: DealInputs, *,
                    refresh_payoff: bool = False) -> DealView:
        """Save the form's inputs to the deal's draft, once the engine accepts them.

        With a linked loan the payoff figure pinned in the draft is kept while
        the settlement day stays the same; ``refresh_payoff`` takes the
        latest figure (a new lender's letter) instead. What other use cases
        record stays as recorded: a car's offers (record_offer), a voluntary
        sale's decisions (set_line_status; a change to the table's inputs
        sends every line back to proposed, a new price as reprice does)."""
        def edit(deal: Deal, stored: DealInputs):
            _check_inputs(deal.kind, inputs)
            new = inputs
            price = _price(new)
            if isinstance(price, Money) and price.currency != deal.currency:
                raise ValidationError.single("price", f"This deal is in {deal.currency}.")
            if isinstance(new, VoluntarySaleInputs):
                new = _carry_decisions(stored, new)
            elif isinstance(new, CarDealInputs):  # recorded by record_offer, never dropped
                new = replace(new, offers=stored.offers)
            loan = self._loans.get(deal.loan_id) if deal.loan_id else None
            pinned = getattr(stored, "payoff_used", None)
            return self._with_payoff(deal.kind, loan, new, pinned, refresh_payoff), {}
        return self._edit(deal_id, "settlement.save", edit)

    def record_offer(self, deal_id: str, buyer_name: str, amount: Money, *,
                     made_on: date | None = None, note: str = "") -> OfferComparison:
        """Record a buyer's offer for a car on the draft; returns the offers compared."""
        def edit(deal: Deal, stored: DealInputs):
            if not isinstance(stored, CarDealInputs):
                raise Conflict("Offers are recorded for the sale of a car.")
            p = []
            if not isinstance(buyer_name, str) or not buyer_name.strip():
                p.append(FieldProblem("buyer_name", "Enter who made the offer."))
            if not isinstance(amount, Money) or amount.currency != deal.currency \
                    or not amount.is_positive():
                p.append(FieldProblem("amount", f"Enter the offer in {deal.currency}, more than "
                                                f"zero."))
            if p:
                raise ValidationError(p)
            role = Role.BUYER if deal.kind is SettlementKind.CAR_PRIVATE_SALE else Role.DEALER
            offer = Offer(Party(role, buyer_name.strip()), amount, made_on or self._ctx.today(),
                          note.strip())
            return replace(stored, offers=(*stored.offers, offer)), {"offer": offer}
        return self._edit(deal_id, "settlement.offer", edit).computed.offers

    def offers(self, deal_id: str, version: int | None = None) -> OfferComparison | None:
        """The offers recorded for a car, best first; None when there are none."""
        return self.compute(deal_id, version).offers

    def set_line_status(self, deal_id: str, line_index: int, status: LineStatus,
                        amount: Money | None = None, reason: str = "") -> DealView:
        """Record the lender's decision on a line of a voluntary sale's
        distribution table (line_index from 0): approved (as proposed, or for
        `amount`), refused (with its `reason`), or back to proposed."""
        try:
            status = LineStatus(status)
        except ValueError:
            raise ValidationError.single("status",
                                         "Choose proposed, approved or refused.") from None

        def edit(deal: Deal, stored: DealInputs):
            table = self._table_of(deal, stored)
            if isinstance(line_index, bool) or not isinstance(line_index, int) \
                    or not 0 <= line_index < len(table.lines):
                raise ValidationError.single("line", "No such line in the table.")
            if status is LineStatus.APPROVED:
                decisions = [_decision(ln) for ln in table.approve(line_index, amount).lines]
            elif status is LineStatus.REFUSED:
                decisions = [_decision(ln) for ln in table.refuse(line_index, reason).lines]
            else:
                decisions = [_decision(ln) for ln in table.lines]
                decisions[line_index] = LineDecision(table.lines[line_index].item,
                                                     LineStatus.PROPOSED)
            decision = decisions[line_index]
            return replace(stored, decisions=tuple(decisions)), {
                "line": line_index, "item": decision.item, "status": decision.status,
                "amount": decision.amount, "reason": decision.reason}
        return self._edit(deal_id, "settlement.line_status", edit)

    def reprice(self, deal_id: str, new_price: Money) -> DealView:
        """A new price for a voluntary sale: the table goes back to the lender,
        every line proposed again (the engine's notice says so)."""
        def edit(deal: Deal, stored: DealInputs):
            self._table_of(deal, stored)
            if not isinstance(new_price, Money) or new_price.currency != deal.currency \
                    or not new_price.is_positive():
                raise ValidationError.single("price", f"Enter the price in {deal.currency}, more "
                                                      f"than zero.")
            if new_price == stored.price:
                return stored, {}
            return (replace(stored, price=new_price, repriced_from=stored.price, decisions=()),
                    {"old_price": stored.price, "new_price": new_price})
        return self._edit(deal_id, "settlement.reprice", edit)

    # -- finalising and revising ----------------------------------------------------------

    def finalise(self, deal_id: str) -> DealVersion:
        """Lock the deal's draft as final, once it can close (CannotFinalise says why not)."""
        self._ctx.require(Permission.FINALISE_SETTLEMENTS)
        now = self._ctx.now()
        with self._db.transaction():
            deal = self._settlements.get_deal(deal_id)
            current = self._settlements.version(deal_id)
            if current.is_final:
                raise Conflict(f"Version {current.version} of this settlement is already final.")
            computed = self._computed(deal, current)
            if computed.blockers:
                raise CannotFinalise(computed.blockers)
            self._settlements.finalise(deal_id, current.version, at=now, by=self._ctx.actor)
            final = self._settlements.version(deal_id, current.version)
            self._ctx.audit(now, "settlement.finalise", "settlement", deal_id,
                            after={"version": final.version, "status": final.status,
                                   "totals": final.totals})
        return final

    def revise(self, deal_id: str) -> DealVersion:
        """Start a new draft version from the final one, its inputs copied."""
        self._ctx.require(Permission.SETTLE_SALES)
        now = self._ctx.now()
        with self._db.transaction():
            current = self._settlements.version(deal_id)
            if not current.is_final:
                raise Conflict(f"Version {current.version} of this settlement is still a draft: "
                               f"change it instead.")
            draft = DealVersion(
                deal_id=deal_id, version=current.version + 1, status=VersionStatus.DRAFT,
                inputs_json=current.inputs_json, totals=current.totals, created_at=now,
                created_by=self._ctx.actor, updated_at=now)
            self._settlements.add_version(draft)
            self._ctx.audit(now, "settlement.revise", "settlement", deal_id,
                            after={"version": draft.version, "from_version": current.version})
        return draft

    # -- reading ---------------------------------------------------------------------------

    def get(self, deal_id: str, version: int | None = None) -> DealView:
        """A version of the deal (the latest by default) with its figures."""
        self._ctx.require(Permission.SETTLE_SALES)
        deal = self._settlements.get_deal(deal_id)
        found = self._settlements.version(deal_id, version)
        return DealView(deal, found, self._computed(deal, found))

    def compute(self, deal_id: str, version: int | None = None) -> DealComputation:
        """The version's figures, recomputed by the domain engine from its stored inputs."""
        return self.get(deal_id, version).computed

    def preview(self, kind: SettlementKind, inputs: DealInputs, *,
                loan_id: str | None = None) -> DealComputation:
        """The figures of inputs not saved yet (the form's live totals); with a
        loan, its payoff figure on the settlement day. Nothing is written."""
        self._ctx.require(Permission.SETTLE_SALES)
        kind = SettlementKind(kind)
        _check_inputs(kind, inputs)
        loan = self._loans.get(loan_id) if loan_id else None
        return compute_deal(kind, self._with_payoff(kind, loan, inputs, None, True))

    def deals(self, customer_id: str | None = None, limit: int = 500) -> list[DealSummary]:
        """Deals with their latest version's totals, newest first; one customer's or all."""
        self._ctx.require(Permission.SETTLE_SALES)
        return self._settlements.summaries(customer_id, limit)

    def versions(self, deal_id: str) -> list[DealVersion]:
        self._ctx.require(Permission.SETTLE_SALES)
        return self._settlements.versions(deal_id)

    # -- documents -------------------------------------------------------------------------

    def issue_statement(self, deal_id: str, version: int | None = None,
                        language: str | None = None) -> tuple[IssuedDocument, bytes]:
        """Print the settlement statement of a version (DRAFT or FINAL, with its
        number) in the customer's language or `language`, and register it."""
        from desktop.documents.settlement_statement import (DealKind, RemainingDebt,
                                                            SettlementStatementDocument,
                                                            remaining_debts_of,
                                                            render_settlement_statement)

        view = self.get(deal_id, version)
        c = view.computed
        if c.settlement is None:
            raise Conflict("The settlement statement of a voluntary sale is printed once the "
                           "lender has decided every line and the buyer is entered: print the "
                           "distribution table meanwhile.")
        language = self._language(view.deal, language)
        remaining: tuple = ()
        if c.car is not None and c.car.remaining_debt.is_positive():
            remaining = (RemainingDebt(c.car.sale.payoff.lender.name, c.car.remaining_debt),)
        elif c.short_sale is not None:
            remaining = remaining_debts_of(c.short_sale.deficiencies)
        document = SettlementStatementDocument(
            language=language, issued_on=self._ctx.today(),
            branch_name=self._settings.get().branch_name, deal_title=self._title(view),
            deal_kind=DealKind(_DOCUMENT_KINDS[view.deal.kind]), settlement=c.settlement,
            version=view.version.version, final=view.version.is_final,
            asset_description=self._asset_description(view), prepared_by=self._ctx.actor,
            remaining_debts=remaining)
        content = render_settlement_statement(document)
        return self._issue("settlement_statement", view, language, content), content

    def issue_distribution_table(self, deal_id: str, version: int | None = None,
                                 language: str | None = None) -> tuple[IssuedDocument, bytes]:
        """Print a voluntary sale's distribution table (with the auction
        comparison when its inputs are there) for the lender, and register it."""
        from desktop.documents.distribution_table import (DistributionTableDocument,
                                                          render_distribution_table)

        view = self.get(deal_id, version)
        c = view.computed
        if c.table is None:
            raise Conflict("Only a voluntary sale has a distribution table.")
        language = self._language(view.deal, language)
        terms = view.inputs.terms
        guarantor = terms.guarantor_company.name if terms and terms.guarantor_company else ""
        document = DistributionTableDocument(
            language=language, issued_on=self._ctx.today(),
            branch_name=self._settings.get().branch_name, deal_title=self._title(view),
            table=c.table, version=view.version.version,
            final=view.version.is_final and c.table.decided,
            asset_description=self._asset_description(view), prepared_by=self._ctx.actor,
            comparison=c.auction, guarantor_company=guarantor,
            subrogated_on=terms.subrogated_on if guarantor else None,
            joint_guarantors=tuple(p.name for p in terms.joint_guarantors) if terms else ())
        content = render_distribution_table(document)
        return self._issue("distribution_table", view, language, content), content

    # -- inside --------------------------------------------------------------------------

    def _edit(self, deal_id: str, action: str,
              edit: Callable[[Deal, DealInputs], tuple[DealInputs, dict[str, Any]]]) -> DealView:
        """Change the deal's draft: one transaction, the engine's check, one audit row."""
        self._ctx.require(Permission.SETTLE_SALES)
        now = self._ctx.now()
        with self._db.transaction():
            deal = self._settlements.get_deal(deal_id)
            current = self._settlements.version(deal_id)
            if current.is_final:
                raise VersionLocked(current.version)
            _, stored = self._stored_inputs(current)
            inputs, detail = edit(deal, stored)
            computed = compute_deal(deal.kind, inputs)
            text = canonical_json(inputs_document(deal.kind, inputs))
            if text == current.inputs_json:  # nothing changes: no write, no audit row
                return DealView(deal, current, computed)
            self._settlements.save_draft(deal_id, current.version, text, computed.totals, at=now)
            saved = self._settlements.version(deal_id, current.version)
            self._ctx.audit(now, action, "settlement", deal_id, before=_audit_version(current),
                            after={**_audit_version(saved), **detail})
        return DealView(deal, saved, computed)

    def _stored_inputs(self, version: DealVersion) -> tuple[SettlementKind, DealInputs]:
        return inputs_from_document(version.inputs)

    def _computed(self, deal: Deal, version: DealVersion) -> DealComputation:
        kind, inputs = self._stored_inputs(version)
        if kind is not deal.kind:
            raise InputsDocumentError(f"version {version.version} holds a {kind.value} deal; "
                                      f"the deal is a {deal.kind.value}")
        return compute_deal(kind, inputs)

    def _table_of(self, deal: Deal, stored: DealInputs) -> DistributionTable:
        if not isinstance(stored, VoluntarySaleInputs):
            raise Conflict("Only a voluntary sale has a distribution table.")
        return _decided(_proposed_table(stored), stored.decisions)

    def _check_links(self, kind: SettlementKind, customer_id: str, loan_id: str | None,
                     asset_id: str | None, inputs: DealInputs
                     ) -> tuple[LoanAccount | None, str | None]:
        self._customer_rows.get(customer_id)  # NotFound
        p = []
        currency = getattr(_price(inputs), "currency", None)
        loan = None
        if loan_id is not None:
            loan = self._loans.get(loan_id)
            if loan.borrower_id != customer_id:
                p.append(FieldProblem("loan_id", "This loan belongs to another customer."))
            elif currency is not None and loan.currency != currency:
                p.append(FieldProblem("loan_id", f"This loan is in {loan.currency}; the deal is "
                                                 f"in {currency}."))
            asset_id = asset_id or loan.asset_id
        if asset_id is not None:
            asset = self._assets.get(asset_id)
            wanted = AssetKind.VEHICLE if kind.is_car else AssetKind.PROPERTY
            if asset.owner_id != customer_id:
                p.append(FieldProblem("asset_id", "This asset belongs to another customer."))
            elif asset.kind is not wanted:
                p.append(FieldProblem("asset_id", "Choose the car sold." if kind.is_car
                                      else "Choose the home sold."))
        if p:
            raise ValidationError(p)
        return loan, asset_id

    def _with_payoff(self, kind: SettlementKind, loan: LoanAccount | None, inputs: DealInputs,
                     pinned: PayoffUsed | None, refresh: bool) -> DealInputs:
        """The inputs with the linked loan's payoff: the pinned figure, or the latest."""
        if isinstance(inputs, VoluntarySaleInputs):
            return inputs
        if loan is None:  # the payoff is the one typed in, if any
            return replace(inputs, payoff_used=None)
        if isinstance(inputs, CarDealInputs):
            day, day_field = inputs.sale.settled_on or self._ctx.today(), "settled_on"
        else:
            day, day_field = inputs.sale.settlement_on, "settlement_on"
        if not refresh and pinned is not None and pinned.loan_id == loan.id and pinned.on == day:
            used = pinned
        else:
            try:
                figure = self._payoffs.payoff_on(loan.id, day)
            except ValidationError as error:
                if "good_through" not in error.fields:
                    raise
                raise ValidationError.single(day_field, "The loan's payoff is taken for today or "
                                                        "a later day: change the day of the sale."
                                             ) from None
            letter = figure.lender_quote
            used = PayoffUsed(loan_id=loan.id, on=day, source=figure.source, amount=figure.amount,
                              per_diem=figure.per_diem, good_through=figure.good_through,
                              lender_reference=letter.reference if letter else "",
                              lender_quote_id=letter.id if letter else "",
                              days_extended=figure.days_extended)
        record = self._lenders.get(loan.lender_id)
        lender = Party(Role.LENDER, record.name, record.id)
        if isinstance(inputs, CarDealInputs):
            residual = loan.terms.residual
            if (loan.terms.method is not RepaymentMethod.BALLOON or residual is None
                    or not Money.zero(residual.currency) < residual <= used.amount):
                residual = None
            owner = (OwnerOfRecord.LENDER if loan.lender_is_owner_of_record
                     else OwnerOfRecord.CUSTOMER)
            payoff = CarLoanPayoff(lender, used.amount, owner, residual, used.lender_reference)
            return replace(inputs, sale=replace(inputs.sale, payoff=payoff), payoff_used=used)
        mortgage = MortgagePayoff(lender, used.amount, inputs.loan_rank, used.lender_reference)
        others = [m for m in inputs.sale.mortgages if m.rank != inputs.loan_rank]
        mortgages = tuple(sorted([*others, mortgage], key=lambda m: m.rank))
        return replace(inputs, sale=replace(inputs.sale, mortgages=mortgages), payoff_used=used)

    def _language(self, deal: Deal, language: str | None) -> str:
        if language is None:
            language = self._customers.get(deal.customer_id).language
        if language not in DOCUMENT_LANGUAGES:
            raise ValidationError.single("language", "Choose the language of the document.")
        return language

    def _title(self, view: DealView) -> str:
        return view.inputs.title.strip() or _reference(view.deal.id)

    def _asset_description(self, view: DealView) -> str:
        if view.inputs.asset_description.strip():
            return view.inputs.asset_description.strip()
        if view.deal.asset_id is not None:
            return asset_label(self._assets.get(view.deal.asset_id))
        return ""

    def _issue(self, kind: str, view: DealView, language: str, content: bytes) -> IssuedDocument:
        status = "final" if view.version.is_final else "draft"
        title = re.sub(r"[^\w.-]+", "_", self._title(view)).strip("_") or _reference(view.deal.id)
        file_name = (f"{kind.replace('_', '-')}_{title}_v{view.version.version}-{status}_"
                     f"{language}.pdf")
        return self._documents.issue(kind, view.deal.id, language, file_name, content)


def _reference(deal_id: str) -> str:
    """A short reference for a deal without a title: the end of its id (the random part)."""
    return "S-" + deal_id.replace("-", "")[-8:].upper()


def _carry_decisions(stored: VoluntarySaleInputs, new: VoluntarySaleInputs) -> VoluntarySaleInputs:
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
