"""A county run sheet's mapping: one row per responding unit, separate date and time-of-day
columns, grouped into incidents by date, type and the time received."""

RUN_SHEET = """
name = "county_runs"
timezone = "Asia/Shanghai"
time_formats = ["%H:%M:%S", "%H:%M"]
date_formats = ["%Y-%m-%d"]

[columns]
date = ["Date"]
received = ["Received"]
dispatched = ["Dispatched"]
arrived = ["Arrived"]
cleared = ["Cleared"]
type = ["Type"]
unit = ["Unit"]

[fields]
received_at = { date = "date", time = "received" }
dispatched_at = { date = "date", time = "dispatched" }
arrived_at = { date = "date", time = "arrived" }
handled_at = { date = "date", time = "cleared" }
category = "type"

[incident]
key = ["date", "type", "received"]
unit = "unit"

[values.category]
default = "unmapped"
codes = { "FIGHT" = "fight", "THEFT" = "theft" }
"""
