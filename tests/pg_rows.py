"""Rows written straight in SQL for the PostgreSQL tests: a call and an incident, with what
every column needs (through `PgConnection`, in its qmark SQL)."""

from __future__ import annotations

from typing import Any

from console.store.pg.connect import PgConnection

DAY = "2026-11-29"


def insert_call(conn: PgConnection, **kw: Any) -> int:
    row: dict[str, Any] = dict(
        line="110", received_at=f"{DAY}T02:00:00.000Z", logged_at=f"{DAY}T02:01:30.250Z",
        day=DAY, caller_number="13800001111", number_key="13800001111", caller_name="王芳",
        address="田家庵区朝阳路18号", address_key="田家庵区朝阳路18号", priority=2,
        summary="电动车被盗", disposition="incident", incident_id=None, is_dv=0)
    row.update(kw)
    cur = conn.execute(f"INSERT INTO calls ({', '.join(row)}) VALUES"
                       f" ({', '.join('?' for _ in row)})", list(row.values()))
    assert cur.lastrowid is not None
    return cur.lastrowid


def insert_incident(conn: PgConnection, seq: int, **kw: Any) -> int:
    row: dict[str, Any] = dict(
        number=f"340400-20261129-{seq:04d}", day=DAY, seq=seq, priority=2,
        caller_number="13800001111", summary="电动车被盗", stage="intake",
        stage_at=f"{DAY}T02:01:30.250Z", is_dv=0, opened_at=f"{DAY}T02:01:30.250Z",
        updated_at=f"{DAY}T02:01:30.250Z")
    row.update(kw)
    cur = conn.execute(f"INSERT INTO incidents ({', '.join(row)}) VALUES"
                       f" ({', '.join('?' for _ in row)})", list(row.values()))
    assert cur.lastrowid is not None
    return cur.lastrowid
