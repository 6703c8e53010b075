"""Shared pieces of the CLI: the typer app, error handling, output helpers."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from kg import __version__
from kg.errors import KGError

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of conflict actors from reports, query it with SPARQL, look at it.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Build a knowledge graph of conflict actors from reports, query it with SPARQL, look at it."""


def error(message: str) -> None:
    """Print a one-line error on stderr."""
    first = " ".join(str(message).split())
    sys.stderr.write(f"kg: error: {first}\n")


def warn(message: str) -> None:
    """Print a one-line warning on stderr."""
    first = " ".join(str(message).split())
    sys.stderr.write(f"kg: warning: {first}\n")


def handle_errors(func: F) -> F:
    """Turn a :class:`KGError` (and OS errors) into one line on stderr and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KGError as e:
            error(str(e))
            raise typer.Exit(1) from None
        except OSError as e:
            error(f"{getattr(e, 'filename', '') or ''}: {e.strerror or e}".lstrip(": "))
            raise typer.Exit(1) from None
        except BrokenPipeError:  # output piped into `head` and closed: not an error
            sys.stderr.close()
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            error("interrupted; the previous exports and store are left as they were")
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as e:  # a bug: one line, and the traceback only when asked for
            if os.environ.get("KG_DEBUG"):
                raise
            where = "".join(f" ({note})" for note in getattr(e, "__notes__", ()))  # "while extracting FILE"
            error(f"internal error: {type(e).__name__}: {e}{where} (set KG_DEBUG=1 for the traceback; please report it)")
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def graph_source(out: Path, store: Path | None, graph: Path | None) -> tuple[str, Path]:
    """Which built graph a reading command uses: ``("store", DIR)`` or ``("file", FILE)``.

    ``--store DIR`` and ``--graph FILE`` choose; without them the store of the build folder
    ``OUT/store`` when there is one, else ``OUT/graph.trig``. ``kg query`` and ``kg view`` share
    this rule, so they read the same graph.
    """
    from kg.errors import InputError
    from kg.store.store import default_store, store_exists

    if graph is not None and store is not None:
        raise InputError("give either --graph FILE or --store DIR, not both")
    if store is not None:
        return "store", store
    if graph is not None:
        return "file", graph
    if store_exists(default_store(out)):
        return "store", default_store(out)
    return "file", Path(out) / "graph.trig"


def terminal_width() -> int | None:
    """Columns of the terminal stdout writes to (or ``$COLUMNS``); None when it is not a terminal
    and ``COLUMNS`` is not set (a table piped to a file keeps its cells whole up to 80 characters)."""
    import shutil

    if os.environ.get("COLUMNS", "").isdigit():
        return max(int(os.environ["COLUMNS"]), 20)
    if not sys.stdout.isatty():
        return None
    return max(shutil.get_terminal_size().columns, 20)


def split_list(values: list[str] | None) -> list[str] | None:
    """Repeated and comma-separated option values as one list: ``["a,b", "c"]`` -> ``["a", "b", "c"]``;
    nothing given stays None (no filter)."""
    if not values:
        return None
    return [part.strip() for v in values for part in v.split(",") if part.strip()]
