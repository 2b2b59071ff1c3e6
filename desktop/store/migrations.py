"""The schema, one SQL script per version.

``MIGRATIONS[n]`` takes a database from ``PRAGMA user_version`` n to n + 1.
A script, once released, is never edited: a change is a new script.

Money is an INTEGER of minor units beside a currency code; rates and other
decimals are TEXT (never REAL); dates are ISO text; ids are UUIDv7 text.
"""

from __future__ import annotations

_CURRENCY = "IN ('JPY', 'CNY', 'RUB', 'USD', 'EUR')"

_V1 = f"""
CREATE TABLE customers (
    id                      TEXT PRIMARY KEY,
    family_name             TEXT NOT NULL,
    given_name              TEXT NOT NULL,
    name_key                TEXT NOT NULL,
    birth_date              TEXT,
    name_reading            TEXT NOT NULL DEFAULT '',
    sex                     TEXT CHECK (sex IN ('F', 'M')),
    citizenship             TEXT NOT NULL DEFAULT '',
    language                TEXT NOT NULL DEFAULT 'en',
    id_document_kind        TEXT NOT NULL CHECK (id_document_kind IN
                                ('passport', 'residence_card', 'driving_licence',
                                 'my_number_card', 'resident_id_card', 'other')),
    id_document_number      TEXT NOT NULL DEFAULT '',
    id_document_key         TEXT NOT NULL DEFAULT '',
    id_document_issued_on   TEXT,
    phone                   TEXT NOT NULL DEFAULT '',
    phone_key               TEXT NOT NULL DEFAULT '',
    email                   TEXT NOT NULL DEFAULT '',
    address                 TEXT NOT NULL DEFAULT '',
    region                  TEXT NOT NULL DEFAULT '',
    employer                TEXT NOT NULL DEFAULT '',
    position                TEXT NOT NULL DEFAULT '',
    employed_since          TEXT,
    total_employment_months INTEGER CHECK (total_employment_months >= 0),
    income_minor            INTEGER CHECK (income_minor >= 0),
    income_currency         TEXT CHECK (income_currency {_CURRENCY}),
    consent_given_on        TEXT,
    consent_purpose         TEXT NOT NULL DEFAULT '',
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    CHECK ((income_minor IS NULL) = (income_currency IS NULL))
);
-- Duplicate checks at intake, and the list shown before the clerk types.
CREATE INDEX customers_id_document_key ON customers (id_document_key);
CREATE INDEX customers_phone_key ON customers (phone_key);
CREATE INDEX customers_name_key ON customers (name_key, birth_date);
CREATE INDEX customers_created_at ON customers (created_at, id);

CREATE TABLE obligations (
    customer_id           TEXT NOT NULL REFERENCES customers (id),
    position              INTEGER NOT NULL,
    kind                  TEXT NOT NULL CHECK (kind IN ('loan', 'guarantee', 'overdraft')),
    creditor              TEXT NOT NULL DEFAULT '',
    monthly_payment_minor INTEGER CHECK (monthly_payment_minor >= 0),
    credit_limit_minor    INTEGER CHECK (credit_limit_minor >= 0),
    currency              TEXT CHECK (currency {_CURRENCY}),
    at_this_bank          INTEGER NOT NULL DEFAULT 0 CHECK (at_this_bank IN (0, 1)),
    PRIMARY KEY (customer_id, position)
) WITHOUT ROWID;

CREATE TABLE lenders (
    id                    TEXT PRIMARY KEY,
    name                  TEXT NOT NULL,
    kind                  TEXT NOT NULL CHECK (kind IN
                              ('bank', 'finance_company', 'guarantor_company',
                               'provident_fund', 'cooperative', 'dealer')),
    country               TEXT NOT NULL DEFAULT '',
    phone                 TEXT NOT NULL DEFAULT '',
    email                 TEXT NOT NULL DEFAULT '',
    address               TEXT NOT NULL DEFAULT '',
    payoff_request_method TEXT NOT NULL DEFAULT '',
    release_documents     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(release_documents)),
    release_days          INTEGER CHECK (release_days BETWEEN 0 AND 365)
);

-- Vehicles and properties share one table so that a loan has one asset_id.
CREATE TABLE assets (
    id                      TEXT PRIMARY KEY,
    kind                    TEXT NOT NULL CHECK (kind IN ('vehicle', 'property')),
    owner_id                TEXT NOT NULL REFERENCES customers (id),
    vin                     TEXT,
    vin_key                 TEXT,
    plate                   TEXT,
    make                    TEXT,
    model                   TEXT,
    year                    INTEGER,
    mileage_km              INTEGER CHECK (mileage_km >= 0),
    owner_of_record         TEXT,
    first_registered_on     TEXT,
    address                 TEXT,
    property_kind           TEXT CHECK (property_kind IN ('condominium', 'house', 'land')),
    floor_area_m2           TEXT,
    land_parcels            INTEGER CHECK (land_parcels >= 0),
    buildings               INTEGER CHECK (buildings >= 0),
    management_fee_minor    INTEGER CHECK (management_fee_minor >= 0),
    management_fee_currency TEXT CHECK (management_fee_currency {_CURRENCY}),
    repair_reserve_minor    INTEGER CHECK (repair_reserve_minor >= 0),
    repair_reserve_currency TEXT CHECK (repair_reserve_currency {_CURRENCY}),
    CHECK (kind <> 'vehicle' OR (vin IS NOT NULL AND vin_key IS NOT NULL)),
    CHECK (kind <> 'property' OR (address IS NOT NULL AND property_kind IS NOT NULL))
);
CREATE INDEX assets_owner_id ON assets (owner_id);
CREATE INDEX assets_vin_key ON assets (vin_key);

CREATE TABLE loans (
    id                        TEXT PRIMARY KEY,
    lender_id                 TEXT NOT NULL REFERENCES lenders (id),
    borrower_id               TEXT NOT NULL REFERENCES customers (id),
    asset_id                  TEXT REFERENCES assets (id),
    account_number            TEXT NOT NULL,
    currency                  TEXT NOT NULL CHECK (currency {_CURRENCY}),
    principal_minor           INTEGER NOT NULL CHECK (principal_minor > 0),
    annual_rate               TEXT NOT NULL,
    term_months               INTEGER NOT NULL CHECK (term_months > 0),
    method                    TEXT NOT NULL CHECK (method IN
                                  ('equal_installment', 'equal_principal', 'bullet', 'balloon')),
    disbursed_on              TEXT NOT NULL,
    due_day                   INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 31),
    day_count                 TEXT NOT NULL CHECK (day_count IN ('monthly', 'actual_365')),
    residual_minor            INTEGER CHECK (residual_minor >= 0),
    penalty_rate              TEXT NOT NULL DEFAULT '0',
    status                    TEXT NOT NULL CHECK (status IN
                                  ('active', 'paid_off', 'called', 'subrogated')),
    lender_is_owner_of_record INTEGER NOT NULL DEFAULT 0
                                  CHECK (lender_is_owner_of_record IN (0, 1))
);
CREATE INDEX loans_borrower_id ON loans (borrower_id);
CREATE INDEX loans_lender_id ON loans (lender_id);
CREATE INDEX loans_asset_id ON loans (asset_id);

CREATE TABLE payments (
    id           TEXT PRIMARY KEY,
    loan_id      TEXT NOT NULL REFERENCES loans (id),
    paid_on      TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT NOT NULL CHECK (currency {_CURRENCY})
);
CREATE INDEX payments_loan_id ON payments (loan_id, paid_on);

-- Append-only: every change, with a hash chain that shows tampering.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- One search index for everything the desk looks up (see search.py).
-- search_entries holds one row per record; search_index is its trigram
-- full-text index (external content, kept in step by the triggers below);
-- search_keys holds each word of the entry for queries of 1-2 characters,
-- which trigrams cannot answer.
CREATE TABLE search_entries (
    id          INTEGER PRIMARY KEY,
    record_id   TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    customer_id TEXT,
    label       TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_index USING fts5 (
    text,
    kind UNINDEXED, record_id UNINDEXED, customer_id UNINDEXED, label UNINDEXED,
    content = 'search_entries', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_index (rowid, text, kind, record_id, customer_id, label)
    VALUES (new.id, new.text, new.kind, new.record_id, new.customer_id, new.label);
END;
CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_index (search_index, rowid, text, kind, record_id, customer_id, label)
    VALUES ('delete', old.id, old.text, old.kind, old.record_id, old.customer_id, old.label);
END;
CREATE TABLE search_keys (
    key      TEXT NOT NULL,
    entry_id INTEGER NOT NULL REFERENCES search_entries (id) ON DELETE CASCADE,
    PRIMARY KEY (key, entry_id)
) WITHOUT ROWID;
CREATE INDEX search_keys_entry_id ON search_keys (entry_id, key);
"""

