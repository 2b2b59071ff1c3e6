"""Lending programs as data: one TOML file per program, checked on load.

A program file says who may borrow, for what, how much at most and which
documents the dossier needs. The rules themselves live in eligibility.py,
maximum.py and checklist.py; a program only switches them on and gives their
figures, so an administrator can add or edit a program without a release.

A broken file is reported with its name, the line and what to fix, and never
hides the other programs. Unknown keys are errors: a typo must not switch a
rule off silently.

The domain reads no clock and touches no database; reading the program files
is its one contact with the disk, through the built-in open() and glob only,
and parse_program() / build_catalogue() do the same work on text already read.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from desktop.domain.credit.model import CollateralKind, DriverAlternative, EmploymentKind, \
    Purpose, SpouseRole
from desktop.domain.money import MINOR_DIGITS, Money

DEADLINE_RULES = ("ru_bank", "provident_15_days", "none")
SPOUSE_INCOME_RULES = ("qualifying_guarantor", "never")

# Rules a program can cite a source for (the [sources] table).
ELIGIBILITY_RULES = (
    "purpose", "age", "citizenship", "registration", "total_employment", "current_employment",
    "credit_history", "under_investigation", "spouse", "one_provident_loan", "guarantor",
    "bad_record", "fund_contributions", "collateral", "term", "retirement", "age_at_end",
    "repayment_method", "vehicle_kind", "used_vehicle_dealer", "used_vehicle_roadworthy",
)
CAP_RULES = (
    "debt_burden", "installment_share", "loan_within_price", "price_less_down_payment",
    "down_payment_margin", "purchase_price", "ltv", "balance_multiple", "renovation",
    "conversion",
)
RULE_IDS = ELIGIBILITY_RULES + CAP_RULES

# Conditions a document requirement may carry: name -> allowed values
# (None: a bare flag; int: a whole number).
CONDITIONS: dict[str, frozenset[str] | type | None] = {
    "married": None,
    "spouse_income_counted": None,
    "spouse_fund_used": None,
    "second_hand_home": None,
    "spouse_role": frozenset(r.value for r in SpouseRole),
    "sex": frozenset({"male", "female"}),
    "age_below": int,
    "driving_licence": frozenset({"yes", "no"}),
    "driver_alternative": frozenset(a.value for a in DriverAlternative),
    "employment": frozenset(e.value for e in EmploymentKind),
    "purpose": frozenset(p.value for p in Purpose),
    "collateral": frozenset(c.value for c in CollateralKind),
}
# Values a document's `why` may quote.
WHY_PLACEHOLDERS = frozenset({"age", "contract_date", "employment"})

RETIREMENT_KEYS = ("male", "female", "male_civil_servant", "female_civil_servant")


# -- the program ----------------------------------------------------------------


@dataclass(frozen=True)
class BorrowerRules:
    min_age: int | None = None
    max_age: int | None = None
    citizenship: tuple[str, ...] = ()  # empty: any
    registration_in_branch_region: bool = False
    same_region: tuple[tuple[str, ...], ...] = ()  # names that count as one region
    residence_certificate_counts: bool = False
    min_total_employment_months: int | None = None
    min_current_employment_months: int | None = None
    max_delays_over_30_days: int | None = None
    refuse_under_investigation: bool = False
    spouse_guarantee_or_consent: bool = False
    one_provident_loan: bool = False
    guarantor_cannot_borrow: bool = False
    max_overdue_periods: int | None = None
    fund_contributions_current: bool = False
    collateral_required: bool = False


@dataclass(frozen=True)
class TermRules:
    min_months: int | None = None
    max_months: int | None = None
    civil_servant_max_months: int | None = None
    max_age_at_end: int | None = None
    bullet_up_to_months: int | None = None
    retirement_age: dict[str, int] = field(default_factory=dict)  # RETIREMENT_KEYS


@dataclass(frozen=True)
class VehicleRules:
    used_allowed: bool = True
    used_only_from_partner_dealer: bool = False
    used_must_be_roadworthy: bool = False
    new_max_years_since_model_year: int | None = None


@dataclass(frozen=True)
class BurdenRule:
    percent_of_income: Decimal
    spouse_income: str = "qualifying_guarantor"
    loan: Decimal = Decimal(1)
    guarantee: Decimal = Decimal("0.5")
    overdraft_this_bank: Decimal = Decimal("0.1")
    overdraft_other_bank: Decimal = Decimal("0.5")


@dataclass(frozen=True)
class BalanceMultiple:
    multiple: Decimal
    floor: Money | None = None
    spouse_balance_when_fund_used: bool = False


@dataclass(frozen=True)
class RenovationTier:
    """A floor-area band and its limit. Each end is open or closed, as the source words it."""

    limit: Money
    from_m2: Decimal | None = None   # area >= from
    over_m2: Decimal | None = None   # area > over
    up_to_m2: Decimal | None = None  # area <= up_to
    below_m2: Decimal | None = None  # area < below

    def contains(self, area: Decimal) -> bool:
        return ((self.from_m2 is None or area >= self.from_m2)
                and (self.over_m2 is None or area > self.over_m2)
                and (self.up_to_m2 is None or area <= self.up_to_m2)
                and (self.below_m2 is None or area < self.below_m2))

    def describe(self) -> str:
        low = (f"from {self.from_m2} m²" if self.from_m2 is not None
               else f"over {self.over_m2} m²" if self.over_m2 is not None else "")
        high = (f"up to {self.up_to_m2} m² inclusive" if self.up_to_m2 is not None
                else f"under {self.below_m2} m²" if self.below_m2 is not None else "")
        return " ".join(p for p in (low, high) if p) or "any floor area"


@dataclass(frozen=True)
class CapRules:
    loan_within_price: bool = False
    price_less_down_payment: bool = False
    insurance_reduces_down_payment: bool = False
    min_down_payment_percent: Decimal | None = None
    purchase_price_percent: Decimal | None = None
    conversion_percent: Decimal | None = None
    installment_percent_of_family_income: Decimal | None = None
    debt_burden: BurdenRule | None = None
    ltv: dict[CollateralKind, Decimal] = field(default_factory=dict)  # percent of the base
    balance_multiple: BalanceMultiple | None = None
    renovation: tuple[RenovationTier, ...] = ()


@dataclass(frozen=True)
class Condition:
    name: str
    values: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.name + ("=" + "|".join(self.values) if self.values else "")


@dataclass(frozen=True)
class DocumentAlternative:
    code: str
    title: str
    when: tuple[Condition, ...]
    titles: dict[str, str] = field(default_factory=dict)  # language → title


@dataclass(frozen=True)
class DocumentRule:
    code: str
    title: str   # English template; screens translate it
    why: str     # English template; may quote {age}, {contract_date}, {employment}
    when: tuple[Condition, ...] = ()  # all must hold; none: always
    returnable_on_refusal: bool = False
    if_any: bool = False
    source: str = ""
    alternatives: tuple[DocumentAlternative, ...] = ()
    titles: dict[str, str] = field(default_factory=dict)  # language → title, for the inventory


@dataclass(frozen=True)
class Program:
    id: str
    name: str
    country: str
    currency: str
    time_zone: str
    holidays_country: str
    deadline_rules: str
    purposes: tuple[Purpose, ...]
    holidays_subdivision: str | None = None
    example: bool = False
    # A branch security officer checks each application and may veto a
    # positive decision (the Russian bank); a fund centre has no such step.
    security_check: bool = False
    lender: str = ""  # who lends, as printed on the papers; the program's name otherwise
    names: dict[str, str] = field(default_factory=dict)  # language → the program's name
    source: str = ""  # the source text, for a rule without a passage of its own
    borrower: BorrowerRules = BorrowerRules()
    term: TermRules = TermRules()
    vehicle: VehicleRules = VehicleRules()
    caps: CapRules = CapRules()
    documents: tuple[DocumentRule, ...] = ()
    sources: dict[str, str] = field(default_factory=dict)
    file: str = ""  # where it was loaded from

    def source_for(self, rule_id: str) -> str:
        return self.sources.get(rule_id) or self.source


# -- errors ---------------------------------------------------------------------


class ProgramFileError(Exception):
    """A program file that cannot be used, with where and what to fix."""

    def __init__(self, path: str, line: int | None, detail: str):
        self.path = str(path)
        self.line = line
        self.detail = detail
        self.problem = f"line {line}: {detail}" if line is not None else detail
        super().__init__(f"{_file_name(self.path)}: {self.problem}")

    @property
    def file_name(self) -> str:
        return _file_name(self.path)


def _file_name(path: str) -> str:
    return re.split(r"[\\/]", path.rstrip("\\/"))[-1] or path


@dataclass(frozen=True)
class ProgramCatalogue:
    programs: dict[str, Program]
    errors: tuple[ProgramFileError, ...] = ()


# -- where a key sits in the text ------------------------------------------------

_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"|\'[^\']*\''
_KEY_PART = rf"(?:{_BARE}|{_QUOTED})"
_DOTTED = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_KEY_LINE = re.compile(rf"\s*({_DOTTED})\s*=")
_HEADER = re.compile(rf"\s*(\[\[?)\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")


def _key_parts(dotted: str) -> tuple[str, ...]:
    parts = re.findall(_KEY_PART, dotted)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


def _depth_change(line: str, state: dict) -> int:
    """Bracket depth change over a line, skipping strings and the comment.

    `state["ml"]` holds the delimiter of a multi-line string still open.
    """
    depth, i, n = 0, 0, len(line)
    while i < n:
        if state["ml"]:
            end = line.find(state["ml"], i)
            if end < 0:
                return depth
            i, state["ml"] = end + 3, None
            continue
        ch = line[i]
        if line.startswith('"""', i) or line.startswith("'''", i):
            state["ml"] = line[i:i + 3]
            i += 3
        elif ch == '"':
            i += 1
            while i < n and line[i] != '"':
                i += 2 if line[i] == "\\" else 1
            i += 1
        elif ch == "'":
            end = line.find("'", i + 1)
            i = n if end < 0 else end + 1
        elif ch == "#":
            return depth
        else:
            depth += (ch in "[{") - (ch in "]}")
            i += 1
    return depth


