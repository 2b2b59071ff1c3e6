"""The credit documents of issue 6: the credit dossier's inventory (опись), the
refusal notice and the repayment schedule. What each page says in each
language, the fonts that draw it, the same bytes for the same data, and a
240-month schedule over several pages.

``python -m tests.documents.test_credit_documents /tmp/credit_pdfs`` writes
the samples there for looking at (then ``pdftoppm -png -r 60``)."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents import labels
from desktop.documents.dossier_inventory import (DocumentForm, DossierInventory, DossierStatus,
                                                 InventoryLine, render_dossier_inventory,
                                                 short_day)
from desktop.documents.refusal_notice import (REASONS, RefusalNotice, ReturnedDocument,
                                              render_refusal_notice, returned_documents)
from desktop.documents.repayment_schedule import (RepaymentScheduleDocument,
                                                  render_repayment_schedule)
from desktop.domain.loans import (LoanTerms, PrepaymentMode, RepaymentMethod, build_schedule,
                                  prepay)
from desktop.domain.money import Money
from tests.documents.pdf_check import drawn_text, glyph_problems, squash, text_of

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ["en", "ja", "ru", "zh"]
ORIGINAL, COPY = DocumentForm.ORIGINAL, DocumentForm.COPY


def contains(text: str, phrase: str) -> bool:
    return squash(phrase) in squash(text)


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


# -- samples ------------------------------------------------------------------------------


def inventory_ru() -> DossierInventory:
    """The book's car loan, refused; the income certificate and the employment
    record went back to the applicant, their certified copies stay."""
    officer, position = "Смирнова А. В.", "Кредитный офицер"

    def copy(n, title, pages, received=date(2026, 3, 12)):
        return InventoryLine(n, title, COPY, pages, received, officer, position, received)

    return DossierInventory(
        bank_name="АО «Банк Столица»",
        branch_name="Филиал «Северный», Москва, Дмитровское ш., 98",
        application_number="АК-2026/0314",
        applicant_name="Петров Иван Сергеевич",
        program_name="Автокредит «Новый автомобиль»",
        printed_on=date(2026, 3, 18),
        lines=(
            InventoryLine(1, "Анкета-заявление на получение кредита (подписана заёмщиком и "
                             "кредитным офицером)", ORIGINAL, 4, date(2026, 3, 12)),
            copy(2, "Паспорт гражданина РФ (все страницы с отметками)", 6),
            copy(3, "Водительское удостоверение", 1),
            copy(4, "Военный билет", 3),
            InventoryLine(5, "Копия трудовой книжки, заверенная работодателем", ORIGINAL, 8,
                          date(2026, 3, 12), officer, position, date(2026, 3, 17),
                          returned_on=date(2026, 3, 17)),
            InventoryLine(6, "Справка о доходах по форме 2-НДФЛ за 6 месяцев", ORIGINAL, 1,
                          date(2026, 3, 12), officer, position, date(2026, 3, 17),
                          returned_on=date(2026, 3, 17), note="действительна до 23.04.2026"),
            InventoryLine(7, "Согласие на запрос в бюро кредитных историй", ORIGINAL, 1,
                          date(2026, 3, 12)),
        ),
        officer_name=officer, officer_position=position,
        status=DossierStatus.REFUSED, decided_on=date(2026, 3, 16))


def inventory_zh() -> DossierInventory:
    """A Taiyuan provident-fund purchase loan, submitted for the decision."""
    officer, position = "李娜", "经办人"

    def copy(n, title, pages):
        return InventoryLine(n, title, COPY, pages, date(2026, 11, 2), officer, position,
                             date(2026, 11, 2))

    return DossierInventory(
        bank_name="太原市住房公积金管理中心",
        branch_name="小店区管理部",
        application_number="TYGJJ-SQ-2026-004512",
        applicant_name="王建国",
        program_name="住房公积金个人购房贷款（太原）",
        printed_on=date(2026, 11, 3),
        lines=(
            InventoryLine(1, "住房公积金个人购房借款申请表", ORIGINAL, 2, date(2026, 11, 2)),
            copy(2, "借款人及配偶身份证", 2),
            copy(3, "户口簿", 4),
            copy(4, "结婚证", 2),
            InventoryLine(5, "商品房买卖合同", ORIGINAL, 14, date(2026, 11, 2)),
            copy(6, "首付款收据", 1),
            InventoryLine(7, "住房公积金缴存证明（借款人及配偶）", ORIGINAL, 2, date(2026, 11, 2)),
            InventoryLine(8, "收入证明", ORIGINAL, 1, date(2026, 11, 3), note="单位盖章"),
        ),
        officer_name=officer, officer_position=position, status=DossierStatus.SUBMITTED)


def inventory_ja() -> DossierInventory:
    officer, position = "佐藤 花子", "営業担当"
    return DossierInventory(
        bank_name="みらいオートクレジット株式会社",
        branch_name="オートプラザ横浜 港北店",
        application_number="MAC-A-2026-1187",
        applicant_name="山田 太郎",
        program_name="ディーラーオートローン（例）",
        printed_on=date(2026, 12, 4),
        lines=(
            InventoryLine(1, "オートローン申込書", ORIGINAL, 2, date(2026, 12, 1)),
            InventoryLine(2, "運転免許証", COPY, 1, date(2026, 12, 1), "佐藤 花子", "営業担当",
                          date(2026, 12, 1)),
            InventoryLine(3, "源泉徴収票（令和7年分）", COPY, 1, date(2026, 12, 1), "佐藤 花子",
                          "営業担当", date(2026, 12, 1)),
            InventoryLine(4, "注文書（新車）", COPY, 2, date(2026, 12, 2)),
        ),
        officer_name=officer, officer_position=position,
        status=DossierStatus.APPROVED, decided_on=date(2026, 12, 3))


def inventory_en() -> DossierInventory:
    return DossierInventory(
        bank_name="China Construction Bank, Shanghai Branch",
        branch_name="Pudong Homes, Century Avenue office",
        application_number="CCB-SH-A-2026-0077",
        applicant_name="David Miller",
        program_name="Car loan for foreign residents",
        printed_on=date(2026, 11, 20),
        lines=(
            InventoryLine(1, "Loan application form", ORIGINAL, 3, date(2026, 11, 19)),
            InventoryLine(2, "Passport with residence permit", COPY, 4, date(2026, 11, 19),
                          "Zhang Wei", "Loan officer", date(2026, 11, 19)),
            InventoryLine(3, "Employer's income statement", ORIGINAL, 1, date(2026, 11, 20)),
        ),
        officer_name="Zhang Wei", officer_position="Loan officer")


INVENTORIES = {"en": inventory_en, "ja": inventory_ja, "ru": inventory_ru, "zh": inventory_zh}


def notice_ru() -> RefusalNotice:
    return RefusalNotice(
        bank_name="АО «Банк Столица»",
        branch_name="Филиал «Северный», Москва, Дмитровское ш., 98",
        applicant_name="Петров Иван Сергеевич",
        applicant_address="127238, г. Москва, Дмитровское ш., д. 107, кв. 45",
        application_number="АК-2026/0314",
        applied_on=date(2026, 3, 12), decided_on=date(2026, 3, 16), issued_on=date(2026, 3, 17),
        program_name="Автокредит «Новый автомобиль»",
        manager_name="Кузнецов А. П.", manager_position="Управляющий филиалом «Северный»",
        reason_key="credit_history",
        returned=returned_documents(inventory_ru()),
        reference="СФ-14/312")


def notice_zh() -> RefusalNotice:
    return RefusalNotice(
        bank_name="太原市住房公积金管理中心",
        branch_name="小店区管理部",
        applicant_name="王建国",
        applicant_address="山西省太原市小店区长治路123号 5栋2单元1201室",
        application_number="TYGJJ-SQ-2026-004512",
        applied_on=date(2026, 11, 2), decided_on=date(2026, 11, 12), issued_on=date(2026, 11, 13),
        program_name="住房公积金个人购房贷款",
        manager_name="赵明", manager_position="小店区管理部主任",
        reason_key="existing_provident_loan",
        returned=(ReturnedDocument("收入证明", date(2026, 11, 13)),),
        reference="并公积金拒字〔2026〕第0451号")


def notice_ja() -> RefusalNotice:
    return RefusalNotice(
        bank_name="みらいオートクレジット株式会社",
        branch_name="横浜支店",
        applicant_name="山田 太郎",
        applicant_address="〒222-0033 神奈川県横浜市港北区新横浜2-5-1",
        application_number="MAC-A-2026-1188",
        applied_on=date(2026, 12, 1), decided_on=date(2026, 12, 3), issued_on=date(2026, 12, 4),
        program_name="ディーラーオートローン（例）",
        manager_name="高橋 誠", manager_position="横浜支店長",
        reason_key="not_disclosed")


def notice_en() -> RefusalNotice:
    return RefusalNotice(
        bank_name="China Construction Bank, Shanghai Branch",
        branch_name="Pudong Homes, Century Avenue office",
        applicant_name="David Miller",
        applicant_address="Room 1203, 100 Century Avenue, Pudong New Area, Shanghai",
        application_number="CCB-SH-A-2026-0077",
        applied_on=date(2026, 11, 19), decided_on=date(2026, 11, 24), issued_on=date(2026, 11, 25),
        program_name="Car loan for foreign residents",
        manager_name="Chen Jing", manager_position="Branch manager",
        reason="The residence permit expires before the end of the requested term.")


NOTICES = {"en": notice_en, "ja": notice_ja, "ru": notice_ru, "zh": notice_zh}


def schedule_zh() -> RepaymentScheduleDocument:
    """20 years of a Taiyuan provident-fund loan: 240 rows, equal principal (等额本金)."""
    terms = LoanTerms(principal=Money.of("500000.00", "CNY"), annual_rate=Decimal("0.0285"),
                      term_months=240, method=RepaymentMethod.EQUAL_PRINCIPAL,
                      disbursed_on=date(2026, 11, 25), due_day=20)
    return RepaymentScheduleDocument.of(
        build_schedule(terms), lender_name="太原市住房公积金管理中心", borrower_name="王建国",
        program_name="住房公积金个人购房贷款（太原）", contract_number="TYGJJ-JK-2026-004512",
        printed_on=date(2026, 11, 25))


def schedule_ru() -> RepaymentScheduleDocument:
    terms = LoanTerms(principal=Money.of("1200000.00", "RUB"), annual_rate=Decimal("0.159"),
                      term_months=60, method=RepaymentMethod.EQUAL_INSTALLMENT,
                      disbursed_on=date(2026, 3, 20), due_day=20)
    return RepaymentScheduleDocument.of(
        build_schedule(terms), lender_name="АО «Банк Столица»",
        borrower_name="Сидорова Мария Андреевна", program_name="Автокредит «Новый автомобиль»",
        contract_number="АК-77/2026-000215", printed_on=date(2026, 3, 20))


def schedule_ja() -> RepaymentScheduleDocument:
    terms = LoanTerms(principal=Money(2_400_000, "JPY"), annual_rate=Decimal("0.049"),
                      term_months=60, method=RepaymentMethod.EQUAL_INSTALLMENT,
                      disbursed_on=date(2026, 12, 10), due_day=27)
    return RepaymentScheduleDocument.of(
        build_schedule(terms), lender_name="みらいオートクレジット株式会社",
        borrower_name="山田 太郎", program_name="ディーラーオートローン（例）",
        contract_number="MAC-2026-0051772", printed_on=date(2026, 12, 10))


def schedule_en() -> RepaymentScheduleDocument:
    terms = LoanTerms(principal=Money.of("25000.00", "USD"), annual_rate=Decimal("0.075"),
                      term_months=48, method=RepaymentMethod.BALLOON,
                      disbursed_on=date(2026, 11, 20), due_day=20,
                      residual=Money.of("8000.00", "USD"))
    return RepaymentScheduleDocument.of(
        build_schedule(terms), lender_name="China Construction Bank, Shanghai Branch",
        borrower_name="David Miller", program_name="Car loan for foreign residents",
        contract_number="CCB-SH-2026-884120", printed_on=date(2026, 11, 20))


SCHEDULES = {"en": schedule_en, "ja": schedule_ja, "ru": schedule_ru, "zh": schedule_zh}

RENDER = {"inventory": (INVENTORIES, render_dossier_inventory),
          "refusal": (NOTICES, render_refusal_notice),
          "schedule": (SCHEDULES, render_repayment_schedule)}


@pytest.fixture(scope="module")
def pdfs():
    """Each document's own sample in its own language."""
    return {(kind, lang): render(samples[lang](), lang)
            for kind, (samples, render) in RENDER.items() for lang in LANGUAGES}


