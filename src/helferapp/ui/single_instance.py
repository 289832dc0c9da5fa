"""One running HelferApp per database: a second start hands its files to the first.

Why: double-clicking a ``.helferapp`` file while HelferApp is open would otherwise start
a second process on the same database — two windows that do not know of each other's
edits, and a confused volunteer. Instead the new process connects to a
``QLocalServer`` that the running app listens on (a named pipe on Windows, a socket
file on Linux and macOS), sends the file paths as one JSON line, and exits; the running
window comes to the front and opens the import preview for each file.

The server name is derived from the user and the database path, so a deliberately
opened second database (``--db``) still gets its own window.

Signals:
    InstanceServer.files_received(list): paths sent by a later start (may be empty:
        then the window should only come to the front).
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 400
WRITE_TIMEOUT_MS = 2000


def server_name(database_path: Path | str) -> str:
    """A name unique to this user and database, short enough for every platform."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name (e.g. a stripped-down container)
        user = "helferapp"
    key = f"{user}\n{Path(database_path).expanduser().resolve()}"
    return "helferapp-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def send_to_running(name: str, files: list[str]) -> bool:
    """Hand ``files`` to a running instance listening on ``name``; False if none runs."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    payload = json.dumps({"files": [str(Path(f).expanduser().resolve()) for f in files]})
    socket.write(payload.encode("utf-8") + b"\n")
    socket.flush()
    delivered = socket.waitForBytesWritten(WRITE_TIMEOUT_MS) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    return bool(delivered)


def is_running(name: str) -> bool:
    """True if an instance listens on ``name`` (connects without sending anything)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    socket.abort()
    return bool(connected)


class InstanceServer(QObject):
    """Listens for later starts; see the module docstring."""

    files_received = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, name: str) -> bool:
        """Start listening unless another instance does; takes over a crashed one's name."""
        if is_running(name):
            return False  # Qt would silently take the name from the running instance
        if self.server.listen(name):
            return True
        QLocalServer.removeServer(name)  # a socket file left behind by a crash
        return self.server.listen(name)

    def close(self) -> None:
        for socket in list(self._buffers):
            self._drop(socket)
        self.server.close()

    def _drop(self, socket: QLocalSocket) -> None:
        # A socket emits "disconnected" while it is destroyed; by then this object may be
        # half gone, so it must not call back into Python any more. It is not deleted
        # here (deleteLater racing the server's own deletion crashes PySide): it stays a
        # child of the server, a few bytes per hand-off, freed with it.
        self._buffers.pop(socket, None)
        socket.blockSignals(True)
        socket.abort()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        self._buffers[socket] = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" in self._buffers[socket]:
            self._finish(socket)

    def _finish(self, socket: QLocalSocket) -> None:
        data = self._buffers.pop(socket, None)
        if data is None:
            return
        data += bytes(socket.readAll().data())
        self._drop(socket)
        if not data.strip():
            return  # only a check whether we are running
        try:
            message = json.loads(data.split(b"\n", 1)[0] or b"{}")
            files = [str(path) for path in message.get("files", []) if isinstance(path, str)]
        except (ValueError, AttributeError):
            return  # not one of ours: ignore
        self.files_received.emit(files)
