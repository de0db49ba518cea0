"""The operation layer: work off the GUI thread, results on it, errors to one place."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread

from console.domain.calls import CallDraft
from console.store import DatabaseBusyError, InputRefused, Store
from console.store.enterprise_loop import CallbackFirst
from console.ui.changes import ChangeWatcher
from console.ui.ops import Operations
from tests.ui.stalls import Watchdog, write_lock_held


def _draft() -> CallDraft:
    return CallDraft(caller_number="13800001111", caller_name="王芳",
                     address="田家庵区朝阳路18号", jurisdiction_code="340403",
                     category_code="theft", summary="电动车被盗", disposition="incident")


@pytest.fixture
def ops(store: Store, qtbot) -> Iterator[Operations]:  # type: ignore[no-untyped-def]
    changes = ChangeWatcher(store)
    operations = Operations(store, changes)
    yield operations
    operations.shutdown()
    changes.stop()


def test_a_write_runs_on_its_lane_and_reports_on_the_gui_thread(ops, store, qtbot) -> None:
    seen: dict[str, object] = {}

    def work(s: Store) -> object:
        seen["thread"] = QThread.currentThread()
        seen["connection"] = s.conn
        return s.calls.log_call(_draft(), None)

    results: list[object] = []
    ops.write(work, success=results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert seen["thread"] is not QThread.currentThread()
    assert seen["connection"] is not store.conn
    saved = results[0]
    # in the file
    assert store.incidents.incident(saved.incident_id).number == saved.incident_number


def test_the_change_feed_hears_of_a_write_at_once(ops, store, qtbot) -> None:
    changes = ops._changes
    with qtbot.waitSignal(changes.incidentsChanged, timeout=2000) as blocker:
        ops.write(lambda s: s.calls.log_call(_draft(), None))
    assert len(blocker.args[0]) == 1


def test_a_locked_file_never_freezes_the_window_and_the_write_lands_after(
        ops, store, db_path: Path, qtbot) -> None:
    with write_lock_held(db_path, 3):
        watchdog = Watchdog()
        saved: list[object] = []
        ops.write(lambda s: s.calls.log_call(_draft(), None), success=saved.append)
        qtbot.waitUntil(lambda: bool(saved), timeout=20000)
        waited = watchdog.stop()
    assert waited >= 2000  # it really waited for the other process's lock
    assert watchdog.longest < 100  # …and the event loop never stalled meanwhile
    assert store.count("calls") == 1


def test_latest_wins_for_reads_with_one_key(ops, qtbot) -> None:
    gate = threading.Event()
    delivered: list[int] = []

    def slow(n: int):  # type: ignore[no-untyped-def]
        def work(_: Store) -> int:
            gate.wait(5)
            return n
        return work

    for n in range(3):
        ops.read(slow(n), success=delivered.append, key="history")
    gate.set()
    qtbot.waitUntil(lambda: not ops.busy())
    assert delivered == [2]


def test_debounce_starts_only_after_a_pause(ops, qtbot) -> None:
    runs: list[int] = []
    for n in range(5):
        ops.read(lambda _s, n=n: runs.append(n) or n, key="lookup", debounce_ms=30)
    qtbot.waitUntil(lambda: bool(runs) and not ops.busy())
    assert runs == [4]


def test_a_refusal_goes_to_the_failure_callback_and_keeps_nothing(ops, store, qtbot) -> None:
    bad = _draft()
    bad = CallDraft(**{**bad.__dict__, "summary": "\x00" * 3})
    errors: list[BaseException] = []
    ops.write(lambda s: s.calls.log_call(bad, None), failure=lambda e: errors.append(e) or True)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], InputRefused)
    assert store.count("calls") == 0


def test_an_unhandled_known_error_reaches_the_message_bridge(ops, qtbot) -> None:
    def busy(s: Store) -> None:
        raise DatabaseBusyError(s.path, "database is locked")

    with qtbot.waitSignal(ops.problem, timeout=5000) as blocker:
        ops.read(busy)
    assert "busy" in blocker.args[0] or "忙" in blocker.args[0]


def test_a_close_before_the_enterprise_callback_says_what_to_do(ops, qtbot) -> None:
    def close(s: Store) -> None:
        raise CallbackFirst()

    with qtbot.waitSignal(ops.problem, timeout=5000) as blocker:
        ops.write(close)
    said = blocker.args[0]
    assert ("call the enterprise back" in said) or ("回访企业" in said)


def test_a_bug_reaches_the_crash_reporter(ops, qtbot, monkeypatch) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append(exc))
    ops.read(lambda s: 1 / 0)
    qtbot.waitUntil(lambda: bool(reported))
    assert isinstance(reported[0], ZeroDivisionError)


def test_widgets_are_disabled_while_their_operation_runs(ops, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("保存")
    qtbot.addWidget(button)
    gate = threading.Event()
    ops.write(lambda _s: gate.wait(5), disable=[button])
    assert not button.isEnabled()
    gate.set()
    qtbot.waitUntil(button.isEnabled)


def test_shutdown_finishes_every_write_already_given(store, db_path: Path) -> None:
    ops = Operations(store)
    for _ in range(5):
        ops.write(lambda s: s.calls.log_call(_draft(), None))
    ops.shutdown()
    with Store.open(db_path) as other:
        assert other.count("calls") == 5


def test_settled_runs_after_a_bug_too(ops, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: None)
    settled: list[bool] = []
    ops.write(lambda s: 1 / 0, settled=lambda: settled.append(True))
    qtbot.waitUntil(lambda: bool(settled))


def test_asking_at_once_drops_a_paused_request_under_the_key(ops, qtbot) -> None:
    runs: list[str] = []
    ops.read(lambda _s: runs.append("paused"), key="lookup", debounce_ms=50)
    ops.read(lambda _s: runs.append("at once"), key="lookup")
    qtbot.waitUntil(lambda: bool(runs) and not ops.busy())
    assert runs == ["at once"]
    assert not ops._timers["lookup"].isActive()  # the paused one will never start


def test_a_cancelled_key_delivers_nothing(ops, qtbot) -> None:
    gate = threading.Event()
    delivered: list[int] = []
    ops.read(lambda _s: gate.wait(5) and 1, success=delivered.append, key="history")
    ops.cancel("history")
    gate.set()
    qtbot.waitUntil(lambda: not ops.busy())
    assert delivered == []


def test_a_write_waiting_for_a_busy_file_says_so(ops, db_path: Path, qtbot) -> None:
    with write_lock_held(db_path, 2.5):
        with qtbot.waitSignal(ops.retrying, timeout=10000):
            job = ops.write(lambda s: s.calls.log_call(_draft(), None))
        assert job > 0
        qtbot.waitUntil(lambda: not ops.busy(), timeout=20000)


class _Probe:
    """Notes the thread it is let go on (a job's callbacks hold widgets in the console)."""

    def __init__(self, freed_on: list[threading.Thread]):
        self._freed_on = freed_on

    def __del__(self) -> None:
        self._freed_on.append(threading.current_thread())


def test_what_a_job_holds_is_let_go_on_the_gui_thread(ops, qtbot) -> None:
    freed_on: list[threading.Thread] = []
    results: list[object] = []
    failures: list[BaseException] = []

    def submit(lane_write: bool, fail: bool) -> None:
        probe = _Probe(freed_on)

        def work(_: Store) -> object:
            if fail:
                raise InputRefused([])  # the error's traceback holds this frame too
            return probe

        if lane_write:
            ops.write(work, success=lambda r, p=probe: results.append(r),
                      failure=lambda e, p=probe: failures.append(e) or True)
        else:
            ops.read(work, success=lambda r, p=probe: results.append(r))

    for lane_write, fail in ((True, False), (False, False), (True, True)):
        submit(lane_write, fail)
    qtbot.waitUntil(lambda: not ops.busy())
    assert len(results) == 2 and len(failures) == 1
    results.clear()
    failures.clear()
    gc.collect()
    assert len(freed_on) == 3
    assert set(freed_on) == {threading.main_thread()}


def test_a_write_goes_between_the_batches_of_a_long_write(ops, store, qtbot) -> None:
    first_batch, go_on = threading.Event(), threading.Event()

    def long_write(s: Store) -> int:
        """As an import: a batch committed, then more to come."""
        s.calls.log_call(_draft(), None)
        first_batch.set()
        go_on.wait(20)
        s.calls.log_call(_draft(), None)
        return 2

    finished: list[int] = []
    ops.write(long_write, bulk=True, success=finished.append)
    qtbot.waitUntil(first_batch.is_set)
    saved: list[object] = []
    ops.write(lambda s: s.calls.log_call(_draft(), None), success=saved.append)
    qtbot.waitUntil(lambda: bool(saved))  # the call is in while the long write goes on
    assert finished == [] and store.count("calls") == 2
    go_on.set()
    qtbot.waitUntil(lambda: finished == [2])
    assert store.count("calls") == 3
