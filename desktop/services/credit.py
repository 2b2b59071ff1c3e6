"""Credit applications: from the first question at the desk to a decision,
and what follows it.

The rules are the domain's (desktop/domain/credit/); this service keeps the
application (desktop/store/credit.py), checks who may act, writes the audit
trail and prints the application's documents. The facts are a snapshot
taken from the customer's file when the application is opened and edited
here: what the bank judged is what was on the application that day.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence

from desktop.domain.access import AccessDenied, Permission, User
from desktop.domain.credit import decisions as flow
from desktop.domain.credit.after_approval import (
    FollowUp,
    FollowUpItem,
    InsurancePolicy,
    RenewalDue,
    after_approval_checklist,
    insurance_renewals_due,
    mark_done,
    record_handover,
    validate_policy,
)
from desktop.domain.credit.calendar import WorkingCalendar, calendar_for
from desktop.domain.credit.checklist import required_documents
from desktop.domain.credit.deadlines import (
    Deadline,
    DeadlineState,
    PayoutWindow,
    decision_due,
    due_state,
    external_checks_due,
    payout_not_before,
)
from desktop.domain.credit.decisions import (
    Action,
    ApplicationStatus,
    InterviewCheck,
    SecurityOpinion,
    VetoReason,
    Workflow,
)
from desktop.domain.credit.dossier import (
    DossierDocument,
    Gap,
    dossier_gaps,
    income_certificate_valid_until,
    INCOME_CERTIFICATE,
    validate_document,
)
from desktop.domain.credit.eligibility import assess_eligibility
from desktop.domain.credit.maximum import maximum_amount
from desktop.domain.credit.model import (
    Applicant,
    CreditRequest,
    EmploymentKind,
    Finding,
    MaritalStatus,
    MaximumAmount,
    Outcome,
    RequiredDocument,
)
from desktop.domain.credit.programs import (
    Program,
    ProgramCatalogue,
    document_title,
    program_name,
)
from desktop.domain.customers import Customer
from desktop.domain.errors import Conflict, NotFound, Problems, ValidationError
from desktop.domain.loans import LoanTerms, Schedule, build_schedule
from desktop.domain.money import Money
from desktop.domain.notices import Notice
from desktop.domain.codec import DocumentError, decode, encode
from desktop.services.context import ServiceContext
from desktop.services.credit_programs import ProgramLibrary
from desktop.services.customers import CustomerService
from desktop.services.documents import DocumentService
from desktop.services.settings import SettingsService
from desktop.store.credit import ApplicationListing, ApplicationRow, CreditApplicationRepository
from desktop.store.documents import IssuedDocument
from desktop.store.ids import new_id

FACTS_SCHEMA = 1


@dataclass(frozen=True)
class ApplicationFacts:
    """What the desk recorded about the applicant and the request."""

    applicant: Applicant
    request: CreditRequest
    # The branch's region of registration (Moscow city and region are one)
    # and its zone: the centre's deadlines are in the program's zone, the
    # external checks and the pay-out in the branch's own.
    branch_region: str = ""
    branch_zone: str = ""


@dataclass(frozen=True)
class FollowUpRecord:
    """After approval: the checklist and the insurance policies."""

    items: tuple[FollowUpItem, ...] = ()
    policies: tuple[InsurancePolicy, ...] = ()


@dataclass(frozen=True)
class Assessment:
    """What the rules say about the application as it stands."""

    findings: tuple[Finding, ...]
    maximum: MaximumAmount | None
    maximum_problems: tuple[Notice, ...]  # why no maximum could be worked out (missing figures)
    required: tuple[RequiredDocument, ...]
    gaps: tuple[Gap, ...]
    interview: InterviewCheck | None
    interview_problem: Notice | None = None  # why the 25,000 USD check cannot be made

    @property
    def failed(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.outcome is Outcome.FAILED)

    @property
    def attention(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.outcome is Outcome.ATTENTION)


@dataclass(frozen=True)
class ApplicationView:
    id: str
    number: str
    customer_id: str
    customer_name: str
    customer_language: str  # the language of the customer's papers
    program: Program
    facts: ApplicationFacts
    documents: tuple[DossierDocument, ...]
    workflow: Workflow
    followup: FollowUpRecord
    assessment: Assessment
    created_at: datetime
    updated_at: datetime
    decision_deadline: Deadline | None
    deadline_state: DeadlineState | None
    external_checks: Deadline | None
    payout: PayoutWindow | None
    actions: tuple[Action, ...]  # what the signed-in user may do now
    renewals: tuple[RenewalDue, ...] = ()

    @property
    def status(self) -> ApplicationStatus:
        return self.workflow.status

    @property
    def requested(self) -> Money:
        return self.facts.request.amount_requested

    @property
    def over_maximum(self) -> bool:
        m = self.assessment.maximum
        return m is not None and self.requested is not None and self.requested > m.amount


@dataclass(frozen=True)
class ApplicationLine:
    """One line of the list of applications."""

    id: str
    number: str
    customer_name: str
    program_id: str
    program_name: str
    time_zone: str  # the program's: its deadlines are on that clock
    status: ApplicationStatus
    requested: Money
    created_at: datetime
    decision_due_at: datetime | None
    due: DeadlineState | None


def _program_sha256(program: Program) -> str:
    try:
        return hashlib.sha256(Path(program.file).read_bytes()).hexdigest()
    except OSError:
        return "0" * 64


def applicant_from_customer(customer: Customer) -> Applicant:
    """The applicant's facts as far as the customer's file knows them."""
    incomes = (customer.net_monthly_income,) * 3 if customer.net_monthly_income else ()
    return Applicant(
        birth_date=customer.birth_date, sex=customer.sex, citizenship=customer.citizenship,
        registration_region=customer.region,
        total_employment_months=customer.total_employment_months,
        net_income_last_3_months=incomes, obligations=customer.obligations,
        employment=EmploymentKind.EMPLOYEE if customer.employer else None,
    )


def _months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)


class CreditService:
    def __init__(self, ctx: ServiceContext, *, library: ProgramLibrary,
                 customers: CustomerService, documents: DocumentService,
                 settings: SettingsService):
        self._ctx = ctx
        self._db = ctx.database
        self._repo = CreditApplicationRepository(ctx.database)
        self._library = library
        self._customers = customers
        self._documents = documents
        self._settings = settings

    # -- programs ----------------------------------------------------------------------

    def programs(self) -> ProgramCatalogue:
        return self._library.catalogue

    def program(self, program_id: str) -> Program:
        try:
            return self._library.catalogue.programs[program_id]
        except KeyError:
            raise NotFound("There is no lending program “{program}”: it may have been removed "
                           "or its file is broken (see Lending programs).",
                           program=program_id) from None

    def reload_programs(self) -> ProgramCatalogue:
        self._ctx.require(Permission.MANAGE_PROGRAMS)
        self._library = self._library.reload()
        return self._library.catalogue

    def program_text(self, program_id: str) -> str:
        self._ctx.require(Permission.MANAGE_PROGRAMS)
        self.program(program_id)  # NotFound first
        return self._library.text_of(program_id)

    def program_is_own(self, program_id: str) -> bool:
        return self._library.is_own(program_id)

    def save_program(self, file_name: str, text: str) -> Program:
        """Check and write an administrator's program file, then reload all programs."""
        self._ctx.require(Permission.MANAGE_PROGRAMS)
        program = self._library.save_own(file_name, text)
        now = self._ctx.now()
        with self._db.transaction():
            self._ctx.audit(now, "program.save", "program", program.id,
                            after={"file": file_name,
                                   "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
        self._library = self._library.reload()
        return self.program(program.id)

    # -- opening and editing -----------------------------------------------------------

    def draft_facts(self, customer_id: str, program_id: str, on: date) -> ApplicationFacts:
        """Facts to start from: the customer's file and the program's terms."""
        self._ctx.require(Permission.PREPARE_APPLICATIONS)
        customer = self._customers.get(customer_id)
        program = self.program(program_id)
        applicant = applicant_from_customer(customer)
        if customer.employed_since:
            applicant = replace(applicant, current_employment_months=_months_between(
                customer.employed_since, on))
        purpose = program.purposes[0]
        request = CreditRequest(program_id=program.id, purpose=purpose, contract_date=on,
                                currency=program.currency,
                                term_months=min(60, program.term.max_months or 60),
                                annual_rate=Decimal("0.12"))
        return ApplicationFacts(applicant=applicant, request=request,
                                branch_region=self._settings.get().branch_region,
                                branch_zone=program.time_zone)

    def open(self, customer_id: str, facts: ApplicationFacts) -> ApplicationView:
        self._ctx.require(Permission.PREPARE_APPLICATIONS)
        customer = self._customers.get(customer_id)
        program = self.program(facts.request.program_id)
        self._check_facts(program, facts)
        now = self._ctx.now()
        workflow = flow.start(security_check=program.security_check)
        with self._db.transaction():
            row = ApplicationRow(
                id=new_id(), number=self._repo.next_number(now.astimezone(self._ctx.zone).year),
                customer_id=customer.id, program_id=program.id,
                program_sha256=_program_sha256(program), currency=program.currency,
                amount_minor=facts.request.amount_requested.minor, status=workflow.status.value,
                facts_json=self._json(facts), dossier_json="[]",
                workflow_json=self._json(workflow), followup_json=self._json(FollowUpRecord()),
                created_at=now, created_by=self._ctx.actor, updated_at=now)
            self._repo.add(row)
            self._ctx.audit(now, "credit.open", "credit_application", row.id,
                            after={"number": row.number, "customer_id": customer.id,
                                   "program_id": program.id,
                                   "requested_minor": row.amount_minor})
        return self.get(row.id)

    def save_facts(self, application_id: str, facts: ApplicationFacts) -> ApplicationView:
        self._ctx.require(Permission.PREPARE_APPLICATIONS)
        row = self._repo.get(application_id)
        workflow = self._workflow(row)
        if workflow.status is not ApplicationStatus.DRAFT:
            raise Conflict("The application has been submitted: its facts are as the bank "
                           "judged them and no longer change.")
        program = self.program(row.program_id)
        if facts.request.program_id != row.program_id:
            raise ValidationError.single("program_id", "An application keeps its program; "
                                         "open a new application for another program.")
        self._check_facts(program, facts)
        return self._write(row, "credit.facts", facts=facts)

    def get(self, application_id: str) -> ApplicationView:
        self._ctx.require(Permission.VIEW_APPLICATIONS)
        return self._view(self._repo.get(application_id))

    def applications(self, *, refusals: bool = False, customer_id: str | None = None,
                     limit: int = 500) -> list[ApplicationLine]:
        """Open applications (or the refusals file), what is due soonest first."""
        self._ctx.require(Permission.VIEW_APPLICATIONS)
        now = self._ctx.now()
        lines = []
        for listing in self._repo.listing(refused_file=refusals, customer_id=customer_id,
                                          limit=limit):
            lines.append(self._line(listing, now))
        return lines

    # -- the dossier -------------------------------------------------------------------

    def record_document(self, application_id: str, document: DossierDocument) -> ApplicationView:
        """Add a document to the dossier, or correct one already there (by its code)."""
        self._ctx.require(Permission.PREPARE_APPLICATIONS)
        row = self._repo.get(application_id)
        if self._workflow(row).status is not ApplicationStatus.DRAFT:
            raise Conflict("The dossier of a submitted application is closed; only returns "
                           "after a refusal are recorded.")
        program = self.program(row.program_id)
        if document.code == INCOME_CERTIFICATE and document.issued_on and not document.valid_until:
            document = replace(document, valid_until=income_certificate_valid_until(
                document.issued_on, self._calendar(program)))
        if not document.title.strip():
            document = replace(document, title=document_title(program, document.code, "en"))
        validate_document(document)
        documents = [d for d in self._documents_of(row) if d.code != document.code]
        documents.append(document)
        facts = self._facts(row)
        required = required_documents(program, facts.applicant, facts.request)
        order = {r.code: i for i, r in enumerate(required)}
        documents.sort(key=lambda d: (order.get(d.code, len(order)), d.code))
        return self._write(row, "credit.document", documents=tuple(documents),
                           detail={"code": document.code})

    def remove_document(self, application_id: str, code: str) -> ApplicationView:
        self._ctx.require(Permission.PREPARE_APPLICATIONS)
        row = self._repo.get(application_id)
        if self._workflow(row).status is not ApplicationStatus.DRAFT:
            raise Conflict("The dossier of a submitted application is closed.")
        documents = tuple(d for d in self._documents_of(row) if d.code != code)
        return self._write(row, "credit.document_removed", documents=documents,
                           detail={"code": code})

    # -- the workflow ------------------------------------------------------------------

    def submit(self, application_id: str) -> ApplicationView:
        view = self.get(application_id)
        failed = view.assessment.failed
        if failed:
            raise Conflict("The applicant does not meet the program's rules: {reasons}",
                           reasons=tuple(f.reason for f in failed))
        if view.assessment.maximum is None:
            raise Conflict("The maximum amount cannot be worked out yet: {problems}",
                           problems=view.assessment.maximum_problems)
        if view.over_maximum:
            raise Conflict("The amount requested is above the maximum of {maximum}; "
                           "lower it first.", maximum=view.assessment.maximum.amount)
        return self._transition(view, lambda wf, by, at: flow.submit(
            wf, by, at, view.assessment.gaps))

    def security_review(self, application_id: str, opinion: SecurityOpinion,
                        note: str = "") -> ApplicationView:
        view = self.get(application_id)
        return self._transition(view, lambda wf, by, at: flow.security_review(
            wf, by, at, opinion, note))

    def approve(self, application_id: str, *, amount: Money, term_months: int,
                annual_rate: Decimal, conditions: str = "") -> ApplicationView:
        view = self.get(application_id)
        self._not_own_application(view)
        if view.assessment.maximum is not None and amount > view.assessment.maximum.amount:
            raise ValidationError.single(
                "amount", "The amount approved is above the maximum of {maximum} ({rule}).",
                maximum=view.assessment.maximum.amount,
                rule=view.assessment.maximum.binding.rule_id)
        return self._transition(view, lambda wf, by, at: flow.approve(
            wf, by, at, amount=amount, term_months=term_months, annual_rate=annual_rate,
            conditions=conditions))

    def refuse(self, application_id: str, reason: str) -> ApplicationView:
        view = self.get(application_id)
        self._not_own_application(view)
        return self._transition(view, lambda wf, by, at: flow.refuse(wf, by, at, reason))

    def clear(self, application_id: str, *, interview_held: bool = False) -> ApplicationView:
        view = self.get(application_id)
        return self._transition(view, lambda wf, by, at: flow.clear(
            wf, by, at, requested=view.workflow.approval.amount,
            rates=view.facts.request.exchange_rates, program_currency=view.program.currency,
            interview_held=interview_held))

    def veto(self, application_id: str, reason: VetoReason, note: str = "") -> ApplicationView:
        view = self.get(application_id)
        return self._transition(view, lambda wf, by, at: flow.veto(wf, by, at, reason, note))

    def sign_refusal_notice(self, application_id: str, language: str | None = None
                            ) -> IssuedDocument:
        """The branch manager signs the written refusal; it is printed and registered."""
        view = self.get(application_id)
        view = self._transition(view, lambda wf, by, at: flow.sign_refusal_notice(wf, by, at))
        return self.issue_refusal_notice(view.id, language)

    def return_documents(self, application_id: str, codes: Sequence[str]) -> ApplicationView:
        view = self.get(application_id)
        documents = view.documents
        return self._transition(view, lambda wf, by, at: flow.return_documents(
            wf, documents, codes, by, at))

    def file_refusal(self, application_id: str) -> ApplicationView:
        view = self.get(application_id)
        return self._transition(view, lambda wf, by, at: flow.file_refusal(wf, by, at))

    # -- after approval ----------------------------------------------------------------

    def follow_up_done(self, application_id: str, code: FollowUp, on: date,
                       note: str = "") -> ApplicationView:
        self._ctx.require(Permission.PREPARE_APPLICATIONS)
        row = self._repo.get(application_id)
        self._approved(row)
        record = self._followup(row)
        items = mark_done(record.items, code, on, note)
        return self._write(row, "credit.follow_up", followup=replace(record, items=items),
                           detail={"code": code.value, "on": on.isoformat()})

    def record_handover(self, application_id: str, on: date, *,
                        dealer_registered: bool) -> ApplicationView:
        self._ctx.require(Permission.PREPARE_APPLICATIONS)
        row = self._repo.get(application_id)
        self._approved(row)
        record = self._followup(row)
        program = self.program(row.program_id)
        items = record_handover(record.items, on, self._calendar(program),
                                dealer_registered=dealer_registered)
        return self._write(row, "credit.handover", followup=replace(record, items=items),
                           detail={"on": on.isoformat(), "dealer_registered": dealer_registered})

    def record_policy(self, application_id: str, policy: InsurancePolicy) -> ApplicationView:
        self._ctx.require(Permission.PREPARE_APPLICATIONS)
        row = self._repo.get(application_id)
        self._approved(row)
        validate_policy(policy)
        record = self._followup(row)
        policies = tuple(p for p in record.policies
                         if (p.cover, p.number) != (policy.cover, policy.number)) + (policy,)
        return self._write(row, "credit.policy", followup=replace(record, policies=policies),
                           detail={"cover": policy.cover.value, "number": policy.number})

    def renewals_due(self, on: date) -> list[tuple[ApplicationLine, RenewalDue]]:
        """Insurance renewals to chase across approved applications."""
        self._ctx.require(Permission.VIEW_APPLICATIONS)
        now = self._ctx.now()
        due = []
        for listing in self._repo.listing(statuses=(ApplicationStatus.APPROVED.value,),
                                          limit=10_000):
            program = self.program(listing.row.program_id)
            record = self._followup(listing.row)
            for renewal in insurance_renewals_due(record.policies, on, self._calendar(program)):
                due.append((self._line(listing, now), renewal))
        return due

    # -- documents ---------------------------------------------------------------------

    def issue_inventory(self, application_id: str, language: str | None = None) -> IssuedDocument:
        from desktop.documents.dossier_inventory import (
            DossierInventory,
            DossierStatus,
            InventoryLine,
            render_dossier_inventory,
        )

        view = self.get(application_id)
        language = language or view.customer_language
        wf = view.workflow
        status = DossierStatus.IN_PROGRESS
        decided_on = None
        if wf.status in (ApplicationStatus.REFUSED, ApplicationStatus.FILED_REFUSED):
            status, decided_on = DossierStatus.REFUSED, self._local_day(view, wf.refused_at)
        elif wf.status is ApplicationStatus.APPROVED:
            status, decided_on = DossierStatus.APPROVED, self._local_day(view, wf.decided_at)
        lines = tuple(
            InventoryLine(
                number=i, title=document_title(view.program, d.code, language) or d.title,
                original_or_copy=d.form, pages=d.pages, received_on=d.received_on,
                certified_by_name=d.certified_by.name if d.certified_by else "",
                certified_by_position=d.certified_by.position if d.certified_by else "",
                certified_on=d.certified_on, returned_on=d.returned_on, note=d.note)
            for i, d in enumerate((d for d in view.documents if d.received_on), start=1))
        settings = self._settings.get()
        officer = self._ctx.session.user
        data = DossierInventory(
            bank_name=view.program.lender or program_name(view.program, language), branch_name=settings.branch_name,
            application_number=view.number, applicant_name=view.customer_name,
            program_name=program_name(view.program, language), printed_on=self._ctx.today(), lines=lines,
            officer_name=officer.display_name if officer else self._ctx.actor,
            officer_position=_position(officer, language), status=status, decided_on=decided_on)
        content = render_dossier_inventory(data, language)
        return self._documents.issue("dossier_inventory", view.id, language,
                                     f"dossier-inventory_{view.number}_{language}.pdf", content)

    def issue_refusal_notice(self, application_id: str, language: str | None = None
                             ) -> IssuedDocument:
        from desktop.documents.refusal_notice import (
            RefusalNotice,
            ReturnedDocument,
            render_refusal_notice,
        )

        view = self.get(application_id)
        wf = view.workflow
        if wf.status not in (ApplicationStatus.REFUSED, ApplicationStatus.FILED_REFUSED):
            raise Conflict("A refusal notice is printed for a refused application only.")
        language = language or view.customer_language
        customer = self._customers.get(view.customer_id)
        signer = self._ctx.session.user
        reason = (flow.VETO_REASON_TEXT[wf.veto_reason] if wf.veto_reason else wf.refusal_reason)
        data = RefusalNotice(
            bank_name=view.program.lender or program_name(view.program, language), branch_name=self._settings.get().branch_name,
            applicant_name=view.customer_name, applicant_address=customer.address,
            application_number=view.number,
            applied_on=self._local_day(view, wf.submitted_at) or self._local_day(
                view, view.created_at),
            decided_on=self._local_day(view, wf.refused_at or wf.decided_at),
            program_name=program_name(view.program, language),
            manager_name=signer.display_name if signer else self._ctx.actor,
            manager_position=_position(signer, language), issued_on=self._ctx.today(),
            reason=reason or "—",
            returned=tuple(ReturnedDocument(document_title(view.program, d.code, language),
                                            d.returned_on)
                           for d in view.documents if d.returned_on),
            reference=view.number)
        content = render_refusal_notice(data, language)
        return self._documents.issue("refusal_notice", view.id, language,
                                     f"refusal-notice_{view.number}_{language}.pdf", content)

    def repayment_schedule(self, application_id: str) -> Schedule:
        view = self.get(application_id)
        return build_schedule(self._terms(view))

    def issue_repayment_schedule(self, application_id: str, language: str | None = None
                                 ) -> IssuedDocument:
        from desktop.documents.repayment_schedule import (
            RepaymentScheduleDocument,
            render_repayment_schedule,
        )

        view = self.get(application_id)
        language = language or view.customer_language
        terms = self._terms(view)
        schedule = build_schedule(terms)
        data = RepaymentScheduleDocument.of(
            schedule, lender_name=view.program.lender or program_name(view.program, language), borrower_name=view.customer_name,
            program_name=program_name(view.program, language), contract_number=view.number,
            printed_on=self._ctx.today())
        content = render_repayment_schedule(data, language)
        return self._documents.issue("repayment_schedule", view.id, language,
                                     f"repayment-schedule_{view.number}_{language}.pdf", content)

    # -- inside ------------------------------------------------------------------------

    def _terms(self, view: ApplicationView) -> LoanTerms:
        """The approved terms, or the requested ones before a decision."""
        request = view.facts.request
        approval = view.workflow.approval
        amount = approval.amount if approval else request.amount_requested
        rate = approval.annual_rate if approval else request.annual_rate
        term = approval.term_months if approval else request.term_months
        start = self._local_day(view, view.workflow.decided_at) or request.contract_date
        # The provident fund's installments fall due by the 20th; a bank's on the
        # day of the month the loan was paid out (at most the 28th, every month has it).
        due_day = 20 if view.program.country == "CN" else min(start.day, 28)
        return LoanTerms(principal=amount, annual_rate=rate, term_months=term,
                         disbursed_on=start, due_day=due_day, method=request.repayment_method)

    def _check_facts(self, program: Program, facts: ApplicationFacts) -> None:
        p = Problems()
        request = facts.request
        if request.amount_requested is None or request.amount_requested.minor <= 0:
            p.add("amount_requested", "Enter the amount the customer asks for.")
        elif request.amount_requested.currency != program.currency:
            p.add("amount_requested", "The program lends in {currency}.",
                  currency=program.currency)
        if request.purpose not in program.purposes:
            p.add("purpose", "The program does not lend for {purpose}.",
                  purpose=request.purpose.value)
        if not 1 <= request.term_months <= 600:
            p.add("term_months", "The term is between 1 and 600 months.")
        if not Decimal(0) <= request.annual_rate < Decimal(1):
            p.add("annual_rate", "The rate is a percentage between 0 and 100.")
        p.raise_if_any()

    def _assess(self, program: Program, facts: ApplicationFacts,
                documents: Sequence[DossierDocument], on: date) -> Assessment:
        findings = assess_eligibility(program, facts.applicant, facts.request,
                                      branch_region=facts.branch_region)
        maximum, problems = None, ()
        try:
            maximum = maximum_amount(program, facts.applicant, facts.request)
        except ValidationError as error:
            problems = tuple(x.notice for x in error.problems)
        required = required_documents(program, facts.applicant, facts.request)
        codes = [r.alternative_code or r.code for r in required if not r.if_any]
        gaps = dossier_gaps(codes, documents, on, self._calendar(program))
        interview, interview_problem = None, None
        if program.security_check and facts.request.amount_requested is not None:
            try:
                interview = flow.interview_check(facts.request.amount_requested,
                                                 facts.request.exchange_rates,
                                                 program_currency=program.currency)
            except ValidationError as error:
                interview_problem = error.problems[0].notice
        return Assessment(findings, maximum, problems, required, gaps, interview,
                          interview_problem)

    def _view(self, row: ApplicationRow) -> ApplicationView:
        program = self.program(row.program_id)
        facts = self._facts(row)
        documents = self._documents_of(row)
        workflow = self._workflow(row)
        followup = self._followup(row)
        now = self._ctx.now()
        today = now.astimezone(self._zone(program)).date()
        calendar = self._calendar(program)
        deadline = self._decision_deadline(program, workflow)
        state = (due_state(deadline.due_at, program.time_zone, now,
                           done_at=workflow.decided_at) if deadline else None)
        external = (external_checks_due(workflow.submitted_at, facts.branch_zone
                                        or program.time_zone)
                    if workflow.submitted_at and program.security_check else None)
        payout = None
        if workflow.status is ApplicationStatus.APPROVED and workflow.submitted_at:
            told = workflow.cleared_at or workflow.decided_at
            payout = payout_not_before(workflow.submitted_at, told,
                                       facts.branch_zone or program.time_zone, calendar)
        user = self._ctx.session.user
        actions = flow.allowed_actions(workflow, user.role) if user else ()
        if user is not None and workflow.submitted_by == user.id:
            # Two levels: whoever submitted does not decide (book 4.1.1).
            actions = tuple(a for a in actions if a not in (Action.APPROVE, Action.REFUSE))
        renewals = (insurance_renewals_due(followup.policies, today, calendar)
                    if followup.policies else ())
        customer_name, customer_language = self._repo.applicant(row.customer_id)
        return ApplicationView(
            id=row.id, number=row.number, customer_id=row.customer_id,
            customer_name=customer_name, customer_language=customer_language, program=program,
            facts=facts, documents=documents,
            workflow=workflow, followup=followup,
            assessment=self._assess(program, facts, documents, today),
            created_at=row.created_at, updated_at=row.updated_at, decision_deadline=deadline,
            deadline_state=state, external_checks=external, payout=payout, actions=actions,
            renewals=tuple(renewals))

    def _line(self, listing: ApplicationListing, now: datetime) -> ApplicationLine:
        row = listing.row
        program = self._library.catalogue.programs.get(row.program_id)
        state = None
        status = ApplicationStatus(row.status)
        if row.decision_due_at is not None and program is not None:
            decided = status not in (ApplicationStatus.SUBMITTED, ApplicationStatus.WITH_CENTRE)
            state = due_state(row.decision_due_at, program.time_zone, now,
                              done_at=row.updated_at if decided else None)
        return ApplicationLine(
            id=row.id, number=row.number, customer_name=listing.customer_name,
            program_id=row.program_id, program_name=program.name if program else row.program_id,
            time_zone=program.time_zone if program else "UTC", status=status,
            requested=Money(row.amount_minor, row.currency), created_at=row.created_at,
            decision_due_at=row.decision_due_at, due=state)

    def _decision_deadline(self, program: Program, workflow: Workflow) -> Deadline | None:
        counted_from = workflow.decision_counted_from
        if counted_from is None:
            return None
        return decision_due(counted_from, program.deadline_rules, program.time_zone,
                            self._calendar(program))

    def _transition(self, view: ApplicationView, step) -> ApplicationView:
        user = self._ctx.session.user
        if user is None:
            raise AccessDenied(Permission.VIEW_APPLICATIONS, None)
        row = self._repo.get(view.id)
        if row.updated_at != view.updated_at:
            raise Conflict("This application was changed meanwhile: look at it again.")
        now = self._ctx.now()
        change = step(self._workflow(row), user, now)
        documents = change.documents if change.documents is not None else None
        workflow = change.workflow
        followup = None
        if (workflow.status is ApplicationStatus.APPROVED
                and self._workflow(row).status is not ApplicationStatus.APPROVED):
            married = view.facts.applicant.marital_status is MaritalStatus.MARRIED
            followup = FollowUpRecord(items=after_approval_checklist(married=married))
        return self._write(row, "credit." + change.workflow.history[-1].action.value,
                           workflow=workflow, documents=documents, followup=followup,
                           detail={"event": change.event.render(),
                                   "status": workflow.status.value})

    def _write(self, row: ApplicationRow, action: str, *, facts: ApplicationFacts | None = None,
               documents: tuple[DossierDocument, ...] | None = None,
               workflow: Workflow | None = None, followup: FollowUpRecord | None = None,
               detail: dict[str, Any] | None = None) -> ApplicationView:
        now = self._ctx.now()
        if now <= row.updated_at:  # updated_at is the row's version stamp: it must move on
            now = row.updated_at + timedelta(microseconds=1)
        changes: dict[str, Any] = {"updated_at": now}
        if facts is not None:
            changes["facts_json"] = self._json(facts)
            changes["amount_minor"] = facts.request.amount_requested.minor
        if documents is not None:
            changes["dossier_json"] = self._json(documents)
        if followup is not None:
            changes["followup_json"] = self._json(followup)
        if workflow is not None:
            changes["workflow_json"] = self._json(workflow)
            changes["status"] = workflow.status.value
            changes["filed_refused"] = workflow.status is ApplicationStatus.FILED_REFUSED
            program = self.program(row.program_id)
            deadline = self._decision_deadline(program, workflow)
            changes["received_at"] = workflow.decision_counted_from
            changes["decision_due_at"] = deadline.due_at if deadline else None
        new = replace(row, **changes)
        with self._db.transaction():
            self._repo.save(new, expected_updated_at=row.updated_at)
            self._ctx.audit(now, action, "credit_application", row.id,
                            after={"number": row.number, **(detail or {})})
        return self._view(new)

    def _approved(self, row: ApplicationRow) -> None:
        if self._workflow(row).status is not ApplicationStatus.APPROVED:
            raise Conflict("What follows approval is recorded once the application is approved.")

    def _not_own_application(self, view: ApplicationView) -> None:
        user = self._ctx.session.user
        if user is not None and view.workflow.submitted_by == user.id:
            raise Conflict("You submitted this application; a decision needs a second person "
                           "(the application centre or the committee).")

    def _calendar(self, program: Program) -> WorkingCalendar:
        return calendar_for(program.holidays_country, program.holidays_subdivision)

    def _zone(self, program: Program):
        from zoneinfo import ZoneInfo
        return ZoneInfo(program.time_zone)

    def _local_day(self, view: ApplicationView, moment: datetime | None) -> date | None:
        return None if moment is None else moment.astimezone(self._zone(view.program)).date()

    # -- JSON documents ----------------------------------------------------------------

    @staticmethod
    def _json(value: Any) -> str:
        return json.dumps({"schema": FACTS_SCHEMA, "value": encode(value)}, sort_keys=True,
                          ensure_ascii=False, separators=(",", ":"))

    @staticmethod
    def _read(text: str, tp: Any, what: str) -> Any:
        try:
            document = json.loads(text)
            if document == [] or document == {}:  # a row written before anything was set
                return None
            if document.get("schema") != FACTS_SCHEMA:
                raise DocumentError(f"schema {document.get('schema')!r} is not {FACTS_SCHEMA}")
            return decode(tp, document["value"], what)
        except (ValueError, AttributeError, KeyError) as error:
            raise Conflict("The application's stored {what} cannot be read ({error}); "
                           "restore a backup or call support.", what=what,
                           error=str(error)) from None

    def _facts(self, row: ApplicationRow) -> ApplicationFacts:
        return self._read(row.facts_json, ApplicationFacts, "facts")

    def _documents_of(self, row: ApplicationRow) -> tuple[DossierDocument, ...]:
        return self._read(row.dossier_json, tuple[DossierDocument, ...], "dossier") or ()

    def _workflow(self, row: ApplicationRow) -> Workflow:
        return self._read(row.workflow_json, Workflow, "workflow")

    def _followup(self, row: ApplicationRow) -> FollowUpRecord:
        return self._read(row.followup_json, FollowUpRecord, "follow-up") or FollowUpRecord()


def _position(user: User | None, language: str) -> str:
    from desktop.documents.labels import label

    return label(language, f"role.{user.role.value}") if user else ""
