"""Whether the applicant and the asset qualify under a program, rule by rule.

Each rule the program switches on gives one Finding: passed, failed, or
needs attention when a fact is not recorded (never a silent pass). The reason
quotes the figures, so the clerk can tell the customer why.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from desktop.domain.credit.model import Applicant, CreditRequest, Finding, MaritalStatus, \
    Outcome, Purpose, SpouseRole, Vehicle
from desktop.domain.credit.programs import Program
from desktop.domain.customers import Sex, age_on
from desktop.domain.errors import ValidationError
from desktop.domain.loans import RepaymentMethod
from desktop.domain.notices import Notice

PASSED, FAILED, ATTENTION = Outcome.PASSED, Outcome.FAILED, Outcome.ATTENTION
HOME_PURPOSES = (Purpose.PURCHASE, Purpose.RENOVATION, Purpose.CONVERSION)


# -- dates ------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month0 + 1, min(day.day, monthrange(year, month0 + 1)[1]))


def day_turning(birth_date: date, years: int) -> date:
    """The day someone reaches `years` of age; 29 February counts from 1 March
    in a common year, as age_on() does."""
    try:
        return birth_date.replace(year=birth_date.year + years)
    except ValueError:
        return date(birth_date.year + years, 3, 1)


def term_end(request: CreditRequest) -> date:
    return add_months(request.contract_date, request.term_months)


# -- regions ------------------------------------------------------------------------


def _plain_region(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def same_region(a: str, b: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether two region names are one region (case and spacing aside; a
    group of names such as Moscow city and Moscow region counts as one)."""
    def key(name: str) -> str:
        plain = _plain_region(name)
        for i, group in enumerate(groups):
            if plain in {_plain_region(g) for g in group}:
                return f"#group{i}"
        return plain
    return bool(a.strip()) and bool(b.strip()) and key(a) == key(b)


# -- the rules -------------------------------------------------------------------------


class _Findings:
    def __init__(self, program: Program):
        self.program = program
        self.items: list[Finding] = []

    def add(self, rule_id: str, outcome: Outcome, template: str, **values) -> None:
        self.items.append(Finding(rule_id, outcome, Notice(template, values),
                                  self.program.source_for(rule_id)))


def _bounds(low: int | None, high: int | None, unit: str) -> str:
    if low is not None and high is not None:
        return f"{low}–{high}{unit}"
    return f"at least {low}{unit}" if low is not None else f"at most {high}{unit}"


def _age(f: _Findings, a: Applicant, r: CreditRequest) -> None:
    rules = f.program.borrower
    if rules.min_age is None and rules.max_age is None:
        return
    allowed = _bounds(rules.min_age, rules.max_age, "")
    if a.birth_date is None:
        f.add("age", ATTENTION, "Date of birth not recorded; the program allows ages {allowed} "
              "on the contract date.", allowed=allowed)
        return
    age = age_on(a.birth_date, r.contract_date)
    ok = ((rules.min_age is None or age >= rules.min_age)
          and (rules.max_age is None or age <= rules.max_age))
    f.add("age", PASSED if ok else FAILED,
          "Age on {contract_date} is {age}; the program allows {allowed}.",
          contract_date=r.contract_date, age=age, allowed=allowed)


def _citizenship(f: _Findings, a: Applicant) -> None:
    allowed = f.program.borrower.citizenship
    if not allowed:
        return
    names = ", ".join(allowed)
    if not a.citizenship:
        f.add("citizenship", ATTENTION, "Citizenship not recorded; the program lends to "
              "citizens of {allowed}.", allowed=names)
    elif a.citizenship.upper() in allowed:
        f.add("citizenship", PASSED, "Citizen of {citizenship}; the program lends to citizens "
              "of {allowed}.", citizenship=a.citizenship.upper(), allowed=names)
    else:
        f.add("citizenship", FAILED, "Citizen of {citizenship}; the program lends only to "
              "citizens of {allowed}.", citizenship=a.citizenship.upper(), allowed=names)


