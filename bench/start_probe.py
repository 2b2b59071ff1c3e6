"""One cold start, run as a fresh process by bench.py (not on its own).

    python bench/start_probe.py app DB_PATH    # LienDesk's window on that database
    python bench/start_probe.py baseline       # a bare QMainWindow, for comparison
    python bench/start_probe.py typing DB_PATH TEXTS_JSON
        # after the start, each text typed into the customer list: the time
        # to the worker's answer and to the list repainted with it

Shows the window offscreen, processes events until it is exposed and (app) the
customer list shows its first rows, prints one line ``READY {json}`` with the
time of each phase since this process began running Python, and leaves at once
with os._exit(0): the integrity check still running on its own thread, and the
backup made at close, are not part of a start.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

phases: dict[str, float] = {}


def mark(name: str) -> None:
    phases[name] = round(time.perf_counter() - T0, 4)


def main() -> None:
    mode = sys.argv[1]
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    mark("import_qt")
    qapp = QApplication(sys.argv[:1])
    mark("qapplication")
    if mode == "baseline":
        window = QMainWindow()
        window.setCentralWidget(QLabel("LienDesk"))
        window.resize(1200, 760)
        ready = lambda: True  # noqa: E731
    else:
        from pathlib import Path

        from desktop.app import Application

        mark("import_app")
        import inspect

        if "key" in inspect.signature(Application).parameters:
            # An app that opens SQLCipher files: None opens the plain file the
            # generator made (desktop.store.db keeps that for the benchmark).
            application = Application(Path(sys.argv[2]), key=None, load_demo_data=False)
        else:
            application = Application(Path(sys.argv[2]), load_demo_data=False)
        # The clerk signs in before the first list shows; the benchmark skips
        # the typing (it has no users) and lets a system session load the list.
        application.services.context.session.system = True
        application.window.load_screens()
        mark("application")
        window = application.window
        model = window.customers.model
        # The first list is in once the worker has answered (only the detached
        # integrity check may still be pending).
        ready = lambda: model.rowCount() > 0 and application.runner.pending <= 1  # noqa: E731
    window.show()
    mark("show")
    # Wake up now and then even if no event comes (it always should).
    ticker = QTimer()
    ticker.start(50)
    exposed = False
    give_up = time.perf_counter() + 60
    while True:
        if time.perf_counter() > give_up:
            print("the window was not exposed with its first customer list within 60 s", file=sys.stderr,
                  flush=True)
            os._exit(3)
        qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if not exposed and window.windowHandle() is not None and window.windowHandle().isExposed():
            exposed = True
            mark("exposed")
        if exposed and ready():
            break
    mark("populated")
    qapp.processEvents()  # the repaint of the list the model reset asked for
    mark("painted")
    if mode == "typing":
        phases["keystrokes"] = type_into(qapp, application, json.loads(sys.argv[3]))
    if mode != "baseline":
        phases["rows"] = model.rowCount()
        phases["pending"] = application.runner.pending
    heavy = ("reportlab", "PIL", "babel", "holidays", "sqlite_utils", "click", "dateutil", "pluggy", "tabulate")
    phases["loaded"] = sorted(name for name in heavy if name in sys.modules)
    phases["modules"] = len(sys.modules)
    print("READY " + json.dumps(phases), flush=True)
    os._exit(0)


def type_into(qapp, application, texts: list[str]) -> list[list]:
    """Each text put in the customer search box and searched at once (the
    120 ms pause after typing left out): [text, seconds to the answer shown
    in the model, seconds to the list repainted, rows]."""
    from PySide6.QtCore import QEventLoop

    screen = application.window.customers
    out = []
    for text in texts:
        idle = application.runner.pending  # the integrity check may still be running
        started = time.perf_counter()
        screen.search_box.setText(text)
        debounce = getattr(screen, "_debounce", None)
        if debounce is not None:
            debounce.stop()
        screen.refresh()
        while application.runner.pending > idle:
            qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        answered = time.perf_counter() - started
        qapp.processEvents()  # layout (columns sized to their contents) and paint
        out.append([text, answered, time.perf_counter() - started, screen.model.rowCount()])
    return out


if __name__ == "__main__":
    main()
