"""Lien releases after a sale: each step with its audit row, the loan paid
off on release, the overdue list and the Payoffs screen's open list."""

from __future__ import annotations

import uuid
from types import SimpleNamespace
from datetime import date, datetime, timezone

import pytest

from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.loan_accounts import LoanStatus
from desktop.domain.money import Money
from desktop.domain.releases import LienRelease, OverdueItem, OverdueStep, ReleaseStage
from desktop.domain.settings import DeskSettings
from desktop.services.releases import OpenReleaseExists, ReleaseAlreadyDone
from desktop.store import audit

from tests.samples import sample_loan

# 2026-11-20 10:30 in Tokyo: the worked examples' day.
TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def november(clock):
    clock.now = datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc)


def jpy(minor: int) -> Money:
    return Money(minor, "JPY")


def test_start_opens_a_release_with_a_new_id_and_an_audit_row(car_loan, releases, audit_rows):
    _, _, _, loan = car_loan
    release = releases.start(loan.id, date(2026, 11, 2))

    assert uuid.UUID(release.id).version == 7
    assert release == LienRelease(id=release.id, loan_id=loan.id, sale_on=date(2026, 11, 2))
    assert release.stage is ReleaseStage.AWAITING_PAYOFF
    assert releases.get(release.id) == release
    assert releases.of_loan(loan.id) == [release]
    row = audit_rows()[-1]
    assert (row["actor"], row["action"], row["entity"], row["entity_id"]) == (
        "sato", "lien_release.start", "lien_release", release.id)
    assert (row["before"], row["after"]["sale_on"]) == (None, "2026-11-02")


def test_a_second_open_release_on_the_same_loan_is_a_conflict(car_loan, releases, table_counts):
    _, _, _, loan = car_loan
    first = releases.start(loan.id, date(2026, 11, 2))
    written = table_counts()
    with pytest.raises(OpenReleaseExists) as raised:
        releases.start(loan.id, date(2026, 11, 5))
    assert isinstance(raised.value, Conflict)
    assert raised.value.release == first
    assert "2026-11-02" in str(raised.value)
    assert table_counts() == written


def test_a_sale_in_the_future_or_an_unknown_loan_is_refused(car_loan, releases, table_counts):
    _, _, _, loan = car_loan
    written = table_counts()
    with pytest.raises(ValidationError) as raised:
        releases.start(loan.id, date(2026, 11, 21))
    assert raised.value.fields == ("sale_on",)
    with pytest.raises(NotFound):
        releases.start("no-such-loan", date(2026, 11, 2))
    assert table_counts() == written


def test_the_steps_move_the_stage_each_with_before_and_after(car_loan, releases, audit_rows):
    _, _, _, loan = car_loan
    started = releases.start(loan.id, date(2026, 11, 2))

    sent = releases.mark_sent(started.id, date(2026, 11, 10), jpy(1_482_500), " 振込 ", "FX-0001")
    assert (sent.stage, sent.sent_on, sent.sent_amount, sent.sent_method, sent.sent_reference) == (
        ReleaseStage.PAYOFF_SENT, date(2026, 11, 10), jpy(1_482_500), "振込", "FX-0001")
    confirmed = releases.mark_confirmed(started.id, date(2026, 11, 12))
    assert confirmed.stage is ReleaseStage.LENDER_CONFIRMED
    assert releases.get(started.id) == confirmed

    rows = audit_rows()[-2:]
    assert [(r["action"], r["entity_id"]) for r in rows] == [
        ("lien_release.mark_sent", started.id), ("lien_release.mark_confirmed", started.id)]
    assert rows[0]["before"]["sent_on"] is None
    assert rows[0]["after"]["sent_amount"] == {"minor": 1_482_500, "currency": "JPY"}
    assert (rows[1]["before"]["confirmed_on"], rows[1]["after"]["confirmed_on"]) == (None, "2026-11-12")


