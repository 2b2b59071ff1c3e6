"""The desk's settings: defaults, validation, and the JSON they are kept as."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.money import Money
from desktop.domain.releases import ReleaseRules
from desktop.domain.settings import DeskSettings, validate_settings


def test_the_defaults_are_valid_and_give_the_default_rules():
    settings = DeskSettings()
    validate_settings(settings)
    assert settings.release_rules == ReleaseRules(10, 21)
    # 1,000 JPY; 10.00 CNY; 100.00 RUB; 10.00 USD and EUR.
    assert settings.quote_gap_tolerance("JPY") == Money(1_000, "JPY")
    assert settings.quote_gap_tolerance("CNY") == Money.of("10.00", "CNY")
    assert settings.quote_gap_tolerance("RUB") == Money.of("100.00", "RUB")
    assert settings.quote_gap_tolerance("USD") == Money.of(10, "USD")
    assert settings.quote_gap_tolerance("EUR") == Money.of(10, "EUR")


def test_the_rules_and_tolerances_come_from_the_settings():
    settings = DeskSettings(payoff_sent_within_days=5, release_within_days=30,
                            quote_gap_minor={"JPY": 5_000})
    assert settings.release_rules == ReleaseRules(5, 30)
    assert settings.quote_gap_tolerance("JPY") == Money(5_000, "JPY")
    # A currency left out falls back to its default.
    assert settings.quote_gap_tolerance("RUB") == Money(100_00, "RUB")


def test_each_desk_gets_its_own_tolerance_table():
    first, second = DeskSettings(), DeskSettings()
    first.quote_gap_minor["JPY"] = 1
    assert second.quote_gap_minor["JPY"] == 1_000


@pytest.mark.parametrize(("changes", "fields"), [
    ({"branch_name": "  "}, ("branch_name",)),
    ({"payoff_sent_within_days": 0}, ("payoff_sent_within_days",)),
    ({"payoff_sent_within_days": 91}, ("payoff_sent_within_days",)),
    ({"release_within_days": 0}, ("release_within_days",)),
    ({"release_within_days": 181}, ("release_within_days",)),
    ({"quote_gap_minor": {"JPY": -1}}, ("quote_gap_minor",)),
    ({"quote_gap_minor": {"GBP": 100}}, ("quote_gap_minor",)),
    ({"branch_name": "", "release_within_days": 200}, ("branch_name", "release_within_days")),
])
def test_each_problem_names_its_field(changes, fields):
    with pytest.raises(ValidationError) as raised:
        validate_settings(replace(DeskSettings(), **changes))
    assert raised.value.fields == fields


@pytest.mark.parametrize(("changes"), [
    {"payoff_sent_within_days": 1, "release_within_days": 1},
    {"payoff_sent_within_days": 90, "release_within_days": 180},
    {"quote_gap_minor": {"JPY": 0}},
    {"quote_gap_minor": {}},
])
def test_the_limits_themselves_are_allowed(changes):
    validate_settings(replace(DeskSettings(), **changes))


def test_settings_round_trip_through_json():
    settings = DeskSettings(branch_name="横浜みなと店", payoff_sent_within_days=7,
                            release_within_days=14,
                            quote_gap_minor={"JPY": 2_000, "RUB": 50_00})
    text = json.dumps(settings.to_json_dict(), ensure_ascii=False)
    assert DeskSettings.from_json_dict(json.loads(text)) == settings
    assert json.loads(text) == {"branch_name": "横浜みなと店", "payoff_sent_within_days": 7,
                                "release_within_days": 14,
                                "quote_gap_minor": {"JPY": 2_000, "RUB": 5_000},
                                "max_failed_sign_ins": 5, "lockout_minutes": 15, "idle_lock_minutes": 10,
                                "screen_language": "", "branch_region": ""}


def test_unknown_keys_are_ignored_and_missing_keys_take_their_defaults():
    # Written by a newer LienDesk with a setting this one does not know,
    # and without one it added later.
    data = {"branch_name": "Москва-Юг", "release_within_days": 30, "print_logo": True}
    assert DeskSettings.from_json_dict(data) == DeskSettings(
        branch_name="Москва-Юг", release_within_days=30)
