"""Logging a call: the call row, its incident and first events in one transaction."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from console.domain.access import Permission
from console.domain.addresses import address_key, number_key
from console.domain.calls import (
    CallDraft,
    Problem,
    check_call,
    duplicated_incident,
    with_incident_values,
)
from console.domain.clock import local_day, to_stored
from console.domain.dv.safety import SafetyAnswers
from console.domain.lifecycle import Stage
from console.domain.numbering import format_incident_number, is_incident_number
from console.domain.routing import route
from console.store.counters import next_incident_seq
from console.store.dv_desk import insert_safety
from console.store.enterprise_push import push_enterprise_incident
from console.store.errors import InputRefused
from console.store.fraud import insert_fraud
from console.store.records import SavedCall
from console.store.redaction import redact_row
from console.store.service import Service

if TYPE_CHECKING:
    pass


def next_incident_number(conn: sqlite3.Connection, centre: str, day_text: str,
                         day_value: object) -> tuple[int, str]:
    """The next daily sequence; call only inside a write transaction."""
    seq = next_incident_seq(conn, day_text)
    return seq, format_incident_number(centre, day_value, seq)  # type: ignore[arg-type]


class CallsService(Service):
    def log_call(self, draft: CallDraft, operator_id: int | None,
                 seat: str = "", *, dv_safety: SafetyAnswers | None = None) -> SavedCall:
        """Save a call whatever is missing; refuse only impossible input.

        A duplicate of a known incident takes that incident's category, address and
        district where they were left blank, so it is saved complete. `dv_safety`: the
        answers to the intake's safety questions, kept (confidential) with a DV call.
        """
        self.require(Permission.LOG_CALLS, operator_id)
        if dv_safety is not None and dv_safety.problems():
            raise InputRefused(dv_safety.problems())
        ref = self.reference
        draft = self._with_duplicated_incident(draft)
        checked = check_call(draft, ref.taxonomy, ref.jurisdiction_codes, now=self.now(),
                             tz=self.tz)
        if not checked.ok:
            raise InputRefused(checked.errors)
        category = ref.taxonomy.find(draft.category_code)
        known = ref.jurisdiction(draft.jurisdiction_code)
        jurisdiction = known.code if known else None
        now = self.now()
        received = draft.received_at or now
        received_text, now_text = to_stored(received), to_stored(now)
        day = local_day(received, self.tz)
        addr_key = address_key(draft.address)
        incomplete = " ".join(f"{p.field}:{p.code}" for p in checked.warnings)
        with self.write() as conn:
            enterprise_id = None if draft.enterprise_cleared and not draft.enterprise_flag \
                else self.store.enterprises.enterprise_at(draft.address)
            routed = route(category, checked.disposition, dv_flag=draft.dv_flag,
                           enterprise_flag=draft.enterprise_flag or enterprise_id is not None)
            incident_id: int | None = None
            number: str | None = None
            if routed.creates_incident:
                seq, number = next_incident_number(conn, ref.centre_code, day.isoformat(), day)
                cur = conn.execute(
                    "INSERT INTO incidents (number, day, seq, category_code, priority,"
                    " jurisdiction_code, address, address_key, caller_number, summary, stage,"
                    " stage_at, is_dv, is_enterprise, enterprise_id, opened_at, opened_by,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [number, day.isoformat(), seq, category.code if category else None,
                     checked.priority, jurisdiction, draft.address.strip(), addr_key,
                     draft.caller_number.strip(), draft.summary.strip(), Stage.INTAKE.value,
                     received_text, int(routed.is_dv), int(routed.is_enterprise),
                     enterprise_id, received_text, operator_id, now_text],
                )
                incident_id = int(cur.lastrowid or 0)
            elif checked.disposition == "duplicate" and draft.duplicate_of.strip():
                row = conn.execute(
                    "SELECT id, number FROM incidents WHERE number = ?",
                    [draft.duplicate_of.strip()],
                ).fetchone()
                if row:
                    incident_id, number = int(row[0]), str(row[1])
                else:  # saved all the same, and queued for completion
                    checked.warnings.append(Problem("duplicate_of", "unknown_code"))
                    incomplete = " ".join(f"{p.field}:{p.code}" for p in checked.warnings)
            cur = conn.execute(
                "INSERT INTO calls (line, received_at, logged_at, day, caller_number, number_key,"
                " caller_name, address, address_key, jurisdiction_code, category_code, priority,"
                " summary, disposition, incident_id, transfer_ref, is_dv, is_enterprise,"
                " incomplete, operator_id, seat)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [draft.line, received_text, now_text, day.isoformat(),
                 draft.caller_number.strip(), number_key(draft.caller_number),
                 draft.caller_name.strip(), draft.address.strip(), addr_key, jurisdiction,
                 category.code if category else None, checked.priority, draft.summary.strip(),
                 checked.disposition, incident_id, draft.transfer_ref.strip(),
                 int(routed.is_dv), int(routed.is_enterprise), incomplete, operator_id, seat],
            )
            call_id = int(cur.lastrowid or 0)
            if dv_safety is not None and routed.is_dv:
                insert_safety(conn, call_id, dv_safety, now_text, operator_id)
            if draft.fraud is not None:
                insert_fraud(conn, call_id, incident_id, draft.fraud, now_text)
            if incident_id is not None:
                kind, stage = (("stage", Stage.INTAKE.value) if routed.creates_incident
                               else ("duplicate_call", None))
                conn.execute(
                    "INSERT INTO incident_events (incident_id, at, operator_id, kind, stage,"
                    " detail) VALUES (?, ?, ?, ?, ?, ?)",
                    [incident_id, now_text, operator_id, kind, stage,
                     json.dumps({"call_id": call_id, "desks": sorted(routed.desks)})],
                )
                if not routed.creates_incident:
                    conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?",
                                 [now_text, incident_id])
            push_enterprise_incident(conn, incident_id if routed.creates_incident else None,
                                     enterprise_id, now_text, operator_id)
        return SavedCall(call_id, incident_id, number, checked.disposition, routed,
                         list(checked.warnings))

    def _with_duplicated_incident(self, draft: CallDraft) -> CallDraft:
        number = duplicated_incident(draft, self.reference.taxonomy)
        if not number or not is_incident_number(number):
            return draft  # a malformed number is for check_call to refuse, not to look up
        with self.reading() as conn:  # a damaged page is a StoreError, as in the save itself
            row = conn.execute(
                "SELECT category_code, address, jurisdiction_code FROM incidents WHERE number = ?",
                [number],
            ).fetchone()
        if row is None:
            return draft  # saved all the same, marked incomplete (see below)
        return with_incident_values(draft, category_code=row[0], address=row[1],
                                    jurisdiction_code=row[2])

    def last_call_id(self) -> int:
        return int(self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM calls").fetchone()[0])

    def calls_since(self, call_id: int) -> tuple[int, list[int]]:
        """Calls logged after an id, and the newest id."""
        with self.reading() as conn:
            ids = [int(r[0]) for r in conn.execute(
                "SELECT id FROM calls WHERE id > ? ORDER BY id", [call_id])]
        return (ids[-1] if ids else call_id), ids

    def call(self, call_id: int) -> dict[str, object] | None:
        row = self.conn.execute("SELECT * FROM calls WHERE id = ?", [call_id]).fetchone()
        return redact_row(dict(row), self.role) if row else None
