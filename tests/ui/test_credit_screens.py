"""Credit applications on screen, by role: a clerk opens and prepares a
Russian car loan, the credit officer submits, the security officer reviews
and clears, the branch manager approves; a refusal signed, two documents
returned and filed; each role sees only its buttons; an administrator edits
a program file and is told the broken line."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.access import Role, User
from desktop.domain.credit.decisions import Action, ApplicationStatus, SecurityOpinion
from desktop.domain.credit.dossier import DocumentForm
from desktop.domain.customers import Sex
from desktop.domain.money import Money
from desktop.services.context import ServiceContext, Session
from desktop.services.registry import Services
from desktop.store.db import open_database
from desktop.ui.context import UiContext
from desktop.ui.credit.applications_screen import ApplicationsScreen
from desktop.ui.credit.programs_screen import ProgramsScreen
from desktop.ui.tasks import TaskRunner
from tests.conftest import TEST_KEY
from tests.samples import sample_customer
from tests.ui.typing import type_text

MSK = timezone(timedelta(hours=3))
CLERK = User("u-clerk", "clerk", "Иванова Мария", Role.CLERK)
OFFICER = User("u-officer", "officer", "Смирнова Анна", Role.CREDIT_OFFICER)
SECURITY = User("u-security", "security", "Кузнецов Олег", Role.SECURITY_OFFICER)
MANAGER = User("u-manager", "manager", "Соколов Пётр", Role.BRANCH_MANAGER)
ADMIN = User("u-admin", "admin", "Админ", Role.ADMINISTRATOR)


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 20, 10, 0, tzinfo=MSK)  # a Friday, 10:00 in Moscow

    def __call__(self):
        return self.now


class Desk:
    def __init__(self, services, session, clock, customer, ctx, errors):
        self.services, self.session, self.clock = services, session, clock
        self.customer, self.ctx, self.errors = customer, ctx, errors


@pytest.fixture
def desk(qapp, tmp_path):
    database = open_database(tmp_path / "desk.sqlite3", TEST_KEY)
    clock, session = Clock(), Session()
    services = Services.build(ServiceContext(database, "system", clock, session=session),
                              own_programs_dir=tmp_path / "programs")
    system = Services.build(ServiceContext(database, "system", clock))
    customer = system.customers.take_in(sample_customer(
        family_name="Петров", given_name="Иван", birth_date=date(1985, 6, 15), sex=Sex.MALE,
        citizenship="RU", language="ru", region="Московская область", employer="ООО «Ромашка»",
        employed_since=date(2019, 3, 1), total_employment_months=120,
        net_monthly_income=Money.of("120000.00", "RUB"), obligations=(),
        phone="+7 916 000-00-00", id_document_number="4510 123456",
        address="Москва, ул. Тверская, 1"))
    errors: list[BaseException] = []
    runner = TaskRunner(lambda error: errors.append(error))
    ctx = UiContext(runner=runner, services=services, today=lambda: date(2026, 11, 20),
                    show_error=lambda _parent, error: errors.append(error))
    yield Desk(services, session, clock, customer, ctx, errors)
    runner.shutdown()
    database.close()


@pytest.fixture
def idle(qtbot, desk):
    def wait(timeout: int = 10000) -> None:
        qtbot.waitUntil(lambda: desk.ctx.runner.pending == 0, timeout=timeout)

    return wait


@pytest.fixture
def screen(qtbot, desk, idle):
    desk.session.user = CLERK
    w = ApplicationsScreen(desk.ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    idle()
    return w


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def as_user(desk, screen, idle, user) -> None:
    """Another person signs in at the desk and looks at the same application."""
    desk.session.user = user
    screen.panel.load(screen.panel.view.id)
    idle()


def visible_actions(panel) -> set[Action]:
    return {a for a, b in panel.action_buttons.items() if not b.isHidden()}


def set_combo(combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))
    assert combo.currentData() == code


def save_dialog(qtbot, dialog, idle) -> None:
    click(qtbot, dialog.save_button)
    idle()


def open_application(qtbot, desk, screen, idle, program_id="ru-bank-car", amount="1200000"):
    screen.new_application(desk.customer.id)
    idle()
    dialog = screen.new_dialog
    qtbot.waitUntil(lambda: dialog.ui.customerCombo.currentData() == desk.customer.id)
    set_combo(dialog.ui.programCombo, program_id)
    type_text(qtbot, dialog.ui.amountEdit, amount)
    save_dialog(qtbot, dialog, idle)
    assert dialog.result() == QDialog.DialogCode.Accepted, desk.errors
    return screen.panel.view


def fill_car_facts(qtbot, screen, idle) -> None:
    """What the clerk learns at the desk beyond the customer's file."""
    form = screen.panel.facts_form
    ui = form.ui
    type_text(qtbot, ui.priceEdit, "1500000")
    type_text(qtbot, ui.downPaymentEdit, "300000")
    ui.rateEdit.setText("15")
    set_combo(ui.maritalCombo, "single")
    ui.delaysSpin.setValue(0)
    set_combo(ui.investigationCombo, "no")
    set_combo(ui.licenceCombo, "yes")
    ui.modelYearSpin.setValue(2026)
    for combo, answer in ((ui.neverInServiceCombo, "yes"), (ui.importedCombo, "yes"),
                          (ui.everRegisteredCombo, "no"), (ui.partnerDealerCombo, "yes"),
                          (ui.roadworthyCombo, "yes")):
        set_combo(combo, answer)
    type_text(qtbot, ui.rateCurrencyEdit, "USD")
    type_text(qtbot, ui.rateValueEdit, "80.00")
    type_text(qtbot, ui.rateDateEdit, "2026-11-20")
    type_text(qtbot, ui.branchRegionEdit, "Москва")
    click(qtbot, form.save_button)
    idle()


