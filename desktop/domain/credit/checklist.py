"""The documents the dossier needs, from the program's list and the applicant.

A requirement whose condition depends on a fact not yet recorded is listed,
with a note saying so: a missing document is found at the desk, not after the
customer has left.
"""

from __future__ import annotations

from desktop.domain.credit.maximum import spouse_income_counts
from desktop.domain.credit.model import Applicant, CreditRequest, MaritalStatus, \
    RequiredDocument, SpouseRole
from desktop.domain.credit.programs import Condition, Program
from desktop.domain.customers import Sex, age_on
from desktop.domain.notices import Notice

# What the clerk must record to settle each condition.
_FACT = {
    "married": "the marital status",
    "spouse_role": "whether the spouse gives consent or signs as guarantor",
    "spouse_income_counted": "whether the spouse's income is counted",
    "spouse_fund_used": "whether the spouse's provident fund is used",
    "second_hand_home": "whether the home is second-hand",
    "sex": "the applicant's sex",
    "age_below": "the date of birth",
    "driving_licence": "whether the applicant has a driving licence",
    "driver_alternative": "which document goes with the permitted driver's licence",
    "employment": "the kind of employment",
    "purpose": "the purpose",
    "collateral": "the security",
}


def _holds(c: Condition, program: Program, a: Applicant, r: CreditRequest) -> bool | None:
    """True, False, or None when the fact it needs is not recorded."""
    married = None if a.marital_status is None else a.marital_status is MaritalStatus.MARRIED
    spouse = a.spouse
    match c.name:
        case "married":
            return married
        case "spouse_role":
            if married is False:
                return False
            if spouse is None or spouse.role is SpouseRole.NONE:
                return None
            return spouse.role.value in c.values
        case "spouse_income_counted":
            if married is False:
                return False
            if spouse is not None and spouse.role is SpouseRole.GUARANTOR \
                    and spouse.meets_borrower_requirements is None:
                return None
            return spouse_income_counts(program, a)
        case "spouse_fund_used":
            return married is not False and spouse is not None and spouse.fund_used
        case "second_hand_home":
            return None if r.home is None else r.home.second_hand
        case "sex":
            return None if a.sex is None else ("male" if a.sex is Sex.MALE else "female") in c.values
        case "age_below":
            if a.birth_date is None:
                return None
            return age_on(a.birth_date, r.contract_date) < int(c.values[0])
        case "driving_licence":
            if a.has_driving_licence is None:
                return None
            return ("yes" if a.has_driving_licence else "no") in c.values
        case "driver_alternative":
            alt = a.permitted_driver_alternative
            return None if alt is None else alt.value in c.values
        case "employment":
            return None if a.employment is None else a.employment.value in c.values
        case "purpose":
            return r.purpose.value in c.values
        case "collateral":
            kind = r.home.collateral if r.home is not None else None
            return None if kind is None else kind.value in c.values
    raise ValueError(f"unknown condition {c.name!r}")  # the loader lets none through


def _all(conditions, program, a, r) -> tuple[bool | None, list[str]]:
    unknown = []
    for c in conditions:
        held = _holds(c, program, a, r)
        if held is False:
            return False, []
        if held is None:
            unknown.append(_FACT[c.name])
    return (None, unknown) if unknown else (True, [])


def required_documents(program: Program, applicant: Applicant, request: CreditRequest
                       ) -> tuple[RequiredDocument, ...]:
    """The program's documents that apply to this applicant and request, in the program's order."""
    values: dict = {"contract_date": request.contract_date,
                    "employment": applicant.employment.value.replace("_", " ")
                    if applicant.employment else "not recorded",
                    "age": age_on(applicant.birth_date, request.contract_date)
                    if applicant.birth_date else "not recorded"}
    out = []
    for rule in program.documents:
        held, unknown = _all(rule.when, program, applicant, request)
        if held is False:
            continue
        title, code = rule.title, ""
        chosen = [alt for alt in rule.alternatives
                  if _all(alt.when, program, applicant, request)[0] is True]
        if len(chosen) == 1:
            title, code = chosen[0].title, chosen[0].code
        why = Notice(rule.why, dict(values))
        if held is None:
            # The program file's text (data, not code) and the desk's own words apart.
            why = Notice("{why} (Listed because {unknown} is not recorded.)",
                         {"why": why, "unknown": "; ".join(unknown)})
        out.append(RequiredDocument(
            code=rule.code,
            title=Notice(title),
            why=why,
            returnable_on_refusal=rule.returnable_on_refusal,
            if_any=rule.if_any,
            source=rule.source,
            alternative_code=code,
        ))
    return tuple(out)
