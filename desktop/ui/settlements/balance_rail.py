"""The balance of the deal on show, always in view: what comes in, what goes
out, whether it balances, who owes whom, and what the sale leaves the seller.
While the clerk types it shows the figures of the form as typed, marked as
not saved yet (show_unsaved); saving shows the saved version again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from desktop.domain.money import Money, format_money
from desktop.domain.settlement import BalanceState
from desktop.ui.i18n import fill, render_notice

_STATE_STYLE = {
    BalanceState.BALANCED: "background: #e8f5e9; color: #1b5e20; border: 1px solid #81c784;",
    BalanceState.OVERAGE: "background: #fff8e1; color: #7a4100; border: 1px solid #f5c28b;",
    BalanceState.SHORTAGE: "background: #ffebee; color: #b71c1c; border: 1px solid #e57373;",
}
_NEUTRAL = "background: #eeeeee; color: #424242; border: 1px solid #bdbdbd;"


class BalanceRail(QFrame):
    """Shows a DealView's balance; every figure is the engine's."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("balanceRail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(220)
        self.setMaximumWidth(300)
        self.title = QLabel(self.tr("<b>Balance</b>"))
        self.version_label = QLabel()
        self.version_label.setObjectName("railVersion")
        self.state_label = QLabel()
        self.state_label.setObjectName("railState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.money_in_label = QLabel()
        self.money_out_label = QLabel()
        for label in (self.money_in_label, self.money_out_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.net_caption = QLabel(self.tr("Seller's net proceeds"))
        self.net_label = QLabel()
        self.net_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.owes_label = QLabel()
        self.owes_label.setObjectName("railWhoOwes")
        self.owes_label.setWordWrap(True)
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("railUnsaved")
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setStyleSheet("QLabel { color: #7a4100; font-style: italic; }")
        self.unsaved_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Money in"), self.money_in_label)
        form.addRow(self.tr("Money out"), self.money_out_label)
        form.addRow(self.net_caption, self.net_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.version_label)
        layout.addWidget(self.unsaved_label)
        layout.addWidget(self.state_label)
        layout.addLayout(form)
        layout.addWidget(self.owes_label)
        layout.addStretch(1)
        self.clear()

    def _money(self, amount: Money) -> str:
        return format_money(amount, self.locale().name())

    def clear(self) -> None:
        self.unsaved = False
        self.unsaved_label.hide()
        self.state = None
        self.version_label.setText(self.tr("No deal on show."))
        self.state_label.setText("—")
        self.state_label.setStyleSheet("QLabel { %s padding: 6px; border-radius: 4px; }" % _NEUTRAL)
        for label in (self.money_in_label, self.money_out_label, self.net_label):
            label.setText("—")
        self.net_caption.setText(self.tr("Seller's net proceeds"))
        self.owes_label.setText("")

    def show_view(self, view) -> None:
        """A DealView (the saved version) with its computed figures."""
        version = view.version
        status = self.tr("FINAL") if version.is_final else self.tr("DRAFT")
        self.version_label.setText(fill(self.tr("Version {version} — {status}"),
                                        version=version.version, status=status))
        self.unsaved = False
        self.unsaved_label.hide()
        self.show_computation(view.computed)

    def show_unsaved(self, computed) -> None:
        """The figures of the form as typed (SettlementService.preview_changes), not saved yet."""
        self.unsaved = True
        self.unsaved_label.setText(self.tr("As typed, not saved yet"))
        self.unsaved_label.show()
        self.show_computation(computed)

    def show_unsaved_problem(self, message: str) -> None:
        """The form as typed cannot be settled yet: the last figures stay, with why."""
        self.unsaved = True
        self.unsaved_label.setText(fill(self.tr("As typed, not settled: {problem}"),
                                        problem=message))
        self.unsaved_label.show()

    def show_computation(self, computed) -> None:
        balance = computed.balance
        locale = self.locale().name()
        if balance is None:  # a voluntary sale not ready to settle
            self.state = None
            self.state_label.setText(self.tr("Not settled yet"))
            self.state_label.setStyleSheet("QLabel { %s padding: 6px; border-radius: 4px; }"
                                           % _NEUTRAL)
            for label in (self.money_in_label, self.money_out_label, self.net_label):
                label.setText("—")
            self.owes_label.setText("\n".join(render_notice(b, locale) for b in computed.blockers))
            return
        self.state = balance.state
        names = {BalanceState.BALANCED: self.tr("Balanced"),
                 BalanceState.OVERAGE: self.tr("Overage"),
                 BalanceState.SHORTAGE: self.tr("Shortage")}
        text = names[balance.state]
        if not balance.amount.is_zero():
            text = fill(self.tr("{state}: {amount}"), state=text, amount=self._money(balance.amount))
        self.state_label.setText(f"<b>{text}</b>")
        self.state_label.setStyleSheet("QLabel { %s padding: 6px; border-radius: 4px; }"
                                       % _STATE_STYLE[balance.state])
        self.money_in_label.setText(self._money(balance.money_in))
        self.money_out_label.setText(self._money(balance.money_out))
        net = computed.settlement.net_proceeds
        if net.is_negative():
            self.net_caption.setText(self.tr("Seller's shortfall"))
            self.net_label.setText(f"<span style='color:#b71c1c'>{self._money(abs(net))}</span>")
        else:
            self.net_caption.setText(self.tr("Seller's net proceeds"))
            self.net_label.setText(self._money(net))
        self.owes_label.setText(render_notice(balance.who_owes_whom, locale))
