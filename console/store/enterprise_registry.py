"""The key-enterprise registry (重点企业台账): entries, service files, CSV in and out.

Every change needs MANAGE_ENTERPRISES and is one transaction; the rules of what an
entry must hold are the domain's (`console.domain.enterprises`). The registry is a
few hundred entries, so a search reads the entries in scope and matches them in
Python, where pinyin initials are known.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from pathlib import Path

from console.domain import enterprises as rules
from console.domain.access import Permission
from console.domain.addresses import address_key
from console.domain.clock import local_day
from console.domain.enterprises import COLUMNS, EnterpriseDraft
from console.domain.problems import Problem
from console.store.errors import InputRefused
from console.store.service import Service

_DRAFT_COLUMNS = ", ".join(COLUMNS)


@dataclass(frozen=True)
class Enterprise:
    id: int
    draft: EnterpriseDraft
    created_at: str
    updated_at: str | None
    incidents: int  # how many incidents name it


@dataclass(frozen=True)
class ServiceEntry:
    id: int
    kind: str
    day: str
    officer: str
    what: str
    recorded_at: str


class EnterpriseInUse(InputRefused):
    """Deleting an enterprise that incidents name: make it inactive instead."""

    def __init__(self, incidents: int):
        super().__init__([Problem("enterprise", "has_incidents", incidents)])
        self.incidents = incidents


class ImportRefused(InputRefused):
    """A registry file with bad rows: nothing of it was imported. `rows` holds each
    finding with its line in the file (1 is the header)."""

    def __init__(self, path: Path, rows: list[tuple[int, Problem]]):
        super().__init__([p for _, p in rows])
        self.file = path
        self.rows = rows


def _draft(row: object) -> EnterpriseDraft:
    return EnterpriseDraft(**{c: "" if row[c] is None else str(row[c])  # type: ignore[index]
                              for c in COLUMNS})


class RegistryService(Service):
    # -- reading --------------------------------------------------------------------------

    def search(self, text: str = "", *, jurisdiction: str | None = None,
               status: str | None = None) -> list[Enterprise]:
        """Entries matching a typed search (name, pinyin initials, credit code, address),
        in pinyin order; `jurisdiction` narrows to one (a county desk's scope)."""
        sql = (f"SELECT id, {_DRAFT_COLUMNS}, created_at, updated_at,"
               " (SELECT COUNT(*) FROM incidents i WHERE i.enterprise_id = e.id) AS n"
               " FROM enterprises e WHERE 1 = 1")
        args: list[object] = []
        if jurisdiction:
            sql += " AND jurisdiction_code = ?"
            args.append(jurisdiction)
        if status:
            sql += " AND status = ?"
            args.append(status)
        found = [Enterprise(int(r["id"]), _draft(r), str(r["created_at"]),
                            r["updated_at"], int(r["n"]))
                 for r in self.conn.execute(sql + " ORDER BY name, id", args)]
        found.sort(key=lambda e: (rules.initials(e.draft.name), e.draft.name, e.id))
        return [e for e in found
                if rules.matches(text, e.draft.name, e.draft.credit_code, e.draft.address)]

    def get(self, enterprise_id: int) -> Enterprise:
        for e in self._rows("e.id = ?", [enterprise_id]):
            return e
        raise KeyError(enterprise_id)

    def _rows(self, where: str, args: list[object]) -> list[Enterprise]:
        return [Enterprise(int(r["id"]), _draft(r), str(r["created_at"]), r["updated_at"],
                           int(r["n"]))
                for r in self.conn.execute(
                    f"SELECT id, {_DRAFT_COLUMNS}, created_at, updated_at,"
                    " (SELECT COUNT(*) FROM incidents i WHERE i.enterprise_id = e.id) AS n"
                    f" FROM enterprises e WHERE {where}", args)]

    def service_file(self, enterprise_id: int) -> list[ServiceEntry]:
        """Visits, contacts and requests, latest first."""
        return [ServiceEntry(int(r["id"]), r["kind"], r["day"], r["officer"], r["what"],
                             r["recorded_at"])
                for r in self.conn.execute(
                    "SELECT * FROM enterprise_service WHERE enterprise_id = ?"
                    " ORDER BY day DESC, id DESC", [enterprise_id])]

    def incidents_of(self, enterprise_id: int) -> list[dict[str, object]]:
        """The incidents naming the enterprise, latest first."""
        return [dict(r) for r in self.conn.execute(
            "SELECT id, number, category_code, stage, opened_at, closed_at FROM incidents"
            " WHERE enterprise_id = ? ORDER BY opened_at DESC, id DESC", [enterprise_id])]

    # -- writing --------------------------------------------------------------------------

    def add(self, draft: EnterpriseDraft) -> int:
        """Register an enterprise; InputRefused says what is wrong, nothing written."""
        self.require(Permission.MANAGE_ENTERPRISES)
        d = self._checked(draft, None)
        with self.write() as conn:
            return self._insert(conn, d)

    def edit(self, enterprise_id: int, draft: EnterpriseDraft) -> None:
        self.require(Permission.MANAGE_ENTERPRISES)
        d = self._checked(draft, enterprise_id)
        with self.write() as conn:
            self._update(conn, enterprise_id, d)

    def set_status(self, enterprise_id: int, status: str) -> None:
        """Make an entry active or inactive (how one with incidents leaves the registry)."""
        self.require(Permission.MANAGE_ENTERPRISES)
        if status not in rules.STATUSES:
            raise InputRefused([Problem("status", "unknown")])
        with self.write() as conn:
            conn.execute("UPDATE enterprises SET status = ?, updated_at = ? WHERE id = ?",
                         [status, self.now_text(), enterprise_id])

    def delete(self, enterprise_id: int) -> None:
        """Remove an entry made in error; one that incidents name is refused."""
        self.require(Permission.MANAGE_ENTERPRISES)
        with self.write() as conn:
            n = int(conn.execute(
                "SELECT COUNT(*) FROM incidents WHERE enterprise_id = ?",
                [enterprise_id]).fetchone()[0])
            n += int(conn.execute(
                "SELECT COUNT(*) FROM enterprise_pushes WHERE enterprise_id = ?",
                [enterprise_id]).fetchone()[0])
            if n:
                raise EnterpriseInUse(n)
            if conn.execute("SELECT 1 FROM enterprise_service WHERE enterprise_id = ?",
                            [enterprise_id]).fetchone():
                raise InputRefused([Problem("enterprise", "has_service_file")])
            conn.execute("DELETE FROM enterprises WHERE id = ?", [enterprise_id])

    def add_service_entry(self, enterprise_id: int, kind: str, day: str, officer: str,
                          what: str) -> int:
        """Record a visit, a contact or a request in the enterprise's service file."""
        self.require(Permission.MANAGE_ENTERPRISES)
        found = rules.entry_problems(kind, day, officer, what,
                                     local_day(self.now(), self.tz))
        if found:
            raise InputRefused(found)
        operator_id = self.actor.id if self.actor else None
        with self.write() as conn:
            row = conn.execute(
                "INSERT INTO enterprise_service (enterprise_id, kind, day, officer, what,"
                " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [enterprise_id, kind, day.strip(), officer.strip(), what.strip(),
                 self.now_text(), operator_id]).fetchone()
        return int(row[0])

    def complete(self, codes: list[tuple[str, str, int]],
                 entries: list[tuple[int, str, str, str, str, str]]) -> None:
        """Many entries' credit codes and contacts ((code, contact, id)) and service-file
        entries ((enterprise, kind, day, officer, what, recorded_at)) in one write, as a
        data load does; unchecked, so only for data made to the rules (the demo)."""
        self.require(Permission.MANAGE_ENTERPRISES)
        with self.write() as conn:
            conn.executemany("UPDATE enterprises SET credit_code = ?, contact_name = ?"
                             " WHERE id = ?", codes)
            conn.executemany(
                "INSERT INTO enterprise_service (enterprise_id, kind, day, officer, what,"
                " recorded_at) VALUES (?, ?, ?, ?, ?, ?)", entries)

    # -- CSV ------------------------------------------------------------------------------

    def export_csv(self, path: Path, entries: list[Enterprise] | None = None) -> int:
        """Write the registry (or these entries) as CSV with a header; returns the rows."""
        listed = self.search() if entries is None else entries
        with open(path, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            for e in listed:
                writer.writerow([getattr(e.draft, c) for c in COLUMNS])
        return len(listed)

    def export_xlsx(self, path: Path, entries: list[Enterprise] | None = None) -> int:
        """The same columns as the CSV, as one XLSX sheet; returns the rows."""
        import xlsxwriter  # only when asked: a seat rarely exports

        listed = self.search() if entries is None else entries
        book = xlsxwriter.Workbook(str(path))
        try:
            sheet = book.add_worksheet("enterprises")
            bold = book.add_format({"bold": True})
            sheet.write_row(0, 0, COLUMNS, bold)
            for row, e in enumerate(listed, 1):
                sheet.write_row(row, 0, [getattr(e.draft, c) for c in COLUMNS])
            sheet.freeze_panes(1, 0)
        finally:
            book.close()
        return len(listed)

    def import_csv(self, path: Path) -> tuple[int, int]:
        """Read a registry CSV whole: every row is checked before one is written, and a bad
        row refuses the file (ImportRefused, by line). A row whose credit code is
        registered updates that entry. Returns (added, updated)."""
        self.require(Permission.MANAGE_ENTERPRISES)
        drafts, bad = self._read_csv(path)
        if bad:
            raise ImportRefused(path, bad)
        added = updated = 0
        with self.write() as conn:
            known = {str(r[0]): int(r[1]) for r in conn.execute(
                "SELECT credit_code, id FROM enterprises WHERE credit_code <> ''")}
            for d in drafts:
                if d.credit_code in known:
                    self._update(conn, known[d.credit_code], d)
                    updated += 1
                else:
                    self._insert(conn, d)
                    added += 1
        return added, updated

    def _read_csv(self, path: Path) -> tuple[list[EnterpriseDraft], list[tuple[int, Problem]]]:
        bad: list[tuple[int, Problem]] = []
        drafts: list[EnterpriseDraft] = []
        try:
            with open(path, encoding="utf-8-sig", newline="") as src:
                reader = csv.reader(src)
                header = [h.strip() for h in next(reader, [])]
                unknown = [h for h in header if h not in COLUMNS]
                missing = [c for c in COLUMNS if c not in header and c != "status"]
                for h in unknown:
                    bad.append((1, Problem(h, "unknown_column")))
                for c in missing:
                    bad.append((1, Problem(c, "missing_column")))
                if bad:
                    return [], bad
                seen: dict[str, int] = {}
                jurisdictions = [j.code for j in self.reference.jurisdictions]
                for row in reader:
                    line = reader.line_num
                    if not any(cell.strip() for cell in row):
                        continue
                    if len(row) != len(header):
                        bad.append((line, Problem("row", "cells", len(header))))
                        continue
                    d = EnterpriseDraft(**dict(zip(header, row, strict=True))).cleaned()
                    bad.extend((line, p) for p in rules.problems(d, jurisdictions))
                    if d.credit_code in seen:
                        bad.append((line, Problem("credit_code", "repeated", seen[d.credit_code])))
                    seen.setdefault(d.credit_code, line)
                    drafts.append(d)
        except UnicodeDecodeError:
            bad.append((0, Problem("file", "encoding")))
        except csv.Error:
            bad.append((0, Problem("file", "not_csv")))
        return drafts, bad

    # -- the rows -------------------------------------------------------------------------

    def _checked(self, draft: EnterpriseDraft, enterprise_id: int | None) -> EnterpriseDraft:
        d = draft.cleaned()
        found = rules.problems(d, [j.code for j in self.reference.jurisdictions])
        if not found and d.credit_code:
            row = self.conn.execute("SELECT id FROM enterprises WHERE credit_code = ?",
                                    [d.credit_code]).fetchone()
            if row is not None and int(row[0]) != enterprise_id:
                found.append(Problem("credit_code", "registered", int(row[0])))
        if found:
            raise InputRefused(found)
        return d

    def _values(self, d: EnterpriseDraft) -> dict[str, object]:
        values: dict[str, object] = asdict(d)
        values["jurisdiction_code"] = d.jurisdiction_code or None
        values["address_key"] = address_key(d.address)
        return values

    def _insert(self, conn: object, d: EnterpriseDraft) -> int:
        values = self._values(d)
        values["created_at"] = self.now_text()
        names = list(values)
        row = conn.execute(  # type: ignore[attr-defined]
            f"INSERT INTO enterprises ({', '.join(names)})"
            f" VALUES ({', '.join('?' for _ in names)}) RETURNING id",
            [values[n] for n in names]).fetchone()
        return int(row[0])

    def _update(self, conn: object, enterprise_id: int, d: EnterpriseDraft) -> None:
        values = self._values(d)
        values["updated_at"] = self.now_text()
        names = list(values)
        conn.execute(  # type: ignore[attr-defined]
            f"UPDATE enterprises SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
            [*(values[n] for n in names), enterprise_id])


__all__ = ["Enterprise", "EnterpriseInUse", "ImportRefused", "RegistryService", "ServiceEntry"]
