"""The dossier's documents, from the program's list and the applicant."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.credit.checklist import required_documents
from desktop.domain.credit.model import CollateralKind, DriverAlternative, EmploymentKind, \
    Home, MaritalStatus, Spouse, SpouseRole
from desktop.domain.customers import Sex
from tests.domain.credit import CHIFENG, JP, RU, TAIYUAN, cn_applicant, cn_request, program, \
    ru_applicant, ru_request


def docs(pid=RU, applicant=None, request=None):
    applicant = applicant or (ru_applicant() if pid == RU else cn_applicant())
    request = request or (ru_request() if pid == RU else cn_request(pid))
    result = required_documents(program(pid), applicant, request)
    for d in result:
        assert "{" not in str(d.why) + str(d.title), d
    return {d.code: d for d in result}


def test_an_employee_with_a_licence_single():
    assert list(docs()) == ["passport", "application_form", "driving_licence",
                            "work_record_copy", "income_certificate"]


@pytest.mark.parametrize("birth, listed", [
    (date(1999, 11, 22), True),    # 26 on 2026-11-21: turns 27 tomorrow
    (date(1999, 11, 21), False),   # the 27th birthday is the contract date
    (date(2005, 1, 1), True),
])
def test_military_id_for_men_under_27(birth, listed):
    result = docs(applicant=ru_applicant(birth_date=birth))
    assert ("military_id" in result) is listed
    if birth == date(1999, 11, 22):
        assert str(result["military_id"].why) == ("Men under 27 bring their military ID; "
                                                  "age on 2026-11-21: 26.")


def test_no_military_id_for_women():
    assert "military_id" not in docs(applicant=ru_applicant(sex=Sex.FEMALE,
                                                            birth_date=date(2000, 1, 1)))


def test_unknown_sex_lists_the_military_id_with_a_note():
    d = docs(applicant=ru_applicant(sex=None, birth_date=date(2000, 1, 1)))["military_id"]
    assert "the applicant's sex is not recorded" in str(d.why)


def test_without_a_licence_the_permitted_drivers_and_one_of_three():
    a = ru_applicant(has_driving_licence=False)
    result = docs(applicant=a)
    assert "driving_licence" not in result
    assert {"permitted_driver_licence", "driver_id_alternative"} <= set(result)
    assert result["driver_id_alternative"].alternative_code == ""
    assert "One of" in str(result["driver_id_alternative"].title)
    chosen = docs(applicant=ru_applicant(
        has_driving_licence=False,
        permitted_driver_alternative=DriverAlternative.INTERNATIONAL_PASSPORT))
    assert chosen["driver_id_alternative"].alternative_code == "international_passport"
    assert str(chosen["driver_id_alternative"].title).startswith("International passport")


@pytest.mark.parametrize("kind", [EmploymentKind.MILITARY, EmploymentKind.POLICE,
                                  EmploymentKind.EMERGENCY_SERVICE])
def test_military_police_and_emergency_staff_bring_service_papers(kind):
    result = docs(applicant=ru_applicant(employment=kind))
    assert "work_record_copy" not in result and "service_documents" in result
    assert kind.value.replace("_", " ") in str(result["service_documents"].why)


def test_an_entrepreneur_brings_extra_papers_some_if_any():
    result = docs(applicant=ru_applicant(employment=EmploymentKind.ENTREPRENEUR))
    extras = {code: d.if_any for code, d in result.items() if code.startswith("entrepreneur_")}
    assert extras == {"entrepreneur_registration": False, "entrepreneur_tax_return": False,
                      "entrepreneur_bank_statements": True, "entrepreneur_licences": True,
                      "entrepreneur_contracts": True}
    assert "work_record_copy" not in result


@pytest.mark.parametrize("role, code", [
    (SpouseRole.NOTARISED_CONSENT, "spouse_notarised_consent"),
    (SpouseRole.GUARANTOR, "spouse_surety_agreement"),
    (SpouseRole.NONE, ""),
])
def test_a_married_borrower_brings_the_spouses_consent_or_guarantee(role, code):
    a = ru_applicant(marital_status=MaritalStatus.MARRIED, spouse=Spouse(role=role))
    assert docs(applicant=a)["spouse_security"].alternative_code == code


def test_the_spouse_whose_income_counts_brings_a_full_set():
    spouse = Spouse(SpouseRole.GUARANTOR, meets_borrower_requirements=True)
    a = ru_applicant(marital_status=MaritalStatus.MARRIED, spouse=spouse)
    assert "spouse_document_set" in docs(applicant=a)
    a = ru_applicant(marital_status=MaritalStatus.MARRIED,
                     spouse=Spouse(SpouseRole.NOTARISED_CONSENT, meets_borrower_requirements=True))
    assert "spouse_document_set" not in docs(applicant=a)


def test_unknown_marital_status_lists_the_spouses_papers_with_a_note():
    result = docs(applicant=ru_applicant(marital_status=None))
    assert "the marital status is not recorded" in str(result["spouse_security"].why)


def test_only_the_income_certificate_and_the_work_record_copy_go_back_on_refusal():
    a = ru_applicant(has_driving_licence=False, employment=EmploymentKind.ENTREPRENEUR,
                     marital_status=MaritalStatus.MARRIED, spouse=Spouse(SpouseRole.GUARANTOR))
    everything = {**docs(applicant=a), **docs()}
    assert {c for c, d in everything.items() if d.returnable_on_refusal} == \
        {"income_certificate", "work_record_copy"}


def test_each_document_cites_its_source():
    assert all(d.source for d in docs().values())
    assert "3.8" in docs()["passport"].source


def test_the_taiyuan_list():
    married = cn_applicant(marital_status=MaritalStatus.MARRIED, spouse=Spouse())
    result = docs(TAIYUAN, married, cn_request(TAIYUAN, home=Home(CollateralKind.GUARANTEE)))
    assert list(result) == ["loan_application_form", "fund_payment_proof",
                            "spouse_fund_payment_proof", "identity_documents",
                            "spouse_identity_documents", "income_and_debts", "contracts",
                            "third_party_guarantee", "other_centre_documents"]
    single = docs(TAIYUAN, request=cn_request(TAIYUAN, home=Home(CollateralKind.MORTGAGE)))
    assert "collateral_papers" in single and "third_party_guarantee" not in single
    assert "spouse_fund_payment_proof" not in single


def test_the_chifeng_list():
    home = Home(CollateralKind.MORTGAGE, second_hand=True)
    result = docs(CHIFENG, request=cn_request(CHIFENG, home=home))
    assert {"loan_application", "purchase_contract", "down_payment_proof",
            "second_hand_sale_approval", "home_insurance"} <= set(result)
    assert "guarantor_commitment" not in result and "spouse_identity_and_marriage" not in result


def test_the_example_program_has_its_own_short_list():
    assert list(docs(JP)) == ["identity_document", "driving_licence", "income_proof",
                              "seal_certificate"]
