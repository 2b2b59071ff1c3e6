"""Deadlines of the Russian bank (book 4.1.1.5, 4.1.1.7, 4.1.1.8) and of a
provident fund centre (15 days), judged on the rule's own clock.

November 2026: Mon 16, Tue 17, Wed 18, Thu 19, Fri 20, Sat 21, Sun 22, Mon 23.
Wednesday 4 November is Unity Day. Moscow is UTC+3, Vladivostok UTC+10.
"""

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.credit.calendar import WorkingCalendar
from desktop.domain.credit.deadlines import (
    MOSCOW, DeadlineKind, DeadlineState, deadline_state, decision_due, due_state,
    external_checks_due, payout_not_before,
)
from desktop.domain.errors import ValidationError

RU = WorkingCalendar("RU")
CN = WorkingCalendar("CN")
MSK = ZoneInfo(MOSCOW)
VVO = ZoneInfo("Asia/Vladivostok")
SHA = ZoneInfo("Asia/Shanghai")


def msk(y, mo, d, h, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=MSK)


def ru_due(received_at):
    return decision_due(received_at, "ru_bank", MOSCOW, RU)


# -- the application centre -------------------------------------------------------------


def test_before_noon_the_conclusion_is_due_by_six_the_same_day():
    d = ru_due(msk(2026, 11, 17, 11, 59, 59))
    assert d.kind is DeadlineKind.DECISION
    assert d.due_at == msk(2026, 11, 17, 18)
    assert d.counted_from == msk(2026, 11, 17, 11, 59, 59)
    assert "before 12:00" in d.explanation.render()


def test_exactly_noon_counts_as_after_noon():
    # «до 12-00» is strictly before noon: 12:00:00 is due by 12:00 the next day.
    d = ru_due(msk(2026, 11, 17, 12))
    assert d.due_at == msk(2026, 11, 18, 12)
    assert "at or after 12:00" in d.explanation.render()


def test_afternoon_up_to_five_is_due_by_noon_the_following_day():
    assert ru_due(msk(2026, 11, 17, 16, 59, 59)).due_at == msk(2026, 11, 18, 12)


def test_exactly_five_counts_as_received_the_next_working_day():
    # 17:00:00 → received Wednesday 18th at its start, before noon → by 18:00 that day.
    d = ru_due(msk(2026, 11, 17, 17))
    assert d.counted_from == msk(2026, 11, 18, 0)
    assert d.due_at == msk(2026, 11, 18, 18)
    assert "next working day" in d.explanation.render()


def test_friday_after_five_goes_to_monday():
    # Fri 20th 17:30 → next working day Mon 23rd → by 18:00 Monday.
    d = ru_due(msk(2026, 11, 20, 17, 30))
    assert d.counted_from == msk(2026, 11, 23, 0)
    assert d.due_at == msk(2026, 11, 23, 18)


def test_friday_afternoon_is_due_saturday_noon_as_the_book_says_following_day():
    # «не позднее 12 часов дня следующего за датой поступления»: the following
    # day, not the next working day (SOURCE_NOTES 1.1 #8).
    assert ru_due(msk(2026, 11, 20, 12, 30)).due_at == msk(2026, 11, 21, 12)


def test_received_on_a_saturday_counts_from_monday():
    d = ru_due(msk(2026, 11, 21, 10))
    assert d.counted_from == msk(2026, 11, 23, 0)
    assert d.due_at == msk(2026, 11, 23, 18)
    assert "not a working day" in d.explanation.render()


def test_eve_of_unity_day():
    # Tue 3 Nov 17:30 → next working day is Thu 5 Nov (Wed 4 is a holiday) → by 18:00 Thu.
    assert ru_due(msk(2026, 11, 3, 17, 30)).due_at == msk(2026, 11, 5, 18)
    # Tue 3 Nov 13:00 → the following day is the holiday itself: by 12:00 on 4 Nov.
    assert ru_due(msk(2026, 11, 3, 13)).due_at == msk(2026, 11, 4, 12)
    # Received on the holiday → counted from Thu 5 Nov.
    assert ru_due(msk(2026, 11, 4, 9)).due_at == msk(2026, 11, 5, 18)


def test_eve_of_the_new_year_holidays():
    # Wed 30 Dec 2026 17:30 → 31 Dec is a day off, 1–8 Jan holidays, 9–10 a
    # weekend → counted from Mon 11 Jan 2027 → by 18:00 that day.
    assert ru_due(msk(2026, 12, 30, 17, 30)).due_at == msk(2027, 1, 11, 18)


