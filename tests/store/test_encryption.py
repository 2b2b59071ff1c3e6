"""Encryption at rest: a passport number written through the app's services is
found by the search, and found nowhere in the bytes on disk: not in the
database file, its WAL or its -shm, not in a backup, not in the key file, not
in the temp folder. A control run without a key finds it, so the scan can fail.

Also: the key's custody (wrapped per administrator, the OS keyring), a plain
database converted in place, backups restored with the key.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail, null

from desktop.domain.customers import IdDocumentKind
from desktop.domain.money import Money
from desktop.services.context import ServiceContext
from desktop.services.customers import CustomerService
from desktop.store import db as db_module
from desktop.store import keys as keys_module
from desktop.store.backups import BadBackup, list_backups, make_backup, restore_backup
from desktop.store.db import (
    DamagedDatabase,
    NotEncrypted,
    WrongKey,
    encrypt_plain_database,
    finish_interrupted_conversion,
    is_plain_sqlite,
    key_opens,
    open_database,
)
from desktop.store.keys import (
    KdfParams,
    KeyFile,
    KeyUnavailable,
    OsKeyring,
    UnlockCancelled,
    WrongSecret,
    create_key,
    key_file_path,
    new_database_key,
    rewrap,
    unlock_key,
)
from tests.conftest import TEST_KEY, fixed_clock
from tests.samples import sample_customer

PASSPORT = "4510 987654"
FAMILY, GIVEN = "Кузнецова", "Милена"
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)  # for tests of the file's logic


def _needles() -> dict[str, bytes]:
    texts = [PASSPORT, PASSPORT.replace(" ", ""), FAMILY, FAMILY.casefold(), GIVEN,
             f"{FAMILY} {GIVEN}", "Kuznetsova"]
    found = {}
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found[f"{text!r} in {encoding}"] = text.encode(encoding)
    return found


NEEDLES = _needles()


def _customer(**changes):
    fields = dict(
        family_name=FAMILY, given_name=GIVEN, name_reading="Kuznetsova Milena", citizenship="RU",
        language="ru", id_document_kind=IdDocumentKind.PASSPORT, id_document_number=PASSPORT,
        phone="+7 916 555-12-34", email="m.k@example.ru", address="Москва, ул. Тверская, 7",
        net_monthly_income=Money.of(180_000, "RUB"), obligations=())
    return sample_customer(**{**fields, **changes})


def _desk(path: Path, key: bytes | None):
    database = open_database(path, key)
    return database, CustomerService(ServiceContext(database, "clerk.test", fixed_clock))


def _read(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return b""


def _where_found(paths) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for path in paths:
        data = _read(path)
        for label, needle in NEEDLES.items():
            if needle in data:
                hits.setdefault(str(path), []).append(label)
    return hits


def _files_of(folder: Path) -> list[Path]:
    return [p for p in Path(folder).rglob("*") if p.is_file()]


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that works, in memory: the positive case of OsKeyring."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError(username)
        del self.entries[(service, username)]


@pytest.fixture
def no_keyring():
    return OsKeyring(fail.Keyring())


# -- the raw bytes --------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("encryption_writer.py")
QUERIES = (PASSPORT, "987654", "кузнецова милена")  # whole, a trigram fragment, a name


class Desk:
    """The writer process: the customer taken in, found and backed up, the
    database still open with the write in its WAL until close()."""

    def __init__(self, folder: Path, temp: Path, key: bytes | None):
        temp.mkdir()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp), "TEMP": str(temp),
               "TMP": str(temp), "SQLITE_TMPDIR": str(temp)}
        env.pop("LIENDESK_TEST_KEY", None)
        if key is not None:
            env["LIENDESK_TEST_KEY"] = key.hex()
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), str(folder)], cwd=ROOT, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(self.process.communicate()[1])
        self.report = json.loads(line)

    def close(self) -> None:
        out, err = self.process.communicate("close\n", timeout=30)
        assert self.process.returncode == 0 and out.strip() == "closed", err


def test_a_passport_number_is_nowhere_in_the_bytes_on_disk(tmp_path, no_keyring):
    folder, temp = tmp_path / "desk", tmp_path / "temp"
    folder.mkdir()
    db_path = folder / "liendesk.sqlite3"
    key = create_key(db_path, no_keyring, "admin", "correct horse battery")
    desk = Desk(folder, temp, key)
    try:
        # The search works on the encrypted file.
        assert desk.report["found"] == {q: [desk.report["id"]] for q in QUERIES}
        assert Path(desk.report["temp"]) == temp
        # The write is still in the WAL, not yet in the file.
        wal = Path(f"{db_path}-wal")
        assert wal.stat().st_size > 0
        files = _files_of(folder)
        assert {db_path.name, wal.name, f"{db_path.name}-shm", key_file_path(db_path).name} <= {
            p.name for p in files}
        assert len(list_backups(folder / "backups")) == 1
        assert (folder / "backups" / key_file_path(db_path).name).is_file()
        assert _where_found(files) == {}
        assert _where_found(_files_of(temp)) == {}
    finally:
        desk.close()  # checkpoints the WAL into the file
    assert _where_found(_files_of(folder)) == {}
    assert _where_found(_files_of(temp)) == {}
    assert not is_plain_sqlite(db_path)


def test_control_without_a_key_the_same_scan_finds_the_number(tmp_path):
    folder, temp = tmp_path / "desk", tmp_path / "temp"
    folder.mkdir()
    db_path = folder / "liendesk.sqlite3"
    desk = Desk(folder, temp, key=None)
    try:
        assert desk.report["found"] == {q: [desk.report["id"]] for q in QUERIES}
        hits = _where_found(_files_of(folder))
        assert "'4510987654' in utf-8" in hits[f"{db_path}-wal"]
        assert f"{PASSPORT!r} in utf-8" in hits[str(list_backups(folder / "backups")[0])]
    finally:
        desk.close()
    assert f"{FAMILY!r} in utf-8" in _where_found([db_path])[str(db_path)]


def test_an_erased_value_leaves_no_trace_in_the_file(tmp_path):
    """secure_delete: freed pages are zeroed. Checked without a key, where a
    leftover would be readable, on a row deleted behind the services' back."""
    path = tmp_path / "plain.sqlite3"
    database = open_database(path)
    with database.transaction():
        database.conn.execute("INSERT INTO lenders (id, name, kind) VALUES ('l1', ?, 'bank')",
                              ("Bank " + PASSPORT,))
    with database.transaction():
        database.conn.execute("DELETE FROM lenders WHERE id = 'l1'")
    database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    assert PASSPORT.encode() not in path.read_bytes()