def test_the_release_pays_off_the_loan_and_both_are_audited(car_loan, releases, loans, audit_rows):
    _, _, _, loan = car_loan
    release = releases.start(loan.id, date(2026, 11, 2))
    releases.mark_sent(release.id, date(2026, 11, 10), jpy(1_482_500), "振込", "FX-0001")

    done = releases.mark_released(release.id, date(2026, 11, 19), ("譲渡証明書", " 委任状 ", ""))

    assert done.stage is ReleaseStage.RELEASED
    assert done.documents_received == ("譲渡証明書", "委任状")
    assert loans.get_loan(loan.id).status is LoanStatus.PAID_OFF
    assert loans.overview(loan.id).status is LoanStatus.PAID_OFF
    released, paid_off = audit_rows()[-2:]
    assert (released["action"], released["entity"], released["entity_id"]) == (
        "lien_release.mark_released", "lien_release", release.id)
    assert released["after"]["documents_received"] == ["譲渡証明書", "委任状"]
    assert (paid_off["action"], paid_off["entity"], paid_off["entity_id"]) == (
        "loan.set_status", "loan", loan.id)
    assert paid_off["before"] == {"status": "active"}
    assert paid_off["after"] == {"status": "paid_off", "lien_release_id": release.id}


def test_a_released_lien_is_closed_and_another_may_start(car_loan, releases, table_counts):
    _, _, _, loan = car_loan
    release = releases.start(loan.id, date(2026, 11, 2))
    releases.mark_sent(release.id, date(2026, 11, 10), jpy(1_482_500), "振込", "FX-0001")
    done = releases.mark_released(release.id, date(2026, 11, 19), ("譲渡証明書",))
    written = table_counts()
    for attempt in (lambda: releases.mark_confirmed(release.id, date(2026, 11, 20)),
                    lambda: releases.mark_sent(release.id, date(2026, 11, 11), jpy(1), "", ""),
                    lambda: releases.mark_released(release.id, date(2026, 11, 20), ())):
        with pytest.raises(ReleaseAlreadyDone):
            attempt()
    assert table_counts() == written
    assert releases.get(release.id) == done
    # The one open release per loan is the rule, not one release ever.
    again = releases.start(loan.id, date(2026, 11, 20))
    assert releases.of_loan(loan.id) == [again, done]


def test_a_sent_payoff_may_be_corrected_until_released(car_loan, releases):
    _, _, _, loan = car_loan
    release = releases.start(loan.id, date(2026, 11, 2))
    releases.mark_sent(release.id, date(2026, 11, 10), jpy(1_482_500), "振込", "FX-0001")
    fixed = releases.mark_sent(release.id, date(2026, 11, 9), jpy(1_482_700), "振込", "FX-0002")
    assert (fixed.sent_on, fixed.sent_amount, fixed.sent_reference) == (
        date(2026, 11, 9), jpy(1_482_700), "FX-0002")


@pytest.mark.parametrize(("step", "fields"), [
    (lambda s, r: s.mark_sent(r.id, date(2026, 11, 21), jpy(1_482_500), "振込", "FX"), ("sent_on",)),
    (lambda s, r: s.mark_sent(r.id, date(2026, 11, 10), Money(1_482_500, "RUB"), "振込", "FX"),
     ("sent_amount",)),
    (lambda s, r: s.mark_sent(r.id, date(2026, 11, 10), jpy(0), "振込", "FX"), ("sent_amount",)),
    (lambda s, r: s.mark_confirmed(r.id, date(2026, 11, 12)), ("sent_on",)),   # not sent yet
    (lambda s, r: s.mark_released(r.id, date(2026, 11, 12), ()), ("sent_on",)),
])
def test_a_wrong_step_names_its_field_and_is_not_written(car_loan, releases, loans, table_counts,
                                                        step, fields):
    _, _, _, loan = car_loan
    release = releases.start(loan.id, date(2026, 11, 2))
    written = table_counts()
    with pytest.raises(ValidationError) as raised:
        step(releases, release)
    assert raised.value.fields == fields
    assert table_counts() == written
    assert releases.get(release.id) == release
    assert loans.get_loan(loan.id).status is LoanStatus.ACTIVE


