"""Screenshot of the administrator's import screen after a day's export from another system, in
Chinese, on a fictional database and export: docs/import_screen.png.

The export has what real ones have: a row with a time no format reads, a blank line, a last
line without a line break, a call type the mapping does not know.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _common import own_settings, settle, shot_application

from console.domain.clock import FixedClock
from console.store import Store
from console.ui.admin import ImportDialog
from console.ui.shell import MainWindow

DOCS = Path(__file__).resolve().parents[1]
SIZE = (760, 720)

MAPPING = """
name = "neighbour_city"
timezone = "Asia/Shanghai"
time_formats = ["%Y-%m-%d %H:%M:%S"]
without_close_time = "handled"
identity = ["ref"]

[columns]
received = ["Received"]
dispatched = { names = ["Dispatched"], optional = true }
arrived = { names = ["Arrived"], optional = true }
type = ["Type"]
street = ["Street"]
ref = ["Ref"]

[fields]
received_at = "received"
dispatched_at = "dispatched"
arrived_at = "arrived"
category = "type"
address = "street"
summary = "邻市警情 {ref} {type}"

[values.category]
default = "unmapped"
codes = { "THEFT" = "theft", "FIGHT" = "fight", "ASK" = "inquiry" }
"""

ROWS = [
    "Received,Dispatched,Arrived,Type,Street,Ref",
    "2026-11-27 08:00:00,2026-11-27 08:01:00,2026-11-27 08:09:00,THEFT,舜耕路12号,N1",
    "2026-11-27 09:30:00,,,ASK,洞山路3号,N2",
    "2026-11-27 10:15:00,2026-11-27 10:16:00,,FIGHT,龙湖路8号,N3",
    "",
    "soon,,,THEFT,淮舜路1号,N4",
    "2026-11-27 11:40:00,2026-11-27 11:42:00,2026-11-27 11:50:00,UFO,人民路7号,N5",
]


def main() -> int:
    app, keep = shot_application()  # as the console starts, with its own CJK font
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        own_settings(folder / "settings")
        exports = folder / "exports"
        exports.mkdir()
        mapping = exports / "neighbour_city.toml"
        mapping.write_text(MAPPING, encoding="utf-8")
        data = exports / "calls_1127.csv"
        data.write_text("\n".join(ROWS), encoding="utf-8")  # no line break at the end
        store = Store.open(folder / "console.db",
                           clock=FixedClock(datetime(2026, 11, 29, 2, 0, tzinfo=UTC)))
        admin = store.accounts.add_operator("admin01", "孙立", "admin", "Shots-Pass-2026")
        window = MainWindow(store, admin, "zh_CN")
        window.show()
        dialog = window.open_tool("import_calls")
        assert isinstance(dialog, ImportDialog)
        dialog.resize(*SIZE)
        dialog.file.setText(str(data))
        dialog.mapping.setEditText(str(mapping))
        dialog.skip_bad.setChecked(True)
        dialog.start()
        settle(app, lambda: dialog.running is None, seconds=30, rounds=10)
        dialog.grab().save(str(DOCS / "import_screen.png"))
        dialog.close()
        window.close()
        store.close()
    del keep
    print(f"saved {DOCS / 'import_screen.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
