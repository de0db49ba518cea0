"""Operators and logins: salted scrypt hashes, never plain passwords; every attempt recorded.

A login (`login`) reads the account and the name's recent attempts, decides with the
domain (`console.domain.logins`) whether the name is locked, checks the password, and
records the attempt (table `login_attempts`, append-only and audited). Exactly one
scrypt runs whatever the case — unknown name, locked, disabled, wrong or right — so the
answer takes the same time and tells nothing about which names exist.

Passwords follow the policy of the account's role (`console.domain.passwords`); the
demo's password is accepted only in a demo database. An operator changes their own
password with the old one (`change_password`); an administrator (MANAGE_OPERATORS)
sets another's (`reset_password`), who must then choose a new one at the next login.
"""

from __future__ import annotations

import socket
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from console.domain.access import Permission
from console.domain.clock import from_stored, to_stored
from console.domain.logins import LOOKBACK, LOOKBACK_ROWS, Attempt, Outcome, locked_until
from console.domain.passwords import (
    hash_password,
    policy_problems,
    verify_dummy,
    verify_password,
)
from console.domain.problems import Problem
from console.store.errors import InputRefused
from console.store.records import Operator
from console.store.service import Service


def _operator(row: sqlite3.Row) -> Operator:
    return Operator(row["id"], row["username"], row["display_name"], row["role"],
                    bool(row["active"]))


def default_seat() -> str:
    """Where an attempt comes from when the caller does not say: this host."""
    try:
        return socket.gethostname()
    except OSError:
        return ""


@dataclass(frozen=True)
class LoginResult:
    """What a login attempt came to.

    `operator` is set only when the password was right (`outcome` OK);
    `locked_until` (UTC) when the name is locked now, this attempt's failure included;
    `must_change` when an administrator set the password and its owner must choose one."""

    outcome: Outcome
    operator: Operator | None = None
    locked_until: datetime | None = None
    must_change: bool = False

    @property
    def ok(self) -> bool:
        return self.outcome == Outcome.OK and self.operator is not None


@dataclass(frozen=True)
class LoginRecord:
    """One recorded attempt, as `attempts` returns it."""

    at: str
    username: str
    operator_id: int | None
    outcome: str
    success: bool
    seat: str


