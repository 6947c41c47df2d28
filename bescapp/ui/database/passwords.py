"""Server passwords in the system's keyring (the optional ``keyring`` package), never in
the settings. Without a usable keyring nothing is kept and the password is asked each time."""

from __future__ import annotations

from ...store.address import ServerAddress

SERVICE = "bescapp"


def _keyring():
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
    except Exception:  # a broken backend is no keyring
        return None
    return keyring


def available() -> bool:
    return _keyring() is not None


def stored(address: ServerAddress) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, str(address))
    except Exception:  # a locked or broken keyring: ask instead
        return None


def keep(address: ServerAddress, password: str) -> bool:
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, str(address), password)
    except Exception:
        return False
    return True
