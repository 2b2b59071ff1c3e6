"""One search box for everything the desk looks up: customers by name,
reading, phone, document or e-mail; vehicles by VIN, plate, make and model;
properties by address; loans by account number.

Each record has one row in ``search_entries``, indexed two ways:

- ``search_index``, an FTS5 trigram index, finds any fragment of 3 or more
  characters anywhere in the text ("1234-56" inside a phone number);
- ``search_keys`` holds each word, for the 1-2 character terms that
  trigrams cannot match; Chinese and Japanese family names are often two
  characters (山田, 王), so these are answered by word prefix.

Queries stop at ``limit`` rows and are never ranked over every match: a
ranking sort reads all matches, which on a million customers is far too
slow for a search run on every keystroke. For the same reason a search
stops at its time budget and returns what it found by then: several terms
that are each common but rare together ("山 王") have no index to narrow
them and would otherwise scan a large part of the file.
"""

from __future__ import annotations

import re
import sqlite3
import time
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from desktop.store.db import OperationalError

KINDS = ("customer", "vehicle", "property", "loan")

# Hiragana to katakana, so a reading typed either way finds the other.
_KANA = {code: code + 0x60 for code in (*range(0x3041, 0x3097), 0x309D, 0x309E)}
# A run of digits with the punctuation people put inside phone and document
# numbers: "+7 (916) 123-45-67", "090-1234-5678", "45 08 123456".
_DIGIT_RUN = re.compile(r"[+(]?\d(?:[\s().\-‐‑‒–—―]*\d)*\)?")
_LONGEST = "\U0010ffff"  # sorts after every character: the end of a prefix range
_BUDGET_SECONDS = 0.02  # per keystroke
_CHECK_EVERY = 1000  # SQLite VM steps between looks at the timer


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: str
    customer_id: str | None
    label: str


def normalise(text: str) -> str:
    """The form in which text is both indexed and searched."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    text = text.translate(_KANA)
    text = _DIGIT_RUN.sub(lambda m: re.sub(r"\D", "", m.group()), text)
    return " ".join(text.split())


def index_record(
    conn: sqlite3.Connection,
    *,
    kind: str,
    record_id: str,
    customer_id: str | None,
    label: str,
    fields: Iterable[str],
) -> None:
    """Index a record (again): ``fields`` are its searchable values as entered."""
    # Any earlier entry goes, its keys by ON DELETE CASCADE, its trigrams by trigger.
    conn.execute("DELETE FROM search_entries WHERE record_id = ?", (record_id,))
    parts = [p for p in map(normalise, fields) if p]
    keys: set[str] = set()
    for part in parts:
        words = part.split()
        keys.update(words)
        keys.add("".join(words))  # "ヤマダ タロウ" is also typed "ヤマダタロウ"
    entry_id = conn.execute(
        "INSERT INTO search_entries (record_id, kind, customer_id, label, text) "
        "VALUES (?, ?, ?, ?, ?)",
        (record_id, kind, customer_id, label, "\n".join(parts)),
    ).lastrowid
    conn.executemany(
        "INSERT INTO search_keys (key, entry_id) VALUES (?, ?)",
        [(key, entry_id) for key in sorted(keys)],
    )


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search(
    conn: sqlite3.Connection,
    query: str,
    kinds: Iterable[str] | None = None,
    limit: int = 50,
    budget: float = _BUDGET_SECONDS,
) -> list[SearchHit]:
    """Records matching every whitespace-separated term, grouped by kind
    in the order of KINDS; those found within ``budget`` seconds."""
    # A separator typed at the end ("090-", mid-number) must not empty the
    # list: the digits before it are what the clerk has so far.
    terms = [t for t in (t.rstrip("-‐./,") for t in normalise(query).split()) if t]
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    if long_terms:
        sql = (
            "SELECT kind, record_id, customer_id, label FROM search_index AS e "
            "WHERE search_index MATCH ?"
        )
        params: list[object] = [" AND ".join(map(_phrase, long_terms))]
    else:
        # Drive from the prefix range of a longest (most selective) term.
        short_terms.sort(key=len, reverse=True)
        first = short_terms.pop(0)
        sql = (
            "SELECT DISTINCT e.kind, e.record_id, e.customer_id, e.label "
            "FROM search_keys AS k JOIN search_entries AS e ON e.id = k.entry_id "
            "WHERE k.key >= ? AND k.key < ?"
        )
        params = [first, first + _LONGEST]
    for term in short_terms:
        sql += (
            " AND EXISTS (SELECT 1 FROM search_keys AS s"
            " WHERE s.entry_id = e.rowid AND s.key >= ? AND s.key < ?)"
        )
        params += [term, term + _LONGEST]
    if kinds is not None:
        kinds = list(kinds)
        sql += f" AND e.kind IN ({', '.join('?' * len(kinds))})"
        params += kinds
    sql += " LIMIT ?"
    params.append(limit)
    hits = _within_budget(conn, sql, params, budget)
    hits.sort(key=lambda h: KINDS.index(h.kind))  # stable: keeps each kind's order
    return hits


def _within_budget(
    conn: sqlite3.Connection, sql: str, params: list[object], budget: float
) -> list[SearchHit]:
    deadline = time.monotonic() + budget
    conn.set_progress_handler(lambda: time.monotonic() > deadline, _CHECK_EVERY)
    hits: list[SearchHit] = []
    try:
        for row in conn.execute(sql, params):  # row by row: hits found before a stop are kept
            hits.append(SearchHit(*row))
    except OperationalError as error:  # either driver's: plain sqlite3 or SQLCipher
        if error.sqlite_errorcode != sqlite3.SQLITE_INTERRUPT:
            raise
    finally:
        conn.set_progress_handler(None, 0)
    return hits