# -- opening with a key -----------------------------------------------------------------


def test_a_wrong_key_is_refused_and_the_file_left_as_it_was(tmp_path):
    path = tmp_path / "liendesk.sqlite3"
    open_database(path, TEST_KEY).close()
    before = path.read_bytes()

    with pytest.raises(WrongKey, match="key does not open") as raised:
        open_database(path, bytes(32))
    assert isinstance(raised.value, DamagedDatabase)  # the app offers a backup, checked with the key
    with pytest.raises(DamagedDatabase):
        open_database(path)  # no key: not readable as a plain file either
    assert path.read_bytes() == before
    assert key_opens(path, TEST_KEY) and not key_opens(path, bytes(32))
    with pytest.raises(ValueError):
        open_database(path, b"short")


def test_a_plain_file_is_not_opened_with_a_key(tmp_path):
    path = tmp_path / "plain.sqlite3"
    open_database(path).close()
    assert is_plain_sqlite(path)
    with pytest.raises(NotEncrypted, match="encrypt_plain_database"):
        open_database(path, TEST_KEY)
    assert not is_plain_sqlite(tmp_path / "missing.sqlite3")


def test_the_integrity_check_reads_an_encrypted_file_and_finds_a_changed_byte(tmp_path):
    path = tmp_path / "liendesk.sqlite3"
    database, customers = _desk(path, TEST_KEY)
    for n in range(40):
        customers.take_in(_customer(given_name=f"Милена {n}", phone=f"+7 916 555-{n:02}-34",
                                    id_document_number=f"4510 9876{n:02}"), allow_duplicate=True)
    assert database.check_integrity().ok
    database.close()
    data = bytearray(path.read_bytes())
    data[-4096 + 100] ^= 0x01  # one bit of the last page
    path.write_bytes(bytes(data))
    database = open_database(path, TEST_KEY)
    try:
        report = database.check_integrity()
    finally:
        database.close()
    assert not report.ok


