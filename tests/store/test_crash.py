"""A writer killed at any moment loses nothing it reported as saved and
leaves a database that opens, checks clean, and keeps its audit chain.

SIGKILL stops the process but not the operating system, so this proves the
transactions atomic and the WAL recovery sound, not fsync on power loss. The
database is encrypted, as the app's is: SQLCipher's encrypted WAL frames
must recover like plain ones.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.store.audit import verify_chain
from desktop.store.db import open_database
from tests.conftest import TEST_KEY

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 50


@pytest.mark.slow
def test_killed_writers_lose_nothing_they_acknowledged(tmp_path):
    db_path = tmp_path / "crash.db"
    open_database(db_path, TEST_KEY).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LIENDESK_TEST_KEY": TEST_KEY.hex()}
    rng = random.Random(20260412)
    acknowledged: list[str] = []
    killed_while_writing = 0

    for round_ in range(ROUNDS):
        writer = subprocess.Popen([sys.executable, str(WRITER), str(db_path)], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = ""
        if round_ % 2:
            first = writer.stdout.readline()  # wait until it has saved a customer
            time.sleep(rng.uniform(0, 0.1))
        else:
            # Start-up takes about 0.1 s: this kill may land while the database
            # is being opened and its WAL recovered, or among the writes.
            time.sleep(rng.uniform(0, 0.3))
        writer.kill()
        out, err = writer.communicate()
        assert writer.returncode == -9, err
        lines = (first + out).split("\n")[:-1]  # the text after the last newline may be cut short
        acknowledged += lines
        killed_while_writing += bool(lines)

    assert killed_while_writing >= ROUNDS // 2
    database = open_database(db_path, TEST_KEY)
    try:
        assert database.encrypted
        assert database.check_integrity().ok
        stored = {row[0] for row in database.conn.execute("SELECT id FROM customers")}
        assert set(acknowledged) <= stored
        chain = verify_chain(database.conn)
        assert chain.ok
        # Every customer came with its two audit rows (taken in, consent
        # recorded) and its search entry, none without.
        assert chain.rows_checked == 2 * len(stored)
        assert database.conn.execute("SELECT count(*) FROM search_entries").fetchone()[0] == len(stored)
    finally:
        database.close()
