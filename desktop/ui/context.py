"""What every screen needs, handed down from the composition root (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from PySide6.QtWidgets import QWidget

from desktop.services.registry import Services
from desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class BranchDefaults:
    """What a new record starts with at this branch."""

    language: str = "ja"
    citizenship: str = "JP"
    currency: str = "JPY"


@dataclass
class UiContext:
    runner: TaskRunner
    services: Services
    today: Callable[[], date]
    show_error: Callable[[QWidget | None, BaseException], None]
    branch: BranchDefaults = BranchDefaults()
