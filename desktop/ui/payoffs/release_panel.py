"""After the sale: the payoff on its way and the lien's release, step by step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.money import format_money
from desktop.domain.releases import ReleaseStage
from desktop.ui.context import UiContext
from desktop.ui.i18n import fill
from desktop.ui.payoffs.release_dialogs import (ReleaseConfirmedDialog, ReleaseReceivedDialog,
                                                ReleaseSentDialog, ReleaseStartDialog)


class ReleasePanel(QGroupBox):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Payoff and lien release"))
        self.ctx = ctx
        self.loan_id: str | None = None
        self.release = None
        self.amount_due = None
        self.expected_documents: tuple[str, ...] = ()
        self.stage_names = {
            ReleaseStage.AWAITING_PAYOFF: self.tr("Sold — payoff not sent yet"),
            ReleaseStage.PAYOFF_SENT: self.tr("Payoff sent — waiting for the lender"),
            ReleaseStage.LENDER_CONFIRMED: self.tr("Lender confirmed — waiting for the release documents"),
            ReleaseStage.RELEASED: self.tr("Released"),
        }
        self.stage_label = QLabel(self.tr("Not tracked: start when the car or home is sold."))
        self.stage_label.setObjectName("releaseStage")
        self.stage_label.setWordWrap(True)
        self.due_label = QLabel()
        self.sent_label = QLabel()
        self.documents_label = QLabel()
        self.documents_label.setWordWrap(True)
        facts = QFormLayout()
        facts.addRow(self.tr("Stage"), self.stage_label)
        facts.addRow(self.tr("Due"), self.due_label)
        facts.addRow(self.tr("Sent"), self.sent_label)
        facts.addRow(self.tr("Release documents"), self.documents_label)

        self.start_button = QPushButton(self.tr("&Sold — track release…"))
        self.sent_button = QPushButton(self.tr("Payoff s&ent…"))
        self.confirmed_button = QPushButton(self.tr("Lender &confirmed…"))
        self.received_button = QPushButton(self.tr("Release &received…"))
        buttons = QHBoxLayout()
        for b in (self.start_button, self.sent_button, self.confirmed_button, self.received_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addLayout(buttons)

        self.start_button.clicked.connect(lambda: self._open(ReleaseStartDialog(ctx, self.loan_id, self)))
        self.sent_button.clicked.connect(
            lambda: self._open(ReleaseSentDialog(ctx, self.release, self.amount_due, self)))
        self.confirmed_button.clicked.connect(
            lambda: self._open(ReleaseConfirmedDialog(ctx, self.release, self)))
        self.received_button.clicked.connect(
            lambda: self._open(ReleaseReceivedDialog(ctx, self.release, self.expected_documents, self)))
        self._update_buttons()

    def show_loan(self, loan_id: str, amount_due) -> None:
        self.loan_id, self.amount_due = loan_id, amount_due
        services = self.ctx.services

        def load():
            loan = services.loans.get_loan(loan_id)
            lender = next((x for x in services.loans.lenders() if x.id == loan.lender_id), None)
            return services.releases.of_loan(loan_id), services.settings.get(), lender

        self.ctx.runner.run(load, lambda answer: self._show(loan_id, answer))

    def _show(self, loan_id: str, answer) -> None:
        if loan_id != self.loan_id:
            return
        releases, settings, lender = answer
        self.expected_documents = lender.release_documents if lender else ()
        self.release = releases[0] if releases else None
        r, rules = self.release, settings.release_rules
        if r is None:
            self.stage_label.setText(self.tr("Not tracked: start when the car or home is sold."))
            self.due_label.setText("—")
            self.sent_label.setText("—")
        else:
            self.stage_label.setText(self.stage_names[r.stage])
            if r.stage is ReleaseStage.AWAITING_PAYOFF:
                self.due_label.setText(fill(self.tr("payoff to be sent by {date}"),
                                            date=r.payoff_due_on(rules).isoformat()))
            elif r.stage is ReleaseStage.RELEASED:
                self.due_label.setText(fill(self.tr("released on {date}"), date=r.released_on.isoformat()))
            else:
                self.due_label.setText(fill(self.tr("release expected by {date}"),
                                            date=r.release_due_on(rules).isoformat()))
            self.sent_label.setText("—" if r.sent_on is None else fill(
                self.tr("{amount} on {date} by {method} {reference}"),
                amount=format_money(r.sent_amount, self.locale().name()), date=r.sent_on.isoformat(),
                method=r.sent_method, reference=r.sent_reference))
        received = ", ".join(r.documents_received) if r and r.documents_received else ""
        expected = ", ".join(self.expected_documents)
        self.documents_label.setText(received or (fill(self.tr("expected: {documents}"), documents=expected)
                                                  if expected else "—"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        stage = self.release.stage if self.release else None
        open_release = stage is not None and stage is not ReleaseStage.RELEASED
        self.start_button.setEnabled(self.loan_id is not None and not open_release)
        self.sent_button.setEnabled(stage is ReleaseStage.AWAITING_PAYOFF)
        self.confirmed_button.setEnabled(stage is ReleaseStage.PAYOFF_SENT)
        self.received_button.setEnabled(stage in (ReleaseStage.PAYOFF_SENT, ReleaseStage.LENDER_CONFIRMED))

    def _open(self, dialog) -> None:
        dialog.saved.connect(lambda _r: (self.show_loan(self.loan_id, self.amount_due), self.changed.emit()))
        self.step_dialog = dialog  # reachable for tests
        dialog.open()
