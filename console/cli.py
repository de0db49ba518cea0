"""`console110`: no subcommand opens the console; subcommands work headless.

The CLI uses the same domain and store as the GUI. Commands that read or change people's
data (`AUTHENTICATED`) act as an operator who proves who they are: `--as USERNAME` and a
password, asked for at the terminal, or for a scheduled job read from `--password-file`
(readable by its owner only) or the environment variable CONSOLE110_PASSWORD. The store
then acts as that operator, so its reads are redacted and its writes checked by role.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import stat
import sys
import time
from pathlib import Path
from typing import Any

from console.domain.access import Permission
from console.store import InputRefused, Store, StoreError
from console.store.connection import check_file, explained
from console.store.locations import is_server_url
from console.store.records import Operator

DEFAULT_DB = Path("data/console.db")
PASSWORD_ENV = "CONSOLE110_PASSWORD"
# The commands that act as a logged-in operator (README, "Command line").
AUTHENTICATED = ("open", "history", "add-operator", "reset-password", "import-calls",
                 "audit-reads")


class Refused(Exception):
    """A command refused before it did anything: one line for the user, exit code 2."""


def _password_from_file(path: Path) -> str:
    """The first line of a password file that only its owner may read."""
    try:
        info = path.stat()
    except OSError as exc:
        raise Refused(f"--password-file {path}: {exc.strerror or exc}."
                      " Nothing was done.") from None
    if os.name != "nt" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise Refused(f"--password-file {path} can be read by others (mode "
                      f"{stat.filemode(info.st_mode)}): make it readable by its owner only "
                      f"(chmod 600 {path}). Nothing was done.")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise Refused(f"--password-file {path} cannot be read ({exc})."
                      " Nothing was done.") from None
    return text.splitlines()[0] if text else ""


def _password(args: argparse.Namespace) -> str:
    """The operator's password: a file, the environment, or the terminal (in that order)."""
    if args.password_file:
        return _password_from_file(Path(args.password_file))
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    try:
        return getpass.getpass(f"password for {args.as_user}: ")
    except (EOFError, KeyboardInterrupt):
        raise Refused(f"no password given for {args.as_user} (no terminal to ask at: use "
                      f"--password-file or {PASSWORD_ENV}). Nothing was done.") from None


def log_in(store: Store, args: argparse.Namespace, *, checked: bool = False) -> Operator:
    """Check `--as` and its password against the store and act as that operator.

    The file is checked for damage first (unless the command just did): a login is
    recorded, and nothing is written into a damaged file."""
    from console.domain.clock import local_text, to_stored
    from console.store.operators import default_seat

    if not checked:
        check_file(store.path)
    if not args.as_user:
        raise Refused(f"`console110 {args.command}` reads or changes people's data: say who "
                      "you are with --as USERNAME (README: Command line). Nothing was done.")
    result = store.accounts.login(args.as_user, _password(args),
                                  seat=f"{default_seat()} (command line)")
    if result.locked_until is not None:
        until = local_text(to_stored(result.locked_until), store.tz, seconds=False)
        raise Refused(f"{args.as_user} is locked until {until} after repeated wrong passwords;"
                      " try again then, or ask an administrator. Nothing was done.")
    if result.operator is None:
        raise Refused("wrong username or password. Nothing was done.")
    if result.must_change:
        raise Refused(f"the password of {args.as_user} was set by an administrator: log in to "
                      "the console and choose your own first. Nothing was done.")
    store.actor = result.operator  # every read is redacted, every write checked, as theirs
    return result.operator


def _auth_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="as_user", metavar="USERNAME",
                        help="act as this operator (asks for the password)")
    parser.add_argument("--password-file", metavar="PATH",
                        help="read the operator's password from this file (mode 600),"
                             f" e.g. for cron; or set {PASSWORD_ENV}")

