"""The audit trail as the branch manager, the security officer or the
administrator reads it: filtered, and checked link by link."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.access import Permission
from desktop.services.context import ServiceContext
from desktop.store import audit


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before_json: str | None
    after_json: str | None


class AuditTrailService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._conn = ctx.database.conn

    def entries(self, *, actor: str = "", action: str = "", entity_id: str = "",
                since: datetime | None = None, until: datetime | None = None,
                limit: int = 1000) -> list[AuditEntry]:
        """Newest first. `action` matches a prefix ("customer." finds every
        customer action); `actor` and `entity_id` match exactly."""
        self._ctx.require(Permission.VIEW_AUDIT)
        where, args = [], []
        if actor:
            where.append("actor = ?")
            args.append(actor)
        if action:
            where.append("action LIKE ? ESCAPE '\\'")
            args.append(action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if entity_id:
            where.append("entity_id = ?")
            args.append(entity_id)
        if since:
            where.append("at >= ?")
            args.append(since.isoformat())
        if until:
            where.append("at < ?")
            args.append(until.isoformat())
        sql = ("SELECT seq, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY seq DESC LIMIT ?")
        rows = self._conn.execute(sql, (*args, limit)).fetchall()
        return [AuditEntry(r[0], datetime.fromisoformat(r[1]), *r[2:]) for r in rows]

    def verify(self) -> audit.ChainReport:
        """Walk the hash chain; the report names the first broken link."""
        self._ctx.require(Permission.VIEW_AUDIT)
        return audit.verify_chain(self._conn)
