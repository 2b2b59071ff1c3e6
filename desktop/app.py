"""Composition root: settings, database, services, the worker and the window.

This is the one place that reads the clock and the command line; everything
below gets them handed in.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from datetime import date, datetime, timezone
from pathlib import Path

from desktop import paths
from desktop.version import __version__

log = logging.getLogger("liendesk")

BACKUPS_TO_KEEP = 10


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="liendesk", description="LienDesk front-desk application")
    parser.add_argument("--db", type=Path, help="database file (default: in the per-user data folder)")
    parser.add_argument("--no-demo", action="store_true",
                        help="start a new database empty instead of with demo records")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary database, then exit (0: it works)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def _setup_logging() -> None:
    handler = logging.FileHandler(paths.log_path(), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler, logging.StreamHandler()])


def local_today() -> date:
    return datetime.now().astimezone().date()


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


DEMO_PASSWORD = "liendesk-demo"  # the demo database's accounts; shown at sign-in, never for real data


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("app", text)


class Application:
    """Owns the open database and the objects built on it, for one run.

    Nobody is signed in when it starts: the services refuse everything until
    someone signs in (see `start`)."""

    def __init__(self, db_path: Path, key: bytes, load_demo_data: bool = False,
                 first_administrator: tuple[str, str, str] | None = None):
        from desktop.services.context import ServiceContext, Session
        from desktop.services.registry import Services
        from desktop.store.db import open_database
        from desktop.ui.context import UiContext
        from desktop.ui.errors import show_error
        from desktop.ui.main_window import MainWindow
        from desktop.ui.tasks import TaskRunner

        self.db_path, self.key = db_path, key
        first_start = not db_path.exists()
        self.database = open_database(db_path, key=key)
        # An administrator's own program files live beside the database.
        self.services = Services.build(ServiceContext(self.database, getpass.getuser(), utc_now,
                                                      session=Session()),
                                       own_programs_dir=db_path.parent / "programs")
        self.runner = TaskRunner(lambda error: show_error(self.window, error))
        if first_administrator:
            # Before the demo, whose desk accounts would otherwise count as users.
            users = self.services.users
            self.runner.run(lambda: users.needs_first_administrator()
                            and users.create_first_administrator(*first_administrator))
        self.demo = first_start and load_demo_data
        if self.demo:
            from desktop.services.demo import load_demo

            # The demo is written by the system, not by a person at the desk.
            loader = Services.build(ServiceContext(self.database, "demo", utc_now))
            self.runner.run(lambda: load_demo(loader, local_today(), DEMO_PASSWORD))
        self.ui_context = UiContext(runner=self.runner, services=self.services, today=local_today,
                                    show_error=show_error)
        # The screens' language from the settings (the system's by default), before the window.
        from desktop.ui.language import install_language

        install_language(self.runner.call(self.services.settings.get).screen_language)
        self._integrity_report = None
        self.window = MainWindow(self.ui_context, str(db_path))
        self._connect_window()
        # The quick check at every start (minutes for the full one on a large
        # encrypted file); the full check runs from the File menu.
        self.runner.run_detached(lambda: self.database.check_integrity(full=False), self._integrity_checked)

    def _connect_window(self) -> None:
        self.window.restore_action.triggered.connect(self.restore_latest_backup)
        self.window.check_action.triggered.connect(self.check_fully)
        self.window.settings_saved.connect(self._settings_saved)

    def _settings_saved(self, settings) -> None:
        from desktop.ui.language import switch_language

        if switch_language(settings.screen_language):
            self.rebuild_window()

    def rebuild_window(self) -> None:
        """The main window again, in the language now installed: same session,
        same section, same place on the screen; no restart."""
        from desktop.ui.main_window import MainWindow

        old = self.window
        self.window = MainWindow(self.ui_context, old.status_database.text())
        self._connect_window()
        user = self.services.context.session.user
        if user is not None:
            self.window.apply_user(user)
        self.window.go_to(old.nav.currentRow())
        self._show_integrity()
        if hasattr(self, "desk_lock"):
            self.desk_lock.setParent(self.window)
            self.desk_lock.window = self.window
            self.window.lock_action.triggered.connect(self.desk_lock.lock)
            self.window.sign_out_action.triggered.connect(self.desk_lock.sign_out)
        self.window.setGeometry(old.geometry())
        if old.isVisible():
            self.window.setWindowState(old.windowState())
            self.window.show()
        old.hide()
        # Kept until the next rebuild: answers still on their way find it alive.
        retired, self._retired_window = getattr(self, "_retired_window", None), old
        if retired is not None:
            retired.deleteLater()

    def _show_integrity(self) -> None:
        report = self._integrity_report
        if report is None:
            return
        if report.ok:
            self.window.set_integrity_status(True, _tr("Database checked: OK"))
        else:
            self.window.set_integrity_status(False, _tr("Database damaged: read-only"))

    def check_fully(self) -> None:
        self._integrity_report = None
        self.window.set_integrity_status(True, _tr("Checking the whole database…"))
        self.runner.run_detached(lambda: self.database.check_integrity(full=True), self._integrity_checked)

    def _integrity_checked(self, report) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._integrity_report = report
        self._show_integrity()
        if report.ok:
            return
        reason = "; ".join(report.problems[:5])
        self.runner.run(lambda: self.database.stop_writing(reason))
        log.error("integrity check failed: %s", reason)
        self.damage_box = QMessageBox(
            QMessageBox.Icon.Critical, _tr("The database is damaged"), _tr(
                "LienDesk found damage in its database and has stopped saving, so nothing more "
                "is lost. You can still look records up. Use File → Restore latest backup to "
                "continue working from the last good copy."), QMessageBox.StandardButton.Ok,
            self.window)
        self.damage_box.setDetailedText("\n".join(report.problems))
        self.damage_box.open()

    def restore_latest_backup(self) -> None:
        from PySide6.QtCore import QProcess
        from PySide6.QtWidgets import QApplication, QMessageBox

        from desktop.store.backups import list_backups, restore_backup

        backups = list_backups(paths.backups_dir_for(self.db_path))
        window = self.window
        if not backups:
            QMessageBox.information(window, _tr("No backup"), _tr(
                "There is no backup yet. LienDesk makes one each time it closes."))
            return
        answer = QMessageBox.question(window, _tr("Restore backup"), _tr(
            "Replace the current database with the backup {name}? The current file is kept "
            "beside it, renamed, and LienDesk restarts.").replace("{name}", backups[0].name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.call(self.database.close)
        restore_backup(backups[0], self.db_path, key=self.key)
        self._restarting = True
        QProcess.startDetached(sys.executable, sys.argv[1:] if getattr(sys, "frozen", False)
                               else ["-m", "desktop", *sys.argv[1:]])
        QApplication.quit()

    def sign_in(self, parent=None) -> bool:
        """The sign-in dialog until someone is in; False when the clerk gives up."""
        from desktop.ui.access.sign_in_dialogs import SignInDialog

        dialog = SignInDialog(self.ui_context, parent)
        if self.demo:
            dialog.show_demo_hint(DEMO_PASSWORD)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return False
        self.window.apply_user(self.services.context.session.user)
        return True

    def start_desk_lock(self) -> None:
        """Lock after the idle minutes in settings; signing out asks who is next."""
        from desktop.ui.access.desk_lock import DeskLock

        minutes = self.runner.call(self.services.settings.get).idle_lock_minutes
        self.desk_lock = DeskLock(self.ui_context, self.window, minutes)
        self.desk_lock.signed_out.connect(self._signed_out)
        self.window.lock_action.triggered.connect(self.desk_lock.lock)
        self.window.sign_out_action.triggered.connect(self.desk_lock.sign_out)

    def _signed_out(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.window.hide()
        if self.sign_in():
            self.window.centralWidget().show()
            self.window.show()
        else:
            QApplication.quit()

    def shutdown(self) -> None:
        """Back up through the SQLite backup API, then close (on the worker)."""
        from desktop.store.backups import make_backup

        if getattr(self, "_restarting", False):
            self.runner.shutdown()
            return

        def backup_and_close():
            try:
                make_backup(self.database, paths.backups_dir_for(self.db_path), BACKUPS_TO_KEEP, utc_now())
            finally:
                self.database.close()

        try:
            self.runner.call(backup_and_close)
        except Exception:
            log.exception("backup at close failed")
        self.runner.shutdown()


def _encrypt_with_progress(qapp, db_path: Path, key: bytes) -> None:
    """Encrypt a database from before encryption, behind a busy indicator."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from desktop.store.db import encrypt_plain_database

    outcome: dict[str, BaseException] = {}

    def work() -> None:
        try:
            encrypt_plain_database(db_path, key)
        except BaseException as error:  # raised again on the GUI thread below
            outcome["error"] = error

    thread = threading.Thread(target=work, name="encrypt-database")
    thread.start()
    box = QProgressDialog(qapp.translate("app", "Encrypting the database…"), None, 0, 0)
    box.setMinimumDuration(0)
    box.show()
    while thread.is_alive():
        qapp.processEvents()
        thread.join(0.05)
    box.close()
    if "error" in outcome:
        raise outcome["error"]


