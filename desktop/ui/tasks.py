"""The one background worker that talks to the database.

Every database operation from the GUI goes through `TaskRunner.run`: the
call runs on a single worker thread (so the connection is used by one thread
at a time and the window never freezes), and its result or error comes back
on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


@dataclass(frozen=True)
class _Outcome:
    on_done: OnDone | None
    on_error: OnError | None
    result: Any
    error: BaseException | None


class TaskRunner(QObject):
    # Emitted from the worker thread; delivered queued on the GUI thread. One
    # object per emit: PySide6 miscounts references to None sent through a
    # queued Signal(object, …) argument, and crashes after a while.
    _finished = Signal(object)  # _Outcome
    busy_changed = Signal(bool)

    def __init__(self, default_error_handler: OnError, parent: QObject | None = None):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="liendesk-db")
        self._default_error = default_error_handler
        self._pending = 0
        self._closed = False  # after shutdown, late timers ask for nothing more
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return self._pending

    def run(self, fn: Callable[[], Any], on_done: OnDone | None = None,
            on_error: OnError | None = None) -> None:
        """Run fn on the worker; then on_done(result) or on_error(exc) here."""
        if self._closed:
            log.info("ignored a task asked for while closing: %r", fn)
            return
        self._started()
        future = self._executor.submit(fn)
        future.add_done_callback(lambda f: self._emit(f, on_done, on_error))

    def run_detached(self, fn: Callable[[], Any], on_done: OnDone | None = None,
                     on_error: OnError | None = None) -> None:
        """Run fn on a thread of its own, beside the database worker: for a
        long read with its own connection (the integrity check) that must
        neither hold up the clerk's queries nor keep a closing app waiting."""
        self._started()
        future: Future = Future()

        def work() -> None:
            try:
                future.set_result(fn())
            except BaseException as error:  # delivered to on_error on the GUI thread
                future.set_exception(error)
            self._emit(future, on_done, on_error)

        threading.Thread(target=work, name="liendesk-check", daemon=True).start()

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run fn on the worker and wait for it: for shutdown, where the
        window is closing anyway and the result is needed before exit."""
        return self._executor.submit(fn).result()

    def _started(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

    def _emit(self, future: Future, on_done: OnDone | None, on_error: OnError | None) -> None:
        error = future.exception()
        result = None if error else future.result()
        self._finished.emit(_Outcome(on_done, on_error, result, error))

    @Slot(object)
    def _deliver(self, outcome: "_Outcome") -> None:
        self._pending -= 1
        try:
            if outcome.error is not None:
                (outcome.on_error or self._default_error)(outcome.error)
            elif outcome.on_done is not None:
                outcome.on_done(outcome.result)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)
