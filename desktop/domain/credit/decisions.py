"""The way of a credit application from the desk to a decision, and after a
refusal (book 4.1.1.1–4.1.1.8).

A small state machine. Each transition is a pure function: it takes the
workflow record, who acts (a signed-in User; their role must carry the
permission from access.py) and when, and returns the new record with a
Notice for the audit log. A transition that is not allowed raises:
AccessDenied for the wrong role, TransitionRefused (a Conflict) with the
reason in words for the wrong moment, ValidationError for a field to fix.

    draft ──submit──▶ submitted ──security_review──▶ with_centre
    with_centre ──approve──▶ positive_decision ──clear──▶ approved
    with_centre ──refuse──▶ refused           positive_decision ──veto──▶ refused
    refused ──file_refusal──▶ filed_refused
    (refused or filed: sign_refusal_notice, return_documents, on request)

Programs without a branch security officer (a provident fund centre) skip
the security steps: submitted ──approve──▶ approved, submitted ──refuse──▶
refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal, localcontext
from enum import StrEnum
from typing import Iterable, Sequence

from desktop.domain.access import AccessDenied, Permission, Role, User, allows
from desktop.domain.credit.dossier import (
    RETURNABLE_ON_REFUSAL, DossierDocument, Gap, return_document,
)
from desktop.domain.credit.model import ExchangeRate
from desktop.domain.errors import Conflict, Problems, ValidationError
from desktop.domain.money import Money
from desktop.domain.notices import Notice


class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"                  # with the branch security officer (СЭБ)
    WITH_CENTRE = "with_centre"              # with the application centre or the credit committee
    POSITIVE_DECISION = "positive_decision"  # approved there; the security officer's word pending
    APPROVED = "approved"                    # cleared: the loan may go ahead
    REFUSED = "refused"                      # the dossier is marked refused
    FILED_REFUSED = "filed_refused"          # in the refusals folder (папка отказов)


class Action(StrEnum):
    SUBMIT = "submit"
    SECURITY_REVIEW = "security_review"
    APPROVE = "approve"
    REFUSE = "refuse"
    CLEAR = "clear"
    VETO = "veto"
    SIGN_REFUSAL_NOTICE = "sign_refusal_notice"
    RETURN_DOCUMENTS = "return_documents"
    FILE_REFUSAL = "file_refusal"


class SecurityOpinion(StrEnum):
    """The security officer's preliminary decision, in «Примечание» (4.1.1.3)."""

    POSITIVE = "positive"
    NEGATIVE = "negative"


class VetoReason(StrEnum):
    # The five cases of 4.1.1.3 «Использование права Вето возможно…»:
    CRIMINAL_INFORMATION = "criminal_information"          # негативного (криминального) характера
    NEGATIVE_CREDIT_HISTORY = "negative_credit_history"    # отрицательная кредитная история
    FALSE_INFORMATION = "false_information"                # ложная информация от Заемщика
    EMPLOYER_REPORTS_DISMISSAL = "employer_reports_dismissal"  # предстоящее увольнение/сокращение
    RELATIVES_REPORT_INSOLVENCY = "relatives_report_insolvency"  # родство либо свойство
    # and 4.1.1.8: a negative conclusion of the interview at ≥ 25,000 USD.
    NEGATIVE_INTERVIEW = "negative_interview"


VETO_REASON_TEXT: dict[VetoReason, str] = {
    VetoReason.CRIMINAL_INFORMATION: "negative (criminal) information about the borrower",
    VetoReason.NEGATIVE_CREDIT_HISTORY: "a negative credit history",
    VetoReason.FALSE_INFORMATION: "the borrower gave false information",
    VetoReason.EMPLOYER_REPORTS_DISMISSAL: "the employer reports a coming dismissal or redundancy",
    VetoReason.RELATIVES_REPORT_INSOLVENCY:
        "relatives by blood or marriage report the borrower cannot pay",
    VetoReason.NEGATIVE_INTERVIEW: "the interview at signing ended negatively",
}


