"""Compile every Designer form in forms/ into desktop/ui/forms/ui_<name>.py.

Run after editing a .ui file:  python forms/build_forms.py
tests/ui/test_forms_fresh.py fails when a compiled form does not match its .ui.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent
TARGET = FORMS.parent / "desktop" / "ui" / "forms"


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return [exe]


def compile_form(ui_file: Path) -> str:
    out = subprocess.run(uic_command() + [str(ui_file)], check=True, capture_output=True, text=True)
    return out.stdout


def target_for(ui_file: Path) -> Path:
    return TARGET / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(FORMS.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(FORMS.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
