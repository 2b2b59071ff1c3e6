"""The small dialogs of a credit application: each reads its form, calls one
service method on the worker, shows the problems next to their fields and
closes when the service has stored it (RecordDialog)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop.domain.credit.after_approval import Cover, FollowUp, InsurancePolicy
from desktop.domain.credit.decisions import SecurityOpinion, VetoReason
from desktop.domain.credit.dossier import Certifier, DocumentForm, DossierDocument
from desktop.domain.errors import Problems, ValidationError
from desktop.domain.money import format_money
from desktop.domain.rates import format_percent, parse_percent
from desktop.ui.context import UiContext
from desktop.ui.credit import labels
from desktop.ui.forms.ui_credit_approve import Ui_CreditApproveDialog
from desktop.ui.forms.ui_credit_day import Ui_CreditDayDialog
from desktop.ui.forms.ui_credit_document import Ui_CreditDocumentDialog
from desktop.ui.forms.ui_credit_new_application import Ui_CreditNewApplicationDialog
from desktop.ui.forms.ui_credit_note import Ui_CreditNoteDialog
from desktop.ui.forms.ui_credit_policy import Ui_CreditPolicyDialog
from desktop.ui.forms.ui_credit_return import Ui_CreditReturnDialog
from desktop.ui.i18n import fill, render_notice
from desktop.ui.widgets.choices import fill_combo, select_code
from desktop.ui.widgets.record_dialog import RecordDialog


def _save_text(dialog: RecordDialog, text: str) -> None:
    dialog.save_button.setText(text)
    dialog.save_button.setDefault(True)


# -- a new application ---------------------------------------------------------------------


class NewApplicationDialog(RecordDialog):
    """Customer, program, contract date and amount: the service drafts the
    rest of the facts from the customer's file and opens the application."""

    def __init__(self, ctx: UiContext, catalogue, parent: QWidget | None = None,
                 customer_id: str | None = None):
        super().__init__(ctx, Ui_CreditNewApplicationDialog(), parent)
        ui = self.ui
        _save_text(self, self.tr("&Open application"))
        self.setMinimumWidth(680)
        self._wanted_customer = customer_id
        programs = sorted(catalogue.programs.values(), key=lambda p: (p.example, p.country, p.name))
        for program in programs:
            name = (fill(self.tr("{name} — example, not a real lender's terms"), name=labels.program_title(program))
                    if program.example else labels.program_title(program))
            ui.programCombo.addItem(fill(self.tr("{name} · {currency}"), name=name,
                                         currency=program.currency), program.id)
        self.programs = {p.id: p for p in programs}
        ui.programCombo.currentIndexChanged.connect(self._program_changed)
        self._program_changed()
        ui.contractDateEdit.set_value(ctx.today())
        ui.searchEdit.textChanged.connect(self._search)
        self._search_seq = 0
        self._search("")
        ui.customerCombo.setFocus()

    def _program_changed(self) -> None:
        program = self.programs.get(self.ui.programCombo.currentData())
        if program is not None:
            self.ui.amountEdit.set_currency(program.currency)

    def _search(self, text: str) -> None:
        self._search_seq += 1
        seq, customers = self._search_seq, self.ctx.services.customers
        text = text.strip()
        work = (lambda: customers.search(text)) if text else customers.recent
        self.ctx.runner.run(work, lambda found: self._show_customers(seq, found))

    def _show_customers(self, seq: int, found) -> None:
        if seq != self._search_seq:
            return
        combo = self.ui.customerCombo
        combo.clear()
        for c in found:
            born = c.birth_date.isoformat() if c.birth_date else ""
            combo.addItem(fill(self.tr("{name} · born {born}"), name=c.full_name, born=born)
                          if born else c.full_name, c.id)
        if self._wanted_customer:
            select_code(combo, self._wanted_customer)

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"customer_id": ui.customerCombo, "program_id": ui.programCombo,
                "contract_date": ui.contractDateEdit, "amount_requested": ui.amountEdit}

    def draft(self, read, problems: Problems):
        ui = self.ui
        customer_id, program_id = ui.customerCombo.currentData(), ui.programCombo.currentData()
        if not customer_id:
            problems.add("customer_id", "Choose the customer.")
        if not program_id:
            problems.add("program_id", "Choose the lending program.")
        on = read(ui.contractDateEdit, "contract_date")
        if on is None:
            problems.add("contract_date", "Enter the contract date.")
        amount = read(ui.amountEdit, "amount_requested")
        return customer_id, program_id, on, amount

    def save(self, record):
        customer_id, program_id, on, amount = record
        credit = self.ctx.services.credit

        def work():
            facts = credit.draft_facts(customer_id, program_id, on)
            facts = replace(facts, request=replace(facts.request, amount_requested=amount))
            return credit.open(customer_id, facts)

        return work


