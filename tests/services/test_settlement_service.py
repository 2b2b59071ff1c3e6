"""Settling a sale through the service: deals in versions, the payoff pinned
from the loan, the domain engine recomputing every figure from the stored
inputs, the manager's finalising and the lock, the voluntary sale's
distribution table decided line by line, the offers, and the documents."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.access import AccessDenied, Role as UserRole, User
from desktop.domain.car_sale import (
    CarDealKind,
    CarLoanPayoff,
    CarSale,
    DealerFee,
    NewCarFinance,
    Offer,
    OwnerOfRecord,
    ShortfallCover,
    compare_offers,
    settle_car_sale,
)
from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.fees import DayBasis, TaxYearStart
from desktop.domain.home_sale import (
    CondoCharges,
    EarnestHolder,
    HomeSale,
    MortgagePayoff,
    settle_home_sale,
)
from desktop.domain.money import Money
from desktop.domain.payoffs import LenderQuote, PayoffSource
from desktop.domain.settlement import BalanceState, Party, Role
from desktop.domain.short_sale import (
    DistributionCaps,
    DistributionItem,
    Lien,
    LineStatus,
    SeizedTax,
    ShortSale,
    ShortSaleCosts,
    compare_with_auction,
    propose_distribution,
    settle_short_sale,
)
from desktop.services.context import ServiceContext, Session
from desktop.services.settlements import (
    AuctionInputs,
    CannotFinalise,
    CarDealInputs,
    HomeDealInputs,
    InputsDocumentError,
    LineDecision,
    PayoffUsed,
    SettlementKind,
    SettlementService,
    ShortSaleTerms,
    VersionLocked,
    VersionStatus,
    VoluntarySaleInputs,
    compute_deal,
    inputs_document,
    inputs_from_document,
)
from desktop.store import audit as audit_module
from desktop.store.db import IntegrityError
from desktop.store.settlements import canonical_json
from tests.documents.pdf_check import squash, text_of
from tests.samples import sample_customer, sample_lender, sample_loan, sample_property

TOKYO = ZoneInfo("Asia/Tokyo")
DAY = date(2026, 4, 20)  # the day of the sale: the clock says 2026-04-12

SELLER = Party(Role.SELLER, "山田 太郎")
DEALER = Party(Role.DEALER, "さくらモータース 港北店")
NEW_LENDER = Party(Role.LENDER, "さくらクレジット", "sc")


def jpy(amount: int) -> Money:
    return Money(amount, "JPY")


def person(role: UserRole, username: str) -> User:
    return User(id=f"u-{username}", username=username, display_name=username, role=role)


@pytest.fixture
def service(ctx):
    return SettlementService(ctx)


@pytest.fixture
def as_user(database, clock):
    """The settlement service as a signed-in user of the given role."""
    def make(role: UserRole, username: str) -> SettlementService:
        return SettlementService(ServiceContext(database, "system", clock, zone=TOKYO,
                                                session=Session(user=person(role, username))))
    return make


@pytest.fixture
def clerk(as_user):
    return as_user(UserRole.CLERK, "sato")


@pytest.fixture
def manager(as_user):
    return as_user(UserRole.BRANCH_MANAGER, "tanaka")


def settlement_rows(database) -> dict[str, int]:
    return {t: database.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("settlement_deals", "settlement_versions", "audit_log")}


def actions(audit_rows) -> list[str]:
    return [r["action"] for r in audit_rows() if r["action"].startswith("settlement.")]


# -- a car trade-in with negative equity ------------------------------------------------


@pytest.fixture
def letter(car_loan, payoffs):
    """The lender's payoff letter: 1,500,000 through 2026-04-30."""
    _, _, _, loan = car_loan
    return payoffs.record_lender_quote(LenderQuote(
        id="", loan_id=loan.id, reference="TF-2026-0456", amount=jpy(1_500_000),
        good_through=date(2026, 4, 30), per_diem=jpy(150), received_on=date(2026, 4, 10),
        received_by=""))


def trade_in(cover: ShortfallCover, **changes) -> CarDealInputs:
    # Trade-in allowance 1,200,000 against the payoff: the new car 3,000,000 with a
    # loan of 2,800,000; its lender lends at most 100 % of the car's price.
    sale = CarSale(CarDealKind.TRADE_IN, SELLER, DEALER, jpy(1_200_000), cover=cover,
                   new_car=NewCarFinance(NEW_LENDER, jpy(3_000_000), jpy(2_800_000), Decimal("1.00")),
                   settled_on=DAY)
    return CarDealInputs(sale=replace(sale, **changes), title="T-2026-0183")


