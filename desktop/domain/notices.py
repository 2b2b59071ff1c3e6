"""Warnings and explanations the core hands to a clerk.

The core writes an English template with named placeholders and keeps the
values apart, so a screen or a document can translate the template and
format each value (money, dates) in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable



@dataclass(frozen=True)
class Notice:
    template: str
    values: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Callable[[str], str] = lambda t: t,
               format_value: Callable[[Any], str] | None = None) -> str:
        text = translate(self.template)
        for name, value in self.values.items():
            text = text.replace("{" + name + "}", (format_value or _plain)(value))
        return text

    def __str__(self) -> str:
        return self.render()


def _plain(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
