"""The main window: navigation and actions only; each screen is its own module."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from desktop.domain.access import Permission, allows
from desktop.ui.context import UiContext
from desktop.ui.customers.customers_screen import CustomersScreen
from desktop.ui.payoffs.payoffs_screen import PayoffsScreen
from desktop.ui.i18n import fill
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.widgets.choices import roles


class PlaceholderScreen(QWidget):
    """A section whose screens arrive in a later release."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


def _screen(module: str, name: str):
    import importlib

    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    close_requested = Signal()
    settings_saved = Signal(object)  # DeskSettings, after the settings dialog stored them

    def __init__(self, ctx: UiContext, database_label: str):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("LienDesk"))
        self.resize(1200, 760)

        # The desk's first two screens are built now; the rest when first
        # opened, so that a start loads only what the clerk sees.
        self.customers = CustomersScreen(ctx)
        self.payoffs = PayoffsScreen(ctx)
        self._built: dict[str, QWidget] = {}
        self._factories = {
            "sales": lambda: _screen("desktop.ui.settlements.settlements_screen", "SettlementsScreen")(ctx),
            "applications": lambda: _screen("desktop.ui.credit.applications_screen", "ApplicationsScreen")(ctx),
            "documents": lambda: _screen("desktop.ui.documents.documents_screen", "DocumentsScreen")(ctx),
            "lenders": lambda: _screen("desktop.ui.lenders.lenders_screen", "LendersScreen")(ctx),
            "users": lambda: _screen("desktop.ui.access.users_screen", "UsersScreen")(ctx),
            "audit": lambda: _screen("desktop.ui.access.audit_screen", "AuditScreen")(ctx),
            "privacy": lambda: _screen("desktop.ui.privacy.privacy_screen", "PrivacyScreen")(ctx),
            "programs": lambda: _screen("desktop.ui.credit.programs_screen", "ProgramsScreen")(ctx),
        }

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; }"
                               "QListWidget#navigation::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        sections = [
            (self.tr("Customers"), self.customers),
            (self.tr("Payoffs"), self.payoffs),
            (self.tr("Sales"), "sales"),
            (self.tr("Credit applications"), "applications"),
            (self.tr("Documents"), "documents"),
            (self.tr("Lenders"), "lenders"),
            (self.tr("Users"), "users"),
            (self.tr("Audit trail"), "audit"),
            (self.tr("Privacy"), "privacy"),
            (self.tr("Lending programs"), "programs"),
        ]
        self._rows = {name: row for row, (_title, name) in enumerate(sections) if isinstance(name, str)}
        # What each section needs; a role without it does not see the section
        # (the services refuse it anyway).
        self.section_permissions = [
            Permission.VIEW_CUSTOMERS, Permission.QUOTE_PAYOFFS, Permission.SETTLE_SALES,
            Permission.VIEW_APPLICATIONS, Permission.ISSUE_DOCUMENTS, Permission.MANAGE_LOANS,
            Permission.MANAGE_USERS, Permission.VIEW_AUDIT, Permission.ERASE_PERSONAL_DATA,
            Permission.MANAGE_PROGRAMS]
        for i, (title, screen) in enumerate(sections):
            item = QListWidgetItem(title)
            item.setToolTip(QKeySequence(f"Ctrl+{i + 1}").toString(QKeySequence.SequenceFormat.NativeText))
            self.nav.addItem(item)
            self.stack.addWidget(screen if isinstance(screen, QWidget) else QWidget())
        self.nav.currentRowChanged.connect(self._show_section)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        # Wide enough for the longest section name in the language on screen.
        nav_width = max(170, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8)
        # A wide screen must not squeeze the section names out of sight.
        self.nav.setMinimumWidth(nav_width)
        splitter.setCollapsible(0, False)
        splitter.setSizes([nav_width, 1200 - nav_width])
        self.setCentralWidget(splitter)

        self._build_menus(len(sections))
        self.customers.payoff_requested.connect(self.show_payoff)
        self.payoffs.print_requested.connect(self.print_payoff_quote)
        self.status_database = QLabel(database_label)
        self.status_check = QLabel(self.tr("Checking the database…"))
        self.status_user = QLabel()
        self.statusBar().addWidget(self.status_database, 1)
        self.statusBar().addPermanentWidget(self.status_user)
        self.statusBar().addPermanentWidget(self.status_check)
        self.nav.setCurrentRow(0)
        session = ctx.services.context.session
        if session.system:
            self.load_screens()  # a person's screens load in apply_user, by their role

    def load_screens(self) -> None:
        """The first data on show, once somebody may see it."""
        self.customers.refresh()
        self.payoffs.open_releases.refresh()

    def _build_menus(self, section_count: int) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_customer = QAction(self.tr("&New customer…"), self)
        new_customer.setShortcut(QKeySequence.StandardKey.New)
        new_customer.triggered.connect(self.new_customer)
        file_menu.addAction(new_customer)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self.check_action = QAction(self.tr("&Check the database fully"), self)
        file_menu.addAction(self.check_action)
        self.restore_action = QAction(self.tr("&Restore latest backup…"), self)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        file_menu.addAction(self.lock_action)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        go_menu.addAction(find)
        for i in range(section_count):
            action = QAction(self.nav.item(i).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.go_to(row))
            go_menu.addAction(action)

    def _section(self, name: str) -> QWidget:
        """A screen, built the first time it is wanted."""
        if name not in self._built:
            row = self._rows[name]
            screen = self._factories[name]()
            placeholder = self.stack.widget(row)
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, screen)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[name] = screen
        return self._built[name]

    def _show_section(self, row: int) -> None:
        name = next((n for n, r in self._rows.items() if r == row), None)
        if name is not None:
            self._section(name)
        self.stack.setCurrentIndex(row)

    sales = property(lambda self: self._section("sales"))
    applications = property(lambda self: self._section("applications"))
    documents = property(lambda self: self._section("documents"))
    lenders = property(lambda self: self._section("lenders"))
    users = property(lambda self: self._section("users"))
    audit = property(lambda self: self._section("audit"))
    privacy = property(lambda self: self._section("privacy"))
    programs = property(lambda self: self._section("programs"))

    def go_to(self, row: int) -> None:
        if not self.nav.item(row).isHidden():
            self.nav.setCurrentRow(row)

    def new_customer(self) -> None:
        self.nav.setCurrentRow(0)
        self.customers.new_customer()

    def focus_search(self) -> None:
        """Ctrl+F from anywhere: the one lookup for customers, cars, homes and loans."""
        self.nav.setCurrentRow(1)
        self.payoffs.focus_search()

    def show_payoff(self, loan_id: str) -> None:
        self.nav.setCurrentRow(1)
        self.payoffs.show_loan(loan_id)

    def print_payoff_quote(self, loan_id: str, on) -> None:
        """Issue the quote (registered with its SHA-256), then preview it."""
        issue = self.ctx.services.payoff_documents.issue_payoff_quote
        self.ctx.runner.run(lambda: issue(loan_id, on), self._quote_issued)

    def _quote_issued(self, issued) -> None:
        document, content = issued
        self.documents.show_preview(document, content)

    def open_settings(self) -> None:
        services = self.ctx.services
        self.ctx.runner.run(lambda: (services.settings.get(), services.privacy.policies()),
                            self._show_settings)

    def _show_settings(self, answer) -> None:
        dialog = SettingsDialog(self.ctx, *answer, self)
        self.settings_dialog = dialog  # reachable for tests
        dialog.saved.connect(lambda answer: self.settings_saved.emit(answer))
        dialog.open()

    def apply_user(self, user) -> None:
        """Show the sections the user's role works with, and who is signed in."""
        first = None
        for row, permission in enumerate(self.section_permissions):
            hidden = not allows(user.role, permission)
            self.nav.item(row).setHidden(hidden)
            if not hidden and first is None:
                first = row
        # Only those who may change the settings see the menu item.
        self.settings_action.setVisible(allows(user.role, Permission.MANAGE_SETTINGS))
        self.status_user.setText(fill(self.tr("Signed in: {name} ({role})"), name=user.display_name,
                                      role=dict(roles()).get(user.role.value, user.role.value)))
        if first is not None and self.nav.item(self.nav.currentRow()).isHidden():
            self.nav.setCurrentRow(first)
        if allows(user.role, Permission.VIEW_CUSTOMERS):
            self.customers.refresh()
        if allows(user.role, Permission.QUOTE_PAYOFFS):
            self.payoffs.open_releases.refresh()

    def set_integrity_status(self, ok: bool, text: str) -> None:
        self.status_check.setText(text)
        self.status_check.setStyleSheet("" if ok else "color: #b71c1c; font-weight: bold;")