def test_a_trade_in_refused_by_ltv_then_paid_in_cash_is_finalised_locked_and_revised(
        service, clerk, manager, car_loan, letter, payoffs, database, audit_rows):
    owner, lender, car, loan = car_loan
    view = clerk.open(SettlementKind.CAR_TRADE_IN, owner.id,
                      trade_in(ShortfallCover.ROLL_INTO_NEW_LOAN), loan_id=loan.id)
    deal = view.deal
    assert (deal.kind, deal.customer_id, deal.loan_id, deal.asset_id, deal.currency) == (
        SettlementKind.CAR_TRADE_IN, owner.id, loan.id, car.id, "JPY")
    assert (view.version.version, view.version.status) == (1, VersionStatus.DRAFT)

    # The payoff is the lender's letter, pinned in the inputs with where it came from.
    used = view.inputs.payoff_used
    assert used == PayoffUsed(loan_id=loan.id, on=DAY, source=PayoffSource.LENDER_QUOTE,
                              amount=jpy(1_500_000), per_diem=jpy(150),
                              good_through=date(2026, 4, 30), lender_reference="TF-2026-0456",
                              lender_quote_id=letter.id)
    payoff = view.inputs.sale.payoff
    assert payoff == CarLoanPayoff(Party(Role.LENDER, lender.name, lender.id), jpy(1_500_000),
                                   OwnerOfRecord.LENDER, jpy(800_000), "TF-2026-0456")

    # Rolling the 300,000 shortfall: 2,800,000 + 300,000 = 3,100,000 > 3,000,000.
    c = view.computed
    assert c.car.shortfall == jpy(300_000) and not c.car.roll_check.allowed
    assert c.car.roll_check.excess == jpy(100_000)
    assert c.blockers[0] == c.car.roll_check.explanation
    assert "refused" in str(c.blockers[0])
    assert c.totals.balance_state is BalanceState.SHORTAGE
    assert view.version.totals == c.totals

    # A clerk may not finalise; the manager may not finalise what cannot close.
    before = settlement_rows(database)
    with pytest.raises(AccessDenied):
        clerk.finalise(deal.id)
    with pytest.raises(CannotFinalise) as refused:
        manager.finalise(deal.id)
    assert isinstance(refused.value, Conflict)
    assert refused.value.reasons[0] == c.car.roll_check.explanation
    assert "over the limit by 100000 JPY" in str(refused.value)
    assert "Short by 300000 JPY" in str(refused.value)
    assert settlement_rows(database) == before
    assert service.versions(deal.id)[0].status is VersionStatus.DRAFT

    # The customer pays the shortfall in cash: the closing balances.
    view = clerk.save_inputs(deal.id, trade_in(ShortfallCover.CASH))
    c = view.computed
    assert c.can_close and c.balance.state is BalanceState.BALANCED
    assert c.settlement.money_in(SELLER) == jpy(300_000)
    assert view.version.totals.money_in == jpy(1_500_000)
    assert view.version.totals.net_proceeds == jpy(-300_000)
    assert c.car == settle_car_sale(view.inputs.sale)

    final = manager.finalise(deal.id)
    assert (final.version, final.status, final.finalised_by) == (1, VersionStatus.FINAL, "tanaka")
    assert final.finalised_at is not None and final.totals.balance_state is BalanceState.BALANCED
    assert actions(audit_rows) == ["settlement.open", "settlement.save", "settlement.finalise"]

    # Locked: by the database's triggers, and by the service.
    with pytest.raises(IntegrityError, match="locked"):
        with database.transaction():
            database.conn.execute("UPDATE settlement_versions SET inputs_json = '{}' "
                                  "WHERE deal_id = ?", (deal.id,))
    with pytest.raises(IntegrityError, match="locked"):
        with database.transaction():
            database.conn.execute("DELETE FROM settlement_versions WHERE deal_id = ?", (deal.id,))
    with pytest.raises(VersionLocked):
        clerk.save_inputs(deal.id, trade_in(ShortfallCover.CASH, price=jpy(1_250_000)))
    with pytest.raises(Conflict, match="already final"):
        manager.finalise(deal.id)

    # A change is a new version: a draft with the final one's inputs.
    draft = clerk.revise(deal.id)
    assert (draft.version, draft.status, draft.inputs_json) == (2, VersionStatus.DRAFT,
                                                                final.inputs_json)
    assert [(v.version, v.status) for v in service.versions(deal.id)] == [
        (1, VersionStatus.FINAL), (2, VersionStatus.DRAFT)]
    assert service.compute(deal.id, 2).settlement == service.compute(deal.id, 1).settlement
    with pytest.raises(Conflict, match="still a draft"):
        clerk.revise(deal.id)
    assert actions(audit_rows)[-1] == "settlement.revise"

    # A new letter arrives: no saved version changes by itself.
    payoffs.record_lender_quote(LenderQuote(
        id="", loan_id=loan.id, reference="TF-2026-0477", amount=jpy(1_520_000),
        good_through=date(2026, 4, 30), per_diem=jpy(150), received_on=date(2026, 4, 12),
        received_by=""))
    assert service.compute(deal.id, 1).car.sale.payoff.amount == jpy(1_500_000)
    kept = clerk.save_inputs(deal.id, trade_in(ShortfallCover.CASH, price=jpy(1_250_000)))
    assert kept.inputs.sale.payoff.amount == jpy(1_500_000)
    assert kept.computed.car.shortfall == jpy(250_000)
    # Asked for, the latest letter is used (and recorded).
    fresh = clerk.save_inputs(deal.id, kept.inputs, refresh_payoff=True)
    assert fresh.inputs.payoff_used.lender_reference == "TF-2026-0477"
    assert fresh.inputs.sale.payoff.amount == jpy(1_520_000)
    assert fresh.computed.car.shortfall == jpy(270_000)
    assert service.compute(deal.id, 1).car.sale.payoff.amount == jpy(1_500_000)
    # Another day of sale takes that day's figure.
    moved = clerk.save_inputs(deal.id, trade_in(ShortfallCover.CASH, settled_on=date(2026, 5, 2)))
    assert moved.inputs.payoff_used.source is PayoffSource.EXTENDED_QUOTE
    assert moved.inputs.sale.payoff.amount == jpy(1_520_000 + 2 * 150)


def test_a_sale_day_before_today_cannot_take_a_new_payoff(service, car_loan, letter):
    owner, _, _, loan = car_loan
    with pytest.raises(ValidationError) as error:
        service.open(SettlementKind.CAR_TRADE_IN, owner.id,
                     trade_in(ShortfallCover.CASH, settled_on=date(2026, 4, 1)), loan_id=loan.id)
    assert error.value.fields == ("settled_on",)


def test_the_engines_problems_surface_by_field_and_nothing_is_written(service, car_loan, letter,
                                                                       database):
    owner, _, _, loan = car_loan
    before = settlement_rows(database)
    with pytest.raises(ValidationError) as error:
        service.open(SettlementKind.CAR_TRADE_IN, owner.id,
                     trade_in(ShortfallCover.CASH, kind=CarDealKind.DEALER_PURCHASE,
                              new_car=None), loan_id=loan.id)
    assert error.value.fields == ("kind",)
    with pytest.raises(ValidationError) as error:
        service.open(SettlementKind.CAR_DEALER_PURCHASE, owner.id, CarDealInputs(CarSale(
            CarDealKind.DEALER_PURCHASE, SELLER, Party(Role.BUYER, "Kato"), jpy(1_000_000))))
    assert error.value.fields == ("buyer",)
    assert settlement_rows(database) == before


