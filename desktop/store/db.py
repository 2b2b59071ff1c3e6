"""Opening the database: the one connection, its pragmas, migrations, and
the transaction every write goes through.

Encryption at rest. The database is a SQLCipher file (the ``sqlcipher3``
driver from the sqlcipher3-wheels package): every page of the file, of its
WAL and of every backup is encrypted (AES-256 with a per-page HMAC), so the
personal data, the FTS5 search index over names, phones and document
numbers, and the audit log are all unreadable without the key, while every
query, the trigram search included, runs unchanged. Encrypting single fields
with AES-GCM instead would have left the search index in clear, or needed
blind indexes that cannot find a fragment of a phone number.

The key is a random 256-bit key per database, given raw (no per-open key
derivation); desktop/store/keys.py keeps it, wrapped by each administrator's
secret, and in the OS keyring.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import sqlcipher3.dbapi2 as sqlcipher
import sqlite_utils

from desktop.domain.errors import ReadOnlyDatabase
from desktop.store.migrations import LATEST_VERSION, MIGRATIONS

KEY_BYTES = 32
CHECK_CACHE_KIB = 64 * 1024  # page cache of the integrity check's own connection
_PLAIN_HEADER = b"SQLite format 3\x00"
_DAMAGED_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}

# The two drivers raise exceptions of their own classes: catch these tuples
# (``except OperationalError``, ``pytest.raises(IntegrityError)``) rather
# than the sqlite3 module's classes, which miss an encrypted connection's.
Error = (sqlite3.Error, sqlcipher.Error)
DatabaseError = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OperationalError = (sqlite3.OperationalError, sqlcipher.OperationalError)
IntegrityError = (sqlite3.IntegrityError, sqlcipher.IntegrityError)
Connection = sqlite3.Connection | sqlcipher.Connection


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


class WrongKey(DamagedDatabase):
    """The database key does not open this file.

    An encrypted file whose first page is damaged and a file encrypted with
    another key look the same (both fail the first page's HMAC), so this is
    a kind of DamagedDatabase: the way out is the same, a backup restored
    (which is checked with the key first, so a backup that this key does not
    open is refused and nothing is replaced)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.detail = "the database key does not open this file"
        Exception.__init__(
            self,
            f"The database key does not open {self.path}: the key belongs to another "
            f"database, or the start of the file is damaged. Restore the latest backup "
            f"to continue (restoring moves this file aside; it is not deleted).",
        )


class NotEncrypted(Exception):
    """A key was given for a file that is still a plain SQLite database."""

    def __init__(self, path: Path):
        self.path = Path(path)
        super().__init__(
            f"The database {self.path} is not encrypted yet: convert it with "
            f"encrypt_plain_database before opening it with a key. It was not changed."
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


def _check_key(key: bytes) -> None:
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise ValueError(f"a database key is {KEY_BYTES} random bytes")


def _key_literal(key: bytes) -> str:
    # SQLCipher's raw-key form: the key is used as it is, no PBKDF2 at open.
    return f"x'{key.hex()}'"


def _connect(path: Path, key: bytes | None, *, read_only: bool = False) -> Connection:
    """The only place a connection to the app's database is made.

    With a key, the SQLCipher driver, and the key as the very first statement
    (before it, SQLite reads nothing from the file). Without a key (None), the
    standard sqlite3 module and a plain file: kept only so that the benchmark
    can compare the two and so that an older plain database can be opened
    and converted (encrypt_plain_database). The app itself always has a key.
    """
    # Autocommit at the driver level: transactions are opened explicitly by
    # Database.transaction(), never implicitly by the driver.
    # check_same_thread=False: the app opens the database on one thread and
    # uses it from its single database worker thread.
    driver = sqlite3 if key is None else sqlcipher
    if key is not None:
        _check_key(key)
    target, uri = str(path), False
    if read_only:
        target, uri = Path(path).resolve().as_uri() + "?mode=ro", True
    conn = driver.connect(target, isolation_level=None, check_same_thread=False, uri=uri)
    try:
        if key is not None:
            conn.execute(f'PRAGMA key = "{_key_literal(key)}"')
            # A wrong key is reported by the exception we raise; SQLCipher's
            # own log line on stderr would only repeat it.
            conn.execute("PRAGMA cipher_log_level = NONE")
            # Wiping every freed buffer (a process-wide setting) made each
            # search keystroke about ten times slower at 100,000 customers
            # (median 0.2 → 2.7 ms); it guards only against reading this
            # process's memory, which the key itself is in anyway. Off, as
            # SQLCipher's own default, said here so nobody turns it on unmeasured.
            conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        # Sorts, temporary indexes and tables stay in memory: SQLite would
        # otherwise write them to unencrypted files in the temp folder.
        conn.execute("PRAGMA temp_store = MEMORY")
        # Freed pages are overwritten with zeros: an erased customer is gone
        # from the file, not merely unlinked from the b-tree.
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def is_plain_sqlite(path: Path | str) -> bool:
    """True if ``path`` is an unencrypted SQLite file (its 16-byte header is
    "SQLite format 3\\0"). An encrypted file starts with its random salt; a
    missing or empty file is neither."""
    try:
        with open(path, "rb") as f:
            return f.read(len(_PLAIN_HEADER)) == _PLAIN_HEADER
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False


def key_opens(path: Path | str, key: bytes) -> bool:
    """Whether ``key`` opens the existing encrypted file at ``path``."""
    try:
        conn = _connect(Path(path), key, read_only=True)
    except DatabaseError:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DatabaseError:
        return False
    finally:
        conn.close()


class Database:
    def __init__(self, conn: Connection, path: Path, key: bytes | None = None):
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        self._key = key  # never logged, never shown: only handed to _connect
        self._stopped: str | None = None

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r}, encrypted={self.encrypted})"

    @property
    def encrypted(self) -> bool:
        return self._key is not None

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

    def check_integrity(self, full: bool = True) -> IntegrityReport:
        """SQLite's full integrity and foreign-key checks (``full=False``:
        quick_check instead, which reads and checks every page and b-tree but
        not that each index matches its table: at a million customers,
        encrypted, minutes less).

        Slow on a large file (tens of seconds at a million customers), so it
        reads through a connection of its own: run it on a thread of its own,
        and the database worker keeps answering the clerk meanwhile (WAL lets
        readers and the writer work side by side). On an encrypted file every
        page read is also checked against its HMAC: a changed byte anywhere
        in a used page is reported."""
        problems: list[str] = []
        try:
            conn = _connect(self.path, self._key)
            # The index cross-checks read pages again and again; with the
            # default 2 MB cache each re-read of an encrypted page is decrypted
            # again (100,000 customers: 15-21 s, against 5.5 s with this cache,
            # and 4 s for a plain file). Freed when the check ends.
            conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        except DatabaseError as error:
            return IntegrityReport(ok=False, problems=(str(error),))
        try:
            for (message,) in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check"):
                if message != "ok":
                    problems.append(message)
            # Every write enforces foreign keys already; checking them all again
            # is most of the quick check's time at a million customers (46 of
            # 61 s), so only the full check does it.
            for table, rowid, parent, _ in (conn.execute("PRAGMA foreign_key_check") if full else ()):
                problems.append(f"{table} row {rowid} refers to a missing {parent} row")
        except DatabaseError as error:
            problems.append(str(error))
        finally:
            conn.close()
        return IntegrityReport(ok=not problems, problems=tuple(problems))

    def copy_to(self, target: Path) -> None:
        """Write the whole database to a new single file at ``target`` (not a
        WAL database), through SQLite's online backup API, while it stays in
        use. The copy is encrypted with this database's key, page by page as
        it is written: no plain page ever reaches the disk."""
        copy = _connect(Path(target), self._key)
        try:
            self.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()

    def stop_writing(self, reason: str) -> None:
        """Refuse every write from now on (after a failed integrity check)."""
        self._stopped = reason
        # SQLite refuses writes too, should any come from outside transaction().
        self.conn.execute("PRAGMA query_only = ON")

    def close(self) -> None:
        self.conn.close()


