"""``liendesk --self-test``: proves an installed (or frozen) LienDesk works.

It runs in a temporary folder that it deletes afterwards, and never touches
the user's database, the key file or the OS keyring. The steps:

1. finds the resources (fonts and their licences, icons, translations,
   lending programs) from the source tree or the bundle, loads each
   translation with Qt's own for its language, formats money in each
   document language (babel's CLDR data), finds the time zones, public
   holidays and the OS keyring's backends (reading and keeping nothing);
2. makes a random database key and wraps it for an administrator in a key
   file (Argon2id + AES-GCM), and unwraps it again;
3. opens a fresh encrypted database with that key and loads the demo;
4. quotes a payoff;
5. renders every document kind to bytes, each a PDF of at least one page
   (pypdfium2 counts the pages);
6. checks the database's integrity;
7. opens the main window on the database, signed in as the demo's branch
   manager (no dialog), walks its sections, previews a PDF page and closes
   it (which makes a backup).

One line per step ("ok payoff quote 12,345 bytes, 1 page"), then "self-test
passed" and exit code 0; the first failure prints "FAILED <step>: <error>"
(with the traceback on stderr) and exit code 1.

Like app.py this is a composition root: it reads the clock.

Adding a document kind: write its ``_issue_<kind>`` function below and add a
``DocumentKind`` line to DOCUMENT_KINDS. tests/packaging/test_self_test.py
fails while a module of desktop/documents that renders a PDF is not listed.
"""

from __future__ import annotations

import argparse
import importlib
import secrets
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from desktop import paths
from desktop.app import DEMO_PASSWORD
from desktop.version import __version__

SIGN_IN_AS = "manager"  # the demo's branch manager: sees every desk section
WAIT_SECONDS = 60  # for the window's background work (the worker, the integrity check)


class StepFailed(Exception):
    """A step's own finding (not an exception from below): its message is the reason."""


# -- the desk the steps share ---------------------------------------------------------


@dataclass
class Desk:
    """What the steps have made so far."""

    folder: Path
    today: date
    key: bytes = b""
    db_path: Path | None = None
    database: Any = None
    services: Any = None
    home_loan: Any = None      # the demo's Tokyo condominium mortgage (任意売却 case)
    home_owner: Any = None
    car_loan: Any = None       # a demo car loan whose lender owns the car (所有権留保)
    car_owner: Any = None
    ru_loan: Any = None        # the demo's Moscow car-loan applicant (the credit documents)
    ru_owner: Any = None
    pdfs: dict[str, bytes] = field(default_factory=dict)  # kind: the PDF issued


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _local_today() -> date:
    return datetime.now().astimezone().date()


def _jpy(amount: int):
    from desktop.domain.money import Money

    return Money.of(amount, "JPY")


# -- the document kinds ---------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentKind:
    kind: str    # as registered (documents.kind), e.g. "payoff_quote"
    module: str  # the module that renders it: imported first, so a missing one fails the step
    issue: Callable[[Desk], bytes]  # issues one through the services; returns the PDF's bytes

    @property
    def title(self) -> str:
        return self.kind.replace("_", " ")


def _issue_payoff_quote(desk: Desk) -> bytes:
    _, content = desk.services.payoff_documents.issue_payoff_quote(desk.car_loan.id, desk.today)
    return content


def _issue_settlement_statement(desk: Desk) -> bytes:
    from desktop.domain.car_sale import CarDealKind, CarSale
    from desktop.domain.settlement import Party, Role
    from desktop.services.settlements import CarDealInputs, SettlementKind

    s = desk.services
    payoff = s.payoffs.payoff_on(desk.car_loan.id, desk.today).amount
    sale = CarSale(CarDealKind.DEALER_PURCHASE, Party(Role.SELLER, desk.car_owner.full_name),
                   Party(Role.DEALER, s.settings.get().branch_name or "LienDesk"),
                   payoff + _jpy(300_000), settled_on=desk.today)
    view = s.settlements.open(SettlementKind.CAR_DEALER_PURCHASE, desk.car_owner.id,
                              CarDealInputs(sale=sale, title="SELF-TEST-CAR"),
                              loan_id=desk.car_loan.id)
    _, content = s.settlements.issue_statement(view.deal.id)
    return content


