"""Where things are: resources in the source tree or in a frozen bundle, and
the per-user data folder."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "LienDesk"


def resources_dir() -> Path:
    # PyInstaller unpacks data next to the executable (sys._MEIPASS).
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database_path() -> Path:
    return user_data_dir() / "liendesk.sqlite3"


def backups_dir_for(database_path: Path) -> Path:
    return database_path.parent / "backups"


def log_path() -> Path:
    return user_data_dir() / "liendesk.log"
