"""API key storage: the keyring when there is one, else a user-only file; never the library."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from core.journals.apikey import (
    FALLBACK_FILE,
    ApiKeyError,
    delete_api_key,
    get_api_key,
    keyring_usable,
    set_api_key,
)


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture()
def restore_keyring() -> Iterator[None]:
    saved = keyring.get_keyring()
    yield
    keyring.set_keyring(saved)


def test_keyring_backend(tmp_path: Path, restore_keyring: None) -> None:
    mem = MemoryKeyring()
    keyring.set_keyring(mem)
    assert keyring_usable()
    assert set_api_key("abc123", tmp_path) == "keyring"
    assert get_api_key(tmp_path) == "abc123"
    assert not (tmp_path / FALLBACK_FILE).exists()
    delete_api_key(tmp_path)
    assert get_api_key(tmp_path) is None


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_fallback_file_is_user_only_and_labelled(tmp_path: Path, restore_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    assert not keyring_usable()
    where = set_api_key(" k3y ", tmp_path / "config")
    path = tmp_path / "config" / FALLBACK_FILE
    assert where == str(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Silteme: your personal Elsevier (Scopus) API key.")
    assert get_api_key(tmp_path / "config") == "k3y"
    os.chmod(path, 0o644)
    with pytest.raises(ApiKeyError, match="chmod 600"):
        get_api_key(tmp_path / "config")
    delete_api_key(tmp_path / "config")
    assert not path.exists()
    with pytest.raises(ApiKeyError):
        set_api_key("two words", tmp_path)