def _registration(f: _Findings, a: Applicant, branch_region: str) -> None:
    rules = f.program.borrower
    if not rules.registration_in_branch_region:
        return
    groups = rules.same_region
    if not branch_region.strip():
        f.add("registration", ATTENTION, "The branch's region is not set; registration cannot "
              "be checked.")
        return
    if same_region(a.registration_region, branch_region, groups):
        f.add("registration", PASSED, "Permanently registered in {region}, the branch's region "
              "({branch_region}).", region=a.registration_region, branch_region=branch_region)
        return
    if rules.residence_certificate_counts and same_region(a.residence_certificate_region,
                                                          branch_region, groups):
        f.add("registration", PASSED, "Holds a valid residence certificate for {region}, the "
              "branch's region.", region=a.residence_certificate_region)
        return
    if not a.registration_region.strip():
        f.add("registration", ATTENTION, "Region of permanent registration not recorded; the "
              "branch is in {branch_region}.", branch_region=branch_region)
        return
    f.add("registration", FAILED, "Permanently registered in {region}, but the branch is in "
          "{branch_region}; the loan is issued only in the region of registration.",
          region=a.registration_region, branch_region=branch_region)


# Whole sentences per rule, so that each translates whole (literal tables: see
# resources/translations/update.py).
_EMPLOYMENT_NOT_RECORDED = {
    "total_employment":
        "Total employment not recorded; the program asks for at least {needed} months.",
    "current_employment": "Employment with the current employer not recorded; the program "
                          "asks for at least {needed} months.",
}
_EMPLOYMENT_RECORDED = {
    "total_employment":
        "Total employment is {months} months; the program asks for at least {needed}.",
    "current_employment": "Employment with the current employer is {months} months; the "
                          "program asks for at least {needed}.",
}


def _employment(f: _Findings, a: Applicant) -> None:
    rules = f.program.borrower
    for rule_id, needed, have in (
            ("total_employment", rules.min_total_employment_months, a.total_employment_months),
            ("current_employment", rules.min_current_employment_months,
             a.current_employment_months)):
        if needed is None:
            continue
        if have is None:
            f.add(rule_id, ATTENTION, _EMPLOYMENT_NOT_RECORDED[rule_id], needed=needed)
        else:
            f.add(rule_id, PASSED if have >= needed else FAILED, _EMPLOYMENT_RECORDED[rule_id],
                  months=have, needed=needed)


def _history(f: _Findings, a: Applicant) -> None:
    rules = f.program.borrower
    if rules.max_delays_over_30_days is not None:
        allowed = rules.max_delays_over_30_days
        if a.delays_over_30_days is None:
            f.add("credit_history", ATTENTION, "Credit history not checked: record how many "
                  "times a payment was more than 30 calendar days late (at most {allowed}).",
                  allowed=allowed)
        else:
            f.add("credit_history", PASSED if a.delays_over_30_days <= allowed else FAILED,
                  "{count} arrears of more than 30 calendar days; the program allows at most "
                  "{allowed}.", count=a.delays_over_30_days, allowed=allowed)
    if rules.refuse_under_investigation:
        if a.under_investigation is None:
            f.add("under_investigation", ATTENTION, "Not recorded whether the applicant is "
                  "under investigation or on trial.")
        elif a.under_investigation:
            f.add("under_investigation", FAILED, "The applicant is under investigation or on "
                  "trial; the program does not lend to them.")
        else:
            f.add("under_investigation", PASSED, "Not under investigation or on trial.")


