"""Crash safety: recovery files in the user data folder, and lock files beside open documents.

A recovery file holds the unsaved document of one editing session; it is written by autosave,
never over the user's file, and deleted when the session saves or closes cleanly. One found at
start whose session is gone was left by a crash and is offered for restore.

A lock file (``~$name.itup.lock`` beside the document, as office suites do) says who has the file
open, so a second user on a shared drive is warned. A lock whose process is gone (same host) is
stale and may be taken over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_write

RECOVERY_FORMAT = "proposaleditor-recovery"
RECOVERY_SUFFIX = ".recovery.json"


def user_name() -> str:
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return "unknown"


def host_name() -> str:
    return socket.gethostname() or "unknown"


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


# -- recovery files ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Recovery:
    path: Path  # the recovery file
    original: str | None  # the document's own file, None for a never-saved document
    saved_at: str
    pid: int
    host: str
    text: str  # the document, as .itup text

    @property
    def orphaned(self) -> bool:
        """Left by a session that is gone (a crash), so it is safe to offer for restore."""
        return self.host != host_name() or not process_alive(self.pid)

    @property
    def title(self) -> str:
        return Path(self.original).name if self.original else "Untitled"


class RecoveryStore:
    """Recovery files of one folder; each editing session owns one file, named by session."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)

    def path_for(self, session: str) -> Path:
        return self.folder / f"{session}{RECOVERY_SUFFIX}"

    def write(self, session: str, text: str, original: str | os.PathLike | None) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path_for(session)
        record = {
            "format": RECOVERY_FORMAT,
            "original": str(original) if original else None,
            "saved_at": _now(),
            "pid": os.getpid(),
            "host": host_name(),
            "document": text,
        }
        atomic_write(path, json.dumps(record, ensure_ascii=False), backup=False)
        return path

    def discard(self, session: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(session).unlink()

    def read(self, path: str | os.PathLike) -> Recovery | None:
        path = Path(path)
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
            return None
        try:
            return Recovery(path=path, original=data.get("original"),
                            saved_at=str(data.get("saved_at", "")), pid=int(data.get("pid", 0)),
                            host=str(data.get("host", "")), text=str(data["document"]))
        except (KeyError, TypeError, ValueError):
            return None

    def all(self) -> list[Recovery]:
        if not self.folder.is_dir():
            return []
        found = (self.read(p) for p in sorted(self.folder.glob(f"*{RECOVERY_SUFFIX}")))
        return [r for r in found if r is not None]

    def orphaned(self) -> list[Recovery]:
        """Recovery files left by crashed sessions, newest first."""
        return sorted((r for r in self.all() if r.orphaned), key=lambda r: r.saved_at,
                      reverse=True)


def new_session_id() -> str:
    seed = f"{host_name()}-{os.getpid()}-{dt.datetime.now().timestamp()}-{os.urandom(4).hex()}"
    return hashlib.sha1(seed.encode()).hexdigest()[:16]


# -- lock files -------------------------------------------------------------------------------
@dataclass(frozen=True)
class LockInfo:
    path: Path
    user: str
    host: str
    pid: int
    since: str

    @property
    def mine(self) -> bool:
        return self.host == host_name() and self.pid == os.getpid()

    @property
    def stale(self) -> bool:
        """The process that wrote it is gone (only knowable on the same host)."""
        return self.host == host_name() and not process_alive(self.pid)


def lock_path(document: str | os.PathLike) -> Path:
    document = Path(document)
    return document.with_name(f"~${document.name}.lock")


def read_lock(document: str | os.PathLike) -> LockInfo | None:
    path = lock_path(document)
    try:
        data = json.loads(path.read_text("utf-8"))
        return LockInfo(path=path, user=str(data["user"]), host=str(data["host"]),
                        pid=int(data["pid"]), since=str(data.get("since", "")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # unreadable: someone holds it in an unknown way; report without details
        return LockInfo(path=path, user="unknown", host="unknown", pid=0, since="")


def other_lock(document: str | os.PathLike) -> LockInfo | None:
    """A lock held by someone else (live, stale or unknown); None when free or ours."""
    info = read_lock(document)
    if info is None or info.mine:
        return None
    return info


def acquire_lock(document: str | os.PathLike) -> bool:
    """Write our lock beside the document; False when the folder is read-only (no lock then)."""
    record = {"user": user_name(), "host": host_name(), "pid": os.getpid(), "since": _now()}
    try:
        lock_path(document).write_text(json.dumps(record), "utf-8")
    except OSError:
        return False
    return True


def release_lock(document: str | os.PathLike) -> None:
    info = read_lock(document)
    if info is not None and info.mine:
        with contextlib.suppress(OSError):
            info.path.unlink()
