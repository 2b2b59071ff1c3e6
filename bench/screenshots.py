"""The README's screenshots: the main screens in each language, offscreen.

    QT_QPA_PLATFORM=offscreen python bench/screenshots.py

Writes resources/screenshots/<language>-<section>.png from a fresh demo
database, signed in as the demo branch manager.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SECTIONS = {"customers": 0, "payoffs": 1, "sales": 2, "applications": 3}  # name → row
LANGUAGES = ("en", "ja", "ru", "zh_CN")
KEY = bytes(range(32))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.app import DEMO_PASSWORD, Application, register_bundled_fonts, utc_now
    from desktop.services.context import ServiceContext
    from desktop.services.registry import Services
    from desktop.store.db import open_database

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    register_bundled_fonts()
    out = ROOT / "resources" / "screenshots"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.sqlite3"
        first = Application(demo, KEY, load_demo_data=True,
                            first_administrator=("admin", "Admin", "correct horse battery"))
        first.runner.call(lambda: None)
        first.window.deleteLater()
        first.shutdown()
        for language in LANGUAGES:
            path = Path(folder) / f"{language}.sqlite3"
            shutil.copy(demo, path)
            database = open_database(path, key=KEY)
            settings = Services.build(ServiceContext(database, "screens", utc_now)).settings
            settings.update(replace(settings.get(), screen_language=language))
            database.close()
            app = Application(path, KEY)
            app.runner.call(lambda: None)
            user = app.runner.call(lambda: app.services.users.sign_in("manager", DEMO_PASSWORD))
            window = app.window
            window.apply_user(user)
            window.resize(1280, 800)
            window.show()
            for section, row in SECTIONS.items():
                window.go_to(row)
                for _ in range(20):
                    app.runner.call(lambda: None)
                    qapp.processEvents()
                target = out / f"{language}-{section}.png"
                window.grab().save(str(target))
                print(target.relative_to(ROOT))
            window.close()
            app.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
