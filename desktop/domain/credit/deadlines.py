"""Deadlines of a credit application, by the program's rules.

Every moment comes in as an aware datetime and is judged on the clock the
rule names, whatever zone the desk's machine runs in:

- the Russian application centre's rules (book 4.1.1.5) are in Moscow time
  («мск»): the program's zone is "Europe/Moscow";
- the external checks (4.1.1.8) are due at 12:00 *local* time of the branch
  («по местному времени»), so they take the branch's zone;
- the pay-out rule (4.1.1.7) names no zone; it is about the day the borrower
  is told, so it takes the branch's zone too.

A deadline is inclusive: «не позднее 18-00» is met by a Conclusion sent at
18:00:00 and missed a moment later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.domain.credit.calendar import WorkingCalendar
from desktop.domain.errors import ValidationError
from desktop.domain.notices import Notice

MOSCOW = "Europe/Moscow"

# Book 4.1.1.5. Each boundary instant belongs to the later period, the same
# way at 12:00 and at 17:00: «до 12-00» is strictly before noon, so 12:00:00
# is "after 12:00"; 17:00:00 is already the evening that counts as the next
# working day. The source leaves both instants open (SOURCE_NOTES 1.1 #8).
NOON = time(12, 0)
CENTRE_EVENING = time(17, 0)
SAME_DAY_DECISION_BY = time(18, 0)

# «в течение 15 дней» (条例 art. 26): calendar days — the regulation says
# 日, not 工作日, and the Spanish «15 días» adds no «hábiles».
PROVIDENT_FUND_DECISION_DAYS = 15


class DeadlineRules(StrEnum):
    """The program file's `deadline_rules` (programs.DEADLINE_RULES)."""

    RU_BANK = "ru_bank"                      # the book's application centre
    PROVIDENT_15_DAYS = "provident_15_days"  # housing provident fund centre
    NONE = "none"                            # the program sets no decision deadline


class DeadlineKind(StrEnum):
    DECISION = "decision"
    EXTERNAL_CHECKS = "external_checks"


class DeadlineState(StrEnum):
    ON_TIME = "on_time"      # not yet done, due on a later day
    DUE_TODAY = "due_today"  # not yet done, due later today (in the rule's zone)
    LATE = "late"            # past due and not done, or done after the deadline
    MET = "met"              # done by the deadline


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due_at: datetime        # inclusive; in the rule's zone
    counted_from: datetime  # when the count started, after any shift to a working day
    zone: str
    explanation: Notice

    @property
    def due_on(self) -> date:
        return self.due_at.astimezone(ZoneInfo(self.zone)).date()

    @property
    def whole_day(self) -> bool:
        """Due by the end of a day rather than at an hour."""
        return self.due_at.astimezone(ZoneInfo(self.zone)).time() == time.max


@dataclass(frozen=True)
class PayoutWindow:
    not_before: datetime | None  # None: no waiting imposed by the rule
    explanation: Notice

    def allows(self, at: datetime) -> bool:
        _aware(at, "at")
        return self.not_before is None or at >= self.not_before


# -- helpers --------------------------------------------------------------------


def _zone(zone: str) -> ZoneInfo:
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValidationError.single("zone", "“{zone}” is not a time zone name "
                                             "such as Europe/Moscow.", zone=zone) from None