# -- every language, every glyph -----------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(RENDER))
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_document_draws_every_character_in_its_language(pdfs, kind, language):
    pdf = pdfs[(kind, language)]
    assert glyph_problems(pdf) == []
    assert drawn_text(pdf)  # the check saw the text
    text = text_of(pdf)
    key = {"inventory": "dossier.title", "refusal": "refusal.title", "schedule": "schedule.title"}
    assert contains(text, labels.label(language, key[kind]))
    assert contains(text, labels.label(language, "credit.page", page=1, pages=len(pages_of(pdf))))


@pytest.mark.parametrize("kind", sorted(RENDER))
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_foreign_name_prints_in_any_document_language(kind, language):
    # The Russian and the Chinese samples printed in each language: names keep their script.
    samples, render = RENDER[kind]
    for source in ("ru", "zh"):
        pdf = render(samples[source](), language)
        assert glyph_problems(pdf) == [], (source, language)


def test_the_trade_terms_are_the_titles():
    assert labels.label("ru", "dossier.title") == "Опись документов кредитного досье"
    assert labels.label("ja", "dossier.title") == "与信ファイル書類目録"
    assert labels.label("zh", "dossier.title") == "信贷档案资料清单"
    assert labels.label("ru", "refusal.title") == "Уведомление об отказе в предоставлении кредита"
    assert labels.label("zh", "refusal.title") == "不予贷款通知书"
    assert labels.label("ja", "schedule.title") == "返済予定表"
    assert labels.label("zh", "schedule.method.equal_installment") == "等额本息"
    assert labels.label("zh", "schedule.method.equal_principal") == "等额本金"
    assert labels.label("ru", "schedule.method.equal_installment") == "Аннуитетные платежи"
    assert labels.label("ru", "schedule.method.equal_principal") == "Дифференцированные платежи"
    assert labels.label("ja", "schedule.method.equal_installment") == "元利均等返済"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="language"):
        render_dossier_inventory(inventory_ru(), "de")
    with pytest.raises(ValueError, match="language"):
        render_refusal_notice(notice_ru(), "de")
    with pytest.raises(ValueError, match="language"):
        render_repayment_schedule(schedule_ru(), "fr")


