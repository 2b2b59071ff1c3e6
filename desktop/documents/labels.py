"""What printed documents say, in each language the desk prints in.

A document's language is the customer's, not the clerk's screen language, so
documents keep their own wording here rather than in Qt's .ts files. Keys
are "document.item"; placeholders are named ({good_through}) and must be the
same in every language (a test checks). The wording follows each trade's
own terms rather than a word-for-word translation.
"""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

from desktop.domain.money import Money, format_money

LOCALES = {"en": "en_US", "ja": "ja_JP", "ru": "ru_RU", "zh": "zh_CN"}

EN = {
    "payoff_quote.title": "Loan Payoff Quote",
    "payoff_quote.subject": "Payoff of loan {account_number} good through {good_through}",
    "payoff_quote.footer": "{title} · {account_number} · {branch}",
    "payoff_quote.estimate_banner": "Estimate — not a lender's payoff letter",
    "payoff_quote.estimate_note": (
        "The desk computed these figures from the loan's terms and the payments on record. "
        "Only the lender's payoff letter is binding; ask the lender for one before paying."),
    "payoff_quote.lender_banner": "Lender's payoff quote, ref. {reference}, received {received_on}",
    "payoff_quote.lender_note": (
        "Figures as quoted by the lender. The payoff must reach the lender by the "
        "good-through date, or the per diem is added for each later day."),
    "payoff_quote.expired_warning": (
        "The lender's quote expired on {good_through}: extended by {days} days × "
        "{per_diem} per diem = {extension}. Ask the lender for a new quote before paying."),
    "payoff_quote.section.parties": "Parties",
    "payoff_quote.branch": "Branch",
    "payoff_quote.customer": "Customer (borrower)",
    "payoff_quote.lender": "Lender",
    "payoff_quote.lender_phone": "Lender's phone",
    "payoff_quote.prepared_by": "Prepared by",
    "payoff_quote.section.loan": "Loan and collateral",
    "payoff_quote.account_number": "Loan account number",
    "payoff_quote.interest_rate": "Interest rate",
    "payoff_quote.rate_value": "{rate}% a year",
    "payoff_quote.vehicle": "Vehicle",
    "payoff_quote.plate": "Registration plate",
    "payoff_quote.vin": "VIN / chassis number",
    "payoff_quote.property": "Property address",
    "payoff_quote.owner_of_record": (
        "Ownership retention: {lender} is the registered owner and must release title "
        "once the payoff is received."),
    "payoff_quote.section.dates": "Dates",
    "payoff_quote.issued_on": "Issued on",
    "payoff_quote.good_through": "Good through",
    "payoff_quote.last_due_date": "Last installment due",
    "payoff_quote.section.breakdown": "Payoff breakdown",
    "payoff_quote.item": "Item",
    "payoff_quote.amount": "Amount, {currency}",
    "payoff_quote.principal_outstanding": "Principal outstanding",
    "payoff_quote.accrued_interest": "Interest accrued since the last due date",
    "payoff_quote.past_due": "Past-due installments",
    "payoff_quote.penalty_interest": "Penalty interest and late charges",
    "payoff_quote.fees": "Fees",
    "payoff_quote.prepayment_compensation": "Prepayment compensation",
    "payoff_quote.lender_amount": "Payoff stated in the lender's letter {reference}",
    "payoff_quote.total": "Payoff good through {good_through}",
    "payoff_quote.extension": "Per-diem extension: {days} days × {per_diem}",
    "payoff_quote.total_on": "Payoff on {day}",
    "payoff_quote.per_diem": "Per diem (one day's interest)",
    "payoff_quote.per_diem_sentence": (
        "After {good_through} add {per_diem} per day until the payoff reaches the lender."),
    "payoff_quote.signature.clerk": "Clerk's signature",
    "payoff_quote.signature.customer": "Customer's signature",
}