class TransitionRefused(Conflict):
    """The step is not possible now; `notice` says why in words for the desk."""

    def __init__(self, notice: Notice, gaps: tuple[Gap, ...] = ()):
        self.notice = notice
        self.gaps = gaps
        super().__init__(notice)


@dataclass(frozen=True)
class Step:
    """One line of the workflow's own history (the audit log gets the Notice)."""

    action: Action
    at: datetime
    by: str     # user id
    role: Role
    note: str = ""


@dataclass(frozen=True)
class Approval:
    amount: Money
    term_months: int
    annual_rate: Decimal  # Decimal("0.12") is 12 % a year
    conditions: str = ""


@dataclass(frozen=True)
class Workflow:
    status: ApplicationStatus = ApplicationStatus.DRAFT
    security_check: bool = True  # False: no branch security officer in the program
    submitted_at: datetime | None = None
    submitted_by: str | None = None
    security_opinion: SecurityOpinion | None = None
    security_note: str = ""
    # When the application reached the centre: the decision deadline counts
    # from here (deadlines.decision_due); without a security step, submitted_at.
    sent_to_centre_at: datetime | None = None
    decided_at: datetime | None = None
    decided_by: str | None = None
    approval: Approval | None = None
    refusal_reason: str = ""
    veto_reason: VetoReason | None = None
    veto_note: str = ""
    interview_held: bool = False
    cleared_at: datetime | None = None
    refused_at: datetime | None = None  # the dossier marked refused
    refusal_notice_signed_at: datetime | None = None
    refusal_notice_signed_by: str | None = None
    filed_at: datetime | None = None
    history: tuple[Step, ...] = ()

    @property
    def decision_counted_from(self) -> datetime | None:
        return self.sent_to_centre_at if self.security_check else self.submitted_at


@dataclass(frozen=True)
class Change:
    workflow: Workflow
    event: Notice                                      # for the audit log
    documents: tuple[DossierDocument, ...] | None = None  # the dossier, when the step changed it


_S = ApplicationStatus
_REFUSED = frozenset({_S.REFUSED, _S.FILED_REFUSED})

# action → (the permission, the statuses it starts from, with and without the security step)
_TRANSITIONS: dict[Action, tuple[Permission, frozenset[_S], frozenset[_S]]] = {
    Action.SUBMIT: (Permission.SUBMIT_APPLICATIONS, frozenset({_S.DRAFT}), frozenset({_S.DRAFT})),
    Action.SECURITY_REVIEW: (Permission.SECURITY_CHECK, frozenset({_S.SUBMITTED}), frozenset()),
    Action.APPROVE: (Permission.DECIDE_APPLICATIONS, frozenset({_S.WITH_CENTRE}),
                     frozenset({_S.SUBMITTED})),
    Action.REFUSE: (Permission.DECIDE_APPLICATIONS, frozenset({_S.WITH_CENTRE}),
                    frozenset({_S.SUBMITTED})),
    Action.CLEAR: (Permission.SECURITY_CHECK, frozenset({_S.POSITIVE_DECISION}), frozenset()),
    Action.VETO: (Permission.SECURITY_CHECK, frozenset({_S.POSITIVE_DECISION}), frozenset()),
    Action.SIGN_REFUSAL_NOTICE: (Permission.SIGN_REFUSALS, _REFUSED, _REFUSED),
    Action.RETURN_DOCUMENTS: (Permission.SUBMIT_APPLICATIONS, _REFUSED, _REFUSED),
    Action.FILE_REFUSAL: (Permission.SUBMIT_APPLICATIONS, frozenset({_S.REFUSED}),
                          frozenset({_S.REFUSED})),
}