# -- a dossier document --------------------------------------------------------------------


class DocumentDialog(RecordDialog):
    """One document of the dossier as the inventory lists it."""

    def __init__(self, ctx: UiContext, application_id: str, code: str, title: str,
                 existing: DossierDocument | None, parent: QWidget | None = None):
        super().__init__(ctx, Ui_CreditDocumentDialog(), parent)
        self.application_id, self.code, self.existing = application_id, code, existing
        ui = self.ui
        _save_text(self, self.tr("&Record"))
        ui.documentLabel.setText(fill(self.tr("<b>{title}</b>"), title=title))
        fill_combo(ui.formCombo, labels.document_forms())
        ui.formCombo.currentIndexChanged.connect(self._form_changed)
        d = existing
        ui.receivedOnEdit.set_value(d.received_on if d else ctx.today())
        if d is not None:
            select_code(ui.formCombo, d.form.value)
            ui.pagesSpin.setValue(d.pages)
            ui.pagesExpectedSpin.setValue(d.pages_expected or 0)
            if d.certified_by:
                ui.certifierNameEdit.setText(d.certified_by.name)
                ui.certifierPositionEdit.setText(d.certified_by.position)
            ui.certifiedOnEdit.set_value(d.certified_on)
            ui.issuedOnEdit.set_value(d.issued_on)
            ui.validUntilEdit.set_value(d.valid_until)
            ui.returnedOnEdit.set_value(d.returned_on)
            ui.noteEdit.setText(d.note)
        self._form_changed()
        ui.receivedOnEdit.setFocus()

    def _form_changed(self) -> None:
        copy = self.ui.formCombo.currentData() == DocumentForm.COPY.value
        for w in (self.ui.certifierNameEdit, self.ui.certifierPositionEdit, self.ui.certifiedOnEdit):
            w.setEnabled(copy)

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"code": ui.documentLabel, "title": ui.documentLabel, "received_on": ui.receivedOnEdit,
                "pages": ui.pagesSpin, "pages_expected": ui.pagesExpectedSpin,
                "certified_by": ui.certifierNameEdit, "certified_on": ui.certifiedOnEdit,
                "issued_on": ui.issuedOnEdit, "valid_until": ui.validUntilEdit,
                "returned_on": ui.returnedOnEdit, "form": ui.formCombo}

    def draft(self, read, problems: Problems) -> DossierDocument:
        ui = self.ui
        form = DocumentForm(ui.formCombo.currentData())
        name, position = ui.certifierNameEdit.text().strip(), ui.certifierPositionEdit.text().strip()
        certified_on = read(ui.certifiedOnEdit, "certified_on") if form is DocumentForm.COPY else None
        certifier = (Certifier(name, position)
                     if form is DocumentForm.COPY and (name or position) else None)
        base = self.existing or DossierDocument(code=self.code, title="")
        return replace(
            base, code=self.code, received_on=read(ui.receivedOnEdit, "received_on"), form=form,
            pages=ui.pagesSpin.value(), pages_expected=ui.pagesExpectedSpin.value() or None,
            certified_by=certifier, certified_on=certified_on,
            issued_on=read(ui.issuedOnEdit, "issued_on"),
            valid_until=read(ui.validUntilEdit, "valid_until"),
            returned_on=read(ui.returnedOnEdit, "returned_on"), note=ui.noteEdit.text().strip())

    def save(self, document):
        credit, application_id = self.ctx.services.credit, self.application_id
        return lambda: credit.record_document(application_id, document)


# -- the decision ----------------------------------------------------------------------------


class ApproveDialog(RecordDialog):
    def __init__(self, ctx: UiContext, view, parent: QWidget | None = None):
        super().__init__(ctx, Ui_CreditApproveDialog(), parent)
        self.view = view
        ui = self.ui
        _save_text(self, self.tr("&Approve"))
        locale = self.locale().name()
        maximum = view.assessment.maximum
        if maximum is not None:
            ui.maximumLabel.setText(fill(
                self.tr("Requested {requested}; the maximum is {maximum} ({cap})."),
                requested=format_money(view.requested, locale),
                maximum=format_money(maximum.amount, locale),
                cap=labels.cap_label(maximum.binding.rule_id)))
        else:
            ui.maximumLabel.setText(fill(self.tr("Requested {requested}."),
                                         requested=format_money(view.requested, locale)))
        ui.conditionsEdit.setMaximumHeight(110)
        request = view.facts.request
        ui.amountEdit.set_money(view.requested)
        ui.termSpin.setValue(request.term_months)
        ui.rateEdit.setText(format_percent(request.annual_rate))
        ui.amountEdit.setFocus()
        ui.amountEdit.selectAll()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"amount": ui.amountEdit, "term_months": ui.termSpin, "annual_rate": ui.rateEdit,
                "conditions": ui.conditionsEdit}

    def draft(self, read, problems: Problems):
        ui = self.ui
        amount = read(ui.amountEdit, "amount")
        if amount is None:
            problems.add("amount", "Enter the amount approved.")
        rate = None
        try:
            rate = parse_percent(ui.rateEdit.text(), "annual_rate")
        except ValidationError as e:
            problems.items.extend(e.problems)
        return amount, ui.termSpin.value(), rate, ui.conditionsEdit.toPlainText().strip()

    def save(self, record):
        amount, term, rate, conditions = record
        credit, application_id = self.ctx.services.credit, self.view.id
        return lambda: credit.approve(application_id, amount=amount, term_months=term,
                                      annual_rate=rate, conditions=conditions)


