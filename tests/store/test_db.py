from __future__ import annotations

import uuid

import pytest

from desktop.domain.errors import ReadOnlyDatabase
from desktop.store import db as db_module
from desktop.store.db import (
    DamagedDatabase,
    DatabaseTooNew,
    OperationalError,
    _connect,
    open_database,
)
from desktop.store.ids import new_id
from desktop.store.migrations import LATEST_VERSION
from tests.conftest import TEST_KEY


@pytest.fixture(params=["encrypted", "plain"])
def key(request):
    """Both modes, for the rules that must hold whichever driver opens the file."""
    return TEST_KEY if request.param == "encrypted" else None


def test_a_fresh_database_is_at_the_latest_version(database):
    assert database.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    tables = {row["name"] for row in database.db.query("SELECT name FROM sqlite_master")}
    assert {"customers", "obligations", "lenders", "assets", "loans", "payments",
            "audit_log", "search_index", "search_keys"} <= tables


def test_reopening_keeps_the_version_and_the_data(tmp_path, key):
    first = open_database(tmp_path / "a.db", key)
    with first.transaction():
        first.conn.execute(
            "INSERT INTO lenders (id, name, kind) VALUES ('l1', 'Sberbank', 'bank')"
        )
    first.close()
    again = open_database(tmp_path / "a.db", key)
    assert again.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert again.db["lenders"].get("l1")["name"] == "Sberbank"
    again.close()


def test_every_connection_gets_the_pragmas(database):
    pragma = lambda name: database.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("foreign_keys") == 1
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") == 5000
    assert pragma("temp_store") == 2  # MEMORY: no temporary files with personal data
    assert pragma("secure_delete") == 1  # freed pages are zeroed
    assert pragma("cipher_version").startswith("4.")  # SQLCipher, and this one is keyed
    assert database.encrypted
    assert database.conn.isolation_level is None


def test_a_database_from_a_newer_program_is_refused_and_left_untouched(tmp_path, key):
    path = tmp_path / "newer.db"
    conn = _connect(path, key)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = path.read_bytes()

    with pytest.raises(DatabaseTooNew) as raised:
        open_database(path, key)

    assert "newer version of LienDesk" in str(raised.value)
    assert path.read_bytes() == before
    assert not (tmp_path / "newer.db-wal").exists()


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path, key):
    path = tmp_path / "liendesk.db"
    path.write_bytes(b"this is a spreadsheet, not a database\n" * 200)
    before = path.read_bytes()

    # With a key this is WrongKey, a kind of DamagedDatabase: junk and a file
    # encrypted with another key both fail the first page's check.
    with pytest.raises(DamagedDatabase) as raised:
        open_database(path, key)

    assert raised.value.path == path
    assert "Restore the latest backup" in str(raised.value)
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path, key):
    path = tmp_path / "other.db"
    conn = _connect(path, key)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(DamagedDatabase, match="another program"):
        open_database(path, key)


def test_each_migration_runs_in_its_own_transaction(tmp_path, monkeypatch, key):
    broken = "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(db_module, "MIGRATIONS", [*db_module.MIGRATIONS, broken])
    monkeypatch.setattr(db_module, "LATEST_VERSION", LATEST_VERSION + 1)

    with pytest.raises(OperationalError):
        open_database(tmp_path / "m.db", key)

    conn = _connect(tmp_path / "m.db", key)
    # The good migrations stayed; the failed one left nothing behind.
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()


def test_integrity_check_is_ok_on_a_fresh_database(database):
    report = database.check_integrity()
    assert report.ok
    assert report.problems == ()


def test_integrity_check_finds_damage_that_opening_does_not(tmp_path, key):
    path = tmp_path / "liendesk.db"
    database = open_database(path, key)
    with database.transaction():
        database.conn.executemany(
            "INSERT INTO lenders (id, name, kind) VALUES (?, ?, 'bank')",
            [(f"l{i:05}", f"Lender number {i}") for i in range(3000)],
        )
    page_size = int(database.conn.execute("PRAGMA page_size").fetchone()[0])
    database.close()
    data = bytearray(path.read_bytes())
    data[-2 * page_size:-page_size] = b"B" * page_size  # one page of the lenders table
    path.write_bytes(bytes(data))

    database = open_database(path, key)
    report = database.check_integrity()
    database.close()
    assert not report.ok
    assert report.problems


def test_integrity_check_reports_a_broken_foreign_key(database):
    # Written behind the app's back, with the foreign-key check switched off.
    database.conn.execute("PRAGMA foreign_keys = OFF")
    database.conn.execute(
        "INSERT INTO payments (id, loan_id, paid_on, amount_minor, currency) "
        "VALUES ('p1', 'no-such-loan', '2026-01-01', 100, 'JPY')"
    )
    report = database.check_integrity()
    assert not report.ok
    assert report.problems == ("payments row 1 refers to a missing loans row",)
    # The quick check at every start leaves foreign keys to the full check
    # (File → Check the database fully): every write enforces them already.
    assert database.check_integrity(full=False).ok


def test_a_transaction_commits_or_rolls_back_as_a_whole(database):
    with database.transaction():
        database.conn.execute("INSERT INTO lenders (id, name, kind) VALUES ('a', 'A', 'bank')")
    with pytest.raises(ZeroDivisionError):
        with database.transaction():
            database.conn.execute("INSERT INTO lenders (id, name, kind) VALUES ('b', 'B', 'bank')")
            1 / 0
    assert [r["id"] for r in database.db.query("SELECT id FROM lenders")] == ["a"]
    assert not database.conn.in_transaction


def test_transactions_do_not_nest(database):
    with database.transaction():
        with pytest.raises(RuntimeError, match="do not nest"):
            with database.transaction():
                pass


def test_after_stop_writing_every_write_is_refused(database):
    database.stop_writing("The integrity check found damage.")
    with pytest.raises(ReadOnlyDatabase, match="integrity check"):
        with database.transaction():
            pass
    with pytest.raises(OperationalError):
        database.conn.execute("INSERT INTO lenders (id, name, kind) VALUES ('x', 'X', 'bank')")
    assert database.conn.execute("SELECT count(*) FROM lenders").fetchone()[0] == 0


def test_new_ids_are_uuid7_in_time_order():
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
