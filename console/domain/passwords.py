"""Salted slow password hashes (scrypt), stored as one self-describing string, and the
password policy per role.

Every check of a password runs exactly one scrypt (`_derive`), whether the account
exists or not (`verify_dummy`): a login answers an unknown user name in the same time
as a real one, so names cannot be found by timing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from console.domain.problems import Problem

_N, _R, _P = 2**14, 8, 1

# The shortest password each role may have; roles not named here: `SEAT_MIN_LENGTH`.
SEAT_MIN_LENGTH = 8
PRIVILEGED_MIN_LENGTH = 10
MIN_LENGTH_BY_ROLE: dict[str, int] = {
    "supervisor": PRIVILEGED_MIN_LENGTH,
    "admin": PRIVILEGED_MIN_LENGTH,
}
MIN_LENGTH = SEAT_MIN_LENGTH  # the least any role accepts
MAX_LENGTH = 256  # hashing a megabyte is a denial of service, not a password

# The demo database's one password (README): accepted only in a demo database, where the
# policy does not apply to it; refused everywhere else, whatever the role.
DEMO_PASSWORD = "demo110"

# A hash of a password nobody knows, with the same cost as real ones: what an unknown
# user's password is checked against.
_DUMMY_HASH = ("scrypt$16384$8$1$hs6idt0Cc+0mLCcVBCxnwA==$"
               "qZQejBSnQuR+sYobza8CBuXVfD5TcxCDcwMJrzt4Cr0=")


def min_length(role: str) -> int:
    return MIN_LENGTH_BY_ROLE.get(role, SEAT_MIN_LENGTH)


def policy_problems(password: str, *, username: str, role: str,
                    demo: bool = False) -> list[Problem]:
    """What is wrong with a new password for this account (empty: acceptable).

    Codes: too_short (limit: the role's minimum), too_long, same_as_username,
    only_digits, known_password (the demo's password outside a demo database)."""
    if password == DEMO_PASSWORD:
        return [] if demo else [Problem("password", "known_password")]
    problems: list[Problem] = []
    limit = min_length(role)
    if len(password) < limit:
        problems.append(Problem("password", "too_short", limit))
    if len(password) > MAX_LENGTH:
        problems.append(Problem("password", "too_long", MAX_LENGTH))
    name = username.strip().casefold()
    if name and password.strip().casefold() == name:
        problems.append(Problem("password", "same_as_username"))
    if password.isdigit():
        problems.append(Problem("password", "only_digits"))
    return problems


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _derive(password, salt, _N, _R, _P, 32)
    return "$".join(
        ["scrypt", str(_N), str(_R), str(_P), _b64(salt), _b64(digest)]
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            raise ValueError(scheme)
        expected = base64.b64decode(digest)
        params = (int(n), int(r), int(p))
        salt_bytes = base64.b64decode(salt)
    except ValueError:
        verify_dummy(password)  # the same time as a well-formed hash
        return False
    actual = _derive(password, salt_bytes, *params, len(expected))
    return hmac.compare_digest(actual, expected)


def verify_dummy(password: str) -> None:
    """Spend the time of one check for an account that does not exist (or is locked)."""
    verify_password(password, _DUMMY_HASH)


def _derive(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    """The one slow step of every hash and check (tests count its calls)."""
    return hashlib.scrypt(password[:MAX_LENGTH].encode(), salt=salt, n=n, r=r, p=p,
                          dklen=length)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
