from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from desktop.store.assets import AssetRepository
from desktop.store.customers import CustomerRepository
from desktop.store.lenders import LenderRepository
from desktop.store.loans import LoanRepository
from desktop.store.search import SearchHit, index_record, normalise, search

from tests.samples import sample_customer, sample_lender, sample_loan, sample_property, sample_vehicle

AT = datetime(2026, 4, 12, 1, 30, tzinfo=timezone.utc)


@pytest.fixture
def desk(database):
    """A few customers of each country, with a car, a flat and a loan."""
    people = {
        "yamada": sample_customer(),
        "yamamoto": sample_customer(family_name="山本", given_name="花子", name_reading="ヤマモト ハナコ",
                                  phone="03-5555-0101", id_document_number="9999 0000 1111"),
        "wang": sample_customer(family_name="王", given_name="芳", name_reading="Wang Fang",
                              phone="138 0013 8000", id_document_number="110101199003077777"),
        "wangwei": sample_customer(family_name="王", given_name="伟", name_reading="Wang Wei",
                                 phone="139 1111 2222", id_document_number="110101198506061234"),
        "ivanov": sample_customer(family_name="Иванов", given_name="Иван", name_reading="Ivanov Ivan",
                                phone="+7 (916) 123-45-67", id_document_number="45 08 123456",
                                email="ivanov@mail.ru"),
        "semenov": sample_customer(family_name="Семёнов", given_name="Пётр", name_reading="Semyonov Pyotr",
                                 phone="+7 (495) 765-43-21", id_document_number="45 11 654321"),
        "smith": sample_customer(family_name="Smith", given_name="John", name_reading="",
                               phone="+1 415 555 0199", id_document_number="X1234567", email="jsmith@example.com"),
    }
    customers = CustomerRepository(database)
    lender = sample_lender()
    car = sample_vehicle(people["yamada"].id)
    flat = sample_property(people["ivanov"].id, address="Москва, ул. Тверская, д. 7, кв. 12")
    loan = sample_loan(lender.id, people["yamada"].id, car.id)
    with database.transaction():
        for person in people.values():
            customers.add(person, at=AT)
        LenderRepository(database).add(lender)
        AssetRepository(database).add(car)
        AssetRepository(database).add(flat)
        LoanRepository(database).add(loan)
    return {**people, "car": car, "flat": flat, "loan": loan}


def found(database, query, kinds=None):
    return [hit.record_id for hit in search(database.conn, query, kinds=kinds)]


def test_normalise_folds_width_case_kana_yo_and_phone_punctuation():
    assert normalise("ＡＢＣ　Ｄｅｆ") == "abc def"
    assert normalise("やまだ たろう") == "ヤマダ タロウ"
    assert normalise("ﾔﾏﾀﾞ") == "ヤマダ"
    assert normalise("СЕМЁНОВ") == "семенов"
    assert normalise("+7 (916) 123-45-67") == "79161234567"
    assert normalise("０９０－１２３４－５６７８") == "09012345678"
    assert normalise("ZVW30-1234567") == "zvw301234567"


def test_a_two_character_japanese_family_name(database, desk):
    assert found(database, "山田", kinds=["customer"]) == [desk["yamada"].id]
    assert set(found(database, "山", kinds=["customer"])) == {desk["yamada"].id, desk["yamamoto"].id}


def test_a_katakana_reading_typed_in_hiragana(database, desk):
    assert found(database, "やまだ", kinds=["customer"]) == [desk["yamada"].id]
    assert found(database, "やまもと はなこ") == [desk["yamamoto"].id]
    assert set(found(database, "やま", kinds=["customer"])) == {desk["yamada"].id, desk["yamamoto"].id}


def test_a_chinese_name_typed_with_or_without_a_space(database, desk):
    assert found(database, "王芳") == [desk["wang"].id]
    assert found(database, "王 芳") == [desk["wang"].id]
    assert set(found(database, "王")) == {desk["wang"].id, desk["wangwei"].id}
    assert found(database, "wang wei") == [desk["wangwei"].id]


def test_a_russian_name_with_or_without_yo(database, desk):
    assert found(database, "Иванов") == [desk["ivanov"].id]
    assert found(database, "семенов") == [desk["semenov"].id]
    assert found(database, "Семёнов Пётр") == [desk["semenov"].id]
    assert found(database, "Се") == [desk["semenov"].id]


