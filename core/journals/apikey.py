"""Where the user's Scopus API key lives: the OS keyring (`keyring`), or, where no keyring backend
exists (a headless Linux machine), a clearly labelled file readable only by the user in the config
directory. Never in the library file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from core import secrets
from core.errors import SiltemeError

SERVICE = "silteme-scopus-api"
USERNAME = "default"
FALLBACK_FILE = "scopus-api-key.txt"
_HEADER = ("# Silteme: your personal Elsevier (Scopus) API key.\n"
           "# Stored here because this system has no keyring. Readable only by you (mode 600).\n"
           "# Delete this file to forget the key. Never share it.\n")


class ApiKeyError(SiltemeError):
    """The key cannot be stored or read safely."""


def keyring_usable() -> bool:
    """False when keyring has no real backend (its `fail` backend, or an empty chainer)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    kr = keyring.get_keyring()
    if isinstance(kr, fail.Keyring):
        return False
    backends = getattr(kr, "backends", None)
    return not (backends is not None and not backends)


def fallback_path(config_dir: Path) -> Path:
    return Path(config_dir) / FALLBACK_FILE


def set_api_key(key: str, config_dir: Path) -> str:
    """Store the key; returns where ("keyring" or the fallback file's path)."""
    key = key.strip()
    if not key or any(c.isspace() for c in key):
        raise ApiKeyError("an API key is one word without spaces")
    secrets.remember(key)
    if keyring_usable():
        import keyring

        try:
            keyring.set_password(SERVICE, USERNAME, key)
            return "keyring"
        except Exception as exc:  # keyring.errors.KeyringError and backend-specific errors
            raise ApiKeyError(f"the keyring refused the key: "
                              f"{secrets.redact(str(exc))}") from None
    path = fallback_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if os.name == "posix":
        # A file that existed with wider permissions is narrowed before the key is written.
        os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(_HEADER + key + "\n")
    os.chmod(path, 0o600)
    return str(path)


def get_api_key(config_dir: Path) -> str | None:
    if keyring_usable():
        import keyring

        try:
            found = keyring.get_password(SERVICE, USERNAME)
        except Exception as exc:
            raise ApiKeyError(f"cannot read the keyring: {exc}") from None
        if found:
            secrets.remember(str(found))
            return str(found)
    path = fallback_path(config_dir)
    if not path.exists():
        return None
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        raise ApiKeyError(f"{path} can be read by other users; run `chmod 600 {path}` (or set "
                          "the key again) before Silteme uses it")
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            secrets.remember(line)
            return line
    return None


def delete_api_key(config_dir: Path) -> None:
    if keyring_usable():
        import keyring

        try:
            keyring.delete_password(SERVICE, USERNAME)
        except Exception:  # noqa: S110 - nothing stored there is fine
            pass
    fallback_path(config_dir).unlink(missing_ok=True)
