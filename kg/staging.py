"""Folders kg makes, the lock of a build folder, and the switch of a build's outputs as one
transaction.

kg deletes only what it made, and it knows what it made by a marker: a store folder carries
``kg-store.json`` (see :mod:`kg.store.store`), a staging folder ``kg-staging.json``. A folder without
its marker is never removed, replaced or "recovered": it is refused with a one-line message.

**The lock.** A build folder (``exports/``, the folder a store lives in) is locked with ``flock`` on
the folder itself (no lock file is made): the commands that read it (``kg query``, ``kg serve``,
``kg view``, ``kg export``, ``kg push``) hold a shared lock while they read, and those that change
it (``kg build``, ``kg add``, ``kg remove``, ``kg export`` into the same folder) an exclusive one while
they change it. A running ``kg serve`` holds its shared lock until it stops, so a build or an add on
the folder it serves is refused with a message instead of switching the store under it.

**The switch.** A build writes everything (the exports and the store) into a staging folder
``OUT/.kg-build-XXXXXXXX/new/`` first. When all of it is written, under the exclusive lock, it writes
a journal (``switch.json``: which names it replaces, and whether each existed), moves each new file or
folder into place, keeping the previous one in the staging folder, and then marks the journal done:
that is the commit. A build that fails, is interrupted or killed before the commit is rolled back,
by itself or by the next command that opens the folder (:func:`recover`): every name is put back as
it was, by renames only. The staging folder of a finished or abandoned build is removed by the next
command that writes to the folder; one still in use (its marker is locked by a live process) is
left alone.

>>> import tempfile
>>> out = Path(tempfile.mkdtemp())
>>> with Staging(out) as st:
...     _ = st.new("a.txt").write_text("new")
...     st.commit()
[...a.txt')]
>>> (out / "a.txt").read_text(), [p.name for p in out.iterdir()]
('new', ['a.txt'])
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import KGError, StoreError

try:  # POSIX; elsewhere folders are not locked
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STAGING_PREFIX = ".kg-build-"
STAGING_MARKER = "kg-staging.json"
STAGING_FORMAT = "conflict-kg staging"
JOURNAL = "switch.json"
DONE = "switch.done.json"
ROLLED_BACK = "switch.rolled-back.json"

#: Seconds a command waits for the folder lock before it gives up with a message (a switch takes
#: milliseconds; a ``kg query`` its time limit).
LOCK_WAIT = float(os.environ.get("KG_LOCK_WAIT", "10"))

Warn = Callable[[str], None]


def _ignore(_: str) -> None:
    return None


# --------------------------------------------------------------------------- the folder lock

class FolderLock:
    """A ``flock`` on a folder: shared (reading) or exclusive (changing). Release with
    :meth:`release` or use it as a context manager."""

    def __init__(self, folder: Path, fd: int | None, exclusive: bool) -> None:
        self.folder = folder
        self.exclusive = exclusive
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


BUSY = ("is in use by another kg command (a running `kg serve`, or a `kg query`, `kg add` or `kg build` "
        "on it); stop it or wait for it to finish, then try again")


def lock_folder(folder: Path | str, *, exclusive: bool, wait: float = LOCK_WAIT, what: str = "") -> FolderLock:
    """Lock ``folder`` (shared or exclusive), waiting up to ``wait`` seconds for the other holders.

    A folder that cannot be opened (a read-only mount is fine, a missing folder is not) or a
    system without ``flock`` gives a lock that holds nothing.

    Raises
    ------
    kg.errors.StoreError
        The lock was not free within ``wait`` seconds.
    """
    folder = Path(folder)
    if fcntl is None:
        return FolderLock(folder, None, exclusive)
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return FolderLock(folder, None, exclusive)
    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return FolderLock(folder, fd, exclusive)
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                os.close(fd)
                return FolderLock(folder, None, exclusive)
        if time.monotonic() >= deadline:
            os.close(fd)
            raise StoreError(f"{folder}: {what + ' ' if what else ''}{BUSY}")
        time.sleep(0.05)


# --------------------------------------------------------------------------- markers

def read_marker(path: Path, fmt: str) -> dict[str, Any] | None:
    """The JSON marker at ``path`` when it says ``"format": fmt``, else None (missing, unreadable,
    a link, or another format)."""
    try:
        if path.is_symlink() or not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == fmt else None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write a small JSON file atomically and durably (temporary file, fsync, rename)."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, sort_keys=True)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --------------------------------------------------------------------------- staging

class Staging:
    """A staging folder ``OUT/.kg-build-XXXXXXXX/`` that a build writes into, switched into ``OUT``
    by :meth:`commit` in one transaction (see the module's description).

    Use it as a context manager: leaving it without a commit (an error, Ctrl-C) rolls back what
    was switched and removes the staging folder.

    Parameters
    ----------
    out_dir : Path
        The folder the outputs go to (created when missing).
    lock_wait : float
        Seconds :meth:`commit` waits for the readers of ``out_dir`` to let go.
    error : type
        The :class:`kg.errors.KGError` raised when something cannot be written.
    """

    def __init__(self, out_dir: Path | str, *, lock_wait: float = LOCK_WAIT,
                 error: type[KGError] = StoreError) -> None:
        self.out_dir = Path(out_dir)
        self.lock_wait = lock_wait
        self.error = error
        self._checks: dict[str, Callable[[Path], None] | None] = {}
        self._hold: int | None = None
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise error(f"{self.out_dir}: cannot create the output folder ({e.strerror or e})") from None
        try:
            self.path = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.out_dir))
            marker = self.path / STAGING_MARKER
            _write_json(marker, {"format": STAGING_FORMAT, "version": 1, "pid": os.getpid(),
                                 "created": time.strftime("%Y-%m-%dT%H:%M:%S%z")})
            self._hold = os.open(marker, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            if fcntl is not None:
                fcntl.flock(self._hold, fcntl.LOCK_EX | fcntl.LOCK_NB)  # "in use" for as long as we live
            (self.path / "new").mkdir()
            (self.path / "previous").mkdir()
        except OSError as e:
            raise error(f"{self.out_dir}: cannot write there ({e.strerror or e})") from None
        self.committed = False

    def new(self, name: str) -> Path:
        """Where the new version of ``name`` (a file or a folder of ``out_dir``) is written."""
        return self.path / "new" / name

    def replace_folder(self, name: str, check: Callable[[Path], None]) -> None:
        """Declare that the folder ``name`` is switched too; ``check(OUT/name)`` must pass (raise a
        :class:`kg.errors.KGError` otherwise) before an existing folder of that name is replaced."""
        self._checks[name] = check

    def names(self) -> list[str]:
        """Every name written into the staging folder, in the order they are switched: files
        first (sorted), then folders (sorted)."""
        entries = sorted(os.listdir(self.path / "new"))
        return ([n for n in entries if not (self.path / "new" / n).is_dir()]
                + [n for n in entries if (self.path / "new" / n).is_dir()])

    def commit(self) -> list[Path]:
        """Switch everything written into the staging folder into ``out_dir``, all or nothing.

        Raises
        ------
        kg.errors.KGError
            (The ``error`` kind given.) The folder is busy (a server reads it), a name to replace is
            a folder kg did not make, or a rename failed (then everything is put back as it was
            before the commit).
        """
        names = self.names()
        with lock_folder(self.out_dir, exclusive=True, wait=self.lock_wait, what="cannot be written: it"):
            entries = []
            for name in names:
                target = self.out_dir / name
                is_dir = (self.path / "new" / name).is_dir()
                had = os.path.lexists(target)
                if had and is_dir:
                    check = self._checks.get(name)
                    if check is None or target.is_symlink() or not target.is_dir():
                        raise self.error(f"{target}: not a folder kg made (no marker): kg will not replace it; "
                                         "move it away or write to another folder")
                    check(target)
                elif had and (target.is_dir() and not target.is_symlink()):
                    raise self.error(f"{target}: is a folder, not a file kg wrote: move it away or write to "
                                     "another folder")
                entries.append({"name": name, "folder": is_dir, "had": had})
            try:
                _write_json(self.path / JOURNAL, {"format": STAGING_FORMAT, "state": "switching",
                                                  "entries": entries})
                for e in entries:
                    _test_pause("switch")
                    _switch_one(self.out_dir, self.path, e)
                _test_pause("commit")
                os.replace(self.path / JOURNAL, self.path / DONE)  # the commit
                _fsync_dir(self.path)
                _fsync_dir(self.out_dir)
            except OSError as e:
                put_back = _roll_back(self.out_dir, self.path)
                raise self.error(f"{self.out_dir}: cannot switch in the new version ({e.strerror or e}); "
                                 + ("the previous version is left as it was" if put_back else
                                    f"some previous files could not be put back: they are in {self.path}/previous")
                                 ) from None
            except BaseException:
                _roll_back(self.out_dir, self.path)
                raise
            self.committed = True
        self.close()
        return [self.out_dir / n for n in names]

    def close(self) -> None:
        """Roll back an unfinished switch, remove the staging folder and let go of it."""
        if self._hold is None:
            return
        kept = False
        if not self.committed and (self.path / JOURNAL).exists():
            kept = not _roll_back(self.out_dir, self.path)
        if not kept:
            shutil.rmtree(self.path, ignore_errors=True)
        os.close(self._hold)
        self._hold = None

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _switch_one(out_dir: Path, staging: Path, e: dict[str, Any]) -> None:
    name = e["name"]
    target, new, prev = out_dir / name, staging / "new" / name, staging / "previous" / name
    if e["had"]:
        if e["folder"]:
            os.replace(target, prev)
            _test_pause("switching")
        else:  # a second name for the previous file: the name is never missing while it switches
            try:
                os.link(target, prev, follow_symlinks=False)
            except OSError:
                shutil.copy2(target, prev, follow_symlinks=False)
    os.replace(new, target)


def _roll_back(out_dir: Path, staging: Path) -> bool:
    """Put every name an unfinished switch touched back as it was, by renames only; True when
    all of them are. Idempotent: it may itself be interrupted and run again."""
    journal = read_marker(staging / JOURNAL, STAGING_FORMAT)
    if journal is None:
        return True
    ok = True
    for e in reversed(journal.get("entries") or []):
        name = str(e.get("name", ""))
        if not name or "/" in name or name in (".", ".."):
            continue
        target, new, prev = out_dir / name, staging / "new" / name, staging / "previous" / name
        try:
            if os.path.lexists(prev):
                if e.get("folder") and os.path.lexists(target):
                    os.replace(target, new)  # the new store, out of the way
                os.replace(prev, target)
            elif not e.get("had") and not os.path.lexists(new) and os.path.lexists(target):
                os.replace(target, new)  # a name the switch added: out of the way, not deleted
        except OSError:
            ok = False
    if ok:
        with contextlib.suppress(OSError):
            os.replace(staging / JOURNAL, staging / ROLLED_BACK)
    return ok


# --------------------------------------------------------------------------- recovery

def staging_folders(out_dir: Path) -> list[Path]:
    """The staging folders kg made in ``out_dir`` (a real folder named ``.kg-build-*`` with a valid
    marker), sorted."""
    try:
        names = sorted(os.listdir(out_dir))
    except OSError:
        return []
    found = []
    for n in names:
        p = out_dir / n
        if n.startswith(STAGING_PREFIX) and p.is_dir() and not p.is_symlink() \
                and read_marker(p / STAGING_MARKER, STAGING_FORMAT) is not None:
            found.append(p)
    return found


def _in_use(staging: Path) -> bool:
    """Whether a live process holds the staging folder (its marker is locked)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(staging / STAGING_MARKER, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def interrupted(out_dir: Path | str) -> list[Path]:
    """Staging folders of ``out_dir`` whose switch was interrupted (their process is gone)."""
    out_dir = Path(out_dir)
    return [s for s in staging_folders(out_dir) if (s / JOURNAL).exists() and not _in_use(s)]


def recover(out_dir: Path | str, *, remove: bool = False, on_warning: Warn = _ignore) -> None:
    """Roll back the switches that builds killed in the middle left in ``out_dir`` (renames only),
    and with ``remove`` delete the staging folders of builds that are over (kg's own, by their
    marker; never one still in use). Folders an older kg left (``.tmp-*``, ``store.new``,
    ``store.old``) carry no marker: they are named in a warning and left alone.

    Raises
    ------
    kg.errors.StoreError
        An interrupted switch could not be rolled back (for example on a read-only mount).
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return
    broken = interrupted(out_dir)
    if broken:
        with lock_folder(out_dir, exclusive=True, what="cannot be recovered from an interrupted build: it"):
            for s in interrupted(out_dir):
                if not _roll_back(out_dir, s):
                    raise StoreError(f"{out_dir}: a build was interrupted while switching its outputs and they "
                                     f"cannot be put back (is the folder read-only?); the previous versions are "
                                     f"in {s}/previous")
    if not remove:
        return
    for s in staging_folders(out_dir):
        if not _in_use(s) and not (s / JOURNAL).exists():
            shutil.rmtree(s, ignore_errors=True)
    for name in _legacy(out_dir):
        on_warning(f"{out_dir / name}: left by an earlier version of kg (it has no kg marker): not removed; "
                   "delete it yourself if nothing uses it")


def _legacy(out_dir: Path) -> list[str]:
    try:
        names = sorted(os.listdir(out_dir))
    except OSError:
        return []
    return [n for n in names if (n.startswith(".tmp-") or n in ("store.new", "store.old"))
            and (out_dir / n).is_dir() and not (out_dir / n).is_symlink()]


def _test_pause(stage: str) -> None:
    """Test hook: ``KG_TEST_STORE_PAUSE=seconds`` makes a switch wait at ``stage`` (only at
    ``KG_TEST_STORE_PAUSE_AT`` when that is set) after writing the file ``KG_TEST_STORE_MARK``."""
    pause = os.environ.get("KG_TEST_STORE_PAUSE")
    at = os.environ.get("KG_TEST_STORE_PAUSE_AT")
    if pause and (not at or at == stage):
        mark = os.environ.get("KG_TEST_STORE_MARK")
        if mark:
            Path(mark).write_text(stage, encoding="utf-8")
        time.sleep(float(pause))


@contextlib.contextmanager
def writing(out_dir: Path | str, *, on_warning: Warn = _ignore, wait: float = 0.0) -> Iterator[FolderLock]:
    """Hold ``out_dir`` exclusively (after recovering it): for changes made in place (``kg add``)."""
    out_dir = Path(out_dir)
    recover(out_dir, remove=True, on_warning=on_warning)
    lock = lock_folder(out_dir, exclusive=True, wait=wait, what="cannot be changed: it")
    try:
        yield lock
    finally:
        lock.release()


def check_writable(out_dir: Path | str, *, on_warning: Warn = _ignore) -> None:
    """Before a long build: recover ``out_dir``, remove stale staging folders, and refuse at once
    when another command holds the folder (a server)."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise StoreError(f"{out_dir}: cannot create the output folder (a file of that name is in the way)")
    recover(out_dir, remove=True, on_warning=on_warning)
    if out_dir.is_dir():
        lock_folder(out_dir, exclusive=True, wait=0, what="cannot be written: it").release()


__all__ = ["FolderLock", "Staging", "check_writable", "interrupted", "lock_folder", "read_marker", "recover",
           "staging_folders", "writing"]
