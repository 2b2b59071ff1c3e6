"""The screens in Japanese, Russian and Chinese: the .ts files complete and
faithful to their placeholders, the .qm files compiled from them, no English
left on the main screens, and the language switched without a restart.

Tools: resources/translations/update.py (extract, --missing, --fill, --compile).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QLineEdit,
                               QListWidget, QTableView, QTabWidget, QTreeView)

from desktop.app import DEMO_PASSWORD, Application, utc_now
from desktop.ui.access.sign_in_dialogs import SignInDialog
from desktop.ui.language import install_language
from tests.ui.typing import type_text

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations_update",
                                              ROOT / "resources" / "translations" / "update.py")
update = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = update  # its dataclasses look their module up
spec.loader.exec_module(update)

LANGUAGES = list(update.LANGUAGES)
KEY = bytes(range(32))
ADMIN = ("admin", "Admin", DEMO_PASSWORD)
@pytest.fixture(autouse=True)
def english_after():
    yield
    install_language("en")  # the translators are the application's: leave none behind


def _markers(text: str) -> list[str]:
    return sorted(re.findall(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d", text))


# -- the .ts and .qm files -----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated(lang):
    missing = update.missing(lang)
    listed = [f"  [{context}] {source!r}" for context, sources in missing.items() for source in sources]
    total, done = update.counts(lang)
    assert not listed, (f"{lang}: {len(listed)} of {total} entries untranslated "
                        f"(list them: python resources/translations/update.py --missing {lang}):\n"
                        + "\n".join(listed))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders(lang):
    wrong = []
    for e in update.read_ts(update.ts_path(lang)):
        if not update.is_done(e):
            continue
        forms = e.translation if isinstance(e.translation, list) else [e.translation]
        for form in forms:
            if _markers(form) != _markers(e.source):
                wrong.append(f"  [{e.context}] {e.source!r} -> {form!r}")
    assert not wrong, f"{lang}: placeholders differ from the source:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_core_messages_are_in_the_ts(lang):
    """A Notice or field problem added to the core since the last extraction."""
    have = {(e.context, e.source) for e in update.read_ts(update.ts_path(lang))}
    absent = sorted({f.source for f in update.core_messages() if (f.context, f.source) not in have})
    assert not absent, (f"{lang}: run python resources/translations/update.py; not extracted:\n"
                        + "\n".join(absent))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_translations_are_fresh(lang, tmp_path):
    qm = update.qm_path(lang)
    assert qm.exists(), f"{qm.name} missing: run python resources/translations/update.py --compile"
    fresh = tmp_path / qm.name
    update.compile_ts(update.ts_path(lang), fresh)
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is older than {update.ts_path(lang).name}: run "
        "python resources/translations/update.py --compile")


# -- the application in each language ---------------------------------------------


def settle(qtbot, application):
    qtbot.waitUntil(lambda: application.runner.pending == 0, timeout=20000)


def sign_in(qtbot, application, username):
    dialog = SignInDialog(application.ui_context)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.ui.usernameEdit, username)
    type_text(qtbot, dialog.ui.passwordEdit, DEMO_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    settle(qtbot, application)
    assert dialog.result() == dialog.DialogCode.Accepted, username
    application.window.apply_user(application.services.context.session.user)
    settle(qtbot, application)


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory, qapp):
    """One demo database (with an administrator), copied for each test."""
    folder = tmp_path_factory.mktemp("demo")
    application = Application(folder / "liendesk.sqlite3", KEY, load_demo_data=True,
                              first_administrator=ADMIN)
    application.runner.call(lambda: None)
    application.window.deleteLater()
    application.shutdown()
    return folder / "liendesk.sqlite3"


def start(qtbot, tmp_path, demo_database, language: str) -> Application:
    """The application as it starts on a desk whose settings say `language`."""
    from desktop.services.context import ServiceContext
    from desktop.services.registry import Services
    from desktop.store.db import open_database

    db_path = tmp_path / "liendesk.sqlite3"
    shutil.copy(demo_database, db_path)
    database = open_database(db_path, key=KEY)
    settings = Services.build(ServiceContext(database, "test", utc_now)).settings
    settings.update(replace(settings.get(), screen_language=language))
    database.close()
    application = Application(db_path, KEY)
    settle(qtbot, application)
    return application


def visible_texts(window) -> set[str]:
    """What a clerk reads on the window now: labels, buttons, titles, tabs,
    headers, menus, placeholders."""
    texts = {window.windowTitle()}
    for menu_action in window.menuBar().actions():
        texts.add(menu_action.text())
        if menu_action.menu():
            texts |= {a.text() for a in menu_action.menu().actions() if a.isVisible()}
    for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) \
            + window.findChildren(QGroupBox) + window.findChildren(QTabWidget) \
            + window.findChildren(QLineEdit) + window.findChildren(QAbstractItemView):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel):
            texts.add(w.text())
            texts.add(QTextDocumentFragment.fromHtml(w.text()).toPlainText())
        elif isinstance(w, QAbstractButton):
            texts.add(w.text())
        elif isinstance(w, QGroupBox):
            texts.add(w.title())
        elif isinstance(w, QTabWidget):
            texts |= {w.tabText(i) for i in range(w.count())}
        elif isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QListWidget):
            texts |= {w.item(i).text() for i in range(w.count()) if not w.item(i).isHidden()}
        header = (w.horizontalHeader() if isinstance(w, QTableView)
                  else w.header() if isinstance(w, QTreeView) else None)
        if header is not None and not header.isHidden() and w.model() is not None:
            texts |= {str(w.model().headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
                      for c in range(header.count())}
    return {t.strip() for t in texts if t and t.strip()}


def untranslated(texts: set[str], lang: str) -> list[str]:
    """English on screen: a source text whose translation is not itself."""
    entries = update.read_ts(update.ts_path(lang))
    same = {e.source for e in entries if update.is_done(e) and e.translation == e.source}
    sources = {e.source for e in entries} - same
    return sorted(t for t in texts if t in sources)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_main_screens_show_no_english(lang, qtbot, tmp_path, demo_database):
    application = start(qtbot, tmp_path, demo_database, lang)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    found: dict[str, list[str]] = {}
    for username in ("manager", "admin"):
        sign_in(qtbot, application, username)
        for row in range(window.nav.count()):
            if window.nav.item(row).isHidden():
                continue
            window.go_to(row)
            settle(qtbot, application)
            english = untranslated(visible_texts(window), lang)
            if english:
                found[f"{username} / {window.nav.item(row).text()}"] = english
    application.shutdown()
    assert not found, f"{lang}: English on screen:\n" + "\n".join(
        f"  {where}: {texts}" for where, texts in found.items())


def translation(lang: str, context: str, source: str) -> str:
    return next(e.translation for e in update.read_ts(update.ts_path(lang))
                if e.context == context and e.source == source)


def test_switching_the_language_in_the_settings_needs_no_restart(qtbot, tmp_path, demo_database):
    application = start(qtbot, tmp_path, demo_database, "en")
    sign_in(qtbot, application, "admin")
    first = application.window
    first.show()
    first.go_to(6)  # Users
    assert first.menuBar().actions()[0].text() == "&File"

    def choose(language: str) -> None:
        application.window.open_settings()
        settle(qtbot, application)
        dialog = application.window.settings_dialog
        combo = dialog.ui.screenLanguageCombo
        assert [combo.itemText(i) for i in range(1, combo.count())] == [
            "English", "日本語", "Русский", "中文（简体）"]
        combo.setCurrentIndex(combo.findData(language))
        dialog.submit()
        settle(qtbot, application)

    choose("ja")
    window = application.window
    assert window is not first and window.isVisible() and not first.isVisible()
    assert window.menuBar().actions()[0].text() == translation("ja", "MainWindow", "&File") == "ファイル(&F)"
    assert window.nav.currentRow() == 6  # the same section, the same person signed in
    assert application.services.context.session.user.username == "admin"
    assert window.settings_action.isVisible()
    assert window.locale().name() == "ja_JP"
    # Qt's own words (dialog buttons) come from its qtbase translations.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"

    choose("ru")
    assert application.window.menuBar().actions()[0].text() == "&Файл"
    choose("en")
    assert application.window.menuBar().actions()[0].text() == "&File"
    application.shutdown()
    application.window.close()


def test_an_unoffered_language_is_refused_by_the_core():
    from desktop.domain.errors import ValidationError
    from desktop.domain.settings import DeskSettings, validate_settings

    with pytest.raises(ValidationError) as refused:
        validate_settings(DeskSettings(screen_language="de"))
    assert refused.value.fields == ("screen_language",)


def test_dates_and_money_follow_the_screen_language():
    from datetime import date

    from desktop.domain.money import Money
    from desktop.domain.notices import Notice
    from desktop.ui.i18n import render_notice
    from desktop.ui.language import format_date

    day = date(2025, 3, 31)
    assert format_date(day, "en_US") == "2025-03-31"
    assert format_date(day, "ja_JP") == "2025/03/31"
    assert format_date(day, "ru_RU") == "31.03.2025"
    assert format_date(day, "zh_CN") == "2025/3/31"
    notice = Notice("{amount} due on {on}", {"amount": Money.of("1234.5", "RUB"), "on": day})
    assert render_notice(notice, "ru_RU") == "1\xa0234,50\xa0₽ due on 31.03.2025"
