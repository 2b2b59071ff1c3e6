"""All the use cases, built once on one database by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths
from desktop.services.audit_trail import AuditTrailService
from desktop.services.context import ServiceContext
from desktop.services.customers import CustomerService
from desktop.services.documents import DocumentService
from desktop.services.loans import LoanService
from desktop.services.lookup import LookupService
from desktop.services.payoff_documents import PayoffDocumentService
from desktop.services.payoffs import PayoffService
from desktop.services.privacy import PrivacyService
from desktop.services.releases import ReleaseService
from desktop.services.settings import SettingsService
from desktop.services.settlements import SettlementService
from desktop.services.users import UserService

if TYPE_CHECKING:
    from desktop.services.credit import CreditService


@dataclass(frozen=True)
class Services:
    context: ServiceContext
    customers: CustomerService
    loans: LoanService
    payoffs: PayoffService
    releases: ReleaseService
    settings: SettingsService
    lookup: LookupService
    documents: DocumentService
    payoff_documents: PayoffDocumentService
    users: UserService
    audit_trail: AuditTrailService
    privacy: PrivacyService
    settlements: SettlementService
    own_programs_dir: Path | None = None

    @cached_property
    def credit(self) -> "CreditService":
        # Built on first use: the credit rules, the holiday calendars and the
        # program files cost ~0.2 s that the start to the customer list need not pay.
        from desktop.services.credit import CreditService
        from desktop.services.credit_programs import ProgramLibrary

        return CreditService(
            self.context, library=ProgramLibrary.load(paths.resources_dir() / "programs",
                                                      self.own_programs_dir),
            customers=self.customers, documents=self.documents, settings=self.settings)

    @classmethod
    def build(cls, context: ServiceContext, *, own_programs_dir: Path | None = None) -> "Services":
        """`own_programs_dir`: where the administrator's program files live
        (beside the database); None offers the shipped programs only."""
        customers, loans, payoffs = CustomerService(context), LoanService(context), PayoffService(context)
        settings, documents = SettingsService(context), DocumentService(context)
        return cls(context=context, customers=customers, loans=loans, payoffs=payoffs,
                   releases=ReleaseService(context), settings=settings, lookup=LookupService(context),
                   documents=documents,
                   payoff_documents=PayoffDocumentService(context, customers, loans, payoffs, settings,
                                                          documents),
                   users=UserService(context, settings), audit_trail=AuditTrailService(context),
                   privacy=PrivacyService(context),
                   settlements=SettlementService(context, payoffs=payoffs, documents=documents,
                                                 customers=customers, settings=settings),
                   own_programs_dir=own_programs_dir)
