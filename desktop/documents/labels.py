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
from desktop.domain.notices import Notice

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

# -- privacy: the destruction record (акт об уничтожении) and a person's copy ----
# Kept in one block so the payoff wording above stays easy to read.

EN |= {
    "destruction.title": "Record of Destruction of Personal Data",
    "destruction.subject": "Destruction of personal data, record {number}",
    "destruction.footer": "{title} · {number} · {branch}",
    "destruction.number_line": "No. {number} of {day}",
    "destruction.intro": (
        "This record certifies that the personal data listed below were destroyed in the "
        "information system named, by the method stated, and by whom."),
    "destruction.section.operator": "Operator",
    "destruction.operator": "Operator (branch)",
    "destruction.system": "Information system",
    "destruction.system_value": "LienDesk, the branch database",
    "destruction.section.destruction": "The destruction",
    "destruction.erased_at": "Date and time",
    "destruction.subject_ref": "Data subject",
    "destruction.subject_ref_value": (
        "Customer record {reference} (internal number only; the record now reads {marker})"),
    "destruction.reason": "Reason",
    "destruction.method": "Method",
    "destruction.method.database_overwrite": (
        "Deleted or overwritten in the database with SQLite secure delete (freed space "
        "overwritten with zeros); search index rebuilt; write-ahead log truncated; stored "
        "copies of issued documents deleted."),
    "destruction.record_count": "Records destroyed or overwritten",
    "destruction.performed_by": "Performed by",
    "destruction.audit_entry": "Event log entry",
    "destruction.audit_entry_value": "No. {seq} in the audit trail",
    "destruction.section.categories": "Categories of personal data destroyed",
    "destruction.column.no": "No.",
    "destruction.column.category": "Category",
    "destruction.column.contents": "What it comprised",
    "destruction.section.kept": "Kept without personal data",
    "destruction.kept": (
        "For accounting, the money records stay, linked only to the anonymised record: "
        "{loans} loans, {payments} payments, {lender_quotes} lenders' payoff letters, "
        "{lien_releases} lien releases."),
    "destruction.section.limits": "Not covered by this destruction",
    "destruction.limits.backups": (
        "Backup copies of the database made before {day} still hold the data until they are "
        "deleted under the backup schedule."),
    "destruction.limits.audit": (
        "The audit trail is append-only and hash-chained: its earlier entries about this "
        "customer are not rewritten."),
    "destruction.limits.paper": (
        "Paper originals (signed forms, copies of documents) are destroyed separately and "
        "recorded on their own."),
    "destruction.signature.responsible": "Person responsible for personal data processing",
    "destruction.signature.manager": "Branch manager",
    "category.identity": "Identity",
    "category.identity.contents": (
        "Family and given name, reading, date of birth, sex, citizenship, identity document"),
    "category.contacts": "Contacts",
    "category.contacts.contents": "Phone, e-mail",
    "category.address": "Address",
    "category.address.contents": "Address, region of registration",
    "category.employment": "Employment",
    "category.employment.contents": "Employer, position, length of employment",
    "category.income": "Income",
    "category.income.contents": "Net monthly income",
    "category.obligations": "Other debts",
    "category.obligations.contents": "Loans, guarantees and limits with other creditors",
    "category.vehicles": "Vehicles",
    "category.vehicles.contents": (
        "VIN, registration plate, make, model, year, mileage, registered owner"),
    "category.properties": "Properties",
    "category.properties.contents": "Address and particulars of the property",
    "category.loan_accounts": "Loan account numbers",
    "category.loan_accounts.contents": "The lenders' account numbers",
    "category.release_notes": "Release notes",
    "category.release_notes.contents": "Free-text notes on lien releases",
    "category.consent_forms": "Consent form references",
    "category.consent_forms.contents": "Numbers and scan references of the signed consent forms",
    "category.issued_documents": "Copies of issued documents",
    "category.issued_documents.contents": (
        "The stored files of the documents issued (the register keeps date, kind and SHA-256)"),
    "category.search_index": "Search index",
    "category.search_index.contents": "The entries by which the customer could be found",
    "personal_copy.title": "Copy of Your Personal Data",
    "personal_copy.subject": "Personal data held on {name}",
    "personal_copy.footer": "{title} · {name} · {branch}",
    "personal_copy.intro": (
        "At your request: everything {branch} holds on you on {day}. A machine-readable "
        "copy (JSON) with the same data comes with this document."),
    "personal_copy.branch": "Branch",
    "personal_copy.issued_on": "Issued on",
    "personal_copy.prepared_by": "Prepared by",
    "personal_copy.section.details": "Personal details",
    "personal_copy.family_name": "Family name",
    "personal_copy.given_name": "Given name",
    "personal_copy.name_reading": "Reading / transliteration",
    "personal_copy.birth_date": "Date of birth",
    "personal_copy.sex": "Sex",
    "personal_copy.sex.F": "Female",
    "personal_copy.sex.M": "Male",
    "personal_copy.citizenship": "Citizenship",
    "personal_copy.language": "Language of documents",
    "personal_copy.id_document": "Identity document",
    "personal_copy.id_document.passport": "Passport",
    "personal_copy.id_document.residence_card": "Residence card",
    "personal_copy.id_document.driving_licence": "Driving licence",
    "personal_copy.id_document.my_number_card": "My Number card",
    "personal_copy.id_document.resident_id_card": "Resident identity card",
    "personal_copy.id_document.other": "Other document",
    "personal_copy.id_document_number": "Document number",
    "personal_copy.id_document_issued_on": "Document issued on",
    "personal_copy.phone": "Phone",
    "personal_copy.email": "E-mail",
    "personal_copy.address": "Address",
    "personal_copy.region": "Region of registration",
    "personal_copy.employer": "Employer",
    "personal_copy.position": "Position",
    "personal_copy.employed_since": "Employed since",
    "personal_copy.employment_months": "Total employment",
    "personal_copy.months": "{months} months",
    "personal_copy.income": "Net monthly income",
    "personal_copy.none": "None on file.",
    "personal_copy.yes": "Yes",
    "personal_copy.no": "No",
    "personal_copy.section.obligations": "Debts to other creditors",
    "personal_copy.creditor": "Creditor",
    "personal_copy.kind": "Kind",
    "personal_copy.monthly_payment": "Monthly payment",
    "personal_copy.credit_limit": "Limit",
    "personal_copy.at_this_bank": "At this bank",
    "personal_copy.obligation.loan": "Loan",
    "personal_copy.obligation.guarantee": "Guarantee",
    "personal_copy.obligation.overdraft": "Card or overdraft limit",
    "personal_copy.section.consents": "Consents to keep personal data",
    "personal_copy.given_on": "Given on",
    "personal_copy.purpose": "Purpose",
    "personal_copy.form_ref": "Signed form",
    "personal_copy.withdrawn_on": "Withdrawn on",
    "personal_copy.in_force": "In force",
    "personal_copy.at_intake": "At intake",
    "personal_copy.section.assets": "Vehicles and properties",
    "personal_copy.vehicle": "Vehicle",
    "personal_copy.property": "Property",
    "personal_copy.vin": "VIN / chassis number",
    "personal_copy.plate": "Registration plate",
    "personal_copy.make_model": "Make and model",
    "personal_copy.year": "Model year",
    "personal_copy.mileage": "Mileage",
    "personal_copy.mileage_value": "{km} km",
    "personal_copy.owner_of_record": "Registered owner",
    "personal_copy.first_registered_on": "First registered",
    "personal_copy.property_kind": "Kind of property",
    "personal_copy.property_kind.condominium": "Condominium",
    "personal_copy.property_kind.house": "House",
    "personal_copy.property_kind.land": "Land",
    "personal_copy.floor_area": "Floor area",
    "personal_copy.floor_area_value": "{area} m²",
    "personal_copy.section.loans": "Loans",
    "personal_copy.loan_title": "Loan {account_number}",
    "personal_copy.lender": "Lender",
    "personal_copy.secured_on": "Secured on",
    "personal_copy.principal": "Amount lent",
    "personal_copy.rate": "Interest rate",
    "personal_copy.rate_value": "{rate}% a year",
    "personal_copy.term": "Term",
    "personal_copy.method": "Repayment",
    "personal_copy.method.equal_installment": "Equal installments",
    "personal_copy.method.equal_principal": "Equal principal",
    "personal_copy.method.bullet": "All at maturity",
    "personal_copy.method.balloon": "Balloon (residual value)",
    "personal_copy.disbursed_on": "Paid out on",
    "personal_copy.status": "Status",
    "personal_copy.status.active": "Active",
    "personal_copy.status.paid_off": "Paid off",
    "personal_copy.status.called": "Called by the lender",
    "personal_copy.status.subrogated": "Paid by the guarantor",
    "personal_copy.payments": "Payments",
    "personal_copy.paid_on": "Paid on",
    "personal_copy.amount": "Amount, {currency}",
    "personal_copy.lender_quotes": "Lenders' payoff letters",
    "personal_copy.received_on": "Received on",
    "personal_copy.reference": "Reference",
    "personal_copy.good_through": "Good through",
    "personal_copy.releases": "Lien releases",
    "personal_copy.sale_on": "Sale on",
    "personal_copy.sent": "Payoff sent",
    "personal_copy.sent_value": "{day}: {amount}",
    "personal_copy.confirmed_on": "Lender confirmed",
    "personal_copy.released_on": "Released",
    "personal_copy.documents_received": "Documents received",
    "personal_copy.notes": "Notes",
    "personal_copy.section.documents": "Documents issued",
    "personal_copy.document": "Document",
    "personal_copy.file_name": "File",
    "personal_copy.sha256": "SHA-256 (start)",
    "personal_copy.document.payoff_quote": "Payoff quote",
    "personal_copy.document.personal_copy": "Copy of personal data",
    "personal_copy.section.audit": "Who used your data, and when",
    "personal_copy.when": "When",
    "personal_copy.action": "What",
    "personal_copy.actor": "By",
    "personal_copy.action.customer.take_in": "Taken in",
    "personal_copy.action.customer.update": "Details changed",
    "personal_copy.action.customer.view": "File opened",
    "personal_copy.action.customer.export": "Copy of data made",
    "personal_copy.action.consent.record": "Consent recorded",
    "personal_copy.action.consent.withdraw": "Consent withdrawn",
    "personal_copy.action.vehicle.add": "Vehicle recorded",
    "personal_copy.action.property.add": "Property recorded",
    "personal_copy.action.loan.add": "Loan recorded",
    "personal_copy.action.loan.set_status": "Loan status changed",
    "personal_copy.action.payment.record": "Payment recorded",
    "personal_copy.action.lender_quote.record": "Lender's letter recorded",
    "personal_copy.action.lien_release.start": "Release started",
    "personal_copy.action.lien_release.mark_sent": "Payoff sent",
    "personal_copy.action.lien_release.mark_confirmed": "Lender confirmed",
    "personal_copy.action.lien_release.mark_released": "Lien released",
    "personal_copy.action.document.issue": "Document issued",
    "personal_copy.legal_basis": (
        "Legal basis of this copy: APPI art. 33 (Japan), Federal Law 152-FZ art. 14 (Russia), "
        "PIPL art. 45 (China). Staff appear by their user names."),
    "personal_copy.signature.clerk": "Issued by",
    "personal_copy.signature.customer": "Received by the customer",
}

JA |= {
    "destruction.title": "個人データ消去記録",
    "destruction.subject": "個人データの消去（記録番号 {number}）",
    "destruction.footer": "{title} · {number} · {branch}",
    "destruction.number_line": "記録番号 {number}（{day}）",
    "destruction.intro": (
        "本記録は、下記の個人データを、下記の情報システムにおいて、下記の方法により、"
        "下記の者が消去したことを証するものです。"),
    "destruction.section.operator": "個人情報取扱事業者",
    "destruction.operator": "事業者（店舗）",
    "destruction.system": "情報システム",
    "destruction.system_value": "LienDesk（店舗データベース）",
    "destruction.section.destruction": "消去の内容",
    "destruction.erased_at": "消去日時",
    "destruction.subject_ref": "本人",
    "destruction.subject_ref_value": "顧客レコード {reference}（内部番号のみ。現在の表示は {marker}）",
    "destruction.reason": "消去の理由",
    "destruction.method": "消去の方法",
    "destruction.method.database_overwrite": (
        "データベース上で削除または上書き（SQLite の secure_delete により解放領域をゼロで上書き）。"
        "検索索引を再構築し、先行書き込みログを切り詰め、保存していた発行書類の写しを削除。"),
    "destruction.record_count": "消去・上書きしたレコード数",
    "destruction.performed_by": "実施者",
    "destruction.audit_entry": "操作ログ",
    "destruction.audit_entry_value": "監査ログ 第{seq}号",
    "destruction.section.categories": "消去した個人データの項目",
    "destruction.column.no": "番号",
    "destruction.column.category": "項目",
    "destruction.column.contents": "内容",
    "destruction.section.kept": "個人データを除いて保存する記録",
    "destruction.kept": (
        "会計記録として、金銭の記録は匿名化したレコードにのみ紐づけて保存します："
        "ローン {loans} 件、入金 {payments} 件、残債証明 {lender_quotes} 件、"
        "所有権解除・抵当権抹消 {lien_releases} 件。"),
    "destruction.section.limits": "本消去の対象外",
    "destruction.limits.backups": (
        "{day}より前に作成したデータベースのバックアップには、バックアップの保存期間に従って"
        "削除されるまで当該データが残ります。"),
    "destruction.limits.audit": (
        "監査ログは追記専用でハッシュ連鎖により保護されているため、本顧客に関する過去の記録は"
        "書き換えていません。"),
    "destruction.limits.paper": "紙の原本（署名済みの書類、書類の写し）は別途廃棄し、別に記録します。",
    "destruction.signature.responsible": "個人情報保護管理者",
    "destruction.signature.manager": "店長",
    "category.identity": "本人確認情報",
    "category.identity.contents": "氏名、フリガナ、生年月日、性別、国籍、本人確認書類",
    "category.contacts": "連絡先",
    "category.contacts.contents": "電話番号、メールアドレス",
    "category.address": "住所",
    "category.address.contents": "住所、登録地域",
    "category.employment": "勤務先",
    "category.employment.contents": "勤務先、役職、勤続期間",
    "category.income": "収入",
    "category.income.contents": "月収（手取り）",
    "category.obligations": "他社借入",
    "category.obligations.contents": "他の債権者からの借入、保証、利用限度額",
    "category.vehicles": "車両",
    "category.vehicles.contents": "車台番号、登録番号、メーカー、車種、年式、走行距離、所有者",
    "category.properties": "不動産",
    "category.properties.contents": "物件の所在地と概要",
    "category.loan_accounts": "ローン契約番号",
    "category.loan_accounts.contents": "金融機関の契約番号",
    "category.release_notes": "解除手続のメモ",
    "category.release_notes.contents": "所有権解除・抵当権抹消の手続に関する自由記述のメモ",
    "category.consent_forms": "同意書の番号",
    "category.consent_forms.contents": "署名済み同意書の番号、スキャンの参照先",
    "category.issued_documents": "発行書類の写し",
    "category.issued_documents.contents": "発行書類の保存ファイル（発行台帳には日付・種類・SHA-256 が残ります）",
    "category.search_index": "検索索引",
    "category.search_index.contents": "顧客を検索するための索引",
    "personal_copy.title": "保有個人データ開示書",
    "personal_copy.subject": "{name} 様の保有個人データ",
    "personal_copy.footer": "{title} · {name} · {branch}",
    "personal_copy.intro": (
        "ご請求により、{day}時点で{branch}が保有するお客様の個人データをすべて記載します。"
        "同じ内容の機械可読形式（JSON）のファイルを添えてお渡しします。"),
    "personal_copy.branch": "店舗",
    "personal_copy.issued_on": "作成日",
    "personal_copy.prepared_by": "作成者",
    "personal_copy.section.details": "基本情報",
    "personal_copy.family_name": "氏",
    "personal_copy.given_name": "名",
    "personal_copy.name_reading": "フリガナ",
    "personal_copy.birth_date": "生年月日",
    "personal_copy.sex": "性別",
    "personal_copy.sex.F": "女性",
    "personal_copy.sex.M": "男性",
    "personal_copy.citizenship": "国籍",
    "personal_copy.language": "書類の言語",
    "personal_copy.id_document": "本人確認書類",
    "personal_copy.id_document.passport": "旅券",
    "personal_copy.id_document.residence_card": "在留カード",
    "personal_copy.id_document.driving_licence": "運転免許証",
    "personal_copy.id_document.my_number_card": "マイナンバーカード",
    "personal_copy.id_document.resident_id_card": "居民身分証",
    "personal_copy.id_document.other": "その他の書類",
    "personal_copy.id_document_number": "書類の番号",
    "personal_copy.id_document_issued_on": "書類の交付日",
    "personal_copy.phone": "電話番号",
    "personal_copy.email": "メールアドレス",
    "personal_copy.address": "住所",
    "personal_copy.region": "登録地域",
    "personal_copy.employer": "勤務先",
    "personal_copy.position": "役職",
    "personal_copy.employed_since": "入社日",
    "personal_copy.employment_months": "通算勤続期間",
    "personal_copy.months": "{months}か月",
    "personal_copy.income": "月収（手取り）",
    "personal_copy.none": "記録はありません。",
    "personal_copy.yes": "はい",
    "personal_copy.no": "いいえ",
    "personal_copy.section.obligations": "他社借入",
    "personal_copy.creditor": "借入先",
    "personal_copy.kind": "種類",
    "personal_copy.monthly_payment": "月々の返済額",
    "personal_copy.credit_limit": "利用限度額",
    "personal_copy.at_this_bank": "当行",
    "personal_copy.obligation.loan": "借入",
    "personal_copy.obligation.guarantee": "保証",
    "personal_copy.obligation.overdraft": "カード・当座貸越",
    "personal_copy.section.consents": "個人情報の取扱いへの同意",
    "personal_copy.given_on": "同意日",
    "personal_copy.purpose": "利用目的",
    "personal_copy.form_ref": "同意書番号",
    "personal_copy.withdrawn_on": "撤回日",
    "personal_copy.in_force": "有効",
    "personal_copy.at_intake": "受付時",
    "personal_copy.section.assets": "車両・不動産",
    "personal_copy.vehicle": "車両",
    "personal_copy.property": "不動産",
    "personal_copy.vin": "車台番号",
    "personal_copy.plate": "登録番号（ナンバー）",
    "personal_copy.make_model": "メーカー・車種",
    "personal_copy.year": "年式",
    "personal_copy.mileage": "走行距離",
    "personal_copy.mileage_value": "{km} km",
    "personal_copy.owner_of_record": "所有者（車検証）",
    "personal_copy.first_registered_on": "初度登録",
    "personal_copy.property_kind": "物件種別",
    "personal_copy.property_kind.condominium": "マンション（区分所有）",
    "personal_copy.property_kind.house": "一戸建て",
    "personal_copy.property_kind.land": "土地",
    "personal_copy.floor_area": "面積",
    "personal_copy.floor_area_value": "{area} m²",
    "personal_copy.section.loans": "ローン",
    "personal_copy.loan_title": "ローン 契約番号 {account_number}",
    "personal_copy.lender": "金融機関",
    "personal_copy.secured_on": "担保物",
    "personal_copy.principal": "借入金額",
    "personal_copy.rate": "約定金利",
    "personal_copy.rate_value": "年{rate}%",
    "personal_copy.term": "返済期間",
    "personal_copy.method": "返済方式",
    "personal_copy.method.equal_installment": "元利均等返済",
    "personal_copy.method.equal_principal": "元金均等返済",
    "personal_copy.method.bullet": "期日一括返済",
    "personal_copy.method.balloon": "残価設定型",
    "personal_copy.disbursed_on": "融資実行日",
    "personal_copy.status": "状態",
    "personal_copy.status.active": "返済中",
    "personal_copy.status.paid_off": "完済",
    "personal_copy.status.called": "期限の利益喪失",
    "personal_copy.status.subrogated": "代位弁済済み",
    "personal_copy.payments": "入金",
    "personal_copy.paid_on": "入金日",
    "personal_copy.amount": "金額（{currency}）",
    "personal_copy.lender_quotes": "残債証明",
    "personal_copy.received_on": "受領日",
    "personal_copy.reference": "照会番号",
    "personal_copy.good_through": "有効期限",
    "personal_copy.releases": "所有権解除・抵当権抹消",
    "personal_copy.sale_on": "売却日",
    "personal_copy.sent": "残債送金",
    "personal_copy.sent_value": "{day}：{amount}",
    "personal_copy.confirmed_on": "完済確認",
    "personal_copy.released_on": "解除完了",
    "personal_copy.documents_received": "受領書類",
    "personal_copy.notes": "メモ",
    "personal_copy.section.documents": "発行書類",
    "personal_copy.document": "書類",
    "personal_copy.file_name": "ファイル",
    "personal_copy.sha256": "SHA-256（先頭）",
    "personal_copy.document.payoff_quote": "残債精算見積書",
    "personal_copy.document.personal_copy": "保有個人データ開示書",
    "personal_copy.section.audit": "お客様のデータの利用記録",
    "personal_copy.when": "日時",
    "personal_copy.action": "内容",
    "personal_copy.actor": "担当者",
    "personal_copy.action.customer.take_in": "新規受付",
    "personal_copy.action.customer.update": "登録内容の変更",
    "personal_copy.action.customer.view": "閲覧",
    "personal_copy.action.customer.export": "開示書の作成",
    "personal_copy.action.consent.record": "同意の記録",
    "personal_copy.action.consent.withdraw": "同意の撤回",
    "personal_copy.action.vehicle.add": "車両の登録",
    "personal_copy.action.property.add": "不動産の登録",
    "personal_copy.action.loan.add": "ローンの登録",
    "personal_copy.action.loan.set_status": "ローン状態の変更",
    "personal_copy.action.payment.record": "入金の記録",
    "personal_copy.action.lender_quote.record": "残債証明の記録",
    "personal_copy.action.lien_release.start": "解除手続の開始",
    "personal_copy.action.lien_release.mark_sent": "残債送金",
    "personal_copy.action.lien_release.mark_confirmed": "完済確認",
    "personal_copy.action.lien_release.mark_released": "解除完了",
    "personal_copy.action.document.issue": "書類の発行",
    "personal_copy.legal_basis": (
        "本書は、個人情報保護法第33条（日本）、連邦法152-FZ第14条（ロシア）、"
        "個人情報保護法第45条（中国）に基づく開示です。担当者はユーザー名で表示しています。"),
    "personal_copy.signature.clerk": "交付者署名",
    "personal_copy.signature.customer": "受領者署名",
}