# -- same data, same bytes ----------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(RENDER))
def test_same_data_gives_the_same_bytes(pdfs, kind):
    samples, render = RENDER[kind]
    for language in ("ru", "zh"):
        assert render(samples[language](), language) == pdfs[(kind, language)]


def test_a_changed_figure_changes_the_bytes(pdfs):
    assert render_dossier_inventory(replace(inventory_ru(), officer_name="Иванова Е. Н."),
                                    "ru") != pdfs[("inventory", "ru")]
    assert render_refusal_notice(replace(notice_ru(), issued_on=date(2026, 3, 18)),
                                 "ru") != pdfs[("refusal", "ru")]
    assert render_repayment_schedule(replace(schedule_zh(), printed_on=date(2026, 11, 26)),
                                     "zh") != pdfs[("schedule", "zh")]


def test_the_same_bytes_in_a_fresh_process(pdfs):
    code = ("import hashlib, sys; from tests.documents import test_credit_documents as t; "
            "from desktop.documents.refusal_notice import render_refusal_notice; "
            "sys.stdout.write(hashlib.sha256(render_refusal_notice(t.notice_zh(), 'zh'))"
            ".hexdigest())")
    fresh = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                           text=True, check=True).stdout
    assert fresh == hashlib.sha256(pdfs[("refusal", "zh")]).hexdigest()


