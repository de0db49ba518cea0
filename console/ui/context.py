"""What every view is given: the store, the operator, the language, the change feed and
the operation layer through which it reaches the database."""

from __future__ import annotations

from dataclasses import dataclass, field

from console.domain.reference import Reference
from console.store import Store
from console.store.records import Operator
from console.ui.changes import ChangeWatcher
from console.ui.ops import Operations


@dataclass
class ViewContext:
    store: Store  # the GUI thread's connection: quick reads only, never writes
    operator: Operator
    lang: str  # "zh_CN" or "en"
    changes: ChangeWatcher
    ops: Operations = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.ops is None:
            self.ops = Operations(self.store, self.changes, parent=self.changes)

    @property
    def reference(self) -> Reference:
        return self.store.reference

    @property
    def zh(self) -> bool:
        return self.lang.startswith("zh")
