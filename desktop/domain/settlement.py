"""The settlement ledger: who pays whom what at the closing, modelled on the
ALTA settlement statement.

A line is a charge from a payer to a payee (the buyer pays the price to the
seller; the seller pays the payoff to the lender). The closing agent (the
dealer, or the broker's or scrivener's escrow) runs every line through its
closing account: it collects what each party owes on balance and pays what
each is owed on balance.

Everyone but the seller is settled that way, by netting: the buyer brings
what the statement says, lenders and brokers are paid what they are owed. The
seller is different: the seller is paid only what is left once every payee
is paid, and the agent cannot take money from a seller who has none. So the
seller's account must be settled by lines of its own with the closing
account: "net proceeds to the seller" or "cash from the seller" (or another
party's money credited to the seller, such as a shortfall rolled into a new
loan). Whatever the seller is still owed is an Overage (money left
undistributed); whatever the seller still owes is a Shortage (the money
collected does not cover the payouts: the seller must bring it).

Columns: on a charge the payer is debited and the payee credited. On a line
with the closing account (cash brought or paid out) the party's column is the
side that settles its account, as an ALTA statement prints "cash to seller"
among the seller's debits and "cash from buyer" among the buyer's credits:
a settled party's debits then equal its credits.

Lines marked outside_closing (paid outside closing, or shown for information
such as a debt that stays with the seller) are printed but never counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from desktop.domain.errors import Problems, ValidationError
from desktop.domain.money import Money, minor_digits, total
from desktop.domain.notices import Notice


class Role(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    LENDER = "lender"
    BROKER = "broker"
    DEALER = "dealer"
    SCRIVENER = "scrivener"  # 司法書士: registers the transfer and the mortgage discharge
    MANAGEMENT_ASSOCIATION = "management_association"  # 管理組合 of a condominium
    TAX_OFFICE = "tax_office"
    GUARANTOR_COMPANY = "guarantor_company"  # 保証会社: pays the bank off after default (代位弁済)
    OTHER = "other"
    # The closing agent's account the money passes through (escrow, the
    # dealer's own account): only ever the counterparty of a line that brings
    # money in or pays it out to settle a party's account.
    CLOSING_ACCOUNT = "closing_account"


class Section(StrEnum):
    """Sections of the statement, in the order they are printed."""

    PRICE_AND_DEPOSITS = "price_and_deposits"
    PRORATIONS_AND_ADJUSTMENTS = "prorations_and_adjustments"
    PAYOFFS = "payoffs"
    COMMISSION = "commission"
    GOVERNMENT_AND_REGISTRATION = "government_and_registration"
    OTHER_COSTS = "other_costs"
    ALLOWANCES = "allowances"
    PROCEEDS = "proceeds"  # what is paid to the seller at the end (ALTA's "cash to seller")


@dataclass(frozen=True)
class Party:
    role: Role
    name: str
    id: str = ""  # tells apart two parties of one role, e.g. two lenders

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "role", Role(self.role))
        except ValueError:
            raise ValidationError.single("role", "Unknown role: {role}.", role=repr(self.role)) from None
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValidationError.single("name", "Enter the party's name.")

    @property
    def is_closing_account(self) -> bool:
        return self.role is Role.CLOSING_ACCOUNT


def closing_account(agent: Party) -> Party:
    """The account of the closing agent through which a settlement's money passes."""
    return Party(Role.CLOSING_ACCOUNT, agent.name, agent.id)


