"""The credit dossier: documents as the inventory lists them, and its gaps."""

from datetime import date

import pytest

from desktop.domain.credit.calendar import WorkingCalendar
from desktop.domain.credit.dossier import (
    INCOME_CERTIFICATE, WORK_RECORD_COPY, Certifier, DocumentForm, DossierDocument, GapKind,
    dossier_gaps, income_certificate_valid_until, return_document, validate_document,
)
from desktop.domain.errors import ValidationError

RU = WorkingCalendar("RU")
OFFICER = Certifier("Иванова А. П.", "кредитный офицер")
ON = date(2026, 11, 20)


def passport(**kw):
    values = dict(code="passport", title="Паспорт", received_on=date(2026, 11, 19), pages=20)
    values.update(kw)
    return DossierDocument(**values)


def certified_copy(code="work_record_copy", **kw):
    values = dict(code=code, title="Копия трудовой книжки", received_on=date(2026, 11, 19),
                  form=DocumentForm.COPY, pages=6,
                  certified_by=Certifier("Петров С. И.", "начальник отдела кадров"),
                  certified_on=date(2026, 11, 16))
    values.update(kw)
    return DossierDocument(**values)


def income(issued_on, received_on, **kw):
    return DossierDocument(code=INCOME_CERTIFICATE, title="Справка 2-НДФЛ",
                           received_on=received_on, issued_on=issued_on, **kw)


# -- the income certificate: 30 working days -----------------------------------------


def test_income_certificate_valid_30_working_days_from_issue():
    # Issued Mon 12 Oct 2026. Working days after it: 13–16 Oct (4), 19–23 (9),
    # 26–30 (14), 2–3 Nov (16), [4 Nov Unity Day], 5–6 (18), 9–13 (23),
    # 16–20 (28), 23 (29), 24 (30) → the last day to hand it over is 24 Nov.
    assert income_certificate_valid_until(date(2026, 10, 12), RU) == date(2026, 11, 24)


def test_income_certificate_handed_over_on_the_last_day_is_fine_a_day_later_expired():
    required = [INCOME_CERTIFICATE]
    on_time = income(date(2026, 10, 12), date(2026, 11, 24))
    assert dossier_gaps(required, [on_time], date(2026, 11, 24), RU) == ()
    late = income(date(2026, 10, 12), date(2026, 11, 25))
    gaps = dossier_gaps(required, [late], date(2026, 11, 25), RU)
    assert [g.kind for g in gaps] == [GapKind.EXPIRED]
    text = gaps[0].explanation.render()
    assert "2026-11-24" in text and "30 working days" in text


def test_income_certificate_age_is_judged_on_the_day_it_was_handed_over():
    # The book: «выданная не ранее тридцати рабочих дней до дня ее передачи
    # Банку». Handed over in time, it does not expire while the application waits.
    doc = income(date(2026, 10, 12), date(2026, 11, 20))
    assert dossier_gaps([INCOME_CERTIFICATE], [doc], date(2026, 12, 15), RU) == ()


def test_an_entered_valid_until_wins():
    doc = passport(valid_until=date(2026, 11, 18))
    gaps = dossier_gaps(["passport"], [doc], ON, RU)
    assert [g.kind for g in gaps] == [GapKind.EXPIRED]


# -- gaps --------------------------------------------------------------------------------


def test_complete_dossier_has_no_gaps():
    docs = [passport(), certified_copy(), income(date(2026, 11, 2), date(2026, 11, 19))]
    assert dossier_gaps(["passport", WORK_RECORD_COPY, INCOME_CERTIFICATE], docs, ON, RU) == ()


def test_missing_document():
    gaps = dossier_gaps(["passport", "military_id"], [passport()], ON, RU)
    assert [(g.code, g.kind) for g in gaps] == [("military_id", GapKind.MISSING)]


def test_a_document_received_after_the_day_is_not_there_yet():
    gaps = dossier_gaps(["passport"], [passport(received_on=date(2026, 11, 21))], ON, RU)
    assert [g.kind for g in gaps] == [GapKind.MISSING]


def test_uncertified_copy():
    copy = certified_copy(certified_by=None, certified_on=None)
    gaps = dossier_gaps([WORK_RECORD_COPY], [copy], ON, RU)
    assert [g.kind for g in gaps] == [GapKind.NOT_CERTIFIED]
    assert "копия верна" in gaps[0].explanation.render()


def test_pages_missing():
    gaps = dossier_gaps(["passport"], [passport(pages=18, pages_expected=20)], ON, RU)
    assert [g.kind for g in gaps] == [GapKind.PAGES_MISSING]
    assert "18 of 20" in gaps[0].explanation.render()


