"""The destruction record and a person's copy: what each page says in each
language, the fonts that draw it, and the same bytes for the same data.

``python -m tests.documents.test_privacy_documents /tmp/privacy_pdfs`` writes
the samples there for looking at (then ``pdftoppm -png -r 70``)."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.documents import labels
from desktop.documents.destruction_record import (
    DestructionRecordDocument,
    record_number,
    render_destruction_record,
)
from desktop.documents.personal_copy import (
    AuditLine,
    DocumentLine,
    LoanCopy,
    PersonalCopyDocument,
    render_personal_copy,
)
from desktop.domain.assets import Property, PropertyKind, Vehicle
from desktop.domain.customers import Customer, IdDocumentKind, Obligation, ObligationKind, Sex
from desktop.domain.loan_accounts import LoanStatus
from desktop.domain.loans import LoanTerms, PaymentMade, RepaymentMethod
from desktop.domain.money import Money
from desktop.domain.payoffs import LenderQuote
from desktop.domain.releases import LienRelease
from desktop.domain.retention import Consent, DataCategory, DestructionRecord
from tests.documents.pdf_check import glyph_problems, squash, text_of

LANGUAGES = ["en", "ja", "ru", "zh"]
JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))


def destruction_sample(language: str) -> DestructionRecordDocument:
    at = datetime(2029, 4, 15, 2, 5, tzinfo=timezone.utc)
    record = DestructionRecord(
        id="019a3c4e-5f60-7a1b-8c2d-3e4f5a6b7c8d", erased_at=at, erased_by="tanaka",
        customer_ref="01963a1b-2c3d-7e4f-9a0b-1c2d3e4f5a6b",
        reason="Retention period ended: last used 2026-04-12, 36 months (152-FZ art. 5(7))",
        categories=tuple(DataCategory), method="database_overwrite", record_count=14,
        created_at=at, kept={"loans": 1, "payments": 24, "lender_quotes": 1, "lien_releases": 1},
        audit_seq=18_204)
    zone, branch, who = {
        "en": (timezone.utc, "Pudong Homes, Century Avenue office", "Zhang Wei (zhangw)"),
        "ja": (JST, "オートプラザ横浜 港北店", "田中 一郎 (tanaka)"),
        "ru": (MSK, "Автосалон «Северный», Москва, Дмитровское ш., 98", "Смирнова А. В. (smirnova)"),
        "zh": (timezone(timedelta(hours=8)), "安居房产经纪 太原小店区门店", "李娜 (lina)"),
    }[language]
    return DestructionRecordDocument(language=language, record=record, branch_name=branch,
                                     erased_at=at.astimezone(zone), performed_by=who)


def _customer() -> Customer:
    return Customer(
        id="01963a1b-2c3d-7e4f-9a0b-1c2d3e4f5a6b", family_name="山田", given_name="太郎",
        birth_date=date(1980, 5, 17), name_reading="ヤマダ タロウ", sex=Sex.MALE, citizenship="JP",
        language="ja", id_document_kind=IdDocumentKind.DRIVING_LICENCE,
        id_document_number="1234 5678 9012", id_document_issued_on=date(2022, 5, 17),
        phone="090-1234-5678", email="taro@example.jp", address="東京都港区六本木1-2-3 六本木ハイツ 1204",
        region="13", employer="山田商事株式会社", position="課長", employed_since=date(2015, 4, 1),
        total_employment_months=240, net_monthly_income=Money(420_000, "JPY"),
        obligations=(Obligation(ObligationKind.LOAN, "オリコ", monthly_payment=Money(32_000, "JPY")),
                     Obligation(ObligationKind.OVERDRAFT, "三井住友カード",
                                credit_limit=Money(500_000, "JPY"), at_this_bank=True)),
        consent_given_on=date(2024, 3, 1), consent_purpose="ローン審査・残債精算")


def copy_sample(language: str) -> PersonalCopyDocument:
    customer = _customer()
    terms = LoanTerms(principal=Money(2_400_000, "JPY"), annual_rate=Decimal("0.049"), term_months=60,
                      method=RepaymentMethod.BALLOON, disbursed_on=date(2024, 3, 5), due_day=27,
                      residual=Money(800_000, "JPY"))
    payments = tuple(PaymentMade(date(2024, m, 27), Money(29_870, "JPY")) for m in range(4, 13))
    letter = LenderQuote(id="q1", loan_id="l1", reference="ZS-20260410-0173", amount=Money(1_904_233, "JPY"),
                         good_through=date(2026, 4, 30), per_diem=Money(256, "JPY"),
                         received_on=date(2026, 4, 10), received_by="sato")
    release = LienRelease(id="r1", loan_id="l1", sale_on=date(2026, 4, 12), sent_on=date(2026, 4, 14),
                          sent_amount=Money(1_904_233, "JPY"), sent_method="振込", sent_reference="F-77",
                          confirmed_on=date(2026, 4, 16), released_on=date(2026, 4, 20),
                          documents_received=("譲渡証明書", "委任状", "印鑑証明書"),
                          notes="平日午後に連絡希望")
    at = datetime(2026, 4, 12, 10, 30, tzinfo=JST)
    audit = (AuditLine(at - timedelta(days=800), "customer.take_in", "sato"),
             AuditLine(at - timedelta(days=800), "consent.record", "sato"),
             AuditLine(at - timedelta(days=790), "vehicle.add", "sato"),
             AuditLine(at - timedelta(days=790), "loan.add", "sato"),
             AuditLine(at, "customer.view", "tanaka"),
             AuditLine(at, "document.issue", "sato"),
             AuditLine(at + timedelta(days=8), "lien_release.mark_released", "suzuki"),
             AuditLine(at + timedelta(days=9), "settlement.finalise", "tanaka"))  # no wording: the code
    return PersonalCopyDocument(
        language=language, issued_on=date(2026, 5, 1), branch_name="オートプラザ横浜 港北店",
        prepared_by="田中 一郎 (tanaka)", customer=customer,
        consents=(Consent("k1", customer.id, date(2024, 3, 1), "ローン審査・残債精算", "SPD-2024-0042"),
                  Consent("k2", customer.id, date(2026, 4, 12), "車両売却", "SPD-2026-0115",
                          withdrawn_on=date(2026, 4, 30))),
        assets=(Vehicle(id="a1", owner_id=customer.id, vin="ZVW51-8123456", plate="横浜 300 さ 12-34",
                        make="トヨタ", model="プリウス", year=2021, mileage_km=48_000,
                        owner_of_record="トヨタファイナンス", first_registered_on=date(2021, 6, 1)),
                Property(id="a2", owner_id=customer.id, address="東京都世田谷区桜新町2-5-8 ライオンズ301",
                         property_kind=PropertyKind.CONDOMINIUM, floor_area_m2=Decimal("68.45"))),
        loans=(LoanCopy(account_number="TF-0012-345678", lender_name="トヨタファイナンス", terms=terms,
                        status=LoanStatus.PAID_OFF, asset_label="トヨタ プリウス 2021 横浜 300 さ 12-34",
                        payments=payments, lender_quotes=(letter,), releases=(release,)),),
        documents=(DocumentLine(at, "payoff_quote", "payoff-quote_TF-0012-345678_2026-04-12_ja.pdf",
                                "9f2c" * 16),),
        audit=audit)


SAMPLES = {f"destruction_record_{lang}": (render_destruction_record, destruction_sample, lang)
           for lang in LANGUAGES} | {f"personal_copy_{lang}": (render_personal_copy, copy_sample, lang)
                                     for lang in LANGUAGES}


@pytest.fixture(scope="module")
def pdfs():
    return {name: render(make(lang)) for name, (render, make, lang) in SAMPLES.items()}


def contains(text: str, phrase: str) -> bool:
    return squash(phrase) in squash(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_destruction_record_says_what_an_act_must(pdfs, language):
    data = destruction_sample(language)
    r = data.record
    text = text_of(pdfs[f"destruction_record_{language}"])

    def t(key, **values):
        return labels.label(language, key, **values)

    for phrase in [
        t("destruction.title"), record_number(r), data.branch_name, t("destruction.system_value"),
        t("destruction.reason") + r.reason, r.customer_ref, r.marker, t("destruction.method.database_overwrite"),
        t("destruction.record_count"), "14", data.performed_by,
        t("destruction.audit_entry_value", seq=r.audit_seq),
        *(t(f"category.{c.value}") for c in DataCategory),
        t("destruction.kept", loans=1, payments=24, lender_quotes=1, lien_releases=1),
        t("destruction.limits.backups", day=labels.day(data.erased_at.date(), language)),
        t("destruction.limits.audit"),
        t("destruction.signature.responsible"), t("destruction.signature.manager"),
    ]:
        assert contains(text, phrase), phrase
    assert glyph_problems(pdfs[f"destruction_record_{language}"]) == []


def test_the_act_is_dated_in_the_branch_s_zone():
    text = text_of(render_destruction_record(destruction_sample("ru")))
    assert contains(text, "15 апреля 2029") and contains(text, "05:05 (UTC+03:00)")
    text = text_of(render_destruction_record(destruction_sample("ja")))
    assert contains(text, "2029年4月15日 11:05 (UTC+09:00)")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_copy_shows_every_section(pdfs, language):
    data = copy_sample(language)
    c = data.customer
    text = text_of(pdfs[f"personal_copy_{language}"])

    def t(key, **values):
        return labels.label(language, key, **values)

    for phrase in [
        t("personal_copy.title"),
        *(t(f"personal_copy.section.{s}") for s in
          ("details", "obligations", "consents", "assets", "loans", "documents", "audit")),
        c.family_name, c.given_name, c.name_reading, c.phone, c.email, c.id_document_number,
        c.address, c.employer, labels.money(c.net_monthly_income, language),
        "オリコ", "三井住友カード", "SPD-2024-0042", "SPD-2026-0115",
        "ZVW51-8123456", "横浜 300 さ 12-34", "東京都世田谷区桜新町2-5-8",
        t("personal_copy.loan_title", account_number="TF-0012-345678"),
        t("personal_copy.status.paid_off"), t("personal_copy.method.balloon"),
        labels.money(Money(29_870, "JPY"), language, with_symbol=False),
        "ZS-20260410-0173", "平日午後に連絡希望", "譲渡証明書",
        "payoff-quote_TF-0012-345678_2026-04-12_ja.pdf", "9f2c9f2c9f2c9f2c",
        t("personal_copy.action.customer.view"), "tanaka", "settlement.finalise",
        t("personal_copy.signature.customer"),
    ]:
        assert contains(text, phrase), phrase
    assert glyph_problems(pdfs[f"personal_copy_{language}"]) == []


def test_an_empty_file_says_so():
    bare = Customer(id="c", family_name="Smith", given_name="John", birth_date=None, language="en")
    text = text_of(render_personal_copy(PersonalCopyDocument(
        language="en", issued_on=date(2026, 5, 1), branch_name="Desk", prepared_by="sato",
        customer=bare)))
    assert squash(text).count(squash("None on file.")) == 6


def test_the_same_data_gives_the_same_bytes(pdfs):
    assert render_destruction_record(destruction_sample("ru")) == pdfs["destruction_record_ru"]
    assert render_personal_copy(copy_sample("zh")) == pdfs["personal_copy_zh"]


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        DestructionRecordDocument(language="de", record=destruction_sample("en").record,
                                  branch_name="x", erased_at=datetime.now(timezone.utc), performed_by="x")


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    for name, (render, make, lang) in SAMPLES.items():
        (out / f"{name}.pdf").write_bytes(render(make(lang)))
        print(out / f"{name}.pdf")
