from __future__ import annotations

import pytest

from desktop.store.db import open_database
from tests.conftest import TEST_KEY


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "liendesk.db", TEST_KEY)
    yield db
    db.close()
