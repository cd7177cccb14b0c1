"""What the relation rules read of one document: its text, sentences, entity and metrics
rows, with per-document caches and small helpers over them."""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from econews.openings import guarded
from econews.sectors import TextSectors
from econews.tasks.sentences import sentence_of

# Words that make a sentence speak of an investment (a company named in it is a candidate).
_NOT_A_ROUTE = (r"(?!(?:\s+[\w'’-]+){0,3}?\s+(?:routes?|flights?|lines?|lignes?|liaisons?|vols?|dessertes?|"
                r"connections?|services?\s+(?:to|vers))\b)")
INVEST_RE = guarded(re.compile(
    r"\b(?:investi\w*|usines?\b|unités?\s+(?:industrielles?|de\s+production)|construi\w*|construction|"
    r"installer|installation|implant\w*|projets?\b|inaugur\w*|première\s+pierre|gigafactor\w*|"
    r"site\s+de\s+production|co-?entreprise|joint[- ]venture|complexe\s+industriel|extension\b|terminal\b|centrale\b|"
    # (not an air route or a line opened: `Royal Air Maroc opens Beijing route`, `ouvre une ligne vers Pékin`)
    rf"ouvr(?:e|ent|ira|ir)\b{_NOT_A_ROUTE}|recrutera\w*|emploiera\w*|création\s+(?:prévue\s+)?de\s+[\d.\s]+emplois|"
    r"invest\w*|projects?\b|complex\b|plants?\b|factor(?:y|ies)|facilit(?:y|ies)|build\w*|groundbreaking|"
    rf"to\s+open{_NOT_A_ROUTE}|opens?\b{_NOT_A_ROUTE}|opened\b{_NOT_A_ROUTE}|develop\s+and\s+operate|"
    # money committed, a unit opened: `engage 14,2 MMDH`, `l'ouverture d'une unité de confection`
    r"engag(?:e|ent|era|eront)\s+(?:près\s+de\s+|plus\s+de\s+|quelque\s+|environ\s+)?\d|ouverture\s+d['’]une?\s+(?:unité|usine|site|atelier)|"
    r"will\s+employ|will\s+create|"
    # money to be spent on something: `it would spend 9.5 billion dirhams on five hotels`
    r"(?:will|would|to|plans?\s+to)\s+spend\b|dépenser(?:a|ont)?\s+(?:près\s+de\s+|plus\s+de\s+)?\d|"
    # creating, hiring: `prévoit d'y créer 2.000 emplois`, `recruter 300 techniciens`, `to hire 500 workers`
    r"cré(?:er|era|eront|ant)\s+(?:d['’]ici\s+\d{4}\s+)?(?:près\s+de\s+|plus\s+de\s+|quelque\s+|environ\s+)?[\d][\d.\s\u00a0\u202f]*(?:\w+\s+)?(?:emplois|postes)|"
    r"recrut(?:er|ement)|embauch(?:er|era)|to\s+hire|will\s+hire|create\s+(?:about\s+|some\s+|more\s+than\s+)?[\d][\d,]*\s+(?:\w+\s+)?jobs)",
    re.IGNORECASE,
))


@dataclass
class Doc:
    doc_id: str
    text: str
    date: object
    run_id: str | None
    year: str
    spans: list[tuple[int, int]]
    entities: list[dict]
    metrics: list[dict]
    # per document caches: sector mentions of a span, investment-word positions of a sentence
    _sectors: dict = field(default_factory=dict, repr=False)
    _invest_words: dict = field(default_factory=dict, repr=False)

    _entity_starts: list = field(default_factory=list, repr=False)
    _paragraph_breaks: list | None = field(default=None, repr=False)
    _text_sectors: TextSectors | None = field(default=None, repr=False)

    def entities_in(self, lo: int, hi: int) -> list[dict]:
        """Entity rows starting in [lo, hi) (entities are sorted by start): a bisection, so
        that a long document's rules do not read every row for every mention."""
        if len(self._entity_starts) != len(self.entities):
            self._entity_starts = [e["start"] for e in self.entities]
        return self.entities[bisect_left(self._entity_starts, lo) : bisect_left(self._entity_starts, hi)]

    def sentence(self, index: int) -> str:
        s, e = self.spans[index]
        return self.text[s:e]

    def sentence_of(self, pos: int) -> int:
        return sentence_of(self.spans, pos)

    def sectors_of(self, start: int, end: int) -> list:
        """find_sectors(text[start:end]), computed once per span (offsets relative to start)."""
        hits = self._sectors.get((start, end))
        if hits is None:
            hits = self._sectors[(start, end)] = self.text_sectors.within(start, end)
        return hits

    @property
    def text_sectors(self) -> TextSectors:
        """The sector keywords of the whole text (its sentences' are read from them)."""
        if self._text_sectors is None:
            self._text_sectors = TextSectors(self.text)
        return self._text_sectors

    def invest_words(self, index: int) -> list[int]:
        """Start offsets (in the sentence) of the investment words of sentence `index`."""
        found = self._invest_words.get(index)
        if found is None:
            found = self._invest_words[index] = [m.start() for m in INVEST_RE.finditer(self.sentence(index))]
        return found


def has_digit(s: str) -> bool:
    return any(ch.isdigit() for ch in s)


def is_figure(metric: dict) -> bool:
    """A real figure: not `les deux pays` (a count written in words)."""
    return not (metric["unit"] == "count" and not has_digit(metric["text"] or ""))


def is_money(unit: str | None) -> bool:
    return bool(unit) and len(unit) == 3 and unit.isupper()


def stable_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _places() -> list[tuple[str, str, re.Pattern]]:
    """(canonical, country, pattern of every written form) of the entities stage's places."""
    data = json.loads(resources.files("econews").joinpath("data/entities_places.json").read_text(encoding="utf-8"))
    out = []
    for canonical, country, others in data["places"]:
        forms = sorted({canonical, *others}, key=len, reverse=True)
        alternation = "|".join(re.escape(f) for f in forms)
        out.append((canonical, country, re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")))
    return out


def place_in(name: str) -> tuple[str, str] | None:
    """A known city or region written inside a name (`Cité Mohammed VI Tanger-Tech` -> Tangier)."""
    best = None
    for canonical, country, pattern in _places():
        m = pattern.search(name)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), canonical, country)
    return (best[1], best[2]) if best else None


def is_heading(text: str, span: tuple[int, int]) -> bool:
    """A whole short line without final punctuation (a title or section heading)."""
    s, e = span
    line_start = s == 0 or text[s - 1] == "\n"
    line_end = e == len(text) or text[e] == "\n"
    return line_start and line_end and (e - s) <= 120 and text[e - 1] not in ".!?:;»\"”…"


def heading_before(doc: Doc, index: int) -> tuple[int, int] | None:
    """The nearest heading above sentence `index` (None if the sentence is under none)."""
    for i in range(index - 1, -1, -1):
        if is_heading(doc.text, doc.spans[i]):
            return doc.spans[i]
    return None


def paragraph_of(doc: Doc, index: int) -> int:
    """A number for the paragraph (blank-line separated block) of sentence `index`."""
    if doc._paragraph_breaks is None:
        doc._paragraph_breaks = [m.start() for m in re.finditer(r"\n\s*\n", doc.text)]
    return bisect_left(doc._paragraph_breaks, doc.spans[index][0])
