"""The translated labels of the core's choices, for combo boxes.

The core keeps stable codes; the screen shows words in the clerk's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


def _t(text: str) -> str:
    return QCoreApplication.translate("choices", text)


def fill_combo(combo: QComboBox, items: list[tuple[str, str]], blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code, label in items:
        combo.addItem(label, code)


def select_code(combo: QComboBox, code: str | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(code or "")))


def sexes() -> list[tuple[str, str]]:
    return [("F", _t("Female")), ("M", _t("Male"))]


def languages() -> list[tuple[str, str]]:
    return [("ja", "日本語"), ("ru", "Русский"), ("zh", "中文"), ("en", "English")]


def id_document_kinds() -> list[tuple[str, str]]:
    return [("passport", _t("Passport")), ("residence_card", _t("Residence card")),
            ("driving_licence", _t("Driving licence")), ("my_number_card", _t("My Number card")),
            ("resident_id_card", _t("Resident identity card")), ("other", _t("Other document"))]


def obligation_kinds() -> list[tuple[str, str]]:
    return [("loan", _t("Loan")), ("guarantee", _t("Guarantee given")),
            ("overdraft", _t("Overdraft / card limit"))]


def lender_kinds() -> list[tuple[str, str]]:
    return [("bank", _t("Bank")), ("finance_company", _t("Finance company")),
            ("guarantor_company", _t("Guarantor company")), ("provident_fund", _t("Provident fund centre")),
            ("cooperative", _t("Co-operative")), ("dealer", _t("Dealer credit"))]


def repayment_methods() -> list[tuple[str, str]]:
    return [("equal_installment", _t("Equal installments")), ("equal_principal", _t("Equal principal")),
            ("bullet", _t("Bullet (all at maturity)")), ("balloon", _t("Residual value (balloon)"))]


def day_counts() -> list[tuple[str, str]]:
    return [("monthly", _t("Annual rate / 12 each month")), ("actual_365", _t("Actual days / 365"))]


def property_kinds() -> list[tuple[str, str]]:
    return [("condominium", _t("Condominium")), ("house", _t("House")), ("land", _t("Land"))]


def loan_statuses() -> dict[str, str]:
    return {"active": _t("Active"), "paid_off": _t("Paid off"), "called": _t("Called"),
            "subrogated": _t("Subrogated to guarantor")}


def roles() -> list[tuple[str, str]]:
    return [("clerk", _t("Clerk")), ("credit_officer", _t("Credit officer")),
            ("security_officer", _t("Security officer")), ("branch_manager", _t("Branch manager")),
            ("administrator", _t("Administrator"))]
