"""The sector taxonomy: which industries a text talks about.

The taxonomy is data (`econews/data/sectors.json`): for each sector a stable `id` (the value
stored in the tables), an English and a French label, and French and English keywords.
Keywords are whole words matched case-insensitively; a trailing `*` matches any ending
(`aéronauti*` finds `aéronautique`, `aéronautiques`). Where two keywords overlap the longest
wins, so `véhicules électriques` is electric mobility, not automotive. Phrases that name no
sector although they contain a keyword (ministry titles such as `Ministre de l'Industrie ...
et de l'Economie Numérique`, `une batterie de mesures`) are masked before matching.

    >>> sectors_in("investir dans l'automobile, le textile et les énergies renouvelables")
    ['automotive', 'textile', 'renewable_energy']
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Sector:
    id: str
    label: str
    label_fr: str
    keywords_fr: tuple[str, ...]
    keywords_en: tuple[str, ...]


@dataclass(frozen=True)
class SectorMention:
    start: int
    end: int
    text: str
    sector: str


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("econews").joinpath("data/sectors.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def taxonomy() -> tuple[Sector, ...]:
    """Every sector of the taxonomy, in the file's order."""
    return tuple(
        Sector(s["id"], s["label"], s["label_fr"], tuple(s["keywords_fr"]), tuple(s["keywords_en"]))
        for s in _data()["sectors"]
    )


SECTOR_IDS: frozenset[str] = frozenset(s.id for s in taxonomy())


def label(sector_id: str, language: str = "en") -> str:
    """The label of a sector id (`automotive` -> `Automotive`, or `Automobile` in French)."""
    for s in taxonomy():
        if s.id == sector_id:
            return s.label_fr if language == "fr" else s.label
    return sector_id


def _keyword_re(keyword: str) -> str:
    stem = keyword[:-1] if keyword.endswith("*") else keyword
    body = r"\s+".join(re.escape(w) for w in stem.split())
    body = body.replace(r"\-", r"[-‐‑–\s]?")  # agro-industrie, agro industrie, agroindustrie
    tail = r"[\w-]*" if keyword.endswith("*") else ""
    return rf"(?<![\w-]){body}{tail}(?![\w-])"


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[re.Pattern], list[tuple[re.Pattern, str]]]:
    masks = [re.compile(p) for p in _data().get("mask", [])]
    keywords: list[tuple[str, str]] = []
    for s in taxonomy():
        for kw in s.keywords_fr + s.keywords_en:
            keywords.append((kw, s.id))
    # Acronym-like keywords (BTP) are matched exactly, the others case-insensitively.
    patterns = [
        (re.compile(_keyword_re(kw), 0 if kw.isupper() else re.IGNORECASE), sid) for kw, sid in keywords
    ]
    return masks, patterns


def _masked(text: str) -> str:
    masks, _ = _patterns()
    for mask in masks:
        text = mask.sub(lambda m: " " * len(m.group(0)), text)
    return text


@lru_cache(maxsize=1)
def _scanner() -> tuple[re.Pattern, list[tuple[re.Pattern, re.Pattern | None, str]]]:
    """(one regex for every position where some keyword can start, [(keyword pattern,
    pattern of its first character or None, sector id)] in the taxonomy's order).

    The scan regex is the alternation of every keyword's body (each with its own case rule),
    grouped by first letter, in a lookahead after the keywords' left boundary: it matches at
    every position where any keyword pattern matches (and seldom elsewhere), so the keyword
    patterns are only tried there.
    """
    _, patterns = _patterns()
    keywords = [kw for s in taxonomy() for kw in s.keywords_fr + s.keywords_en]
    by_first: dict[str, list[str]] = {}
    exact: list[str] = []
    for kw in sorted(keywords, key=len, reverse=True):
        body = _keyword_re(kw)[len(r"(?<![\w-])"):]
        body = body[: body.rindex(r"(?![\w-])")]
        if kw.isupper():
            exact.append(f"(?-i:{body})")
        elif kw[0].isalnum():  # body starts with that letter, unescaped
            first = kw[0].lower() if len(kw[0].lower()) == 1 else kw[0]
            by_first.setdefault(first, []).append(body[1:])
        else:
            exact.append(f"(?i:{body})")
    alternatives = [f"(?i:{first}(?:{'|'.join(rests)}))" for first, rests in by_first.items()] + exact
    scan = re.compile(r"(?<![\w-])(?=" + "|".join(alternatives) + ")")
    plan = []
    for kw, (pattern, sid) in zip(keywords, patterns):
        first = kw[0]
        first_re = re.compile(re.escape(first), pattern.flags) if first.isalnum() else None
        plan.append((pattern, first_re, sid))
    return scan, plan


_BY_FIRST_CHAR: dict[str, tuple[int, ...]] = {}


def _keywords_starting_with(char: str) -> tuple[int, ...]:
    """Indexes (into `_scanner()[1]`) of the keywords whose first character matches `char`."""
    found = _BY_FIRST_CHAR.get(char)
    if found is None:
        _, plan = _scanner()
        found = tuple(k for k, (_, first_re, _) in enumerate(plan) if first_re is None or first_re.match(char))
        _BY_FIRST_CHAR[char] = found
    return found


def find_sectors(text: str) -> list[SectorMention]:
    """Every sector keyword in `text`, left to right, never overlapping (longest wins).

    Offsets are Python string indices into `text`, so `text[m.start:m.end] == m.text`.
    """
    scan, plan = _scanner()
    masked = _masked(text)
    # One pass finds where keywords can start; there each keyword pattern that can start with
    # that character is tried, as its own `finditer` would (a keyword's matches never overlap
    # each other: `last_end`). Candidates are then those of one finditer per keyword.
    candidates = []
    last_end: dict[int, int] = {}
    for hit in scan.finditer(masked):
        pos = hit.start()
        for k in _keywords_starting_with(masked[pos]):
            if pos < last_end.get(k, 0):
                continue
            m = plan[k][0].match(masked, pos)
            if m:
                candidates.append((m.start(), m.end(), k))
                last_end[k] = m.end()
    # Longest first, then leftmost, then the taxonomy's keyword order (a stable sort of the
    # per-keyword lists).
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int]] = []
    found: list[SectorMention] = []
    for start, end, k in candidates:
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
            found.append(SectorMention(start, end, text[start:end], plan[k][2]))
    return sorted(found, key=lambda m: m.start)


def sectors_in(text: str) -> list[str]:
    """The sector ids `text` names, each once, in order of first mention."""
    return list(dict.fromkeys(m.sector for m in find_sectors(text or "")))
