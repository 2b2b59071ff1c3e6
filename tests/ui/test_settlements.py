"""Settling a sale on the Sales screen: a trade-in under water, a home at the
commission cap, and the statement printed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.lenders import Lender, LenderKind
from desktop.domain.loan_accounts import LoanAccount
from desktop.domain.loans import LoanTerms, RepaymentMethod
from desktop.domain.money import Money
from desktop.domain.settlement import BalanceState
from desktop.domain.car_sale import ShortfallCover
from desktop.store.settlements import SettlementKind
from desktop.ui.settlements.settlements_screen import SettlementsScreen
from tests.conftest import TODAY
from tests.samples import sample_customer, sample_vehicle
from tests.ui.typing import type_text


@pytest.fixture
def prius_loan(services):
    customer = services.customers.take_in(sample_customer())
    lender = services.loans.add_lender(Lender(
        id="", name="みらいオートクレジット", kind=LenderKind.FINANCE_COMPANY, phone="0120-000-111"))
    car = services.loans.add_vehicle(sample_vehicle(owner_id=customer.id, vin="ZVW30-1234567",
                                                    plate="横浜 300 さ 12-34"))
    return customer, services.loans.add_loan(LoanAccount(
        id="", lender_id=lender.id, borrower_id=customer.id, account_number="MAC-2026-0001",
        asset_id=car.id, lender_is_owner_of_record=True, terms=LoanTerms(
            principal=Money.of(1_200_000, "JPY"), annual_rate="0.024", term_months=60,
            method=RepaymentMethod.EQUAL_INSTALLMENT, disbursed_on=date(2026, 11, 1), due_day=27)))


@pytest.fixture
def screen(qtbot, ui_context, wait_idle):
    w = SettlementsScreen(ui_context)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.show()
    wait_idle()
    return w


def open_deal(qtbot, screen, wait_idle, dialog, other_side, price, day, scrivener=None):
    qtbot.waitUntil(lambda: dialog.customers.count() > 0)
    wait_idle()
    if other_side is not None:
        type_text(qtbot, dialog.other_side, other_side)
    if scrivener is not None:
        type_text(qtbot, dialog.scrivener, scrivener)
    type_text(qtbot, dialog.price, price)
    dialog.day.clear()
    type_text(qtbot, dialog.day, day)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: screen.view is not None)
    wait_idle()


def test_a_trade_in_under_water_refused_roll_over_paid_in_cash_finalised_and_revised(
        qtbot, screen, wait_idle, services, prius_loan, shown_errors):
    customer, loan = prius_loan
    dialog = screen.new_car_trade_in(customer.id, loan.id)
    open_deal(qtbot, screen, wait_idle, dialog, "さくらモータース", "1,000,000", "2026-11-24")
    assert dialog.loans.currentData().id == loan.id
    view = screen.view
    assert view.deal.loan_id == loan.id and view.version.version == 1
    # The payoff on 24 Nov, 1,201,815, is pinned and shown.
    assert view.inputs.payoff_used.amount == Money.of(1_201_815, "JPY")
    assert "1,201,815" in screen.asset_label.text()

    # Roll the shortfall into a new loan of 2,900,000 on a 3,000,000 car at 100 %: refused.
    screen.tabs.setCurrentIndex(2)
    screen.cover_combo.setCurrentIndex(screen.cover_combo.findData(ShortfallCover.ROLL_INTO_NEW_LOAN))
    type_text(qtbot, screen.new_lender_edit, "さくらクレジット")
    type_text(qtbot, screen.new_car_price_edit, "3,000,000")
    type_text(qtbot, screen.new_loan_edit, "2,900,000")
    type_text(qtbot, screen.ltv_edit, "100")
    qtbot.mouseClick(screen.save_costs_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert not shown_errors.errors
    assert screen.view.inputs.sale.cover is ShortfallCover.ROLL_INTO_NEW_LOAN
    assert "refused" in screen.blockers_label.text()
    assert screen.rail.state is BalanceState.SHORTAGE

    # Finalise is refused with the reasons shown.
    screen.tabs.setCurrentIndex(4)
    qtbot.mouseClick(screen.finalise_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert screen.reasons_label.isVisible()
    assert "refused" in screen.reasons_label.text()

    # Paid in cash: balanced.
    screen.tabs.setCurrentIndex(2)
    screen.cover_combo.setCurrentIndex(screen.cover_combo.findData(ShortfallCover.CASH))
    qtbot.mouseClick(screen.save_costs_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert screen.rail.state is BalanceState.BALANCED
    assert "Balanced" in screen.rail.state_label.text()
    assert "201,815" in screen.rail.net_label.text()  # the seller's shortfall
    assert screen.blockers_label.isHidden()

    # Enter in a field never finalises.
    screen.tabs.setCurrentIndex(1)
    qtbot.keyClick(screen.price_edit, Qt.Key.Key_Return)
    wait_idle()
    assert not screen.view.version.is_final

    screen.tabs.setCurrentIndex(4)
    qtbot.mouseClick(screen.finalise_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert screen.view.version.is_final
    assert "FINAL" in screen.rail.version_label.text()
    assert not screen.price_edit.isEnabled() and not screen.cover_combo.isEnabled()
    assert not screen.save_costs_button.isEnabled() and not screen.finalise_button.isEnabled()

    qtbot.mouseClick(screen.revise_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert screen.view.version.version == 2 and not screen.view.version.is_final
    assert "Version 2 — DRAFT" in screen.rail.version_label.text()
    assert screen.price_edit.isEnabled()
    qtbot.waitUntil(lambda: screen.deal_table.rowCount() == 1)
    assert screen.deal_table.item(0, 3).text() == "2"


def test_a_home_sale_at_the_commission_cap_and_its_statement_printed(
        qtbot, screen, wait_idle, services, shown_errors):
    seller = services.customers.take_in(sample_customer(family_name="田中", given_name="花子",
                                                        phone="03-1111-2222",
                                                        id_document_number="H 7700 1234"))
    qtbot.mouseClick(screen.new_home_button, Qt.MouseButton.LeftButton)
    dialog = screen.new_dialog
    open_deal(qtbot, screen, wait_idle, dialog, "鈴木 一郎", "30,000,000", "2026-12-15",
              scrivener="佐藤司法書士事務所")
    assert not shown_errors.errors
    view = screen.view
    assert view.deal.customer_id == seller.id
    commission = view.computed.home.commission
    # 30,000,000 × 3 % + 60,000 = 960,000, plus 10 % tax = 1,056,000: the cap, charged in full.
    assert commission.charged == commission.cap.total == Money.of(1_056_000, "JPY")
    screen.tabs.setCurrentIndex(2)
    text = screen.commission_label.text()
    assert "at the legal cap" in text and "1,056,000" in text
    assert screen.rail.state is BalanceState.BALANCED

    # Print the statement: a preview opens and the document is registered.
    screen.tabs.setCurrentIndex(4)
    qtbot.mouseClick(screen.print_statement_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: screen.preview is not None and screen.preview.isVisible())
    register = services.documents.register()
    assert [d.kind for d in register] == ["settlement_statement"]
    assert register[0].sha256 in screen.preview.sha_label.text()
    screen.preview.close()


def rail_text(screen) -> str:
    r = screen.rail
    return " | ".join((r.state_label.text(), r.money_in_label.text(), r.money_out_label.text(),
                       r.net_label.text()))


def test_the_rail_follows_the_price_as_the_clerk_types_without_saving(
        qtbot, screen, wait_idle, services, prius_loan, shown_errors):
    customer, loan = prius_loan
    dialog = screen.new_car_trade_in(customer.id, loan.id)
    open_deal(qtbot, screen, wait_idle, dialog, "さくらモータース", "1,000,000", "2026-11-24")
    deal_id = screen.view.deal.id
    saved = services.settlements.versions(deal_id)[-1]
    # Opened at 1,000,000 against the payoff of 1,201,815, shortfall not covered:
    #   in: the dealer's price 1,000,000; out: the payoff 1,201,815 → Shortage 201,815.
    assert screen.rail.state is BalanceState.SHORTAGE
    assert "1,000,000" in screen.rail.money_in_label.text()
    assert "1,201,815" in screen.rail.money_out_label.text()
    assert screen.rail.unsaved_label.isHidden()

    # The clerk types a better price: the rail follows once typing pauses.
    screen.tabs.setCurrentIndex(1)
    screen.price_edit.clear()
    type_text(qtbot, screen.price_edit, "1,500,000")
    assert screen.live_timer.isActive()  # debounced: nothing asked while typing
    qtbot.waitUntil(lambda: screen.rail.state is BalanceState.BALANCED, timeout=3000)
    wait_idle()
    # 1,500,000 − payoff 1,201,815 = surplus 298,185 paid to the customer:
    #   in 1,500,000 = out 1,201,815 + 298,185 → Balanced.
    assert "Balanced" in screen.rail.state_label.text()
    assert "1,500,000" in screen.rail.money_in_label.text()
    assert "1,500,000" in screen.rail.money_out_label.text()
    assert "298,185" in screen.rail.net_label.text()
    assert screen.rail.unsaved_label.isVisible()
    surplus = screen.result_tree.findItems("Surplus", Qt.MatchFlag.MatchContains
                                           | Qt.MatchFlag.MatchRecursive)[0]
    assert "298,185" in surplus.text(3)  # cash to the seller: among the seller's debits
    # Nothing was written: the draft is as opened.
    assert services.settlements.versions(deal_id)[-1] == saved
    assert not shown_errors.errors

    # The equity goes to the new car instead (item: surplus applied to the new car).
    screen.tabs.setCurrentIndex(2)
    qtbot.mouseClick(screen.apply_equity_check, Qt.MouseButton.LeftButton)
    assert screen.apply_equity_check.isChecked()
    # The dealer keeps the 298,185 against the new car: it brings only the payoff,
    #   in 1,500,000 − 298,185 = 1,201,815 = out 1,201,815 (the payoff); the customer gets 0.
    qtbot.waitUntil(lambda: "1,201,815" in screen.rail.money_in_label.text(), timeout=3000)
    wait_idle()
    assert screen.rail.state is BalanceState.BALANCED
    assert "1,201,815" in screen.rail.money_out_label.text()
    net = screen.rail.net_label.text()
    assert "298,185" not in net and net.endswith("0") and not net[-2:-1].isdigit()

    # A price cleared: the rail says why the form cannot be settled, and keeps the last figures.
    screen.tabs.setCurrentIndex(1)
    screen.price_edit.clear()
    type_text(qtbot, screen.price_edit, "x")
    qtbot.waitUntil(lambda: "not settled" in screen.rail.unsaved_label.text(), timeout=3000)
    assert screen.rail.state is BalanceState.BALANCED
    screen.price_edit.clear()
    type_text(qtbot, screen.price_edit, "1,500,000")

    # Saved: the rail shows the saved version again.
    qtbot.mouseClick(screen.save_price_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert not shown_errors.errors
    view = services.settlements.get(deal_id)
    assert view.inputs.sale.price == Money.of(1_500_000, "JPY")
    assert view.inputs.sale.apply_surplus_to_new_car
    assert view.version.totals.money_in == Money.of(1_201_815, "JPY")
    assert screen.rail.unsaved_label.isHidden()
    assert screen.rail.state is BalanceState.BALANCED


def test_a_home_sale_with_the_buyers_own_broker(qtbot, screen, wait_idle, services, shown_errors):
    services.customers.take_in(sample_customer(family_name="田中", given_name="花子",
                                               phone="03-1111-2222",
                                               id_document_number="H 7700 1234"))
    qtbot.mouseClick(screen.new_home_button, Qt.MouseButton.LeftButton)
    open_deal(qtbot, screen, wait_idle, screen.new_dialog, "鈴木 一郎", "30,000,000", "2026-12-15",
              scrivener="佐藤司法書士事務所")
    # No mortgage: in the buyer's 30,000,000; out the seller's broker 1,056,000 and the
    # seller's net 28,944,000.
    assert "30,000,000" in screen.rail.money_in_label.text()
    assert "28,944,000" in screen.rail.net_label.text()

    screen.tabs.setCurrentIndex(2)
    type_text(qtbot, screen.buyer_broker_edit, "もみじ不動産")
    # The buyer's broker, no amount: the cap per side, 960,000 + 10 % = 1,056,000, paid by
    # the buyer on top: in 30,000,000 + 1,056,000 = 31,056,000; the seller's net unchanged.
    qtbot.waitUntil(lambda: "31,056,000" in screen.rail.money_in_label.text(), timeout=3000)
    wait_idle()
    assert "31,056,000" in screen.rail.money_out_label.text()
    assert "28,944,000" in screen.rail.net_label.text()
    assert screen.rail.state is BalanceState.BALANCED

    # Agreed lower, 500,000: the buyer brings 30,500,000.
    type_text(qtbot, screen.buyer_commission_edit, "500,000")
    qtbot.waitUntil(lambda: "30,500,000" in screen.rail.money_in_label.text(), timeout=3000)
    wait_idle()
    qtbot.mouseClick(screen.save_costs_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert not shown_errors.errors
    sale = screen.view.inputs.sale
    assert sale.buyer_broker.name == "もみじ不動産"
    assert sale.buyer_commission_charged == Money.of(500_000, "JPY")
    line = screen.result_tree.findItems("buyer's side",
                                        Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)[0]
    assert "500,000" in line.text(1)  # the buyer's debit

    # Above the cap: refused on the field, when saved.
    screen.buyer_commission_edit.clear()
    type_text(qtbot, screen.buyer_commission_edit, "1,056,001")
    qtbot.mouseClick(screen.save_costs_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert screen.error_banner.isVisible()
    assert screen.buyer_commission_edit.styleSheet()
    assert services.settlements.get(screen.view.deal.id).inputs.sale.buyer_commission_charged \
        == Money.of(500_000, "JPY")


# -- a Japanese voluntary sale (任意売却): the demo's Tokyo condominium ------------------------


@pytest.fixture
def demo_sato(services):
    """The demo's 佐藤 健一, five months behind on the 東都銀行 mortgage of his condominium."""
    from desktop.services.demo import load_demo
    load_demo(services, TODAY)
    sato = next(c for c in services.customers.search("佐藤 健一") if c.full_name == "佐藤 健一")
    (mortgage,) = services.loans.loans_of(sato.id)
    return sato, mortgage


