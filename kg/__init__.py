"""conflict-kg: a knowledge graph of conflict actors built from reports.

The library does the work and returns data; :mod:`kg.cli` is a thin layer on top.

>>> import kg
>>> kg.__version__
'0.1.0'
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