def record(qtbot, screen, idle, code, *, copy=False, pages=1, issued_on=None) -> None:
    panel = screen.panel
    row = next(i for i, r in enumerate(panel._rows) if r[0] == code)
    panel.dossier_table.selectRow(row)
    click(qtbot, panel.record_document_button)
    dialog = panel.dialog
    ui = dialog.ui
    if copy:
        set_combo(ui.formCombo, "copy")
        type_text(qtbot, ui.certifierNameEdit, "Смирнова А. В.")
        type_text(qtbot, ui.certifierPositionEdit, "Кредитный инспектор")
        type_text(qtbot, ui.certifiedOnEdit, "2026-11-20")
    ui.pagesSpin.setValue(pages)
    if issued_on:
        type_text(qtbot, ui.issuedOnEdit, issued_on)
    save_dialog(qtbot, dialog, idle)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.errorBanner.text()


def prepare_dossier(qtbot, screen, idle) -> None:
    record(qtbot, screen, idle, "passport", copy=True, pages=6)
    record(qtbot, screen, idle, "application_form", pages=4)
    record(qtbot, screen, idle, "driving_licence", copy=True)
    record(qtbot, screen, idle, "work_record_copy", pages=8)
    record(qtbot, screen, idle, "income_certificate", issued_on="2026-11-16")