_WHY_NOT = {  # Action -> why it cannot be done now (a literal table: see update.py)
    Action.SUBMIT: "Only a draft application can be submitted; this one is {status}.",
    Action.SECURITY_REVIEW:
        "The security officer reviews a submitted application; this one is {status}.",
    Action.APPROVE: "Only an application with the decision centre can be approved; "
                    "this one is {status}.",
    Action.REFUSE: "Only an application with the decision centre can be refused; "
                   "this one is {status}.",
    Action.CLEAR: "Only a positive decision can be cleared; this application is {status}.",
    Action.VETO: "A veto cancels a positive decision of the centre; this application is "
                 "{status}.",
    Action.SIGN_REFUSAL_NOTICE: "A refusal notice needs a refused application; this one is "
                                "{status}.",
    Action.RETURN_DOCUMENTS: "Documents are returned after a refusal; this application is "
                             "{status}.",
    Action.FILE_REFUSAL: "Only a refused application goes to the refusals folder; this one "
                         "is {status}.",
}


def _starts(workflow: Workflow, action: Action) -> frozenset[_S]:
    _, with_security, without = _TRANSITIONS[action]
    return with_security if workflow.security_check else without


def _aware(at: datetime) -> None:
    if not isinstance(at, datetime) or at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("a workflow step needs an aware datetime")


def _check(workflow: Workflow, action: Action, by: User, at: datetime) -> None:
    permission = _TRANSITIONS[action][0]
    if not allows(by.role, permission):
        raise AccessDenied(permission, by.role)
    if workflow.status not in _starts(workflow, action):
        security_steps = (Action.SECURITY_REVIEW, Action.CLEAR, Action.VETO)
        if action in security_steps and not workflow.security_check:
            raise TransitionRefused(Notice("This program has no branch security check."))
        raise TransitionRefused(Notice(_WHY_NOT[action], {"status": workflow.status.value}))
    _aware(at)
    if workflow.history and at < workflow.history[-1].at:
        raise TransitionRefused(Notice(
            "This step is dated {at}, before the last step on {last}; check the clock.",
            {"at": at, "last": workflow.history[-1].at}))


def _step(workflow: Workflow, action: Action, by: User, at: datetime, note: str = "",
          **changes) -> Workflow:
    return replace(workflow, history=workflow.history + (Step(action, at, by.id, by.role, note),),
                   **changes)


def allowed_actions(workflow: Workflow, role: Role) -> tuple[Action, ...]:
    """What this role may do with the application now (for the screen's buttons)."""
    return tuple(a for a, (permission, _, _) in _TRANSITIONS.items()
                 if allows(role, permission) and workflow.status in _starts(workflow, a))


def start(security_check: bool = True) -> Workflow:
    """A new draft; `security_check` False for a program with no branch security officer."""
    return Workflow(security_check=security_check)


# -- the desk ---------------------------------------------------------------------------


def submit(workflow: Workflow, by: User, at: datetime, gaps: Sequence[Gap]) -> Change:
    """The credit officer sends the application on, once the dossier has no gaps."""
    _check(workflow, Action.SUBMIT, by, at)
    gaps = tuple(gaps)
    if gaps:
        raise TransitionRefused(Notice(
            "The application cannot be submitted while the dossier has {count} gap(s): {codes}.",
            {"count": len(gaps), "codes": ", ".join(dict.fromkeys(g.code for g in gaps))}),
            gaps)
    new = _step(workflow, Action.SUBMIT, by, at, status=_S.SUBMITTED, submitted_at=at,
                submitted_by=by.id)
    if workflow.security_check:
        event = Notice("Application submitted to the branch security officer by {user} at {at}.",
                       {"user": by.display_name, "at": at})
    else:
        event = Notice("Application submitted for a decision by {user} at {at}.",
                       {"user": by.display_name, "at": at})
    return Change(new, event)


# -- the branch security officer ---------------------------------------------------------


