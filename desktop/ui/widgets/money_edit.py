"""A line edit for amounts: the clerk types, the core gets integer minor units."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.money import Money, format_money, parse_amount


class MoneyEdit(QLineEdit):
    """Reads what a clerk types (full-width digits, either decimal mark,
    grouping) and shows it back formatted in the locale."""

    def __init__(self, parent: QWidget | None = None, currency: str = "JPY"):
        super().__init__(parent)
        self._currency = currency
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.editingFinished.connect(self._reformat)

    def _locale(self) -> str:
        return QLocale().name()

    def currency(self) -> str:
        return self._currency

    def set_currency(self, currency: str) -> None:
        text = self.text()
        self._currency = currency
        if text.strip():
            try:
                self.set_money(parse_amount(text, currency, self._locale()))
            except ValidationError:
                pass  # leave it as typed; value() will name the problem

    def value(self, field: str = "amount") -> Money | None:
        """The amount, None when empty; ValidationError (for `field`) when unreadable."""
        if not self.text().strip():
            return None
        try:
            return parse_amount(self.text(), self._currency, self._locale())
        except ValidationError as e:
            raise e.under(field) from None

    def set_money(self, money: Money | None) -> None:
        if money is not None:
            self._currency = money.currency
        self.setText("" if money is None else format_money(money, self._locale(), with_symbol=False))

    def _reformat(self) -> None:
        try:
            money = self.value()
        except ValidationError:
            return
        self.set_money(money)
