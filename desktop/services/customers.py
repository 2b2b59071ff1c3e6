"""Taking a customer in, and finding them again."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from desktop.domain.access import Permission
from desktop.domain.customers import Customer, validate_intake
from desktop.domain.errors import Conflict
from desktop.domain.retention import Consent
from desktop.services.context import ServiceContext
from desktop.store import search
from desktop.store.customers import CustomerRepository, CustomerSummary
from desktop.store.ids import new_id
from desktop.store.privacy import PrivacyRepository

__all__ = [
    "CustomerService", "CustomerSummary", "DuplicateCustomer", "DuplicateMatch", "DuplicateReason",
]


class DuplicateReason(StrEnum):
    ID_DOCUMENT = "id_document"
    PHONE = "phone"
    NAME_AND_BIRTH_DATE = "name_and_birth_date"


@dataclass(frozen=True)
class DuplicateMatch:
    id: str
    full_name: str
    reason: DuplicateReason


class DuplicateCustomer(Conflict):
    """The draft looks like a customer already on file."""

    def __init__(self, matches: tuple[DuplicateMatch, ...]):
        self.matches = matches
        super().__init__(
            "This customer may already be on file: "
            + "; ".join(f"{m.full_name} (same {m.reason.value.replace('_', ' ')})" for m in matches)
        )


class CustomerService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._db = ctx.database
        self._customers = CustomerRepository(ctx.database)
        self._privacy = PrivacyRepository(ctx.database)

    def take_in(self, draft: Customer, *, allow_duplicate: bool = False) -> Customer:
        """Record a new customer. The draft's id is ignored; the stored
        customer, with its new id, is returned."""
        self._ctx.require(Permission.EDIT_CUSTOMERS)
        validate_intake(draft, self._ctx.today())
        customer = replace(draft, id=new_id())
        now = self._ctx.now()
        with self._db.transaction():
            if not allow_duplicate:
                matches = self._possible_duplicates(customer)
                if matches:
                    raise DuplicateCustomer(matches)
            self._customers.add(customer, at=now)
            self._ctx.audit(now, "customer.take_in", "customer", customer.id, after=customer)
            # The consent taken at intake is the first entry of the consent register.
            consent = Consent(id=new_id(), customer_id=customer.id, given_on=customer.consent_given_on,
                              purpose=customer.consent_purpose, form_ref=customer.consent_form_ref)
            self._privacy.add_consent(consent, at=now)
            self._ctx.audit(now, "consent.record", "customer", customer.id, after=consent)
        return customer

    def update(self, customer: Customer) -> Customer:
        self._ctx.require(Permission.EDIT_CUSTOMERS)
        validate_intake(customer, self._ctx.today())
        now = self._ctx.now()
        with self._db.transaction():
            before = self._customers.get(customer.id)
            if before == customer:
                return customer
            self._customers.update(customer, at=now)
            self._ctx.audit(now, "customer.update", "customer", customer.id, before=before, after=customer)
        return customer

    def get(self, customer_id: str) -> Customer:
        """Open a customer's file. Every look at personal data is in the audit
        trail (152-FZ, the FTC Safeguards Rule): who looked, when, at whom."""
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        now = self._ctx.now()
        with self._db.transaction():
            customer = self._customers.get(customer_id)
            self._ctx.audit(now, "customer.view", "customer", customer_id)
        return customer

    def search(self, text: str, limit: int = 50) -> list[CustomerSummary]:
        """Customers found by anything on file: name, reading, phone, document,
        e-mail, or the VIN, plate, address or loan account of what they own."""
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        hits = search.search(self._db.conn, text, limit=limit)
        return self._customers.summaries(h.customer_id for h in hits if h.customer_id)

    def recent(self, limit: int = 50) -> list[CustomerSummary]:
        """The newest customers first: the list shown before the clerk types."""
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        return self._customers.recent(limit)

    def _possible_duplicates(self, c: Customer) -> tuple[DuplicateMatch, ...]:
        found = [
            (DuplicateReason.ID_DOCUMENT, self._customers.with_id_document(c.id_document_number)),
            (DuplicateReason.PHONE, self._customers.with_phone(c.phone)),
            (
                DuplicateReason.NAME_AND_BIRTH_DATE,
                self._customers.with_name_and_birth_date(c.family_name, c.given_name, c.birth_date),
            ),
        ]
        return tuple(
            DuplicateMatch(s.id, s.full_name, reason) for reason, summaries in found for s in summaries
        )
