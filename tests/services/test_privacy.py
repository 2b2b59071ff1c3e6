"""Consent, retention and erasure, and a person's copy of their data.

The erasure tests follow one customer with a whole closed file (intake,
consent with its signed form, a car, a loan paid off with payments, a
lender's letter, a payoff quote printed, the lien released) and look for
their name, phone and document number everywhere afterwards: the search, every
column of every table, and the raw bytes of a plain database file and its
write-ahead log.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.access import AccessDenied, Role, User
from desktop.domain.customers import IdDocumentKind, ObligationKind, Obligation
from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.lenders import LenderKind
from desktop.domain.loan_accounts import LoanStatus
from desktop.domain.loans import LoanTerms, PaymentMade, RepaymentMethod
from desktop.domain.money import Money
from desktop.domain.payoffs import LenderQuote
from desktop.domain.retention import DEFAULT_MONTHS, DataCategory, ErasureReason, RetentionPolicies
from desktop.services.context import ServiceContext, Session
from desktop.services.customers import CustomerService
from desktop.services.documents import DocumentService
from desktop.services.loans import LoanService
from desktop.services.payoff_documents import PayoffDocumentService
from desktop.services.payoffs import PayoffService
from desktop.services.privacy import BusinessStillOpen, PrivacyService
from desktop.services.releases import ReleaseService
from desktop.services.settings import SettingsService
from desktop.store import audit, search
from desktop.store.db import open_database
from desktop.store.releases import ReleaseRepository
from tests.documents.pdf_check import glyph_problems, squash, text_of
from tests.samples import sample_customer, sample_lender, sample_loan, sample_vehicle
from tests.services.conftest import NOW, Clock

TOKYO = ZoneInfo("Asia/Tokyo")

# What must not survive the erasure, as entered and as the search keys hold it.
FAMILY, GIVEN = "Зябликова", "Евдокия"
PHONE, DOCUMENT = "+7 921 555-01-23", "4019 778899"
EMAIL = "qjxw.zyablikova@example.ru"
VIN, PLATE, ACCOUNT = "XTA21099072765431", "В777ОР 178", "40817810500001112233"
NOTE = "Клиентка просила звонить после 18:00"
SECRETS = (FAMILY, GIVEN, PHONE, "+79215550123", DOCUMENT, "4019778899", EMAIL, VIN, PLATE, ACCOUNT,
           NOTE, "SPD-2026-0042", "Пестеля", "Северный ветер", "Зябликова Е. А.")
REASON = "Retention period ended (152-FZ art. 5(7)); loan paid off"


def manager() -> User:
    return User(id="u-manager", username="tanaka", display_name="田中 一郎", role=Role.BRANCH_MANAGER)


def clerk() -> User:
    return User(id="u-clerk", username="sato", display_name="佐藤 花子", role=Role.CLERK)


def context(database, clock, user: User | None = None) -> ServiceContext:
    session = Session(user=user) if user else Session.system_session()
    return ServiceContext(database, system_actor="system", clock=clock, zone=TOKYO, session=session)


@pytest.fixture
def privacy(ctx):
    return PrivacyService(ctx)


def closed_file(ctx):
    """A Russian customer whose car loan is paid off and whose lien is
    released: nothing open, everything recorded. Returns (customer, loan, car)."""
    customers, loans, payoffs = CustomerService(ctx), LoanService(ctx), PayoffService(ctx)
    releases, documents = ReleaseService(ctx), DocumentService(ctx)
    owner = customers.take_in(sample_customer(
        family_name=FAMILY, given_name=GIVEN, name_reading="Zyablikova Evdokiya", citizenship="RU",
        language="ru", phone=PHONE, email=EMAIL, id_document_kind=IdDocumentKind.PASSPORT,
        id_document_number=DOCUMENT, address="Санкт-Петербург, ул. Пестеля, д. 11, кв. 7",
        region="78", employer="ООО «Северный ветер»", position="бухгалтер",
        net_monthly_income=Money.of(98_000, "RUB"),
        obligations=(Obligation(ObligationKind.LOAN, "Сбербанк", monthly_payment=Money.of(12_000, "RUB")),),
        consent_given_on=date(2026, 4, 12), consent_purpose="автокредит"))
    PrivacyService(ctx).record_consent(owner.id, date(2026, 4, 12), "автокредит", "SPD-2026-0042")
    lender = loans.add_lender(sample_lender(name="АО «Банк Столица»", kind=LenderKind.BANK, country="RU"))
    car = loans.add_vehicle(sample_vehicle(owner.id, vin=VIN, plate=PLATE, make="LADA", model="Granta",
                                           year=2021, owner_of_record="Зябликова Е. А."))
    terms = LoanTerms(principal=Money.of(600_000, "RUB"), annual_rate=Decimal("0.159"), term_months=36,
                      method=RepaymentMethod.EQUAL_INSTALLMENT, disbursed_on=date(2025, 1, 15), due_day=15)
    loan = loans.add_loan(sample_loan(lender.id, owner.id, car.id, terms=terms, account_number=ACCOUNT,
                                      lender_is_owner_of_record=False))
    loans.record_payment(loan.id, PaymentMade(date(2025, 2, 15), Money.of("21065.00", "RUB")))
    loans.record_payment(loan.id, PaymentMade(date(2025, 3, 15), Money.of("21065.00", "RUB")))
    payoffs.record_lender_quote(LenderQuote(
        id="", loan_id=loan.id, reference="СП-2026/0412", amount=Money.of("498000.00", "RUB"),
        good_through=date(2026, 4, 20), per_diem=Money.of("216.00", "RUB"),
        received_on=date(2026, 4, 12), received_by=""))
    PayoffDocumentService(ctx, customers, loans, payoffs, SettingsService(ctx), documents
                          ).issue_payoff_quote(loan.id, date(2026, 4, 12))
    release = releases.start(loan.id, date(2026, 4, 12))
    with ctx.database.transaction():  # the desk's free-text note on the release
        ReleaseRepository(ctx.database).update(replace(release, notes=NOTE), at=ctx.now())
    releases.mark_sent(release.id, date(2026, 4, 12), Money.of("498000.00", "RUB"), "платёжное поручение",
                       "ПП-1187")
    releases.mark_released(release.id, date(2026, 4, 12), ("ПТС",))
    return owner, loan, car


def text_columns_holding(database, value: str) -> list[str]:
    """Every table.column (the audit log aside) whose value contains `value`,
    compared as text (LIKE) and as bytes (instr)."""
    conn = database.conn
    found = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_log'")]
    for table in tables:
        for column in [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]:
            hit = conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE CAST("{column}" AS TEXT) LIKE ? '
                f'OR instr(CAST("{column}" AS BLOB), CAST(? AS BLOB)) > 0',
                ("%" + value + "%", value)).fetchone()[0]
            if hit:
                found.append(f"{table}.{column}")
    return found


# -- consent ------------------------------------------------------------------------


def test_a_consent_is_recorded_with_its_signed_form_and_withdrawn(customers, privacy, audit_rows, clock):
    owner = customers.take_in(sample_customer())
    consent = privacy.record_consent(owner.id, date(2026, 4, 12), " credit application ", "F-2026-0415")
    assert (consent.purpose, consent.form_ref, consent.active) == ("credit application", "F-2026-0415", True)
    at_intake, later = privacy.consents(owner.id)   # the intake's form is in the register too
    assert (at_intake.form_ref, later) == ("同意書 2026-0412-01", consent)
    assert audit_rows()[-1]["action"] == "consent.record"

    clock.advance(days=3)
    withdrawn = privacy.withdraw_consent(owner.id, date(2026, 4, 14))
    assert [c.form_ref for c in withdrawn] == ["同意書 2026-0412-01", "F-2026-0415"]
    assert all(c.withdrawn_on == date(2026, 4, 14) and not c.active for c in withdrawn)
    assert privacy.consents(owner.id) == withdrawn
    row = audit_rows()[-1]
    assert (row["action"], row["entity_id"], row["after"]["withdrawn_on"]) == (
        "consent.withdraw", consent.id, "2026-04-14")
    with pytest.raises(Conflict):
        privacy.withdraw_consent(owner.id, date(2026, 4, 15))


def test_a_consent_without_its_form_or_dated_ahead_is_refused(customers, privacy):
    owner = customers.take_in(sample_customer())
    with pytest.raises(ValidationError) as e:
        privacy.record_consent(owner.id, date(2026, 4, 13), "credit application", " ")
    assert set(e.value.fields) == {"given_on", "form_ref"}
    with pytest.raises(NotFound):
        privacy.record_consent("no-such-customer", date(2026, 4, 12), "credit application", "F-1")


def test_withdrawing_the_intake_consent(customers, privacy):
    owner = customers.take_in(sample_customer())   # the consent signed at intake, with its form
    [withdrawn] = privacy.withdraw_consent(owner.id, date(2026, 4, 12))
    assert (withdrawn.given_on, withdrawn.purpose, withdrawn.form_ref) == (
        date(2026, 4, 12), "credit application", "同意書 2026-0412-01")
    privacy.record_consent(owner.id, date(2026, 4, 12), "trade-in", "F-2")
    with pytest.raises(ValidationError):   # a withdrawal in the future
        privacy.withdraw_consent(owner.id, date(2026, 4, 30))
    assert [c.active for c in privacy.consents(owner.id)] == [False, True]


# -- who is due --------------------------------------------------------------------------


def test_only_the_closed_file_falls_due_and_at_its_date(ctx, world, privacy):
    owner, _, _ = closed_file(ctx)
    # Every customer of the world still has an active loan: never due.
    assert [c.customer_id for c in privacy.due_for_erasure(date(2060, 1, 1))] == [owner.id]
    # RU: 36 months after the last use, 2026-04-12 (release, letter, document).
    assert privacy.due_for_erasure(date(2029, 4, 11)) == []
    [candidate] = privacy.due_for_erasure(date(2029, 4, 12))
    assert (candidate.customer_id, candidate.jurisdiction, candidate.last_use, candidate.due_on,
            candidate.reason) == (owner.id, "RU", date(2026, 4, 12), date(2029, 4, 12),
                                  ErasureReason.RETENTION_ENDED)
    assert candidate.label == f"{FAMILY} {GIVEN}"
    assert "36 months" in candidate.notice.render()


def test_a_withdrawn_consent_falls_due_within_30_days(ctx, privacy, clock):
    owner, _, _ = closed_file(ctx)
    clock.advance(days=30)   # 2026-05-12 in Tokyo
    privacy.withdraw_consent(owner.id, date(2026, 5, 12))
    assert privacy.due_for_erasure(date(2026, 6, 10)) == []
    [candidate] = privacy.due_for_erasure(date(2026, 6, 11))
    assert candidate.reason is ErasureReason.CONSENT_WITHDRAWN and candidate.due_on == date(2026, 6, 11)


def test_the_branch_s_own_periods_apply(ctx, privacy, audit_rows):
    owner, _, _ = closed_file(ctx)
    policies = RetentionPolicies(branch_country="JP", months={**DEFAULT_MONTHS, "JP": 12})
    privacy.update_policies(policies)
    assert privacy.policies() == policies
    assert audit_rows()[-1]["action"] == "settings.update"
    [candidate] = privacy.due_for_erasure(date(2027, 4, 12))
    assert (candidate.jurisdiction, candidate.due_on) == ("JP", date(2027, 4, 12))
    with pytest.raises(ValidationError):
        privacy.update_policies(replace(policies, withdrawal_days=90))


def test_a_customer_with_an_open_loan_is_never_due_and_cannot_be_erased(car_loan, privacy):
    owner, _, _, _ = car_loan
    assert privacy.due_for_erasure(date(2090, 1, 1)) == []
    with pytest.raises(BusinessStillOpen) as e:
        privacy.erase(owner.id, "Request of the data subject")
    assert e.value.open_loans == 1


# -- erasure ----------------------------------------------------------------------------------


def test_after_erasure_nothing_personal_is_found_and_the_money_stays(ctx, world, privacy, database):
    owner, loan, car = closed_file(ctx)
    loans, customers, payoffs = LoanService(ctx), CustomerService(ctx), PayoffService(ctx)
    payments_before = loans.payments(loan.id)
    quote_before = payoffs.quote(loan.id, date(2026, 4, 20))
    for value in SECRETS:
        assert text_columns_holding(database, value), value  # the check can find them

    record = privacy.erase(owner.id, REASON)

    for text in (FAMILY, GIVEN, PHONE, "555-01-23", DOCUMENT, "778899", EMAIL, VIN, PLATE, ACCOUNT):
        assert customers.search(text) == [], text
    for value in SECRETS:
        assert text_columns_holding(database, value) == [], value
    # The money records: the loan, its payments, the letter and the release.
    kept = loans.get_loan(loan.id)
    assert (kept.borrower_id, kept.terms, kept.status) == (owner.id, loan.terms, LoanStatus.PAID_OFF)
    assert loans.payments(loan.id) == payments_before
    assert sum(p.amount.minor for p in payments_before) == 4_213_000
    assert payoffs.quote(loan.id, date(2026, 4, 20)) == quote_before
    assert [q.amount for q in payoffs.lender_quotes(loan.id)] == [Money.of("498000.00", "RUB")]
    [release] = ReleaseService(ctx).of_loan(loan.id)
    assert (release.sent_amount, release.released_on, release.notes) == (
        Money.of("498000.00", "RUB"), date(2026, 4, 12), "")
    erased = customers.get(owner.id)
    assert (erased.full_name, erased.phone, erased.id_document_number, erased.birth_date,
            erased.obligations, erased.net_monthly_income) == (record.marker, "", "", None, (), None)
    [asset] = loans.assets_of(owner.id)
    assert (asset.kind.value, asset.vin, asset.plate) == ("vehicle", "", None)
    # The other customers are untouched and still found.
    assert [s.id for s in customers.search("Иванов")] == [world.ivanov.id]
    assert [s.id for s in customers.search("JTDKB20U093012345")] == [world.yamada.id]
    assert audit.verify_chain(database.conn).ok


def test_issued_documents_lose_their_bytes_but_stay_registered(ctx, privacy, database):
    owner, loan, _ = closed_file(ctx)
    documents = DocumentService(ctx)
    [quote] = documents.of_record(loan.id)
    assert ACCOUNT in quote.file_name
    record = privacy.erase(owner.id, REASON)
    [after] = documents.of_record(loan.id)
    assert (after.id, after.sha256, after.size, after.issued_at) == (
        quote.id, quote.sha256, quote.size, quote.issued_at)
    assert after.file_name == "payoff_quote_erased.pdf"
    with pytest.raises(NotFound):
        documents.content(quote.id)
    assert database.conn.execute(
        "SELECT destruction_id FROM document_erasures WHERE document_id = ?", (quote.id,)
    ).fetchone() == (record.id,)
    # Only through an erasure on record: any other document stays as issued.
    other = documents.issue("payoff_quote", "another-loan", "en", "q.pdf", b"%PDF-1.4 x")
    for sql in ("DELETE FROM document_files WHERE document_id = ?",
                "UPDATE documents SET file_name = 'x.pdf' WHERE id = ?",
                "DELETE FROM documents WHERE id = ?"):
        with pytest.raises(Exception, match="never changed"):
            with database.transaction():
                database.conn.execute(sql, (other.id,))
    with pytest.raises(Exception, match="never changed"):  # an erased one: only its file name
        with database.transaction():
            database.conn.execute("UPDATE documents SET sha256 = ? WHERE id = ?", ("0" * 64, quote.id))


def test_the_destruction_record_holds_no_personal_data_and_prints(ctx, privacy, database, audit_rows):
    owner, _, _ = closed_file(ctx)
    record = privacy.erase(owner.id, REASON, language="ru")

    assert privacy.destruction_records() == [record]
    assert privacy.destruction_record(record.id) == record
    assert (record.customer_ref, record.erased_by, record.reason, record.method) == (
        owner.id, "sato", REASON, "database_overwrite")
    assert set(record.categories) >= {
        DataCategory.IDENTITY, DataCategory.CONTACTS, DataCategory.ADDRESS, DataCategory.EMPLOYMENT,
        DataCategory.INCOME, DataCategory.OBLIGATIONS, DataCategory.VEHICLES,
        DataCategory.LOAN_ACCOUNTS, DataCategory.RELEASE_NOTES, DataCategory.CONSENT_FORMS,
        DataCategory.ISSUED_DOCUMENTS, DataCategory.SEARCH_INDEX}
    assert record.kept == {"loans": 1, "payments": 2, "lender_quotes": 1, "lien_releases": 1}
    row = database.conn.execute("SELECT * FROM destruction_records").fetchone()
    for value in SECRETS:
        assert value not in str(row)

    pdf = privacy.destruction_record_pdf(record.id)
    assert hashlib.sha256(pdf).hexdigest() == record.sha256
    assert glyph_problems(pdf) == []
    text = squash(text_of(pdf))
    for phrase in ("Акт об уничтожении персональных данных", REASON, owner.id, record.marker,
                   "Ответственный за организацию обработки персональных данных", "Руководитель офиса",
                   f"№{record.audit_seq}вжурналеаудита"):
        assert squash(phrase) in text, phrase
    for value in SECRETS:
        assert squash(value) not in text, value

    erase_row = next(r for r in audit_rows() if r["action"] == "customer.erase")
    assert (erase_row["seq"], erase_row["entity_id"]) == (record.audit_seq, owner.id)
    assert erase_row["after"]["destruction_record"] == record.id
    for value in SECRETS:
        assert value not in json.dumps(erase_row["after"], ensure_ascii=False)
    with pytest.raises(Exception, match="never changed"):
        with database.transaction():
            database.conn.execute("DELETE FROM destruction_records")


def test_erasure_is_for_the_branch_manager_not_the_clerk(ctx, database, clock):
    owner, _, _ = closed_file(ctx)
    with pytest.raises(AccessDenied):
        PrivacyService(context(database, clock, clerk())).erase(owner.id, REASON)
    with pytest.raises(AccessDenied):
        PrivacyService(context(database, clock, clerk())).due_for_erasure(date(2030, 1, 1))
    as_manager = PrivacyService(context(database, clock, manager()))
    record = as_manager.erase(owner.id, REASON, language="ja")
    assert record.erased_by == "tanaka"
    text = squash(text_of(as_manager.destruction_record_pdf(record.id)))
    assert squash("田中 一郎 (tanaka)") in text and squash("個人データ消去記録") in text


def test_erasure_refuses_a_reason_that_names_the_customer_and_a_second_time(ctx, privacy, table_counts):
    owner, _, _ = closed_file(ctx)
    before = table_counts()
    for reason in ("", f"Request of {FAMILY} {GIVEN}", f"Called on {PHONE}"):
        with pytest.raises(ValidationError):
            privacy.erase(owner.id, reason)
    assert table_counts() == before   # nothing half-written
    privacy.erase(owner.id, REASON)
    with pytest.raises(Conflict):
        privacy.erase(owner.id, REASON)
    with pytest.raises(Conflict):
        privacy.record_consent(owner.id, date(2026, 4, 12), "again", "F-9")
    assert privacy.due_for_erasure(date(2090, 1, 1)) == []


def test_the_erased_bytes_are_gone_from_the_file_and_its_log(tmp_path):
    """The raw-bytes check, on a plain (unencrypted) file so that bytes can
    be searched at all. The audit log's own pages are left out: it is
    append-only and keeps its history (see desktop/services/privacy.py)."""
    path = tmp_path / "plain.db"
    database = open_database(path, None)
    try:
        if database.conn.execute("PRAGMA secure_delete").fetchone()[0] != 1:
            database.conn.execute("PRAGMA secure_delete = ON")
        ctx = context(database, Clock(NOW))
        owner, _, _ = closed_file(ctx)
        for i in range(20):   # neighbours on the same pages
            CustomerService(ctx).take_in(sample_customer(
                family_name=f"Соседова{i}", phone=f"+7 921 700-{i:02d}-00",
                id_document_number=f"4020 {500000 + i}"), allow_duplicate=True)

        # A distinctive trigram of the e-mail: the FTS5 index keeps its
        # terms in segments even after a delete, until they are merged.
        indexed = (FAMILY, GIVEN, PHONE, DOCUMENT, EMAIL, VIN, PLATE, ACCOUNT)
        needles = sorted({v for value in indexed for v in (value, search.normalise(value))}
                         | {NOTE, "qjxw", "qjx", "jxw"})

        def pages_holding() -> dict[str, list[int]]:
            conn = database.conn
            size = conn.execute("PRAGMA page_size").fetchone()[0]
            audit_pages = {r[0] for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'audit_log'")}
            data = path.read_bytes()
            wal = path.with_name(path.name + "-wal")
            log = wal.read_bytes() if wal.exists() else b""
            found = {}
            for needle in needles:
                raw = needle.encode("utf-8")
                pages, at = set(), data.find(raw)
                while at != -1:
                    pages.add(at // size + 1)
                    at = data.find(raw, at + 1)
                pages -= audit_pages
                if pages or raw in log:
                    found[needle] = sorted(pages) + (["wal"] if raw in log else [])
            return found

        database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert set(pages_holding()) == set(needles)   # the search can find them

        PrivacyService(ctx).erase(owner.id, REASON)

        assert path.with_name(path.name + "-wal").stat().st_size == 0
        assert pages_holding() == {}
    finally:
        database.close()


# -- a person's copy ------------------------------------------------------------------------


def test_a_person_s_copy_holds_every_category(ctx, privacy, audit_rows):
    owner, loan, car = closed_file(ctx)
    CustomerService(ctx).get(owner.id)   # a look at the file: in the copy's audit part
    copy = privacy.personal_copy(owner.id)

    data = copy.data
    assert json.loads(copy.json.decode("utf-8")) == data
    assert set(data) >= {"customer", "obligations", "consents", "assets", "loans", "documents", "audit"}
    assert (data["customer"]["family_name"], data["customer"]["phone"],
            data["customer"]["id_document_number"]) == (FAMILY, PHONE, DOCUMENT)
    assert [o["creditor"] for o in data["obligations"]] == ["Сбербанк"]
    assert [c["form_ref"] for c in data["consents"]] == ["同意書 2026-0412-01", "SPD-2026-0042"]
    assert [(a["kind"], a["vin"], a["plate"]) for a in data["assets"]] == [("vehicle", VIN, PLATE)]
    [loan_data] = data["loans"]
    assert loan_data["account_number"] == ACCOUNT
    assert [p["amount"] for p in loan_data["payments"]] == [{"minor": 2_106_500, "currency": "RUB"}] * 2
    assert [q["reference"] for q in loan_data["lender_quotes"]] == ["СП-2026/0412"]
    assert [r["notes"] for r in loan_data["lien_releases"]] == [NOTE]
    assert [d["kind"] for d in data["documents"]] == ["payoff_quote"]
    actions = [e["action"] for e in data["audit"]]
    for action in ("customer.take_in", "consent.record", "vehicle.add", "loan.add", "payment.record",
                   "lender_quote.record", "document.issue", "lien_release.mark_released",
                   "customer.view"):
        assert action in actions, action

    # The PDF: in the customer's language, registered, and the export audited.
    assert copy.document.kind == "personal_copy" and copy.document.language == "ru"
    assert copy.document.sha256 == hashlib.sha256(copy.pdf).hexdigest()
    assert DocumentService(ctx).content(copy.document.id) == copy.pdf
    assert FAMILY not in copy.document.file_name
    text = squash(text_of(copy.pdf))
    for phrase in ("Копия ваших персональных данных", FAMILY, GIVEN, PHONE, DOCUMENT, VIN, ACCOUNT,
                   "SPD-2026-0042", NOTE, "Сбербанк"):
        assert squash(phrase) in text, phrase
    row = audit_rows()[-1]
    assert (row["action"], row["entity_id"]) == ("customer.export", owner.id)
    assert (row["after"]["document_id"], row["after"]["pdf_sha256"], row["after"]["json_sha256"]) == (
        copy.document.id, copy.document.sha256, copy.json_sha256)


@pytest.mark.parametrize("language", ["en", "ja", "ru", "zh"])
def test_the_copy_prints_in_each_language(ctx, world, privacy, language):
    copy = privacy.personal_copy(world.wang.id, language=language)
    assert glyph_problems(copy.pdf) == []
    text = squash(text_of(copy.pdf))
    assert squash("140105198503080026") in text and squash("山西省太原市小店区长治路88号") in text


def test_the_copy_is_for_the_manager_not_the_clerk(ctx, database, clock):
    owner, _, _ = closed_file(ctx)
    with pytest.raises(AccessDenied):
        PrivacyService(context(database, clock, clerk())).personal_copy(owner.id)
    copy = PrivacyService(context(database, clock, manager())).personal_copy(owner.id)
    assert copy.document.issued_by == "tanaka"


def test_the_copy_of_an_erased_customer_holds_nothing_personal(ctx, privacy):
    owner, _, _ = closed_file(ctx)
    privacy.personal_copy(owner.id)   # its stored PDF goes with the erasure too
    privacy.erase(owner.id, REASON)
    copy = privacy.personal_copy(owner.id)
    rendered = json.dumps(copy.data, ensure_ascii=False)
    for value in SECRETS:
        assert value not in rendered, value
        assert squash(value) not in squash(text_of(copy.pdf)), value
    # The payoff quote and the first copy: registered, their bytes gone.
    assert sorted(d["kind"] for d in copy.data["documents"]) == ["payoff_quote", "personal_copy"]
    assert all(d["content_erased"] for d in copy.data["documents"])
    assert copy.data["audit"] and all(e["after"] is None for e in copy.data["audit"])


def test_erasure_anonymises_the_settlements_sold_and_keeps_their_figures(ctx, privacy, database):
    from desktop.domain.car_sale import CarDealKind, CarSale, DealerFee
    from desktop.domain.settlement import Party, Role as PartyRole
    from desktop.services.settlements import CarDealInputs, SettlementKind, SettlementService

    owner, _, _ = closed_file(ctx)
    settlements = SettlementService(ctx)
    rub = lambda amount: Money.of(amount, "RUB")  # noqa: E731
    sale = CarSale(CarDealKind.DEALER_PURCHASE, Party(PartyRole.SELLER, owner.full_name, owner.id),
                   Party(PartyRole.DEALER, "ООО «Автомир»"), rub("350000.00"),
                   fees=(DealerFee("оформление", rub("5000.00")),), settled_on=date(2026, 4, 12))
    view = settlements.open(SettlementKind.CAR_DEALER_PURCHASE, owner.id, CarDealInputs(
        sale=sale, title=f"Выкуп {FAMILY} {GIVEN}", asset_description=f"LADA Granta {PLATE} {VIN}"))
    deal_id = view.deal.id
    settlements.finalise(deal_id)
    statement, _ = settlements.issue_statement(deal_id, 1)
    settlements.revise(deal_id)  # version 2, a draft, holds the names too
    before = [settlements.compute(deal_id, v).totals for v in (1, 2)]
    # 350,000.00 − the dealer's fee 5,000.00 = 345,000.00 to the seller.
    assert before[0].net_proceeds == rub("345000.00")
    assert text_columns_holding(database, FAMILY) and text_columns_holding(database, PLATE)

    record = privacy.erase(owner.id, REASON)

    # No name, plate or VIN left in the settlement rows (nor anywhere else).
    for value in (FAMILY, GIVEN, PLATE, VIN):
        assert text_columns_holding(database, value) == [], value
    rows = database.conn.execute(
        "SELECT version, status, inputs_json FROM settlement_versions WHERE deal_id = ? "
        "ORDER BY version", (deal_id,)).fetchall()
    assert [(v, s) for v, s, _ in rows] == [(1, "final"), (2, "draft")]
    for _, _, text in rows:
        assert record.marker in text and FAMILY not in text and owner.full_name not in text
    # The figures stay, to the kopek, and the seller is the erased customer's marker.
    after = [settlements.compute(deal_id, v).totals for v in (1, 2)]
    assert after == before
    assert [v.totals for v in settlements.versions(deal_id)] == before
    v1 = settlements.get(deal_id, 1)
    assert v1.version.is_final and v1.inputs.sale.seller.name == record.marker
    assert (v1.inputs.title, v1.inputs.asset_description) == ("", "")
    assert v1.computed.settlement.seller.name == record.marker
    # The list names the deal by its reference now.
    (summary,) = settlements.deals(owner.id)
    assert summary.title.startswith("S-") and summary.customer_name == record.marker
    # The statement issued for it lost its bytes with the customer's other documents.
    assert database.conn.execute(
        "SELECT destruction_id FROM document_erasures WHERE document_id = ?", (statement.id,)
    ).fetchone() == (record.id,)
    with pytest.raises(NotFound):
        DocumentService(ctx).content(statement.id)
    assert record.kept["settlements"] == 1
    # Outside an erasure a final version stays locked.
    with pytest.raises(Exception, match="locked"):
        with database.transaction():
            database.conn.execute("UPDATE settlement_versions SET status = 'draft' "
                                  "WHERE deal_id = ? AND version = 1", (deal_id,))
    assert audit.verify_chain(database.conn).ok
