"""The desk's settings: defaults until saved, validated, audited."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.money import Money
from desktop.domain.settings import DeskSettings
from desktop.services.settings import SettingsService
from desktop.store import audit


def test_the_defaults_until_anything_is_saved(settings, table_counts):
    assert settings.get() == DeskSettings()
    assert table_counts()["settings"] == 0


def test_an_update_round_trips_and_is_audited_with_before_and_after(settings, audit_rows, ctx):
    changed = DeskSettings(branch_name="横浜みなと店", payoff_sent_within_days=7,
                           release_within_days=14, quote_gap_minor={"JPY": 2_000, "RUB": 500_00})

    assert settings.update(changed) == changed

    assert settings.get() == changed
    assert SettingsService(ctx).get() == changed  # stored, not held in memory
    [row] = audit_rows()
    assert (row["actor"], row["action"], row["entity"], row["entity_id"]) == (
        "sato", "settings.update", "settings", "desk")
    assert row["before"] == DeskSettings().to_json_dict()
    assert row["after"] == {"branch_name": "横浜みなと店", "payoff_sent_within_days": 7,
                            "release_within_days": 14,
                            "quote_gap_minor": {"JPY": 2_000, "RUB": 50_000},
                           "max_failed_sign_ins": 5, "lockout_minutes": 15, "idle_lock_minutes": 10,
                           "screen_language": "", "branch_region": ""}
    assert settings.get().quote_gap_tolerance("RUB") == Money.of("500.00", "RUB")

    again = DeskSettings(branch_name="横浜みなと店 本店")
    settings.update(again)
    row = audit_rows()[-1]
    assert (row["before"]["branch_name"], row["after"]["branch_name"]) == (
        "横浜みなと店", "横浜みなと店 本店")


def test_saving_the_same_settings_writes_nothing(settings, table_counts):
    settings.update(DeskSettings())  # the defaults, never saved: nothing changes
    assert table_counts()["audit_log"] == 0
    settings.update(DeskSettings(branch_name="Москва-Юг"))
    written = table_counts()
    settings.update(DeskSettings(branch_name="Москва-Юг"))
    assert table_counts() == written


def test_invalid_settings_name_their_fields_and_are_not_written(settings, table_counts):
    written = table_counts()
    with pytest.raises(ValidationError) as raised:
        settings.update(DeskSettings(branch_name=" ", release_within_days=0,
                                     quote_gap_minor={"JPY": -5}))
    assert raised.value.fields == ("branch_name", "release_within_days", "quote_gap_minor")
    assert table_counts() == written
    assert settings.get() == DeskSettings()


def test_the_settings_and_their_audit_row_are_written_together(settings, monkeypatch, table_counts):
    written = table_counts()

    def failing_append(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(audit, "append", failing_append)
    with pytest.raises(OSError):
        settings.update(DeskSettings(branch_name="太原"))
    assert table_counts() == written
    assert settings.get() == DeskSettings()
