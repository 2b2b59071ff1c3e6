"""Program files: the shipped ones load, and a broken one says where and what."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.credit.model import CollateralKind, Purpose
from desktop.domain.credit.programs import ProgramFileError, line_index, parse_program
from desktop.services.credit_programs import load_program, load_programs
from desktop.domain.money import Money
from tests.domain.credit import CATALOGUE, CHIFENG, JP, PROGRAMS_DIR, RU, TAIYUAN, program

MINI = """\
id = "mini"
name = "Mini"
country = "RU"
currency = "RUB"
time_zone = "Europe/Moscow"
holidays_country = "RU"
deadline_rules = "none"
purposes = ["purchase"]

[borrower]
min_age = 21
max_age = 55

[caps]
conversion_percent = 80

[caps.ltv]
pledge = 90
"""


def broken(text: str, tmp_path, name: str = "broken.toml") -> ProgramFileError:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProgramFileError) as caught:
        load_program(path)
    assert caught.value.path == str(path)
    return caught.value


# -- the shipped programs ----------------------------------------------------------


def test_every_shipped_program_loads_cleanly():
    assert CATALOGUE.errors == ()
    assert set(CATALOGUE.programs) == {RU, TAIYUAN, CHIFENG, JP}
    for path in sorted(PROGRAMS_DIR.glob("*.toml")):
        assert load_program(path).id in CATALOGUE.programs


def test_the_shipped_programs_zones_holidays_and_deadlines():
    ru, ty, cf, jp = program(RU), program(TAIYUAN), program(CHIFENG), program(JP)
    assert (ru.currency, ru.time_zone, ru.holidays_country, ru.deadline_rules) == \
        ("RUB", "Europe/Moscow", "RU", "ru_bank")
    for cn in (ty, cf):
        assert (cn.currency, cn.time_zone, cn.holidays_country, cn.deadline_rules) == \
            ("CNY", "Asia/Shanghai", "CN", "provident_15_days")
    assert (jp.currency, jp.time_zone, jp.holidays_country) == ("JPY", "Asia/Tokyo", "JP")
    assert jp.example and not (ru.example or ty.example or cf.example)


def test_the_russian_figures_are_the_books():
    ru = program(RU)
    assert (ru.borrower.min_age, ru.borrower.max_age) == (21, 55)
    assert ru.borrower.citizenship == ("RU",)
    assert (ru.borrower.min_total_employment_months,
            ru.borrower.min_current_employment_months) == (12, 3)
    burden = ru.caps.debt_burden
    assert burden.percent_of_income == 50
    assert (burden.loan, burden.guarantee, burden.overdraft_this_bank,
            burden.overdraft_other_bank) == (1, Decimal("0.5"), Decimal("0.1"), Decimal("0.5"))
    # Only the income certificate and the work-record copy go back on refusal.
    assert {d.code for d in ru.documents if d.returnable_on_refusal} == \
        {"income_certificate", "work_record_copy"}


def test_each_city_has_only_its_own_rules():
    ty, cf = program(TAIYUAN), program(CHIFENG)
    assert set(ty.purposes) == {Purpose.PURCHASE, Purpose.RENOVATION, Purpose.CONVERSION}
    assert ty.caps.purchase_price_percent == 80 and ty.caps.conversion_percent == 80
    assert ty.caps.ltv == {CollateralKind.MORTGAGE: 70, CollateralKind.PLEDGE: 90,
                           CollateralKind.GUARANTEE: 200}
    assert ty.caps.balance_multiple.multiple == 10
    assert ty.caps.balance_multiple.floor == Money.of(20_000, "CNY")
    assert len(ty.caps.renovation) == 3
    # Chifeng: 70 % / 50 % / 200 %, the income rule, the term and the bars.
    assert cf.purposes == (Purpose.PURCHASE,)
    assert cf.caps.ltv == {CollateralKind.MORTGAGE: 70, CollateralKind.EXISTING_HOME: 50,
                           CollateralKind.GUARANTEE: 200}
    assert cf.caps.installment_percent_of_family_income == 50
    assert (cf.term.max_months, cf.term.civil_servant_max_months) == (180, 240)
    assert cf.borrower.one_provident_loan and cf.borrower.guarantor_cannot_borrow
    assert cf.borrower.max_overdue_periods == 4
    # Neither city borrows the other's rules.
    assert cf.caps.balance_multiple is None and not cf.caps.renovation
    assert cf.caps.purchase_price_percent is None and cf.caps.conversion_percent is None
    assert ty.caps.installment_percent_of_family_income is None
    assert not ty.term.retirement_age and ty.term.max_months is None
    assert not ty.borrower.one_provident_loan


def test_findings_cite_the_source():
    assert "3.3" in program(RU).source_for("age")
    assert "art. 10" in program(CHIFENG).source_for("installment_share")
    # A rule without a passage of its own cites the program's source text.
    assert program(RU).source_for("bad_record") == program(RU).source


# -- a minimal file, and its parts -------------------------------------------------------


def test_a_minimal_file_loads(tmp_path):
    path = tmp_path / "mini.toml"
    path.write_text(MINI, encoding="utf-8")
    p = load_program(path)
    assert p.id == "mini" and p.borrower.max_age == 55
    assert p.caps.ltv == {CollateralKind.PLEDGE: Decimal(90)}
    assert p.file == str(path)


def test_a_decimal_written_bare_is_read_exactly_never_as_a_float():
    p = parse_program(MINI.replace("pledge = 90", "pledge = 87.5"))
    assert p.caps.ltv[CollateralKind.PLEDGE] == Decimal("87.5")
    assert isinstance(p.caps.ltv[CollateralKind.PLEDGE], Decimal)


# -- broken files ----------------------------------------------------------------------


def test_a_syntax_error_gives_its_line(tmp_path):
    text = MINI.replace('max_age = 55', 'max_age = = 55')
    error = broken(text, tmp_path)
    assert error.line == 12
    assert error.problem.startswith("line 12: not valid TOML")
    assert str(error).startswith("broken.toml: line 12:")


def test_an_unclosed_string_gives_its_line(tmp_path):
    error = broken(MINI.replace('name = "Mini"', 'name = "Mini'), tmp_path)
    assert error.line == 2


def test_a_wrong_type_gives_the_line_of_its_key(tmp_path):
    error = broken(MINI.replace("pledge = 90", 'pledge = "ninety"'), tmp_path)
    assert error.line == 18
    assert error.problem == ("line 18: caps.ltv.pledge must be a percentage between 0 and 100, "
                             "got 'ninety'")


def test_the_line_is_found_in_the_right_section(tmp_path):
    # max_age appears twice; the error is about [term]'s, on line 22, not [borrower]'s.
    text = MINI + '\n[term]\nmax_months = 120\nmax_age_at_end = "eighty"\n'
    assert text.splitlines()[21] == 'max_age_at_end = "eighty"'
    error = broken(text, tmp_path)
    assert error.line == 22
    assert "term.max_age_at_end must be a whole number" in error.problem


def test_a_percentage_above_100_is_refused(tmp_path):
    error = broken(MINI.replace("pledge = 90", "pledge = 190"), tmp_path)
    assert error.line == 18 and "got 190" in error.problem


def test_an_unknown_key_is_an_error_with_a_hint(tmp_path):
    error = broken(MINI.replace("max_age = 55", "max_agee = 55"), tmp_path)
    assert error.line == 12
    assert "unknown key borrower.max_agee" in error.problem
    assert "did you mean max_age?" in error.problem


def test_an_unknown_top_level_table_is_an_error(tmp_path):
    error = broken(MINI + "\n[insurance]\nkasko = true\n", tmp_path)
    assert error.line == 20 and "unknown key insurance" in error.problem


def test_a_missing_required_key(tmp_path):
    error = broken(MINI.replace('currency = "RUB"\n', ""), tmp_path)
    assert "currency must be one of" in error.problem and "is missing" in error.problem


def test_a_bad_choice_names_the_choices(tmp_path):
    error = broken(MINI.replace('deadline_rules = "none"', 'deadline_rules = "fast"'), tmp_path)
    assert error.line == 7
    assert "'ru_bank', 'provident_15_days', 'none'" in error.problem


def test_an_unknown_purpose(tmp_path):
    error = broken(MINI.replace('["purchase"]', '["purchase", "boat"]'), tmp_path)
    assert error.line == 8 and "item 2" in error.problem and "'boat'" in error.problem


def test_a_broken_document_entry_gives_its_own_line(tmp_path):
    docs = ('\n[[documents]]\ncode = "passport"\ntitle = "Passport"\nwhy = "Identity."\n'
            '\n[[documents]]\ncode = "licence"\ntitle = "Licence"\nwhy = "Driving."\n'
            'when = ["hair_colour=red"]\n')
    error = broken(MINI + docs, tmp_path)
    assert error.line == 29
    assert "documents[2]: unknown condition 'hair_colour'" in error.problem


def test_a_condition_value_is_checked(tmp_path):
    docs = '\n[[documents]]\ncode = "id"\ntitle = "ID"\nwhy = "x"\nwhen = ["sex=other"]\n'
    error = broken(MINI + docs, tmp_path)
    assert "'other' is not a value of 'sex'" in error.problem


def test_a_why_may_quote_only_known_values(tmp_path):
    docs = '\n[[documents]]\ncode = "id"\ntitle = "ID"\nwhy = "Age {agee}"\n'
    error = broken(MINI + docs, tmp_path)
    assert error.line == 23 and "{agee}" in error.problem


def test_renovation_bands_may_not_overlap(tmp_path):
    bands = ('\n[[caps.renovation]]\nup_to_m2 = 70\nlimit = 200000\n'
             '\n[[caps.renovation]]\nfrom_m2 = 70\nlimit = 300000\n')
    error = broken(MINI + bands, tmp_path)
    assert "bands 1 and 2 both take a floor area of 70" in error.problem
    assert error.line == 24  # the second [[caps.renovation]]


def test_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin.toml"
    path.write_bytes(MINI.replace("Mini", "Mini\xe9").encode("latin-1"))
    with pytest.raises(ProgramFileError) as caught:
        load_program(path)
    assert "UTF-8" in caught.value.problem and caught.value.line is None


# -- the catalogue ------------------------------------------------------------------------


def test_one_broken_file_leaves_the_others_loaded(tmp_path):
    (tmp_path / "a_good.toml").write_text(MINI, encoding="utf-8")
    (tmp_path / "b_bad.toml").write_text(MINI.replace('id = "mini"', 'id = "other"')
                                         .replace("pledge = 90", "pledge = true"), encoding="utf-8")
    (tmp_path / "c_good.toml").write_text(MINI.replace('id = "mini"', 'id = "third"'),
                                          encoding="utf-8")
    catalogue = load_programs(tmp_path)
    assert set(catalogue.programs) == {"mini", "third"}
    (error,) = catalogue.errors
    assert error.file_name == "b_bad.toml" and error.line == 18


def test_a_duplicate_id_names_both_files(tmp_path):
    (tmp_path / "first.toml").write_text(MINI, encoding="utf-8")
    (tmp_path / "second.toml").write_text(MINI, encoding="utf-8")
    catalogue = load_programs(tmp_path)
    assert set(catalogue.programs) == {"mini"}
    assert catalogue.programs["mini"].file.endswith("first.toml")
    (error,) = catalogue.errors
    assert error.file_name == "second.toml" and error.line == 1
    assert "'mini'" in error.problem and "first.toml" in error.problem


def test_a_missing_folder_is_reported_not_raised(tmp_path):
    catalogue = load_programs(tmp_path / "nowhere")
    assert catalogue.programs == {} and len(catalogue.errors) == 1


def test_the_line_index_follows_arrays_of_tables_and_multiline_values():
    text = ('a = [\n  ["x", "y"],\n  ["z"]\n]\n[[d]]\nk = 1\n[[d]]\nk = 2\n'
            '  [[d.alt]]\n  c = "#not a comment"\n[t]\nv = """\n[fake]\n"""\nw = 3\n')
    index = line_index(text)
    assert index[("a",)] == 1
    assert index[("d", 0, "k")] == 6 and index[("d", 1, "k")] == 8
    assert index[("d", 1, "alt", 0, "c")] == 10
    assert index[("t", "w")] == 15 and ("fake",) not in index