def open_database(path: Path | str, key: bytes | None = None) -> Database:
    """Open (or create) the database and bring its schema up to date.

    ``key``: the database's 32-byte key (desktop/store/keys.py); None opens
    a plain, unencrypted file (the benchmark's comparison, and converting an
    older file; the app always passes a key).

    Raises WrongKey when the key does not open the file, NotEncrypted when a
    key is given for a plain file, DamagedDatabase when the file cannot be
    read as a LienDesk database and DatabaseTooNew when a newer LienDesk
    wrote it; none of them changes the file.
    """
    path = Path(path)
    if str(path) != ":memory:":
        finish_interrupted_conversion(path)
        if key is not None and is_plain_sqlite(path):
            raise NotEncrypted(path)
    try:
        conn = _connect(path, key)
    except DatabaseError as error:
        raise _opening_error(path, key, error) or error
    try:
        # Read the version before anything can write to the file (with a key,
        # this first read is also what checks the key).
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            raise DatabaseTooNew(path, version)
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise DamagedDatabase(path, "it holds another program's tables")
        conn.execute("PRAGMA journal_mode = WAL")
        _migrate(conn, version)
    except BaseException as error:
        conn.close()
        if isinstance(error, DatabaseError):
            raise _opening_error(path, key, error) or error
        raise
    return Database(conn, path, key)