def _database_key(qapp, db_path: Path) -> tuple[bytes, tuple[str, str, str] | None]:
    """The key that opens the database, and the first administrator's
    credentials when this start creates them. Raises UnlockCancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from desktop.store import keys
    from desktop.store.db import is_plain_sqlite
    from desktop.ui.access.sign_in_dialogs import FirstAdministratorDialog

    keyring = keys.OsKeyring()
    asked = []

    def ask() -> str | None:
        prompt = qapp.translate("app", "This computer does not hold the key of the database. Enter "
                                       "an administrator's password to unlock it:")
        if asked:
            prompt = qapp.translate("app", "That password does not unlock it. Try again:")
        asked.append(1)
        text, ok = QInputDialog.getText(None, qapp.translate("app", "Unlock the database"), prompt,
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    key_file = keys.key_file_path(db_path)
    plain = db_path.exists() and is_plain_sqlite(db_path)
    if not db_path.exists() and key_file.exists():
        # A key file without its database: kept aside, it may still open a backup.
        key_file.rename(key_file.with_name(f"{key_file.name}.orphaned-{utc_now():%Y%m%d-%H%M%S}"))
    if plain and key_file.exists():
        # A conversion cut short: its key is already in the key file.
        key = keys.unlock_key(db_path, keyring, ask, backup_folder=paths.backups_dir_for(db_path))
        _encrypt_with_progress(qapp, db_path, key)
        return key, None
    if not db_path.exists() or plain:
        dialog = FirstAdministratorDialog()
        if dialog.exec() != dialog.DialogCode.Accepted:
            raise keys.UnlockCancelled("no administrator was created")
        username, display_name, password = dialog.credentials()
        key = keys.create_key(db_path, keyring, username, password)
        if plain:  # a database from before encryption: encrypted in place
            _encrypt_with_progress(qapp, db_path, key)
        return key, (username, display_name, password)
    return keys.unlock_key(db_path, keyring, ask, backup_folder=paths.backups_dir_for(db_path)), None


def _offer_restore(qapp, db_path: Path, key: bytes, problem: str) -> bool:
    """The database cannot be opened: offer the latest backup, keep the damaged file."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.store.backups import list_backups, restore_backup

    t = lambda text: qapp.translate("app", text)  # noqa: E731
    backups = list_backups(paths.backups_dir_for(db_path))
    if not backups:
        QMessageBox.critical(None, t("Cannot open the database"), problem + "\n\n" + t(
            "There is no backup to restore. The damaged file has not been changed."))
        return False
    answer = QMessageBox.question(None, t("Cannot open the database"), problem + "\n\n" + t(
        "Restore the latest backup, {name}? The damaged file is kept beside it, renamed.")
        .replace("{name}", backups[0].name))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore_backup(backups[0], db_path, key=key)
    return True


