"""Mirror the reference data files into their tables, so SQL can join on them."""

from __future__ import annotations

import hashlib
import sqlite3

from console.domain.reference import Reference

REFERENCE_DIGEST = "reference_digest"


def reference_digest(ref: Reference) -> str:
    """A fingerprint of the mirrored rows: unchanged files need no write at open."""
    text = repr((ref.jurisdictions, ref.taxonomy.categories, ref.units))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sync_reference(conn: sqlite3.Connection, ref: Reference) -> None:
    conn.executemany(
        "INSERT INTO jurisdictions (code, name_zh, name_en, kind, area_type)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET"
        " name_zh = excluded.name_zh, name_en = excluded.name_en,"
        " kind = excluded.kind, area_type = excluded.area_type",
        [(j.code, j.name_zh, j.name_en, j.kind, j.area_type) for j in ref.jurisdictions],
    )
    conn.executemany(
        "INSERT INTO categories (code, name_zh, name_en, pinyin, tally_group,"
        " default_priority, desk, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh,"
        " name_en = excluded.name_en, pinyin = excluded.pinyin,"
        " tally_group = excluded.tally_group, default_priority = excluded.default_priority,"
        " desk = excluded.desk, kind = excluded.kind",
        [
            (c.code, c.name_zh, c.name_en, c.pinyin, c.tally_group, c.default_priority,
             c.desk, c.kind)
            for c in ref.taxonomy.categories
        ],
    )
    conn.executemany(
        "INSERT INTO units (code, name_zh, name_en, kind, jurisdiction_code)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET"
        " name_zh = excluded.name_zh, name_en = excluded.name_en,"
        " kind = excluded.kind, jurisdiction_code = excluded.jurisdiction_code",
        [(u.code, u.name_zh, u.name_en, u.kind, u.jurisdiction_code) for u in ref.units],
    )