def _issue_distribution_table(desk: Desk) -> bytes:
    from desktop.domain.settlement import Party, Role
    from desktop.domain.short_sale import Lien, ShortSaleCosts
    from desktop.services.settlements import SettlementKind, VoluntarySaleInputs

    s = desk.services
    lender = s.loans.get_lender(desk.home_loan.lender_id)
    balance = s.payoffs.payoff_on(desk.home_loan.id, desk.today).amount
    inputs = VoluntarySaleInputs(
        price=_jpy(28_000_000), seller=Party(Role.SELLER, desk.home_owner.full_name),
        liens=(Lien(Party(Role.LENDER, lender.name, lender.id), 1, balance),),
        costs=ShortSaleCosts(broker=Party(Role.BROKER, "LienDesk self-test broker"),
                             scrivener=Party(Role.SCRIVENER, "LienDesk self-test scrivener"),
                             scrivener_fee=_jpy(20_000), land_parcels=1, buildings=1),
        proposed_on=desk.today, title="SELF-TEST-HOME")
    view = s.settlements.open(SettlementKind.HOME_VOLUNTARY_SALE, desk.home_owner.id, inputs)
    _, content = s.settlements.issue_distribution_table(view.deal.id)
    return content


def _issue_personal_copy(desk: Desk) -> bytes:
    return desk.services.privacy.personal_copy(desk.home_owner.id).pdf


def _issue_destruction_record(desk: Desk) -> bytes:
    # A customer with no business open (a copy of a demo customer, loans left
    # behind): erased for good, and the record of it printed.
    s = desk.services
    walk_in = s.customers.take_in(replace(desk.car_owner, id="", phone="000-0000-0000",
                                          email="", id_document_number="SELFTEST0001"),
                                  allow_duplicate=True)
    record = s.privacy.erase(walk_in.id, "Self-test of the erasure", language="en")
    return s.privacy.destruction_record_pdf(record.id)


# The credit documents have no service yet: they are rendered from the demo's
# Moscow applicant directly, as the credit screens will.


def _credit_inventory(desk: Desk):
    from desktop.documents.dossier_inventory import (DocumentForm, DossierInventory, DossierStatus,
                                                     InventoryLine)

    day, officer, position = desk.today, "Петрова Анна", "Кредитный офицер"
    original, copy = DocumentForm.ORIGINAL, DocumentForm.COPY
    return DossierInventory(
        bank_name=desk.services.loans.get_lender(desk.ru_loan.lender_id).name,
        branch_name=desk.services.settings.get().branch_name or "LienDesk",
        application_number="SELF-TEST-0001", applicant_name=desk.ru_owner.full_name,
        program_name="Автокредит", printed_on=day,
        lines=(InventoryLine(1, "Анкета-заявление на получение кредита", original, 4, day),
               InventoryLine(2, "Паспорт гражданина РФ", copy, 6, day, officer, position, day),
               InventoryLine(3, "Справка о доходах по форме 2-НДФЛ", original, 1, day, officer,
                             position, day, returned_on=day)),
        officer_name=officer, officer_position=position, status=DossierStatus.REFUSED,
        decided_on=day)


def _issue_dossier_inventory(desk: Desk) -> bytes:
    from desktop.documents.dossier_inventory import render_dossier_inventory

    return render_dossier_inventory(_credit_inventory(desk), desk.ru_owner.language)


def _issue_refusal_notice(desk: Desk) -> bytes:
    from desktop.documents.refusal_notice import (RefusalNotice, render_refusal_notice,
                                                  returned_documents)

    inventory = _credit_inventory(desk)
    notice = RefusalNotice(
        bank_name=inventory.bank_name, branch_name=inventory.branch_name,
        applicant_name=inventory.applicant_name, applicant_address=desk.ru_owner.address,
        application_number=inventory.application_number, applied_on=desk.today,
        decided_on=desk.today, program_name=inventory.program_name, manager_name="Смирнов Олег",
        manager_position="Управляющий филиалом", issued_on=desk.today, reason_key="debt_burden",
        returned=returned_documents(inventory))
    return render_refusal_notice(notice, desk.ru_owner.language)


def _issue_repayment_schedule(desk: Desk) -> bytes:
    from desktop.documents.repayment_schedule import (RepaymentScheduleDocument,
                                                      render_repayment_schedule)
    from desktop.domain.loans import build_schedule

    loan = desk.ru_loan
    document = RepaymentScheduleDocument.of(
        build_schedule(loan.terms), lender_name=desk.services.loans.get_lender(loan.lender_id).name,
        borrower_name=desk.ru_owner.full_name, program_name="Автокредит",
        contract_number=loan.account_number, printed_on=desk.today)
    return render_repayment_schedule(document, desk.ru_owner.language)


DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("payoff_quote", "desktop.documents.payoff_quote", _issue_payoff_quote),
    DocumentKind("settlement_statement", "desktop.documents.settlement_statement",
                 _issue_settlement_statement),
    DocumentKind("distribution_table", "desktop.documents.distribution_table",
                 _issue_distribution_table),
    DocumentKind("personal_copy", "desktop.documents.personal_copy", _issue_personal_copy),
    DocumentKind("destruction_record", "desktop.documents.destruction_record",
                 _issue_destruction_record),
    DocumentKind("dossier_inventory", "desktop.documents.dossier_inventory",
                 _issue_dossier_inventory),
    DocumentKind("refusal_notice", "desktop.documents.refusal_notice", _issue_refusal_notice),
    DocumentKind("repayment_schedule", "desktop.documents.repayment_schedule",
                 _issue_repayment_schedule),
)


def pdf_pages(content: bytes) -> int:
    """The number of pages of a PDF, read by PDFium; raises if it is not one."""
    import pypdfium2 as pdfium

    if not content.startswith(b"%PDF-"):
        raise StepFailed(f"not a PDF (starts with {content[:8]!r})")
    document = pdfium.PdfDocument(content)
    try:
        return len(document)
    finally:
        document.close()


# -- the steps -------------------------------------------------------------------------------


def _resources(desk: Desk) -> str:
    from desktop.documents import fonts

    root = paths.resources_dir()
    if not root.is_dir():
        raise StepFailed(f"no resources folder at {root}")
    font_dir = root / "fonts"
    missing = [name for name in fonts.FILES.values() if not (font_dir / name).is_file()]
    if missing:
        raise StepFailed(f"fonts missing from {font_dir}: {', '.join(missing)}")
    licences = sorted(font_dir.glob("LICENSE*"))
    if not licences:
        raise StepFailed(f"no font licences in {font_dir}")
    icons = root / "icons"
    if not (icons / "liendesk.png").is_file():
        raise StepFailed(f"no app icon in {icons}")
    translations = sorted((root / "translations").glob("*.qm"))
    programs = sorted((root / "programs").glob("*.toml"))
    for program in programs:  # each must at least parse
        import tomllib

        tomllib.loads(program.read_text(encoding="utf-8"))
    where = "bundle" if getattr(sys, "frozen", False) else "source"
    return (f"resources ({where}): {len(fonts.FILES)} fonts, {len(licences)} licences, "
            f"{len(translations)} translations, {len(programs)} programs, icons")


def _translations(desk: Desk) -> str:
    """Each of LienDesk's .qm loads, and Qt's own (its dialogs') for the same language."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = paths.resources_dir() / "translations"
    qt_folders = [str(folder), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    languages = []
    for qm in sorted(folder.glob("liendesk_*.qm")):
        language = qm.stem.removeprefix("liendesk_")
        ours = QTranslator()
        if not ours.load(str(qm)) or ours.isEmpty():
            raise StepFailed(f"{qm.name} does not load")
        if not any(QTranslator().load(f"qtbase_{language}", where) for where in qt_folders):
            raise StepFailed(f"Qt's own qtbase_{language}.qm is not found in {qt_folders}")
        languages.append(language)
    if not languages:
        return "translations: none yet"
    return f"translations: {', '.join(languages)} (LienDesk's and Qt's)"


def _locales(desk: Desk) -> str:
    from zoneinfo import ZoneInfo

    from babel import Locale
    from babel.numbers import format_currency

    from desktop.documents.labels import LOCALES

    shown = []
    for language, name in LOCALES.items():
        Locale.parse(name)  # raises UnknownLocaleError when the bundle lacks its CLDR data
        shown.append(f"{language} {format_currency(Decimal('1234567'), 'JPY', locale=name)}")
    for zone in ("Asia/Tokyo", "Europe/Moscow", "Asia/Shanghai"):
        ZoneInfo(zone)
    return "locales and time zones: " + ", ".join(shown)


def _holidays(desk: Desk) -> str:
    import holidays

    counts = {code: len(holidays.country_holidays(code, years=desk.today.year))
              for code in ("JP", "RU", "CN")}
    if not all(counts.values()):
        raise StepFailed(f"no public holidays found: {counts}")
    return "holidays " + ", ".join(f"{code} {n}" for code, n in counts.items())


def _keyring(desk: Desk) -> str:
    """The OS keyring's backends are in (found through entry points, so a
    bundle without keyring's metadata has none); nothing is read or kept."""
    from importlib.metadata import entry_points

    from desktop.store import keys

    names = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if not names:
        raise StepFailed("keyring has no backends: its package metadata is missing")
    native = {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}.get(
        sys.platform, "keyring.backends.SecretService")
    importlib.import_module(native)
    usable = "usable" if keys.OsKeyring().available else "none usable here"
    return f"keyring backends: {', '.join(names)} ({usable})"


