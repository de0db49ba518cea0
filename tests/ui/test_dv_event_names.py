"""The DV desk's page names every entry of an incident's timeline in the user's language:
no event kind, stage or unit status shows as its code."""

from __future__ import annotations

import pytest

from console.domain.events import EventKind
from console.domain.lifecycle import Stage
from console.ui.dv_desk.texts import event_name
from console.ui.shell.language import install_translators, remove_translators

ENTRIES = ([(k.value, None, {}) for k in EventKind if k not in (EventKind.STAGE,
                                                                 EventKind.DV_DESK)]
           + [("stage", s.value, {}) for s in Stage]
           + [("unit_status", None, {"status": s}) for s in ("en_route", "on_scene", "cleared")]
           + [("ack", None, {}), ("resolve", None, {})])  # old spellings


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_timeline_entry_has_a_name(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, lang) if lang != "en" else []
    try:
        names = {(kind, stage, str(detail)): event_name(kind, stage, detail)
                 for kind, stage, detail in ENTRIES}
    finally:
        remove_translators(qapp, translators)
    assert not [n for n in names.values() if "_" in n or n in ("ack", "resolve")], names
    if lang == "zh_CN":
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in n) for n in names.values()), names
        assert names[("unit_status", None, "{'status': 'on_scene'}")] == "出警单位到场"
