"""A throw-away PostgreSQL server for the tests: a fresh cluster in a temporary folder.

Where the server binaries come from, in this order:

1. `CONSOLE110_TEST_PG_URL` set: no cluster is started; that server is used (its user must
   be allowed to create databases and roles).
2. `CONSOLE110_TEST_PG_BINDIR` set: the binaries in that folder.
3. The `pgserver` package of the test extras (PostgreSQL 16 built into a wheel): `make test`
   on a fresh Linux x86-64 machine needs nothing installed by hand.
4. A system PostgreSQL: `pg_config --bindir`, then the usual install folders (Debian's
   /usr/lib/postgresql/<version>/bin, the PGDG RPMs', Homebrew's).

Nothing found: `find_binaries` returns None and the fixtures skip the PostgreSQL half,
saying what to install (`MISSING`).

The cluster listens on a Unix socket in its own folder only (no TCP port, so test runs
side by side never meet), trusts local connections, keeps its data in UTF-8 with the C
locale, UTC, and skips fsync: it lives as long as the test session. PostgreSQL refuses to
run as root; run as root (CI), the cluster belongs to the `postgres` user if there is one,
else to `nobody`.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

URL_ENV = "CONSOLE110_TEST_PG_URL"
BINDIR_ENV = "CONSOLE110_TEST_PG_BINDIR"
MISSING = ("PostgreSQL half skipped: no server binaries found — install the test extras"
           " (pip install -e '.[test]', which brings the pgserver package on Linux x86-64)"
           " or a system PostgreSQL (apt-get install postgresql), or set"
           f" {URL_ENV} to a server the tests may create databases and roles on")
PORT = 5432  # names the socket file only: the cluster listens on no TCP port
SUPERUSER = "postgres"
_NEEDED = ("initdb", "pg_ctl", "postgres")
_SYSTEM_GLOBS = ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/usr/local/pgsql/bin",
                 "/opt/homebrew/opt/postgresql@*/bin", "/usr/local/opt/postgresql@*/bin")


@dataclass(frozen=True)
class Binaries:
    bindir: Path
    source: str  # what provided them, for messages

    def tool(self, name: str) -> str:
        return str(self.bindir / name)


def _complete(bindir: Path) -> bool:
    return all((bindir / name).is_file() and os.access(bindir / name, os.X_OK)
               for name in _NEEDED)


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", str(path))) or (0,)


def find_binaries() -> Binaries | None:
    """The PostgreSQL server binaries to start a cluster with, or None."""
    given = os.environ.get(BINDIR_ENV)
    if given:
        return Binaries(Path(given), BINDIR_ENV) if _complete(Path(given)) else None
    spec = importlib.util.find_spec("pgserver")
    if spec is not None and spec.origin:
        bindir = Path(spec.origin).parent / "pginstall" / "bin"
        if _complete(bindir):
            return Binaries(bindir, "the pgserver package")
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True,
                                 timeout=10, check=True).stdout.strip()
            if out and _complete(Path(out)):
                return Binaries(Path(out), f"the system PostgreSQL ({out})")
    for pattern in _SYSTEM_GLOBS:
        found = sorted((p for p in Path("/").glob(pattern.lstrip("/")) if _complete(p)),
                       key=_version_key, reverse=True)
        if found:
            return Binaries(found[0], f"the system PostgreSQL ({found[0]})")
    return None


def _server_user() -> pwd.struct_passwd | None:
    """The user the cluster runs as: None for the current one; root may not run it."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root with neither a 'postgres' nor a 'nobody' user:"
                       " PostgreSQL cannot run as root")


class ServerError(RuntimeError):
    pass