RU |= {
    "destruction.title": "Акт об уничтожении персональных данных",
    "destruction.subject": "Уничтожение персональных данных, акт № {number}",
    "destruction.footer": "{title} · {number} · {branch}",
    "destruction.number_line": "№ {number} от {day}",
    "destruction.intro": (
        "Настоящий акт подтверждает, что перечисленные ниже персональные данные уничтожены "
        "в указанной информационной системе указанным способом указанным лицом."),
    "destruction.section.operator": "Оператор",
    "destruction.operator": "Оператор (офис)",
    "destruction.system": "Информационная система",
    "destruction.system_value": "LienDesk, база данных офиса",
    "destruction.section.destruction": "Сведения об уничтожении",
    "destruction.erased_at": "Дата и время",
    "destruction.subject_ref": "Субъект персональных данных",
    "destruction.subject_ref_value": (
        "Запись клиента {reference} (только внутренний номер; теперь запись названа {marker})"),
    "destruction.reason": "Причина уничтожения",
    "destruction.method": "Способ уничтожения",
    "destruction.method.database_overwrite": (
        "Удаление или перезапись в базе данных с безопасным удалением SQLite (освобождённое "
        "место затирается нулями); поисковый индекс перестроен; журнал упреждающей записи "
        "усечён; хранившиеся копии выданных документов удалены."),
    "destruction.record_count": "Записей уничтожено",
    "destruction.performed_by": "Уничтожил(а)",
    "destruction.audit_entry": "Журнал событий",
    "destruction.audit_entry_value": "№ {seq} в журнале аудита",
    "destruction.section.categories": "Перечень категорий уничтоженных персональных данных",
    "destruction.column.no": "№",
    "destruction.column.category": "Категория",
    "destruction.column.contents": "Состав",
    "destruction.section.kept": "Сохраняется без персональных данных",
    "destruction.kept": (
        "Для бухгалтерского учёта денежные записи сохраняются и связаны только с "
        "обезличенной записью: кредитов — {loans}, платежей — {payments}, справок "
        "кредиторов — {lender_quotes}, снятий обременения — {lien_releases}."),
    "destruction.section.limits": "Не охвачено настоящим уничтожением",
    "destruction.limits.backups": (
        "Резервные копии базы данных, сделанные до {day}, содержат эти данные до их "
        "удаления по графику резервного копирования."),
    "destruction.limits.audit": (
        "Журнал аудита ведётся только на добавление и защищён цепочкой хешей: прежние "
        "записи о клиенте в нём не изменяются."),
    "destruction.limits.paper": (
        "Бумажные носители (подписанные формы, копии документов) уничтожаются отдельно, "
        "с оформлением отдельного акта."),
    "destruction.signature.responsible": "Ответственный за организацию обработки персональных данных",
    "destruction.signature.manager": "Руководитель офиса",
    "category.identity": "Идентификационные данные",
    "category.identity.contents": (
        "Фамилия, имя, транслитерация, дата рождения, пол, гражданство, документ, "
        "удостоверяющий личность"),
    "category.contacts": "Контактные данные",
    "category.contacts.contents": "Телефон, адрес электронной почты",
    "category.address": "Адрес",
    "category.address.contents": "Адрес, регион регистрации",
    "category.employment": "Сведения о работе",
    "category.employment.contents": "Работодатель, должность, стаж",
    "category.income": "Доход",
    "category.income.contents": "Ежемесячный доход",
    "category.obligations": "Иные обязательства",
    "category.obligations.contents": "Кредиты, поручительства и лимиты у других кредиторов",
    "category.vehicles": "Транспортные средства",
    "category.vehicles.contents": "VIN, госномер, марка, модель, год выпуска, пробег, собственник",
    "category.properties": "Объекты недвижимости",
    "category.properties.contents": "Адрес и характеристики объекта",
    "category.loan_accounts": "Номера кредитных договоров",
    "category.loan_accounts.contents": "Номера договоров у кредиторов",
    "category.release_notes": "Заметки о снятии обременения",
    "category.release_notes.contents": "Произвольные заметки по снятию обременений",
    "category.consent_forms": "Реквизиты согласий",
    "category.consent_forms.contents": "Номера и ссылки на скан-копии подписанных согласий",
    "category.issued_documents": "Копии выданных документов",
    "category.issued_documents.contents": (
        "Хранившиеся файлы выданных документов (в реестре остаются дата, вид и SHA-256)"),
    "category.search_index": "Поисковый индекс",
    "category.search_index.contents": "Записи, по которым можно было найти клиента",
    "personal_copy.title": "Копия ваших персональных данных",
    "personal_copy.subject": "Персональные данные: {name}",
    "personal_copy.footer": "{title} · {name} · {branch}",
    "personal_copy.intro": (
        "По состоянию на {day} {branch} хранит о вас только сведения, перечисленные ниже; "
        "копия выдана по вашему запросу. Те же данные передаются вместе с этим документом "
        "в машиночитаемом виде (JSON)."),
    "personal_copy.branch": "Офис",
    "personal_copy.issued_on": "Дата",
    "personal_copy.prepared_by": "Подготовил(а)",
    "personal_copy.section.details": "Личные данные",
    "personal_copy.family_name": "Фамилия",
    "personal_copy.given_name": "Имя, отчество",
    "personal_copy.name_reading": "Транслитерация",
    "personal_copy.birth_date": "Дата рождения",
    "personal_copy.sex": "Пол",
    "personal_copy.sex.F": "Женский",
    "personal_copy.sex.M": "Мужской",
    "personal_copy.citizenship": "Гражданство",
    "personal_copy.language": "Язык документов",
    "personal_copy.id_document": "Документ, удостоверяющий личность",
    "personal_copy.id_document.passport": "Паспорт",
    "personal_copy.id_document.residence_card": "Вид на жительство",
    "personal_copy.id_document.driving_licence": "Водительское удостоверение",
    "personal_copy.id_document.my_number_card": "Карта My Number (Япония)",
    "personal_copy.id_document.resident_id_card": "Удостоверение личности гражданина КНР",
    "personal_copy.id_document.other": "Иной документ",
    "personal_copy.id_document_number": "Номер документа",
    "personal_copy.id_document_issued_on": "Дата выдачи документа",
    "personal_copy.phone": "Телефон",
    "personal_copy.email": "Электронная почта",
    "personal_copy.address": "Адрес",
    "personal_copy.region": "Регион регистрации",
    "personal_copy.employer": "Работодатель",
    "personal_copy.position": "Должность",
    "personal_copy.employed_since": "Работает с",
    "personal_copy.employment_months": "Общий стаж",
    "personal_copy.months": "{months} мес.",
    "personal_copy.income": "Ежемесячный доход",
    "personal_copy.none": "Сведений нет.",
    "personal_copy.yes": "Да",
    "personal_copy.no": "Нет",
    "personal_copy.section.obligations": "Обязательства перед другими кредиторами",
    "personal_copy.creditor": "Кредитор",
    "personal_copy.kind": "Вид",
    "personal_copy.monthly_payment": "Ежемесячный платёж",
    "personal_copy.credit_limit": "Лимит",
    "personal_copy.at_this_bank": "В этом банке",
    "personal_copy.obligation.loan": "Кредит",
    "personal_copy.obligation.guarantee": "Поручительство",
    "personal_copy.obligation.overdraft": "Карта или овердрафт",
    "personal_copy.section.consents": "Согласия на обработку персональных данных",
    "personal_copy.given_on": "Дата согласия",
    "personal_copy.purpose": "Цель",
    "personal_copy.form_ref": "Подписанная форма",
    "personal_copy.withdrawn_on": "Дата отзыва",
    "personal_copy.in_force": "Действует",
    "personal_copy.at_intake": "При приёме",
    "personal_copy.section.assets": "Транспортные средства и недвижимость",
    "personal_copy.vehicle": "Автомобиль",
    "personal_copy.property": "Недвижимость",
    "personal_copy.vin": "VIN / номер кузова",
    "personal_copy.plate": "Госномер",
    "personal_copy.make_model": "Марка и модель",
    "personal_copy.year": "Год выпуска",
    "personal_copy.mileage": "Пробег",
    "personal_copy.mileage_value": "{km} км",
    "personal_copy.owner_of_record": "Собственник по документам",
    "personal_copy.first_registered_on": "Первая регистрация",
    "personal_copy.property_kind": "Вид объекта",
    "personal_copy.property_kind.condominium": "Квартира",
    "personal_copy.property_kind.house": "Дом",
    "personal_copy.property_kind.land": "Земельный участок",
    "personal_copy.floor_area": "Площадь",
    "personal_copy.floor_area_value": "{area} м²",
    "personal_copy.section.loans": "Кредиты",
    "personal_copy.loan_title": "Кредит № {account_number}",
    "personal_copy.lender": "Кредитор",
    "personal_copy.secured_on": "Предмет залога",
    "personal_copy.principal": "Сумма кредита",
    "personal_copy.rate": "Процентная ставка",
    "personal_copy.rate_value": "{rate}\u00a0% годовых",
    "personal_copy.term": "Срок",
    "personal_copy.method": "Способ погашения",
    "personal_copy.method.equal_installment": "Аннуитетные платежи",
    "personal_copy.method.equal_principal": "Дифференцированные платежи",
    "personal_copy.method.bullet": "Единовременно в конце срока",
    "personal_copy.method.balloon": "С остаточным платежом",
    "personal_copy.disbursed_on": "Дата выдачи",
    "personal_copy.status": "Статус",
    "personal_copy.status.active": "Действует",
    "personal_copy.status.paid_off": "Погашен",
    "personal_copy.status.called": "Досрочно истребован",
    "personal_copy.status.subrogated": "Погашен поручителем",
    "personal_copy.payments": "Платежи",
    "personal_copy.paid_on": "Дата платежа",
    "personal_copy.amount": "Сумма, {currency}",
    "personal_copy.lender_quotes": "Справки кредитора о сумме погашения",
    "personal_copy.received_on": "Получена",
    "personal_copy.reference": "Номер",
    "personal_copy.good_through": "Действительна по",
    "personal_copy.releases": "Снятие обременения",
    "personal_copy.sale_on": "Дата продажи",
    "personal_copy.sent": "Погашение отправлено",
    "personal_copy.sent_value": "{day}: {amount}",
    "personal_copy.confirmed_on": "Подтверждено кредитором",
    "personal_copy.released_on": "Обременение снято",
    "personal_copy.documents_received": "Полученные документы",
    "personal_copy.notes": "Заметки",
    "personal_copy.section.documents": "Выданные документы",
    "personal_copy.document": "Документ",
    "personal_copy.file_name": "Файл",
    "personal_copy.sha256": "SHA-256 (начало)",
    "personal_copy.document.payoff_quote": "Расчёт суммы погашения",
    "personal_copy.document.personal_copy": "Копия персональных данных",
    "personal_copy.section.audit": "Кто и когда работал с вашими данными",
    "personal_copy.when": "Когда",
    "personal_copy.action": "Действие",
    "personal_copy.actor": "Кто",
    "personal_copy.action.customer.take_in": "Клиент принят",
    "personal_copy.action.customer.update": "Данные изменены",
    "personal_copy.action.customer.view": "Просмотр карточки",
    "personal_copy.action.customer.export": "Выдана копия данных",
    "personal_copy.action.consent.record": "Согласие записано",
    "personal_copy.action.consent.withdraw": "Согласие отозвано",
    "personal_copy.action.vehicle.add": "Автомобиль внесён",
    "personal_copy.action.property.add": "Объект внесён",
    "personal_copy.action.loan.add": "Кредит внесён",
    "personal_copy.action.loan.set_status": "Статус кредита изменён",
    "personal_copy.action.payment.record": "Платёж внесён",
    "personal_copy.action.lender_quote.record": "Справка кредитора внесена",
    "personal_copy.action.lien_release.start": "Начато снятие обременения",
    "personal_copy.action.lien_release.mark_sent": "Погашение отправлено",
    "personal_copy.action.lien_release.mark_confirmed": "Кредитор подтвердил погашение",
    "personal_copy.action.lien_release.mark_released": "Обременение снято",
    "personal_copy.action.document.issue": "Документ выдан",
    "personal_copy.legal_basis": (
        "Основание: ст. 14 Федерального закона № 152-ФЗ (Россия), ст. 33 APPI (Япония), "
        "ст. 45 PIPL (Китай). Сотрудники указаны по имени пользователя."),
    "personal_copy.signature.clerk": "Выдал(а)",
    "personal_copy.signature.customer": "Получил(а)",
}

ZH |= {
    "destruction.title": "个人信息删除记录",
    "destruction.subject": "个人信息删除（记录编号 {number}）",
    "destruction.footer": "{title} · {number} · {branch}",
    "destruction.number_line": "编号 {number}（{day}）",
    "destruction.intro": "本记录证明下列个人信息已由所列人员在所列信息系统中按所列方式删除。",
    "destruction.section.operator": "个人信息处理者",
    "destruction.operator": "处理者（门店）",
    "destruction.system": "信息系统",
    "destruction.system_value": "LienDesk（门店数据库）",
    "destruction.section.destruction": "删除情况",
    "destruction.erased_at": "日期和时间",
    "destruction.subject_ref": "个人信息主体",
    "destruction.subject_ref_value": "客户记录 {reference}（仅为内部编号；该记录现显示为 {marker}）",
    "destruction.reason": "删除原因",
    "destruction.method": "删除方式",
    "destruction.method.database_overwrite": (
        "在数据库中删除或覆写（SQLite secure_delete 以零覆盖释放的空间）；重建检索索引；"
        "截断预写日志；删除所存已出具文件的副本。"),
    "destruction.record_count": "删除或覆写的记录数",
    "destruction.performed_by": "执行人",
    "destruction.audit_entry": "操作日志记录",
    "destruction.audit_entry_value": "审计日志第 {seq} 条",
    "destruction.section.categories": "已删除的个人信息类别",
    "destruction.column.no": "序号",
    "destruction.column.category": "类别",
    "destruction.column.contents": "包括内容",
    "destruction.section.kept": "不含个人信息而保留的记录",
    "destruction.kept": (
        "作为会计记录，资金记录仅与匿名化后的记录关联并予以保留：贷款 {loans} 笔、"
        "还款 {payments} 笔、贷款机构结清证明 {lender_quotes} 份、解押 {lien_releases} 笔。"),
    "destruction.section.limits": "本次删除未涵盖",
    "destruction.limits.backups": "{day}之前制作的数据库备份，在按备份计划删除之前仍含有该数据。",
    "destruction.limits.audit": "审计日志仅可追加并以哈希链保护，其中关于该客户的既有记录未被改写。",
    "destruction.limits.paper": "纸质原件（已签署的表格、文件复印件）另行销毁并单独记录。",
    "destruction.signature.responsible": "个人信息保护负责人",
    "destruction.signature.manager": "门店经理",
    "category.identity": "身份信息",
    "category.identity.contents": "姓名、拼音或读音、出生日期、性别、国籍、身份证件",
    "category.contacts": "联系方式",
    "category.contacts.contents": "电话、电子邮箱",
    "category.address": "住址",
    "category.address.contents": "住址、户籍所在地区",
    "category.employment": "工作信息",
    "category.employment.contents": "工作单位、职务、工作年限",
    "category.income": "收入",
    "category.income.contents": "月净收入",
    "category.obligations": "其他债务",
    "category.obligations.contents": "在其他债权人处的借款、担保和额度",
    "category.vehicles": "车辆",
    "category.vehicles.contents": "车架号、车牌号、品牌、车型、年份、里程、登记所有人",
    "category.properties": "房产",
    "category.properties.contents": "房产地址及基本情况",
    "category.loan_accounts": "贷款合同编号",
    "category.loan_accounts.contents": "贷款机构的合同编号",
    "category.release_notes": "解押备注",
    "category.release_notes.contents": "解除抵押或所有权保留的文字备注",
    "category.consent_forms": "同意书编号",
    "category.consent_forms.contents": "已签署同意书的编号和扫描件索引",
    "category.issued_documents": "已出具文件的副本",
    "category.issued_documents.contents": "已出具文件的存档文件（登记簿仅保留日期、种类和 SHA-256）",
    "category.search_index": "检索索引",
    "category.search_index.contents": "可据以查到该客户的索引条目",
    "personal_copy.title": "个人信息副本",
    "personal_copy.subject": "{name}的个人信息",
    "personal_copy.footer": "{title} · {name} · {branch}",
    "personal_copy.intro": (
        "应您的要求，列出{branch}截至{day}保存的您的全部个人信息。"
        "同时提供内容相同的机器可读文件（JSON）。"),
    "personal_copy.branch": "门店",
    "personal_copy.issued_on": "出具日期",
    "personal_copy.prepared_by": "经办人",
    "personal_copy.section.details": "基本信息",
    "personal_copy.family_name": "姓",
    "personal_copy.given_name": "名",
    "personal_copy.name_reading": "拼音或读音",
    "personal_copy.birth_date": "出生日期",
    "personal_copy.sex": "性别",
    "personal_copy.sex.F": "女",
    "personal_copy.sex.M": "男",
    "personal_copy.citizenship": "国籍",
    "personal_copy.language": "文件语言",
    "personal_copy.id_document": "身份证件",
    "personal_copy.id_document.passport": "护照",
    "personal_copy.id_document.residence_card": "居留卡",
    "personal_copy.id_document.driving_licence": "驾驶证",
    "personal_copy.id_document.my_number_card": "日本个人编号卡",
    "personal_copy.id_document.resident_id_card": "居民身份证",
    "personal_copy.id_document.other": "其他证件",
    "personal_copy.id_document_number": "证件号码",
    "personal_copy.id_document_issued_on": "证件签发日期",
    "personal_copy.phone": "电话",
    "personal_copy.email": "电子邮箱",
    "personal_copy.address": "住址",
    "personal_copy.region": "户籍地区",
    "personal_copy.employer": "工作单位",
    "personal_copy.position": "职务",
    "personal_copy.employed_since": "入职日期",
    "personal_copy.employment_months": "累计工作年限",
    "personal_copy.months": "{months}个月",
    "personal_copy.income": "月净收入",
    "personal_copy.none": "无记录。",
    "personal_copy.yes": "是",
    "personal_copy.no": "否",
    "personal_copy.section.obligations": "在其他债权人处的债务",
    "personal_copy.creditor": "债权人",
    "personal_copy.kind": "类型",
    "personal_copy.monthly_payment": "月还款额",
    "personal_copy.credit_limit": "额度",
    "personal_copy.at_this_bank": "本行",
    "personal_copy.obligation.loan": "贷款",
    "personal_copy.obligation.guarantee": "担保",
    "personal_copy.obligation.overdraft": "信用卡或透支额度",
    "personal_copy.section.consents": "个人信息处理同意",
    "personal_copy.given_on": "同意日期",
    "personal_copy.purpose": "处理目的",
    "personal_copy.form_ref": "同意书编号",
    "personal_copy.withdrawn_on": "撤回日期",
    "personal_copy.in_force": "有效",
    "personal_copy.at_intake": "登记时",
    "personal_copy.section.assets": "车辆和房产",
    "personal_copy.vehicle": "车辆",
    "personal_copy.property": "房产",
    "personal_copy.vin": "车架号（VIN）",
    "personal_copy.plate": "车牌号",
    "personal_copy.make_model": "品牌和车型",
    "personal_copy.year": "年份",
    "personal_copy.mileage": "里程",
    "personal_copy.mileage_value": "{km} 公里",
    "personal_copy.owner_of_record": "登记所有人",
    "personal_copy.first_registered_on": "初次登记日期",
    "personal_copy.property_kind": "房产类型",
    "personal_copy.property_kind.condominium": "公寓",
    "personal_copy.property_kind.house": "独栋住宅",
    "personal_copy.property_kind.land": "土地",
    "personal_copy.floor_area": "面积",
    "personal_copy.floor_area_value": "{area} 平方米",
    "personal_copy.section.loans": "贷款",
    "personal_copy.loan_title": "贷款 {account_number}",
    "personal_copy.lender": "贷款机构",
    "personal_copy.secured_on": "抵押物",
    "personal_copy.principal": "贷款金额",
    "personal_copy.rate": "贷款利率",
    "personal_copy.rate_value": "年利率 {rate}%",
    "personal_copy.term": "期限",
    "personal_copy.method": "还款方式",
    "personal_copy.method.equal_installment": "等额本息",
    "personal_copy.method.equal_principal": "等额本金",
    "personal_copy.method.bullet": "到期一次还本付息",
    "personal_copy.method.balloon": "尾款（残值）",
    "personal_copy.disbursed_on": "放款日期",
    "personal_copy.status": "状态",
    "personal_copy.status.active": "还款中",
    "personal_copy.status.paid_off": "已结清",
    "personal_copy.status.called": "贷款机构要求提前清偿",
    "personal_copy.status.subrogated": "担保公司已代偿",
    "personal_copy.payments": "还款记录",
    "personal_copy.paid_on": "还款日期",
    "personal_copy.amount": "金额（{currency}）",
    "personal_copy.lender_quotes": "贷款机构结清证明",
    "personal_copy.received_on": "收到日期",
    "personal_copy.reference": "编号",
    "personal_copy.good_through": "有效期至",
    "personal_copy.releases": "解除抵押",
    "personal_copy.sale_on": "出售日期",
    "personal_copy.sent": "结清款汇出",
    "personal_copy.sent_value": "{day}：{amount}",
    "personal_copy.confirmed_on": "贷款机构确认",
    "personal_copy.released_on": "解除完成",
    "personal_copy.documents_received": "收到的文件",
    "personal_copy.notes": "备注",
    "personal_copy.section.documents": "已出具文件",
    "personal_copy.document": "文件",
    "personal_copy.file_name": "文件名",
    "personal_copy.sha256": "SHA-256（前段）",
    "personal_copy.document.payoff_quote": "提前还款金额测算单",
    "personal_copy.document.personal_copy": "个人信息副本",
    "personal_copy.section.audit": "您的信息的使用记录",
    "personal_copy.when": "时间",
    "personal_copy.action": "操作",
    "personal_copy.actor": "操作人",
    "personal_copy.action.customer.take_in": "客户登记",
    "personal_copy.action.customer.update": "信息变更",
    "personal_copy.action.customer.view": "查阅档案",
    "personal_copy.action.customer.export": "出具信息副本",
    "personal_copy.action.consent.record": "记录同意",
    "personal_copy.action.consent.withdraw": "撤回同意",
    "personal_copy.action.vehicle.add": "登记车辆",
    "personal_copy.action.property.add": "登记房产",
    "personal_copy.action.loan.add": "登记贷款",
    "personal_copy.action.loan.set_status": "贷款状态变更",
    "personal_copy.action.payment.record": "登记还款",
    "personal_copy.action.lender_quote.record": "登记结清证明",
    "personal_copy.action.lien_release.start": "开始解押",
    "personal_copy.action.lien_release.mark_sent": "结清款汇出",
    "personal_copy.action.lien_release.mark_confirmed": "贷款机构确认结清",
    "personal_copy.action.lien_release.mark_released": "解除完成",
    "personal_copy.action.document.issue": "出具文件",
    "personal_copy.legal_basis": (
        "依据：中国《个人信息保护法》第四十五条、日本《个人信息保护法》第33条、"
        "俄罗斯联邦第152-FZ号法律第14条。工作人员以用户名显示。"),
    "personal_copy.signature.clerk": "经办人签字",
    "personal_copy.signature.customer": "客户签收",
}

