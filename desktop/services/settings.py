"""The desk's settings: the promises on release dates and the tolerance
between a lender's letter and the desk's estimate."""

from __future__ import annotations

from desktop.domain.settings import DeskSettings, validate_settings
from desktop.domain.access import Permission
from desktop.services.context import ServiceContext
from desktop.store.settings import SettingsRepository

__all__ = ["DeskSettings", "SettingsService"]


class SettingsService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._db = ctx.database
        self._settings = SettingsRepository(ctx.database)

    def get(self) -> DeskSettings:
        """The stored settings; the defaults while none were saved."""
        return self._settings.get() or DeskSettings()

    def update(self, settings: DeskSettings) -> DeskSettings:
        self._ctx.require(Permission.MANAGE_SETTINGS)
        validate_settings(settings)
        now = self._ctx.now()
        with self._db.transaction():
            before = self.get()
            if before == settings:  # nothing changes: no write, no audit row
                return settings
            self._settings.put(settings)
            self._ctx.audit(now, "settings.update", "settings", "desk", before=before, after=settings)
        return settings
