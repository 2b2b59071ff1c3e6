"""The one search box: customers, vehicles, properties and loans in any of
the desk's scripts, and the loans behind each hit."""

from __future__ import annotations

import pytest

from desktop.services.lookup import LookupHit


def hits(lookup, text):
    return [(h.kind, h.record_id) for h in lookup.find(text)]


@pytest.mark.parametrize(("text", "who"), [
    ("山田", "yamada"),          # Japanese family name, two characters
    ("やまだ たろう", "yamada"),  # its reading typed in hiragana
    ("Иванов", "ivanov"),
    ("иванов серг", "ivanov"),
    ("王芳", "wang"),            # Chinese name typed without a space
    ("SMITH", "smith"),
    ("john sm", "smith"),
])
def test_a_customer_is_found_by_name(world, lookup, text, who):
    customer = getattr(world, who)
    found = lookup.find(text)
    assert found[0] == LookupHit("customer", customer.id, customer.id, customer.full_name,
                                 customer.full_name)


@pytest.mark.parametrize(("text", "asset"), [
    ("品川 12-34", "prius"),       # a Japanese plate fragment
    ("3012345", "prius"),          # the end of the VIN
    ("jtdkb", "prius"),            # its start, in lower case
    ("А123ВС", "vesta"),           # a Russian plate, Cyrillic letters
    ("а123вс 777", "vesta"),
    ("XTAGFL", "vesta"),           # the VIN, Latin
])
def test_a_vehicle_is_found_by_plate_or_vin_fragment(world, lookup, text, asset):
    vehicle = getattr(world, asset)
    assert ("vehicle", vehicle.id) in hits(lookup, text)
    [hit] = [h for h in lookup.find(text) if h.kind == "vehicle"]
    assert hit.customer_id == vehicle.owner_id
    owner = world.yamada if asset == "prius" else world.ivanov
    assert hit.customer_name == owner.full_name


@pytest.mark.parametrize(("text", "asset", "owner"), [
    ("长治路88号", "flat", "wang"),
    ("小店区", "flat", "wang"),
    ("evergreen terr", "house", "smith"),
])
def test_a_property_is_found_by_an_address_fragment(world, lookup, text, asset, owner):
    found = [h for h in lookup.find(text) if h.kind == "property"]
    assert [(h.record_id, h.customer_name) for h in found] == [
        (getattr(world, asset).id, getattr(world, owner).full_name)]


@pytest.mark.parametrize(("text", "loan", "owner"), [
    ("0012-345678", "yamada_loan", "yamada"),
    ("tf-0012", "yamada_loan", "yamada"),
    ("0000001234567", "ivanov_loan", "ivanov"),
    ("GJJ-TY", "wang_loan", "wang"),
    ("us-5582", "smith_loan", "smith"),
])
def test_a_loan_is_found_by_an_account_number_fragment(world, lookup, text, loan, owner):
    found = [h for h in lookup.find(text) if h.kind == "loan"]
    loan_account = getattr(world, loan)
    assert found == [LookupHit("loan", loan_account.id, getattr(world, owner).id,
                               loan_account.account_number, getattr(world, owner).full_name)]


def test_hits_come_customers_first_then_vehicles_properties_loans(world, lookup):
    # "1234" is in 山田's phone and licence, the Prius's plate, the Vesta's VIN,
    # the account numbers of 山田 and Иванов.
    found = lookup.find("1234")
    kinds = [h.kind for h in found]
    assert kinds == sorted(kinds, key=["customer", "vehicle", "property", "loan"].index)
    assert {"customer", "vehicle", "loan"} <= set(kinds)


def test_nothing_typed_finds_nothing_and_the_limit_holds(world, lookup):
    assert lookup.find("") == []
    assert lookup.find("   ") == []
    assert lookup.find("nothing like this") == []
    assert len(lookup.find("1", limit=2)) == 2


def test_the_loans_behind_each_kind_of_hit(world, lookup, loans):
    def loans_for(text, kind):
        [hit] = [h for h in lookup.find(text) if h.kind == kind]
        return [o.id for o in lookup.loans_for(hit)]

    assert loans_for("山田", "customer") == [world.yamada_loan.id]
    assert loans_for("品川", "vehicle") == [world.yamada_loan.id]
    assert loans_for("长治路", "property") == [world.wang_loan.id]
    assert loans_for("evergreen", "property") == [world.smith_loan.id]
    assert loans_for("40817810", "loan") == [world.ivanov_loan.id]
    [overview] = lookup.loans_for(lookup.find("40817810")[-1])
    assert overview == loans.overview(world.ivanov_loan.id)
    assert (overview.lender_name, overview.borrower_name, overview.currency) == (
        "АО «Банк Столица»", "Иванов Сергей", "RUB")


def test_an_asset_without_a_loan_and_a_customer_with_two(world, lookup, loans):
    from tests.samples import sample_loan, sample_vehicle

    spare = loans.add_vehicle(sample_vehicle(world.yamada.id, vin="ZVW30-7654321", plate="",
                                             make="Honda", model="Fit"))
    second = loans.add_loan(sample_loan(world.toyota.id, world.yamada.id, None,
                                        account_number="TF-0099-000001"))
    [spare_hit] = [h for h in lookup.find("7654321") if h.kind == "vehicle"]
    assert spare_hit.record_id == spare.id
    assert lookup.loans_for(spare_hit) == []
    [customer_hit] = [h for h in lookup.find("山田") if h.kind == "customer"]
    assert [o.id for o in lookup.loans_for(customer_hit)] == [world.yamada_loan.id, second.id]
