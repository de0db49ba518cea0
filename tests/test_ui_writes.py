"""No view writes to the database on the GUI thread: every store write goes through `ctx.ops`.

A lint over the source (ast), area by area of `console/ui` (every package of it). The rule
is deliberately simple:

- a *write call* is a call `<anything>.store.<service>.<name>(...)` or
  `store.<service>.<name>(...)` where `<service>.<name>` is one of the store's write
  methods, or `store.write(...)`;
- it is allowed only inside a lambda, or a function nested in another, that is passed as
  the first argument of a call of `.write(` or `.read(` — `ctx.ops.write(lambda store: …)`,
  `ctx.ops.read(work, …)` after `def work(store): …`, or a dialog's own `write(…)` that
  hands its function on to `ctx.ops.write`; or inside a lambda whose first parameter is
  `store` (`lambda store, values: …`), the form in which the desks hand a dialog the work
  its Save runs on the write lane. There the function runs on a lane with the lane's
  connection, never on the GUI thread.

The write methods are derived from the store's services, not listed by hand: a public
method of a service (`console.store.store.SERVICES`) writes if its source
(inspect.getsource) opens a user action's transaction — `self.write()` — or calls another
service method that does (`self.<method>(` in its own service, `self.store.<service>.<method>(`
in another) or a helper of its own module that opens one (`_Run(…)` of the importer, whose
batches each open `self.service.write()`), so `incidents.finish` (which calls `advance`),
`queues.complete_call` (which calls a private helper that writes) and `imports.import_calls`
count as writes. `Store.write` itself counts: opening a
transaction on the GUI thread is what must not happen. The audit's note of a DV read, which the
single-incident readers make (`note_dv_read` → `flush_reads`), opens its transaction
below `Store.write` and never waits for a lock (busy timeout 0, kept for the next write
when the file is busy): it does not make those readers writes.

What the rule does not see: a store held under another name (`s = ctx.store;
s.units.dispatch(…)`) or writes through the store's helpers (`store.leases`, `store.changes`).
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from console.store.store import SERVICES

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "console" / "ui"
AREAS = tuple(sorted(p.parent.name for p in UI.glob("*/__init__.py")))  # every area of the UI
OPERATIONS = frozenset({"write", "read"})  # a function passed first to these runs on a lane

_OPENS_WRITE = re.compile(r"\bself\.write\(\)")
_CALLS = re.compile(r"\bself\.(?:store\.(\w+)\.)?(\w+)\(")
_HELPER_OPENS_WRITE = re.compile(r"\.write\(\)")


def _writing_helpers(cls: type) -> frozenset[str]:
    """Module-level functions and classes beside a service that open a write themselves."""
    module = inspect.getmodule(cls)
    return frozenset(
        name for name, member in vars(module).items()
        if (inspect.isfunction(member) or inspect.isclass(member))
        and member is not cls and getattr(member, "__module__", None) == module.__name__
        and _HELPER_OPENS_WRITE.search(inspect.getsource(member)))


def store_write_methods() -> frozenset[tuple[str, str]]:
    """(service, method) of the public service methods that write, directly or through
    another service method; `("", "write")` is the store's own transaction."""
    sources = {(service, name): inspect.getsource(function)
               for service, cls in SERVICES.items()
               for name, function in inspect.getmembers(cls, inspect.isfunction)}
    helpers = {service: _writing_helpers(cls) for service, cls in SERVICES.items()}
    writes = {(service, name) for (service, name), source in sources.items()
              if _OPENS_WRITE.search(source)
              or any(re.search(rf"\b{helper}\(", source) for helper in helpers[service])}
    grown = True
    while grown:  # a method that calls a writing method writes too
        grown = False
        for (service, name), source in sources.items():
            called = {(other or service, method) for other, method in _CALLS.findall(source)}
            if (service, name) not in writes and writes & called:
                writes.add((service, name))
                grown = True
    return frozenset({("", "write")} | {key for key in writes if not key[1].startswith("_")})


WRITES = store_write_methods()


def _is_store(node: ast.expr) -> bool:
    """`store` or `<anything>.store`."""
    return (isinstance(node, ast.Name) and node.id == "store") or (
        isinstance(node, ast.Attribute) and node.attr == "store")