def test_links_are_checked(service, customers, loans, car_loan):
    owner, _, _, loan = car_loan
    other = customers.take_in(sample_customer(phone="080-0000-0000", id_document_number="X 1234 5678",
                                              family_name="佐藤"))
    with pytest.raises(ValidationError) as error:
        service.open(SettlementKind.CAR_TRADE_IN, other.id, trade_in(ShortfallCover.CASH),
                     loan_id=loan.id)
    assert error.value.fields == ("loan_id", "asset_id")
    home = loans.add_property(sample_property(owner.id))
    with pytest.raises(ValidationError) as error:
        service.open(SettlementKind.CAR_TRADE_IN, owner.id, trade_in(ShortfallCover.CASH),
                     asset_id=home.id)
    assert error.value.fields == ("asset_id",)
    with pytest.raises(NotFound):
        service.open(SettlementKind.CAR_TRADE_IN, "no-such-customer", trade_in(ShortfallCover.CASH))
    with pytest.raises(TypeError):
        service.open(SettlementKind.HOME_MARKET_SALE, owner.id, trade_in(ShortfallCover.CASH))


# -- a home sold on the market ------------------------------------------------------------

BROKER = Party(Role.BROKER, "さくら不動産株式会社")
SCRIVENER = Party(Role.SCRIVENER, "佐藤司法書士事務所")
BANK_A = Party(Role.LENDER, "株式会社みずほ銀行", "a")
BANK_B = Party(Role.LENDER, "オリックス銀行株式会社", "b")
ASSOCIATION = Party(Role.MANAGEMENT_ASSOCIATION, "パークホームズ桜新町管理組合")
HOME_SELLER = Party(Role.SELLER, "田中 花子")
HOME_BUYER = Party(Role.BUYER, "鈴木 一郎")


def condo_sale(**changes) -> HomeSale:
    # The worked example of tests/domain/test_home_sale.py.
    base = dict(
        seller=HOME_SELLER, buyer=HOME_BUYER, broker=BROKER, scrivener=SCRIVENER,
        price=jpy(30_000_000), settlement_on=date(2026, 6, 15), contract_on=date(2026, 5, 10),
        mortgages=(MortgagePayoff(BANK_A, jpy(18_000_000), 1, "MZ-77120"),
                   MortgagePayoff(BANK_B, jpy(2_000_000), 2)),
        earnest_money=jpy(1_500_000), annual_property_tax=jpy(156_000), association=ASSOCIATION,
        condo=CondoCharges(monthly_management_fee=jpy(15_000), monthly_repair_reserve=jpy(10_000),
                           management_fee_arrears=jpy(45_000), repair_reserve_arrears=jpy(30_000),
                           parking_arrears=jpy(24_000), bicycle_arrears=jpy(1_200)),
        land_parcels=1, buildings=1, scrivener_fee=jpy(25_000))
    return HomeSale(**{**base, **changes})


@pytest.fixture
def homeowner(customers):
    return customers.take_in(sample_customer(family_name="田中", given_name="花子",
                                             phone="03-1111-2222", id_document_number="H 7700 1234"))


def test_a_home_sale_computed_from_its_stored_inputs_equals_the_domain_result(
        service, ctx, homeowner, database):
    sale = condo_sale()
    view = service.open(SettlementKind.HOME_MARKET_SALE, homeowner.id,
                        HomeDealInputs(sale, title="H-2026-0071"))
    expected = settle_home_sale(condo_sale())

    # A new service (nothing cached) reads the stored JSON and recomputes.
    again = SettlementService(ctx).compute(view.deal.id)
    assert again.home == expected
    assert again.settlement == expected.settlement
    assert again.home.net_proceeds == jpy(8_938_812)
    b = again.balance
    assert b == expected.settlement.balance() and b.state is BalanceState.BALANCED
    # The totals the lists show are the engine's, to the yen.
    (summary,) = service.deals(homeowner.id)
    assert summary.totals.net_proceeds == jpy(8_938_812)
    assert (summary.totals.money_in, summary.totals.money_out) == (b.money_in, b.money_out)
    assert (summary.title, summary.customer_name, summary.version) == (
        "H-2026-0071", "田中 花子", 1)
    # The stored document is the inputs, exactly.
    text = database.conn.execute("SELECT inputs_json FROM settlement_versions").fetchone()[0]
    assert inputs_from_document(json.loads(text)) == (SettlementKind.HOME_MARKET_SALE,
                                                      HomeDealInputs(sale, title="H-2026-0071"))
    assert service.finalise(view.deal.id).status is VersionStatus.FINAL


def test_a_home_sale_with_a_linked_loan_takes_its_payoff_as_that_mortgage(
        service, homeowner, loans, payoffs):
    flat = loans.add_property(sample_property(homeowner.id))
    lender = loans.add_lender(sample_lender(name="株式会社みずほ銀行"))
    loan = loans.add_loan(sample_loan(lender.id, homeowner.id, flat.id, account_number="MZ-1"))
    day = date(2026, 6, 15)
    figure = payoffs.payoff_on(loan.id, day)
    view = service.open(SettlementKind.HOME_MARKET_SALE, homeowner.id,
                        HomeDealInputs(condo_sale(mortgages=(
                            MortgagePayoff(BANK_B, jpy(2_000_000), 2),))), loan_id=loan.id)
    first, second = view.inputs.sale.mortgages
    assert first == MortgagePayoff(Party(Role.LENDER, lender.name, lender.id), figure.amount, 1, "")
    assert second.lender == BANK_B
    assert view.inputs.payoff_used.source is PayoffSource.ESTIMATE
    assert view.deal.asset_id == flat.id
    assert view.computed.home == settle_home_sale(view.inputs.sale)


# -- a voluntary sale -------------------------------------------------------------------