def _spouse(f: _Findings, a: Applicant) -> None:
    if not f.program.borrower.spouse_guarantee_or_consent:
        return
    if a.marital_status is None:
        f.add("spouse", ATTENTION, "Marital status not recorded; a married borrower needs the "
              "spouse's notarised consent or the spouse as guarantor.")
    elif a.marital_status is MaritalStatus.SINGLE:
        f.add("spouse", PASSED, "Not married: no spouse's consent or guarantee is needed.")
    elif a.spouse is None:
        f.add("spouse", ATTENTION, "Married: record whether the spouse gives notarised consent "
              "or signs as guarantor.")
    elif a.spouse.role is SpouseRole.NONE:
        f.add("spouse", FAILED, "Married, but the spouse neither gives notarised consent nor "
              "signs as guarantor; one of the two is required.")
    else:
        f.add("spouse", PASSED, "Married; the spouse {role}.",
              role="signs as guarantor" if a.spouse.role is SpouseRole.GUARANTOR
              else "gives notarised consent")


def _provident(f: _Findings, a: Applicant) -> None:
    rules = f.program.borrower
    if rules.fund_contributions_current:
        if a.fund_contributions_current is None:
            f.add("fund_contributions", ATTENTION, "Not recorded whether the provident fund is "
                  "paid in full and on time.")
        else:
            f.add("fund_contributions", PASSED if a.fund_contributions_current else FAILED,
                  "The provident fund is paid in full and on time." if a.fund_contributions_current
                  else "The provident fund is not paid in full and on time; the program requires it.")
    if rules.one_provident_loan:
        if a.has_provident_loan is None:
            f.add("one_provident_loan", ATTENTION, "Not recorded whether the applicant still "
                  "repays a provident fund loan; only one is allowed at a time.")
        else:
            f.add("one_provident_loan", FAILED if a.has_provident_loan else PASSED,
                  "Still repaying a provident fund loan; no new one before it is repaid."
                  if a.has_provident_loan else "No provident fund loan being repaid.")
    if rules.guarantor_cannot_borrow:
        if a.guaranteeing_provident_loan is None:
            f.add("guarantor", ATTENTION, "Not recorded whether the applicant guarantees "
                  "someone else's provident fund loan.")
        else:
            f.add("guarantor", FAILED if a.guaranteeing_provident_loan else PASSED,
                  "Guarantor of someone else's provident fund loan; cannot borrow until it is "
                  "repaid." if a.guaranteeing_provident_loan
                  else "Not a guarantor of anyone's provident fund loan.")
    if rules.max_overdue_periods is not None:
        limit = rules.max_overdue_periods
        if a.provident_overdue_periods is None:
            f.add("bad_record", ATTENTION, "Provident repayment record not checked: more than "
                  "{limit} periods overdue and unpaid is a bad record.", limit=limit)
        elif a.provident_overdue_periods > limit:
            f.add("bad_record", FAILED, "{periods} periods overdue and unpaid on a provident "
                  "fund loan: more than {limit} is a bad record that bars new loans for a time "
                  "(the source does not say how long).",
                  periods=a.provident_overdue_periods, limit=limit)
        else:
            f.add("bad_record", PASSED, "{periods} periods overdue on provident fund loans; a "
                  "bad record starts above {limit}.", periods=a.provident_overdue_periods,
                  limit=limit)


def _collateral(f: _Findings, r: CreditRequest) -> None:
    if not f.program.borrower.collateral_required or r.purpose not in HOME_PURPOSES:
        return
    accepted = tuple(f.program.caps.ltv)
    names = ", ".join(k.value.replace("_", " ") for k in accepted) or "any security"
    kind = r.home.collateral if r.home else None
    if kind is None:
        f.add("collateral", ATTENTION, "No security chosen; the program requires one of: "
              "{accepted}.", accepted=names)
    elif accepted and kind not in accepted:
        f.add("collateral", FAILED, "Security by {kind} is not one the program takes "
              "({accepted}).", kind=kind.value.replace("_", " "), accepted=names)
    else:
        f.add("collateral", PASSED, "Secured by {kind}.", kind=kind.value.replace("_", " "))


