"""Importing real exports from two other cities with the shipped mappings.

The expected figures are counted straight from the CSV files with the csv
module, applying the mapping's value map here (read from its TOML with
tomllib), not with the import's own code.
"""

from __future__ import annotations

import csv
import tomllib
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from console.domain.clock import FixedClock
from console.domain.mapping import load_mapping
from console.paths import db_dir
from console.store import Store
from console.store.importer import ImportReport
from tests.conftest import REAL_DATA

pytestmark = pytest.mark.realdata

SAN_DIEGO = REAL_DATA / "san-diego-2023"
BERKELEY = REAL_DATA / "berkeley-2014"
MAPPINGS = db_dir() / "mappings"


@pytest.fixture(scope="module", autouse=True)
def _real_data() -> None:
    if not REAL_DATA.is_dir():
        pytest.skip(f"real exports not present: {REAL_DATA} is absent")


def toml(name: str) -> dict[str, Any]:
    with (MAPPINGS / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def mapped(value: str, spec: dict[str, Any]) -> str:
    """The mapping's value map applied by hand: exact code, then the longest `X*` prefix."""
    codes = {k: str(v) for k, v in spec.get("codes", {}).items()}
    if value and value in codes:
        return codes[value]
    prefixes = sorted((k[:-1] for k in codes if k.endswith("*")), key=len, reverse=True)
    for prefix in prefixes:
        if value and value.startswith(prefix):
            return codes[prefix + "*"]
    return str(spec["default"])


def incident_codes() -> set[str]:
    with (db_dir() / "reference" / "categories.csv").open(encoding="utf-8") as handle:
        return {r["code"] for r in csv.DictReader(handle) if r["kind"] == "incident"}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict]]:
    folder = tmp_path_factory.mktemp("real")
    store = Store.open(folder / "real.db", clock=FixedClock(datetime(2026, 11, 29, tzinfo=UTC)))
    reports = {
        "san_diego_2023": store.imports.import_calls(
            [SAN_DIEGO / "pd_calls_for_service_2023_datasd.csv"],
            load_mapping(MAPPINGS / "san_diego_2023.toml")),
        "berkeley_2014": store.imports.import_calls(
            sorted(BERKELEY.glob("*.csv")), load_mapping(MAPPINGS / "berkeley_2014.toml")),
    }
    yield store, reports
    store.close()


def local_day(text: str, fmt: str, source_tz: str, centre_tz: tzinfo) -> str:
    moment = datetime.strptime(text, fmt).replace(tzinfo=ZoneInfo(source_tz))
    return moment.astimezone(centre_tz).date().isoformat()


def san_diego_expected(centre_tz: tzinfo) -> tuple[Counter[str], Counter[str], Counter[str]]:
    spec = toml("san_diego_2023")
    days: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    jurisdictions: Counter[str] = Counter()
    path = SAN_DIEGO / "pd_calls_for_service_2023_datasd.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            days[local_day(row["date_time"], "%Y-%m-%d %H:%M:%S", spec["timezone"],
                           centre_tz)] += 1
            categories[mapped(row["call_type"], spec["values"]["category"])] += 1
            beat = "" if row["beat"] == "-1" else row["beat"]
            jurisdictions[mapped(beat, spec["values"]["jurisdiction"])] += 1
    return days, categories, jurisdictions