GUARANTOR = Party(Role.GUARANTOR_COMPANY, "みずほ保証株式会社", "g")
SECOND = Party(Role.LENDER, "オリックス銀行株式会社", "o")
CITY = Party(Role.TAX_OFFICE, "世田谷区役所 納税課")
PARENT = Party(Role.OTHER, "田中 一郎")
LIENS = (Lien(GUARANTOR, 1, jpy(34_500_000)), Lien(SECOND, 2, jpy(4_000_000)))
COSTS = ShortSaleCosts(
    broker=BROKER, scrivener=SCRIVENER, scrivener_fee=jpy(20_000), land_parcels=1, buildings=1,
    seized_taxes=(SeizedTax(CITY, jpy(180_000)),), annual_property_tax=jpy(120_000),
    association=ASSOCIATION,
    condo=CondoCharges(monthly_management_fee=jpy(15_000), monthly_repair_reserve=jpy(10_000),
                       management_fee_arrears=jpy(1_050_000), repair_reserve_arrears=jpy(700_000),
                       late_charges=jpy(85_000), parking_arrears=jpy(48_000)),
    moving_negotiated=True, moving_requested=jpy(350_000), stamp_duty=jpy(10_000))
PROPOSED_ON = date(2026, 5, 10)
TERMS = ShortSaleTerms(buyer=HOME_BUYER, settlement_on=date(2026, 6, 15),
                       earnest_money=jpy(1_000_000), prorate=False, guarantor_company=GUARANTOR,
                       subrogated_on=date(2026, 3, 31), joint_guarantors=(PARENT,))


def voluntary(price: int = 28_000_000, **changes) -> VoluntarySaleInputs:
    base = VoluntarySaleInputs(price=jpy(price), seller=HOME_SELLER, liens=LIENS, costs=COSTS,
                               proposed_on=PROPOSED_ON, title="D-2026-0042",
                               asset_description="東京都世田谷区桜新町2-5-8 301号室")
    return replace(base, **changes)


def items(view) -> list[tuple[DistributionItem, LineStatus, Money]]:
    return [(ln.item, ln.status, ln.amount) for ln in view.computed.table.lines]


def index_of(view, item: DistributionItem) -> int:
    return next(i for i, ln in enumerate(view.computed.table.lines) if ln.item is item)


def test_a_voluntary_sale_decided_line_by_line_repriced_and_settled(
        service, manager, homeowner, audit_rows, database):
    view = service.open(SettlementKind.HOME_VOLUNTARY_SALE, homeowner.id, voluntary())
    deal_id = view.deal.id
    domain_table = propose_distribution(jpy(28_000_000), HOME_SELLER, LIENS, COSTS, on=PROPOSED_ON)
    assert view.computed.table == domain_table
    # Nothing decided: no settlement yet, nothing to total, and it says why.
    assert view.computed.settlement is None and view.version.totals is None
    assert service.deals()[0].totals is None
    assert [str(b) for b in view.computed.blockers] == [
        "The lender has not decided lines 1, 2, 3, 4, 5, 6 of the distribution table.",
        "Enter the buyer and the day of settlement."]
    stamp = index_of(view, DistributionItem.STAMP_DUTY)
    assert view.computed.table.lines[stamp].status is LineStatus.REFUSED  # the engine's own

    commission = index_of(view, DistributionItem.COMMISSION)
    moving = index_of(view, DistributionItem.MOVING_COSTS)
    seized = index_of(view, DistributionItem.SEIZED_TAX)
    view = service.set_line_status(deal_id, commission, LineStatus.APPROVED)
    view = service.set_line_status(deal_id, moving, "approved", amount=jpy(200_000))
    view = service.set_line_status(deal_id, seized, LineStatus.REFUSED,
                                   reason="The city will not lift the seizure for less")
    lines = view.computed.table.lines
    assert (lines[commission].status, lines[commission].amount) == (LineStatus.APPROVED, jpy(990_000))
    assert (lines[moving].status, lines[moving].amount) == (LineStatus.APPROVED, jpy(200_000))
    assert (lines[seized].status, lines[seized].amount, lines[seized].refusal_reason) == (
        LineStatus.REFUSED, jpy(0), "The city will not lift the seizure for less")
    assert view.inputs.decisions[moving] == LineDecision(DistributionItem.MOVING_COSTS,
                                                         LineStatus.APPROVED, jpy(200_000))
    # The same table as the engine's, decided the same way.
    assert view.computed.table == (domain_table.approve(commission).approve(moving, jpy(200_000))
                                   .refuse(seized, "The city will not lift the seizure for less"))
    row = audit_rows()[-1]
    assert (row["action"], row["after"]["line"], row["after"]["status"]) == (
        "settlement.line_status", seized, "refused")

    # The lender's decisions are checked by the engine, by field.
    for args, field_name in (((seized, LineStatus.REFUSED), "reason"),
                             ((99, LineStatus.APPROVED), "line"),
                             ((moving, LineStatus.APPROVED, jpy(400_000)), "amount")):
        with pytest.raises(ValidationError) as error:
            service.set_line_status(deal_id, *args)
        assert error.value.fields == (field_name,)
    # A line can go back to proposed.
    view = service.set_line_status(deal_id, seized, LineStatus.PROPOSED)
    assert view.computed.table.lines[seized].status is LineStatus.PROPOSED

    # A new price: back to the lender, every line proposed again, with the engine's notice.
    view = service.reprice(deal_id, jpy(27_000_000))
    assert view.computed.table == domain_table.reprice(jpy(27_000_000))
    notice = view.computed.table.notices[0]
    assert notice.values["old"] == jpy(28_000_000) and notice.values["new"] == jpy(27_000_000)
    assert all(ln.status is LineStatus.PROPOSED for i, ln in enumerate(view.computed.table.lines)
               if i != stamp)
    assert view.inputs.decisions == () and view.inputs.repriced_from == jpy(28_000_000)
    assert actions(audit_rows)[-1] == "settlement.reprice"
    before = settlement_rows(database)
    assert service.reprice(deal_id, jpy(27_000_000)).version == view.version  # the same price
    assert settlement_rows(database) == before

    # The lender approves every line; the buyer and the day are entered.
    for i in range(len(view.computed.table.lines)):
        if i != stamp:
            view = service.set_line_status(deal_id, i, LineStatus.APPROVED)
    with pytest.raises(CannotFinalise, match="Enter the buyer"):
        manager.finalise(deal_id)
    view = service.save_inputs(deal_id, replace(view.inputs, terms=TERMS,
                                                auction=AuctionInputs(court_costs=jpy(800_000),
                                                                      market_price=jpy(30_000_000))))
    assert view.computed.table.decided  # the terms do not touch the lender's decisions
    decided = domain_table.reprice(jpy(27_000_000)).approve_all()
    assert view.computed.table == decided
    expected = settle_short_sale(ShortSale(
        decided, HOME_BUYER, date(2026, 6, 15), earnest_money=jpy(1_000_000), prorate=False,
        guarantor_company=GUARANTOR, subrogated_on=date(2026, 3, 31), joint_guarantors=(PARENT,)))
    assert view.computed.short_sale == expected
    assert view.computed.auction == compare_with_auction(decided, court_costs=jpy(800_000),
                                                         market_price=jpy(30_000_000))
    assert view.computed.balance.state is BalanceState.BALANCED
    assert view.version.totals.net_proceeds == expected.settlement.net_proceeds

    final = manager.finalise(deal_id)
    assert final.status is VersionStatus.FINAL
    with pytest.raises(VersionLocked):
        service.set_line_status(deal_id, 0, LineStatus.PROPOSED)
    with pytest.raises(VersionLocked):
        service.reprice(deal_id, jpy(26_000_000))

    # Changing the table's inputs in a revision sends the lines back to the lender.
    service.revise(deal_id)
    costs = replace(COSTS, moving_requested=jpy(300_000))
    view = service.save_inputs(deal_id, replace(view.inputs, costs=costs))
    assert view.inputs.decisions == () and not view.computed.table.decided
    assert view.computed.short_sale is None