def _term(f: _Findings, a: Applicant, r: CreditRequest) -> None:
    rules = f.program.term
    high = rules.max_months
    who = ""
    if a.civil_servant and rules.civil_servant_max_months is not None:
        high, who = rules.civil_servant_max_months, " for a civil servant"
    if rules.min_months is not None or high is not None:
        ok = ((rules.min_months is None or r.term_months >= rules.min_months)
              and (high is None or r.term_months <= high))
        f.add("term", PASSED if ok else FAILED, "A term of {term} months; the program allows "
              "{allowed}" + who + ".", term=r.term_months,
              allowed=_bounds(rules.min_months, high, " months"))
    if rules.bullet_up_to_months is not None:
        limit = rules.bullet_up_to_months
        bullet = r.repayment_method is RepaymentMethod.BULLET
        if r.term_months <= limit:
            f.add("repayment_method", PASSED if bullet else FAILED,
                  "A term of {term} months (up to {limit}) is repaid in one sum at maturity"
                  + ("." if bullet else "; choose that method."), term=r.term_months, limit=limit)
        else:
            f.add("repayment_method", FAILED if bullet else PASSED,
                  "A term of {term} months (over {limit}) is repaid monthly"
                  + ("; one sum at maturity is not allowed." if bullet else "."),
                  term=r.term_months, limit=limit)


def _retirement(f: _Findings, a: Applicant, r: CreditRequest) -> None:
    ages = f.program.term.retirement_age
    end = term_end(r)
    if ages:
        if a.birth_date is None or a.sex is None:
            f.add("retirement", ATTENTION, "Date of birth or sex not recorded; the term may not "
                  "run past the statutory retirement age.")
        else:
            sex = "male" if a.sex is Sex.MALE else "female"
            key = f"{sex}_civil_servant" if a.civil_servant and f"{sex}_civil_servant" in ages \
                else sex
            if key not in ages:
                f.add("retirement", ATTENTION, "The program gives no retirement age for this "
                      "applicant ({who}).", who=key.replace("_", " "))
            else:
                retires = day_turning(a.birth_date, ages[key])
                f.add("retirement", PASSED if end <= retires else FAILED,
                      "The term ends on {end}; the applicant reaches the retirement age of "
                      "{age} ({who}) on {retires}.", end=end, age=ages[key],
                      who=key.replace("_", " "), retires=retires)
    limit = f.program.term.max_age_at_end
    if limit is not None:
        if a.birth_date is None:
            f.add("age_at_end", ATTENTION, "Date of birth not recorded; the loan must be repaid "
                  "by the {limit}th birthday.", limit=limit)
        else:
            turns = day_turning(a.birth_date, limit)
            f.add("age_at_end", PASSED if end <= turns else FAILED,
                  "The term ends on {end}; the applicant turns {limit} on {turns}.",
                  end=end, limit=limit, turns=turns)


def vehicle_is_new(program: Program, vehicle: Vehicle, contract_date: date
                   ) -> tuple[bool | None, Notice]:
    """New (True), used (False) or unknown (None) by the program's definition, with why."""
    years = program.vehicle.new_max_years_since_model_year
    if vehicle.imported_by_company_or_made_in_country is False:
        return False, Notice("Used: imported by a private person.")
    if vehicle.ever_registered:
        return False, Notice("Used: it has been registered before.")
    if years is not None and vehicle.model_year is not None \
            and contract_date.year - vehicle.model_year > years:
        return False, Notice("Used: model year {model_year} is more than {years} years before "
                             "the contract year {year}.", {"model_year": vehicle.model_year,
                                                           "years": years,
                                                           "year": contract_date.year})
    if vehicle.never_in_service is False:
        return False, Notice("Used: it has been in service.")
    missing = [name for name, value in (
        ("model year", vehicle.model_year if years is not None else 0),
        ("whether it was ever in service", vehicle.never_in_service),
        ("whether it was imported by a company or made in the country",
         vehicle.imported_by_company_or_made_in_country),
        ("whether it was ever registered", vehicle.ever_registered)) if value is None]
    if missing:
        return None, Notice("Cannot tell new from used: {missing} not recorded.",
                            {"missing": "; ".join(missing)})
    return True, Notice("New: model year {model_year} (contract {contract_date}), never in "
                        "service, never registered, imported by a company or made in the "
                        "country.", {"model_year": vehicle.model_year,
                                     "contract_date": contract_date})


