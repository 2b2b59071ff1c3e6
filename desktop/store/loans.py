"""Loan accounts and the payments recorded on them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils.db import NotFoundError

from desktop.domain.errors import NotFound
from desktop.domain.loan_accounts import LoanAccount, LoanStatus
from desktop.domain.loans import DayCount, LoanTerms, PaymentMade, RepaymentMethod
from desktop.domain.money import Money
from desktop.store import search
from desktop.store.assets import AssetRepository, asset_label
from desktop.store.columns import decimal_text, iso, minor, money, to_date, to_decimal
from desktop.store.db import Database


@dataclass(frozen=True)
class LoanOverview:
    """One line of a customer's list of loans."""

    id: str
    account_number: str
    lender_name: str
    borrower_name: str
    asset_label: str  # "" for a loan on no recorded asset
    principal: Money
    status: LoanStatus
    # 所有権留保: the lender is the registered owner until the payoff reaches it.
    lender_is_owner_of_record: bool = False
    lender_id: str = ""  # the lender's record: a party to a settlement is named by it
    asset_id: str | None = None

    @property
    def currency(self) -> str:
        return self.principal.currency


def _row(loan: LoanAccount) -> dict[str, Any]:
    t = loan.terms
    return {
        "id": loan.id,
        "lender_id": loan.lender_id,
        "borrower_id": loan.borrower_id,
        "asset_id": loan.asset_id,
        "account_number": loan.account_number,
        "currency": t.currency,
        "principal_minor": t.principal.minor,
        "annual_rate": decimal_text(t.annual_rate),
        "term_months": t.term_months,
        "method": t.method.value,
        "disbursed_on": iso(t.disbursed_on),
        "due_day": t.due_day,
        "day_count": t.day_count.value,
        "residual_minor": minor(t.residual),
        "penalty_rate": decimal_text(t.penalty_rate),
        "status": loan.status.value,
        "lender_is_owner_of_record": int(loan.lender_is_owner_of_record),
    }


def _loan(row: dict[str, Any]) -> LoanAccount:
    terms = LoanTerms(
        principal=Money(row["principal_minor"], row["currency"]),
        annual_rate=to_decimal(row["annual_rate"]),
        term_months=row["term_months"],
        method=RepaymentMethod(row["method"]),
        disbursed_on=to_date(row["disbursed_on"]),
        due_day=row["due_day"],
        day_count=DayCount(row["day_count"]),
        residual=money(row["residual_minor"], row["currency"]),
        penalty_rate=to_decimal(row["penalty_rate"]),
    )
    return LoanAccount(
        id=row["id"],
        lender_id=row["lender_id"],
        borrower_id=row["borrower_id"],
        account_number=row["account_number"],
        terms=terms,
        asset_id=row["asset_id"],
        status=LoanStatus(row["status"]),
        lender_is_owner_of_record=bool(row["lender_is_owner_of_record"]),
    )


class LoanRepository:
    def __init__(self, database: Database):
        self._db = database.db
        self._conn = database.conn
        self._assets = AssetRepository(database)

    def add(self, loan: LoanAccount) -> None:
        self._db["loans"].insert(_row(loan))
        search.index_record(
            self._conn,
            kind="loan",
            record_id=loan.id,
            customer_id=loan.borrower_id,
            label=loan.account_number,
            fields=(loan.account_number,),
        )

    def get(self, loan_id: str) -> LoanAccount:
        try:
            return _loan(self._db["loans"].get(loan_id))
        except NotFoundError:
            raise NotFound(f"no loan {loan_id}") from None

    def overview(self, loan_id: str) -> LoanOverview:
        found = self._overviews("l.id = ?", loan_id)
        if not found:
            raise NotFound(f"no loan {loan_id}")
        return found[0]

    def of_borrower(self, borrower_id: str) -> list[LoanOverview]:
        return self._overviews("l.borrower_id = ?", borrower_id)

    def on_asset(self, asset_id: str) -> list[LoanOverview]:
        """The loans secured on this vehicle or property."""
        return self._overviews("l.asset_id = ?", asset_id)

    def set_status(self, loan_id: str, status: LoanStatus) -> None:
        if not self._conn.execute(
            "UPDATE loans SET status = ? WHERE id = ?", (LoanStatus(status).value, loan_id)
        ).rowcount:
            raise NotFound(f"no loan {loan_id}")

    def _overviews(self, where: str, value: str) -> list[LoanOverview]:
        rows = list(self._db.query(
            "SELECT l.id, l.account_number, l.asset_id, l.lender_id, l.currency, l.principal_minor,"
            " l.status,"
            " l.lender_is_owner_of_record,"
            " n.name AS lender_name, c.family_name, c.given_name"
            " FROM loans AS l"
            " JOIN lenders AS n ON n.id = l.lender_id"
            " JOIN customers AS c ON c.id = l.borrower_id"
            f" WHERE {where} ORDER BY l.disbursed_on, l.id",
            [value],
        ))
        assets = self._assets.get_many([r["asset_id"] for r in rows if r["asset_id"]])
        return [
            LoanOverview(
                id=r["id"],
                account_number=r["account_number"],
                lender_name=r["lender_name"],
                borrower_name=" ".join(p for p in (r["family_name"], r["given_name"]) if p),
                asset_label=asset_label(assets[r["asset_id"]]) if r["asset_id"] else "",
                principal=Money(r["principal_minor"], r["currency"]),
                status=LoanStatus(r["status"]),
                lender_is_owner_of_record=bool(r["lender_is_owner_of_record"]),
                lender_id=r["lender_id"],
                asset_id=r["asset_id"],
            )
            for r in rows
        ]

    def add_payment(self, payment_id: str, loan_id: str, payment: PaymentMade) -> None:
        self._db["payments"].insert({
            "id": payment_id,
            "loan_id": loan_id,
            "paid_on": iso(payment.paid_on),
            "amount_minor": payment.amount.minor,
            "currency": payment.amount.currency,
        })

    def payments(self, loan_id: str) -> list[PaymentMade]:
        rows = self._db["payments"].rows_where("loan_id = ?", [loan_id], order_by="paid_on, id")
        return [PaymentMade(to_date(r["paid_on"]), Money(r["amount_minor"], r["currency"])) for r in rows]
