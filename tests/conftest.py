"""Shared fixtures: a fresh database with the real services, and (for screen
tests) the real background worker around them."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from desktop.services.context import ServiceContext
from desktop.services.registry import Services
from desktop.store.db import open_database

# The desk's clock in tests: a fixed moment, so figures do not drift by day.
TODAY = date(2026, 11, 20)

# The database key in tests: every test database is encrypted, as the app's
# are, unless a test checks the plain mode on purpose (key=None).
TEST_KEY = bytes(range(32))


def fixed_clock() -> datetime:
    return datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc)


@pytest.fixture
def services(tmp_path):
    database = open_database(tmp_path / "desk.sqlite3", TEST_KEY)
    yield Services.build(ServiceContext(database, "clerk.test", fixed_clock))
    database.close()
