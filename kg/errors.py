"""One error hierarchy for the whole package.

The CLI turns any :class:`KGError` into a one-line message on stderr and exit code 1.
Messages say what was wrong and what is allowed.

>>> try:
...     raise InputError("notes.pdf: not a text document (allowed: .txt, .md, .html)")
... except KGError as e:
...     print(e)
notes.pdf: not a text document (allowed: .txt, .md, .html)
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(KGError):
    """A path, document or data file that cannot be used."""


class GazetteerError(InputError):
    """A gazetteer or actors file that cannot be read."""


class QueryError(KGError):
    """A SPARQL query that cannot be parsed or run."""


class ExportError(KGError):
    """An export that cannot be written, or an unknown export format."""


class GoldError(InputError):
    """A gold annotation file that does not follow the documented format."""


class StoreError(KGError):
    """A triple store that is missing, locked or incompatible."""


class ViewError(KGError):
    """A graph view that cannot be made (unknown actor, bad filter)."""


class PushError(KGError):
    """A graph that could not be sent to an external store (refused, or the store is down)."""


class ClusterError(KGError):
    """A Dask cluster that cannot be reached or used."""
