"""Recording lenders, the assets that carry liens, the loans on them, and
the payments made."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from desktop.domain.assets import Asset, Property, Vehicle, validate_asset
from desktop.domain.errors import NotFound, Problems, ValidationError
from desktop.domain.lenders import Lender, validate_lender
from desktop.domain.loan_accounts import LoanAccount, validate_loan_account
from desktop.domain.loans import PaymentMade
from desktop.domain.access import Permission
from desktop.services.context import ServiceContext
from desktop.store.assets import AssetRepository
from desktop.store.customers import CustomerRepository
from desktop.store.ids import new_id
from desktop.store.lenders import LenderRepository
from desktop.store.loans import LoanOverview, LoanRepository

__all__ = ["LoanOverview", "LoanService"]

A = TypeVar("A", Vehicle, Property)


class LoanService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._db = ctx.database
        self._customers = CustomerRepository(ctx.database)
        self._lenders = LenderRepository(ctx.database)
        self._assets = AssetRepository(ctx.database)
        self._loans = LoanRepository(ctx.database)

    # -- lenders ---------------------------------------------------------------

    def add_lender(self, lender: Lender) -> Lender:
        self._ctx.require(Permission.MANAGE_LOANS)
        validate_lender(lender)
        lender = replace(lender, id=new_id())
        now = self._ctx.now()
        with self._db.transaction():
            self._lenders.add(lender)
            self._ctx.audit(now, "lender.add", "lender", lender.id, after=lender)
        return lender

    def update_lender(self, lender: Lender) -> Lender:
        """Save an edit from the lender directory."""
        self._ctx.require(Permission.MANAGE_LOANS)
        validate_lender(lender)
        now = self._ctx.now()
        with self._db.transaction():
            before = self._lenders.get(lender.id)
            if before == lender:
                return lender
            self._lenders.update(lender)
            self._ctx.audit(now, "lender.update", "lender", lender.id, before=before, after=lender)
        return lender

    def get_lender(self, lender_id: str) -> Lender:
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        return self._lenders.get(lender_id)

    def lenders(self) -> list[Lender]:
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        return self._lenders.all()

    # -- assets ----------------------------------------------------------------

    def add_vehicle(self, vehicle: Vehicle) -> Vehicle:
        self._ctx.require(Permission.MANAGE_LOANS)
        return self._add_asset(vehicle)

    def add_property(self, property: Property) -> Property:
        self._ctx.require(Permission.MANAGE_LOANS)
        return self._add_asset(property)

    def _add_asset(self, asset: A) -> A:
        validate_asset(asset, self._ctx.today())
        asset = replace(asset, id=new_id())
        now = self._ctx.now()
        with self._db.transaction():
            self._require_customer(asset.owner_id)
            self._assets.add(asset)
            self._ctx.audit(now, f"{asset.kind.value}.add", asset.kind.value, asset.id, after=asset)
        return asset

    def assets_of(self, customer_id: str) -> list[Asset]:
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        return self._assets.of_owner(customer_id)

    # -- loans -----------------------------------------------------------------

    def add_loan(self, loan: LoanAccount) -> LoanAccount:
        """Record a loan; its terms were checked when they were built."""
        self._ctx.require(Permission.MANAGE_LOANS)
        validate_loan_account(loan)
        loan = replace(loan, id=new_id())
        now = self._ctx.now()
        with self._db.transaction():
            self._lenders.get(loan.lender_id)
            self._require_customer(loan.borrower_id)
            if loan.asset_id is not None and self._assets.get(loan.asset_id).owner_id != loan.borrower_id:
                raise ValidationError.single("asset_id", "This asset belongs to another customer.")
            self._loans.add(loan)
            self._ctx.audit(now, "loan.add", "loan", loan.id, after=loan)
        return loan

    def get_loan(self, loan_id: str) -> LoanAccount:
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        return self._loans.get(loan_id)

    def loans_of(self, customer_id: str) -> list[LoanOverview]:
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        return self._loans.of_borrower(customer_id)

    def overview(self, loan_id: str) -> LoanOverview:
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        return self._loans.overview(loan_id)

    # -- payments --------------------------------------------------------------

    def record_payment(self, loan_id: str, payment: PaymentMade) -> str:
        """Record a payment the borrower made; returns the payment's id."""
        self._ctx.require(Permission.MANAGE_LOANS)
        payment_id = new_id()
        today = self._ctx.today()
        now = self._ctx.now()
        with self._db.transaction():
            loan = self._loans.get(loan_id)
            p = Problems()
            if payment.amount.currency != loan.currency:
                p.add("amount", "This loan is repaid in {currency}.", currency=loan.currency)
            elif not payment.amount.is_positive():
                p.add("amount", "The amount must be more than zero.")
            if payment.paid_on < loan.terms.disbursed_on:
                p.add("paid_on", "The payment date is before the loan was paid out.")
            elif payment.paid_on > today:
                p.add("paid_on", "The payment date is in the future.")
            p.raise_if_any()
            self._loans.add_payment(payment_id, loan_id, payment)
            self._ctx.audit(
                now, "payment.record", "payment", payment_id,
                after={"loan_id": loan_id, "payment": payment},
            )
        return payment_id

    def payments(self, loan_id: str) -> list[PaymentMade]:
        self._ctx.require(Permission.VIEW_CUSTOMERS)
        return self._loans.payments(loan_id)

    def _require_customer(self, customer_id: str) -> None:
        if not self._customers.exists(customer_id):
            raise NotFound(f"no customer {customer_id}")