def test_a_confirmation_before_the_payoff_was_sent_is_refused(car_loan, releases):
    _, _, _, loan = car_loan
    release = releases.start(loan.id, date(2026, 11, 2))
    releases.mark_sent(release.id, date(2026, 11, 10), jpy(1_482_500), "振込", "FX-0001")
    with pytest.raises(ValidationError) as raised:
        releases.mark_confirmed(release.id, date(2026, 11, 9))
    assert raised.value.fields == ("confirmed_on",)
    with pytest.raises(ValidationError) as raised:
        releases.mark_released(release.id, date(2026, 11, 9), ())
    assert raised.value.fields == ("released_on",)


def test_a_step_on_an_unknown_release_is_not_found(releases):
    with pytest.raises(NotFound):
        releases.mark_confirmed("no-such-release", TODAY)
    with pytest.raises(NotFound):
        releases.get("no-such-release")


@pytest.fixture
def under_way(world, releases):
    """Four releases at four stages, as on 2026-11-20 with the default rules
    (payoff sent within 10 days of the sale, release within 21 of sending):

    - 山田 sold 11-02, nothing sent: payoff due 11-12, 8 days late;
    - Иванов sold 10-20, sent 10-25: release due 11-15, 5 days late;
    - 王 sold 11-15, nothing sent: payoff due 11-25, not yet late;
    - Smith sold 10-01, sent 10-05, released 10-20: done.
    """
    yamada = releases.start(world.yamada_loan.id, date(2026, 11, 2))
    ivanov = releases.start(world.ivanov_loan.id, date(2026, 10, 20))
    ivanov = releases.mark_sent(ivanov.id, date(2026, 10, 25), Money.of("812345.67", "RUB"),
                                "SWIFT", "ПП-145")
    wang = releases.start(world.wang_loan.id, date(2026, 11, 15))
    smith = releases.start(world.smith_loan.id, date(2026, 10, 1))
    releases.mark_sent(smith.id, date(2026, 10, 5), Money.of("182000.00", "USD"), "wire", "W-1")
    releases.mark_released(smith.id, date(2026, 10, 20), ("Lien release",))
    return SimpleNamespace(yamada=yamada, ivanov=ivanov, wang=wang)


def test_the_overdue_list_is_joined_with_the_names_most_late_first(world, releases, under_way):
    rows = releases.overdue()

    assert [(r.item, r.account_number, r.lender_name, r.borrower_id, r.borrower_name, r.currency)
            for r in rows] == [
        (OverdueItem(under_way.yamada, OverdueStep.PAYOFF_NOT_SENT, date(2026, 11, 12), 8),
         "TF-0012-345678", "トヨタファイナンス", world.yamada.id, "山田 太郎", "JPY"),
        (OverdueItem(under_way.ivanov, OverdueStep.RELEASE_NOT_RECEIVED, date(2026, 11, 15), 5),
         "40817810000001234567", "АО «Банк Столица»", world.ivanov.id, "Иванов Сергей",
         "RUB"),
    ]
    assert rows[0].release == under_way.yamada
    assert rows[0].loan_id == world.yamada_loan.id


def test_the_overdue_list_on_another_day(world, releases, under_way):
    # On 11-26 王's payoff (due 11-25) is 1 day late too.
    rows = releases.overdue(date(2026, 11, 26))
    assert [(r.borrower_name, r.item.days_late) for r in rows] == [
        ("山田 太郎", 14), ("Иванов Сергей", 11), ("王 芳", 1)]
    assert releases.overdue(date(2026, 11, 12)) == []


