"""The shape every small record dialog shares: read the form, save it on the
worker, show problems next to their fields, close when stored."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.domain.errors import Problems, ValidationError
from desktop.ui.context import UiContext
from desktop.ui.widgets.field_errors import FieldErrors


class RecordDialog(QDialog):
    saved = Signal(object)  # the record as stored

    def __init__(self, ctx: UiContext, ui: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui
        ui.setupUi(self)
        # Room for the hints in the fields: a form squeezed to its labels hides them.
        self.setMinimumWidth(max(self.minimumWidth(), 460))
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.errors = FieldErrors(ui.errorBanner, self.field_widgets(), getattr(ui, "tabs", None))

    # -- to be provided by each dialog -------------------------------------------

    def field_widgets(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def draft(self, read: Callable[[Any, str], Any], problems: Problems) -> Any:
        """The record as typed. `read(widget, field)` reads a MoneyEdit or
        DateField; what cannot be read goes into `problems`."""
        raise NotImplementedError

    def save(self, record: Any) -> Callable[[], Any]:
        """The service call that stores the record (it runs on the worker)."""
        raise NotImplementedError

    # -- shared ------------------------------------------------------------------

    def read_form(self) -> Any:
        problems = Problems()

        def read(widget, field):
            try:
                return widget.value(field)
            except ValidationError as e:
                problems.items.extend(e.problems)
                return None

        record = self.draft(read, problems)
        problems.raise_if_any()
        return record

    def submit(self) -> None:
        try:
            record = self.read_form()
        except ValidationError as e:
            self.errors.show(e)
            return
        self.save_button.setEnabled(False)
        self.ctx.runner.run(self.save(record), self._saved, self.failed)

    def _saved(self, record: Any) -> None:
        self.save_button.setEnabled(True)
        self.errors.clear()
        self.saved.emit(record)
        self.accept()

    def failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.ctx.show_error(self, error)
