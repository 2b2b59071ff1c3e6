"""Sign-in, lockout and the role matrix, enforced by the services themselves."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher

from desktop.domain.access import ROLE_PERMISSIONS, AccessDenied, Permission, Role, allows
from desktop.domain.errors import Conflict, ValidationError
from desktop.domain.lenders import Lender
from desktop.domain.settings import DeskSettings
from desktop.services.context import ServiceContext, Session
from desktop.services.registry import Services
from desktop.services.users import SignInRefused, UserService
from desktop.store.db import open_database
from tests.samples import sample_customer

# Cheap parameters: the rules are under test here, not Argon2's cost.
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 20, 1, 0, tzinfo=timezone.utc)

    def __call__(self):
        return self.now


@pytest.fixture
def desk(tmp_path):
    """The app's own arrangement: a session that starts empty."""
    database = open_database(tmp_path / "desk.sqlite3")
    clock = Clock()
    ctx = ServiceContext(database, "system", clock, session=Session())
    services = Services.build(ctx)
    users = UserService(ctx, services.settings, hasher=FAST)
    yield ctx, services, users, clock
    database.close()


def audit_actions(ctx):
    return [r[0] for r in ctx.database.conn.execute("SELECT action FROM audit_log ORDER BY seq")]


def test_the_first_start_creates_the_administrator_once(desk):
    ctx, services, users, _ = desk
    assert users.needs_first_administrator()
    admin = users.create_first_administrator("admin", "山本 管理者", "correct horse battery")
    assert admin.role is Role.ADMINISTRATOR and not users.needs_first_administrator()
    with pytest.raises(Conflict):
        users.create_first_administrator("admin2", "Another", "correct horse battery")


def test_a_short_password_is_refused_by_field(desk):
    _, _, users, _ = desk
    with pytest.raises(ValidationError) as e:
        users.create_first_administrator("admin", "Admin", "short")
    assert e.value.fields == ("password",)


def test_sign_in_wrong_password_and_lockout_after_five(desk):
    ctx, services, users, clock = desk
    users.create_first_administrator("admin", "Admin", "correct horse battery")
    users.sign_in("admin", "correct horse battery")
    clerk = users.add_user("tanaka", "田中 花子", Role.CLERK, "clerk password 1")
    users.sign_out()

    for attempt in range(4):
        with pytest.raises(SignInRefused) as e:
            users.sign_in("tanaka", "wrong password!")
        assert not e.value.locked
    with pytest.raises(SignInRefused) as e:  # the fifth wrong one locks the account
        users.sign_in("tanaka", "wrong password!")
    assert e.value.locked
    # Locked: even the right password is refused, for 15 minutes.
    clock.now += timedelta(minutes=14, seconds=59)
    with pytest.raises(SignInRefused) as e:
        users.sign_in("tanaka", "clerk password 1")
    assert e.value.locked
    clock.now += timedelta(seconds=1)
    assert users.sign_in("tanaka", "clerk password 1").id == clerk.id
    assert ctx.session.user.username == "tanaka"
    # An unknown name is refused with the same words as a wrong password.
    with pytest.raises(SignInRefused, match="Wrong user name or password"):
        users.sign_in("nobody", "whatever it is")

    actions = audit_actions(ctx)
    assert actions.count("user.sign_in_failed") == 7  # 5 wrong, 1 while locked, 1 unknown name
    assert actions.count("user.sign_in") == 2


def test_the_administrator_resets_a_password_and_lifts_the_lock(desk):
    ctx, _, users, _ = desk
    users.create_first_administrator("admin", "Admin", "correct horse battery")
    users.sign_in("admin", "correct horse battery")
    clerk = users.add_user("tanaka", "田中 花子", Role.CLERK, "clerk password 1")
    users.sign_out()
    for _ in range(5):
        with pytest.raises(SignInRefused):
            users.sign_in("tanaka", "wrong password!")
    users.sign_in("admin", "correct horse battery")
    users.reset_password(clerk.id, "a new password 2")
    users.sign_out()
    assert users.sign_in("tanaka", "a new password 2").id == clerk.id


