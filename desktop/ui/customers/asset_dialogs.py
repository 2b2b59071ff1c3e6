"""Record the car or home a customer owns (and that carries the lien)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QWidget

from desktop.domain.assets import Property, PropertyKind, Vehicle
from desktop.domain.customers import Customer
from desktop.domain.errors import Problems
from desktop.domain.money import MINOR_DIGITS
from desktop.ui.context import UiContext
from desktop.ui.forms.ui_property import Ui_PropertyDialog
from desktop.ui.forms.ui_vehicle import Ui_VehicleDialog
from desktop.ui.widgets.choices import fill_combo, property_kinds
from desktop.ui.widgets.record_dialog import RecordDialog


class VehicleDialog(RecordDialog):
    def __init__(self, ctx: UiContext, customer: Customer, parent: QWidget | None = None):
        super().__init__(ctx, Ui_VehicleDialog(), parent)
        self.customer = customer
        self.ui.yearSpin.setMaximum(ctx.today().year + 1)
        self.ui.yearSpin.setValue(ctx.today().year)
        self.ui.ownerOfRecordEdit.setText(customer.full_name)
        self.ui.vinEdit.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"vin": ui.vinEdit, "plate": ui.plateEdit, "make": ui.makeEdit, "model": ui.modelEdit,
                "year": ui.yearSpin, "mileage_km": ui.mileageSpin,
                "owner_of_record": ui.ownerOfRecordEdit, "first_registered_on": ui.firstRegisteredEdit}

    def draft(self, read, problems: Problems) -> Vehicle:
        ui = self.ui
        return Vehicle(id="", owner_id=self.customer.id, vin=ui.vinEdit.text().strip(),
                       plate=ui.plateEdit.text().strip(), make=ui.makeEdit.text().strip(),
                       model=ui.modelEdit.text().strip(), year=ui.yearSpin.value(),
                       mileage_km=ui.mileageSpin.value(),
                       owner_of_record=ui.ownerOfRecordEdit.text().strip(),
                       first_registered_on=read(ui.firstRegisteredEdit, "first_registered_on"))

    def save(self, vehicle: Vehicle):
        loans = self.ctx.services.loans
        return lambda: loans.add_vehicle(vehicle)


class PropertyDialog(RecordDialog):
    def __init__(self, ctx: UiContext, customer: Customer, parent: QWidget | None = None):
        super().__init__(ctx, Ui_PropertyDialog(), parent)
        self.customer = customer
        ui = self.ui
        fill_combo(ui.propertyKindCombo, property_kinds())
        ui.currencyCombo.addItems(list(MINOR_DIGITS))
        ui.currencyCombo.setCurrentText(ctx.branch.currency)
        for edit in (ui.managementFeeEdit, ui.repairReserveEdit):
            edit.set_currency(ctx.branch.currency)
            ui.currencyCombo.currentTextChanged.connect(edit.set_currency)
        ui.addressEdit.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"address": ui.addressEdit, "property_kind": ui.propertyKindCombo,
                "floor_area_m2": ui.floorAreaEdit, "land_parcels": ui.landParcelsSpin,
                "buildings": ui.buildingsSpin, "management_fee": ui.managementFeeEdit,
                "repair_reserve": ui.repairReserveEdit}

    def draft(self, read, problems: Problems) -> Property:
        ui = self.ui
        area = None
        text = ui.floorAreaEdit.text().strip().replace(",", ".")
        if text:
            try:
                area = Decimal(text)
            except InvalidOperation:
                problems.add("floor_area_m2", self.tr("The floor area is a number of square metres, such as 68.5."))
        return Property(id="", owner_id=self.customer.id, address=ui.addressEdit.text().strip(),
                        property_kind=PropertyKind(ui.propertyKindCombo.currentData()),
                        floor_area_m2=area, land_parcels=ui.landParcelsSpin.value(),
                        buildings=ui.buildingsSpin.value(),
                        management_fee=read(ui.managementFeeEdit, "management_fee"),
                        repair_reserve=read(ui.repairReserveEdit, "repair_reserve"))

    def save(self, prop: Property):
        loans = self.ctx.services.loans
        return lambda: loans.add_property(prop)
