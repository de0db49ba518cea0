"""What a call-taker feels: start-up, the longest pause of the window, history, memory.

Every figure is a whole process of its own (`bench.gui_probe`, offscreen), driven by keys
sent to the focused widget as tests/ui drive the console. The processes keep their compiled
bytecode (compiled into bench/out/pycache first), as an installed
console does, even where PYTHONDONTWRITEBYTECODE is set:

- start to an interactive login window, and to the main window after login (the time
  spent typing the name and password left out); floor: a process showing an empty
  PySide6 window. The year database is open (the quick run: a small one).
- the longest pause of the GUI event loop while a script types a call, opens the board,
  the queues and the summary on the year database; a watchdog timer that asks to run every
  10 ms measures it (target: no pause over 50 ms). Pauses over 50 ms are listed with the
  step they happened in.
- from the eleventh digit of the number to the history panel drawn (target 50 ms).
- the process's peak memory (RSS high-water mark) through the same session on the ten-year
  database (target under 300 MB); floor: the empty window's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import common
from bench.common import Timing, report
from bench.fixtures import decade_db, small_db, year_db
from console.store import Store

USER = "benchsup"  # a supervisor: the intake, the board, the queues and the summary
PASSWORD = "Bench-Pass-2026!"  # passes every role's password rule
ROOT = Path(__file__).resolve().parents[1]


def ready(path: Path) -> str:
    """The database with the bench's supervisor; the busiest number of its last 20,000 calls."""
    with Store.open(path) as store:
        if store.accounts.authenticate(USER, PASSWORD) is None:
            store.accounts.add_operator(USER, "压测值班长", "supervisor", PASSWORD)
        row = store.conn.execute(
            "SELECT number_key FROM calls WHERE id > ("
            " SELECT MAX(id) - 20000 FROM calls) GROUP BY number_key"
            " ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    return str(row[0])


def probe_env(config: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": config,
           "PYTHONPYCACHEPREFIX": str(common.out_path("pycache"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, as an installed console is
    return env


def compiled() -> None:
    """The console's modules compiled into the probes' bytecode cache, as pip does."""
    with tempfile.TemporaryDirectory() as config:
        subprocess.run([sys.executable, "-m", "compileall", "-q", "console"], cwd=ROOT,
                       env=probe_env(config), check=True)


def probe(mode: str, db: Path | None = None, number: str = "") -> tuple[float, dict[str, Any]]:
    """Run one probe; (its start time, its marks and result)."""
    args = [sys.executable, "-m", "bench.gui_probe", "--mode", mode]
    if db is not None:
        args += ["--db", str(db), "--user", USER, "--password", PASSWORD, "--number", number]
    with tempfile.TemporaryDirectory() as config:
        env = probe_env(config)
        started = time.time()
        done = subprocess.run(args, capture_output=True, text=True, encoding="utf-8", env=env,
                              cwd=ROOT, timeout=900)
    out: dict[str, Any] = {}
    for line in done.stdout.splitlines():
        if line.startswith("mark "):
            _, name, at = line.split()
            out[name] = float(at)
        elif line.startswith("result "):
            out.update(json.loads(line[len("result "):]))
    if "error" in out or (done.returncode != 0 and "result" not in done.stdout):
        raise RuntimeError(f"gui probe {mode} failed ({done.returncode}): {out.get('error')}"
                           f" {done.stderr.strip().splitlines()[-3:]}")
    return started, out


def main() -> None:
    starts = 3 if common.QUICK else 5
    year = small_db() if common.QUICK else year_db()
    decade = small_db() if common.QUICK else decade_db()
    size = "small database" if common.QUICK else "year database"
    number = ready(year)
    compiled()
    floor_ms, floor_rss = [], []
    to_login, to_main = [], []
    for _ in range(starts):
        began, out = probe("floor")
        floor_ms.append((out["window_shown"] - began) * 1000)
        began, out = probe("start", year)
        to_login.append((out["login_shown"] - began) * 1000)
        to_main.append((out["login_shown"] - began + out["main_shown"]
                        - out["login_submitted"]) * 1000)
    floor = Timing(floor_ms)
    report(f"start to the login window (whole process, {size})", Timing(to_login), floor)
    report(f"start to the main window after login (whole process, typing left out, {size})",
           Timing(to_main), floor)
    stalls, history, where = [], [], []
    for _ in range(1 if common.QUICK else 2):
        _, out = probe("session", year, number)
        stalls.append(float(out["longest_stall_ms"]))
        history.append(float(out["history_ms"]))
        where += [f"{step} {gap} ms" for step, gap in out["stalls"]]
    report(f"longest GUI stall: type a call, open board, queues, summary ({size})",
           Timing(stalls), target_ms=50,
           note="pauses over 50 ms: " + ("; ".join(where) if where else "none"))
    report(f"eleventh digit to the history panel drawn ({size})", Timing(history),
           target_ms=50)
    if decade != year:
        number = ready(decade)
    _, out = probe("session", decade, number)
    _, empty = probe("floor")
    rss = Timing([float(out["peak_rss_mb"])])
    label = "small database" if common.QUICK else "ten-year database"
    floor_rss.append(float(empty.get("peak_rss_mb", 0.0)))
    report(f"peak memory (RSS) through the session, {label} open", rss,
           Timing(floor_rss) if floor_rss[0] else None, target_ms=300, unit="MB")


if __name__ == "__main__":
    main()
