"""Migration 6 and its repository: settlement deals and their versions, the
order versions follow, and the lock on a final version."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from desktop.domain.errors import Conflict, NotFound
from desktop.domain.money import Money
from desktop.domain.settlement import BalanceState
from desktop.store import db as db_module
from desktop.store.customers import CustomerRepository
from desktop.store.db import IntegrityError, open_database
from desktop.store.ids import new_id
from desktop.store.migrations import LATEST_VERSION, MIGRATIONS
from desktop.store.settlements import (
    Deal,
    DealSummary,
    DealVersion,
    SettlementKind,
    SettlementRepository,
    Totals,
    VersionStatus,
    canonical_json,
)
from tests.conftest import TEST_KEY
from tests.samples import sample_customer

AT = datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc)
INPUTS = canonical_json({"schema": 1, "kind": "car_trade_in", "inputs": {"title": "T-0183"}})


def jpy(amount: int) -> Money:
    return Money(amount, "JPY")


BALANCED = Totals(jpy(1_500_000), jpy(1_500_000), BalanceState.BALANCED, jpy(-300_000))
SHORT = Totals(jpy(1_200_000), jpy(1_500_000), BalanceState.SHORTAGE, jpy(-300_000))


@pytest.fixture
def repo(database):
    return SettlementRepository(database)


@pytest.fixture
def customer(database):
    owner = sample_customer()
    with database.transaction():
        CustomerRepository(database).add(owner, at=AT)
    return owner


def draft(deal_id: str, number: int = 1, totals: Totals | None = SHORT, **changes) -> DealVersion:
    base = DealVersion(deal_id=deal_id, version=number, status=VersionStatus.DRAFT,
                       inputs_json=INPUTS, totals=totals, created_at=AT, created_by="sato",
                       updated_at=AT)
    return replace(base, **changes)


@pytest.fixture
def deal(database, repo, customer):
    deal = Deal(id=new_id(), kind=SettlementKind.CAR_TRADE_IN, customer_id=customer.id,
                currency="JPY", created_at=AT, created_by="sato")
    with database.transaction():
        repo.add_deal(deal)
        repo.add_version(draft(deal.id))
    return deal


def write(database, sql: str, *params) -> None:
    with database.transaction():
        database.conn.execute(sql, params)


def test_migration_6_upgrades_a_version_5_database(tmp_path, monkeypatch):
    path = tmp_path / "v5.db"
    monkeypatch.setattr(db_module, "MIGRATIONS", MIGRATIONS[:5])
    monkeypatch.setattr(db_module, "LATEST_VERSION", 5)
    old = open_database(path, TEST_KEY)
    owner = sample_customer()
    with old.transaction():
        CustomerRepository(old).add(owner, at=AT)
    old.close()
    monkeypatch.undo()

    upgraded = open_database(path, TEST_KEY)
    assert upgraded.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    tables = {r["name"] for r in upgraded.db.query("SELECT name FROM sqlite_master")}
    assert {"settlement_deals", "settlement_versions"} <= tables
    assert CustomerRepository(upgraded).get(owner.id) == owner
    assert upgraded.check_integrity().ok
    upgraded.close()


def test_a_deal_and_its_versions_read_back(database, repo, deal, customer):
    assert repo.get_deal(deal.id) == deal
    first = repo.version(deal.id)
    assert first == draft(deal.id)
    assert first.inputs == {"schema": 1, "kind": "car_trade_in", "inputs": {"title": "T-0183"}}
    assert not first.is_final and first.totals == SHORT
    later = AT + timedelta(minutes=5)
    with database.transaction():
        repo.save_draft(deal.id, 1, INPUTS, BALANCED, at=later)
        repo.finalise(deal.id, 1, at=later, by="tanaka")
        repo.add_version(draft(deal.id, 2, BALANCED, created_at=later, updated_at=later))
    final = repo.version(deal.id, 1)
    assert (final.status, final.finalised_at, final.finalised_by, final.totals) == (
        VersionStatus.FINAL, later, "tanaka", BALANCED)
    assert [v.version for v in repo.versions(deal.id)] == [1, 2]
    assert repo.version(deal.id).version == 2
    assert repo.summaries() == repo.summaries(customer.id) == [DealSummary(
        id=deal.id, kind=SettlementKind.CAR_TRADE_IN, customer_id=customer.id,
        customer_name="山田 太郎", currency="JPY", created_at=AT, title="T-0183", version=2,
        status=VersionStatus.DRAFT, totals=BALANCED)]
    assert repo.summaries("someone-else") == []
    with pytest.raises(NotFound):
        repo.get_deal("nope")
    with pytest.raises(NotFound):
        repo.version(deal.id, 3)
    with pytest.raises(NotFound):
        repo.versions("nope")


def test_versions_follow_one_another(database, repo, deal):
    # Not while version 1 is a draft; never a skipped number; never born final.
    with pytest.raises(IntegrityError, match="follows the last, final one"):
        with database.transaction():
            repo.add_version(draft(deal.id, 2))
    with database.transaction():
        repo.save_draft(deal.id, 1, INPUTS, BALANCED, at=AT)
        repo.finalise(deal.id, 1, at=AT, by="tanaka")
    for version in (draft(deal.id, 3), draft(deal.id, 1),
                    draft(deal.id, 2, status=VersionStatus.FINAL, finalised_at=AT,
                          finalised_by="x", totals=BALANCED)):
        with pytest.raises(IntegrityError, match="follows the last, final one"):
            with database.transaction():
                repo.add_version(version)
    with database.transaction():
        repo.add_version(draft(deal.id, 2))


def test_a_final_version_is_locked(database, repo, deal):
    with database.transaction():
        repo.save_draft(deal.id, 1, INPUTS, BALANCED, at=AT)  # a draft can change
        repo.finalise(deal.id, 1, at=AT, by="tanaka")
    for sql in ("UPDATE settlement_versions SET inputs_json = '{}' WHERE deal_id = ?",
                "UPDATE settlement_versions SET status = 'draft', finalised_at = NULL, "
                "finalised_by = NULL WHERE deal_id = ?",
                "UPDATE settlement_versions SET net_proceeds_minor = 0 WHERE deal_id = ?",
                "DELETE FROM settlement_versions WHERE deal_id = ?"):
        with pytest.raises(IntegrityError, match="locked"):
            write(database, sql, deal.id)
    with pytest.raises(IntegrityError, match="never deleted"):
        write(database, "DELETE FROM settlement_deals WHERE id = ?", deal.id)
    with pytest.raises(IntegrityError, match="never changed"):
        write(database, "UPDATE settlement_deals SET currency = 'USD' WHERE id = ?", deal.id)
    with pytest.raises(Conflict, match="final"):
        with database.transaction():
            repo.save_draft(deal.id, 1, INPUTS, SHORT, at=AT)
    with pytest.raises(Conflict, match="final"):
        with database.transaction():
            repo.finalise(deal.id, 1, at=AT, by="tanaka")
    assert repo.version(deal.id).inputs_json == INPUTS


def test_the_row_keeps_its_rules(database, repo, deal):
    # Only a balanced version can be final; the totals come all together.
    with pytest.raises(IntegrityError):
        with database.transaction():
            repo.finalise(deal.id, 1, at=AT, by="tanaka")  # SHORT: a shortage
    with pytest.raises(IntegrityError):
        write(database, "UPDATE settlement_versions SET balance_state = NULL WHERE deal_id = ?",
              deal.id)
    with pytest.raises(IntegrityError):
        write(database, "UPDATE settlement_versions SET version = 7 WHERE deal_id = ?", deal.id)
    with pytest.raises(IntegrityError):
        write(database, "UPDATE settlement_versions SET inputs_json = 'not json' WHERE deal_id = ?",
              deal.id)
    with pytest.raises(ValueError, match="a total is in USD"):
        with database.transaction():
            repo.save_draft(deal.id, 1, INPUTS, replace(SHORT, money_in=Money(1, "USD")), at=AT)
    with database.transaction():
        repo.save_draft(deal.id, 1, INPUTS, None, at=AT)  # inputs that settle nothing yet
    assert repo.version(deal.id).totals is None
    with pytest.raises(IntegrityError):  # the seller must be a customer on file
        with database.transaction():
            repo.add_deal(Deal(new_id(), SettlementKind.HOME_MARKET_SALE, "nobody", "JPY", AT, "s"))
    # A draft may be discarded.
    write(database, "DELETE FROM settlement_versions WHERE deal_id = ?", deal.id)
    write(database, "DELETE FROM settlement_deals WHERE id = ?", deal.id)


def test_only_an_erasure_on_record_may_rewrite_a_final_versions_inputs(database, repo, deal,
                                                                       customer):
    with database.transaction():
        repo.save_draft(deal.id, 1, INPUTS, BALANCED, at=AT)
        repo.finalise(deal.id, 1, at=AT, by="tanaka")
    anonymised = canonical_json({"schema": 1, "kind": "car_trade_in", "inputs": {"title": "***"}})
    write(database,
          "INSERT INTO destruction_records (id, erased_at, erased_by, customer_ref, reason, "
          "categories_json, method, record_count, created_at) "
          "VALUES ('r1', ?, 'tanaka', ?, 'Retention period ended', '[]', 'overwrite', 1, ?)",
          AT.isoformat(), customer.id, AT.isoformat())
    write(database, "UPDATE settlement_versions SET inputs_json = ? WHERE deal_id = ?",
          anonymised, deal.id)
    assert repo.version(deal.id).inputs_json == anonymised
    # Its figures, its status and who finalised it stay as they were.
    for sql in ("UPDATE settlement_versions SET net_proceeds_minor = 0 WHERE deal_id = ?",
                "UPDATE settlement_versions SET finalised_by = 'x' WHERE deal_id = ?"):
        with pytest.raises(IntegrityError, match="locked"):
            write(database, sql, deal.id)
