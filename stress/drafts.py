"""Calls as call-takers type them, each carrying a mark that finds it again in the file."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from console.domain.calls import CallDraft
from console.domain.fraud import FraudReport, Transfer

CATEGORIES = ("theft", "noise", "fight", "traffic_accident", "dispute_neighbour", "ebike_theft",
              "domestic_violence", "telecom_fraud", "inquiry", "nuisance", "silent",
              "municipal", "lost_property")
JURISDICTIONS = ("340402", "340403", "340404", "340405", "340406", "340421", "340422")
ROADS = ("朝阳路", "舜耕中路", "洞山路", "淮河大道", "国庆路", "龙湖路", "田东路", "洛河路")


def mark(tag: str, n: int) -> str:
    """The summary of call `n` of a run: what the checks look the call up by."""
    return f"压测 {tag} n{n}"


def realistic(rnd: random.Random, tag: str, n: int) -> CallDraft:
    """An ordinary call: a mix of categories, some incomplete, one in ten with fraud details."""
    category = rnd.choice(CATEGORIES)
    fraud = None
    if category == "telecom_fraud":
        fraud = FraudReport(victim_account=f"6222{rnd.randrange(10**12):012d}",
                            victim_bank="工商银行",
                            transfers=[Transfer(rnd.randrange(1, 5_000_000),
                                                datetime.now(UTC) - timedelta(hours=1),
                                                f"6217{rnd.randrange(10**12):012d}", "李某",
                                                "建设银行")],
                            stop_payment_requested=True)
    return CallDraft(
        caller_number="" if category == "silent" else f"1{rnd.choice('3578')}{n % 10**9:09d}",
        caller_name=rnd.choice(("王芳", "李强", "", "张伟")),
        address=f"田家庵区{rnd.choice(ROADS)}{rnd.randrange(1, 800)}号",
        jurisdiction_code=rnd.choice(JURISDICTIONS) if rnd.random() < 0.95 else "",
        category_code=category, summary=mark(tag, n),
        dv_flag=category == "domestic_violence", fraud=fraud,
        received_at=datetime.now(UTC) - timedelta(seconds=rnd.randrange(5, 120)))