JA = {
    "payoff_quote.title": "ローン残債精算見積書",
    "payoff_quote.subject": "契約番号 {account_number} の残債精算（{good_through}まで有効）",
    "payoff_quote.footer": "{title} · {account_number} · {branch}",
    "payoff_quote.estimate_banner": "概算見積 — 金融機関発行の残債証明書ではありません",
    "payoff_quote.estimate_note": (
        "本書の金額は、当店が契約条件と入金記録から算出した概算です。"
        "確定金額は金融機関発行の残債証明書によります。お支払いの前に必ず金融機関へご確認ください。"),
    "payoff_quote.lender_banner": "金融機関発行の残債証明（照会番号 {reference}、{received_on}受領）",
    "payoff_quote.lender_note": (
        "金額は金融機関の残債証明によります。有効期限までに金融機関へ着金しない場合は、"
        "1日ごとに日割利息が加算されます。"),
    "payoff_quote.expired_warning": (
        "注意：金融機関の残債証明は{good_through}で有効期限が切れています。"
        "{days}日分 × 日割利息 {per_diem} = {extension} を加算しました。"
        "お支払いの前に残債証明を取り直してください。"),
    "payoff_quote.section.parties": "当事者",
    "payoff_quote.branch": "店舗",
    "payoff_quote.customer": "お客様（債務者）",
    "payoff_quote.lender": "金融機関（債権者）",
    "payoff_quote.lender_phone": "金融機関 電話番号",
    "payoff_quote.prepared_by": "担当者",
    "payoff_quote.section.loan": "ローンと担保物",
    "payoff_quote.account_number": "契約番号",
    "payoff_quote.interest_rate": "約定金利",
    "payoff_quote.rate_value": "年{rate}%",
    "payoff_quote.vehicle": "車両",
    "payoff_quote.plate": "登録番号（ナンバー）",
    "payoff_quote.vin": "車台番号",
    "payoff_quote.property": "物件所在地",
    "payoff_quote.owner_of_record": (
        "所有権留保：登録上の所有者は{lender}です。完済後、{lender}から所有権留保の解除"
        "（名義変更に必要な書類の交付）を受ける必要があります。"),
    "payoff_quote.section.dates": "日付",
    "payoff_quote.issued_on": "発行日",
    "payoff_quote.good_through": "有効期限",
    "payoff_quote.last_due_date": "前回約定返済日",
    "payoff_quote.section.breakdown": "精算金額の内訳",
    "payoff_quote.item": "項目",
    "payoff_quote.amount": "金額（{currency}）",
    "payoff_quote.principal_outstanding": "元金残高",
    "payoff_quote.accrued_interest": "経過利息（前回約定返済日から）",
    "payoff_quote.past_due": "延滞中の約定返済金",
    "payoff_quote.penalty_interest": "遅延損害金",
    "payoff_quote.fees": "手数料",
    "payoff_quote.prepayment_compensation": "繰上返済手数料",
    "payoff_quote.lender_amount": "金融機関の残債証明による精算金額（{reference}）",
    "payoff_quote.total": "精算金額合計（{good_through}まで有効）",
    "payoff_quote.extension": "日割利息の加算：{days}日 × {per_diem}",
    "payoff_quote.total_on": "{day}時点の精算金額",
    "payoff_quote.per_diem": "日割利息（1日あたり）",
    "payoff_quote.per_diem_sentence": (
        "{good_through}を過ぎて着金する場合は、1日につき{per_diem}を加算してください。"),
    "payoff_quote.signature.clerk": "担当者署名",
    "payoff_quote.signature.customer": "お客様署名",
}

RU = {
    "payoff_quote.title": "Расчёт суммы досрочного погашения",
    "payoff_quote.subject": "Погашение кредита {account_number}, действителен по {good_through}",
    "payoff_quote.footer": "{title} · {account_number} · {branch}",
    "payoff_quote.estimate_banner": "Оценка — не справка кредитора о сумме погашения",
    "payoff_quote.estimate_note": (
        "Суммы рассчитаны по условиям кредитного договора и учтённым платежам. "
        "Окончательную сумму указывает только справка кредитора — запросите её до оплаты."),
    "payoff_quote.lender_banner": "Справка кредитора о сумме погашения № {reference}, получена {received_on}",
    "payoff_quote.lender_note": (
        "Суммы указаны по справке кредитора. Деньги должны поступить кредитору не позднее "
        "даты действия расчёта, иначе за каждый следующий день добавляются проценты за день."),
    "payoff_quote.expired_warning": (
        "Внимание: срок действия справки кредитора истёк {good_through}; расчёт продлён на "
        "{days} дн. × {per_diem} (проценты за день) = {extension}. До оплаты запросите новую справку."),
    "payoff_quote.section.parties": "Стороны",
    "payoff_quote.branch": "Офис",
    "payoff_quote.customer": "Клиент (заёмщик)",
    "payoff_quote.lender": "Кредитор",
    "payoff_quote.lender_phone": "Телефон кредитора",
    "payoff_quote.prepared_by": "Расчёт подготовил(а)",
    "payoff_quote.section.loan": "Кредит и предмет залога",
    "payoff_quote.account_number": "Номер кредитного договора",
    "payoff_quote.interest_rate": "Процентная ставка",
    "payoff_quote.rate_value": "{rate}\u00a0% годовых",
    "payoff_quote.vehicle": "Автомобиль",
    "payoff_quote.plate": "Госномер",
    "payoff_quote.vin": "VIN / номер кузова",
    "payoff_quote.property": "Адрес объекта",
    "payoff_quote.owner_of_record": (
        "{lender} значится собственником (право собственности удержано до погашения) и после "
        "полного погашения обязан снять обременение и передать документы на право собственности."),
    "payoff_quote.section.dates": "Даты",
    "payoff_quote.issued_on": "Дата расчёта",
    "payoff_quote.good_through": "Действителен по",
    "payoff_quote.last_due_date": "Последний плановый платёж",
    "payoff_quote.section.breakdown": "Состав суммы погашения",
    "payoff_quote.item": "Статья",
    "payoff_quote.amount": "Сумма, {currency}",
    "payoff_quote.principal_outstanding": "Остаток основного долга",
    "payoff_quote.accrued_interest": "Проценты с даты последнего платежа",
    "payoff_quote.past_due": "Просроченные платежи",
    "payoff_quote.penalty_interest": "Неустойка (пени) за просрочку",
    "payoff_quote.fees": "Комиссии",
    "payoff_quote.prepayment_compensation": "Компенсация за досрочное погашение",
    "payoff_quote.lender_amount": "Сумма погашения по справке кредитора № {reference}",
    "payoff_quote.total": "Итого к погашению по {good_through}",
    "payoff_quote.extension": "Продление: {days} дн. × {per_diem}",
    "payoff_quote.total_on": "К погашению на {day}",
    "payoff_quote.per_diem": "Проценты за день",
    "payoff_quote.per_diem_sentence": (
        "После {good_through} прибавляйте {per_diem} за каждый день до поступления денег кредитору."),
    "payoff_quote.signature.clerk": "Подпись сотрудника",
    "payoff_quote.signature.customer": "Подпись клиента",
}

