"""A call's row, as intake saves it, for every kind of call."""

from __future__ import annotations

from console.demo.world import World
from console.domain import demo_mix as mix


class CallRows:
    def __init__(self, world: World):
        self.w = world
        self.text = world.times.text
        self.rows = world.rows
        self.day_text = ""

    def add(self, received: int, logged: int, line: str, number: str, name: str,
            address: str, key: str, jur: str | None, category: str | None, priority: int,
            summary: str, disposition: str, incident_id: int | None, transfer: str = "",
            dv: int = 0, ent: int = 0, incomplete: str = "", *, taker: tuple[int, str]
            ) -> int:
        call_id = self.rows.new_id("calls")
        text = self.text
        self.rows["calls"].append((
            call_id, line, text(received), text(logged), self.day_text, number, number, name,
            address, key, jur, category, priority, summary, disposition, incident_id, transfer,
            dv, ent, incomplete, taker[0], taker[1], "demo"))
        return call_id

    def line_for(self, group: str) -> str:
        share = mix.LINE_122.get(group, mix.LINE_122["other"])
        return "122" if self.w.dice.random() < share else "110"

    def summary_for(self, code: str, group: str) -> str:
        texts = mix.SUMMARIES.get(code) or mix.GROUP_SUMMARIES.get(group)
        return self.w.dice.pick(texts) if texts else self.w.category[code].name_zh