def security_review(workflow: Workflow, by: User, at: datetime, opinion: SecurityOpinion,
                    note: str = "") -> Change:
    """4.1.1.3: the preliminary decision goes into «Примечание» and the application
    to the centre, without waiting for the answers from third parties."""
    _check(workflow, Action.SECURITY_REVIEW, by, at)
    opinion = SecurityOpinion(opinion)
    if opinion is SecurityOpinion.NEGATIVE and not note.strip():
        raise ValidationError.single("note", "Say what the negative opinion rests on.")
    new = _step(workflow, Action.SECURITY_REVIEW, by, at, note, status=_S.WITH_CENTRE,
                security_opinion=opinion, security_note=note.strip(), sent_to_centre_at=at)
    return Change(new, Notice(
        "Security review by {user}: preliminary opinion {opinion}; sent to the decision centre "
        "at {at}.", {"user": by.display_name, "opinion": opinion.value, "at": at}))


def clear(workflow: Workflow, by: User, at: datetime, *, requested: Money,
          rates: Sequence[ExchangeRate] = (), program_currency: str = "RUB",
          interview_held: bool = False) -> Change:
    """4.1.1.8: no negative answers from third parties; the security officer marks
    the Conclusion. At or above 25,000 USD the borrower is interviewed first."""
    _check(workflow, Action.CLEAR, by, at)
    check = interview_check(requested, rates, program_currency)
    if check.required and not interview_held:
        raise TransitionRefused(Notice(
            "The borrower must be interviewed in person before the decision is cleared: "
            "{explanation}", {"explanation": check.explanation}))
    new = _step(workflow, Action.CLEAR, by, at, status=_S.APPROVED, cleared_at=at,
                interview_held=interview_held)
    if check.required:
        event = Notice("Positive decision cleared by {user} at {at} after the interview "
                       "({usd} equivalent).",
                       {"user": by.display_name, "at": at, "usd": check.usd_equivalent})
    else:
        event = Notice("Positive decision cleared by {user} at {at}; no interview needed "
                       "({usd} equivalent).",
                       {"user": by.display_name, "at": at, "usd": check.usd_equivalent})
    return Change(new, event)


def veto(workflow: Workflow, by: User, at: datetime, reason: VetoReason,
         note: str = "") -> Change:
    """4.1.1.3/4.1.1.8: the security officer cancels the centre's positive decision."""
    _check(workflow, Action.VETO, by, at)
    try:
        reason = VetoReason(reason)
    except ValueError:
        raise ValidationError.single("reason", "Choose one of the reasons for a veto.") from None
    new = _step(workflow, Action.VETO, by, at, note, status=_S.REFUSED, veto_reason=reason,
                veto_note=note.strip(), refused_at=at)
    return Change(new, Notice(
        "Veto by {user} at {at}: {reason}. The positive decision is cancelled and the dossier "
        "is marked refused.",
        {"user": by.display_name, "at": at, "reason": VETO_REASON_TEXT[reason]}))


# -- the decision centre or credit committee ---------------------------------------------


def _second_level(workflow: Workflow, by: User) -> None:
    # Two levels of checking (4.1.1): whoever put the application together
    # does not decide it.
    if workflow.submitted_by == by.id:
        raise TransitionRefused(Notice(
            "{user} submitted this application and cannot also decide it.",
            {"user": by.display_name}))


def approve(workflow: Workflow, by: User, at: datetime, *, amount: Money, term_months: int,
            annual_rate: Decimal, conditions: str = "") -> Change:
    _check(workflow, Action.APPROVE, by, at)
    _second_level(workflow, by)
    p = Problems()
    if not isinstance(amount, Money) or not amount.is_positive():
        p.add("amount", "Enter the approved amount.")
    if isinstance(term_months, bool) or not isinstance(term_months, int) or term_months < 1:
        p.add("term_months", "The term is a whole number of months, at least one.")
    if not isinstance(annual_rate, Decimal) or not (0 <= annual_rate <= 1):
        p.add("annual_rate", "The rate is between 0 and 100 percent a year.")
    p.raise_if_any()
    status = _S.POSITIVE_DECISION if workflow.security_check else _S.APPROVED
    new = _step(workflow, Action.APPROVE, by, at, conditions, status=status, decided_at=at,
                decided_by=by.id,
                approval=Approval(amount, term_months, annual_rate, conditions.strip()))
    values = {"user": by.display_name, "at": at, "amount": amount, "term": term_months,
              "rate": f"{(annual_rate * 100).normalize():f} %"}
    if workflow.security_check:
        return Change(new, Notice(
            "Approved by {user} at {at}: {amount} for {term} months at {rate} a year; "
            "awaiting the security officer's clearance.", values))
    return Change(new, Notice(
        "Approved by {user} at {at}: {amount} for {term} months at {rate} a year.", values))


