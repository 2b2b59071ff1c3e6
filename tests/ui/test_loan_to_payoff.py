"""From a customer's file: record the car, the loan on it, and read its payoff."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.lenders import Lender, LenderKind
from desktop.ui.main_window import MainWindow
from tests.samples import sample_customer
from tests.ui.typing import type_text


def click_save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_record_a_car_and_its_loan_then_see_the_payoff(qtbot, ui_context, wait_idle, services):
    customer = services.customers.take_in(sample_customer())
    services.loans.add_lender(Lender(id="", name="みらいオートクレジット", kind=LenderKind.FINANCE_COMPANY))
    window = MainWindow(ui_context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    wait_idle()
    screen = window.customers
    detail = screen.detail
    screen.table.selectRow(0)
    wait_idle()
    assert detail.customer.id == customer.id

    # The car: the finance company is its owner of record.
    qtbot.mouseClick(detail.add_vehicle_button, Qt.MouseButton.LeftButton)
    vehicle_dialog = detail.open_dialog
    type_text(qtbot, vehicle_dialog.ui.vinEdit, "ZVW30-1234567")
    type_text(qtbot, vehicle_dialog.ui.makeEdit, "トヨタ")
    type_text(qtbot, vehicle_dialog.ui.modelEdit, "プリウス")
    vehicle_dialog.ui.ownerOfRecordEdit.clear()
    type_text(qtbot, vehicle_dialog.ui.ownerOfRecordEdit, "みらいオートクレジット")
    click_save(qtbot, vehicle_dialog)
    wait_idle()
    qtbot.waitUntil(lambda: detail.asset_table.rowCount() == 1)

    # The loan on it: 1,200,000 JPY at 2.4 % over 60 months, paid out on 1 November.
    qtbot.mouseClick(detail.add_loan_button, Qt.MouseButton.LeftButton)
    loan_dialog = detail.open_dialog
    wait_idle()  # the lenders arrive from the worker
    ui = loan_dialog.ui
    assert ui.lenderCombo.currentText() == "みらいオートクレジット"
    assert ui.assetCombo.currentText().startswith("トヨタ プリウス")
    type_text(qtbot, ui.accountNumberEdit, "MAC-2026-0001")
    ui.currencyCombo.setCurrentText("JPY")
    type_text(qtbot, ui.principalEdit, "1,200,000")
    type_text(qtbot, ui.rateEdit, "2.4")
    ui.disbursedEdit.clear()
    type_text(qtbot, ui.disbursedEdit, "2026-11-01")
    ui.ownerOfRecordCheck.setChecked(True)
    click_save(qtbot, loan_dialog)
    wait_idle()
    qtbot.waitUntil(lambda: detail.loan_table.rowCount() == 1)
    assert detail.loan_table.item(0, 0).text() == "MAC-2026-0001"

    # Payoff today (20 Nov), nothing due yet:
    #   interest 1,200,000 × 0.024 × 19 days / 365 = 1,499.18 → 1,499
    #   payoff   1,200,000 + 1,499 = 1,201,499; per diem 1,200,000 × 0.024 / 365 = 78.9 → 79
    qtbot.mouseClick(detail.payoff_button, Qt.MouseButton.LeftButton)
    wait_idle()
    payoffs = window.payoffs
    assert window.stack.currentWidget() is payoffs
    assert payoffs.quote.total.minor == 1_201_499
    assert payoffs.quote.per_diem.minor == 79
    assert "1,201,499" in payoffs.payoff.total_label.text()
    assert "Estimate" in payoffs.payoff.source_label.text()

    # The clerk moves the date to the day of sale, 25 Nov: 24 days of interest
    #   1,200,000 × 0.024 × 24 / 365 = 1,893.70 → 1,894; payoff 1,201,894
    payoffs.payoff.date_edit.setDate(QDate(2026, 11, 25))
    wait_idle()
    assert payoffs.quote.good_through == date(2026, 11, 25)
    assert payoffs.quote.total.minor == 1_201_894


def test_a_loan_form_with_problems_names_them_and_saves_nothing(qtbot, ui_context, wait_idle, services):
    customer = services.customers.take_in(sample_customer())
    window = MainWindow(ui_context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    wait_idle()
    window.customers.table.selectRow(0)
    wait_idle()
    detail = window.customers.detail
    qtbot.mouseClick(detail.add_loan_button, Qt.MouseButton.LeftButton)
    dialog = detail.open_dialog
    wait_idle()
    type_text(qtbot, dialog.ui.rateEdit, "abc")
    click_save(qtbot, dialog)
    wait_idle()
    assert "is not a rate in percent" in dialog.ui.errorBanner.text()
    dialog.ui.rateEdit.clear()
    type_text(qtbot, dialog.ui.rateEdit, "2.4")
    type_text(qtbot, dialog.ui.principalEdit, "500000")
    click_save(qtbot, dialog)
    wait_idle()
    banner = dialog.ui.errorBanner.text()
    assert "Choose the lender." in banner
    assert "Enter the lender's account number for this loan." in banner
    assert dialog.isVisible()
    assert services.loans.loans_of(customer.id) == []
