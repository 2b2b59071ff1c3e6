"""A date field that can be empty and reads the ways clerks type dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.dates import parse_date
from desktop.domain.errors import ValidationError


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.editingFinished.connect(self._reformat)

    def value(self, field: str = "date") -> date | None:
        if not self.text().strip():
            return None
        try:
            return parse_date(self.text())
        except ValidationError as e:
            raise e.under(field) from None

    def set_value(self, value: date | None) -> None:
        self.setText("" if value is None else value.isoformat())

    def _reformat(self) -> None:
        try:
            self.set_value(self.value())
        except ValidationError:
            pass
