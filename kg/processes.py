"""Helper processes that do not outlive the process that started them."""

from __future__ import annotations

import contextlib
import os
import signal
import sys


def die_with_parent(parent: int | None = None) -> None:
    """Linux: this process gets SIGKILL when the one that started it dies (a query worker must not
    go on for a server that is gone, an extraction worker for a build that was killed). When
    ``parent`` is given and is no longer this process's parent (it died before this call), exit
    at once. Elsewhere nothing is done: the pool or the server stops its workers itself."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if parent is not None and os.getppid() != parent:
        os._exit(1)
