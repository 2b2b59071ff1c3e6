"""Errors the core raises. A ValidationError is for the clerk; the rest are
for the code that called the core."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str


class ValidationError(ValueError):
    """Input a clerk can fix: one message per field, in words they understand."""

    def __init__(self, problems: list[FieldProblem] | tuple[FieldProblem, ...]):
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems))

    @classmethod
    def single(cls, field: str, message: str) -> "ValidationError":
        return cls([FieldProblem(field, message)])

    def for_field(self, field: str) -> str | None:
        for p in self.problems:
            if p.field == field:
                return p.message
        return None

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(p.field for p in self.problems)


class NotFound(LookupError):
    """A record asked for by id does not exist."""


class Conflict(RuntimeError):
    """The action clashes with the record's state (locked, already done, ...)."""


class ReadOnlyDatabase(RuntimeError):
    """Writing is stopped because the database failed its integrity check."""


@dataclass
class Problems:
    """Collects field problems while validating a whole form."""

    items: list[FieldProblem] = field(default_factory=list)

    def add(self, field_name: str, message: str) -> None:
        self.items.append(FieldProblem(field_name, message))

    @property
    def fields(self) -> set[str]:
        return {p.field for p in self.items}

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)
