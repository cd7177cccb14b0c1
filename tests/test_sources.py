"""The project's own modules: no module binds a top-level name twice.

Why: the extraction modules hold hundreds of module-level patterns, and a second pattern
under a name already taken silently replaces the first for every function that reads it
(a `_COMPANY_NOUN_BEFORE_RE` defined again 150 lines down changed the countries of figures
far from either; a second `_SINCE_RE` made the headline's periods read `depuis` as
`depuis` + a year only). Python accepts it without a warning; this test does not.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for folder in ("econews", "flows", "tasks", "schemas") for p in (ROOT / folder).rglob("*.py"))


def top_level_bindings(source: str) -> dict[str, list[int]]:
    """Each name a module's top level binds (def, class, `name = ...`), with its lines."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            lines[node.name].append(node.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    lines[target.id].append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            lines[node.target.id].append(node.lineno)
    return lines


def test_the_check_sees_a_name_bound_twice():
    twice = top_level_bindings("import re\n_A_RE = re.compile('a')\n\ndef f():\n    pass\n_A_RE = re.compile('b')\n")
    assert twice["_A_RE"] == [2, 6]
    assert twice["f"] == [4]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path):
    twice = {name: lines for name, lines in top_level_bindings(path.read_text(encoding="utf-8")).items() if len(lines) > 1}
    assert not twice, f"{path.relative_to(ROOT)} binds these names more than once (line numbers): {twice}"
