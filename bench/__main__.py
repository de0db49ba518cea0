"""Run the benchmarks, keep their figures and print the table: `python -m bench`.

    python -m bench                 every bench/bench_*.py, bench/results.json written
    python -m bench gui seats       those whose name holds one of the words (written to
                                    bench/out/results-some.json)
    python -m bench --quick         the quick set on small databases (bench/out/results-quick.json)
    python -m bench --compare OLD.json [--to NEW.json]
                                    what got slower by more than 20 % (exit status 1 if any);
                                    NEW is bench/results.json unless named

A benchmark that fails is reported as such and the others still run.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path

from bench import common, results

QUICK_SET = ("bench_engines", "bench_gui", "bench_intake", "bench_queues", "bench_seats")
QUICK_RESULTS = common.OUT / "results-quick.json"


def run(names: list[str], *, quick: bool, out: Path) -> int:
    common.QUICK = quick
    here = Path(__file__).resolve().parent
    every = sorted(p.stem for p in here.glob("bench_*.py"))
    chosen = [n for n in every if (not quick or n in QUICK_SET)
              and (not names or any(a in n for a in names))]
    failed = []
    started = time.perf_counter()
    for name in chosen:
        print(f"== {name}", flush=True)
        try:
            importlib.import_module(f"bench.{name}").main()
        except Exception:  # one broken benchmark does not lose the others' figures
            traceback.print_exc()
            failed.append(name)
            common.skipped(name, "the benchmark failed (traceback above)")
    minutes = (time.perf_counter() - started) / 60
    note = f"{'quick set' if quick else 'full set'} in {minutes:.1f} min"
    if names:
        note += f", only {' '.join(names)}"
    doc = results.document(common.FIGURES, quick=quick, note=note)
    results.write(doc, out)
    print()
    print(results.table(doc))
    print(f"written to {out}")
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", help="run only benchmarks whose name holds one")
    parser.add_argument("--quick", action="store_true", help="the quick set, small databases")
    parser.add_argument("--compare", type=Path, metavar="OLD.json")
    parser.add_argument("--to", type=Path, metavar="NEW.json", default=results.RESULTS)
    parser.add_argument("--out", type=Path, help="where to write the results")
    args = parser.parse_args(argv)
    if args.compare is not None:
        for path in (args.compare, args.to):
            if not path.is_file():
                print(f"no results file at {path}", file=sys.stderr)
                return 2
        text, any_slower = results.compare_text(results.load(args.compare),
                                                results.load(args.to))
        print(text)
        return 1 if any_slower else 0
    out = args.out or (QUICK_RESULTS if args.quick else
                       common.OUT / "results-some.json" if args.names else results.RESULTS)
    return run(args.names, quick=args.quick, out=out)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
