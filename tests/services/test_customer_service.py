from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.errors import Conflict, NotFound, ReadOnlyDatabase, ValidationError
from desktop.domain.money import Money
from desktop.services.customers import DuplicateCustomer, DuplicateMatch, DuplicateReason
from desktop.store import audit

from tests.samples import sample_customer, sample_vehicle

NOTHING_WRITTEN = {"customers": 0, "obligations": 0, "lenders": 0, "assets": 0, "loans": 0,
                   "payments": 0, "audit_log": 0, "search_entries": 0, "lender_quotes": 0,
                   "lien_releases": 0, "settings": 0, "documents": 0, "document_files": 0}


def test_take_in_stores_the_customer_with_a_new_id_and_an_audit_row(customers, audit_rows, database):
    stored = customers.take_in(sample_customer(id="typed-by-nobody"))

    assert uuid.UUID(stored.id).version == 7
    assert customers.get(stored.id) == stored
    # Taking in is one row, the consent signed at intake another, and
    # opening the file to look at it a third.
    [row, consent, viewed] = audit_rows()
    assert (consent["action"], consent["after"]["form_ref"]) == ("consent.record", "同意書 2026-0412-01")
    assert (viewed["action"], viewed["entity_id"]) == ("customer.view", stored.id)
    assert (row["actor"], row["action"], row["entity"], row["entity_id"]) == (
        "sato", "customer.take_in", "customer", stored.id)
    assert row["at"] == "2026-04-12T01:30:00+00:00"
    assert row["before"] is None
    assert row["after"]["family_name"] == "山田"
    assert row["after"]["net_monthly_income"] == {"minor": 420_000, "currency": "JPY"}
    assert audit.verify_chain(database.conn).ok


def test_take_in_writes_the_customer_and_its_audit_row_in_one_transaction(
    customers, monkeypatch, table_counts
):
    def failing_append(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(audit, "append", failing_append)
    with pytest.raises(OSError):
        customers.take_in(sample_customer())
    assert table_counts() == NOTHING_WRITTEN


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"family_name": " "}, "family_name"),
        ({"given_name": ""}, "given_name"),
        ({"birth_date": None}, "birth_date"),
        ({"birth_date": date(2010, 1, 1)}, "birth_date"),
        ({"citizenship": "Japan"}, "citizenship"),
        ({"id_document_number": ""}, "id_document_number"),
        ({"phone": ""}, "phone"),
        ({"phone": "12-34"}, "phone"),
        ({"email": "taro at example"}, "email"),
        ({"net_monthly_income": Money(-1, "JPY")}, "net_monthly_income"),
        ({"consent_given_on": None}, "consent_given_on"),
        ({"consent_given_on": date(2026, 4, 13)}, "consent_given_on"),
    ],
)
def test_each_problem_names_its_field_and_nothing_is_written(
    customers, table_counts, changes, field
):
    with pytest.raises(ValidationError) as raised:
        customers.take_in(sample_customer(**changes))
    assert raised.value.fields == (field,)
    assert table_counts() == NOTHING_WRITTEN


def test_every_problem_is_reported_at_once(customers):
    with pytest.raises(ValidationError) as raised:
        customers.take_in(sample_customer(family_name="", phone="", consent_given_on=None))
    assert raised.value.fields == ("family_name", "phone", "consent_given_on")


def test_today_is_the_branchs_day_not_utcs(customers, clock):
    # 2026-04-12 00:30 in Tokyo is still 2026-04-11 in UTC: consent given
    # this morning is not "in the future".
    clock.now = clock.now.replace(hour=15, minute=30, day=11)
    assert customers.take_in(sample_customer(consent_given_on=date(2026, 4, 12))).id


def _someone_else(**changes):
    return sample_customer(**{
        "family_name": "Kuznetsov", "given_name": "Pyotr", "phone": "080-0000-1111",
        "id_document_number": "7777 7777", "birth_date": date(1990, 1, 1), **changes,
    })


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"id_document_number": "1234-5678-9012"}, DuplicateReason.ID_DOCUMENT),
        ({"phone": "０９０ １２３４ ５６７８"}, DuplicateReason.PHONE),
    ],
)
def test_a_duplicate_by_document_or_phone_is_refused(customers, table_counts, changes, reason):
    first = customers.take_in(sample_customer(family_name="Semenov", given_name="Pyotr"))
    written = table_counts()
    with pytest.raises(DuplicateCustomer) as raised:
        customers.take_in(_someone_else(**changes))
    assert raised.value.matches == (DuplicateMatch(first.id, "Semenov Pyotr", reason),)
    assert isinstance(raised.value, Conflict)
    assert table_counts() == written


