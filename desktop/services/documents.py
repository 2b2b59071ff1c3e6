"""Issuing documents: each one is registered with the SHA-256 of its bytes
and the bytes themselves, so a reprint is the same file and can be proved so.
Rendering the PDF is desktop.documents' work; this keeps what it made."""

from __future__ import annotations

import hashlib

from desktop.domain.errors import Problems
from desktop.domain.access import Permission
from desktop.services.context import ServiceContext
from desktop.store.documents import DocumentRepository, IssuedDocument
from desktop.store.ids import new_id

__all__ = ["DocumentService", "IssuedDocument"]


class DocumentService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._db = ctx.database
        self._documents = DocumentRepository(ctx.database)

    def issue(self, kind: str, record_id: str, language: str, file_name: str,
              content: bytes) -> IssuedDocument:
        """Register a document as issued now by the clerk signed in, and keep its bytes."""
        self._ctx.require(Permission.ISSUE_DOCUMENTS)
        if not isinstance(content, (bytes, bytearray, memoryview)):
            raise TypeError(f"a document's content is bytes, not {type(content).__name__}")
        content = bytes(content)
        p = Problems()
        if not kind.strip():
            p.add("kind", "Choose which document to issue.")
        if not record_id.strip():
            p.add("record_id", "Choose the record the document is issued for.")
        if not file_name.strip():
            p.add("file_name", "Enter a file name for the document.")
        if not content:
            p.add("content", "The document is empty; it was not issued.")
        p.raise_if_any()
        now = self._ctx.now()
        document = IssuedDocument(
            id=new_id(), kind=kind.strip(), record_id=record_id.strip(), language=language,
            file_name=file_name.strip(), sha256=hashlib.sha256(content).hexdigest(),
            issued_by=self._ctx.actor, issued_at=now, size=len(content),
        )
        with self._db.transaction():
            self._documents.add(document, content)
            # The register row, with its SHA-256, goes to the audit log;
            # the bytes do not.
            self._ctx.audit(now, "document.issue", "document", document.id, after=document)
        return document

    def get(self, document_id: str) -> IssuedDocument:
        return self._documents.get(document_id)

    def register(self, limit: int = 500, kind: str | None = None) -> list[IssuedDocument]:
        """Issued documents, newest first, of one kind or all."""
        self._ctx.require(Permission.ISSUE_DOCUMENTS)
        return self._documents.newest(limit, kind)

    def of_record(self, record_id: str) -> list[IssuedDocument]:
        """The documents issued for one record, newest first."""
        return self._documents.of_record(record_id)

    def content(self, document_id: str) -> bytes:
        """The bytes as issued: a reprint is this file."""
        self._ctx.require(Permission.ISSUE_DOCUMENTS)
        return self._documents.content(document_id)

    def verify(self, document_id: str) -> bool:
        """Whether the stored bytes still hash to the registered SHA-256."""
        self._ctx.require(Permission.ISSUE_DOCUMENTS)
        document = self._documents.get(document_id)
        content = self._documents.content(document_id)
        return len(content) == document.size and hashlib.sha256(content).hexdigest() == document.sha256