def register_bundled_fonts() -> None:
    """The fonts the PDFs embed serve the screens too, so Japanese, Chinese and
    Russian show on a machine that lacks them (a bare Linux, a kiosk)."""
    from PySide6.QtGui import QFontDatabase

    for font in sorted((paths.resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def main(argv: list[str] | None = None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    args = parse_args(argv)
    if args.self_test:  # before the log file and the user's data folder: it touches neither
        from desktop import self_test

        return self_test.run(argv)
    _setup_logging()
    from PySide6.QtWidgets import QApplication

    from desktop.store.db import DamagedDatabase

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    register_bundled_fonts()
    qapp.setApplicationName(paths.APP_NAME)
    qapp.setOrganizationName(paths.APP_NAME)
    from PySide6.QtGui import QIcon

    # Windows and macOS take the icon from the bundle; Linux desktops from the window.
    qapp.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "liendesk.png")))
    db_path = (args.db or paths.default_database_path()).expanduser().resolve()
    from PySide6.QtWidgets import QMessageBox

    from desktop.store import keys

    try:
        key, first_administrator = _database_key(qapp, db_path)
    except keys.UnlockCancelled:
        return 1
    except (keys.WrongSecret, keys.KeyUnavailable) as e:
        QMessageBox.critical(None, qapp.translate("app", "Cannot unlock the database"), str(e))
        return 2
    try:
        application = Application(db_path, key, load_demo_data=not args.no_demo,
                                  first_administrator=first_administrator)
    except DamagedDatabase as e:
        log.error("cannot open %s: %s", db_path, e)
        if not _offer_restore(qapp, db_path, key, str(e)):
            return 2
        application = Application(db_path, key)
    qapp.aboutToQuit.connect(application.shutdown)
    if not application.sign_in():
        application.shutdown()
        return 1
    application.start_desk_lock()
    application.window.show()
    return qapp.exec()
