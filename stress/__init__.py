"""Robustness runs: `make stress` or `python -m stress [--quick]`.

Three runs against real database files, each printing its figures:

- kills: a process saving calls in a loop is killed with SIGKILL again and again; every
  call it acknowledged must be in the file afterwards, and the file must check sound.
- concurrency: several processes save flat out into one file; no save may fail on the lock.
- fuzz: odd, huge and impossible call records through `store.calls.log_call`; each is
  saved whole or refused with `InputRefused`, never a crash, never a half-write.
"""
