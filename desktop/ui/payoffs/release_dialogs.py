"""The steps of a lien release, each a small form: sale, payoff sent,
lender's confirmation, release documents received."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop.domain.errors import Problems
from desktop.ui.context import UiContext
from desktop.ui.forms.ui_release_confirmed import Ui_ReleaseConfirmedDialog
from desktop.ui.forms.ui_release_received import Ui_ReleaseReceivedDialog
from desktop.ui.forms.ui_release_sent import Ui_ReleaseSentDialog
from desktop.ui.forms.ui_release_start import Ui_ReleaseStartDialog
from desktop.ui.widgets.record_dialog import RecordDialog


def _required(problems: Problems, field: str, value, message: str) -> None:
    if value is None and field not in problems.fields:
        problems.add(field, message)


class ReleaseStartDialog(RecordDialog):
    def __init__(self, ctx: UiContext, loan_id: str, parent: QWidget | None = None):
        super().__init__(ctx, Ui_ReleaseStartDialog(), parent)
        self.loan_id = loan_id
        self.ui.saleOnEdit.set_value(ctx.today())

    def field_widgets(self) -> dict[str, QWidget]:
        return {"sale_on": self.ui.saleOnEdit}

    def draft(self, read, problems: Problems):
        sale_on = read(self.ui.saleOnEdit, "sale_on")
        _required(problems, "sale_on", sale_on, self.tr("Enter the day of the sale or trade-in."))
        return sale_on

    def save(self, sale_on):
        releases, loan_id = self.ctx.services.releases, self.loan_id
        return lambda: releases.start(loan_id, sale_on)


class ReleaseSentDialog(RecordDialog):
    def __init__(self, ctx: UiContext, release, amount_due, parent: QWidget | None = None):
        super().__init__(ctx, Ui_ReleaseSentDialog(), parent)
        self.release = release
        self.ui.sentOnEdit.set_value(ctx.today())
        self.ui.amountEdit.set_money(amount_due)  # the payoff figure of the day, to confirm
        self.ui.methodEdit.setText(self.tr("Bank transfer"))

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"sent_on": ui.sentOnEdit, "sent_amount": ui.amountEdit, "sent_method": ui.methodEdit,
                "sent_reference": ui.referenceEdit}

    def draft(self, read, problems: Problems):
        ui = self.ui
        sent_on = read(ui.sentOnEdit, "sent_on")
        amount = read(ui.amountEdit, "sent_amount")
        _required(problems, "sent_on", sent_on, self.tr("Enter the day the payoff was sent."))
        _required(problems, "sent_amount", amount, self.tr("Enter the amount sent."))
        return sent_on, amount, ui.methodEdit.text().strip(), ui.referenceEdit.text().strip()

    def save(self, answer):
        releases, release_id = self.ctx.services.releases, self.release.id
        sent_on, amount, method, reference = answer
        return lambda: releases.mark_sent(release_id, sent_on, amount, method, reference)


class ReleaseConfirmedDialog(RecordDialog):
    def __init__(self, ctx: UiContext, release, parent: QWidget | None = None):
        super().__init__(ctx, Ui_ReleaseConfirmedDialog(), parent)
        self.release = release
        self.ui.confirmedOnEdit.set_value(ctx.today())

    def field_widgets(self) -> dict[str, QWidget]:
        return {"confirmed_on": self.ui.confirmedOnEdit}

    def draft(self, read, problems: Problems):
        on = read(self.ui.confirmedOnEdit, "confirmed_on")
        _required(problems, "confirmed_on", on, self.tr("Enter the day the lender confirmed."))
        return on

    def save(self, on):
        releases, release_id = self.ctx.services.releases, self.release.id
        return lambda: releases.mark_confirmed(release_id, on)


class ReleaseReceivedDialog(RecordDialog):
    """The lender's release documents, ticked off against what it issues."""

    def __init__(self, ctx: UiContext, release, expected_documents: tuple[str, ...],
                 parent: QWidget | None = None):
        super().__init__(ctx, Ui_ReleaseReceivedDialog(), parent)
        self.release = release
        self.ui.releasedOnEdit.set_value(ctx.today())
        for name in expected_documents:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.documentsList.addItem(item)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"released_on": self.ui.releasedOnEdit, "documents_received": self.ui.documentsList}

    def draft(self, read, problems: Problems):
        ui = self.ui
        on = read(ui.releasedOnEdit, "released_on")
        _required(problems, "released_on", on, self.tr("Enter the day the documents arrived."))
        documents = [ui.documentsList.item(i).text() for i in range(ui.documentsList.count())
                     if ui.documentsList.item(i).checkState() == Qt.CheckState.Checked]
        if ui.otherDocumentEdit.text().strip():
            documents.append(ui.otherDocumentEdit.text().strip())
        if not documents:
            problems.add("documents_received", self.tr("Tick the documents that arrived."))
        return on, tuple(documents)

    def save(self, answer):
        releases, release_id = self.ctx.services.releases, self.release.id
        on, documents = answer
        return lambda: releases.mark_released(release_id, on, documents)