def _opening_error(path: Path, key: bytes | None, error: Exception) -> Exception | None:
    if not _is_damage(error):
        return None
    if key is not None and (getattr(error, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_NOTADB:
        wrong = WrongKey(path)
        wrong.__cause__ = error
        return wrong
    damaged = DamagedDatabase(path, str(error))
    damaged.__cause__ = error
    return damaged


def _is_damage(error: Exception) -> bool:
    """"Not a database" or "malformed", as opposed to busy, disk full or no
    permission (extended error codes keep the primary code in the low byte)."""
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _DAMAGED_CODES


def _migrate(conn: Connection, version: int) -> None:
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


# -- converting a plain database ----------------------------------------------------


def _encrypting_path(path: Path) -> Path:
    return path.with_name(path.name + ".encrypting")


def _plain_aside_path(path: Path) -> Path:
    return path.with_name(path.name + ".plain-removing")


def encrypt_plain_database(path: Path | str, key: bytes) -> None:
    """Turn the plain LienDesk database at ``path`` into an encrypted one,
    in place. The database must be closed.

    The encrypted copy is written beside it (``*.encrypting``) with
    ``sqlcipher_export``, checked (opens with the key, integrity ok, same
    version, same row count in every table), then swapped in atomically;
    only after that is the plain file overwritten and removed, since a plain
    copy of the personal data must not stay on disk. A crash at any step
    leaves either the plain file or the encrypted one in place, complete;
    the next open finishes or undoes the step (finish_interrupted_conversion).
    """
    path = Path(path)
    _check_key(key)
    finish_interrupted_conversion(path)
    if not is_plain_sqlite(path):
        raise ValueError(f"{path} is not a plain SQLite database")
    encrypting = _encrypting_path(path)
    _remove_with_journals(encrypting)

    source = sqlcipher.connect(str(path), isolation_level=None)  # no key: reads the plain file
    try:
        source.execute("PRAGMA temp_store = MEMORY")
        try:
            version = source.execute("PRAGMA user_version").fetchone()[0]
            tables = _table_names(source, "main")
        except sqlcipher.DatabaseError as error:
            raise _opening_error(path, None, error) or error
        if version > LATEST_VERSION:
            raise DatabaseTooNew(path, version)
        if version == 0 and tables:
            raise DamagedDatabase(path, "it holds another program's tables")
        counts = {t: _count(source, "main", t) for t in tables}
        source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(encrypting), _key_literal(key)))
        source.execute("SELECT sqlcipher_export('encrypted')")
        # sqlcipher_export copies schema and rows, not the header's version.
        source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        source.execute("DETACH DATABASE encrypted")
    except BaseException:
        source.close()
        _remove_with_journals(encrypting)
        raise
    # Closing the last connection checkpoints the plain WAL into the plain
    # file and removes the -wal. SQLite unlinks it without overwriting: its
    # blocks are freed, not cleared (see the limits noted in _shred).
    source.close()

    try:
        _verify_copy(encrypting, key, version, counts)
    except BaseException:
        _remove_with_journals(encrypting)
        raise
    _fsync_file(encrypting)

    aside = _plain_aside_path(path)
    try:
        # A second name for the plain file, so that it can be overwritten
        # after the atomic swap below has taken its first name.
        os.link(path, aside)
        os.replace(encrypting, path)
    except OSError:
        if aside.exists() and path.exists() and os.path.samefile(aside, path):
            aside.unlink()
        if not encrypting.exists():
            raise
        # No hard links here (FAT, exFAT): two renames; a crash between them
        # is finished at the next open from the verified *.encrypting file.
        os.replace(path, aside)
        os.replace(encrypting, path)
    _fsync_dir(path.parent)
    _shred(aside)
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        # The plain file's, should SQLite have left them (it removes both at
        # a clean close); the encrypted file has none yet.
        if leftover.exists():
            _shred(leftover)


