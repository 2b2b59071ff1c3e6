"""The application's way to a decision and after a refusal (book 4.1.1)."""

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.access import AccessDenied, Role, User
from desktop.domain.credit import decisions as wf
from desktop.domain.credit.decisions import (
    Action, ApplicationStatus as S, SecurityOpinion, TransitionRefused, VetoReason,
    allowed_actions, interview_check, interview_required,
)
from desktop.domain.credit.dossier import (
    INCOME_CERTIFICATE, WORK_RECORD_COPY, Certifier, DocumentForm, DossierDocument, Gap, GapKind,
)
from desktop.domain.credit.model import ExchangeRate
from desktop.domain.errors import ValidationError
from desktop.domain.money import Money
from desktop.domain.notices import Notice

MSK = ZoneInfo("Europe/Moscow")
T0 = datetime(2026, 11, 17, 10, 0, tzinfo=MSK)

OFFICER = User("u1", "ivanova", "Иванова А. П.", Role.CREDIT_OFFICER)
SECURITY = User("u2", "petrov", "Петров С. И.", Role.SECURITY_OFFICER)
CENTRE = User("u3", "sidorov", "Сидоров В. В.", Role.CREDIT_OFFICER)  # the centre's authorised employee
MANAGER = User("u4", "orlova", "Орлова Е. Н.", Role.BRANCH_MANAGER)
CLERK = User("u5", "kim", "Ким Д.", Role.CLERK)

RUB_RATES = (ExchangeRate("USD", Decimal("80.0000"), date(2026, 11, 17)),)


def rub(amount):
    return Money.of(amount, "RUB")


def at(minutes):
    return T0 + timedelta(minutes=minutes)


def with_centre():
    w = wf.start()
    w = wf.submit(w, OFFICER, at(0), gaps=()).workflow
    return wf.security_review(w, SECURITY, at(30), SecurityOpinion.POSITIVE).workflow


def positive():
    return wf.approve(with_centre(), CENTRE, at(60), amount=rub("1500000.00"), term_months=36,
                      annual_rate=Decimal("0.129")).workflow


def refused():
    return wf.refuse(with_centre(), CENTRE, at(60), "Debt burden over 50 % of income").workflow


# -- the way to approval ---------------------------------------------------------------


def test_full_way_to_approval():
    w = wf.start()
    assert w.status is S.DRAFT
    c = wf.submit(w, OFFICER, at(0), gaps=())
    assert c.workflow.status is S.SUBMITTED and c.workflow.submitted_by == "u1"
    assert isinstance(c.event, Notice) and "Иванова" in c.event.render()
    c = wf.security_review(c.workflow, SECURITY, at(30), SecurityOpinion.POSITIVE, "ok")
    assert c.workflow.status is S.WITH_CENTRE
    assert c.workflow.sent_to_centre_at == at(30) == c.workflow.decision_counted_from
    c = wf.approve(c.workflow, CENTRE, at(60), amount=rub("1500000.00"), term_months=36,
                   annual_rate=Decimal("0.129"), conditions="КАСКО financed")
    assert c.workflow.status is S.POSITIVE_DECISION
    assert c.workflow.approval.amount == rub("1500000.00")
    assert "12.9 %" in c.event.render()
    # 1,500,000.00 RUB ÷ 80 RUB/USD = 18,750 USD < 25,000: no interview.
    c = wf.clear(c.workflow, SECURITY, at(90), requested=rub("1500000.00"), rates=RUB_RATES)
    assert c.workflow.status is S.APPROVED and c.workflow.cleared_at == at(90)
    assert "18750.00 USD" in c.event.render()
    assert [s.action for s in c.workflow.history] == [
        Action.SUBMIT, Action.SECURITY_REVIEW, Action.APPROVE, Action.CLEAR]
    assert [s.role for s in c.workflow.history] == [
        Role.CREDIT_OFFICER, Role.SECURITY_OFFICER, Role.CREDIT_OFFICER, Role.SECURITY_OFFICER]


def test_transitions_do_not_change_the_record_they_were_given():
    w = wf.start()
    wf.submit(w, OFFICER, at(0), gaps=())
    assert w.status is S.DRAFT and w.history == ()


