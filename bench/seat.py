"""A seat saving calls flat out, in a process of its own: `python -m bench.seat --db DB_OR_URL`.

It opens the database (a file or a `postgresql://` URL), logs in, prints `ready`, waits
for a line on stdin so all seats start together, saves `--count` calls retried as a seat's
write lane retries them (stress.common.save), and ends with `result {json}`: each save's
seconds, the tries made again, the saves that failed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time

from console.store import Store
from stress.common import PASSWORD, RetryPolicy, save
from stress.drafts import realistic


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.seat")
    parser.add_argument("--db", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--busy-timeout-ms", type=int, required=True)
    parser.add_argument("--pause", type=float, required=True)
    parser.add_argument("--patience", type=float, required=True)
    args = parser.parse_args(argv)
    policy = RetryPolicy(args.busy_timeout_ms, args.pause, args.patience)
    store = Store.open(args.db, create=False)
    store.actor = store.accounts.authenticate(args.user, PASSWORD)
    if store.actor is None:
        raise SystemExit(f"{args.user} could not log in")
    store.set_busy_timeout(policy.busy_timeout_ms)
    rnd = random.Random(args.user)
    print("ready", flush=True)
    sys.stdin.readline()
    times: list[float] = []
    failures: list[str] = []
    retries = 0
    started = time.time()
    for n in range(1, args.count + 1):
        try:
            saved = save(store, realistic(rnd, args.user, n), policy, args.user)
        except Exception as exc:  # counted: a save a user would have seen fail
            failures.append(f"{type(exc).__name__}: {exc}")
            continue
        times.append(saved.seconds)
        retries += saved.retries
    ended = time.time()
    store.close()
    print("result " + json.dumps({"started": started, "ended": ended, "times": times,
                                  "retries": retries, "failures": failures}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