_STORE_MESSAGES = {
    "not_a_database": "{path} is not a 110 Console database (not an SQLite file). "
                      "Check the path; nothing was changed.",
    "newer_version": "{path} was made by a newer version of 110 Console. "
                     "Update the console; nothing was changed.",
    "read_only": "{path} cannot be written (read-only file or folder). "
                 "Copy it somewhere writable or fix its permissions; nothing was changed.",
    "busy": "{path} is locked by another program. Try again in a moment; "
            "nothing was changed.",
    "disk_full": "The disk holding {path} is full. Free some space and try again; "
                 "nothing was changed.",
    "corrupt": "{path} is damaged ({detail}). Do not write to it; restore the latest backup "
               "(console110 restore).",
    "unavailable": "{path} cannot be read just now ({detail}). Check the disk and try again.",
    "copy_check_failed": "{path} failed its check ({detail}). A copy that fails it is neither "
                         "kept nor restored: take the backup again, or restore an older one. "
                         "Nothing was changed.",
    "target_exists": "{path} exists already ({detail}). A restore writes a new file and never "
                     "replaces one, least of all the live database: give a new path, or stop "
                     "every console and move the old file (with its -wal and -shm) aside "
                     "first. Nothing was changed.",
}


def store_error_text(exc: StoreError) -> str:
    return _STORE_MESSAGES.get(exc.code, "{path}: {detail}").format(
        path=exc.path, detail=exc.detail)


class _Progress:
    """A long command's progress on stderr (done, rate, time left): a live bar (rich) at a
    terminal; elsewhere (cron, a log) a plain line at most every `every` seconds."""

    def __init__(self, what: str, unit: str, *, every: float = 5.0):
        self.what, self.unit, self.every = what, unit, every
        self.started = self.shown = time.perf_counter()
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> _Progress:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(),
                                MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                                TimeRemainingColumn(), console=Console(stderr=True),
                                transient=True)
            self.bar.start()
            self.task = self.bar.add_task(self.what, total=None, rate="")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def __call__(self, done: int, total: int) -> None:
        now = time.perf_counter()
        rate = done / (now - self.started) if now > self.started else 0.0
        if self.bar is not None:
            self.bar.update(self.task, completed=done, total=total,
                            rate=f"{rate:,.0f} {self.unit}/s")
            return
        if now - self.shown < self.every and done < total:
            return
        self.shown = now
        left = (total - done) / rate if rate else 0.0
        print(f"  {self.what}: {done:,} / {total:,} {self.unit} ({rate:,.0f} {self.unit}/s,"
              f" {left:,.0f} s left)", file=sys.stderr, flush=True)


