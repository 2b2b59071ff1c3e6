"""Custody of the database key.

Each database has its own random 256-bit key (new_database_key). It is kept
in two places:

- the key file beside the database, ``<database file name>.keys.json``,
  which holds the key wrapped once per administrator: AES-256-GCM under a
  key-encryption key derived from that administrator's secret with
  Argon2id (t=3, 64 MiB, p=1, a 16-byte salt per wrap). The file holds no
  key in clear, so it may be copied next to the backups: with it and an
  administrator's secret, a backup opens on a new computer;
- the OS keyring (Windows Credential Manager, macOS Keychain, Secret
  Service), when there is one, so that the desk starts without an
  administrator at every launch. Anyone signed in to that OS account can
  then open the database; on a computer without a keyring backend (a
  headless Linux, a kiosk) an administrator's secret is asked at each start.

Losing both the key file (and its copy beside the backups) and every
keyring entry loses the data: there is no back door.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.store.db import KEY_BYTES, is_plain_sqlite, key_opens

log = logging.getLogger(__name__)

_FORMAT = "liendesk-keys"
_VERSION = 1
_NONCE_BYTES = 12
_SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost, stored with each wrap so it can be raised later."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1

    def derive(self, secret: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret.encode("utf-8"), salt, time_cost=self.time_cost, memory_cost=self.memory_kib,
            parallelism=self.parallelism, hash_len=KEY_BYTES, type=Type.ID,
        )


DEFAULT_KDF = KdfParams()


class WrongSecret(Exception):
    """The secret does not unwrap the database key."""

    def __init__(self, name: str | None = None):
        self.name = name
        who = f"of {name} " if name else ""
        super().__init__(f"This secret {who}does not unlock the database.")


class KeyUnavailable(Exception):
    """Neither the keyring nor a key file can give the database key."""


class UnlockCancelled(Exception):
    """The administrator was asked for a secret and gave none."""


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_file_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".keys.json")


def key_id(key: bytes) -> str:
    """A short fingerprint of the key (it reveals nothing of the key): tells
    which database key a key file holds, without any secret."""
    return hmac.new(key, b"LienDesk database key id", hashlib.sha256).hexdigest()[:16]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(name: str) -> bytes:
    # Binds each wrap to its entry: moved under another name, it fails to open.
    return f"{_FORMAT}/{_VERSION}/{name}".encode("utf-8")


class KeyFile:
    """The database key, wrapped once per administrator secret.

    ``{"format": "liendesk-keys", "version": 1, "key_id": …, "wraps": {name:
    {"kdf": {"name": "argon2id", "t", "m_kib", "p"}, "salt", "nonce",
    "ciphertext"}}}``, bytes in base64."""

    def __init__(self, path: Path | str, wraps: dict[str, dict[str, Any]] | None = None,
                 key_fingerprint: str | None = None):
        self.path = Path(path)
        self._wraps: dict[str, dict[str, Any]] = dict(wraps or {})
        self.key_id = key_fingerprint

    @classmethod
    def load(cls, path: Path | str) -> "KeyFile":
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != _FORMAT or data.get("version") != _VERSION:
                raise ValueError(f"not a version {_VERSION} LienDesk key file")
            wraps = data["wraps"]
            if not isinstance(wraps, dict):
                raise ValueError("its wraps are not a table")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
            raise ValueError(f"The key file {path} cannot be read: {error}") from error
        return cls(path, wraps, data.get("key_id"))

    def names(self) -> list[str]:
        return sorted(self._wraps)

    def add_wrap(self, name: str, key: bytes, secret: str, kdf: KdfParams = DEFAULT_KDF) -> "KeyFile":
        """Wrap ``key`` under ``name``'s secret (replacing an earlier wrap of
        that name). Every wrap in one file holds the same key."""
        if len(key) != KEY_BYTES:
            raise ValueError(f"a database key is {KEY_BYTES} bytes")
        if not name:
            raise ValueError("a wrap needs the administrator's name")
        if not secret:
            raise ValueError("an empty secret protects nothing")
        fingerprint = key_id(key)
        if self.key_id is not None and self.key_id != fingerprint:
            raise ValueError("this key file holds another database's key")
        salt, nonce = secrets.token_bytes(_SALT_BYTES), secrets.token_bytes(_NONCE_BYTES)
        ciphertext = AESGCM(kdf.derive(secret, salt)).encrypt(nonce, key, _aad(name))
        self._wraps[name] = {
            "kdf": {"name": "argon2id", "t": kdf.time_cost, "m_kib": kdf.memory_kib,
                    "p": kdf.parallelism},
            "salt": _b64(salt), "nonce": _b64(nonce), "ciphertext": _b64(ciphertext),
        }
        self.key_id = fingerprint
        return self

    def remove_wrap(self, name: str) -> "KeyFile":
        if name not in self._wraps:
            raise KeyError(name)
        if len(self._wraps) == 1:
            raise ValueError("the last wrap cannot be removed: nobody could open the database")
        del self._wraps[name]
        return self

    def unwrap(self, name: str, secret: str) -> bytes:
        entry = self._wraps.get(name)
        if entry is None:
            raise WrongSecret(name)
        try:
            kdf_data = entry["kdf"]
            if kdf_data["name"] != "argon2id":
                raise ValueError(f"unknown key derivation {kdf_data['name']!r}")
            kdf = KdfParams(int(kdf_data["t"]), int(kdf_data["m_kib"]), int(kdf_data["p"]))
            salt, nonce = _unb64(entry["salt"]), _unb64(entry["nonce"])
            ciphertext = _unb64(entry["ciphertext"])
        except (KeyError, TypeError, binascii.Error) as error:
            raise ValueError(f"The key file {self.path} is damaged at {name!r}: {error}") from error
        try:
            key = AESGCM(kdf.derive(secret, salt)).decrypt(nonce, ciphertext, _aad(name))
        except InvalidTag:
            raise WrongSecret(name) from None
        if self.key_id is not None and key_id(key) != self.key_id:
            raise ValueError(f"The key file {self.path} mixes keys of different databases")
        return key

    def unwrap_any(self, secret: str) -> bytes:
        """The key, from whichever administrator's wrap this secret opens
        (one Argon2id derivation per wrap tried: about 0.1-0.3 s each)."""
        for name in self.names():
            try:
                return self.unwrap(name, secret)
            except WrongSecret:
                continue
        raise WrongSecret()

    def save(self) -> None:
        """Write atomically: a temporary file in the same folder, flushed to
        the disk, then renamed over the old one; a crash leaves one or the other."""
        if not self._wraps:
            raise ValueError("a key file with no wrap would lock the database for good")
        text = json.dumps({"format": _FORMAT, "version": _VERSION, "key_id": self.key_id,
                           "wraps": self._wraps}, indent=1, sort_keys=True)
        write_atomically(self.path, text.encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, 0o600)  # wrapped keys only, still nobody else's business
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    if os.name != "nt":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class OsKeyring:
    """The database key in the OS keyring, under the service "LienDesk" and
    an account named by a SHA-256 of the database's full path (one entry per
    database file, and no path or name of a person in the keyring).

    Degrades to nothing when there is no usable backend: load() returns None,
    save() and forget() do nothing (and say so by returning False)."""

    SERVICE = "LienDesk"

    def __init__(self, backend: Any | None = None):
        self._backend = backend  # None: whatever the keyring package chose

    def _usable_backend(self) -> Any | None:
        try:
            import keyring
            from keyring.backends import fail, null

            backend = self._backend or keyring.get_keyring()
        except Exception as error:  # noqa: BLE001 - no keyring is a normal case
            log.info("no OS keyring: %s", type(error).__name__)
            return None
        chained = getattr(backend, "backends", None)  # keyring's ChainerBackend
        if isinstance(backend, (fail.Keyring, null.Keyring)) or chained == []:
            return None
        return backend

    @property
    def available(self) -> bool:
        return self._usable_backend() is not None

    @staticmethod
    def account(db_path: Path | str) -> str:
        full = os.path.normcase(str(Path(db_path).resolve()))
        return hashlib.sha256(full.encode("utf-8")).hexdigest()

    def load(self, db_path: Path | str) -> bytes | None:
        backend = self._usable_backend()
        if backend is None:
            return None
        try:
            text = backend.get_password(self.SERVICE, self.account(db_path))
        except Exception as error:  # noqa: BLE001 - a locked or broken keyring: ask instead
            log.warning("the OS keyring could not be read: %s", type(error).__name__)
            return None
        if not text:
            return None
        try:
            key = _unb64(text)
        except (binascii.Error, ValueError):
            return None
        return key if len(key) == KEY_BYTES else None

    def save(self, db_path: Path | str, key: bytes) -> bool:
        backend = self._usable_backend()
        if backend is None:
            return False
        try:
            backend.set_password(self.SERVICE, self.account(db_path), _b64(key))
        except Exception as error:  # noqa: BLE001
            log.warning("the OS keyring could not be written: %s", type(error).__name__)
            return False
        return True

    def forget(self, db_path: Path | str) -> bool:
        backend = self._usable_backend()
        if backend is None:
            return False
        try:
            backend.delete_password(self.SERVICE, self.account(db_path))
        except Exception as error:  # noqa: BLE001 - PasswordDeleteError: nothing was stored
            log.info("nothing removed from the OS keyring: %s", type(error).__name__)
            return False
        return True


def _key_files(db_path: Path, backup_folder: Path | None) -> list[Path]:
    found = [key_file_path(db_path)]
    if backup_folder is not None:
        found.append(Path(backup_folder) / key_file_path(db_path).name)
    return [p for p in found if p.is_file()]


def unlock_key(
    db_path: Path | str,
    keyring: OsKeyring,
    ask_admin_secret: Callable[[], str | None],
    *,
    backup_folder: Path | None = None,
    attempts: int = 3,
) -> bytes:
    """The key of an existing database, for opening it at start.

    First the OS keyring (checked against the file: an entry left by an
    earlier file at this path is dropped). Otherwise ``ask_admin_secret`` is
    called for an administrator's secret, and the key is unwrapped from the
    key file beside the database (or its copy in ``backup_folder``) and then
    kept in the keyring when there is one. ``ask_admin_secret`` is called
    again after a secret that does not unwrap (so a second call means "that
    was wrong"), at most ``attempts`` times. Returns the key, or raises
    UnlockCancelled (it returned None), WrongSecret (no attempt worked) or
    KeyUnavailable (no key file).
    """
    db_path = Path(db_path)
    stored = keyring.load(db_path)
    if stored is not None:
        if not db_path.exists() or is_plain_sqlite(db_path) or key_opens(db_path, stored):
            return stored  # (a plain file is about to be encrypted with this key)
        log.warning("the key in the OS keyring does not open %s: asking for a secret", db_path.name)
        keyring.forget(db_path)
    key_file = None
    for candidate in _key_files(db_path, backup_folder):
        try:
            key_file = KeyFile.load(candidate)
            break
        except ValueError as error:  # damaged: the copy beside the backups may do
            log.warning("%s", error)
    if key_file is None:
        raise KeyUnavailable(
            f"No key for {db_path}: the OS keyring holds none and the key file "
            f"{key_file_path(db_path).name} is missing or damaged, here and in the backups "
            f"folder. Copy it back from wherever the backups were taken.")
    for _ in range(attempts):
        secret = ask_admin_secret()
        if secret is None:
            raise UnlockCancelled("no administrator's secret was given")
        try:
            key = key_file.unwrap_any(secret)
        except WrongSecret:
            continue
        if key_file.path != key_file_path(db_path):  # the backups' copy: put it back
            write_atomically(key_file_path(db_path), key_file.path.read_bytes())
        keyring.save(db_path, key)
        return key
    raise WrongSecret()


def create_key(db_path: Path | str, keyring: OsKeyring, admin_name: str, admin_secret: str) -> bytes:
    """A new key for a new database (or for encrypt_plain_database): wrapped
    for the first administrator in a new key file, and kept in the keyring
    when there is one. Refuses to replace an existing key file."""
    path = key_file_path(db_path)
    if path.exists():
        raise FileExistsError(f"{path} already exists: it holds the key of the database beside it")
    key = new_database_key()
    KeyFile(path).add_wrap(admin_name, key, admin_secret).save()
    keyring.save(db_path, key)
    return key


def add_administrator(db_path: Path | str, key: bytes, name: str, secret: str) -> None:
    """Wrap the (open) database's key for one more administrator."""
    key_file = KeyFile.load(key_file_path(db_path))
    key_file.add_wrap(name, key, secret).save()


def rewrap(db_path: Path | str, name: str, old_secret: str, new_secret: str) -> None:
    """An administrator's secret changed: the same key, wrapped anew."""
    key_file = KeyFile.load(key_file_path(db_path))
    key = key_file.unwrap(name, old_secret)
    key_file.add_wrap(name, key, new_secret).save()