# The used-car rules: met, not met, not recorded.
_USED_CAR_MET = {
    "used_vehicle_dealer": "Sold by a partner dealer (cooperation agreement with the bank).",
    "used_vehicle_roadworthy": "Technically sound and fit for use.",
}
_USED_CAR_NOT_MET = {
    "used_vehicle_dealer": "A used car must be bought from a dealer with a cooperation agreement; "
                           "this seller has none.",
    "used_vehicle_roadworthy": "A used car must be technically sound and fit for use.",
}
_USED_CAR_UNKNOWN = {
    "used_vehicle_dealer":
        "Record whether the seller is a partner dealer: used cars only from partner dealers.",
    "used_vehicle_roadworthy": "Record whether the car is technically sound and fit for use.",
}


def _vehicle(f: _Findings, r: CreditRequest) -> None:
    if r.purpose is not Purpose.CAR:
        return
    rules = f.program.vehicle
    if r.vehicle is None:
        f.add("vehicle_kind", ATTENTION, "No vehicle recorded; new or used cannot be told.")
        return
    new, why = vehicle_is_new(f.program, r.vehicle, r.contract_date)
    source = f.program.source_for("vehicle_kind")
    if new is None:
        f.items.append(Finding("vehicle_kind", ATTENTION, why, source))
    elif new or rules.used_allowed:
        f.items.append(Finding("vehicle_kind", PASSED, why, source))
    else:
        f.items.append(Finding("vehicle_kind", FAILED,
                               Notice("{why} The program lends for new cars only.", {"why": why}),
                               source))
    if new:
        return  # the used-car rules do not apply
    for rule_id, wanted, fact in (
            ("used_vehicle_dealer", rules.used_only_from_partner_dealer,
             r.vehicle.seller_is_partner_dealer),
            ("used_vehicle_roadworthy", rules.used_must_be_roadworthy, r.vehicle.roadworthy)):
        if not wanted:
            continue
        if fact is None:
            f.add(rule_id, ATTENTION, _USED_CAR_UNKNOWN[rule_id])
        elif fact:
            f.add(rule_id, PASSED, _USED_CAR_MET[rule_id])
        elif new is None:
            f.add(rule_id, ATTENTION, "{rule} (This applies if the car turns out to be used.)",
                  rule=Notice(_USED_CAR_NOT_MET[rule_id]))
        else:
            f.add(rule_id, FAILED, _USED_CAR_NOT_MET[rule_id])


def assess_eligibility(program: Program, applicant: Applicant, request: CreditRequest, *,
                       branch_region: str) -> tuple[Finding, ...]:
    """Every borrower and asset rule the program has, as findings in a fixed order."""
    if request.program_id != program.id:
        raise ValidationError.single(
            "program_id", "The request is for program {requested}, not {program}.",
            requested=repr(request.program_id), program=repr(program.id))
    f = _Findings(program)
    if request.purpose in program.purposes:
        f.add("purpose", PASSED, "The program lends for {purpose}.", purpose=request.purpose.value)
    else:
        f.add("purpose", FAILED, "The program does not lend for {purpose}; it lends for "
              "{allowed}.", purpose=request.purpose.value,
              allowed=", ".join(p.value for p in program.purposes))
    _age(f, applicant, request)
    _citizenship(f, applicant)
    _registration(f, applicant, branch_region)
    _employment(f, applicant)
    _history(f, applicant)
    _spouse(f, applicant)
    _provident(f, applicant)
    _collateral(f, request)
    _term(f, applicant, request)
    _retirement(f, applicant, request)
    _vehicle(f, request)
    return tuple(f.items)