# -- settlement documents: the settlement statement (精算書) and the voluntary
# sale's distribution table (配分表) with its auction comparison ----------------

EN |= {
    "settlement.title": "Settlement Statement",
    "settlement.title.voluntary_sale": "Settlement Statement — Voluntary Sale",
    "settlement.title_draft": "{title} (Draft)",
    "settlement.subject": "{kind}: {deal}, {version}",
    "settlement.footer": "{title} · {deal} · {status} · {branch}",
    "settlement.kind.car_dealer_purchase": "Purchase of a car by a dealer",
    "settlement.kind.car_trade_in": "Trade-in of a car against another",
    "settlement.kind.car_private_sale": "Private sale of a car",
    "settlement.kind.home_market_sale": "Sale of a home",
    "settlement.kind.voluntary_sale": "Voluntary sale of a mortgaged home (short sale)",
    "settlement.version": "Version {version}",
    "settlement.version_status": "{version} · {status}",
    "settlement.final": "Final",
    "settlement.draft": "Draft — not final",
    "settlement.draft_mark": "DRAFT",
    "settlement.draft_banner": "DRAFT — not final (version {version})",
    "settlement.draft_explained": (
        "The figures may still change. Do not pay, sign or hand over documents on this draft."),
    "settlement.date_to_be_fixed": "to be fixed",
    "settlement.yen": "yen",
    "settlement.deal": "Deal",
    "settlement.deal_kind": "Kind of deal",
    "settlement.vehicle": "Vehicle",
    "settlement.property": "Property",
    "settlement.seller": "Seller",
    "settlement.buyer": "Buyer",
    "settlement.agent": "Closing agent ({role})",
    "settlement.settled_on": "Settlement date",
    "settlement.issued_on": "Issued on",
    "settlement.version_label": "Version",
    "settlement.branch": "Branch",
    "settlement.prepared_by": "Prepared by",
    "settlement.role.buyer": "Buyer",
    "settlement.role.seller": "Seller",
    "settlement.role.lender": "Lender",
    "settlement.role.broker": "Broker",
    "settlement.role.dealer": "Dealer",
    "settlement.role.scrivener": "Judicial scrivener",
    "settlement.role.management_association": "Management association",
    "settlement.role.tax_office": "Tax office",
    "settlement.role.guarantor_company": "Guarantor company",
    "settlement.role.other": "Other party",
    "settlement.role.closing_account": "Closing account",
    "settlement.section.ledger": "Statement",
    "settlement.col.description": "Description (amounts in {currency})",
    "settlement.col.buyer": "Buyer",
    "settlement.col.seller": "Seller",
    "settlement.col.debit": "Debit",
    "settlement.col.credit": "Credit",
    "settlement.col.in": "Receives",
    "settlement.col.out": "Pays",
    "settlement.col.amount": "Amount, {currency}",
    "settlement.col.party": "Party",
    "settlement.col.role": "Role",
    "settlement.col.brings": "Brings, {currency}",
    "settlement.col.is_paid": "Is paid, {currency}",
    "settlement.col.creditor": "Creditor",
    "settlement.section.price_and_deposits": "Price and deposits",
    "settlement.section.prorations_and_adjustments": "Prorations and adjustments",
    "settlement.section.payoffs": "Loan payoffs",
    "settlement.section.commission": "Commission",
    "settlement.section.government_and_registration": "Taxes and registration",
    "settlement.section.other_costs": "Other costs",
    "settlement.section.allowances": "Allowances and credits",
    "settlement.section.proceeds": "Paid to the seller",
    "settlement.payer_to_payee": "{payer} → {payee}",
    "settlement.closing_account": "closing account of {agent}",
    "settlement.subtotal": "Subtotal",
    "settlement.subtotals": "Subtotals",
    "settlement.totals": "Totals",
    "settlement.due_from_buyer": "Due from the buyer ({buyer}) at closing",
    "settlement.due_to_buyer": "Due to the buyer ({buyer}) at closing",
    "settlement.due_from_seller": "Shortage: due from the seller ({seller})",
    "settlement.due_to_seller": "Overage: owed to the seller ({seller}), not yet paid out",
    "settlement.net.seller_receives": "Seller's net: receives",
    "settlement.net.seller_owes": "Seller's net: owes (shortfall)",
    "settlement.net.buyer_pays": "Buyer's net: pays",
    "settlement.net.buyer_receives": "Buyer's net: receives",
    "settlement.section.handover": "Settled at the closing",
    "settlement.handover_total": "Total settled",
    "settlement.section.outside": "Outside the closing (not in the totals)",
    "settlement.outside_explained": (
        "Shown for information: these amounts are paid outside this closing or stay a debt of "
        "the party; they are not counted in any column above."),
    "settlement.section.balance": "Balance",
    "settlement.balance": "Balance",
    "settlement.balance.balanced": "Balanced",
    "settlement.balance.overage": "Overage",
    "settlement.balance.shortage": "Shortage",
    "settlement.not_balanced.shortage": (
        "Not ready to close: {seller} must bring {amount} to {agent}."),
    "settlement.not_balanced.overage": (
        "Not ready to close: {amount} is left with {agent}; it belongs to {seller}."),
    "settlement.buyer_brings": "The buyer brings to the closing",
    "settlement.buyer_is_paid": "The buyer is paid at the closing",
    "settlement.net_proceeds": "Seller's net proceeds",
    "settlement.shortfall": "Seller's shortfall",
    "settlement.cash_flow": "Money through the closing, run by {agent}",
    "settlement.section.remaining_debt": "Debt remaining after the sale",
    "settlement.remaining_total": "Total remaining debt",
    "settlement.section.notices": "Notices",
    "settlement.section.signatures": "Signatures",
    "settlement.signature.intro": (
        "We have read this statement and agree that the money is paid as set out above on {day}."),
    "settlement.signature.seller": "Seller",
    "settlement.signature.buyer": "Buyer",
    "settlement.signature.agent": "Closing agent ({role})",
    "settlement.signature.buyer_agent": "Buyer and closing agent ({role})",
    "settlement.signature.seller_agent": "Seller and closing agent ({role})",
    "distribution.title": "Distribution Table — Voluntary Sale",
    "distribution.subject": "Distribution table for {deal} at {price}, {version}",
    "distribution.footer": "{title} · {deal} · {price} · {status} · {branch}",
    "distribution.for_price": (
        "This table is for the sale price {price} ({version}). If the price changes, every line "
        "is proposed to the lender again."),
    "distribution.seller": "Seller (borrower)",
    "distribution.senior": "Senior creditor",
    "distribution.junior": "Junior lienholder",
    "distribution.creditor": "{creditor} (rank {rank})",
    "distribution.proposed_on": "Proposed on",
    "distribution.section.lines": "What is paid out of the price",
    "distribution.col.item": "Item (amounts in {currency})",
    "distribution.col.requested": "Requested",
    "distribution.col.cap": "Cap",
    "distribution.col.amount": "Paid",
    "distribution.col.status": "Lender",
    "distribution.price": "Sale price",
    "distribution.payee": "Paid to {payee}",
    "distribution.rule": "Rule: {rule}. {why}",
    "distribution.refused_because": "Refused: {reason}",
    "distribution.no_cap": "in full",
    "distribution.status.proposed": "Proposed",
    "distribution.status.approved": "Approved",
    "distribution.status.refused": "Refused",
    "distribution.deductions": "Total paid out of the price",
    "distribution.rest": "The rest, to {creditor}",
    "distribution.rule.jhf.commission_in_full": "brokerage commission in full, up to the legal cap",
    "distribution.rule.jhf.registration_in_full": (
        "discharge registration and scrivener's fee in full"),
    "distribution.rule.jhf.junior_release": (
        "junior lien release: 300,000 (2nd), 200,000 (3rd), 100,000 (4th and later), or 10% of "
        "its remaining principal if lower"),
    "distribution.rule.jhf.seized_tax": (
        "seized taxes: up to one year's property tax or 100,000, whichever is lower"),
    "distribution.rule.jhf.priority_tax": "tax that ranks ahead of the mortgage: in full",
    "distribution.rule.jhf.management_arrears_5y": (
        "condominium arrears: up to 5 years, without late charges or parking"),
    "distribution.rule.jhf.bankruptcy_estate_3pct": "bankruptcy estate: 3% of the price",
    "distribution.rule.jhf.moving_if_negotiated": "moving costs: only if negotiated with the lender",
    "distribution.rule.jhf.stamp_duty_not_allowed": "contract stamp duty: never from the price",
    "distribution.section.creditors": "What each creditor receives and still owes",
    "distribution.col.creditor": "Creditor (amounts in {currency})",
    "distribution.col.debt": "Debt",
    "distribution.col.release": "Release payment",
    "distribution.col.from_rest": "From the rest",
    "distribution.col.received": "Receives",
    "distribution.col.still_owed": "Still owed",
    "distribution.deficiency_note": (
        "{creditor}: debt {debt} − received {received} = {remaining} still owed after the sale, "
        "no longer secured by the home."),
    "distribution.total_deficiency": "Totals (still owed after the sale: unsecured)",
    "distribution.left_for_seller": (
        "Left for the seller after every creditor is paid in full: {amount}."),
    "distribution.before_prorations": (
        "Before the buyer's share of property tax and fees paid at settlement: it goes to the "
        "creditors too and lowers what is still owed."),
    "distribution.section.guarantors": "Guarantor company and joint guarantors",
    "distribution.guarantor.subrogated": (
        "{guarantor} paid off the bank on {day} (subrogation, 代位弁済) and holds the claim: the "
        "{amount} still owed after the sale is owed to it. Negotiate a repayment plan; otherwise "
        "it may sue and garnish wages."),
    "distribution.guarantor.pending": (
        "Guarantor company {guarantor}: if the borrower cannot repay the {amount} still owed, it "
        "pays off {creditor} (代位弁済) and claims the debt from the borrower. Negotiate a "
        "repayment plan with it."),
    "distribution.joint_guarantor": (
        "{name} is a joint guarantor (連帯保証人) and owes the {amount} still owed after the sale "
        "too. Tell them before the sale."),
    "distribution.section.comparison": "Voluntary sale or court auction",
    "distribution.col.figure": "Figure (amounts in {currency})",
    "distribution.voluntary": "Voluntary sale",
    "distribution.auction": "Court auction",
    "distribution.col.difference": "Difference",
    "distribution.cmp.price": "Sale price (auction: expected winning bid)",
    "distribution.cmp.auction_basis": "Auction assumed at {pct}% of the market price {market}.",
    "distribution.cmp.costs": "Costs paid out of the price",
    "distribution.cmp.creditors": "The creditors receive",
    "distribution.cmp.senior": "of which the senior creditor",
    "distribution.cmp.seller_receives": "The seller receives",
    "distribution.cmp.still_owes": "The seller still owes",
    "distribution.chart.title": "At a glance ({currency})",
    "distribution.chart.price": "Price",
    "distribution.chart.creditors": "The creditors receive",
    "distribution.chart.still_owes": "The seller still owes",
    "distribution.section.approval": "Approval",
    "distribution.signature.intro": (
        "The lender approves the lines marked approved, for the sale price {price}."),
    "distribution.signature.prepared": "Prepared by (broker)",
    "distribution.signature.lender": "Approved by the lender",
}

JA |= {
    "settlement.title": "精算書",
    "settlement.title.voluntary_sale": "任意売却 精算書",
    "settlement.title_draft": "{title}（案）",
    "settlement.subject": "{kind}：{deal}（{version}）",
    "settlement.footer": "{title} · {deal} · {status} · {branch}",
    "settlement.kind.car_dealer_purchase": "車両買取",
    "settlement.kind.car_trade_in": "下取り（買い替え）",
    "settlement.kind.car_private_sale": "車両の個人間売買",
    "settlement.kind.home_market_sale": "不動産売買",
    "settlement.kind.voluntary_sale": "任意売却",
    "settlement.version": "第{version}版",
    "settlement.version_status": "{version}・{status}",
    "settlement.final": "確定版",
    "settlement.draft": "案（未確定）",
    "settlement.draft_mark": "案・未確定",
    "settlement.draft_banner": "案 — 確定版ではありません（第{version}版）",
    "settlement.draft_explained": (
        "金額は変更されることがあります。この案に基づいて支払・署名・押印・書類の引渡しをしないでください。"),
    "settlement.date_to_be_fixed": "未定",
    "settlement.yen": "円",
    "settlement.deal": "案件",
    "settlement.deal_kind": "取引の種類",
    "settlement.vehicle": "車両の表示",
    "settlement.property": "物件の表示",
    "settlement.seller": "売主",
    "settlement.buyer": "買主",
    "settlement.agent": "決済取扱者（{role}）",
    "settlement.settled_on": "決済日",
    "settlement.issued_on": "発行日",
    "settlement.version_label": "版",
    "settlement.branch": "店舗",
    "settlement.prepared_by": "作成者",
    "settlement.role.buyer": "買主",
    "settlement.role.seller": "売主",
    "settlement.role.lender": "金融機関",
    "settlement.role.broker": "仲介業者",
    "settlement.role.dealer": "販売店",
    "settlement.role.scrivener": "司法書士",
    "settlement.role.management_association": "管理組合",
    "settlement.role.tax_office": "税務署・市区町村",
    "settlement.role.guarantor_company": "保証会社",
    "settlement.role.other": "その他",
    "settlement.role.closing_account": "決済口座",
    "settlement.section.ledger": "精算明細",
    "settlement.col.description": "摘要（金額単位：{currency}）",
    "settlement.col.buyer": "買主",
    "settlement.col.seller": "売主",
    "settlement.col.debit": "借方",
    "settlement.col.credit": "貸方",
    "settlement.col.in": "受取",
    "settlement.col.out": "支払",
    "settlement.col.amount": "金額（{currency}）",
    "settlement.col.party": "当事者",
    "settlement.col.role": "立場",
    "settlement.col.brings": "支払額（{currency}）",
    "settlement.col.is_paid": "受取額（{currency}）",
    "settlement.col.creditor": "債権者",
    "settlement.section.price_and_deposits": "売買代金・手付金",
    "settlement.section.prorations_and_adjustments": "日割精算金",
    "settlement.section.payoffs": "ローン残債の返済",
    "settlement.section.commission": "仲介手数料",
    "settlement.section.government_and_registration": "税金・登記費用",
    "settlement.section.other_costs": "その他の費用",
    "settlement.section.allowances": "充当金・交付金",
    "settlement.section.proceeds": "売主への支払",
    "settlement.payer_to_payee": "{payer} → {payee}",
    "settlement.closing_account": "{agent}（決済口座）",
    "settlement.subtotal": "小計",
    "settlement.subtotals": "小計合計",
    "settlement.totals": "合計",
    "settlement.due_from_buyer": "買主（{buyer}）が決済時に支払う額",
    "settlement.due_to_buyer": "買主（{buyer}）が決済時に受け取る額",
    "settlement.due_from_seller": "不足額：売主（{seller}）が決済時に持参",
    "settlement.due_to_seller": "余剰額：売主（{seller}）に帰属、支払は未計上",
    "settlement.net.seller_receives": "売主 差引受取額（手取額）",
    "settlement.net.seller_owes": "売主 差引不足額",
    "settlement.net.buyer_pays": "買主 差引支払額",
    "settlement.net.buyer_receives": "買主 差引受取額",
    "settlement.section.handover": "決済時の授受（差引額の精算）",
    "settlement.handover_total": "授受合計",
    "settlement.section.outside": "参考：決済外の項目（合計に含みません）",
    "settlement.outside_explained": (
        "以下は本決済の外で支払われるもの、または当事者の債務として残るものです。上記のいずれの欄にも計上していません。"),
    "settlement.section.balance": "収支の確認",
    "settlement.balance": "収支",
    "settlement.balance.balanced": "一致",
    "settlement.balance.overage": "過剰",
    "settlement.balance.shortage": "不足",
    "settlement.not_balanced.shortage": (
        "このままでは決済できません：{seller}が{agent}へ{amount}を持参する必要があります。"),
    "settlement.not_balanced.overage": (
        "このままでは決済できません：{agent}の手元に{amount}が残ります（{seller}に帰属）。"),
    "settlement.buyer_brings": "買主が決済時に支払う額",
    "settlement.buyer_is_paid": "買主が決済時に受け取る額",
    "settlement.net_proceeds": "売主の手取額",
    "settlement.shortfall": "売主の不足額",
    "settlement.cash_flow": "決済時の資金の流れ（取扱：{agent}）",
    "settlement.section.remaining_debt": "売却後に残る債務",
    "settlement.remaining_total": "残債務合計",
    "settlement.section.notices": "注意事項",
    "settlement.section.signatures": "確認欄",
    "settlement.signature.intro": "上記の精算内容を確認し、{day}に上記のとおり授受することに同意します。",
    "settlement.signature.seller": "売主",
    "settlement.signature.buyer": "買主",
    "settlement.signature.agent": "{role}",
    "settlement.signature.buyer_agent": "買主・決済取扱者（{role}）",
    "settlement.signature.seller_agent": "売主・決済取扱者（{role}）",
    "distribution.title": "配分表（任意売却）",
    "distribution.subject": "{deal} 配分表（売買価格 {price}、{version}）",
    "distribution.footer": "{title} · {deal} · {price} · {status} · {branch}",
    "distribution.for_price": (
        "本配分表は売買価格 {price} に対するものです（{version}）。価格が変更された場合は、全項目を改めて債権者に申請します。"),
    "distribution.seller": "売主（債務者）",
    "distribution.senior": "第1順位の債権者",
    "distribution.junior": "後順位抵当権者",
    "distribution.creditor": "{creditor}（{rank}番抵当権）",
    "distribution.proposed_on": "申請日",
    "distribution.section.lines": "売買代金からの控除項目",
    "distribution.col.item": "項目（金額単位：{currency}）",
    "distribution.col.requested": "申請額",
    "distribution.col.cap": "上限",
    "distribution.col.amount": "配分額",
    "distribution.col.status": "債権者",
    "distribution.price": "売買代金",
    "distribution.payee": "支払先：{payee}",
    "distribution.rule": "基準：{rule}。{why}",
    "distribution.refused_because": "否認理由：{reason}",
    "distribution.no_cap": "全額",
    "distribution.status.proposed": "申請中",
    "distribution.status.approved": "承認",
    "distribution.status.refused": "否認",
    "distribution.deductions": "控除額合計",
    "distribution.rest": "残額（{creditor}への配分）",
    "distribution.rule.jhf.commission_in_full": "仲介手数料は法定上限まで全額",
    "distribution.rule.jhf.registration_in_full": "抵当権抹消登記費用・司法書士報酬は全額",
    "distribution.rule.jhf.junior_release": (
        "後順位抵当権の解除料は2番30万円・3番20万円・4番以降10万円、または残元金の1割のいずれか低い額"),
    "distribution.rule.jhf.seized_tax": "差押えの税金は固定資産税1年分または10万円のいずれか低い額まで",
    "distribution.rule.jhf.priority_tax": "抵当権に優先する税金は全額",
    "distribution.rule.jhf.management_arrears_5y": "管理費等の滞納は5年分まで（遅延損害金・駐車場代を除く）",
    "distribution.rule.jhf.bankruptcy_estate_3pct": "破産財団組入額は売買価格の3%",
    "distribution.rule.jhf.moving_if_negotiated": "引越費用は債権者と事前に交渉した場合のみ",
    "distribution.rule.jhf.stamp_duty_not_allowed": "売買契約書の印紙税は売買代金から支払えない",
    "distribution.section.creditors": "債権者ごとの配分と売却後の残債務",
    "distribution.col.creditor": "債権者（金額単位：{currency}）",
    "distribution.col.debt": "債権額",
    "distribution.col.release": "解除料",
    "distribution.col.from_rest": "残額から",
    "distribution.col.received": "回収額",
    "distribution.col.still_owed": "残債務",
    "distribution.deficiency_note": (
        "{creditor}：債権額 {debt} − 回収額 {received} = 売却後の残債務 {remaining}（住宅による担保はなくなります）。"),
    "distribution.total_deficiency": "合計（売却後の残債務は無担保）",
    "distribution.left_for_seller": "全債権者への完済後に売主に残る額：{amount}。",
    "distribution.before_prorations": (
        "決済時に買主が支払う固定資産税等の精算金を含まない金額です。精算金も債権者に配分され、残債務はその分減ります。"),
    "distribution.section.guarantors": "保証会社・連帯保証人",
    "distribution.guarantor.subrogated": (
        "{guarantor}は{day}に金融機関へ代位弁済し、債権者となっています。売却後の残債務 {amount} は同社に対する債務です。"
        "返済計画を協議してください。協議が整わない場合、訴訟や給与差押えのおそれがあります。"),
    "distribution.guarantor.pending": (
        "保証会社 {guarantor}：債務者が売却後の残債務 {amount} を返済できない場合、同社が{creditor}に代位弁済し、"
        "債務者に請求します。同社と返済計画を協議してください。"),
    "distribution.joint_guarantor": (
        "{name}は連帯保証人であり、売却後の残債務 {amount} についても責任を負います。売却前に必ず説明してください。"),
    "distribution.section.comparison": "任意売却と競売の比較",
    "distribution.col.figure": "項目（金額単位：{currency}）",
    "distribution.voluntary": "任意売却",
    "distribution.auction": "競売",
    "distribution.col.difference": "差額",
    "distribution.cmp.price": "売却価格（競売は想定落札価格）",
    "distribution.cmp.auction_basis": "競売は市場価格 {market} の{pct}%で落札されると想定。",
    "distribution.cmp.costs": "売却代金から支払う費用",
    "distribution.cmp.creditors": "債権者の回収額",
    "distribution.cmp.senior": "うち第1順位の債権者",
    "distribution.cmp.seller_receives": "売主の受取額",
    "distribution.cmp.still_owes": "売主の残債務",
    "distribution.chart.title": "比較グラフ（{currency}）",
    "distribution.chart.price": "売却価格",
    "distribution.chart.creditors": "債権者の回収額",
    "distribution.chart.still_owes": "売主の残債務",
    "distribution.section.approval": "承認欄",
    "distribution.signature.intro": "売買価格 {price} について、「承認」とした項目の配分を承認します。",
    "distribution.signature.prepared": "作成者（仲介業者）",
    "distribution.signature.lender": "債権者（承認）",
}