def test_submit_refused_while_the_dossier_has_gaps():
    gaps = (Gap("military_id", GapKind.MISSING, Notice("missing")),
            Gap(WORK_RECORD_COPY, GapKind.NOT_CERTIFIED, Notice("not certified")))
    with pytest.raises(TransitionRefused) as e:
        wf.submit(wf.start(), OFFICER, at(0), gaps=gaps)
    assert e.value.gaps == gaps
    assert "2 gap(s): military_id, work_record_copy" in str(e.value)


def test_negative_preliminary_opinion_needs_a_note_and_still_goes_to_the_centre():
    w = wf.submit(wf.start(), OFFICER, at(0), gaps=()).workflow
    with pytest.raises(ValidationError) as e:
        wf.security_review(w, SECURITY, at(5), SecurityOpinion.NEGATIVE)
    assert e.value.fields == ("note",)
    c = wf.security_review(w, SECURITY, at(5), SecurityOpinion.NEGATIVE, "arrears in 2025")
    assert c.workflow.status is S.WITH_CENTRE and c.workflow.security_opinion is SecurityOpinion.NEGATIVE


# -- who may do what -------------------------------------------------------------------


def test_roles_are_checked():
    with pytest.raises(AccessDenied):
        wf.submit(wf.start(), CLERK, at(0), gaps=())
    w = wf.submit(wf.start(), OFFICER, at(0), gaps=()).workflow
    with pytest.raises(AccessDenied):
        wf.security_review(w, OFFICER, at(5), SecurityOpinion.POSITIVE)
    with pytest.raises(AccessDenied):
        wf.approve(with_centre(), SECURITY, at(60), amount=rub(1), term_months=1,
                   annual_rate=Decimal("0.1"))
    with pytest.raises(AccessDenied):
        wf.veto(positive(), CENTRE, at(90), VetoReason.FALSE_INFORMATION)
    with pytest.raises(AccessDenied):
        wf.sign_refusal_notice(refused(), OFFICER, at(90))


def test_who_submitted_cannot_decide():
    with pytest.raises(TransitionRefused) as e:
        wf.approve(with_centre(), OFFICER, at(60), amount=rub(1), term_months=1,
                   annual_rate=Decimal("0.1"))
    assert "cannot also decide" in str(e.value)
    with pytest.raises(TransitionRefused):
        wf.refuse(with_centre(), OFFICER, at(60), "no")


def test_allowed_actions_for_the_buttons():
    assert allowed_actions(wf.start(), Role.CREDIT_OFFICER) == (Action.SUBMIT,)
    assert allowed_actions(wf.start(), Role.SECURITY_OFFICER) == ()
    assert allowed_actions(with_centre(), Role.BRANCH_MANAGER) == (Action.APPROVE, Action.REFUSE)
    assert allowed_actions(positive(), Role.SECURITY_OFFICER) == (Action.CLEAR, Action.VETO)
    assert allowed_actions(refused(), Role.BRANCH_MANAGER) == (Action.SIGN_REFUSAL_NOTICE,)
    assert allowed_actions(refused(), Role.CREDIT_OFFICER) == (
        Action.RETURN_DOCUMENTS, Action.FILE_REFUSAL)


# -- wrong moments -------------------------------------------------------------------------


def test_steps_out_of_order_are_refused_with_the_reason():
    with pytest.raises(TransitionRefused) as e:
        wf.approve(wf.start(), CENTRE, at(0), amount=rub(1), term_months=1,
                   annual_rate=Decimal("0.1"))
    assert "this one is draft" in str(e.value)
    with pytest.raises(TransitionRefused) as e:
        wf.veto(with_centre(), SECURITY, at(60), VetoReason.CRIMINAL_INFORMATION)
    assert "cancels a positive decision" in str(e.value)
    with pytest.raises(TransitionRefused):
        wf.submit(positive(), OFFICER, at(90), gaps=())
    with pytest.raises(TransitionRefused):
        wf.file_refusal(positive(), OFFICER, at(90))


def test_a_step_dated_before_the_last_is_refused():
    with pytest.raises(TransitionRefused) as e:
        wf.security_review(wf.submit(wf.start(), OFFICER, at(10), gaps=()).workflow,
                           SECURITY, at(5), SecurityOpinion.POSITIVE)
    assert "check the clock" in str(e.value)


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError):
        wf.submit(wf.start(), OFFICER, datetime(2026, 11, 17, 10), gaps=())