# Version 2: lender payoff letters, lien releases after a sale, the desk's
# settings, and the register of issued documents with their exact bytes.
_V2 = f"""
-- A lender's payoff letter as the desk received it (domain LenderQuote).
CREATE TABLE lender_quotes (
    id             TEXT PRIMARY KEY,
    loan_id        TEXT NOT NULL REFERENCES loans (id),
    reference      TEXT NOT NULL CHECK (trim(reference) <> ''),
    amount_minor   INTEGER NOT NULL CHECK (amount_minor > 0),
    per_diem_minor INTEGER NOT NULL CHECK (per_diem_minor >= 0),
    currency       TEXT NOT NULL CHECK (currency {_CURRENCY}),
    good_through   TEXT NOT NULL,
    received_on    TEXT NOT NULL,
    received_by    TEXT NOT NULL,
    recorded_at    TEXT NOT NULL,
    CHECK (good_through >= received_on)
);
CREATE INDEX lender_quotes_loan_id ON lender_quotes (loan_id, received_on, good_through);

-- Getting the lien released after a sale (domain LienRelease). The
-- currency goes with the amount sent: both are there or neither is.
CREATE TABLE lien_releases (
    id                 TEXT PRIMARY KEY,
    loan_id            TEXT NOT NULL REFERENCES loans (id),
    sale_on            TEXT NOT NULL,
    sent_on            TEXT,
    sent_amount_minor  INTEGER CHECK (sent_amount_minor > 0),
    currency           TEXT CHECK (currency {_CURRENCY}),
    sent_method        TEXT NOT NULL DEFAULT '',
    sent_reference     TEXT NOT NULL DEFAULT '',
    confirmed_on       TEXT,
    released_on        TEXT,
    documents_received TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(documents_received)),
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK ((sent_amount_minor IS NULL) = (currency IS NULL)),
    CHECK ((sent_on IS NULL) = (sent_amount_minor IS NULL)),
    CHECK (sent_on IS NOT NULL OR (confirmed_on IS NULL AND released_on IS NULL)),
    CHECK (confirmed_on IS NULL OR confirmed_on >= sent_on),
    CHECK (released_on IS NULL OR released_on >= sent_on)
);
CREATE INDEX lien_releases_loan_id ON lien_releases (loan_id, sale_on);
-- The overdue list and the Payoffs screen read only releases still open.
CREATE INDEX lien_releases_open ON lien_releases (sale_on) WHERE released_on IS NULL;
-- At most one open release per loan.
CREATE UNIQUE INDEX lien_releases_one_open ON lien_releases (loan_id) WHERE released_on IS NULL;

-- The desk's settings: one row per key ('desk' holds DeskSettings as JSON).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
) WITHOUT ROWID;

-- The register of issued documents, and the exact bytes of each, so that a
-- reprint is the same file and can be proved so by its SHA-256. Issued
-- documents are evidence: neither table is ever updated or deleted from.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind <> ''),
    record_id   TEXT NOT NULL CHECK (record_id <> ''),
    language    TEXT NOT NULL,
    file_name   TEXT NOT NULL CHECK (file_name <> ''),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    issued_by   TEXT NOT NULL,
    issued_at   TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0)
);
CREATE INDEX documents_issued_at ON documents (issued_at, id);
CREATE INDEX documents_kind ON documents (kind, issued_at, id);
CREATE INDEX documents_record_id ON documents (record_id);
CREATE TABLE document_files (
    document_id TEXT PRIMARY KEY REFERENCES documents (id),
    content     BLOB NOT NULL
);
CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
BEGIN
    SELECT RAISE(ABORT, 'an issued document is never changed');
END;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN
    SELECT RAISE(ABORT, 'an issued document is never changed');
END;
CREATE TRIGGER document_files_no_update BEFORE UPDATE ON document_files
BEGIN
    SELECT RAISE(ABORT, 'an issued document is never changed');
END;
CREATE TRIGGER document_files_no_delete BEFORE DELETE ON document_files
BEGIN
    SELECT RAISE(ABORT, 'an issued document is never changed');
END;
"""

