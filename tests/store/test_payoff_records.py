"""Migration 2 and its repositories: lender letters, lien releases, the
desk's settings and the register of issued documents."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.domain.errors import NotFound
from desktop.domain.loan_accounts import LoanStatus
from desktop.domain.money import Money
from desktop.domain.payoffs import LenderQuote
from desktop.domain.releases import LienRelease
from desktop.domain.settings import DeskSettings
from desktop.store import db as db_module
from desktop.store.assets import AssetRepository
from desktop.store.customers import CustomerRepository
from desktop.store.db import IntegrityError, open_database
from desktop.store.documents import DocumentRepository, IssuedDocument
from desktop.store.ids import new_id
from desktop.store.lender_quotes import LenderQuoteRepository
from desktop.store.lenders import LenderRepository
from desktop.store.loans import LoanRepository
from desktop.store.migrations import LATEST_VERSION, MIGRATIONS
from desktop.store.releases import ReleaseLine, ReleaseRepository
from desktop.store.settings import SettingsRepository

from tests.conftest import TEST_KEY
from tests.samples import sample_customer, sample_lender, sample_loan, sample_vehicle

AT = datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc)


@pytest.fixture
def loan(database):
    owner, lender = sample_customer(), sample_lender()
    car = sample_vehicle(owner.id)
    loan = sample_loan(lender.id, owner.id, car.id)
    with database.transaction():
        CustomerRepository(database).add(owner, at=AT)
        LenderRepository(database).add(lender)
        AssetRepository(database).add(car)
        LoanRepository(database).add(loan)
    return loan


def letter(loan_id: str, **changes) -> LenderQuote:
    base = LenderQuote(
        id=new_id(), loan_id=loan_id, reference="TF-2026-0456", amount=Money(1_482_500, "JPY"),
        good_through=date(2026, 11, 25), per_diem=Money(200, "JPY"),
        received_on=date(2026, 11, 18), received_by="sato",
    )
    return replace(base, **changes)


# -- the migration ---------------------------------------------------------------


def test_a_version_1_database_is_upgraded_and_keeps_its_data(tmp_path, monkeypatch):
    path = tmp_path / "v1.db"
    monkeypatch.setattr(db_module, "MIGRATIONS", MIGRATIONS[:1])
    monkeypatch.setattr(db_module, "LATEST_VERSION", 1)
    old = open_database(path, TEST_KEY)
    lender = sample_lender()
    with old.transaction():
        LenderRepository(old).add(lender)
    old.close()
    monkeypatch.undo()

    upgraded = open_database(path, TEST_KEY)
    assert upgraded.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    tables = {row["name"] for row in upgraded.db.query("SELECT name FROM sqlite_master")}
    assert {"lender_quotes", "lien_releases", "settings", "documents", "document_files"} <= tables
    assert LenderRepository(upgraded).get(lender.id) == lender
    assert upgraded.check_integrity().ok
    upgraded.close()


def test_the_overdue_list_reads_the_open_releases_by_their_index(database):
    plan = " ".join(row[-1] for row in database.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM lien_releases WHERE released_on IS NULL ORDER BY sale_on"))
    assert "lien_releases_open" in plan


# -- lender letters --------------------------------------------------------------


def test_lender_letters_round_trip_newest_first(database, loan):
    repo = LenderQuoteRepository(database)
    first = letter(loan.id, received_on=date(2026, 11, 2), good_through=date(2026, 11, 10))
    second = letter(loan.id, reference="TF-2026-0501")
    same_day_later_date = letter(loan.id, reference="TF-2026-0502", good_through=date(2026, 11, 28))
    with database.transaction():
        repo.add(second, at=AT)
        repo.add(first, at=AT)
        repo.add(same_day_later_date, at=AT)

    assert repo.of_loan(loan.id) == [same_day_later_date, second, first]
    row = database.db["lender_quotes"].get(first.id)
    assert (row["amount_minor"], row["per_diem_minor"], row["currency"]) == (1_482_500, 200, "JPY")
    assert (row["good_through"], row["received_on"], row["recorded_at"]) == (
        "2026-11-10", "2026-11-02", "2026-11-20T01:30:00+00:00")
    assert repo.of_loan("no-such-loan") == []


@pytest.mark.parametrize("changes", [
    {"loan_id": "no-such-loan"},
    {"reference": " "},
    {"amount": Money(0, "JPY"), "per_diem": Money(0, "JPY")},
    {"per_diem": Money(-1, "JPY")},
    {"good_through": date(2026, 11, 17)},  # before it was received
])
def test_the_schema_refuses_a_letter_the_domain_would_refuse(database, loan, changes):
    with pytest.raises(IntegrityError):
        with database.transaction():
            LenderQuoteRepository(database).add(letter(**{"loan_id": loan.id, **changes}), at=AT)


def test_a_letter_in_two_currencies_cannot_be_stored(database, loan):
    with pytest.raises(ValueError):
        with database.transaction():
            LenderQuoteRepository(database).add(letter(loan.id, per_diem=Money(200, "RUB")), at=AT)


# -- lien releases ---------------------------------------------------------------


def test_a_release_round_trips_at_each_stage(database, loan):
    repo = ReleaseRepository(database)
    started = LienRelease(id=new_id(), loan_id=loan.id, sale_on=date(2026, 11, 2))
    with database.transaction():
        repo.add(started, at=AT)
    assert repo.get(started.id) == started
    assert repo.open_of_loan(loan.id) == started

    done = replace(started, sent_on=date(2026, 11, 10), sent_amount=Money(1_482_500, "JPY"),
                   sent_method="振込", sent_reference="FX-0001", confirmed_on=date(2026, 11, 12),
                   released_on=date(2026, 11, 19), documents_received=("譲渡証明書", "委任状"),
                   notes="原本受領")
    later = AT + timedelta(days=1)
    with database.transaction():
        repo.update(done, at=later)
    assert repo.get(started.id) == done
    assert repo.open_of_loan(loan.id) is None
    row = database.db["lien_releases"].get(started.id)
    assert json.loads(row["documents_received"]) == ["譲渡証明書", "委任状"]
    assert (row["sent_amount_minor"], row["currency"]) == (1_482_500, "JPY")
    assert row["created_at"] < row["updated_at"]
    with pytest.raises(NotFound):
        repo.get("nope")
    with pytest.raises(NotFound):
        with database.transaction():
            repo.update(replace(done, id="nope"), at=AT)


def test_only_one_release_per_loan_can_be_open(database, loan):
    repo = ReleaseRepository(database)
    first = LienRelease(id=new_id(), loan_id=loan.id, sale_on=date(2026, 11, 2))
    with database.transaction():
        repo.add(first, at=AT)
    with pytest.raises(IntegrityError):
        with database.transaction():
            repo.add(LienRelease(id=new_id(), loan_id=loan.id, sale_on=date(2026, 11, 3)), at=AT)
    # Once released, another can start.
    with database.transaction():
        repo.update(replace(first, sent_on=date(2026, 11, 3), sent_amount=Money(1, "JPY"),
                            released_on=date(2026, 11, 4)), at=AT)
        repo.add(LienRelease(id=new_id(), loan_id=loan.id, sale_on=date(2026, 11, 5)), at=AT)
    assert [r.sale_on for r in repo.of_loan(loan.id)] == [date(2026, 11, 5), date(2026, 11, 2)]


@pytest.mark.parametrize("changes", [
    {"loan_id": "no-such-loan"},
    {"confirmed_on": date(2026, 11, 12)},                                  # not sent
    {"sent_on": date(2026, 11, 10)},                                       # sent without amount
    {"sent_on": date(2026, 11, 10), "sent_amount": Money(0, "JPY")},
    {"sent_on": date(2026, 11, 10), "sent_amount": Money(1, "JPY"), "released_on": date(2026, 11, 9)},
])
def test_the_schema_refuses_an_impossible_release(database, loan, changes):
    release = replace(LienRelease(id=new_id(), loan_id=loan.id, sale_on=date(2026, 11, 2)), **changes)
    with pytest.raises(IntegrityError):
        with database.transaction():
            ReleaseRepository(database).add(release, at=AT)


def test_open_lines_join_the_loan_lender_and_borrower(database, loan):
    repo = ReleaseRepository(database)
    release = LienRelease(id=new_id(), loan_id=loan.id, sale_on=date(2026, 11, 2))
    with database.transaction():
        repo.add(release, at=AT)
    assert repo.open_lines() == [ReleaseLine(release, "TF-0012-345678", "トヨタファイナンス",
                                             loan.borrower_id, "山田 太郎", "JPY")]


# -- loans: on an asset, status --------------------------------------------------


def test_loans_on_an_asset_and_a_status_change(database, loan):
    repo = LoanRepository(database)
    assert [o.id for o in repo.on_asset(loan.asset_id)] == [loan.id]
    assert repo.on_asset("no-such-asset") == []
    with database.transaction():
        repo.set_status(loan.id, LoanStatus.PAID_OFF)
    assert repo.get(loan.id).status is LoanStatus.PAID_OFF
    with pytest.raises(NotFound):
        with database.transaction():
            repo.set_status("nope", LoanStatus.PAID_OFF)


def test_a_lender_is_updated(database):
    repo = LenderRepository(database)
    lender = sample_lender()
    with database.transaction():
        repo.add(lender)
        repo.update(replace(lender, phone="0120-99-9999", release_documents=("譲渡証明書",)))
    assert repo.get(lender.id) == replace(lender, phone="0120-99-9999",
                                          release_documents=("譲渡証明書",))
    with pytest.raises(NotFound):
        with database.transaction():
            repo.update(sample_lender())


# -- settings --------------------------------------------------------------------


def test_settings_are_none_until_saved_then_round_trip(database):
    repo = SettingsRepository(database)
    assert repo.get() is None
    settings = DeskSettings(branch_name="Москва-Юг", release_within_days=30,
                            quote_gap_minor={"RUB": 500_00})
    with database.transaction():
        repo.put(DeskSettings())
        repo.put(settings)
    assert repo.get() == settings
    assert database.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 1


def test_settings_ignore_keys_they_do_not_know(database):
    with database.transaction():
        database.conn.execute(
            "INSERT INTO settings (key, value) VALUES ('desk', ?)",
            (json.dumps({"branch_name": "太原", "theme": "dark"}),))
    assert SettingsRepository(database).get() == DeskSettings(branch_name="太原")


# -- documents -------------------------------------------------------------------


def issued(content: bytes, **changes) -> IssuedDocument:
    base = IssuedDocument(
        id=new_id(), kind="payoff_letter", record_id="loan-1", language="ja",
        file_name="payoff-TF-0012.pdf", sha256=hashlib.sha256(content).hexdigest(),
        issued_by="sato", issued_at=AT, size=len(content),
    )
    return replace(base, **changes)


def test_a_document_and_its_bytes_round_trip(database):
    repo = DocumentRepository(database)
    content = b"%PDF-1.4\n\x00\xff binary \n%%EOF\n"
    first = issued(content)
    second = issued(b"other", kind="release_checklist", issued_at=AT + timedelta(minutes=1))
    with database.transaction():
        repo.add(first, content)
        repo.add(second, b"other")

    assert repo.get(first.id) == first
    assert repo.content(first.id) == content
    assert repo.newest(10) == [second, first]
    assert repo.newest(1) == [second]
    assert repo.newest(10, kind="payoff_letter") == [first]
    assert repo.of_record("loan-1") == [second, first]
    with pytest.raises(NotFound):
        repo.get("nope")
    with pytest.raises(NotFound):
        repo.content("nope")


def test_issue_times_are_kept_in_utc_so_they_sort(database):
    repo = DocumentRepository(database)
    tokyo = timezone(timedelta(hours=9))
    # 10:00 in Tokyo is 01:00 UTC: earlier than 01:30 UTC.
    early = issued(b"a", issued_at=datetime(2026, 11, 20, 10, 0, tzinfo=tokyo))
    late = issued(b"b", issued_at=AT)
    with database.transaction():
        repo.add(late, b"b")
        repo.add(early, b"a")
    assert repo.newest(10) == [late, early]
    assert database.db["documents"].get(early.id)["issued_at"] == "2026-11-20T01:00:00+00:00"


def test_an_issued_document_cannot_be_changed_or_removed(database):
    repo = DocumentRepository(database)
    doc = issued(b"bytes")
    with database.transaction():
        repo.add(doc, b"bytes")
    for sql in ("UPDATE documents SET file_name = 'x.pdf'", "DELETE FROM documents",
                "UPDATE document_files SET content = x'00'", "DELETE FROM document_files"):
        with pytest.raises(IntegrityError, match="never changed"):
            with database.transaction():
                database.conn.execute(sql)
    assert repo.content(doc.id) == b"bytes"


@pytest.mark.parametrize("changes", [
    {"sha256": "abc"},
    {"sha256": "A" * 64},
    {"kind": ""},
    {"size": -1},
])
def test_the_schema_refuses_a_malformed_register_row(database, changes):
    with pytest.raises(IntegrityError):
        with database.transaction():
            DocumentRepository(database).add(issued(b"x", **changes), b"x")


def test_a_document_is_bytes_never_text(database):
    with pytest.raises(TypeError):
        with database.transaction():
            DocumentRepository(database).add(issued(b"x"), "x")  # type: ignore[arg-type]
