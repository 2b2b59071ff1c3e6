"""A loan as the desk records it: who lent what to whom, on which asset."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import Problems
from desktop.domain.loans import LoanTerms


class LoanStatus(StrEnum):
    ACTIVE = "active"
    PAID_OFF = "paid_off"
    CALLED = "called"            # the lender called the whole loan after default
    SUBROGATED = "subrogated"    # 代位弁済: the guarantor company paid the bank


@dataclass(frozen=True)
class LoanAccount:
    id: str
    lender_id: str
    borrower_id: str
    account_number: str          # the lender's reference for the loan
    terms: LoanTerms
    asset_id: str | None = None
    status: LoanStatus = LoanStatus.ACTIVE
    # 所有権留保: the lender is the registered owner until the loan is paid,
    # so the asset cannot change hands before the payoff reaches it.
    lender_is_owner_of_record: bool = False

    @property
    def currency(self) -> str:
        return self.terms.principal.currency


def validate_loan_account(account: LoanAccount) -> None:
    p = Problems()
    if not account.lender_id:
        p.add("lender_id", "Choose the lender.")
    if not account.borrower_id:
        p.add("borrower_id", "Choose the borrower.")
    if not account.account_number.strip():
        p.add("account_number", "Enter the lender's account number for this loan.")
    p.raise_if_any()
