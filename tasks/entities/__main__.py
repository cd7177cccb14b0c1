"""python -m econews.tasks.entities FILE...: the sm/md speed table (docs/extraction.md)."""

import sys
from pathlib import Path

from econews.tasks.entities import compare_models

sample = [Path(p).read_text("utf-8") for p in sys.argv[1:]] or ["Le Maroc et la Chine."]
for row in compare_models(sample):
    print(row)
