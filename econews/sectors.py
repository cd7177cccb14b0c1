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


def find_sectors(text: str) -> list[SectorMention]:
    """Every sector keyword in `text`, left to right, never overlapping (longest wins).

    Offsets are Python string indices into `text`, so `text[m.start:m.end] == m.text`.
    """
    _, patterns = _patterns()
    masked = _masked(text)
    candidates = []
    for pattern, sid in patterns:
        for m in pattern.finditer(masked):
            candidates.append((m.start(), m.end(), sid))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int]] = []
    found: list[SectorMention] = []
    for start, end, sid in candidates:
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
            found.append(SectorMention(start, end, text[start:end], sid))
    return sorted(found, key=lambda m: m.start)


def sectors_in(text: str) -> list[str]:
    """The sector ids `text` names, each once, in order of first mention."""
    return list(dict.fromkeys(m.sector for m in find_sectors(text or "")))
