"""Print a payoff quote: the figure of the day on paper, in the customer's
language, registered with its SHA-256 so a reprint can be proved identical."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.loans import PayoffQuote
from desktop.domain.money import Money
from desktop.domain.payoffs import PayoffFigure
from desktop.services.context import ServiceContext
from desktop.services.customers import CustomerService
from desktop.services.documents import DocumentService
from desktop.services.loans import LoanService
from desktop.services.payoffs import PayoffService
from desktop.services.settings import SettingsService
from desktop.store.documents import IssuedDocument


def _letter_as_quote(figure: PayoffFigure) -> PayoffQuote:
    """A lender's letter states one figure; carry it as the quote's whole,
    with the letter's own date and per diem."""
    letter, zero = figure.lender_quote, Money.zero(figure.amount.currency)
    return PayoffQuote(good_through=letter.good_through, last_due_date=figure.estimate.last_due_date,
                       principal_outstanding=letter.amount, accrued_interest=zero, past_due=zero,
                       penalty_interest=zero, fees=zero, prepayment_compensation=zero,
                       per_diem=letter.per_diem)


@dataclass
class PayoffDocumentService:
    context: ServiceContext
    customers: CustomerService
    loans: LoanService
    payoffs: PayoffService
    settings: SettingsService
    documents: DocumentService

    def issue_payoff_quote(self, loan_id: str, on: date,
                           language: str | None = None) -> tuple[IssuedDocument, bytes]:
        # reportlab loads on the first print, not at start-up.
        from desktop.documents.payoff_quote import PayoffQuoteDocument, asset_label, render_payoff_quote

        ctx = self.context
        loan = self.loans.get_loan(loan_id)
        customer = self.customers.get(loan.borrower_id)
        lender = self.loans.get_lender(loan.lender_id)
        asset = next((a for a in self.loans.assets_of(customer.id) if a.id == loan.asset_id), None)
        figure = self.payoffs.payoff_on(loan_id, on)
        letter = figure.lender_quote
        language = language or customer.language
        document = PayoffQuoteDocument(
            language=language, issued_on=ctx.today(), branch_name=self.settings.get().branch_name,
            customer_name=customer.full_name, lender_name=lender.name, lender_phone=lender.phone,
            account_number=loan.account_number,
            asset=asset_label(asset) if asset is not None else None,
            lender_is_owner_of_record=loan.lender_is_owner_of_record,
            quote=figure.estimate if letter is None else _letter_as_quote(figure),
            source="estimate" if letter is None else "lender", prepared_by=ctx.actor,
            lender_reference=letter.reference if letter else "",
            lender_received_on=letter.received_on if letter else None,
            annual_rate=loan.terms.annual_rate, itemised=letter is None)
        content = render_payoff_quote(document)
        safe_account = re.sub(r"[^\w.-]+", "_", loan.account_number)
        file_name = f"payoff-quote_{safe_account}_{on.isoformat()}_{language}.pdf"
        return self.documents.issue("payoff_quote", loan_id, language, file_name, content), content