def _is_write(func: ast.expr) -> bool:
    """`store.<service>.<write method>` or `store.write`."""
    if not isinstance(func, ast.Attribute):
        return False
    if _is_store(func.value):
        return ("", func.attr) in WRITES
    return (isinstance(func.value, ast.Attribute) and _is_store(func.value.value)
            and (func.value.attr, func.attr) in WRITES)


def _is_operation(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Attribute) and call.func.attr in OPERATIONS


def offences(source: str, filename: str = "<source>") -> list[str]:
    """Every store write call in `source` that does not run on a lane, as `file:line: text`."""
    tree = ast.parse(source, filename)
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node

    on_a_lane: set[ast.AST] = set()  # lambdas and nested functions handed to ops
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _is_operation(node) and node.args):
            continue
        first = node.args[0]
        if isinstance(first, ast.Lambda):
            on_a_lane.add(first)
        elif isinstance(first, ast.Name):
            scope = parents.get(node)
            while scope is not None and not isinstance(
                    scope, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.Module):
                scope = parents.get(scope)
            if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
                on_a_lane.update(
                    d for d in ast.walk(scope)
                    if isinstance(d, ast.FunctionDef) and d.name == first.id and d is not scope)

    on_a_lane.update(  # work handed to a dialog that runs it through the operation layer
        node for node in ast.walk(tree)
        if isinstance(node, ast.Lambda) and node.args.args and node.args.args[0].arg == "store")

    found: list[ast.Call] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _is_write(node.func)):
            continue
        ancestor = parents.get(node)
        while ancestor is not None and ancestor not in on_a_lane:
            ancestor = parents.get(ancestor)
        if ancestor is None:
            found.append(node)
    return [f"{filename}:{node.lineno}: {ast.unparse(node)[:80]}"
            for node in sorted(found, key=lambda n: (n.lineno, n.col_offset))]


def _modules(area: str) -> list[Path]:
    return sorted((UI / area).rglob("*.py"))


def test_the_write_methods_come_from_the_store() -> None:
    assert {("units", "dispatch"), ("units", "unit_progress"), ("incidents", "advance"),
            ("incidents", "finish"), ("incidents", "add_note"), ("incidents", "record_results"),
            ("signoff", "sign_off_day"), ("calls", "log_call"), ("queues", "complete_call"),
            ("", "write")} <= WRITES
    assert not {("incidents", "incident"), ("incidents", "timeline"), ("figures", "tallies"),
                ("signoff", "open_on_day"), ("units", "assignments"),
                ("incidents", "open_incidents"), ("units", "unit_statuses")} & WRITES


def test_the_rule_tells_a_write_on_the_gui_thread_from_one_on_a_lane() -> None:
    on_gui = """
class View:
    def save(self):
        self.ctx.store.incidents.add_note(1, "text", 2)
        store = self.ctx.store
        store.units.dispatch(1, ["DS01"], 2)
        self.ctx.ops.write(lambda s: s.incidents.add_note(1, "x", 2), success=lambda _r:
                           self.ctx.store.incidents.finish(1, "closed", 2))
"""
    assert [line.split(": ", 1)[1] for line in offences(on_gui)] == [
        "self.ctx.store.incidents.add_note(1, 'text', 2)", "store.units.dispatch(1, ['DS01'], 2)",
        "self.ctx.store.incidents.finish(1, 'closed', 2)"]
    on_lanes = """
class View:
    def save(self):
        incident = self.ctx.store.incidents.incident(1)
        self.ctx.ops.write(lambda store: store.incidents.add_note(incident.id, "x", 2))
        self.dialog.write(lambda store: store.units.dispatch(1, ["DS01"], 2))

        def work(store):
            return store.signoff.sign_off_day(None, 2)

        self.ctx.ops.write(work, success=print)
        self.ctx.ops.read(lambda store: store.figures.tallies(None), report=True)
"""
    assert offences(on_lanes) == []


@pytest.mark.parametrize("area", AREAS)
def test_no_view_writes_outside_the_operation_layer(area: str) -> None:
    modules = _modules(area)
    assert modules, f"console/ui/{area} holds no module: is AREAS out of date?"
    found = [offence for path in modules
             for offence in offences(path.read_text(encoding="utf-8"),
                                     str(path.relative_to(ROOT)))]
    assert found == [], ("store writes on the GUI thread; run them through ctx.ops.write:\n"
                         + "\n".join(found))
