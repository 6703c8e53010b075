"""``python -m kg``: the same command line as the ``kg`` script (and the same completion)."""

from kg.cli import app

if __name__ == "__main__":
    app(prog_name="kg")
