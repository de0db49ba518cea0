"""Telecom-fraud reports: saved with their call, outcomes filled in later."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from console.domain.access import Permission
from console.domain.clock import from_stored, to_stored
from console.domain.fraud import MAX_FEN, FraudReport, Transfer
from console.domain.problems import Problem
from console.store.errors import InputRefused
from console.store.service import Service

if TYPE_CHECKING:
    pass


def insert_fraud(conn: sqlite3.Connection, call_id: int, incident_id: int | None,
                 report: FraudReport, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO fraud_reports (call_id, incident_id, victim_account, victim_bank,"
        " stop_payment_requested, accounts_frozen, money_recovered_fen, loss_fen, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [call_id, incident_id, report.victim_account.strip(), report.victim_bank.strip(),
         int(report.stop_payment_requested), report.accounts_frozen,
         report.money_recovered_fen, report.total_fen, now],
    )
    report_id = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT INTO fraud_transfers (report_id, amount_fen, transferred_at, to_account,"
        " to_name, to_bank) VALUES (?, ?, ?, ?, ?, ?)",
        [(report_id, t.amount_fen, to_stored(t.at) if t.at else None, t.to_account.strip(),
          t.to_name.strip(), t.to_bank.strip()) for t in report.transfers],
    )
    return report_id


class FraudService(Service):
    def fraud_report(self, call_id: int) -> tuple[int, FraudReport] | None:
        row = self.conn.execute("SELECT * FROM fraud_reports WHERE call_id = ?",
                                [call_id]).fetchone()
        if row is None:
            return None
        transfers = [
            Transfer(t["amount_fen"],
                     from_stored(t["transferred_at"]) if t["transferred_at"] else None,
                     t["to_account"], t["to_name"], t["to_bank"])
            for t in self.conn.execute(
                "SELECT * FROM fraud_transfers WHERE report_id = ? ORDER BY id", [row["id"]])
        ]
        return int(row["id"]), FraudReport(
            row["victim_account"], row["victim_bank"], transfers,
            bool(row["stop_payment_requested"]), row["accounts_frozen"],
            row["money_recovered_fen"])

    def fraud_report_of_incident(self, incident_id: int) -> tuple[int, FraudReport] | None:
        row = self.conn.execute("SELECT call_id FROM fraud_reports WHERE incident_id = ?"
                                " ORDER BY id LIMIT 1", [incident_id]).fetchone()
        return self.fraud_report(int(row[0])) if row else None

    def update_fraud_outcome(self, report_id: int, operator_id: int | None, *,
                             accounts_frozen: int | None = None,
                             money_recovered_fen: int | None = None,
                             stop_payment_requested: bool | None = None) -> None:
        """Fill in what is known later: frozen accounts, money recovered, stop-payment."""
        self.require(Permission.WORK_INCIDENTS, operator_id)
        for name, value in (("accounts_frozen", accounts_frozen),
                            ("money_recovered", money_recovered_fen)):
            if value is not None and not 0 <= value < MAX_FEN:
                raise InputRefused([Problem(name, "unknown_code")])
        with self.write() as conn:
            now = self.now_text()
            row = conn.execute("SELECT incident_id FROM fraud_reports WHERE id = ?",
                               [report_id]).fetchone()
            conn.execute(
                "UPDATE fraud_reports SET"
                " accounts_frozen = COALESCE(?, accounts_frozen),"
                " money_recovered_fen = COALESCE(?, money_recovered_fen),"
                " stop_payment_requested = COALESCE(?, stop_payment_requested),"
                " updated_at = ? WHERE id = ?",
                [accounts_frozen, money_recovered_fen,
                 None if stop_payment_requested is None else int(stop_payment_requested),
                 now, report_id],
            )
            if row and row[0] is not None:
                conn.execute(
                    "INSERT INTO incident_events (incident_id, at, operator_id, kind, detail)"
                    " VALUES (?, ?, ?, 'edit', ?)",
                    [row[0], now, operator_id, json.dumps({
                        "fraud_report": report_id, "accounts_frozen": accounts_frozen,
                        "money_recovered_fen": money_recovered_fen})],
                )
                conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, row[0]])

