"""Backups through SQLite's online backup API, and restoring one.

A backup is a complete single-file database named by its UTC time, so the
names sort by age. Restoring never deletes anything: the file it replaces is
moved aside, since it may be the only copy of the latest work.

A backup of an encrypted database is encrypted with the same key as it is
written (the backup API copies into a connection keyed alike), and the key
file (wrapped keys only, desktop/store/keys.py) is copied beside the
backups, so that a backup restores on a new computer with an
administrator's secret.
"""

from __future__ import annotations

import os
import shutil
from sqlite3 import SQLITE_NOTADB
from datetime import datetime, timezone
from pathlib import Path

from desktop.store.db import Database, DatabaseError, DatabaseTooNew, _connect
from desktop.store.keys import key_file_path, write_atomically
from desktop.store.migrations import LATEST_VERSION

_PREFIX = "liendesk-"
_SUFFIX = ".db"


class BadBackup(Exception):
    """The backup cannot be restored."""

    def __init__(self, path: Path, detail: str):
        self.path = Path(path)
        self.detail = detail
        super().__init__(
            f"The backup {self.path.name} cannot be restored: {detail}. "
            f"Choose an older backup; nothing was changed."
        )


def _stamp(moment: datetime) -> str:
    # UTC, fixed width: file names then sort in time order on any machine.
    return moment.astimezone(timezone.utc).strftime("%Y%m%d-%H%M%S")


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def make_backup(database: Database, folder: Path, keep: int, stamp: datetime) -> Path:
    """Copy the database to ``folder`` while it stays in use; keep the newest ``keep``.

    The copy is encrypted with the database's own key (a plain database
    gives a plain copy), and the database's key file, if it has one, is
    copied into ``folder`` too."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{_PREFIX}{_stamp(stamp)}{_SUFFIX}"
    # Written under a temporary name first, so a backup cut short by a crash
    # never passes for a complete one.
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    # One self-contained file, not a WAL database that needs its -wal.
    database.copy_to(partial)
    _fsync(partial)
    os.replace(partial, target)
    keys = key_file_path(database.path)
    if keys.is_file():
        write_atomically(folder / keys.name, keys.read_bytes())
    for old in list_backups(folder)[keep:]:
        old.unlink()
    return target


def list_backups(folder: Path) -> list[Path]:
    """The backups in ``folder``, newest first."""
    return sorted(Path(folder).glob(f"{_PREFIX}*{_SUFFIX}"), reverse=True)


def _verify(backup: Path, key: bytes | None) -> None:
    if not backup.is_file():
        raise BadBackup(backup, "the file is missing")
    conn = None
    try:
        conn = _connect(backup, key, read_only=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = [m for (m,) in conn.execute("PRAGMA integrity_check") if m != "ok"]
    except DatabaseError as error:
        if key is not None and (getattr(error, "sqlite_errorcode", 0) & 0xFF) == SQLITE_NOTADB:
            raise BadBackup(backup, "the database key does not open it, or it is damaged") from error
        raise BadBackup(backup, f"it is damaged ({error})") from error
    finally:
        if conn is not None:
            conn.close()
    if problems:
        raise BadBackup(backup, f"it is damaged ({problems[0]})")
    if version == 0:
        raise BadBackup(backup, "it is not a LienDesk database")
    if version > LATEST_VERSION:
        raise DatabaseTooNew(backup, version)


def restore_backup(
    backup: Path, db_path: Path, stamp: datetime | None = None, key: bytes | None = None
) -> Path | None:
    """Put ``backup`` in place of the database at ``db_path``.

    ``key``: the database key; the backup must open with it (None: a plain
    backup of a plain database). A key file beside the backup is put beside
    the database when the database has none (a restore on a new computer).

    The database must be closed. The backup is checked first; the file it
    replaces and its -wal and -shm are renamed ``*.replaced-<stamp>``
    (``stamp`` defaults to now: a restore is done by hand, at once). A stale
    -wal left beside the restored file would be replayed into it.
    Returns where the replaced database file went, if there was one.
    """
    backup, db_path = Path(backup), Path(db_path)
    _verify(backup, key)
    when = _stamp(stamp or datetime.now(timezone.utc))
    moves = [
        (path, path.with_name(f"{path.name}.replaced-{when}"))
        for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"))
        if path.exists()
    ]
    if any(aside.exists() for _, aside in moves):  # never overwrite an earlier replaced file
        raise FileExistsError(f"{db_path.name} was already replaced at {when}; try again in a second")
    for path, aside in moves:
        os.replace(path, aside)
    replaced = next((aside for path, aside in moves if path == db_path), None)
    incoming = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, incoming)
    _fsync(incoming)
    os.replace(incoming, db_path)
    keys, saved_keys = key_file_path(db_path), backup.parent / key_file_path(db_path).name
    if not keys.exists() and saved_keys.is_file():
        write_atomically(keys, saved_keys.read_bytes())
    return replaced
