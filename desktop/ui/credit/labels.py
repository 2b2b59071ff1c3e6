"""The credit screens' words for the core's codes, in the clerk's language.

The core keeps stable codes (statuses, outcomes, deadline states); these are
their labels on screen, translated in the fixed context "credit". A code
without a label here is shown as it is, never hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.credit.after_approval import Cover, RenewalState
from desktop.domain.credit.deadlines import DeadlineState
from desktop.domain.credit.decisions import ApplicationStatus, SecurityOpinion, VetoReason
from desktop.domain.credit.dossier import DocumentForm, GapKind
from desktop.domain.credit.model import (CollateralKind, DriverAlternative, EmploymentKind,
                                         MaritalStatus, Outcome, Purpose, SpouseRole)
from desktop.domain.credit.programs import document_title as _document_title
from desktop.domain.credit.programs import program_name
from desktop.ui.language import current_language


def _t(text: str) -> str:
    return QCoreApplication.translate("credit", text)


def status_label(status: ApplicationStatus, security_check: bool = True) -> str:
    if status is ApplicationStatus.SUBMITTED and not security_check:
        return _t("Submitted: awaiting the decision")
    return {
        ApplicationStatus.DRAFT: _t("Draft"),
        ApplicationStatus.SUBMITTED: _t("Submitted: with the security officer"),
        ApplicationStatus.WITH_CENTRE: _t("With the decision centre"),
        ApplicationStatus.POSITIVE_DECISION: _t("Positive decision: security clearance pending"),
        ApplicationStatus.APPROVED: _t("Approved"),
        ApplicationStatus.REFUSED: _t("Refused"),
        ApplicationStatus.FILED_REFUSED: _t("Refused, filed"),
    }.get(status, str(status))


def short_status_label(status: ApplicationStatus, security_check: bool = True) -> str:
    if status is ApplicationStatus.SUBMITTED and not security_check:
        return _t("Submitted: awaiting the decision")
    if status is ApplicationStatus.SUBMITTED:
        return _t("Submitted")
    if status is ApplicationStatus.POSITIVE_DECISION:
        return _t("Positive decision")
    return status_label(status)


def outcome_label(outcome: Outcome) -> str:
    return {Outcome.PASSED: _t("Passed"), Outcome.FAILED: _t("Failed"),
            Outcome.ATTENTION: _t("Needs attention")}.get(outcome, str(outcome))


OUTCOME_COLOURS = {Outcome.FAILED: ("#fdecea", "#8a1c14"),
                   Outcome.ATTENTION: ("#fff4e5", "#7a4100"),
                   Outcome.PASSED: ("#edf7ed", "#1e4620")}


def deadline_label(state: DeadlineState | None) -> str:
    if state is None:
        return ""
    return {DeadlineState.ON_TIME: _t("On time"), DeadlineState.DUE_TODAY: _t("Due today"),
            DeadlineState.LATE: _t("Late"), DeadlineState.MET: _t("Met")}.get(state, str(state))


DEADLINE_COLOURS = {DeadlineState.LATE: ("#fdecea", "#8a1c14"),
                    DeadlineState.DUE_TODAY: ("#fff4e5", "#7a4100"),
                    DeadlineState.MET: ("#edf7ed", "#1e4620"),
                    DeadlineState.ON_TIME: ("#e8f0fe", "#1a3e72")}


def gap_label(kind: GapKind | None) -> str:
    if kind is None:
        return _t("Received")
    return {GapKind.MISSING: _t("Missing"), GapKind.NOT_CERTIFIED: _t("Not certified"),
            GapKind.EXPIRED: _t("Expired"), GapKind.PAGES_MISSING: _t("Pages missing")
            }.get(kind, str(kind))


def form_label(form: DocumentForm) -> str:
    return {DocumentForm.ORIGINAL: _t("Original"), DocumentForm.COPY: _t("Copy")}.get(form, str(form))


def document_forms() -> list[tuple[str, str]]:
    return [(f.value, form_label(f)) for f in DocumentForm]


def purposes() -> dict[str, str]:
    return {Purpose.CAR: _t("Car"), Purpose.PURCHASE: _t("Buying a home"),
            Purpose.RENOVATION: _t("Renovation"),
            Purpose.CONVERSION: _t("Converting a commercial loan")}


def employment_kinds() -> list[tuple[str, str]]:
    return [(EmploymentKind.EMPLOYEE.value, _t("Employee")),
            (EmploymentKind.ENTREPRENEUR.value, _t("Entrepreneur")),
            (EmploymentKind.MILITARY.value, _t("Military service")),
            (EmploymentKind.POLICE.value, _t("Police")),
            (EmploymentKind.EMERGENCY_SERVICE.value, _t("Emergency service"))]


def marital_statuses() -> list[tuple[str, str]]:
    return [(MaritalStatus.SINGLE.value, _t("Single")), (MaritalStatus.MARRIED.value, _t("Married"))]


def spouse_roles() -> list[tuple[str, str]]:
    return [(SpouseRole.NONE.value, _t("Neither (yet)")),
            (SpouseRole.GUARANTOR.value, _t("Guarantor")),
            (SpouseRole.NOTARISED_CONSENT.value, _t("Notarised consent"))]


def driver_alternatives() -> list[tuple[str, str]]:
    return [(DriverAlternative.PENSION_CERTIFICATE.value, _t("Pension insurance certificate")),
            (DriverAlternative.INTERNATIONAL_PASSPORT.value, _t("International passport")),
            (DriverAlternative.TAX_NUMBER_CERTIFICATE.value, _t("Taxpayer number certificate"))]


def collateral_kinds() -> list[tuple[str, str]]:
    return [(CollateralKind.MORTGAGE.value, _t("Mortgage on the home bought")),
            (CollateralKind.EXISTING_HOME.value, _t("A home already owned")),
            (CollateralKind.PLEDGE.value, _t("Securities pledged")),
            (CollateralKind.GUARANTEE.value, _t("A third person's guarantee"))]


def opinions() -> list[tuple[str, str]]:
    return [(SecurityOpinion.POSITIVE.value, _t("Positive")),
            (SecurityOpinion.NEGATIVE.value, _t("Negative"))]


def veto_reasons() -> list[tuple[str, str]]:
    return [
        (VetoReason.CRIMINAL_INFORMATION.value, _t("Negative (criminal) information about the borrower")),
        (VetoReason.NEGATIVE_CREDIT_HISTORY.value, _t("A negative credit history")),
        (VetoReason.FALSE_INFORMATION.value, _t("The borrower gave false information")),
        (VetoReason.EMPLOYER_REPORTS_DISMISSAL.value,
         _t("The employer reports a coming dismissal or redundancy")),
        (VetoReason.RELATIVES_REPORT_INSOLVENCY.value,
         _t("Relatives by blood or marriage report the borrower cannot pay")),
        (VetoReason.NEGATIVE_INTERVIEW.value, _t("The interview at signing ended negatively")),
    ]


def covers() -> list[tuple[str, str]]:
    return [(Cover.CASCO.value, _t("Comprehensive (КАСКО)")), (Cover.OSAGO.value, _t("Compulsory liability (ОСАГО)")),
            (Cover.VOLUNTARY_LIABILITY.value, _t("Voluntary liability")),
            (Cover.LIFE.value, _t("Borrower's life")),
            (Cover.PASSENGER_ACCIDENT.value, _t("Passenger accident"))]


def renewal_label(state: RenewalState) -> str:
    return {RenewalState.PAY_SOON: _t("Pay soon"), RenewalState.PAYMENT_LATE: _t("Payment late"),
            RenewalState.PROOF_DUE: _t("Proof due"), RenewalState.PROOF_LATE: _t("Proof late")
            }.get(state, str(state))


def cap_label(rule_id: str) -> str:
    return {
        "debt_burden": _t("Debt burden (50 % of net income)"),
        "installment_share": _t("Installment share of income"),
        "loan_within_price": _t("Loan within the price"),
        "price_less_down_payment": _t("Price less down payment"),
        "down_payment_margin": _t("Down payment margin"),
        "purchase_price": _t("Share of the purchase price"),
        "ltv": _t("Loan to value of the collateral"),
        "balance_multiple": _t("Multiple of the fund balance"),
        "renovation": _t("Renovation cap by floor area"),
        "conversion": _t("80 % of the commercial loan converted"),
        "program_maximum": _t("Program maximum"),
    }.get(rule_id, rule_id.replace("_", " "))


def tri_state() -> list[tuple[str, str]]:
    """Yes / no / not recorded, for facts the rules want to know about."""
    return [("", _t("— not recorded —")), ("yes", _t("Yes")), ("no", _t("No"))]


def action_label(action) -> str:
    from desktop.domain.credit.decisions import Action

    return {Action.SUBMIT: _t("Submitted"), Action.SECURITY_REVIEW: _t("Security review"),
            Action.APPROVE: _t("Approved by the decision centre"), Action.REFUSE: _t("Refused"),
            Action.CLEAR: _t("Cleared by security"), Action.VETO: _t("Vetoed by security"),
            Action.SIGN_REFUSAL_NOTICE: _t("Refusal notice signed"),
            Action.RETURN_DOCUMENTS: _t("Documents returned"),
            Action.FILE_REFUSAL: _t("Filed among refusals")}.get(action, str(action))


def program_title(program) -> str:
    """The program's name in the screen's language when its file gives one."""
    return program_name(program, current_language().split("_")[0])


def document_title(program, code: str) -> str:
    """A dossier document's title in the screen's language when the program file gives one."""
    return _document_title(program, code, current_language().split("_")[0])
