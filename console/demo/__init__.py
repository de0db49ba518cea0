"""Fictional demo data for `console110 demo`: a year of the centre's work in about a minute.

What is made follows the reference year (console/domain/demo_mix.py): calls on lines 110/122
with an hourly curve, incidents with their whole stage history (events, unit assignments,
outcomes), key enterprises with their three responsible persons and the 一警三派 pushes, DV
households with repeat incidents, callbacks with ratings, escalations and fraud reports.

History is left as a working centre leaves it (警情清零): every incident of an earlier day
closed, its pushes acknowledged and its callbacks made; work done late is rare, and leaves
the escalations the queues raise. The end day runs up to "now", with incidents in every
open stage and a few items overdue, escalated as far as the escalation pass would have
taken them, so the queues' counts are right from the start. Calls are marked
`source = 'demo'`; 12345 ticket references read `GD<day><seq>`.

Modules: accounts (operators and shifts), places (addresses, callers, units),
enterprises (the registry), calls (a day's calls and their follow-ups), incidents (the
lifecycle), loop (pushes, callbacks, escalations), escalation (deadlines and what overdue
items leave behind), fraud (fraud reports), rows (row buffers), generate (the entry point).
The SQL of the load itself is the store's (console/store/bulk.py).
"""

from console.demo.accounts import DEMO_PASSWORD, ROLE_ACCOUNTS
from console.demo.generate import DemoSummary, generate

__all__ = ["DEMO_PASSWORD", "ROLE_ACCOUNTS", "DemoSummary", "generate"]
