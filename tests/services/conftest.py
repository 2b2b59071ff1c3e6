from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desktop.services.context import ServiceContext
from desktop.services.customers import CustomerService
from desktop.services.loans import LoanService
from desktop.services.payoffs import PayoffService
from desktop.store.db import open_database

# 10:30 in Tokyo, where the test branch is.
NOW = datetime(2026, 4, 12, 1, 30, tzinfo=timezone.utc)


class Clock:
    """A clock that moves only when the test says so."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "liendesk.db")
    yield db
    db.close()


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def ctx(database, clock):
    return ServiceContext(database, actor="sato", clock=clock, zone=ZoneInfo("Asia/Tokyo"))


@pytest.fixture
def customers(ctx):
    return CustomerService(ctx)


@pytest.fixture
def loans(ctx):
    return LoanService(ctx)


@pytest.fixture
def payoffs(ctx):
    return PayoffService(ctx)


_WRITTEN_TABLES = ("customers", "obligations", "lenders", "assets", "loans", "payments",
                   "audit_log", "search_entries")


@pytest.fixture
def table_counts(database):
    """Rows in each table a write touches, to show that nothing was written."""
    return lambda: {
        table: database.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in _WRITTEN_TABLES
    }


@pytest.fixture
def audit_rows(database):
    """The audit log as dicts, before/after parsed back from JSON."""
    def read():
        rows = list(database.db.query("SELECT * FROM audit_log ORDER BY seq"))
        for row in rows:
            row["before"] = json.loads(row.pop("before_json") or "null")
            row["after"] = json.loads(row.pop("after_json") or "null")
        return rows
    return read
