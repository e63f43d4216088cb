"""Typed, frozen settings with documented defaults; environment variables override them."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from core.errors import InvalidValueError

APP_NAME = "Silteme"
APP_ID = "silteme"
VERSION = "0.1.0"

# Registration agencies' hosts that DOI content negotiation may redirect to.
DEFAULT_AGENCY_HOSTS: tuple[str, ...] = (
    "api.crossref.org", "data.crossref.org", "api.datacite.org", "data.datacite.org",
    "data.medra.org", "api.medra.org", "data.jalc.org", "api.japanlinkcenter.org",
    "data.crossref.org", "citation.doi.org", "doi.org",
)


# Plain http:// is allowed only to this machine (a local mirror or test server).
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a call may need to know about the user's choices. Pass it in; never mutate."""

    # Library file; None means the default file in the user's data directory.
    db_path: Path | None = None
    # Crossref polite pool: requests carry this address so Crossref can reach the user.
    mailto: str | None = None
    crossref_url: str = "https://api.crossref.org"
    doi_url: str = "https://doi.org"
    openlibrary_url: str = "https://openlibrary.org"
    agency_hosts: tuple[str, ...] = DEFAULT_AGENCY_HOSTS
    timeout_s: float = 20.0
    max_retries: int = 3
    concurrency: int = 3
    # Interface and formatting defaults.
    ui_language: str = "ru"
    default_style: str = "gost-r-7.0.100"
    # JabRef-style citation-key pattern (core/citekeys.py): authorYEARword, e.g. smith2020migration.
    citekey_pattern: str = "[auth:lower][year][veryshorttitle:lower]"
    extra: Mapping[str, str] = field(default_factory=dict)

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then SILTEME_* environment variables, then explicit overrides."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if env.get("SILTEME_DB"):
            values["db_path"] = Path(env["SILTEME_DB"]).expanduser()
        if env.get("SILTEME_MAILTO"):
            values["mailto"] = env["SILTEME_MAILTO"]
        for key, name in (("crossref_url", "SILTEME_CROSSREF_URL"),
                          ("doi_url", "SILTEME_DOI_URL"),
                          ("openlibrary_url", "SILTEME_OPENLIBRARY_URL")):
            if env.get(name):
                values[key] = env[name].rstrip("/")
        if env.get("SILTEME_LANG"):
            values["ui_language"] = env["SILTEME_LANG"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def default_data_dir() -> Path:
    """The user's data directory for Silteme (platformdirs), created on demand by the caller."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False))


def default_config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_ID, appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / "library.sqlite"


def check_base_url(url: str, setting: str) -> str:
    """A service base URL as configured, refused unless it is HTTPS, or plain HTTP to this
    machine (a local mirror or test server the user set explicitly)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host in LOCAL_HOSTS:
        return url
    raise InvalidValueError(setting, url, "metadata services are reached over HTTPS only "
                            "(http:// is allowed for a local server: localhost, 127.0.0.1, ::1)")
