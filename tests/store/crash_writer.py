"""Child process of test_crash.py: takes customers in, one transaction each,
and prints each id once its transaction has committed, until it is killed.

The database key comes in hex in LIENDESK_TEST_KEY (not on the command
line, where any process could read it); without it the file is plain."""

from __future__ import annotations

import itertools
import os
import sys
from datetime import datetime, timezone

from desktop.services.context import ServiceContext
from desktop.services.customers import CustomerService
from desktop.store.db import open_database
from tests.samples import sample_customer

NOW = datetime(2026, 4, 12, 1, 30, tzinfo=timezone.utc)


def main(db_path: str) -> None:
    key_hex = os.environ.get("LIENDESK_TEST_KEY")
    key = bytes.fromhex(key_hex) if key_hex else None
    ctx = ServiceContext(open_database(db_path, key), system_actor="crash-test", clock=lambda: NOW, zone=timezone.utc)
    customers = CustomerService(ctx)
    for n in itertools.count():
        draft = sample_customer(given_name=f"{os.getpid()}-{n}")
        stored = customers.take_in(draft, allow_duplicate=True)
        print(stored.id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
