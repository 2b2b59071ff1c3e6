"""The application as a clerk starts it: first start, damage found, closing."""

from __future__ import annotations

import pytest

from desktop import paths
from desktop.app import Application
from desktop.domain.errors import ReadOnlyDatabase
from desktop.store.backups import list_backups
from desktop.store.db import IntegrityReport
from tests.samples import sample_customer


def settle(qtbot, application):
    qtbot.waitUntil(lambda: application.runner.pending == 0, timeout=10000)


def test_first_start_opens_the_demo_and_closing_makes_a_backup(qtbot, tmp_path):
    db_path = tmp_path / "liendesk.sqlite3"
    application = Application(db_path, load_demo_data=True)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, application)

    names = [row.full_name for row in window.customers.model.rows]
    # The four source cases: Tokyo condominium, car under ownership retention,
    # residual-value loan, Moscow applicant, Taiyuan provident-fund borrower.
    assert {"佐藤 健一", "田中 美咲", "鈴木 大輔", "Иванов Сергей Петрович", "王 芳"} <= set(names)
    assert window.status_check.text() == "Database checked: OK"

    application.shutdown()
    backups = list_backups(paths.backups_dir_for(db_path))
    assert len(backups) == 1

    # A second start finds the data and adds no second demo.
    again = Application(db_path, load_demo_data=True)
    qtbot.addWidget(again.window)
    settle(qtbot, again)
    assert sorted(r.full_name for r in again.window.customers.model.rows) == sorted(names)
    again.shutdown()


def test_damage_found_at_start_stops_saving_and_says_so(qtbot, tmp_path):
    db_path = tmp_path / "liendesk.sqlite3"
    application = Application(db_path, load_demo_data=False)
    qtbot.addWidget(application.window)
    settle(qtbot, application)

    application._integrity_checked(IntegrityReport(ok=False, problems=("*** in database main ***",)))
    settle(qtbot, application)
    assert "read-only" in application.window.status_check.text()
    assert application.damage_box.isVisible()
    with pytest.raises(ReadOnlyDatabase):
        application.runner.call(lambda: application.services.customers.take_in(sample_customer()))
    application.damage_box.close()
    application.shutdown()
