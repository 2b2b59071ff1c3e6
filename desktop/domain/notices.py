"""Warnings and explanations the core hands to a clerk.

The core writes an English template with named placeholders and keeps the
values apart, so a screen or a document can translate the template and
format each value (money, dates) in its own language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Notice:
    """A template with {named} placeholders and their values. A value may
    itself be a Notice (or a tuple of Notices, shown one after the other):
    it is translated and filled the same way."""

    template: str
    values: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Callable[[str], str] = lambda t: t,
               format_value: Callable[[Any], str] | None = None) -> str:
        def value_text(match: re.Match) -> str:
            name = match.group(1)
            if name not in self.values:
                return match.group(0)
            value = self.values[name]
            if isinstance(value, Notice):
                return value.render(translate, format_value)
            if isinstance(value, (tuple, list)) and value and all(isinstance(v, Notice) for v in value):
                return " ".join(v.render(translate, format_value) for v in value)
            return (format_value or _plain)(value)

        return _PLACEHOLDER.sub(value_text, translate(self.template))

    def __str__(self) -> str:
        return self.render()


def _plain(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