def line_index(text: str) -> dict[tuple, int]:
    """The 1-based line of each table and key, by path (array tables by 0-based index)."""
    index: dict[tuple, int] = {}
    table: tuple = ()
    arrays: dict[tuple, int] = {}  # resolved path of an array of tables -> its last index
    state: dict = {"ml": None}
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if depth == 0 and not state["ml"]:
            header = _HEADER.match(line)
            key = None if header else _KEY_LINE.match(line)
            if header:
                parts = _key_parts(header.group(2))
                resolved: tuple = ()
                for k, part in enumerate(parts):
                    resolved += (part,)
                    if k < len(parts) - 1 and resolved in arrays:
                        resolved += (arrays[resolved],)  # a table inside the latest [[entry]]
                if header.group(1) == "[[":
                    arrays[resolved] = arrays.get(resolved, -1) + 1
                    table = resolved + (arrays[resolved],)
                else:
                    table = resolved
                index.setdefault(table, number)
                continue
            if key:
                index.setdefault(table + _key_parts(key.group(1)), number)
        depth = max(depth + _depth_change(line, state), 0)
    return index


def _find_line(index: dict[tuple, int], path: tuple) -> int | None:
    while path:
        if path in index:
            return index[path]
        path = path[:-1]
    return None


def _toml_error_line(message: str) -> tuple[int | None, str]:
    found = re.search(r"\s*\(at line (\d+), column \d+\)", message)
    if found:
        return int(found.group(1)), message[:found.start()] + message[found.end():]
    return None, message.replace(" (at end of document)", " at the end of the file")


