"""The clerk takes a customer in through the intake form, typing as at the counter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.customers.customers_screen import CustomersScreen
from tests.ui.typing import type_text


def open_intake(qtbot, ui_context, wait_idle):
    screen = CustomersScreen(ui_context)
    qtbot.addWidget(screen)
    screen.show()
    wait_idle()
    screen.new_customer()
    dialog = screen.intake_dialog
    qtbot.waitExposed(dialog)
    return screen, dialog


def type_into(qtbot, widget, text):
    type_text(qtbot, widget, text)


def fill_valid_customer(qtbot, dialog):
    ui = dialog.ui
    type_into(qtbot, ui.familyNameEdit, "山田")
    type_into(qtbot, ui.givenNameEdit, "太郎")
    type_into(qtbot, ui.nameReadingEdit, "ヤマダ タロウ")
    type_into(qtbot, ui.birthDateEdit, "１９８０年４月１日")  # full-width, as a Japanese IME types it
    type_into(qtbot, ui.idDocumentNumberEdit, "3012 3456 7890")
    type_into(qtbot, ui.phoneEdit, "090-1111-2222")
    type_into(qtbot, ui.incomeEdit, "３５０，０００")
    type_into(qtbot, ui.consentDateEdit, "2026-11-20")
    type_into(qtbot, ui.consentFormRefEdit, "同意書 No. 0815")


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_a_good_customer_is_saved_and_appears_in_the_list(qtbot, ui_context, wait_idle, services):
    screen, dialog = open_intake(qtbot, ui_context, wait_idle)
    fill_valid_customer(qtbot, dialog)
    save(qtbot, dialog)
    wait_idle()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()

    found = services.customers.search("山田")
    assert [c.full_name for c in found] == ["山田 太郎"]
    stored = services.customers.get(found[0].id)
    assert stored.birth_date.isoformat() == "1980-04-01"
    assert stored.net_monthly_income.minor == 350000 and stored.net_monthly_income.currency == "JPY"
    # The list now shows the new customer, and the file opens on the right.
    qtbot.waitUntil(lambda: any(r.full_name == "山田 太郎" for r in screen.model.rows))
    qtbot.waitUntil(lambda: "山田 太郎" in screen.detail.heading.text())


def test_bad_input_names_the_field_and_saves_nothing(qtbot, ui_context, wait_idle, services):
    screen, dialog = open_intake(qtbot, ui_context, wait_idle)
    ui = dialog.ui
    type_into(qtbot, ui.familyNameEdit, "Иванов")
    type_into(qtbot, ui.birthDateEdit, "31.02.1985")  # no such day
    type_into(qtbot, ui.phoneEdit, "12")
    save(qtbot, dialog)
    wait_idle()

    assert dialog.isVisible()
    banner = ui.errorBanner.text()
    assert "is not a date on the calendar" in banner
    # The worker is not even asked while the form cannot be read; fix the date,
    # and the service names every remaining field.
    ui.birthDateEdit.clear()
    type_into(qtbot, ui.birthDateEdit, "1985-02-28")
    save(qtbot, dialog)
    wait_idle()
    banner = ui.errorBanner.text()
    assert "Enter the given name." in banner
    assert "A phone number has 7 to 15 digits." in banner
    assert "Enter the number of the identity document." in banner
    assert "Record the customer's consent to keep personal data." in banner
    assert ui.phoneEdit.toolTip() == "A phone number has 7 to 15 digits."
    assert ui.givenNameEdit.hasFocus() or dialog.focusWidget() is ui.givenNameEdit
    assert services.customers.recent(10) == []


def test_a_possible_duplicate_is_asked_about_before_saving(qtbot, ui_context, wait_idle, services):
    screen, dialog = open_intake(qtbot, ui_context, wait_idle)
    fill_valid_customer(qtbot, dialog)
    save(qtbot, dialog)
    wait_idle()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    screen.new_customer()
    second = screen.intake_dialog
    fill_valid_customer(qtbot, second)  # same document and phone
    save(qtbot, second)
    wait_idle()
    qtbot.waitUntil(lambda: hasattr(second, "duplicate_box") and second.duplicate_box.isVisible())
    assert "山田 太郎" in second.duplicate_box.text()
    assert len(services.customers.search("山田")) == 1

    qtbot.mouseClick(second.save_anyway_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: not second.isVisible())
    assert len(services.customers.search("山田")) == 2


def test_tab_order_follows_the_form(qtbot, ui_context, wait_idle):
    _screen, dialog = open_intake(qtbot, ui_context, wait_idle)
    ui = dialog.ui
    ui.familyNameEdit.setFocus()
    order = [ui.givenNameEdit, ui.nameReadingEdit, ui.birthDateEdit, ui.sexCombo]
    widget = ui.familyNameEdit
    for expected in order:
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        assert widget is expected