def refuse(workflow: Workflow, by: User, at: datetime, reason: str) -> Change:
    _check(workflow, Action.REFUSE, by, at)
    _second_level(workflow, by)
    if not reason.strip():
        raise ValidationError.single("reason", "Give the reason for the refusal.")
    new = _step(workflow, Action.REFUSE, by, at, reason.strip(), status=_S.REFUSED, decided_at=at,
                decided_by=by.id, refusal_reason=reason.strip(), refused_at=at)
    return Change(new, Notice(
        "Refused by {user} at {at}: {reason}. The dossier is marked refused.",
        {"user": by.display_name, "at": at, "reason": reason.strip()}))


# -- after a refusal ---------------------------------------------------------------------


def sign_refusal_notice(workflow: Workflow, by: User, at: datetime) -> Change:
    """The written refusal the borrower asked for, signed by the head of the branch."""
    _check(workflow, Action.SIGN_REFUSAL_NOTICE, by, at)
    if workflow.refusal_notice_signed_at is not None:
        raise TransitionRefused(Notice("The refusal notice was already signed on {on}.",
                                       {"on": workflow.refusal_notice_signed_at}))
    new = _step(workflow, Action.SIGN_REFUSAL_NOTICE, by, at, refusal_notice_signed_at=at,
                refusal_notice_signed_by=by.id)
    return Change(new, Notice("Refusal notice signed by the branch manager {user} at {at}.",
                              {"user": by.display_name, "at": at}))


def return_documents(workflow: Workflow, documents: Sequence[DossierDocument],
                     codes: Iterable[str], by: User, at: datetime,
                     returnable: frozenset[str] = RETURNABLE_ON_REFUSAL) -> Change:
    """Give back, at the borrower's request, what the book lets go back: the
    income certificate and the employer-certified work-record copy. Each is
    copied first; the copy stays in the dossier with a note for the inventory."""
    _check(workflow, Action.RETURN_DOCUMENTS, by, at)
    codes = tuple(dict.fromkeys(codes))
    if not codes:
        raise ValidationError.single("codes", "Choose the documents to return.")
    kept = [c for c in codes if c not in returnable]
    if kept:
        raise TransitionRefused(Notice(
            "Only the income certificate and the employer-certified copy of the work record may "
            "be returned after a refusal (book 4.1.1.8); {codes} stay in the dossier.",
            {"codes": ", ".join(kept)}))
    on = at.date()  # the day in the zone the desk gave the moment in
    dossier = tuple(documents)
    for code in codes:
        try:
            dossier = return_document(dossier, code, on)
        except ValueError:
            raise TransitionRefused(Notice(
                "Document “{code}” is not in the dossier on {on}; nothing to return.",
                {"code": code, "on": on})) from None
    new = _step(workflow, Action.RETURN_DOCUMENTS, by, at, ", ".join(codes))
    return Change(new, Notice(
        "Returned to the borrower at their request on {on} by {user}: {codes}; copies kept in "
        "the dossier and noted on the inventory.",
        {"on": on, "user": by.display_name, "codes": ", ".join(codes)}), dossier)