class NoteDialog(RecordDialog):
    """A decision with words: the security review, a refusal, a veto, the clearance."""

    SECURITY_REVIEW, REFUSE, VETO, CLEAR = "security_review", "refuse", "veto", "clear"

    def __init__(self, ctx: UiContext, view, kind: str, parent: QWidget | None = None):
        super().__init__(ctx, Ui_CreditNoteDialog(), parent)
        self.view, self.kind = view, kind
        ui = self.ui
        ui.noteEdit.setMaximumHeight(110)
        locale = self.locale().name()
        ui.confirmCheck.hide()
        if kind == self.SECURITY_REVIEW:
            self.setWindowTitle(self.tr("Security review"))
            ui.promptLabel.setText(self.tr(
                "Your preliminary opinion goes into the note and the application goes on to the "
                "decision centre; the answers of third parties are not waited for."))
            ui.choiceComboLabel.setText(self.tr("&Opinion"))
            fill_combo(ui.choiceCombo, labels.opinions())
            ui.noteEditLabel.setText(self.tr("&Note (required for a negative opinion)"))
            _save_text(self, self.tr("&Send to the decision centre"))
        elif kind == self.VETO:
            self.setWindowTitle(self.tr("Veto the positive decision"))
            ui.promptLabel.setText(self.tr(
                "A veto cancels the decision centre's positive decision for one of these "
                "reasons only; the application is refused."))
            ui.choiceComboLabel.setText(self.tr("&Reason"))
            fill_combo(ui.choiceCombo, labels.veto_reasons())
            _save_text(self, self.tr("&Veto"))
        elif kind == self.REFUSE:
            self.setWindowTitle(self.tr("Refuse the application"))
            ui.promptLabel.setText(self.tr("The reason is printed on the refusal notice."))
            ui.form.setRowVisible(ui.choiceCombo, False)
            ui.noteEditLabel.setText(self.tr("&Reason"))
            _save_text(self, self.tr("&Refuse"))
        else:
            self.setWindowTitle(self.tr("Security clearance"))
            interview = view.assessment.interview
            text = self.tr("No negative answers from third parties: clear the positive decision.")
            if interview is not None:
                text += "\n" + render_notice(interview.explanation, locale)
            ui.promptLabel.setText(text)
            ui.form.setRowVisible(ui.choiceCombo, False)
            ui.form.setRowVisible(ui.noteEdit, False)
            if interview is not None and interview.required:
                ui.confirmCheck.setText(self.tr("The &interview with the borrower was held"))
                ui.confirmCheck.show()
            _save_text(self, self.tr("&Clear"))
        (ui.choiceCombo if ui.choiceCombo.isVisibleTo(self) else ui.noteEdit).setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"note": ui.noteEdit, "reason": ui.noteEdit, "opinion": ui.choiceCombo,
                "interview_held": ui.confirmCheck}

    def draft(self, read, problems: Problems):
        ui = self.ui
        return ui.choiceCombo.currentData(), ui.noteEdit.toPlainText().strip(), ui.confirmCheck.isChecked()

    def save(self, record):
        choice, note, confirmed = record
        credit, application_id, kind = self.ctx.services.credit, self.view.id, self.kind
        if kind == self.SECURITY_REVIEW:
            return lambda: credit.security_review(application_id, SecurityOpinion(choice), note)
        if kind == self.VETO:
            return lambda: credit.veto(application_id, VetoReason(choice), note)
        if kind == self.REFUSE:
            return lambda: credit.refuse(application_id, note)
        return lambda: credit.clear(application_id, interview_held=confirmed)


