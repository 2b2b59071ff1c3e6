"""Working days from the `holidays` package: real holidays in RU, CN and JP."""

from datetime import date, datetime

import pytest

from desktop.domain.credit.calendar import WorkingCalendar, calendar_for
from desktop.domain.errors import ValidationError

RU = WorkingCalendar("RU")
CN = WorkingCalendar("CN")
JP = WorkingCalendar("JP")


def test_russian_unity_day_is_not_a_working_day():
    # 4 November 2026 is a Wednesday and Unity Day (День народного единства).
    assert not RU.is_working_day(date(2026, 11, 4))
    assert RU.is_working_day(date(2026, 11, 3))
    assert RU.next_working_day(date(2026, 11, 3)) == date(2026, 11, 5)


def test_russian_new_year_holidays_and_the_transferred_day_off():
    # 1–8 January are holidays; the decree moved Saturday 3 January's day off
    # to Friday 9 January, so the first working day of 2026 is Monday the 12th.
    for day in range(1, 10):
        assert not RU.is_working_day(date(2026, 1, day)), day
    assert RU.next_working_day(date(2025, 12, 30)) == date(2026, 1, 12)
    # 31 December 2026 is a day off moved from 4 January.
    assert not RU.is_working_day(date(2026, 12, 31))


def test_russian_working_saturday():
    # 1 November 2025 was a Saturday worked in exchange for Monday 3 November.
    assert RU.is_working_day(date(2025, 11, 1))
    assert not RU.is_working_day(date(2025, 11, 3))


def test_chinese_national_day_week_and_its_working_weekend_days():
    # 2026: 1–7 October off; Sunday 20 September and Saturday 10 October worked.
    for day in range(1, 8):
        assert not CN.is_working_day(date(2026, 10, day)), day
    assert CN.is_working_day(date(2026, 9, 20))
    assert CN.is_working_day(date(2026, 10, 10))
    # Wednesday 30 September + 1 working day: the week is skipped, and
    # Thursday 8 October is the first working day.
    assert CN.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)
    # 8 Oct (Thu), 9 Oct (Fri), 10 Oct (Sat, worked): 3 working days after the 7th.
    assert CN.add_working_days(date(2026, 10, 7), 3) == date(2026, 10, 10)


def test_japanese_labour_thanksgiving_day():
    # Today is Saturday 21 November 2026; Monday the 23rd is 勤労感謝の日.
    assert not JP.is_working_day(date(2026, 11, 23))
    assert JP.holiday_name(date(2026, 11, 23)) is not None
    assert JP.next_working_day(date(2026, 11, 21)) == date(2026, 11, 24)
    # Friday the 20th + 1 working day skips Sat, Sun and the holiday Monday.
    assert JP.add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 24)


def test_add_working_days_counts_after_the_start_day():
    # Monday 2 November 2026 + 3 working days: Tue 3, (Wed 4 holiday), Thu 5, Fri 6.
    assert RU.add_working_days(date(2026, 11, 2), 3) == date(2026, 11, 6)
    assert RU.add_working_days(date(2026, 11, 2), 0) == date(2026, 11, 2)
    # From a Saturday: the first working day after it is Monday.
    assert RU.add_working_days(date(2026, 11, 21), 1) == date(2026, 11, 23)
    # Backwards: 3 working days before Friday 6 November is Monday 2 November.
    assert RU.add_working_days(date(2026, 11, 6), -3) == date(2026, 11, 2)


def test_working_days_between_is_the_inverse_of_adding():
    start = date(2026, 10, 12)
    for n in (0, 1, 5, 17, 30):
        end = RU.add_working_days(start, n)
        assert RU.working_days_between(start, end) == n
    # Tue 3 Nov → Thu 5 Nov: only Thursday counts (Wednesday is Unity Day).
    assert RU.working_days_between(date(2026, 11, 3), date(2026, 11, 5)) == 1
    assert RU.working_days_between(date(2026, 11, 5), date(2026, 11, 3)) == -1


def test_years_load_as_needed():
    cal = WorkingCalendar("RU")
    assert not cal.is_working_day(date(2031, 1, 1))
    assert not cal.is_working_day(date(2019, 1, 7))


def test_a_datetime_is_refused_because_its_day_depends_on_the_zone():
    with pytest.raises(TypeError):
        RU.is_working_day(datetime(2026, 11, 4, 12, 0))


def test_unknown_country_or_subdivision_names_the_field():
    with pytest.raises(ValidationError) as e:
        WorkingCalendar("XX")
    assert e.value.fields == ("country",)
    with pytest.raises(ValidationError) as e:
        WorkingCalendar("JP", "Atlantis")
    assert e.value.fields == ("subdivision",)


def test_japanese_bank_holidays_are_a_category():
    banks = WorkingCalendar("JP", categories=("public", "bank"))
    assert not banks.is_working_day(date(2026, 12, 31))
    assert JP.is_working_day(date(2026, 12, 31))


def test_shared_calendar():
    assert calendar_for("RU") is calendar_for("RU")
