"""Credit applications: rows ↔ records.

One row per application. The columns are what the list sorts and filters
by; the facts, the dossier, the workflow and the follow-up are JSON
documents whose shapes belong to desktop/services/credit.py.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import Any

from desktop.domain.errors import Conflict, NotFound
from desktop.store.db import Database


@dataclass(frozen=True)
class ApplicationRow:
    id: str
    number: str
    customer_id: str
    program_id: str
    program_sha256: str
    currency: str
    amount_minor: int
    status: str
    facts_json: str
    dossier_json: str
    workflow_json: str
    followup_json: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    filed_refused: bool = False
    received_at: datetime | None = None
    decision_due_at: datetime | None = None


@dataclass(frozen=True)
class ApplicationListing:
    """One line of the list of applications."""

    row: ApplicationRow
    customer_name: str


_MOMENTS = ("created_at", "updated_at", "received_at", "decision_due_at")


def _utc(moment: datetime | None) -> str | None:
    # UTC text sorts in time order whatever zone the clock gave.
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("credit application times are aware datetimes")
    return moment.astimezone(timezone.utc).isoformat()


def _columns(row: ApplicationRow) -> dict[str, Any]:
    values = {f.name: getattr(row, f.name) for f in fields(row)}
    for name in _MOMENTS:
        values[name] = _utc(values[name])
    values["filed_refused"] = int(row.filed_refused)
    return values


def _row(values: dict[str, Any]) -> ApplicationRow:
    data = {f.name: values[f.name] for f in fields(ApplicationRow)}
    for name in _MOMENTS:
        data[name] = None if data[name] is None else datetime.fromisoformat(data[name])
    data["filed_refused"] = bool(data["filed_refused"])
    return ApplicationRow(**data)


class CreditApplicationRepository:
    def __init__(self, database: Database):
        self._db = database.db
        self._conn = database.conn

    def next_number(self, year: int) -> str:
        """The next application number of the year: 2026-000001, 2026-000002, …"""
        prefix = f"{year:04d}-"
        last = self._conn.execute(
            "SELECT max(number) FROM credit_applications WHERE number LIKE ?",
            (prefix + "%",)).fetchone()[0]
        return f"{prefix}{(int(last[len(prefix):]) if last else 0) + 1:06d}"

    def add(self, row: ApplicationRow) -> None:
        self._db["credit_applications"].insert(_columns(row))

    def get(self, application_id: str) -> ApplicationRow:
        rows = list(self._db.query("SELECT * FROM credit_applications WHERE id = ?",
                                   [application_id]))
        if not rows:
            raise NotFound(f"no credit application {application_id}")
        return _row(rows[0])

    def save(self, row: ApplicationRow, *, expected_updated_at: datetime) -> None:
        """Write the row back if nobody changed it since it was read."""
        values = _columns(row)
        keys = [k for k in values if k not in ("id", "number", "customer_id", "created_at",
                                               "created_by")]
        changed = self._conn.execute(
            f"UPDATE credit_applications SET {', '.join(f'{k} = :{k}' for k in keys)}"
            " WHERE id = :id AND updated_at = :expected",
            {**values, "expected": _utc(expected_updated_at)}).rowcount
        if not changed:
            self.get(row.id)  # NotFound first
            raise Conflict("This application was changed by someone else meanwhile: "
                           "open it again and repeat the change.")

    def delete_draft(self, application_id: str) -> None:
        self._conn.execute("DELETE FROM credit_applications WHERE id = ?", (application_id,))

    def listing(self, *, customer_id: str | None = None, statuses: tuple[str, ...] = (),
                refused_file: bool | None = None, limit: int = 500) -> list[ApplicationListing]:
        """Applications, the one whose decision is due soonest first, then the newest."""
        where, params = [], []
        if customer_id:
            where.append("a.customer_id = ?")
            params.append(customer_id)
        if statuses:
            where.append(f"a.status IN ({', '.join('?' * len(statuses))})")
            params.extend(statuses)
        if refused_file is not None:
            where.append("a.filed_refused = ?")
            params.append(int(refused_file))
        rows = self._db.query(
            "SELECT a.*, c.family_name, c.given_name FROM credit_applications AS a"
            " JOIN customers AS c ON c.id = a.customer_id"
            f" {'WHERE ' + ' AND '.join(where) if where else ''}"
            " ORDER BY a.decision_due_at IS NULL, a.decision_due_at, a.created_at DESC"
            " LIMIT ?", [*params, limit])
        return [ApplicationListing(_row(r), " ".join(p for p in (r["family_name"],
                                                                 r["given_name"]) if p))
                for r in rows]

    def applicant(self, customer_id: str) -> tuple[str, str]:
        """The applicant's name and the language of their papers (no file view audited:
        the application shows only these)."""
        found = list(self._db.query(
            "SELECT family_name, given_name, language FROM customers WHERE id = ?", [customer_id]))
        if not found:
            raise NotFound(f"no customer {customer_id}")
        r = found[0]
        return " ".join(p for p in (r["family_name"], r["given_name"]) if p), r["language"] or "en"

    def for_customer(self, customer_id: str) -> list[ApplicationRow]:
        return [x.row for x in self.listing(customer_id=customer_id, limit=10_000)]
