"""Settling a sale: a car sold or traded in under a loan, a home sold with its
mortgages, a voluntary sale (任意売却) and its distribution table.

A deal is opened for a customer (the seller) with its inputs; every change
is saved to the deal's current draft version; the branch manager finalises
it once it can close (the version is then locked in the database); a change
after that is a new draft version (revise). Every figure is recomputed by
the domain engine from the stored inputs (desktop/domain/settlement_inputs.py:
the inputs, their JSON document and compute_deal), so a version prints the
same today and in ten years. This service keeps what is not pure: storage,
permissions, the audit trail, the linked loan's payoff and the documents.

For a car or home deal with a linked loan, the payoff comes from
PayoffService.payoff_on(loan, settlement day) and is pinned in the draft
(``payoff_used``: amount, per diem, good-through, source, the lender's letter
reference): saving the draft again keeps it while the settlement day is
unchanged, unless the clerk asks for the latest figure (refresh_payoff), so
a letter that arrives later never changes a saved version by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Callable

from desktop.domain.access import Permission
from desktop.domain.assets import AssetKind
from desktop.domain.car_sale import CarLoanPayoff, Offer, OfferComparison, OwnerOfRecord
from desktop.domain.customers import LANGUAGES as DOCUMENT_LANGUAGES
from desktop.domain.errors import Conflict, FieldProblem, ValidationError
from desktop.domain.home_sale import MortgagePayoff
from desktop.domain.loan_accounts import LoanAccount
from desktop.domain.loans import RepaymentMethod
from desktop.domain.money import Money
from desktop.domain.notices import Notice
from desktop.domain.settlement import Party, Role
from desktop.domain.settlement_inputs import (
    SCHEMA_VERSION,
    AuctionInputs,
    CarDealInputs,
    DealComputation,
    DealInputs,
    HomeDealInputs,
    InputsDocumentError,
    LineDecision,
    PayoffUsed,
    SettlementKind,
    ShortSaleTerms,
    Totals,
    VoluntarySaleInputs,
    carry_decisions,
    check_inputs,
    compute_deal,
    decided_table,
    decision_of,
    inputs_document,
    inputs_from_document,
    price_of,
    proposed_table,
)
from desktop.domain.short_sale import DistributionTable, LineStatus
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
    SettlementRepository,
    VersionStatus,
    canonical_json,
    deal_reference,
)

# The inputs and compute_deal are the domain's (settlement_inputs); they are
# named here too, for the screens and for callers of the service.
__all__ = [
    "AuctionInputs", "CannotFinalise", "CarDealInputs", "Deal", "DealComputation", "DealInputs",
    "DealSummary", "DealVersion", "DealView", "HomeDealInputs", "InputsDocumentError",
    "LineDecision", "PayoffUsed", "SCHEMA_VERSION", "SettlementKind", "SettlementService",
    "ShortSaleTerms", "Totals", "VersionLocked", "VersionStatus", "VoluntarySaleInputs",
    "compute_deal", "inputs_document", "inputs_from_document",
]

_DOCUMENT_KINDS = {SettlementKind.CAR_DEALER_PURCHASE: "car_dealer_purchase",
                   SettlementKind.CAR_TRADE_IN: "car_trade_in",
                   SettlementKind.CAR_PRIVATE_SALE: "car_private_sale",
                   SettlementKind.HOME_MARKET_SALE: "home_market_sale",
                   SettlementKind.HOME_VOLUNTARY_SALE: "voluntary_sale"}


# -- the service ------------------------------------------------------------------------


class VersionLocked(Conflict):
    """The deal's latest version is final: a change needs a new version (revise)."""

    def __init__(self, version: int):
        self.version = version
        super().__init__(Notice("Version {version} of this settlement is final: revise the "
                                "deal to change it.", {"version": version}))


class CannotFinalise(Conflict):
    """The deal cannot close as it stands: the reasons say why."""

    def __init__(self, reasons: tuple[Notice, ...]):
        self.reasons = tuple(reasons)
        # The reasons are Notices, rendered one after the other (Notice.render).
        super().__init__(Notice("This settlement cannot be finalised: {reasons}",
                                {"reasons": self.reasons}))


