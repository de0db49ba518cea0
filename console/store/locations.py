"""Where a store's data are: a file path, or a PostgreSQL URL — told apart, named and shown
without importing the server's driver."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


def is_server_url(target: object) -> bool:
    """Whether `--db` names a PostgreSQL database rather than a file."""
    return isinstance(target, str) and target.startswith(SCHEMES)


def shown(url: str) -> str:
    """The URL as a person may see it: without its password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    user = parts.username or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, f"{user}@{host}{port}", parts.path, parts.query, ""))


def database_name(url: str) -> str:
    """The database's name (the URL's path, else the `dbname` parameter, else 'postgres')."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name:
        for item in parts.query.split("&"):
            key, _, value = item.partition("=")
            if key == "dbname":
                name = value
    return name or "postgres"