# Version 3: the people who sign in. Passwords as Argon2id hashes only.
_V3 = """
CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'credit_officer', 'security_officer',
                                                  'branch_manager', 'administrator')),
    password_hash   TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
"""

# Version 4: consent records, erasure of personal data and its destruction
# records (see desktop/services/privacy.py).
_V4 = """
-- Each consent the customer signed: when, for what, and which form (its
-- number or scan reference). Intake's consent_given_on stays on customers.
CREATE TABLE consents (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers (id),
    given_on     TEXT NOT NULL,
    purpose      TEXT NOT NULL CHECK (trim(purpose) <> ''),
    form_ref     TEXT NOT NULL DEFAULT '',  -- blanked when the customer is erased
    withdrawn_on TEXT,
    recorded_at  TEXT NOT NULL,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consents_customer_id ON consents (customer_id, given_on);

-- The record (акт) of each erasure. No personal data: the customer is
-- named by the old id only (the row stays, anonymised, for the money records).
-- Kept for good, like the audit log.
CREATE TABLE destruction_records (
    id              TEXT PRIMARY KEY,
    erased_at       TEXT NOT NULL,
    erased_by       TEXT NOT NULL,
    customer_ref    TEXT NOT NULL,
    reason          TEXT NOT NULL CHECK (trim(reason) <> ''),
    categories_json TEXT NOT NULL CHECK (json_valid(categories_json)),
    method          TEXT NOT NULL,
    record_count    INTEGER NOT NULL CHECK (record_count >= 0),
    kept_json       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(kept_json)),
    audit_seq       INTEGER,
    document_id     TEXT REFERENCES documents (id),
    sha256          TEXT CHECK (sha256 IS NULL OR
                                (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
    created_at      TEXT NOT NULL
);
CREATE INDEX destruction_records_customer_ref ON destruction_records (customer_ref);
CREATE INDEX destruction_records_erased_at ON destruction_records (erased_at, id);
CREATE TRIGGER destruction_records_no_update BEFORE UPDATE ON destruction_records
BEGIN
    SELECT RAISE(ABORT, 'a destruction record is never changed');
END;
CREATE TRIGGER destruction_records_no_delete BEFORE DELETE ON destruction_records
BEGIN
    SELECT RAISE(ABORT, 'a destruction record is never changed');
END;

-- An issued document whose stored bytes were destroyed with its customer's
-- personal data. The register row stays (with its SHA-256: it was issued);
-- this row marks it erased and is the only thing that lets the bytes go.
CREATE TABLE document_erasures (
    document_id    TEXT PRIMARY KEY REFERENCES documents (id),
    destruction_id TEXT NOT NULL REFERENCES destruction_records (id),
    erased_at      TEXT NOT NULL
);
CREATE INDEX document_erasures_destruction_id ON document_erasures (destruction_id);
CREATE TRIGGER document_erasures_no_update BEFORE UPDATE ON document_erasures
BEGIN
    SELECT RAISE(ABORT, 'a document erasure is never changed');
END;
CREATE TRIGGER document_erasures_no_delete BEFORE DELETE ON document_erasures
BEGIN
    SELECT RAISE(ABORT, 'a document erasure is never changed');
END;

-- Issued documents stay unchangeable, except through an erasure on record:
-- its bytes may then be deleted, and its file name (which can carry a loan
-- account number) replaced; nothing else of the register row changes.
DROP TRIGGER document_files_no_delete;
CREATE TRIGGER document_files_no_delete BEFORE DELETE ON document_files
WHEN NOT EXISTS (SELECT 1 FROM document_erasures WHERE document_id = old.document_id)
BEGIN
    SELECT RAISE(ABORT, 'an issued document is never changed');
END;
DROP TRIGGER documents_no_update;
CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
WHEN NOT (EXISTS (SELECT 1 FROM document_erasures WHERE document_id = old.id)
          AND new.id = old.id AND new.kind = old.kind AND new.record_id = old.record_id
          AND new.language = old.language AND new.sha256 = old.sha256
          AND new.issued_by = old.issued_by AND new.issued_at = old.issued_at
          AND new.size = old.size)
BEGIN
    SELECT RAISE(ABORT, 'an issued document is never changed');
END;

-- A person's copy gathers the audit entries about their records.
CREATE INDEX audit_log_entity_id ON audit_log (entity_id, seq);
"""

