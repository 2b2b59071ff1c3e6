"""Intake rules for customers, assets and lenders: every problem named by its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.assets import Property, PropertyKind, Vehicle, normalise_vin, validate_asset
from desktop.domain.customers import (
    Customer,
    IdDocumentKind,
    Obligation,
    ObligationKind,
    age_on,
    normalise_document_number,
    normalise_phone,
    validate_intake,
)
from desktop.domain.errors import ValidationError
from desktop.domain.lenders import Lender, LenderKind, validate_lender
from desktop.domain.money import Money

TODAY = date(2026, 4, 12)


# Complete records as the desk takes them in; each test changes a field or two.

def make_customer(**changes) -> Customer:
    return replace(Customer(
        id="cust-1",
        family_name="山田",
        given_name="太郎",
        birth_date=date(1980, 5, 17),
        name_reading="ヤマダ タロウ",
        citizenship="JP",
        language="ja",
        id_document_kind=IdDocumentKind.DRIVING_LICENCE,
        id_document_number="1234 5678 9012",
        id_document_issued_on=date(2022, 5, 17),
        phone="090-1234-5678",
        email="taro@example.jp",
        address="東京都港区六本木1-2-3",
        employer="山田商事",
        employed_since=date(2015, 4, 1),
        total_employment_months=240,
        net_monthly_income=Money(420_000, "JPY"),
        obligations=(
            Obligation(ObligationKind.LOAN, "オリコ", monthly_payment=Money(32_000, "JPY")),
            Obligation(ObligationKind.OVERDRAFT, "三井住友カード", credit_limit=Money(500_000, "JPY")),
        ),
        consent_given_on=TODAY,
        consent_purpose="credit application",
        consent_form_ref="同意書 2026-0412-01",
    ), **changes)


def make_vehicle(**changes) -> Vehicle:
    return replace(Vehicle(
        id="veh-1", owner_id="cust-1", vin="JTDKB20U093012345", plate="品川 300 あ 12-34",
        make="Toyota", model="Prius", year=2019, mileage_km=48_000,
    ), **changes)


def make_property(**changes) -> Property:
    return replace(Property(
        id="prop-1", owner_id="cust-1", address="東京都世田谷区桜新町2-5-8 ライオンズ301",
        property_kind=PropertyKind.CONDOMINIUM, floor_area_m2=Decimal("68.45"), land_parcels=1,
        buildings=1, management_fee=Money(15_000, "JPY"), repair_reserve=Money(12_000, "JPY"),
    ), **changes)


def make_lender(**changes) -> Lender:
    return replace(Lender(
        id="lender-1", name="トヨタファイナンス", kind=LenderKind.FINANCE_COMPANY, country="JP",
        release_days=10,
    ), **changes)


def refused_fields(validate, *args) -> tuple[str, ...]:
    """The fields a validator names; () when it accepts."""
    try:
        validate(*args)
    except ValidationError as e:
        assert all(p.message.strip() for p in e.problems), "every problem needs words for the clerk"
        return e.fields
    return ()


def jpy(amount: int) -> Money:
    return Money.of(amount, "JPY")


# -- customers ----------------------------------------------------------------------


def test_a_complete_customer_passes():
    assert refused_fields(validate_intake, make_customer(), TODAY) == ()


@pytest.mark.parametrize(
    "changes",
    [
        dict(email=""),  # e-mail is optional
        dict(citizenship=""),  # so is citizenship
        dict(obligations=()),  # and having no debts at all
        dict(net_monthly_income=None, total_employment_months=None, employed_since=None),
        dict(total_employment_months=0, net_monthly_income=jpy(0)),
        dict(phone="+7 (916) 123-45-67", citizenship="RU", language="ru"),
        dict(phone="０９０－１２３４－５６７８"),  # typed on a Japanese keyboard
        dict(id_document_number="4510 123456"),
        dict(id_document_issued_on=TODAY, employed_since=TODAY, consent_given_on=TODAY),
        dict(birth_date=date(2008, 4, 12)),  # 18 today
        dict(birth_date=date(1905, 4, 13)),  # 120 until tomorrow
    ],
)
def test_acceptable_variations_pass(changes):
    assert refused_fields(validate_intake, make_customer(**changes), TODAY) == ()


@pytest.mark.parametrize(
    "changes, field",
    [
        (dict(family_name=""), "family_name"),
        (dict(family_name="  \u3000"), "family_name"),
        (dict(given_name=""), "given_name"),
        (dict(birth_date=None), "birth_date"),
        (dict(birth_date=date(2026, 4, 13)), "birth_date"),  # tomorrow
        (dict(birth_date=date(2008, 4, 13)), "birth_date"),  # 18 only tomorrow: 17 today
        (dict(birth_date=date(1905, 4, 12)), "birth_date"),  # 121 today: a typo in the year
        (dict(language="de"), "language"),
        (dict(language=""), "language"),
        (dict(citizenship="Japan"), "citizenship"),
        (dict(citizenship="JPN"), "citizenship"),
        (dict(id_document_number=""), "id_document_number"),
        (dict(id_document_number=" - "), "id_document_number"),  # nothing left once normalised
        (dict(id_document_number="12 3"), "id_document_number"),  # 3 characters: too short
        (dict(id_document_issued_on=date(2026, 4, 13)), "id_document_issued_on"),
        (dict(phone=""), "phone"),
        (dict(phone="123-456"), "phone"),  # 6 digits
        (dict(phone="+81 90 1234 5678 9012"), "phone"),  # 16 digits
        (dict(email="taro@example"), "email"),
        (dict(email="taro example.jp"), "email"),
        (dict(employed_since=date(2026, 5, 1)), "employed_since"),
        (dict(total_employment_months=-1), "total_employment_months"),
        (dict(net_monthly_income=jpy(-1)), "net_monthly_income"),
        (dict(consent_given_on=None), "consent_given_on"),
        (dict(consent_given_on=date(2026, 4, 13)), "consent_given_on"),
    ],
)
def test_each_bad_field_is_named(changes, field):
    assert refused_fields(validate_intake, make_customer(**changes), TODAY) == (field,)


def test_citizenship_as_a_two_letter_code_passes_where_a_country_name_does_not():
    assert refused_fields(validate_intake, make_customer(citizenship="JP"), TODAY) == ()
    assert refused_fields(validate_intake, make_customer(citizenship="Japan"), TODAY) == ("citizenship",)


@pytest.mark.parametrize(
    "obligations, field",
    [
        ((Obligation(ObligationKind.LOAN, "オリコ"),), "obligations[0]"),
        ((Obligation(ObligationKind.GUARANTEE, "弟の住宅ローン"),), "obligations[0]"),
        ((Obligation(ObligationKind.LOAN, "オリコ", monthly_payment=jpy(-1)),), "obligations[0]"),
        # An overdraft is weighed by its limit; a monthly payment does not stand in for it.
        (
            (
                Obligation(ObligationKind.LOAN, "オリコ", monthly_payment=jpy(32_000)),
                Obligation(ObligationKind.OVERDRAFT, "三井住友カード", monthly_payment=jpy(5_000)),
            ),
            "obligations[1]",
        ),
    ],
)
def test_an_obligation_without_its_amount_is_named_by_position(obligations, field):
    assert refused_fields(validate_intake, make_customer(obligations=obligations), TODAY) == (field,)


def test_the_obligation_message_says_what_is_missing():
    customer = make_customer(obligations=(
        Obligation(ObligationKind.LOAN, "オリコ", monthly_payment=jpy(32_000)),
        Obligation(ObligationKind.OVERDRAFT, "三井住友カード"),
    ))
    with pytest.raises(ValidationError) as caught:
        validate_intake(customer, TODAY)
    # The clerk counts from 1, and an overdraft needs its limit.
    assert caught.value.for_field("obligations[1]") == "Obligation 2: enter its limit."


def test_several_problems_are_all_reported_at_once():
    customer = make_customer(
        family_name="",
        birth_date=date(2010, 1, 1),
        phone="12",
        email="nobody",
        obligations=(Obligation(ObligationKind.LOAN, "オリコ"),),
        consent_given_on=None,
    )
    assert set(refused_fields(validate_intake, customer, TODAY)) == {
        "family_name", "birth_date", "phone", "email", "obligations[0]", "consent_given_on",
    }


@pytest.mark.parametrize(
    "born, on, age",
    [
        (date(1980, 5, 17), date(2026, 5, 16), 45),  # the day before the birthday
        (date(1980, 5, 17), date(2026, 5, 17), 46),  # on the birthday
        (date(1980, 5, 17), date(2026, 5, 18), 46),  # the day after
        (date(1980, 5, 17), date(2026, 12, 31), 46),
        (date(1980, 12, 31), date(2026, 1, 1), 45),  # across the new year
        # Born on 29 February: in a common year the birthday counts from 1 March.
        (date(2000, 2, 29), date(2018, 2, 28), 17),
        (date(2000, 2, 29), date(2018, 3, 1), 18),
        (date(2000, 2, 29), date(2020, 2, 28), 19),
        (date(2000, 2, 29), date(2020, 2, 29), 20),
        (date(2000, 2, 29), date(2000, 2, 29), 0),
    ],
)
def test_age_on(born, on, age):
    assert age_on(born, on) == age


def test_a_leap_day_customer_is_an_adult_from_the_first_of_march():
    customer = make_customer(birth_date=date(2000, 2, 29), consent_given_on=date(2018, 2, 1),
                             id_document_issued_on=None, employed_since=None)
    assert refused_fields(validate_intake, customer, date(2018, 2, 28)) == ("birth_date",)
    assert refused_fields(validate_intake, customer, date(2018, 3, 1)) == ()


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("+7 (916) 123-45-67", "+79161234567"),
        ("090-1234-5678", "09012345678"),
        ("０９０－１２３４－５６７８", "09012345678"),  # full-width digits and dash
        ("＋８１ ９０ １２３４ ５６７８", "+819012345678"),  # full-width plus
        (" 8 (495) 123 45 67 ", "84951234567"),
        ("", ""),
    ],
)
def test_normalise_phone(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("4510 123456", "4510123456"),  # Russian passport series and number
        ("４５１０　１２３４５６", "4510123456"),  # full-width digits and ideographic space
        ("ab-1234567", "AB1234567"),
        ("AB‐1234567", "AB1234567"),  # the Unicode hyphen
    ],
)
def test_normalise_document_number(typed, stored):
    assert normalise_document_number(typed) == stored


# -- vehicles -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "vin",
    [
        "JTDKB20U093012345",  # a 17-character VIN
        "jtdkb20u093012345",  # typed in lower case
        "ＪＴＤＫＢ２０Ｕ０９３０１２３４５",  # typed full-width
        "ZVW30-1234567",  # a Japanese chassis number (車台番号)
        "ZVW30 1234567",
    ],
)
def test_vins_and_chassis_numbers_pass(vin):
    assert refused_fields(validate_asset, make_vehicle(vin=vin), TODAY) == ()


@pytest.mark.parametrize(
    "vin",
    [
        "",
        "  ",
        "JTDKB20U0930I2345",  # I could be read as 1
        "JTDKB20U0930O2345",  # O could be read as 0
        "JTDKB20U0930Q2345",
        "ZVW30/1234567",  # not a character a chassis number has
        "AB",
    ],
)
def test_bad_vins_are_refused(vin):
    assert refused_fields(validate_asset, make_vehicle(vin=vin), TODAY) == ("vin",)


def test_normalise_vin():
    assert normalise_vin(" zvw30-1234567 ") == "ZVW301234567"
    assert normalise_vin("ＪＴＤＫＢ２０Ｕ０９３０１２３４５") == "JTDKB20U093012345"


@pytest.mark.parametrize(
    "changes, fields",
    [
        (dict(year=1950), ()),
        (dict(year=2027), ()),  # next year's model is on sale this year
        (dict(year=None, mileage_km=None), ()),
        (dict(mileage_km=0), ()),
        (dict(year=1949), ("year",)),
        (dict(year=2028), ("year",)),
        (dict(year=19), ("year",)),
        (dict(mileage_km=-1), ("mileage_km",)),
        (dict(vin="", year=1900, mileage_km=-5), ("vin", "year", "mileage_km")),
    ],
)
def test_vehicle_year_and_mileage(changes, fields):
    assert refused_fields(validate_asset, make_vehicle(**changes), TODAY) == fields


# -- properties ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes, fields",
    [
        (dict(), ()),
        (dict(floor_area_m2=None, management_fee=None, repair_reserve=None), ()),
        (dict(management_fee=jpy(0), repair_reserve=jpy(0), land_parcels=0), ()),
        (dict(floor_area_m2=Decimal("0.01")), ()),
        (dict(address=""), ("address",)),
        (dict(address=" \u3000 "), ("address",)),
        (dict(floor_area_m2=Decimal("0")), ("floor_area_m2",)),
        (dict(floor_area_m2=Decimal("-68.45")), ("floor_area_m2",)),
        (dict(management_fee=jpy(-1)), ("management_fee",)),
        (dict(repair_reserve=jpy(-1)), ("repair_reserve",)),
        (dict(land_parcels=-1), ("land_parcels",)),
        (
            dict(address="", floor_area_m2=Decimal(0), management_fee=jpy(-1), repair_reserve=jpy(-1)),
            ("address", "floor_area_m2", "management_fee", "repair_reserve"),
        ),
    ],
)
def test_property_fields(changes, fields):
    assert refused_fields(validate_asset, make_property(**changes), TODAY) == fields


# -- lenders ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes, fields",
    [
        (dict(), ()),
        (dict(release_days=None), ()),
        (dict(release_days=0), ()),
        (dict(release_days=365), ()),
        (dict(name=""), ("name",)),
        (dict(name="   "), ("name",)),
        (dict(release_days=-1), ("release_days",)),
        (dict(release_days=366), ("release_days",)),
        (dict(name="", release_days=400), ("name", "release_days")),
    ],
)
def test_lender_fields(changes, fields):
    assert refused_fields(validate_lender, make_lender(**changes)) == fields


def test_income_and_obligations_in_two_currencies_are_refused():
    customer = make_customer(obligations=(
        Obligation(ObligationKind.LOAN, "Сбербанк", monthly_payment=Money.of("9800.00", "RUB")),))
    with pytest.raises(ValidationError) as e:
        validate_intake(customer, TODAY)
    assert e.value.fields == ("obligations",)
