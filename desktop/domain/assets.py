"""The car or home that carries the lien."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from desktop.domain.errors import Problems
from desktop.domain.money import Money


class AssetKind(StrEnum):
    VEHICLE = "vehicle"
    PROPERTY = "property"


class PropertyKind(StrEnum):
    CONDOMINIUM = "condominium"  # 区分所有 マンション
    HOUSE = "house"
    LAND = "land"


@dataclass(frozen=True)
class Vehicle:
    id: str
    owner_id: str            # the customer who uses and sells it
    vin: str                 # VIN, or the Japanese chassis number (車台番号)
    plate: str = ""
    make: str = ""
    model: str = ""
    year: int | None = None
    mileage_km: int | None = None
    owner_of_record: str = ""  # the registered owner: often the lender (所有権留保)
    first_registered_on: date | None = None

    kind = AssetKind.VEHICLE

    @property
    def label(self) -> str:
        return " ".join(p for p in (self.make, self.model, str(self.year or ""), self.plate) if p)


@dataclass(frozen=True)
class Property:
    id: str
    owner_id: str
    address: str
    property_kind: PropertyKind = PropertyKind.CONDOMINIUM
    floor_area_m2: Decimal | None = None
    land_parcels: int = 0
    buildings: int = 1
    management_fee: Money | None = None  # monthly
    repair_reserve: Money | None = None  # monthly

    kind = AssetKind.PROPERTY

    @property
    def label(self) -> str:
        return self.address


Asset = Vehicle | Property

_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def normalise_vin(vin: str) -> str:
    return re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", vin)).upper()


def validate_asset(asset: Asset, today: date) -> None:
    p = Problems()
    if isinstance(asset, Vehicle):
        vin = normalise_vin(asset.vin)
        if not vin:
            p.add("vin", "Enter the VIN or chassis number.")
        elif len(vin) == 17 and not _VIN.match(vin):
            p.add("vin", "A 17-character VIN has no I, O or Q.")
        elif len(vin) != 17 and not re.fullmatch(r"[A-Z0-9]{4,20}-?[0-9]*", vin):
            # Japanese chassis numbers (車台番号) are shorter, e.g. "ZVW30-1234567".
            p.add("vin", "Check the VIN or chassis number.")
        if asset.year is not None and not 1950 <= asset.year <= today.year + 1:
            p.add("year", "Check the model year.")
        if asset.mileage_km is not None and asset.mileage_km < 0:
            p.add("mileage_km", "Mileage cannot be negative.")
    else:
        if not asset.address.strip():
            p.add("address", "Enter the address of the property.")
        if asset.floor_area_m2 is not None and asset.floor_area_m2 <= 0:
            p.add("floor_area_m2", "The floor area must be more than zero.")
        if asset.land_parcels < 0:
            p.add("land_parcels", "The number of land parcels cannot be negative.")
        if asset.buildings < 0:
            p.add("buildings", "The number of buildings cannot be negative.")
        for name in ("management_fee", "repair_reserve"):
            amount = getattr(asset, name)
            if amount is not None and amount.is_negative():
                p.add(name, "This amount cannot be negative.")
    p.raise_if_any()
