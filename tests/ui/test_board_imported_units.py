"""An imported incident's units (a run sheet's one row per responding unit) on its page on the
board: read from the store on the read lane, listed with their times, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from run_sheet import RUN_SHEET

from console.domain.calls import CallDraft
from console.domain.mapping import load_mapping
from console.store import Store
from console.store.incidents import ImportedUnit
from console.store.records import Operator
from console.ui.board import BoardView
from console.ui.board.imported_units import ImportedUnitsModel
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext

BOTH_ENGINES = True

# The fight: two units, the second arriving after midnight; the theft: one unit, no arrival.
RUN_ROWS = ["Date,Received,Dispatched,Arrived,Cleared,Type,Unit",
            "2018-03-01,23:50,23:52,23:58,00:40,FIGHT,E12",
            "2018-03-01,23:50,23:53,00:03,00:20,FIGHT,M5",
            "2018-03-01,08:00,08:02,,08:30,THEFT,P1"]


def _imported(store: Store, tmp_path: Path) -> tuple[int, int]:
    """Import the run sheet: (the fight's incident id, the theft's)."""
    mapping_path = tmp_path / "county_runs.toml"
    mapping_path.write_text(RUN_SHEET, encoding="utf-8")
    data = tmp_path / "runs.csv"
    data.write_text("\n".join(RUN_ROWS) + "\n", encoding="utf-8")
    report = store.imports.import_calls([data], load_mapping(mapping_path))
    assert (report.incidents, report.unit_rows) == (2, 1)
    ids = [int(r[0]) for r in store.conn.execute(
        "SELECT id FROM incidents ORDER BY opened_at DESC").fetchall()]
    return ids[0], ids[1]


def test_the_store_reads_an_imported_incidents_units_in_the_sources_order(
        store: Store, tmp_path: Path, operator: Operator) -> None:
    fight, theft = _imported(store, tmp_path)
    assert store.incidents.imported_units(fight) == [
        ImportedUnit("E12", "2018-03-01T15:52:00.000Z", "2018-03-01T15:58:00.000Z"),
        ImportedUnit("M5", "2018-03-01T15:53:00.000Z", "2018-03-01T16:03:00.000Z")]
    assert store.incidents.imported_units(theft) == [
        ImportedUnit("P1", "2018-03-01T00:02:00.000Z", None)]
    saved = store.calls.log_call(CallDraft(
        caller_number="13800001111", address="田家庵区舜耕路12号", jurisdiction_code="340403",
        category_code="theft", priority=2, summary="电动车被盗", disposition="incident"),
        operator.id)
    assert saved.incident_id is not None
    assert store.incidents.imported_units(saved.incident_id) == []  # logged here: none


def test_the_model_passes_the_model_tester(qtmodeltester, store: Store) -> None:
    model = ImportedUnitsModel(store.tz)
    qtmodeltester.check(model)
    model.set_units([ImportedUnit("E12", "2018-03-01T15:52:00.000Z", None),
                     ImportedUnit("M5", "2018-03-01T15:53:00.000Z", "2018-03-01T16:03:00.000Z")],
                    "2018-03-01T15:50:00.000Z")
    qtmodeltester.check(model)


@pytest.fixture
def ctx(store: Store) -> Iterator[ViewContext]:
    dispatcher = store.accounts.add_operator("dd01", "陈刚", "dispatcher", "secret-110")
    watcher = ChangeWatcher(store, interval_ms=100)
    context = ViewContext(store, dispatcher, "en", watcher)
    yield context
    context.ops.shutdown()
    watcher.stop()


def _rows(view: BoardView) -> list[list[str]]:
    model = view.detail.imported_units.model()
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_incident_page_lists_an_imported_incidents_units_with_their_times(
        qtbot: QtBot, store: Store, ctx: ViewContext, tmp_path: Path) -> None:
    fight, theft = _imported(store, tmp_path)  # by the system, as the command line does
    store.actor = ctx.operator  # then the dispatcher logs in: the lanes read as them
    logged = store.calls.log_call(CallDraft(
        caller_number="13800001111", address="田家庵区舜耕路12号", jurisdiction_code="340403",
        category_code="theft", priority=2, summary="电动车被盗", disposition="incident"),
        ctx.operator.id).incident_id
    assert logged is not None
    board = BoardView(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 850)
    board.show()
    qtbot.waitExposed(board)
    detail = board.detail

    assert board.select_incident(fight)
    qtbot.waitUntil(detail.imported_units.isVisible)
    assert detail.imported_title.isVisible()
    assert _rows(board) == [["E12", "23:52:00", "23:58:00"],
                            ["M5", "23:53:00", "03-02 00:03:00"]]  # past midnight: dated
    model = detail.imported_units.model()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Dispatched"
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) == "2018-03-02 00:03:00"
    assert detail.assignments.topLevelItemCount() == 0  # none of this centre's units

    assert board.select_incident(theft)
    qtbot.waitUntil(lambda: _rows(board) == [["P1", "08:02:00", "—"]])
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Not in the source record"

    assert board.select_incident(logged)  # an incident logged here lists none
    qtbot.waitUntil(lambda: not detail.imported_units.isVisible())
    assert not detail.imported_title.isVisible() and _rows(board) == []
