"""notebooks/explore.ipynb: committed without outputs, and runs top to bottom."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "notebooks" / "explore.ipynb"


def _load():
    return nbformat.read(NOTEBOOK, as_version=4)


def test_committed_notebook_has_no_outputs():
    notebook = _load()
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code, "the notebook has no code cells"
    for number, cell in enumerate(code, 1):
        assert cell.get("outputs") == [], f"code cell {number} has outputs: strip them before committing"
        assert cell.get("execution_count") is None, f"code cell {number} has an execution count"
    assert notebook.metadata.kernelspec.name == "python3"


def test_notebook_only_calls_kg():
    # logic belongs in kg, not in the notebook: no function or class definitions there
    for cell in _load().cells:
        if cell.cell_type == "code":
            assert "def " not in cell.source and "class " not in cell.source, cell.source


def _outputs(notebook, kind: str) -> list:
    return [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs
            if kind in out.get("data", {})]


@pytest.mark.slow
def test_notebook_runs_top_to_bottom(tmp_path, monkeypatch):
    from nbclient import NotebookClient

    output = tmp_path / "out"
    monkeypatch.setenv("KG_OUTPUT", str(output))
    monkeypatch.delenv("KG_EXAMPLES", raising=False)  # must find ../examples by itself
    before = sorted(p.name for p in NOTEBOOK.parent.iterdir())
    notebook = _load()
    # cwd = the notebooks folder, as when a user opens it in Jupyter
    client = NotebookClient(notebook, kernel_name="python3", timeout=600,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError naming the failing cell

    errors = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs
              if out.output_type == "error"]
    assert errors == []
    assert _outputs(notebook, "image/png"), "the centrality bar chart was not drawn"
    frames = [out["data"]["text/html"] for out in _outputs(notebook, "text/html")]
    assert any("<iframe" in html for html in frames), "the interactive graph was not shown"
    tables = [html for html in frames if "<table" in html]
    assert len(tables) >= 3, "expected article, query and centrality tables"
    assert (output / "graph.html").is_file() and (output / "graph.trig").is_file()
    # nothing written next to the notebook
    assert sorted(p.name for p in NOTEBOOK.parent.iterdir()) == before