def finish_interrupted_conversion(path: Path | str) -> None:
    """Complete or undo an encrypt_plain_database cut short by a crash.

    Never loses the database: the plain file is only removed once the
    encrypted one holds its name."""
    path = Path(path)
    aside, encrypting = _plain_aside_path(path), _encrypting_path(path)
    if aside.exists():
        if path.exists() and os.path.samefile(aside, path):
            aside.unlink()  # the hard link was made, the swap was not: start again later
        else:
            if not path.exists() and encrypting.exists():
                os.replace(encrypting, path)  # verified before the plain file was moved
                _fsync_dir(path.parent)
            if path.exists():
                _shred(aside)
    if encrypting.exists():
        _remove_with_journals(encrypting)  # a copy never swapped in (encrypted, unfinished)


def _verify_copy(copy: Path, key: bytes, version: int, counts: dict[str, int]) -> None:
    # quick_check (every page read and decrypted, each b-tree checked) and the
    # row counts show the copy complete; the full integrity_check's index
    # cross-checks would add minutes at a million customers, and the app runs
    # that check at its next start anyway.
    conn = _connect(copy, key, read_only=True)
    try:
        conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        problems = [m for (m,) in conn.execute("PRAGMA quick_check") if m != "ok"]
        copied_version = conn.execute("PRAGMA user_version").fetchone()[0]
        copied = {t: _count(conn, "main", t) for t in _table_names(conn, "main")}
    finally:
        conn.close()
    if problems or copied_version != version or copied != counts:
        raise RuntimeError(
            f"the encrypted copy of the database does not match it "
            f"({problems[:1] or ''} version {copied_version}/{version}); the plain file was kept"
        )


def _table_names(conn: Connection, schema: str) -> list[str]:
    return [name for (name,) in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        f"AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _count(conn: Connection, schema: str, table: str) -> int:
    quoted = '"' + table.replace('"', '""') + '"'
    return conn.execute(f"SELECT count(*) FROM {schema}.{quoted}").fetchone()[0]


def _remove_with_journals(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it to the disk, then delete it.

    Limits: this clears the blocks the file occupies on a magnetic disk or a
    plain file system. An SSD or a flash card remaps writes (wear levelling),
    and copy-on-write or journaling file systems (APFS, Btrfs, ZFS, a
    snapshot, a cloud-synced folder) write the zeros elsewhere, so the old
    blocks may survive until the device trims them. Full-disk encryption
    (BitLocker, FileVault) is what covers those; this is the best a program
    can do on its own, and far better than leaving the file in place.
    """
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as f:
            zeros = bytes(1 << 20)
            written = 0
            while written < size:
                written += f.write(zeros[: min(len(zeros), size - written)])
            f.flush()
            os.fsync(f.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open a folder)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
