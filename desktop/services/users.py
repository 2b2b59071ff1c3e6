"""Signing in and out, and the administrator's work on user accounts.

Passwords are kept only as Argon2id hashes (argon2-cffi), rehashed at the
next sign-in when the parameters change. Five wrong passwords in a row lock
the account for a while (both numbers in settings); every sign-in, good or
bad, is in the audit trail.
"""

from __future__ import annotations

from dataclasses import replace

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.domain.access import (Permission, Role, User, after_failed_attempt, validate_new_user,
                                   validate_password)
from desktop.domain.errors import Conflict, ValidationError
from desktop.services.context import ServiceContext
from desktop.services.settings import SettingsService
from desktop.store.ids import new_id
from desktop.store.users import UserRepository


# The same words for an unknown user name and a wrong password.
_WRONG = "Wrong user name or password."


class SignInRefused(Exception):
    """Wrong user name or password, a disabled account, or a locked one.

    The message never says which user names exist."""

    def __init__(self, message: str, locked: bool = False):
        super().__init__(message)
        self.locked = locked


class UserService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService,
                 hasher: PasswordHasher | None = None):
        self._ctx = ctx
        self._db = ctx.database
        self._users = UserRepository(ctx.database)
        self._settings = settings
        self._hasher = hasher or PasswordHasher()  # argon2-cffi's defaults: Argon2id, RFC 9106 low-memory

    # -- first start -------------------------------------------------------------

    def needs_first_administrator(self) -> bool:
        return self._users.count() == 0

    def create_first_administrator(self, username: str, display_name: str, password: str) -> User:
        """The first start creates the administrator; only then."""
        rules = self._settings.get().sign_in_rules
        validate_new_user(username, display_name, password, rules)
        user = User(id=new_id(), username=username.strip(), display_name=display_name.strip(),
                    role=Role.ADMINISTRATOR)
        now = self._ctx.now()
        with self._db.transaction():
            if self._users.count():
                raise Conflict("The administrator already exists.")
            self._users.add(user, self._hasher.hash(password), now)
            self._ctx.audit(now, "user.create_first_administrator", "user", user.id, after=user)
        return user

    # -- signing in ----------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> User:
        rules = self._settings.get().sign_in_rules
        now = self._ctx.now()
        with self._db.transaction():
            found = self._users.by_username(username)
            if found is None:
                self._ctx.audit(now, "user.sign_in_failed", "user", username.strip()[:64],
                                after={"reason": "unknown user name"}, actor=username.strip()[:64])
                refusal = SignInRefused(_WRONG)
            else:
                refusal = self._check(*found, password, now, rules)
        # Raised only now: the failed attempt and its audit row are committed.
        if refusal is not None:
            raise refusal
        user = self._users.by_username(username)[0]
        self._ctx.session.user = user
        return user

    def _check(self, user: User, stored_hash: str, password: str, now, rules):
        """Inside the sign-in transaction: the refusal to raise after the commit, or None."""
        if user.disabled:
            self._ctx.audit(now, "user.sign_in_failed", "user", user.id, after={"reason": "disabled"},
                            actor=user.username)
            return SignInRefused("This account is disabled. Ask an administrator.")
        if user.is_locked(now):
            self._ctx.audit(now, "user.sign_in_failed", "user", user.id, after={"reason": "locked"},
                            actor=user.username)
            return SignInRefused("Too many wrong passwords: the account is locked for a while.", locked=True)
        try:
            self._hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            failed = after_failed_attempt(user, now, rules)
            self._users.update(failed, now)
            self._ctx.audit(now, "user.sign_in_failed", "user", user.id,
                            after={"reason": "wrong password", "locked": failed.locked_until is not None},
                            actor=user.username)
            if failed.locked_until is not None:
                return SignInRefused("Too many wrong passwords: the account is locked for a while.",
                                     locked=True)
            return SignInRefused(_WRONG)
        if self._hasher.check_needs_rehash(stored_hash):
            self._users.set_password_hash(user.id, self._hasher.hash(password), now)
        if user.failed_attempts or user.locked_until:
            self._users.update(replace(user, failed_attempts=0, locked_until=None), now)
        self._ctx.audit(now, "user.sign_in", "user", user.id, actor=user.username)
        return None

    def sign_out(self) -> None:
        user = self._ctx.session.user
        if user is None:
            return
        now = self._ctx.now()
        with self._db.transaction():
            self._ctx.audit(now, "user.sign_out", "user", user.id)
        self._ctx.session.user = None

    def verify_password(self, password: str) -> bool:
        """Unlock after idle time: the same user, the same password."""
        user = self._ctx.session.user
        found = user and self._users.by_username(user.username)
        if not found:
            return False
        try:
            return self._hasher.verify(found[1], password)
        except (VerificationError, InvalidHashError):
            return False

    def change_own_password(self, old: str, new: str) -> None:
        user = self._ctx.session.user
        if user is None or not self.verify_password(old):
            raise ValidationError.single("old_password", "The current password is not right.")
        validate_password(new, self._settings.get().sign_in_rules)
        now = self._ctx.now()
        with self._db.transaction():
            self._users.set_password_hash(user.id, self._hasher.hash(new), now)
            self._ctx.audit(now, "user.change_password", "user", user.id)

    # -- the administrator's screen -------------------------------------------------

    def users(self) -> list[User]:
        self._ctx.require(Permission.MANAGE_USERS)
        return self._users.all()

    def add_user(self, username: str, display_name: str, role: Role, password: str) -> User:
        self._ctx.require(Permission.MANAGE_USERS)
        validate_new_user(username, display_name, password, self._settings.get().sign_in_rules)
        user = User(id=new_id(), username=username.strip(), display_name=display_name.strip(), role=role)
        now = self._ctx.now()
        with self._db.transaction():
            if self._users.by_username(user.username) is not None:
                raise ValidationError.single("username", "This user name is taken.")
            self._users.add(user, self._hasher.hash(password), now)
            self._ctx.audit(now, "user.add", "user", user.id, after=user)
        return user

    def set_disabled(self, user_id: str, disabled: bool) -> User:
        self._ctx.require(Permission.MANAGE_USERS)
        now = self._ctx.now()
        with self._db.transaction():
            before = self._users.get(user_id)
            if self._ctx.session.user and before.id == self._ctx.session.user.id and disabled:
                raise Conflict("You cannot disable your own account.")
            after = replace(before, disabled=disabled)
            self._users.update(after, now)
            self._ctx.audit(now, "user.disable" if disabled else "user.enable", "user", user_id,
                            before=before, after=after)
        return after

    def reset_password(self, user_id: str, new_password: str) -> User:
        """Also lifts a lockout: the administrator has checked who is asking."""
        self._ctx.require(Permission.MANAGE_USERS)
        validate_password(new_password, self._settings.get().sign_in_rules)
        now = self._ctx.now()
        with self._db.transaction():
            before = self._users.get(user_id)
            after = replace(before, failed_attempts=0, locked_until=None)
            self._users.update(after, now)
            self._users.set_password_hash(user_id, self._hasher.hash(new_password), now)
            self._ctx.audit(now, "user.reset_password", "user", user_id, before=before, after=after)
        return after
