"""The incident taxonomy and its quick search (Chinese, English or pinyin initials)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

TALLY_GROUPS: tuple[str, ...] = (
    "criminal",
    "public_order",
    "traffic",
    "fire",
    "assist_missing",
    "assist_selfharm",
    "assist_trapped",
    "assist_lost_property",
    "assist_other",
    "dispute_neighbour",
    "dispute_economic",
    "dispute_consumer",
    "dispute_family",
    "domestic_violence",
    "telecom_fraud",
    "non_police",
    "inquiry",
    "complaint",
    "nuisance",
    "silent",
    "duplicate",
    "unmapped",
)
DESKS: tuple[str, ...] = ("dispatch", "dv", "enterprise", "transfer_12345", "none")
PRIORITIES: tuple[int, ...] = (1, 2, 3)


@dataclass(frozen=True)
class Category:
    code: str
    name_zh: str
    name_en: str
    pinyin: str
    tally_group: str
    default_priority: int
    desk: str
    kind: str  # "incident" or "call"

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en

    @property
    def is_incident(self) -> bool:
        return self.kind == "incident"


class Taxonomy:
    """All categories, looked up by code or searched as a call-taker types."""

    def __init__(self, categories: Iterable[Category]):
        self.categories: tuple[Category, ...] = tuple(categories)
        self._by_code = {c.code: c for c in self.categories}
        if len(self._by_code) != len(self.categories):
            raise ValueError("duplicate category code in the taxonomy")

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self.categories)

    def get(self, code: str) -> Category:
        return self._by_code[code]

    def find(self, code: str | None) -> Category | None:
        return self._by_code.get(code) if code else None

    def in_group(self, group: str) -> list[Category]:
        return [c for c in self.categories if c.tally_group == group]

    def search(self, text: str) -> list[Category]:
        """Categories matching typed text, best matches first.

        Matches pinyin initials (`jtsg` → 交通事故), Chinese or English text, or
        the code. Exact pinyin or prefix matches rank before substring matches.
        """
        needle = text.strip().casefold()
        if not needle:
            return list(self.categories)
        ranked: list[tuple[int, int, Category]] = []
        for index, cat in enumerate(self.categories):
            rank = _rank(needle, cat)
            if rank is not None:
                ranked.append((rank, index, cat))
        ranked.sort(key=lambda item: (item[0], item[1]))
        return [cat for _, _, cat in ranked]


def _rank(needle: str, cat: Category) -> int | None:
    if needle == cat.pinyin or needle == cat.code or needle == cat.name_zh:
        return 0
    if cat.pinyin.startswith(needle) or cat.name_zh.startswith(needle):
        return 1
    if cat.name_en.casefold().startswith(needle) or cat.code.startswith(needle):
        return 2
    if needle in cat.name_zh or needle in cat.name_en.casefold() or needle in cat.pinyin:
        return 3
    return None
