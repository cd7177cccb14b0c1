"""Every relative link of the documentation resolves.

Checked: markdown links and images (`[text](path)`, `[text](path#anchor)`, `[text](#anchor)`,
reference definitions `[label]: path`) in README.md and docs/*.md, and the docs/ paths that
prefect.yaml's comments name. A path must exist, relative to the file that links it; an
anchor, when given, must be a heading of the target markdown file (GitHub's slugs).
Links to the web (`http://`, `https://`, `mailto:`) are not checked. Text inside code blocks
and code spans is not markdown, so links and headings there are ignored.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_FENCE_RE = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$", re.MULTILINE | re.DOTALL)
_CODE_SPAN_RE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.DOTALL)
_INLINE_LINK_RE = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'(][^)]*)?\)")
_REFERENCE_RE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.MULTILINE)
_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$", re.MULTILINE)
_EXTERNAL_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")  # http:, https:, mailto:, file:...
_DOCS_PATH_RE = re.compile(r"(?<![\w./-])(docs/[\w./-]*[\w/])(#[\w-]+)?")


def without_code(markdown: str) -> str:
    """The markdown with fenced code blocks and code spans blanked (line count kept)."""
    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return _CODE_SPAN_RE.sub(blank, _FENCE_RE.sub(blank, markdown))


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: markup dropped, lower case, punctuation removed,
    spaces to hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link keeps its text
    text = re.sub(r"[`*~]|<[^>]+>", "", text).strip().lower()  # `_` stays, as in `sector_mentions`
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(markdown: str) -> set[str]:
    """The anchors of a markdown file's headings (a repeated heading gets -1, -2...)."""
    seen: dict[str, int] = {}
    found = set()
    for match in _HEADING_RE.finditer(without_code(markdown)):
        base = slug(match.group(2))
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def markdown_links(markdown: str) -> list[str]:
    text = without_code(markdown)
    return [m.group(1) for m in _INLINE_LINK_RE.finditer(text)] + [
        m.group(1) for m in _REFERENCE_RE.finditer(text)
    ]


def yaml_comment_links(yaml_text: str) -> list[str]:
    """docs/ paths named in the comments of a YAML file."""
    links = []
    for line in yaml_text.splitlines():
        if "#" not in line:
            continue
        comment = line[line.index("#"):]
        links += [m.group(1) + (m.group(2) or "") for m in _DOCS_PATH_RE.finditer(comment)]
    return links


def broken_links(file: Path, links: list[str], base: Path) -> list[str]:
    """The links of `file` that do not resolve, relative paths taken from `base`."""
    broken = []
    for link in links:
        if _EXTERNAL_RE.match(link) or link.startswith("//"):
            continue
        path, _, anchor = link.partition("#")
        target = (base / path).resolve() if path else file.resolve()
        if not target.exists():
            broken.append(f"{file.name}: {link} (no such file: {target})")
            continue
        if anchor and target.suffix == ".md" and anchor not in anchors(target.read_text("utf-8")):
            broken.append(f"{file.name}: {link} (no heading #{anchor} in {target.name})")
    return broken


def check_markdown(file: Path) -> list[str]:
    return broken_links(file, markdown_links(file.read_text("utf-8")), file.parent)


def check_yaml(file: Path) -> list[str]:
    # Paths in prefect.yaml are relative to the repository (the project's root).
    return broken_links(file, yaml_comment_links(file.read_text("utf-8")), file.parent)


DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("file", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves(file):
    broken = check_markdown(file)
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_prefect_yaml_names_existing_docs():
    file = ROOT / "prefect.yaml"
    assert yaml_comment_links(file.read_text("utf-8")), "prefect.yaml names no docs/ file"
    broken = check_yaml(file)
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_the_documentation_files_exist():
    names = {p.name for p in DOCUMENTS}
    assert {"README.md", "lake.md", "operating.md", "extraction.md", "analysts.md", "performance.md"} <= names


def test_readme_reads_in_five_minutes():
    assert len((ROOT / "README.md").read_text("utf-8").splitlines()) <= 250


# The checker itself: it must see a broken link, and only a broken one.


def test_a_broken_link_is_reported(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "lake.md").write_text("# The lake\n\n## Tables: what they hold\n", "utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Title\n\n"
        "[fine](docs/lake.md) [fine anchor](docs/lake.md#tables-what-they-hold) [here](#title)\n"
        "![missing image](docs/nothing.png)\n"
        "see [missing file](docs/missing.md) and [missing anchor](docs/lake.md#no-such-heading)\n"
        "[missing here](#nowhere) [web](https://example.org/x.md) <https://example.org>\n"
        "`[in code](docs/not-checked.md)`\n"
        "```\n[in a block](docs/not-checked-either.md)\n# not a heading\n```\n"
        "[ref]: docs/gone.md\n",
        "utf-8",
    )
    broken = check_markdown(readme)
    assert [b.split(" (")[0] for b in broken] == [
        "README.md: docs/nothing.png",
        "README.md: docs/missing.md",
        "README.md: docs/lake.md#no-such-heading",
        "README.md: #nowhere",
        "README.md: docs/gone.md",
    ]


def test_a_broken_docs_path_in_prefect_yaml_is_reported(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "operating.md").write_text("# Operating\n", "utf-8")
    yaml_file = tmp_path / "prefect.yaml"
    yaml_file.write_text(
        "# Deployment (docs/operating.md has the steps; docs/deploying.md does not exist).\n"
        "name: econews  # see docs/operating.md#operating\n"
        "description: docs/not-a-comment.md\n",
        "utf-8",
    )
    assert yaml_comment_links(yaml_file.read_text("utf-8")) == [
        "docs/operating.md", "docs/deploying.md", "docs/operating.md#operating",
    ]
    assert [b.split(" (")[0] for b in check_yaml(yaml_file)] == ["prefect.yaml: docs/deploying.md"]


def test_slugs_follow_github():
    assert slug("Operating econews: a Prefect server, schedules, manual runs, Dask") == (
        "operating-econews-a-prefect-server-schedules-manual-runs-dask"
    )
    assert slug("`runs` — one row per run") == "runs--one-row-per-run"
    assert slug("Quality, and the model: sm vs md") == "quality-and-the-model-sm-vs-md"
    assert slug("sector_mentions") == "sector_mentions"
    assert slug("1. Start the server and open the UI") == "1-start-the-server-and-open-the-ui"
    assert anchors("# A\n## A\n```\n# B\n```\n") == {"a", "a-1"}
