"""Demo databases for the benchmarks, built once and kept in bench/out/, keyed by parameters.

`small_db()` is a month at a third of the load, for the quick run; `year_db()` a year at
the default load (≈1 million calls); `decade_db()` ten years (≈10 million calls), through
the same generator. All end on a fixed day, so a cached file is the same file whatever day
it is. The name carries a digest of the schema's migrations: a file built by an older
schema is never opened (its upgrade is the store's business, not a benchmark's), a new one
is built. A file is built under a temporary name and renamed when complete, so an
interrupted build is never used.

`python -m bench.fixtures small|year|decade` builds one and prints how long it took.
"""

from __future__ import annotations

import hashlib
import sys
import time
from datetime import date
from functools import cache
from pathlib import Path

from bench.common import out_path
from console.demo import generate

END = date(2026, 11, 29)
SEED = 110
CALLS_PER_DAY = 2800


MIGRATIONS = Path(__file__).resolve().parents[1] / "db" / "migrations"


@cache
def schema_digest() -> str:
    """Eight hex digits naming the schema the migrations make."""
    digest = hashlib.sha256()
    for sql in sorted(MIGRATIONS.glob("*.sql")):
        digest.update(sql.name.encode() + b"\0" + sql.read_bytes())
    return digest.hexdigest()[:8]


def demo_db(days: int, *, calls_per_day: int = CALLS_PER_DAY, seed: int = SEED,
            end: date = END) -> Path:
    """The cached demo database for these parameters and schema, built if missing."""
    path = out_path(f"demo-{days}d-{calls_per_day}cpd-seed{seed}-{end:%Y%m%d}"
                    f"-schema{schema_digest()}.db")
    if path.exists():
        return path
    part = path.with_name(path.name + ".part")
    for leftover in part.parent.glob(part.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    summary = generate(part, days=days, seed=seed, calls_per_day=calls_per_day, end=end)
    part.rename(path)
    print(f"built {path.name}: {summary.calls:,} calls, {summary.incidents:,} incidents in"
          f" {time.perf_counter() - started:.1f} s ({path.stat().st_size / 2**20:,.0f} MiB)",
          flush=True)
    return path


def year_db() -> Path:
    return demo_db(365)


def decade_db() -> Path:
    return demo_db(3650)


def small_db() -> Path:
    """A month at a third of the load (≈30,000 calls, built in seconds): the quick run's."""
    return demo_db(30, calls_per_day=1000)


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "year"
    print({"small": small_db, "year": year_db, "decade": decade_db}[which]())
