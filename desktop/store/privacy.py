"""Consents, retention settings, erasure of a customer's personal data and
the destruction records that prove it (rows ↔ domain retention values).

Erasure overwrites or deletes every personal field the desk holds on a
customer and keeps the money records (loans, payments, lenders' letters,
releases) pointing at the anonymised customer row. The connection runs with
``PRAGMA secure_delete``, so SQLite zeroes what it deletes; the service then
rebuilds the search index (``optimize``: FTS5 otherwise keeps deleted
entries in old segments until they merge) and truncates the write-ahead log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from desktop.domain.errors import NotFound
from desktop.domain.retention import (
    JURISDICTIONS,
    Consent,
    ConsentState,
    CustomerActivity,
    DataCategory,
    DestructionRecord,
    RetentionPolicies,
    add_months,
    erased_marker,
)
from desktop.store import search
from desktop.store.columns import iso, to_date
from desktop.store.db import Database

_SETTINGS_KEY = "privacy"


def _consent(row: dict[str, Any]) -> Consent:
    return Consent(id=row["id"], customer_id=row["customer_id"], given_on=to_date(row["given_on"]),
                   purpose=row["purpose"], form_ref=row["form_ref"],
                   withdrawn_on=to_date(row["withdrawn_on"]))


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat()


def _destruction(row: dict[str, Any]) -> DestructionRecord:
    return DestructionRecord(
        id=row["id"], erased_at=datetime.fromisoformat(row["erased_at"]),
        erased_by=row["erased_by"], customer_ref=row["customer_ref"], reason=row["reason"],
        categories=tuple(DataCategory(c) for c in json.loads(row["categories_json"])),
        method=row["method"], record_count=row["record_count"],
        created_at=datetime.fromisoformat(row["created_at"]),
        document_id=row["document_id"], sha256=row["sha256"],
        kept=json.loads(row["kept_json"]), audit_seq=row["audit_seq"])


@dataclass(frozen=True)
class RelatedIds:
    """The ids of everything recorded on one customer."""

    customer_id: str
    assets: tuple[str, ...] = ()
    loans: tuple[str, ...] = ()
    payments: tuple[str, ...] = ()
    lender_quotes: tuple[str, ...] = ()
    lien_releases: tuple[str, ...] = ()
    consents: tuple[str, ...] = ()

    @property
    def records(self) -> tuple[str, ...]:
        """Every record a document may be issued for."""
        return (self.customer_id, *self.assets, *self.loans, *self.payments, *self.lender_quotes,
                *self.lien_releases)


@dataclass
class ErasedData:
    """What the erasure found and overwrote, before the documents' bytes go."""

    categories: list[DataCategory] = field(default_factory=list)
    record_count: int = 0
    documents: list[str] = field(default_factory=list)   # ids whose bytes are to go
    kept: dict[str, int] = field(default_factory=dict)   # money records kept, by table

    def add(self, category: DataCategory, rows: int) -> None:
        if rows:
            if category not in self.categories:
                self.categories.append(category)
            self.record_count += rows


def _in(values: tuple[str, ...]) -> str:
    return ", ".join("?" * len(values))


