"""All the use cases, built once on one database by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop import paths

from desktop.services.audit_trail import AuditTrailService
from desktop.services.context import ServiceContext
from desktop.services.credit import CreditService
from desktop.services.credit_programs import ProgramLibrary
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
    credit: CreditService

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
                   credit=CreditService(
                       context, library=ProgramLibrary.load(paths.resources_dir() / "programs",
                                                            own_programs_dir),
                       customers=customers, documents=documents, settings=settings))