def test_a_vladivostok_clock_is_judged_in_moscow_time():
    # 18:30 in Vladivostok is 11:30 in Moscow: before noon → by 18:00 MSK that day.
    # (On the Vladivostok clock it would look like an evening application.)
    d = ru_due(datetime(2026, 11, 17, 18, 30, tzinfo=VVO))
    assert d.due_at == msk(2026, 11, 17, 18)
    assert d.due_at.tzinfo == MSK


def test_a_utc_clock_is_judged_in_moscow_time():
    # 09:00 UTC is exactly 12:00 MSK → after noon → by 12:00 MSK the next day.
    d = ru_due(datetime(2026, 11, 17, 9, 0, tzinfo=timezone.utc))
    assert d.due_at == msk(2026, 11, 18, 12)
    # 14:30 UTC on Friday is 17:30 MSK → Monday 18:00 MSK.
    assert ru_due(datetime(2026, 11, 20, 14, 30, tzinfo=timezone.utc)).due_at == msk(2026, 11, 23, 18)


def test_a_time_without_a_zone_is_refused():
    with pytest.raises(ValueError):
        ru_due(datetime(2026, 11, 17, 10, 0))


def test_a_program_without_deadline_rules_has_no_decision_deadline():
    assert decision_due(datetime(2026, 11, 21, 10, tzinfo=ZoneInfo("Asia/Tokyo")), "none",
                        "Asia/Tokyo", WorkingCalendar("JP")) is None


def test_the_rule_names_are_the_program_file_names():
    from desktop.domain.credit.deadlines import DeadlineRules
    from desktop.domain.credit.programs import DEADLINE_RULES
    assert {r.value for r in DeadlineRules} == set(DEADLINE_RULES)


def test_unknown_rules_and_zone_name_the_field():
    with pytest.raises(ValidationError) as e:
        decision_due(msk(2026, 11, 17, 10), "martian", MOSCOW, RU)
    assert e.value.fields == ("deadline_rules",)
    with pytest.raises(ValidationError) as e:
        decision_due(msk(2026, 11, 17, 10), "ru_bank", "Moscow/Kremlin", RU)
    assert e.value.fields == ("zone",)


# -- the provident fund centre --------------------------------------------------------


def test_provident_fund_decision_within_15_calendar_days():
    # Accepted Fri 20 Nov 2026 → 20 + 15 days = Sat 5 Dec, by the end of the day.
    d = decision_due(datetime(2026, 11, 20, 10, tzinfo=SHA), "provident_15_days", "Asia/Shanghai", CN)
    assert d.due_on == date(2026, 12, 5)
    assert d.whole_day
    assert d.due_at == datetime.combine(date(2026, 12, 5), time.max, tzinfo=SHA)
    assert "15 calendar days" in d.explanation.render()


def test_provident_fund_days_run_through_national_day_week():
    # Accepted Mon 21 Sep 2026 → 21 Sep + 15 days = Tue 6 Oct, a day of the
    # National Day week: calendar days, and the source moves nothing.
    d = decision_due(datetime(2026, 9, 21, 9, tzinfo=SHA), "provident_15_days", "Asia/Shanghai", CN)
    assert d.due_on == date(2026, 10, 6)


def test_provident_fund_day_is_the_day_in_the_centre_zone():
    # 23:30 UTC on 19 Nov is 07:30 on 20 Nov in Shanghai → accepted on the 20th.
    d = decision_due(datetime(2026, 11, 19, 23, 30, tzinfo=timezone.utc), "provident_15_days",
                     "Asia/Shanghai", CN)
    assert d.due_on == date(2026, 12, 5)


# -- external checks (local time of the branch) -----------------------------------------


def test_external_checks_by_noon_local_time_the_following_day():
    d = external_checks_due(datetime(2026, 11, 17, 15, tzinfo=VVO), "Asia/Vladivostok")
    assert d.kind is DeadlineKind.EXTERNAL_CHECKS
    assert d.due_at == datetime(2026, 11, 18, 12, tzinfo=VVO)
    # That is 05:00 in Moscow: local time, not Moscow's.
    assert d.due_at.astimezone(MSK) == msk(2026, 11, 18, 5)


def test_external_checks_filing_day_is_the_branch_day():
    # 20:00 MSK on the 17th is already 03:00 on the 18th in Vladivostok →
    # filed on the 18th there → due 12:00 on the 19th, Vladivostok time.
    d = external_checks_due(msk(2026, 11, 17, 20), "Asia/Vladivostok")
    assert d.due_at == datetime(2026, 11, 19, 12, tzinfo=VVO)


