"""Tallies for a day or a period: every figure of `console.domain.figures` as SQL aggregates.

Each query ranges over a tally-day index (`calls_tally`, `incidents_tally`, covering what
it reads) or over per-day counts kept by triggers (`call_hours`, `call_kinds`,
`incident_kinds`: the closed stages, 'closed' and 'called_back', are counted there), and
returns a handful of grouped rows; Python only folds those groups (tens to a few hundred)
into figures, never the rows themselves. Percentiles are nearest-rank, the value at rank
ceil(p·n), read in SQL at an offset into the durations in order: for a long period, an
index sorted by the duration (db/migrations/0007_tally_speed.sql). Durations are in
seconds, to the millisecond.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from typing import TYPE_CHECKING

from console.domain.calls import DISPOSITIONS
from console.domain.clock import day_start, from_stored, to_stored
from console.domain.figures import Period, Tallies, offset_segments, percent
from console.domain.lifecycle import Stage
from console.store.dialect import count_if, dialect_of
from console.store.service import Service

if TYPE_CHECKING:
    pass

STREET_POST_KINDS = ("duty_station", "stationing_point")
REACHED = ("satisfied", "basically_satisfied", "dissatisfied")
SATISFIED = ("satisfied", "basically_satisfied")
# (figure key, outcome value, tally group) for the assistance results.
ASSISTANCE_FIGURES = (
    ("assist_missing_found", "found", "assist_missing"),
    ("assist_selfharm_rescued", "rescued", "assist_selfharm"),
    ("assist_trapped_rescued", "rescued", "assist_trapped"),
    ("assist_lost_property_returned", "returned", "assist_lost_property"),
)
DISPUTE_GROUPS = ("neighbour", "economic", "consumer", "family")
# Past this many days, a percentile walks the index of durations in order (skipping other
# days) instead of sorting the period's durations (a year of rows takes seconds to sort), and
# joins start from the small table (fraud reports, callbacks, outcomes) instead of the period's
# calls or incidents.
LONG_DAYS = 62


# An intake time is measured at a seat: an imported call's logged_at is only its receive
# time (the condition is the one of the calls_intake_time index, migration 0013).
MEASURED_AT_SEAT = "source NOT LIKE 'import:%'"


def _seconds(later: str, earlier: str) -> str:
    return f"ROUND((julianday({later}) - julianday({earlier})) * 86400.0, 3)"


def _quantiles_sql(source: str) -> str:
    """n, count within the limit, median and p90 of `source` rows (s, lim)."""
    return (
        f"WITH d AS ({source}),"
        " r AS (SELECT s, ROW_NUMBER() OVER (ORDER BY s) AS rn, COUNT(*) OVER () AS n,"
        " SUM(CASE WHEN s <= lim THEN 1 ELSE 0 END) OVER () AS within FROM d"
        " WHERE s IS NOT NULL)"
        " SELECT MAX(n), MAX(within),"
        " MAX(CASE WHEN rn = (n * 50 + 99) / 100 THEN s END),"
        " MAX(CASE WHEN rn = (n * 90 + 99) / 100 THEN s END) FROM r"
    )


def _case(column: str, table: dict[int, int]) -> str:
    """A CASE mapping priorities to deadline seconds (values from the reference data)."""
    whens = " ".join(f"WHEN {int(k)} THEN {int(v)}" for k, v in sorted(table.items()))
    low, high = min(table), max(table)
    return (f"CASE WHEN {column} < {int(low)} THEN {int(table[low])}"
            f" WHEN {column} > {int(high)} THEN {int(table[high])}"
            f" ELSE CASE {column} {whens} END END")


@dataclass(frozen=True)
class _Durations:
    """Where a response time is read: its table, the index to read it through (sorted by the
    duration for long periods, by day for short ones), its expression and which rows have one."""

    table: str
    index: str
    seconds: str
    timed: str


def _joined(small: str, large: str, period: Period, conn: object) -> str:
    """`small JOIN large`, read from the small table for a long period, from the period's
    rows of the large one for a short period (the order: see `Dialect.join_in_order`)."""
    if period.days > LONG_DAYS:
        return f"{small} {dialect_of(conn).join_in_order} {large}"
    return f"{large} JOIN {small}"


def _quoted(text: str) -> str:
    """An SQL string literal (jurisdiction codes come from the database, not from code)."""
    return "'" + str(text).replace("'", "''") + "'"


class TalliesService(Service):
    def tallies(self, period: Period) -> Tallies:
        """Every figure and breakdown of the period (one jurisdiction if the period says so)."""
        out = Tallies(period, recorded=self.has_calls(period))
        self._tally_calls(period, out)
        self._tally_incidents(period, out)
        self._tally_turnouts(period, out)
        self._tally_outcomes(period, out)
        self._tally_fraud(period, out)
        self._tally_enterprise(period, out)
        self._tally_callbacks(period, out)
        self._tally_dv(period, out)
        self._tally_response(period, out)
        f = out.figures
        f["street_posts_share_pct"] = percent(f["incidents_street_posts"], f["incidents_total"])
        f["closure_rate_pct"] = percent(f["incidents_closed"], f["incidents_total"])
        f["satisfaction_rate_pct"] = percent(f["callbacks_satisfied"], f["callbacks_reached"])
        f["enterprise_satisfaction_pct"] = percent(f["enterprise_callbacks_satisfied"],
                                                   f["enterprise_callbacks_reached"])
        return out

    def has_calls(self, period: Period) -> bool:
        """Whether the database holds any call on a day of the period, in any jurisdiction:
        without one, the period has no data (the console was not in use, or that history was
        never imported), which is not the same as a quiet period."""
        row = self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM calls INDEXED BY calls_tally WHERE day BETWEEN ? AND ?)",
            [period.first.isoformat(), period.last.isoformat()]).fetchone()
        return bool(row[0])

    def daily_counts(self, period: Period) -> list[tuple[date, int | None, int | None]]:
        """(day, calls, incidents) for every day of the period, the trend: zeros where a day
        has data, None where the database holds no call at all that day (any jurisdiction)."""
        calls = self._per_day("calls", period)
        incidents = self._per_day("incidents", period)
        recorded = calls if period.jurisdiction is None else {
            r[0] for r in self.conn.execute(
                "SELECT DISTINCT day FROM calls INDEXED BY calls_tally WHERE day BETWEEN ? AND ?",
                [period.first.isoformat(), period.last.isoformat()])}
        days = [date.fromordinal(period.first.toordinal() + i) for i in range(period.days)]
        return [(d, calls.get(d.isoformat(), 0), incidents.get(d.isoformat(), 0))
                if d.isoformat() in recorded else (d, None, None) for d in days]

    def _where(self, period: Period, alias: str = "") -> tuple[str, list[object]]:
        """The period's condition (and its jurisdiction's, if any)."""
        prefix = f"{alias}." if alias else ""
        sql = f"{prefix}day BETWEEN ? AND ?"
        params: list[object] = [period.first.isoformat(), period.last.isoformat()]
        if period.jurisdiction:
            sql += f" AND {prefix}jurisdiction_code = ?"
            params.append(period.jurisdiction)
        return sql, params

    def _per_day(self, table: str, period: Period) -> dict[str, int]:
        if table not in ("calls", "incidents"):
            raise ValueError(table)
        where, params = self._where(period)
        return {r[0]: int(r[1]) for r in self.conn.execute(
            f"SELECT day, COUNT(*) FROM {table} WHERE {where} GROUP BY day", params)}

    def _local_hour_sql(self, period: Period) -> tuple[str, list[object]]:
        """An SQL expression for the local hour ('00'..'23') of calls.received_at."""
        segments = offset_segments(period.first, period.last, self.tz)
        if len(segments) == 1 and segments[0][1] % 3600 == 0:
            hours = segments[0][1] // 3600
            hour = f"((CAST(substr(received_at, 12, 2) AS INTEGER) + {hours:d} + 24) % 24)"
            return f"CASE WHEN {hour} < 10 THEN '0' || {hour} ELSE '' || {hour} END", []
        whens = " ".join("WHEN received_at >= ? THEN ?" for _ in segments[1:])
        params: list[object] = []
        for start, offset in reversed(segments[1:]):
            params += [to_stored(start), f"{offset:+d} seconds"]
        modifier = f"CASE {whens} ELSE ? END" if whens else "?"
        params.append(f"{segments[0][1]:+d} seconds")
        return dialect_of(self.conn).local_hour("received_at", modifier), params

    def _tally_calls(self, period: Period, out: Tallies) -> None:
        where, params = self._where(period)
        by_hour = self._calls_by_hour(period)
        by_line = {"110": 0, "122": 0}
        by_disposition = dict.fromkeys(DISPOSITIONS, 0)
        if period.jurisdiction is None:
            sql = ("SELECT disposition, line, SUM(calls) FROM call_kinds WHERE day BETWEEN ? AND ?"
                   " GROUP BY disposition, line")
        else:  # grouped in the order of `calls_tally` (day first): no sort of the period's rows
            sql = ("SELECT disposition, line, SUM(n) FROM (SELECT day, disposition, line,"
                   f" COUNT(*) AS n FROM calls INDEXED BY calls_tally WHERE {where}"
                   " GROUP BY day, disposition, line) AS per_day GROUP BY disposition, line")
        for disposition, line, n in self.conn.execute(sql, params):
            by_line[line] = by_line.get(line, 0) + n
            by_disposition[disposition] = by_disposition.get(disposition, 0) + n
        f = out.figures
        f["calls_total"] = sum(by_line.values())
        f["calls_line_110"] = by_line["110"]
        f["calls_line_122"] = by_line["122"]
        for disposition in DISPOSITIONS:
            f[f"calls_{disposition}"] = by_disposition[disposition]
        out.breakdowns["calls_by_hour"] = by_hour
        out.breakdowns["calls_by_line"] = by_line
        out.breakdowns["calls_by_disposition"] = by_disposition

    def _calls_by_hour(self, period: Period) -> dict[str, int]:
        """Calls by local hour: counted per UTC hour (from `call_hours`, or in index order for one
        jurisdiction), each UTC hour then moved to its local hour, exact while offsets are whole
        hours changing on the hour; otherwise every row's local hour is computed in SQL."""
        by_hour = {f"{h:02d}": 0 for h in range(24)}
        segments = offset_segments(period.first, period.last, self.tz)
        where, params = self._where(period)
        if not all(offset % 3600 == 0 for _, offset in segments) or any(
                start.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
                != start for start, _ in segments[1:]):
            hour_sql, hour_params = self._local_hour_sql(period)
            for hour, n in self.conn.execute(
                    f"SELECT {hour_sql} AS hour, COUNT(*) FROM calls WHERE {where}"
                    " GROUP BY hour", [*hour_params, *params]):
                by_hour[hour] = by_hour.get(hour, 0) + n
            return by_hour
        starts = [(to_stored(start)[:13], offset // 3600) for start, offset in segments[1:]]
        if period.jurisdiction is None:
            sql = "SELECT hour, SUM(calls) FROM call_hours WHERE day BETWEEN ? AND ? GROUP BY hour"
        else:
            sql = ("SELECT h, SUM(n) FROM (SELECT day, substr(received_at, 1, 13) AS h,"
                   f" COUNT(*) AS n FROM calls INDEXED BY calls_tally_hour WHERE {where}"
                   " GROUP BY day, h) AS per_day GROUP BY h")
        for utc_hour, n in self.conn.execute(sql, params):
            shift = next((o for s, o in reversed(starts) if utc_hour >= s),
                         segments[0][1] // 3600)
            hour = utc_hour[11:13]
            local = f"{((int(hour) if hour.isdigit() else 0) + shift) % 24:02d}"
            by_hour[local] += n
        return by_hour

    def _tally_incidents(self, period: Period, out: Tallies) -> None:
        where, params = self._where(period)
        rows = self.conn.execute(
            "SELECT category_code, jurisdiction_code, SUM(incidents), SUM(closed), SUM(dv),"
            f" SUM(enterprise), SUM(key_enterprise) FROM incident_kinds WHERE {where}"
            " GROUP BY 1, 2", params
        ).fetchall()
        taxonomy = self.reference.taxonomy
        by_group: dict[str, int] = {}
        by_category: dict[str, int] = {}
        by_jurisdiction: dict[str, int] = {}
        total = closed_n = dv = enterprise = key_enterprise = 0
        for category, jurisdiction, n, n_closed, n_dv, n_ent, n_key in rows:
            known = taxonomy.find(category)
            group = known.tally_group if known else "unmapped"
            by_group[group] = by_group.get(group, 0) + n
            by_category[category] = by_category.get(category, 0) + n
            by_jurisdiction[jurisdiction] = by_jurisdiction.get(jurisdiction, 0) + n
            total += n
            closed_n += n_closed
            dv += n_dv
            enterprise += n_ent
            key_enterprise += n_key
        distinct = self.conn.execute(
            "SELECT COUNT(DISTINCT CASE WHEN is_dv = 1 AND address_key <> ''"
            " THEN address_key END), COUNT(DISTINCT enterprise_id)"
            f" FROM incidents WHERE {where}", params
        ).fetchone()
        f = out.figures
        f["incidents_total"] = total
        f["incidents_criminal"] = by_group.get("criminal", 0)
        f["incidents_public_order"] = by_group.get("public_order", 0)
        f["incidents_traffic"] = by_group.get("traffic", 0)
        f["incidents_closed"] = closed_n
        f["dv_incidents"] = dv
        f["dv_households"] = int(distinct[0])
        f["enterprise_incidents"] = enterprise
        f["enterprise_key_incidents"] = key_enterprise
        f["enterprises_concerned"] = int(distinct[1])
        out.breakdowns["incidents_by_group"] = dict(sorted(by_group.items()))
        out.breakdowns["incidents_by_category"] = dict(sorted(by_category.items()))
        out.breakdowns["incidents_by_jurisdiction"] = dict(sorted(by_jurisdiction.items()))

    def _tally_turnouts(self, period: Period, out: Tallies) -> None:
        where, params = self._where(period, "i")
        kinds = ", ".join(f"'{k}'" for k in STREET_POST_KINDS)
        row = self.conn.execute(
            "SELECT COALESCE(SUM(a.officers), 0), COUNT(a.id),"
            " COUNT(DISTINCT CASE WHEN a.unit_code IN"
            f" (SELECT code FROM units WHERE kind IN ({kinds})) THEN a.incident_id END)"
            " FROM incidents i INDEXED BY incidents_tally"
            f" JOIN assignments a INDEXED BY assignments_turnout ON a.incident_id = i.id"
            f" WHERE {where}", params
        ).fetchone()
        out.figures["turnouts_person_times"] = int(row[0])
        out.figures["turnouts_assignments"] = int(row[1])
        out.figures["incidents_street_posts"] = int(row[2])

    def _tally_outcomes(self, period: Period, out: Tallies) -> None:
        where, params = self._where(period, "i")
        rows = self.conn.execute(
            "SELECT COALESCE(i.category_code, ''), o.assistance, SUM(o.people_caught),"
            " COUNT(*), SUM(CASE WHEN o.mediated = 0 THEN 0 ELSE 1 END)"
            f" FROM {_joined('incident_outcomes o', 'incidents i', period, self.conn)}"
            " ON o.incident_id = i.id"
            f" WHERE {where} GROUP BY 1, 2", params
        ).fetchall()
        caught = 0
        results: dict[tuple[str, str], int] = {}
        mediated: dict[str, int] = {}
        for category, assistance, n_caught, n, n_mediated in rows:
            known = self.reference.taxonomy.find(category)
            group = known.tally_group if known else "unmapped"
            caught += n_caught
            results[(group, assistance)] = results.get((group, assistance), 0) + n
            mediated[group] = mediated.get(group, 0) + n_mediated
        f = out.figures
        f["people_caught"] = caught
        for key, result, group in ASSISTANCE_FIGURES:
            f[key] = results.get((group, result), 0)
        for kind in DISPUTE_GROUPS:
            f[f"mediated_{kind}"] = mediated.get(f"dispute_{kind}", 0)

    def _tally_fraud(self, period: Period, out: Tallies) -> None:
        where, params = self._where(period, "c")
        row = self.conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(f.stop_payment_requested), 0),"
            " COALESCE(SUM(f.accounts_frozen), 0), COALESCE(SUM(f.loss_fen), 0),"
            " COALESCE(SUM(f.money_recovered_fen), 0)"
            f" FROM {_joined('fraud_reports f', 'calls c', period, self.conn)} ON c.id = f.call_id"
            f" WHERE {where}", params
        ).fetchone()
        for key, value in zip(("fraud_cases", "fraud_stop_payments", "fraud_accounts_frozen",
                               "fraud_loss_fen", "fraud_money_recovered_fen"), row, strict=True):
            out.figures[key] = int(value)

    def _tally_enterprise(self, period: Period, out: Tallies) -> None:
        where, params = self._where(period, "i")
        row = self.conn.execute(
            "SELECT COUNT(p.id), COALESCE(SUM(CASE WHEN p.acked_at IS NULL THEN 0 ELSE 1 END), 0)"
            " FROM incidents i JOIN enterprise_pushes p ON p.incident_id = i.id"
            f" WHERE {where} AND i.is_enterprise = 1", params
        ).fetchone()
        out.figures["enterprise_pushes"] = int(row[0])
        out.figures["enterprise_pushes_acked"] = int(row[1])
        self._tally_enterprise_desk(period, out)

    def _tally_enterprise_desk(self, period: Period, out: Tallies) -> None:
        """The desk's own figures: its registry, visits, pushes in time, 挂牌督办."""
        from console.domain.queues import Kind

        f = out.figures
        where, params = self._where(period, "i")
        rules = self.store.queues.queue_rules
        f["enterprise_pushes_acked_in_time"] = sum(
            1 for pushed, acked, priority in self.conn.execute(
                "SELECT p.pushed_at, p.acked_at, i.priority FROM incidents i"
                " JOIN enterprise_pushes p ON p.incident_id = i.id"
                f" WHERE {where} AND i.is_enterprise = 1 AND p.acked_at IS NOT NULL", params)
            if from_stored(acked) - from_stored(pushed)
            <= rules.allowance(Kind.PUSH_ACK, priority=int(priority)))
        row = self.conn.execute(
            "SELECT COALESCE(SUM(CASE WHEN x.resolved_at IS NULL THEN 1 ELSE 0 END), 0),"
            " COALESCE(SUM(CASE WHEN x.resolved_at IS NULL THEN 0 ELSE 1 END), 0)"
            " FROM incidents i JOIN escalations x ON x.incident_id = i.id"
            f" WHERE {where} AND x.leader <> ''", params).fetchone()
        f["enterprise_supervisions_open"], f["enterprise_supervisions_resolved"] = (
            int(row[0]), int(row[1]))
        scope, scope_params = "", []
        if period.jurisdiction:
            scope, scope_params = " AND e.jurisdiction_code = ?", [period.jurisdiction]
        end = to_stored(day_start(period.last + timedelta(days=1), self.tz))
        f["enterprises_registered"] = int(self.conn.execute(
            "SELECT COUNT(*) FROM enterprises e WHERE e.status = 'active' AND e.created_at < ?"
            + scope, [end, *scope_params]).fetchone()[0])
        f["enterprise_visits"] = int(self.conn.execute(
            "SELECT COUNT(*) FROM enterprise_service s JOIN enterprises e"
            " ON e.id = s.enterprise_id WHERE s.kind = 'visit' AND s.day BETWEEN ? AND ?"
            + scope, [period.first.isoformat(), period.last.isoformat(), *scope_params]
        ).fetchone()[0])

    def _tally_callbacks(self, period: Period, out: Tallies) -> None:
        where, params = self._where(period, "i")
        rows = self.conn.execute(
            "SELECT COALESCE(cb.rating, ''), COUNT(*), SUM(i.is_enterprise), SUM(i.is_dv)"
            f" FROM {_joined('callbacks cb', 'incidents i', period, self.conn)}"
            " ON cb.incident_id = i.id"
            f" WHERE {where} AND cb.done_at IS NOT NULL GROUP BY 1", params
        ).fetchall()
        by_rating = {r[0]: int(r[1]) for r in rows}
        f = out.figures
        f["callbacks_done"] = sum(by_rating.values())
        f["callbacks_reached"] = sum(by_rating.get(r, 0) for r in REACHED)
        f["callbacks_satisfied"] = sum(by_rating.get(r, 0) for r in SATISFIED)
        f["callbacks_dissatisfied"] = by_rating.get("dissatisfied", 0)
        f["enterprise_callbacks"] = sum(int(r[2]) for r in rows)
        enterprise = {r[0]: int(r[2] or 0) for r in rows}
        f["enterprise_callbacks_reached"] = sum(enterprise.get(r, 0) for r in REACHED)
        f["enterprise_callbacks_satisfied"] = sum(enterprise.get(r, 0) for r in SATISFIED)
        f["dv_callbacks"] = sum(int(r[3]) for r in rows)
        out.breakdowns["callbacks_by_rating"] = dict(sorted(by_rating.items()))

    def _tally_dv(self, period: Period, out: Tallies) -> None:
        """The DV desk's work on the period's DV incidents (docs/figures.md, section dv)."""
        where, params = self._where(period, "i")
        latest = ("(SELECT a.colour FROM dv_assessments a WHERE a.incident_id = i.id"
                  " ORDER BY a.id DESC LIMIT 1)")
        row = self.conn.execute(
            "SELECT COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM incident_owners o"
            "  WHERE o.incident_id = i.id) THEN 1 ELSE 0 END), 0),"
            " COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM dv_assessments a"
            "  WHERE a.incident_id = i.id) THEN 1 ELSE 0 END), 0),"
            f" COALESCE(SUM(CASE WHEN {latest} = 'red' THEN 1 ELSE 0 END), 0),"
            " COALESCE(SUM((SELECT COUNT(*) FROM dv_warnings w WHERE w.incident_id = i.id)), 0),"
            " COALESCE(SUM((SELECT COUNT(*) FROM dv_orders o WHERE o.incident_id = i.id)), 0),"
            " COALESCE(SUM((SELECT COUNT(*) FROM dv_orders o WHERE o.incident_id = i.id"
            "  AND o.decision = 'granted')), 0),"
            " COALESCE(SUM((SELECT COUNT(*) FROM dv_referrals r WHERE r.incident_id = i.id)), 0)"
            f" FROM incidents i WHERE {where} AND i.is_dv <> 0", params).fetchone()
        f = out.figures
        for key, value in zip(("dv_taken", "dv_assessed", "dv_high_risk", "dv_warnings_issued",
                               "dv_orders_applied", "dv_orders_granted", "dv_referrals"),
                              row, strict=True):
            f[key] = int(value)

    def _tally_response(self, period: Period, out: Tallies) -> None:
        deadlines = self.reference.deadlines
        dispatch_limit = _case("priority", {k: int(v.total_seconds())
                                            for k, v in deadlines.dispatch.items()})
        measures = (
            ("intake", "calls", "calls_intake_time", ("logged_at", "received_at"),
             f"disposition = 'incident' AND {MEASURED_AT_SEAT}", None),
            ("dispatch", "incidents", "incidents_dispatch_time", ("dispatched_at", "opened_at"),
             "dispatched_at IS NOT NULL", dispatch_limit),
            ("arrival", "incidents", "incidents_arrival_time", ("arrived_at", "dispatched_at"),
             "dispatched_at IS NOT NULL AND arrived_at IS NOT NULL", self._arrival_limit_sql()),
            ("reach", "incidents", "incidents_reach_time", ("arrived_at", "opened_at"),
             "arrived_at IS NOT NULL", self._arrival_limit_sql()),
        )
        f = out.figures
        for name, table, ordered, (later, earlier), timed, limit in measures:
            durations = _Durations(table, ordered if period.days > LONG_DAYS
                                   else f"{table}_tally", _seconds(later, earlier), timed)
            n, within = self._timed_count(period, durations, limit)
            f[f"{name}_measured"] = n
            f[f"{name}_median_s"] = self._nearest_rank(period, durations, n, 50)
            f[f"{name}_p90_s"] = self._nearest_rank(period, durations, n, 90)
            if limit is not None:
                f[f"{name}_within_pct"] = percent(within, n)

    def _arrival_limit_sql(self) -> str:
        """The arrival deadline of an incident row: by priority and its jurisdiction's area
        type (urban when the jurisdiction or its area type is unknown)."""
        arrival = self.reference.deadlines.arrival
        codes: dict[str, list[str]] = {}
        for code, area in self.conn.execute("SELECT code, area_type FROM jurisdictions"):
            if area != "urban" and area in arrival and str(area).isidentifier():
                codes.setdefault(area, []).append(code)
        urban = _case("priority", {k: int(v.total_seconds())
                                   for k, v in arrival["urban"].items()})
        if not codes:
            return urban
        whens = " ".join(
            "WHEN jurisdiction_code IN ({}) THEN {}".format(
                ", ".join(_quoted(c) for c in sorted(members)),
                _case("priority", {k: int(v.total_seconds())
                                   for k, v in arrival[area].items()}))
            for area, members in sorted(codes.items()))
        return f"CASE {whens} ELSE {urban} END"

    def _timed_count(self, period: Period, durations: _Durations,
                     limit: str | None) -> tuple[int, int]:
        """How many rows of the period have a duration, and how many of those are within
        `limit` (0 without one). The indexes hold every column the limit reads."""
        where, params = self._where(period)
        within = f"COALESCE({count_if(f'{durations.seconds} <= {limit}')}, 0)" if limit \
            else "0"
        row = self.conn.execute(
            f"SELECT COUNT(*), {within} FROM {durations.table} INDEXED BY {durations.index}"
            f" WHERE {durations.timed} AND {durations.seconds} IS NOT NULL AND {where}",
            params).fetchone()
        return int(row[0]), int(row[1])

    def _nearest_rank(self, period: Period, durations: _Durations,
                      n: int, p: int) -> float | None:
        """The duration at rank ceil(n·p/100), read at an offset into the durations in order:
        from the end nearer to that rank, so that p90 skips a tenth of them, not nine."""
        if n == 0:
            return None
        rank = (n * p + 99) // 100
        order, offset = ("ASC", rank - 1) if rank - 1 <= n - rank else ("DESC", n - rank)
        where, params = self._where(period)
        row = self.conn.execute(
            f"SELECT {durations.seconds} FROM {durations.table} INDEXED BY {durations.index}"
            f" WHERE {durations.timed} AND {durations.seconds} IS NOT NULL AND {where}"
            f" ORDER BY {durations.seconds} {order} LIMIT 1 OFFSET ?",
            [*params, offset]).fetchone()
        return None if row is None else row[0]


_CLOSED_STAGE = f"stage IN ('{Stage.CLOSED.value}', '{Stage.CALLED_BACK.value}')"


def refill_tally_counts(conn: sqlite3.Connection) -> None:
    """Recount the per-day count tables from the rows (as migration 0007 first did).

    For bulk loads that drop the counting triggers: one GROUP BY per table is far
    cheaper than a trigger firing for each of a million rows.
    """
    conn.execute("DELETE FROM call_hours")
    conn.execute("DELETE FROM call_kinds")
    conn.execute("DELETE FROM incident_kinds")
    conn.execute("INSERT INTO call_hours (day, hour, calls)"
                 " SELECT day, substr(received_at, 1, 13), COUNT(*) FROM calls GROUP BY 1, 2")
    conn.execute("INSERT INTO call_kinds (day, line, disposition, calls)"
                 " SELECT day, line, disposition, COUNT(*) FROM calls GROUP BY 1, 2, 3")
    conn.execute(
        "INSERT INTO incident_kinds (day, category_code, jurisdiction_code, incidents, closed,"
        " dv, enterprise, key_enterprise)"
        " SELECT day, COALESCE(category_code, ''), COALESCE(jurisdiction_code, ''), COUNT(*),"
        f" {count_if(_CLOSED_STAGE)},"
        f" SUM(is_dv), SUM(is_enterprise), {count_if('enterprise_id IS NOT NULL')}"
        " FROM incidents GROUP BY 1, 2, 3")

