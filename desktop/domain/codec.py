"""Typed records to JSON-ready data and back.

A settlement's inputs and a credit application's facts are frozen domain
dataclasses; the store keeps them as JSON and they are read back into the
same types (plain data in, plain data out: no files, no JSON text here).
Reading is strict: a damaged or hand-edited document fails with the path of
the field and what is wrong with it, never with a half-built record.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from desktop.domain.money import Money


class DocumentError(ValueError):
    """A stored JSON document that does not read back into its record."""


def encode(value: Any) -> Any:
    if isinstance(value, Enum):  # before str: a StrEnum is a str
        return value.value
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Money):
        return {"minor": value.minor, "currency": value.currency}
    if isinstance(value, datetime):  # before date: a datetime is a date
        if value.tzinfo is None:
            raise TypeError("a stored moment is an aware datetime")
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name))
                for f in dataclasses.fields(value) if f.init}
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    raise TypeError(f"a stored record cannot hold a {type(value).__name__}")


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def decode(tp: Any, data: Any, path: str, error: type[ValueError] = DocumentError) -> Any:
    """`data` read back as a `tp`; `error(path + problem)` when it is not one."""

    def bad(where: str, what: str) -> ValueError:
        return error(f"{where} {what}")

    origin = get_origin(tp)
    if origin in (Union, UnionType):
        options = [a for a in get_args(tp) if a is not NoneType]
        if data is None:
            if NoneType in get_args(tp):
                return None
            raise bad(path, "is missing")
        if len(options) != 1:
            raise TypeError(f"no codec for {tp}")
        return decode(options[0], data, path, error)
    if data is None:
        raise bad(path, "is missing")
    if origin is tuple:
        args = get_args(tp)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"no codec for {tp}")
        if not isinstance(data, list):
            raise bad(path, "is not a list")
        return tuple(decode(args[0], v, f"{path}[{i}]", error) for i, v in enumerate(data))
    if tp is Money:
        if (not isinstance(data, dict) or set(data) != {"minor", "currency"}
                or type(data["minor"]) is not int or not isinstance(data["currency"], str)):
            raise bad(path, 'is not an amount {"minor": …, "currency": …}')
        try:
            return Money(data["minor"], data["currency"])
        except ValueError as problem:
            raise bad(path, str(problem)) from None
    if tp is datetime:
        try:
            moment = datetime.fromisoformat(data)
        except (TypeError, ValueError):
            moment = None
        if moment is None or moment.tzinfo is None:
            raise bad(path, "is not an ISO moment with its offset")
        return moment
    if tp is date:
        try:
            return date.fromisoformat(data)
        except (TypeError, ValueError):
            raise bad(path, "is not an ISO date") from None
    if tp is Decimal:
        try:
            value = Decimal(data) if isinstance(data, str) else None
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite():
            raise bad(path, "is not a decimal written as text")
        return value
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError:
            raise bad(path, f"is not one of {[m.value for m in tp]}") from None
    if tp is bool:
        if not isinstance(data, bool):
            raise bad(path, "is not true or false")
        return data
    if tp is int:
        if type(data) is not int:
            raise bad(path, "is not a whole number")
        return data
    if tp is str:
        if not isinstance(data, str):
            raise bad(path, "is not text")
        return data
    if dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise bad(path, "is not an object")
        fields = {f.name: f for f in dataclasses.fields(tp) if f.init}
        unknown = set(data) - set(fields)
        if unknown:
            raise bad(path, f"has unknown fields {sorted(unknown)}")
        hints = _hints(tp)
        values = {}
        for name, f in fields.items():
            if name in data:
                values[name] = decode(hints[name], data[name], f"{path}.{name}", error)
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise bad(f"{path}.{name}", "is missing")
        return tp(**values)
    raise TypeError(f"no codec for {tp}")
