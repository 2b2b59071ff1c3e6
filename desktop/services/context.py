"""What every service is given: the database, who acts, and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any, Callable

from desktop.store import audit
from desktop.store.db import Database


@dataclass(frozen=True)
class ServiceContext:
    database: Database
    actor: str                         # the clerk signed in, as written to the audit log
    clock: Callable[[], datetime]      # returns an aware UTC datetime
    # The zone that decides which day "today" is (a Tokyo morning is still
    # yesterday in UTC); None: the computer's own zone, as the clerk's calendar.
    zone: tzinfo | None = None

    def now(self) -> datetime:
        moment = self.clock()
        if moment.tzinfo is None:
            raise ValueError("the clock must return an aware datetime")
        return moment

    def today(self, tz: tzinfo | None = None) -> date:
        return self.now().astimezone(tz or self.zone).date()

    def audit(
        self, at: datetime, action: str, entity: str, entity_id: str, *,
        before: Any = None, after: Any = None,
    ) -> None:
        """Record a change; call inside the transaction that makes it."""
        audit.append(
            self.database.conn, at=at, actor=self.actor, action=action,
            entity=entity, entity_id=entity_id, before=before, after=after,
        )