def test_a_voluntary_sale_opens_with_nothing_decided(service, homeowner):
    decided = (LineDecision(DistributionItem.COMMISSION, LineStatus.APPROVED),)
    view = service.open(SettlementKind.HOME_VOLUNTARY_SALE, homeowner.id,
                        voluntary(decisions=decided, repriced_from=jpy(1)))
    assert view.inputs.decisions == () and view.inputs.repriced_from is None


# -- offers --------------------------------------------------------------------------------


def test_offers_are_recorded_on_the_draft_and_compared(service, homeowner, car_loan, audit_rows):
    owner, _, _, _ = car_loan
    finance = Party(Role.LENDER, "トヨタファイナンス", "tf")
    sale = CarSale(CarDealKind.DEALER_PURCHASE, SELLER, DEALER, jpy(1_500_000),
                   CarLoanPayoff(finance, jpy(1_000_000), reference="TF-2026-0456"),
                   fees=(DealerFee("所有権解除代行", jpy(10_000)),), settled_on=DAY)
    view = service.open(SettlementKind.CAR_DEALER_PURCHASE, owner.id, CarDealInputs(sale))
    assert view.inputs.payoff_used is None and service.offers(view.deal.id) is None

    service.record_offer(view.deal.id, "ガリバー 港北店", jpy(1_400_000))
    service.record_offer(view.deal.id, "ビッグモーター", jpy(1_550_000), note="今日中なら")
    compared = service.record_offer(view.deal.id, "ネクステージ", jpy(1_480_000),
                                    made_on=date(2026, 4, 11))
    assert [o.bidder.name for o in compared.ranked] == ["ビッグモーター", "ネクステージ", "ガリバー 港北店"]
    assert (compared.best.amount, compared.lead, compared.gain_over_first) == (
        jpy(1_550_000), jpy(70_000), jpy(150_000))
    assert compared.equity_at_best == jpy(550_000)
    offers = service.compute(view.deal.id).inputs.offers
    assert offers[0] == Offer(Party(Role.DEALER, "ガリバー 港北店"), jpy(1_400_000), date(2026, 4, 12))
    assert offers[1].note == "今日中なら" and offers[2].made_on == date(2026, 4, 11)
    assert service.offers(view.deal.id) == compare_offers(offers, jpy(1_000_000))
    assert actions(audit_rows).count("settlement.offer") == 3
    assert audit_rows()[-1]["after"]["offer"]["bidder"]["name"] == "ネクステージ"
    # Saving the form keeps the offers recorded.
    saved = service.save_inputs(view.deal.id, CarDealInputs(replace(sale, price=jpy(1_550_000))))
    assert saved.inputs.offers == offers and saved.computed.offers.equity_at_best == jpy(550_000)

    with pytest.raises(ValidationError) as error:
        service.record_offer(view.deal.id, " ", Money.of("1000.00", "USD"))
    assert error.value.fields == ("buyer_name", "amount")
    home = service.open(SettlementKind.HOME_MARKET_SALE, homeowner.id, HomeDealInputs(condo_sale()))
    with pytest.raises(Conflict, match="car"):
        service.record_offer(home.deal.id, "Someone", jpy(1))


# -- who may do what, and the audit -------------------------------------------------------


def test_reads_and_changes_need_settle_sales(as_user, service, homeowner):
    deal = service.open(SettlementKind.HOME_MARKET_SALE, homeowner.id, HomeDealInputs(condo_sale()))
    officer = as_user(UserRole.SECURITY_OFFICER, "kimura")
    for call in (lambda: officer.compute(deal.deal.id), lambda: officer.deals(),
                 lambda: officer.versions(deal.deal.id), lambda: officer.revise(deal.deal.id),
                 lambda: officer.save_inputs(deal.deal.id, HomeDealInputs(condo_sale())),
                 lambda: officer.open(SettlementKind.HOME_MARKET_SALE, homeowner.id,
                                      HomeDealInputs(condo_sale()))):
        with pytest.raises(AccessDenied):
            call()


