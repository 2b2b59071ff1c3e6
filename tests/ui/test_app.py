"""The application as a clerk starts it: first start, signing in, damage found, closing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import paths
from desktop.app import DEMO_PASSWORD, Application
from desktop.domain.access import AccessDenied
from desktop.domain.errors import ReadOnlyDatabase
from desktop.store.backups import list_backups
from desktop.store.db import IntegrityReport
from desktop.ui.access.sign_in_dialogs import SignInDialog
from tests.samples import sample_customer
from tests.ui.typing import type_text

KEY = bytes(range(32))


def settle(qtbot, application):
    qtbot.waitUntil(lambda: application.runner.pending == 0, timeout=20000)


def sign_in(qtbot, application, username, password=DEMO_PASSWORD):
    dialog = SignInDialog(application.ui_context)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.ui.usernameEdit, username)
    type_text(qtbot, dialog.ui.passwordEdit, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    settle(qtbot, application)
    return dialog


def test_first_start_opens_the_demo_behind_a_sign_in_and_closing_makes_a_backup(qtbot, tmp_path):
    db_path = tmp_path / "liendesk.sqlite3"
    application = Application(db_path, KEY, load_demo_data=True)
    window = application.window
    qtbot.addWidget(window)
    settle(qtbot, application)
    # Nobody is signed in yet: nothing is on show, and the services refuse.
    assert window.customers.model.rows == []
    with pytest.raises(AccessDenied):
        application.runner.call(application.services.customers.recent)

    wrong = sign_in(qtbot, application, "clerk", "not the password")
    assert "Wrong user name or password." in wrong.ui.errorBanner.text()
    dialog = sign_in(qtbot, application, "clerk")
    assert dialog.result() == dialog.DialogCode.Accepted
    window.apply_user(application.services.context.session.user)
    window.show()
    settle(qtbot, application)

    names = [row.full_name for row in window.customers.model.rows]
    # The four source cases: Tokyo condominium, car under ownership retention,
    # residual-value loan, Moscow applicant, Taiyuan provident-fund borrower.
    assert {"佐藤 健一", "田中 美咲", "鈴木 大輔", "Иванов Сергей Петрович", "王 芳"} <= set(names)
    assert window.status_check.text() == "Database checked: OK"
    assert "佐藤 花子" in window.status_user.text()
    # A clerk's desk: no Users or Audit trail sections.
    visible = [window.nav.item(i).text() for i in range(window.nav.count()) if not window.nav.item(i).isHidden()]
    assert "Users" not in visible and "Audit trail" not in visible and "Customers" in visible
    assert not window.settings_action.isVisible()  # the administrator's business

    application.shutdown()
    backups = list_backups(paths.backups_dir_for(db_path))
    assert len(backups) == 1

    # A second start finds the data and adds no second demo.
    again = Application(db_path, KEY, load_demo_data=True)
    qtbot.addWidget(again.window)
    settle(qtbot, again)
    sign_in(qtbot, again, "manager")
    again.window.apply_user(again.services.context.session.user)
    settle(qtbot, again)
    assert sorted(r.full_name for r in again.window.customers.model.rows) == sorted(names)
    again.shutdown()


def test_damage_found_at_start_stops_saving_and_says_so(qtbot, tmp_path):
    db_path = tmp_path / "liendesk.sqlite3"
    application = Application(db_path, KEY, load_demo_data=True)
    qtbot.addWidget(application.window)
    settle(qtbot, application)
    sign_in(qtbot, application, "clerk")

    application._integrity_checked(IntegrityReport(ok=False, problems=("*** in database main ***",)))
    settle(qtbot, application)
    assert "read-only" in application.window.status_check.text()
    assert application.damage_box.isVisible()
    with pytest.raises(ReadOnlyDatabase):
        application.runner.call(lambda: application.services.customers.take_in(sample_customer()))
    application.damage_box.close()
    application.shutdown()