def test_someone_else_is_not_a_duplicate(customers):
    customers.take_in(sample_customer(family_name="Semenov", given_name="Pyotr"))
    # Same given name and e-mail, everything the check compares differs.
    assert customers.take_in(_someone_else()).id


def test_a_duplicate_by_name_and_birth_date_is_refused(customers):
    first = customers.take_in(sample_customer(family_name="Семёнов", given_name="Пётр"))
    with pytest.raises(DuplicateCustomer) as raised:
        customers.take_in(sample_customer(
            family_name="СЕМЕНОВ", given_name="петр", phone="+7 495 000 00 00", id_document_number="4511 000000",
        ))
    assert raised.value.matches == (
        DuplicateMatch(first.id, "Семёнов Пётр", DuplicateReason.NAME_AND_BIRTH_DATE),
    )
    assert "Семёнов Пётр" in str(raised.value)


def test_every_reason_is_reported(customers):
    first = customers.take_in(sample_customer())
    with pytest.raises(DuplicateCustomer) as raised:
        customers.take_in(sample_customer())
    assert [m.reason for m in raised.value.matches] == list(DuplicateReason)
    assert {m.id for m in raised.value.matches} == {first.id}


def test_allow_duplicate_takes_the_customer_in_anyway(customers, audit_rows):
    first = customers.take_in(sample_customer())
    second = customers.take_in(sample_customer(), allow_duplicate=True)
    assert first.id != second.id
    assert [r["entity_id"] for r in audit_rows() if r["action"] == "customer.take_in"] == [first.id, second.id]


def test_update_records_before_and_after(customers, audit_rows, clock):
    stored = customers.take_in(sample_customer())
    clock.advance(hours=2)
    changed = replace(stored, phone="080-1111-2222", employer="丸紅")

    assert customers.update(changed) == changed

    assert customers.get(stored.id) == changed
    row = audit_rows()[-2]  # the last is the look at the file just above
    assert (row["action"], row["entity_id"], row["at"]) == ("customer.update", stored.id, "2026-04-12T03:30:00+00:00")
    assert (row["before"]["phone"], row["after"]["phone"]) == ("090-1234-5678", "080-1111-2222")
    assert customers.search("080-1111")[0].id == stored.id
    assert customers.search("090-1234") == []


def test_an_update_without_changes_writes_nothing(customers, audit_rows):
    stored = customers.take_in(sample_customer())
    customers.update(stored)
    assert [r["action"] for r in audit_rows()] == ["customer.take_in", "consent.record"]


def test_an_invalid_update_is_refused_before_writing(customers, table_counts):
    stored = customers.take_in(sample_customer())
    written = table_counts()
    with pytest.raises(ValidationError) as raised:
        customers.update(replace(stored, phone=""))
    assert raised.value.fields == ("phone",)
    assert table_counts() == written
    assert customers.get(stored.id) == stored


def test_updating_or_getting_an_unknown_customer_is_not_found(customers):
    with pytest.raises(NotFound):
        customers.update(sample_customer())
    with pytest.raises(NotFound):
        customers.get("no-such-id")


def test_search_and_recent_return_summaries(customers, clock, loans):
    yamada = customers.take_in(sample_customer())
    clock.advance(minutes=5)
    wang = customers.take_in(sample_customer(
        family_name="王", given_name="芳", name_reading="Wang Fang", phone="138 0013 8000",
        id_document_number="110101199003077777", birth_date=date(1990, 3, 7),
    ))
    loans.add_vehicle(sample_vehicle(yamada.id))

    [summary] = customers.search("やまだ")
    assert (summary.id, summary.full_name, summary.name_reading, summary.birth_date, summary.phone,
            summary.id_document_number) == (
        yamada.id, "山田 太郎", "ヤマダ タロウ", date(1980, 5, 17), "090-1234-5678", "1234 5678 9012")
    assert [s.id for s in customers.search("王芳")] == [wang.id]
    assert [s.id for s in customers.search("品川 300")] == [yamada.id]  # found by the car's plate
    assert [s.id for s in customers.recent(10)] == [wang.id, yamada.id]
    assert [s.id for s in customers.recent(1)] == [wang.id]


def test_after_stop_writing_take_in_is_refused(customers, database, table_counts):
    database.stop_writing("The integrity check found damage; restore a backup.")
    with pytest.raises(ReadOnlyDatabase):
        customers.take_in(sample_customer())
    assert table_counts() == NOTHING_WRITTEN
