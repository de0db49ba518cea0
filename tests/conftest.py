"""Shared fixtures: a real SQLite file per test, a movable clock, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from console.domain.clock import FixedClock
from console.store import Store
from console.store.records import Operator

# A throw-away PostgreSQL server for the store tests that run on both engines.
pytest_plugins = ["pg_fixtures"]

REAL_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's real settings or drafts."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["console110-tests"]


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from console.fonts import install_application_font
    from console.ui.collector import collect_on_gui_thread

    class TestApplication(QApplication):
        def __init__(self, args: list[str]):
            super().__init__(args)
            self.setOrganizationName("Console110Tests")
            self.setApplicationName("console110-tests")
            install_application_font(self)  # Chinese drawn as at start, CJK font or not
            collect_on_gui_thread(self)  # as the console does

    return TestApplication


@pytest.fixture
def clock() -> FixedClock:
    """02:00 UTC = 10:00 in Huainan on 29 Nov 2026."""
    return FixedClock(datetime(2026, 11, 29, 2, 0, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "console.db"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test module saying `BOTH_ENGINES = True` runs each store test on SQLite and on
    PostgreSQL (the `engine` the `store` fixture opens); `@pytest.mark.sqlite_only` keeps one
    test (about the file itself) on SQLite."""
    if "engine" in metafunc.fixturenames and getattr(metafunc.module, "BOTH_ENGINES", False) \
            and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def store(request: pytest.FixtureRequest, engine: str, db_path: Path,
          clock: FixedClock) -> Iterator[Store]:
    """An empty store: a fresh SQLite file, or a fresh PostgreSQL database (`engine`)."""
    if engine == "postgresql":
        s = Store.open(request.getfixturevalue("pg_url"), clock=clock)
    else:
        s = Store.open(db_path, clock=clock)
    yield s
    s.close()
    if engine == "postgresql":
        from console.store.pg.engine import close_pools

        close_pools()  # before the test's database is dropped


@pytest.fixture
def operator(store: Store) -> Operator:
    return store.accounts.add_operator("ct01", "张明", "call_taker", "secret-110")


@pytest.fixture
def supervisor(store: Store) -> Operator:
    return store.accounts.add_operator("sv01", "李强", "supervisor", "secret-110")