ZH = {
    "payoff_quote.title": "提前还款金额测算单",
    "payoff_quote.subject": "贷款 {account_number} 结清金额（有效期至{good_through}）",
    "payoff_quote.footer": "{title} · {account_number} · {branch}",
    "payoff_quote.estimate_banner": "估算 — 非贷款机构出具的结清证明",
    "payoff_quote.estimate_note": (
        "本单金额由门店根据贷款合同条款和已登记的还款记录估算，"
        "以贷款机构出具的结清证明为准。付款前请向贷款机构确认。"),
    "payoff_quote.lender_banner": "贷款机构结清报价（编号 {reference}，{received_on}收到）",
    "payoff_quote.lender_note": "金额以贷款机构报价为准。款项须在有效期内到达贷款机构，逾期每天另加日息。",
    "payoff_quote.expired_warning": (
        "注意：贷款机构报价已于{good_through}到期，已按日息顺延{days}天 × {per_diem} = {extension}。"
        "付款前请向贷款机构重新索取报价。"),
    "payoff_quote.section.parties": "当事人",
    "payoff_quote.branch": "门店",
    "payoff_quote.customer": "客户（借款人）",
    "payoff_quote.lender": "贷款机构",
    "payoff_quote.lender_phone": "贷款机构电话",
    "payoff_quote.prepared_by": "经办人",
    "payoff_quote.section.loan": "贷款及抵押物",
    "payoff_quote.account_number": "贷款合同编号",
    "payoff_quote.interest_rate": "贷款利率",
    "payoff_quote.rate_value": "年利率 {rate}%",
    "payoff_quote.vehicle": "车辆",
    "payoff_quote.plate": "车牌号",
    "payoff_quote.vin": "车架号（VIN）",
    "payoff_quote.property": "房产地址",
    "payoff_quote.owner_of_record": (
        "所有权保留：{lender}为登记所有人，贷款结清后须由{lender}解除保留并配合办理过户。"),
    "payoff_quote.section.dates": "日期",
    "payoff_quote.issued_on": "出具日期",
    "payoff_quote.good_through": "有效期至",
    "payoff_quote.last_due_date": "上一还款日",
    "payoff_quote.section.breakdown": "结清金额明细",
    "payoff_quote.item": "项目",
    "payoff_quote.amount": "金额（{currency}）",
    "payoff_quote.principal_outstanding": "剩余本金",
    "payoff_quote.accrued_interest": "上一还款日起的应计利息",
    "payoff_quote.past_due": "逾期未还款额",
    "payoff_quote.penalty_interest": "罚息及滞纳金",
    "payoff_quote.fees": "手续费",
    "payoff_quote.prepayment_compensation": "提前还款违约金",
    "payoff_quote.lender_amount": "贷款机构结清证明所列金额（编号 {reference}）",
    "payoff_quote.total": "结清总额（有效期至{good_through}）",
    "payoff_quote.extension": "按日息顺延：{days}天 × {per_diem}",
    "payoff_quote.total_on": "{day}结清金额",
    "payoff_quote.per_diem": "日息",
    "payoff_quote.per_diem_sentence": "{good_through}之后，每天加付{per_diem}，直至款项到达贷款机构。",
    "payoff_quote.signature.clerk": "经办人签字",
    "payoff_quote.signature.customer": "客户签字",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "ja": JA, "ru": RU, "zh": ZH}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def label(language: str, key: str, **values: object) -> str:
    """The wording for `key` in `language`, with its named placeholders filled."""
    try:
        text = LABELS[language][key]
    except KeyError:
        raise KeyError(f"no label {key!r} in {language!r}") from None
    return text.format(**values)


def day(value: date, language: str) -> str:
    """A date as the language writes it in full: October 1, 2026 / 2026年10月1日 / 1 октября 2026 г."""
    from babel.dates import format_date

    return format_date(value, "long", locale=LOCALES[language])


def money(value: Money, language: str, with_symbol: bool = True) -> str:
    return format_money(value, LOCALES[language], with_symbol)


def rate(annual_rate: Decimal, language: str) -> str:
    """An annual rate (0.159) as a percentage number (15.9 / 15,9), without the sign."""
    from babel.numbers import format_decimal

    return format_decimal(annual_rate * 100, "#,##0.###", locale=LOCALES[language])
