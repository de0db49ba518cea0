"""Every queue kind's overdue escalation reads with its own name on the timeline.

A kind added to the queues without a name here would read "A queue item overdue" on the
incident's timeline: the supervisor could not tell what was missed.
"""

from __future__ import annotations

import pytest

from console.domain.queue_kinds import codes
from console.ui.board.labels import overdue_name
from console.ui.shell.language import install_translators, remove_translators


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_queue_kind_has_its_own_overdue_name(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, lang) if lang != "en" else []
    try:
        fallback = overdue_name("no_such_kind")
        names = {code: overdue_name(code) for code in codes()}
        assert all(name and name != fallback for name in names.values()), names
        assert len(set(names.values())) == len(names), names
        if lang == "zh_CN":
            assert names["dv_followup"] == "反家暴查访"
            assert all(any("\u4e00" <= ch <= "\u9fff" for ch in n) for n in names.values()), names
    finally:
        remove_translators(qapp, translators)