@dataclass(frozen=True)
class SettlementLine:
    section: Section
    description: Notice
    payer: Party
    payee: Party
    amount: Money
    outside_closing: bool = False
    explanation: Notice | None = None  # the arithmetic of a computed figure
    rule: str = ""  # code of the rule that produced the line, e.g. "jp.takken.commission_cap"

    def __post_init__(self) -> None:
        p = Problems()
        try:
            object.__setattr__(self, "section", Section(self.section))
        except ValueError:
            p.add("section", "Unknown section: {section}.", section=repr(self.section))
        if not isinstance(self.description, Notice):
            p.add("description", "Describe the line.")
        if not isinstance(self.amount, Money):
            p.add("amount", "Enter an amount.")
        elif self.amount.is_negative():
            # A credit is a line the other way round, never a negative charge.
            p.add("amount", "A line's amount cannot be negative: swap payer and payee instead.")
        if not isinstance(self.payer, Party) or not isinstance(self.payee, Party):
            p.add("payer", "Choose who pays and who receives.")
        elif self.payer == self.payee:
            p.add("payee", "The payer and the payee are the same party.")
        elif self.payer.is_closing_account and self.payee.is_closing_account:
            p.add("payee", "A line between the closing account and itself moves nothing.")
        p.raise_if_any()

    @property
    def settles(self) -> bool:
        """Whether the line brings money into the closing account or pays it out of it."""
        return self.payer.is_closing_account or self.payee.is_closing_account

    def debit_of(self, party: Party) -> Money:
        """What this line puts in the party's debit column (zero if none)."""
        if self.settles:
            # Paid out of the closing to the party: settles a credit balance.
            return self.amount if self.payee == party else Money.zero(self.amount.currency)
        return self.amount if self.payer == party else Money.zero(self.amount.currency)

    def credit_of(self, party: Party) -> Money:
        """What this line puts in the party's credit column (zero if none)."""
        if self.settles:
            # Brought into the closing by the party: settles a debit balance.
            return self.amount if self.payer == party else Money.zero(self.amount.currency)
        return self.amount if self.payee == party else Money.zero(self.amount.currency)


@dataclass(frozen=True)
class Columns:
    """A line as printed on the statement: the buyer's and the seller's columns."""

    buyer_debit: Money
    buyer_credit: Money
    seller_debit: Money
    seller_credit: Money


class BalanceState(StrEnum):
    BALANCED = "balanced"
    OVERAGE = "overage"  # money left undistributed in the closing account
    SHORTAGE = "shortage"  # the money collected does not cover the payouts


@dataclass(frozen=True)
class Balance:
    state: BalanceState
    amount: Money  # the overage or shortage; zero when balanced
    money_in: Money
    money_out: Money
    who_owes_whom: Notice