class AccountsService(Service):
    # ---- accounts -----------------------------------------------------------------------
    def add_operator(self, username: str, display_name: str, role: str,
                     password: str) -> Operator:
        """A new account. Needs MANAGE_OPERATORS, except for the first operator of an
        empty database (acting as the system: the bootstrap)."""
        self.require(Permission.MANAGE_OPERATORS)
        problems = []
        if role not in {r.code for r in self.reference.roles}:
            problems.append(Problem("role", "unknown_code"))
        if not username.strip():
            problems.append(Problem("username", "missing"))
        problems += policy_problems(password, username=username, role=role,
                                    demo=self.store.is_demo)
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
        return Operator(int(cur.lastrowid or 0), username.strip(), display_name, role)

    def operators(self) -> list[Operator]:
        return [_operator(r) for r in self.conn.execute("SELECT * FROM operators ORDER BY id")]

    def operator(self, operator_id: int) -> Operator | None:
        row = self.conn.execute("SELECT * FROM operators WHERE id = ?", [operator_id]).fetchone()
        return _operator(row) if row else None

    def by_username(self, username: str) -> Operator | None:
        row = self.conn.execute("SELECT * FROM operators WHERE username = ?",
                                [username.strip()]).fetchone()
        return _operator(row) if row else None

    def reset_pending(self, operator_id: int) -> bool:
        row = self.conn.execute("SELECT reset_pending FROM operators WHERE id = ?",
                                [operator_id]).fetchone()
        return bool(row and row[0])

    # ---- logging in ---------------------------------------------------------------------
    def authenticate(self, username: str, password: str,
                     seat: str | None = None) -> Operator | None:
        """The operator whose password this is, or None (see `login` for why not)."""
        return self.login(username, password, seat).operator

    def login(self, username: str, password: str, seat: str | None = None) -> LoginResult:
        """Check a login and record the attempt; one scrypt whatever the outcome."""
        name = username.strip()
        row = self.conn.execute("SELECT * FROM operators WHERE username = ?",
                                [name]).fetchone()
        now = self.now()
        until = locked_until(self._attempts_of(name, now), now)
        if until is not None:
            verify_dummy(password)
            outcome = Outcome.LOCKED
        elif row is None:
            verify_dummy(password)
            outcome = Outcome.UNKNOWN_USER
        elif not verify_password(password, row["password_hash"]):
            outcome = Outcome.WRONG_PASSWORD
        elif not row["active"]:
            outcome = Outcome.INACTIVE
        else:
            outcome = Outcome.OK
        operator_id = int(row["id"]) if row is not None else None
        self._record(name, operator_id, outcome, seat)
        if outcome == Outcome.OK:
            return LoginResult(outcome, _operator(row),
                               must_change=bool(row["reset_pending"]))
        if outcome.failed:  # this failure may be the one that locks the name
            until = locked_until(self._attempts_of(name, now), now)
        return LoginResult(outcome, locked_until=until)

    def locked_until(self, username: str) -> datetime | None:
        """Until when a user name is locked (UTC), or None."""
        now = self.now()
        return locked_until(self._attempts_of(username.strip(), now), now)

    def attempts(self, username: str | None = None, limit: int = 100) -> list[LoginRecord]:
        """The latest recorded attempts (of one user name as typed), newest first."""
        where, params = ("WHERE username = ?", [username.strip()]) if username else ("", [])
        return [LoginRecord(str(r["at"]), str(r["username"]), r["operator_id"],
                            str(r["outcome"]), bool(r["success"]), str(r["seat"]))
                for r in self.conn.execute(
                    f"SELECT * FROM login_attempts {where} ORDER BY id DESC LIMIT ?",
                    [*params, int(limit)])]

    def _attempts_of(self, name: str, now: datetime) -> list[Attempt]:
        rows = self.conn.execute(
            "SELECT at, outcome FROM login_attempts WHERE username = ? AND at >= ?"
            " ORDER BY id DESC LIMIT ?",
            [name, to_stored(now - LOOKBACK), LOOKBACK_ROWS]).fetchall()
        found: list[Attempt] = []
        for at, outcome in reversed(rows):
            try:
                found.append(Attempt(from_stored(str(at)), Outcome(str(outcome))))
            except ValueError:
                continue  # a row this console cannot read never locks anyone out
        return found

    def _record(self, name: str, operator_id: int | None, outcome: Outcome,
                seat: str | None, conn: sqlite3.Connection | None = None) -> None:
        values = [self.now_text(), name, operator_id, outcome.value,
                  int(outcome == Outcome.OK), default_seat() if seat is None else seat]
        sql = ("INSERT INTO login_attempts (at, username, operator_id, outcome, success, seat)"
               " VALUES (?, ?, ?, ?, ?, ?)")
        if conn is not None:
            conn.execute(sql, values)
            return
        with self.write() as own:
            own.execute(sql, values)

    # ---- passwords ----------------------------------------------------------------------
    def change_password(self, old: str, new: str, seat: str | None = None) -> None:
        """The acting operator chooses a new password, giving the current one.

        Refused (InputRefused) with `old_password`/`wrong` when the current one is wrong
        (recorded as a failed attempt: it counts towards the lock), with the policy's
        problems for the new one, or `new_password`/`unchanged` when they are equal."""
        me = self.actor
        if me is None:
            raise PermissionError("not_logged_in")
        row = self.conn.execute("SELECT * FROM operators WHERE id = ?", [me.id]).fetchone()
        if row is None:
            raise PermissionError("not_logged_in")
        now = self.now()
        until = locked_until(self._attempts_of(row["username"], now), now)
        if until is not None:
            verify_dummy(old)
            self._record(row["username"], me.id, Outcome.LOCKED, seat)
            raise InputRefused([Problem("old_password", "locked")])
        if not verify_password(old, row["password_hash"]):
            self._record(row["username"], me.id, Outcome.WRONG_PASSWORD, seat)
            raise InputRefused([Problem("old_password", "wrong")])
        problems = [Problem("new_password", p.code, p.limit) for p in policy_problems(
            new, username=row["username"], role=row["role"], demo=self.store.is_demo)]
        if new == old:
            problems.append(Problem("new_password", "unchanged"))
        if problems:
            raise InputRefused(problems)
        with self.write() as conn:
            conn.execute("UPDATE operators SET password_hash = ?, reset_pending = 0"
                         " WHERE id = ?", [hash_password(new), me.id])
            self._record(row["username"], me.id, Outcome.CHANGED, seat, conn)

    def reset_password(self, operator_id: int, new: str, seat: str | None = None) -> None:
        """An administrator sets another operator's password (MANAGE_OPERATORS); its owner
        must choose a new one at the next login. Earlier failures no longer lock the name."""
        self.require(Permission.MANAGE_OPERATORS)
        row = self.conn.execute("SELECT * FROM operators WHERE id = ?",
                                [operator_id]).fetchone()
        if row is None:
            raise InputRefused([Problem("operator", "unknown_code")])
        problems = policy_problems(new, username=row["username"], role=row["role"],
                                   demo=self.store.is_demo)
        if problems:
            raise InputRefused(problems)
        with self.write() as conn:
            conn.execute("UPDATE operators SET password_hash = ?, reset_pending = 1"
                         " WHERE id = ?", [hash_password(new), operator_id])
            self._record(row["username"], operator_id, Outcome.RESET, seat, conn)
