"""Signing in, creating the first administrator, and unlocking an idle desk."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from desktop.domain.access import SignInRules, validate_new_user
from desktop.domain.errors import Problems, ValidationError
from desktop.ui.context import UiContext
from desktop.ui.errors import translate_message
from desktop.ui.forms.ui_first_administrator import Ui_FirstAdministratorDialog
from desktop.ui.forms.ui_sign_in import Ui_SignInDialog
from desktop.ui.forms.ui_unlock import Ui_UnlockDialog
from desktop.ui.i18n import fill
from desktop.ui.widgets.field_errors import FieldErrors


def _ok_button(ui, text: str):
    ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok
                                    | QDialogButtonBox.StandardButton.Cancel)
    button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    button.setText(text)
    button.setDefault(True)
    return button


class SignInDialog(QDialog):
    """Asks for a user name and password until the service lets the person in."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.sign_in_button = _ok_button(self.ui, self.tr("Sign in"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.setFocus()

    def show_demo_hint(self, password: str) -> None:
        """The demo database's accounts, so a first look needs no setup."""
        self.ui.errorBanner.setStyleSheet("QLabel { background: #e8f0fe; color: #0b3d91; "
                                          "border: 1px solid #aac4f6; border-radius: 4px; padding: 6px; }")
        self.ui.errorBanner.setText(fill(self.tr(
            "Demo database. Sign in as clerk, officer, security or manager with the password "
            "{password}; your administrator account manages users and settings."), password=password))
        self.ui.errorBanner.show()
        self.ui.usernameEdit.setText("clerk")
        self.ui.passwordEdit.setFocus()

    def submit(self) -> None:
        username, password = self.ui.usernameEdit.text().strip(), self.ui.passwordEdit.text()
        self.sign_in_button.setEnabled(False)
        users = self.ctx.services.users
        self.ctx.runner.run(lambda: users.sign_in(username, password), self._signed_in, self._refused)

    def _signed_in(self, _user) -> None:
        self.ui.passwordEdit.clear()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        from desktop.services.users import SignInRefused

        self.sign_in_button.setEnabled(True)
        if not isinstance(error, SignInRefused):
            self.ctx.show_error(self, error)
            return
        self.ui.errorBanner.setStyleSheet("QLabel { background: #fdecea; color: #8a1c14; "
                                          "border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")
        self.ui.errorBanner.setText(translate_message(str(error)))
        self.ui.errorBanner.show()
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()


class FirstAdministratorDialog(QDialog):
    """The first start: who administers this desk. Nothing is stored here;
    the caller creates the database, its key and the account."""

    def __init__(self, rules: SignInRules = SignInRules(), parent: QWidget | None = None):
        super().__init__(parent)
        self.rules = rules
        self.ui = Ui_FirstAdministratorDialog()
        self.ui.setupUi(self)
        ui = self.ui
        _ok_button(ui, self.tr("Create"))
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        ui.usernameEdit.setText("admin")
        self.errors = FieldErrors(ui.errorBanner, {
            "username": ui.usernameEdit, "display_name": ui.displayNameEdit,
            "password": ui.passwordEdit, "repeat": ui.repeatEdit})
        ui.displayNameEdit.setFocus()

    def credentials(self) -> tuple[str, str, str]:
        ui = self.ui
        return ui.usernameEdit.text().strip(), ui.displayNameEdit.text().strip(), ui.passwordEdit.text()

    def submit(self) -> None:
        username, display_name, password = self.credentials()
        problems = Problems()
        try:
            validate_new_user(username, display_name, password, self.rules)
        except ValidationError as e:
            problems.items.extend(e.problems)
        if password != self.ui.repeatEdit.text():
            problems.add("repeat", "The two passwords differ.")
        if problems.items:
            self.errors.show(ValidationError(problems.items))
            return
        self.accept()


class UnlockDialog(QDialog):
    """After idle minutes the desk locks; the same person unlocks it, or signs out."""

    def __init__(self, ctx: UiContext, display_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(fill(self.tr("LienDesk is locked — {name}"), name=display_name))
        self.unlock_button = _ok_button(self.ui, self.tr("Unlock"))
        self.sign_out_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.sign_out_button.setText(self.tr("Sign out"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.ui.passwordEdit.setFocus()

    def submit(self) -> None:
        password = self.ui.passwordEdit.text()
        users = self.ctx.services.users
        self.ctx.runner.run(lambda: users.verify_password(password), self._checked)

    def _checked(self, ok: bool) -> None:
        self.ui.passwordEdit.clear()
        if ok:
            self.accept()
        else:
            self.ui.errorBanner.setText(self.tr("Wrong password."))
            self.ui.errorBanner.show()

    def closeEvent(self, event) -> None:  # noqa: N802
        event.ignore()  # a locked desk stays locked: unlock or sign out

    def keyPressEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            return  # Escape does not slip past the lock
        super().keyPressEvent(event)