def test_a_car_loan_from_the_clerk_to_approval_and_what_follows(qtbot, desk, screen, idle):
    view = open_application(qtbot, desk, screen, idle)
    assert view.status is ApplicationStatus.DRAFT and view.customer_id == desk.customer.id
    # Prefilled from the customer's file.
    assert screen.panel.facts_form.ui.registrationRegionEdit.text() == "Московская область"
    assert screen.table.rowCount() == 1 and screen.table.item(0, 0).text() == view.number

    fill_car_facts(qtbot, screen, idle)
    view = screen.panel.view
    assert not desk.errors
    assert not view.assessment.failed and not view.assessment.attention, [
        screen.panel.findings_table.item(i, 1).text()
        for i in range(screen.panel.findings_table.rowCount())]
    # Findings: one row each, passed ones coloured green and named.
    table = screen.panel.findings_table
    assert table.rowCount() == len(view.assessment.findings)
    assert {table.item(i, 0).text() for i in range(table.rowCount())} == {"Passed"}
    # The maximum: price less down payment binds at 1,200,000.00.
    assert view.assessment.maximum.binding.rule_id == "price_less_down_payment"
    caps = screen.panel.caps_table
    binding = [caps.item(i, 0).text() for i in range(caps.rowCount()) if "binds" in caps.item(i, 0).text()]
    assert binding == ["Price less down payment — binds"]
    assert "1,200,000.00" in screen.panel.maximum_summary.text()
    assert "within the maximum" in screen.panel.maximum_summary.text()

    # The dossier: five required documents, all missing, then recorded one by one.
    assert "5 missing" in screen.panel.dossier_summary.text()
    prepare_dossier(qtbot, screen, idle)
    view = screen.panel.view
    assert view.assessment.gaps == ()
    assert screen.panel.dossier_summary.text() == "The dossier is complete."
    income = [d for d in view.documents if d.code == "income_certificate"][0]
    assert income.valid_until == date(2026, 12, 28)  # 30 working days, worked out by the service
    passport = [d for d in view.documents if d.code == "passport"][0]
    assert passport.form is DocumentForm.COPY and passport.certified
    assert visible_actions(screen.panel) == set()  # a clerk prepares, never submits

    as_user(desk, screen, idle, OFFICER)
    assert visible_actions(screen.panel) == {Action.SUBMIT}
    click(qtbot, screen.panel.action_buttons[Action.SUBMIT])
    idle()
    assert screen.panel.view.status is ApplicationStatus.SUBMITTED, desk.errors
    assert not screen.panel.record_document_button.isEnabled()  # the dossier is closed

    desk.clock.now += timedelta(minutes=30)
    as_user(desk, screen, idle, SECURITY)
    assert visible_actions(screen.panel) == {Action.SECURITY_REVIEW}
    click(qtbot, screen.panel.action_buttons[Action.SECURITY_REVIEW])
    dialog = screen.panel.dialog
    set_combo(dialog.ui.choiceCombo, SecurityOpinion.POSITIVE.value)
    dialog.ui.noteEdit.setPlainText("Проверка пройдена")
    save_dialog(qtbot, dialog, idle)
    view = screen.panel.view
    assert view.status is ApplicationStatus.WITH_CENTRE, desk.errors
    # Received by the centre at 10:30 Moscow time: the decision is due by 18:00 today.
    assert "18:00" in screen.panel.deadline_label.text()
    assert "Due today" in screen.panel.deadline_label.text()
    assert "External checks back by" in screen.panel.external_label.text()
    assert "No interview required" in screen.panel.interview_label.text()
    assert screen.table.item(0, 3).text().startswith("Due today")

    desk.clock.now += timedelta(hours=2)
    as_user(desk, screen, idle, MANAGER)
    assert visible_actions(screen.panel) == {Action.APPROVE, Action.REFUSE}
    click(qtbot, screen.panel.action_buttons[Action.APPROVE])
    dialog = screen.panel.dialog
    assert dialog.ui.amountEdit.value() == Money.of("1200000.00", "RUB")
    assert dialog.ui.rateEdit.text() == "15"
    save_dialog(qtbot, dialog, idle)
    assert screen.panel.view.status is ApplicationStatus.POSITIVE_DECISION, desk.errors

    as_user(desk, screen, idle, SECURITY)
    assert visible_actions(screen.panel) == {Action.CLEAR, Action.VETO}
    click(qtbot, screen.panel.action_buttons[Action.CLEAR])
    save_dialog(qtbot, screen.panel.dialog, idle)
    view = screen.panel.view
    assert view.status is ApplicationStatus.APPROVED, desk.errors
    assert "Pay-out not before" in screen.panel.payout_label.text()

    as_user(desk, screen, idle, CLERK)
    panel = screen.panel
    assert not panel.after_body.isHidden()
    assert panel.followup_table.item(0, 0).text() == "Sales contract with the dealer"
    panel.followup_table.selectRow(0)
    click(qtbot, panel.mark_done_button)
    save_dialog(qtbot, panel.dialog, idle)
    assert panel.view.followup.items[0].done_on == date(2026, 11, 20), desk.errors
    assert panel.followup_table.item(0, 2).text() != ""
    click(qtbot, panel.print_schedule_button)
    idle()
    assert panel.preview is not None and panel.preview.document.kind == "repayment_schedule"
    assert panel.preview.page_labels
    assert not desk.errors


def submitted_application(desk) -> str:
    """An application prepared and sent to the centre through the service."""
    from tests.services.test_credit_service import FULL_DOSSIER, facts

    credit = desk.services.credit
    desk.session.user = OFFICER
    view = credit.open(desk.customer.id, facts(desk.customer.id))
    for document in FULL_DOSSIER:
        view = credit.record_document(view.id, document)
    view = credit.submit(view.id)
    desk.session.user = SECURITY
    return credit.security_review(view.id, SecurityOpinion.POSITIVE).id