RU |= {
    "settlement.title": "Расчётная ведомость по сделке",
    "settlement.title.voluntary_sale": "Расчётная ведомость — добровольная продажа заложенного жилья",
    "settlement.title_draft": "{title} (проект)",
    "settlement.subject": "{kind}: {deal}, {version}",
    "settlement.footer": "{title} · {deal} · {status} · {branch}",
    "settlement.kind.car_dealer_purchase": "Выкуп автомобиля дилером",
    "settlement.kind.car_trade_in": "Трейд-ин: сдача автомобиля в зачёт другого",
    "settlement.kind.car_private_sale": "Продажа автомобиля частному лицу",
    "settlement.kind.home_market_sale": "Продажа жилья",
    "settlement.kind.voluntary_sale": "Добровольная продажа заложенного жилья (任意売却)",
    "settlement.version": "Редакция {version}",
    "settlement.version_status": "{version} · {status}",
    "settlement.final": "окончательная",
    "settlement.draft": "проект, не окончательная",
    "settlement.draft_mark": "ПРОЕКТ",
    "settlement.draft_banner": "ПРОЕКТ — не окончательная редакция (редакция {version})",
    "settlement.draft_explained": (
        "Суммы ещё могут измениться. Не оплачивайте, не подписывайте и не передавайте документы "
        "по этому проекту."),
    "settlement.date_to_be_fixed": "будет назначена",
    "settlement.yen": "иен",
    "settlement.deal": "Сделка",
    "settlement.deal_kind": "Вид сделки",
    "settlement.vehicle": "Автомобиль",
    "settlement.property": "Объект",
    "settlement.seller": "Продавец",
    "settlement.buyer": "Покупатель",
    "settlement.agent": "Проводит расчёты ({role})",
    "settlement.settled_on": "Дата расчётов",
    "settlement.issued_on": "Дата выдачи",
    "settlement.version_label": "Редакция",
    "settlement.branch": "Офис",
    "settlement.prepared_by": "Подготовил(а)",
    "settlement.role.buyer": "Покупатель",
    "settlement.role.seller": "Продавец",
    "settlement.role.lender": "Кредитор",
    "settlement.role.broker": "Агентство",
    "settlement.role.dealer": "Дилер",
    "settlement.role.scrivener": "Юрист-регистратор (司法書士)",
    "settlement.role.management_association": "Ассоциация собственников",
    "settlement.role.tax_office": "Налоговый орган",
    "settlement.role.guarantor_company": "Гарантийная компания",
    "settlement.role.other": "Иное лицо",
    "settlement.role.closing_account": "Расчётный счёт сделки",
    "settlement.section.ledger": "Расчёты",
    "settlement.col.description": "Статья (суммы в {currency})",
    "settlement.col.buyer": "Покупатель",
    "settlement.col.seller": "Продавец",
    "settlement.col.debit": "Дебет",
    "settlement.col.credit": "Кредит",
    "settlement.col.in": "Получает",
    "settlement.col.out": "Платит",
    "settlement.col.amount": "Сумма, {currency}",
    "settlement.col.party": "Сторона",
    "settlement.col.role": "Роль",
    "settlement.col.brings": "Вносит, {currency}",
    "settlement.col.is_paid": "Получает, {currency}",
    "settlement.col.creditor": "Кредитор",
    "settlement.section.price_and_deposits": "Цена и задатки",
    "settlement.section.prorations_and_adjustments": "Пропорциональные доплаты",
    "settlement.section.payoffs": "Погашение кредитов",
    "settlement.section.commission": "Комиссия",
    "settlement.section.government_and_registration": "Налоги и регистрация",
    "settlement.section.other_costs": "Прочие расходы",
    "settlement.section.allowances": "Зачёты и компенсации",
    "settlement.section.proceeds": "Выплата продавцу",
    "settlement.payer_to_payee": "{payer} → {payee}",
    "settlement.closing_account": "расчётный счёт: {agent}",
    "settlement.subtotal": "Итого по разделу",
    "settlement.subtotals": "Промежуточный итог",
    "settlement.totals": "Итого",
    "settlement.due_from_buyer": "Причитается с покупателя ({buyer}) при расчётах",
    "settlement.due_to_buyer": "Причитается покупателю ({buyer}) при расчётах",
    "settlement.due_from_seller": "Недостача: причитается с продавца ({seller})",
    "settlement.due_to_seller": "Излишек: причитается продавцу ({seller}), ещё не выплачен",
    "settlement.net.seller_receives": "Продавец: сальдо к получению",
    "settlement.net.seller_owes": "Продавец: сальдо к доплате (недостача)",
    "settlement.net.buyer_pays": "Покупатель: сальдо к оплате",
    "settlement.net.buyer_receives": "Покупатель: сальдо к получению",
    "settlement.section.handover": "Расчёты в день сделки",
    "settlement.handover_total": "Итого по расчётам",
    "settlement.section.outside": "Вне расчётов по сделке (не входит в итоги)",
    "settlement.outside_explained": (
        "Для сведения: эти суммы оплачиваются вне данных расчётов или остаются долгом стороны; "
        "ни в одной колонке выше они не учтены."),
    "settlement.section.balance": "Сальдо",
    "settlement.balance": "Сальдо расчётов",
    "settlement.balance.balanced": "Сходится",
    "settlement.balance.overage": "Излишек",
    "settlement.balance.shortage": "Недостача",
    "settlement.not_balanced.shortage": (
        "Провести расчёты пока нельзя: продавцу ({seller}) нужно внести {amount}; получатель — {agent}."),
    "settlement.not_balanced.overage": (
        "Провести расчёты пока нельзя: {amount} остаётся нераспределённой ({agent}) и причитается "
        "продавцу ({seller})."),
    "settlement.buyer_brings": "Покупатель вносит при расчётах",
    "settlement.buyer_is_paid": "Покупатель получает при расчётах",
    "settlement.net_proceeds": "Продавец получает (чистая выручка)",
    "settlement.shortfall": "Недостача продавца",
    "settlement.cash_flow": "Движение денег при расчётах (проводит: {agent})",
    "settlement.section.remaining_debt": "Долг, остающийся после продажи",
    "settlement.remaining_total": "Итого остаток долга",
    "settlement.section.notices": "Предупреждения и пояснения",
    "settlement.section.signatures": "Подписи",
    "settlement.signature.intro": (
        "Мы ознакомились с ведомостью и согласны, что {day} расчёты будут проведены так, как "
        "указано выше."),
    "settlement.signature.seller": "Продавец",
    "settlement.signature.buyer": "Покупатель",
    "settlement.signature.agent": "Проводит расчёты ({role})",
    "settlement.signature.buyer_agent": "Покупатель, проводит расчёты ({role})",
    "settlement.signature.seller_agent": "Продавец, проводит расчёты ({role})",
    "distribution.title": "Таблица распределения цены — добровольная продажа",
    "distribution.subject": "Таблица распределения: {deal}, цена {price}, {version}",
    "distribution.footer": "{title} · {deal} · {price} · {status} · {branch}",
    "distribution.for_price": (
        "Таблица составлена для цены продажи {price} ({version}). Если цена изменится, все строки "
        "заново направляются на согласование кредитору."),
    "distribution.seller": "Продавец (заёмщик)",
    "distribution.senior": "Старший кредитор",
    "distribution.junior": "Последующий залогодержатель",
    "distribution.creditor": "{creditor} (очерёдность {rank})",
    "distribution.proposed_on": "Дата предложения",
    "distribution.section.lines": "Что выплачивается из цены",
    "distribution.col.item": "Статья (суммы в {currency})",
    "distribution.col.requested": "Запрошено",
    "distribution.col.cap": "Лимит",
    "distribution.col.amount": "К выплате",
    "distribution.col.status": "Кредитор",
    "distribution.price": "Цена продажи",
    "distribution.payee": "Получатель: {payee}",
    "distribution.rule": "Правило: {rule}. {why}",
    "distribution.refused_because": "Отклонено: {reason}",
    "distribution.no_cap": "полностью",
    "distribution.status.proposed": "Предложено",
    "distribution.status.approved": "Одобрено",
    "distribution.status.refused": "Отклонено",
    "distribution.deductions": "Итого выплачивается из цены",
    "distribution.rest": "Остаток — кредитору {creditor}",
    "distribution.rule.jhf.commission_in_full": "комиссия агентства полностью, в пределах законного лимита",
    "distribution.rule.jhf.registration_in_full": (
        "регистрация снятия ипотеки и вознаграждение регистратора полностью"),
    "distribution.rule.jhf.junior_release": (
        "плата за снятие последующего залога: 300 000 (2-я очередь), 200 000 (3-я), 100 000 "
        "(4-я и далее) или 10 % остатка основного долга, если это меньше"),
    "distribution.rule.jhf.seized_tax": (
        "арестованные налоги: не больше годового налога на имущество или 100 000, что меньше"),
    "distribution.rule.jhf.priority_tax": "налог с приоритетом перед ипотекой: полностью",
    "distribution.rule.jhf.management_arrears_5y": (
        "долги по взносам за содержание: не более чем за 5 лет, без пеней и парковки"),
    "distribution.rule.jhf.bankruptcy_estate_3pct": "в конкурсную массу: 3 % цены",
    "distribution.rule.jhf.moving_if_negotiated": "расходы на переезд: только по договорённости с кредитором",
    "distribution.rule.jhf.stamp_duty_not_allowed": "гербовый сбор по договору: из цены не оплачивается",
    "distribution.section.creditors": "Сколько получает каждый кредитор и сколько остаётся долга",
    "distribution.col.creditor": "Кредитор (суммы в {currency})",
    "distribution.col.debt": "Долг",
    "distribution.col.release": "Плата за снятие",
    "distribution.col.from_rest": "Из остатка",
    "distribution.col.received": "Получает",
    "distribution.col.still_owed": "Остаток долга",
    "distribution.deficiency_note": (
        "{creditor}: долг {debt} − получено {received} = {remaining} остаётся после продажи, уже "
        "без обеспечения жильём."),
    "distribution.total_deficiency": "Итого (остаток долга после продажи — необеспеченный)",
    "distribution.left_for_seller": (
        "Остаётся продавцу после полного погашения всех кредиторов: {amount}."),
    "distribution.before_prorations": (
        "Без доли покупателя в налоге на имущество и взносах, которую он платит при расчётах: "
        "она тоже идёт кредиторам и уменьшает остаток долга."),
    "distribution.section.guarantors": "Гарантийная компания и поручители",
    "distribution.guarantor.subrogated": (
        "{guarantor} погасила долг перед банком {day} (суброгация, 代位弁済) и теперь является "
        "кредитором: остаток {amount} после продажи причитается ей. Согласуйте график погашения; "
        "иначе возможны иск и взыскание из зарплаты."),
    "distribution.guarantor.pending": (
        "Гарантийная компания {guarantor}: если заёмщик не сможет погасить остаток {amount}, она "
        "погасит долг перед кредитором ({creditor}) (代位弁済) и предъявит требование заёмщику. "
        "Согласуйте с ней график погашения."),
    "distribution.joint_guarantor": (
        "{name} — солидарный поручитель (連帯保証人) и тоже отвечает за остаток долга {amount} "
        "после продажи. Сообщите об этом поручителю до продажи."),
    "distribution.section.comparison": "Добровольная продажа или торги по решению суда",
    "distribution.col.figure": "Показатель (суммы в {currency})",
    "distribution.voluntary": "Добровольная продажа",
    "distribution.auction": "Судебные торги",
    "distribution.col.difference": "Разница",
    "distribution.cmp.price": "Цена продажи (торги: ожидаемая цена)",
    "distribution.cmp.auction_basis": "Для торгов принято {pct} % рыночной цены {market}.",
    "distribution.cmp.costs": "Расходы из цены",
    "distribution.cmp.creditors": "Кредиторы получают",
    "distribution.cmp.senior": "в т. ч. старший кредитор",
    "distribution.cmp.seller_receives": "Продавец получает",
    "distribution.cmp.still_owes": "Продавец остаётся должен",
    "distribution.chart.title": "Наглядно ({currency})",
    "distribution.chart.price": "Цена",
    "distribution.chart.creditors": "Кредиторы получают",
    "distribution.chart.still_owes": "Продавец остаётся должен",
    "distribution.section.approval": "Согласование",
    "distribution.signature.intro": (
        "Кредитор согласует строки с отметкой «Одобрено» для цены продажи {price}."),
    "distribution.signature.prepared": "Подготовил (агентство)",
    "distribution.signature.lender": "Согласовано кредитором",
}

ZH |= {
    "settlement.title": "交易结算单",
    "settlement.title.voluntary_sale": "结算单 — 抵押房产协议出售",
    "settlement.title_draft": "{title}（草稿）",
    "settlement.subject": "{kind}：{deal}，{version}",
    "settlement.footer": "{title} · {deal} · {status} · {branch}",
    "settlement.kind.car_dealer_purchase": "车商收购车辆",
    "settlement.kind.car_trade_in": "以旧换新（置换）",
    "settlement.kind.car_private_sale": "个人之间的车辆买卖",
    "settlement.kind.home_market_sale": "房产买卖",
    "settlement.kind.voluntary_sale": "抵押房产协议出售（任意売却）",
    "settlement.version": "第{version}版",
    "settlement.version_status": "{version} · {status}",
    "settlement.final": "最终版",
    "settlement.draft": "草稿，非最终版",
    "settlement.draft_mark": "草稿",
    "settlement.draft_banner": "草稿 — 非最终版（第{version}版）",
    "settlement.draft_explained": "金额可能仍会变动。请勿依据本草稿付款、签字或交付文件。",
    "settlement.date_to_be_fixed": "待定",
    "settlement.yen": "日元",
    "settlement.deal": "交易",
    "settlement.deal_kind": "交易类型",
    "settlement.vehicle": "车辆",
    "settlement.property": "房产",
    "settlement.seller": "卖方",
    "settlement.buyer": "买方",
    "settlement.agent": "结算经办方（{role}）",
    "settlement.settled_on": "结算日",
    "settlement.issued_on": "出具日期",
    "settlement.version_label": "版本",
    "settlement.branch": "门店",
    "settlement.prepared_by": "经办人",
    "settlement.role.buyer": "买方",
    "settlement.role.seller": "卖方",
    "settlement.role.lender": "贷款机构",
    "settlement.role.broker": "经纪机构",
    "settlement.role.dealer": "车商",
    "settlement.role.scrivener": "司法书士",
    "settlement.role.management_association": "业主管理组合",
    "settlement.role.tax_office": "税务机关",
    "settlement.role.guarantor_company": "担保公司",
    "settlement.role.other": "其他当事人",
    "settlement.role.closing_account": "结算账户",
    "settlement.section.ledger": "结算明细",
    "settlement.col.description": "摘要（金额单位：{currency}）",
    "settlement.col.buyer": "买方",
    "settlement.col.seller": "卖方",
    "settlement.col.debit": "借方",
    "settlement.col.credit": "贷方",
    "settlement.col.in": "收款",
    "settlement.col.out": "付款",
    "settlement.col.amount": "金额（{currency}）",
    "settlement.col.party": "当事人",
    "settlement.col.role": "身份",
    "settlement.col.brings": "交付（{currency}）",
    "settlement.col.is_paid": "收取（{currency}）",
    "settlement.col.creditor": "债权人",
    "settlement.section.price_and_deposits": "价款与定金",
    "settlement.section.prorations_and_adjustments": "按日分摊与调整",
    "settlement.section.payoffs": "贷款清偿",
    "settlement.section.commission": "佣金",
    "settlement.section.government_and_registration": "税费与登记费",
    "settlement.section.other_costs": "其他费用",
    "settlement.section.allowances": "抵充与补贴",
    "settlement.section.proceeds": "支付给卖方",
    "settlement.payer_to_payee": "{payer} → {payee}",
    "settlement.closing_account": "{agent}结算账户",
    "settlement.subtotal": "小计",
    "settlement.subtotals": "小计合计",
    "settlement.totals": "合计",
    "settlement.due_from_buyer": "买方（{buyer}）结算时应付",
    "settlement.due_to_buyer": "买方（{buyer}）结算时应收",
    "settlement.due_from_seller": "短缺：卖方（{seller}）应补足",
    "settlement.due_to_seller": "余额：归卖方（{seller}），尚未支付",
    "settlement.net.seller_receives": "卖方净收款",
    "settlement.net.seller_owes": "卖方净短缺",
    "settlement.net.buyer_pays": "买方净付款",
    "settlement.net.buyer_receives": "买方净收款",
    "settlement.section.handover": "结算日收付",
    "settlement.handover_total": "收付合计",
    "settlement.section.outside": "结算外项目（不计入合计）",
    "settlement.outside_explained": (
        "仅供参考：以下款项在本次结算之外支付，或仍为当事人自身的债务，未计入上方任何一栏。"),
    "settlement.section.balance": "收支核对",
    "settlement.balance": "收支",
    "settlement.balance.balanced": "平衡",
    "settlement.balance.overage": "有余额",
    "settlement.balance.shortage": "有缺口",
    "settlement.not_balanced.shortage": "尚不能结算：{seller}须向{agent}补交{amount}。",
    "settlement.not_balanced.overage": "尚不能结算：{agent}处尚余{amount}未分配，归{seller}所有。",
    "settlement.buyer_brings": "买方结算时交付",
    "settlement.buyer_is_paid": "买方结算时收取",
    "settlement.net_proceeds": "卖方净得款",
    "settlement.shortfall": "卖方短缺额",
    "settlement.cash_flow": "结算资金流向（经办：{agent}）",
    "settlement.section.remaining_debt": "出售后剩余债务",
    "settlement.remaining_total": "剩余债务合计",
    "settlement.section.notices": "注意事项",
    "settlement.section.signatures": "签字",
    "settlement.signature.intro": "我们已阅读本结算单，同意于{day}按上述内容收付款项。",
    "settlement.signature.seller": "卖方",
    "settlement.signature.buyer": "买方",
    "settlement.signature.agent": "结算经办方（{role}）",
    "settlement.signature.buyer_agent": "买方兼结算经办方（{role}）",
    "settlement.signature.seller_agent": "卖方兼结算经办方（{role}）",
    "distribution.title": "分配表 — 抵押房产协议出售",
    "distribution.subject": "{deal} 分配表（售价 {price}，{version}）",
    "distribution.footer": "{title} · {deal} · {price} · {status} · {branch}",
    "distribution.for_price": "本表适用于售价 {price}（{version}）。售价变动时，全部项目须重新报请债权人审批。",
    "distribution.seller": "卖方（借款人）",
    "distribution.senior": "第一顺位债权人",
    "distribution.junior": "后顺位抵押权人",
    "distribution.creditor": "{creditor}（第{rank}顺位）",
    "distribution.proposed_on": "申报日期",
    "distribution.section.lines": "从售价中支付的项目",
    "distribution.col.item": "项目（金额单位：{currency}）",
    "distribution.col.requested": "申请额",
    "distribution.col.cap": "上限",
    "distribution.col.amount": "分配额",
    "distribution.col.status": "债权人意见",
    "distribution.price": "售价",
    "distribution.payee": "收款方：{payee}",
    "distribution.rule": "规则：{rule}。{why}",
    "distribution.refused_because": "拒绝理由：{reason}",
    "distribution.no_cap": "全额",
    "distribution.status.proposed": "待审批",
    "distribution.status.approved": "已批准",
    "distribution.status.refused": "已拒绝",
    "distribution.deductions": "从售价中支付的合计",
    "distribution.rest": "余额归{creditor}",
    "distribution.rule.jhf.commission_in_full": "中介佣金在法定上限内全额支付",
    "distribution.rule.jhf.registration_in_full": "抵押注销登记费及司法书士报酬全额支付",
    "distribution.rule.jhf.junior_release": (
        "后顺位抵押解除费：第二顺位30万、第三顺位20万、第四顺位及以后10万，或其剩余本金的10%，取较低者"),
    "distribution.rule.jhf.seized_tax": "被查封税款：以一年房产税或10万中较低者为限",
    "distribution.rule.jhf.priority_tax": "优先于抵押权的税款：全额",
    "distribution.rule.jhf.management_arrears_5y": "物业欠费：以5年为限，不含滞纳金和停车费",
    "distribution.rule.jhf.bankruptcy_estate_3pct": "破产财团：售价的3%",
    "distribution.rule.jhf.moving_if_negotiated": "搬家费：仅限事先与债权人协商",
    "distribution.rule.jhf.stamp_duty_not_allowed": "合同印花税：不得从售价中支付",
    "distribution.section.creditors": "各债权人受偿额与出售后剩余债务",
    "distribution.col.creditor": "债权人（金额单位：{currency}）",
    "distribution.col.debt": "债权额",
    "distribution.col.release": "解除费",
    "distribution.col.from_rest": "自余额",
    "distribution.col.received": "受偿额",
    "distribution.col.still_owed": "剩余债务",
    "distribution.deficiency_note": (
        "{creditor}：债权额 {debt} − 受偿额 {received} = 出售后剩余债务 {remaining}，不再以房产担保。"),
    "distribution.total_deficiency": "合计（出售后剩余债务为无担保债务）",
    "distribution.left_for_seller": "全部债权人足额受偿后卖方余得：{amount}。",
    "distribution.before_prorations": (
        "未含买方在结算时支付的房产税及管理费分摊款：该款项同样分配给债权人，会减少剩余债务。"),
    "distribution.section.guarantors": "担保公司与连带保证人",
    "distribution.guarantor.subrogated": (
        "{guarantor}已于{day}代为清偿银行贷款（代位清偿，代位弁済），现为债权人：出售后剩余的{amount}欠该公司。"
        "请协商还款计划，否则可能被起诉并扣押工资。"),
    "distribution.guarantor.pending": (
        "担保公司{guarantor}：如借款人无法偿还剩余的{amount}，该公司将代为向{creditor}清偿（代位弁済），"
        "再向借款人追偿。请与其协商还款计划。"),
    "distribution.joint_guarantor": (
        "{name}为连带保证人（連帯保証人），同样须对出售后剩余的{amount}承担责任。请在出售前告知本人。"),
    "distribution.section.comparison": "协议出售与法院拍卖的比较",
    "distribution.col.figure": "项目（金额单位：{currency}）",
    "distribution.voluntary": "协议出售",
    "distribution.auction": "法院拍卖",
    "distribution.col.difference": "差额",
    "distribution.cmp.price": "售价（拍卖为预计成交价）",
    "distribution.cmp.auction_basis": "假设拍卖以市场价 {market} 的{pct}%成交。",
    "distribution.cmp.costs": "从售价中支付的费用",
    "distribution.cmp.creditors": "债权人受偿额",
    "distribution.cmp.senior": "其中第一顺位债权人",
    "distribution.cmp.seller_receives": "卖方所得",
    "distribution.cmp.still_owes": "卖方剩余债务",
    "distribution.chart.title": "对比图（{currency}）",
    "distribution.chart.price": "售价",
    "distribution.chart.creditors": "债权人受偿额",
    "distribution.chart.still_owes": "卖方剩余债务",
    "distribution.section.approval": "审批",
    "distribution.signature.intro": "债权人批准售价 {price} 下标为“已批准”的各项分配。",
    "distribution.signature.prepared": "制表人（经纪机构）",
    "distribution.signature.lender": "债权人审批",
}