def _cmd_demo(args: argparse.Namespace) -> int:
    from datetime import date

    from console.demo import DEMO_PASSWORD, ROLE_ACCOUNTS, generate

    try:
        end = date.fromisoformat(args.end) if args.end else None
    except ValueError:
        print(f"--end {args.end!r} is not a date: give it as YYYY-MM-DD, e.g. 2026-11-29.",
              file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        with _Progress("demo", "days") as progress:
            summary = generate(Path(args.db), days=args.days, seed=args.seed,
                               calls_per_day=args.calls_per_day, end=end, progress=progress)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started
    size = Path(args.db).stat().st_size / 2**20
    print(f"demo database {args.db}: {summary.calls:,} calls, {summary.incidents:,} incidents"
          f" over {args.days} days to {summary.end} in {elapsed:.1f} s ({size:.0f} MiB)")
    accounts = ", ".join(f"{user} ({role})" for user, _, role in ROLE_ACCOUNTS)
    print(f"accounts (password {DEMO_PASSWORD}): {accounts}")
    return 0


def _missing_folder(db: Path | str, parents: bool = False) -> bool:
    """Say so when the folder of a new database does not exist (a mistyped path)."""
    if is_server_url(db):
        return False
    db = Path(db)
    if db.exists() or db.parent.is_dir() or parents:
        return False
    print(f"The folder {db.parent} does not exist. Check the path, or add --parents to create"
          " it; nothing was created.", file=sys.stderr)
    return True


def _exists(db: str) -> bool:
    """A file that exists, or a server's database (which the store creates the schema in)."""
    return is_server_url(db) or Path(db).is_file()


# What only a database file has, and what a centre on PostgreSQL does instead (README).
FILE_ONLY = {
    "demo": "The demo generator writes a file: make one (console110 demo --db demo.db), then"
            " copy it to the server with console110 migrate --from demo.db --to URL.",
    "check": "A PostgreSQL server checks its own pages (data checksums; pg_amcheck): run"
             " those on the server. Nothing was done.",
    "backup": "Back up a PostgreSQL database on the server (pg_dump, or base backups with WAL"
              " archiving: README, \"PostgreSQL\"). Nothing was done.",
    "restore": "Restore a PostgreSQL database with pg_restore, or copy a checked backup file"
               " to it with console110 migrate. Nothing was done.",
}


def _cmd_init(args: argparse.Namespace) -> int:
    if _missing_folder(args.db, args.parents):
        return 2
    if _exists(args.db):
        check_file(args.db)  # migrations write: not into a damaged file
    with Store.open(args.db) as store:
        if args.timezone:
            from console.store.importer import TimezoneRefused

            try:
                moved = store.imports.set_timezone(args.timezone, recount=args.recount)
            except TimezoneRefused as exc:
                print(f"{args.db}: {exc}", file=sys.stderr)
                return 2
            print(f"{args.db}: time zone {args.timezone}"
                  + (f" ({moved:,} calls and incidents moved to another day)"
                     if args.recount else ""))
        print(f"{args.db}: schema version {store.schema_version()}")
    return 0


_OPERATOR_PROBLEMS = {
    ("role", "unknown_code"): "unknown role; use one of: {roles}",
    ("username", "missing"): "the username is empty",
    ("username", "duplicate"): "that username exists already; choose another",
    ("password", "too_short"): "the password needs at least {limit} characters for this role",
    ("password", "too_long"): "the password may have at most {limit} characters",
    ("password", "same_as_username"): "the password must not be the username",
    ("password", "only_digits"): "the password must not be digits only",
    ("password", "known_password"): "that is the demo databases' published password;"
                                    " choose another",
}


def _new_password(args: argparse.Namespace) -> str:
    if args.password:
        return str(args.password)
    try:
        first = getpass.getpass(f"new password for {args.username}: ")
        again = getpass.getpass("the same again: ")
    except (EOFError, KeyboardInterrupt):
        raise Refused("no password given for the new operator. Nothing was done.") from None
    if first != again:
        raise Refused("the two passwords differ. Nothing was done.")
    return first


def _cmd_add_operator(args: argparse.Namespace) -> int:
    check_file(args.db)
    with Store.open(args.db, create=False) as store:
        if store.accounts.operators():  # the first operator of an empty file: the bootstrap
            log_in(store, args, checked=True)
        password = _new_password(args)
        try:
            op = store.accounts.add_operator(args.username, args.name or args.username, args.role,
                                             password)
        except InputRefused as exc:
            _operator_problems(store, exc)
            return 2
    print(f"operator {op.username} ({op.role}) added")
    return 0


def _operator_problems(store: Store, exc: InputRefused) -> None:
    roles = ", ".join(r.code for r in store.reference.roles)
    for p in exc.problems:
        print(_OPERATOR_PROBLEMS.get((p.field, p.code), f"{p.field}: {p.code}")
              .format(limit=p.limit, roles=roles), file=sys.stderr)


def _cmd_reset_password(args: argparse.Namespace) -> int:
    """An administrator sets another operator's password, to be changed at their next login."""
    from console.store.operators import default_seat

    check_file(args.db)
    with Store.open(args.db, create=False) as store:
        log_in(store, args, checked=True)
        target = store.accounts.by_username(args.username)
        if target is None:
            raise Refused(f"there is no operator {args.username}. Nothing was done.")
        store.require(Permission.MANAGE_OPERATORS)  # before a password is asked for
        password = _new_password(args)
        try:
            store.accounts.reset_password(target.id, password,
                                          seat=f"{default_seat()} (command line)")
        except InputRefused as exc:
            _operator_problems(store, exc)
            return 2
    print(f"password of {target.username} set: they choose their own at their next login")
    return 0


def _cmd_open(args: argparse.Namespace) -> int:
    with Store.open(args.db, create=False) as store:
        log_in(store, args)
        for inc in store.incidents.open_incidents():
            print(f"{inc.number}\t{inc.stage}\t{inc.category_code or '-'}\t{inc.address}")
    return 0


def _cmd_history(args: argparse.Namespace) -> int:
    with Store.open(args.db, create=False) as store:
        log_in(store, args)
        for row in store.lookup.history(args.number or "", args.address or ""):
            print(f"{row.received_at}\t{row.incident_number or '-'}\t{row.disposition}"
                  f"\t{row.category_code or '-'}\t{row.caller_number}\t{row.address}")
    return 0


def _cmd_import_calls(args: argparse.Namespace) -> int:
    from console.domain.mapping import MappingError, SourceError, load_mapping
    from console.paths import db_dir
    from console.store.importer import ImportRefused

    shipped = db_dir() / "mappings" / f"{args.mapping}.toml"
    mapping_path = shipped if not Path(args.mapping).exists() and shipped.is_file() \
        else Path(args.mapping)
    if _missing_folder(args.db):
        return 2
    if _exists(args.db):
        check_file(args.db)
    try:
        mapping = load_mapping(mapping_path)
        with Store.open(args.db) as store:
            if store.accounts.operators():  # none yet: the host's load into a new file
                log_in(store, args, checked=True)
                store.require(Permission.IMPORT_CALLS)
            with _Progress("check", "rows", every=0) as checking, \
                    _Progress("import", "rows", every=0) as progress:
                report = store.imports.import_calls(
                    [Path(f) for f in args.files], mapping, skip_bad=args.skip_bad,
                    run_by=getpass.getuser(), progress=progress, checking=checking)
    except (MappingError, SourceError) as exc:
        print(f"{exc}\nNothing was imported.", file=sys.stderr)
        return 1
    except ImportRefused as exc:
        bad = exc.report.bad_rows
        print(f"{exc.report.skipped:,} bad row(s); nothing was imported:", file=sys.stderr)
        for row in bad[:50]:
            print(f"  {row.text()}", file=sys.stderr)
        if exc.report.skipped > 50:
            print(f"  ... and {exc.report.skipped - 50:,} more", file=sys.stderr)
        print("Correct these rows, or run again with --skip-bad to import the rest.",
              file=sys.stderr)
        return 1
    rate = report.rows / report.seconds if report.seconds else 0.0
    print(f"import {report.mapping} (run {report.run_id}): {report.rows:,} rows in"
          f" {len(report.files)} file(s): {report.imported:,} calls imported,"
          f" {report.incidents:,} incidents, {report.skipped:,} bad rows skipped,"
          f" {report.unmapped_calls:,} calls in 'unmapped',"
          f" {report.already + report.repeated:,} rows imported before skipped"
          f" ({report.seconds:.1f} s, {rate:,.0f} rows/s)")
    for notice in report.notices:
        print(f"notice: {notice.text()}")
    for name, counts in report.unmapped.items():
        print(f"unmapped {name} values ({sum(counts.values()):,} rows):")
        for raw, count in counts.most_common():
            label = report.label(name, raw)
            shown = f"{raw or '(empty)'}" + (f" ({label})" if label else "")
            print(f"  {shown}\t{count:,}")
    for row in report.bad_rows:
        print(f"skipped: {row.text()}")
    if report.skipped > len(report.bad_rows):
        print(f"skipped: ... and {report.skipped - len(report.bad_rows):,} more")
    return 0


def report_language(args: argparse.Namespace) -> str:
    """The report's language by the console's one rule (console.domain.language): an explicit
    --lang (after `report` or before it), else the system locale; no saved GUI choice here."""
    import os

    from console.domain.language import environment_locale, pick_language

    system = environment_locale(os.environ)
    if not system and sys.platform == "win32":  # Windows names its locale outside the env
        import locale

        system = locale.getlocale()[0] or ""
    return pick_language(getattr(args, "report_lang", None) or args.lang, None, system)


def _cmd_report(args: argparse.Namespace) -> int:
    """Write the figures of a period (a daily briefing, a yearly report) to a file."""
    from datetime import date

    from console.domain.figures import Period
    from console.reports import export, make_report

    try:
        first, last = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
        period = Period(first, last, args.jurisdiction or None)
    except ValueError:
        print("--from and --to must be dates as YYYY-MM-DD, --from not after --to. "
              "Nothing was written.", file=sys.stderr)
        return 2
    if not _exists(args.db):
        print(f"{args.db} does not exist. Check the path; nothing was written.", file=sys.stderr)
        return 2
    check_file(args.db)  # a report is a record: never figures from a damaged file
    with Store.open(args.db, create=False) as store:
        if period.jurisdiction and store.reference.jurisdiction(period.jurisdiction) is None:
            print(f"unknown jurisdiction {period.jurisdiction}; use a code from "
                  "db/reference/jurisdictions.csv. Nothing was written.", file=sys.stderr)
            return 2
        if store.owns_file(args.out):
            print(f"--out {args.out} is the database itself; choose another file. "
                  "Nothing was written.", file=sys.stderr)
            return 2
        report = make_report(store, period, report_language(args))
    try:
        path = export(report, args.format, args.out)
    except OSError as exc:
        print(f"cannot write {args.out}: {exc.strerror or exc}. Nothing was written.",
              file=sys.stderr)
        return 2
    print(f"{report.title}: {period.first} – {period.last} -> {path}")
    return 0


def _cmd_escalate(args: argparse.Namespace) -> int:
    """For a centre with no console open: run from cron, it escalates what is overdue.

    It takes the escalation lease first, as a seat does: while a seat holds it (a console
    is open and runs the pass) it does nothing, so the two never both run the pass."""
    import os
    import socket

    from console.domain.queues import ESCALATION_LEASE_TTL
    from console.store.leases import ESCALATION

    holder = f"{socket.gethostname()}:{os.getpid()}:cli"
    with Store.open(args.db, create=False) as store:
        # a read first: nothing written when nothing is due
        if not store.escalation.escalation_due():
            print("0 item(s) escalated")
            return 0
        if not store.leases.acquire(ESCALATION, holder, ESCALATION_LEASE_TTL):
            print(f"the escalation pass is run by {store.leases.holder(ESCALATION) or 'a seat'};"
                  " nothing done here")
            return 0
        try:
            escalated = store.escalation.escalate_due()
        finally:
            store.leases.release(ESCALATION, holder)
    print(f"{len(escalated)} item(s) escalated")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    """SQLite's check of every page; a damaged file ends with the damage and code 2."""
    started = time.perf_counter()
    check_file(args.db, full=args.full)
    kind = "integrity_check" if args.full else "quick_check"
    print(f"{args.db}: no damage found ({kind}, {time.perf_counter() - started:.1f} s)")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    """A checked copy of the live database, safe while consoles write; for cron or a task."""
    from console.store.backup import backup_database

    if args.keep < 1:
        print("--keep must be at least 1. Nothing was written.", file=sys.stderr)
        return 2
    db, out = Path(args.db), Path(args.out)
    if not db.is_file():
        print(f"{db} does not exist. Check the path; nothing was written.", file=sys.stderr)
        return 2
    try:
        with _Progress("backup", "pages") as progress:
            report = backup_database(db, out, keep=args.keep, progress=progress)
    except FileNotFoundError as exc:
        print(f"The folder {exc.filename} does not exist. Create the backup folder's parent or "
              "check the path; nothing was written.", file=sys.stderr)
        return 2
    except NotADirectoryError:
        print(f"--out {out} is not a folder. Nothing was written.", file=sys.stderr)
        return 2
    size = report.size / 2**20
    print(f"backup {report.path}: {report.snapshot.text()}; {size:,.0f} MiB in"
          f" {report.seconds:.1f} s, checked")
    removed = f", {len(report.removed)} older removed" if report.removed else ""
    print(f"{len(report.kept)} backup(s) kept in {out}{removed}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    """A checked backup written to a new database file (never over an existing one)."""
    from console.store.backup import restore_backup

    source, db = Path(args.source), Path(args.db)
    if not source.is_file():
        print(f"{source} does not exist. Check the path; nothing was written.", file=sys.stderr)
        return 2
    try:
        snapshot = restore_backup(source, db)
    except FileNotFoundError as exc:
        print(f"The folder {exc.filename} does not exist. Check the path; nothing was written.",
              file=sys.stderr)
        return 2
    print(f"{db}: restored from {source}: {snapshot.text()}")
    print(f"Start the consoles with --db {db}.")
    return 0


def _verify_server_audit(url: str) -> int:
    """The chain on PostgreSQL, every row recomputed here with the same arithmetic."""
    from console.store.locations import shown
    from console.store.pg.audit import check_chain
    from console.store.pg.connect import PgConnection

    with PgConnection.connect(url) as conn:
        report = check_chain(conn)
    head = f", head {report.head.label}" if report.head else ""
    print(f"audit trail of {shown(url)}: {report.rows:,} rows{head}:"
          + (" sound" if report.ok else f" {len(report.problems)} problem(s):"))
    for code, audit_id, text in report.problems:
        print(f"  [{code}] {text}" + (f" (audit row {audit_id})" if audit_id else ""))
    return 0 if report.ok else 1


def _cmd_migrate(args: argparse.Namespace) -> int:
    """The move up from one host to a server: everything or nothing, then checked."""
    from console.store.locations import shown

    if not is_server_url(args.target):
        raise Refused(f"--to must be a postgresql:// URL, not {args.target!r}. Nothing was done.")
    source = Path(args.source)
    if not source.is_file():
        raise Refused(f"{source} does not exist. Check the path; nothing was done.")
    check_file(source)  # never copy a damaged file
    from console.store.pg.migrate import MigrationRefused, migrate

    started = time.perf_counter()
    try:
        with _Progress("migrate", "rows") as progress:
            report = migrate(source, args.target, progress=progress)
    except MigrationRefused as exc:
        print(f"not migrated: {exc}", file=sys.stderr)
        return 1
    span = (f"figures of {report.days[0]}–{report.days[1]} equal ({report.figures_compared}"
            " figures and breakdowns)" if report.days else "no calls to compare figures of")
    print(f"{source} → {shown(args.target)}: {report.total:,} rows in {len(report.rows)} tables"
          f" copied in {time.perf_counter() - started:.1f} s; row counts equal; {span};"
          f" audit chain sound ({report.audit_rows:,} rows, head {report.audit_head or '—'})")
    return 0


def _cmd_verify_audit(args: argparse.Namespace) -> int:
    """Recompute the audit chain and check the file against it: 0 sound, 1 not."""
    from console.domain.audit import parse_anchor
    from console.store.audit import verify

    try:
        printed = [parse_anchor(text) for text in args.anchor or []]
    except ValueError as exc:
        print(f"--anchor: {exc}", file=sys.stderr)
        return 2
    if is_server_url(args.db):
        return _verify_server_audit(args.db)
    report = verify(Path(args.db), printed)
    head = f", head {report.head.label}" if report.head else ""
    if report.ok:
        print(f"audit trail of {args.db}: {report.rows:,} rows{head}: sound")
        return 0
    print(f"audit trail of {args.db}: {report.rows:,} rows{head}:"
          f" {len(report.problems)} problem(s):")
    for problem in report.problems:
        print(f"  {problem.line()}")
    return 1


def _cmd_audit_reads(args: argparse.Namespace) -> int:
    """Who read which DV incident's details, and when (local time): the desk's own record
    and the audit trail's reads in one list, oldest first, as the desk lead's page shows it;
    a refused attempt marked so."""
    from datetime import date

    try:
        since = date.fromisoformat(args.since) if args.since else None
        until = date.fromisoformat(args.until) if args.until else None
    except ValueError:
        print("--since and --until are dates as YYYY-MM-DD.", file=sys.stderr)
        return 2
    with Store.open(args.db, create=False) as store:
        log_in(store, args)
        for read in store.dv.reads(since, until):
            refused = "" if read.allowed else "\trefused"
            print(f"{read.at.astimezone(store.tz):%Y-%m-%d %H:%M:%S}"
                  f"\t{read.operator or '-'} ({read.role})"
                  f"\t{read.incident_number or read.incident_id or '-'}\t{read.what}{refused}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="console110", description="110 Console")
    parser.add_argument("--db", default=str(DEFAULT_DB), help="database file")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user-interface language")
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="fill a database with fictional demo data")
    demo.add_argument("--db", required=True)
    demo.add_argument("--days", type=int, default=30)
    demo.add_argument("--seed", type=int, default=110)
    demo.add_argument("--calls-per-day", type=int, default=2800)
    demo.add_argument("--end", help="last day, YYYY-MM-DD (default: today)")
    demo.set_defaults(func=_cmd_demo)

    init = sub.add_parser("init", help="create or migrate a database")
    init.add_argument("--db", required=True)
    init.add_argument("--parents", action="store_true",
                      help="create the database's folder (and its parents) if missing")
    init.add_argument("--timezone", metavar="ZONE",
                      help="the centre's time zone, whose days are the tally days"
                           " (IANA name; default Asia/Shanghai)")
    init.add_argument("--recount", action="store_true",
                      help="with --timezone on a database holding calls: re-derive every"
                           " day and tally, in one transaction")
    init.set_defaults(func=_cmd_init)

    add = sub.add_parser("add-operator", help="add an operator account")
    add.add_argument("--db", required=True)
    add.add_argument("username")
    add.add_argument("--name")
    add.add_argument("--role", required=True)
    add.add_argument("--password", help="the new operator's password (default: asked twice)")
    _auth_options(add)
    add.set_defaults(func=_cmd_add_operator)

    reset = sub.add_parser("reset-password",
                           help="set an operator's password (changed at their next login)")
    reset.add_argument("--db", required=True)
    reset.add_argument("username")
    reset.add_argument("--password", help="the new password (default: asked twice)")
    _auth_options(reset)
    reset.set_defaults(func=_cmd_reset_password)

    open_ = sub.add_parser("open", help="list open incidents")
    open_.add_argument("--db", required=True)
    _auth_options(open_)
    open_.set_defaults(func=_cmd_open)

    esc = sub.add_parser("escalate", help="escalate every overdue queue item one level")
    esc.add_argument("--db", required=True)
    esc.set_defaults(func=_cmd_escalate)

    hist = sub.add_parser("history", help="earlier calls by number or address")
    hist.add_argument("--db", required=True)
    hist.add_argument("--number")
    hist.add_argument("--address")
    _auth_options(hist)
    hist.set_defaults(func=_cmd_history)

    imp = sub.add_parser("import-calls", help="import historical calls from CSV exports")
    imp.add_argument("--db", required=True)
    imp.add_argument("files", nargs="+", metavar="FILE.csv")
    imp.add_argument("--mapping", required=True,
                     help="mapping file, or the name of one in db/mappings/")
    imp.add_argument("--skip-bad", action="store_true",
                     help="skip (and list) malformed rows instead of importing nothing")
    _auth_options(imp)
    imp.set_defaults(func=_cmd_import_calls)

    rep = sub.add_parser("report", help="daily briefing or yearly report as PDF/XLSX/CSV/JSON")
    rep.add_argument("--db", required=True)
    rep.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    rep.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    rep.add_argument("--format", choices=["pdf", "xlsx", "csv", "json"], required=True)
    rep.add_argument("--out", required=True, metavar="FILE")
    rep.add_argument("--lang", dest="report_lang", choices=["zh_CN", "en"],
                     help="report language (default: as the console's, from the system locale;"
                          " Chinese where the locale names no language)")
    rep.add_argument("--jurisdiction", metavar="CODE", help="one jurisdiction (default: city)")
    rep.set_defaults(func=_cmd_report)

    chk = sub.add_parser("check", help="look for damage in a database file (PRAGMA quick_check)")
    chk.add_argument("--db", required=True)
    chk.add_argument("--full", action="store_true",
                     help="the thorough PRAGMA integrity_check (several times slower)")
    chk.set_defaults(func=_cmd_check)

    bak = sub.add_parser("backup", help="a checked backup, safe while consoles are running")
    bak.add_argument("--db", required=True)
    bak.add_argument("--out", required=True, metavar="DIR", help="backup folder")
    bak.add_argument("--keep", type=int, default=14, metavar="N",
                     help="keep the newest N backups of this database in DIR (default 14)")
    bak.set_defaults(func=_cmd_backup)

    res = sub.add_parser("restore", help="write a checked backup to a new database file")
    res.add_argument("--from", dest="source", required=True, metavar="BACKUP")
    res.add_argument("--db", required=True, metavar="NEW_PATH",
                     help="the new database file; never an existing one")
    res.set_defaults(func=_cmd_restore)

    ver = sub.add_parser("verify-audit", help="check the audit trail: chain, triggers, rows,"
                                              " anchors (exit 0 sound, 1 not)")
    ver.add_argument("--db", required=True)
    ver.add_argument("--anchor", action="append", metavar="ROWS:HASH",
                     help="an anchor printed on a sign-off or handover; may be repeated")
    ver.set_defaults(func=_cmd_verify_audit)

    reads = sub.add_parser("audit-reads", help="logged reads of DV case details")
    reads.add_argument("--db", required=True)
    reads.add_argument("--since", metavar="YYYY-MM-DD", help="from this local day on")
    reads.add_argument("--until", metavar="YYYY-MM-DD", help="up to this local day")
    _auth_options(reads)
    reads.set_defaults(func=_cmd_audit_reads)

    mig = sub.add_parser("migrate", help="copy a whole database file to an empty PostgreSQL"
                         " database, checked, in one transaction")
    mig.add_argument("--from", dest="source", required=True, metavar="FILE")
    mig.add_argument("--to", dest="target", required=True, metavar="postgresql://…")
    mig.set_defaults(func=_cmd_migrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from console.desktop import EXIT_NO_DISPLAY, display_problem

            problem = display_problem(report_language(args))
            if problem is not None:  # Qt would stop with words about "platform plugins"
                print(problem, file=sys.stderr)
                return EXIT_NO_DISPLAY
            from console.app import run_gui

            return run_gui(args.db if is_server_url(args.db) else Path(args.db), args.lang)
        if is_server_url(getattr(args, "db", None)) and args.command in FILE_ONLY:
            print(FILE_ONLY[args.command], file=sys.stderr)
            return 2
        where = getattr(args, "db", None) or getattr(args, "source", "")
        with explained(where):  # SQLite trouble met in any command: its words, no traceback
            return int(args.func(args))
    except BrokenPipeError:  # `console110 open … | head`: the reader has what it wanted
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except StoreError as exc:
        print(store_error_text(exc), file=sys.stderr)
        return 2
    except Refused as exc:
        print(exc, file=sys.stderr)
        return 2
    except PermissionError as exc:  # the store refused the operator's role
        who = getattr(args, "as_user", None) or "this operator"
        print(f"{who} may not do that ({exc}). Nothing was done.", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"{exc.filename or exc} does not exist. Create it with `console110 init --db PATH`"
              " or `console110 demo --db PATH`; nothing was written.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
