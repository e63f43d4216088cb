"""The secrets this process holds (the Scopus API key), so any text shown or copied (crash
details, error messages) can be redacted without asking the keyring again."""

from __future__ import annotations

import threading

REDACTED = "[secret]"
# Shorter strings would redact ordinary words; real API keys are 32 characters or more.
MIN_LENGTH = 8

_lock = threading.Lock()
_secrets: set[str] = set()


def remember(secret: str | None) -> None:
    """Note a secret now in memory (a key read from the keyring or typed in)."""
    if secret and len(secret) >= MIN_LENGTH:
        with _lock:
            _secrets.add(secret)


def forget(secret: str | None) -> None:
    with _lock:
        _secrets.discard(secret or "")


def redact(text: str) -> str:
    """The text with every remembered secret replaced by `[secret]`."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text
