"""Consent, retention and erasure, and a person's copy of their data.

- Consent: each signed consent is recorded (date, purpose, the form's number
  or scan reference) and can be withdrawn.
- Retention: the customers past their retention period (or whose consent is
  withdrawn) are listed for erasure; settings hold the periods per country.
- Erasure (ERASE_PERSONAL_DATA): one transaction overwrites or deletes every
  personal field held on the customer, keeps the money records anonymised,
  destroys the stored bytes of documents issued for them, and writes the
  destruction record, its PDF and the audit entry. The settlements the
  customer sold keep their figures: the names inside each version's inputs
  document are anonymised (settlement_inputs.anonymise_inputs; the database
  lets a final version's inputs be rewritten once the destruction record is
  on file), and the documents issued for them lose their stored bytes like
  the others. Then the search index is
  rebuilt and the write-ahead log truncated, so that with ``secure_delete``
  (zeroed free space) the old pages are gone from the file.
- A person's copy (EXPORT_PERSONAL_DATA): everything held on one customer,
  as JSON and as a PDF in their language, registered and audited.

What erasure does not reach: the audit log (append-only and hash-chained: its
earlier entries keep the before/after values) and backups made before the
erasure, until they rotate out. The destruction record says so.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from desktop.domain.access import Permission
from desktop.domain.customers import LANGUAGES as DOCUMENT_LANGUAGES
from desktop.domain.customers import normalise_document_number, normalise_phone
from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.notices import Notice
from desktop.domain.retention import (
    ERASURE_METHOD,
    Consent,
    DataCategory,
    DestructionRecord,
    ErasureCandidate,
    RetentionPolicies,
    due_for_erasure,
    validate_consent,
    validate_erasure_reason,
    validate_policies,
    withdraw,
    erased_marker,
)
from desktop.domain.settlement_inputs import (anonymise_inputs, compute_deal, inputs_document,
                                              inputs_from_document)
from desktop.domain.settings import DeskSettings
from desktop.services.context import ServiceContext
from desktop.store.assets import AssetRepository, asset_label
from desktop.store.audit import to_jsonable
from desktop.store.customers import CustomerRepository
from desktop.store.documents import DocumentRepository, IssuedDocument
from desktop.store.ids import new_id
from desktop.store.lender_quotes import LenderQuoteRepository
from desktop.store.lenders import LenderRepository
from desktop.store.loans import LoanRepository
from desktop.store.privacy import PrivacyRepository
from desktop.store.releases import ReleaseRepository
from desktop.store.settings import SettingsRepository
from desktop.store.settlements import SettlementRepository, canonical_json

__all__ = [
    "BusinessStillOpen", "Consent", "DestructionRecord", "ErasureCandidate", "PersonalCopy",
    "PrivacyService", "RetentionPolicies",
]

log = logging.getLogger(__name__)

PERSONAL_COPY_FORMAT = "liendesk.personal_copy.v1"


class BusinessStillOpen(Conflict):
    """The customer has a loan not paid off or a lien release not finished:
    their data is still needed for it and is not erased."""

    def __init__(self, open_loans: int, open_releases: int):
        self.open_loans, self.open_releases = open_loans, open_releases
        super().__init__(Notice(
            "This customer still has {open_loans} loan(s) not paid off and {open_releases} "
            "lien release(s) not finished; their data is kept while that business lasts.",
            {"open_loans": open_loans, "open_releases": open_releases}))


@dataclass(frozen=True)
class PersonalCopy:
    """Everything held on one customer, as handed to them."""

    customer_id: str
    data: dict[str, Any]     # JSON-able
    json: bytes              # data as UTF-8 JSON
    pdf: bytes               # the printed copy, in the customer's language
    document: IssuedDocument  # the PDF as registered

    @property
    def json_sha256(self) -> str:
        return hashlib.sha256(self.json).hexdigest()


class PrivacyService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._db = ctx.database
        self._privacy = PrivacyRepository(ctx.database)
        self._customers = CustomerRepository(ctx.database)
        self._assets = AssetRepository(ctx.database)
        self._loans = LoanRepository(ctx.database)
        self._lenders = LenderRepository(ctx.database)
        self._letters = LenderQuoteRepository(ctx.database)
        self._releases = ReleaseRepository(ctx.database)
        self._documents = DocumentRepository(ctx.database)
        self._settings = SettingsRepository(ctx.database)
        self._settlements = SettlementRepository(ctx.database)

    # -- consent ------------------------------------------------------------------

    def record_consent(self, customer_id: str, given_on: date, purpose: str, form_ref: str) -> Consent:
        """Record a consent the customer signed: its date, purpose and form."""
        self._ctx.require(Permission.EDIT_CUSTOMERS)
        consent = Consent(id=new_id(), customer_id=customer_id, given_on=given_on,
                          purpose=purpose.strip(), form_ref=form_ref.strip())
        validate_consent(consent, self._ctx.today())
        now = self._ctx.now()
        with self._db.transaction():
            self._require_live_customer(customer_id)
            self._privacy.add_consent(consent, at=now)
            self._ctx.audit(now, "consent.record", "consent", consent.id, after=consent)
        return consent

    def withdraw_consent(self, customer_id: str, on: date) -> list[Consent]:
        """Record that the customer withdrew consent on ``on``: every consent
        in force is withdrawn (the intake's consent too). Their data then
        falls due for erasure within the settings' withdrawal days, unless
        business with them is still open."""
        self._ctx.require(Permission.EDIT_CUSTOMERS)
        today, now = self._ctx.today(), self._ctx.now()
        withdrawn = []
        with self._db.transaction():
            self._require_live_customer(customer_id)
            consents = self._privacy.consents_of(customer_id)
            if not consents:
                # Only intake's consent so far: it becomes a row, to carry the withdrawal.
                given_on, purpose = self._privacy.intake_consent(customer_id)
                if given_on is not None:
                    intake = Consent(id=new_id(), customer_id=customer_id, given_on=given_on,
                                     purpose=purpose.strip() or "intake", form_ref="")
                    self._privacy.add_consent(intake, at=now)
                    self._ctx.audit(now, "consent.record", "consent", intake.id, after=intake)
                    consents = [intake]
            active = [c for c in consents if c.active]
            if not active:
                raise Conflict("This customer has no consent in force to withdraw.")
            for consent in active:
                after = withdraw(consent, on, today)
                self._privacy.set_withdrawn(consent.id, on)
                self._ctx.audit(now, "consent.withdraw", "consent", consent.id, before=consent,
                                after=after)
                withdrawn.append(after)
        return withdrawn

    def consents(self, customer_id: str) -> list[Consent]:
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        return self._privacy.consents_of(customer_id)

    # -- retention -------------------------------------------------------------------

    def policies(self) -> RetentionPolicies:
        """The retention settings; the defaults (desktop/domain/retention.py) until saved."""
        return self._privacy.policies() or RetentionPolicies()

    def update_policies(self, policies: RetentionPolicies) -> RetentionPolicies:
        self._ctx.require(Permission.MANAGE_SETTINGS)
        validate_policies(policies)
        now = self._ctx.now()
        with self._db.transaction():
            before = self.policies()
            if before == policies:
                return policies
            self._privacy.put_policies(policies)
            self._ctx.audit(now, "settings.update", "settings", "privacy",
                            before=before.to_json_dict(), after=policies.to_json_dict())
        return policies

    def due_for_erasure(self, today: date | None = None) -> list[ErasureCandidate]:
        """Customers past their retention period, or whose consent is
        withdrawn or missing, and with no business open: the longest overdue
        first. Nothing is erased by listing."""
        self._ctx.require(Permission.ERASE_PERSONAL_DATA)
        today = self._ctx.today() if today is None else today
        policies = self.policies()
        return due_for_erasure(self._privacy.activities(today, policies), today, policies)

    # -- erasure ---------------------------------------------------------------------------

    def erase(self, customer_id: str, reason: str, language: str = "en") -> DestructionRecord:
        """Erase the customer's personal data for good and return the
        destruction record (printed in ``language``, the branch's).

        Refused while a loan is not paid off or a release is not finished
        (BusinessStillOpen), and for a reason that names the customer."""
        # The document modules load reportlab: only when something is printed.
        from desktop.documents.destruction_record import (DestructionRecordDocument, record_number,
                                                          render_destruction_record)
        self._ctx.require(Permission.ERASE_PERSONAL_DATA)
        if language not in DOCUMENT_LANGUAGES:
            raise ValidationError.single("language", "Choose the language of the destruction record.")
        reason = " ".join(reason.split())
        now = self._ctx.now()
        # The store sets this on every connection; erasure depends on it, so
        # it makes sure (zeroed free space: the old values leave the file).
        self._db.conn.execute("PRAGMA secure_delete = ON")
        with self._db.transaction():
            customer = self._customers.get(customer_id)
            if self._privacy.is_erased(customer_id):
                raise Conflict("This customer's personal data was already erased.")
            validate_erasure_reason(reason, (
                customer.full_name, customer.family_name + customer.given_name, customer.name_reading,
                customer.phone, normalise_phone(customer.phone), customer.id_document_number,
                normalise_document_number(customer.id_document_number), customer.email))
            open_loans, open_releases = self._privacy.open_business(customer_id)
            if open_loans or open_releases:
                raise BusinessStillOpen(open_loans, open_releases)
            record_id = new_id()
            erased = self._privacy.erase_customer(customer_id, at=now)
            rewrites, deal_ids = self._anonymised_settlements(customer_id)
            erased.add(DataCategory.IDENTITY, len(rewrites))
            if deal_ids:
                settlement_documents = self._privacy.documents_of(deal_ids)
                erased.documents += settlement_documents
                erased.add(DataCategory.ISSUED_DOCUMENTS, len(settlement_documents))
                erased.kept["settlements"] = len(deal_ids)
            self._ctx.audit(now, "customer.erase", "customer", customer_id, after={
                "destruction_record": record_id, "reason": reason,
                "categories": [c.value for c in erased.categories],
                "record_count": erased.record_count, "kept": erased.kept,
                "documents_erased": erased.documents,
            })
            seq = self._db.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
            record = DestructionRecord(
                id=record_id, erased_at=now, erased_by=self._ctx.actor, customer_ref=customer_id,
                reason=reason, categories=tuple(erased.categories), method=ERASURE_METHOD,
                record_count=erased.record_count, created_at=now, kept=erased.kept, audit_seq=seq)
            pdf = render_destruction_record(DestructionRecordDocument(
                language=language, record=record, branch_name=self._branch_name(),
                erased_at=now.astimezone(self._ctx.zone), performed_by=self._performer()))
            document = self._register("destruction_record", record.id, language,
                                      f"destruction-record_{record_number(record)}_{language}.pdf",
                                      pdf, now)
            record = replace(record, document_id=document.id, sha256=document.sha256)
            self._privacy.add_destruction_record(record)
            # With the record on file the triggers let the versions' inputs change.
            for deal_id, version, text in rewrites:
                self._settlements.rewrite_inputs(deal_id, version, text)
            self._privacy.erase_documents(erased.documents, record.id, at=now)
        self._purge()
        return record

    def destruction_records(self, limit: int = 1000) -> list[DestructionRecord]:
        """Every erasure, the newest first. They hold no personal data."""
        self._ctx.require(Permission.VIEW_AUDIT)
        return self._privacy.destruction_records(limit)

    def destruction_record(self, record_id: str) -> DestructionRecord:
        self._ctx.require(Permission.VIEW_AUDIT)
        return self._privacy.destruction_record(record_id)

    def destruction_record_pdf(self, record_id: str) -> bytes:
        """The printed record as issued (a reprint is this file)."""
        self._ctx.require(Permission.VIEW_AUDIT)
        record = self._privacy.destruction_record(record_id)
        if record.document_id is None:
            raise NotFound(f"destruction record {record_id} has no printed copy")
        return self._documents.content(record.document_id)

    def _purge(self) -> None:
        """After an erasure: drop the search index's deleted entries from its
        old segments, then copy the log into the file and truncate it."""
        with self._db.transaction():
            self._privacy.purge_search_index()
        busy, _, _ = self._privacy.checkpoint()
        if busy:
            # Another connection (the integrity check's) was reading: the log
            # is truncated at the next checkpoint instead.
            log.warning("the write-ahead log could not be truncated after an erasure")

    # -- a person's copy -----------------------------------------------------------------------

    def personal_copy(self, customer_id: str, language: str | None = None) -> PersonalCopy:
        """Everything held on one customer, as JSON and as a PDF in their
        language; the PDF is registered and the export is in the audit trail."""
        from desktop.documents.personal_copy import (AuditLine, DocumentLine, LoanCopy,
                                                     PersonalCopyDocument, render_personal_copy)

        self._ctx.require(Permission.EXPORT_PERSONAL_DATA)
        now, today = self._ctx.now(), self._ctx.today()
        with self._db.transaction():  # one consistent read, and its record
            customer = self._customers.get(customer_id)
            language = language or customer.language
            if language not in DOCUMENT_LANGUAGES:
                raise ValidationError.single("language", "Choose the language of the copy.")
            ids = self._privacy.related_ids(customer_id)
            consents = self._privacy.consents_of(customer_id)
            assets = self._assets.of_owner(customer_id)
            labels_by_asset = {a.id: asset_label(a) for a in assets}
            loans, loan_copies = [], []
            for loan_id in ids.loans:
                loan = self._loans.get(loan_id)
                lender = self._lenders.get(loan.lender_id)
                payments = self._privacy.payment_ids(loan_id)
                letters = self._letters.of_loan(loan_id)
                releases = self._releases.of_loan(loan_id)
                loans.append({
                    "id": loan.id, "account_number": loan.account_number,
                    "lender": {"id": lender.id, "name": lender.name},
                    "asset_id": loan.asset_id, "terms": to_jsonable(loan.terms),
                    "status": loan.status.value,
                    "lender_is_owner_of_record": loan.lender_is_owner_of_record,
                    "payments": [{"id": pid, "paid_on": paid_on.isoformat(),
                                  "amount": {"minor": minor, "currency": currency}}
                                 for pid, paid_on, minor, currency in payments],
                    "lender_quotes": to_jsonable(letters),
                    "lien_releases": to_jsonable(releases),
                })
                loan_copies.append(LoanCopy(
                    account_number=loan.account_number, lender_name=lender.name, terms=loan.terms,
                    status=loan.status, asset_label=labels_by_asset.get(loan.asset_id or "", ""),
                    payments=tuple(self._loans.payments(loan_id)), lender_quotes=tuple(letters),
                    releases=tuple(releases)))
            documents = sorted((d for record in ids.records for d in self._documents.of_record(record)),
                               key=lambda d: (d.issued_at, d.id))
            erased_documents = self._privacy.erased_documents()
            entries = self._privacy.audit_entries(
                (*ids.records, *ids.consents, *(d.id for d in documents)))
            if self._privacy.is_erased(customer_id):
                # The audit log keeps the old values (it is never rewritten);
                # a copy made after the erasure does not bring them back.
                entries = [{**e, "before": None, "after": None} for e in entries]
            data = {
                "format": PERSONAL_COPY_FORMAT,
                "generated_at": now.isoformat(),
                "branch": self._branch_name(),
                "customer_id": customer_id,
                "customer": {k: v for k, v in to_jsonable(customer).items() if k != "obligations"},
                "obligations": to_jsonable(customer.obligations),
                "consents": to_jsonable(consents),
                "assets": [{"kind": a.kind.value, **to_jsonable(a)} for a in assets],
                "loans": loans,
                "documents": [{**to_jsonable(d), "content_erased": d.id in erased_documents}
                              for d in documents],
                "audit": entries,
            }
            content = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
            zone = self._ctx.zone
            pdf = render_personal_copy(PersonalCopyDocument(
                language=language, issued_on=today, branch_name=self._branch_name(),
                prepared_by=self._performer(), customer=customer, consents=tuple(consents),
                assets=tuple(assets), loans=tuple(loan_copies),
                documents=tuple(DocumentLine(d.issued_at.astimezone(zone), d.kind, d.file_name,
                                             d.sha256) for d in documents),
                audit=tuple(AuditLine(datetime.fromisoformat(e["at"]).astimezone(zone), e["action"],
                                      e["actor"]) for e in entries)))
            short = re.sub(r"[^0-9a-z]", "", customer_id.lower())[-8:]
            document = self._register("personal_copy", customer_id, language,
                                      f"personal-copy_{short}_{today.isoformat()}_{language}.pdf",
                                      pdf, now)
            self._ctx.audit(now, "customer.export", "customer", customer_id, after={
                "document_id": document.id, "pdf_sha256": document.sha256,
                "json_sha256": hashlib.sha256(content).hexdigest(), "language": language,
                "categories": [k for k in ("customer", "obligations", "consents", "assets", "loans",
                                           "documents", "audit")],
            })
        return PersonalCopy(customer_id=customer_id, data=data, json=content, pdf=pdf, document=document)

    # -- inside ------------------------------------------------------------------------------

    def _anonymised_settlements(self, customer_id: str
                                ) -> tuple[list[tuple[str, int, str]], tuple[str, ...]]:
        """Each version of the settlements the customer sold, with its inputs
        document anonymised: (deal, version, new text) for those that change,
        and the deals' ids. The figures must come out the same, to the unit."""
        marker = erased_marker(customer_id)
        deal_ids = tuple(self._settlements.deal_ids_of(customer_id))
        rewrites = []
        for deal_id in deal_ids:
            for version in self._settlements.versions(deal_id):
                kind, inputs = inputs_from_document(version.inputs)
                anonymous = anonymise_inputs(inputs, customer_id, marker)
                text = canonical_json(inputs_document(kind, anonymous))
                if text == version.inputs_json:
                    continue
                if compute_deal(kind, anonymous).totals != compute_deal(kind, inputs).totals:
                    raise Conflict("Erasing the names would change the figures of version "
                                   "{version} of settlement {deal}: nothing was erased.",
                                   version=version.version, deal=deal_id)
                rewrites.append((deal_id, version.version, text))
        return rewrites, deal_ids

    def _require_live_customer(self, customer_id: str) -> None:
        if not self._customers.exists(customer_id):
            raise NotFound(f"no customer {customer_id}")
        if self._privacy.is_erased(customer_id):
            raise Conflict("This customer's personal data was erased.")

    def _register(self, kind: str, record_id: str, language: str, file_name: str, content: bytes,
                  now: datetime) -> IssuedDocument:
        """Register a document inside the caller's transaction, as
        DocumentService.issue does in its own: the erasure or the export and
        its document commit together, under the permission of the act
        (ERASE_ / EXPORT_PERSONAL_DATA; an administrator may not issue desk
        documents otherwise)."""
        document = IssuedDocument(
            id=new_id(), kind=kind, record_id=record_id, language=language, file_name=file_name,
            sha256=hashlib.sha256(content).hexdigest(), issued_by=self._ctx.actor, issued_at=now,
            size=len(content))
        self._documents.add(document, content)
        self._ctx.audit(now, "document.issue", "document", document.id, after=document)
        return document

    def _branch_name(self) -> str:
        return (self._settings.get() or DeskSettings()).branch_name

    def _performer(self) -> str:
        user = self._ctx.session.user
        if user is None:
            return self._ctx.actor
        return f"{user.display_name} ({user.username})" if user.display_name else user.username
