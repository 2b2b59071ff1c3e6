"""Exceptions from the core, turned into what the clerk sees — in one place.

Three paths: a clerk's mistake (ValidationError: shown by the form next to
the field), a state the clerk must know about (read-only or damaged
database, a conflict), and a bug (logged with its traceback, shown with
"Copy details" so it can be reported).

The core's messages are English templates with their values apart
(FieldProblem.message + .values, Conflict.notice): the template is
translated in the context "messages", then the values are filled in the
screen's formats (desktop.ui.i18n.render_notice).
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.errors import Conflict, FieldProblem, NotFound, ReadOnlyDatabase, ValidationError
from desktop.ui.i18n import render_notice

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def translate_message(message: str) -> str:
    """A message from the core without values (an English source string),
    translated here. For one with values use problem_text or render_notice."""
    return QCoreApplication.translate("messages", message)


def problem_text(problem: FieldProblem, locale: str | None = None) -> str:
    """A field problem as the clerk reads it: translated, values filled."""
    return render_notice(problem.notice, locale)


def problems_text(error: ValidationError, locale: str | None = None, sep: str = "\n") -> str:
    return sep.join(problem_text(p, locale) for p in error.problems)


def describe(error: BaseException, locale: str | None = None) -> tuple[str, str]:
    """(title, text) for an error a clerk should read."""
    if isinstance(error, ValidationError):
        return _tr("Please check the form"), problems_text(error, locale)
    if isinstance(error, ReadOnlyDatabase):
        return _tr("Saving is stopped"), _tr(
            "The database failed its integrity check, so LienDesk stopped writing to it "
            "to keep your records safe. Restore the latest backup from the File menu."
        )
    if isinstance(error, NotFound):
        return _tr("Not found"), _tr("The record no longer exists. It may have been removed.")
    if isinstance(error, Conflict):
        # A subclass carrying its own Notice (credit's TransitionRefused) is rendered
        # from it; otherwise the Conflict's template and values.
        return _tr("Cannot do that now"), render_notice(error.notice, locale)
    return _tr("Something went wrong"), _tr(
        "LienDesk hit an unexpected error. Nothing half-done was saved. "
        "Use “Copy details” and send them to your support contact."
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title, text = describe(error, parent.locale().name() if parent is not None else None)
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
