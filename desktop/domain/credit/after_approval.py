"""What must follow a positive decision on a car loan (the book's customer memo
items 3–8, and 3.2, 3.4, 3.5), the insurance policies' checks, and the
renewals the desk chases for the life of the loan.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Iterable, Sequence

from desktop.domain.credit.calendar import WorkingCalendar
from desktop.domain.credit.decisions import TransitionRefused
from desktop.domain.errors import Problems, ValidationError
from desktop.domain.loans import Schedule
from desktop.domain.money import CurrencyMismatch, Money, total
from desktop.domain.notices import Notice

# «не позднее 30 календарных дней до окончания предыдущего оплаченного срока»
RENEWAL_CALENDAR_DAYS_BEFORE_END = 30
# «не позднее 2 рабочих дней с даты оплаты»
PROOF_WORKING_DAYS_AFTER_PAYMENT = 2
# memo 8: «в течение 5 рабочих дней»
REGISTRATION_WORKING_DAYS = 5


# -- the checklist -------------------------------------------------------------------------


class FollowUp(StrEnum):
    SALES_CONTRACT = "sales_contract"                  # договор купли-продажи ТС с автосалоном
    DOWN_PAYMENT_RECEIPT = "down_payment_receipt"      # документ об оплате первоначального взноса
    INVOICE_FOR_BALANCE = "invoice_for_balance"        # счёт на безналичную оплату остатка
    VEHICLE_PASSPORT_COPY = "vehicle_passport_copy"    # копия ПТС, заверенная печатью автосалона
    CASCO_POLICY = "casco_policy"                      # полное АВТОКАСКО
    OSAGO_POLICY = "osago_policy"                      # ОСАГО
    VOLUNTARY_LIABILITY_POLICY = "voluntary_liability_policy"  # добровольное страхование ГО
    LIFE_POLICY = "life_policy"                        # страхование жизни Заемщика (3.2)
    PASSENGER_ACCIDENT_POLICY = "passenger_accident_policy"  # пассажиры, если такси (memo 4)
    SPOUSE_CONSENT_OR_SURETY = "spouse_consent_or_surety"  # согласие супруга(и) или поручительство
    LOAN_AGREEMENT = "loan_agreement"                  # кредитный договор
    PLEDGE_AGREEMENT = "pledge_agreement"              # договор залога
    BANK_PAYS_DEALER = "bank_pays_dealer"              # перечисление автосалону (и страховщику)
    HANDOVER_ACT = "handover_act"                      # акт приема-передачи ТС
    REGISTRATION = "registration"                      # постановка на учёт, ПТС и СТС в банк
    ORIGINAL_PTS_WITH_BANK = "original_pts_with_bank"  # оригинал ПТС в банке, копия заемщику


FOLLOW_UP_TITLES: dict[FollowUp, str] = {
    FollowUp.SALES_CONTRACT: "Sales contract with the dealer",
    FollowUp.DOWN_PAYMENT_RECEIPT: "Receipt for the down payment",
    FollowUp.INVOICE_FOR_BALANCE: "Dealer's invoice for the rest of the price",
    FollowUp.VEHICLE_PASSPORT_COPY: "Copy of the vehicle passport (ПТС) sealed by the dealer",
    FollowUp.CASCO_POLICY: "Comprehensive cover (КАСКО), the bank beneficiary for theft and "
                           "total loss",
    FollowUp.OSAGO_POLICY: "Compulsory liability cover (ОСАГО)",
    FollowUp.VOLUNTARY_LIABILITY_POLICY: "Voluntary liability cover",
    FollowUp.LIFE_POLICY: "Borrower's life cover, the bank beneficiary",
    FollowUp.PASSENGER_ACCIDENT_POLICY: "Passenger accident cover (the car is a taxi)",
    FollowUp.SPOUSE_CONSENT_OR_SURETY: "Spouse's notarised consent, or the spouse signs a surety",
    FollowUp.LOAN_AGREEMENT: "Loan agreement signed",
    FollowUp.PLEDGE_AGREEMENT: "Pledge agreement signed",
    FollowUp.BANK_PAYS_DEALER: "Bank pays the dealer (and the insurer, for financed insurance)",
    FollowUp.HANDOVER_ACT: "Car handed over under the acceptance act",
    FollowUp.REGISTRATION: "Car registered; vehicle passport and registration certificate "
                           "brought to the bank",
    FollowUp.ORIGINAL_PTS_WITH_BANK: "Original vehicle passport kept by the bank; copy to the "
                                     "borrower",
}

_POLICIES = (FollowUp.CASCO_POLICY, FollowUp.OSAGO_POLICY, FollowUp.VOLUNTARY_LIABILITY_POLICY,
             FollowUp.LIFE_POLICY, FollowUp.PASSENGER_ACCIDENT_POLICY)
_DEALER_PAPERS = (FollowUp.SALES_CONTRACT, FollowUp.DOWN_PAYMENT_RECEIPT,
                  FollowUp.INVOICE_FOR_BALANCE, FollowUp.VEHICLE_PASSPORT_COPY)

# What must be done (on or before the same day) first. The source's order:
# dealer papers and insurance, then the agreements («После оформления
# страховки … для подписания»; policies paid «не позднее даты заключения
# Кредитного договора»), then the bank pays («После оформления Вами
# указанных документов»), then the car, its registration and its ПТС.
PREREQUISITES: dict[FollowUp, tuple[FollowUp, ...]] = {
    FollowUp.LOAN_AGREEMENT: _DEALER_PAPERS + _POLICIES,
    FollowUp.PLEDGE_AGREEMENT: _DEALER_PAPERS + _POLICIES,
    FollowUp.BANK_PAYS_DEALER: (FollowUp.LOAN_AGREEMENT, FollowUp.PLEDGE_AGREEMENT,
                                FollowUp.SPOUSE_CONSENT_OR_SURETY),
    FollowUp.HANDOVER_ACT: (FollowUp.BANK_PAYS_DEALER,),
    FollowUp.REGISTRATION: (FollowUp.HANDOVER_ACT,),
    FollowUp.ORIGINAL_PTS_WITH_BANK: (FollowUp.REGISTRATION,),
}


@dataclass(frozen=True)
class FollowUpItem:
    code: FollowUp
    done_on: date | None = None
    due_on: date | None = None
    note: str = ""

    @property
    def title(self) -> str:
        return FOLLOW_UP_TITLES[self.code]


def after_approval_checklist(*, married: bool, taxi: bool = False) -> tuple[FollowUpItem, ...]:
    """The follow-up items for an approved car loan, in the order they are done."""
    items = []
    for code in FollowUp:
        if code is FollowUp.PASSENGER_ACCIDENT_POLICY and not taxi:
            continue
        if code is FollowUp.SPOUSE_CONSENT_OR_SURETY and not married:
            continue
        items.append(FollowUpItem(code))
    return tuple(items)


def _find(items: Sequence[FollowUpItem], code: FollowUp) -> int:
    for i, item in enumerate(items):
        if item.code == code:
            return i
    raise TransitionRefused(Notice("“{item}” is not on this checklist.",
                                   {"item": FOLLOW_UP_TITLES[FollowUp(code)]}))


def mark_done(items: Sequence[FollowUpItem], code: FollowUp, on: date,
              note: str = "") -> tuple[FollowUpItem, ...]:
    """The checklist with `code` done on `on`; refused while what must come
    first (PREREQUISITES, where on the checklist) is not done by that day."""
    items = tuple(items)
    i = _find(items, code)
    present = {item.code: item for item in items}
    missing = [FOLLOW_UP_TITLES[c] for c in PREREQUISITES.get(FollowUp(code), ())
               if c in present and (present[c].done_on is None or present[c].done_on > on)]
    if missing:
        raise TransitionRefused(Notice(
            "“{item}” cannot be done on {on} before: {missing}.",
            {"item": FOLLOW_UP_TITLES[FollowUp(code)], "on": on, "missing": "; ".join(missing)}))
    return items[:i] + (replace(items[i], done_on=on, note=note or items[i].note),) + items[i + 1:]


def registration_due(handed_over_on: date, calendar: WorkingCalendar) -> date:
    """Memo 8: if the dealer did not register the car, the borrower does within
    5 working days, counted here from the handover under the acceptance act
    (the memo says no more; the day of handover does not count)."""
    return calendar.add_working_days(handed_over_on, REGISTRATION_WORKING_DAYS)


def record_handover(items: Sequence[FollowUpItem], on: date, calendar: WorkingCalendar, *,
                    dealer_registered: bool) -> tuple[FollowUpItem, ...]:
    """Handover done; registration done by the dealer, or due from the borrower."""
    items = mark_done(items, FollowUp.HANDOVER_ACT, on)
    i = _find(items, FollowUp.REGISTRATION)
    if dealer_registered:
        item = replace(items[i], done_on=on, note="Registered by the dealer.")
    else:
        item = replace(items[i], due_on=registration_due(on, calendar))
    return items[:i] + (item,) + items[i + 1:]


def overdue_items(items: Iterable[FollowUpItem], on: date) -> tuple[FollowUpItem, ...]:
    return tuple(item for item in items
                 if item.done_on is None and item.due_on is not None and on > item.due_on)


# -- insurance -----------------------------------------------------------------------------


class Cover(StrEnum):
    CASCO = "casco"
    OSAGO = "osago"
    VOLUNTARY_LIABILITY = "voluntary_liability"
    LIFE = "life"
    PASSENGER_ACCIDENT = "passenger_accident"


# 3.4: «Выгодоприобретателем в случае хищения, полной конструктивной гибели ТС
# и страхования жизни Заемщика … является Банк». For КАСКО that is the theft
# and total-loss risks, not damage; liability cover pays third parties.
BANK_BENEFICIARY_COVERS = frozenset({Cover.CASCO, Cover.LIFE})

COVER_TITLES: dict[Cover, str] = {
    Cover.CASCO: "КАСКО",
    Cover.OSAGO: "ОСАГО",
    Cover.VOLUNTARY_LIABILITY: "voluntary liability",
    Cover.LIFE: "life",
    Cover.PASSENGER_ACCIDENT: "passenger accident",
}


@dataclass(frozen=True)
class InsurancePolicy:
    """One paid period of one cover; a renewal is a new record."""

    cover: Cover
    number: str
    insurer: str
    sum_insured: Money
    period_start: date
    paid_until: date                    # the last day of the paid period
    paid_on: date | None = None
    bank_is_beneficiary: bool = False   # for theft and total loss (КАСКО) or life
    proof_received_on: date | None = None  # policy and payment proof handed to the bank
    note: str = ""


def validate_policy(policy: InsurancePolicy) -> None:
    p, x = Problems(), policy
    if not x.number.strip():
        p.add("number", "Enter the policy number.")
    if not x.insurer.strip():
        p.add("insurer", "Enter the insurer.")
    if not isinstance(x.sum_insured, Money) or not x.sum_insured.is_positive():
        p.add("sum_insured", "Enter the sum insured.")
    if x.paid_until < x.period_start:
        p.add("paid_until", "The paid period cannot end before it starts.")
    if x.proof_received_on is not None and (x.paid_on is None or x.proof_received_on < x.paid_on):
        p.add("proof_received_on", "Proof of payment cannot come before the payment.")
    p.raise_if_any()


class PolicyProblemKind(StrEnum):
    SUM_TOO_LOW = "sum_too_low"
    BANK_NOT_BENEFICIARY = "bank_not_beneficiary"
    PERIOD_TOO_SHORT = "period_too_short"
    NOT_PAID = "not_paid"
    PAID_AFTER_CONTRACT = "paid_after_contract"
    FIGURE_MISSING = "figure_missing"  # the check needs a figure nobody entered


@dataclass(frozen=True)
class PolicyProblem:
    cover: Cover
    kind: PolicyProblemKind
    explanation: Notice


def life_cover_minimum(schedule: Schedule, on: date) -> Money:
    """Debt and interest still to be paid after `on`, from the repayment schedule.

    3.4: «не менее размера задолженности по кредитному договору и суммы
    процентов, подлежащих уплате на момент заключения (продления)». Read
    here as the principal outstanding plus all the scheduled interest not
    yet due, the larger of the two readings (the other: only the interest
    accrued by that day). E.g. three instalments of 10,200 left (30,000 of
    principal, 600 of interest) → 30,600.
    """
    return total((row.payment for row in schedule.installments if row.due_date > on),
                 schedule.currency)


def _one_year_on(start: date) -> date:
    try:
        return start.replace(year=start.year + 1)
    except ValueError:  # 29 February
        return date(start.year + 1, 3, 1)


def _at_least(policy: InsurancePolicy, minimum: Money | None, what: str, field: str,
              problems: list[PolicyProblem]) -> None:
    name = COVER_TITLES[policy.cover]
    if minimum is None:
        problems.append(PolicyProblem(policy.cover, PolicyProblemKind.FIGURE_MISSING, Notice(
            "{cover} policy {number}: enter {what} to check the sum insured.",
            {"cover": name, "number": policy.number, "what": what})))
        return
    try:
        low = policy.sum_insured < minimum
    except CurrencyMismatch:
        raise ValidationError.single(field, "Enter {what} in {currency}, the currency of the policy.",
                                     what=what, currency=policy.sum_insured.currency) from None
    if low:
        problems.append(PolicyProblem(policy.cover, PolicyProblemKind.SUM_TOO_LOW, Notice(
            "{cover} policy {number}: sum insured {sum} is below {what}, {minimum} "
            "(short by {short}).",
            {"cover": name, "number": policy.number, "sum": policy.sum_insured, "what": what,
             "minimum": minimum, "short": minimum - policy.sum_insured})))


def check_policy(policy: InsurancePolicy, *, actual_value: Money | None = None,
                 debt_with_interest: Money | None = None,
                 liability_minimum: Money | None = None,
                 contract_on: date | None = None,
                 loan_ends_on: date | None = None) -> tuple[PolicyProblem, ...]:
    """What is wrong with a policy under the book's 3.4; empty when nothing.

    Sums at conclusion or renewal: КАСКО ≥ the car's actual value; life ≥ the
    debt and the interest payable; liability as the program sets
    (`liability_minimum`, not checked when the program sets none).
    `contract_on`: for the first policies, the loan contract date they must
    be paid by. `loan_ends_on`: a period may stop at the end of the loan.
    """
    validate_policy(policy)
    problems: list[PolicyProblem] = []
    name = COVER_TITLES[policy.cover]
    if policy.cover is Cover.CASCO:
        _at_least(policy, actual_value, "the car's actual value", "actual_value", problems)
    elif policy.cover is Cover.LIFE:
        _at_least(policy, debt_with_interest, "the debt with the interest payable",
                  "debt_with_interest", problems)
    elif policy.cover in (Cover.OSAGO, Cover.VOLUNTARY_LIABILITY) and liability_minimum is not None:
        _at_least(policy, liability_minimum, "the program's minimum", "liability_minimum", problems)
    if policy.cover in BANK_BENEFICIARY_COVERS and not policy.bank_is_beneficiary:
        problems.append(PolicyProblem(policy.cover, PolicyProblemKind.BANK_NOT_BENEFICIARY, Notice(
            "{cover} policy {number}: the bank must be the beneficiary"
            + (" for theft and total loss." if policy.cover is Cover.CASCO else "."),
            {"cover": name, "number": policy.number})))
    # «на срок не менее одного года, либо до конца действия договора»
    year_end = _one_year_on(policy.period_start) - timedelta(days=1)
    needed_until = min(year_end, loan_ends_on) if loan_ends_on is not None else year_end
    if policy.paid_until < needed_until:
        problems.append(PolicyProblem(policy.cover, PolicyProblemKind.PERIOD_TOO_SHORT, Notice(
            "{cover} policy {number}: paid from {start} until {until}; it must be paid for at "
            "least a year, until {needed}, or to the end of the loan.",
            {"cover": name, "number": policy.number, "start": policy.period_start,
             "until": policy.paid_until, "needed": needed_until})))
    if contract_on is not None:
        if policy.paid_on is None:
            problems.append(PolicyProblem(policy.cover, PolicyProblemKind.NOT_PAID, Notice(
                "{cover} policy {number}: not paid; it must be paid no later than the loan "
                "contract date, {contract_on}.",
                {"cover": name, "number": policy.number, "contract_on": contract_on})))
        elif policy.paid_on > contract_on:
            problems.append(PolicyProblem(
                policy.cover, PolicyProblemKind.PAID_AFTER_CONTRACT, Notice(
                    "{cover} policy {number}: paid on {paid_on}, after the loan contract date "
                    "{contract_on}.",
                    {"cover": name, "number": policy.number, "paid_on": policy.paid_on,
                     "contract_on": contract_on})))
    return tuple(problems)


# -- renewals -------------------------------------------------------------------------------


class RenewalState(StrEnum):
    PAY_SOON = "pay_soon"          # the next period must be paid by `due_on`
    PAYMENT_LATE = "payment_late"  # `due_on` passed and the next period is not paid
    PROOF_DUE = "proof_due"        # paid; policy and proof due at the bank by `due_on`
    PROOF_LATE = "proof_late"


@dataclass(frozen=True)
class RenewalDue:
    cover: Cover
    policy_number: str
    state: RenewalState
    due_on: date
    explanation: Notice


def renewal_pay_by(policy: InsurancePolicy) -> date:
    """The last day to pay the next period: 30 calendar days before the paid
    period ends (paid until 30 June → by 31 May)."""
    return policy.paid_until - timedelta(days=RENEWAL_CALENDAR_DAYS_BEFORE_END)


def proof_due_on(paid_on: date, calendar: WorkingCalendar) -> date:
    """Policy and payment proof at the bank within 2 working days of the payment."""
    return calendar.add_working_days(paid_on, PROOF_WORKING_DAYS_AFTER_PAYMENT)


def insurance_renewals_due(policies: Iterable[InsurancePolicy], on: date,
                           calendar: WorkingCalendar, *, loan_ends_on: date | None = None,
                           within_days: int = 30) -> tuple[RenewalDue, ...]:
    """The renewals to chase on `on`, soonest first.

    Per cover, the paid period that runs longest is the current one; its
    renewal shows once the pay-by day is `within_days` away or has passed,
    unless that period already reaches the end of the loan. A paid policy
    whose proof has not reached the bank shows until it does.
    """
    paid = [p for p in policies if p.paid_on is not None and p.paid_on <= on]
    out: list[RenewalDue] = []
    for p in paid:
        if p.proof_received_on is None or p.proof_received_on > on:
            proof_by = proof_due_on(p.paid_on, calendar)
            state = RenewalState.PROOF_LATE if on > proof_by else RenewalState.PROOF_DUE
            out.append(RenewalDue(p.cover, p.number, state, proof_by, Notice(
                "{cover} policy {number} paid on {paid_on}: the policy and the proof of payment "
                "are due at the bank within {days} working days, by {proof_by}.",
                {"cover": COVER_TITLES[p.cover], "number": p.number, "paid_on": p.paid_on,
                 "days": PROOF_WORKING_DAYS_AFTER_PAYMENT, "proof_by": proof_by})))
    current: dict[Cover, InsurancePolicy] = {}
    for p in paid:
        if p.cover not in current or p.paid_until > current[p.cover].paid_until:
            current[p.cover] = p
    for cover, p in current.items():
        if loan_ends_on is not None and p.paid_until >= loan_ends_on:
            continue
        pay_by = renewal_pay_by(p)
        if on > pay_by:
            state = RenewalState.PAYMENT_LATE
        elif (pay_by - on).days <= within_days:
            state = RenewalState.PAY_SOON
        else:
            continue
        out.append(RenewalDue(cover, p.number, state, pay_by, Notice(
            "{cover} policy {number} is paid until {paid_until}: the next period must be paid "
            "no later than {days} calendar days before, by {pay_by}.",
            {"cover": COVER_TITLES[cover], "number": p.number, "paid_until": p.paid_until,
             "days": RENEWAL_CALENDAR_DAYS_BEFORE_END, "pay_by": pay_by})))
    return tuple(sorted(out, key=lambda r: (r.due_on, r.cover.value, r.policy_number)))
