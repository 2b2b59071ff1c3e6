"""Child process of test_encryption.py: takes a customer in through the
services, finds them through the search, makes a backup, reports, and keeps
the database open (the write still in the WAL) until told to close.

It runs as its own process so that its temp folder (TMPDIR, TEMP, TMP,
SQLITE_TMPDIR) is a folder of the test's own, which SQLite reads at start:
everything it or Python might put in a temp folder lands where the test
looks, and nothing of other programs does. The key comes in hex in
LIENDESK_TEST_KEY; without it the database is plain (the control run).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from desktop.services.context import ServiceContext
from desktop.services.customers import CustomerService
from desktop.store.backups import make_backup
from desktop.store.db import open_database
from tests.conftest import fixed_clock

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def main(folder: Path) -> None:
    from tests.store.test_encryption import QUERIES, _customer

    key_hex = os.environ.get("LIENDESK_TEST_KEY")
    database = open_database(folder / "liendesk.sqlite3", bytes.fromhex(key_hex) if key_hex else None)
    customers = CustomerService(ServiceContext(database, "clerk.test", fixed_clock))
    stored = customers.take_in(_customer())
    found = {query: [s.id for s in customers.search(query)] for query in QUERIES}
    make_backup(database, folder / "backups", keep=3, stamp=T0)
    print(json.dumps({"id": stored.id, "found": found, "temp": tempfile.gettempdir()}), flush=True)
    sys.stdin.readline()  # the test has looked at the files meanwhile
    database.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
