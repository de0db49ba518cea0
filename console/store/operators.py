"""Operators and login: salted scrypt hashes, never plain passwords."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from console.domain.passwords import MIN_LENGTH, hash_password, verify_password
from console.domain.problems import Problem
from console.store.errors import InputRefused
from console.store.records import Operator
from console.store.service import Service

if TYPE_CHECKING:
    pass


def _operator(row: sqlite3.Row) -> Operator:
    return Operator(row["id"], row["username"], row["display_name"], row["role"],
                    bool(row["active"]))


class AccountsService(Service):
    def add_operator(self, username: str, display_name: str, role: str,
                     password: str) -> Operator:
        problems = []
        if role not in {r.code for r in self.reference.roles}:
            problems.append(Problem("role", "unknown_code"))
        if not username.strip():
            problems.append(Problem("username", "missing"))
        if len(password) < MIN_LENGTH:
            problems.append(Problem("password", "too_short", MIN_LENGTH))
        if problems:
            raise InputRefused(problems)
        with self.write() as conn:
            if conn.execute("SELECT 1 FROM operators WHERE username = ?",
                            [username.strip()]).fetchone():
                raise InputRefused([Problem("username", "duplicate")])
            cur = conn.execute(
                "INSERT INTO operators (username, display_name, role, password_hash,"
                " created_at) VALUES (?, ?, ?, ?, ?)",
                [username.strip(), display_name, role, hash_password(password),
                 self.now_text()],
            )
        return Operator(int(cur.lastrowid or 0), username, display_name, role)

    def authenticate(self, username: str, password: str) -> Operator | None:
        row = self.conn.execute(
            "SELECT * FROM operators WHERE username = ? AND active = 1", [username.strip()]
        ).fetchone()
        if row is None or not verify_password(password, row["password_hash"]):
            return None
        return _operator(row)

    def operators(self) -> list[Operator]:
        return [_operator(r) for r in self.conn.execute("SELECT * FROM operators ORDER BY id")]

    def operator(self, operator_id: int) -> Operator | None:
        row = self.conn.execute("SELECT * FROM operators WHERE id = ?", [operator_id]).fetchone()
        return _operator(row) if row else None
