"""Credit applications: lending programs as data, eligibility, the maximum
amount and the dossier's document checklist (the rules half of issue #6)."""

from desktop.domain.credit.checklist import required_documents
from desktop.domain.credit.eligibility import assess_eligibility
from desktop.domain.credit.maximum import maximum_amount
from desktop.domain.credit.model import (
    Applicant, CapFigure, CollateralKind, CreditRequest, DriverAlternative, EmploymentKind,
    ExchangeRate, Finding, Home, MaritalStatus, MaximumAmount, Outcome, Purpose,
    RequiredDocument, Spouse, SpouseRole, Vehicle,
)
from desktop.domain.credit.programs import (
    Program, ProgramCatalogue, ProgramFileError, parse_program,
)

__all__ = [
    "Applicant", "CapFigure", "CollateralKind", "CreditRequest", "DriverAlternative",
    "EmploymentKind", "ExchangeRate", "Finding", "Home", "MaritalStatus", "MaximumAmount",
    "Outcome", "Program", "ProgramCatalogue", "ProgramFileError", "Purpose", "RequiredDocument",
    "Spouse", "SpouseRole", "Vehicle", "assess_eligibility",
    "maximum_amount", "parse_program", "required_documents",
]
