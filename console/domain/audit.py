"""The audit trail's arithmetic: canonical row content, the hash chain, digests, anchors.

Every row of the audit log carries the hash of the row before it:

    hash = sha256(prev_hash + canonical([id, at, actor_id, actor_role, tbl, row_id, op,
                                         before_json, after_json]))

with the first row chained to `GENESIS`. Changing, removing or inserting a row breaks
the chain from that row on, unless every later hash is forged as well; the head of the
chain (its last id and hash: an `Anchor`) printed on paper at each sign-off and shift
handover is what catches that.

Rows written in bulk (a demo load, the rows a database held when its audit began) are
vouched for by one audit row per table: the table's rows in blocks of `BLOCK_ROWS` ids,
each block's row count and digest (see `block_digest`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

GENESIS = "0" * 64

# What a logged row records.
INSERT, UPDATE, DELETE = "insert", "update", "delete"
READ = "read"  # confidential details shown to someone (DV case details)
# Rows vouched for in bulk: a database's rows when its audit began, a bulk load's rows.
AUDIT_START, BULK_LOAD = "audit_start", "bulk_load"
VOUCHES = (AUDIT_START, BULK_LOAD)
CHANGES = (INSERT, UPDATE, DELETE)

BLOCK_ROWS = 256
ROW_ID_WIDTH = 12  # row ids in digest lines are zero-padded: text order is id order

_HEX64 = re.compile(r"[0-9a-f]{64}")


def canonical(values: Sequence[object]) -> str:
    """One unambiguous text for a row's values, easy to recompute in any language: each
    value in turn as `n;` (NULL), `i<digits>;` (an integer) or `s<length>:<text>;` (a
    text, its length in Unicode code points); hashed as UTF-8."""
    out = []
    for value in values:
        if value is None:
            out.append("n;")
        elif isinstance(value, int):
            out.append(f"i{value:d};")
        else:
            text = str(value)
            out.append(f"s{len(text)}:{text};")
    return "".join(out)


def chain_hash(prev_hash: str, audit_id: int, at: str, actor_id: int | None,
               actor_role: str, tbl: str, row_id: int | None, op: str,
               before_json: str | None, after_json: str | None) -> str:
    """The hash of one audit row, chained to the hash of the row before it."""
    content = canonical([audit_id, at, actor_id, actor_role, tbl, row_id, op, before_json,
                         after_json])
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def block_of(row_id: int) -> int:
    return row_id // BLOCK_ROWS


def block_range(block: int) -> tuple[int, int]:
    """The first and last row id of a block."""
    return block * BLOCK_ROWS, block * BLOCK_ROWS + BLOCK_ROWS - 1


def row_line(row_id: int, row_json: str) -> str:
    """A row in a block digest: its id, zero-padded, a tab, its content as logged."""
    return f"{row_id:0{ROW_ID_WIDTH}d}\t{row_json}"


def block_digest(lines: Iterable[str]) -> str:
    """The digest of a block's rows, whatever order they come in (sorted by id first)."""
    ordered = sorted(lines)
    return hashlib.sha256(("\n".join(ordered) + "\n").encode("utf-8")).hexdigest()


def block_digest_text(joined: str | None) -> str | None:
    """`block_digest` of rows joined by newlines (as SQL's group_concat hands them over)."""
    if joined is None:
        return None
    return block_digest(joined.split("\n"))


def same_state(logged: str | None, current: str | None) -> bool:
    """Whether two logged row contents say the same; a column added later is ignored."""
    if logged == current:
        return True
    if logged is None or current is None:
        return False
    old, new = json.loads(logged), json.loads(current)
    if not isinstance(old, dict) or not isinstance(new, dict):
        return False
    common = old.keys() & new.keys()
    return bool(common) and all(old[k] == new[k] for k in common)


@dataclass(frozen=True)
class Anchor:
    """The head of the audit chain at a moment: its last row id (= its row count) and hash."""

    audit_id: int
    hash: str

    @property
    def rows(self) -> int:
        return self.audit_id

    @property
    def label(self) -> str:
        """The printed form, `ROWS:HASH`, which `console110 verify-audit --anchor` takes."""
        return f"{self.audit_id}:{self.hash}"

    @property
    def grouped(self) -> str:
        """The hash in groups of eight, easier to read aloud and compare on paper."""
        return " ".join(self.hash[i:i + 8] for i in range(0, len(self.hash), 8))


def parse_anchor(text: str) -> Anchor:
    """An anchor as printed (`ROWS:HASH`, the hash possibly in groups); ValueError if not."""
    rows, sep, digest = text.strip().partition(":")
    digest = "".join(digest.split()).lower()
    if not sep or not rows.strip().isdigit() or not _HEX64.fullmatch(digest):
        raise ValueError(f"not an audit anchor (ROWS:HASH with a 64-digit hash): {text!r}")
    return Anchor(int(rows), digest)
