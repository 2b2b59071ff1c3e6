"""Banks, finance companies and guarantor companies the desk deals with."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.errors import Problems


class LenderKind(StrEnum):
    BANK = "bank"
    FINANCE_COMPANY = "finance_company"    # 信販会社 / auto credit
    GUARANTOR_COMPANY = "guarantor_company"  # 保証会社: subrogates after default
    PROVIDENT_FUND = "provident_fund"      # 住房公积金管理中心
    COOPERATIVE = "cooperative"            # a co-op bank: the customer may own the car
    DEALER = "dealer"                      # a dealer's own credit


@dataclass(frozen=True)
class Lender:
    id: str
    name: str
    kind: LenderKind = LenderKind.BANK
    country: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    payoff_request_method: str = ""   # how they take payoff requests: fax, portal, phone…
    release_documents: tuple[str, ...] = field(default_factory=tuple)
    release_days: int | None = None   # their usual time to release the lien


def validate_lender(lender: Lender) -> None:
    p = Problems()
    if not lender.name.strip():
        p.add("name", "Enter the lender's name.")
    if lender.release_days is not None and not 0 <= lender.release_days <= 365:
        p.add("release_days", "Release time is 0 to 365 days.")
    p.raise_if_any()
