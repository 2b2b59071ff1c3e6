"""Opening the database: the one connection, its pragmas, migrations, and
the transaction every write goes through."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import sqlite_utils

from desktop.domain.errors import ReadOnlyDatabase
from desktop.store.migrations import LATEST_VERSION, MIGRATIONS

_DAMAGED_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


class DamagedDatabase(Exception):
    """The file cannot be opened as a LienDesk database."""

    def __init__(self, path: Path, detail: str):
        self.path = Path(path)
        self.detail = detail
        super().__init__(
            f"The database {self.path} cannot be opened: the file is damaged or is not "
            f"a LienDesk database ({detail}). Restore the latest backup to continue "
            f"(restoring moves this file aside; it is not deleted)."
        )


class DatabaseTooNew(Exception):
    """The file was written by a newer LienDesk than this one."""

    def __init__(self, path: Path, version: int):
        self.path = Path(path)
        self.version = version
        super().__init__(
            f"The database {self.path} was written by a newer version of LienDesk "
            f"(database version {version}; this program knows versions up to "
            f"{LATEST_VERSION}). Install the newer LienDesk on this computer. "
            f"The database was not changed."
        )


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]


def _connect(path: Path) -> sqlite3.Connection:
    """The only place a connection to the app's database is made, so that an
    encrypted driver (SQLCipher: its key pragma goes first) can replace it."""
    # Autocommit at the driver level: transactions are opened explicitly by
    # Database.transaction(), never implicitly by the sqlite3 module.
    # check_same_thread=False: the app opens the database on one thread and
    # uses it from its single database worker thread.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


class Database:
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        self._stopped: str | None = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; ROLLBACK on any exception.

        IMMEDIATE takes the write lock at once, so a transaction that reads
        before it writes (a duplicate check, say) cannot be overtaken.
        """
        if self._stopped is not None:
            raise ReadOnlyDatabase(self._stopped)
        if self.conn.in_transaction:
            raise RuntimeError("a transaction is already open: transactions do not nest")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def check_integrity(self) -> IntegrityReport:
        """SQLite's full integrity and foreign-key checks.

        Slow on a large file (tens of seconds at a million customers), so it
        reads through a connection of its own: run it on a thread of its own,
        and the database worker keeps answering the clerk meanwhile (WAL lets
        readers and the writer work side by side)."""
        problems: list[str] = []
        try:
            conn = _connect(self.path)
        except sqlite3.DatabaseError as error:
            return IntegrityReport(ok=False, problems=(str(error),))
        try:
            for (message,) in conn.execute("PRAGMA integrity_check"):
                if message != "ok":
                    problems.append(message)
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} refers to a missing {parent} row")
        except sqlite3.DatabaseError as error:
            problems.append(str(error))
        finally:
            conn.close()
        return IntegrityReport(ok=not problems, problems=tuple(problems))

    def stop_writing(self, reason: str) -> None:
        """Refuse every write from now on (after a failed integrity check)."""
        self._stopped = reason
        # SQLite refuses writes too, should any come from outside transaction().
        self.conn.execute("PRAGMA query_only = ON")

    def close(self) -> None:
        self.conn.close()


def open_database(path: Path | str) -> Database:
    """Open (or create) the database and bring its schema up to date.

    Raises DamagedDatabase when the file cannot be read as a LienDesk
    database and DatabaseTooNew when a newer LienDesk wrote it; neither
    changes the file.
    """
    path = Path(path)
    try:
        conn = _connect(path)
    except sqlite3.DatabaseError as error:
        if _is_damage(error):
            raise DamagedDatabase(path, str(error)) from error
        raise
    try:
        # Read the version before anything can write to the file.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            raise DatabaseTooNew(path, version)
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise DamagedDatabase(path, "it holds another program's tables")
        conn.execute("PRAGMA journal_mode = WAL")
        _migrate(conn, version)
    except BaseException as error:
        conn.close()
        if isinstance(error, sqlite3.DatabaseError) and _is_damage(error):
            raise DamagedDatabase(path, str(error)) from error
        raise
    return Database(conn, path)


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """"Not a database" or "malformed", as opposed to busy, disk full or no
    permission (extended error codes keep the primary code in the low byte)."""
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _DAMAGED_CODES


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    # executescript() would commit an open transaction first, so each script
    # carries its own BEGIN … COMMIT, and the version moves with the schema.
    for number in range(version, LATEST_VERSION):
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\n"
                f"PRAGMA user_version = {number + 1};\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
