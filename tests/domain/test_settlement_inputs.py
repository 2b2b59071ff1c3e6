"""The settlement's inputs in the domain: computed without the service, and
anonymised for an erasure with every figure kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.domain.money import Money
from desktop.domain.settlement import Party, Role
from desktop.domain.settlement_inputs import (
    ShortSaleTerms,
    SettlementKind,
    VoluntarySaleInputs,
    anonymise_inputs,
    compute_deal,
    decision_of,
)
from desktop.domain.short_sale import Lien, ShortSaleCosts

SELLER = Party(Role.SELLER, "佐藤 健一", "cust-1")
BANK = Party(Role.LENDER, "東都銀行", "bank-1")
GUARANTOR = Party(Role.GUARANTOR_COMPANY, "東都信用保証株式会社")
BUYER = Party(Role.BUYER, "山本 一郎")


def jpy(amount: int) -> Money:
    return Money.of(amount, "JPY")


def decided_sale() -> VoluntarySaleInputs:
    inputs = VoluntarySaleInputs(
        price=jpy(24_000_000), seller=SELLER, liens=(Lien(BANK, 1, jpy(26_804_505)),),
        costs=ShortSaleCosts(broker=Party(Role.BROKER, "LienDesk"),
                             scrivener=Party(Role.SCRIVENER, "豊洲司法書士事務所"),
                             scrivener_fee=jpy(0)),
        proposed_on=date(2026, 11, 20), title="佐藤様 任意売却",
        asset_description="東京都江東区豊洲三丁目2番1-1205号",
        terms=ShortSaleTerms(buyer=BUYER, settlement_on=date(2026, 12, 18),
                             guarantor_company=GUARANTOR,
                             joint_guarantors=(Party(Role.OTHER, "佐藤 美和"),
                                               Party(Role.OTHER, "佐藤 誠"))))
    table = compute_deal(SettlementKind.HOME_VOLUNTARY_SALE, inputs).table.approve_all()
    return replace(inputs, decisions=tuple(decision_of(ln) for ln in table.lines))


def test_a_voluntary_sale_computes_in_the_domain():
    c = compute_deal(SettlementKind.HOME_VOLUNTARY_SALE, decided_sale())
    # 24,000,000 − commission 858,000 − registration 1,000 = 23,141,000 to the bank;
    # 26,804,505 − 23,141,000 = 3,663,505 still owed.
    assert c.can_close
    assert c.short_sale.total_deficiency == jpy(3_663_505)
    assert c.totals.money_in == c.totals.money_out == jpy(24_000_000)


def test_anonymised_inputs_keep_every_figure_and_no_name_of_the_customer():
    inputs = decided_sale()
    anonymous = anonymise_inputs(inputs, "cust-1", "ERASED-0000CUST")
    assert anonymous.seller == Party(Role.SELLER, "ERASED-0000CUST", "cust-1")
    assert [g.name for g in anonymous.terms.joint_guarantors] == [
        "ERASED-0000CUST-J1", "ERASED-0000CUST-J2"]
    assert (anonymous.title, anonymous.asset_description) == ("", "")
    # The other sides of the money keep their names.
    assert anonymous.liens == inputs.liens and anonymous.terms.buyer == BUYER
    assert anonymous.terms.guarantor_company == GUARANTOR
    before = compute_deal(SettlementKind.HOME_VOLUNTARY_SALE, inputs)
    after = compute_deal(SettlementKind.HOME_VOLUNTARY_SALE, anonymous)
    assert after.totals == before.totals
    assert [ln.amount for ln in after.settlement.lines] == [ln.amount for ln in before.settlement.lines]
    assert "佐藤" not in repr(anonymous)