def file_refusal(workflow: Workflow, by: User, at: datetime) -> Change:
    _check(workflow, Action.FILE_REFUSAL, by, at)
    new = _step(workflow, Action.FILE_REFUSAL, by, at, status=_S.FILED_REFUSED, filed_at=at)
    return Change(new, Notice("Dossier filed among the refusals by {user} at {at}.",
                              {"user": by.display_name, "at": at}))


# -- the interview threshold ---------------------------------------------------------------

INTERVIEW_THRESHOLD = Money.of(25000, "USD")


@dataclass(frozen=True)
class InterviewCheck:
    required: bool
    usd_equivalent: Money  # rounded to the cent for display; the test itself is exact
    explanation: Notice


def _rate(rates: Sequence[ExchangeRate], currency: str) -> ExchangeRate | None:
    found = [r for r in rates if r.currency == currency]
    if not found:
        return None
    latest = max(found, key=lambda r: r.on)
    if not isinstance(latest.rate, Decimal) or not latest.rate.is_finite() or latest.rate <= 0:
        raise ValidationError.single("exchange_rates",
                                     "The {currency} rate must be a positive number.",
                                     currency=currency)
    return latest


def interview_check(amount: Money, rates: Sequence[ExchangeRate] = (),
                    program_currency: str = "RUB") -> InterviewCheck:
    """4.1.1.8: «равна или более 25 000 долларов США или эквивалент» → the
    security officer interviews the borrower in person at signing.

    `rates` are the central-bank rates the clerk entered, each in units of
    `program_currency` (RUB for the Bank of Russia's) for one unit of
    `currency` (model.ExchangeRate): the amount is converted to the program's
    currency and on to USD. The book names no
    rate; the central bank's, on the Conclusion's date, is the desk's choice.
    Exactly 25,000 USD needs the interview.
    """
    threshold = INTERVIEW_THRESHOLD.to_decimal()
    major = amount.to_decimal()
    with localcontext() as ctx:
        ctx.prec = 60
        if amount.currency == "USD":
            required = major >= threshold
            usd = amount
            explanation = Notice("{amount} against the threshold of {threshold}.",
                                 {"amount": amount, "threshold": INTERVIEW_THRESHOLD})
        else:
            usd_rate = _rate(rates, "USD")
            if usd_rate is None:
                raise ValidationError.single(
                    "exchange_rates",
                    "Enter the central bank's USD rate to compare {amount} with 25,000 USD.",
                    amount=amount)
            own = _rate(rates, amount.currency) if amount.currency != program_currency else None
            if own is None and amount.currency != program_currency:
                raise ValidationError.single(
                    "exchange_rates",
                    "Enter the central bank's {currency} rate to compare {amount} "
                    "with 25,000 USD.", currency=amount.currency, amount=amount)
            # Compare by cross-multiplying so the boundary is exact: no
            # division, no rounding before the comparison.
            per_unit = own.rate if own is not None else Decimal(1)
            required = major * per_unit >= threshold * usd_rate.rate
            usd = Money.from_decimal(major * per_unit / usd_rate.rate, "USD")
            if own is None:
                explanation = Notice(
                    "{amount} at {usd_rate} per USD (rate of {usd_on}) = {usd}, against the "
                    "threshold of {threshold}.",
                    {"amount": amount, "usd_rate": usd_rate.rate, "usd_on": usd_rate.on,
                     "usd": usd, "threshold": INTERVIEW_THRESHOLD})
            else:
                explanation = Notice(
                    "{amount} × {own_rate} (rate of {own_on}) ÷ {usd_rate} per USD (rate of "
                    "{usd_on}) = {usd}, against the threshold of {threshold}.",
                    {"amount": amount, "own_rate": own.rate, "own_on": own.on,
                     "usd_rate": usd_rate.rate, "usd_on": usd_rate.on, "usd": usd,
                     "threshold": INTERVIEW_THRESHOLD})
    return InterviewCheck(required, usd, explanation)


def interview_required(amount: Money, rates: Sequence[ExchangeRate] = (),
                       program_currency: str = "RUB") -> bool:
    return interview_check(amount, rates, program_currency).required
