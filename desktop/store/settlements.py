"""Settlements of a sale and their versions: rows ↔ records.

A deal (settlement_deals) names the kind of sale, the customer who sells,
the loan and the asset; its versions (settlement_versions) hold the deal's
inputs as one JSON document (its shape is the domain's: see
desktop/domain/settlement_inputs.py) and the totals computed from them, for
lists. Version n + 1 is a draft made only once n is final; a final version
is locked by triggers (migration 6): UPDATE and DELETE are refused, except
that after the customer's erasure (a destruction record on file) the inputs
document alone may be rewritten (rewrite_inputs).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from typing import Any

from desktop.domain.errors import Conflict, NotFound
from desktop.domain.money import Money
from desktop.domain.settlement import BalanceState
# The kinds of deal and the totals are the domain's (named here too, as before).
from desktop.domain.settlement_inputs import SettlementKind, Totals
from desktop.store.db import Database


class VersionStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


@dataclass(frozen=True)
class Deal:
    id: str
    kind: SettlementKind
    customer_id: str  # the seller
    currency: str
    created_at: datetime
    created_by: str
    loan_id: str | None = None
    asset_id: str | None = None


@dataclass(frozen=True)
class DealVersion:
    deal_id: str
    version: int
    status: VersionStatus
    inputs_json: str  # the inputs document, canonical JSON
    totals: Totals | None  # None while the inputs make no settlement yet
    created_at: datetime
    created_by: str
    updated_at: datetime
    finalised_at: datetime | None = None
    finalised_by: str | None = None

    @property
    def is_final(self) -> bool:
        return self.status is VersionStatus.FINAL

    @property
    def inputs(self) -> dict[str, Any]:
        """The inputs document, parsed (a new dict on each call)."""
        return json.loads(self.inputs_json)


@dataclass(frozen=True)
class DealSummary:
    """One line of the list of deals: the deal and its latest version."""

    id: str
    kind: SettlementKind
    customer_id: str
    customer_name: str
    currency: str
    created_at: datetime
    title: str  # the latest version's title; the deal's reference when it has none
    version: int
    status: VersionStatus
    totals: Totals | None
    loan_id: str | None = None
    asset_id: str | None = None


def deal_reference(deal_id: str) -> str:
    """A deal's short reference, printed where it has no title: the end of its
    id (the random part of a UUIDv7), e.g. S-3F9A01C2."""
    return "S-" + deal_id.replace("-", "")[-8:].upper()


def canonical_json(document: Any) -> str:
    """The one text of a document: sorted keys, no spaces, characters as they are."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _utc(moment: datetime) -> str:
    # UTC, so that the text sorts in time order whatever zone the clock gave.
    if moment.tzinfo is None:
        raise ValueError("settlement times are aware datetimes")
    return moment.astimezone(timezone.utc).isoformat()


def _moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _totals_columns(totals: Totals | None, currency: str) -> dict[str, Any]:
    if totals is None:
        return {"money_in_minor": None, "money_out_minor": None, "balance_state": None,
                "net_proceeds_minor": None}
    for amount in (totals.money_in, totals.money_out, totals.net_proceeds):
        if amount.currency != currency:
            raise ValueError(f"the deal is in {currency}; a total is in {amount.currency}")
    return {"money_in_minor": totals.money_in.minor, "money_out_minor": totals.money_out.minor,
            "balance_state": BalanceState(totals.balance_state).value,
            "net_proceeds_minor": totals.net_proceeds.minor}


def _totals(row: dict[str, Any], currency: str) -> Totals | None:
    if row["money_in_minor"] is None:
        return None
    return Totals(Money(row["money_in_minor"], currency), Money(row["money_out_minor"], currency),
                  BalanceState(row["balance_state"]), Money(row["net_proceeds_minor"], currency))


def _deal(row: dict[str, Any]) -> Deal:
    return Deal(id=row["id"], kind=SettlementKind(row["kind"]), customer_id=row["customer_id"],
                currency=row["currency"], created_at=_moment(row["created_at"]),
                created_by=row["created_by"], loan_id=row["loan_id"], asset_id=row["asset_id"])


def _version(row: dict[str, Any]) -> DealVersion:
    return DealVersion(
        deal_id=row["deal_id"], version=row["version"], status=VersionStatus(row["status"]),
        inputs_json=row["inputs_json"], totals=_totals(row, row["currency"]),
        created_at=_moment(row["created_at"]), created_by=row["created_by"],
        updated_at=_moment(row["updated_at"]), finalised_at=_moment(row["finalised_at"]),
        finalised_by=row["finalised_by"])


_VERSION_SELECT = ("SELECT v.*, d.currency FROM settlement_versions AS v "
                   "JOIN settlement_deals AS d ON d.id = v.deal_id ")


