"""``liendesk --self-test``: every step passes from the source tree, a failing
step says which and exits 1, and every document kind is in it."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from desktop import self_test
from desktop.self_test import DocumentKind
from desktop.version import __version__

ROOT = Path(__file__).resolve().parents[2]


def lines_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def check_passed(lines: list[str]) -> None:
    """The report of a passing run, as the frozen app prints it too."""
    assert lines[0].startswith(f"LienDesk {__version__} self-test")
    assert lines[-1].startswith("self-test passed")
    failed = [line for line in lines if line.startswith("FAILED")]
    assert failed == []
    for kind in self_test.DOCUMENT_KINDS:
        assert any(re.fullmatch(rf"ok {kind.title} [\d,]+ bytes, \d+ pages?", line) for line in lines), \
            f"no line for the {kind.title}"
    for start in ("ok resources", "ok keyring backends", "ok database key", "ok demo loaded",
                  "ok payoff ", "ok integrity checked", "ok main window opened and closed"):
        assert any(line.startswith(start) for line in lines), f"no line starting {start!r}"


def test_every_step_passes_in_process(qapp, capsys):
    assert self_test.run([]) == 0
    check_passed(lines_of(capsys.readouterr().out))


def test_python_m_desktop_self_test_exits_0_and_leaves_the_users_data_alone(tmp_path):
    # The app's own entry point; the per-user data folder (log, database,
    # keyring) is pointed at an empty folder that must stay empty.
    data = tmp_path / "user-data"
    data.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(data),
           "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    check_passed(lines_of(result.stdout))
    assert list(data.iterdir()) == []


def test_a_failing_step_is_named_and_the_exit_code_is_1(qapp, capsys, monkeypatch):
    def broken(desk):
        raise RuntimeError("the printer caught fire")

    monkeypatch.setattr(self_test, "DOCUMENT_KINDS", (
        DocumentKind("payoff_quote", "desktop.documents.payoff_quote", broken),))
    assert self_test.run([]) == 1
    lines = lines_of(capsys.readouterr().out)
    assert lines[-1] == "FAILED payoff quote: RuntimeError: the printer caught fire"
    assert not any(line.startswith("self-test passed") for line in lines)


def test_a_document_module_missing_from_the_build_fails_loudly(qapp, capsys, monkeypatch):
    monkeypatch.setattr(self_test, "DOCUMENT_KINDS", (
        DocumentKind("credit_refusal", "desktop.documents.no_such_module", lambda desk: b"%PDF-"),))
    assert self_test.run([]) == 1
    last = lines_of(capsys.readouterr().out)[-1]
    assert last.startswith("FAILED credit refusal: StepFailed: the module "
                           "desktop.documents.no_such_module is missing")


def test_not_a_pdf_fails():
    try:
        self_test.pdf_pages(b"<html>")
    except self_test.StepFailed as error:
        assert "not a PDF" in str(error)
    else:
        raise AssertionError("an HTML page passed for a PDF")


def renderer_modules() -> set[str]:
    """The modules of desktop/documents that render a document (a top-level render_* function)."""
    found = set()
    for path in (ROOT / "desktop" / "documents").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.FunctionDef) and node.name.startswith("render_")
               for node in tree.body):
            found.add(f"desktop.documents.{path.stem}")
    return found


def test_every_document_kind_is_in_the_self_test():
    listed = {kind.module for kind in self_test.DOCUMENT_KINDS}
    assert "desktop.documents.payoff_quote" in renderer_modules()  # the scan sees them
    assert renderer_modules() - listed == set(), "add these to self_test.DOCUMENT_KINDS"
    assert len({kind.kind for kind in self_test.DOCUMENT_KINDS}) == len(self_test.DOCUMENT_KINDS)


def test_the_version_is_pyprojects():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == __version__


def test_the_app_knows_the_option():
    from desktop.app import parse_args

    assert parse_args(["--self-test"]).self_test
    assert not parse_args([]).self_test
