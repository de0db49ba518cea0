"""A seat saving calls in a loop, in a process of its own: `python -m stress.saver`.

After each commit it prints `ack CALL_ID N` and flushes: what a call-taker sees as "saved".
With `--go` it opens the file, logs in, prints `ready` and waits for a line on stdin
before the first save, so several savers start together. With `--report` it ends with
`result {json}`: each save's time, the busy tries made again, the saves that failed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

from stress.common import RetryPolicy, log_in, save
from stress.drafts import realistic


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stress.saver")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--tag", required=True)
    parser.add_argument("--count", type=int, default=0, help="0: until killed")
    parser.add_argument("--go", action="store_true")
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--busy-timeout-ms", type=int, required=True)
    parser.add_argument("--pause", type=float, required=True)
    parser.add_argument("--patience", type=float, required=True)
    args = parser.parse_args(argv)
    policy = RetryPolicy(args.busy_timeout_ms, args.pause, args.patience)
    rnd = random.Random(args.tag)
    store = log_in(args.db, args.user)
    store.set_busy_timeout(policy.busy_timeout_ms)
    out = sys.stdout
    if args.go:
        print("ready", file=out, flush=True)
        sys.stdin.readline()
    times: list[float] = []
    retries = 0
    failures: list[str] = []
    started = time.time()
    n = 0
    while not args.count or n < args.count:
        n += 1
        try:
            saved = save(store, realistic(rnd, args.tag, n), policy, args.user)
        except Exception as exc:  # counted and told: a save a user would see fail
            failures.append(f"{type(exc).__name__}: {exc}")
            if not args.report:
                traceback.print_exc()
                return 1
            continue
        print(f"ack {saved.call.call_id} {n}", file=out, flush=True)
        times.append(saved.seconds)
        retries += saved.retries
    ended = time.time()
    store.close()
    if args.report:
        print("result " + json.dumps({"started": started, "ended": ended, "times": times,
                                      "retries": retries, "failures": failures}),
              file=out, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
