"""The console as a user meets it, in a process of its own: `python -m bench.gui_probe`.

`--mode floor`: an empty PySide6 window, the floor of a start. `--mode start`: the console
(`console.app.run_gui`) to its login window, logged in by keys typed into the dialog, to
the main window. `--mode session`: after login, a script types a call (F2, the number key
by key, name, address, category, summary, Ctrl+Enter), then opens the board (Ctrl+2), the
queues (Ctrl+5) and the summary (Ctrl+6), keys sent to the focused widget as a person's
would be, while a watchdog timer asking to run every 10 ms records the event loop's
pauses. Each line printed is `mark NAME SECONDS` (time.time(), for the parent's clock) or
`result {json}`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

STEP_MS = 5  # how often the script looks whether it may go on
KEY_GAP_MS = 60  # between two keys typed
SETTLE_MS = 1500  # after opening a view: its reads land meanwhile
STALL_MS = 50  # a pause longer than this is listed with the step it happened in


def mark(name: str) -> None:
    print(f"mark {name} {time.time():.6f}", flush=True)


def peak_rss_mb() -> float:
    """This process's RSS high-water mark. Linux's VmHWM is this program's own; getrusage's
    ru_maxrss would also count the parent's memory at the fork, which it carries over exec."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):  # noqa: SIM115
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux


def exposed(widget: QWidget | None) -> bool:
    if widget is None or not widget.isVisible():
        return False
    handle = widget.windowHandle()
    return handle is not None and handle.isExposed()


class Watchdog:
    """The event loop's pauses, seen by a timer that asks to run every 10 ms."""

    def __init__(self) -> None:
        self.longest = 0
        self.step = "start"
        self.stalls: list[tuple[str, int]] = []
        self.clock = QElapsedTimer()
        self.clock.start()
        self._last = self.clock.elapsed()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        gap = now - self._last
        self._last = now
        self.longest = max(self.longest, gap)
        if gap > STALL_MS:
            self.stalls.append((self.step, gap))


class PaintSeen(QObject):
    """When a widget was last painted (time.perf_counter())."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.times: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None:
        raise SystemExit("nothing has the keyboard focus")
    return widget


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, modifier)


def commit_text(text: str) -> None:
    """Chinese arrives as an input method commits it; anything else key by key."""
    if text.isascii():
        QTest.keyClicks(focused(), text)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(focused(), event)


Wait = Callable[[], bool]


def after(ms: int) -> Wait:
    until = time.perf_counter() + ms / 1000
    return lambda: time.perf_counter() >= until


class Runner:
    """Steps a script (a generator of conditions) from a timer, so the event loop runs between
    its keys exactly as it does between a person's."""

    def __init__(self, script: Iterator[Wait]) -> None:
        self.script = script
        self.waiting: Wait = lambda: True
        self.timer = QTimer()
        self.timer.setInterval(STEP_MS)
        self.timer.timeout.connect(self._step)
        self.timer.start()

    def _step(self) -> None:
        if not self.waiting():
            return
        try:
            self.waiting = next(self.script)
        except StopIteration:
            self.timer.stop()


def top(kind: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == kind and widget.isVisible():
            return widget
    return None


def log_in(user: str, password: str) -> Iterator[Wait]:
    yield lambda: exposed(top("LoginDialog"))
    mark("login_shown")
    dialog = top("LoginDialog")
    assert dialog is not None
    if focused() is not getattr(dialog, "username", None):
        key(Qt.Key.Key_Backtab)
    QTest.keyClicks(focused(), user)
    key(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), password)
    mark("login_submitted")
    key(Qt.Key.Key_Return)
    yield lambda: exposed(top("MainWindow"))
    mark("main_shown")


def session(user: str, password: str, number: str, out: dict[str, object]) -> Iterator[Wait]:
    yield from log_in(user, password)
    from console.ui.intake import IntakeView

    window = top("MainWindow")
    assert window is not None
    yield after(500)
    dog = Watchdog()
    intake = window.findChild(IntakeView)
    assert intake is not None, "the operator's window has no intake"
    found: list[float] = []
    intake.lookup.found.connect(
        lambda request, _result: found.append(time.perf_counter())
        if request.number == number else None)
    painted = PaintSeen(intake.history.table.viewport())
    dog.step = "new call (F2)"
    key(Qt.Key.Key_F2)
    yield lambda: focused() is intake.form.caller_number
    dog.step = "typing the number"
    eleventh = 0.0
    for n, digit in enumerate(number, 1):
        if n == len(number):
            eleventh = time.perf_counter()
        QTest.keyClicks(focused(), digit)
        yield after(KEY_GAP_MS)
    dog.step = "history shown"
    yield lambda: bool(found) and any(t > found[0] for t in painted.times)
    out["history_ms"] = (min(t for t in painted.times if t > found[0]) - eleventh) * 1000
    dog.step = "typing the call"
    for text in ("王芳", "田家庵区朝阳路18号"):
        key(Qt.Key.Key_Tab)
        commit_text(text)
        yield after(KEY_GAP_MS)
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Tab)
    for letter in "jtsg":
        QTest.keyClicks(focused(), letter)
        yield after(KEY_GAP_MS)
    key(Qt.Key.Key_Tab)
    commit_text("两车相撞，无人受伤")
    yield after(KEY_GAP_MS)
    saved: list[int] = []
    intake.saved.connect(saved.append)
    dog.step = "saving the call"
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    yield lambda: bool(saved)
    yield after(KEY_GAP_MS * 5)
    for name, shortcut in (("board", Qt.Key.Key_2), ("queues", Qt.Key.Key_5),
                           ("summary", Qt.Key.Key_6)):
        dog.step = f"opening the {name}"
        key(shortcut, Qt.KeyboardModifier.ControlModifier)
        yield after(SETTLE_MS)
    out["longest_stall_ms"] = dog.longest
    out["stalls"] = dog.stalls
    out["watched_ms"] = dog.clock.elapsed()
    out["peak_rss_mb"] = peak_rss_mb()
    out["saved"] = len(saved)


def finish(out: dict[str, object]) -> Iterator[Wait]:
    print("result " + json.dumps(out), flush=True)
    os._exit(0)  # the measure is taken: no closing dialogs
    yield lambda: True  # pragma: no cover


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gui_probe")
    parser.add_argument("--mode", choices=("floor", "start", "session"), required=True)
    parser.add_argument("--db", default="")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--number", default="")
    args = parser.parse_args(argv)
    if args.mode == "floor":
        app = QApplication(sys.argv[:1])
        window = QWidget()
        window.resize(1400, 850)
        window.show()

        def shown() -> None:
            if exposed(window):
                mark("window_shown")
                print("result " + json.dumps({"peak_rss_mb": peak_rss_mb()}), flush=True)
                os._exit(0)

        poll = QTimer()
        poll.timeout.connect(shown)
        poll.start(STEP_MS)
        return app.exec()

    from console.app import application, run_gui

    application()
    out: dict[str, object] = {}

    def script() -> Iterator[Wait]:
        if args.mode == "start":
            yield from log_in(args.user, args.password)
            out["peak_rss_mb"] = peak_rss_mb()
        else:
            yield from session(args.user, args.password, args.number, out)
        yield from finish(out)

    runner = Runner(script())
    run_gui(args.db, "zh_CN")
    del runner
    print("result " + json.dumps({"error": "the console closed before the script ended",
                                  **out}), flush=True)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
