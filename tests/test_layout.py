"""The folders show the pipeline (design.md, "Layout"): a module imports only from its own folder
and from the folders below it (python -m kg -> cli -> pipeline -> store, views -> graph -> extract ->
models, errors, vocab), counting imports inside functions too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"

#: Level of each part of the package; a module may import its own part or a lower level.
LEVELS = {"entry": 6, "cli": 5, "orchestration": 4, "store": 3, "views": 3, "graph": 2, "extract": 1, "base": 0}
ORCHESTRATION = {"pipeline", "parallel", "evaluate"}


def part(module: str) -> str:
    names = module.split(".")
    if len(names) > 2 or (len(names) == 2 and (KG / names[1]).is_dir()):
        return names[1]
    if names[-1] == "__main__":  # python -m kg
        return "entry"
    return "orchestration" if names[-1] in ORCHESTRATION else "base"


def imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("kg.")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg.") and not node.level:
            out.add(node.module)
    return out


MODULES = sorted(p for p in KG.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(KG)))
def test_imports_follow_the_layout(path: Path) -> None:
    rel = path.relative_to(KG.parent).with_suffix("")
    module = ".".join(p for p in rel.parts if p != "__init__")
    here = part(module)
    for imported in sorted(imports(path)):
        there = part(imported)
        assert there == here or LEVELS[there] < LEVELS[here], f"{module} ({here}) imports {imported} ({there})"


def test_graph_imports_no_views_and_store_no_pipeline() -> None:
    """The three rules the layout once broke, named: the HTML exporter is a plugin, the store's
    document jobs live in kg.pipeline, compact_iri is not taken from the SPARQL module."""
    for path in (KG / "graph").glob("*.py"):
        assert not any(m.startswith("kg.views") for m in imports(path)), path
        assert not any(m.startswith("kg.store") for m in imports(path)), path
    for path in (KG / "store").glob("*.py"):
        assert "kg.pipeline" not in imports(path), path


def test_html_exporter_is_a_plugin() -> None:
    from kg.graph.exports import EXPORTERS, PLUGIN_GROUP
    from importlib.metadata import entry_points

    assert "html" in EXPORTERS
    assert [ep.value for ep in entry_points(group=PLUGIN_GROUP) if ep.name == "html"] == ["kg.views.html:HTML_EXPORTER"]
    assert list(EXPORTERS)[-1] == "html"  # plugins after the exporters of kg.graph.exports
