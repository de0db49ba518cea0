"""The move up: a whole database file copied to PostgreSQL, checked, or nothing at all."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from figures_dataset import random_dataset

from console.cli import main
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.figures import Period
from console.store import Store
from console.store.pg.engine import close_pools
from console.store.pg.migrate import MigrationRefused, migrate

DAYS = [date(2026, 11, 20) + timedelta(days=n) for n in range(4)]


@pytest.fixture
def centre_file(tmp_path: Path, clock: FixedClock) -> Path:
    """A file with a few days of calls, incidents, outcomes, operators and audit rows."""
    path = tmp_path / "centre.db"
    with Store.open(path, clock=clock) as store:
        store.accounts.add_operator("ct01", "张明", "call_taker", "secret-110")
        random_dataset(store, DAYS, 40, 7)
    return path


def test_a_file_moves_to_the_server_whole_and_checked(centre_file: Path, pg_url: str,
                                                      clock: FixedClock) -> None:
    seen: list[tuple[int, int]] = []
    report = migrate(centre_file, pg_url, progress=lambda *p: seen.append(p))
    assert report.rows["calls"] > 100 and report.rows["audit_log"] > 0
    assert report.days == (DAYS[0], DAYS[-1]) and report.figures_compared > 50
    assert seen[0] == (0, report.total) and seen[-1] == (report.total, report.total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    period = Period(DAYS[0], DAYS[-1])
    with Store.open(centre_file, clock=clock) as file, Store.open(pg_url, clock=clock) as server:
        assert server.figures.tallies(period).figures == file.figures.tallies(period).figures
        assert server.audit.audit_anchor() == file.audit.audit_anchor()
        assert [o.username for o in server.accounts.operators()] == ["ct01"]
        # the server goes on where the file stopped: new ids follow the copied ones
        operator = server.accounts.login("ct01", "secret-110").operator
        assert operator is not None
        server.actor = operator
        saved = server.calls.log_call(CallDraft(
            caller_number="13800003333", caller_name="赵", address="田家庵区朝阳路1号",
            jurisdiction_code="340403", category_code="theft", priority=2, summary="被盗",
            disposition="incident"), operator.id)
        assert saved.call_id == report.rows["calls"] + 1
    close_pools()
    assert main(["verify-audit", "--db", pg_url]) == 0


def test_a_server_holding_data_is_refused_and_left_as_it_was(centre_file: Path,
                                                             pg_url: str) -> None:
    first = migrate(centre_file, pg_url)
    with pytest.raises(MigrationRefused, match="already holds data"):
        migrate(centre_file, pg_url)
    with Store.open(pg_url) as server:
        assert server.count("calls") == first.rows["calls"]
    close_pools()


def test_the_command_line_reports_the_copy(centre_file: Path, pg_url: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate", "--from", str(centre_file), "--to", pg_url]) == 0
    out, err = capsys.readouterr()
    assert "row counts equal" in out and "audit chain sound" in out
    assert re.search(r"migrate: ([\d,]+) / \1 rows \([\d,]+ rows/s, 0 s left\)", err)  # one line
    assert main(["backup", "--db", pg_url, "--out", "x.db"]) == 2
    assert "pg_dump" in capsys.readouterr().err