def test_a_refusal_is_signed_two_documents_go_back_and_it_is_filed(qtbot, desk, screen, idle):
    application_id = submitted_application(desk)
    desk.session.user = MANAGER
    screen.show_application(application_id)
    idle()
    assert screen.panel.view.status is ApplicationStatus.WITH_CENTRE
    click(qtbot, screen.panel.action_buttons[Action.REFUSE])
    dialog = screen.panel.dialog
    dialog.ui.noteEdit.setPlainText("Недостаточный доход для запрошенной суммы")
    save_dialog(qtbot, dialog, idle)
    assert screen.panel.view.status is ApplicationStatus.REFUSED, desk.errors
    assert visible_actions(screen.panel) == {Action.SIGN_REFUSAL_NOTICE}

    click(qtbot, screen.panel.action_buttons[Action.SIGN_REFUSAL_NOTICE])
    idle()
    preview = screen.panel.preview
    assert preview is not None and preview.document.kind == "refusal_notice", desk.errors
    assert preview.document.language == "ru" and preview.page_labels
    assert screen.panel.view.workflow.refusal_notice_signed_at is not None

    as_user(desk, screen, idle, OFFICER)
    assert visible_actions(screen.panel) == {Action.RETURN_DOCUMENTS, Action.FILE_REFUSAL}
    click(qtbot, screen.panel.action_buttons[Action.RETURN_DOCUMENTS])
    dialog = screen.panel.dialog
    offered = [dialog.ui.documentsList.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(dialog.ui.documentsList.count())]
    assert sorted(offered) == ["income_certificate", "work_record_copy"]  # never the passport
    save_dialog(qtbot, dialog, idle)
    returned = {d.code for d in screen.panel.view.documents if d.returned_on}
    assert returned == {"income_certificate", "work_record_copy"}, desk.errors
    statuses = [screen.panel.dossier_table.item(i, 1).text()
                for i in range(screen.panel.dossier_table.rowCount())]
    assert statuses.count("Returned") == 2

    click(qtbot, screen.panel.action_buttons[Action.FILE_REFUSAL])
    idle()
    assert screen.panel.view.status is ApplicationStatus.FILED_REFUSED, desk.errors
    assert screen.table.rowCount() == 0  # no longer among the open ones
    screen.filter_combo.setCurrentIndex(screen.filter_combo.findData(screen.REFUSALS))
    idle()
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 0).text() == screen.panel.view.number
    assert screen.table.item(0, 2).text() == "Refused, filed"
    assert not desk.errors


def test_each_role_sees_only_its_buttons(qtbot, desk, screen, idle):
    from tests.services.test_credit_service import FULL_DOSSIER, facts

    credit = desk.services.credit
    desk.session.user = OFFICER
    view = credit.open(desk.customer.id, facts(desk.customer.id))
    for document in FULL_DOSSIER:
        view = credit.record_document(view.id, document)
    screen.show_application(view.id)
    idle()
    expected = {CLERK: set(), OFFICER: {Action.SUBMIT}, SECURITY: set(), MANAGER: set(),
                ADMIN: None}
    for user, actions in expected.items():
        if actions is None:
            continue
        as_user(desk, screen, idle, user)
        assert visible_actions(screen.panel) == actions, user.role
        # Only those who prepare applications may change the facts and the dossier.
        prepares = user.role in (Role.CLERK, Role.CREDIT_OFFICER, Role.BRANCH_MANAGER)
        assert (not screen.panel.facts_form.save_button.isHidden()) == prepares
        assert (not screen.panel.record_document_button.isHidden()) == prepares
    desk.session.user = OFFICER
    credit.submit(view.id)
    for user, actions in {CLERK: set(), OFFICER: set(), SECURITY: {Action.SECURITY_REVIEW},
                          MANAGER: set()}.items():
        as_user(desk, screen, idle, user)
        assert visible_actions(screen.panel) == actions, user.role
        assert screen.panel.facts_form.save_button.isHidden()
    desk.session.user = SECURITY
    credit.security_review(view.id, SecurityOpinion.POSITIVE)
    for user, actions in {CLERK: set(), SECURITY: set(), MANAGER: {Action.APPROVE, Action.REFUSE}
                          }.items():
        as_user(desk, screen, idle, user)
        assert visible_actions(screen.panel) == actions, user.role
    # The officer who submitted cannot decide: the service says so in words.
    as_user(desk, screen, idle, OFFICER)
    if Action.APPROVE in visible_actions(screen.panel):
        click(qtbot, screen.panel.action_buttons[Action.APPROVE])
        save_dialog(qtbot, screen.panel.dialog, idle)
        assert "second person" in str(desk.errors[-1])
        assert screen.panel.view.status is ApplicationStatus.WITH_CENTRE