def _key(desk: Desk) -> str:
    from desktop.store import keys

    class NoKeyring(keys.OsKeyring):
        """The self-test keeps nothing in the OS keyring."""

        def load(self, db_path):
            return None

        def save(self, db_path, key):
            return False

        def forget(self, db_path):
            return False

    desk.db_path = desk.folder / "self-test.sqlite3"
    secret = secrets.token_urlsafe(18)
    started = time.perf_counter()
    desk.key = keys.create_key(desk.db_path, NoKeyring(), "selftest", secret)
    if keys.KeyFile.load(keys.key_file_path(desk.db_path)).unwrap_any(secret) != desk.key:
        raise StepFailed("the key file does not give back the key")
    return f"database key wrapped and unwrapped ({time.perf_counter() - started:.1f} s)"


def _database(desk: Desk) -> str:
    from desktop.services.context import ServiceContext
    from desktop.services.registry import Services
    from desktop.store.db import open_database

    desk.database = open_database(desk.db_path, key=desk.key)
    desk.services = Services.build(ServiceContext(desk.database, "self-test", _utc_now))
    return f"encrypted database opened ({desk.db_path.name})"


def _demo(desk: Desk) -> str:
    from desktop.domain.assets import Property, Vehicle
    from desktop.services.demo import load_demo

    s = desk.services
    load_demo(s, desk.today, DEMO_PASSWORD)
    customers = s.customers.recent(1000)
    loans = 0
    for summary in customers:
        customer = s.customers.get(summary.id)
        assets = {a.id: a for a in s.loans.assets_of(customer.id)}
        for overview in s.loans.loans_of(customer.id):
            loans += 1
            loan = s.loans.get_loan(overview.id)
            asset = assets.get(loan.asset_id)
            if loan.terms.principal.currency == "RUB" and desk.ru_loan is None:
                desk.ru_loan, desk.ru_owner = loan, customer
            if loan.terms.principal.currency != "JPY":
                continue
            if isinstance(asset, Property) and desk.home_loan is None:
                desk.home_loan, desk.home_owner = loan, customer
            if isinstance(asset, Vehicle) and loan.lender_is_owner_of_record and desk.car_loan is None:
                desk.car_loan, desk.car_owner = loan, customer
    if desk.home_loan is None or desk.car_loan is None or desk.ru_loan is None:
        raise StepFailed("the demo lacks a yen home loan, a yen car loan owned by its lender "
                         "or a rouble loan")
    return f"demo loaded: {len(customers)} customers, {loans} loans"


def _payoff(desk: Desk) -> str:
    from desktop.domain.money import format_money

    figure = desk.services.payoffs.payoff_on(desk.home_loan.id, desk.today)
    if not figure.amount.is_positive():
        raise StepFailed(f"a payoff of {figure.amount} for a loan months behind")
    return (f"payoff {desk.home_loan.account_number}: {format_money(figure.amount, 'en')} "
            f"on {desk.today.isoformat()}")


def _document(kind: DocumentKind) -> Callable[[Desk], str]:
    def step(desk: Desk) -> str:
        try:
            importlib.import_module(kind.module)
        except ImportError as error:
            raise StepFailed(f"the module {kind.module} is missing: {error}") from error
        content = kind.issue(desk)
        if not isinstance(content, (bytes, bytearray)) or not content:
            raise StepFailed(f"the {kind.title} is not bytes: {type(content).__name__}")
        pages = pdf_pages(bytes(content))
        if pages < 1:
            raise StepFailed(f"the {kind.title} has no page")
        desk.pdfs[kind.kind] = bytes(content)
        return f"{kind.title} {len(content):,} bytes, {pages} page{'s' if pages > 1 else ''}"

    return step


def _integrity(desk: Desk) -> str:
    report = desk.database.check_integrity(full=True)
    if not report.ok:
        raise StepFailed("; ".join(report.problems[:5]))
    desk.database.close()
    desk.database = None
    from desktop.store.db import is_plain_sqlite

    if is_plain_sqlite(desk.db_path):
        raise StepFailed("the database file is not encrypted")
    return "integrity checked, file encrypted"


