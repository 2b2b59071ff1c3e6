"""Errors the core raises. A ValidationError is for the clerk; the rest are
for the code that called the core.

A message for the clerk is an English template with {named} placeholders and
its values kept apart (as a Notice is), so a screen can translate the
template and format the values (money, dates) in the clerk's language:

    problems.add("price", "Enter the price in {currency}.", currency="JPY")
    raise ValidationError.single("rate", "“{text}” is not a rate.", text=text)
    raise Conflict("Version {version} of this settlement is already final.", version=3)

str() of each error, FieldProblem.text and ValidationError.for_field give
the English text with the values filled in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from desktop.domain.notices import Notice


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str  # the English template
    values: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def notice(self) -> Notice:
        return Notice(self.message, dict(self.values))

    @property
    def text(self) -> str:
        """The message with its values filled in (English)."""
        return self.notice.render()


class ValidationError(ValueError):
    """Input a clerk can fix: one message per field, in words they understand."""

    def __init__(self, problems: list[FieldProblem] | tuple[FieldProblem, ...]):
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.text}" for p in self.problems))

    @classmethod
    def single(cls, field: str, message: str, /, **values: Any) -> "ValidationError":
        return cls([FieldProblem(field, message, values)])

    def for_field(self, field: str) -> str | None:
        """The (English, filled) text of the first problem with `field`."""
        for p in self.problems:
            if p.field == field:
                return p.text
        return None

    def under(self, field: str) -> "ValidationError":
        """The same problems, reported for `field` (a parser's error for a form's field)."""
        return ValidationError([replace(p, field=field) for p in self.problems])

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(p.field for p in self.problems)


class _Message:
    """A template and its values, for an exception a clerk may read.

    Built from a template and values (``Conflict("Version {version} ...", version=3)``),
    a Notice (``Conflict(notice)``), or plain text (``Conflict("locked")``)."""

    def __init__(self, message: str | Notice = "", /, **values: Any):
        if isinstance(message, Notice):
            notice = Notice(message.template, {**message.values, **values})
        else:
            notice = Notice(str(message), values)
        self.notice = notice
        super().__init__(notice.render())

    @property
    def template(self) -> str:
        return self.notice.template

    @property
    def values(self) -> dict[str, Any]:
        return self.notice.values


class NotFound(_Message, LookupError):
    """A record asked for by id does not exist."""


class Conflict(_Message, RuntimeError):
    """The action clashes with the record's state (locked, already done, ...)."""


class ReadOnlyDatabase(RuntimeError):
    """Writing is stopped because the database failed its integrity check."""


@dataclass
class Problems:
    """Collects field problems while validating a whole form."""

    items: list[FieldProblem] = field(default_factory=list)

    def add(self, field_name: str, message: str, /, **values: Any) -> None:
        self.items.append(FieldProblem(field_name, message, values))

    @property
    def fields(self) -> set[str]:
        return {p.field for p in self.items}

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)
