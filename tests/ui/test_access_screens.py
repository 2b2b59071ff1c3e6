"""The administrator's user screen, and the desk that locks itself when left."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.access import Role
from desktop.services.users import SignInRefused, UserService
from desktop.ui.access.desk_lock import DeskLock
from desktop.ui.main_window import MainWindow
from tests.ui.typing import type_text


@pytest.fixture
def admin(services, ui_context):
    """An administrator signed in (cheap Argon2 parameters: the rules are under test)."""
    fast = UserService(services.context, services.settings,
                       hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    object.__setattr__(services, "users", fast)
    services.context.session.system = False
    fast.create_first_administrator("admin", "山本 管理者", "correct horse battery")
    fast.sign_in("admin", "correct horse battery")
    return fast


def test_the_administrator_adds_disables_and_resets_a_user(qtbot, ui_context, wait_idle, admin):
    window = MainWindow(ui_context, "test.sqlite3")
    qtbot.addWidget(window)
    window.apply_user(ui_context.services.context.session.user)
    window.show()
    visible = [window.nav.item(i).text() for i in range(window.nav.count()) if not window.nav.item(i).isHidden()]
    # The administrator runs the system, not the desk: no customer files.
    assert visible == ["Users", "Audit trail", "Privacy", "Lending programs"]

    window.go_to(6)  # Users
    wait_idle()
    screen = window.users
    assert screen.table.rowCount() == 1
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    type_text(qtbot, dialog.ui.usernameEdit, "ivanova")
    type_text(qtbot, dialog.ui.displayNameEdit, "Иванова Мария")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("credit_officer"))
    type_text(qtbot, dialog.ui.passwordEdit, "short")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle()
    assert "at least 10 characters" in dialog.ui.errorBanner.text()
    dialog.ui.passwordEdit.clear()
    type_text(qtbot, dialog.ui.passwordEdit, "officer password 1")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 2)
    wait_idle()
    row = [screen.table.item(i, 0).text() for i in range(2)].index("ivanova")
    assert screen.table.item(row, 2).text() == "Credit officer"

    screen.table.selectRow(row)
    qtbot.mouseClick(screen.disable_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: screen.table.item(row, 3).text() == "disabled")
    with pytest.raises(SignInRefused, match="disabled"):
        admin.sign_in("ivanova", "officer password 1")
    admin.sign_in("admin", "correct horse battery")

    screen.table.selectRow(row)
    qtbot.mouseClick(screen.disable_button, Qt.MouseButton.LeftButton)
    wait_idle()
    screen.reset_to(screen.users[row], "a fresh password 2")
    wait_idle()
    assert admin.sign_in("ivanova", "a fresh password 2").role is Role.CREDIT_OFFICER


def test_an_idle_desk_locks_and_only_the_password_unlocks_it(qtbot, ui_context, wait_idle, admin):
    window = MainWindow(ui_context, "test.sqlite3")
    qtbot.addWidget(window)
    window.apply_user(ui_context.services.context.session.user)
    window.show()
    lock = DeskLock(ui_context, window, idle_minutes=1)
    lock.timer.setInterval(50)  # a minute is long for a test
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    assert not window.centralWidget().isVisible()  # nothing personal on show

    dialog = lock.dialog
    type_text(qtbot, dialog.ui.passwordEdit, "not it at all")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert lock.locked and "Wrong password." in dialog.ui.errorBanner.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape does not slip past
    assert lock.locked

    type_text(qtbot, dialog.ui.passwordEdit, "correct horse battery")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: not lock.locked)
    assert window.centralWidget().isVisible()
    lock.timer.stop()


def test_the_administrator_sets_lockout_and_retention(qtbot, ui_context, wait_idle, admin, services):
    window = MainWindow(ui_context, "test.sqlite3")
    qtbot.addWidget(window)
    window.apply_user(ui_context.services.context.session.user)
    window.open_settings()
    wait_idle()
    dialog = window.settings_dialog
    assert dialog.ui.lockoutSpin.value() == 15 and dialog.ui.retentionRuSpin.value() == 36
    dialog.ui.lockoutSpin.setValue(30)
    dialog.ui.retentionRuSpin.setValue(60)
    dialog.ui.branchCountryEdit.setText("ru")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.settings.get().sign_in_rules.lockout_minutes == 30
    policies = services.privacy.policies()
    assert (policies.branch_country, policies.policy("RU").months) == ("RU", 60)
