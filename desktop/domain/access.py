"""Who may do what: the role matrix, in one place, and the sign-in rules.

Services check this matrix before they act, so hiding a button is never the
only thing between a clerk and an action their duties do not need (FTC
Safeguards Rule, 152-FZ, APPI, PIPL all ask for access by role).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.domain.errors import Problems


class Role(StrEnum):
    CLERK = "clerk"
    CREDIT_OFFICER = "credit_officer"
    SECURITY_OFFICER = "security_officer"
    BRANCH_MANAGER = "branch_manager"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    VIEW_CUSTOMERS = "view_customers"          # personal data: every view is audited
    EDIT_CUSTOMERS = "edit_customers"
    MANAGE_LOANS = "manage_loans"              # lenders, assets, loans, payments
    QUOTE_PAYOFFS = "quote_payoffs"            # payoffs, lender letters, releases
    ISSUE_DOCUMENTS = "issue_documents"
    SETTLE_SALES = "settle_sales"
    FINALISE_SETTLEMENTS = "finalise_settlements"
    VIEW_APPLICATIONS = "view_applications"
    PREPARE_APPLICATIONS = "prepare_applications"  # facts, findings, dossier: the desk's work
    SUBMIT_APPLICATIONS = "submit_applications"
    SECURITY_CHECK = "security_check"          # the security officer's check, and the veto
    DECIDE_APPLICATIONS = "decide_applications"
    SIGN_REFUSALS = "sign_refusals"
    EXPORT_PERSONAL_DATA = "export_personal_data"  # a person's copy of their data
    ERASE_PERSONAL_DATA = "erase_personal_data"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_PROGRAMS = "manage_programs"


P = Permission
_DESK = {P.VIEW_CUSTOMERS, P.EDIT_CUSTOMERS, P.MANAGE_LOANS, P.QUOTE_PAYOFFS, P.ISSUE_DOCUMENTS,
         P.SETTLE_SALES, P.VIEW_APPLICATIONS, P.PREPARE_APPLICATIONS}

# The matrix. Nobody may delete an audit record: there is no such permission.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset(_DESK),
    Role.CREDIT_OFFICER: frozenset(_DESK | {P.SUBMIT_APPLICATIONS, P.DECIDE_APPLICATIONS}),
    Role.SECURITY_OFFICER: frozenset({P.VIEW_CUSTOMERS, P.ISSUE_DOCUMENTS, P.SECURITY_CHECK,
                                      P.VIEW_APPLICATIONS, P.VIEW_AUDIT}),
    Role.BRANCH_MANAGER: frozenset(_DESK | {P.FINALISE_SETTLEMENTS, P.DECIDE_APPLICATIONS,
                                            P.SIGN_REFUSALS, P.EXPORT_PERSONAL_DATA,
                                            P.ERASE_PERSONAL_DATA, P.VIEW_AUDIT}),
    # The administrator runs the system, not the desk: no customer files.
    Role.ADMINISTRATOR: frozenset({P.MANAGE_USERS, P.MANAGE_SETTINGS, P.MANAGE_PROGRAMS,
                                   P.VIEW_AUDIT, P.EXPORT_PERSONAL_DATA, P.ERASE_PERSONAL_DATA}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


class AccessDenied(PermissionError):
    """The signed-in user's role does not allow the action (or nobody is signed in)."""

    def __init__(self, permission: Permission, role: Role | None):
        self.permission, self.role = permission, role
        who = f"the role {role.value}" if role else "nobody signed in"
        super().__init__(f"{permission.value} is not allowed for {who}")


@dataclass(frozen=True)
class User:
    id: str
    username: str
    display_name: str
    role: Role
    disabled: bool = False
    failed_attempts: int = 0
    locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


@dataclass(frozen=True)
class SignInRules:
    max_failed_attempts: int = 5
    lockout_minutes: int = 15
    idle_lock_minutes: int = 10
    min_password_length: int = 10


def after_failed_attempt(user: User, now: datetime, rules: SignInRules) -> User:
    """Count a wrong password; the fifth in a row locks the account for a while."""
    attempts = user.failed_attempts + 1
    if attempts >= rules.max_failed_attempts:
        return replace(user, failed_attempts=0,
                       locked_until=now + timedelta(minutes=rules.lockout_minutes))
    return replace(user, failed_attempts=attempts)


def validate_new_user(username: str, display_name: str, password: str, rules: SignInRules) -> None:
    p = Problems()
    if not username.strip() or any(c.isspace() for c in username.strip()):
        p.add("username", "A user name is one word, without spaces.")
    if not display_name.strip():
        p.add("display_name", "Enter the person's name as it appears on documents.")
    validate_password(password, rules, p)
    p.raise_if_any()


def validate_password(password: str, rules: SignInRules, problems: Problems | None = None) -> None:
    p = problems or Problems()
    if len(password) < rules.min_password_length:
        p.add("password", "A password has at least {count} characters.",
              count=rules.min_password_length)
    elif password.strip() != password:
        p.add("password", "A password does not start or end with a space.")
    if problems is None:
        p.raise_if_any()
