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
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate


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
    return _masked_with_spans(text)[0]


def _masked_with_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """(the text with each mask's matches blanked, mask by mask, the spans blanked)."""
    masks, _ = _patterns()
    spans: list[tuple[int, int]] = []
    for mask, (literal, offset) in zip(masks, _mask_literals()):
        found = _mask_matches(mask, literal, offset, text)
        if found:
            spans += found
            pieces, last = [], 0
            for start, end in found:
                pieces += [text[last:start], " " * (end - start)]
                last = end
            text = "".join(pieces) + text[last:]
    return text, spans


def _mask_matches(mask: re.Pattern, literal: str | None, offset: int, text: str) -> list[tuple[int, int]]:
    """The spans of `mask.finditer(text)`. Where every match has `literal` at `offset` from its
    start, only the places the literal is written are tried (a search for a literal is far
    cheaper than trying the mask at every position of a page: ~0.2 ms a page)."""
    if literal is None:
        return [m.span() for m in mask.finditer(text)]
    found: list[tuple[int, int]] = []
    at = text.find(literal, offset)
    while at >= 0:
        # (the leftmost match not before the last one's end, as finditer goes; `match` at a
        # position reads the characters before it, as a search through it does)
        m = mask.match(text, at - offset)
        if m:
            found.append(m.span())
        at = text.find(literal, max(at + 1, m.end() + offset) if m else at + 1)
    return found


# A mask that opens (after a `\b`) with letters, or with a letter in either case (`[Mm]`) then
# letters: those letters are written in every match (a letter before a quantifier is left
# out, `ministres?`: the look ahead gives it back).
_MASK_LITERAL_RE = re.compile(r"^(?:\\b)?(\[(\w)(\w)\])?([^\W\d_]+)(?![?*{])")


@lru_cache(maxsize=1)
def _mask_literals() -> list[tuple[str | None, int]]:
    """For each mask, (letters every match has, their offset from the match's start), or
    (None, 0) where the mask does not open so or has a branch at its top level."""
    masks, _ = _patterns()
    out: list[tuple[str | None, int]] = []
    for mask in masks:
        m = _MASK_LITERAL_RE.match(mask.pattern)
        pair = m and (not m.group(1) or m.group(2).lower() == m.group(3).lower() != m.group(2))
        if not pair or mask.flags & re.IGNORECASE or _top_level_branch(mask.pattern):
            out.append((None, 0))
            continue
        out.append((m.group(4), 1 if m.group(1) else 0))
    return out


def _top_level_branch(pattern: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


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
    return _read(text)[0]


def _read(text: str) -> tuple[list[SectorMention], list[tuple[int, int]]]:
    """(find_sectors(text), the spans of every mask match and keyword candidate)."""
    scan, plan = _scanner()
    masked, mask_spans = _masked_with_spans(text)
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
    spans = mask_spans + [(start, end) for start, end, _ in candidates]
    # Longest first, then leftmost, then the taxonomy's keyword order (a stable sort of the
    # per-keyword lists).
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int]] = []
    found: list[SectorMention] = []
    for start, end, k in candidates:
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
            found.append(SectorMention(start, end, text[start:end], plan[k][2]))
    return sorted(found, key=lambda m: m.start), spans


_WORD_OR_HYPHEN_RE = re.compile(r"[\w-]")


class TextSectors:
    """The sector keywords of a whole text, and those of its parts (sentences), read from the
    whole text's where that provably gives what `find_sectors` of the part gives: when no
    mask match nor keyword candidate of the whole text runs across the part's ends, and no
    word character or hyphen touches them (the only context the masks' and keywords'
    boundaries read). Then the part's masked text is the whole's cut, its candidates are
    the whole's inside it, and the longest-first choice among them is the same (none
    overlaps one outside). A relation's sentences cost no second reading of the page."""

    def __init__(self, text: str):
        self.text = text
        self.found, spans = _read(text)
        self._starts = [m.start for m in self.found]
        spans.sort()
        self._span_starts = [a for a, _ in spans]
        # the furthest end of the spans opening before each index: a position x lies strictly
        # inside one of the spans opening before it exactly when that maximum passes x
        self._max_ends = list(accumulate((b for _, b in spans), max, initial=-1))

    def within(self, start: int, end: int) -> list[SectorMention]:
        """find_sectors(text[start:end]) (offsets relative to `start`)."""
        text = self.text
        if (not _masks_read_one_character_around() or (start > 0 and _WORD_OR_HYPHEN_RE.match(text, start - 1))
                or _WORD_OR_HYPHEN_RE.match(text, end) or self._runs_across(start) or self._runs_across(end)):
            return find_sectors(text[start:end])
        inside = self.found[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
        return [SectorMention(m.start - start, m.end - start, m.text, m.sector) for m in inside]

    def _runs_across(self, x: int) -> bool:
        """A mask match or keyword candidate starts before `x` and ends after it."""
        return self._max_ends[bisect_left(self._span_starts, x)] > x


# What in a mask reads further than the character on either side of its match (a look
# around, an anchor): the masks have none, or `TextSectors` could not cut the whole text's.
_READS_FURTHER_RE = re.compile(r"\(\?<?[=!]|(?<!\[)\^|(?<!\\)\$|\\[AZ]")


@lru_cache(maxsize=1)
def _masks_read_one_character_around() -> bool:
    return not any(_READS_FURTHER_RE.search(mask.pattern) for mask in _patterns()[0])


def sectors_in(text: str) -> list[str]:
    """The sector ids `text` names, each once, in order of first mention."""
    return list(dict.fromkeys(m.sector for m in find_sectors(text or "")))
