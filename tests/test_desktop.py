"""Before the window: a Linux machine lacking Qt's X11 libraries is told what to install."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from console.desktop import (
    debian_package,
    display_problem,
    display_problem_text,
    missing_libraries,
    not_found,
    uses_x11,
)

LDD = """\tlinux-vdso.so.1 (0x00007ffd4a1f2000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f)
"""


def test_the_libraries_ldd_could_not_find_are_named_once() -> None:
    assert not_found(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert not_found("") == []


@pytest.mark.parametrize(("library", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libX11-xcb.so.1", "libX11-xcb1"),
    ("odd-name", "odd-name"),
])
def test_each_library_is_named_by_its_debian_package(library: str, package: str) -> None:
    assert debian_package(library) == package


@pytest.mark.parametrize(("env", "x11"), [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),  # Qt takes Wayland there
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "xcb:display=:1;wayland"}, True),
    ({}, False),
])
def test_only_an_x11_window_is_checked(env: dict[str, str], x11: bool) -> None:
    assert uses_x11(env) is x11


def test_the_message_says_what_to_install_in_both_languages() -> None:
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    english = display_problem_text(missing, "en")
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in english
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in english
    chinese = display_problem_text(missing, "zh_CN")
    assert chinese.startswith("110接处警台无法打开窗口")
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in chinese


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_a_program_with_all_its_libraries_lacks_nothing() -> None:
    assert missing_libraries(Path(sys.executable).resolve()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's desktop sessions")
def test_a_start_outside_a_desktop_session_is_told_where_to_start() -> None:
    english = display_problem("en", {"HOME": "/root"})
    assert english is not None and "there is no desktop session here" in english
    chinese = display_problem("zh_CN", {})
    assert chinese is not None and chinese.startswith("110接处警台无法打开窗口：没有可用的桌面会话")


def test_an_offscreen_or_wayland_start_is_not_held_up() -> None:
    assert display_problem("en", {"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}) is None
    assert display_problem("en", {"WAYLAND_DISPLAY": "wayland-0"}) is None