# Version 5: the signed consent form's reference, taken at intake.
_V5 = """
ALTER TABLE customers ADD COLUMN consent_form_ref TEXT NOT NULL DEFAULT '';
"""

# Version 6: settlements of a sale, in versions (desktop/store/settlements.py).
# A deal is the header; each version holds the deal's inputs as one JSON
# document (services/settlements.py defines it) from which the domain engine
# recomputes the settlement exactly, and the totals lists show. Versions
# follow one another: n + 1 is a draft made only once n is final, so there
# is at most one draft, the last. A final version is locked: never updated
# or deleted, except that the erasure of its customer's personal data (a
# destruction record on file) may rewrite its inputs document alone.
_V6 = f"""
CREATE TABLE settlement_deals (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('car_dealer_purchase', 'car_trade_in',
                                              'car_private_sale', 'home_market_sale',
                                              'home_voluntary_sale')),
    customer_id TEXT NOT NULL REFERENCES customers (id),  -- the seller
    loan_id     TEXT REFERENCES loans (id),
    asset_id    TEXT REFERENCES assets (id),
    currency    TEXT NOT NULL CHECK (currency {_CURRENCY}),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX settlement_deals_customer_id ON settlement_deals (customer_id, created_at, id);
CREATE INDEX settlement_deals_created_at ON settlement_deals (created_at, id);
CREATE INDEX settlement_deals_loan_id ON settlement_deals (loan_id) WHERE loan_id IS NOT NULL;
CREATE INDEX settlement_deals_asset_id ON settlement_deals (asset_id) WHERE asset_id IS NOT NULL;

CREATE TABLE settlement_versions (
    deal_id            TEXT NOT NULL REFERENCES settlement_deals (id),
    version            INTEGER NOT NULL CHECK (version >= 1),
    status             TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    inputs_json        TEXT NOT NULL CHECK (json_valid(inputs_json)),
    -- The computed totals, for lists (in the deal's currency); NULL while
    -- the inputs do not make a settlement yet (a voluntary sale's table
    -- the lender has not decided).
    money_in_minor     INTEGER CHECK (money_in_minor >= 0),
    money_out_minor    INTEGER CHECK (money_out_minor >= 0),
    balance_state      TEXT CHECK (balance_state IN ('balanced', 'overage', 'shortage')),
    net_proceeds_minor INTEGER,
    finalised_at       TEXT,
    finalised_by       TEXT,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (deal_id, version),
    CHECK ((money_in_minor IS NULL) = (money_out_minor IS NULL)
           AND (money_in_minor IS NULL) = (balance_state IS NULL)
           AND (money_in_minor IS NULL) = (net_proceeds_minor IS NULL)),
    CHECK ((status = 'final') = (finalised_at IS NOT NULL)
           AND (finalised_at IS NULL) = (finalised_by IS NULL)),
    CHECK (status = 'draft' OR balance_state = 'balanced')
) WITHOUT ROWID;

CREATE TRIGGER settlement_versions_in_turn BEFORE INSERT ON settlement_versions
WHEN new.status <> 'draft'
  OR new.version <> 1 + coalesce((SELECT max(version) FROM settlement_versions
                                  WHERE deal_id = new.deal_id), 0)
  OR EXISTS (SELECT 1 FROM settlement_versions WHERE deal_id = new.deal_id AND status = 'draft')
BEGIN
    SELECT RAISE(ABORT, 'a new settlement version is a draft that follows the last, final one');
END;
CREATE TRIGGER settlement_versions_same_keys BEFORE UPDATE ON settlement_versions
WHEN new.deal_id IS NOT old.deal_id OR new.version IS NOT old.version
  OR new.created_at IS NOT old.created_at OR new.created_by IS NOT old.created_by
BEGIN
    SELECT RAISE(ABORT, 'a settlement version keeps its deal, number and creation');
END;
CREATE TRIGGER settlement_versions_final_locked BEFORE UPDATE ON settlement_versions
WHEN old.status = 'final'
 AND NOT (EXISTS (SELECT 1 FROM settlement_deals AS d
                  JOIN destruction_records AS r ON r.customer_ref = d.customer_id
                  WHERE d.id = old.deal_id)
          AND new.status = old.status
          AND new.money_in_minor IS old.money_in_minor
          AND new.money_out_minor IS old.money_out_minor
          AND new.balance_state IS old.balance_state
          AND new.net_proceeds_minor IS old.net_proceeds_minor
          AND new.finalised_at IS old.finalised_at
          AND new.finalised_by IS old.finalised_by
          AND new.updated_at IS old.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'a final settlement version is locked: revise the deal to change it');
END;
CREATE TRIGGER settlement_versions_final_no_delete BEFORE DELETE ON settlement_versions
WHEN old.status = 'final'
BEGIN
    SELECT RAISE(ABORT, 'a final settlement version is locked: revise the deal to change it');
END;
CREATE TRIGGER settlement_deals_no_update BEFORE UPDATE ON settlement_deals
BEGIN
    SELECT RAISE(ABORT, 'a settlement deal is never changed: its versions are');
END;
CREATE TRIGGER settlement_deals_no_delete BEFORE DELETE ON settlement_deals
WHEN EXISTS (SELECT 1 FROM settlement_versions WHERE deal_id = old.id AND status = 'final')
BEGIN
    SELECT RAISE(ABORT, 'a settlement with a final version is never deleted');
END;
"""

