"""The register of issued documents and their exact bytes.

Each document is stored as issued, with the SHA-256 of its bytes, so a
reprint is the same file and can be shown to be. Triggers refuse any change
to an issued document; verify() notices bytes changed behind their back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Any

from sqlite_utils.db import NotFoundError

from desktop.domain.errors import NotFound
from desktop.store.db import Database


@dataclass(frozen=True)
class IssuedDocument:
    id: str
    kind: str            # what document: "payoff_letter", "release_checklist", …
    record_id: str       # the record it was issued for (a loan, a release, …)
    language: str
    file_name: str
    sha256: str          # of the stored bytes, lower-case hex
    issued_by: str
    issued_at: datetime
    size: int            # bytes


def _row(document: IssuedDocument) -> dict[str, Any]:
    # UTC, so that the text sorts in time order whatever zone the clock gave.
    return {**asdict(document), "issued_at": document.issued_at.astimezone(timezone.utc).isoformat()}


def _document(row: dict[str, Any]) -> IssuedDocument:
    return IssuedDocument(**{**row, "issued_at": datetime.fromisoformat(row["issued_at"])})


class DocumentRepository:
    def __init__(self, database: Database):
        self._db = database.db
        self._conn = database.conn

    def add(self, document: IssuedDocument, content: bytes) -> None:
        self._db["documents"].insert(_row(document))
        self._conn.execute(
            "INSERT INTO document_files (document_id, content) VALUES (?, ?)",
            (document.id, _blob(content)),
        )

    def get(self, document_id: str) -> IssuedDocument:
        try:
            return _document(self._db["documents"].get(document_id))
        except NotFoundError:
            raise NotFound(f"no document {document_id}") from None

    def content(self, document_id: str) -> bytes:
        row = self._conn.execute(
            "SELECT content FROM document_files WHERE document_id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no document {document_id}")
        return bytes(row[0])

    def newest(self, limit: int, kind: str | None = None) -> list[IssuedDocument]:
        where, params = ("kind = ?", [kind]) if kind is not None else (None, [])
        rows = self._db["documents"].rows_where(
            where, params, order_by="issued_at DESC, id DESC", limit=limit
        )
        return list(map(_document, rows))

    def of_record(self, record_id: str) -> list[IssuedDocument]:
        rows = self._db["documents"].rows_where(
            "record_id = ?", [record_id], order_by="issued_at DESC, id DESC"
        )
        return list(map(_document, rows))


def _blob(content: bytes) -> bytes:
    # bytearray / memoryview would be stored as BLOB too, but a str would
    # silently become TEXT: refuse anything that is not bytes-like.
    if not isinstance(content, (bytes, bytearray, memoryview)):
        raise TypeError(f"a document's content is bytes, not {type(content).__name__}")
    return bytes(content)