def test_a_latin_name_and_email(database, desk):
    assert found(database, "SMITH") == [desk["smith"].id]
    assert found(database, "jsmith@exa") == [desk["smith"].id]
    assert found(database, "john sm") == [desk["smith"].id]


def test_a_phone_fragment_typed_with_dashes_or_full_width(database, desk):
    assert found(database, "1234-5678", kinds=["customer"]) == [desk["yamada"].id]
    assert found(database, "０９０－１２３４") == [desk["yamada"].id]
    assert found(database, "916 123-45") == [desk["ivanov"].id]
    assert found(database, "765-43-21") == [desk["semenov"].id]
    # Mid-number, with the dash just typed: still found, the list does not empty.
    assert found(database, "090-1234-") == [desk["yamada"].id]


def test_an_identity_document_number_fragment(database, desk):
    assert found(database, "4508 123", kinds=["customer"]) == [desk["ivanov"].id]


def test_a_vin_or_plate_fragment(database, desk):
    car = desk["car"].id
    assert found(database, "3012345") == [car]
    assert found(database, "jtdkb") == [car]
    assert found(database, "品川 12-34") == [car]
    hit = search(database.conn, "prius")[0]
    assert hit == SearchHit("vehicle", car, desk["yamada"].id, "Toyota Prius 2019 品川 300 あ 12-34")


def test_a_property_address_fragment(database, desk):
    assert found(database, "тверская") == [desk["flat"].id]
    assert found(database, "кв. 12", kinds=["property"]) == [desk["flat"].id]


def test_a_loan_account_number(database, desk):
    hits = search(database.conn, "0012-3456")
    assert [(h.kind, h.record_id, h.customer_id) for h in hits] == [("loan", desk["loan"].id, desk["yamada"].id)]
    assert found(database, "tf-0012345678") == [desk["loan"].id]


def test_hits_are_grouped_by_kind(database, desk):
    # Re-indexed after the car and the loan, the customer's entry comes last
    # in the index; the hits still list customers first.
    with database.transaction():
        CustomerRepository(database).update(replace(desk["yamada"], email="new@example.jp"), at=AT)
    hits = search(database.conn, "1234")
    assert [h.kind for h in hits] == ["customer"] * 4 + ["vehicle", "loan"]
    assert hits[3].record_id == desk["yamada"].id


def test_every_term_must_match(database, desk):
    assert found(database, "山田 0312") == []
    assert found(database, "山 5555") == [desk["yamamoto"].id]
    assert found(database, "王 13911") == [desk["wangwei"].id]


def test_nothing_to_look_for_finds_nothing(database, desk):
    assert found(database, "") == []
    assert found(database, "  - ") == []
    assert found(database, 'O"Brien') == []
    assert found(database, "zz") == []


def test_the_limit_is_applied(database, desk):
    assert len(search(database.conn, "ヤ", limit=1)) == 1


def test_an_updated_customer_is_found_by_the_new_values_only(database, desk):
    repo = CustomerRepository(database)
    with database.transaction():
        repo.update(replace(desk["smith"], phone="+1 212 000 7777", family_name="Smythe",
                            email="john@example.com"), at=AT)
    assert found(database, "smith") == []
    assert found(database, "smythe") == [desk["smith"].id]
    assert found(database, "415 555") == []
    assert found(database, "000 7777") == [desk["smith"].id]
    assert found(database, "sm") == [desk["smith"].id]
    assert database.conn.execute(
        "SELECT count(*) FROM search_entries WHERE record_id = ?", (desk["smith"].id,)
    ).fetchone()[0] == 1



def test_a_search_stops_at_its_time_budget_with_the_hits_found_so_far(database):
    with database.transaction():
        for i in range(300):
            index_record(database.conn, kind="customer", record_id=f"c{i:03}", customer_id=f"c{i:03}",
                         label=f"山田 {i}", fields=["山田", f"{i:03}"])
    everything = search(database.conn, "山", limit=1000)
    cut_short = search(database.conn, "山", limit=1000, budget=0)
    assert len(everything) == 300
    assert 0 < len(cut_short) < 300
    assert cut_short == everything[:len(cut_short)]
