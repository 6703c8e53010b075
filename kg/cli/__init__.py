"""The ``kg`` command line: parses options, calls one library function, prints or writes.

Each group of commands lives in its own module and registers itself on :data:`app`.
"""

from __future__ import annotations

from kg.cli.common import app

# Command modules register their commands on `app` when imported.
from kg.cli import build_cmd as _build_cmd  # noqa: F401,E402
from kg.cli import eval_cmd as _eval_cmd  # noqa: F401,E402
from kg.cli import query_cmd as _query_cmd  # noqa: F401,E402
from kg.cli import store_cmd as _store_cmd  # noqa: F401,E402
from kg.cli import serve_cmd as _serve_cmd  # noqa: F401,E402
from kg.cli import push_cmd as _push_cmd  # noqa: F401,E402
from kg.cli import view_cmd as _view_cmd  # noqa: F401,E402


def main() -> None:
    """Entry point of the ``kg`` script."""
    app()


__all__ = ["app", "main"]