# Version 7: credit applications (desktop/store/credit.py). One row per
# application: the columns lists sort and filter by, and JSON documents for
# the rest (services/credit.py defines them): the applicant's and the
# request's facts, the dossier's documents, the workflow's record of who
# did what when, and what must follow an approval. The program file's
# SHA-256 at the time pins which rules the figures were made under.
_V7 = f"""
CREATE TABLE credit_applications (
    id              TEXT PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,   -- what people quote: 2026-000012
    customer_id     TEXT NOT NULL REFERENCES customers (id),
    program_id      TEXT NOT NULL,
    program_sha256  TEXT NOT NULL,
    currency        TEXT NOT NULL CHECK (currency {_CURRENCY}),
    amount_minor    INTEGER NOT NULL CHECK (amount_minor > 0),  -- requested
    status          TEXT NOT NULL,
    filed_refused   INTEGER NOT NULL DEFAULT 0 CHECK (filed_refused IN (0, 1)),
    received_at     TEXT,   -- when the centre counts it received (UTC)
    decision_due_at TEXT,   -- UTC, for the list of what is due and late
    facts_json      TEXT NOT NULL CHECK (json_valid(facts_json)),
    dossier_json    TEXT NOT NULL CHECK (json_valid(dossier_json)),
    workflow_json   TEXT NOT NULL CHECK (json_valid(workflow_json)),
    followup_json   TEXT NOT NULL CHECK (json_valid(followup_json)),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX credit_applications_customer_id ON credit_applications (customer_id, created_at);
CREATE INDEX credit_applications_due ON credit_applications (status, decision_due_at);
CREATE INDEX credit_applications_created_at ON credit_applications (created_at, id);
CREATE TRIGGER credit_applications_same_keys BEFORE UPDATE ON credit_applications
WHEN new.id IS NOT old.id OR new.number IS NOT old.number
  OR new.customer_id IS NOT old.customer_id OR new.created_at IS NOT old.created_at
  OR new.created_by IS NOT old.created_by
BEGIN
    SELECT RAISE(ABORT, 'a credit application keeps its number, customer and creation');
END;
CREATE TRIGGER credit_applications_no_delete BEFORE DELETE ON credit_applications
WHEN old.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'a submitted credit application is never deleted');
END;
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7]

LATEST_VERSION = len(MIGRATIONS)