class PrivacyRepository:
    def __init__(self, database: Database):
        self._db = database.db
        self._conn = database.conn

    # -- consents ---------------------------------------------------------------

    def add_consent(self, consent: Consent, *, at: datetime) -> None:
        self._db["consents"].insert({
            "id": consent.id, "customer_id": consent.customer_id, "given_on": iso(consent.given_on),
            "purpose": consent.purpose, "form_ref": consent.form_ref,
            "withdrawn_on": iso(consent.withdrawn_on), "recorded_at": _utc(at),
        })

    def set_withdrawn(self, consent_id: str, on: date) -> None:
        self._conn.execute("UPDATE consents SET withdrawn_on = ? WHERE id = ?", (iso(on), consent_id))

    def consents_of(self, customer_id: str) -> list[Consent]:
        rows = self._db["consents"].rows_where("customer_id = ?", [customer_id],
                                               order_by="given_on, recorded_at, id")
        return list(map(_consent, rows))

    def intake_consent(self, customer_id: str) -> tuple[date | None, str]:
        """The consent recorded on the customer at intake: its date and purpose."""
        row = self._conn.execute("SELECT consent_given_on, consent_purpose FROM customers WHERE id = ?",
                                 (customer_id,)).fetchone()
        if row is None:
            raise NotFound(f"no customer {customer_id}")
        return to_date(row[0]), row[1]

    # -- settings -----------------------------------------------------------------

    def policies(self) -> RetentionPolicies | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (_SETTINGS_KEY,)).fetchone()
        return None if row is None else RetentionPolicies.from_json_dict(json.loads(row[0]))

    def put_policies(self, policies: RetentionPolicies) -> None:
        self._conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_SETTINGS_KEY, json.dumps(policies.to_json_dict(), ensure_ascii=False, sort_keys=True)),
        )

    # -- retention -------------------------------------------------------------------

    def activities(self, today: date, policies: RetentionPolicies) -> list[CustomerActivity]:
        """Customers not erased who may be due on ``today``: those last used
        before the shortest retention period, and any without consent in force.

        The last use is the latest day the customer's data served the
        desk's business: intake and changes, a consent given, a loan paid
        out, a payment, a lender's letter, a release step, a document issued
        (a copy exported for the customer does not count, nor a look at the
        file). One pass over each table, grouped by customer.
        """
        shortest = min(policies.policy(j).months for j in JURISDICTIONS)
        # A superset: the domain decides exactly (a month end can move a due date by days).
        cutoff = add_months(today, -shortest) + timedelta(days=3)
        rows = self._conn.execute(
            """
            WITH act (customer_id, day) AS (
                SELECT id, substr(updated_at, 1, 10) FROM customers
                UNION ALL SELECT customer_id, given_on FROM consents
                UNION ALL SELECT borrower_id, disbursed_on FROM loans
                UNION ALL SELECT l.borrower_id, p.paid_on
                    FROM payments AS p JOIN loans AS l ON l.id = p.loan_id
                UNION ALL SELECT l.borrower_id, q.received_on
                    FROM lender_quotes AS q JOIN loans AS l ON l.id = q.loan_id
                UNION ALL SELECT l.borrower_id, max(r.sale_on, coalesce(r.sent_on, ''),
                                                    coalesce(r.confirmed_on, ''),
                                                    coalesce(r.released_on, ''))
                    FROM lien_releases AS r JOIN loans AS l ON l.id = r.loan_id
                UNION ALL SELECT d.record_id, substr(d.issued_at, 1, 10)
                    FROM documents AS d JOIN customers AS c ON c.id = d.record_id
                    WHERE d.kind <> 'personal_copy'
                UNION ALL SELECT l.borrower_id, substr(d.issued_at, 1, 10)
                    FROM documents AS d JOIN loans AS l ON l.id = d.record_id
                UNION ALL SELECT l.borrower_id, substr(d.issued_at, 1, 10)
                    FROM documents AS d JOIN lien_releases AS r ON r.id = d.record_id
                    JOIN loans AS l ON l.id = r.loan_id
            ),
            last (customer_id, day) AS (
                SELECT customer_id, max(day) FROM act GROUP BY customer_id
            ),
            open_loans (customer_id, n) AS (
                SELECT borrower_id, count(*) FROM loans WHERE status <> 'paid_off' GROUP BY borrower_id
            ),
            open_releases (customer_id, n) AS (
                SELECT l.borrower_id, count(*) FROM lien_releases AS r JOIN loans AS l ON l.id = r.loan_id
                WHERE r.released_on IS NULL GROUP BY l.borrower_id
            ),
            given (customer_id, total, active, last_withdrawn) AS (
                SELECT customer_id, count(*), sum(withdrawn_on IS NULL), max(withdrawn_on)
                FROM consents GROUP BY customer_id
            )
            SELECT c.id, c.citizenship, c.family_name, c.given_name, c.consent_given_on, last.day,
                   coalesce(ol.n, 0), coalesce(orl.n, 0), coalesce(g.total, 0),
                   coalesce(g.active, 0), g.last_withdrawn
            FROM customers AS c
            JOIN last ON last.customer_id = c.id
            LEFT JOIN open_loans AS ol ON ol.customer_id = c.id
            LEFT JOIN open_releases AS orl ON orl.customer_id = c.id
            LEFT JOIN given AS g ON g.customer_id = c.id
            WHERE NOT EXISTS (SELECT 1 FROM destruction_records AS x WHERE x.customer_ref = c.id)
              AND (last.day <= ? OR coalesce(g.active, 0) = 0 AND (g.total > 0 OR c.consent_given_on IS NULL))
            ORDER BY c.id
            """,
            (cutoff.isoformat(),),
        ).fetchall()
        found = []
        for (cid, citizenship, family, given, intake_on, day, open_loans, open_releases,
             total, active, last_withdrawn) in rows:
            if total:
                state = ConsentState.GIVEN if active else ConsentState.WITHDRAWN
            else:
                state = ConsentState.GIVEN if intake_on else ConsentState.NONE
            found.append(CustomerActivity(
                customer_id=cid, citizenship=citizenship, activity=(date.fromisoformat(day),),
                open_loans=open_loans, open_releases=open_releases, consent=state,
                consent_withdrawn_on=to_date(last_withdrawn) if state is ConsentState.WITHDRAWN else None,
                label=" ".join(p for p in (family, given) if p)))
        return found

    # -- erasure ------------------------------------------------------------------------

    def is_erased(self, customer_id: str) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM destruction_records WHERE customer_ref = ? LIMIT 1", (customer_id,)
        ).fetchone() is not None

    def open_business(self, customer_id: str) -> tuple[int, int]:
        """Loans not paid off, and lien releases not finished, of the customer."""
        loans = self._conn.execute(
            "SELECT count(*) FROM loans WHERE borrower_id = ? AND status <> 'paid_off'", (customer_id,)
        ).fetchone()[0]
        releases = self._conn.execute(
            "SELECT count(*) FROM lien_releases AS r JOIN loans AS l ON l.id = r.loan_id "
            "WHERE l.borrower_id = ? AND r.released_on IS NULL", (customer_id,)
        ).fetchone()[0]
        return loans, releases

    def related_ids(self, customer_id: str) -> RelatedIds:
        def ids(sql: str, *args) -> tuple[str, ...]:
            return tuple(r[0] for r in self._conn.execute(sql, args))

        loans = ids("SELECT id FROM loans WHERE borrower_id = ? ORDER BY id", customer_id)
        of_loans = f"WHERE loan_id IN ({_in(loans)}) ORDER BY id"
        return RelatedIds(
            customer_id=customer_id,
            assets=ids("SELECT id FROM assets WHERE owner_id = ? ORDER BY id", customer_id),
            loans=loans,
            payments=ids(f"SELECT id FROM payments {of_loans}", *loans),
            lender_quotes=ids(f"SELECT id FROM lender_quotes {of_loans}", *loans),
            lien_releases=ids(f"SELECT id FROM lien_releases {of_loans}", *loans),
            consents=ids("SELECT id FROM consents WHERE customer_id = ? ORDER BY id", customer_id),
        )

    def documents_of(self, records: tuple[str, ...]) -> list[str]:
        """Ids of the documents issued for these records whose bytes are still held."""
        return [r[0] for r in self._conn.execute(
            f"SELECT d.id FROM documents AS d JOIN document_files AS f ON f.document_id = d.id "
            f"WHERE d.record_id IN ({_in(records)}) ORDER BY d.issued_at, d.id", records)]

    def erase_customer(self, customer_id: str, *, at: datetime) -> ErasedData:
        """Overwrite or delete every personal field held on the customer; keep
        the money records, anonymised. Call inside the erasure's transaction;
        the documents' bytes go in erase_documents, once the destruction
        record exists."""
        conn, out = self._conn, ErasedData()
        ids = self.related_ids(customer_id)
        row = conn.execute(
            "SELECT family_name, given_name, name_reading, birth_date, sex, citizenship, "
            "id_document_number, id_document_issued_on, phone, email, address, region, employer, "
            "position, employed_since, total_employment_months, income_minor "
            "FROM customers WHERE id = ?", (customer_id,)).fetchone()
        if row is None:
            raise NotFound(f"no customer {customer_id}")
        (family, given, reading, birth, sex, citizenship, doc, doc_on, phone, email, address, region,
         employer, position, employed_since, months, income) = row

        def held(*values) -> int:
            return int(any(v not in (None, "") for v in values))

        out.add(DataCategory.IDENTITY, held(family, given, reading, birth, sex, citizenship, doc, doc_on))
        out.add(DataCategory.CONTACTS, held(phone, email))
        out.add(DataCategory.ADDRESS, held(address, region))
        out.add(DataCategory.EMPLOYMENT, held(employer, position, employed_since, months))
        out.add(DataCategory.INCOME, held(income))
        marker = erased_marker(customer_id)
        # One row rewritten: count it once, whatever categories it held.
        out.record_count = 1
        conn.execute(
            """UPDATE customers SET
                   family_name = ?, given_name = '', name_key = ?, birth_date = NULL,
                   name_reading = '', sex = NULL, citizenship = '', language = 'en',
                   id_document_kind = 'other', id_document_number = '', id_document_key = '',
                   id_document_issued_on = NULL, phone = '', phone_key = '', email = '',
                   address = '', region = '', employer = '', position = '', employed_since = NULL,
                   total_employment_months = NULL, income_minor = NULL, income_currency = NULL,
                   updated_at = ?
               WHERE id = ?""",
            (marker, search.normalise(marker), _utc(at), customer_id))
        out.add(DataCategory.OBLIGATIONS, conn.execute(
            "DELETE FROM obligations WHERE customer_id = ?", (customer_id,)).rowcount)
        # The consents stay as the lawful ground of what was done (dates and
        # purpose); the form's reference goes with the person.
        out.add(DataCategory.CONSENT_FORMS, conn.execute(
            "UPDATE consents SET form_ref = '' WHERE customer_id = ? AND form_ref <> ''",
            (customer_id,)).rowcount)
        # A VIN, a plate or an address identifies a person: only the kind of
        # asset stays, for the money records.
        out.add(DataCategory.VEHICLES, conn.execute(
            """UPDATE assets SET vin = '', vin_key = '', plate = NULL, make = NULL, model = NULL,
                   year = NULL, mileage_km = NULL, owner_of_record = NULL, first_registered_on = NULL
               WHERE owner_id = ? AND kind = 'vehicle'""", (customer_id,)).rowcount)
        out.add(DataCategory.PROPERTIES, conn.execute(
            """UPDATE assets SET address = '', floor_area_m2 = NULL, land_parcels = NULL,
                   buildings = NULL, management_fee_minor = NULL, management_fee_currency = NULL,
                   repair_reserve_minor = NULL, repair_reserve_currency = NULL
               WHERE owner_id = ? AND kind = 'property'""", (customer_id,)).rowcount)
        # The lender's account number identifies the borrower to the lender.
        out.add(DataCategory.LOAN_ACCOUNTS, conn.execute(
            "UPDATE loans SET account_number = ? WHERE borrower_id = ?",
            (marker, customer_id)).rowcount)
        if ids.lien_releases:
            out.add(DataCategory.RELEASE_NOTES, conn.execute(
                f"UPDATE lien_releases SET notes = '' WHERE id IN ({_in(ids.lien_releases)}) "
                f"AND notes <> ''", ids.lien_releases).rowcount)
        # Keys go by ON DELETE CASCADE, trigrams by trigger (then optimize).
        out.add(DataCategory.SEARCH_INDEX, conn.execute(
            "DELETE FROM search_entries WHERE customer_id = ?", (customer_id,)).rowcount)
        out.documents = self.documents_of(ids.records)
        out.add(DataCategory.ISSUED_DOCUMENTS, len(out.documents))
        out.kept = {"loans": len(ids.loans), "payments": len(ids.payments),
                    "lender_quotes": len(ids.lender_quotes), "lien_releases": len(ids.lien_releases)}
        return out

    def erase_documents(self, document_ids: list[str], destruction_id: str, *, at: datetime) -> None:
        """Destroy the stored bytes of issued documents. The register row
        stays with its SHA-256 and is marked erased; its file name, which may
        carry an account number, becomes neutral (the triggers allow exactly
        this, and only for a document with an erasure on record)."""
        for document_id in document_ids:
            self._conn.execute(
                "INSERT INTO document_erasures (document_id, destruction_id, erased_at) VALUES (?, ?, ?)",
                (document_id, destruction_id, _utc(at)))
            self._conn.execute("DELETE FROM document_files WHERE document_id = ?", (document_id,))
            self._conn.execute("UPDATE documents SET file_name = kind || '_erased.pdf' WHERE id = ?",
                               (document_id,))

    def erased_documents(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT document_id FROM document_erasures")}

    def add_destruction_record(self, record: DestructionRecord) -> None:
        self._db["destruction_records"].insert({
            "id": record.id, "erased_at": _utc(record.erased_at), "erased_by": record.erased_by,
            "customer_ref": record.customer_ref, "reason": record.reason,
            "categories_json": json.dumps([c.value for c in record.categories]),
            "method": record.method, "record_count": record.record_count,
            "kept_json": json.dumps(record.kept, sort_keys=True), "audit_seq": record.audit_seq,
            "document_id": record.document_id, "sha256": record.sha256,
            "created_at": _utc(record.created_at),
        })

    def destruction_record(self, record_id: str) -> DestructionRecord:
        row = self._conn.execute("SELECT * FROM destruction_records WHERE id = ?", (record_id,))
        found = [dict(zip([d[0] for d in row.description], r)) for r in row.fetchall()]
        if not found:
            raise NotFound(f"no destruction record {record_id}")
        return _destruction(found[0])

    def destruction_records(self, limit: int = 1000) -> list[DestructionRecord]:
        rows = self._db["destruction_records"].rows_where(order_by="erased_at DESC, id DESC",
                                                          limit=limit)
        return list(map(_destruction, rows))

    def purge_search_index(self) -> None:
        """Merge the search index into one segment, dropping deleted entries
        for good (FTS5 keeps them in older segments until a merge). Rewrites
        the whole index: seconds on a large file. Inside a transaction."""
        self._conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")

    def checkpoint(self) -> tuple[int, int, int]:
        """Copy the write-ahead log into the file and truncate it to zero
        bytes: (busy, frames in the log, frames checkpointed)."""
        return tuple(self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())

    # -- a person's copy ------------------------------------------------------------------

    def audit_entries(self, entity_ids: tuple[str, ...]) -> list[dict[str, Any]]:
        """The audit-trail entries about these records, oldest first."""
        if not entity_ids:
            return []
        rows = self._conn.execute(
            f"SELECT seq, at, actor, action, entity, entity_id, before_json, after_json "
            f"FROM audit_log WHERE entity_id IN ({_in(entity_ids)}) ORDER BY seq", entity_ids)
        return [
            {"seq": seq, "at": at, "actor": actor, "action": action, "entity": entity,
             "entity_id": entity_id,
             "before": None if before is None else json.loads(before),
             "after": None if after is None else json.loads(after)}
            for seq, at, actor, action, entity, entity_id, before, after in rows
        ]

    def payment_ids(self, loan_id: str) -> list[tuple[str, date, int, str]]:
        """(id, paid on, minor units, currency) of the loan's payments, in date order."""
        return [(r[0], date.fromisoformat(r[1]), r[2], r[3]) for r in self._conn.execute(
            "SELECT id, paid_on, amount_minor, currency FROM payments WHERE loan_id = ? "
            "ORDER BY paid_on, id", (loan_id,))]
