"""Translated text with named placeholders: tr("{amount} a day") then fill().

Named placeholders survive word order changes in translation; a test checks
every translation keeps the same names as its source.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.money import Money, format_money
from desktop.domain.notices import Notice
from desktop.ui.language import format_date, screen_locale


def fill(template: str, **values: object) -> str:
    text = template
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def render_notice(notice: Notice, locale: str | None = None) -> str:
    """A warning from the core, translated, with its values in the clerk's
    formats (money, dates); a value that is itself a Notice is rendered the
    same way. `locale` defaults to the screens' (desktop.ui.language.screen_locale)."""
    locale = locale or screen_locale()

    def formatted(value: Any) -> str:
        if isinstance(value, Money):
            return format_money(value, locale)
        if isinstance(value, datetime):  # before date: a datetime is a date
            # In its own zone (a deadline is on the program's clock), to the minute.
            return f"{format_date(value.date(), locale)} {value:%H:%M}"
        if isinstance(value, date):
            return format_date(value, locale)
        return str(value)

    return notice.render(lambda t: QCoreApplication.translate("messages", t), formatted)
