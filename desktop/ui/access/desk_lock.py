"""Locks the desk after idle minutes: the screen's contents hide behind a
password prompt until the same person unlocks it, or signs out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.ui.access.sign_in_dialogs import UnlockDialog
from desktop.ui.context import UiContext

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel}


class DeskLock(QObject):
    signed_out = Signal()

    def __init__(self, ctx: UiContext, window: QMainWindow, idle_minutes: int):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_minutes * 60_000)
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() in _ACTIVITY and self.dialog is None:
            self.timer.start()  # any key or mouse use starts the idle time again
        return False

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        user = self.ctx.services.context.session.user
        if self.locked or user is None:
            return
        self.window.centralWidget().hide()  # nothing personal shows while away
        self.dialog = UnlockDialog(self.ctx, user.display_name, self.window)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self.sign_out)
        self.dialog.open()

    def _unlocked(self) -> None:
        self.dialog = None
        self.window.centralWidget().show()
        self.timer.start()

    def sign_out(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
        self.dialog = None
        self.window.centralWidget().hide()
        users = self.ctx.services.users
        self.ctx.runner.run(users.sign_out, lambda _: self.signed_out.emit())
