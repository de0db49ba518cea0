"""The audit chain on PostgreSQL, checked with the same arithmetic as on SQLite.

schema.sql's trigger computes each row's hash in SQL (audit_hash: `console.domain.audit`'s
canonical content, SHA-256 over UTF-8); here each row is recomputed with
`console.domain.audit.chain_hash` itself, as `console110 verify-audit` does for a file. What
SQLite keeps in sqlite_sequence (the last id handed out) is audit_head here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from console.domain.audit import GENESIS, Anchor, chain_hash
from console.store.pg.connect import PgConnection


@dataclass
class ChainReport:
    rows: int = 0
    head: Anchor | None = None
    problems: list[tuple[str, int | None, str]] = field(default_factory=list)  # code, id, text

    @property
    def ok(self) -> bool:
        return not self.problems


def check_chain(conn: PgConnection) -> ChainReport:
    """Every row follows the one before and gives its own hash; the head names the last."""
    report = ChainReport()
    if conn.fetchone("SELECT to_regclass('audit_log')")[0] is None:  # type: ignore[index]
        report.problems.append(("no_audit", None, "this database has no audit trail: is it"
                                " the console's? `console110 init --db URL` sets one up"))
        return report
    prev_id, prev_hash = 0, GENESIS
    for r in conn.execute(
            "SELECT id, at, actor_id, actor_role, tbl, row_id, op, before_json, after_json,"
            " prev_hash, hash FROM audit_log ORDER BY id"):
        audit_id = int(r[0])
        report.rows += 1
        if r[9] != prev_hash:
            code = "removed" if audit_id > prev_id + 1 else "inserted"
            report.problems.append((code, audit_id, f"row {audit_id} does not follow row"
                                    f" {prev_id}"))
        elif audit_id != prev_id + 1:
            report.problems.append(("renumbered", audit_id, f"rows {prev_id + 1}–"
                                    f"{audit_id - 1} missing though the chain runs on"))
        expected = chain_hash(str(r[9]), audit_id, str(r[1]), r[2], str(r[3]), str(r[4]), r[5],
                              str(r[6]), r[7], r[8])
        if expected != r[10]:
            report.problems.append(("altered", audit_id, f"row {audit_id} ({r[4]} row {r[5]},"
                                    f" {r[6]}) does not give its hash"))
        prev_id, prev_hash = audit_id, str(r[10])
    report.head = Anchor(prev_id, prev_hash) if report.rows else None
    head = conn.fetchone("SELECT audit_id, hash FROM audit_head WHERE id = 1")
    if head is None:
        report.problems.append(("head", None, "audit_head is missing"))
    elif int(head[0]) > prev_id:
        report.problems.append(("removed", None, f"rows {prev_id + 1}–{head[0]} removed from"
                                " the end of the log"))
    elif (int(head[0]), str(head[1])) != (prev_id, prev_hash):
        report.problems.append(("head", None, "audit_head does not name the last row"))
    return report
