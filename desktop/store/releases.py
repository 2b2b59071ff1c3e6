"""Lien releases after a sale: rows ↔ domain LienRelease."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils.db import NotFoundError

from desktop.domain.errors import NotFound
from desktop.domain.releases import LienRelease
from desktop.store.columns import currency, iso, minor, money, to_date
from desktop.store.db import Database


@dataclass(frozen=True)
class ReleaseLine:
    """A release with what a list shows of its loan: one row of the join."""

    release: LienRelease
    account_number: str
    lender_name: str
    borrower_id: str
    borrower_name: str
    currency: str  # the loan's


def _row(release: LienRelease) -> dict[str, Any]:
    return {
        "id": release.id,
        "loan_id": release.loan_id,
        "sale_on": iso(release.sale_on),
        "sent_on": iso(release.sent_on),
        "sent_amount_minor": minor(release.sent_amount),
        "currency": currency(release.sent_amount),
        "sent_method": release.sent_method,
        "sent_reference": release.sent_reference,
        "confirmed_on": iso(release.confirmed_on),
        "released_on": iso(release.released_on),
        "documents_received": json.dumps(list(release.documents_received), ensure_ascii=False),
        "notes": release.notes,
    }


def _release(row: dict[str, Any]) -> LienRelease:
    return LienRelease(
        id=row["id"],
        loan_id=row["loan_id"],
        sale_on=to_date(row["sale_on"]),
        sent_on=to_date(row["sent_on"]),
        sent_amount=money(row["sent_amount_minor"], row["currency"]),
        sent_method=row["sent_method"],
        sent_reference=row["sent_reference"],
        confirmed_on=to_date(row["confirmed_on"]),
        released_on=to_date(row["released_on"]),
        documents_received=tuple(json.loads(row["documents_received"])),
        notes=row["notes"],
    )


_RELEASE_COLUMNS = (
    "id", "loan_id", "sale_on", "sent_on", "sent_amount_minor", "currency", "sent_method",
    "sent_reference", "confirmed_on", "released_on", "documents_received", "notes",
)


class ReleaseRepository:
    def __init__(self, database: Database):
        self._db = database.db
        self._conn = database.conn

    def add(self, release: LienRelease, *, at: datetime) -> None:
        stamp = at.isoformat()
        self._db["lien_releases"].insert({**_row(release), "created_at": stamp, "updated_at": stamp})

    def update(self, release: LienRelease, *, at: datetime) -> None:
        try:
            self._db["lien_releases"].update(release.id, {**_row(release), "updated_at": at.isoformat()})
        except NotFoundError:
            raise NotFound(f"no lien release {release.id}") from None

    def get(self, release_id: str) -> LienRelease:
        try:
            return _release(self._db["lien_releases"].get(release_id))
        except NotFoundError:
            raise NotFound(f"no lien release {release_id}") from None

    def of_loan(self, loan_id: str) -> list[LienRelease]:
        """The loan's releases, the latest sale first."""
        rows = self._db["lien_releases"].rows_where(
            "loan_id = ?", [loan_id], order_by="sale_on DESC, id DESC"
        )
        return list(map(_release, rows))

    def open_of_loan(self, loan_id: str) -> LienRelease | None:
        """The loan's release not yet released, if there is one (at most one)."""
        rows = list(self._db["lien_releases"].rows_where(
            "loan_id = ? AND released_on IS NULL", [loan_id], limit=1
        ))
        return _release(rows[0]) if rows else None

    def open_lines(self) -> list[ReleaseLine]:
        """Every release not yet released, with its loan's account, lender and
        borrower, in order of sale."""
        columns = ", ".join(f"r.{c}" for c in _RELEASE_COLUMNS)
        rows = self._db.query(
            f"SELECT {columns}, l.account_number, l.borrower_id, l.currency AS loan_currency,"
            " n.name AS lender_name, c.family_name, c.given_name"
            " FROM lien_releases AS r"
            " JOIN loans AS l ON l.id = r.loan_id"
            " JOIN lenders AS n ON n.id = l.lender_id"
            " JOIN customers AS c ON c.id = l.borrower_id"
            " WHERE r.released_on IS NULL"
            " ORDER BY r.sale_on, r.id"
        )
        return [
            ReleaseLine(
                release=_release(row),
                account_number=row["account_number"],
                lender_name=row["lender_name"],
                borrower_id=row["borrower_id"],
                borrower_name=" ".join(p for p in (row["family_name"], row["given_name"]) if p),
                currency=row["loan_currency"],
            )
            for row in rows
        ]