def _aware(moment: datetime, field: str) -> datetime:
    if not isinstance(moment, datetime):
        raise TypeError(f"{field} must be a datetime, not {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        # A bare time could be the machine's zone or Moscow's; refuse to guess.
        raise ValueError(f"{field} needs its time zone")
    return moment


def _at(day: date, clock: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz)


def _rules(rules: str) -> DeadlineRules:
    try:
        return DeadlineRules(rules)
    except ValueError:
        raise ValidationError.single(
            "deadline_rules", "Unknown deadline rules “{rules}”; expected one of {expected}.",
            rules=rules, expected=", ".join(r.value for r in DeadlineRules)) from None


# -- the decision ---------------------------------------------------------------


def decision_due(received_at: datetime, rules: str, zone: str,
                 calendar: WorkingCalendar) -> Deadline | None:
    """When the decision on an application is due; None when the program sets
    no deadline ("none").

    `received_at`: for the Russian bank, when the application reached the
    application centre; for a provident fund, when the centre accepted it.
    `zone`: the program's zone (Europe/Moscow for the Russian bank).
    """
    _aware(received_at, "received_at")
    kind = _rules(rules)
    tz = _zone(zone)
    if kind is DeadlineRules.RU_BANK:
        return _ru_centre_decision(received_at, zone, tz, calendar)
    if kind is DeadlineRules.PROVIDENT_15_DAYS:
        return _provident_fund_decision(received_at, zone, tz)
    return None


def _ru_centre_decision(received_at: datetime, zone: str, tz: ZoneInfo,
                        calendar: WorkingCalendar) -> Deadline:
    local = received_at.astimezone(tz)
    day = local.date()
    clock = local.time().isoformat("seconds")
    # One template per case, each a whole sentence, so that a screen
    # translates it whole.
    if not calendar.is_working_day(day):
        # Not in the book, which assumes a working day; the centre does not
        # work that day, so the count starts with its next working day, as
        # for an application received in the evening. Counted from the start
        # of that day, before 12:00: the decision is due by 18:00 of it.
        start = calendar.next_working_day(day)
        counted_from = _at(start, time(0), tz)
        due_at = _at(start, SAME_DAY_DECISION_BY, tz)
        explanation = Notice(
            "Application centre deadline ({zone} time, book 4.1.1.5). Received on {day}, not a "
            "working day: counted as received at the start of the next working day, {start}. "
            "That is before 12:00, so the Conclusion is due by 18:00 that day: {due_at}.",
            {"zone": zone, "day": day, "start": start, "due_at": due_at})
    elif local.time() >= CENTRE_EVENING:
        # «днем поступления считается следующий рабочий день». The book gives
        # no hour; the start of that day puts it before 12:00, so the decision
        # is due by 18:00 of it.
        start = calendar.next_working_day(day)
        counted_from = _at(start, time(0), tz)
        due_at = _at(start, SAME_DAY_DECISION_BY, tz)
        explanation = Notice(
            "Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock}, at or "
            "after 17:00: counted as received at the start of the next working day, {start}. "
            "That is before 12:00, so the Conclusion is due by 18:00 that day: {due_at}.",
            {"zone": zone, "clock": clock, "start": start, "due_at": due_at})
    elif local.time() < NOON:
        counted_from = local
        due_at = _at(day, SAME_DAY_DECISION_BY, tz)
        explanation = Notice(
            "Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock} on "
            "{day}, a working day. Received before 12:00, so the Conclusion is due by 18:00 the "
            "same day: {due_at}.",
            {"zone": zone, "clock": clock, "day": day, "due_at": due_at})
    else:
        # «не позднее 12 часов дня следующего за датой поступления»: the book
        # says the following day, not the next *working* day (DOMAIN.md says
        # working; SOURCE_NOTES 1.1 #8), so a Friday 12:30 application is due
        # Saturday 12:00 and one on the eve of a holiday is due on the holiday.
        counted_from = local
        due_at = _at(day + timedelta(days=1), NOON, tz)
        explanation = Notice(
            "Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock} on "
            "{day}, a working day. Received at or after 12:00, so the Conclusion is due by 12:00 "
            "the following day: {due_at}.",
            {"zone": zone, "clock": clock, "day": day, "due_at": due_at})
    return Deadline(DeadlineKind.DECISION, due_at, counted_from, zone, explanation)


def _provident_fund_decision(accepted_at: datetime, zone: str, tz: ZoneInfo) -> Deadline:
    local = accepted_at.astimezone(tz)
    # «dentro de los 15 días siguientes a la fecha de aceptación»: the day of
    # acceptance is not counted, so the 15th day after it is the last one.
    # China's Civil Code (art. 203) would move a period ending on a statutory
    # holiday to the day after the holiday; the source does not say so, and it
    # is not applied.
    last_day = local.date() + timedelta(days=PROVIDENT_FUND_DECISION_DAYS)
    due_at = _at(last_day, time.max, tz)
    explanation = Notice(
        "Provident fund centre deadline (Housing Provident Fund Regulations, art. 26): a "
        "decision within {days} calendar days after the application was accepted on {accepted}: "
        "{accepted} + {days} days = by the end of {last_day} ({zone} time).",
        {"days": PROVIDENT_FUND_DECISION_DAYS, "accepted": local.date(), "last_day": last_day,
         "zone": zone})
    return Deadline(DeadlineKind.DECISION, due_at, local, zone, explanation)


# -- the branch's external checks ------------------------------------------------


def external_checks_due(filed_at: datetime, zone: str) -> Deadline:
    """Book 4.1.1.8: the branch security officer's answers from third parties
    (criminal records, unpaid loans, black lists) are due by 12:00 local time
    of the day after the application was filed.

    `zone`: the branch's zone. «дня следующего за датой подачи заявки» is the
    following calendar day: the book does not say working day here.
    """
    _aware(filed_at, "filed_at")
    tz = _zone(zone)
    local = filed_at.astimezone(tz)
    due_at = _at(local.date() + timedelta(days=1), NOON, tz)
    explanation = Notice(
        "External checks (book 4.1.1.8): filed on {filed_on}, so the answers are due by 12:00 "
        "local time ({zone}) the following day: {due_at}.",
        {"filed_on": local.date(), "zone": zone, "due_at": due_at})
    return Deadline(DeadlineKind.EXTERNAL_CHECKS, due_at, local, zone, explanation)


# -- the pay-out -----------------------------------------------------------------


def payout_not_before(received_at: datetime, told_at: datetime, zone: str,
                      calendar: WorkingCalendar) -> PayoutWindow:
    """Book 4.1.1.7: when the day the application was received and the day the
    positive decision was told to the borrower are the same day, the loan is
    not paid out before 12:00 of the next working day.

    The trigger is the day the borrower is told, not the day of the decision
    (SOURCE_NOTES 1.1 #9). `zone`: the branch's zone, where both days are
    lived; the book names no zone for this rule.
    """
    _aware(received_at, "received_at")
    _aware(told_at, "told_at")
    if told_at < received_at:
        raise ValidationError.single("told_at", "The borrower cannot be told of the decision "
                                                "before the application was received.")
    tz = _zone(zone)
    received_on = received_at.astimezone(tz).date()
    told_on = told_at.astimezone(tz).date()
    if told_on != received_on:
        return PayoutWindow(None, Notice(
            "Application received on {received_on}, decision told to the borrower on {told_on}: "
            "not the same day, so the pay-out need not wait (book 4.1.1.7).",
            {"received_on": received_on, "told_on": told_on}))
    next_day = calendar.next_working_day(told_on)
    not_before = _at(next_day, NOON, tz)
    return PayoutWindow(not_before, Notice(
        "Application received and decision told to the borrower on the same day, {told_on}: "
        "no pay-out before 12:00 of the next working day, {not_before} (book 4.1.1.7).",
        {"told_on": told_on, "not_before": not_before}))


# -- the list of applications -------------------------------------------------------


def due_state(due_at: datetime, zone: str, now: datetime,
              done_at: datetime | None = None) -> DeadlineState:
    """Where a deadline stands at `now`; "today" is the day in the rule's zone.

    Takes the zone apart from `due_at` because a stored moment comes back in
    UTC and would otherwise put "today" on the wrong day.
    """
    _aware(due_at, "due_at")
    _aware(now, "now")
    if done_at is not None:
        _aware(done_at, "done_at")
        return DeadlineState.MET if done_at <= due_at else DeadlineState.LATE
    if now > due_at:
        return DeadlineState.LATE
    tz = _zone(zone)
    if now.astimezone(tz).date() == due_at.astimezone(tz).date():
        return DeadlineState.DUE_TODAY
    return DeadlineState.ON_TIME


def deadline_state(deadline: Deadline, now: datetime,
                   done_at: datetime | None = None) -> DeadlineState:
    return due_state(deadline.due_at, deadline.zone, now, done_at)