def test_a_disabled_account_cannot_sign_in(desk):
    _, _, users, _ = desk
    users.create_first_administrator("admin", "Admin", "correct horse battery")
    users.sign_in("admin", "correct horse battery")
    clerk = users.add_user("tanaka", "田中 花子", Role.CLERK, "clerk password 1")
    users.set_disabled(clerk.id, True)
    with pytest.raises(Conflict):
        users.set_disabled(users.users()[0].id, True)  # not one's own account
    users.sign_out()
    with pytest.raises(SignInRefused, match="disabled"):
        users.sign_in("tanaka", "clerk password 1")


def test_a_hash_made_with_old_parameters_is_replaced_at_sign_in(desk):
    ctx, services, users, _ = desk
    users.create_first_administrator("admin", "Admin", "correct horse battery")
    stored = ctx.database.conn.execute("SELECT password_hash FROM users").fetchone()[0]
    assert "m=8," in stored
    stronger = UserService(ctx, services.settings, hasher=PasswordHasher(time_cost=2, memory_cost=16,
                                                                         parallelism=1))
    stronger.sign_in("admin", "correct horse battery")
    rehashed = ctx.database.conn.execute("SELECT password_hash FROM users").fetchone()[0]
    assert rehashed.startswith("$argon2id$") and "m=16," in rehashed


def test_nobody_signed_in_may_do_nothing(desk):
    _, services, _, _ = desk
    with pytest.raises(AccessDenied):
        services.customers.recent()
    with pytest.raises(AccessDenied):
        services.customers.take_in(sample_customer())


# One representative call per permission: (permission, call).
def _calls(services):
    return [
        (Permission.VIEW_CUSTOMERS, lambda: services.customers.recent()),
        (Permission.EDIT_CUSTOMERS, lambda: services.customers.take_in(sample_customer())),
        (Permission.MANAGE_LOANS, lambda: services.loans.add_lender(Lender(id="", name="Банк"))),
        (Permission.QUOTE_PAYOFFS, lambda: services.releases.open_releases(date(2026, 11, 20))),
        (Permission.ISSUE_DOCUMENTS, lambda: services.documents.register()),
        (Permission.VIEW_AUDIT, lambda: services.audit_trail.entries()),
        (Permission.MANAGE_USERS, lambda: services.users.users()),
        (Permission.MANAGE_SETTINGS,
         lambda: services.settings.update(DeskSettings(branch_name="Новая ветка"))),
    ]


@pytest.mark.parametrize("role", list(Role))
def test_each_role_is_refused_what_its_duties_do_not_need(desk, role):
    ctx, services, users, _ = desk
    users.create_first_administrator("admin", "Admin", "correct horse battery")
    users.sign_in("admin", "correct horse battery")
    users.add_user("someone", "Someone", role, "their password 1")
    users.sign_out()
    users.sign_in("someone", "their password 1")
    for permission, call in _calls(services):
        if allows(role, permission):
            call()  # allowed: it runs
        else:
            with pytest.raises(AccessDenied) as e:
                call()
            assert e.value.permission is permission


def test_the_matrix_says_what_the_issue_says():
    holders = {p: {r for r, ps in ROLE_PERMISSIONS.items() if p in ps} for p in Permission}
    assert holders[Permission.SECURITY_CHECK] == {Role.SECURITY_OFFICER}       # only they veto
    assert holders[Permission.SIGN_REFUSALS] == {Role.BRANCH_MANAGER}          # only they sign
    assert holders[Permission.MANAGE_USERS] == {Role.ADMINISTRATOR}
    assert holders[Permission.MANAGE_PROGRAMS] == {Role.ADMINISTRATOR}
    assert holders[Permission.MANAGE_SETTINGS] == {Role.ADMINISTRATOR}
    # Nobody deletes an audit record: no such permission exists at all.
    assert not [p for p in Permission if "delete" in p.value or "audit" in p.value and p != Permission.VIEW_AUDIT]


def test_sign_in_attempts_are_audited_under_the_name_typed(desk):
    ctx, _, users, _ = desk
    users.create_first_administrator("admin", "Admin", "correct horse battery")
    with pytest.raises(SignInRefused):
        users.sign_in("admin", "wrong password!")
    users.sign_in("admin", "correct horse battery")
    rows = ctx.database.conn.execute(
        "SELECT actor, action FROM audit_log WHERE action LIKE 'user.sign_in%' ORDER BY seq").fetchall()
    assert rows == [("admin", "user.sign_in_failed"), ("admin", "user.sign_in")]