def test_approval_figures_are_validated():
    with pytest.raises(ValidationError) as e:
        wf.approve(with_centre(), CENTRE, at(60), amount=rub(0), term_months=0,
                   annual_rate=0.12)
    assert set(e.value.fields) == {"amount", "term_months", "annual_rate"}


# -- the veto -------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", list(VetoReason))
def test_veto_cancels_the_positive_decision_for_each_reason(reason):
    c = wf.veto(positive(), SECURITY, at(90), reason, "from the external checks")
    assert c.workflow.status is S.REFUSED
    assert c.workflow.veto_reason is reason and c.workflow.refused_at == at(90)
    assert "marked refused" in c.event.render()


def test_the_source_list_of_veto_reasons():
    # The five of 4.1.1.3 and the negative interview of 4.1.1.8.
    assert {r.value for r in VetoReason} == {
        "criminal_information", "negative_credit_history", "false_information",
        "employer_reports_dismissal", "relatives_report_insolvency", "negative_interview"}


def test_veto_with_an_unknown_reason():
    with pytest.raises(ValidationError) as e:
        wf.veto(positive(), SECURITY, at(90), "dislikes the car")
    assert e.value.fields == ("reason",)


# -- the interview at 25,000 USD -------------------------------------------------------------


def test_exactly_25000_usd_requires_the_interview():
    assert interview_required(Money.of("25000.00", "USD"))
    assert not interview_required(Money.of("24999.99", "USD"))


def test_rubles_at_the_central_bank_rate():
    # 2,000,000.00 RUB ÷ 80.0000 RUB/USD = 25,000.00 USD exactly → required.
    assert interview_required(rub("2000000.00"), RUB_RATES)
    # One kopeck less is 24,999.9998… USD → not required.
    assert not interview_required(rub("1999999.99"), RUB_RATES)
    check = interview_check(rub("2000000.00"), RUB_RATES)
    assert check.usd_equivalent == Money.of("25000.00", "USD")
    assert "80.0000 per USD" in check.explanation.render()


def test_euros_across_rubles():
    # 23,000 EUR × 92.00 RUB/EUR = 2,116,000 RUB; ÷ 84.64 RUB/USD = 25,000 USD → required.
    rates = (ExchangeRate("EUR", Decimal("92.00"), date(2026, 11, 17)),
             ExchangeRate("USD", Decimal("84.64"), date(2026, 11, 17)))
    assert interview_required(Money.of(23000, "EUR"), rates)
    assert not interview_required(Money.of("22999.99", "EUR"), rates)


def test_the_latest_entered_rate_is_used():
    rates = (ExchangeRate("USD", Decimal("100"), date(2026, 11, 10)),
             ExchangeRate("USD", Decimal("80"), date(2026, 11, 17)))
    assert interview_required(rub("2000000.00"), rates)


def test_missing_rate_is_refused_clearly():
    with pytest.raises(ValidationError) as e:
        interview_required(rub("2000000.00"))
    assert e.value.fields == ("exchange_rates",)
    assert "USD rate" in str(e.value)
    with pytest.raises(ValidationError) as e:
        interview_required(Money.of(23000, "EUR"), RUB_RATES)
    assert "EUR rate" in str(e.value)
    with pytest.raises(ValidationError):
        interview_required(rub(1), (ExchangeRate("USD", Decimal(0), date(2026, 11, 17)),))


def test_clearing_at_the_threshold_needs_the_interview_first():
    w = wf.approve(with_centre(), CENTRE, at(60), amount=rub("2000000.00"), term_months=60,
                   annual_rate=Decimal("0.129")).workflow
    with pytest.raises(TransitionRefused) as e:
        wf.clear(w, SECURITY, at(90), requested=rub("2000000.00"), rates=RUB_RATES)
    assert "interviewed in person" in str(e.value)
    c = wf.clear(w, SECURITY, at(90), requested=rub("2000000.00"), rates=RUB_RATES,
                 interview_held=True)
    assert c.workflow.status is S.APPROVED and c.workflow.interview_held
    assert "after the interview" in c.event.render()


# -- refusal --------------------------------------------------------------------------------