def test_one_good_document_of_a_code_is_enough():
    bad = certified_copy(certified_by=None, certified_on=None, received_on=date(2026, 11, 18))
    good = certified_copy()
    assert dossier_gaps([WORK_RECORD_COPY], [bad, good], ON, RU) == ()


def test_several_gaps_of_one_document_and_order_of_the_checklist():
    copy = certified_copy(certified_by=None, certified_on=None, pages=4, pages_expected=6)
    gaps = dossier_gaps(["military_id", WORK_RECORD_COPY, "military_id"], [copy], ON, RU)
    assert [(g.code, g.kind) for g in gaps] == [
        ("military_id", GapKind.MISSING),
        (WORK_RECORD_COPY, GapKind.NOT_CERTIFIED),
        (WORK_RECORD_COPY, GapKind.PAGES_MISSING),
    ]


def test_documents_not_asked_for_are_not_gaps():
    assert dossier_gaps([], [certified_copy(certified_by=None, certified_on=None)], ON, RU) == ()


def test_returned_document_is_missing_afterwards():
    doc = certified_copy(returned_on=date(2026, 11, 20))
    gaps = dossier_gaps([WORK_RECORD_COPY], [doc], ON, RU)
    assert [g.kind for g in gaps] == [GapKind.MISSING]
    assert "returned" in gaps[0].explanation.render()
    assert dossier_gaps([WORK_RECORD_COPY], [doc], date(2026, 11, 19), RU) == ()


# -- returning keeps a copy -----------------------------------------------------------


def test_return_document_marks_it_and_keeps_a_copy():
    docs = (passport(), certified_copy())
    after = return_document(docs, WORK_RECORD_COPY, date(2026, 11, 25))
    assert after[0] == docs[0]
    assert after[1].returned_on == date(2026, 11, 25)
    kept = after[2]
    assert kept.code == WORK_RECORD_COPY and kept.form is DocumentForm.COPY
    assert kept.received_on == date(2026, 11, 25) and kept.returned_on is None
    assert kept.pages == 6 and "returned to the borrower on 2026-11-25" in kept.note


def test_return_document_not_held():
    with pytest.raises(ValueError):
        return_document((passport(),), WORK_RECORD_COPY, date(2026, 11, 25))


# -- validation --------------------------------------------------------------------------


def test_a_valid_document_passes():
    validate_document(passport())
    validate_document(certified_copy())
    validate_document(DossierDocument(code="x", title="Uncertified copy", form=DocumentForm.COPY))


def test_pages_at_least_one():
    with pytest.raises(ValidationError) as e:
        validate_document(passport(pages=0))
    assert e.value.fields == ("pages",)
    with pytest.raises(ValidationError) as e:
        validate_document(passport(pages_expected=0))
    assert e.value.fields == ("pages_expected",)


def test_returned_not_before_received():
    with pytest.raises(ValidationError) as e:
        validate_document(passport(returned_on=date(2026, 11, 18)))
    assert e.value.fields == ("returned_on",)
    validate_document(passport(returned_on=date(2026, 11, 19)))  # same day is fine
    with pytest.raises(ValidationError) as e:
        validate_document(passport(received_on=None, returned_on=date(2026, 11, 19)))
    assert e.value.fields == ("returned_on",)


def test_certification_needs_name_position_and_date():
    with pytest.raises(ValidationError) as e:
        validate_document(certified_copy(certified_on=None))
    assert e.value.fields == ("certified_on",)
    with pytest.raises(ValidationError) as e:
        validate_document(certified_copy(certified_by=Certifier("Петров С. И.", " ")))
    assert e.value.fields == ("certified_by",)
    with pytest.raises(ValidationError) as e:
        validate_document(certified_copy(certified_by=None))
    assert e.value.fields == ("certified_by",)


def test_an_original_is_not_certified():
    with pytest.raises(ValidationError) as e:
        validate_document(passport(certified_by=OFFICER, certified_on=ON))
    assert e.value.fields == ("certified_by",)


def test_dates_in_order_with_the_issue_date():
    with pytest.raises(ValidationError) as e:
        validate_document(income(date(2026, 11, 20), date(2026, 11, 19),
                                 valid_until=date(2026, 11, 1)))
    assert set(e.value.fields) == {"received_on", "valid_until"}


def test_code_and_title_are_required():
    with pytest.raises(ValidationError) as e:
        validate_document(DossierDocument(code=" ", title=""))
    assert set(e.value.fields) == {"code", "title"}
