"""Each compiled form matches its Designer .ui source (run forms/build_forms.py)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_forms", ROOT / "forms" / "build_forms.py")
build_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_forms)

UI_FILES = sorted((ROOT / "forms").glob("*.ui"))


def code_only(text: str) -> str:
    # The header comment names the compiler version; compare the code itself.
    return "\n".join(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


def test_there_are_forms():
    assert UI_FILES


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_is_fresh(ui_file):
    compiled = build_forms.target_for(ui_file)
    assert compiled.exists(), f"{compiled.name} missing: run python forms/build_forms.py"
    assert code_only(compiled.read_text(encoding="utf-8")) == code_only(build_forms.compile_form(ui_file)), (
        f"{compiled.name} is older than {ui_file.name}: run python forms/build_forms.py")