# -- the settlement engine's notices (desktop/domain: settlement, car_sale,
# home_sale, fees, short_sale) in each document language. Keyed by the exact
# English template; a template not here prints in English (labels.notice).
# Each row: English, Japanese, Russian, Chinese; the placeholders are the same.

_NOTICE_ROWS: tuple[tuple[str, str, str, str], ...] = (
    # settlement.Balance
    ("Balanced: {agent} collects {money_in} and pays out {money_out}.",
     "収支一致：{agent}が{money_in}を受け取り、{money_out}を支払います。",
     "Сходится: {agent} получает {money_in} и выплачивает {money_out}.",
     "收支平衡：{agent}收取{money_in}，支付{money_out}。"),
    ("Short by {amount}: the money collected ({money_in}) does not cover the payouts ({money_out}). "
     "{seller} must bring {amount} to {agent} before the closing.",
     "{amount}不足しています：受け取る資金（{money_in}）では支払（{money_out}）をまかなえません。"
     "決済前に{seller}が{agent}へ{amount}を持参する必要があります。",
     "Недостача {amount}: собранных денег ({money_in}) не хватает на выплаты ({money_out}). "
     "До расчётов продавцу ({seller}) нужно внести {amount}; получатель — {agent}.",
     "短缺{amount}：收取的资金（{money_in}）不足以支付各项付款（{money_out}）。"
     "结算前，{seller}须向{agent}补交{amount}。"),
    ("{amount} is left undistributed with {agent}: it is owed to {seller}. "
     "Add the payment of the seller's net proceeds.",
     "{agent}の手元に{amount}が未分配のまま残っています。これは{seller}に帰属します。"
     "売主への手取金の支払を追加してください。",
     "{amount} остаётся нераспределённой ({agent}); эта сумма причитается продавцу ({seller}). "
     "Добавьте выплату чистой выручки продавцу.",
     "{agent}处尚有{amount}未分配，应归{seller}。请添加向卖方支付净得款的项目。"),
    # car_sale: lines
    ("Purchase price of the car paid by {buyer}",
     "車両買取価格（{buyer}が支払）",
     "Цена покупки автомобиля, платит {buyer}",
     "车辆收购价（由{buyer}支付）"),
    ("Trade-in allowance (下取り) given by {buyer}",
     "下取り価格（{buyer}）",
     "Зачётная стоимость в трейд-ин (下取り), даёт {buyer}",
     "置换折价，由{buyer}给出"),
    ("Price paid by the private buyer {buyer}",
     "個人の買主{buyer}が支払う代金",
     "Цена, которую платит частный покупатель {buyer}",
     "个人买方{buyer}支付的价款"),
    ("Dealer fee: {name}",
     "販売店手数料：{name}",
     "Сбор дилера: {name}",
     "车商手续费：{name}"),
    ("Surplus paid to {seller}",
     "{seller}への差額の支払",
     "Выплата остатка продавцу ({seller})",
     "向{seller}支付余款"),
    ("Surplus paid to {seller} after {lender} releases the lien",
     "{lender}の所有権解除後に{seller}へ支払う差額",
     "Выплата остатка продавцу ({seller}) после снятия обременения ({lender})",
     "{lender}解除所有权保留后向{seller}支付的余款"),
    ("Payoff of the car loan to {lender}",
     "{lender}へのオートローン残債の一括返済",
     "Погашение автокредита: {lender}",
     "向{lender}结清车贷"),
    ("Cash from {seller} to cover the shortfall",
     "不足額の現金による支払（{seller}）",
     "Доплата наличными от продавца ({seller}) на покрытие недостачи",
     "{seller}以现金补足差额"),
    ("Loan with {lender} stays with the seller: not paid at this closing",
     "{lender}のローンは売主に残ります（本決済では返済しません）",
     "Кредит ({lender}) остаётся за продавцом: в этих расчётах не погашается",
     "{lender}的贷款仍由卖方承担：本次结算不偿还"),
    ("Equity applied to the new car bought from {buyer}",
     "{buyer}から購入する新車への差額の充当",
     "Остаток зачтён в оплату нового автомобиля у {buyer}",
     "差额抵充向{buyer}购买的新车"),
    ("Shortfall rolled into the new loan from {lender} (上乗せ)",
     "不足額を{lender}の新規ローンに上乗せ",
     "Недостача включена в новый кредит ({lender}) (上乗せ)",
     "差额并入{lender}的新贷款"),
    # car_sale: explanations and notices
    ("Price {price} − payoff {payoff} − fees {fees} = {surplus}.",
     "価格 {price} − 残債 {payoff} − 手数料 {fees} = {surplus}。",
     "Цена {price} − сумма погашения {payoff} − сборы {fees} = {surplus}.",
     "价格 {price} − 结清额 {payoff} − 手续费 {fees} = {surplus}。"),
    ("The customer is the owner of record, so the title moves without a release from {lender}; "
     "the debt of {amount} remains and must still be repaid.",
     "お客様が登録上の所有者のため、{lender}の解除なしに名義が移ります。ただし債務 {amount} は残り、"
     "引き続き返済が必要です。",
     "Клиент — собственник по регистрации, поэтому право переходит без согласия кредитора "
     "({lender}); долг {amount} остаётся и подлежит погашению.",
     "客户是登记所有人，因此无需{lender}解除即可过户；但{amount}的债务仍然存在，须继续偿还。"),
    ("Residual-value loan (残価設定型): the payoff {amount} includes the residual {residual}. If no "
     "offer covers it, the customer may pay it in cash, or return the car under the contract and "
     "take a new loan.",
     "残価設定型ローン：残債 {amount} には残価 {residual} が含まれます。これを上回る買取額がない場合は、"
     "現金で支払うか、契約に基づき車両を返却して新たにローンを組む方法があります。",
     "Кредит с остаточной стоимостью (残価設定型): сумма погашения {amount} включает остаточный "
     "платёж {residual}. Если ни одно предложение его не покрывает, клиент может доплатить "
     "наличными либо вернуть автомобиль по договору и оформить новый кредит.",
     "残值贷款：结清额 {amount} 包含残值 {residual}。如没有报价能够覆盖，客户可用现金支付，"
     "或按合同退还车辆并办理新贷款。"),
    ("Record the remaining debt: {seller} still owes {lender} {amount} after the sale.",
     "残債務を記録してください：売却後も{seller}には{lender}への債務 {amount} が残ります。",
     "Зафиксируйте остаток долга: после продажи продавец ({seller}) остаётся должен кредитору "
     "({lender}) {amount}.",
     "请记录剩余债务：出售后{seller}仍欠{lender} {amount}。"),
    ("The payoff {payoff} and fees {fees} exceed the trade-in allowance {price} by {shortfall}: the "
     "customer pays it in cash or it is rolled into the new loan, before the lien can be released.",
     "残債 {payoff} と手数料 {fees} が下取り価格 {price} を {shortfall} 上回っています。所有権解除の前に、"
     "お客様が現金で支払うか、新しいローンに上乗せする必要があります。",
     "Сумма погашения {payoff} и сборы {fees} превышают зачётную стоимость {price} на {shortfall}: "
     "до снятия обременения клиент доплачивает разницу наличными или она включается в новый кредит.",
     "结清额 {payoff} 与手续费 {fees} 超出置换折价 {price} 共 {shortfall}：在解除所有权保留前，"
     "客户须以现金补足，或将其并入新贷款。"),
    ("The new loan from {new_lender} rises to {after}: the customer repays the old car's shortfall "
     "with the new car.",
     "{new_lender}の新規ローンは{after}に増えます。旧車の不足額は新車のローンで返済することになります。",
     "Новый кредит ({new_lender}) увеличивается до {after}: недостачу по старому автомобилю клиент "
     "выплачивает вместе с новым.",
     "{new_lender}的新贷款增至{after}：客户将通过新车贷款偿还旧车的差额。"),
    ("High risk: a private sale of a car under a loan. The buyer must pay first or advance the "
     "payoff; the seller must obtain the release papers from {lender} and re-register the car at the "
     "transport bureau (陸運支局) alone. Recommended only for professionals.",
     "高リスク：ローンが残る車の個人間売買です。買主が先に支払うか残債を立て替える必要があり、"
     "売主は{lender}から解除書類を取り寄せ、自ら陸運支局で名義変更をしなければなりません。"
     "慣れた方以外にはお勧めしません。",
     "Высокий риск: частная продажа автомобиля в кредите. Покупатель платит первым или вносит сумму "
     "погашения авансом; продавец сам получает документы о снятии обременения у кредитора "
     "({lender}) и перерегистрирует автомобиль в транспортном бюро (陸運支局). Рекомендуется только "
     "опытным участникам.",
     "高风险：个人之间买卖仍有贷款的车辆。买方须先付款或垫付结清额；卖方须自行向{lender}取得解除文件，"
     "并到运输支局办理过户。仅建议专业人士采用。"),
    ("High risk: a private sale. The seller and the buyer re-register the car at the transport bureau "
     "(陸運支局) alone, and no dealer stands between the money and the title. Recommended only for "
     "professionals.",
     "高リスク：個人間売買です。売主と買主が自ら陸運支局で名義変更を行い、代金と名義の間に販売店が入りません。"
     "慣れた方以外にはお勧めしません。",
     "Высокий риск: частная продажа. Продавец и покупатель сами перерегистрируют автомобиль в "
     "транспортном бюро (陸運支局), и между деньгами и правом собственности нет дилера. "
     "Рекомендуется только опытным участникам.",
     "高风险：个人之间买卖。卖方与买方自行到运输支局办理过户，付款与过户之间没有车商把关。"
     "仅建议专业人士采用。"),
    ("No loan on the car: equity = price {price}.",
     "車にローンはありません：差額（エクイティ）= 価格 {price}。",
     "Кредита на автомобиле нет: чистая стоимость = цена {price}.",
     "车辆无贷款：净值 = 价格 {price}。"),
    ("Equity = price {price} − payoff to {lender} {payoff} = {equity}.",
     "差額（エクイティ）= 価格 {price} − {lender}への残債 {payoff} = {equity}。",
     "Чистая стоимость = цена {price} − погашение кредитору ({lender}) {payoff} = {equity}.",
     "净值 = 价格 {price} − 应付{lender}的结清额 {payoff} = {equity}。"),
    # home_sale: lines
    ("Sale price (売買代金)",
     "売買代金",
     "Цена продажи (売買代金)",
     "房屋价款"),
    ("Earnest money (手付金) held by {holder}",
     "手付金（{holder}預り）",
     "Задаток (手付金); хранит {holder}",
     "定金（由{holder}保管）"),
    ("Buyer's share of the property tax from {day} (固定資産税等精算金)",
     "固定資産税等精算金（{day}以降の買主負担分）",
     "Доля покупателя в налоге на имущество с {day} (固定資産税等精算金)",
     "买方自{day}起应承担的房产税"),
    ("Buyer's share of the management fee from {day}",
     "管理費精算金（{day}以降の買主負担分）",
     "Доля покупателя во взносе на управление с {day}",
     "买方自{day}起应承担的管理费"),
    ("Buyer's share of the repair reserve from {day}",
     "修繕積立金精算金（{day}以降の買主負担分）",
     "Доля покупателя во взносе в фонд ремонта с {day}",
     "买方自{day}起应承担的维修基金"),
    ("Payoff of the {rank} mortgage to {lender}",
     "{rank}抵当権の債務返済（{lender}）",
     "Погашение ипотеки {rank} очереди: {lender}",
     "向{lender}清偿{rank}抵押贷款"),
    ("Brokerage commission to {broker} (seller's side)",
     "仲介手数料（売主側、{broker}）",
     "Комиссия агентства {broker} (сторона продавца)",
     "支付给{broker}的中介佣金（卖方）"),
    ("Brokerage commission to {broker} (buyer's side)",
     "仲介手数料（買主側、{broker}）",
     "Комиссия агентства {broker} (сторона покупателя)",
     "支付给{broker}的中介佣金（买方）"),
    ("Management fee arrears (管理費滞納) to {association}",
     "滞納管理費（{association}）",
     "Долг по взносам на управление (管理費滞納): {association}",
     "拖欠的管理费（付给{association}）"),
    ("Repair reserve arrears (修繕積立金滞納) to {association}",
     "滞納修繕積立金（{association}）",
     "Долг по взносам в фонд ремонта (修繕積立金滞納): {association}",
     "拖欠的维修基金（付给{association}）"),
    ("Late charges on the arrears (遅延損害金) to {association}",
     "滞納分の遅延損害金（{association}）",
     "Пени за просрочку взносов (遅延損害金): {association}",
     "欠费滞纳金（付给{association}）"),
    ("Parking arrears (駐車場代): the seller's own debt",
     "駐車場使用料の滞納（売主自身の債務）",
     "Долг за парковку (駐車場代): личный долг продавца",
     "拖欠的停车费：卖方自身债务"),
    ("Bicycle-space arrears (駐輪場代): the seller's own debt",
     "駐輪場使用料の滞納（売主自身の債務）",
     "Долг за велостоянку (駐輪場代): личный долг продавца",
     "拖欠的自行车停放费：卖方自身债务"),
    ("Registration tax for the mortgage discharge (抵当権抹消登記), paid through {scrivener}",
     "抵当権抹消登記の登録免許税（{scrivener}経由で納付）",
     "Регистрационный налог за снятие ипотеки (抵当権抹消登記), уплачивается через: {scrivener}",
     "抵押权注销登记的登记税（经{scrivener}缴纳）"),
    ("Scrivener's fee for the discharge",
     "抵当権抹消登記の司法書士報酬",
     "Вознаграждение регистратора за снятие ипотеки",
     "抵押注销的司法书士报酬"),
    ("Balance paid by the buyer at settlement (残代金)",
     "残代金（決済時に買主が支払）",
     "Остаток цены, который покупатель платит при расчётах (残代金)",
     "买方结算时支付的尾款"),
    ("Net proceeds paid to {seller}",
     "{seller}への手取金の支払",
     "Выплата чистой выручки продавцу ({seller})",
     "向{seller}支付净得款"),
    ("Property tax the seller has not paid, settled from the proceeds",
     "売主の未納固定資産税（売却代金から納付）",
     "Неуплаченный продавцом налог на имущество, уплачивается из выручки",
     "卖方未缴的房产税，从售房款中缴纳"),
    ("Moving allowance for the seller (approved by the lender)",
     "売主の引越費用（金融機関承認済）",
     "Компенсация переезда продавцу (одобрена кредитором)",
     "卖方搬家费（经贷款机构批准）"),
    # home_sale: explanations and notices
    ("Paid by the buyer at the contract and held by {holder}, not by the seller, so that it cannot "
     "be spent before settlement; credited to the buyer now.",
     "契約時に買主が支払い、決済前に使われないよう売主ではなく{holder}が預かっています。"
     "本決済で買主の支払に充当します。",
     "Внесён покупателем при подписании договора и хранится не у продавца, а у третьего лица "
     "({holder}), чтобы его не потратили до расчётов; теперь зачитывается покупателю.",
     "买方在签约时支付，由{holder}而非卖方保管，以免在结算前被动用；现抵充买方应付款。"),
    ("Paid by the buyer at the contract to the seller, who already has it: credited to the buyer and "
     "taken off what the seller receives now.",
     "契約時に買主から売主へ支払済みです。買主の支払に充当し、本決済で売主が受け取る額から差し引きます。",
     "Внесён покупателем продавцу при подписании договора, деньги уже у продавца: зачитывается "
     "покупателю и вычитается из того, что продавец получает сейчас.",
     "买方已在签约时支付给卖方：抵充买方应付款，并从卖方本次应收款中扣除。"),
    ("Payoff of the {rank} mortgage on the settlement day per the lender's letter {reference}: "
     "{amount}; {lender} hands over the discharge papers against it.",
     "決済日における{rank}抵当権の返済額（金融機関の残債証明 {reference} による）：{amount}。"
     "{lender}はこれと引換えに抵当権抹消書類を交付します。",
     "Сумма погашения ипотеки {rank} очереди на день расчётов по справке кредитора {reference}: "
     "{amount}; взамен {lender} передаёт документы для снятия ипотеки.",
     "结算日{rank}抵押贷款的结清额（依据贷款机构结清证明 {reference}）：{amount}；"
     "{lender}收款后交付抵押注销文件。"),
    ("Payoff of the {rank} mortgage on the settlement day: {amount}; {lender} hands over the "
     "discharge papers against it.",
     "決済日における{rank}抵当権の返済額：{amount}。{lender}はこれと引換えに抵当権抹消書類を交付します。",
     "Сумма погашения ипотеки {rank} очереди на день расчётов: {amount}; взамен {lender} передаёт "
     "документы для снятия ипотеки.",
     "结算日{rank}抵押贷款的结清额：{amount}；{lender}收款后交付抵押注销文件。"),
    ("Cleared from the proceeds: unpaid management fees and repair reserve pass to the buyer as the "
     "next owner, so the management association is paid before the handover.",
     "売却代金から精算します：未払の管理費・修繕積立金は次の所有者である買主に承継されるため、"
     "引渡し前に管理組合へ支払います。",
     "Погашается из выручки: неоплаченные взносы на управление и в фонд ремонта переходят к "
     "покупателю как новому собственнику, поэтому ассоциации платят до передачи.",
     "从售房款中清偿：未缴的管理费和维修基金会由作为新业主的买方承继，因此在交房前先付给管理组合。"),
    ("Not deducted from the price: parking and bicycle-space fees do not pass to the buyer, so they "
     "stay the seller's own debt, to be paid by the seller even after moving out.",
     "売買代金からは控除しません：駐車場・駐輪場の使用料は買主に承継されないため売主自身の債務として残り、"
     "退去後も売主が支払います。",
     "Из цены не вычитается: плата за парковку и велостоянку не переходит к покупателю, это личный "
     "долг продавца, который он погашает и после переезда.",
     "不从价款中扣除：停车费和自行车停放费不由买方承继，仍是卖方自身债务，搬离后也须由卖方支付。"),
    ("Low-priced vacant home (低廉な空家等): the client must agree to the higher fee in advance, "
     "when the brokerage contract is signed.",
     "低廉な空家等の特例：媒介契約の締結時に、依頼者が高い報酬額に事前に同意している必要があります。",
     "Недорогое пустующее жильё (低廉な空家等): клиент должен заранее, при подписании договора с "
     "агентством, согласиться на повышенную комиссию.",
     "低价空置房屋：委托人须在签订中介合同时事先同意较高的报酬。"),
    ("The price does not cover the payoffs and costs: {seller} must bring {amount} to the closing, "
     "or ask the lenders for a voluntary sale (任意売却).",
     "売買代金ではローン返済と諸費用をまかなえません。{seller}が決済時に{amount}を用意するか、"
     "金融機関に任意売却を相談してください。",
     "Цены не хватает на погашение кредитов и расходы: продавцу ({seller}) нужно внести {amount} при "
     "расчётах или просить кредиторов о добровольной продаже (任意売却).",
     "售价不足以清偿贷款和各项费用：{seller}须在结算时补交{amount}，或向贷款机构申请协议出售（任意売却）。"),
    ("The low-priced vacant home rule (up to 300,000 + tax) applies from {since}; on {on} the "
     "ordinary cap applies.",
     "低廉な空家等の特例（30万円＋消費税まで）は{since}から適用されます。{on}時点では通常の上限が適用されます。",
     "Правило о недорогом пустующем жилье (до 300 000 + налог) действует с {since}; на {on} "
     "применяется обычный лимит.",
     "低价空置房屋规则（最高30万日元加税）自{since}起适用；{on}适用普通上限。"),
    ("The low-priced vacant home rule is for prices of {limit} or less; at {price} the ordinary cap "
     "applies.",
     "低廉な空家等の特例は売買価格{limit}以下が対象です。{price}では通常の上限が適用されます。",
     "Правило о недорогом пустующем жилье действует для цен не выше {limit}; при цене {price} "
     "применяется обычный лимит.",
     "低价空置房屋规则仅适用于{limit}以下的价格；价格为{price}时适用普通上限。"),
    # short_sale: settlement lines and notices
    ("Sale price (売買代金) approved by {lender}",
     "売買代金（{lender}承認済）",
     "Цена продажи (売買代金), одобренная кредитором ({lender})",
     "经{lender}批准的售价"),
    ("Moving allowance approved by {lender}",
     "引越費用（{lender}承認済）",
     "Компенсация переезда, одобренная кредитором ({lender})",
     "经{lender}批准的搬家费"),
    ("To {creditor} (rank {rank}): the rest of the price",
     "{creditor}（{rank}番抵当権）への残額の配分",
     "Остаток цены — кредитору {creditor} (очерёдность {rank})",
     "余款支付给{creditor}（第{rank}顺位）"),
    ("Price {price} + the buyer's prorations {prorations} − earnest money the seller already holds "
     "{held} − approved lines {deductions} = {left}, paid to the creditors in rank order up to their "
     "debts: {amount} to {creditor} (debt {balance}).",
     "売買代金 {price} + 買主の精算金 {prorations} − 売主受領済の手付金 {held} − 承認済の控除額 {deductions} "
     "= {left} を、債権額を限度に順位順で債権者へ配分：{creditor}へ{amount}（債権額 {balance}）。",
     "Цена {price} + доли покупателя {prorations} − задаток, уже полученный продавцом, {held} − "
     "одобренные строки {deductions} = {left}; распределяется кредиторам по очерёдности в пределах "
     "их долга: {creditor} получает {amount} (долг {balance}).",
     "售价 {price} + 买方分摊款 {prorations} − 卖方已收定金 {held} − 已批准项目 {deductions} = {left}，"
     "按顺位在债权额范围内分配给债权人：{creditor}获得{amount}（债权额 {balance}）。"),
    ("The buyer's shares of the property tax and fees are paid to the seller and, like the rest of "
     "the price, go to {lender}.",
     "買主が負担する固定資産税・管理費等の精算金は売主に支払われ、売買代金の残額と同様に{lender}へ配分されます。",
     "Доли покупателя в налоге на имущество и взносах выплачиваются продавцу и, как и остаток цены, "
     "идут кредитору ({lender}).",
     "买方分摊的房产税和各项费用支付给卖方，并与余款一样归{lender}。"),
    ("After the sale {total} remains owed, unsecured: negotiate a repayment plan; otherwise a lawsuit "
     "and wage garnishment may follow.",
     "売却後も{total}の債務が無担保で残ります。返済計画を協議してください。"
     "協議が整わない場合、訴訟や給与差押えに至るおそれがあります。",
     "После продажи остаётся долг {total}, уже без обеспечения: согласуйте график погашения; иначе "
     "возможны иск и взыскание из зарплаты.",
     "出售后仍欠{total}，为无担保债务：请协商还款计划，否则可能面临诉讼和工资扣押。"),
    ("{name} is a joint guarantor (連帯保証人) and owes the deficiency of {total} too, even if the "
     "borrower is discharged in bankruptcy. Tell them before the sale: that the borrower can no "
     "longer pay; what a voluntary sale is and what it achieves; that the debt left after it must be "
     "repaid; that an auction would leave a larger debt.",
     "{name}は連帯保証人であり、債務者が破産で免責されても残債務{total}を負います。"
     "売却前に次の点を必ず説明してください：債務者がもう返済できないこと、任意売却とは何か・何のために行うか、"
     "売却後に残る債務は返済が必要なこと、競売ではさらに多くの債務が残ること。",
     "{name} — солидарный поручитель (連帯保証人) и тоже отвечает за остаток долга {total}, даже "
     "если заёмщик будет освобождён от долгов при банкротстве. До продажи сообщите поручителю: что "
     "заёмщик больше не может платить; что такое добровольная продажа и что она даёт; что "
     "оставшийся после неё долг нужно погашать; что торги оставили бы больший долг.",
     "{name}是连带保证人，即使借款人经破产免责，也同样须承担剩余债务{total}。出售前请告知本人："
     "借款人已无力还款；什么是协议出售及其作用；出售后剩余的债务仍须偿还；若走拍卖，剩余债务会更多。"),
    ("The seller already holds the earnest money {held}: it must be handed over at settlement, or the "
     "creditors receive that much less.",
     "売主はすでに手付金{held}を受領しています。決済時にこれを拠出しなければ、債権者の回収額がその分減ります。",
     "Задаток {held} уже у продавца: его нужно передать при расчётах, иначе кредиторы получат на эту "
     "сумму меньше.",
     "卖方已收取定金{held}：须在结算时交出，否则债权人将少得相应金额。"),
    ("If the borrower cannot repay the {remaining} left, {guarantor} pays off {creditor} (代位弁済) "
     "and claims it from the borrower: negotiate a repayment plan with it.",
     "債務者が残る{remaining}を返済できない場合、{guarantor}が{creditor}に代位弁済し、債務者に請求します。"
     "同社と返済計画を協議してください。",
     "Если заёмщик не сможет погасить оставшиеся {remaining}, {guarantor} погасит долг перед "
     "кредитором ({creditor}) (代位弁済) и предъявит требование заёмщику: согласуйте с ней график "
     "погашения.",
     "如借款人无法偿还剩余的{remaining}，{guarantor}将代为向{creditor}清偿，再向借款人追偿："
     "请与其协商还款计划。"),
    ("{guarantor} paid off the bank on {subrogated_on} (代位弁済) and holds the claim: negotiate a "
     "repayment plan for the {remaining} left; otherwise it may sue and garnish wages, and bankruptcy "
     "may follow.",
     "{guarantor}は{subrogated_on}に金融機関へ代位弁済し、債権を保有しています。残る{remaining}について"
     "返済計画を協議してください。協議が整わない場合、訴訟・給与差押えを受け、自己破産に至ることもあります。",
     "{guarantor} погасила долг перед банком {subrogated_on} (代位弁済) и теперь владеет "
     "требованием: согласуйте график погашения оставшихся {remaining}; иначе возможны иск, "
     "взыскание из зарплаты и банкротство.",
     "{guarantor}已于{subrogated_on}代为清偿银行贷款并持有债权：请就剩余的{remaining}协商还款计划，"
     "否则可能被起诉、扣押工资，甚至走向破产。"),
    ("{creditor}: debt {debt} − received {received} = {remaining} still owed after the sale, no "
     "longer secured by the home.",
     "{creditor}：債権額 {debt} − 回収額 {received} = 売却後の残債務 {remaining}（住宅による担保はなくなります）。",
     "{creditor}: долг {debt} − получено {received} = {remaining} остаётся после продажи, уже без "
     "обеспечения жильём.",
     "{creditor}：债权额 {debt} − 受偿额 {received} = 出售后剩余债务 {remaining}，不再以房产担保。"),
    # short_sale: the distribution table
    ("Brokerage commission to {broker}",
     "仲介手数料（{broker}）",
     "Комиссия агентства {broker}",
     "支付给{broker}的中介佣金"),
    ("Mortgage discharge registration and scrivener's fee ({scrivener})",
     "抵当権抹消登記費用・司法書士報酬（{scrivener}）",
     "Регистрация снятия ипотеки и вознаграждение регистратора ({scrivener})",
     "抵押注销登记费及司法书士报酬（{scrivener}）"),
    ("Release payment (ハンコ代) to {creditor}, rank {rank} lien",
     "抵当権解除料（ハンコ代）：{creditor}（{rank}番抵当権者）",
     "Плата за снятие залога (ハンコ代): {creditor}, очерёдность {rank}",
     "抵押解除费：{creditor}（第{rank}顺位抵押权人）"),
    ("Release of the tax seizure by {office}",
     "差押えの解除（{office}）",
     "Снятие налогового ареста ({office})",
     "解除{office}的查封"),
    ("Seized taxes owed to {office} (priority tax)",
     "差押えの税金（{office}、優先税）",
     "Арестованные налоги ({office}, приоритетный налог)",
     "被查封税款（{office}，优先税）"),
    ("Condominium arrears to {association}",
     "管理費等の滞納（{association}）",
     "Долг по взносам ({association})",
     "拖欠的物业费用（付给{association}）"),
    ("To the bankruptcy estate ({trustee})",
     "破産財団組入額（{trustee}）",
     "В конкурсную массу ({trustee})",
     "纳入破产财团（{trustee}）"),
    ("Moving costs for the seller",
     "売主の引越費用",
     "Расходы продавца на переезд",
     "卖方搬家费"),
    ("Contract stamp duty (印紙税)",
     "売買契約書の印紙税",
     "Гербовый сбор по договору (印紙税)",
     "合同印花税"),
    ("Release payment to the rank {rank} lienholder {creditor}: the lower of {tier} and {pct}% of "
     "its remaining principal {principal} = {ten}, so at most {cap}.",
     "{rank}番抵当権者{creditor}への解除料：{tier}と残元金{principal}の{pct}%（{ten}）のいずれか低い額、"
     "上限{cap}。",
     "Плата залогодержателю очерёдности {rank} ({creditor}): меньшее из {tier} и {pct} % остатка "
     "основного долга {principal} = {ten}, то есть не более {cap}.",
     "支付给第{rank}顺位抵押权人{creditor}的解除费：{tier}与其剩余本金{principal}的{pct}%（{ten}）"
     "取较低者，最多{cap}。"),
    ("Seized by {office}: {amount}; allowed up to the lower of one year's property tax {annual} and "
     "{limit} = {cap}.",
     "{office}による差押え：{amount}。固定資産税1年分{annual}と{limit}のいずれか低い額{cap}まで認められます。",
     "Арест ({office}): {amount}; допускается не больше меньшего из годового налога на имущество "
     "{annual} и {limit} = {cap}.",
     "{office}查封：{amount}；以一年房产税{annual}与{limit}中较低者为限 = {cap}。"),
    ("Seized by {office}: allowed up to {cap} (enter one year's property tax: the cap is the lower of "
     "the two).",
     "{office}による差押え：{cap}まで認められます（固定資産税1年分を入力してください。上限はいずれか低い額です）。",
     "Арест ({office}): допускается до {cap} (укажите годовой налог на имущество: лимит — меньшая из "
     "двух сумм).",
     "{office}查封：最多{cap}（请输入一年房产税：上限取二者中较低者）。"),
    ("Tax due before the mortgage was registered (優先税): it ranks ahead of the mortgage, so it is "
     "paid in full: {amount}.",
     "抵当権の設定登記より前に納期限が到来した税金（優先税）は抵当権に優先するため、全額を支払います：{amount}。",
     "Налог, срок уплаты которого наступил до регистрации ипотеки (優先税), имеет приоритет перед "
     "ипотекой и оплачивается полностью: {amount}.",
     "在抵押登记之前到期的税款（优先税）优先于抵押权，因此全额支付：{amount}。"),
    ("Management fee arrears {mgmt} + repair reserve arrears {repair} = {arrears}; allowed up to "
     "{months} months (5 years) × ({monthly_mgmt} + {monthly_repair}) = {cap}, so {amount}; late "
     "charges {late} and parking are not allowed.",
     "滞納管理費 {mgmt} + 滞納修繕積立金 {repair} = {arrears}。上限は{months}か月（5年）×"
     "（{monthly_mgmt} + {monthly_repair}）= {cap}のため{amount}。遅延損害金{late}と駐車場代は認められません。",
     "Долг по взносам на управление {mgmt} + в фонд ремонта {repair} = {arrears}; допускается не "
     "более {months} мес. (5 лет) × ({monthly_mgmt} + {monthly_repair}) = {cap}, то есть {amount}; "
     "пени {late} и парковка не допускаются.",
     "拖欠管理费 {mgmt} + 拖欠维修基金 {repair} = {arrears}；上限为{months}个月（5年）×"
     "（{monthly_mgmt} + {monthly_repair}）= {cap}，因此为{amount}；滞纳金{late}和停车费不予认可。"),
    ("Management fee arrears {mgmt} + repair reserve arrears {repair} = {arrears}, without late "
     "charges {late} or parking. Enter the monthly fees to check the {months}-month cap.",
     "滞納管理費 {mgmt} + 滞納修繕積立金 {repair} = {arrears}（遅延損害金{late}・駐車場代を除く）。"
     "{months}か月の上限を確認するため月額を入力してください。",
     "Долг по взносам на управление {mgmt} + в фонд ремонта {repair} = {arrears}, без пеней {late} "
     "и парковки. Укажите ежемесячные взносы, чтобы проверить лимит в {months} мес.",
     "拖欠管理费 {mgmt} + 拖欠维修基金 {repair} = {arrears}，不含滞纳金{late}和停车费。"
     "请输入月费以核对{months}个月上限。"),
    ("The seller is bankrupt: {pct}% of the price {price} = {cap} to the estate.",
     "売主が破産しているため、売買価格{price}の{pct}% = {cap}を破産財団に組み入れます。",
     "Продавец — банкрот: {pct} % цены {price} = {cap} в конкурсную массу.",
     "卖方已破产：售价{price}的{pct}% = {cap}纳入破产财团。"),
    ("Negotiated with the lender: {requested} asked, allowed up to {cap} (the source: about 300,000 "
     "is common).",
     "債権者と交渉済：申請{requested}、上限{cap}（30万円程度が一般的）。",
     "Согласовано с кредитором: запрошено {requested}, допускается до {cap} (обычно около 300 000).",
     "已与债权人协商：申请{requested}，上限{cap}（通常约30万日元）。"),
    ("Contract stamp duty is never paid from the price: it is the seller's own cost.",
     "売買契約書の印紙税は売買代金から支払えません。売主自身の負担です。",
     "Гербовый сбор по договору никогда не оплачивается из цены: это расход самого продавца.",
     "合同印花税不得从售价中支付：由卖方自行承担。"),
    ("Moving costs are paid from the price only if negotiated with the lender beforehand.",
     "引越費用は、事前に債権者と交渉した場合に限り売買代金から支払われます。",
     "Расходы на переезд оплачиваются из цены, только если это заранее согласовано с кредитором.",
     "搬家费只有事先与债权人协商后才能从售价中支付。"),
    # short_sale: the reasons the engine gives for a line refused from the start
    ("Not allowed from the price.",
     "売買代金からは支払えません。",
     "Из цены не оплачивается.",
     "不得从售价中支付。"),
    ("Not negotiated with the lender.",
     "債権者と交渉していません。",
     "Не согласовано с кредитором.",
     "未与债权人协商。"),
    ("Taxes seized by {office}: {excess} above the cap stays the seller's own debt; the office must "
     "still agree to lift the seizure.",
     "{office}の差押えの税金：上限を超える{excess}は売主自身の債務として残ります。差押えの解除には同庁の同意も必要です。",
     "Налоги, арестованные налоговым органом ({office}): {excess} сверх лимита остаются личным "
     "долгом продавца; снять арест орган должен согласиться отдельно.",
     "{office}查封的税款：超出上限的{excess}仍是卖方自身债务；解除查封仍须该机关同意。"),
    ("Not paid from the price: late charges {late} and arrears beyond 5 years {beyond}. The "
     "association can claim unpaid fees from the buyer, so agree before the contract who pays them: "
     "the seller, or the buyer on top of the price.",
     "売買代金からは支払われません：遅延損害金{late}と5年を超える滞納分{beyond}。管理組合は未払分を買主に"
     "請求できるため、契約前に負担者（売主か、代金とは別に買主か）を取り決めてください。",
     "Из цены не оплачиваются: пени {late} и долг старше 5 лет {beyond}. Ассоциация может взыскать "
     "неоплаченные взносы с покупателя, поэтому до договора решите, кто их платит: продавец или "
     "покупатель сверх цены.",
     "不从售价中支付：滞纳金{late}及超过5年的欠费{beyond}。管理组合可向买方追缴欠费，"
     "因此请在签约前约定由谁支付：卖方，或由买方在价款之外支付。"),
    ("Parking and bicycle-space arrears are not paid from the price: they stay the seller's own debt.",
     "駐車場・駐輪場使用料の滞納は売買代金から支払われず、売主自身の債務として残ります。",
     "Долги за парковку и велостоянку из цены не оплачиваются: это личный долг продавца.",
     "拖欠的停车费和自行车停放费不从售价中支付：仍是卖方自身债务。"),
    ("The price changed from {old} to {new}: the distribution table goes back to {lender} for "
     "approval; every line is proposed again.",
     "売買価格が{old}から{new}に変更されました。配分表を{lender}に再提出し、全項目を改めて申請します。",
     "Цена изменилась с {old} на {new}: таблица распределения снова направляется на согласование "
     "кредитору ({lender}); все строки предлагаются заново.",
     "售价由{old}变更为{new}：分配表须重新报请{lender}审批，所有项目重新申报。"),
    ("The costs proposed ({costs}) exceed the price {price}: nothing is left for {lender}.",
     "申請した費用（{costs}）が売買価格{price}を上回り、{lender}への配分が残りません。",
     "Предложенные расходы ({costs}) превышают цену {price}: кредитору ({lender}) ничего не остаётся.",
     "申报的费用（{costs}）超过售价{price}：{lender}分不到任何款项。"),
    # short_sale: the auction comparison
    ("The voluntary sale brings the creditors {gain} more than the expected auction and leaves the "
     "seller owing {saved} less.",
     "任意売却は、想定される競売より債権者の回収額が{gain}多く、売主の残債務は{saved}少なくなります。",
     "Добровольная продажа приносит кредиторам на {gain} больше, чем ожидаемые торги, а долг "
     "продавца остаётся на {saved} меньше.",
     "与预计的拍卖相比，协议出售使债权人多受偿{gain}，卖方剩余债务减少{saved}。"),
    ("The creditors would receive {loss} less than at auction: the lender may refuse the voluntary "
     "sale at this price.",
     "債権者の回収額が競売より{loss}少なくなるため、この価格では債権者が任意売却に応じない可能性があります。",
     "Кредиторы получили бы на {loss} меньше, чем на торгах: при такой цене кредитор может отказать "
     "в добровольной продаже.",
     "债权人所得将比拍卖少{loss}：按此价格，债权人可能拒绝协议出售。"),
    ("Voluntary sale: price {price} − costs {costs} → the creditors receive {received}; debt {debt} "
     "− {received} = {owes} still owed.",
     "任意売却：売買価格 {price} − 費用 {costs} → 債権者の回収額 {received}。債務 {debt} − {received} "
     "= 残債務 {owes}。",
     "Добровольная продажа: цена {price} − расходы {costs} → кредиторы получают {received}; долг "
     "{debt} − {received} = остаётся {owes}.",
     "协议出售：售价 {price} − 费用 {costs} → 债权人受偿 {received}；债务 {debt} − {received} = 剩余 {owes}。"),
    ("Auction: market price {market} × {pct}% = {bid} − court costs {court} = {net} to the creditors; "
     "debt {debt} − {received} = {owes} still owed.",
     "競売：市場価格 {market} × {pct}% = {bid} − 競売費用 {court} = 債権者への配当 {net}。"
     "債務 {debt} − {received} = 残債務 {owes}。",
     "Торги: рыночная цена {market} × {pct} % = {bid} − судебные расходы {court} = {net} "
     "кредиторам; долг {debt} − {received} = остаётся {owes}.",
     "拍卖：市场价 {market} × {pct}% = {bid} − 法院费用 {court} = 债权人所得 {net}；"
     "债务 {debt} − {received} = 剩余 {owes}。"),
)


