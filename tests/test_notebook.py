"""notebooks/explore.ipynb: a tutorial on the dated example that runs top to bottom, offline, and is
committed without outputs."""

import json

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert "week_of_reports.jsonl" in "".join("".join(c["source"]) for c in code)


@pytest.mark.slow
def test_explore_notebook_runs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"]  # no warnings
    html = [o["data"]["text/html"] for o in outputs if o.get("data", {}).get("text/html")]
    maps = [h for h in html if "<iframe srcdoc=" in h]
    offline = [h for h in maps if "Leaflet 1.9.3" in h and "cdn.jsdelivr" not in h]
    assert len(maps) == 2 and len(offline) == 1  # result.map() offline; geopandas' explore() beside it
    explored = next(h for h in maps if h is not offline[0])
    assert "Belgorod Oblast" in explored and "Tula Oblast" in explored and "Kaluga Oblast" in explored
    assert html[0].startswith('<div class="mapper-result">')  # the result's own summary
    assert any("Shebekino" in h and "shootdown" in h for h in html)  # the filtered table
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the timeline
    assert any("Kursk Oblast" in h and "strike" in h for h in html)  # per region and kind
    assert any("'summary.json'" in o.get("data", {}).get("text/plain", "") for o in outputs)  # export