def test_each_change_and_its_audit_row_commit_together(service, homeowner, database, monkeypatch):
    deal = service.open(SettlementKind.HOME_MARKET_SALE, homeowner.id, HomeDealInputs(condo_sale()))
    before = settlement_rows(database)
    stored = service.versions(deal.deal.id)

    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(audit_module, "append", broken)
    for call in (lambda: service.open(SettlementKind.HOME_MARKET_SALE, homeowner.id,
                                      HomeDealInputs(condo_sale())),
                 lambda: service.save_inputs(deal.deal.id,
                                             HomeDealInputs(condo_sale(price=jpy(31_000_000)))),
                 lambda: service.finalise(deal.deal.id)):
        with pytest.raises(RuntimeError, match="disk is full"):
            call()
    assert settlement_rows(database) == before
    assert service.versions(deal.deal.id) == stored
    monkeypatch.undo()
    service.finalise(deal.deal.id)
    with pytest.raises(RuntimeError, match="disk is full"):
        monkeypatch.setattr(audit_module, "append", broken)
        service.revise(deal.deal.id)
    assert len(service.versions(deal.deal.id)) == 1


def test_the_audit_rows_name_the_deal_and_the_version(service, homeowner, audit_rows):
    view = service.open(SettlementKind.HOME_MARKET_SALE, homeowner.id, HomeDealInputs(condo_sale()))
    service.save_inputs(view.deal.id, HomeDealInputs(condo_sale()))  # unchanged: no row
    service.save_inputs(view.deal.id, HomeDealInputs(condo_sale(price=jpy(31_000_000))))
    rows = [r for r in audit_rows() if r["action"].startswith("settlement.")]
    assert [(r["action"], r["entity"], r["entity_id"], r["actor"]) for r in rows] == [
        ("settlement.open", "settlement", view.deal.id, "sato"),
        ("settlement.save", "settlement", view.deal.id, "sato")]
    save = rows[-1]
    assert save["before"]["inputs"]["inputs"]["sale"]["price"] == {"minor": 30_000_000,
                                                                   "currency": "JPY"}
    assert save["after"]["inputs"]["inputs"]["sale"]["price"]["minor"] == 31_000_000
    assert save["after"]["totals"]["balance_state"] == "balanced"


# -- the documents ---------------------------------------------------------------------------


def test_statements_print_the_version_and_draft_or_final(service, manager, car_loan, letter,
                                                         documents):
    owner, _, _, loan = car_loan
    view = service.open(SettlementKind.CAR_TRADE_IN, owner.id,
                        trade_in(ShortfallCover.ROLL_INTO_NEW_LOAN), loan_id=loan.id)
    issued, content = service.issue_statement(view.deal.id, language="en")
    assert (issued.kind, issued.record_id, issued.language) == (
        "settlement_statement", view.deal.id, "en")
    assert issued.file_name == "settlement-statement_T-2026-0183_v1-draft_en.pdf"
    assert documents.content(issued.id) == content and documents.verify(issued.id)
    text = squash(text_of(content))
    assert "DRAFT—notfinal(version1)" in text and "T-2026-0183" in text

    service.save_inputs(view.deal.id, trade_in(ShortfallCover.CASH))
    manager.finalise(view.deal.id)
    issued, content = service.issue_statement(view.deal.id)  # the customer's language: ja
    assert issued.file_name == "settlement-statement_T-2026-0183_v1-final_ja.pdf"
    text = squash(text_of(content))
    assert "第1版" in text and "確定版" in text and "案・未確定" not in text
    # An older version prints as it was.
    service.revise(view.deal.id)
    issued, _ = service.issue_statement(view.deal.id, version=2, language="en")
    assert issued.file_name.endswith("_v2-draft_en.pdf")
    with pytest.raises(ValidationError):
        service.issue_statement(view.deal.id, language="fr")


def test_the_distribution_table_prints_before_the_statement_can(service, manager, homeowner):
    view = service.open(SettlementKind.HOME_VOLUNTARY_SALE, homeowner.id,
                        voluntary(auction=AuctionInputs(court_costs=jpy(800_000))))
    with pytest.raises(Conflict, match="distribution table"):
        service.issue_statement(view.deal.id)
    issued, content = service.issue_distribution_table(view.deal.id, language="en")
    assert issued.kind == "distribution_table"
    assert issued.file_name == "distribution-table_D-2026-0042_v1-draft_en.pdf"
    assert "28,000,000" in text_of(content)
    home = service.open(SettlementKind.HOME_MARKET_SALE, homeowner.id, HomeDealInputs(condo_sale()))
    with pytest.raises(Conflict, match="voluntary"):
        service.issue_distribution_table(home.deal.id)


# -- the inputs document ------------------------------------------------------------------------

# A schema-1 document as written today: if a domain input field is renamed,
# this stops decoding, and the change needs schema 2 with its upgrade.
SCHEMA_1_CAR = {
    "schema": 1, "kind": "car_trade_in",
    "inputs": {
        "sale": {
            "kind": "trade_in",
            "seller": {"role": "seller", "name": "山田 太郎", "id": ""},
            "buyer": {"role": "dealer", "name": "さくらモータース", "id": ""},
            "price": {"minor": 1200000, "currency": "JPY"},
            "payoff": {"lender": {"role": "lender", "name": "トヨタファイナンス", "id": "tf"},
                       "amount": {"minor": 1500000, "currency": "JPY"},
                       "owner_of_record": "lender", "residual": None, "reference": "TF-2026-0456"},
            "fees": [{"description": "所有権解除代行", "amount": {"minor": 10000, "currency": "JPY"}}],
            "cover": "cash",
            "new_car": {"lender": {"role": "lender", "name": "さくらクレジット", "id": "sc"},
                        "car_price": {"minor": 3000000, "currency": "JPY"},
                        "loan_amount": {"minor": 2800000, "currency": "JPY"}, "ltv_cap": "1.00"},
            "apply_surplus_to_new_car": False,
            "settled_on": "2026-04-20"},
        "offers": [{"bidder": {"role": "dealer", "name": "ガリバー", "id": ""},
                    "amount": {"minor": 1250000, "currency": "JPY"}, "made_on": "2026-04-12",
                    "note": ""}],
        "payoff_used": {"loan_id": "L1", "on": "2026-04-20", "source": "lender_quote",
                        "amount": {"minor": 1500000, "currency": "JPY"},
                        "per_diem": {"minor": 150, "currency": "JPY"},
                        "good_through": "2026-04-30", "lender_reference": "TF-2026-0456",
                        "lender_quote_id": "Q1", "days_extended": 0},
        "title": "T-2026-0183", "asset_description": ""}}


