from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop.store.backups import BadBackup, list_backups, make_backup, restore_backup
from desktop.store.db import DamagedDatabase, _connect, open_database
from tests.conftest import TEST_KEY

T0 = datetime(2026, 4, 12, 9, 0, tzinfo=timezone.utc)


def _add_lender(database, lender_id: str) -> None:
    with database.transaction():
        database.conn.execute("INSERT INTO lenders (id, name, kind) VALUES (?, ?, 'bank')", (lender_id, lender_id))


def _lender_ids(path) -> list[str]:
    conn = _connect(path, TEST_KEY)
    try:
        return [row[0] for row in conn.execute("SELECT id FROM lenders ORDER BY id")]
    finally:
        conn.close()


def _damage(path) -> None:
    """Overwrite every page after the first with junk: the first page still reads."""
    data = bytearray(path.read_bytes())
    page_size = 4096  # SQLCipher's and SQLite's default (the header is encrypted)
    data[page_size:] = bytes((i * 37) % 251 for i in range(len(data) - page_size))
    path.write_bytes(bytes(data))


def test_a_backup_is_a_complete_single_file_copy(database, tmp_path):
    _add_lender(database, "a")
    backup = make_backup(database, tmp_path / "backups", keep=3, stamp=T0)

    assert backup.name == "liendesk-20260412-090000.db"
    assert _lender_ids(backup) == ["a"]
    conn = _connect(backup, TEST_KEY)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [backup.name]


def test_only_the_newest_backups_are_kept(database, tmp_path):
    folder = tmp_path / "backups"
    made = []
    for hour in range(5):
        _add_lender(database, f"l{hour}")
        made.append(make_backup(database, folder, keep=3, stamp=T0 + timedelta(hours=hour)))

    assert list_backups(folder) == made[:-4:-1]  # newest first
    assert _lender_ids(list_backups(folder)[0]) == ["l0", "l1", "l2", "l3", "l4"]


def test_backup_names_sort_by_utc_time_whatever_the_zone(database, tmp_path):
    tokyo = timezone(timedelta(hours=9))
    first = make_backup(database, tmp_path, keep=5, stamp=datetime(2026, 4, 12, 23, 0, tzinfo=tokyo))
    second = make_backup(database, tmp_path, keep=5, stamp=datetime(2026, 4, 12, 15, 30, tzinfo=timezone.utc))
    assert list_backups(tmp_path) == [second, first]


def test_a_good_backup_restores_over_a_damaged_database(tmp_path):
    db_path = tmp_path / "liendesk.db"
    database = open_database(db_path, TEST_KEY)
    _add_lender(database, "before-backup")
    backup = make_backup(database, tmp_path / "backups", keep=3, stamp=T0)
    _add_lender(database, "after-backup")
    database.close()
    _damage(db_path)
    with pytest.raises(DamagedDatabase):
        open_database(db_path, TEST_KEY)
    damaged_bytes = db_path.read_bytes()
    (tmp_path / "liendesk.db-wal").write_bytes(b"stale wal")

    replaced = restore_backup(backup, db_path, stamp=T0 + timedelta(hours=1), key=TEST_KEY)

    assert replaced == tmp_path / "liendesk.db.replaced-20260412-100000"
    assert replaced.read_bytes() == damaged_bytes
    assert (tmp_path / "liendesk.db-wal.replaced-20260412-100000").read_bytes() == b"stale wal"
    restored = open_database(db_path, TEST_KEY)
    assert restored.check_integrity().ok
    assert [r["id"] for r in restored.db.query("SELECT id FROM lenders")] == ["before-backup"]
    restored.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(database, tmp_path):
    _add_lender(database, "a")
    backup = make_backup(database, tmp_path / "backups", keep=3, stamp=T0)
    database.close()
    _damage(backup)
    db_path = database.path
    current = db_path.read_bytes()

    with pytest.raises(BadBackup, match="damaged"):
        restore_backup(backup, db_path, stamp=T0, key=TEST_KEY)

    assert db_path.read_bytes() == current
    assert not list(tmp_path.glob("*.replaced-*"))


def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    junk = tmp_path / "liendesk-20260101-000000.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BadBackup):
        restore_backup(junk, tmp_path / "liendesk.db", stamp=T0, key=TEST_KEY)
    with pytest.raises(BadBackup, match="missing"):
        restore_backup(tmp_path / "gone.db", tmp_path / "liendesk.db", stamp=T0, key=TEST_KEY)
    assert not (tmp_path / "liendesk.db").exists()


def test_a_restore_never_overwrites_an_earlier_replaced_file(database, tmp_path):
    backup = make_backup(database, tmp_path / "backups", keep=3, stamp=T0)
    database.close()
    restore_backup(backup, database.path, stamp=T0, key=TEST_KEY)
    with pytest.raises(FileExistsError):
        restore_backup(backup, database.path, stamp=T0, key=TEST_KEY)
    assert restore_backup(backup, database.path, key=TEST_KEY).name.startswith("liendesk.db.replaced-")
