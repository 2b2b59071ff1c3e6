"""Working days of a country, from the `holidays` package.

What `holidays` models, and what it does not (checked on holidays 0.108):

- Public holidays by country (and subdivision where it knows any), and the
  days off a government moves by decree: Russia's «перенос выходных дней»
  (e.g. 2026-01-09 off in place of Saturday 2026-01-03) and China's
  调休 (the National Day week 1–7 October, with Sunday 2026-09-20 and
  Saturday 2026-10-10 worked instead). Those worked weekend days are in
  `weekend_workdays`, and `is_working_day` counts them as working days.
- Transfers only for the years the installed version knows. A decree
  published after the release (Russia publishes the next year's in the
  autumn, China in November/December) is missing until `holidays` is
  updated, and a year far ahead gets the fixed-date holidays only.
- Not modelled: shortened pre-holiday working days (сокращённый день), a
  bank's own closing days, regional holidays the package has no subdivision
  for (Russia and China have none in it), and the hours of a working day.
  Japan's bank holidays (31 December – 3 January) are the "bank" category,
  which a program may ask for.

Years are loaded lazily: the package fills in a year the first time a date
in it is asked about.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays

from desktop.domain.errors import ValidationError

# No public calendar has a run of non-working days this long; hitting it means
# a broken calendar, not a long holiday.
_MAX_DAYS_OFF_IN_A_ROW = 60


def _day(d: date, field: str = "date") -> date:
    # A datetime is a date in Python; which day it is depends on the zone,
    # so the caller must pick the zone and pass the day.
    if isinstance(d, datetime) or not isinstance(d, date):
        raise TypeError(f"{field} must be a date, not {type(d).__name__}")
    return d


class WorkingCalendar:
    """Working days of one country (and optionally one of its subdivisions)."""

    def __init__(self, country: str, subdivision: str | None = None,
                 categories: tuple[str, ...] = ("public",)) -> None:
        code = (country or "").strip().upper()
        if code not in holidays.list_supported_countries():
            raise ValidationError.single(
                "country", "No working-day calendar for the country “{country}”.", country=country)
        try:
            self._days_off = holidays.country_holidays(
                code, subdiv=subdivision or None, categories=categories)
        except NotImplementedError:  # the package says so for an unknown subdivision
            raise ValidationError.single(
                "subdivision",
                "{country} has no subdivision “{subdivision}” in the calendar.",
                country=code, subdivision=subdivision) from None
        except ValueError as problem:  # a category the country does not have
            # The package's own (English) words come along as a value.
            raise ValidationError.single(
                "categories", "The {country} calendar cannot use the categories {categories}: "
                "{problem}", country=code, categories=", ".join(categories),
                problem=str(problem)) from None
        self.country = code
        self.subdivision = subdivision or None
        self.categories = tuple(categories)

    def __repr__(self) -> str:
        where = f"{self.country}-{self.subdivision}" if self.subdivision else self.country
        return f"WorkingCalendar({where!r})"

    def is_working_day(self, d: date) -> bool:
        return self._days_off.is_working_day(_day(d))

    def holiday_name(self, d: date) -> str | None:
        """The holiday's name in the package's language, or None on an ordinary day."""
        return self._days_off.get(_day(d))

    def working_day_on_or_after(self, d: date) -> date:
        d = _day(d)
        for _ in range(_MAX_DAYS_OFF_IN_A_ROW):
            if self.is_working_day(d):
                return d
            d += timedelta(days=1)
        raise RuntimeError(f"{self!r} has no working day for {_MAX_DAYS_OFF_IN_A_ROW} days")

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after `d`."""
        return self.working_day_on_or_after(_day(d) + timedelta(days=1))

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before `d`."""
        d = _day(d) - timedelta(days=1)
        for _ in range(_MAX_DAYS_OFF_IN_A_ROW):
            if self.is_working_day(d):
                return d
            d -= timedelta(days=1)
        raise RuntimeError(f"{self!r} has no working day for {_MAX_DAYS_OFF_IN_A_ROW} days")

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after `d` (`d` itself never counts; n=0 gives `d`).

        A negative n counts back: the n-th working day before `d`.
        """
        d = _day(d)
        if isinstance(n, bool) or not isinstance(n, int):
            raise TypeError("the number of working days is an int")
        step = self.next_working_day if n >= 0 else self.previous_working_day
        for _ in range(abs(n)):
            d = step(d)
        return d

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end`.

        The inverse of add_working_days: when `end` is a working day,
        add_working_days(start, working_days_between(start, end)) == end.
        Negative when `end` is before `start`.
        """
        start, end = _day(start, "start"), _day(end, "end")
        if end < start:
            return -self.working_days_between(end, start)
        count, d = 0, start
        while d < end:
            d += timedelta(days=1)
            if self.is_working_day(d):
                count += 1
        return count


@lru_cache(maxsize=32)
def calendar_for(country: str, subdivision: str | None = None,
                 categories: tuple[str, ...] = ("public",)) -> WorkingCalendar:
    """One shared calendar per country, so a year is loaded once per run."""
    return WorkingCalendar(country, subdivision, categories)