def berkeley_expected(centre_tz: tzinfo) -> tuple[Counter[str], Counter[str]]:
    spec = toml("berkeley_2014")
    days: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    for path in sorted(BERKELEY.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = [r for r in csv.reader(handle) if any(c.strip() for c in r)]
        header = [c.strip() for c in rows[0]]
        when, kind = header.index("Date-Time"), header.index("Call-Incident Type")
        for row in rows[1:]:
            if row[when] == "Date-Time":
                continue
            days[local_day(row[when], "%m/%d/%Y %H:%M:%S", spec["timezone"], centre_tz)] += 1
            categories[mapped(row[kind].strip(), spec["values"]["category"])] += 1
    return days, categories


def test_san_diego_calls_per_day_and_category_equal_the_csv(imported):
    store, reports = imported
    report: ImportReport = reports["san_diego_2023"]
    days, categories, jurisdictions = san_diego_expected(store.tz)
    assert report.rows == report.imported == sum(days.values()) == 26_595
    source = "import:san_diego_2023"
    first, last = date(2022, 12, 31), date(2023, 1, 22)
    assert store.imports.calls_per_day(first, last, source=source) == dict(days)
    assert store.imports.calls_per_category(first, last, source=source) == dict(categories)
    by_jurisdiction = dict(store.conn.execute(
        "SELECT jurisdiction_code, count(*) FROM calls WHERE source = ?"
        " GROUP BY jurisdiction_code", [source]).fetchall())
    assert by_jurisdiction == dict(jurisdictions)
    incidents = incident_codes()
    assert report.incidents == sum(n for c, n in categories.items() if c in incidents)
    # Most calls map to a category of this console; the rest are listed, not lost.
    assert categories["unmapped"] == report.unmapped_calls < report.imported / 2


def test_san_diego_quirks_are_reported(imported):
    _, reports = imported
    report: ImportReport = reports["san_diego_2023"]
    assert report.bad_rows == []
    assert [(n.file, n.code) for n in report.notices] == [
        ("pd_cfs_calltypes_datasd.csv", "code_table_clash")]  # FP: foot pursuit / warrant
    unmapped = report.unmapped["category"]
    assert unmapped["SELENF"] == 1679 and report.label("category", "SELENF") == \
        "SELECTIVE ENFORCEMENT"
    assert unmapped[""] == 19  # rows without a call type
    # beat -1 means none: sent to the default jurisdiction as mapped, so not "unmapped"
    assert "jurisdiction" not in report.unmapped


def test_berkeley_calls_per_day_and_category_equal_the_csv(imported):
    store, reports = imported
    report: ImportReport = reports["berkeley_2014"]
    days, categories = berkeley_expected(store.tz)
    assert report.rows == report.imported == sum(days.values())
    source = "import:berkeley_2014"
    first, last = date(2014, 7, 1), date(2014, 11, 30)
    assert store.imports.calls_per_day(first, last, source=source) == dict(days)
    assert store.imports.calls_per_category(first, last, source=source) == dict(categories)
    assert report.incidents == sum(n for c, n in categories.items() if c in incident_codes())
    jurisdictions = store.conn.execute(
        "SELECT DISTINCT jurisdiction_code FROM calls WHERE source = ?", [source]).fetchall()
    assert [tuple(j) for j in jurisdictions] == [("340403",)]


def test_berkeley_quirks_are_reported_not_refused(imported):
    _, reports = imported
    report: ImportReport = reports["berkeley_2014"]
    assert report.bad_rows == []
    assert [n.text() for n in report.notices] == [
        "07102014.csv, line 1: column 'Full Address' read from header 'Address'",
        "07172014.csv, line 1: blank header line (no column names): skipped",
        "07172014.csv, line 2: column 5 has no header name: ignored",
        "07172014.csv, line 2: header found on line 2",
        "10302014.csv, line 1: column 'Full Address' read from header 'Address'",
        "07072014.csv, 07082014.csv, 07092014.csv and 113 more file(s): 22 time(s) in an hour"
        " the clocks repeat (set back): read as its first occurrence (summer time), 0 of them"
        " as the second to keep their row's times in order",
    ]
    assert report.dst == {"repeated": 22}  # 2 November 2014, 01:00-02:00 twice
    assert report.unmapped["category"]["T"] == 2604  # traffic stops: officer activity


def test_imported_incidents_are_closed_and_their_events_replay(imported):
    store, reports = imported
    assert store.incidents.open_incidents() == []
    total = sum(r.incidents for r in reports.values())
    stages = dict(store.conn.execute(
        "SELECT stage, count(*) FROM incident_events GROUP BY stage").fetchall())
    assert stages == {"intake": total, "handled": total, "closed": total}
    runs = store.imports.import_runs()
    assert [(r["mapping"], r["imported"]) for r in runs] == [
        ("berkeley_2014", reports["berkeley_2014"].imported),
        ("san_diego_2023", 26_595)]


def test_in_the_source_zone_every_day_equals_the_source_local_day_and_a_rerun_adds_none(
        tmp_path: Path):
    with Store.open(tmp_path / "la.db",
                    clock=FixedClock(datetime(2026, 11, 29, tzinfo=UTC))) as store:
        store.imports.set_timezone("America/Los_Angeles")
        path = SAN_DIEGO / "pd_calls_for_service_2023_datasd.csv"
        mapping = load_mapping(MAPPINGS / "san_diego_2023.toml")
        store.imports.import_calls([path], mapping)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            own_days = Counter(r["date_time"][:10] for r in csv.DictReader(handle))
        assert store.imports.calls_per_day(date(2022, 12, 1), date(2023, 2, 1)) == own_days
        assert len(own_days) == 20
        again = store.imports.import_calls([path], mapping)
        assert (again.imported, again.already, store.count("calls")) == (0, 26_595, 26_595)