# -- backups ----------------------------------------------------------------------------


def test_a_backup_is_encrypted_with_the_same_key_and_restores_with_it(tmp_path):
    db_path = tmp_path / "liendesk.sqlite3"
    database, customers = _desk(db_path, TEST_KEY)
    stored = customers.take_in(_customer())
    backup = make_backup(database, tmp_path / "backups", keep=3, stamp=T0)
    database.close()

    assert not is_plain_sqlite(backup)
    assert key_opens(backup, TEST_KEY) and not key_opens(backup, bytes(32))
    with pytest.raises(BadBackup, match="key does not open"):
        restore_backup(backup, db_path, stamp=T0, key=bytes(32))
    with pytest.raises(BadBackup):
        restore_backup(backup, db_path, stamp=T0)  # without the key
    restore_backup(backup, db_path, stamp=T0, key=TEST_KEY)
    database, customers = _desk(db_path, TEST_KEY)
    try:
        assert customers.get(stored.id) == stored
        assert database.check_integrity().ok
    finally:
        database.close()


def test_a_backup_restores_on_a_new_computer_with_an_administrators_secret(tmp_path, no_keyring):
    office = tmp_path / "office"
    office.mkdir()
    key = create_key(office / "liendesk.sqlite3", no_keyring, "admin", "s3cret phrase")
    database, customers = _desk(office / "liendesk.sqlite3", key)
    stored = customers.take_in(_customer())
    backup = make_backup(database, office / "backups", keep=3, stamp=T0)
    database.close()

    # The new computer gets the backups folder only (a USB stick, a network share).
    stick = tmp_path / "stick"
    shutil.copytree(office / "backups", stick)
    new_db = tmp_path / "new" / "liendesk.sqlite3"
    new_db.parent.mkdir()
    unlocked = KeyFile.load(stick / key_file_path(new_db).name).unwrap_any("s3cret phrase")
    restore_backup(stick / backup.name, new_db, key=unlocked)

    assert key_file_path(new_db).is_file()  # the key file came along
    assert unlock_key(new_db, no_keyring, lambda: "s3cret phrase") == key
    database, customers = _desk(new_db, unlocked)
    try:
        assert customers.get(stored.id) == stored
    finally:
        database.close()


# -- converting a plain database -----------------------------------------------------------