def test_external_checks_the_following_calendar_day_even_a_saturday():
    # «дня следующего за датой подачи заявки»: filed Friday → Saturday noon.
    d = external_checks_due(msk(2026, 11, 20, 10), MOSCOW)
    assert d.due_at == msk(2026, 11, 21, 12)


# -- pay-out -----------------------------------------------------------------------------


def test_told_the_same_day_pays_out_from_noon_the_next_working_day():
    w = payout_not_before(msk(2026, 11, 17, 10), msk(2026, 11, 17, 16), MOSCOW, RU)
    assert w.not_before == msk(2026, 11, 18, 12)
    assert not w.allows(msk(2026, 11, 18, 11, 59, 59))
    assert w.allows(msk(2026, 11, 18, 12))


def test_friday_same_day_waits_until_monday_noon():
    w = payout_not_before(msk(2026, 11, 20, 9), msk(2026, 11, 20, 17), MOSCOW, RU)
    assert w.not_before == msk(2026, 11, 23, 12)


def test_same_day_on_the_eve_of_a_holiday_waits_past_it():
    w = payout_not_before(msk(2026, 11, 3, 9), msk(2026, 11, 3, 15), MOSCOW, RU)
    assert w.not_before == msk(2026, 11, 5, 12)


def test_told_on_a_later_day_need_not_wait():
    # Decided the same day but told the borrower the next morning: the
    # trigger is the day the borrower is told (SOURCE_NOTES 1.1 #9).
    w = payout_not_before(msk(2026, 11, 17, 10), msk(2026, 11, 18, 9), MOSCOW, RU)
    assert w.not_before is None
    assert w.allows(msk(2026, 11, 18, 9, 5))


def test_same_day_is_the_branch_day():
    # Received 10:00 and told 22:30 Moscow time; in Vladivostok that is
    # 17:00 on the 17th and 05:30 on the 18th: different days there.
    received, told = msk(2026, 11, 17, 10), msk(2026, 11, 17, 22, 30)
    assert payout_not_before(received, told, MOSCOW, RU).not_before == msk(2026, 11, 18, 12)
    assert payout_not_before(received, told, "Asia/Vladivostok", RU).not_before is None


def test_told_before_received_is_refused():
    with pytest.raises(ValidationError) as e:
        payout_not_before(msk(2026, 11, 17, 10), msk(2026, 11, 17, 9), MOSCOW, RU)
    assert e.value.fields == ("told_at",)


# -- the list of applications ---------------------------------------------------------


def test_deadline_state_on_time_due_today_late_met():
    d = ru_due(msk(2026, 11, 17, 10))  # due Tue 17th 18:00 MSK
    assert deadline_state(d, msk(2026, 11, 16, 15)) is DeadlineState.ON_TIME
    assert deadline_state(d, msk(2026, 11, 17, 0)) is DeadlineState.DUE_TODAY
    assert deadline_state(d, msk(2026, 11, 17, 18)) is DeadlineState.DUE_TODAY
    assert deadline_state(d, msk(2026, 11, 17, 18) + timedelta(seconds=1)) is DeadlineState.LATE
    assert deadline_state(d, msk(2026, 11, 19, 9), done_at=msk(2026, 11, 17, 18)) is DeadlineState.MET
    assert deadline_state(d, msk(2026, 11, 19, 9), done_at=msk(2026, 11, 17, 18, 1)) is DeadlineState.LATE


def test_today_is_the_day_in_the_rule_zone():
    d = ru_due(msk(2026, 11, 17, 10))
    # 00:30 on the 17th in Vladivostok is 17:30 on the 16th in Moscow: not yet today.
    assert deadline_state(d, datetime(2026, 11, 17, 0, 30, tzinfo=VVO)) is DeadlineState.ON_TIME


def test_state_of_a_stored_deadline_read_back_in_utc():
    # The store keeps UTC; the zone passed apart keeps "today" right.
    due_utc = msk(2026, 11, 18, 12).astimezone(timezone.utc)
    now = msk(2026, 11, 18, 1)  # 22:00 UTC on the 17th
    assert due_state(due_utc, MOSCOW, now) is DeadlineState.DUE_TODAY


def test_whole_day_deadline_is_late_only_the_next_day():
    d = decision_due(datetime(2026, 11, 20, 10, tzinfo=SHA), "provident_15_days", "Asia/Shanghai", CN)
    assert deadline_state(d, datetime(2026, 12, 5, 23, 59, 59, tzinfo=SHA)) is DeadlineState.DUE_TODAY
    assert deadline_state(d, datetime(2026, 12, 6, 0, 0, tzinfo=SHA)) is DeadlineState.LATE
