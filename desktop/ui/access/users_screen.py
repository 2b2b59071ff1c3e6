"""The administrator's screen: add, disable and reset users."""

from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.access import Role
from desktop.domain.errors import Problems
from desktop.ui.context import UiContext
from desktop.ui.forms.ui_user import Ui_UserDialog
from desktop.ui.i18n import fill
from desktop.ui.widgets.choices import fill_combo, roles
from desktop.ui.widgets.record_dialog import RecordDialog
from desktop.ui.widgets.tables import record_table


class UserDialog(RecordDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, Ui_UserDialog(), parent)
        fill_combo(self.ui.roleCombo, roles())
        self.ui.usernameEdit.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"username": ui.usernameEdit, "display_name": ui.displayNameEdit,
                "role": ui.roleCombo, "password": ui.passwordEdit}

    def draft(self, read, problems: Problems):
        ui = self.ui
        return (ui.usernameEdit.text().strip(), ui.displayNameEdit.text().strip(),
                Role(ui.roleCombo.currentData()), ui.passwordEdit.text())

    def save(self, answer):
        users = self.ctx.services.users
        return lambda: users.add_user(*answer)


class UsersScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.users: list = []
        self.table = record_table([self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                              self.tr("State")], "userList")
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.disable_button = QPushButton(self.tr("&Disable / enable"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.disable_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Users</h2>")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_user)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.reset_button.clicked.connect(self.reset_password)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.runner.run(self.ctx.services.users.users, self._show)

    def _show(self, users: list) -> None:
        self.users = list(users)
        names = dict(roles())
        now = self.ctx.services.context.now()
        self.table.setRowCount(len(self.users))
        for i, u in enumerate(self.users):
            state = (self.tr("disabled") if u.disabled else
                     self.tr("locked") if u.is_locked(now) else self.tr("active"))
            for col, text in enumerate((u.username, u.display_name, names[u.role.value], state)):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def add_user(self) -> None:
        dialog = UserDialog(self.ctx, self)
        dialog.saved.connect(lambda _u: self.refresh())
        self.dialog = dialog  # reachable for tests
        dialog.open()

    def toggle_disabled(self) -> None:
        user = self.selected()
        if user is not None:
            users = self.ctx.services.users
            self.ctx.runner.run(lambda: users.set_disabled(user.id, not user.disabled),
                                lambda _u: self.refresh())

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"),
            fill(self.tr("New password for {name}:"), name=user.display_name), QLineEdit.EchoMode.Password)
        if ok:
            self.reset_to(user, password)

    def reset_to(self, user, password: str) -> None:
        users = self.ctx.services.users
        self.ctx.runner.run(lambda: users.reset_password(user.id, password), lambda _u: self.refresh())