class ReturnDialog(RecordDialog):
    """After a refusal: the originals the borrower asks back (copies stay)."""

    def __init__(self, ctx: UiContext, view, returnable: list[tuple[str, str]],
                 parent: QWidget | None = None):
        super().__init__(ctx, Ui_CreditReturnDialog(), parent)
        self.view = view
        ui = self.ui
        _save_text(self, self.tr("&Return"))
        ui.promptLabel.setText(self.tr(
            "Only these documents may go back to a refused borrower; a copy of each stays in "
            "the dossier and the inventory notes it."))
        for code, title in returnable:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            ui.documentsList.addItem(item)
        ui.documentsList.setFocus()
        ui.documentsList.setMaximumHeight(160)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"codes": self.ui.documentsList}

    def codes(self) -> list[str]:
        out = []
        for i in range(self.ui.documentsList.count()):
            item = self.ui.documentsList.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def draft(self, read, problems: Problems):
        codes = self.codes()
        if not codes:
            problems.add("codes", "Tick the documents handed back.")
        return codes

    def save(self, codes):
        credit, application_id = self.ctx.services.credit, self.view.id
        return lambda: credit.return_documents(application_id, codes)


# -- after approval ------------------------------------------------------------------------


class DayDialog(RecordDialog):
    """A follow-up item done on a day; the handover says who registers the car."""

    def __init__(self, ctx: UiContext, application_id: str, code: FollowUp, title: str,
                 parent: QWidget | None = None):
        super().__init__(ctx, Ui_CreditDayDialog(), parent)
        self.application_id, self.code = application_id, code
        ui = self.ui
        ui.itemLabel.setText(fill(self.tr("<b>{title}</b>"), title=title))
        ui.dayEdit.set_value(ctx.today())
        handover = code is FollowUp.HANDOVER_ACT
        ui.dealerRegisteredCheck.setVisible(handover)
        ui.form.setRowVisible(ui.noteEdit, not handover)
        if handover:
            self.setWindowTitle(self.tr("Car handed over"))
        _save_text(self, self.tr("&Mark done"))
        ui.dayEdit.setFocus()
        ui.dayEdit.selectAll()

    def field_widgets(self) -> dict[str, QWidget]:
        return {"on": self.ui.dayEdit, "note": self.ui.noteEdit}

    def draft(self, read, problems: Problems):
        on = read(self.ui.dayEdit, "on")
        if on is None:
            problems.add("on", "Enter the day it was done.")
        return on, self.ui.noteEdit.text().strip(), self.ui.dealerRegisteredCheck.isChecked()

    def save(self, record):
        on, note, dealer = record
        credit, application_id, code = self.ctx.services.credit, self.application_id, self.code
        if code is FollowUp.HANDOVER_ACT:
            return lambda: credit.record_handover(application_id, on, dealer_registered=dealer)
        return lambda: credit.follow_up_done(application_id, code, on, note)


class PolicyDialog(RecordDialog):
    def __init__(self, ctx: UiContext, application_id: str, currency: str,
                 parent: QWidget | None = None):
        super().__init__(ctx, Ui_CreditPolicyDialog(), parent)
        self.application_id = application_id
        ui = self.ui
        fill_combo(ui.coverCombo, labels.covers())
        ui.sumInsuredEdit.set_currency(currency)
        ui.periodStartEdit.set_value(ctx.today())
        _save_text(self, self.tr("&Record"))
        ui.coverCombo.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"cover": ui.coverCombo, "number": ui.numberEdit, "insurer": ui.insurerEdit,
                "sum_insured": ui.sumInsuredEdit, "period_start": ui.periodStartEdit,
                "paid_until": ui.paidUntilEdit, "paid_on": ui.paidOnEdit,
                "proof_received_on": ui.proofReceivedEdit, "note": ui.noteEdit}

    def draft(self, read, problems: Problems) -> InsurancePolicy | None:
        ui = self.ui
        start, until = read(ui.periodStartEdit, "period_start"), read(ui.paidUntilEdit, "paid_until")
        if start is None:
            problems.add("period_start", "Enter the day the cover starts.")
        if until is None:
            problems.add("paid_until", "Enter the last day of the paid period.")
        amount = read(ui.sumInsuredEdit, "sum_insured")
        if amount is None:
            problems.add("sum_insured", "Enter the sum insured.")
        if problems.items:
            return None
        return InsurancePolicy(
            cover=Cover(ui.coverCombo.currentData()), number=ui.numberEdit.text().strip(),
            insurer=ui.insurerEdit.text().strip(), sum_insured=amount, period_start=start,
            paid_until=until, paid_on=read(ui.paidOnEdit, "paid_on"),
            bank_is_beneficiary=ui.beneficiaryCheck.isChecked(),
            proof_received_on=read(ui.proofReceivedEdit, "proof_received_on"),
            note=ui.noteEdit.text().strip())

    def save(self, policy):
        credit, application_id = self.ctx.services.credit, self.application_id
        return lambda: credit.record_policy(application_id, policy)