def test_metadata_is_the_document_s(pdfs):
    info = PdfReader(io.BytesIO(pdfs[("inventory", "ru")])).metadata
    assert info.title == "Опись документов кредитного досье"
    assert info.subject == ("Опись кредитного досье по заявке № АК-2026/0314, "
                            "Петров Иван Сергеевич")
    assert info["/CreationDate"].startswith("D:20000101")  # invariant: not the clock


# -- the inventory ------------------------------------------------------------------------


def test_the_inventory_lists_each_document_with_its_pages_and_totals(pdfs):
    data = inventory_ru()
    assert (data.total_documents, data.total_pages) == (7, 24)
    text = text_of(pdfs[("inventory", "ru")])
    for phrase in ("Опись документов кредитного досье", "Номер заявки" + "АК-2026/0314",
                   "Заявитель (заёмщик)" + "Петров Иван Сергеевич",
                   "Кредитная программа" + "Автокредит «Новый автомобиль»",
                   "№ п/п", "Наименование документа", "Подлинник / копия", "Листов",
                   "Копия заверена «копия верна» (должность, ФИО, дата)",
                   "2" + "Паспорт гражданина РФ (все страницы с отметками)" + "Копия" + "6"
                   + "12.03.2026" + "Кредитный офицер Смирнова А. В., 12.03.2026",
                   "Итого" + "24",
                   "Всего документов в досье: 7; листов: 24.",
                   "Статус досье" + "Отказ, 16 марта 2026\u202fг.",
                   "Опись составил", "Дата составления описи" + "18 марта 2026\u202fг."):
        assert contains(text, phrase), phrase


