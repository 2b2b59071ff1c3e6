from __future__ import annotations

import pytest

from desktop.store.db import open_database


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "liendesk.db")
    yield db
    db.close()
