"""``notebooks/01-explore.ipynb`` runs from top to bottom (nbclient, python3 kernel, a temporary folder)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "01-explore.ipynb"


def _missing(*modules: str) -> str | None:
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            return f"{name} cannot be imported yet ({exc})"
    return None


nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[test]' (nbformat)")


def test_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def test_notebook_runs(tmp_path):
    reason = _missing("tacb_graph.pipeline", "tacb_graph.analyse", "nbclient", "ipykernel")
    if reason:
        pytest.skip(reason)
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, kernel_name="python3", timeout=600,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert (tmp_path / "out" / "store").is_dir()
    assert (tmp_path / "out" / "explore.html").stat().st_size > 100_000
    assert (tmp_path / "out" / "libya.png").stat().st_size > 0
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "State" in text and "communities" in text
