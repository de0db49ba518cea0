"""The demo's operators: one account per role, and the call-takers of three rotating shifts.

Demo accounts, one per role, all with the password `demo110`:

    jiejing01    call-taker 接警员          huqi01       enterprise desk 护企专席
    fanjiabao01  anti-DV desk 反家暴专席     diaodu01     dispatcher 调度员
    zhibanzhang  supervisor 值班长           admin        administrator 系统管理员

and jiejing02 … jiejing21, the other call-takers of the three shifts (they author events).
The database is marked as a demo before any account is made: the store accepts the
demo password only in a demo database, so it never exists in a real one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from console.demo.times import HOUR
from console.domain.clock import to_stored
from console.domain.passwords import DEMO_PASSWORD as DEMO_PASSWORD
from console.domain.passwords import hash_password
from console.store import bulk
from console.store.store import Store

# (username, display name, role): the accounts made through Store.add_operator.
ROLE_ACCOUNTS: tuple[tuple[str, str, str], ...] = (
    ("jiejing01", "王晓燕", "call_taker"),
    ("huqi01", "陈立新", "enterprise_desk"),
    ("fanjiabao01", "刘慧敏", "dv_desk"),
    ("diaodu01", "赵建国", "dispatcher"),
    ("zhibanzhang", "孙志强", "supervisor"),
    ("admin", "系统管理员", "admin"),
)
EXTRA_CALL_TAKERS = 20  # jiejing02 … jiejing21
TEAMS = 3  # shifts 00–08, 08–16, 16–24, teams rotating daily


class Staff:
    """Who is who, and which call-taker sits at which seat at a given moment."""

    def __init__(self, store: Store, now: datetime, tz_offset_ms: int, names: list[str],
                 random: Callable[[], float]):
        self.random = random
        self.tz_offset_ms = tz_offset_ms
        store.set_setting("demo", "1")  # first: the demo password is refused elsewhere
        self.ops = {u: store.accounts.add_operator(u, name, role, DEMO_PASSWORD).id
                    for u, name, role in ROLE_ACCOUNTS}
        shared_hash, created = hash_password(DEMO_PASSWORD), to_stored(now)
        first_id = max(self.ops.values()) + 1
        extra = [(first_id + n, f"jiejing{n + 2:02d}", names[n], "call_taker", shared_hash,
                  created) for n in range(EXTRA_CALL_TAKERS)]
        bulk.add_operators(store, extra)
        takers = [self.ops["jiejing01"]] + [row[0] for row in extra]
        size = len(takers) // TEAMS
        self.teams = [takers[i * size:(i + 1) * size] for i in range(TEAMS)]
        self.seats = [f"S{n + 1:02d}" for n in range(size)]
        self.count = len(self.ops) + len(extra)
        self.enterprise_desk = self.ops["huqi01"]
        self.dv_desk = self.ops["fanjiabao01"]
        self.dispatcher = self.ops["diaodu01"]
        self.supervisor = self.ops["zhibanzhang"]

    def taker(self, ms: int) -> tuple[int, str]:
        """The call-taker on shift at a moment (three teams rotating daily) and the seat."""
        shift = (ms + self.tz_offset_ms) // (8 * HOUR)
        team = self.teams[(shift + shift // 3) % TEAMS]
        seat = int(self.random() * len(team))
        return team[seat], self.seats[seat]