@dataclass(frozen=True)
class DealView:
    """A deal, one of its versions, and the figures recomputed from it."""

    deal: Deal
    version: DealVersion
    computed: DealComputation
    asset_label: str = ""  # the asset as printed: the inputs' description, or the linked asset's

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
        check_inputs(kind, inputs)
        if isinstance(inputs, VoluntarySaleInputs):  # the lender has decided nothing yet
            inputs = replace(inputs, decisions=(), repriced_from=None)
        now = self._ctx.now()
        with self._db.transaction():
            loan, asset_id = self._check_links(kind, customer_id, loan_id, asset_id, inputs)
            inputs = self._with_payoff(kind, loan, inputs, pinned=None, refresh=True)
            computed = compute_deal(kind, inputs)
            deal = Deal(id=new_id(), kind=kind, customer_id=customer_id,
                        currency=price_of(inputs).currency, created_at=now,
                        created_by=self._ctx.actor, loan_id=loan_id, asset_id=asset_id)
            version = DealVersion(
                deal_id=deal.id, version=1, status=VersionStatus.DRAFT,
                inputs_json=canonical_json(inputs_document(kind, inputs)), totals=computed.totals,
                created_at=now, created_by=self._ctx.actor, updated_at=now)
            self._settlements.add_deal(deal)
            self._settlements.add_version(version)
            self._ctx.audit(now, "settlement.open", "settlement", deal.id,
                            after={"deal": deal, **_audit_version(version)})
        return self._view(deal, version, computed)

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
            return self._merged(deal, stored, inputs, refresh_payoff), {}
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
                p.append(FieldProblem("amount", "Enter the offer in {currency}, more than zero.",
                                      {"currency": deal.currency}))
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
                decisions = [decision_of(ln) for ln in table.approve(line_index, amount).lines]
            elif status is LineStatus.REFUSED:
                decisions = [decision_of(ln) for ln in table.refuse(line_index, reason).lines]
            else:
                decisions = [decision_of(ln) for ln in table.lines]
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
                raise ValidationError.single("price", "Enter the price in {currency}, more "
                                                      "than zero.", currency=deal.currency)
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
                raise Conflict("Version {version} of this settlement is already final.",
                               version=current.version)
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
                raise Conflict("Version {version} of this settlement is still a draft: "
                               "change it instead.", version=current.version)
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
        return self._view(deal, found, self._computed(deal, found))

    def compute(self, deal_id: str, version: int | None = None) -> DealComputation:
        """The version's figures, recomputed by the domain engine from its stored inputs."""
        return self.get(deal_id, version).computed

    def preview(self, kind: SettlementKind, inputs: DealInputs, *,
                loan_id: str | None = None) -> DealComputation:
        """The figures of inputs not saved yet (the form's live totals); with a
        loan, its payoff figure on the settlement day. Nothing is written."""
        self._ctx.require(Permission.SETTLE_SALES)
        kind = SettlementKind(kind)
        check_inputs(kind, inputs)
        loan = self._loans.get(loan_id) if loan_id else None
        return compute_deal(kind, self._with_payoff(kind, loan, inputs, None, True))

    def preview_changes(self, deal_id: str, inputs: DealInputs) -> DealComputation:
        """The figures the deal's draft would have with the form's inputs, as
        save_inputs would compute them (the pinned payoff, the offers and the
        lender's decisions as saving keeps them): the live totals while the
        clerk types. Nothing is written and nothing is audited."""
        self._ctx.require(Permission.SETTLE_SALES)
        deal = self._settlements.get_deal(deal_id)
        _, stored = self._stored_inputs(self._settlements.version(deal_id))
        return compute_deal(deal.kind, self._merged(deal, stored, inputs, False))

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
                return self._view(deal, current, computed)
            self._settlements.save_draft(deal_id, current.version, text, computed.totals, at=now)
            saved = self._settlements.version(deal_id, current.version)
            self._ctx.audit(now, action, "settlement", deal_id, before=_audit_version(current),
                            after={**_audit_version(saved), **detail})
        return self._view(deal, saved, computed)

    def _merged(self, deal: Deal, stored: DealInputs, inputs: DealInputs,
                refresh_payoff: bool) -> DealInputs:
        """The form's inputs as the draft takes them: what other use cases
        record stays as recorded, and the linked loan's payoff is the pinned one."""
        check_inputs(deal.kind, inputs)
        new = inputs
        price = price_of(new)
        if isinstance(price, Money) and price.currency != deal.currency:
            raise ValidationError.single("price", "This deal is in {currency}.", currency=deal.currency)
        if isinstance(new, VoluntarySaleInputs):
            new = carry_decisions(stored, new)
        elif isinstance(new, CarDealInputs):  # recorded by record_offer, never dropped
            new = replace(new, offers=stored.offers)
        loan = self._loans.get(deal.loan_id) if deal.loan_id else None
        pinned = getattr(stored, "payoff_used", None)
        return self._with_payoff(deal.kind, loan, new, pinned, refresh_payoff)

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
        return decided_table(proposed_table(stored), stored.decisions)

    def _check_links(self, kind: SettlementKind, customer_id: str, loan_id: str | None,
                     asset_id: str | None, inputs: DealInputs
                     ) -> tuple[LoanAccount | None, str | None]:
        self._customer_rows.get(customer_id)  # NotFound
        p = []
        currency = getattr(price_of(inputs), "currency", None)
        loan = None
        if loan_id is not None:
            loan = self._loans.get(loan_id)
            if loan.borrower_id != customer_id:
                p.append(FieldProblem("loan_id", "This loan belongs to another customer."))
            elif currency is not None and loan.currency != currency:
                p.append(FieldProblem("loan_id", "This loan is in {loan_currency}; the deal is "
                                                 "in {currency}.",
                                      {"loan_currency": loan.currency, "currency": currency}))
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
        return view.inputs.title.strip() or deal_reference(view.deal.id)

    def _view(self, deal: Deal, version: DealVersion, computed: DealComputation) -> DealView:
        view = DealView(deal, version, computed)
        return replace(view, asset_label=self._asset_description(view))

    def _asset_description(self, view: DealView) -> str:
        if view.inputs.asset_description.strip():
            return view.inputs.asset_description.strip()
        if view.deal.asset_id is not None:
            return asset_label(self._assets.get(view.deal.asset_id))
        return ""

    def _issue(self, kind: str, view: DealView, language: str, content: bytes) -> IssuedDocument:
        status = "final" if view.version.is_final else "draft"
        title = re.sub(r"[^\w.-]+", "_", self._title(view)).strip("_") or deal_reference(view.deal.id)
        file_name = (f"{kind.replace('_', '-')}_{title}_v{view.version.version}-{status}_"
                     f"{language}.pdf")
        return self._documents.issue(kind, view.deal.id, language, file_name, content)

