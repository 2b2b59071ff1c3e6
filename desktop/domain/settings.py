"""The desk's settings: plain values, kept in the database as JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from desktop.domain.access import SignInRules
from desktop.domain.errors import Problems
from desktop.domain.money import MINOR_DIGITS, Money
from desktop.domain.releases import ReleaseRules

# A lender's letter and the desk's estimate rarely agree to the unit (fees,
# a payment in transit); beyond this gap the clerk is warned.
_DEFAULT_GAP = {"JPY": 1_000, "CNY": 10_00, "RUB": 100_00, "USD": 10_00, "EUR": 10_00}

# The languages of the screens; "" follows the computer's own language.
SCREEN_LANGUAGES = ("", "en", "ja", "ru", "zh_CN")


@dataclass(frozen=True)
class DeskSettings:
    branch_name: str = "LienDesk"
    payoff_sent_within_days: int = 10
    release_within_days: int = 21
    quote_gap_minor: dict[str, int] = field(default_factory=lambda: dict(_DEFAULT_GAP))
    max_failed_sign_ins: int = 5
    lockout_minutes: int = 15
    idle_lock_minutes: int = 10
    screen_language: str = ""  # one of SCREEN_LANGUAGES; "" is the system's
    # The region of the branch (credit programs lend to people registered in it).
    branch_region: str = ""

    @property
    def sign_in_rules(self) -> SignInRules:
        return SignInRules(self.max_failed_sign_ins, self.lockout_minutes, self.idle_lock_minutes)

    @property
    def release_rules(self) -> ReleaseRules:
        return ReleaseRules(self.payoff_sent_within_days, self.release_within_days)

    def quote_gap_tolerance(self, currency: str) -> Money:
        return Money(self.quote_gap_minor.get(currency, _DEFAULT_GAP[currency]), currency)

    def to_json_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json_dict(cls, data: dict) -> "DeskSettings":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def validate_settings(settings: DeskSettings) -> None:
    p = Problems()
    if not settings.branch_name.strip():
        p.add("branch_name", "Enter the branch's name, as printed on documents.")
    if not 1 <= settings.payoff_sent_within_days <= 90:
        p.add("payoff_sent_within_days", "Between 1 and 90 days.")
    if not 1 <= settings.release_within_days <= 180:
        p.add("release_within_days", "Between 1 and 180 days.")
    if not 3 <= settings.max_failed_sign_ins <= 20:
        p.add("max_failed_sign_ins", "Between 3 and 20 attempts.")
    if not 1 <= settings.lockout_minutes <= 24 * 60:
        p.add("lockout_minutes", "Between 1 minute and a day.")
    if not 1 <= settings.idle_lock_minutes <= 240:
        p.add("idle_lock_minutes", "Between 1 and 240 minutes.")
    if settings.screen_language not in SCREEN_LANGUAGES:
        p.add("screen_language", "Choose one of the languages offered.")
    for currency, minor in settings.quote_gap_minor.items():
        if currency not in MINOR_DIGITS or minor < 0:
            p.add("quote_gap_minor", "A tolerance for {currency} must be zero or more.",
                  currency=currency)
    p.raise_if_any()
