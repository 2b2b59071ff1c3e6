"""A clerk finds a loan by what the customer says, reads the payoff on the day
of sale, records the lender's letter, prints the quote and follows the release."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.lenders import Lender, LenderKind
from desktop.domain.loan_accounts import LoanAccount
from desktop.domain.loans import LoanTerms, RepaymentMethod
from desktop.domain.money import Money
from desktop.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.samples import sample_customer, sample_vehicle
from tests.ui.typing import type_text


@pytest.fixture
def prius_loan(services):
    """山田 太郎's Prius, 1,200,000 JPY at 2.4 % over 60 months, paid out on 1 November."""
    customer = services.customers.take_in(sample_customer())
    lender = services.loans.add_lender(Lender(
        id="", name="みらいオートクレジット", kind=LenderKind.FINANCE_COMPANY, phone="0120-000-111",
        release_documents=("譲渡証明書", "委任状", "印鑑証明書")))
    car = services.loans.add_vehicle(sample_vehicle(owner_id=customer.id, vin="ZVW30-1234567",
                                                    plate="横浜 300 さ 12-34"))
    return services.loans.add_loan(LoanAccount(
        id="", lender_id=lender.id, borrower_id=customer.id, account_number="MAC-2026-0001",
        asset_id=car.id, lender_is_owner_of_record=True, terms=LoanTerms(
            principal=Money.of(1_200_000, "JPY"), annual_rate="0.024", term_months=60,
            method=RepaymentMethod.EQUAL_INSTALLMENT, disbursed_on=date(2026, 11, 1), due_day=27)))


@pytest.fixture
def window(qtbot, ui_context, wait_idle, prius_loan):
    w = MainWindow(ui_context, "test.sqlite3")
    qtbot.addWidget(w)
    w.show()
    wait_idle()
    return w


def click_save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def look_up(qtbot, window, wait_idle, text):
    window.focus_search()  # Ctrl+F from anywhere
    lookup = window.payoffs.lookup
    assert lookup.search_box.hasFocus()
    lookup.search_box.clear()
    type_text(qtbot, lookup.search_box, text)
    qtbot.waitUntil(lambda: lookup.results.topLevelItemCount() > 0 and not lookup._debounce.isActive())
    wait_idle()
    return lookup


def group_titles(lookup):
    return [lookup.results.topLevelItem(i).text(0) for i in range(lookup.results.topLevelItemCount())]


@pytest.mark.parametrize("fragment, group", [
    ("12-34", "Vehicles"),         # what the customer reads off the plate
    ("1234567", "Vehicles"),       # part of the chassis number
    ("MAC-2026", "Loans"),         # the lender's account number
    ("山田", "Customers"),          # a two-character family name
])
def test_lookup_finds_the_loan_by_any_fragment(qtbot, window, wait_idle, prius_loan, fragment, group):
    lookup = look_up(qtbot, window, wait_idle, fragment)
    assert group in group_titles(lookup)
    # Enter goes to the first result; its loans are listed; the payoff shows.
    qtbot.keyClick(lookup.search_box, Qt.Key.Key_Return)
    wait_idle()
    qtbot.waitUntil(lambda: lookup.loans.count() == 1)
    wait_idle()
    assert "MAC-2026-0001" in lookup.loans.item(0).text()
    qtbot.waitUntil(lambda: window.payoffs.payoff.figure is not None)
    assert window.payoffs.payoff.overview.id == prius_loan.id


def test_payoff_on_a_date_then_a_lender_letter_outranks_the_estimate(qtbot, window, wait_idle, services,
                                                                     prius_loan):
    lookup = look_up(qtbot, window, wait_idle, "MAC-2026-0001")
    qtbot.keyClick(lookup.search_box, Qt.Key.Key_Return)
    wait_idle()
    panel = window.payoffs.payoff
    qtbot.waitUntil(lambda: panel.figure is not None)
    # Today, 20 Nov: 1,200,000 + 1,200,000 × 0.024 × 19 / 365 (= 1,499.18 → 1,499) = 1,201,499
    assert panel.figure.amount.minor == 1_201_499
    assert "Estimate by the desk" in panel.source_label.text()
    assert "owner of record" in panel.heading.text()

    # The day of sale is 24 Nov: 23 days → 1,200,000 × 0.024 × 23 / 365 = 1,814.79 → 1,815
    panel.date_edit.setDate(QDate(2026, 11, 24))
    wait_idle()
    assert panel.figure.amount.minor == 1_201_815
    # A payoff is never back-dated: the date box stops at today.
    assert panel.date_edit.minimumDate() == QDate(2026, 11, 20)

    # The finance company faxes its letter: 1,202,100 good through 22 Nov, 79 a day after.
    qtbot.mouseClick(panel.record_letter_button, Qt.MouseButton.LeftButton)
    dialog = panel.letter_dialog
    type_text(qtbot, dialog.ui.referenceEdit, "MAC-PO-5521")
    type_text(qtbot, dialog.ui.amountEdit, "1,202,100")
    type_text(qtbot, dialog.ui.goodThroughEdit, "2026-11-22")
    type_text(qtbot, dialog.ui.perDiemEdit, "79")
    click_save(qtbot, dialog)
    wait_idle()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    assert panel.letters.rowCount() == 1
    # On 24 Nov the letter has run out two days: 1,202,100 + 2 × 79 = 1,202,258, with a warning.
    assert panel.figure.amount.minor == 1_202_258
    assert "extended past" in panel.source_label.text()
    assert panel.warning_label.isVisible()
    assert "Ask the lender for a new letter" in panel.warning_label.text()
    # The gap to the estimate, 1,202,258 − 1,201,815 = 443 yen, is within the 1,000 yen tolerance.
    assert "differs from the desk's estimate" not in panel.warning_label.text()

    # Back to 21 Nov the letter is in date and is the figure used, unwarned.
    panel.date_edit.setDate(QDate(2026, 11, 21))
    wait_idle()
    assert panel.figure.amount.minor == 1_202_100
    assert panel.warning_label.isHidden()


