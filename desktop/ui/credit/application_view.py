"""One credit application by tabs: Facts, Findings, Maximum, Dossier,
Decision, After approval. The panel shows what CreditService.get returns and
collects what the desk records; every rule, figure, deadline and permission
is the service's. The buttons on show are the signed-in role's only
(ApplicationView.actions)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from desktop.domain.access import Permission, allows
from desktop.domain.credit.after_approval import FollowUp
from desktop.domain.credit.decisions import Action, ApplicationStatus
from desktop.domain.credit.dossier import GapKind
from desktop.domain.credit.model import Outcome
from desktop.domain.errors import ValidationError
from desktop.domain.money import format_money
from desktop.domain.notices import Notice
from desktop.domain.rates import format_percent
from desktop.ui.context import UiContext
from desktop.ui.credit import labels
from desktop.ui.credit.dialogs import (ApproveDialog, DayDialog, DocumentDialog, NoteDialog,
                                       PolicyDialog, ReturnDialog)
from desktop.ui.credit.facts_form import FactsForm
from desktop.ui.documents.preview_dialog import PreviewDialog
from desktop.ui.errors import translate_message
from desktop.ui.i18n import fill, render_notice
from desktop.ui.language import format_date
from desktop.ui.widgets.choices import roles
from desktop.ui.widgets.tables import record_table

_OUTCOME_ORDER = {Outcome.FAILED: 0, Outcome.ATTENTION: 1, Outcome.PASSED: 2}
_BOX = ("QLabel {{ background: {bg}; color: {fg}; border: 1px solid {fg}; border-radius: 4px;"
        " padding: 6px; }}")


def _button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAutoDefault(False)
    return b


def _label(wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _item(text: str, colours: tuple[str, str] | None = None, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if colours:
        item.setBackground(QBrush(QColor(colours[0])))
        item.setForeground(QBrush(QColor(colours[1])))
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    return item


def _wrapping(table: QTableWidget, stretch: int, widths: dict[int, int] | None = None) -> None:
    """Long text wraps in `stretch` and in the columns of set `widths`; the
    other columns fit their contents; rows grow to the wrapped text."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    widths = widths or {}
    for c in range(table.columnCount()):
        if c == stretch:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        elif c in widths:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(c, widths[c])
        else:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class ApplicationPanel(QWidget):
    changed = Signal(object)  # ApplicationView, after the desk changed something

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = None
        self.dialog = None   # the dialog on show, reachable for tests
        self.preview: PreviewDialog | None = None

        self.heading = QLabel(self.tr("Choose an application on the left, or open a new one."))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("applicationTabs")
        self.facts_form = FactsForm()
        self.facts_form.save_requested.connect(self.save_facts)
        self.tabs.addTab(self.facts_form, self.tr("&Facts"))
        self.tabs.addTab(self._findings_tab(), self.tr("F&indings"))
        self.tabs.addTab(self._maximum_tab(), self.tr("&Maximum"))
        self.tabs.addTab(self._dossier_tab(), self.tr("&Dossier"))
        self.tabs.addTab(self._decision_tab(), self.tr("De&cision"))
        self.tabs.addTab(self._after_tab(), self.tr("After &approval"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.setEnabled(False)

    # -- building ------------------------------------------------------------------------

    def _findings_tab(self) -> QWidget:
        self.findings_summary = _label()
        self.findings_table = record_table([self.tr("Result"), self.tr("Why"), self.tr("Rule from")],
                                           "findingsTable")
        _wrapping(self.findings_table, 1, {2: 360})
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.findings_summary)
        layout.addWidget(self.findings_table, 1)
        return w

    def _maximum_tab(self) -> QWidget:
        self.maximum_summary = _label()
        self.maximum_summary.setTextFormat(Qt.TextFormat.RichText)
        self.maximum_problems = _label()
        self.caps_table = record_table([self.tr("Limit"), self.tr("Amount"),
                                        self.tr("How it is worked out"), self.tr("Rule from")],
                                       "capsTable")
        _wrapping(self.caps_table, 2, {0: 230, 3: 240})
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.maximum_summary)
        layout.addWidget(self.maximum_problems)
        layout.addWidget(self.caps_table, 1)
        return w

    def _dossier_tab(self) -> QWidget:
        self.dossier_summary = _label()
        self.dossier_table = record_table([
            self.tr("Document and why it is needed"), self.tr("Status"), self.tr("Received"),
            self.tr("Original / copy"), self.tr("Pages"), self.tr("Certified by"),
            self.tr("Valid until"), self.tr("Returned")], "dossierTable")
        _wrapping(self.dossier_table, 0, {5: 190})
        self.dossier_table.doubleClicked.connect(self.record_document)
        self.record_document_button = _button(self.tr("&Record document…"), "recordDocument")
        self.remove_document_button = _button(self.tr("Re&move document"), "removeDocument")
        self.print_inventory_button = _button(self.tr("Print &inventory"), "printInventory")
        self.record_document_button.clicked.connect(self.record_document)
        self.remove_document_button.clicked.connect(self.remove_document)
        self.print_inventory_button.clicked.connect(self.print_inventory)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_document_button)
        buttons.addWidget(self.remove_document_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_inventory_button)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.dossier_summary)
        layout.addWidget(self.dossier_table, 1)
        layout.addLayout(buttons)
        return w

    def _decision_tab(self) -> QWidget:
        self.status_label = _label()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.deadline_label = _label()
        self.deadline_label.setObjectName("deadlineLabel")
        self.external_label = _label()
        self.payout_label = _label()
        self.interview_label = _label()
        self.decision_label = _label()
        deadlines = QGroupBox(self.tr("Deadlines"))
        d_layout = QVBoxLayout(deadlines)
        for w in (self.deadline_label, self.external_label, self.payout_label):
            d_layout.addWidget(w)
        checks = QGroupBox(self.tr("Checks and decision"))
        c_layout = QVBoxLayout(checks)
        c_layout.addWidget(self.interview_label)
        c_layout.addWidget(self.decision_label)
        self.action_buttons = {
            Action.SUBMIT: _button(self.tr("&Submit"), "submitButton"),
            Action.SECURITY_REVIEW: _button(self.tr("Security &review…"), "securityReviewButton"),
            Action.APPROVE: _button(self.tr("&Approve…"), "approveButton"),
            Action.REFUSE: _button(self.tr("Re&fuse…"), "refuseButton"),
            Action.CLEAR: _button(self.tr("C&lear…"), "clearButton"),
            Action.VETO: _button(self.tr("&Veto…"), "vetoButton"),
            Action.SIGN_REFUSAL_NOTICE: _button(self.tr("Sign refusal &notice"), "signRefusalButton"),
            Action.RETURN_DOCUMENTS: _button(self.tr("Re&turn documents…"), "returnDocumentsButton"),
            Action.FILE_REFUSAL: _button(self.tr("File in r&efusals"), "fileRefusalButton"),
        }
        handlers = {Action.SUBMIT: self.submit, Action.SECURITY_REVIEW: self.security_review,
                    Action.APPROVE: self.approve, Action.REFUSE: self.refuse, Action.CLEAR: self.clear,
                    Action.VETO: self.veto, Action.SIGN_REFUSAL_NOTICE: self.sign_refusal_notice,
                    Action.RETURN_DOCUMENTS: self.return_documents,
                    Action.FILE_REFUSAL: self.file_refusal}
        buttons = QHBoxLayout()
        for action, button in self.action_buttons.items():
            button.clicked.connect(handlers[action])
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.no_actions_label = _label()
        self.history_table = record_table([self.tr("When"), self.tr("Step"), self.tr("By"),
                                           self.tr("Note")], "historyTable")
        _wrapping(self.history_table, 3)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(self.no_actions_label)
        layout.addWidget(deadlines)
        layout.addWidget(checks)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history_table, 1)
        return w

    def _after_tab(self) -> QWidget:
        self.after_summary = _label()
        self.followup_table = record_table([self.tr("What must follow"), self.tr("Due"),
                                            self.tr("Done"), self.tr("Note")], "followupTable")
        _wrapping(self.followup_table, 0)
        self.followup_table.doubleClicked.connect(self.mark_done)
        self.mark_done_button = _button(self.tr("&Mark done…"), "markDone")
        self.mark_done_button.clicked.connect(self.mark_done)
        self.policies_table = record_table([
            self.tr("Cover"), self.tr("Policy"), self.tr("Insurer"), self.tr("Sum insured"),
            self.tr("Paid until"), self.tr("Bank beneficiary"), self.tr("Proof received")],
            "policiesTable")
        self.record_policy_button = _button(self.tr("Record &policy…"), "recordPolicy")
        self.record_policy_button.clicked.connect(self.record_policy)
        self.renewals_label = _label()
        self.print_schedule_button = _button(self.tr("Print repayment &schedule"), "printSchedule")
        self.print_schedule_button.clicked.connect(self.print_schedule)
        row = QHBoxLayout()
        row.addWidget(self.mark_done_button)
        row.addWidget(self.record_policy_button)
        row.addStretch(1)
        row.addWidget(self.print_schedule_button)
        insurance = QGroupBox(self.tr("Insurance policies"))
        i_layout = QVBoxLayout(insurance)
        i_layout.addWidget(self.policies_table)
        i_layout.addWidget(self.renewals_label)
        self.after_body = QWidget()
        body = QVBoxLayout(self.after_body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.followup_table, 3)
        body.addWidget(insurance, 2)
        body.addLayout(row)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.after_summary)
        layout.addWidget(self.after_body, 1)
        return w

    # -- formats -------------------------------------------------------------------------

    def _locale(self) -> str:
        return self.locale().name()

    def _money(self, money) -> str:
        return format_money(money, self._locale()) if money is not None else "—"

    def _date(self, day) -> str:
        return format_date(day, self._locale()) if day is not None else ""

    def _moment(self, moment: datetime | None, zone: str) -> str:
        if moment is None:
            return ""
        local = moment.astimezone(ZoneInfo(zone))
        return fill(self.tr("{date} {time} ({zone})"), date=format_date(local.date(), self._locale()),
                    time=local.strftime("%H:%M"), zone=zone)

    def _notice(self, notice) -> str:
        return render_notice(notice, self._locale())

    def _text(self, message) -> str:
        """A problem from the service: a Notice, or an English sentence without values."""
        return self._notice(message) if isinstance(message, Notice) else translate_message(message)

    def _user(self):
        return self.ctx.services.context.session.user

    def _may(self, permission: Permission) -> bool:
        user = self._user()
        return user is not None and allows(user.role, permission)

    # -- showing -------------------------------------------------------------------------

    def load(self, application_id: str) -> None:
        credit = self.ctx.services.credit
        self.ctx.runner.run(lambda: credit.get(application_id), self.show_view)

    def clear_view(self) -> None:
        self.view = None
        self.tabs.setEnabled(False)
        self.heading.setText(self.tr("Choose an application on the left, or open a new one."))

    def show_view(self, view) -> None:
        self.view = view
        self.tabs.setEnabled(True)
        self.heading.setText(fill(
            self.tr("<h3>{number} · {customer}</h3>{program} — <b>{status}</b>"),
            number=view.number, customer=view.customer_name, program=labels.program_title(view.program),
            status=labels.status_label(view.status, view.program.security_check)))
        draft = view.status is ApplicationStatus.DRAFT
        may_prepare = self._may(Permission.PREPARE_APPLICATIONS)
        reason = ""
        if not draft:
            reason = self.tr("The application has been submitted: its facts are as the bank "
                             "judged them and no longer change.")
        elif not may_prepare:
            reason = self.tr("Your role does not prepare applications.")
        self.facts_form.show_facts(view.facts, view.program, draft and may_prepare, reason)
        self._show_findings(view)
        self._show_maximum(view)
        self._show_dossier(view, draft and may_prepare)
        self._show_decision(view)
        self._show_after(view)

    def _show_findings(self, view) -> None:
        a = view.assessment
        findings = sorted(a.findings, key=lambda f: _OUTCOME_ORDER.get(f.outcome, 3))
        counts = {o: sum(1 for f in findings if f.outcome is o) for o in Outcome}
        self.findings_summary.setText(fill(
            self.tr("{failed} failed, {attention} need attention, {passed} passed."),
            failed=counts[Outcome.FAILED], attention=counts[Outcome.ATTENTION],
            passed=counts[Outcome.PASSED]))
        colour = (labels.OUTCOME_COLOURS[Outcome.FAILED] if counts[Outcome.FAILED]
                  else labels.OUTCOME_COLOURS[Outcome.ATTENTION] if counts[Outcome.ATTENTION]
                  else labels.OUTCOME_COLOURS[Outcome.PASSED])
        self.findings_summary.setStyleSheet(_BOX.format(bg=colour[0], fg=colour[1]))
        t = self.findings_table
        t.setRowCount(len(findings))
        for i, f in enumerate(findings):
            colours = labels.OUTCOME_COLOURS.get(f.outcome)
            t.setItem(i, 0, _item(labels.outcome_label(f.outcome), colours, bold=True))
            t.setItem(i, 1, _item(self._notice(f.reason)))
            t.setItem(i, 2, _item(f.source))
        t.resizeRowsToContents()

    def _show_maximum(self, view) -> None:
        a, m = view.assessment, view.assessment.maximum
        requested = self._money(view.requested)
        if m is None:
            self.maximum_summary.setText(fill(
                self.tr("<b>The maximum cannot be worked out yet.</b> Requested: {requested}."),
                requested=requested))
            self.maximum_summary.setStyleSheet(_BOX.format(bg="#fff4e5", fg="#7a4100"))
            self.maximum_problems.setText("\n".join("• " + self._text(p)
                                                    for p in a.maximum_problems))
            self.maximum_problems.show()
        else:
            over = view.over_maximum
            text = self.tr("<b>Maximum: {maximum}</b>, limited by “{cap}”.<br>Requested: "
                           "{requested} — ") + (self.tr("<b>above the maximum</b>; lower it "
                                                       "before submitting.") if over else
                                               self.tr("within the maximum."))
            self.maximum_summary.setText(fill(text, maximum=self._money(m.amount),
                                              cap=labels.cap_label(m.binding.rule_id),
                                              requested=requested))
            colour = labels.OUTCOME_COLOURS[Outcome.FAILED if over else Outcome.PASSED]
            self.maximum_summary.setStyleSheet(_BOX.format(bg=colour[0], fg=colour[1]))
            self.maximum_problems.setVisible(bool(a.maximum_problems))
            self.maximum_problems.setText("\n".join("• " + self._text(p)
                                                    for p in a.maximum_problems))
        caps = m.caps if m is not None else ()
        t = self.caps_table
        t.setRowCount(len(caps))
        for i, cap in enumerate(caps):
            binding = m is not None and cap == m.binding
            colours = ("#e8f0fe", "#1a3e72") if binding else None
            name = labels.cap_label(cap.rule_id)
            if binding:
                name = fill(self.tr("{cap} — binds"), cap=name)
            lines = [self._notice(cap.arithmetic)] + ["  · " + self._notice(d) for d in cap.details]
            t.setItem(i, 0, _item(name, colours, bold=binding))
            amount = _item(self._money(cap.limit), colours, bold=binding)
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(i, 1, amount)
            t.setItem(i, 2, _item("\n".join(lines), colours))
            t.setItem(i, 3, _item(cap.source, colours))
        t.resizeRowsToContents()

    def _dossier_rows(self, view):
        """(code, title, why, document or None, gap kind or None) in checklist order."""
        gaps = {}
        for g in view.assessment.gaps:
            gaps.setdefault(g.code, g)
        rows, seen = [], set()
        for r in view.assessment.required:
            code = r.alternative_code or r.code
            if code in seen:
                continue
            seen.add(code)
            title = labels.document_title(view.program, code)
            why = self._notice(r.why)
            if r.if_any:
                why = fill(self.tr("{why} (if the applicant has one)"), why=why)
            documents = [d for d in view.documents if d.code == code]
            gap = gaps.get(code)
            if not documents:
                rows.append((code, title, why, None, gap, r))
            for d in documents:
                rows.append((code, title, why, d, gap, r))
        for d in view.documents:
            if d.code not in seen:
                rows.append((d.code, d.title or d.code, "", d, None, None))
        return rows, gaps

    def _show_dossier(self, view, editable: bool) -> None:
        rows, gaps = self._dossier_rows(view)
        self._rows = rows
        if view.assessment.gaps:
            # Missing documents show in the table; the other gaps say why in words.
            missing = sum(1 for g in view.assessment.gaps if g.kind is GapKind.MISSING)
            others = [g for g in view.assessment.gaps if g.kind is not GapKind.MISSING]
            self.dossier_summary.setText("\n".join(
                [fill(self.tr("The dossier is not complete: {missing} missing, {other} to correct. "
                              "It cannot be submitted until it is."),
                      missing=missing, other=len(others))]
                + ["• " + self._notice(g.explanation) for g in others]))
            self.dossier_summary.setStyleSheet(_BOX.format(bg="#fff4e5", fg="#7a4100"))
        else:
            self.dossier_summary.setText(self.tr("The dossier is complete."))
            self.dossier_summary.setStyleSheet(_BOX.format(bg="#edf7ed", fg="#1e4620"))
        t = self.dossier_table
        t.setRowCount(len(rows))
        for i, (code, title, why, d, gap, _r) in enumerate(rows):
            if d is not None and d.returned_on is not None:
                status, colours = self.tr("Returned"), ("#eeeeee", "#424242")
            elif gap is not None:
                status = labels.gap_label(gap.kind)
                colours = labels.OUTCOME_COLOURS[Outcome.FAILED]
                if d is None and _r is not None and _r.if_any:
                    status, colours = self.tr("Not brought"), None
            elif d is None:
                status, colours = self.tr("Not brought"), None
            else:
                status, colours = labels.gap_label(None), labels.OUTCOME_COLOURS[Outcome.PASSED]
            certified = ""
            if d is not None and d.certified_by is not None:
                certified = fill(self.tr("{name}, {position}, {date}"), name=d.certified_by.name,
                                 position=d.certified_by.position, date=self._date(d.certified_on))
            text = title + ("\n" + why if why else "")
            if d is not None and d.note:
                text += "\n" + translate_message(d.note)
            first = _item(text)
            first.setToolTip(why)
            t.setItem(i, 0, first)
            t.setItem(i, 1, _item(status, colours, bold=True))
            t.setItem(i, 2, _item(self._date(d.received_on) if d else ""))
            t.setItem(i, 3, _item(labels.form_label(d.form) if d else ""))
            t.setItem(i, 4, _item(str(d.pages) if d else ""))
            t.setItem(i, 5, _item(certified))
            t.setItem(i, 6, _item(self._date(d.valid_until) if d else ""))
            t.setItem(i, 7, _item(self._date(d.returned_on) if d else ""))
        t.resizeRowsToContents()
        self.record_document_button.setEnabled(editable)
        self.remove_document_button.setEnabled(editable)
        self.record_document_button.setVisible(self._may(Permission.PREPARE_APPLICATIONS))
        self.remove_document_button.setVisible(self._may(Permission.PREPARE_APPLICATIONS))

    def _show_decision(self, view) -> None:
        wf = view.workflow
        self.status_label.setText(fill(self.tr("<b>Status:</b> {status}"),
                                       status=labels.status_label(view.status, view.program.security_check)))
        zone = view.program.time_zone
        d = view.decision_deadline
        if d is None:
            self.deadline_label.setText(self.tr("Decision deadline: counted once the application "
                                                "reaches the decision centre."))
            self.deadline_label.setStyleSheet("")
        else:
            state = labels.deadline_label(view.deadline_state)
            due = (fill(self.tr("the end of {date} ({zone})"),
                        date=self._date(d.due_on), zone=d.zone)
                   if d.whole_day else self._moment(d.due_at, d.zone))
            self.deadline_label.setText(fill(
                self.tr("Decision due by {due} — {state}.\n{explanation}"),
                due=due, state=state, explanation=self._notice(d.explanation)))
            colours = labels.DEADLINE_COLOURS.get(view.deadline_state)
            self.deadline_label.setStyleSheet(_BOX.format(bg=colours[0], fg=colours[1])
                                              if colours else "")
        e = view.external_checks
        if e is not None:
            self.external_label.setText(fill(self.tr("External checks back by {due}.\n{explanation}"),
                                             due=self._moment(e.due_at, e.zone),
                                             explanation=self._notice(e.explanation)))
        elif view.program.security_check:
            self.external_label.setText(self.tr("External checks: due from the submission."))
        else:
            self.external_label.setText(self.tr("This program has no branch security check."))
        p = view.payout
        self.payout_label.setVisible(p is not None)
        if p is not None:
            when = (fill(self.tr("Pay-out not before {when}."), when=self._moment(p.not_before, zone))
                    if p.not_before else self.tr("Pay-out: no waiting."))
            self.payout_label.setText(when + "\n" + self._notice(p.explanation))
        a = view.assessment
        if a.interview is not None:
            head = (self.tr("Interview with the borrower required before clearance.")
                    if a.interview.required else self.tr("No interview required."))
            self.interview_label.setText(fill(self.tr("{head} USD equivalent {usd}.\n{explanation}"),
                                              head=head, usd=self._money(a.interview.usd_equivalent),
                                              explanation=self._notice(a.interview.explanation)))
        elif a.interview_problem:
            self.interview_label.setText(fill(self.tr("Interview: {problem}"),
                                              problem=self._text(a.interview_problem)))
        else:
            self.interview_label.setText(self.tr("No interview rule in this program."))
        lines = []
        if wf.security_opinion is not None:
            opinion = dict(labels.opinions()).get(wf.security_opinion.value, wf.security_opinion.value)
            lines.append(fill(self.tr("Security officer's opinion: {opinion}. {note}"),
                              opinion=opinion, note=wf.security_note))
        if wf.approval is not None:
            ap = wf.approval
            lines.append(fill(self.tr("Approved: {amount} for {term} months at {rate} % a year. {conditions}"),
                              amount=self._money(ap.amount), term=ap.term_months,
                              rate=format_percent(ap.annual_rate), conditions=ap.conditions))
        if wf.veto_reason is not None:
            reason = dict(labels.veto_reasons()).get(wf.veto_reason.value, wf.veto_reason.value)
            lines.append(fill(self.tr("Vetoed: {reason}. {note}"), reason=reason, note=wf.veto_note))
        elif wf.refusal_reason:
            lines.append(fill(self.tr("Refused: {reason}"), reason=wf.refusal_reason))
        if wf.refusal_notice_signed_at is not None:
            lines.append(fill(self.tr("Refusal notice signed {when}."),
                              when=self._moment(wf.refusal_notice_signed_at, zone)))
        self.decision_label.setText("\n".join(lines) or self.tr("No decision yet."))
        for action, button in self.action_buttons.items():
            button.setVisible(action in view.actions)
        if view.actions:
            self.no_actions_label.hide()
        else:
            self.no_actions_label.setText(self.tr("Nothing for your role to do on this application now."))
            self.no_actions_label.show()
        role_names = dict(roles())
        t = self.history_table
        t.setRowCount(len(wf.history))
        for i, step in enumerate(wf.history):
            t.setItem(i, 0, _item(self._moment(step.at, zone)))
            t.setItem(i, 1, _item(labels.action_label(step.action)))
            t.setItem(i, 2, _item(role_names.get(step.role.value, step.role.value)))
            t.setItem(i, 3, _item(step.note))
        t.resizeRowsToContents()

    def _show_after(self, view) -> None:
        approved = view.status is ApplicationStatus.APPROVED
        self.after_body.setVisible(approved)
        if not approved:
            self.after_summary.setText(self.tr(
                "What must follow approval (dealer papers, insurance, agreements, handover, "
                "registration) is listed here once the application is approved."))
            self.after_summary.setStyleSheet("")
            return
        items = view.followup.items
        open_items = sum(1 for x in items if x.done_on is None)
        self.after_summary.setText(fill(self.tr("{open} of {total} items still to do."),
                                        open=open_items, total=len(items)))
        self.after_summary.setStyleSheet(_BOX.format(bg="#e8f0fe", fg="#1a3e72"))
        today = self.ctx.today()
        t = self.followup_table
        t.setRowCount(len(items))
        for i, x in enumerate(items):
            late = x.done_on is None and x.due_on is not None and today > x.due_on
            colours = (labels.OUTCOME_COLOURS[Outcome.PASSED] if x.done_on
                       else labels.OUTCOME_COLOURS[Outcome.FAILED] if late else None)
            item = _item(translate_message(x.title), colours)
            item.setData(Qt.ItemDataRole.UserRole, x.code.value)
            t.setItem(i, 0, item)
            t.setItem(i, 1, _item(self._date(x.due_on), colours))
            t.setItem(i, 2, _item(self._date(x.done_on), colours))
            t.setItem(i, 3, _item(translate_message(x.note) if x.note else "", colours))
        t.resizeRowsToContents()
        cover_names = dict(labels.covers())
        policies = view.followup.policies
        p = self.policies_table
        p.setRowCount(len(policies))
        for i, x in enumerate(policies):
            for c, text in enumerate((cover_names.get(x.cover.value, x.cover.value), x.number, x.insurer,
                                      self._money(x.sum_insured), self._date(x.paid_until),
                                      self.tr("Yes") if x.bank_is_beneficiary else self.tr("No"),
                                      self._date(x.proof_received_on))):
                p.setItem(i, c, _item(text))
        if view.renewals:
            self.renewals_label.setText(self.tr("Renewals due:") + "\n" + "\n".join(
                fill(self.tr("• {cover} {number}: {state} by {due} — {explanation}"),
                     cover=cover_names.get(r.cover.value, r.cover.value), number=r.policy_number,
                     state=labels.renewal_label(r.state), due=self._date(r.due_on),
                     explanation=self._notice(r.explanation)) for r in view.renewals))
            self.renewals_label.setStyleSheet(_BOX.format(bg="#fff4e5", fg="#7a4100"))
        else:
            self.renewals_label.setText(self.tr("No renewals due (each period is paid 30 days "
                                                "before the paid one ends)."))
            self.renewals_label.setStyleSheet("")
        may = self._may(Permission.PREPARE_APPLICATIONS)
        self.mark_done_button.setVisible(may)
        self.record_policy_button.setVisible(may)

    # -- doing ---------------------------------------------------------------------------

    def _done(self, view) -> None:
        self.show_view(view)
        self.changed.emit(view)

    def _failed(self, error: BaseException) -> None:
        self.ctx.show_error(self, error)

    def _run(self, call) -> None:
        if self.view is None:
            return
        self.ctx.runner.run(call, self._done, self._failed)

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._done)
        dialog.open()

    def save_facts(self, facts) -> None:
        if self.view is None:
            return
        credit, application_id = self.ctx.services.credit, self.view.id

        def failed(error):
            if isinstance(error, ValidationError):
                self.facts_form.show_error(error)
            else:
                self._failed(error)

        self.ctx.runner.run(lambda: credit.save_facts(application_id, facts), self._done, failed)

    def selected_dossier_row(self):
        row = self.dossier_table.currentRow()
        rows = getattr(self, "_rows", [])
        return rows[row] if 0 <= row < len(rows) else None

    def record_document(self, *_args) -> None:
        found = self.selected_dossier_row()
        if self.view is None or found is None or not self.record_document_button.isEnabled():
            return
        code, title, _why, document, _gap, _r = found
        if document is not None and document.returned_on is not None:
            document = None
        self._open(DocumentDialog(self.ctx, self.view.id, code, title, document, self))

    def remove_document(self) -> None:
        found = self.selected_dossier_row()
        if self.view is None or found is None or found[3] is None:
            return
        credit, application_id, code = self.ctx.services.credit, self.view.id, found[0]
        self._run(lambda: credit.remove_document(application_id, code))

    def submit(self) -> None:
        credit, application_id = self.ctx.services.credit, self.view.id
        self._run(lambda: credit.submit(application_id))

    def security_review(self) -> None:
        self._open(NoteDialog(self.ctx, self.view, NoteDialog.SECURITY_REVIEW, self))

    def approve(self) -> None:
        self._open(ApproveDialog(self.ctx, self.view, self))

    def refuse(self) -> None:
        self._open(NoteDialog(self.ctx, self.view, NoteDialog.REFUSE, self))

    def clear(self) -> None:
        self._open(NoteDialog(self.ctx, self.view, NoteDialog.CLEAR, self))

    def veto(self) -> None:
        self._open(NoteDialog(self.ctx, self.view, NoteDialog.VETO, self))

    def file_refusal(self) -> None:
        credit, application_id = self.ctx.services.credit, self.view.id
        self._run(lambda: credit.file_refusal(application_id))

    def returnable(self) -> list[tuple[str, str]]:
        """The documents held that a refused borrower may ask back (the program says which)."""
        view = self.view
        returnable = {r.alternative_code or r.code: labels.document_title(view.program,
                                                                          r.alternative_code or r.code)
                      for r in view.assessment.required if r.returnable_on_refusal}
        held = [d.code for d in view.documents if d.received_on and d.returned_on is None]
        return [(code, title) for code, title in returnable.items() if code in held]

    def return_documents(self) -> None:
        self._open(ReturnDialog(self.ctx, self.view, self.returnable(), self))

    def sign_refusal_notice(self) -> None:
        credit, documents, application_id = (self.ctx.services.credit, self.ctx.services.documents,
                                             self.view.id)

        def work():
            issued = credit.sign_refusal_notice(application_id)
            return issued, documents.content(issued.id), credit.get(application_id)

        def done(answer):
            issued, content, view = answer
            self._done(view)
            self._preview(issued, content)

        self.ctx.runner.run(work, done, self._failed)

    def _print(self, issue) -> None:
        if self.view is None:
            return
        documents, application_id = self.ctx.services.documents, self.view.id

        def work():
            issued = issue(application_id)
            return issued, documents.content(issued.id)

        self.ctx.runner.run(work, lambda answer: self._preview(*answer), self._failed)

    def _preview(self, issued, content: bytes) -> None:
        self.preview = PreviewDialog(issued, content, self)
        self.preview.open()

    def print_inventory(self) -> None:
        self._print(self.ctx.services.credit.issue_inventory)

    def print_schedule(self) -> None:
        self._print(self.ctx.services.credit.issue_repayment_schedule)

    def mark_done(self, *_args) -> None:
        row = self.followup_table.currentRow()
        if self.view is None or row < 0 or not self._may(Permission.PREPARE_APPLICATIONS):
            return
        item = self.followup_table.item(row, 0)
        code = FollowUp(item.data(Qt.ItemDataRole.UserRole))
        self._open(DayDialog(self.ctx, self.view.id, code, item.text(), self))

    def record_policy(self) -> None:
        if self.view is None:
            return
        self._open(PolicyDialog(self.ctx, self.view.id, self.view.program.currency, self))
