"""The rows made so far, table by table, with the next id of each table.

Rows are built in id order, so an id is known without reading back; they are handed to
the store's bulk loader in batches, and the event log of the incidents written so far is
derived there.
"""

from __future__ import annotations

from console.store.bulk import COLUMNS, Loader

BATCH_ROWS = 100_000

Row = tuple[object, ...]


class Rows:
    def __init__(self) -> None:
        self.tables: dict[str, list[Row]] = {t: [] for t in COLUMNS}
        self.extra_events: list[Row] = []
        self.extra_count = 0
        self.next_id: dict[str, int] = dict.fromkeys(COLUMNS, 1)
        self.loader: Loader | None = None
        self.flushed = 0  # the last incident whose row is made
        self.events_done = 0  # the last incident whose events are derived

    def __getitem__(self, table: str) -> list[Row]:
        return self.tables[table]

    def new_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def event(self, incident_id: int, at: str, order: int, operator_id: int | None, kind: str,
              detail: str) -> None:
        """A ready-made event (console.store.bulk.EXTRA_EVENTS); `order` after the derived
        ones of the same moment: 18 escalate, 19 resolve."""
        self.extra_count += 1
        self.extra_events.append((incident_id, at, order, self.extra_count, operator_id, kind,
                                  None, None, detail))

    def size(self) -> int:
        return sum(len(r) for r in self.tables.values())

    def write(self) -> None:
        """Hand the rows to the loader, then have it derive the events of written incidents."""
        loader = self.loader
        assert loader is not None
        for table, rows in self.tables.items():
            if rows:
                loader.insert(table, rows)
                self.tables[table] = []
        if self.extra_events:
            loader.extra_events(self.extra_events)
            self.extra_events = []
        if self.flushed > self.events_done:
            loader.derive_events(self.events_done + 1, self.flushed)
            self.events_done = self.flushed