def test_the_overdue_list_follows_the_settings(world, releases, settings, under_way):
    # Payoff within 3 days: 王 (sold 11-15) was due 11-18, 2 days late;
    # release within 30 days: Иванов (sent 10-25) is due 11-24, not late.
    settings.update(DeskSettings(payoff_sent_within_days=3, release_within_days=30))
    assert [(r.borrower_name, r.item.due_on, r.item.days_late) for r in releases.overdue()] == [
        ("山田 太郎", date(2026, 11, 5), 15), ("王 芳", date(2026, 11, 18), 2)]


def test_the_open_list_shows_every_release_not_yet_released(world, releases, under_way):
    rows = releases.open_releases()
    assert [(r.borrower_name, r.stage, r.step, r.due_on, r.days_late, r.currency) for r in rows] == [
        ("山田 太郎", ReleaseStage.AWAITING_PAYOFF, OverdueStep.PAYOFF_NOT_SENT,
         date(2026, 11, 12), 8, "JPY"),
        ("Иванов Сергей", ReleaseStage.PAYOFF_SENT, OverdueStep.RELEASE_NOT_RECEIVED,
         date(2026, 11, 15), 5, "RUB"),
        ("王 芳", ReleaseStage.AWAITING_PAYOFF, OverdueStep.PAYOFF_NOT_SENT,
         date(2026, 11, 25), 0, "CNY"),
    ]
    assert rows[2].release == under_way.wang
    assert rows[2].loan_id == world.wang_loan.id
    assert (rows[2].account_number, rows[2].lender_name) == ("GJJ-TY-2019-0345",
                                                             "太原市住房公积金管理中心")
    # Confirmed by the lender: still open until the documents arrive.
    releases.mark_confirmed(under_way.ivanov.id, date(2026, 11, 18))
    assert releases.open_releases()[1].stage is ReleaseStage.LENDER_CONFIRMED


def test_each_step_writes_its_change_and_audit_row_in_one_transaction(car_loan, releases, loans,
                                                                     monkeypatch, table_counts,
                                                                     database):
    owner, lender, _, loan = car_loan
    other_loan = loans.add_loan(sample_loan(lender.id, owner.id, None, account_number="TF-0099"))
    release = releases.start(loan.id, date(2026, 11, 2))
    releases.mark_sent(release.id, date(2026, 11, 10), jpy(1_482_500), "振込", "FX-0001")
    written = table_counts()
    stored = database.db["lien_releases"].get(release.id)

    def failing_append(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(audit, "append", failing_append)
    for attempt in (lambda: releases.start(other_loan.id, date(2026, 11, 3)),
                    lambda: releases.mark_sent(release.id, date(2026, 11, 11), jpy(2), "x", "y"),
                    lambda: releases.mark_confirmed(release.id, date(2026, 11, 12)),
                    lambda: releases.mark_released(release.id, date(2026, 11, 19), ("譲渡証明書",))):
        with pytest.raises(OSError):
            attempt()
    assert table_counts() == written
    assert database.db["lien_releases"].get(release.id) == stored
    assert loans.get_loan(loan.id).status is LoanStatus.ACTIVE


def test_the_loan_audit_row_goes_with_the_release_or_neither_is_written(car_loan, releases, loans,
                                                                       monkeypatch, table_counts):
    # The release's audit row is written, the loan's fails: both roll back.
    _, _, _, loan = car_loan
    release = releases.start(loan.id, date(2026, 11, 2))
    sent = releases.mark_sent(release.id, date(2026, 11, 10), jpy(1_482_500), "振込", "FX-0001")
    written = table_counts()
    real_append = audit.append

    def append_but_not_for_the_loan(conn, **row):
        if row["entity"] == "loan":
            raise OSError("disk full")
        return real_append(conn, **row)

    monkeypatch.setattr(audit, "append", append_but_not_for_the_loan)
    with pytest.raises(OSError):
        releases.mark_released(release.id, date(2026, 11, 19), ("譲渡証明書",))
    assert table_counts() == written
    assert releases.get(release.id) == sent
    assert loans.get_loan(loan.id).status is LoanStatus.ACTIVE
