"""The start-up path of a new desk: the first administrator, the encrypted
database and its key, and the next start on a computer without a keyring."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from desktop import app
from desktop.store import keys
from desktop.ui.access.sign_in_dialogs import FirstAdministratorDialog


class NoKeyring(keys.OsKeyring):
    """A headless computer: no OS keyring to keep the key in."""

    def load(self, db_path):
        return None

    def save(self, db_path, key):
        return False

    def forget(self, db_path):
        return False


@pytest.fixture
def desk_without_keyring(monkeypatch):
    monkeypatch.setattr(keys, "OsKeyring", NoKeyring)


def test_a_first_start_then_a_start_that_asks_for_the_administrator_password(
        qtbot, qapp, tmp_path, monkeypatch, desk_without_keyring):
    db_path = tmp_path / "liendesk.sqlite3"

    def fill_and_accept(dialog):
        dialog.ui.displayNameEdit.setText("山本 管理者")
        dialog.ui.passwordEdit.setText("correct horse battery")
        dialog.ui.repeatEdit.setText("correct horse battery")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(FirstAdministratorDialog, "exec", fill_and_accept)
    key, administrator = app._database_key(qapp, db_path)
    assert administrator == ("admin", "山本 管理者", "correct horse battery")
    assert keys.key_file_path(db_path).exists()

    application = app.Application(db_path, key, load_demo_data=True, first_administrator=administrator)
    qtbot.addWidget(application.window)
    users = application.services.users
    qtbot.waitUntil(lambda: application.runner.pending == 0, timeout=20000)
    assert application.runner.call(lambda: users.sign_in("admin", "correct horse battery")).username == "admin"
    # The demo's desk accounts came after the administrator, not instead of it.
    assert application.runner.call(lambda: users.sign_in("clerk", app.DEMO_PASSWORD)).username == "clerk"
    application.shutdown()
    assert db_path.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted on disk

    # The next start on a computer with no keyring: an administrator's password unlocks.
    answers = iter([("wrong password", True), ("correct horse battery", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kw: next(answers)))
    again, administrator = app._database_key(qapp, db_path)
    assert (again, administrator) == (key, None)


def test_cancelling_the_first_administrator_creates_nothing(qapp, tmp_path, monkeypatch,
                                                            desk_without_keyring):
    db_path = tmp_path / "liendesk.sqlite3"
    monkeypatch.setattr(FirstAdministratorDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    with pytest.raises(keys.UnlockCancelled):
        app._database_key(qapp, db_path)
    assert not db_path.exists() and not keys.key_file_path(db_path).exists()
