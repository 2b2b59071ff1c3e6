"""The core stays free of Qt, so it can be read, tested and reused alone."""

import ast
from pathlib import Path

CORE = ["domain", "services", "store", "documents"]
ROOT = Path(__file__).resolve().parent.parent / "desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt():
    offenders = []
    for package in CORE:
        for path in (ROOT / package).rglob("*.py"):
            if any(m.split(".")[0] in {"PySide6", "shiboken6"} or m.startswith("desktop.ui")
                   for m in imported_modules(path)):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_guard_sees_an_import(tmp_path):
    # The check above must be able to fail: a file importing Qt is caught.
    sample = tmp_path / "leaky.py"
    sample.write_text("from PySide6.QtCore import QDate\n")
    assert "PySide6.QtCore" in imported_modules(sample)


def test_domain_has_no_sql_files_or_clock():
    for path in (ROOT / "domain").rglob("*.py"):
        mods = imported_modules(path)
        assert not mods & {"sqlite3", "sqlite_utils", "os", "pathlib"}, path
        text = path.read_text(encoding="utf-8")
        assert "date.today()" not in text and "datetime.now(" not in text, path
