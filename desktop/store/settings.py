"""The desk's settings, one JSON value per key ('desk' → DeskSettings)."""

from __future__ import annotations

import json

from desktop.domain.settings import DeskSettings
from desktop.store.db import Database

_DESK = "desk"


class SettingsRepository:
    def __init__(self, database: Database):
        self._conn = database.conn

    def get(self) -> DeskSettings | None:
        """The stored settings, or None when none were ever saved. Keys a
        newer or older program wrote that this one does not know are ignored."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (_DESK,)).fetchone()
        return None if row is None else DeskSettings.from_json_dict(json.loads(row[0]))

    def put(self, settings: DeskSettings) -> None:
        value = json.dumps(settings.to_json_dict(), ensure_ascii=False, sort_keys=True)
        self._conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_DESK, value),
        )
