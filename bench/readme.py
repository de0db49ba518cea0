"""The README's speed table, written from bench/results.json: `python -m bench.readme`.

Only the text between the two markers below in README.md is rewritten: the machine and
commit the figures were taken on, and one row per figure. `--results FILE` takes another
results file (a quick run's, say); `--check` only says whether the README is up to date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bench import results

README = Path(__file__).resolve().parents[1] / "README.md"
START = "<!-- speed-table:start (written by python -m bench.readme from bench/results.json) -->"
END = "<!-- speed-table:end -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def section(doc: dict[str, Any]) -> str:
    """The Markdown between the markers."""
    m = doc["machine"]
    load = ", ".join(f"{x:g}" for x in m["load_average"] or [])
    lines = [
        f"Taken {doc['taken'][:10]} at commit `{doc['commit']}` ({doc['note']}) on"
        f" {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, {m['system']}; Python"
        f" {m['python']}, SQLite {m['sqlite']}, PySide6 {m['pyside6']}; load average at the"
        f" start {load}.",
        "",
        "| figure | median | p99 | floor | ratio | target (p99) | |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in results.rows(doc)]
    notes = [f for f in doc["figures"] if f.get("note") and f["verdict"] != "skipped"]
    if notes:
        lines.append("")
        lines += [f"- {f['figure']}: {f['note']}" for f in notes]
    return "\n".join(lines)


def rewrite(readme: str, doc: dict[str, Any]) -> str:
    """The README with its marked section replaced; ValueError without both markers."""
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        raise ValueError(f"README.md has no section between {START!r} and {END!r}")
    return readme[:start + len(START)] + "\n" + section(doc) + "\n" + readme[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.readme")
    parser.add_argument("--results", type=Path, default=results.RESULTS)
    parser.add_argument("--readme", type=Path, default=README)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if not args.results.is_file():
        print(f"no results at {args.results}: run make bench first", file=sys.stderr)
        return 2
    old = args.readme.read_text(encoding="utf-8")
    new = rewrite(old, results.load(args.results))
    if args.check:
        print("README speed table up to date" if new == old else "README speed table differs")
        return 0 if new == old else 1
    args.readme.write_text(new, encoding="utf-8")
    print(f"{args.readme}: speed table from {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
