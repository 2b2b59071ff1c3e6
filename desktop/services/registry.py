"""All the use cases, built once on one database by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.context import ServiceContext
from desktop.services.customers import CustomerService
from desktop.services.loans import LoanService
from desktop.services.payoffs import PayoffService


@dataclass(frozen=True)
class Services:
    context: ServiceContext
    customers: CustomerService
    loans: LoanService
    payoffs: PayoffService

    @classmethod
    def build(cls, context: ServiceContext) -> "Services":
        return cls(context=context, customers=CustomerService(context),
                   loans=LoanService(context), payoffs=PayoffService(context))