def test_a_refused_dossier_is_marked_and_notes_each_returned_original(pdfs):
    text = text_of(pdfs[("inventory", "ru")])
    assert contains(text, "ОТКАЗ (решение от 16 марта 2026\u202fг.).")
    assert contains(text, "досье помещено в папку отказов")
    assert squash(text).count(squash("Подлинник возвращён 17.03.2026; копия оставлена в досье")) == 2
    # The note of the line follows the return.
    assert contains(text, "копия оставлена в досье; действительна до 23.04.2026")
    # The applicant signs for the returned originals.
    assert contains(text, "Возвращённые подлинники получил(а) заявитель")
    assert contains(text, "Кредитный офицер Смирнова А. В., 17.03.2026")


def test_a_dossier_without_returns_has_no_return_notes(pdfs):
    text = text_of(pdfs[("inventory", "zh")])
    assert contains(text, "档案资料共 8 份，合计 28 页。")
    assert contains(text, "档案状态" + "已提交审批")
    assert contains(text, "经办人 李娜 2026-11-02")
    assert not contains(text, "原件已退还")
    assert not contains(text, "拒贷")
    assert not contains(text, labels.label("zh", "dossier.signature.applicant"))


def test_an_uncertified_copy_says_so(pdfs):
    text = text_of(pdfs[("inventory", "ja")])
    assert contains(text, "注文書（新車）" + "写し" + "2" + "2026/12/02" + "未照合")
    assert contains(text, "営業担当 佐藤 花子 2026/12/01")
    assert contains(text, "承認（2026年12月3日）")


def test_an_empty_inventory_still_prints():
    pdf = render_dossier_inventory(replace(inventory_en(), lines=()), "en")
    text = text_of(pdf)
    assert contains(text, "No documents have been received yet.")
    assert contains(text, "Documents in the file: 0; pages: 0.")
    assert glyph_problems(pdf) == []


