"""Exceptions from the core, turned into what the clerk sees — in one place.

Three paths: a clerk's mistake (ValidationError: shown by the form next to
the field), a state the clerk must know about (read-only or damaged
database, a conflict), and a bug (logged with its traceback, shown with
"Copy details" so it can be reported).
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.errors import Conflict, NotFound, ReadOnlyDatabase, ValidationError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def translate_message(message: str) -> str:
    """Messages from the core are English source strings; translate them here."""
    return QCoreApplication.translate("messages", message)


def describe(error: BaseException) -> tuple[str, str]:
    """(title, text) for an error a clerk should read."""
    if isinstance(error, ValidationError):
        lines = [translate_message(p.message) for p in error.problems]
        return _tr("Please check the form"), "\n".join(lines)
    if isinstance(error, ReadOnlyDatabase):
        return _tr("Saving is stopped"), _tr(
            "The database failed its integrity check, so LienDesk stopped writing to it "
            "to keep your records safe. Restore the latest backup from the File menu."
        )
    if isinstance(error, NotFound):
        return _tr("Not found"), _tr("The record no longer exists. It may have been removed.")
    if isinstance(error, Conflict):
        return _tr("Cannot do that now"), translate_message(str(error))
    return _tr("Something went wrong"), _tr(
        "LienDesk hit an unexpected error. Nothing half-done was saved. "
        "Use “Copy details” and send them to your support contact."
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title, text = describe(error)
    expected = isinstance(error, (ValidationError, ReadOnlyDatabase, NotFound, Conflict))
    if not expected:
        details = "".join(traceback.format_exception(error))
        log.error("unexpected error\n%s", details)
    box = QMessageBox(QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    if not expected:
        box.setDetailedText(details)
        copy = box.addButton(_tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.open()