def test_a_schema_1_document_reads_as_the_inputs_it_was_written_from():
    finance = Party(Role.LENDER, "トヨタファイナンス", "tf")
    expected = CarDealInputs(
        sale=CarSale(CarDealKind.TRADE_IN, Party(Role.SELLER, "山田 太郎"),
                     Party(Role.DEALER, "さくらモータース"), jpy(1_200_000),
                     CarLoanPayoff(finance, jpy(1_500_000), reference="TF-2026-0456"),
                     fees=(DealerFee("所有権解除代行", jpy(10_000)),), cover=ShortfallCover.CASH,
                     new_car=NewCarFinance(NEW_LENDER, jpy(3_000_000), jpy(2_800_000),
                                           Decimal("1.00")),
                     settled_on=DAY),
        offers=(Offer(Party(Role.DEALER, "ガリバー"), jpy(1_250_000), date(2026, 4, 12)),),
        payoff_used=PayoffUsed("L1", DAY, PayoffSource.LENDER_QUOTE, jpy(1_500_000), jpy(150),
                               date(2026, 4, 30), "TF-2026-0456", "Q1"),
        title="T-2026-0183")
    assert inputs_from_document(SCHEMA_1_CAR) == (SettlementKind.CAR_TRADE_IN, expected)
    assert inputs_document(SettlementKind.CAR_TRADE_IN, expected) == SCHEMA_1_CAR


def test_a_document_the_program_cannot_read_is_refused():
    with pytest.raises(InputsDocumentError, match="newer LienDesk"):
        inputs_from_document({**SCHEMA_1_CAR, "schema": 2})
    unknown = json.loads(json.dumps(SCHEMA_1_CAR))
    unknown["inputs"]["sale"]["colour"] = "red"
    with pytest.raises(InputsDocumentError, match=r"inputs.sale has unknown fields \['colour'\]"):
        inputs_from_document(unknown)
    floaty = json.loads(json.dumps(SCHEMA_1_CAR))
    floaty["inputs"]["sale"]["price"]["minor"] = 1200000.0
    with pytest.raises(InputsDocumentError, match="inputs.sale.price"):
        inputs_from_document(floaty)
    missing = json.loads(json.dumps(SCHEMA_1_CAR))
    del missing["inputs"]["sale"]["price"]
    with pytest.raises(InputsDocumentError, match="inputs.sale.price is missing"):
        inputs_from_document(missing)
    # A field added later with a default reads from an older document.
    older = json.loads(json.dumps(SCHEMA_1_CAR))
    del older["inputs"]["asset_description"], older["inputs"]["sale"]["apply_surplus_to_new_car"]
    assert inputs_from_document(older) == inputs_from_document(SCHEMA_1_CAR)


def round_trip(kind, inputs):
    text = canonical_json(inputs_document(kind, inputs))
    return inputs_from_document(json.loads(text))


def test_home_and_voluntary_inputs_round_trip_through_json():
    home = HomeDealInputs(condo_sale(earnest_held_by=EarnestHolder.SELLER, agent=SCRIVENER,
                                     tax_year_start=TaxYearStart.APRIL, day_basis=DayBasis.ACTUAL,
                                     commission_charged=jpy(1_000_000),
                                     buyer_broker=Party(Role.BROKER, "もみじ不動産"),
                                     buyer_commission_charged=jpy(500_000), vacant_low_price=True),
                          payoff_used=PayoffUsed("L", date(2026, 6, 15), PayoffSource.EXTENDED_QUOTE,
                                                 jpy(18_000_000), jpy(1_234), date(2026, 6, 1),
                                                 "MZ", "Q", 14),
                          loan_rank=2, title="H", asset_description="世田谷")
    assert round_trip(SettlementKind.HOME_MARKET_SALE, home) == (SettlementKind.HOME_MARKET_SALE,
                                                                 home)
    trustee = Party(Role.OTHER, "小林弁護士 (破産管財人)")
    sale = voluntary(
        costs=replace(COSTS, seller_bankrupt=True, bankruptcy_trustee=trustee,
                      seized_taxes=(SeizedTax(CITY, jpy(50_000), priority=True),)),
        caps=DistributionCaps(junior_release_rate=Decimal("0.085"), moving_cap=jpy(250_000)),
        decisions=(LineDecision(DistributionItem.COMMISSION, LineStatus.APPROVED, jpy(900_000)),
                   LineDecision(DistributionItem.REGISTRATION, LineStatus.REFUSED, reason="no")),
        repriced_from=jpy(29_000_000), terms=TERMS,
        auction=AuctionInputs(jpy(800_000), None, Decimal("0.65")))
    assert round_trip(SettlementKind.HOME_VOLUNTARY_SALE, sale) == (
        SettlementKind.HOME_VOLUNTARY_SALE, sale)


