"""Whether this Linux machine can show the console's window, and if not, what to install.

PySide6 brings Qt and the console brings its own font, but Qt's X11 plugin links to
the desktop's own X11 libraries (libxcb-cursor and a few more), which a minimal
Linux install may lack. Qt would stop with a message about "platform plugins"; the
console looks first and names the missing libraries and the command that installs
them. Pure Python and no Qt: it runs before any window exists.
"""

from __future__ import annotations

import ctypes
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

EXIT_NO_DISPLAY = 3

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")
_SONAME = re.compile(r"^(lib.+)\.so\.(\d+)$")


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin as PySide6 installed it (None off Linux or if absent)."""
    if not sys.platform.startswith("linux"):
        return None
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def uses_x11(env: Mapping[str, str]) -> bool:
    """Whether Qt will open its window through X11 (not Wayland, not offscreen)."""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def not_found(ldd_output: str) -> list[str]:
    """The libraries `ldd` could not find, each once, in its order."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        match = _NOT_FOUND.match(line)
        if match and match.group(1) not in missing:
            missing.append(match.group(1))
    return missing


def missing_libraries(plugin: Path) -> list[str]:
    """The system libraries `plugin` needs and this machine lacks ([] when unknown)."""
    try:
        ctypes.CDLL(str(plugin))  # as Qt will load it anyway: nothing lacks, nothing more to do
        return []
    except OSError:
        pass  # the loader names only the first library it lacks: ask ldd for them all
    try:
        done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                              timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return []  # no ldd: Qt says what it lacks itself
    return not_found(done.stdout)


def debian_package(library: str) -> str:
    """Debian's package for a library file: libxcb-icccm.so.4 → libxcb-icccm4,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0 (a dash after a name ending in a digit)."""
    match = _SONAME.match(library)
    if match is None:
        return library
    name, version = match.groups()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def display_problem_text(missing: list[str], lang: str) -> str:
    """What to tell the person starting the console, in their language."""
    files = ", ".join(missing)
    packages = " ".join(debian_package(m) for m in missing)
    if lang.startswith("zh"):
        return (f"110接处警台无法打开窗口：本机缺少 Qt 显示窗口所需的桌面库（{files}）。\n"
                f"在 Debian 或 Ubuntu 上用以下命令安装：\n  sudo apt install {packages}\n"
                "其他系统请安装提供这些文件的软件包，然后重新启动接处警台。数据未受影响。")
    return (f"110 Console cannot open its window: this machine lacks desktop libraries that Qt "
            f"needs to show it ({files}).\nOn Debian or Ubuntu, install them with:\n"
            f"  sudo apt install {packages}\n"
            "On other systems, install the packages that hold these files, then start the "
            "console again. No data was touched.")


def no_display_text(lang: str) -> str:
    """Started outside a desktop session (over ssh, from a service): no screen to show on."""
    if lang.startswith("zh"):
        return ("110接处警台无法打开窗口：没有可用的桌面会话"
                "（未设置 DISPLAY 或 WAYLAND_DISPLAY）。\n"
                "请在工作站的桌面上启动接处警台；命令行功能（console110 --help）无需桌面。")
    return ("110 Console cannot open its window: there is no desktop session here (neither "
            "DISPLAY nor WAYLAND_DISPLAY is set).\nStart the console from the workstation's "
            "desktop; the command line (console110 --help) needs no desktop.")


def display_problem(lang: str, env: Mapping[str, str] | None = None) -> str | None:
    """Why the window cannot open on this machine, or None when nothing is known against it."""
    env = os.environ if env is None else env
    if (sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM")
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")):
        return no_display_text(lang)
    if not uses_x11(env):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    return display_problem_text(missing, lang) if missing else None
