"""The desk's settings: the branch name on documents, the release deadlines,
and how far a lender's letter may differ from the estimate unflagged."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from desktop.domain.errors import Problems
from desktop.domain.money import Money
from desktop.domain.settings import DeskSettings
from desktop.ui.context import UiContext
from desktop.ui.forms.ui_settings import Ui_SettingsDialog
from desktop.ui.widgets.record_dialog import RecordDialog


class SettingsDialog(RecordDialog):
    def __init__(self, ctx: UiContext, settings: DeskSettings, parent: QWidget | None = None):
        super().__init__(ctx, Ui_SettingsDialog(), parent)
        self.settings = settings
        ui = self.ui
        ui.branchNameEdit.setText(settings.branch_name)
        ui.sentWithinSpin.setValue(settings.payoff_sent_within_days)
        ui.releaseWithinSpin.setValue(settings.release_within_days)
        for currency, edit in self._gap_edits().items():
            edit.set_money(settings.quote_gap_tolerance(currency))

    def _gap_edits(self):
        ui = self.ui
        return {"JPY": ui.gapJpyEdit, "CNY": ui.gapCnyEdit, "RUB": ui.gapRubEdit,
                "USD": ui.gapUsdEdit, "EUR": ui.gapEurEdit}

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"branch_name": ui.branchNameEdit, "payoff_sent_within_days": ui.sentWithinSpin,
                "release_within_days": ui.releaseWithinSpin, "quote_gap_minor": ui.gapJpyEdit}

    def draft(self, read, problems: Problems) -> DeskSettings:
        ui = self.ui
        gaps = {}
        for currency, edit in self._gap_edits().items():
            amount = read(edit, "quote_gap_minor") or Money.zero(currency)
            gaps[currency] = amount.minor
        return replace(self.settings, branch_name=ui.branchNameEdit.text().strip(),
                       payoff_sent_within_days=ui.sentWithinSpin.value(),
                       release_within_days=ui.releaseWithinSpin.value(), quote_gap_minor=gaps)

    def save(self, settings: DeskSettings):
        service = self.ctx.services.settings
        return lambda: service.update(settings)