amounts = st.integers(min_value=1, max_value=10**12)
names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1,
                max_size=12).filter(str.strip)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def car_inputs(draw):
    cur = draw(st.sampled_from(["JPY", "RUB", "CNY", "USD", "EUR"]))

    def money(strategy=amounts):
        return Money(draw(strategy), cur)

    kind = draw(st.sampled_from(list(CarDealKind)))
    price = money()
    payoff = None if draw(st.booleans()) else CarLoanPayoff(
        Party(Role.LENDER, draw(names), draw(st.text(max_size=4))), money(),
        draw(st.sampled_from(list(OwnerOfRecord))), None, draw(st.text(max_size=10)))
    new_car = None
    if kind is CarDealKind.TRADE_IN and draw(st.booleans()):
        new_car = NewCarFinance(Party(Role.LENDER, draw(names)), money(),
                                money(st.integers(0, 10**12)),
                                draw(st.decimals(min_value=Decimal("0.01"), max_value=2,
                                                 places=4)))
    fees = () if kind is CarDealKind.PRIVATE_SALE else tuple(
        DealerFee(draw(names), money()) for _ in range(draw(st.integers(0, 3))))
    sale = CarSale(kind, Party(Role.SELLER, draw(names)),
                   Party(Role.BUYER if kind is CarDealKind.PRIVATE_SALE else Role.DEALER, draw(names)),
                   price, payoff, fees, draw(st.sampled_from(list(ShortfallCover))), new_car,
                   draw(st.booleans()), draw(st.none() | days))
    offers = tuple(Offer(Party(Role.DEALER, draw(names)), money(), draw(st.none() | days),
                         draw(st.text(max_size=10))) for _ in range(draw(st.integers(0, 3))))
    return CarDealInputs(sale, offers, None, draw(st.text(max_size=20)), draw(st.text(max_size=20)))


KIND_OF = {CarDealKind.DEALER_PURCHASE: SettlementKind.CAR_DEALER_PURCHASE,
           CarDealKind.TRADE_IN: SettlementKind.CAR_TRADE_IN,
           CarDealKind.PRIVATE_SALE: SettlementKind.CAR_PRIVATE_SALE}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(car_inputs())
def test_car_inputs_round_trip_through_json_and_settle_the_same(inputs):
    kind = KIND_OF[inputs.sale.kind]
    assert round_trip(kind, inputs) == (kind, inputs)
    try:
        expected = compute_deal(kind, inputs)
    except ValidationError as error:
        with pytest.raises(ValidationError) as again:
            compute_deal(kind, round_trip(kind, inputs)[1])
        assert again.value.problems == error.problems
    else:
        assert compute_deal(kind, round_trip(kind, inputs)[1]) == expected


# -- the live figures, and the rarer inputs ---------------------------------------------


def test_preview_changes_computes_what_saving_would_and_writes_nothing(
        service, car_loan, letter, database, payoffs):
    owner, _, _, loan = car_loan
    view = service.open(SettlementKind.CAR_TRADE_IN, owner.id, trade_in(ShortfallCover.CASH),
                        loan_id=loan.id)
    deal_id = view.deal.id
    service.record_offer(deal_id, "みなとオート", jpy(1_150_000))
    rows = settlement_rows(database)
    stored = service.get(deal_id)
    # The form as typed: a price of 1,800,000 and the equity applied to the new car,
    # the payoff left out (the form never sends it: the pinned letter is used).
    typed = replace(stored.inputs, sale=replace(stored.inputs.sale, price=jpy(1_800_000),
                                                payoff=None, apply_surplus_to_new_car=True),
                    offers=())
    live = service.preview_changes(deal_id, typed)
    # 1,800,000 − the letter's payoff 1,500,000 = equity 300,000, kept by the dealer
    # against the new car: the dealer brings 1,800,000 − 300,000 = 1,500,000, all of it to
    # the lender; nothing is paid to the customer.
    assert live.inputs.sale.payoff.amount == jpy(1_500_000)
    assert live.inputs.payoff_used == stored.inputs.payoff_used
    assert live.inputs.offers == stored.inputs.offers  # kept as recorded
    assert live.car.surplus == jpy(300_000)
    (applied,) = [ln for ln in live.settlement.lines if ln.rule == "car.equity_to_new_car"]
    assert (applied.payer, applied.payee, applied.amount) == (SELLER, DEALER, jpy(300_000))
    assert live.balance.state is BalanceState.BALANCED
    assert live.balance.money_in == live.balance.money_out == jpy(1_500_000)
    assert live.settlement.net_proceeds == jpy(0)
    # Nothing written, nothing audited; the draft is as it was.
    assert settlement_rows(database) == rows
    assert service.get(deal_id).version == stored.version
    # Saving the same inputs gives the same figures.
    saved = service.save_inputs(deal_id, typed)
    assert saved.computed.settlement == live.settlement
    assert saved.version.totals == live.totals


def test_preview_changes_is_refused_without_settle_sales_and_surfaces_problems(
        as_user, service, homeowner):
    view = service.open(SettlementKind.HOME_MARKET_SALE, homeowner.id, HomeDealInputs(condo_sale()))
    with pytest.raises(AccessDenied):
        as_user(UserRole.SECURITY_OFFICER, "kato").preview_changes(view.deal.id, view.inputs)
    too_much = replace(view.inputs, sale=replace(view.inputs.sale,
                                                 buyer_broker=Party(Role.BROKER, "もみじ不動産"),
                                                 buyer_commission_charged=jpy(1_056_001)))
    with pytest.raises(ValidationError) as err:
        service.preview_changes(view.deal.id, too_much)
    assert err.value.fields == ("buyer_commission_charged",)


def test_a_home_sale_with_the_buyers_own_broker_saved_and_recomputed(service, ctx, homeowner):
    view = service.open(SettlementKind.HOME_MARKET_SALE, homeowner.id, HomeDealInputs(condo_sale()))
    base = view.computed
    momiji = Party(Role.BROKER, "もみじ不動産")
    saved = service.save_inputs(view.deal.id, replace(view.inputs, sale=replace(
        view.inputs.sale, buyer_broker=momiji)))
    c = SettlementService(ctx).compute(view.deal.id)
    # No amount: the cap per side, 3 % × 30,000,000 + 60,000 = 960,000 + 10 % tax = 1,056,000,
    # paid by the buyer: the buyer brings 1,056,000 more, the seller's 8,938,812 stays.
    assert c.home.buyer_commission.charged == jpy(1_056_000)
    assert c.settlement.due_from_buyer == base.settlement.due_from_buyer + jpy(1_056_000)
    assert c.settlement.money_out(momiji) == jpy(1_056_000)
    assert c.home.net_proceeds == base.home.net_proceeds == jpy(8_938_812)
    assert saved.version.totals.money_in == base.balance.money_in + jpy(1_056_000)
    assert c.balance.state is BalanceState.BALANCED
