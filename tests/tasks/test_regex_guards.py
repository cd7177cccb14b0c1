"""The first-letters guards of the extraction grammar turn nothing away.

Many patterns open with a look-ahead on the characters a match can begin with
(`(?=\\b(?i:[abc]))...`): a speed-up that must not change what the pattern finds. A word added to
an alternation without its first letter in the guard is never read (`frôlent les 160 MMDH` was
never `approx`: the `f` was missing). Each guarded pattern of the stages' modules is run with and
without its guard over the development corpus's pages; both must find the same spans.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from econews.openings import regex_structure

MODULES = [
    *(f"econews.tasks.metrics.{m}" for m in (
        "article", "atoms", "context", "countries", "country_clauses", "country_masks", "country_rivals",
        "country_subjects", "lists", "neighbours", "numbers", "scan", "sentences", "units")),
    "econews.countries", "econews.tasks.clean", "econews.tasks.dates", "econews.tasks.sentences",
    *(f"econews.tasks.relations.{m}" for m in ("companies", "document", "investments", "partnerships")),
    *(f"econews.tasks.entities.{m}" for m in ("cues", "extend", "labels", "mentions", "names")),
]
DATA = Path(__file__).resolve().parents[2] / "data"
# The development corpora that were read (the unread ones stay unread, even by a test's message).
CORPORA = ("gold", "holdout", "fresh", "fresh2", "fresh3", *(f"fresh{i}" for i in range(5, 31) if i != 9),
           "fresh32", "fresh33", "fresh35", "fresh38", "fresh40", "fresh42", "fresh43", "fresh46", "fresh47")
# Sentences that each guard once turned away.
KNOWN = [
    "Les exportations frôlent les 160 MMDH.", "Les importations ont avoisiné 8 millions de tonnes.",
    "Output grew 4% over the whole of 2025.", "Morocco's trade balance improved.",
]


def _patterns(module) -> list[tuple[str, re.Pattern]]:
    """The module's compiled patterns: module-level, and in its lists, tuples and dicts."""
    found = []
    for name, obj in vars(module).items():
        items = obj if isinstance(obj, (list, tuple)) else obj.values() if isinstance(obj, dict) else [obj]
        for i, item in enumerate(items):
            for x in (item if isinstance(item, (list, tuple)) else [item]):
                if isinstance(x, re.Pattern):
                    found.append((name if x is obj else f"{name}[{i}]", x))
    return found


def _without_guard(source: str) -> str | None:
    """`source` without the look-ahead it opens with, None when it opens with none."""
    if not source.startswith("(?="):
        return None
    close = next(i for i, ch, depth in regex_structure(source) if ch == ")" and depth == 0)
    return source[close + 1:] or None


@pytest.fixture(scope="module")
def pages() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for corpus in CORPORA for p in sorted((DATA / corpus / "pages").glob("*"))]
    assert len(texts) > 400
    return KNOWN + texts


def test_the_guard_finder_strips_only_the_guard():
    assert _without_guard(r"(?=\b(?i:[ab(]))(?:about|a\(b\))x") == r"(?:about|a\(b\))x"
    assert _without_guard(r"(?:x)") is None


@pytest.mark.parametrize("module_name", MODULES)
def test_guards_turn_no_match_away(module_name, pages):
    lost = []
    for name, pattern in _patterns(importlib.import_module(module_name)):
        bare = _without_guard(pattern.pattern)
        if bare is None:
            continue
        bare_re = re.compile(bare, pattern.flags)
        for text in pages:
            missing = {m.span() for m in bare_re.finditer(text)} - {m.span() for m in pattern.finditer(text)}
            if missing:
                s, e = min(missing)
                lost.append(f"{name}: {text[s:e][:60]!r}")
                break
    assert not lost, lost