def _notice_families() -> list[tuple[str, str, str, str]]:
    """Templates the engine builds from parts: every combination of the parts."""
    from itertools import product

    rows = []

    def combine(*choices):
        """Each choice: a tuple of (en, ja, ru, zh) alternatives; joined part by part."""
        for parts in product(*choices):
            rows.append(tuple("".join(p[i] for p in parts) for i in range(4)))

    # fees.commission_cap / Commission.explanation: the tiers, or the low-priced vacant home.
    caps = []
    for n in (1, 2, 3):
        en = "; ".join(f"{{rate{i + 1}}}% of {{base{i + 1}}} = {{tier{i + 1}}}" for i in range(n))
        ja = "、".join(f"{{base{i + 1}}}の{{rate{i + 1}}}% = {{tier{i + 1}}}" for i in range(n))
        ru = "; ".join(f"{{rate{i + 1}}} % от {{base{i + 1}}} = {{tier{i + 1}}}" for i in range(n))
        zh = "；".join(f"{{base{i + 1}}}的{{rate{i + 1}}}% = {{tier{i + 1}}}" for i in range(n))
        caps.append((en + "; total {fee} + {tax_pct}% tax {tax} = {total}",
                     ja + "、合計 {fee} + 消費税{tax_pct}% {tax} = {total}",
                     ru + "; итого {fee} + налог на потребление {tax_pct} % {tax} = {total}",
                     zh + "；合计 {fee} + {tax_pct}%消费税 {tax} = {total}"))
    caps.append((
        "Low-priced vacant home (低廉な空家等, price {price} ≤ {limit}, from {since}): up to {fee} + "
        "{tax_pct}% tax {tax} = {total} (the ordinary cap before tax is {ordinary})",
        "低廉な空家等（売買価格 {price} ≤ {limit}、{since}以降）：{fee} + 消費税{tax_pct}% {tax} = "
        "{total}まで（通常の上限は税抜{ordinary}）",
        "Недорогое пустующее жильё (低廉な空家等, цена {price} ≤ {limit}, с {since}): до {fee} + "
        "налог на потребление {tax_pct} % {tax} = {total} (обычный лимит без налога — {ordinary})",
        "低价空置房屋（价格 {price} ≤ {limit}，自{since}起）：最多 {fee} + {tax_pct}%消费税 {tax} = "
        "{total}（普通上限税前为{ordinary}）"))
    # The commission's sentence holds the cap's arithmetic as a value ({cap}).
    combine(((("Commission at the legal cap: ", "仲介手数料は法定上限額：", "Комиссия по законному лимиту: ",
               "佣金按法定上限："),
              ("Commission {charged}, agreed below the legal cap of {cap_total}. Cap: ",
               "仲介手数料 {charged}（法定上限 {cap_total} 未満で合意）。上限：",
               "Комиссия {charged}, согласована ниже законного лимита {cap_total}. Лимит: ",
               "佣金{charged}，约定低于法定上限{cap_total}。上限："),
              ("Commission {charged}, above the legal cap of {cap_total} by override (reason: "
               "{reason}). Cap: ",
               "仲介手数料 {charged}（例外として法定上限 {cap_total} を超過、理由：{reason}）。上限：",
               "Комиссия {charged}, выше законного лимита {cap_total} в порядке исключения (причина: "
               "{reason}). Лимит: ",
               "佣金{charged}，经特批高于法定上限{cap_total}（理由：{reason}）。上限："))),
            (("{cap}", "{cap}", "{cap}", "{cap}"),))
    rows.extend(caps)  # the cap's own arithmetic, shown inside the sentence above

    # fees.prorate_property_tax: the sentence, and what the year's first day or 366 days add.
    combine(((
        "Property tax and city-planning tax (固定資産税・都市計画税) {annual} for the year {start} to "
        "{end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = "
        "{buyer_days} days. Buyer's share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded "
        "half-up), paid to the seller at closing; seller's share {annual} − {buyer_share} = "
        "{seller_share}.",
        "固定資産税・都市計画税 {annual}（{start}〜{end}の年額）：売主 {start}〜{seller_last} = "
        "{seller_days}日、買主 {settlement_on}〜{end} = {buyer_days}日。買主負担分 {annual} × "
        "{buyer_days}/{basis} = {buyer_share}（四捨五入）を決済時に売主へ支払い、売主負担分は "
        "{annual} − {buyer_share} = {seller_share}。",
        "Налог на имущество и налог на городское планирование (固定資産税・都市計画税) {annual} за "
        "год с {start} по {end}: продавец с {start} по {seller_last} = {seller_days} дн., покупатель "
        "с {settlement_on} по {end} = {buyer_days} дн. Доля покупателя {annual} × {buyer_days}/"
        "{basis} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца "
        "{annual} − {buyer_share} = {seller_share}.",
        "房产税及城市规划税 {annual}，年度为{start}至{end}：卖方{start}至{seller_last}共{seller_days}天，"
        "买方{settlement_on}至{end}共{buyer_days}天。买方分摊 {annual} × {buyer_days}/{basis} = "
        "{buyer_share}（四舍五入），结算时支付给卖方；卖方分摊 {annual} − {buyer_share} = {seller_share}。"),),
            (("", "", "", ""),
             (" The year has {length} days; by custom each of the buyer's days is charged at 1/365 of "
              "the tax, and the seller's share is the rest.",
              "この年は{length}日ありますが、慣行により買主の各日を税額の1/365で計算し、残りを売主負担とします。",
              " В году {length} дн.; по обычаю каждый день покупателя считается как 1/365 налога, "
              "остальное приходится на продавца.",
              "该年度共{length}天；按惯例买方每天按税额的1/365计算，其余由卖方承担。"),
             (" Settlement on the first day of the year: the buyer bears it all.",
              "起算日当日の決済のため、全額を買主が負担します。",
              " Расчёты в первый день года: весь налог несёт покупатель.",
              "结算日为年度首日：全部由买方承担。")))

    # fees.prorate_monthly: management fee and repair reserve.
    combine((("Management fee (管理費)", "管理費", "Взнос на управление (管理費)", "管理费"),
             ("Repair reserve (修繕積立金)", "修繕積立金", "Взнос в фонд ремонта (修繕積立金)", "维修基金")),
            ((" {monthly} for {start} to {end} ({days} days): buyer {settlement_on} to {end} = "
              "{buyer_days} days, {monthly} × {buyer_days}/{days} = {buyer_share} (rounded half-up), "
              "paid to the seller at closing; seller's share {seller_share}.",
              " {monthly}（{start}〜{end}、{days}日）：買主 {settlement_on}〜{end} = {buyer_days}日、"
              "{monthly} × {buyer_days}/{days} = {buyer_share}（四捨五入）を決済時に売主へ支払い。"
              "売主負担分 {seller_share}。",
              " {monthly} за период с {start} по {end} ({days} дн.): покупатель с {settlement_on} по "
              "{end} = {buyer_days} дн., {monthly} × {buyer_days}/{days} = {buyer_share} (с "
              "округлением), выплачивается продавцу при расчётах; доля продавца {seller_share}.",
              " {monthly}，期间{start}至{end}（{days}天）：买方{settlement_on}至{end}共{buyer_days}天，"
              "{monthly} × {buyer_days}/{days} = {buyer_share}（四舍五入），结算时支付给卖方；"
              "卖方分摊 {seller_share}。"),))

    # fees.discharge_registration
    combine((("Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = "
              "{uncapped} per mortgage",
              "登録免許税 1,000円 ×（土地{parcels}筆 + 建物{buildings}棟）= 抵当権1件あたり{uncapped}",
              "Регистрационный налог 1 000 × ({parcels} зем. участков + {buildings} зданий) = "
              "{uncapped} за одну ипотеку",
              "登记税 1,000 ×（{parcels}宗土地 + {buildings}栋建筑）= 每项抵押{uncapped}"),),
            (("", "", "", ""),
             (", capped at {cap} for an application of more than 20 properties",
              "（20物件を超える申請のため{cap}が上限）",
              ", но не более {cap} за заявление на более чем 20 объектов",
              "（超过20处物业的申请以{cap}为上限）")),
            ((" × {mortgages} mortgages = {tax}; scrivener's fee {fee}; total {total}.",
              " × 抵当権{mortgages}件 = {tax}、司法書士報酬 {fee}、合計 {total}。",
              " × {mortgages} ипотек = {tax}; вознаграждение регистратора {fee}; итого {total}.",
              " × {mortgages}项抵押 = {tax}；司法书士报酬 {fee}；合计 {total}。"),))

    # car_sale: the payoff advanced by the buyer.
    combine((("Advanced by {buyer} out of the price (立替) so that {lender} releases ownership "
              "(所有権解除)",
              "{lender}から所有権解除を受けるため、{buyer}が代金から立替払い",
              "{buyer} оплачивает авансом из цены (立替), чтобы кредитор ({lender}) снял "
              "обременение (所有権解除)",
              "由{buyer}从价款中垫付，以便{lender}解除所有权保留"),
             ("Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances "
              "it out of the price)",
              "解除前に買主{buyer}が{lender}へ直接支払い（代金からの立替）",
              "Покупатель {buyer} платит напрямую кредитору ({lender}) до снятия обременения "
              "(авансом из цены)",
              "由买方{buyer}在解除前直接支付给{lender}（从价款中垫付）")),
            ((": payoff {amount}", "：残債 {amount}", ": сумма погашения {amount}", "：结清额 {amount}"),),
            (("", "", "", ""),
             (" per the lender's letter {reference}", "（金融機関の残債証明 {reference} による）",
              " по справке кредитора {reference}", "（依据贷款机构结清证明 {reference}）")),
            (("", "", "", ""),
             (", which includes the residual {residual} of the residual-value loan",
              "（残価設定型ローンの残価 {residual} を含む）",
              ", включая остаточный платёж {residual} по кредиту с остаточной стоимостью",
              "（含残值贷款的残值 {residual}）")),
            ((".", "。", ".", "。"),))

    # car_sale: a sale alone that falls short.
    combine((("The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} "
              "must pay it before the sale, or {lender} cannot release the title and the purchase is "
              "refused.",
              "残債 {payoff} と手数料 {fees} が価格 {price} を {shortfall} 上回っています。売却前に{seller}が"
              "不足額を支払わなければ、{lender}は所有権を解除できず、買取はお断りとなります。",
              "Сумма погашения {payoff} и сборы {fees} превышают цену {price} на {shortfall}: продавец "
              "({seller}) должен оплатить разницу до продажи, иначе кредитор ({lender}) не снимет "
              "обременение и в покупке будет отказано.",
              "结清额 {payoff} 与手续费 {fees} 超出价格 {price} 共 {shortfall}：{seller}须在出售前补足，"
              "否则{lender}无法解除所有权保留，收购将被拒绝。"),),
            (("", "", "", ""),
             (" The customer is the owner of record: the title can move with the debt kept (and "
              "recorded) instead.",
              "お客様が登録上の所有者のため、債務を残したまま（記録のうえ）名義を移すこともできます。",
              " Клиент — собственник по регистрации: право можно передать, сохранив долг (с его "
              "учётом).",
              "客户是登记所有人：也可以保留债务（并登记记录）直接过户。")))

    # car_sale: the roll-over check, alone or after the shortfall's arithmetic.
    shortfall = ("Payoff {payoff} + fees {fees} − price {price} = shortfall {shortfall}.",
                 "残債 {payoff} + 手数料 {fees} − 価格 {price} = 不足額 {shortfall}。",
                 "Сумма погашения {payoff} + сборы {fees} − цена {price} = недостача {shortfall}.",
                 "结清额 {payoff} + 手续费 {fees} − 价格 {price} = 差额 {shortfall}。")
    combine((("", "", "", ""), tuple(p + s for p, s in zip(shortfall, (" ", "", " ", ""))),),
            (("New loan {loan} + shortfall {shortfall} = {after}; {new_lender} lends at most "
              "{cap_pct}% of the new car's price {car_price} = {limit}",
              "新規ローン {loan} + 不足額 {shortfall} = {after}。{new_lender}の融資上限は新車価格 "
              "{car_price} の{cap_pct}% = {limit}",
              "Новый кредит {loan} + недостача {shortfall} = {after}; {new_lender} выдаёт не более "
              "{cap_pct} % цены нового автомобиля {car_price} = {limit}",
              "新贷款 {loan} + 差额 {shortfall} = {after}；{new_lender}最多贷出新车价格 {car_price} "
              "的{cap_pct}% = {limit}"),),
            ((": within the limit. The lender also screens income: confirm with it before promising "
              "the roll-over.",
              "で、上限内です。金融機関は収入も審査するため、上乗せを約束する前に必ず確認してください。",
              ": в пределах лимита. Кредитор проверяет и доход: подтвердите у него, прежде чем "
              "обещать перенос долга.",
              "：在上限之内。贷款机构还会审核收入：在承诺并入之前请先与其确认。"),
             (": over the limit by {excess}. Rolling the shortfall into the new loan is refused; the "
              "customer must pay it in cash.",
              "で、上限を {excess} 超えます。新規ローンへの上乗せはできません。お客様が現金で支払う必要があります。",
              ": лимит превышен на {excess}. Включить недостачу в новый кредит нельзя; клиент "
              "должен доплатить наличными.",
              "：超出上限 {excess}。差额不能并入新贷款，客户须以现金支付。")))
    rows.append(shortfall)
    return rows


