from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from desktop.domain.money import Money
from desktop.store import audit
from desktop.store.customers import CustomerRepository
from desktop.store.db import IntegrityError

from tests.samples import sample_customer

AT = datetime(2026, 4, 12, 1, 30, tzinfo=timezone.utc)


def _append(conn, n: int) -> None:
    for i in range(n):
        audit.append(conn, at=AT, actor="sato", action="lender.add", entity="lender",
                     entity_id=f"l{i}", before=None, after={"name": f"Lender {i}"})


def _rows(database):
    return list(database.db.query("SELECT * FROM audit_log ORDER BY seq"))


def test_rows_are_chained_and_verify(database):
    with database.transaction():
        _append(database.conn, 3)
    rows = _rows(database)
    assert [r["seq"] for r in rows] == [1, 2, 3]
    assert rows[0]["prev_hash"] == audit.GENESIS_HASH
    assert rows[1]["prev_hash"] == rows[0]["hash"]
    assert audit.verify_chain(database.conn) == audit.ChainReport(ok=True, rows_checked=3, first_broken_seq=None)


def test_domain_values_are_written_as_plain_json(database):
    customer = sample_customer()
    with database.transaction():
        audit.append(database.conn, at=AT, actor="sato", action="customer.take_in", entity="customer",
                     entity_id=customer.id, before=None, after=customer)
    row = _rows(database)[0]
    after = json.loads(row["after_json"])
    assert after["net_monthly_income"] == {"minor": 420_000, "currency": "JPY"}
    assert after["birth_date"] == "1980-05-17"
    assert after["sex"] == "M"
    assert after["obligations"][1]["credit_limit"] == {"minor": 500_000, "currency": "JPY"}
    assert "山田" in row["after_json"]  # ensure_ascii=False: readable in the file
    assert row["before_json"] is None
    assert (row["at"], row["actor"], row["action"]) == ("2026-04-12T01:30:00+00:00", "sato", "customer.take_in")


def test_the_audit_row_commits_with_its_change_and_vanishes_with_a_failed_one(database):
    repo = CustomerRepository(database)
    kept, lost = sample_customer(), sample_customer(phone="03-0000-0000")
    with database.transaction():
        repo.add(kept, at=AT)
        audit.append(database.conn, at=AT, actor="sato", action="customer.take_in", entity="customer",
                     entity_id=kept.id, before=None, after=kept)
    with pytest.raises(IntegrityError):
        with database.transaction():
            audit.append(database.conn, at=AT, actor="sato", action="customer.take_in", entity="customer",
                         entity_id=lost.id, before=None, after=lost)
            repo.add(kept, at=AT)  # the same id again: the change fails

    assert [r["entity_id"] for r in _rows(database)] == [kept.id]
    assert audit.verify_chain(database.conn).ok


def test_appending_outside_a_transaction_is_refused(database):
    with pytest.raises(RuntimeError, match="inside the transaction"):
        _append(database.conn, 1)


def test_the_log_refuses_update_and_delete(database):
    with database.transaction():
        _append(database.conn, 2)
    with pytest.raises(IntegrityError, match="append-only"):
        database.conn.execute("UPDATE audit_log SET actor = 'nobody' WHERE seq = 1")
    with pytest.raises(IntegrityError, match="append-only"):
        database.conn.execute("DELETE FROM audit_log WHERE seq = 2")
    assert len(_rows(database)) == 2


def test_verify_chain_finds_a_row_altered_behind_the_programs_back(database):
    with database.transaction():
        _append(database.conn, 4)
    database.conn.execute("DROP TRIGGER audit_log_no_update")
    database.conn.execute("""UPDATE audit_log SET after_json = '{"name":"Someone else"}' WHERE seq = 3""")

    report = audit.verify_chain(database.conn)
    assert report == audit.ChainReport(ok=False, rows_checked=3, first_broken_seq=3)


def test_verify_chain_finds_a_removed_row(database):
    with database.transaction():
        _append(database.conn, 4)
    database.conn.execute("DROP TRIGGER audit_log_no_delete")
    database.conn.execute("DELETE FROM audit_log WHERE seq = 2")

    assert audit.verify_chain(database.conn).first_broken_seq == 3


def test_to_jsonable_spells_out_domain_values():
    assert audit.to_jsonable({"amount": Money(123, "USD"), "on": date(2026, 1, 2), "ids": ("a", "b")}) == {
        "amount": {"minor": 123, "currency": "USD"}, "on": "2026-01-02", "ids": ["a", "b"],
    }
    with pytest.raises(TypeError):
        audit.to_jsonable(1.5)
