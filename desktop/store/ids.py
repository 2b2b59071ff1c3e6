"""Record ids: UUIDv7 text (RFC 9562).

Time-ordered, so new rows append to the end of each primary-key index, and
globally unique, so databases of several branches can later be merged into
a head-office server without renumbering anything.
"""

from __future__ import annotations

import os
import time
import uuid


def new_id() -> str:
    ns = time.time_ns()
    unix_ms = ns // 1_000_000
    # RFC 9562 method 3: the 12 bits after the version hold the fraction of
    # the millisecond, so ids made in the same millisecond still sort in order.
    sub_ms = (ns % 1_000_000) * 4096 // 1_000_000
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76 | sub_ms << 64
    value |= 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))
