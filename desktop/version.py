"""LienDesk's version: one place for the app, the bundle (build.spec) and its
Windows version resource and macOS Info.plist. Keep it equal to
pyproject.toml's ``version``."""

from __future__ import annotations

__version__ = "0.1.0"

APP_NAME = "LienDesk"
BUNDLE_IDENTIFIER = "com.liendesk.desk"
COMPANY = "LienDesk"
DESCRIPTION = "LienDesk front-desk application"
COPYRIGHT = "Copyright (c) LienDesk"


def version_tuple(version: str = __version__) -> tuple[int, int, int, int]:
    """The four numbers a Windows version resource wants: "0.1.0" -> (0, 1, 0, 0)."""
    numbers = [int("".join(ch for ch in part if ch.isdigit()) or 0) for part in version.split(".")]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]
