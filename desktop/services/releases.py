"""Getting the lien released after a sale: the payoff sent, the lender's
confirmation, the release documents — and the list of what is late."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop.domain.errors import Conflict
from desktop.domain.notices import Notice
from desktop.domain.loan_accounts import LoanStatus
from desktop.domain.money import Money
from desktop.domain.releases import (
    LienRelease,
    OverdueItem,
    OverdueStep,
    ReleaseRules,
    ReleaseStage,
    next_step,
    overdue,
    validate_release,
)
from desktop.domain.settings import DeskSettings
from desktop.domain.access import Permission
from desktop.services.context import ServiceContext
from desktop.store.ids import new_id
from desktop.store.loans import LoanRepository
from desktop.store.releases import ReleaseLine, ReleaseRepository
from desktop.store.settings import SettingsRepository

__all__ = [
    "LienRelease", "OpenReleaseExists", "OverdueRow", "ReleaseAlreadyDone", "ReleaseRow",
    "ReleaseService", "ReleaseStage",
]


class OpenReleaseExists(Conflict):
    """The loan already has a release under way."""

    def __init__(self, release: LienRelease):
        self.release = release
        super().__init__(Notice(
            "A lien release for this loan is already under way (sale on {sale_on}). Continue "
            "that one instead of starting another.", {"sale_on": release.sale_on}))


class ReleaseAlreadyDone(Conflict):
    """The lien is released: the release is closed."""

    def __init__(self, release: LienRelease):
        self.release = release
        super().__init__(Notice(
            "This lien was already released on {released_on}; it can no longer be changed.",
            {"released_on": release.released_on}))


@dataclass(frozen=True)
class OverdueRow:
    """A late step, with what the desk's overdue list shows of its loan."""

    item: OverdueItem
    account_number: str
    lender_name: str
    borrower_id: str
    borrower_name: str
    currency: str

    @property
    def release(self) -> LienRelease:
        return self.item.release

    @property
    def loan_id(self) -> str:
        return self.item.release.loan_id


@dataclass(frozen=True)
class ReleaseRow:
    """A release not yet released, for the Payoffs screen: its stage and the
    due date of its next step (``step``), and how many days late that is."""

    release: LienRelease
    stage: ReleaseStage
    step: OverdueStep          # what the desk is waiting for
    due_on: date
    days_late: int             # 0 while not yet due or due today
    account_number: str
    lender_name: str
    borrower_id: str
    borrower_name: str
    currency: str

    @property
    def loan_id(self) -> str:
        return self.release.loan_id


class ReleaseService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._db = ctx.database
        self._releases = ReleaseRepository(ctx.database)
        self._loans = LoanRepository(ctx.database)
        self._settings = SettingsRepository(ctx.database)

    # -- the steps -------------------------------------------------------------

    def start(self, loan_id: str, sale_on: date) -> LienRelease:
        """Open the release of a loan's lien on the day of the sale or trade-in."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        release = LienRelease(id=new_id(), loan_id=loan_id, sale_on=sale_on)
        today = self._ctx.today()
        now = self._ctx.now()
        with self._db.transaction():
            loan = self._loans.get(loan_id)
            validate_release(release, loan.currency, today)
            under_way = self._releases.open_of_loan(loan_id)
            if under_way is not None:
                raise OpenReleaseExists(under_way)
            self._releases.add(release, at=now)
            self._ctx.audit(now, "lien_release.start", "lien_release", release.id, after=release)
        return release

    def mark_sent(self, release_id: str, sent_on: date, amount: Money, method: str,
                  reference: str) -> LienRelease:
        """Record the payoff sent to the lender (again, to correct it, until released)."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        return self._change(
            release_id, "lien_release.mark_sent",
            lambda r: replace(r, sent_on=sent_on, sent_amount=amount, sent_method=method.strip(),
                              sent_reference=reference.strip()),
        )

    def mark_confirmed(self, release_id: str, on: date) -> LienRelease:
        """Record the day the lender confirmed the loan is cleared."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        return self._change(release_id, "lien_release.mark_confirmed",
                            lambda r: replace(r, confirmed_on=on))

    def mark_released(self, release_id: str, on: date, documents: tuple[str, ...]) -> LienRelease:
        """Record the release documents received; the loan is then paid off."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        received = tuple(d.strip() for d in documents if d.strip())
        return self._change(release_id, "lien_release.mark_released",
                            lambda r: replace(r, released_on=on, documents_received=received),
                            pay_off_loan=True)

    def _change(self, release_id: str, action: str, change, *, pay_off_loan: bool = False
                ) -> LienRelease:
        today = self._ctx.today()
        now = self._ctx.now()
        with self._db.transaction():
            before = self._releases.get(release_id)
            if before.released_on is not None:
                raise ReleaseAlreadyDone(before)
            loan = self._loans.get(before.loan_id)
            after = change(before)
            validate_release(after, loan.currency, today)
            self._releases.update(after, at=now)
            self._ctx.audit(now, action, "lien_release", after.id, before=before, after=after)
            if pay_off_loan and loan.status is not LoanStatus.PAID_OFF:
                self._loans.set_status(loan.id, LoanStatus.PAID_OFF)
                self._ctx.audit(
                    now, "loan.set_status", "loan", loan.id,
                    before={"status": loan.status}, after={"status": LoanStatus.PAID_OFF,
                                                           "lien_release_id": after.id},
                )
        return after

    # -- reading ---------------------------------------------------------------

    def get(self, release_id: str) -> LienRelease:
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        return self._releases.get(release_id)

    def of_loan(self, loan_id: str) -> list[LienRelease]:
        """The loan's releases, the latest sale first."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        return self._releases.of_loan(loan_id)

    def overdue(self, today: date | None = None) -> list[OverdueRow]:
        """Steps past their due date, most late first (the desk's overdue list)."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        today = self._ctx.today() if today is None else today
        lines = {line.release.id: line for line in self._releases.open_lines()}
        items = overdue((line.release for line in lines.values()), today, self._rules())
        return [
            OverdueRow(item=item, **_loan_fields(lines[item.release.id]))
            for item in items
        ]

    def open_releases(self, today: date | None = None) -> list[ReleaseRow]:
        """Every release not yet released, the next step due soonest first."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        today = self._ctx.today() if today is None else today
        rules = self._rules()
        rows = []
        for line in self._releases.open_lines():
            step, due = next_step(line.release, rules)
            rows.append(ReleaseRow(
                release=line.release, stage=line.release.stage, step=step, due_on=due,
                days_late=max(0, (today - due).days), **_loan_fields(line),
            ))
        return sorted(rows, key=lambda r: (r.due_on, r.release.sale_on, r.release.id))

    def _rules(self) -> ReleaseRules:
        return (self._settings.get() or DeskSettings()).release_rules


def _loan_fields(line: ReleaseLine) -> dict[str, str]:
    return {
        "account_number": line.account_number,
        "lender_name": line.lender_name,
        "borrower_id": line.borrower_id,
        "borrower_name": line.borrower_name,
        "currency": line.currency,
    }
