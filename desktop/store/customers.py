"""Customers and their obligations: rows ↔ domain Customer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable

from sqlite_utils.db import NotFoundError

from desktop.domain.customers import (
    Customer,
    IdDocumentKind,
    Obligation,
    ObligationKind,
    Sex,
    normalise_document_number,
    normalise_phone,
)
from desktop.domain.errors import NotFound
from desktop.store import search
from desktop.store.columns import currency, iso, minor, money, to_date
from desktop.store.db import Database


@dataclass(frozen=True)
class CustomerSummary:
    """One line of a customer list: enough to tell people apart."""

    id: str
    full_name: str
    name_reading: str
    birth_date: date | None
    phone: str
    id_document_number: str


_SUMMARY_COLUMNS = "id, family_name, given_name, name_reading, birth_date, phone, id_document_number"

# Fields whose column has the same name and a plain value (str, int or None).
_PLAIN_FIELDS = (
    "id", "family_name", "given_name", "name_reading", "citizenship", "language",
    "id_document_number", "phone", "email", "address", "region", "employer",
    "position", "total_employment_months", "consent_purpose", "consent_form_ref",
)
_DATE_FIELDS = ("birth_date", "id_document_issued_on", "employed_since", "consent_given_on")


def _name_key(family_name: str, given_name: str) -> str:
    # The name as the search compares it: case, width, ё/е and kana folded.
    return search.normalise(f"{family_name} {given_name}")


def _row(c: Customer) -> dict[str, Any]:
    row: dict[str, Any] = {name: getattr(c, name) for name in _PLAIN_FIELDS}
    row.update({name: iso(getattr(c, name)) for name in _DATE_FIELDS})
    row.update(
        sex=None if c.sex is None else c.sex.value,
        id_document_kind=c.id_document_kind.value,
        name_key=_name_key(c.family_name, c.given_name),
        id_document_key=normalise_document_number(c.id_document_number),
        phone_key=normalise_phone(c.phone),
        income_minor=minor(c.net_monthly_income),
        income_currency=currency(c.net_monthly_income),
    )
    return row


def _customer(row: dict[str, Any], obligations: tuple[Obligation, ...]) -> Customer:
    return Customer(
        **{name: row[name] for name in _PLAIN_FIELDS},
        **{name: to_date(row[name]) for name in _DATE_FIELDS},
        sex=None if row["sex"] is None else Sex(row["sex"]),
        id_document_kind=IdDocumentKind(row["id_document_kind"]),
        net_monthly_income=money(row["income_minor"], row["income_currency"]),
        obligations=obligations,
    )


def _obligation_row(customer_id: str, position: int, ob: Obligation) -> dict[str, Any]:
    # One currency column serves both amounts: they must agree.
    currencies = {a.currency for a in (ob.monthly_payment, ob.credit_limit) if a is not None}
    if len(currencies) > 1:
        raise ValueError("an obligation's payment and limit must be in one currency")
    return {
        "customer_id": customer_id,
        "position": position,
        "kind": ob.kind.value,
        "creditor": ob.creditor,
        "monthly_payment_minor": minor(ob.monthly_payment),
        "credit_limit_minor": minor(ob.credit_limit),
        "currency": currencies.pop() if currencies else None,
        "at_this_bank": int(ob.at_this_bank),
    }


def _obligation(row: dict[str, Any]) -> Obligation:
    return Obligation(
        kind=ObligationKind(row["kind"]),
        creditor=row["creditor"],
        monthly_payment=money(row["monthly_payment_minor"], row["currency"]),
        credit_limit=money(row["credit_limit_minor"], row["currency"]),
        at_this_bank=bool(row["at_this_bank"]),
    )


def _summary(row: dict[str, Any]) -> CustomerSummary:
    return CustomerSummary(
        id=row["id"],
        full_name=" ".join(p for p in (row["family_name"], row["given_name"]) if p),
        name_reading=row["name_reading"],
        birth_date=to_date(row["birth_date"]),
        phone=row["phone"],
        id_document_number=row["id_document_number"],
    )


class CustomerRepository:
    def __init__(self, database: Database):
        self._db = database.db
        self._conn = database.conn

    def add(self, customer: Customer, *, at: datetime) -> None:
        stamp = at.isoformat()
        self._db["customers"].insert({**_row(customer), "created_at": stamp, "updated_at": stamp})
        self._write_obligations(customer)
        self._index(customer)

    def update(self, customer: Customer, *, at: datetime) -> None:
        try:
            self._db["customers"].update(customer.id, {**_row(customer), "updated_at": at.isoformat()})
        except NotFoundError:
            raise NotFound(f"no customer {customer.id}") from None
        self._db["obligations"].delete_where("customer_id = ?", [customer.id])
        self._write_obligations(customer)
        self._index(customer)

    def get(self, customer_id: str) -> Customer:
        try:
            row = self._db["customers"].get(customer_id)
        except NotFoundError:
            raise NotFound(f"no customer {customer_id}") from None
        obligations = self._db["obligations"].rows_where(
            "customer_id = ?", [customer_id], order_by="position"
        )
        return _customer(row, tuple(map(_obligation, obligations)))

    def exists(self, customer_id: str) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM customers WHERE id = ?", (customer_id,)
        ).fetchone() is not None

    def summaries(self, ids: Iterable[str]) -> list[CustomerSummary]:
        """Summaries of these customers, in the order of ``ids``."""
        ids = list(dict.fromkeys(ids))
        rows = self._db.query(
            f"SELECT {_SUMMARY_COLUMNS} FROM customers WHERE id IN ({', '.join('?' * len(ids))})",
            ids,
        )
        by_id = {row["id"]: _summary(row) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def recent(self, limit: int) -> list[CustomerSummary]:
        rows = self._db.query(
            f"SELECT {_SUMMARY_COLUMNS} FROM customers ORDER BY created_at DESC, id DESC LIMIT ?",
            [limit],
        )
        return list(map(_summary, rows))

    # -- duplicate checks at intake ----------------------------------------

    def with_id_document(self, number: str) -> list[CustomerSummary]:
        return self._where("id_document_key", normalise_document_number(number))

    def with_phone(self, phone: str) -> list[CustomerSummary]:
        return self._where("phone_key", normalise_phone(phone))

    def with_name_and_birth_date(
        self, family_name: str, given_name: str, birth_date: date
    ) -> list[CustomerSummary]:
        rows = self._db.query(
            f"SELECT {_SUMMARY_COLUMNS} FROM customers WHERE name_key = ? AND birth_date = ?",
            [_name_key(family_name, given_name), birth_date.isoformat()],
        )
        return list(map(_summary, rows))

    def _where(self, key_column: str, key: str) -> list[CustomerSummary]:
        if not key:
            return []
        rows = self._db.query(f"SELECT {_SUMMARY_COLUMNS} FROM customers WHERE {key_column} = ?", [key])
        return list(map(_summary, rows))

    # -- inside add/update ---------------------------------------------------

    def _write_obligations(self, customer: Customer) -> None:
        if customer.obligations:
            self._db["obligations"].insert_all(
                _obligation_row(customer.id, i, ob) for i, ob in enumerate(customer.obligations)
            )

    def _index(self, c: Customer) -> None:
        search.index_record(
            self._conn,
            kind="customer",
            record_id=c.id,
            customer_id=c.id,
            label=c.full_name,
            fields=(
                c.family_name,
                c.given_name,
                c.family_name + c.given_name,  # 王芳, 山田太郎: typed without a space
                c.name_reading,
                c.phone,
                c.id_document_number,
                c.email,
            ),
        )