def test_a_long_inventory_repeats_its_header_on_each_page():
    base = inventory_ru()
    line = base.lines[2]
    lines = tuple(replace(line, number=n, title=f"{line.title}, лист дела {n}")
                  for n in range(1, 81))
    pdf = render_dossier_inventory(replace(base, lines=lines), "ru")
    pages = pages_of(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert contains(page, f"Стр. {number} из {len(pages)}")
        if number < len(pages):
            assert contains(page, "Наименование документа")
    assert contains(text_of(pdf), "Всего документов в досье: 80; листов: 80.")


def test_what_the_inventory_refuses():
    line = inventory_ru().lines[1]
    with pytest.raises(ValueError, match="copies stay"):
        replace(line, returned_on=date(2026, 3, 17))
    with pytest.raises(ValueError, match="name, the position and the date"):
        replace(line, certified_by_position="")
    with pytest.raises(ValueError, match="certified before"):
        replace(line, certified_on=date(2026, 3, 11))
    with pytest.raises(ValueError, match="pages"):
        replace(line, pages=0)
    with pytest.raises(ValueError, match="not certified"):
        InventoryLine(1, "Паспорт", ORIGINAL, 1, date(2026, 3, 12), "Смирнова А. В.",
                      "Кредитный офицер", date(2026, 3, 12))
    data = inventory_ru()
    with pytest.raises(ValueError, match="numbered"):
        replace(data, lines=data.lines[1:])
    with pytest.raises(ValueError, match="decision"):
        replace(data, decided_on=None)
    with pytest.raises(ValueError, match="after the inventory"):
        replace(data, printed_on=date(2026, 3, 16))
    with pytest.raises(ValueError):
        replace(data, status="lost")


# -- the refusal notice --------------------------------------------------------------------


def test_the_refusal_notice_says_what_was_decided_and_why(pdfs):
    text = text_of(pdfs[("refusal", "ru")])
    for phrase in ("Уведомление об отказе в предоставлении кредита",
                   "Исх. № СФ-14/312" + "Дата: 17 марта 2026\u202fг.",
                   "Кому" + "Петров Иван Сергеевич",
                   "Адрес" + "127238, г. Москва, Дмитровское ш., д. 107, кв. 45",
                   "Ваша заявка № АК-2026/0314 от 12 марта 2026\u202fг. на получение кредита по "
                   "программе «Автокредит „Новый автомобиль“» рассмотрена в АО «Банк Столица». "
                   "16 марта 2026\u202fг. принято решение об отказе в предоставлении кредита.",
                   "Основание" + labels.label("ru", "refusal.reason.credit_history"),
                   "Управляющий филиалом «Северный»", "Кузнецов А. П.", "(подпись)", "М.П.",
                   "Уведомление и перечисленные документы получил(а):", "Подпись заявителя"):
        assert contains(text, phrase), phrase


def test_the_notice_lists_the_returned_originals_with_their_dates(pdfs):
    text = text_of(pdfs[("refusal", "ru")])
    assert contains(text, "их заверенные копии остаются в кредитном досье")
    assert contains(text, "1" + "Копия трудовой книжки, заверенная работодателем" + "17.03.2026")
    assert contains(text, "2" + "Справка о доходах по форме 2-НДФЛ за 6 месяцев" + "17.03.2026")
    # No returns, no list.
    assert not contains(text_of(pdfs[("refusal", "ja")]), "ご返却いたしました")


def test_the_reason_prints_in_the_document_s_language_or_as_given(pdfs):
    assert contains(text_of(pdfs[("refusal", "zh")]), "原因" + "申请人或其配偶尚有未结清的住房公积金贷款。")
    assert contains(text_of(pdfs[("refusal", "ja")]), "審査の基準につきましては、開示いたしかねます。")
    assert contains(text_of(pdfs[("refusal", "en")]),
                    "Reason" + "The residence permit expires before the end of the requested term.")
    assert contains(text_of(pdfs[("refusal", "zh")]), "盖章")
    assert contains(text_of(pdfs[("refusal", "ja")]), "山田 太郎 様")
    for key in REASONS:  # every reason has its words in every language
        for language in LANGUAGES:
            assert labels.label(language, f"refusal.reason.{key}")


def test_what_the_notice_refuses():
    with pytest.raises(ValueError, match="one of the two"):
        replace(notice_ru(), reason="Иное")
    with pytest.raises(ValueError, match="one of the two"):
        replace(notice_ru(), reason_key="")
    with pytest.raises(ValueError, match="no refusal reason"):
        replace(notice_ru(), reason_key="bad_mood")
    with pytest.raises(ValueError, match="applied, decided"):
        replace(notice_ru(), decided_on=date(2026, 3, 11))
    with pytest.raises(ValueError, match="returned outside"):
        replace(notice_ru(), returned=(ReturnedDocument("Справка", date(2026, 3, 18)),))
    with pytest.raises(ValueError, match="manager name"):
        replace(notice_ru(), manager_name=" ")


# -- the repayment schedule ----------------------------------------------------------------


def test_a_240_month_equal_principal_schedule_flows_over_pages(pdfs):
    data = schedule_zh()
    rows = data.schedule.installments
    assert len(rows) == 240
    pdf = pdfs[("schedule", "zh")]
    pages = pages_of(pdf)
    assert 5 <= len(pages) <= 7
    header = labels.label("zh", "schedule.col.balance", currency="CNY")
    for number, page in enumerate(pages, start=1):
        assert contains(page, f"第 {number} 页，共 {len(pages)} 页")
        assert contains(page, header)  # the header row on every page
    text = text_of(pdf)
    for row in rows:  # every row printed once, none lost at a page break
        assert squash(text).count(squash(short_day(row.due_date, "zh"))) == 1, row.number
    # 500,000.00 / 240 = 2,083.33 a month; the last row absorbs the rounding.
    assert rows[0].principal == Money.of("2083.33", "CNY")
    assert rows[-1].principal == Money.of("2084.13", "CNY")  # 500,000 − 239 × 2,083.33
    assert rows[-1].closing_balance.is_zero()
    # The totals never stand alone: the last installments stay with them and the signatures.
    last = pages[-1]
    for row in rows[-3:]:
        assert contains(last, short_day(row.due_date, "zh")), row.number
    assert contains(last, "合计") and contains(last, "借款人（已收到本计划表）")
    assert contains(text, "还款方式" + "等额本金")
    assert contains(text, "还款期数" + "240")


def test_the_schedule_totals_are_the_schedule_s_own_to_the_minor_unit(pdfs):
    data = schedule_zh()
    s = data.schedule
    payment = sum(r.payment.minor for r in s.installments)
    interest = sum(r.interest.minor for r in s.installments)
    principal = sum(r.principal.minor for r in s.installments)
    assert (payment, interest, principal) == (data.total_payment.minor,
                                              data.total_interest.minor, 50_000_000)
    assert payment == principal + interest
    text = text_of(pdfs[("schedule", "zh")])

    def amount(minor):
        return labels.money(Money(minor, "CNY"), "zh", with_symbol=False)

    last = pages_of(pdfs[("schedule", "zh")])[-1]
    assert contains(last, "合计" + amount(payment) + amount(principal) + amount(interest))
    assert contains(text, "还款总额" + labels.money(Money(payment, "CNY"), "zh"))
    assert contains(text, "利息总额" + labels.money(Money(interest, "CNY"), "zh"))
    assert contains(text, "贷款金额" + "¥500,000.00")


def test_the_annuity_schedule_in_russian_and_japanese(pdfs):
    ru = text_of(pdfs[("schedule", "ru")])
    data = schedule_ru()
    first = data.schedule.installments[0]
    for phrase in ("График платежей по кредиту", "Порядок погашения" + "Аннуитетные платежи",
                   "Процентная ставка" + "15,9 % годовых", "Срок кредита" + "60 мес.",
                   "Сумма кредита" + "1\xa0200\xa0000,00\xa0₽",
                   "1" + "20.04.2026" + labels.money(first.payment, "ru", with_symbol=False),
                   "Итого" + labels.money(data.total_payment, "ru", with_symbol=False),
                   "Сумма платежа, RUB", "С графиком ознакомлен(а), заёмщик"):
        assert contains(ru, phrase), phrase
    ja = text_of(pdfs[("schedule", "ja")])
    jdata = schedule_ja()
    for phrase in ("返済予定表", "返済方法" + "元利均等返済", "借入利率" + "年4.9%",
                   "返済額（円）", "初回返済日" + "2027年1月27日",
                   "合計" + labels.money(jdata.total_payment, "ja", with_symbol=False),
                   "借主（本表を受領しました）", "印"):
        assert contains(ja, phrase), phrase
    # Yen have no decimals on the page.
    assert not contains(ja, labels.money(jdata.schedule.installments[0].payment, "en",
                                         with_symbol=False) + ".00")


def test_a_prepayment_row_is_marked():
    data = schedule_ru()
    result = prepay(data.schedule, date(2026, 9, 1), Money.of("200000.00", "RUB"),
                    PrepaymentMode.LOWER_INSTALLMENT)
    doc = RepaymentScheduleDocument.of(result.schedule, lender_name=data.lender_name,
                                       borrower_name=data.borrower_name,
                                       program_name=data.program_name,
                                       contract_number=data.contract_number,
                                       printed_on=date(2026, 9, 1))
    pdf = render_repayment_schedule(doc, "ru")
    assert contains(text_of(pdf), "01.09.2026 досрочно" + "200\xa0000,00")
    assert glyph_problems(pdf) == []


def test_what_the_schedule_refuses():
    data = schedule_zh()
    off_by_one = Money(data.schedule.total_payment.minor + 1, "CNY")
    with pytest.raises(ValueError, match="total payment"):
        replace(data, total_payment=off_by_one)
    with pytest.raises(ValueError, match="total interest"):
        replace(data, total_interest=Money(0, "CNY"))
    with pytest.raises(ValueError, match="loan amount"):
        replace(data, loan_amount=Money.of("500000.01", "CNY"))
    with pytest.raises(ValueError, match="rate"):
        replace(data, annual_rate=Decimal("0.031"))
    with pytest.raises(ValueError, match="term"):
        replace(data, term_months=120)
    with pytest.raises(ValueError, match="method"):
        replace(data, method=RepaymentMethod.EQUAL_INSTALLMENT)
    with pytest.raises(ValueError, match="first due date"):
        replace(data, first_due_on=date(2026, 12, 21))
    # Totals given and right are accepted as they are.
    assert replace(data, total_payment=data.schedule.total_payment).total_payment == \
        data.schedule.total_payment


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    for kind, (samples, render) in RENDER.items():
        for language, make in samples.items():
            path = out / f"{kind}_{language}.pdf"
            path.write_bytes(render(make(), language))
            print(path)