NOTICE_TEMPLATES: dict[str, dict[str, str]] = {
    language: {row[0]: row[i] for row in (*_NOTICE_ROWS, *_notice_families())}
    for i, language in enumerate(("en", "ja", "ru", "zh")) if language != "en"
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


# The ordinals the engine writes into a value ("1st" mortgage), as each language says them.
_ORDINAL_FORMS = {"ja": "{n}番", "ru": "{n}-й", "zh": "第{n}顺位"}


def notice(value: Notice, language: str) -> str:
    """An engine Notice in a document's language: its template translated when
    NOTICE_TEMPLATES knows it (the English template otherwise, never an error),
    amounts and dates written the language's way."""
    import re

    templates = NOTICE_TEMPLATES.get(language, {})

    def format_value(v: object) -> str:
        if isinstance(v, Money):
            return money(v, language)
        if isinstance(v, date):
            return day(v, language)
        if isinstance(v, str) and language in _ORDINAL_FORMS:
            found = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", v)
            if found:
                return _ORDINAL_FORMS[language].format(n=found.group(1))
        return str(v)

    return value.render(lambda template: templates.get(template, template), format_value)


# -- credit applications: the credit dossier's inventory (опись кредитного
# досье), the refusal notice and the repayment schedule (issue 6). Kept in one
# block, appended, so the wording above stays as it was. ----------------------

EN |= {
    "credit.page": "Page {page} of {pages}",
    "credit.seal": "Seal",
    "credit.signature": "signature",

    "dossier.title": "Credit File Inventory",
    "dossier.subject": "Inventory of the credit file, application {number}, {applicant}",
    "dossier.footer": "{title} · {number} · {branch}",
    "dossier.section.application": "Application",
    "dossier.bank": "Bank",
    "dossier.branch": "Branch",
    "dossier.application_number": "Application number",
    "dossier.applicant": "Applicant (borrower)",
    "dossier.program": "Lending program",
    "dossier.printed_on": "Inventory drawn up on",
    "dossier.status": "Status of the file",
    "dossier.status_on": "{status}, {day}",
    "dossier.status.in_progress": "Being assembled",
    "dossier.status.submitted": "Submitted for decision",
    "dossier.status.approved": "Loan approved",
    "dossier.status.refused": "Refused",
    "dossier.refused_banner": (
        "REFUSED on {day}. Originals returned at the applicant's request were copied and the "
        "copies kept in this file; the file goes to the refusals folder."),
    "dossier.section.documents": "Documents in the file",
    "dossier.col.no": "No.",
    "dossier.col.document": "Document",
    "dossier.col.kind": "Original or copy",
    "dossier.col.pages": "Pages",
    "dossier.col.received": "Received",
    "dossier.col.certified": "Copy certified “true copy” (position, name, date)",
    "dossier.col.note": "Returned, notes",
    "dossier.kind.original": "Original",
    "dossier.kind.copy": "Copy",
    "dossier.certified": "{position} {name}, {day}",
    "dossier.not_certified": "Not certified",
    "dossier.returned": "Original returned on {day}; its copy kept in the file",
    "dossier.total": "Total",
    "dossier.totals": "Documents in the file: {documents}; pages: {pages}.",
    "dossier.no_documents": "No documents have been received yet.",
    "dossier.retained_note": (
        "Each original returned to the applicant was copied before it was handed back; the "
        "certified copy stays in the file in its place, as noted against it above."),
    "dossier.section.signatures": "Signatures",
    "dossier.signature.officer": "Inventory drawn up by",
    "dossier.signature.applicant": "Returned originals received by the applicant",

    "refusal.title": "Notice of Credit Denial",
    "refusal.subject": "Refusal of credit application {number} of {applied_on}",
    "refusal.footer": "{title} · {number} · {branch}",
    "refusal.reference": "Ref. No. {reference}",
    "refusal.dated": "Date: {day}",
    "refusal.to": "To",
    "refusal.addressee": "{name}",
    "refusal.address": "Address",
    "refusal.salutation": "Dear Customer,",
    "refusal.body": (
        "Your application No. {number} of {applied_on} for a loan under the program “{program}” "
        "has been considered by {bank}. On {decided_on} it was decided not to grant the loan."),
    "refusal.reason_label": "Reason",
    "refusal.returned_intro": (
        "At your request the following originals were returned to you; their certified copies "
        "stay in the credit file:"),
    "refusal.col.no": "No.",
    "refusal.col.document": "Document",
    "refusal.col.returned_on": "Returned on",
    "refusal.closing": "Yours sincerely,",
    "refusal.receipt": "The notice and the documents listed above received:",
    "refusal.signature.applicant": "Applicant's signature",
    "refusal.date_blank": "Date",
    "refusal.reason.not_disclosed": "The bank does not disclose its assessment criteria.",
    "refusal.reason.debt_burden": (
        "The monthly payments on all your debts, including the requested loan, would exceed the "
        "share of your net income that the program allows."),
    "refusal.reason.credit_history": "Your credit history does not meet the bank's requirements.",
    "refusal.reason.false_information": (
        "Information given in the application could not be confirmed."),
    "refusal.reason.verification": "The result of the bank's verification of the application.",
    "refusal.reason.borrower_requirements": (
        "You do not meet the program's requirements for a borrower (age, registration or "
        "employment)."),
    "refusal.reason.vehicle_requirements": "The vehicle does not meet the program's requirements.",
    "refusal.reason.documents_incomplete": (
        "The documents the program requires were not provided in full."),
    "refusal.reason.existing_provident_loan": (
        "You or your spouse already have a provident fund loan that is not yet repaid."),
    "refusal.reason.guarantor": (
        "You guarantee another borrower's provident fund loan that is not yet repaid."),

    "schedule.title": "Repayment Schedule",
    "schedule.subject": "Repayment schedule of loan {number}, {borrower}",
    "schedule.footer": "{title} · {number} · {lender}",
    "schedule.section.loan": "Loan",
    "schedule.lender": "Lender",
    "schedule.borrower": "Borrower",
    "schedule.program": "Lending program",
    "schedule.contract_number": "Contract number",
    "schedule.amount": "Loan amount",
    "schedule.rate": "Interest rate",
    "schedule.rate_value": "{rate}% a year",
    "schedule.term": "Term",
    "schedule.term_value": "{months} months",
    "schedule.method": "Repayment method",
    "schedule.method.equal_installment": "Equal installments (annuity)",
    "schedule.method.equal_principal": "Equal principal, interest on the balance",
    "schedule.method.bullet": "Principal and interest in one sum at maturity",
    "schedule.method.balloon": "Equal installments with a final residual (balloon)",
    "schedule.disbursed_on": "Disbursed on",
    "schedule.first_due": "First payment due",
    "schedule.last_due": "Last payment due",
    "schedule.count": "Number of payments",
    "schedule.total_payment": "Total of payments",
    "schedule.total_interest": "Total interest",
    "schedule.printed_on": "Printed on",
    "schedule.section.payments": "Payments",
    "schedule.col.no": "No.",
    "schedule.col.due": "Due date",
    "schedule.col.payment": "Payment, {currency}",
    "schedule.col.principal": "Principal, {currency}",
    "schedule.col.interest": "Interest, {currency}",
    "schedule.col.balance": "Balance after, {currency}",
    "schedule.total": "Total",
    "schedule.prepayment": "prepayment",
    "schedule.formula.equal_installment": (
        "Each installment is the same: P × i × (1 + i)^n / ((1 + i)^n − 1), where P is the loan, "
        "i the monthly rate and n the number of months."),
    "schedule.formula.equal_principal": (
        "Each installment repays the same principal P / n plus the interest on the balance "
        "still owed, so the installments fall month by month."),
    "schedule.formula.bullet": "The principal and all the interest are paid in one sum at maturity.",
    "schedule.formula.balloon": (
        "Equal installments repay the loan down to the residual, which is paid with the last "
        "installment."),
    "schedule.rounding_note": (
        "Each amount is rounded to the currency's smallest unit; the last installment absorbs "
        "the rounding, so the principal repaid equals the loan amount exactly."),
    "schedule.section.signatures": "Signatures",
    "schedule.signature.lender": "For the lender",
    "schedule.signature.borrower": "Borrower: I have received this schedule",
}

JA |= {
    "credit.page": "{page} / {pages} ページ",
    "credit.seal": "印",
    "credit.signature": "署名",

    "dossier.title": "与信ファイル書類目録",
    "dossier.subject": "与信ファイル書類目録（申込番号 {number}、{applicant}）",
    "dossier.footer": "{title} · {number} · {branch}",
    "dossier.section.application": "お申込みの内容",
    "dossier.bank": "金融機関",
    "dossier.branch": "取扱店",
    "dossier.application_number": "申込番号",
    "dossier.applicant": "お申込人（借主）",
    "dossier.program": "ローン商品",
    "dossier.printed_on": "作成日",
    "dossier.status": "審査状況",
    "dossier.status_on": "{status}（{day}）",
    "dossier.status.in_progress": "書類受付中",
    "dossier.status.submitted": "審査中",
    "dossier.status.approved": "承認",
    "dossier.status.refused": "否決",
    "dossier.refused_banner": (
        "否決（{day}）。お申込人のご依頼により返却した原本は、返却前に写しを取り本ファイルに保管"
        "しています。本ファイルは否決案件として保管します。"),
    "dossier.section.documents": "綴込書類",
    "dossier.col.no": "No.",
    "dossier.col.document": "書類名",
    "dossier.col.kind": "原本・写し",
    "dossier.col.pages": "枚数",
    "dossier.col.received": "受領日",
    "dossier.col.certified": "原本照合（役職・氏名・日付）",
    "dossier.col.note": "返却・備考",
    "dossier.kind.original": "原本",
    "dossier.kind.copy": "写し",
    "dossier.certified": "{position} {name} {day}",
    "dossier.not_certified": "未照合",
    "dossier.returned": "{day} 原本返却、写しを保管",
    "dossier.total": "合計",
    "dossier.totals": "綴込書類 {documents} 点、計 {pages} 枚。",
    "dossier.no_documents": "受領した書類はまだありません。",
    "dossier.retained_note": (
        "お申込人に返却した原本は、返却前に写しを取り、原本照合のうえ本ファイルに保管しています"
        "（上表の備考欄のとおり）。"),
    "dossier.section.signatures": "署名",
    "dossier.signature.officer": "目録作成者",
    "dossier.signature.applicant": "返却原本の受領（お申込人）",

    "refusal.title": "ローンお申込みの審査結果について（ご通知）",
    "refusal.subject": "申込番号 {number}（{applied_on}お申込み）の審査結果",
    "refusal.footer": "{title} · {number} · {branch}",
    "refusal.reference": "文書番号 {reference}",
    "refusal.dated": "{day}",
    "refusal.to": "宛先",
    "refusal.addressee": "{name} 様",
    "refusal.address": "ご住所",
    "refusal.salutation": "拝啓　平素は格別のお引き立てを賜り、厚く御礼申し上げます。",
    "refusal.body": (
        "さて、{applied_on}にお申込みいただきました「{program}」（申込番号 {number}）につきまして、"
        "{bank}にて慎重に審査いたしました結果、誠に残念ながら今回はご希望に沿いかねることとなりました"
        "（{decided_on}決定）。何卒ご了承くださいますようお願い申し上げます。"),
    "refusal.reason_label": "理由",
    "refusal.returned_intro": (
        "ご依頼により、次の書類の原本をご返却いたしました。なお、写しは当社にて保管いたします。"),
    "refusal.col.no": "No.",
    "refusal.col.document": "書類名",
    "refusal.col.returned_on": "返却日",
    "refusal.closing": "敬具",
    "refusal.receipt": "本通知および上記書類を受領しました。",
    "refusal.signature.applicant": "お申込人 署名",
    "refusal.date_blank": "日付",
    "refusal.reason.not_disclosed": "審査の基準につきましては、開示いたしかねます。",
    "refusal.reason.debt_burden": (
        "お申込みのローンを含む毎月のご返済額の合計が、商品の定める収入に対する返済比率の上限を超えるため。"),
    "refusal.reason.credit_history": "信用情報が当社の基準を満たさないため。",
    "refusal.reason.false_information": "お申込みの内容の一部が確認できなかったため。",
    "refusal.reason.verification": "当社所定の審査の結果によるものです。",
    "refusal.reason.borrower_requirements": (
        "お申込人がローン商品の定める条件（年齢・住所・勤続年数など）を満たさないため。"),
    "refusal.reason.vehicle_requirements": "ご購入の車両がローン商品の条件を満たさないため。",
    "refusal.reason.documents_incomplete": "ローン商品に必要な書類がそろわなかったため。",
    "refusal.reason.existing_provident_loan": (
        "お申込人または配偶者に返済中の住宅積立金ローンがあるため。"),
    "refusal.reason.guarantor": "お申込人が返済中の他の住宅積立金ローンの保証人となっているため。",

    "schedule.title": "返済予定表",
    "schedule.subject": "契約番号 {number} の返済予定表（{borrower}）",
    "schedule.footer": "{title} · {number} · {lender}",
    "schedule.section.loan": "ご融資の内容",
    "schedule.lender": "貸主",
    "schedule.borrower": "借主",
    "schedule.program": "ローン商品",
    "schedule.contract_number": "契約番号",
    "schedule.amount": "借入金額",
    "schedule.rate": "借入利率",
    "schedule.rate_value": "年{rate}%",
    "schedule.term": "返済期間",
    "schedule.term_value": "{months}か月",
    "schedule.method": "返済方法",
    "schedule.method.equal_installment": "元利均等返済",
    "schedule.method.equal_principal": "元金均等返済",
    "schedule.method.bullet": "期日一括返済",
    "schedule.method.balloon": "残価設定型（最終回に残価を返済）",
    "schedule.disbursed_on": "融資実行日",
    "schedule.first_due": "初回返済日",
    "schedule.last_due": "最終返済日",
    "schedule.count": "返済回数",
    "schedule.total_payment": "返済総額",
    "schedule.total_interest": "利息総額",
    "schedule.printed_on": "作成日",
    "schedule.section.payments": "返済明細",
    "schedule.col.no": "回",
    "schedule.col.due": "返済日",
    "schedule.col.payment": "返済額（{currency}）",
    "schedule.col.principal": "元金（{currency}）",
    "schedule.col.interest": "利息（{currency}）",
    "schedule.col.balance": "返済後残高（{currency}）",
    "schedule.total": "合計",
    "schedule.prepayment": "繰上返済",
    "schedule.formula.equal_installment": (
        "毎回の返済額（元金＋利息）が一定です：P × i × (1 + i)^n / ((1 + i)^n − 1)"
        "（P は借入金額、i は月利、n は返済回数）。"),
    "schedule.formula.equal_principal": (
        "毎回の元金 P / n が一定で、利息は残高に対してかかるため、返済額は回を追うごとに減ります。"),
    "schedule.formula.bullet": "元金と利息の全額を返済期日に一括してお支払いいただきます。",
    "schedule.formula.balloon": "均等返済で残価まで返済し、残価は最終回にお支払いいただきます。",
    "schedule.rounding_note": (
        "各回の金額は通貨の最小単位未満を四捨五入しています。端数は最終回で調整し、"
        "元金の返済合計は借入金額と一致します。"),
    "schedule.section.signatures": "署名・捺印",
    "schedule.signature.lender": "貸主",
    "schedule.signature.borrower": "借主（本表を受領しました）",
}

RU |= {
    "credit.page": "Стр. {page} из {pages}",
    "credit.seal": "М.П.",
    "credit.signature": "подпись",

    "dossier.title": "Опись документов кредитного досье",
    "dossier.subject": "Опись кредитного досье по заявке № {number}, {applicant}",
    "dossier.footer": "{title} · № {number} · {branch}",
    "dossier.section.application": "Сведения о заявке",
    "dossier.bank": "Банк",
    "dossier.branch": "Уполномоченное подразделение",
    "dossier.application_number": "Номер заявки",
    "dossier.applicant": "Заявитель (заёмщик)",
    "dossier.program": "Кредитная программа",
    "dossier.printed_on": "Дата составления описи",
    "dossier.status": "Статус досье",
    "dossier.status_on": "{status}, {day}",
    "dossier.status.in_progress": "Формируется",
    "dossier.status.submitted": "Направлено на рассмотрение",
    "dossier.status.approved": "Кредит одобрен",
    "dossier.status.refused": "Отказ",
    "dossier.refused_banner": (
        "ОТКАЗ (решение от {day}). Подлинники, возвращённые заявителю по его просьбе, скопированы, "
        "копии помещены в досье; досье помещено в папку отказов."),
    "dossier.section.documents": "Документы досье",
    "dossier.col.no": "№ п/п",
    "dossier.col.document": "Наименование документа",
    "dossier.col.kind": "Подлинник / копия",
    "dossier.col.pages": "Листов",
    "dossier.col.received": "Дата поступления",
    "dossier.col.certified": "Копия заверена «копия верна» (должность, ФИО, дата)",
    "dossier.col.note": "Возврат, примечание",
    "dossier.kind.original": "Подлинник",
    "dossier.kind.copy": "Копия",
    "dossier.certified": "{position} {name}, {day}",
    "dossier.not_certified": "Не заверена",
    "dossier.returned": "Подлинник возвращён {day}; копия оставлена в досье",
    "dossier.total": "Итого",
    "dossier.totals": "Всего документов в досье: {documents}; листов: {pages}.",
    "dossier.no_documents": "Документы ещё не поступали.",
    "dossier.retained_note": (
        "Подлинники, возвращённые заявителю, перед возвратом скопированы; заверенные копии "
        "помещены в кредитное досье, о чём сделана отметка в описи."),
    "dossier.section.signatures": "Подписи",
    "dossier.signature.officer": "Опись составил",
    "dossier.signature.applicant": "Возвращённые подлинники получил(а) заявитель",

    "refusal.title": "Уведомление об отказе в предоставлении кредита",
    "refusal.subject": "Отказ по кредитной заявке № {number} от {applied_on}",
    "refusal.footer": "{title} · № {number} · {branch}",
    "refusal.reference": "Исх. № {reference}",
    "refusal.dated": "Дата: {day}",
    "refusal.to": "Кому",
    "refusal.addressee": "{name}",
    "refusal.address": "Адрес",
    "refusal.salutation": "Уважаемый клиент!",
    "refusal.body": (
        "Настоящим уведомляем, что Ваша заявка № {number} от {applied_on} на получение кредита по "
        "программе «{program}» рассмотрена в {bank}. {decided_on} принято решение об отказе в "
        "предоставлении кредита."),
    "refusal.reason_label": "Основание",
    "refusal.returned_intro": (
        "По Вашей просьбе Вам возвращены подлинники следующих документов; их заверенные копии "
        "остаются в кредитном досье:"),
    "refusal.col.no": "№ п/п",
    "refusal.col.document": "Наименование документа",
    "refusal.col.returned_on": "Дата возврата",
    "refusal.closing": "С уважением,",
    "refusal.receipt": "Уведомление и перечисленные документы получил(а):",
    "refusal.signature.applicant": "Подпись заявителя",
    "refusal.date_blank": "Дата",
    "refusal.reason.not_disclosed": "Банк не раскрывает критерии оценки заявок.",
    "refusal.reason.debt_burden": (
        "Ежемесячные платежи по всем обязательствам с учётом запрашиваемого кредита превысили бы "
        "долю чистого дохода, допустимую условиями программы."),
    "refusal.reason.credit_history": "Кредитная история не соответствует требованиям Банка.",
    "refusal.reason.false_information": "Сведения, указанные в заявке, не подтвердились.",
    "refusal.reason.verification": "Результаты проверки заявки, проведённой Банком.",
    "refusal.reason.borrower_requirements": (
        "Заявитель не соответствует требованиям программы к заёмщику (возраст, регистрация или "
        "стаж работы)."),
    "refusal.reason.vehicle_requirements": "Транспортное средство не соответствует условиям программы.",
    "refusal.reason.documents_incomplete": "Документы, требуемые программой, представлены не полностью.",
    "refusal.reason.existing_provident_loan": (
        "У заявителя или супруга(и) есть непогашенный кредит жилищного накопительного фонда."),
    "refusal.reason.guarantor": (
        "Заявитель является поручителем по непогашенному кредиту жилищного накопительного фонда."),

    "schedule.title": "График платежей по кредиту",
    "schedule.subject": "График платежей по кредитному договору № {number}, {borrower}",
    "schedule.footer": "{title} · № {number} · {lender}",
    "schedule.section.loan": "Условия кредита",
    "schedule.lender": "Кредитор",
    "schedule.borrower": "Заёмщик",
    "schedule.program": "Кредитная программа",
    "schedule.contract_number": "Номер кредитного договора",
    "schedule.amount": "Сумма кредита",
    "schedule.rate": "Процентная ставка",
    "schedule.rate_value": "{rate} % годовых",
    "schedule.term": "Срок кредита",
    "schedule.term_value": "{months} мес.",
    "schedule.method": "Порядок погашения",
    "schedule.method.equal_installment": "Аннуитетные платежи",
    "schedule.method.equal_principal": "Дифференцированные платежи",
    "schedule.method.bullet": "Единовременно в конце срока",
    "schedule.method.balloon": "Аннуитетные платежи с остаточным платежом в конце срока",
    "schedule.disbursed_on": "Дата выдачи кредита",
    "schedule.first_due": "Дата первого платежа",
    "schedule.last_due": "Дата последнего платежа",
    "schedule.count": "Количество платежей",
    "schedule.total_payment": "Общая сумма платежей",
    "schedule.total_interest": "Сумма процентов",
    "schedule.printed_on": "Дата составления",
    "schedule.section.payments": "График платежей",
    "schedule.col.no": "№",
    "schedule.col.due": "Дата платежа",
    "schedule.col.payment": "Сумма платежа, {currency}",
    "schedule.col.principal": "Основной долг, {currency}",
    "schedule.col.interest": "Проценты, {currency}",
    "schedule.col.balance": "Остаток долга, {currency}",
    "schedule.total": "Итого",
    "schedule.prepayment": "досрочно",
    "schedule.formula.equal_installment": (
        "Все платежи равны: P × i × (1 + i)^n / ((1 + i)^n − 1), где P — сумма кредита, "
        "i — месячная ставка, n — число месяцев."),
    "schedule.formula.equal_principal": (
        "Каждый платёж погашает равную часть основного долга P / n и проценты на остаток долга, "
        "поэтому платежи уменьшаются от месяца к месяцу."),
    "schedule.formula.bullet": "Основной долг и все проценты уплачиваются одной суммой в конце срока.",
    "schedule.formula.balloon": (
        "Равные платежи погашают кредит до остаточной суммы, которая уплачивается с последним "
        "платежом."),
    "schedule.rounding_note": (
        "Суммы округлены до наименьшей денежной единицы; разница от округления учтена в последнем "
        "платеже, поэтому погашенный основной долг в точности равен сумме кредита."),
    "schedule.section.signatures": "Подписи",
    "schedule.signature.lender": "От имени кредитора",
    "schedule.signature.borrower": "С графиком ознакомлен(а), заёмщик",
}

ZH |= {
    "credit.page": "第 {page} 页，共 {pages} 页",
    "credit.seal": "盖章",
    "credit.signature": "签字",

    "dossier.title": "信贷档案资料清单",
    "dossier.subject": "申请编号 {number}（{applicant}）信贷档案资料清单",
    "dossier.footer": "{title} · {number} · {branch}",
    "dossier.section.application": "申请信息",
    "dossier.bank": "贷款机构",
    "dossier.branch": "经办网点",
    "dossier.application_number": "申请编号",
    "dossier.applicant": "借款申请人",
    "dossier.program": "贷款品种",
    "dossier.printed_on": "制表日期",
    "dossier.status": "档案状态",
    "dossier.status_on": "{status}（{day}）",
    "dossier.status.in_progress": "资料收集中",
    "dossier.status.submitted": "已提交审批",
    "dossier.status.approved": "已批准",
    "dossier.status.refused": "不予贷款",
    "dossier.refused_banner": (
        "不予贷款（{day}）。应申请人要求退还的原件已在退还前复印，复印件留存本档案；"
        "本档案归入拒贷档案。"),
    "dossier.section.documents": "档案资料",
    "dossier.col.no": "序号",
    "dossier.col.document": "资料名称",
    "dossier.col.kind": "原件/复印件",
    "dossier.col.pages": "页数",
    "dossier.col.received": "接收日期",
    "dossier.col.certified": "复印件核对（职务、姓名、日期）",
    "dossier.col.note": "退还、备注",
    "dossier.kind.original": "原件",
    "dossier.kind.copy": "复印件",
    "dossier.certified": "{position} {name} {day}",
    "dossier.not_certified": "未核对",
    "dossier.returned": "{day} 原件已退还，复印件留存",
    "dossier.total": "合计",
    "dossier.totals": "档案资料共 {documents} 份，合计 {pages} 页。",
    "dossier.no_documents": "尚未收到任何资料。",
    "dossier.retained_note": "退还申请人的原件均已在退还前复印并核对，复印件留存本档案，并在清单中注明。",
    "dossier.section.signatures": "签字",
    "dossier.signature.officer": "清单编制人",
    "dossier.signature.applicant": "退还原件签收（申请人）",

    "refusal.title": "不予贷款通知书",
    "refusal.subject": "申请编号 {number}（{applied_on}申请）不予贷款通知",
    "refusal.footer": "{title} · {number} · {branch}",
    "refusal.reference": "编号：{reference}",
    "refusal.dated": "日期：{day}",
    "refusal.to": "申请人",
    "refusal.addressee": "{name}",
    "refusal.address": "地址",
    "refusal.salutation": "尊敬的客户：",
    "refusal.body": (
        "您于{applied_on}提交的“{program}”贷款申请（申请编号：{number}），经{bank}审查，"
        "已于{decided_on}决定不予贷款。"),
    "refusal.reason_label": "原因",
    "refusal.returned_intro": "应您的要求，已退还下列资料原件，复印件留存信贷档案：",
    "refusal.col.no": "序号",
    "refusal.col.document": "资料名称",
    "refusal.col.returned_on": "退还日期",
    "refusal.closing": "特此通知。",
    "refusal.receipt": "本通知书及上列资料已收到：",
    "refusal.signature.applicant": "申请人签字",
    "refusal.date_blank": "日期",
    "refusal.reason.not_disclosed": "审批标准恕不公开。",
    "refusal.reason.debt_burden": "包括本次申请贷款在内的月还款额合计超过贷款品种规定的收入比例上限。",
    "refusal.reason.credit_history": "个人征信记录不符合贷款要求。",
    "refusal.reason.false_information": "申请所填信息未能核实。",
    "refusal.reason.verification": "经审查，申请未获通过。",
    "refusal.reason.borrower_requirements": "申请人不符合该贷款品种对借款人的条件（年龄、户籍或工作年限）。",
    "refusal.reason.vehicle_requirements": "所购车辆不符合该贷款品种的条件。",
    "refusal.reason.documents_incomplete": "未提供该贷款品种要求的全部资料。",
    "refusal.reason.existing_provident_loan": "申请人或其配偶尚有未结清的住房公积金贷款。",
    "refusal.reason.guarantor": "申请人为他人未结清的住房公积金贷款提供担保。",

    "schedule.title": "还款计划表",
    "schedule.subject": "借款合同 {number} 还款计划表（{borrower}）",
    "schedule.footer": "{title} · {number} · {lender}",
    "schedule.section.loan": "贷款信息",
    "schedule.lender": "贷款人",
    "schedule.borrower": "借款人",
    "schedule.program": "贷款品种",
    "schedule.contract_number": "借款合同编号",
    "schedule.amount": "贷款金额",
    "schedule.rate": "贷款利率",
    "schedule.rate_value": "年利率 {rate}%",
    "schedule.term": "贷款期限",
    "schedule.term_value": "{months}个月",
    "schedule.method": "还款方式",
    "schedule.method.equal_installment": "等额本息",
    "schedule.method.equal_principal": "等额本金",
    "schedule.method.bullet": "到期一次还本付息",
    "schedule.method.balloon": "等额还款加尾款（气球贷）",
    "schedule.disbursed_on": "放款日期",
    "schedule.first_due": "首期还款日",
    "schedule.last_due": "末期还款日",
    "schedule.count": "还款期数",
    "schedule.total_payment": "还款总额",
    "schedule.total_interest": "利息总额",
    "schedule.printed_on": "打印日期",
    "schedule.section.payments": "还款明细",
    "schedule.col.no": "期次",
    "schedule.col.due": "还款日期",
    "schedule.col.payment": "还款额（{currency}）",
    "schedule.col.principal": "本金（{currency}）",
    "schedule.col.interest": "利息（{currency}）",
    "schedule.col.balance": "剩余本金（{currency}）",
    "schedule.total": "合计",
    "schedule.prepayment": "提前还款",
    "schedule.formula.equal_installment": (
        "每期还款额相同：P × i × (1 + i)^n / ((1 + i)^n − 1)，其中 P 为贷款金额，i 为月利率，"
        "n 为还款期数。"),
    "schedule.formula.equal_principal": "每期归还相同本金 P / n，另付剩余本金的利息，每期还款额逐月递减。",
    "schedule.formula.bullet": "贷款到期时一次性归还全部本金和利息。",
    "schedule.formula.balloon": "按等额还款归还至尾款，尾款随最后一期一并归还。",
    "schedule.rounding_note": "每期金额按最小货币单位四舍五入，尾差在最后一期调整，已还本金合计与贷款金额完全一致。",
    "schedule.section.signatures": "签字盖章",
    "schedule.signature.lender": "贷款人（盖章）",
    "schedule.signature.borrower": "借款人（已收到本计划表）",
}

# Who signs a credit document, as their position is printed.
for _language, _roles in {
    "en": ("Clerk", "Credit officer", "Security officer", "Branch manager", "Administrator"),
    "ja": ("窓口担当", "融資担当", "審査・保安担当", "支店長", "システム管理者"),
    "ru": ("Специалист", "Кредитный инспектор", "Сотрудник службы безопасности",
           "Руководитель отделения", "Администратор"),
    "zh": ("柜员", "信贷专员", "安全审查员", "支行行长", "系统管理员"),
}.items():
    LABELS[_language].update(zip(("role.clerk", "role.credit_officer", "role.security_officer",
                                  "role.branch_manager", "role.administrator"), _roles))
