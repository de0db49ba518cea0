"""Screenshots of the login dialog and the main window, in Chinese, on a fictional database.

Run with QT_QPA_PLATFORM=offscreen; writes docs/login.png and docs/main_window.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import own_settings, shot_application

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.store import Store
from console.ui.shell import LoginDialog, MainWindow

DOCS = Path(__file__).resolve().parents[1]
SIZE = (1400, 850)

CALLS = [
    ("13805540110", "田家庵区洞山中路18号", "340403", "theft", "电动车在小区楼下被盗"),
    ("13955400077", "大通区大通街道新华路6号", "340402", "fight", "饭店门口两人斗殴"),
    ("15155400031", "谢家集区蔡家岗街道平安里3栋", "340404", "noise", "楼上深夜装修噪音扰民"),
    ("13605540888", "凤台县城关镇淮河路22号", "340421", "traffic_accident", "两车追尾，无人受伤"),
]


def fictional_store(folder: Path) -> Store:
    clock = FixedClock(datetime(2026, 11, 29, 2, 30, tzinfo=UTC))
    store = Store.open(folder / "console.db", clock=clock)
    store.set_setting("demo", "1")
    operator = store.accounts.add_operator("ct01", "张明", "call_taker", "Shots-Pass-2026")
    store.accounts.add_operator("sv01", "李强", "supervisor", "Shots-Pass-2026")
    for number, address, district, category, summary in CALLS:
        store.calls.log_call(CallDraft(caller_number=number, address=address,
                                       jurisdiction_code=district, category_code=category,
                                       summary=summary), operator.id, seat="A01")
        clock.advance(minutes=7)
    return store


def main() -> int:
    app, _translators = shot_application()  # as the console starts, with its own CJK font
    with tempfile.TemporaryDirectory() as tmp:
        own_settings(tmp)
        store = fictional_store(Path(tmp))
        try:
            login = LoginDialog(store)
            login.username.setText("sv01")
            login.resize(480, login.sizeHint().height())
            login.show()
            app.processEvents()
            login.grab().save(str(DOCS / "login.png"))
            login.close()

            supervisor = store.accounts.authenticate("sv01", "Shots-Pass-2026")
            assert supervisor is not None
            window = MainWindow(store, supervisor, "zh_CN")
            window.resize(*SIZE)
            window.show()
            window.show_view("intake")
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(DOCS / "main_window.png"))
            window.close()
        finally:
            store.close()
    print(f"saved {DOCS / 'login.png'} and {DOCS / 'main_window.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
