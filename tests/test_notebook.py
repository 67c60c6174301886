"""notebooks/explore.ipynb runs top to bottom and shows the map inline."""

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT


@pytest.mark.slow
def test_explore_notebook_runs():
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if o.get("data", {}).get("text/html")]
    maps = [h for h in html if "<iframe srcdoc=" in h]
    assert len(maps) == 1
    assert "Leaflet 1.9.3" in maps[0] and "cdn.jsdelivr" not in maps[0]
    assert any("Kaluga Oblast" in h for h in html)
