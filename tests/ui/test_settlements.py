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
from desktop.ui.settlements.settlements_screen import SettlementsScreen
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