# -- reading values ---------------------------------------------------------------


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _name(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else ("." if out else "") + part
    return out


class _Reader:
    """Typed getters over the parsed TOML that fail with the key's line."""

    def __init__(self, file: str, text: str):
        self.file = file
        self.index = line_index(text)

    def fail(self, path: tuple, detail: str) -> ProgramFileError:
        return ProgramFileError(self.file, _find_line(self.index, path), detail)

    def only(self, table: dict, path: tuple, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        for key in table:
            if key not in allowed:
                near = [a for a in allowed if _similar(key, a)]
                hint = f" (did you mean {near[0]}?)" if near else ""
                raise self.fail(path + (key,), f"unknown key {_name(path + (key,))}{hint}; "
                                f"allowed here: {', '.join(allowed)}")

    def table(self, parent: dict, key: str, path: tuple, required: bool = False) -> dict | None:
        value = parent.get(key)
        if value is None:
            if required:
                raise self.fail(path, f"the table [{_name(path + (key,))}] is missing")
            return None
        if not isinstance(value, dict):
            raise self.fail(path + (key,), f"{_name(path + (key,))} must be a table, got {_show(value)}")
        return value

    def tables(self, parent: dict, key: str, path: tuple) -> list[dict]:
        value = parent.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(path + (key,), f"{_name(path + (key,))} must be written as "
                            f"[[{_name(path + (key,))}]] tables")
        return value

    def text(self, t: dict, key: str, path: tuple, required: bool = False,
             default: str = "") -> str:
        value = t.get(key)
        if value is None:
            if required:
                raise self.fail(path, f"{_name(path + (key,))} is missing")
            return default
        if not isinstance(value, str) or not value.strip():
            raise self.fail(path + (key,), f"{_name(path + (key,))} must be text in quotes, "
                            f"got {_show(value)}")
        return value.strip()

    def choice(self, t: dict, key: str, path: tuple, choices: Iterable[str],
               required: bool = False, default: str | None = None) -> str | None:
        choices = tuple(choices)
        value = t.get(key)
        if value is None and not required:
            return default
        if value not in choices:
            what = "is missing" if value is None else f"got {_show(value)}"
            raise self.fail(path + (key,) if value is not None else path,
                            f"{_name(path + (key,))} must be one of "
                            f"{', '.join(repr(c) for c in choices)}; {what}")
        return value

    def flag(self, t: dict, key: str, path: tuple, default: bool = False) -> bool:
        value = t.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(path + (key,), f"{_name(path + (key,))} must be true or false, "
                            f"got {_show(value)}")
        return value

    def whole(self, t: dict, key: str, path: tuple, low: int = 0, high: int = 10_000,
              required: bool = False) -> int | None:
        value = t.get(key)
        if value is None:
            if required:
                raise self.fail(path, f"{_name(path + (key,))} is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(path + (key,), f"{_name(path + (key,))} must be a whole number "
                            f"between {low} and {high}, got {_show(value)}")
        return value

    def number(self, t: dict, key: str, path: tuple, low: Decimal, high: Decimal,
               what: str = "a number", required: bool = False) -> Decimal | None:
        value = t.get(key)
        if value is None:
            if required:
                raise self.fail(path, f"{_name(path + (key,))} is missing")
            return None
        number = _decimal(value)
        if number is None or not low <= number <= high:
            raise self.fail(path + (key,), f"{_name(path + (key,))} must be {what} between "
                            f"{low} and {high}, got {_show(value)}")
        return number

    def percent(self, t: dict, key: str, path: tuple, high: int = 100,
                required: bool = False) -> Decimal | None:
        return self.number(t, key, path, Decimal(0), Decimal(high), "a percentage", required)

    def amount(self, t: dict, key: str, path: tuple, currency: str,
               required: bool = False) -> Money | None:
        value = t.get(key)
        if value is None:
            if required:
                raise self.fail(path, f"{_name(path + (key,))} is missing")
            return None
        number = _decimal(value)
        try:
            if number is None or number < 0:
                raise ValueError
            return Money.of(number, currency)
        except ValueError:
            raise self.fail(path + (key,), f"{_name(path + (key,))} must be an amount in "
                            f"{currency} (zero or more, at most {MINOR_DIGITS[currency]} "
                            f"decimals), got {_show(value)}") from None

    def texts(self, t: dict, key: str, path: tuple, check: Callable[[str], bool] | None = None,
              expected: str = "text") -> tuple[str, ...]:
        value = t.get(key, [])
        if not isinstance(value, list):
            raise self.fail(path + (key,), f"{_name(path + (key,))} must be a list like "
                            f"[\"a\", \"b\"], got {_show(value)}")
        for i, item in enumerate(value):
            if not isinstance(item, str) or (check is not None and not check(item)):
                raise self.fail(path + (key, i), f"{_name(path + (key,))} item {i + 1} must be "
                                f"{expected}, got {_show(item)}")
        return tuple(value)


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or isinstance(value, float):
        return None  # floats never reach here: the file is parsed with parse_float=Decimal
    if isinstance(value, (int, Decimal)):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip().replace("_", ""))
        except InvalidOperation:
            return None
    else:
        return None
    return number if number.is_finite() else None


def _similar(a: str, b: str) -> bool:
    """A likely typo: same letters give or take one, or one swap."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) <= 1 or (len(diff) == 2 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# -- the file, table by table ------------------------------------------------------

_TOP = ("id", "name", "names", "lender", "country", "currency", "time_zone", "holidays_country",
        "holidays_subdivision", "deadline_rules", "example", "security_check", "purposes",
        "source",
        "borrower", "term", "vehicle", "caps", "documents", "sources")
_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_ZONE = re.compile(r"[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+|UTC")


def _borrower(r: _Reader, t: dict | None) -> BorrowerRules:
    if t is None:
        return BorrowerRules()
    p = ("borrower",)
    r.only(t, p, BorrowerRules.__dataclass_fields__)
    min_age = r.whole(t, "min_age", p, 14, 100)
    max_age = r.whole(t, "max_age", p, 14, 100)
    if min_age is not None and max_age is not None and min_age > max_age:
        raise r.fail(p + ("max_age",), f"borrower.max_age ({max_age}) is below "
                     f"borrower.min_age ({min_age})")
    groups = t.get("same_region", [])
    if not isinstance(groups, list) or not all(
            isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
            for g in groups):
        raise r.fail(p + ("same_region",), "borrower.same_region must be a list of lists of "
                     "region names, like [[\"Moscow\", \"Moscow Oblast\"]]")
    return BorrowerRules(
        min_age=min_age,
        max_age=max_age,
        citizenship=r.texts(t, "citizenship", p, lambda s: re.fullmatch(r"[A-Z]{2}", s) is not None,
                            "a two-letter country code such as \"RU\""),
        registration_in_branch_region=r.flag(t, "registration_in_branch_region", p),
        same_region=tuple(tuple(g) for g in groups),
        residence_certificate_counts=r.flag(t, "residence_certificate_counts", p),
        min_total_employment_months=r.whole(t, "min_total_employment_months", p, 0, 600),
        min_current_employment_months=r.whole(t, "min_current_employment_months", p, 0, 600),
        max_delays_over_30_days=r.whole(t, "max_delays_over_30_days", p, 0, 100),
        refuse_under_investigation=r.flag(t, "refuse_under_investigation", p),
        spouse_guarantee_or_consent=r.flag(t, "spouse_guarantee_or_consent", p),
        one_provident_loan=r.flag(t, "one_provident_loan", p),
        guarantor_cannot_borrow=r.flag(t, "guarantor_cannot_borrow", p),
        max_overdue_periods=r.whole(t, "max_overdue_periods", p, 0, 600),
        fund_contributions_current=r.flag(t, "fund_contributions_current", p),
        collateral_required=r.flag(t, "collateral_required", p),
    )


def _term(r: _Reader, t: dict | None) -> TermRules:
    if t is None:
        return TermRules()
    p = ("term",)
    r.only(t, p, TermRules.__dataclass_fields__)
    ages = r.table(t, "retirement_age", p) or {}
    r.only(ages, p + ("retirement_age",), RETIREMENT_KEYS)
    retirement = {k: r.whole(ages, k, p + ("retirement_age",), 40, 80) for k in ages}
    rules = TermRules(
        min_months=r.whole(t, "min_months", p, 1, 600),
        max_months=r.whole(t, "max_months", p, 1, 600),
        civil_servant_max_months=r.whole(t, "civil_servant_max_months", p, 1, 600),
        max_age_at_end=r.whole(t, "max_age_at_end", p, 18, 120),
        bullet_up_to_months=r.whole(t, "bullet_up_to_months", p, 1, 600),
        retirement_age=retirement,  # type: ignore[arg-type]
    )
    if rules.min_months and rules.max_months and rules.min_months > rules.max_months:
        raise r.fail(p + ("max_months",), "term.max_months is below term.min_months")
    return rules


def _vehicle(r: _Reader, t: dict | None) -> VehicleRules:
    if t is None:
        return VehicleRules()
    p = ("vehicle",)
    r.only(t, p, VehicleRules.__dataclass_fields__)
    return VehicleRules(
        used_allowed=r.flag(t, "used_allowed", p, True),
        used_only_from_partner_dealer=r.flag(t, "used_only_from_partner_dealer", p),
        used_must_be_roadworthy=r.flag(t, "used_must_be_roadworthy", p),
        new_max_years_since_model_year=r.whole(t, "new_max_years_since_model_year", p, 0, 50),
    )


def _caps(r: _Reader, t: dict | None, currency: str) -> CapRules:
    if t is None:
        return CapRules()
    p = ("caps",)
    r.only(t, p, CapRules.__dataclass_fields__)
    burden = None
    b = r.table(t, "debt_burden", p)
    if b is not None:
        bp = p + ("debt_burden",)
        r.only(b, bp, BurdenRule.__dataclass_fields__)
        weight = {k: r.number(b, k, bp, Decimal(0), Decimal(1), "a weight")
                  for k in ("loan", "guarantee", "overdraft_this_bank", "overdraft_other_bank")}
        burden = BurdenRule(
            percent_of_income=r.percent(b, "percent_of_income", bp, required=True),  # type: ignore[arg-type]
            spouse_income=r.choice(b, "spouse_income", bp, SPOUSE_INCOME_RULES,
                                   default="qualifying_guarantor"),  # type: ignore[arg-type]
            **{k: v for k, v in weight.items() if v is not None},
        )
    ltv: dict[CollateralKind, Decimal] = {}
    lt = r.table(t, "ltv", p)
    if lt is not None:
        lp = p + ("ltv",)
        r.only(lt, lp, [c.value for c in CollateralKind])
        for kind in CollateralKind:
            # A guarantee is a multiple of the guarantor's balance (200 %).
            value = r.percent(lt, kind.value, lp, 1000 if kind is CollateralKind.GUARANTEE else 100)
            if value is not None:
                ltv[kind] = value
    multiple = None
    m = r.table(t, "balance_multiple", p)
    if m is not None:
        mp = p + ("balance_multiple",)
        r.only(m, mp, BalanceMultiple.__dataclass_fields__)
        multiple = BalanceMultiple(
            multiple=r.number(m, "multiple", mp, Decimal(0), Decimal(1000), "a number",
                              required=True),  # type: ignore[arg-type]
            floor=r.amount(m, "floor", mp, currency),
            spouse_balance_when_fund_used=r.flag(m, "spouse_balance_when_fund_used", mp),
        )
    tiers = []
    for i, tier in enumerate(r.tables(t, "renovation", p)):
        tp = p + ("renovation", i)
        r.only(tier, tp, ("limit", "from_m2", "over_m2", "up_to_m2", "below_m2"))
        ends = {k: r.number(tier, k, tp, Decimal(0), Decimal(100_000), "a floor area in m²")
                for k in ("from_m2", "over_m2", "up_to_m2", "below_m2")}
        if ends["from_m2"] is not None and ends["over_m2"] is not None:
            raise r.fail(tp + ("over_m2",), f"{_name(tp)}: give from_m2 or over_m2, not both")
        if ends["up_to_m2"] is not None and ends["below_m2"] is not None:
            raise r.fail(tp + ("below_m2",), f"{_name(tp)}: give up_to_m2 or below_m2, not both")
        tiers.append(RenovationTier(limit=r.amount(tier, "limit", tp, currency, required=True),  # type: ignore[arg-type]
                                    **ends))
    _check_tiers(r, tiers)
    return CapRules(
        loan_within_price=r.flag(t, "loan_within_price", p),
        price_less_down_payment=r.flag(t, "price_less_down_payment", p),
        insurance_reduces_down_payment=r.flag(t, "insurance_reduces_down_payment", p),
        min_down_payment_percent=r.percent(t, "min_down_payment_percent", p),
        purchase_price_percent=r.percent(t, "purchase_price_percent", p),
        conversion_percent=r.percent(t, "conversion_percent", p),
        installment_percent_of_family_income=r.percent(t, "installment_percent_of_family_income", p),
        debt_burden=burden,
        ltv=ltv,
        balance_multiple=multiple,
        renovation=tuple(tiers),
    )


def _check_tiers(r: _Reader, tiers: list[RenovationTier]) -> None:
    """No floor area may fall in two bands (checked at every end and just beside it)."""
    ends = {e for t in tiers for e in (t.from_m2, t.over_m2, t.up_to_m2, t.below_m2)
            if e is not None}
    probes = {e + d for e in ends for d in (Decimal("-0.001"), Decimal(0), Decimal("0.001"))}
    for area in sorted(probes):
        hits = [i for i, t in enumerate(tiers) if t.contains(area)]
        if len(hits) > 1:
            raise r.fail(("caps", "renovation", hits[1]),
                         f"caps.renovation bands {hits[0] + 1} and {hits[1] + 1} both take "
                         f"a floor area of {area} m²")


def _conditions(r: _Reader, t: dict, path: tuple) -> tuple[Condition, ...]:
    out = []
    for i, text in enumerate(r.texts(t, "when", path)):
        name, _, values = text.partition("=")
        name = name.strip()
        allowed = CONDITIONS.get(name, ...)
        where = path + ("when", i)
        if allowed is ...:
            raise r.fail(where, f"{_name(path)}: unknown condition '{name}'; known: "
                         f"{', '.join(CONDITIONS)}")
        vals = tuple(v.strip() for v in values.split("|")) if values else ()
        if allowed is None and vals:
            raise r.fail(where, f"{_name(path)}: the condition '{name}' takes no value")
        if allowed is int and not (len(vals) == 1 and vals[0].isdigit()):
            raise r.fail(where, f"{_name(path)}: the condition '{name}' needs a whole number, "
                         f"like '{name}=27'")
        if isinstance(allowed, frozenset):
            wrong = [v for v in vals if v not in allowed] if vals else ["(nothing)"]
            if wrong:
                raise r.fail(where, f"{_name(path)}: '{wrong[0]}' is not a value of '{name}'; "
                             f"use {', '.join(sorted(allowed))}")
        out.append(Condition(name, vals))
    return tuple(out)


TITLE_LANGUAGES = ("en", "ja", "ru", "zh")


def _titles(r: _Reader, t: dict, path: tuple, key: str = "titles") -> dict[str, str]:
    """A name in the languages of the customer's papers (the inventory and the
    schedule print in the customer's language); English is the plain key."""
    table = r.table(t, key, path) or {}
    r.only(table, path + (key,), TITLE_LANGUAGES)
    return {language: r.text(table, language, path + (key,), required=True)
            for language in table}


def program_name(program: "Program", language: str) -> str:
    return program.names.get(language) or program.name


def document_title(program: "Program", code: str, language: str) -> str:
    """The title of a document (or of an alternative) in `language`, else in English."""
    for rule in program.documents:
        for item in (rule, *rule.alternatives):
            if item.code == code:
                return item.titles.get(language) or item.title
    return code


def _documents(r: _Reader, top: dict) -> tuple[DocumentRule, ...]:
    rules, codes = [], set()
    for i, d in enumerate(r.tables(top, "documents", ())):
        p = ("documents", i)
        r.only(d, p, ("code", "title", "titles", "why", "when", "returnable_on_refusal",
                      "if_any", "source", "alternatives"))
        code = r.text(d, "code", p, required=True)
        if not _ID.fullmatch(code):
            raise r.fail(p + ("code",), f"{_name(p)}.code must be lower-case letters, digits, "
                         f"'_' or '-', got {_show(code)}")
        if code in codes:
            raise r.fail(p + ("code",), f"document code '{code}' is used twice")
        codes.add(code)
        why = r.text(d, "why", p, required=True)
        unknown = set(re.findall(r"\{(\w+)\}", why)) - WHY_PLACEHOLDERS
        if unknown:
            raise r.fail(p + ("why",), f"{_name(p)}.why quotes {{{sorted(unknown)[0]}}}; it may "
                         f"quote {', '.join('{' + w + '}' for w in sorted(WHY_PLACEHOLDERS))}")
        alternatives = []
        for j, a in enumerate(r.tables(d, "alternatives", p)):
            ap = p + ("alternatives", j)
            r.only(a, ap, ("code", "title", "titles", "when"))
            alternatives.append(DocumentAlternative(
                code=r.text(a, "code", ap, required=True),
                title=r.text(a, "title", ap, required=True),
                when=_conditions(r, a, ap),
                titles=_titles(r, a, ap),
            ))
        rules.append(DocumentRule(
            code=code,
            title=r.text(d, "title", p, required=True),
            titles=_titles(r, d, p),
            why=why,
            when=_conditions(r, d, p),
            returnable_on_refusal=r.flag(d, "returnable_on_refusal", p),
            if_any=r.flag(d, "if_any", p),
            source=r.text(d, "source", p),
            alternatives=tuple(alternatives),
        ))
    return tuple(rules)


def parse_program(text: str, file: str = "<program>") -> Program:
    """A Program from the text of a program file; ProgramFileError if it is unusable."""
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        line, message = _toml_error_line(str(error))
        raise ProgramFileError(file, line, f"not valid TOML: {message}") from None
    r = _Reader(file, text)
    r.only(data, (), _TOP)
    pid = r.text(data, "id", (), required=True)
    if not _ID.fullmatch(pid):
        raise r.fail(("id",), f"id must be lower-case letters, digits, '_' or '-', got {_show(pid)}")
    currency = r.choice(data, "currency", (), MINOR_DIGITS, required=True)
    zone = r.text(data, "time_zone", (), required=True)
    if not _ZONE.fullmatch(zone):
        raise r.fail(("time_zone",), f"time_zone must be an IANA zone such as "
                     f"\"Europe/Moscow\", got {_show(zone)}")
    country = r.text(data, "country", (), required=True)
    holidays = r.text(data, "holidays_country", (), required=True)
    for key, value in (("country", country), ("holidays_country", holidays)):
        if not re.fullmatch(r"[A-Z]{2}", value):
            raise r.fail((key,), f"{key} must be a two-letter country code such as \"RU\", "
                         f"got {_show(value)}")
    purposes = r.texts(data, "purposes", (), lambda s: s in set(Purpose),
                       "one of " + ", ".join(repr(p.value) for p in Purpose))
    if not purposes:
        raise r.fail(("purposes",), "purposes must name at least one purpose: "
                     + ", ".join(repr(p.value) for p in Purpose))
    sources_table = r.table(data, "sources", ()) or {}
    r.only(sources_table, ("sources",), RULE_IDS)
    sources = {k: r.text(sources_table, k, ("sources",)) for k in sources_table}
    program = Program(
        id=pid,
        name=r.text(data, "name", (), required=True),
        names=_titles(r, data, (), "names"),
        lender=r.text(data, "lender", ()),
        country=country,
        currency=currency,  # type: ignore[arg-type]
        time_zone=zone,
        holidays_country=holidays,
        holidays_subdivision=r.text(data, "holidays_subdivision", ()) or None,
        deadline_rules=r.choice(data, "deadline_rules", (), DEADLINE_RULES, required=True),  # type: ignore[arg-type]
        example=r.flag(data, "example", ()),
        security_check=r.flag(data, "security_check", ()),
        purposes=tuple(Purpose(p) for p in purposes),
        source=r.text(data, "source", ()),
        borrower=_borrower(r, r.table(data, "borrower", ())),
        term=_term(r, r.table(data, "term", ())),
        vehicle=_vehicle(r, r.table(data, "vehicle", ())),
        caps=_caps(r, r.table(data, "caps", ()), currency),  # type: ignore[arg-type]
        documents=_documents(r, data),
        sources=sources,
        file=str(file),
    )
    return program


def build_catalogue(programs: Iterable[Program | ProgramFileError],
                    texts: dict[str, str] | None = None) -> ProgramCatalogue:
    """Gather programs by id; a second file with an id already taken is an error.
    `texts` (file → its text) lets that error name the line of the id."""
    found: dict[str, Program] = {}
    errors: list[ProgramFileError] = []
    for item in programs:
        if isinstance(item, ProgramFileError):
            errors.append(item)
        elif item.id in found:
            first = found[item.id]
            text = (texts or {}).get(item.file, "")
            line = _find_line(line_index(text), ("id",)) if text else None
            errors.append(ProgramFileError(
                item.file, line, f"the program id '{item.id}' is already used by "
                f"{_file_name(first.file)}; each program needs its own id "
                f"(this file is left out)"))
        else:
            found[item.id] = item
    return ProgramCatalogue(found, tuple(errors))
