"""The one search box: any customer, vehicle, property or loan, by any
fragment the clerk remembers, and the loans behind what was found."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store import search
from desktop.store.customers import CustomerRepository
from desktop.store.loans import LoanOverview, LoanRepository
from desktop.domain.access import Permission
from desktop.services.context import ServiceContext

__all__ = ["LookupHit", "LookupService", "LoanOverview"]


@dataclass(frozen=True)
class LookupHit:
    kind: str                 # customer | vehicle | property | loan (search.KINDS)
    record_id: str
    customer_id: str | None   # the customer, the asset's owner, or the loan's borrower
    label: str                # the customer's name, the asset's label, the account number
    customer_name: str        # "" when the customer is not on file


class LookupService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._db = ctx.database
        self._customers = CustomerRepository(ctx.database)
        self._loans = LoanRepository(ctx.database)

    def find(self, text: str, limit: int = 60) -> list[LookupHit]:
        """Records matching every word typed, customers first, then
        vehicles, properties and loans (search.KINDS)."""
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        hits = search.search(self._db.conn, text, limit=limit)
        names = {
            s.id: s.full_name
            for s in self._customers.summaries(h.customer_id for h in hits if h.customer_id)
        }
        found = [
            LookupHit(h.kind, h.record_id, h.customer_id, h.label, names.get(h.customer_id or "", ""))
            for h in hits
        ]
        # search() already groups by kind; sorted again (stably) so the order
        # is this service's promise, not a detail of the store.
        return sorted(found, key=lambda h: search.KINDS.index(h.kind))

    def loans_for(self, hit: LookupHit) -> list[LoanOverview]:
        """The loans behind a hit: a customer's loans, the loans on a vehicle
        or property, or the loan itself."""
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        if hit.kind == "customer":
            return self._loans.of_borrower(hit.record_id)
        if hit.kind in ("vehicle", "property"):
            return self._loans.on_asset(hit.record_id)
        if hit.kind == "loan":
            return [self._loans.overview(hit.record_id)]
        raise ValueError(f"unknown kind of hit: {hit.kind!r}")