def line_cells(screen) -> list[tuple[str, str, str]]:
    t = screen.lines_table
    return [(t.item(i, 0).text(), t.item(i, 4).text(), t.item(i, 5).text())
            for i in range(t.rowCount())]


def click(qtbot, wait_idle, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle()


def decide(qtbot, wait_idle, screen, line: int, button) -> None:
    """Choose a line of the distribution table, then the lender's decision on it."""
    table = screen.lines_table
    rect = table.visualRect(table.model().index(line, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentRow() == line
    click(qtbot, wait_idle, button)


def test_a_voluntary_sale_walked_through_the_guided_flow(
        qtbot, screen, wait_idle, services, demo_sato, shown_errors):
    sato, mortgage = demo_sato
    assert services.payoffs.payoff_on(mortgage.id, TODAY).amount == Money.of(26_804_505, "JPY")
    dialog = screen.new_deal(SettlementKind.HOME_VOLUNTARY_SALE, sato.id, mortgage.id)
    open_deal(qtbot, screen, wait_idle, dialog, None, "24,000,000", "2026-11-20",
              scrivener="豊洲司法書士事務所")
    assert not shown_errors.errors
    view = screen.view
    assert (view.deal.customer_id, view.deal.loan_id, view.deal.asset_id) == (
        sato.id, mortgage.id, mortgage.asset_id)
    # The lien is the lender's (by its record), for all that is owed today: 26,804,505.
    (lien,) = view.inputs.liens
    assert (lien.creditor.name, lien.creditor.id, lien.balance) == (
        "東都銀行", mortgage.lender_id, Money.of(26_804_505, "JPY"))
    assert "東都銀行" in screen.asset_label.text() and "26,804,505" in screen.asset_label.text()
    # The list names the deal by its reference.
    qtbot.waitUntil(lambda: screen.deal_table.rowCount() == 1)
    assert screen.deal_table.item(0, 0).text().startswith("S-")

    # Step 3: the distribution table (配分表), every line proposed to the lender.
    screen.tabs.setCurrentIndex(2)
    # Commission at the cap on 24,000,000: 3 % × 24,000,000 + 60,000 = 780,000 + 10 % = 858,000;
    # the discharge: 1,000 for the one building, the lender's scrivener free.
    cells = line_cells(screen)
    assert [(amount, status) for _, amount, status in cells] == [
        ("¥858,000", "Proposed"), ("¥1,000", "Proposed")]
    assert screen.rail.state is None and "Not settled yet" in screen.rail.state_label.text()
    assert "not decided lines 1, 2" in screen.rail.owes_label.text()

    # The lender approves the commission and refuses the registration cost.
    assert not screen.approve_button.isEnabled()  # no line chosen yet
    decide(qtbot, wait_idle, screen, 0, screen.approve_button)
    type_text(qtbot, screen.refusal_edit, "the lender's scrivener absorbs it")
    decide(qtbot, wait_idle, screen, 1, screen.refuse_button)
    statuses = [status for *_, status in line_cells(screen)]
    assert statuses == ["Approved", "Refused — the lender's scrivener absorbs it"]

    # The closing: the buyer and the day, the guarantor company and a joint guarantor,
    # and the court costs of an auction for the comparison.
    type_text(qtbot, screen.terms_buyer_edit, "山本 一郎")
    type_text(qtbot, screen.terms_day_edit, "2026-12-18")
    type_text(qtbot, screen.guarantor_edit, "東都信用保証株式会社")
    type_text(qtbot, screen.joint_guarantors_edit, "佐藤 美和")
    type_text(qtbot, screen.court_costs_edit, "800,000")
    click(qtbot, wait_idle, screen.save_costs_button)
    assert not shown_errors.errors and screen.error_banner.isHidden()

    # Settled: the buyer's 24,000,000 in; out the commission 858,000 and the rest,
    # 24,000,000 − 858,000 = 23,142,000, to 東都銀行. Balanced.
    c = screen.view.computed
    assert screen.rail.state is BalanceState.BALANCED
    assert "24,000,000" in screen.rail.money_in_label.text()
    assert "24,000,000" in screen.rail.money_out_label.text()
    rest = screen.result_tree.findItems("the rest of the price", Qt.MatchFlag.MatchContains
                                        | Qt.MatchFlag.MatchRecursive)[0]
    assert "23,142,000" in rest.text(3)
    # The deficiency: 26,804,505 − 23,142,000 = 3,662,505, with who answers for it.
    assert c.short_sale.total_deficiency == Money.of(3_662_505, "JPY")
    screen.tabs.setCurrentIndex(3)
    assert screen.deficiency_box.isVisible()
    text = screen.deficiency_label.text()
    assert "3,662,505" in text and "26,804,505" in text and "23,142,000" in text
    assert "東都信用保証株式会社" in text and "佐藤 美和" in text
    assert "連帯保証人" in screen.notices_label.text()
    # Beside an auction: 70 % of 24,000,000 = 16,800,000 − court costs 800,000 = 16,000,000
    # to the creditors; 7,142,000 more from the voluntary sale, and 7,142,000 less owed.
    assert screen.auction_box.isVisible()
    auction = screen.auction_label.text()
    assert "23,142,000" in auction and "16,000,000" in auction and "7,142,000" in auction
    assert [b[0] for b in screen.auction_chart.bars()] == ["Creditors receive", "Seller still owes"]

    # A new price re-proposes the table: every line back to proposed, nothing settled.
    screen.tabs.setCurrentIndex(1)
    screen.price_edit.clear()
    type_text(qtbot, screen.price_edit, "25,000,000")
    click(qtbot, wait_idle, screen.save_price_button)
    screen.tabs.setCurrentIndex(2)
    # The commission at 25,000,000: 3 % × 25,000,000 + 60,000 = 810,000 + 10 % = 891,000.
    assert [(amount, status) for _, amount, status in line_cells(screen)] == [
        ("¥891,000", "Proposed"), ("¥1,000", "Proposed")]
    assert screen.view.inputs.repriced_from == Money.of(24_000_000, "JPY")
    assert screen.rail.state is None
    assert "Not settled yet" in screen.rail.state_label.text()

    # Approved in full this time: 25,000,000 − 891,000 − 1,000 = 24,108,000 to 東都銀行;
    # 26,804,505 − 24,108,000 = 2,696,505 still owed.
    for i in range(2):
        decide(qtbot, wait_idle, screen, i, screen.approve_button)
    assert screen.rail.state is BalanceState.BALANCED
    assert screen.view.computed.short_sale.total_deficiency == Money.of(2_696_505, "JPY")
    assert "2,696,505" in screen.deficiency_label.text()

    # Finalised: locked; the flow's editors and the lender's buttons are closed.
    screen.tabs.setCurrentIndex(4)
    click(qtbot, wait_idle, screen.finalise_button)
    assert screen.view.version.is_final and "FINAL" in screen.status_label.text()
    assert not screen.price_edit.isEnabled() and not screen.costs_stack.isEnabled()
    # A change makes version 2; version 1 stays as finalised.
    click(qtbot, wait_idle, screen.revise_button)
    assert (screen.view.version.version, screen.view.version.is_final) == (2, False)
    screen.tabs.setCurrentIndex(2)
    screen.joint_guarantors_edit.clear()
    type_text(qtbot, screen.joint_guarantors_edit, "佐藤 美和; 佐藤 誠")
    click(qtbot, wait_idle, screen.save_costs_button)
    assert not shown_errors.errors
    deal_id = screen.view.deal.id
    first, second = services.settlements.versions(deal_id)
    assert first.is_final and not second.is_final
    v1 = services.settlements.get(deal_id, 1).inputs.terms.joint_guarantors
    v2 = services.settlements.get(deal_id, 2).inputs.terms.joint_guarantors
    assert [g.name for g in v1] == ["佐藤 美和"]
    assert [g.name for g in v2] == ["佐藤 美和", "佐藤 誠"]
    assert "Version 2 — DRAFT" in screen.rail.version_label.text()
