"""Lending programs, for the administrator: each program with its file and
whether it is shipped or the desk's own, the files that could not be loaded
(with file and line), editing a program's text and reloading them all.

The service checks a text before it writes it (CreditService.save_program):
a refused text stays in the editor with the problem and its line named."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from desktop.domain.credit.programs import ProgramFileError
from desktop.ui.context import UiContext
from desktop.ui.credit import labels
from desktop.ui.credit.application_view import _item
from desktop.ui.forms.ui_credit_program_text import Ui_CreditProgramTextDialog
from desktop.ui.i18n import fill
from desktop.ui.widgets.tables import record_table


def problem_text(error: ProgramFileError) -> str:
    tr = ProgramsScreen.tr_static
    if error.line is not None:
        return fill(tr("{file}, line {line}: {problem}"), file=error.file_name, line=error.line,
                    problem=error.detail)
    return fill(tr("{file}: {problem}"), file=error.file_name, problem=error.detail)


class ProgramTextDialog(QDialog):
    saved = Signal(object)  # the Program as loaded from the saved file

    def __init__(self, ctx: UiContext, program, text: str, own: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.program = ctx, program
        self.ui = ui = Ui_CreditProgramTextDialog()
        ui.setupUi(self)
        self.resize(900, 700)
        self.file_name = PurePath(program.file).name
        ui.fileLabel.setText(fill(
            self.tr("{name} — {file}") + "\n" + (
                self.tr("The desk's own file.") if own else
                self.tr("A shipped program: saving writes the desk's own copy, which replaces it.")),
            name=program.name, file=self.file_name))
        ui.textEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        ui.textEdit.setPlainText(text)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)  # Enter writes a new line in the editor
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        ui.textEdit.setFocus()

    def submit(self) -> None:
        credit, name, text = self.ctx.services.credit, self.file_name, self.ui.textEdit.toPlainText()
        self.save_button.setEnabled(False)
        self.ctx.runner.run(lambda: credit.save_program(name, text), self._saved, self._failed)

    def _saved(self, program) -> None:
        self.save_button.setEnabled(True)
        self.ui.errorBanner.hide()
        self.saved.emit(program)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, ProgramFileError):
            self.ctx.show_error(self, error)
            return
        self.ui.errorBanner.setText(fill(self.tr("Not saved — {problem}"), problem=problem_text(error)))
        self.ui.errorBanner.show()
        if error.line is not None:  # the cursor on the line named
            block = self.ui.textEdit.document().findBlockByNumber(max(0, error.line - 1))
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.LineUnderCursor)
            self.ui.textEdit.setTextCursor(cursor)
            self.ui.textEdit.centerCursor()
        self.ui.textEdit.setFocus()


class ProgramsScreen(QWidget):
    @staticmethod
    def tr_static(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ProgramsScreen", text)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.programs: list = []
        self.dialog: ProgramTextDialog | None = None
        heading = QLabel(self.tr("<h3>Lending programs</h3>Each program is a file: the shipped "
                                 "ones come with LienDesk; the desk's own replace or add to them."))
        heading.setWordWrap(True)
        self.table = record_table([self.tr("Program"), self.tr("Id"), self.tr("Country"),
                                   self.tr("Currency"), self.tr("Kind"), self.tr("File")],
                                  "programsTable")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)
        self.errors_label = QLabel()
        self.errors_label.setObjectName("programErrors")
        self.errors_label.setWordWrap(True)
        self.errors_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.reload_button = QPushButton(self.tr("&Reload"))
        for b in (self.edit_button, self.reload_button):
            b.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_selected)
        self.reload_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors_label)
        layout.addLayout(buttons)
        self._shown_once = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    def _listing(self, catalogue):
        credit = self.ctx.services.credit
        programs = sorted(catalogue.programs.values(), key=lambda p: (p.country, p.name))
        return [(p, credit.program_is_own(p.id)) for p in programs], catalogue.errors

    def refresh(self) -> None:
        credit = self.ctx.services.credit
        self.ctx.runner.run(lambda: self._listing(credit.programs()), self._show)

    def reload(self) -> None:
        credit = self.ctx.services.credit
        self.ctx.runner.run(lambda: self._listing(credit.reload_programs()), self._show)

    def _show(self, answer) -> None:
        programs, errors = answer
        self.programs = programs
        t = self.table
        t.setRowCount(len(programs))
        for i, (p, own) in enumerate(programs):
            kind = self.tr("Own") if own else self.tr("Shipped")
            if p.example:
                kind = fill(self.tr("{kind}, example"), kind=kind)
            for c, text in enumerate((labels.program_title(p), p.id, p.country, p.currency, kind,
                                      PurePath(p.file).name)):
                t.setItem(i, c, _item(text))
        if errors:
            self.errors_label.setText(
                self.tr("These files could not be loaded; the other programs are in use:") + "\n"
                + "\n".join("• " + problem_text(e) for e in errors))
            self.errors_label.setStyleSheet("QLabel { background: #fdecea; color: #8a1c14; border: "
                                            "1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")
        else:
            self.errors_label.setText(self.tr("Every program file loaded."))
            self.errors_label.setStyleSheet("")

    def edit_selected(self, *_args) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.programs):
            return
        program, own = self.programs[row]
        credit = self.ctx.services.credit
        self.ctx.runner.run(lambda: credit.program_text(program.id),
                            lambda text: self._edit(program, text, own))

    def _edit(self, program, text: str, own: bool) -> None:
        dialog = ProgramTextDialog(self.ctx, program, text, own, self)
        dialog.saved.connect(lambda _program: self.refresh())
        self.dialog = dialog
        dialog.open()


__all__ = ["ProgramTextDialog", "ProgramsScreen"]
