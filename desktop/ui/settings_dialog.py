"""The desk's settings: the branch name on documents, the release deadlines,
and how far a lender's letter may differ from the estimate unflagged."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from desktop.domain.errors import Problems
from desktop.domain.money import Money
from desktop.domain.retention import RetentionPolicies, validate_policies
from desktop.domain.settings import DeskSettings, validate_settings
from desktop.ui.context import UiContext
from desktop.ui.forms.ui_settings import Ui_SettingsDialog
from desktop.ui.i18n import fill
from desktop.ui.language import LANGUAGES, system_language
from desktop.ui.widgets.record_dialog import RecordDialog


class SettingsDialog(RecordDialog):
    def __init__(self, ctx: UiContext, settings: DeskSettings, retention: RetentionPolicies,
                 parent: QWidget | None = None):
        super().__init__(ctx, Ui_SettingsDialog(), parent)
        self.settings, self.retention = settings, retention
        ui = self.ui
        ui.branchNameEdit.setText(settings.branch_name)
        ui.branchRegionEdit.setText(settings.branch_region)
        ui.sentWithinSpin.setValue(settings.payoff_sent_within_days)
        ui.releaseWithinSpin.setValue(settings.release_within_days)
        for currency, edit in self._gap_edits().items():
            edit.set_money(settings.quote_gap_tolerance(currency))
        ui.maxFailedSpin.setValue(settings.max_failed_sign_ins)
        ui.lockoutSpin.setValue(settings.lockout_minutes)
        ui.idleLockSpin.setValue(settings.idle_lock_minutes)
        ui.branchCountryEdit.setText(retention.branch_country)
        for country, spin in self._retention_spins().items():
            spin.setValue(retention.policy(country).months)
        # Each language in its own words, so that a clerk finds theirs whatever is on screen.
        system = LANGUAGES[system_language()]
        ui.screenLanguageCombo.addItem(fill(self.tr("System language ({language})"), language=system), "")
        for code, name in LANGUAGES.items():
            ui.screenLanguageCombo.addItem(name, code)
        ui.screenLanguageCombo.setCurrentIndex(max(0, ui.screenLanguageCombo.findData(settings.screen_language)))

    def _retention_spins(self):
        ui = self.ui
        return {"JP": ui.retentionJpSpin, "RU": ui.retentionRuSpin, "CN": ui.retentionCnSpin,
                "other": ui.retentionOtherSpin}

    def _gap_edits(self):
        ui = self.ui
        return {"JPY": ui.gapJpyEdit, "CNY": ui.gapCnyEdit, "RUB": ui.gapRubEdit,
                "USD": ui.gapUsdEdit, "EUR": ui.gapEurEdit}

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"branch_name": ui.branchNameEdit, "branch_region": ui.branchRegionEdit,
                "payoff_sent_within_days": ui.sentWithinSpin,
                "release_within_days": ui.releaseWithinSpin, "quote_gap_minor": ui.gapJpyEdit,
                "max_failed_sign_ins": ui.maxFailedSpin, "lockout_minutes": ui.lockoutSpin,
                "idle_lock_minutes": ui.idleLockSpin, "branch_country": ui.branchCountryEdit,
                "months": ui.retentionOtherSpin, "screen_language": ui.screenLanguageCombo}

    def draft(self, read, problems: Problems) -> DeskSettings:
        ui = self.ui
        gaps = {}
        for currency, edit in self._gap_edits().items():
            amount = read(edit, "quote_gap_minor") or Money.zero(currency)
            gaps[currency] = amount.minor
        settings = replace(self.settings, branch_name=ui.branchNameEdit.text().strip(),
                           branch_region=ui.branchRegionEdit.text().strip(),
                           payoff_sent_within_days=ui.sentWithinSpin.value(),
                           release_within_days=ui.releaseWithinSpin.value(), quote_gap_minor=gaps,
                           max_failed_sign_ins=ui.maxFailedSpin.value(),
                           lockout_minutes=ui.lockoutSpin.value(), idle_lock_minutes=ui.idleLockSpin.value(),
                           screen_language=ui.screenLanguageCombo.currentData() or "")
        retention = replace(self.retention, branch_country=ui.branchCountryEdit.text().strip().upper(),
                            months={c: spin.value() for c, spin in self._retention_spins().items()})
        return settings, retention

    def save(self, answer):
        settings, retention = answer
        service, privacy = self.ctx.services.settings, self.ctx.services.privacy

        def save_both():
            # Both checked before either is written: nothing half-saved.
            validate_settings(settings)
            validate_policies(retention)
            privacy.update_policies(retention)
            return service.update(settings)

        return save_both
