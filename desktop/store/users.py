"""The people who sign in: rows ↔ domain User, with their password hashes."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.access import Role, User
from desktop.domain.errors import NotFound
from desktop.store.db import Database

_COLUMNS = "id, username, display_name, role, disabled, failed_attempts, locked_until"


def _user(row) -> User:
    return User(id=row[0], username=row[1], display_name=row[2], role=Role(row[3]),
                disabled=bool(row[4]), failed_attempts=row[5],
                locked_until=datetime.fromisoformat(row[6]) if row[6] else None)


class UserRepository:
    def __init__(self, database: Database):
        self._conn = database.conn

    def add(self, user: User, password_hash: str, at: datetime) -> None:
        self._conn.execute(
            "INSERT INTO users (id, username, display_name, role, password_hash, disabled, "
            "failed_attempts, locked_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (user.id, user.username, user.display_name, user.role.value, password_hash, int(user.disabled),
             user.failed_attempts, None, at.isoformat(), at.isoformat()))

    def update(self, user: User, at: datetime) -> None:
        self._conn.execute(
            "UPDATE users SET display_name = ?, role = ?, disabled = ?, failed_attempts = ?, "
            "locked_until = ?, updated_at = ? WHERE id = ?",
            (user.display_name, user.role.value, int(user.disabled), user.failed_attempts,
             user.locked_until.isoformat() if user.locked_until else None, at.isoformat(), user.id))

    def set_password_hash(self, user_id: str, password_hash: str, at: datetime) -> None:
        self._conn.execute("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?",
                           (password_hash, at.isoformat(), user_id))

    def get(self, user_id: str) -> User:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            raise NotFound(f"no user {user_id}")
        return _user(row)

    def by_username(self, username: str) -> tuple[User, str] | None:
        row = self._conn.execute(f"SELECT {_COLUMNS}, password_hash FROM users WHERE username = ?",
                                 (username.strip(),)).fetchone()
        return None if row is None else (_user(row), row[7])

    def all(self) -> list[User]:
        return [_user(r) for r in self._conn.execute(f"SELECT {_COLUMNS} FROM users ORDER BY username")]

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM users").fetchone()[0]
