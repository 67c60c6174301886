"""Start-up: what a run does before it reads a report."""

import subprocess
import sys


def test_a_run_reads_no_package_metadata():
    """The version is read for --version only, not each time the parser is made."""
    code = "import sys; from mapper.cli import _parser; _parser(); print('importlib.metadata' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
