"""Lenders: rows ↔ domain Lender."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from sqlite_utils.db import NotFoundError

from desktop.domain.errors import NotFound
from desktop.domain.lenders import Lender, LenderKind
from desktop.store.db import Database


def _row(lender: Lender) -> dict[str, Any]:
    row = dataclasses.asdict(lender)
    row["kind"] = lender.kind.value
    row["release_documents"] = json.dumps(list(lender.release_documents), ensure_ascii=False)
    return row


def _lender(row: dict[str, Any]) -> Lender:
    return Lender(
        **{
            **row,
            "kind": LenderKind(row["kind"]),
            "release_documents": tuple(json.loads(row["release_documents"])),
        }
    )


class LenderRepository:
    def __init__(self, database: Database):
        self._db = database.db

    def add(self, lender: Lender) -> None:
        self._db["lenders"].insert(_row(lender))

    def update(self, lender: Lender) -> None:
        try:
            self._db["lenders"].update(lender.id, _row(lender))
        except NotFoundError:
            raise NotFound(f"no lender {lender.id}") from None

    def get(self, lender_id: str) -> Lender:
        try:
            return _lender(self._db["lenders"].get(lender_id))
        except NotFoundError:
            raise NotFound(f"no lender {lender_id}") from None

    def all(self) -> list[Lender]:
        return [_lender(row) for row in self._db["lenders"].rows_where(order_by="name, id")]