def _wait(qapp, done: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not done():
        if time.monotonic() > deadline:
            raise StepFailed(f"timed out after {WAIT_SECONDS} s waiting for {what}")
        qapp.processEvents()
        time.sleep(0.01)
    qapp.processEvents()


def _message_boxes(qapp) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    return [f"{box.windowTitle()}: {box.text()}" for box in qapp.topLevelWidgets()
            if isinstance(box, QMessageBox) and box.isVisible()]


def _main_window(desk: Desk) -> str:
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application, register_bundled_fonts
    from desktop.store.backups import list_backups

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName(paths.APP_NAME)
    qapp.setApplicationVersion(__version__)
    register_bundled_fonts()
    application = Application(desk.db_path, desk.key)
    try:
        window = application.window
        runner = application.runner
        _wait(qapp, lambda: runner.pending == 0, "the integrity check at start")
        user = runner.call(lambda: application.services.users.sign_in(SIGN_IN_AS, DEMO_PASSWORD))
        window.apply_user(user)
        window.show()
        _wait(qapp, lambda: runner.pending == 0, "the customer list")
        sections = 0
        for row in range(window.nav.count()):
            if not window.nav.item(row).isHidden():
                window.nav.setCurrentRow(row)
                _wait(qapp, lambda: runner.pending == 0, f"section {window.nav.item(row).text()!r}")
                sections += 1
        shown = window.customers.model.rows
        problems = _message_boxes(qapp)
        if problems:
            raise StepFailed("the window showed an error: " + " | ".join(problems))
        if not shown:
            raise StepFailed("the customer list is empty")
        preview = ""
        if "payoff_quote" in desk.pdfs:
            from desktop.ui.documents.pdf_pages import page_images

            image = page_images(desk.pdfs["payoff_quote"], 36)[0]
            if image.isNull():
                raise StepFailed("the payoff quote's preview is empty")
            preview = f", preview {image.width()}x{image.height()} px"
        window.close()
        qapp.processEvents()
    finally:
        application.shutdown()
    backups = list_backups(paths.backups_dir_for(desk.db_path))
    if len(backups) != 1:
        raise StepFailed(f"closing made {len(backups)} backups, not one")
    return (f"main window opened and closed ({qapp.platformName()}): signed in as {SIGN_IN_AS}, "
            f"{sections} sections, {len(shown)} customers listed{preview}, backup made")


def steps() -> list[tuple[str, Callable[[Desk], str]]]:
    return [
        ("resources", _resources),
        ("translations", _translations),
        ("locales", _locales),
        ("holidays", _holidays),
        ("keyring", _keyring),
        ("database key", _key),
        ("database", _database),
        ("demo", _demo),
        ("payoff", _payoff),
        *((kind.title, _document(kind)) for kind in DOCUMENT_KINDS),
        ("integrity", _integrity),
        ("main window", _main_window),
    ]


# -- running ---------------------------------------------------------------------------------


def _say(line: str, stream=None) -> None:
    """Print a line even on a console that cannot show every character (and
    not at all in a windowed Windows app, which has no stdout)."""
    stream = stream or sys.stdout
    if stream is None:
        return
    try:
        stream.write(line + "\n")
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(line.encode(encoding, "backslashreplace").decode(encoding) + "\n")
    stream.flush()


def run(argv: list[str] | None = None) -> int:
    """Run every step; 0 when all pass, 1 at the first failure."""
    parser = argparse.ArgumentParser(prog="liendesk --self-test")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, metavar="FOLDER",  # python -m desktop.self_test --keep F
                        help="work in FOLDER and keep what was made there (for a look)")
    args, _ = parser.parse_known_args(argv or [])
    _say(f"LienDesk {__version__} self-test, Python {sys.version.split()[0]}, {sys.platform}"
         f"{', frozen' if getattr(sys, 'frozen', False) else ''}")
    started = time.perf_counter()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return _run_in(args.keep.resolve(), started)
    with tempfile.TemporaryDirectory(prefix="liendesk-self-test-", ignore_cleanup_errors=True) as folder:
        return _run_in(Path(folder), started)


def _run_in(folder: Path, started: float) -> int:
    desk = Desk(folder=folder, today=_local_today())
    try:
        for name, step in steps():
            try:
                detail = step(desk)
            except BaseException as error:  # noqa: BLE001 - every failure is the step's
                if isinstance(error, KeyboardInterrupt):
                    raise
                _say(f"FAILED {name}: {type(error).__name__}: {error}")
                if not isinstance(error, StepFailed) and sys.stderr is not None:
                    traceback.print_exc()
                return 1
            _say(f"ok {detail}")
    finally:
        if desk.database is not None:
            desk.database.close()
    _say(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