class PgServer:
    """One cluster: `start()`, `url(dbname)`, `stop()` (which removes its folder)."""

    def __init__(self, binaries: Binaries, base: Path | None = None):
        self.binaries = binaries
        self.base = Path(base) if base else Path(tempfile.mkdtemp(prefix="console110-pg-"))
        self.data = self.base / "data"
        self.socket_dir = self.base / "run"
        self.log = self.base / "server.log"
        self._user = _server_user()
        self.started = False

    # -- running the server's tools as its user ------------------------------------------
    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LC_ALL": "C", "LANG": "C", "TZ": "UTC"}
        env.pop("PGDATA", None)
        kwargs: dict[str, object] = {}
        if self._user is not None:
            kwargs = {"user": self._user.pw_uid, "group": self._user.pw_gid,
                      "extra_groups": [], "cwd": str(self.base)}
            env["HOME"] = str(self.base)
        done = subprocess.run(list(args), capture_output=True, text=True, env=env,
                              timeout=timeout, check=False, **kwargs)  # type: ignore[call-overload]
        if done.returncode != 0:
            raise ServerError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}"
                              f"\n{done.stderr}\n{self._log_tail()}")
        return done  # type: ignore[no-any-return]

    def _log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return "server log:\n" + "\n".join(
                self.log.read_text(errors="replace").splitlines()[-30:])
        return ""

    def _reachable(self) -> bool:
        """Whether the server's user can run the binaries where they are."""
        try:
            self._run(self.binaries.tool("postgres"), "--version", timeout=30)
        except (ServerError, OSError, subprocess.SubprocessError):
            return False
        return True

    def _copied(self) -> Binaries:
        """Binaries in a folder only root may enter (a checkout under /root) copied here:
        their installation (bin, lib, share; relocatable, as pgserver's is) in the same
        layout as beside its package, with the package's vendored libraries
        (`pgserver.libs`, which the binaries find at $ORIGIN/../../../pgserver.libs)."""
        install = self.binaries.bindir.parent  # .../pgserver/pginstall
        package = install.parent  # .../pgserver
        root = self.base / "install"
        shutil.copytree(install, root / package.name / install.name, symlinks=True)
        libs = package.with_name(package.name + ".libs")
        if libs.is_dir():
            shutil.copytree(libs, root / libs.name, symlinks=True)
        for folder in [root, *(p for p in root.rglob("*") if p.is_dir())]:
            folder.chmod(0o755)
        return Binaries(root / package.name / install.name / self.binaries.bindir.name,
                        f"{self.binaries.source}, copied where its user can reach it")

    def start(self) -> PgServer:
        self.base.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir(exist_ok=True)
        if self._user is not None:
            self.base.chmod(0o755)
            for path in (self.base, self.socket_dir):
                os.chown(path, self._user.pw_uid, self._user.pw_gid)
            if not self._reachable():
                self.binaries = self._copied()
        self._run(self.binaries.tool("initdb"), "-D", str(self.data), "-U", SUPERUSER,
                  "-E", "UTF8", "--locale=C", "--auth=trust", "--no-sync")
        options = " ".join([
            "-c listen_addresses=''", f"-p {PORT}", f"-k {self.socket_dir}",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
            "-c timezone=UTC", "-c max_connections=60", "-c shared_buffers=32MB",
            "-c deadlock_timeout=200ms"])
        self._run(self.binaries.tool("pg_ctl"), "start", "-w", "-t", "60",
                  "-D", str(self.data), "-l", str(self.log), "-o", options)
        self.started = True
        return self

    def url(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return (f"postgresql://{quote(user)}@/{quote(dbname)}"
                f"?host={quote(str(self.socket_dir))}&port={PORT}")

    def stop(self) -> None:
        if self.started:
            self.started = False
            with contextlib.suppress(ServerError, subprocess.SubprocessError):
                self._run(self.binaries.tool("pg_ctl"), "stop", "-D", str(self.data),
                          "-m", "immediate", "-w", "-t", "30")
        shutil.rmtree(self.base, ignore_errors=True)


# ---- one server per test process ----------------------------------------------------------
@dataclass(frozen=True)
class Server:
    """What the tests connect to: a URL maker and where the server came from."""

    source: str
    make_url: Callable[[str, str | None], str]

    def url(self, dbname: str = "postgres", user: str | None = None) -> str:
        return self.make_url(dbname, user)


_lock = threading.Lock()
_shared: Server | None = None
_failure: str | None = None


def _external(url: str) -> Server:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)

    def make(dbname: str, user: str | None) -> str:
        netloc = parts.netloc
        if user is not None:
            netloc = quote(user) + "@" + netloc.rpartition("@")[2]
        return urlunsplit((parts.scheme, netloc, "/" + quote(dbname), parts.query, ""))

    return Server(f"the server at {URL_ENV}", make)


def shared_server() -> Server | None:
    """The session's server, started on first use and stopped when the process ends;
    None when there are no binaries (the reason is `MISSING`). A server that fails to
    start raises, every time it is asked for."""
    global _shared, _failure
    with _lock:
        if _shared is not None:
            return _shared
        if _failure is not None:
            raise ServerError(_failure)
        if os.environ.get(URL_ENV):
            _shared = _external(os.environ[URL_ENV])
            return _shared
        binaries = find_binaries()
        if binaries is None:
            return None
        server = PgServer(binaries)
        try:
            server.start()
        except (ServerError, OSError, subprocess.SubprocessError) as exc:
            server.stop()
            _failure = (f"the PostgreSQL server from {binaries.source} did not start:"
                        f" {exc}")
            raise ServerError(_failure) from exc
        atexit.register(server.stop)
        _shared = Server(binaries.source,
                         lambda dbname, user: server.url(dbname, user or SUPERUSER))
        return _shared
