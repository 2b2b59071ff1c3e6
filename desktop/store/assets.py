"""Vehicles and properties, in one ``assets`` table told apart by ``kind``."""

from __future__ import annotations

from typing import Any

from sqlite_utils.db import NotFoundError

from desktop.domain.assets import Asset, AssetKind, Property, PropertyKind, Vehicle, normalise_vin
from desktop.domain.errors import NotFound
from desktop.store import search
from desktop.store.columns import currency, decimal_text, iso, minor, money, to_date, to_decimal
from desktop.store.db import Database


def _row(asset: Asset) -> dict[str, Any]:
    if isinstance(asset, Vehicle):
        return {
            "id": asset.id,
            "kind": AssetKind.VEHICLE.value,
            "owner_id": asset.owner_id,
            "vin": asset.vin,
            "vin_key": normalise_vin(asset.vin),
            "plate": asset.plate,
            "make": asset.make,
            "model": asset.model,
            "year": asset.year,
            "mileage_km": asset.mileage_km,
            "owner_of_record": asset.owner_of_record,
            "first_registered_on": iso(asset.first_registered_on),
        }
    return {
        "id": asset.id,
        "kind": AssetKind.PROPERTY.value,
        "owner_id": asset.owner_id,
        "address": asset.address,
        "property_kind": asset.property_kind.value,
        "floor_area_m2": decimal_text(asset.floor_area_m2),
        "land_parcels": asset.land_parcels,
        "buildings": asset.buildings,
        "management_fee_minor": minor(asset.management_fee),
        "management_fee_currency": currency(asset.management_fee),
        "repair_reserve_minor": minor(asset.repair_reserve),
        "repair_reserve_currency": currency(asset.repair_reserve),
    }


def asset_from_row(row: dict[str, Any]) -> Asset:
    if row["kind"] == AssetKind.VEHICLE:
        return Vehicle(
            id=row["id"],
            owner_id=row["owner_id"],
            vin=row["vin"],
            plate=row["plate"],
            make=row["make"],
            model=row["model"],
            year=row["year"],
            mileage_km=row["mileage_km"],
            owner_of_record=row["owner_of_record"],
            first_registered_on=to_date(row["first_registered_on"]),
        )
    return Property(
        id=row["id"],
        owner_id=row["owner_id"],
        address=row["address"],
        property_kind=PropertyKind(row["property_kind"]),
        floor_area_m2=to_decimal(row["floor_area_m2"]),
        land_parcels=row["land_parcels"],
        buildings=row["buildings"],
        management_fee=money(row["management_fee_minor"], row["management_fee_currency"]),
        repair_reserve=money(row["repair_reserve_minor"], row["repair_reserve_currency"]),
    )


def asset_label(asset: Asset) -> str:
    """How lists show the asset: a vehicle entered with its VIN only still shows something."""
    return asset.label or (asset.vin if isinstance(asset, Vehicle) else "")


class AssetRepository:
    def __init__(self, database: Database):
        self._db = database.db
        self._conn = database.conn

    def add(self, asset: Asset) -> None:
        self._db["assets"].insert(_row(asset))
        if isinstance(asset, Vehicle):
            fields: tuple[str, ...] = (asset.vin, asset.plate, asset.make, asset.model)
        else:
            fields = (asset.address,)
        search.index_record(
            self._conn,
            kind=asset.kind.value,
            record_id=asset.id,
            customer_id=asset.owner_id,
            label=asset_label(asset),
            fields=fields,
        )

    def get(self, asset_id: str) -> Asset:
        try:
            return asset_from_row(self._db["assets"].get(asset_id))
        except NotFoundError:
            raise NotFound(f"no asset {asset_id}") from None

    def of_owner(self, owner_id: str) -> list[Asset]:
        rows = self._db["assets"].rows_where("owner_id = ?", [owner_id], order_by="kind, id")
        return list(map(asset_from_row, rows))

    def get_many(self, ids: list[str]) -> dict[str, Asset]:
        rows = self._db["assets"].rows_where(f"id IN ({', '.join('?' * len(ids))})", ids)
        return {row["id"]: asset_from_row(row) for row in rows}
