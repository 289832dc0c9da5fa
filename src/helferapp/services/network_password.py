"""The exchange network's shared password: in the OS keyring, or for this session only.

Volunteers must not type the Landkreis network's password at every start, and it must not
lie in the database (which travels on USB sticks and into backups). So it goes into the
operating system's keyring (Windows Credential Manager, macOS Keychain, Secret Service on
Linux) through the ``keyring`` package. Where no usable keyring exists — keyring's
"fail" backend on a headless Linux or in CI, or a locked/broken backend — it is kept in
memory for the running session only, and the GUI asks for it once per session.

Tests install an in-memory backend with ``keyring.set_keyring`` and never touch a real
keyring.
"""

from __future__ import annotations

import logging

SERVICE = "HelferApp Austauschordner"

_logger = logging.getLogger(__name__)
_session: dict[str, str] = {}


def keyring_usable() -> bool:
    """Whether a real keyring backend is there (not keyring's "fail" backend)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        return False
    try:
        backend = keyring.get_keyring()
        # keyring's backends raise from ``priority`` where they cannot work (Windows'
        # Credential Manager without its ctypes binding, one named in a keyringrc.cfg
        # for another system): that is no backend either, not a traceback.
        priority = float(getattr(backend, "priority", 1))
    except Exception:  # a backend that breaks while loading is no backend
        return False
    return not isinstance(backend, fail.Keyring) and priority > 0


def get_password(account: str) -> str | None:
    """The stored password for ``account`` (an installation id), or None."""
    if account in _session:
        return _session[account]
    if not keyring_usable():
        return None
    import keyring

    try:
        value = keyring.get_password(SERVICE, account)
    except Exception as error:  # locked keyring, D-Bus gone: ask the user instead
        _logger.warning("Schlüsselbund nicht lesbar: %s", error)
        return None
    if value:
        _session[account] = value
    return value or None


def set_password(account: str, password: str) -> bool:
    """Remember the password; True if it went into the keyring (else: this session only)."""
    _session[account] = password
    if not keyring_usable():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, account, password)
    except Exception as error:
        _logger.warning("Schlüsselbund nicht beschreibbar: %s", error)
        return False
    return True


def forget_password(account: str) -> None:
    """Remove the password from the keyring and from this session."""
    _session.pop(account, None)
    if not keyring_usable():
        return
    import keyring

    try:
        keyring.delete_password(SERVICE, account)
    except Exception:  # not stored, or the keyring refuses: nothing left to forget
        return


def clear_session() -> None:
    """Forget the passwords kept in memory (tests; a database switch keeps them)."""
    _session.clear()
