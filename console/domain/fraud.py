"""Telecom-fraud intake: the victim's account, each transfer, stop-payment and outcomes.

Money is kept in fen (1/100 yuan) as integers so sums are exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from console.domain.problems import Problem, has_control_chars

_AMOUNT = re.compile(r"^\d{1,12}(\.\d{1,2})?$")
TEXT_LIMIT = 60
# What parse_amount can produce (12 digits of yuan): sums of these stay exact in SQLite.
MAX_FEN = 10**14


def parse_amount(text: str) -> int:
    """`'1,234.5'` → 123450 fen; raises ValueError for anything that is not money."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace("元", "").replace("¥", "")
    if not _AMOUNT.match(cleaned):
        raise ValueError(f"not an amount: {text!r}")
    try:
        return int(Decimal(cleaned) * 100)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {text!r}") from exc


def format_amount(fen: int | None) -> str:
    if fen is None:
        return ""
    return f"{Decimal(fen) / 100:,.2f}"


@dataclass
class Transfer:
    amount_fen: int
    at: datetime | None = None
    to_account: str = ""
    to_name: str = ""
    to_bank: str = ""


@dataclass
class FraudReport:
    victim_account: str = ""
    victim_bank: str = ""
    transfers: list[Transfer] = field(default_factory=list)
    stop_payment_requested: bool = False
    accounts_frozen: int | None = None
    money_recovered_fen: int | None = None

    @property
    def total_fen(self) -> int:
        return sum(t.amount_fen for t in self.transfers)

    def to_dict(self) -> dict[str, object]:
        return {
            "victim_account": self.victim_account,
            "victim_bank": self.victim_bank,
            "transfers": [
                {"amount_fen": t.amount_fen, "at": t.at.isoformat() if t.at else None,
                 "to_account": t.to_account, "to_name": t.to_name, "to_bank": t.to_bank}
                for t in self.transfers
            ],
            "stop_payment_requested": self.stop_payment_requested,
            "accounts_frozen": self.accounts_frozen,
            "money_recovered_fen": self.money_recovered_fen,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> FraudReport:
        transfers = [
            Transfer(int(t["amount_fen"]), datetime.fromisoformat(t["at"]) if t.get("at") else None,
                     t.get("to_account", ""), t.get("to_name", ""), t.get("to_bank", ""))
            for t in data.get("transfers", [])  # type: ignore[attr-defined]
        ]
        return cls(str(data.get("victim_account", "")), str(data.get("victim_bank", "")),
                   transfers, bool(data.get("stop_payment_requested")),
                   data.get("accounts_frozen"),  # type: ignore[arg-type]
                   data.get("money_recovered_fen"))  # type: ignore[arg-type]


def check_fraud(report: FraudReport) -> list[Problem]:
    """Impossible fraud input: over-long or control-character text, negative figures."""
    problems: list[Problem] = []
    texts = [("victim_account", report.victim_account), ("victim_bank", report.victim_bank)]
    for t in report.transfers:
        texts += [("to_account", t.to_account), ("to_name", t.to_name), ("to_bank", t.to_bank)]
        if not 0 <= t.amount_fen < MAX_FEN:
            problems.append(Problem("amount", "unknown_code"))
        if t.at is not None and t.at.tzinfo is None:
            problems.append(Problem("transfer_at", "bad_time"))
    for name, value in texts:
        if len(value) > TEXT_LIMIT:
            problems.append(Problem(name, "too_long", TEXT_LIMIT))
        if has_control_chars(value, multiline=False):
            problems.append(Problem(name, "control_chars"))
    for name, number in (("accounts_frozen", report.accounts_frozen),
                         ("money_recovered", report.money_recovered_fen)):
        if number is not None and not 0 <= number < MAX_FEN:
            problems.append(Problem(name, "unknown_code"))
    return problems
