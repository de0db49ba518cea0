"""Small datasets for the tally tests, inserted row by row, with every row kept in Python.

The rows kept here let a test compute each figure independently of the store's SQL.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from console.domain.addresses import address_key
from console.domain.calls import DISPOSITIONS
from console.domain.clock import day_start, local_day, to_stored
from console.store import Store

UNITS = ("DS01", "SP06", "PS-340402-01", "PS-340403-01", "SP19")


@dataclass
class Dataset:
    store: Store
    calls: list[dict] = field(default_factory=list)
    incidents: list[dict] = field(default_factory=list)
    assignments: list[dict] = field(default_factory=list)
    outcomes: list[dict] = field(default_factory=list)
    fraud: list[dict] = field(default_factory=list)
    pushes: list[dict] = field(default_factory=list)
    callbacks: list[dict] = field(default_factory=list)
    _seq: dict[str, int] = field(default_factory=dict)
    enterprise_ids: list[int] = field(default_factory=list)

    @property
    def conn(self):  # type: ignore[no-untyped-def]
        return self.store.conn

    def enterprise(self, name: str, address: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO enterprises (name, address, address_key, jurisdiction_code, created_at)"
            " VALUES (?, ?, ?, '340403', '2025-01-01T00:00:00.000Z')",
            [name, address, address_key(address)])
        self.enterprise_ids.append(int(cur.lastrowid))
        return int(cur.lastrowid)

    def call(self, received: datetime, *, disposition: str = "inquiry", line: str = "110",
             jurisdiction: str | None = "340403", category: str | None = None,
             incident_id: int | None = None, logged_after: float = 30.0,
             caller_name: str = "", number: str = "13800000000", address: str = "") -> int:
        day = local_day(received, self.store.tz).isoformat()
        row = {"line": line, "received_at": to_stored(received),
               "logged_at": to_stored(received + timedelta(seconds=logged_after)),
               "day": day, "jurisdiction_code": jurisdiction, "category_code": category,
               "disposition": disposition, "incident_id": incident_id,
               "caller_name": caller_name, "caller_number": number, "address": address}
        cur = self.conn.execute(
            "INSERT INTO calls (line, received_at, logged_at, day, jurisdiction_code,"
            " category_code, priority, disposition, incident_id, caller_name, caller_number,"
            " address, address_key) VALUES (?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?)",
            [line, row["received_at"], row["logged_at"], day, jurisdiction, category,
             disposition, incident_id, caller_name, number, address, address_key(address)])
        row["id"] = int(cur.lastrowid)
        self.calls.append(row)
        return row["id"]

    def incident(self, received: datetime, category: str | None, *,
                 jurisdiction: str | None = "340403", priority: int = 2,
                 stage: str = "closed", dispatch_after: float | None = 60.0,
                 arrive_after: float | None = 300.0, is_dv: bool = False,
                 is_enterprise: bool = False, enterprise_id: int | None = None,
                 address: str = "田家庵区舜耕路1号", line: str = "110",
                 logged_after: float = 30.0, caller_name: str = "王某",
                 number: str = "13800000000") -> tuple[int, int]:
        """An incident and the call that opened it; returns (incident id, call id)."""
        day = local_day(received, self.store.tz).isoformat()
        seq = self._seq[day] = self._seq.get(day, 0) + 1
        opened = to_stored(received)
        dispatched = (to_stored(received + timedelta(seconds=dispatch_after))
                      if dispatch_after is not None else None)
        arrived = (to_stored(received + timedelta(seconds=dispatch_after + arrive_after))
                   if dispatch_after is not None and arrive_after is not None else None)
        row = {"day": day, "category_code": category, "jurisdiction_code": jurisdiction,
               "priority": priority, "stage": stage, "opened_at": opened,
               "dispatched_at": dispatched, "arrived_at": arrived, "is_dv": is_dv,
               "is_enterprise": is_enterprise, "enterprise_id": enterprise_id,
               "address": address, "address_key": address_key(address)}
        cur = self.conn.execute(
            "INSERT INTO incidents (number, day, seq, category_code, priority, jurisdiction_code,"
            " address, address_key, caller_number, stage, stage_at, is_dv, is_enterprise,"
            " enterprise_id, opened_at, dispatched_at, arrived_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [f"340400-{day.replace('-', '')}-{seq:04d}", day, seq, category, priority,
             jurisdiction, address, row["address_key"], number, stage, opened, int(is_dv),
             int(is_enterprise), enterprise_id, opened, dispatched, arrived, opened])
        row["id"] = int(cur.lastrowid)
        self.incidents.append(row)
        call_id = self.call(received, disposition="incident", line=line,
                            jurisdiction=jurisdiction, category=category,
                            incident_id=row["id"], logged_after=logged_after,
                            caller_name=caller_name, number=number, address=address)
        return row["id"], call_id

    def assign(self, incident_id: int, unit: str, officers: int = 2) -> None:
        self.conn.execute(
            "INSERT INTO assignments (incident_id, unit_code, dispatched_at, officers)"
            " VALUES (?, ?, '2025-01-01T00:00:00.000Z', ?)", [incident_id, unit, officers])
        self.assignments.append({"incident_id": incident_id, "unit_code": unit,
                                 "officers": officers})

    def outcome(self, incident_id: int, *, caught: int = 0, assistance: str = "",
                mediated: bool = False) -> None:
        self.conn.execute(
            "INSERT INTO incident_outcomes (incident_id, people_caught, assistance, mediated,"
            " recorded_at) VALUES (?, ?, ?, ?, '2025-01-01T00:00:00.000Z')",
            [incident_id, caught, assistance, int(mediated)])
        self.outcomes.append({"incident_id": incident_id, "people_caught": caught,
                              "assistance": assistance, "mediated": mediated})

    def fraud_report(self, call_id: int, incident_id: int | None, *, frozen: int | None,
                     recovered_fen: int | None, loss_fen: int, stop: bool) -> None:
        self.conn.execute(
            "INSERT INTO fraud_reports (call_id, incident_id, stop_payment_requested,"
            " accounts_frozen, money_recovered_fen, loss_fen, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00.000Z')",
            [call_id, incident_id, int(stop), frozen, recovered_fen, loss_fen])
        self.fraud.append({"call_id": call_id, "accounts_frozen": frozen,
                           "money_recovered_fen": recovered_fen, "loss_fen": loss_fen,
                           "stop": stop})

    def push(self, incident_id: int, enterprise_id: int, role: str, acked: bool) -> None:
        self.conn.execute(
            "INSERT INTO enterprise_pushes (incident_id, enterprise_id, role, person, pushed_at,"
            " acked_at) VALUES (?, ?, ?, '某某', '2025-01-01T00:00:00.000Z', ?)",
            [incident_id, enterprise_id, role,
             "2025-01-01T00:05:00.000Z" if acked else None])
        self.pushes.append({"incident_id": incident_id, "acked": acked})

    def callback(self, incident_id: int, rating: str | None, done: bool = True) -> None:
        self.conn.execute(
            "INSERT INTO callbacks (incident_id, due_at, done_at, rating)"
            " VALUES (?, '2025-01-01T00:00:00.000Z', ?, ?)",
            [incident_id, "2025-01-02T00:00:00.000Z" if done else None, rating])
        self.callbacks.append({"incident_id": incident_id, "rating": rating, "done": done})


INCIDENT_CATEGORIES = (
    "theft", "burglary", "fight", "noise", "traffic_accident", "illegal_parking", "fire",
    "missing_person", "self_harm", "trapped", "lift_trapped", "lost_property", "other_assist",
    "dispute_neighbour", "dispute_economic", "dispute_consumer", "dispute_family",
    "domestic_violence", "telecom_fraud", "enterprise_security",
)
JURISDICTIONS = ("340402", "340403", "340404", "340421", None)
ASSISTANCE = {"missing_person": "found", "self_harm": "rescued", "trapped": "rescued",
              "lift_trapped": "rescued", "lost_property": "returned", "theft": "returned"}


def random_dataset(store: Store, days: list[date], calls_per_day: int,
                   seed: int = 7) -> Dataset:
    """Varied calls and incidents over the given local days, every kind of row included."""
    rnd = random.Random(seed)
    data = Dataset(store)
    with store.write():
        ent = [data.enterprise(f"淮南市测试机械有限公司{i}", f"田家庵区工业路{i}号")
               for i in range(3)]
        for day in days:
            start = day_start(day, store.tz)
            for _ in range(calls_per_day):
                received = (start + timedelta(seconds=rnd.randrange(86400))).astimezone(UTC)
                received += timedelta(milliseconds=rnd.randrange(1000))
                line = rnd.choice(("110", "110", "110", "122"))
                jurisdiction = rnd.choice(JURISDICTIONS)
                logged = rnd.uniform(5, 400)
                if rnd.random() < 0.45:
                    _random_incident(data, rnd, received, line, jurisdiction, logged, ent)
                else:
                    disposition = rnd.choice([d for d in DISPOSITIONS if d != "incident"])
                    data.call(received, disposition=disposition, line=line,
                              jurisdiction=jurisdiction, logged_after=logged)
    return data


def _random_incident(data: Dataset, rnd: random.Random, received: datetime, line: str,
                     jurisdiction: str | None, logged: float, ent: list[int]) -> None:
    category = rnd.choice((*INCIDENT_CATEGORIES, None))
    is_dv = category == "domestic_violence" or rnd.random() < 0.03
    enterprise_id = rnd.choice(ent) if category == "enterprise_security" else None
    is_enterprise = enterprise_id is not None or rnd.random() < 0.02
    dispatch = rnd.choice((None, rnd.uniform(10, 400), rnd.uniform(10, 90)))
    arrive = rnd.choice((None, rnd.uniform(60, 2400))) if dispatch is not None else None
    address = rnd.choice(("寿县古城路3号", "大通区淮舜路8号", "田家庵区朝阳路12号", ""))
    incident_id, call_id = data.incident(
        received, category, jurisdiction=jurisdiction, priority=rnd.choice((1, 2, 3)),
        stage=rnd.choice(("intake", "dispatched", "on_scene", "handled", "closed",
                          "called_back", "cancelled")),
        dispatch_after=dispatch, arrive_after=arrive, is_dv=is_dv, is_enterprise=is_enterprise,
        enterprise_id=enterprise_id, address=address, line=line, logged_after=logged)
    for _ in range(rnd.choice((0, 1, 1, 2))):
        data.assign(incident_id, rnd.choice(UNITS), rnd.choice((1, 2, 2, 3)))
    if rnd.random() < 0.6:
        data.outcome(incident_id, caught=rnd.choice((0, 0, 1, 2)),
                     assistance=ASSISTANCE.get(category or "", "") if rnd.random() < 0.8 else "",
                     mediated=rnd.random() < 0.5)
    if category == "telecom_fraud":
        data.fraud_report(call_id, incident_id, frozen=rnd.choice((None, 0, 1, 3)),
                          recovered_fen=rnd.choice((None, 0, 123456)),
                          loss_fen=rnd.randrange(10**7), stop=rnd.random() < 0.5)
    if is_enterprise and enterprise_id is not None:
        for role in ("bureau_leader", "station_leader", "officer"):
            data.push(incident_id, enterprise_id, role, rnd.random() < 0.8)
    if rnd.random() < 0.4:
        data.callback(incident_id, rnd.choice(("satisfied", "basically_satisfied",
                                               "dissatisfied", "not_reached", None)),
                      done=rnd.random() < 0.85)
