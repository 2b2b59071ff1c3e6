"""What every service is given: the database, who acts, and the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any, Callable

from desktop.domain.access import AccessDenied, Permission, User, allows
from desktop.store import audit
from desktop.store.db import Database


@dataclass
class Session:
    """Who is signed in at this desk. A system session (demo loading, the
    benchmark, tests of other rules) has no person behind it and is not
    limited by role; the application's own session always starts empty."""

    user: User | None = None
    system: bool = False

    @classmethod
    def system_session(cls) -> "Session":
        return cls(system=True)


@dataclass(frozen=True)
class ServiceContext:
    database: Database
    system_actor: str                  # written to the audit log when no person is signed in
    clock: Callable[[], datetime]      # returns an aware UTC datetime
    # The zone that decides which day "today" is (a Tokyo morning is still
    # yesterday in UTC); None: the computer's own zone, as the clerk's calendar.
    zone: tzinfo | None = None
    session: Session = field(default_factory=Session.system_session)

    @property
    def actor(self) -> str:
        """Who acts, as written to the audit log."""
        return self.session.user.username if self.session.user else self.system_actor

    def require(self, permission: Permission) -> None:
        """Refuse the action unless the signed-in user's role allows it."""
        user = self.session.user
        if self.session.system and user is None:
            return
        if user is None or user.disabled or not allows(user.role, permission):
            raise AccessDenied(permission, user.role if user else None)

    def now(self) -> datetime:
        moment = self.clock()
        if moment.tzinfo is None:
            raise ValueError("the clock must return an aware datetime")
        return moment

    def today(self, tz: tzinfo | None = None) -> date:
        return self.now().astimezone(tz or self.zone).date()

    def audit(
        self, at: datetime, action: str, entity: str, entity_id: str, *,
        before: Any = None, after: Any = None, actor: str | None = None,
    ) -> None:
        """Record a change; call inside the transaction that makes it.
        `actor` names who acts before anyone is signed in (a sign-in attempt)."""
        audit.append(
            self.database.conn, at=at, actor=actor or self.actor, action=action,
            entity=entity, entity_id=entity_id, before=before, after=after,
        )