def dossier():
    return (
        DossierDocument("passport", "Паспорт", date(2026, 11, 17), pages=20),
        DossierDocument(INCOME_CERTIFICATE, "Справка 2-НДФЛ", date(2026, 11, 17),
                        issued_on=date(2026, 11, 10)),
        DossierDocument(WORK_RECORD_COPY, "Копия трудовой книжки", date(2026, 11, 17),
                        form=DocumentForm.COPY, pages=6,
                        certified_by=Certifier("Петров С. И.", "начальник отдела кадров"),
                        certified_on=date(2026, 11, 16)),
    )


def test_refusal_needs_a_reason():
    with pytest.raises(ValidationError) as e:
        wf.refuse(with_centre(), CENTRE, at(60), "  ")
    assert e.value.fields == ("reason",)


def test_full_refusal():
    c = wf.refuse(with_centre(), CENTRE, at(60), "Debt burden over 50 % of income")
    assert c.workflow.status is S.REFUSED and c.workflow.refused_at == at(60)
    assert "marked refused" in c.event.render()
    # The borrower asks for a written notice: the branch manager signs it.
    c = wf.sign_refusal_notice(c.workflow, MANAGER, at(120))
    assert c.workflow.refusal_notice_signed_by == "u4"
    with pytest.raises(TransitionRefused):
        wf.sign_refusal_notice(c.workflow, MANAGER, at(121))
    # The borrower asks for both returnable documents back.
    c = wf.return_documents(c.workflow, dossier(), [INCOME_CERTIFICATE, WORK_RECORD_COPY],
                            OFFICER, at(130))
    docs = c.documents
    returned = [d for d in docs if d.returned_on is not None]
    kept = [d for d in docs if d.note.startswith("Copy kept")]
    assert {d.code for d in returned} == {INCOME_CERTIFICATE, WORK_RECORD_COPY}
    assert all(d.returned_on == date(2026, 11, 17) for d in returned)
    assert {d.code for d in kept} == {INCOME_CERTIFICATE, WORK_RECORD_COPY}
    assert docs[0].returned_on is None  # the passport copy stays
    assert "copies kept" in c.event.render()
    c = wf.file_refusal(c.workflow, OFFICER, at(140))
    assert c.workflow.status is S.FILED_REFUSED and c.workflow.filed_at == at(140)


def test_only_the_two_documents_may_be_returned():
    with pytest.raises(TransitionRefused) as e:
        wf.return_documents(refused(), dossier(), ["passport", INCOME_CERTIFICATE], OFFICER,
                            at(130))
    assert "passport stay in the dossier" in str(e.value)


def test_returning_what_is_not_held():
    # Nothing of that code in the dossier: refused, not silently ignored.
    with pytest.raises(TransitionRefused) as e:
        wf.return_documents(refused(), (), [INCOME_CERTIFICATE], OFFICER, at(131))
    assert "not in the dossier" in str(e.value)
    with pytest.raises(ValidationError):
        wf.return_documents(refused(), dossier(), [], OFFICER, at(131))


def test_after_filing_documents_may_still_be_returned_and_a_notice_signed():
    w = wf.file_refusal(refused(), OFFICER, at(70)).workflow
    c = wf.return_documents(w, dossier(), [WORK_RECORD_COPY], OFFICER, at(80))
    assert c.workflow.status is S.FILED_REFUSED
    assert wf.sign_refusal_notice(w, MANAGER, at(90)).workflow.refusal_notice_signed_at == at(90)
    with pytest.raises(TransitionRefused):
        wf.file_refusal(w, OFFICER, at(100))


# -- a program with no branch security officer -------------------------------------------------


def test_provident_fund_goes_straight_to_the_decision():
    w = wf.start(security_check=False)
    w = wf.submit(w, OFFICER, at(0), gaps=()).workflow
    assert w.decision_counted_from == at(0)
    with pytest.raises(TransitionRefused) as e:
        wf.security_review(w, SECURITY, at(5), SecurityOpinion.POSITIVE)
    assert "no branch security check" in str(e.value)
    c = wf.approve(w, MANAGER, at(60), amount=Money.of(200000, "CNY"), term_months=180,
                   annual_rate=Decimal("0.031"))
    assert c.workflow.status is S.APPROVED
    assert "awaiting" not in c.event.render()