class SettlementRepository:
    def __init__(self, database: Database):
        self._db = database.db
        self._conn = database.conn

    # -- deals ------------------------------------------------------------------------

    def add_deal(self, deal: Deal) -> None:
        self._db["settlement_deals"].insert({
            "id": deal.id, "kind": SettlementKind(deal.kind).value, "customer_id": deal.customer_id,
            "loan_id": deal.loan_id, "asset_id": deal.asset_id, "currency": deal.currency,
            "created_at": _utc(deal.created_at), "created_by": deal.created_by,
        })

    def get_deal(self, deal_id: str) -> Deal:
        rows = list(self._db.query("SELECT * FROM settlement_deals WHERE id = ?", [deal_id]))
        if not rows:
            raise NotFound(f"no settlement {deal_id}")
        return _deal(rows[0])

    def summaries(self, customer_id: str | None = None, limit: int = 500) -> list[DealSummary]:
        """Deals with their latest version, the newest deal first."""
        where, params = ("WHERE d.customer_id = ?", [customer_id]) if customer_id else ("", [])
        rows = self._db.query(
            "SELECT d.*, v.version, v.status, v.money_in_minor, v.money_out_minor,"
            " v.balance_state, v.net_proceeds_minor,"
            " coalesce(json_extract(v.inputs_json, '$.inputs.title'), '') AS title,"
            " c.family_name, c.given_name"
            " FROM settlement_deals AS d"
            " JOIN settlement_versions AS v ON v.deal_id = d.id AND v.version ="
            "  (SELECT max(version) FROM settlement_versions WHERE deal_id = d.id)"
            " JOIN customers AS c ON c.id = d.customer_id"
            f" {where} ORDER BY d.created_at DESC, d.id DESC LIMIT ?",
            [*params, limit])
        return [
            DealSummary(
                id=r["id"], kind=SettlementKind(r["kind"]), customer_id=r["customer_id"],
                customer_name=" ".join(p for p in (r["family_name"], r["given_name"]) if p),
                currency=r["currency"], created_at=_moment(r["created_at"]),
                title=r["title"].strip() or deal_reference(r["id"]),
                version=r["version"], status=VersionStatus(r["status"]),
                totals=_totals(r, r["currency"]), loan_id=r["loan_id"], asset_id=r["asset_id"])
            for r in rows
        ]

    # -- versions ---------------------------------------------------------------------

    def add_version(self, version: DealVersion) -> None:
        """Insert the next version of a deal: a draft (the triggers refuse anything else)."""
        deal = self.get_deal(version.deal_id)
        self._db["settlement_versions"].insert({
            "deal_id": version.deal_id, "version": version.version,
            "status": VersionStatus(version.status).value, "inputs_json": version.inputs_json,
            **_totals_columns(version.totals, deal.currency),
            "finalised_at": None if version.finalised_at is None else _utc(version.finalised_at),
            "finalised_by": version.finalised_by,
            "created_at": _utc(version.created_at), "created_by": version.created_by,
            "updated_at": _utc(version.updated_at),
        })

    def save_draft(self, deal_id: str, version: int, inputs_json: str, totals: Totals | None, *,
                   at: datetime) -> None:
        """Replace a draft's inputs and totals; a final version is refused."""
        deal = self.get_deal(deal_id)
        changed = self._conn.execute(
            "UPDATE settlement_versions SET inputs_json = :inputs_json,"
            " money_in_minor = :money_in_minor, money_out_minor = :money_out_minor,"
            " balance_state = :balance_state, net_proceeds_minor = :net_proceeds_minor,"
            " updated_at = :updated_at"
            " WHERE deal_id = :deal_id AND version = :version AND status = 'draft'",
            {"inputs_json": inputs_json, **_totals_columns(totals, deal.currency),
             "updated_at": _utc(at), "deal_id": deal_id, "version": version},
        ).rowcount
        if not changed:
            self._refuse_change(deal_id, version)

    def finalise(self, deal_id: str, version: int, *, at: datetime, by: str) -> None:
        changed = self._conn.execute(
            "UPDATE settlement_versions SET status = 'final', finalised_at = ?, finalised_by = ?,"
            " updated_at = ? WHERE deal_id = ? AND version = ? AND status = 'draft'",
            (_utc(at), by, _utc(at), deal_id, version),
        ).rowcount
        if not changed:
            self._refuse_change(deal_id, version)

    def version(self, deal_id: str, version: int | None = None) -> DealVersion:
        """One version of the deal; the latest when `version` is None."""
        if version is None:
            rows = list(self._db.query(
                _VERSION_SELECT + "WHERE v.deal_id = ? ORDER BY v.version DESC LIMIT 1", [deal_id]))
        else:
            rows = list(self._db.query(
                _VERSION_SELECT + "WHERE v.deal_id = ? AND v.version = ?", [deal_id, version]))
        if not rows:
            self.get_deal(deal_id)  # NotFound for the deal itself, first
            raise NotFound(f"no version {version} of settlement {deal_id}")
        return _version(rows[0])

    def versions(self, deal_id: str) -> list[DealVersion]:
        """Every version of the deal, the first first."""
        self.get_deal(deal_id)
        rows = self._db.query(_VERSION_SELECT + "WHERE v.deal_id = ? ORDER BY v.version",
                              [deal_id])
        return list(map(_version, rows))

    def deal_ids_of(self, customer_id: str) -> list[str]:
        """The ids of the deals the customer sold, the oldest first."""
        return [r[0] for r in self._conn.execute(
            "SELECT id FROM settlement_deals WHERE customer_id = ? ORDER BY created_at, id",
            (customer_id,))]

    def rewrite_inputs(self, deal_id: str, version: int, inputs_json: str) -> None:
        """Replace a version's inputs document and nothing else (not even
        updated_at): for the erasure of the customer's personal data, which
        the triggers allow on a final version only once its destruction
        record is on file. The figures must not change: the caller checks."""
        changed = self._conn.execute(
            "UPDATE settlement_versions SET inputs_json = ? WHERE deal_id = ? AND version = ?",
            (inputs_json, deal_id, version)).rowcount
        if not changed:
            raise NotFound(f"no version {version} of settlement {deal_id}")

    def _refuse_change(self, deal_id: str, version: int) -> None:
        found = self.version(deal_id, version)  # NotFound when there is no such version
        if found.is_final:
            raise Conflict("Version {version} of this settlement is final: revise the deal to "
                           "change it.", version=version)
        raise Conflict("Version {version} of this settlement could not be changed.", version=version)
