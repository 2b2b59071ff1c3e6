from __future__ import annotations

import pytest

from desktop.ui.context import UiContext
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY


class ErrorSink:
    """Errors a screen would have shown in a message box, kept for the test."""

    def __init__(self):
        self.errors: list[BaseException] = []

    def __call__(self, _parent, error: BaseException) -> None:
        self.errors.append(error)


@pytest.fixture
def shown_errors():
    return ErrorSink()


@pytest.fixture
def ui_context(qapp, services, shown_errors):
    runner = TaskRunner(lambda error: shown_errors(None, error))
    ctx = UiContext(runner=runner, services=services, today=lambda: TODAY, show_error=shown_errors)
    yield ctx
    runner.shutdown()


@pytest.fixture
def wait_idle(qtbot, ui_context):
    """Wait until the worker has answered everything asked of it."""

    def wait(timeout: int = 5000) -> None:
        qtbot.waitUntil(lambda: ui_context.runner.pending == 0, timeout=timeout)

    return wait
