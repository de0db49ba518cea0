"""The centre's time zone: set by `init --timezone`, its days are the tally days of imported
calls; a database holding calls changes zone only with `--recount`, in one transaction."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from console.cli import main
from console.domain.calls import CallDraft
from console.domain.mapping import load_mapping
from console.store import Store
from console.store.importer import TimezoneRefused

BOTH_ENGINES = True  # the store tests run on SQLite and on PostgreSQL

MAPPING = """
name = "west_city"
timezone = "America/Los_Angeles"
time_formats = ["%Y-%m-%d %H:%M:%S"]
without_close_time = "closed"

[columns]
received = ["Received"]
type = ["Type"]

[fields]
received_at = "received"
category = "type"

[values.category]
default = "unmapped"
codes = { "THEFT" = "theft", "ASK" = "inquiry" }
"""
# Local times around midnight: in Asia/Shanghai (16 hours ahead) they fall on other days.
TIMES = ["2026-11-20 00:10:00", "2026-11-20 07:59:00", "2026-11-20 08:01:00",
         "2026-11-20 16:30:00", "2026-11-20 23:55:00", "2026-11-21 00:05:00",
         "2026-11-21 09:00:00", "2026-11-21 23:59:59"]


def _source_days() -> dict[str, int]:
    """The source's own local days, counted independently of the console."""
    return dict(Counter(t[:10] for t in TIMES))


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    mapping = tmp_path / "west_city.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    data = tmp_path / "calls.csv"
    data.write_text("Received,Type\n" + "".join(
        f"{t},{'THEFT' if i % 2 else 'ASK'}\n" for i, t in enumerate(TIMES)), encoding="utf-8")
    return mapping, data


def _per_day(db: Path) -> dict[str, int]:
    with Store.open(db, create=False) as store:
        return store.imports.calls_per_day(date(2026, 11, 1), date(2026, 11, 30))


def _kinds(db: Path) -> dict[str, int]:
    """The tally table the summary reads, kept by triggers."""
    with Store.open(db, create=False) as store:
        return {r[0]: int(r[1]) for r in store.conn.execute(
            "SELECT day, SUM(calls) FROM call_kinds GROUP BY day")}


def test_days_equal_the_source_local_days_after_init_timezone(files, tmp_path: Path, capsys):
    mapping, data = files
    db = tmp_path / "west.db"
    assert main(["init", "--db", str(db), "--timezone", "America/Los_Angeles"]) == 0
    assert "time zone America/Los_Angeles" in capsys.readouterr().out
    assert main(["import-calls", "--db", str(db), "--mapping", str(mapping), str(data)]) == 0
    assert _per_day(db) == _source_days() == {"2026-11-20": 5, "2026-11-21": 3}
    assert _kinds(db) == _source_days()
    with Store.open(db, create=False) as store:
        assert store.tz == ZoneInfo("America/Los_Angeles")
        numbers = [r[0] for r in store.conn.execute("SELECT number FROM incidents ORDER BY id")]
    assert numbers == ["340400-20261120-0001", "340400-20261120-0002",
                       "340400-20261121-0001", "340400-20261121-0002"]


def test_a_new_zone_is_refused_once_calls_are_stored_unless_recounted(files, tmp_path: Path,
                                                                       capsys):
    mapping, data = files
    db = tmp_path / "west.db"
    assert main(["init", "--db", str(db)]) == 0  # Asia/Shanghai, the default
    assert main(["import-calls", "--db", str(db), "--mapping", str(mapping), str(data)]) == 0
    shanghai = _per_day(db)
    assert shanghai != _source_days() and sum(shanghai.values()) == len(TIMES)
    capsys.readouterr()

    assert main(["init", "--db", str(db), "--timezone", "America/Los_Angeles"]) == 2
    err = capsys.readouterr().err
    assert "holds 8 calls counted on Asia/Shanghai days" in err and "--recount" in err
    assert _per_day(db) == shanghai  # nothing changed

    assert main(["init", "--db", str(db), "--timezone", "Mars/Olympus", "--recount"]) == 2
    assert "unknown time zone 'Mars/Olympus'" in capsys.readouterr().err

    assert main(["init", "--db", str(db), "--timezone", "America/Los_Angeles",
                 "--recount"]) == 0
    assert _per_day(db) == _kinds(db) == _source_days()
    with Store.open(db, create=False) as store:
        rows = store.conn.execute(
            "SELECT number, day, seq, opened_at FROM incidents ORDER BY opened_at").fetchall()
        la = ZoneInfo("America/Los_Angeles")
        for number, day, seq, opened in rows:  # each number says its (new) day
            local = datetime.fromisoformat(opened.replace("Z", "+00:00")).astimezone(la)
            assert day == local.date().isoformat()
            assert number == f"340400-{day.replace('-', '')}-{seq:04d}"
        assert len({(r[1], r[2]) for r in rows}) == len(rows)
        # the next incident of a recounted day is numbered past those moved into it
        counter = store.conn.execute(
            "SELECT value FROM counters WHERE name = 'incident:2026-11-21'").fetchone()[0]
        assert counter >= max(r[2] for r in rows if r[1] == "2026-11-21")


def test_a_recount_moves_days_tallies_and_numbers_on_either_engine(store: Store, files,
                                                                   operator):
    mapping, data = files
    store.imports.import_calls([data], load_mapping(mapping))
    with pytest.raises(TimezoneRefused, match="holds 8 calls"):
        store.imports.set_timezone("America/Los_Angeles")
    # five calls and two incidents change day (see TIMES: Shanghai is 16 hours ahead)
    assert store.imports.set_timezone("America/Los_Angeles", recount=True) == 5 + 2
    assert store.imports.calls_per_day(date(2026, 11, 1), date(2026, 11, 30)) == _source_days()
    kinds = {r[0]: int(r[1]) for r in store.conn.execute(
        "SELECT day, SUM(calls) FROM call_kinds GROUP BY day")}
    assert kinds == _source_days()
    assert store.setting("timezone") == "America/Los_Angeles"
    # a seat's incident of a recounted day is numbered after those moved into it (21 Nov
    # keeps its incident 0002 and gains 0003 from 22 Nov)
    saved = store.calls.log_call(CallDraft(
        category_code="theft", caller_number="13800000000", address="x",
        jurisdiction_code="340403", received_at=datetime(2026, 11, 21, 20, 0, tzinfo=UTC)),
        operator.id)
    number = store.conn.execute("SELECT number FROM incidents WHERE id = ?",
                                [saved.incident_id]).fetchone()[0]
    assert number == "340400-20261121-0004"
