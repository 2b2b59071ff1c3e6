"""The screens' language: LienDesk's own translations and Qt's (its dialogs'
buttons), and the locale that dates, numbers and money on screen follow.

The language comes from the desk's settings (`DeskSettings.screen_language`);
"" means the computer's own language when LienDesk has it, English otherwise.
`switch_language` swaps the translators while running; the application then
builds its main window again (desktop.app.Application.rebuild_window).
Documents do not follow this: they are printed in the customer's language.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import paths

# Code -> the name a speaker of it recognises, whatever language is on screen.
LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語", "ru": "Русский", "zh_CN": "中文（简体）"}
_QT_LOCALES = {"en": "en_US", "ja": "ja_JP", "ru": "ru_RU", "zh_CN": "zh_CN"}

_installed: list[QTranslator] = []
_current = {"language": "en"}


def system_language(locale: QLocale | None = None) -> str:
    """The computer's language when LienDesk has it, else English."""
    language = (locale or QLocale.system()).language()
    return {QLocale.Language.Japanese: "ja", QLocale.Language.Russian: "ru",
            QLocale.Language.Chinese: "zh_CN"}.get(language, "en")


def resolve(code: str | None) -> str:
    """The language a setting means: itself when offered, else the system's."""
    return code if code in LANGUAGES else system_language()


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def qt_translations_dirs() -> list[str]:
    """Where Qt's own qtbase_*.qm are: beside ours in a bundle, or PySide6's."""
    return [str(translations_dir()), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]


def locale_for(code: str) -> QLocale:
    """The formats of a language: the computer's own when it speaks that
    language (its region: en_GB, zh_TW...), else the language's main country."""
    if system_language() == code:
        return QLocale.system()
    return QLocale(_QT_LOCALES[code])


def install_language(code: str | None) -> str:
    """Install the translators for `code` ("" = the system's) and make its
    locale the default; returns the language now on screen."""
    app = QCoreApplication.instance()
    language = resolve(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    if language != "en":
        qt = QTranslator(app)
        if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translations_dirs()):
            app.installTranslator(qt)
            _installed.append(qt)
        ours = QTranslator(app)
        if ours.load(f"liendesk_{language}", str(translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
    _current["language"] = language
    return language


def current_language() -> str:
    return _current["language"]


def switch_language(code: str | None) -> bool:
    """Change the language while running; True when the screens must be rebuilt."""
    before = current_language()
    return install_language(code) != before


def screen_locale() -> str:
    """The locale name the screens format with (format_money, parse_amount):
    a widget's self.locale().name() gives the same for widgets built after
    the language was installed."""
    return QLocale().name()


def format_date(value: date, locale: str | None = None) -> str:
    """A date as the clerk's language writes it: 2025/03/31, 31.03.2025,
    2025/3/31; ISO 8601 (2025-03-31) in English, as the desk's papers do."""
    from babel.dates import format_date as babel_format_date

    name = (locale or screen_locale()).replace("-", "_")
    if not name or name in ("C", "POSIX") or name.startswith("en"):
        return value.isoformat()
    try:
        return babel_format_date(value, "short", locale=name)
    except Exception:  # a locale babel does not know
        return value.isoformat()
