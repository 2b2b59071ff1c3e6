"""Document wording: complete in every language, placeholders that never drift."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.documents import fonts, labels
from desktop.documents.labels import LABELS, label, placeholders
from desktop.domain.money import Money

REFERENCE = LABELS["en"]


@pytest.mark.parametrize("language", sorted(LABELS))
def test_every_language_has_every_key(language):
    assert set(LABELS[language]) == set(REFERENCE)


@pytest.mark.parametrize("language", sorted(LABELS))
def test_placeholders_match_english(language):
    for key, text in LABELS[language].items():
        assert placeholders(text) == placeholders(REFERENCE[key]), (language, key)


@pytest.mark.parametrize("language", sorted(LABELS))
def test_every_label_is_filled_and_printable(language):
    for key, text in LABELS[language].items():
        assert text.strip(), (language, key)
        filled = label(language, key, **{name: "1" for name in placeholders(text)})
        assert "{" not in filled and "}" not in filled
        fonts.runs(filled, language)  # raises if a font lacks a glyph


def test_the_placeholder_check_can_fail():
    assert placeholders("after {good_through} add {per_diem}") == {"good_through", "per_diem"}
    assert placeholders("после {good_thru}") != placeholders(REFERENCE["payoff_quote.per_diem_sentence"])


def test_the_languages_and_locales_agree():
    assert set(LABELS) == set(labels.LOCALES) == set(fonts.LANGUAGES)


def test_an_unknown_key_says_which():
    with pytest.raises(KeyError, match="payoff_quote.nothing"):
        label("ja", "payoff_quote.nothing")


def test_the_trade_terms_are_used():
    assert label("ja", "payoff_quote.title") == "ローン残債精算見積書"
    assert "所有権留保" in LABELS["ja"]["payoff_quote.owner_of_record"]
    assert LABELS["ja"]["payoff_quote.per_diem"].startswith("日割利息")
    assert LABELS["ja"]["payoff_quote.good_through"] == "有効期限"
    assert label("ru", "payoff_quote.title") == "Расчёт суммы досрочного погашения"
    assert LABELS["ru"]["payoff_quote.per_diem"] == "Проценты за день"
    assert label("zh", "payoff_quote.title") == "提前还款金额测算单"
    assert LABELS["zh"]["payoff_quote.per_diem"] == "日息"


def test_dates_amounts_and_rates_in_each_language():
    d = date(2026, 10, 1)
    assert labels.day(d, "en") == "October 1, 2026"
    assert labels.day(d, "ja") == "2026年10月1日"
    assert labels.day(d, "ru") == "1 октября 2026\u202fг."  # CLDR: a narrow no-break space
    assert labels.day(d, "zh") == "2026年10月1日"
    assert labels.money(Money.of("805575.89", "RUB"), "ru") == "805\xa0575,89\xa0₽"
    assert labels.money(Money.of("1004233", "JPY"), "ja", with_symbol=False) == "1,004,233"
    assert labels.rate(Decimal("0.159"), "ru") == "15,9"
    assert labels.rate(Decimal("0.0285"), "zh") == "2.85"