def test_a_clerk_is_told_what_is_wrong_in_the_facts(qtbot, desk, screen, idle):
    open_application(qtbot, desk, screen, idle)
    form = screen.panel.facts_form
    form.ui.amountEdit.clear()
    form.ui.rateEdit.setText("abc")
    click(qtbot, form.save_button)
    idle()
    assert form.banner.isVisibleTo(form)
    assert "rate" in form.banner.text()
    form.ui.rateEdit.setText("15")
    click(qtbot, form.save_button)
    idle()
    assert "amount" in form.banner.text()  # the service's word on the empty amount


def test_the_administrator_edits_a_program_and_is_told_the_broken_line(qtbot, desk, idle):
    desk.session.user = ADMIN
    screen = ProgramsScreen(desk.ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    idle()
    ids = [p.id for p, _own in screen.programs]
    assert {"ru-bank-car", "cn-taiyuan-provident", "cn-chifeng-provident",
            "jp-dealer-car-example"} <= set(ids)
    row = ids.index("ru-bank-car")
    assert screen.table.item(row, 4).text() == "Shipped"
    screen.table.selectRow(row)
    click(qtbot, screen.edit_button)
    idle()
    dialog = screen.dialog
    text = dialog.ui.textEdit.toPlainText()
    assert "min_age = 21" in text
    line = text[:text.index("min_age = 21")].count("\n") + 1
    broken = text.replace("min_age = 21", 'min_age = "twenty-one"')
    dialog.ui.textEdit.setPlainText(broken)
    click(qtbot, dialog.save_button)
    idle()
    assert dialog.isVisible() and dialog.ui.errorBanner.isVisibleTo(dialog)
    message = dialog.ui.errorBanner.text()
    assert f"line {line}" in message and "min_age" in message and "ru_bank_car.toml" in message
    assert dialog.ui.textEdit.toPlainText() == broken  # the text is kept
    assert dialog.ui.textEdit.textCursor().blockNumber() == line - 1
    dialog.ui.textEdit.setPlainText(text.replace("min_age = 21", "min_age = 23"))
    click(qtbot, dialog.save_button)
    idle()
    assert dialog.result() == QDialog.DialogCode.Accepted, desk.errors
    assert desk.services.credit.program("ru-bank-car").borrower.min_age == 23
    row = [p.id for p, _own in screen.programs].index("ru-bank-car")
    assert screen.table.item(row, 4).text() == "Own"
    click(qtbot, screen.reload_button)
    idle()
    assert screen.errors_label.text() == "Every program file loaded."
    assert not desk.errors


def test_the_main_window_shows_applications_to_the_desk_and_programs_to_the_administrator(
        qtbot, desk, idle):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(desk.ctx, "test")
    qtbot.addWidget(window)

    def visible():
        return [window.nav.item(i).text() for i in range(window.nav.count())
                if not window.nav.item(i).isHidden()]

    desk.session.user = CLERK
    window.apply_user(CLERK)
    idle()
    assert "Credit applications" in visible() and "Lending programs" not in visible()
    assert isinstance(window.applications, ApplicationsScreen)
    desk.session.user = SECURITY
    window.apply_user(SECURITY)
    idle()
    assert "Credit applications" in visible()
    desk.session.user = ADMIN
    window.apply_user(ADMIN)
    idle()
    assert "Lending programs" in visible() and "Credit applications" not in visible()
    assert isinstance(window.programs, ProgramsScreen)
    idle()




def test_the_branch_region_is_set_in_the_settings_and_drafts_start_from_it(qtbot, desk, idle):
    from desktop.ui.settings_dialog import SettingsDialog

    desk.session.user = ADMIN
    services = desk.services
    dialog = SettingsDialog(desk.ctx, services.settings.get(), services.privacy.policies())
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.ui.branchRegionEdit, "Москва")
    click(qtbot, dialog.save_button)
    idle()
    assert dialog.result() == QDialog.DialogCode.Accepted, desk.errors
    assert services.settings.get().branch_region == "Москва"
    desk.session.user = CLERK
    facts = services.credit.draft_facts(desk.customer.id, "ru-bank-car", date(2026, 11, 20))
    assert facts.branch_region == "Москва"
