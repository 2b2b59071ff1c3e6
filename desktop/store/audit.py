"""The audit log: every change, appended in the transaction of the change.

Rows form a hash chain: each row's hash covers its own fields and the
previous row's hash, so a row edited or removed behind the program's back
breaks the chain from that row on. Triggers refuse UPDATE and DELETE.
The log is also what a future head-office sync would ship.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

GENESIS_HASH = "0" * 64

_COLUMNS = ("seq", "at", "actor", "action", "entity", "entity_id", "before_json", "after_json")


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows_checked: int
    first_broken_seq: int | None


def to_jsonable(value: Any) -> Any:
    """Domain values as plain JSON: Money becomes {"minor": …, "currency": …}
    (its two fields), dates ISO text, enums their value, Decimals text."""
    if isinstance(value, Enum):  # before str: a StrEnum is a str
        return value.value
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    raise TypeError(f"cannot write {type(value).__name__} to the audit log")


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + _canonical(fields)).encode("utf-8")).hexdigest()


def append(
    conn: sqlite3.Connection,
    *,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: Any,
    after: Any,
) -> int:
    """Append one row and return its seq. Must run inside the change's
    transaction, so the change and its record commit or vanish together."""
    if not conn.in_transaction:
        raise RuntimeError("an audit row is written inside the transaction of its change")
    if at.tzinfo is None:
        raise ValueError("audit times are aware datetimes")
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    fields = {
        "seq": seq,
        "at": at.isoformat(),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "before_json": None if before is None else _canonical(to_jsonable(before)),
        "after_json": None if after is None else _canonical(to_jsonable(after)),
    }
    conn.execute(
        f"INSERT INTO audit_log ({', '.join(_COLUMNS)}, prev_hash, hash) "
        f"VALUES ({', '.join('?' * (len(_COLUMNS) + 2))})",
        (*fields.values(), prev_hash, _hash(prev_hash, fields)),
    )
    return seq


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Recompute the chain from the first row; report the first row that
    does not match (edited, inserted out of turn, or after a removed row)."""
    expected_prev = GENESIS_HASH
    checked = 0
    rows = conn.execute(f"SELECT {', '.join(_COLUMNS)}, prev_hash, hash FROM audit_log ORDER BY seq")
    for row in rows:
        checked += 1
        fields = dict(zip(_COLUMNS, row))
        prev_hash, stored_hash = row[-2], row[-1]
        if prev_hash != expected_prev or _hash(expected_prev, fields) != stored_hash:
            return ChainReport(ok=False, rows_checked=checked, first_broken_seq=fields["seq"])
        expected_prev = stored_hash
    return ChainReport(ok=True, rows_checked=checked, first_broken_seq=None)