def test_print_a_quote_registers_it_and_the_documents_screen_lists_it(qtbot, window, wait_idle, services,
                                                                       prius_loan):
    window.show_payoff(prius_loan.id)
    wait_idle()
    panel = window.payoffs.payoff
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: hasattr(window.documents, "preview") and window.documents.preview.isVisible())
    preview = window.documents.preview
    assert len(preview.page_labels) == 1
    register = services.documents.register()
    assert [(d.kind, d.language) for d in register] == [("payoff_quote", "ja")]
    assert register[0].sha256 in preview.sha_label.text()
    assert services.documents.verify(register[0].id)
    preview.close()

    window.nav.setCurrentRow(4)  # Documents
    wait_idle()
    assert window.documents.table.rowCount() == 1
    assert window.documents.table.item(0, 5).text() == register[0].sha256


def test_release_tracking_from_sale_to_release_and_the_overdue_list(qtbot, window, wait_idle, services,
                                                                    prius_loan):
    window.show_payoff(prius_loan.id)
    wait_idle()
    release = window.payoffs.release
    open_list = window.payoffs.open_releases

    # Sold twelve days ago: the payoff was due within 10 days, so it is 2 days late.
    qtbot.mouseClick(release.start_button, Qt.MouseButton.LeftButton)
    dialog = release.step_dialog
    dialog.ui.saleOnEdit.clear()
    type_text(qtbot, dialog.ui.saleOnEdit, (TODAY - timedelta(days=12)).isoformat())
    click_save(qtbot, dialog)
    wait_idle()
    qtbot.waitUntil(lambda: open_list.table.rowCount() == 1)
    wait_idle()
    assert "payoff to be sent by 2026-11-18" in release.due_label.text()
    assert open_list.table.item(0, 5).text() == "2 days"
    assert "1 late" in open_list.title()

    # The payoff goes out today; the release is then due in 21 days (11 Dec).
    qtbot.mouseClick(release.sent_button, Qt.MouseButton.LeftButton)
    dialog = release.step_dialog
    type_text(qtbot, dialog.ui.referenceEdit, "FX-0093")
    click_save(qtbot, dialog)
    wait_idle()
    qtbot.waitUntil(lambda: "2026-12-11" in release.due_label.text())
    wait_idle()
    assert open_list.table.item(0, 5).text() == ""  # no longer late

    # The lender's documents arrive: ticked off against its list; the loan is paid off.
    qtbot.mouseClick(release.received_button, Qt.MouseButton.LeftButton)
    dialog = release.step_dialog
    assert dialog.ui.documentsList.count() == 3
    for i in range(3):
        dialog.ui.documentsList.item(i).setCheckState(Qt.CheckState.Checked)
    click_save(qtbot, dialog)
    wait_idle()
    qtbot.waitUntil(lambda: release.stage_label.text() == "Released")
    wait_idle()
    assert open_list.table.rowCount() == 0
    assert services.loans.get_loan(prius_loan.id).status == "paid_off"


def test_a_step_out_of_order_is_refused_with_its_field(qtbot, window, wait_idle, services, prius_loan):
    window.show_payoff(prius_loan.id)
    wait_idle()
    release = window.payoffs.release
    qtbot.mouseClick(release.start_button, Qt.MouseButton.LeftButton)
    click_save(qtbot, release.step_dialog)
    wait_idle()
    qtbot.mouseClick(release.sent_button, Qt.MouseButton.LeftButton)
    dialog = release.step_dialog
    dialog.ui.sentOnEdit.clear()
    type_text(qtbot, dialog.ui.sentOnEdit, "2026-12-01")  # tomorrow and after: not yet
    click_save(qtbot, dialog)
    wait_idle()
    assert dialog.isVisible()
    assert "This date is in the future." in dialog.ui.errorBanner.text()
    assert services.releases.of_loan(prius_loan.id)[0].sent_on is None
