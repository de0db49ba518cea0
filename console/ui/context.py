"""What every view is given: the store, the operator, the language, the change feed."""

from __future__ import annotations

from dataclasses import dataclass

from console.domain.reference import Reference
from console.store import Store
from console.store.records import Operator
from console.ui.changes import ChangeWatcher


@dataclass
class ViewContext:
    store: Store
    operator: Operator
    lang: str  # "zh_CN" or "en"
    changes: ChangeWatcher

    @property
    def reference(self) -> Reference:
        return self.store.reference

    @property
    def zh(self) -> bool:
        return self.lang.startswith("zh")
