"""A person's copy from the customer's file, and the manager's erasure with
its destruction record — as the branch would use them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.ui.main_window import MainWindow
from tests.samples import sample_customer


def test_a_persons_copy_opens_as_pdf_with_its_json(qtbot, ui_context, wait_idle, services, tmp_path):
    customer = services.customers.take_in(sample_customer())
    window = MainWindow(ui_context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    wait_idle()
    window.customers.table.selectRow(0)
    wait_idle()
    detail = window.customers.detail
    assert detail.copy_button.isVisible()
    qtbot.mouseClick(detail.copy_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: hasattr(detail, "copy_dialog") and detail.copy_dialog.isVisible())
    dialog = detail.copy_dialog
    assert dialog.page_labels and dialog.json_content
    dialog.write_to(str(tmp_path / "copy.json"), dialog.json_content)
    assert "山田" in (tmp_path / "copy.json").read_text(encoding="utf-8")
    exports = services.context.database.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'customer.export' AND entity_id = ?",
        (customer.id,)).fetchone()[0]
    assert exports == 1
    dialog.close()


def test_the_manager_erases_a_customer_whose_consent_was_withdrawn(qtbot, ui_context, wait_idle, services):
    customer = services.customers.take_in(sample_customer())
    services.privacy.withdraw_consent(customer.id, date(2026, 10, 1))  # due 30 days later
    window = MainWindow(ui_context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    window.go_to(window.stack.indexOf(window.privacy))
    wait_idle()
    screen = window.privacy
    assert screen.candidate_table.rowCount() == 1
    assert screen.candidate_table.item(0, 0).text() == "山田 太郎"

    screen.candidate_table.selectRow(0)
    screen.erase(screen.candidates[0], "Consent withdrawn on 2026-10-01")
    wait_idle()
    qtbot.waitUntil(lambda: screen.record_table.rowCount() == 1)
    assert screen.candidate_table.rowCount() == 0
    assert services.customers.search("山田") == []
    assert services.customers.get(customer.id).family_name.startswith("ERASED-")

    screen.record_table.selectRow(0)
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: hasattr(screen, "preview") and screen.preview.isVisible())
    assert screen.preview.page_labels
    for box in window.findChildren(type(screen.preview)):
        box.close()
