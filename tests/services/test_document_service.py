"""Issued documents: registered with their SHA-256, kept byte for byte, verified."""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timezone

import pytest

from desktop.domain.errors import NotFound, ValidationError
from desktop.store import audit

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n\x00\x01\xfe\xff\n%%EOF\n"


def issue(documents, content=PDF, **changes):
    args = dict(kind="payoff_letter", record_id="loan-1", language="ja",
                file_name="payoff-TF-0012-345678.pdf", content=content)
    return documents.issue(**{**args, **changes})


def test_issue_registers_the_hash_the_clerk_and_the_time(documents, audit_rows):
    doc = issue(documents)

    assert uuid.UUID(doc.id).version == 7
    assert doc.sha256 == hashlib.sha256(PDF).hexdigest()
    assert (doc.kind, doc.record_id, doc.language, doc.file_name, doc.size) == (
        "payoff_letter", "loan-1", "ja", "payoff-TF-0012-345678.pdf", len(PDF))
    assert (doc.issued_by, doc.issued_at) == ("sato", datetime(2026, 4, 12, 1, 30, tzinfo=timezone.utc))
    assert documents.get(doc.id) == doc
    [row] = audit_rows()
    assert (row["actor"], row["action"], row["entity"], row["entity_id"]) == (
        "sato", "document.issue", "document", doc.id)
    assert row["after"]["sha256"] == doc.sha256
    assert row["after"]["size"] == len(PDF)
    # The audit log carries the fingerprint, never the document itself.
    assert "content" not in row["after"]
    assert "%PDF" not in str(row)


def test_a_reprint_is_the_same_bytes(documents):
    doc = issue(documents)
    reprint = documents.content(doc.id)
    assert reprint == PDF
    assert hashlib.sha256(reprint).hexdigest() == doc.sha256
    assert documents.verify(doc.id)


def test_the_register_is_newest_first_and_filters_by_kind(documents, clock):
    first = issue(documents)
    clock.advance(minutes=5)
    second = issue(documents, b"%PDF checklist", kind="release_checklist", record_id="release-1",
                   file_name="checklist.pdf", language="ru")
    clock.advance(minutes=5)
    third = issue(documents, b"%PDF letter again")

    assert documents.register() == [third, second, first]
    assert documents.register(limit=2) == [third, second]
    assert documents.register(kind="payoff_letter") == [third, first]
    assert documents.register(kind="no_such_kind") == []
    assert documents.of_record("release-1") == [second]


def test_the_same_bytes_issued_twice_are_two_entries_with_one_hash(documents, clock):
    first = issue(documents)
    clock.advance(seconds=1)
    again = issue(documents)
    assert first.id != again.id
    assert first.sha256 == again.sha256
    assert len(documents.register()) == 2


def test_verify_notices_bytes_changed_behind_the_programs_back(documents, database):
    doc = issue(documents)
    other = issue(documents, b"%PDF another")
    # Someone with a database tool replaces the stored file: the table
    # refuses updates, so they drop the guard first.
    database.conn.execute("DROP TRIGGER document_files_no_update")
    database.conn.execute("UPDATE document_files SET content = ? WHERE document_id = ?",
                          (PDF.replace(b"Catalog", b"Catalug"), doc.id))

    assert not documents.verify(doc.id)
    assert documents.verify(other.id)


def test_verify_notices_a_truncated_file(documents, database):
    doc = issue(documents)
    database.conn.execute("DROP TRIGGER document_files_no_update")
    database.conn.execute("UPDATE document_files SET content = ? WHERE document_id = ?",
                          (PDF[:10], doc.id))
    assert not documents.verify(doc.id)


@pytest.mark.parametrize(("changes", "fields"), [
    ({"kind": " "}, ("kind",)),
    ({"record_id": ""}, ("record_id",)),
    ({"file_name": ""}, ("file_name",)),
    ({"content": b""}, ("content",)),
    ({"kind": "", "file_name": " "}, ("kind", "file_name")),
])
def test_a_document_missing_something_is_not_issued(documents, table_counts, changes, fields):
    with pytest.raises(ValidationError) as raised:
        issue(documents, **changes)
    assert raised.value.fields == fields
    assert table_counts()["documents"] == table_counts()["document_files"] == 0


def test_a_document_is_bytes(documents):
    with pytest.raises(TypeError):
        issue(documents, content="%PDF text")


def test_an_unknown_document_is_not_found(documents):
    for read in (documents.get, documents.content, documents.verify):
        with pytest.raises(NotFound):
            read("no-such-document")


def test_the_document_and_its_audit_row_are_written_together(documents, monkeypatch, table_counts):
    written = table_counts()

    def failing_append(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(audit, "append", failing_append)
    with pytest.raises(OSError):
        issue(documents)
    assert table_counts() == written
