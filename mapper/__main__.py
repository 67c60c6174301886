"""``python -m mapper``: the command line (see :mod:`mapper.cli`)."""
import sys

from .cli import main

sys.exit(main())
