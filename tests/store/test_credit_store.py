"""Migration 7 and its repository: credit applications, their numbers, the
list of what is due, and the guard against lost updates."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from desktop.domain.errors import Conflict, NotFound
from desktop.store.credit import ApplicationRow, CreditApplicationRepository
from desktop.store.customers import CustomerRepository
from desktop.store.db import IntegrityError
from desktop.store.ids import new_id
from tests.samples import sample_customer

AT = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)


def _application(customer_id: str, number: str, **changes) -> ApplicationRow:
    row = ApplicationRow(
        id=new_id(), number=number, customer_id=customer_id, program_id="ru-bank-car-loan",
        program_sha256="0" * 64, currency="RUB", amount_minor=80_000_000, status="draft",
        facts_json="{}", dossier_json="[]", workflow_json="{}", followup_json="{}",
        created_at=AT, created_by="clerk", updated_at=AT)
    return replace(row, **changes)


@pytest.fixture
def repo_and_customer(database):
    customer = sample_customer()
    with database.transaction():
        CustomerRepository(database).add(customer, at=AT)
    return CreditApplicationRepository(database), customer, database


def test_numbers_count_up_within_the_year_and_restart_the_next(repo_and_customer):
    repo, customer, database = repo_and_customer
    assert repo.next_number(2026) == "2026-000001"
    with database.transaction():
        repo.add(_application(customer.id, repo.next_number(2026)))
        repo.add(_application(customer.id, repo.next_number(2026)))
    assert repo.next_number(2026) == "2026-000003"
    assert repo.next_number(2027) == "2027-000001"


def test_a_row_reads_back_as_written_with_its_moments_in_utc(repo_and_customer):
    repo, customer, database = repo_and_customer
    moscow_noon = datetime(2026, 11, 20, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    row = _application(customer.id, "2026-000001", received_at=moscow_noon,
                       decision_due_at=moscow_noon + timedelta(hours=24))
    with database.transaction():
        repo.add(row)
    back = repo.get(row.id)
    assert back == row  # aware datetimes compare by instant
    assert back.received_at.utcoffset() == timedelta(0)


def test_a_save_over_someone_elses_change_is_refused(repo_and_customer):
    repo, customer, database = repo_and_customer
    row = _application(customer.id, "2026-000001")
    with database.transaction():
        repo.add(row)
    first = replace(row, status="submitted", updated_at=AT + timedelta(minutes=1))
    with database.transaction():
        repo.save(first, expected_updated_at=row.updated_at)
    stale = replace(row, amount_minor=1, updated_at=AT + timedelta(minutes=2))
    with pytest.raises(Conflict):
        with database.transaction():
            repo.save(stale, expected_updated_at=row.updated_at)
    assert repo.get(row.id).amount_minor == 80_000_000
    with pytest.raises(NotFound):
        repo.save(replace(row, id="missing"), expected_updated_at=AT)


def test_number_and_customer_never_change_and_submitted_rows_are_never_deleted(repo_and_customer):
    repo, customer, database = repo_and_customer
    row = _application(customer.id, "2026-000001", status="submitted")
    with database.transaction():
        repo.add(row)
    with pytest.raises(IntegrityError):
        with database.transaction():
            database.conn.execute("UPDATE credit_applications SET number = 'x' WHERE id = ?",
                                  (row.id,))
    with pytest.raises(IntegrityError):
        with database.transaction():
            repo.delete_draft(row.id)
    assert repo.get(row.id).number == "2026-000001"


def test_the_list_puts_the_soonest_decision_first_and_filters_the_refusals_file(repo_and_customer):
    repo, customer, database = repo_and_customer
    later = _application(customer.id, "2026-000001", status="submitted",
                         decision_due_at=AT + timedelta(days=2))
    sooner = _application(customer.id, "2026-000002", status="submitted",
                          decision_due_at=AT + timedelta(hours=3))
    draft = _application(customer.id, "2026-000003")
    refused = _application(customer.id, "2026-000004", status="refused", filed_refused=True)
    with database.transaction():
        for row in (later, sooner, draft, refused):
            repo.add(row)
    listed = repo.listing(refused_file=False)
    assert [x.row.number for x in listed] == ["2026-000002", "2026-000001", "2026-000003"]
    assert listed[0].customer_name == customer.full_name
    assert [x.row.number for x in repo.listing(refused_file=True)] == ["2026-000004"]
    assert [x.row.number for x in repo.listing(statuses=("draft",))] == ["2026-000003"]
