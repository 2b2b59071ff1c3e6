"""The demo database: the four cases of the source texts, each in its own
language and currency, so a first start has something real to look at.

Dates are laid out relative to `today`, so the Tokyo owner is always some
months behind and the other loans are always paid up to date.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from desktop.domain.access import Role
from desktop.domain.assets import Property, PropertyKind, Vehicle
from desktop.domain.customers import Customer, IdDocumentKind, Obligation, ObligationKind, Sex
from desktop.domain.lenders import Lender, LenderKind
from desktop.domain.loan_accounts import LoanAccount
from desktop.domain.loans import LoanTerms, PaymentMade, RepaymentMethod, build_schedule
from desktop.domain.money import Money
from desktop.domain.payoffs import LenderQuote


def _months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def _pay_schedule(services, account: LoanAccount, until: date) -> None:
    """Record each scheduled installment as paid on its due date, up to `until`."""
    for row in build_schedule(account.terms).installments:
        if row.due_date > until:
            break
        services.loans.record_payment(account.id, PaymentMade(paid_on=row.due_date, amount=row.payment))


def load_demo(services, today: date, demo_password: str | None = None) -> None:
    """The demo records; with a password, one account per desk role too."""
    if demo_password:
        for username, name, role in (("clerk", "佐藤 花子", Role.CLERK),
                                     ("officer", "Петрова Анна", Role.CREDIT_OFFICER),
                                     ("security", "Смирнов Олег", Role.SECURITY_OFFICER),
                                     ("manager", "李 明", Role.BRANCH_MANAGER)):
            services.users.add_user(username, name, role, demo_password)
    customers = _load_records(services, today)
    from desktop.services.demo_credit import load_demo_applications

    load_demo_applications(services, today, customers, with_people=bool(demo_password))


def _load_records(services, today: date) -> dict[str, Customer]:
    jpy = lambda amount: Money.of(amount, "JPY")  # noqa: E731
    consent = lambda c: replace(c, consent_given_on=today, consent_purpose="Demo record",  # noqa: E731
                                consent_form_ref="DEMO-CONSENT")
    loans = services.loans

    # -- Japan: a Tokyo condominium owner months behind on the mortgage (任意売却) --
    bank = loans.add_lender(Lender(
        id="", name="東都銀行", kind=LenderKind.BANK, country="JP", phone="03-3201-0000",
        payoff_request_method="FAX（残高証明依頼書）",
        release_documents=("抵当権解除証書", "登記識別情報", "委任状"), release_days=14))
    loans.add_lender(Lender(
        id="", name="東都信用保証株式会社", kind=LenderKind.GUARANTOR_COMPANY, country="JP",
        phone="03-3201-1111", payoff_request_method="電話・郵送", release_days=30))
    sato = services.customers.take_in(consent(Customer(
        id="", family_name="佐藤", given_name="健一", name_reading="サトウ ケンイチ",
        birth_date=date(1971, 6, 3), sex=Sex.MALE, citizenship="JP", language="ja",
        id_document_kind=IdDocumentKind.DRIVING_LICENCE, id_document_number="301234567890",
        phone="090-1234-5678", email="k.sato@example.jp", address="東京都江東区豊洲三丁目2番1-1205号",
        region="東京都", employer="株式会社豊洲物流", position="倉庫主任",
        employed_since=date(2009, 4, 1), net_monthly_income=jpy(310000))))
    condo = loans.add_property(Property(
        id="", owner_id=sato.id, address="東京都江東区豊洲三丁目2番1-1205号 豊洲ベイタワー",
        property_kind=PropertyKind.CONDOMINIUM, floor_area_m2=Decimal("72.45"),
        land_parcels=1, buildings=1, management_fee=jpy(18400), repair_reserve=jpy(12600)))
    mortgage = loans.add_loan(LoanAccount(
        id="", lender_id=bank.id, borrower_id=sato.id, account_number="TT-0012-3345678",
        asset_id=condo.id, terms=LoanTerms(
            principal=jpy(38000000), annual_rate=Decimal("0.0125"), term_months=420,
            method=RepaymentMethod.EQUAL_INSTALLMENT, disbursed_on=date(2014, 3, 14), due_day=27,
            penalty_rate=Decimal("0.146"))))
    # Paid until five months ago: about to be subrogated to the guarantor company.
    _pay_schedule(services, mortgage, _months_before(today, 5))

    # -- Japan: a car whose finance company is the owner of record (所有権留保) --
    credit = loans.add_lender(Lender(
        id="", name="みらいオートクレジット株式会社", kind=LenderKind.FINANCE_COMPANY, country="JP",
        phone="0120-000-111", payoff_request_method="電話で残債照会 → 残高証明書FAX",
        release_documents=("譲渡証明書", "委任状", "印鑑証明書"), release_days=10))
    tanaka = services.customers.take_in(consent(Customer(
        id="", family_name="田中", given_name="美咲", name_reading="タナカ ミサキ",
        birth_date=date(1988, 11, 20), sex=Sex.FEMALE, citizenship="JP", language="ja",
        id_document_kind=IdDocumentKind.DRIVING_LICENCE, id_document_number="305511223344",
        phone="080-2222-3333", address="神奈川県横浜市港北区日吉2-4-8", region="神奈川県",
        employer="横浜みなと病院", position="看護師", employed_since=date(2012, 4, 1),
        net_monthly_income=jpy(280000))))
    prius = loans.add_vehicle(Vehicle(
        id="", owner_id=tanaka.id, vin="ZVW30-1234567", plate="横浜 300 さ 12-34", make="トヨタ",
        model="プリウス", year=2021, mileage_km=38000, owner_of_record="みらいオートクレジット株式会社"))
    car_loan = loans.add_loan(LoanAccount(
        id="", lender_id=credit.id, borrower_id=tanaka.id, account_number="MAC-2021-778812",
        asset_id=prius.id, lender_is_owner_of_record=True, terms=LoanTerms(
            principal=jpy(2400000), annual_rate=Decimal("0.039"), term_months=84,
            method=RepaymentMethod.EQUAL_INSTALLMENT, disbursed_on=date(2021, 5, 10), due_day=27,
            penalty_rate=Decimal("0.146"))))
    _pay_schedule(services, car_loan, today)
    # Traded in two weeks ago and the payoff is still not sent: on the overdue list.
    services.releases.start(car_loan.id, today - timedelta(days=14))

    # -- Japan: a residual-value loan (残価設定型ローン) --
    dealer_credit = loans.add_lender(Lender(
        id="", name="アーバン・モーターファイナンス", kind=LenderKind.FINANCE_COMPANY, country="JP",
        phone="0570-064-555", payoff_request_method="ディーラー経由",
        release_documents=("譲渡証明書", "委任状"), release_days=14))
    suzuki = services.customers.take_in(consent(Customer(
        id="", family_name="鈴木", given_name="大輔", name_reading="スズキ ダイスケ",
        birth_date=date(1990, 2, 14), sex=Sex.MALE, citizenship="JP", language="ja",
        id_document_kind=IdDocumentKind.MY_NUMBER_CARD, id_document_number="123456789012",
        phone="070-4444-5555", address="埼玉県さいたま市浦和区高砂1-1-1", region="埼玉県",
        employer="さいたま電機株式会社", position="技術職", employed_since=date(2014, 4, 1),
        net_monthly_income=jpy(330000))))
    nbox = loans.add_vehicle(Vehicle(
        id="", owner_id=suzuki.id, vin="JF3-1098765", plate="大宮 500 ね 56-78", make="ホンダ",
        model="N-BOX", year=2023, mileage_km=21000, owner_of_record="アーバン・モーターファイナンス"))
    residual_loan = loans.add_loan(LoanAccount(
        id="", lender_id=dealer_credit.id, borrower_id=suzuki.id, account_number="UMF-23-004512",
        asset_id=nbox.id, lender_is_owner_of_record=True, terms=LoanTerms(
            principal=jpy(2100000), annual_rate=Decimal("0.049"), term_months=60,
            method=RepaymentMethod.BALLOON, disbursed_on=date(2023, 7, 1), due_day=27,
            residual=jpy(820000), penalty_rate=Decimal("0.146"))))
    _pay_schedule(services, residual_loan, today)
    # The finance company's letter has run out: the desk extends it by its
    # per diem and warns, never uses it silently.
    services.payoffs.record_lender_quote(LenderQuote(
        id="", loan_id=residual_loan.id, reference="UMF-PO-7731",
        # Three days of per diem less than today's estimate, plus 300 yen of fees.
        amount=services.payoffs.quote(residual_loan.id, today).total - jpy(3 * 146) + jpy(300),
        good_through=today - timedelta(days=3), per_diem=jpy(146),
        received_on=today - timedelta(days=12), received_by="demo"))

    # -- Russia: a Moscow car-loan applicant trading in a car still under a loan --
    moscow_bank = loans.add_lender(Lender(
        id="", name="АО «Банк Столица»", kind=LenderKind.BANK, country="RU", phone="+7 495 000-00-00",
        payoff_request_method="Заявление о досрочном погашении в отделении",
        release_documents=("Письмо о погашении кредита", "Оригинал ПТС"), release_days=5))
    ivanov = services.customers.take_in(consent(Customer(
        id="", family_name="Иванов", given_name="Сергей Петрович", name_reading="Ivanov Sergei",
        birth_date=date(1986, 9, 9), sex=Sex.MALE, citizenship="RU", language="ru",
        id_document_kind=IdDocumentKind.PASSPORT, id_document_number="4510 123456",
        id_document_issued_on=date(2006, 9, 20), phone="+7 916 123-45-67",
        email="s.ivanov@example.ru", address="г. Москва, ул. Профсоюзная, д. 56, кв. 12",
        region="Москва", employer="ООО «ТехноСервис»", position="Инженер",
        employed_since=date(2019, 2, 1), total_employment_months=150,
        net_monthly_income=Money.of(165000, "RUB"),
        obligations=(
            Obligation(kind=ObligationKind.LOAN, creditor="ПАО «Северный банк»",
                       monthly_payment=Money.of("9800.00", "RUB")),
            Obligation(kind=ObligationKind.OVERDRAFT, creditor="АО «Банк Столица»",
                       credit_limit=Money.of(150000, "RUB"), at_this_bank=True),
        ))))
    vesta = loans.add_vehicle(Vehicle(
        id="", owner_id=ivanov.id, vin="XTAGFL110LY123456", plate="А123ВС 777", make="LADA",
        model="Vesta", year=2020, mileage_km=64000, owner_of_record="Иванов С. П."))
    ru_loan = loans.add_loan(LoanAccount(
        id="", lender_id=moscow_bank.id, borrower_id=ivanov.id, account_number="40817810000001234567",
        asset_id=vesta.id, terms=LoanTerms(
            principal=Money.of(1100000, "RUB"), annual_rate=Decimal("0.159"), term_months=60,
            method=RepaymentMethod.EQUAL_INSTALLMENT, disbursed_on=date(2023, 3, 15), due_day=15,
            penalty_rate=Decimal("0.20"))))
    _pay_schedule(services, ru_loan, today)

    # -- China: a Taiyuan housing provident fund borrower (公积金, 等额本金) --
    fund = loans.add_lender(Lender(
        id="", name="太原市住房公积金管理中心", kind=LenderKind.PROVIDENT_FUND, country="CN",
        phone="0351-12329", payoff_request_method="柜台申请提前还款（需审批）",
        release_documents=("抵押注销证明", "还清证明"), release_days=15))
    wang = services.customers.take_in(consent(Customer(
        id="", family_name="王", given_name="芳", name_reading="Wang Fang",
        birth_date=date(1985, 3, 8), sex=Sex.FEMALE, citizenship="CN", language="zh",
        id_document_kind=IdDocumentKind.RESIDENT_ID_CARD, id_document_number="140105198503080026",
        phone="139-0351-6688", address="山西省太原市小店区长治路88号3单元502室", region="山西省太原市",
        employer="太原市第五中学", position="教师", employed_since=date(2008, 9, 1),
        total_employment_months=218, net_monthly_income=Money.of(9800, "CNY"))))
    flat = loans.add_property(Property(
        id="", owner_id=wang.id, address="山西省太原市小店区长治路88号3单元502室",
        property_kind=PropertyKind.CONDOMINIUM, floor_area_m2=Decimal("89.60"),
        land_parcels=0, buildings=1, management_fee=Money.of("268.80", "CNY")))
    fund_loan = loans.add_loan(LoanAccount(
        id="", lender_id=fund.id, borrower_id=wang.id, account_number="GJJ-TY-2019-0345",
        asset_id=flat.id, terms=LoanTerms(
            principal=Money.of(600000, "CNY"), annual_rate=Decimal("0.031"), term_months=240,
            method=RepaymentMethod.EQUAL_PRINCIPAL, disbursed_on=date(2019, 6, 12), due_day=20,
            penalty_rate=Decimal("0.00021") * 365)))  # 万分之二点一 a day
    _pay_schedule(services, fund_loan, today)
    return {"ivanov": ivanov, "wang": wang}
