"""Who may use the dashboard and see which cases, and what one upload may hold.

By default the dashboard is a single-user program on this computer: no sign-in, served on 127.0.0.1 only, every
saved case visible. A firm that serves it to several people sets `DOSSIER_ANALYZER_ACCESS`:
- `oidc`: sign-in through the firm's own identity provider with Streamlit's built-in OIDC login (`st.login`,
  configured in `.streamlit/secrets.toml` under `[auth]`); the users file maps each e-mail address to its teams;
- `local`: for an office without an identity provider, user names and password hashes in the users file
  (`dossier-analyzer user add`), PBKDF2-SHA256 from the standard library.
Every saved case belongs to one team; a signed-in user sees only the cases of their teams.

With access control off the dashboard serves only on 127.0.0.1 (or localhost, ::1); anything else is refused unless
`DOSSIER_ANALYZER_ALLOW_OPEN=1` says the person starting it knows what they do.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from analyzer.paths import data_home

Mode = Literal["off", "oidc", "local"]
LOCAL_ADDRESSES = frozenset({"127.0.0.1", "localhost", "::1"})
# OWASP's 2023 advice for PBKDF2-HMAC-SHA256.
PBKDF2_ITERATIONS = 600_000


class AccessError(Exception):
    """A setting or users file the person running the dashboard must fix; the message is Dutch."""


@dataclass(frozen=True)
class User:
    """A signed-in person: the name shown and written in the audit log, and the teams whose cases they see."""

    name: str
    teams: tuple[str, ...]


@dataclass(frozen=True)
class AccessSettings:
    mode: Mode = "off"
    users_file: Path | None = None
    allow_open: bool = False
    max_upload_mb: int = 200
    max_upload_files: int = 500


def access_settings(env: Mapping[str, str] = os.environ) -> AccessSettings:
    """The settings from the environment (documented in the README)."""
    mode = env.get("DOSSIER_ANALYZER_ACCESS", "off").strip().lower() or "off"
    if mode not in ("off", "oidc", "local"):
        raise AccessError(f"DOSSIER_ANALYZER_ACCESS='{mode}' is onbekend; kies off, oidc of local.")
    users = env.get("DOSSIER_ANALYZER_USERS")
    return AccessSettings(
        mode=mode,  # type: ignore[arg-type]
        users_file=Path(users) if users else data_home() / "users.toml",
        allow_open=env.get("DOSSIER_ANALYZER_ALLOW_OPEN", "") == "1",
        max_upload_mb=int(env.get("DOSSIER_ANALYZER_MAX_UPLOAD_MB", "200")),
        max_upload_files=int(env.get("DOSSIER_ANALYZER_MAX_UPLOAD_FILES", "500")),
    )


def serving_refused(address: str | None, settings: AccessSettings) -> str | None:
    """Why the dashboard must not serve on `address` (Dutch), or None. Without sign-in it serves this computer only."""
    if settings.mode != "off" or settings.allow_open or (address or "") in LOCAL_ADDRESSES:
        return None
    where = address or "alle netwerkadressen"
    return (
        f"Het dashboard draait zonder aanmelding maar is bereikbaar via {where}. Persoonsdossiers horen niet open op "
        "het netwerk: start het met --server.address 127.0.0.1, of zet toegangsbeheer aan "
        "(DOSSIER_ANALYZER_ACCESS=oidc of local)."
    )


# ------------------------------------------------------------------------------------------------ passwords


def hash_password(password: str, *, salt: bytes | None = None, iterations: int = PBKDF2_ITERATIONS) -> str:
    """'pbkdf2_sha256$<iterations>$<salt>$<hash>' (base64): what the users file keeps instead of the password."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    encode = base64.b64encode
    return f"pbkdf2_sha256${iterations}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    again = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), base64.b64decode(salt), int(iterations))
    return hmac.compare_digest(again, base64.b64decode(digest))


# ------------------------------------------------------------------------------------------------- users file


def load_users(path: Path) -> dict[str, dict]:
    """The users file: `[users."<name or e-mail>"]` with `teams = [...]` and, for local sign-in, `password`."""
    if not path.is_file():
        raise AccessError(f"Het gebruikersbestand {path} bestaat niet; maak het met 'dossier-analyzer user add'.")
    try:
        users = tomllib.loads(path.read_text(encoding="utf-8")).get("users", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise AccessError(f"Het gebruikersbestand {path} is geen geldige TOML: {error}") from error
    for name, entry in users.items():
        if not isinstance(entry, dict) or not entry.get("teams"):
            raise AccessError(f"Gebruiker '{name}' in {path} hoort bij geen enkel team (teams = [...]).")
    return users


def authenticate(users: Mapping[str, dict], name: str, password: str) -> User | None:
    """The user when name and password match (local sign-in); the same answer for an unknown name as for a wrong
    password, and the same work, so neither tells which names exist."""
    entry = users.get(name.strip())
    stored = entry.get("password", "") if entry else hash_password("-", salt=b"x" * 16)
    if verify_password(password, stored) and entry:
        return User(name.strip(), tuple(entry["teams"]))
    return None


def user_for_identity(users: Mapping[str, dict], email: str | None) -> User | None:
    """The teams of a person the identity provider signed in (by e-mail address, case-insensitive)."""
    if not email:
        return None
    by_email = {name.lower(): entry for name, entry in users.items()}
    entry = by_email.get(email.lower())
    return User(email, tuple(entry["teams"])) if entry else None


def add_user(path: Path, name: str, teams: Sequence[str], password: str | None = None) -> None:
    """Add or replace one user in the users file (created with owner-only permissions)."""
    users = load_users(path) if path.is_file() else {}
    entry: dict = {"teams": list(teams)}
    if password:
        entry["password"] = hash_password(password)
    users[name] = entry
    lines = []
    for user, data in sorted(users.items()):
        lines.append(f"[users.{_toml_key(user)}]")
        lines.append("teams = [" + ", ".join(_toml_string(t) for t in data["teams"]) + "]")
        if data.get("password"):
            lines.append(f"password = {_toml_string(data['password'])}")
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _toml_key(value: str) -> str:
    return _toml_string(value)


# ---------------------------------------------------------------------------------------------------- uploads


def upload_refused(sizes: Sequence[int], settings: AccessSettings) -> str | None:
    """Why an upload of files of these sizes (bytes) is refused (Dutch), or None."""
    if len(sizes) > settings.max_upload_files:
        return (
            f"Deze upload heeft {len(sizes)} bestanden; het maximum is {settings.max_upload_files} per keer. "
            "Verdeel de bestanden over meer uploads of bundel ze in een .zip."
        )
    total = sum(sizes)
    if total > settings.max_upload_mb * 1024 * 1024:
        return (
            f"Deze upload is {total / 1024 / 1024:.0f} MB; het maximum is {settings.max_upload_mb} MB per keer. "
            "Splits het dossier of vraag de beheerder de grens (DOSSIER_ANALYZER_MAX_UPLOAD_MB) te verhogen."
        )
    return None