@dataclass(frozen=True)
class Settlement:
    currency: str
    lines: tuple[SettlementLine, ...]
    buyer: Party
    seller: Party
    agent: Party  # who runs the closing: the dealer, the broker or the scrivener
    settled_on: date | None = None
    notices: tuple[Notice, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.lines))
        object.__setattr__(self, "notices", tuple(self.notices))
        p = Problems()
        try:
            minor_digits(self.currency)
        except ValueError:
            raise ValidationError.single("currency", "Unsupported currency: {currency}.",
                                         currency=repr(self.currency)) from None
        if self.buyer == self.seller:
            p.add("buyer", "The buyer and the seller are the same party.")
        for name in ("buyer", "seller", "agent"):
            if getattr(self, name).is_closing_account:
                p.add(name, "The closing account is not a party to the deal.")
        closing = self.closing
        for i, line in enumerate(self.lines):
            if not isinstance(line, SettlementLine):
                p.add(f"lines[{i}]", "Not a settlement line.")
                continue
            if line.amount.currency != self.currency:
                p.add(f"lines[{i}]", "This settlement is in {currency}; the line is in {line_currency}.",
                      currency=self.currency, line_currency=line.amount.currency)
            for party in (line.payer, line.payee):
                if party.is_closing_account and party != closing:
                    p.add(f"lines[{i}]", "The line goes through {party}'s account; "
                                         "this closing is run by {agent}.",
                          party=party.name, agent=self.agent.name)
        p.raise_if_any()

    # -- the lines ------------------------------------------------------------

    @property
    def closing(self) -> Party:
        return closing_account(self.agent)

    @property
    def in_closing(self) -> tuple[SettlementLine, ...]:
        return tuple(line for line in self.lines if not line.outside_closing)

    @property
    def outside(self) -> tuple[SettlementLine, ...]:
        return tuple(line for line in self.lines if line.outside_closing)

    def with_lines(self, *lines: SettlementLine) -> Settlement:
        return replace(self, lines=(*self.lines, *lines))

    def with_notices(self, *notices: Notice) -> Settlement:
        return replace(self, notices=(*self.notices, *notices))

    def section(self, section: Section) -> tuple[SettlementLine, ...]:
        return tuple(line for line in self.lines if line.section is section)

    def section_total(self, section: Section) -> Money:
        return self._sum(line.amount for line in self.section(section) if not line.outside_closing)

    def parties(self) -> tuple[Party, ...]:
        """Buyer, seller, then everyone else in the order they first appear."""
        found: list[Party] = [self.buyer, self.seller]
        for line in self.lines:
            for party in (line.payer, line.payee):
                if not party.is_closing_account and party not in found:
                    found.append(party)
        return tuple(found)

    def columns(self, line: SettlementLine) -> Columns:
        return Columns(line.debit_of(self.buyer), line.credit_of(self.buyer),
                       line.debit_of(self.seller), line.credit_of(self.seller))

    # -- each party's account ---------------------------------------------------

    def _sum(self, amounts) -> Money:
        return total(amounts, self.currency)

    def debits(self, party: Party) -> Money:
        """The party's debit column, lines in the closing only."""
        return self._sum(line.debit_of(party) for line in self.in_closing)

    def credits(self, party: Party) -> Money:
        return self._sum(line.credit_of(party) for line in self.in_closing)

    def position(self, party: Party) -> Money:
        """What the charges leave the party owed (positive) or owing (negative)."""
        charges = [line for line in self.in_closing if not line.settles]
        return (self._sum(line.amount for line in charges if line.payee == party)
                - self._sum(line.amount for line in charges if line.payer == party))

    def paid_in(self, party: Party) -> Money:
        """Money the party brings into the closing account by a line of its own."""
        return self._sum(line.amount for line in self.in_closing
                         if line.settles and line.payer == party)

    def paid_out(self, party: Party) -> Money:
        """Money the closing account pays the party by a line of its own."""
        return self._sum(line.amount for line in self.in_closing
                         if line.settles and line.payee == party)

    def unsettled(self, party: Party) -> Money:
        """The party's account after its own lines with the closing account:
        positive, still owed to it; negative, it still owes."""
        return self.position(party) + self.paid_in(party) - self.paid_out(party)

    def money_in(self, party: Party) -> Money:
        """What the party hands to the closing agent.

        Everyone but the seller brings, on top of its own lines, whatever it
        still owes on balance (the buyer's due, a lender's new loan).
        """
        brought = self.paid_in(party)
        if party != self.seller:
            brought += max(-self.unsettled(party), Money.zero(self.currency))
        return brought

    def money_out(self, party: Party) -> Money:
        """What the closing agent hands to the party."""
        paid = self.paid_out(party)
        if party != self.seller:
            paid += max(self.unsettled(party), Money.zero(self.currency))
        return paid

    def total_in(self) -> Money:
        return self._sum(self.money_in(p) for p in self.parties())

    def total_out(self) -> Money:
        return self._sum(self.money_out(p) for p in self.parties())

    @property
    def net_proceeds(self) -> Money:
        """What the sale leaves the seller: positive, its proceeds; negative, its shortfall."""
        return self.position(self.seller)

    @property
    def due_from_buyer(self) -> Money:
        """What the buyer brings to the closing (ALTA's "cash due from buyer")."""
        return self.money_in(self.buyer) - self.money_out(self.buyer)

    # -- the balance ----------------------------------------------------------

    def balance(self) -> Balance:
        """Whether the money collected pays out every line, exactly."""
        money_in, money_out = self.total_in(), self.total_out()
        left = self.unsettled(self.seller)  # == money_in - money_out
        values = {"seller": self.seller.name, "agent": self.agent.name,
                  "money_in": money_in, "money_out": money_out, "amount": abs(left)}
        if left.is_zero():
            return Balance(BalanceState.BALANCED, Money.zero(self.currency), money_in, money_out,
                           Notice("Balanced: {agent} collects {money_in} and pays out {money_out}.",
                                  values))
        if left.is_negative():
            return Balance(BalanceState.SHORTAGE, abs(left), money_in, money_out, Notice(
                "Short by {amount}: the money collected ({money_in}) does not cover the payouts "
                "({money_out}). {seller} must bring {amount} to {agent} before the closing.",
                values))
        return Balance(BalanceState.OVERAGE, left, money_in, money_out, Notice(
            "{amount} is left undistributed with {agent}: it is owed to {seller}. "
            "Add the payment of the seller's net proceeds.", values))


def line(section: Section, description: str, payer: Party, payee: Party, amount: Money, *,
         values: dict | None = None, explanation: Notice | None = None, rule: str = "",
         outside_closing: bool = False) -> SettlementLine:
    """A settlement line whose description is an English template and its values."""
    return SettlementLine(section, Notice(description, dict(values or {})), payer, payee, amount,
                          outside_closing=outside_closing, explanation=explanation, rule=rule)