def test_a_plain_database_is_converted_and_no_plain_copy_remains(tmp_path):
    path = tmp_path / "liendesk.sqlite3"
    database, customers = _desk(path, None)
    stored = customers.take_in(_customer())
    database.close()
    assert is_plain_sqlite(path) and PASSPORT.encode() in path.read_bytes()

    encrypt_plain_database(path, TEST_KEY)

    assert not is_plain_sqlite(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liendesk.sqlite3"]
    assert _where_found(_files_of(tmp_path)) == {}
    database, customers = _desk(path, TEST_KEY)
    try:
        assert customers.get(stored.id) == stored
        assert [s.id for s in customers.search("987654")] == [stored.id]
        assert database.conn.execute("PRAGMA user_version").fetchone()[0] == db_module.LATEST_VERSION
        assert database.check_integrity().ok
    finally:
        database.close()
    with pytest.raises(ValueError, match="not a plain"):
        encrypt_plain_database(path, TEST_KEY)


def test_a_conversion_cut_short_is_finished_or_undone_without_loss(tmp_path):
    path = tmp_path / "liendesk.sqlite3"
    database, customers = _desk(path, None)
    stored = customers.take_in(_customer())
    database.close()
    aside, encrypting = Path(f"{path}.plain-removing"), Path(f"{path}.encrypting")

    # Cut after the hard link, before the swap: the plain file stays and is converted later.
    os.link(path, aside)
    encrypting.write_bytes(b"half an encrypted copy")
    finish_interrupted_conversion(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liendesk.sqlite3"]
    assert is_plain_sqlite(path)

    # Cut between the two renames (no hard links): the verified copy is put in place.
    shutil.copyfile(path, tmp_path / "copy.sqlite3")
    encrypt_plain_database(tmp_path / "copy.sqlite3", TEST_KEY)
    os.replace(path, aside)
    os.replace(tmp_path / "copy.sqlite3", encrypting)
    database, customers = _desk(path, TEST_KEY)  # opening finishes the conversion
    try:
        assert customers.get(stored.id) == stored
    finally:
        database.close()
    assert not aside.exists() and not encrypting.exists()
    assert _where_found(_files_of(tmp_path)) == {}


def test_without_hard_links_the_conversion_renames(tmp_path, monkeypatch):
    path = tmp_path / "liendesk.sqlite3"
    database, customers = _desk(path, None)
    stored = customers.take_in(_customer())
    database.close()

    def no_links(*_):
        raise OSError("this file system has no hard links")

    monkeypatch.setattr(os, "link", no_links)
    encrypt_plain_database(path, TEST_KEY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liendesk.sqlite3"]
    database, customers = _desk(path, TEST_KEY)
    try:
        assert customers.get(stored.id) == stored
    finally:
        database.close()


# -- the key file ------------------------------------------------------------------------


def test_the_key_is_wrapped_per_administrator_and_unwrapped_by_each(tmp_path):
    key = new_database_key()
    path = tmp_path / "liendesk.sqlite3.keys.json"
    KeyFile(path).add_wrap("admin", key, "first secret", FAST_KDF) \
        .add_wrap("manager", key, "second secret", FAST_KDF).save()

    loaded = KeyFile.load(path)
    assert loaded.names() == ["admin", "manager"]
    assert loaded.unwrap("admin", "first secret") == key
    assert loaded.unwrap("manager", "second secret") == key
    assert loaded.unwrap_any("second secret") == key
    with pytest.raises(WrongSecret):
        loaded.unwrap("admin", "second secret")
    with pytest.raises(WrongSecret):
        loaded.unwrap("nobody", "first secret")
    with pytest.raises(WrongSecret):
        loaded.unwrap_any("a guess")
    text = path.read_text(encoding="utf-8")
    assert key.hex() not in text and "first secret" not in text
    assert base64.b64encode(key).decode() not in text

    loaded.remove_wrap("manager").save()
    assert KeyFile.load(path).names() == ["admin"]
    with pytest.raises(ValueError, match="last wrap"):
        KeyFile.load(path).remove_wrap("admin")
    with pytest.raises(ValueError, match="another database"):
        KeyFile.load(path).add_wrap("other", new_database_key(), "x", FAST_KDF)


def test_a_wrap_moved_under_another_name_does_not_open(tmp_path):
    key = new_database_key()
    path = tmp_path / "k.json"
    KeyFile(path).add_wrap("admin", key, "secret", FAST_KDF).save()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["wraps"]["intruder"] = data["wraps"]["admin"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WrongSecret):
        KeyFile.load(path).unwrap("intruder", "secret")


def test_the_default_wrap_is_argon2id_at_64_mib(tmp_path, no_keyring):
    db_path = tmp_path / "liendesk.sqlite3"
    key = create_key(db_path, no_keyring, "admin", "secret")
    entry = json.loads(key_file_path(db_path).read_text(encoding="utf-8"))["wraps"]["admin"]
    assert entry["kdf"] == {"name": "argon2id", "t": 3, "m_kib": 65536, "p": 1}
    assert len(keys_module._unb64(entry["salt"])) == 16
    assert len(keys_module._unb64(entry["ciphertext"])) == 32 + 16  # the key and GCM's tag
    with pytest.raises(FileExistsError):
        create_key(db_path, no_keyring, "admin", "another")
    assert KeyFile.load(key_file_path(db_path)).unwrap("admin", "secret") == key


def test_a_save_is_atomic(tmp_path, monkeypatch):
    key = new_database_key()
    path = tmp_path / "k.json"
    KeyFile(path).add_wrap("admin", key, "old", FAST_KDF).save()
    before = path.read_bytes()

    def crash(*_):
        raise OSError("power cut")

    monkeypatch.setattr(keys_module.os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        KeyFile.load(path).add_wrap("manager", key, "new", FAST_KDF).save()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.json"]  # no temporary file left


def test_a_password_change_rewraps_the_same_key(tmp_path, no_keyring):
    db_path = tmp_path / "liendesk.sqlite3"
    key = create_key(db_path, no_keyring, "admin", "old secret")
    with pytest.raises(WrongSecret):
        rewrap(db_path, "admin", "not the old one", "new secret")
    rewrap(db_path, "admin", "old secret", "new secret")
    key_file = KeyFile.load(key_file_path(db_path))
    assert key_file.unwrap("admin", "new secret") == key
    with pytest.raises(WrongSecret):
        key_file.unwrap("admin", "old secret")


# -- the OS keyring and unlocking -----------------------------------------------------------


@pytest.fixture
def global_keyring():
    """Lets a test set the keyring package's backend, and puts it back."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_without_a_keyring_backend_the_keyring_is_simply_absent(tmp_path, global_keyring, backend):
    global_keyring(backend())
    custody = OsKeyring()
    assert not custody.available
    assert custody.load(tmp_path / "liendesk.sqlite3") is None
    assert custody.save(tmp_path / "liendesk.sqlite3", TEST_KEY) is False
    assert custody.forget(tmp_path / "liendesk.sqlite3") is False


def test_a_working_keyring_keeps_the_key_per_database(tmp_path, global_keyring):
    memory = MemoryKeyring()
    global_keyring(memory)
    custody = OsKeyring()
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert custody.available
    assert custody.save(first, TEST_KEY)
    assert custody.load(first) == TEST_KEY
    assert custody.load(second) is None
    [(service, account)] = memory.entries
    assert service == "LienDesk" and len(account) == 64 and "a.sqlite3" not in account
    assert custody.forget(first)
    assert custody.load(first) is None and not custody.forget(first)


def test_unlock_takes_the_keyring_first_then_an_administrators_secret(tmp_path):
    custody = OsKeyring(MemoryKeyring())
    db_path = tmp_path / "liendesk.sqlite3"
    key = create_key(db_path, OsKeyring(fail.Keyring()), "admin", "right")
    open_database(db_path, key).close()

    asked = []

    def ask():
        asked.append(len(asked))
        return ["wrong", "right"][len(asked) - 1]

    assert unlock_key(db_path, custody, ask) == key
    assert asked == [0, 1]  # a second call: the first secret was wrong
    assert custody.load(db_path) == key  # kept for the next start

    def never():
        raise AssertionError("the keyring has the key: nobody is asked")

    assert unlock_key(db_path, custody, never) == key

    custody.save(db_path, bytes(32))  # a stale entry (another file once at this path)
    assert unlock_key(db_path, custody, lambda: "right") == key
    assert custody.load(db_path) == key


def test_unlock_gives_up_clearly(tmp_path, no_keyring):
    db_path = tmp_path / "liendesk.sqlite3"
    with pytest.raises(KeyUnavailable, match="keys.json"):
        unlock_key(db_path, no_keyring, lambda: "anything")
    create_key(db_path, no_keyring, "admin", "right")
    with pytest.raises(UnlockCancelled):
        unlock_key(db_path, no_keyring, lambda: None)
    with pytest.raises(WrongSecret):
        unlock_key(db_path, no_keyring, lambda: "wrong", attempts=2)


def test_database_repr_does_not_show_the_key(database):
    assert TEST_KEY.hex() not in repr(database) and str(list(TEST_KEY)) not in repr(database)


def test_unlock_falls_back_to_the_copy_beside_the_backups(tmp_path, no_keyring):
    db_path = tmp_path / "liendesk.sqlite3"
    key = create_key(db_path, no_keyring, "admin", "right")
    database = open_database(db_path, key)
    make_backup(database, tmp_path / "backups", keep=3, stamp=T0)
    database.close()
    key_file_path(db_path).write_text("{ damaged", encoding="utf-8")

    assert unlock_key(db_path, no_keyring, lambda: "right", backup_folder=tmp_path / "backups") == key
    assert KeyFile.load(key_file_path(db_path)).unwrap("admin", "right") == key  # put back
