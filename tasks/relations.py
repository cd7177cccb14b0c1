"""Relations stage: who partners with whom, who invests where, in what and how much.

Built only on what is already in the lake (documents, entities, metrics), so it can be
rerun on stored rows without the NLP stages. Three tables come out:

- `partnerships`: one row per document and pair of countries the article presents as
  partners. A pair is stated by
  * a compound adjective (`maroco-chinoise`, `sino-marocains`: one entity span, two countries),
  * two country names joined by `-` or `/` (`Maroc-Japon`, `Maroc/Japon`),
  * a sentence naming countries on both sides of a relation word (partenariat, coopération,
    échanges, visite, investissements, IDE, accord...). Countries coordinated with each other
    (`la Chine et le Japon`, `chinois et japonais`) are one side, never partners of each other,
    so `le Maroc ... avec la Chine et le Japon` gives MA-CN and MA-JP, not CN-JP.
    Organisations and places count for the country they belong to (CATL -> CN, Rabat -> MA).
  * a figure (`metrics` row) about both countries.
  Its `metric_ids` are the figures about the pair: figures whose `countries` hold both, and
  figures in a sentence that states the pair about no other country; plus the figures of the
  pair's investments. `sectors` are the sectors named in the sentences that state the pair and
  those of its investments.
- `investments`: one row per company (or named project) that a sentence with an investment
  word (investir, usine, unité industrielle, construire, installer, implanter, projet, inaugurer,
  première pierre...) reports, merged over the sentences of the document that speak of it.
  Figures in those sentences go to the nearest company: money -> `amount`/`currency`,
  physical units (`GWh`, `MW`, `t`...) -> `capacity`/`capacity_unit`, `jobs` -> `jobs`, each
  with its `metric_id`. `stage` is the most advanced the article says (announced < signed <
  under construction < inaugurated), null when it says none. The host country is the country
  after `au`/`en`/`à` nearest the company, else the country of the place, else the country the
  document names most (other than the company's).
- `sector_mentions`: one row per sector keyword in a document's text (see econews.sectors).

Every row keeps a way back to the text: `evidence_start`/`evidence_end` (offsets into
`documents.text` of the sentence that states it, `evidence` is that text) and metric ids.
Only the clean text is read: teasers and related-article lists removed by the cleaner give
nothing here.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import combinations

import polars as pl

from econews.sectors import find_sectors
from econews.tables import TABLES
from econews.tasks.metrics.article import HOME_COUNTRY
from econews.tasks.sentences import sentence_of as _sentence_of
from econews.tasks.sentences import sentence_spans as sentences

STAGES = ("announced", "signed", "under construction", "inaugurated")

PARTNERSHIP_SCHEMA: dict[str, pl.DataType] = TABLES["partnerships"].schema
INVESTMENT_SCHEMA: dict[str, pl.DataType] = TABLES["investments"].schema
SECTOR_MENTION_SCHEMA: dict[str, pl.DataType] = TABLES["sector_mentions"].schema

# Units of `metrics` that are not a capacity.
_NOT_CAPACITY = {"percent", "percentage_point", "jobs", "count", "ratio"}

# ---------------------------------------------------------------------------- lexicon

_RELATION_RE = re.compile(
    r"partenari\w*|partenaire\w*|coopérati\w*|commission\s+mixte|visite\w*|échanges?|accords?\b|"
    r"mémorandum|convention\w*|investi\w*|\bIDE\b|bilatéra\w*|relations?\b|délégation\w*|rencontr\w*|"
    r"homologue\w*|implant\w*|entreprises?\b|opérateurs?\b|exportation\w*|importation\w*|commerc\w*|"
    r"diplomati\w*|sommet\w*|jumelage|"
    r"partner\w*|cooperat\w*|visit\w*|trade\b|invest\w*|agreements?|bilateral|relations?\b|summit\w*|FDI",
    re.IGNORECASE,
)
_COORDINATION_RE = re.compile(
    r"^\s*(?:,|et|ou|and|or|&)\s*(?:(?:le|la|les|l['’]|du|de|des|d['’]|the|avec)\s*)?$", re.IGNORECASE
)
_EXPLICIT_RE = re.compile(r"^\s*[-/–‐]\s*$")
_INVEST_RE = re.compile(
    r"investi\w*|usines?\b|unités?\s+(?:industrielles?|de\s+production)|construi\w*|construction|"
    r"installer|installation|implant\w*|projets?\b|inaugur\w*|première\s+pierre|gigafactor\w*|"
    r"site\s+de\s+production|complexe\s+industriel|extension\b|"
    r"invest\w*|plants?\b|factor(?:y|ies)|build\w*|groundbreaking",
    re.IGNORECASE,
)
# Most advanced first: the first pattern that matches any of an investment's sentences wins.
_STAGE_RES: list[tuple[str, re.Pattern]] = [
    ("inaugurated", re.compile(
        r"inaugur\w*|mise\s+en\s+service|entrée?s?\s+en\s+(?:production|service|exploitation)|"
        r"opérationnel\w*|inaugurat\w*|opened|commissioned|started\s+production", re.I)),
    ("under construction", re.compile(
        r"en\s+(?:cours\s+de\s+)?construction|chantier\w*|travaux|première\s+pierre|est\s+en\s+train\s+de\s+construire|"
        r"under\s+construction|groundbreaking|broke\s+ground", re.I)),
    ("signed", re.compile(
        r"sign\w*|paraph\w*|convention\w*|protocole\s+d['’]\s*accord|accord\s+d['’]\s*investissement|"
        r"mémorandum|contrat\w*|agreement|memorandum", re.I)),
    ("announced", re.compile(
        r"annonc\w*|a\s+prévu|prévoit|prévoient|envisag\w*|projett\w*|compte\s+(?:construire|investir|installer|implanter)|"
        r"va\s+(?:construire|investir|installer|implanter)|devrait|plans?\s+to|announc\w*|intends?|will\s+build", re.I)),
]
_HOST_BEFORE_RE = re.compile(r"(?:\bau|\baux|\ben|\bà|\bdans\s+le|\bvers\s+le|\bin|\bto)\s*$", re.IGNORECASE)
_INSTITUTION_RE = re.compile(
    r"^(?:Minist|Commission|Centre|Center|Association|Agence|Agency|Conseil|Council|Office|Chambre|Confédération|"
    r"Fédération|Fondation|Foundation|Université|University|Institut|Banque\s+(?:centrale|mondiale|africaine|européenne)|"
    r"Bank\s+Al-Maghrib|Fonds|Organisation|Organization|Union|Parlement|Parliament|Gouvernement|Government|Direction|"
    r"Haut|Cour|Tribunal|Ambassade|Embassy|Consulat|Secrétariat|Wilaya|Région|Conseil|Ligue|Comité|Committee)"
    r"|Presse|Press|News|Média|Media|Radio|Télévision|Journal|CGEM|ONU|OMC|FMI|AMDIE|MAP\b",
    re.IGNORECASE,
)
_COMPANY_HINT_BEFORE_RE = re.compile(
    r"(?:société|groupe|entreprise|firme|constructeur|équipementier|géant|leader|company|group|firm|maker)\s+"
    r"(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_COMPANY_SUFFIX_RE = re.compile(r"\b(?:S\.?A\.?|SARL|SAS|Ltd|Limited|Inc|Corp|Co\.?|Group|Groupe|Holding|GmbH|AG|plc)\b")
_PROJECT_BEFORE_RE = re.compile(
    r"projets?\s+(?:de\s+la\s+|du\s+|de\s+l['’]\s*|de\s+|d['’]\s*)?[\"“«„]?\s*$", re.IGNORECASE
)


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


def _place_in(name: str) -> tuple[str, str] | None:
    """A known city or region written inside a name (`Cité Mohammed VI Tanger-Tech` -> Tangier)."""
    best = None
    for canonical, country, pattern in _places():
        m = pattern.search(name)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), canonical, country)
    return (best[1], best[2]) if best else None


# ---------------------------------------------------------------------------- helpers

@dataclass
class _Doc:
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

    def sectors_of(self, start: int, end: int) -> list:
        """find_sectors(text[start:end]), computed once per span (offsets relative to start)."""
        hits = self._sectors.get((start, end))
        if hits is None:
            hits = self._sectors[(start, end)] = find_sectors(self.text[start:end])
        return hits

    def invest_words(self, index: int) -> list[int]:
        """Start offsets (in the sentence) of the investment words of sentence `index`."""
        found = self._invest_words.get(index)
        if found is None:
            s, e = self.spans[index]
            found = self._invest_words[index] = [m.start() for m in _INVEST_RE.finditer(self.text[s:e])]
        return found


def _has_digit(s: str) -> bool:
    return any(ch.isdigit() for ch in s)


def _is_figure(metric: dict) -> bool:
    """A real figure: not `les deux pays` (a count written in words)."""
    return not (metric["unit"] == "count" and not _has_digit(metric["text"] or ""))


def _is_money(unit: str | None) -> bool:
    return bool(unit) and len(unit) == 3 and unit.isupper()


def _stable_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


# An adjective of customers or markets (`clients européens`, `European carmakers`) says
# where goods go, not who is a partner.
_MARKET_BEFORE_RE = re.compile(
    r"(?i:\b(?:clients?|marchés?|constructeurs?|consommateurs?|acheteurs?|débouchés?|donneurs\s+d['’]ordre)\s+)$"
)
_MARKET_AFTER_RE = re.compile(
    r"(?i:\s+(?:customers?|markets?|carmakers?|automakers?|buyers?|consumers?|clients?|manufacturers?)\b)"
)


def _on_a_market(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    if word[:1].isupper() and not word.endswith(("an", "ans", "ish", "ese")):
        return False  # a country's name (`la France`), not an adjective
    return bool(_MARKET_BEFORE_RE.search(text, max(0, start - 40), start) or _MARKET_AFTER_RE.match(text, end))


def _country_mentions(doc: _Doc) -> tuple[list[dict], list[dict]]:
    """(compound mentions with their codes, single-country mentions), from entity rows.

    Entity rows of one compound (`maroco-chinoise`) share a span: they are grouped. A country
    mention inside a longer organisation's span (`Centre marocain ...`) is left to the
    organisation.
    """
    by_span: dict[tuple[int, int], list[dict]] = {}
    for e in doc.entities:
        if e.get("country") and e["label"] == "COUNTRY":
            by_span.setdefault((e["start"], e["end"]), []).append(e)
    compounds, singles = [], []
    containers = [
        (e["start"], e["end"]) for e in doc.entities if e["label"] in ("ORG", "PROGRAM", "LOC") and e.get("country")
    ]
    for (s, e), rows in by_span.items():
        codes = list(dict.fromkeys(r["country"] for r in rows))
        if len(codes) >= 2:
            compounds.append({"start": s, "end": e, "codes": codes})
        elif not any(a <= s and e <= b and (a, b) != (s, e) for a, b in containers) and not _on_a_market(doc.text, s, e):
            singles.append({"start": s, "end": e, "codes": codes, "label": "COUNTRY"})
    for ent in doc.entities:
        if ent["label"] in ("ORG", "LOC", "PROGRAM") and ent.get("country"):
            singles.append({"start": ent["start"], "end": ent["end"], "codes": [ent["country"]], "label": ent["label"]})
    singles.sort(key=lambda m: (m["start"], m["end"]))
    # Nested singles (an ORG inside an ORG): keep the outermost.
    kept: list[dict] = []
    for m in singles:
        if kept and m["start"] < kept[-1]["end"]:
            if m["end"] - m["start"] > kept[-1]["end"] - kept[-1]["start"]:
                kept[-1] = m
            continue
        kept.append(m)
    compounds.sort(key=lambda m: m["start"])
    return compounds, kept


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


# ---------------------------------------------------------------------------- partnerships

@dataclass
class _PairEvidence:
    kinds: set = field(default_factory=set)
    sentences: set = field(default_factory=set)  # sentence indexes
    metric_ids: list = field(default_factory=list)
    sectors: list = field(default_factory=list)


def _pairs_in_sentence(doc: _Doc, mentions: list[dict], sentence: tuple[int, int]) -> dict[tuple[str, str], str]:
    """Pairs a sentence states with its single-country mentions: kind per pair."""
    found: dict[tuple[str, str], str] = {}
    if len(mentions) < 2:
        return found
    text = doc.text
    # `Maroc-Japon`, `Maroc/Japon`
    for left, right in zip(mentions, mentions[1:]):
        if _EXPLICIT_RE.match(text[left["end"] : right["start"]]):
            for a in left["codes"]:
                for b in right["codes"]:
                    if a != b:
                        found[_pair(a, b)] = "explicit"
    # Coordinated mentions form one side.
    groups: list[list[dict]] = [[mentions[0]]]
    for left, right in zip(mentions, mentions[1:]):
        if _COORDINATION_RE.match(text[left["end"] : right["start"]]):
            groups[-1].append(right)
        else:
            groups.append([right])
    if len(groups) < 2 or not _RELATION_RE.search(text[sentence[0] : sentence[1]]):
        return found
    sides = [{c for m in g for c in m["codes"]} for g in groups]
    for i, j in combinations(range(len(sides)), 2):
        for a in sides[i]:
            for b in sides[j]:
                if a != b and not any({a, b} <= side for side in sides):
                    found.setdefault(_pair(a, b), "sentence")
    return found


def _partnerships(doc: _Doc, investments: list[dict]) -> list[dict]:
    compounds, singles = _country_mentions(doc)
    evidence: dict[tuple[str, str], _PairEvidence] = {}

    def add(pair, kind, sentence_index):
        ev = evidence.setdefault(pair, _PairEvidence())
        ev.kinds.add(kind)
        if sentence_index is not None:
            ev.sentences.add(sentence_index)

    for c in compounds:
        idx = _sentence_of(doc.spans, c["start"])
        for a, b in combinations(c["codes"], 2):
            add(_pair(a, b), "compound", idx)
    single_starts = [m["start"] for m in singles]  # sorted
    for idx, sentence in enumerate(doc.spans):
        inside = singles[bisect_left(single_starts, sentence[0]) : bisect_left(single_starts, sentence[1])]
        for pair, kind in _pairs_in_sentence(doc, inside, sentence).items():
            add(pair, kind, idx)
    home_named = any(HOME_COUNTRY in m["codes"] for m in [*compounds, *singles])
    for m in doc.metrics:
        codes = sorted(set(m.get("countries") or []))
        if len(codes) >= 2 and _is_figure(m):
            # A figure about the home country and others pairs it with each of them, not
            # the others with each other (`exports to Spain and France`).
            pairs = [(HOME_COUNTRY, c) for c in codes if c != HOME_COUNTRY] if HOME_COUNTRY in codes else combinations(codes, 2)
            for a, b in pairs:
                add(_pair(a, b), "figure", _sentence_of(doc.spans, m["start"]))
    if home_named:
        # In an article about the home country, two other countries named in one sentence
        # or one figure are most often listed together (destinations, rankings, suppliers):
        # they are partners only where a compound or a `X-Y` says so.
        evidence = {
            pair: ev for pair, ev in evidence.items()
            if HOME_COUNTRY in pair or ev.kinds & {"compound", "explicit"}
        }

    figures = [
        (m, set(m.get("countries") or []), _sentence_of(doc.spans, m["start"])) for m in doc.metrics if _is_figure(m)
    ]
    rows = []
    for (a, b), ev in sorted(evidence.items()):
        metric_ids: list[str] = []
        for m, codes, sentence_index in figures:
            in_sentence = sentence_index in ev.sentences
            if {a, b} <= codes or (in_sentence and codes <= {a, b}):
                metric_ids.append(m["metric_id"])
        sector_hits = []
        for idx in sorted(ev.sentences):
            s, e = doc.spans[idx]
            sector_hits += [(s + h.start, h.sector) for h in doc.sectors_of(s, e)]
        for inv in investments:
            if _pair(inv["company_country"] or "", inv["host_country"] or "") == (a, b):
                sector_hits += [(inv["evidence_start"], sid) for sid in inv["sectors"]]
                metric_ids += [x for x in (inv["amount_metric_id"], inv["capacity_metric_id"], inv["jobs_metric_id"]) if x]
        sectors = list(dict.fromkeys(sid for _, sid in sorted(sector_hits, key=lambda h: h[0])))
        first = min(ev.sentences) if ev.sentences else 0
        s, e = doc.spans[first] if doc.spans else (0, 0)
        rows.append(
            {
                "partnership_id": f"{doc.doc_id}:{a}-{b}",
                "doc_id": doc.doc_id,
                "country_a": a,
                "country_b": b,
                "date": doc.date,
                "sectors": sectors,
                "metric_ids": list(dict.fromkeys(metric_ids)),
                "kinds": sorted(ev.kinds),
                "mentions": len(ev.sentences),
                "evidence_start": s,
                "evidence_end": e,
                "evidence": doc.text[s:e],
                "run_id": doc.run_id,
                "year": doc.year,
            }
        )
    return rows


# ---------------------------------------------------------------------------- investments

def _is_company(ent: dict, text: str) -> bool:
    if ent["label"] != "ORG":
        return False
    name = ent["canonical"] or ent["text"]
    if _INSTITUTION_RE.search(name) or _INSTITUTION_RE.search(ent["text"]):
        return False
    if ent.get("country"):
        return True
    before = text[max(0, ent["start"] - 40) : ent["start"]]
    return bool(_COMPANY_HINT_BEFORE_RE.search(before) or _COMPANY_SUFFIX_RE.search(ent["text"]))


def _is_project(ent: dict, text: str) -> bool:
    if ent["label"] not in ("ORG", "LOC", "PROGRAM"):
        return False
    return bool(_PROJECT_BEFORE_RE.search(text[max(0, ent["start"] - 30) : ent["start"]]))


@dataclass(eq=False)
class _Mention:
    """A company or project named in a sentence with an investment word, and what that
    sentence gives it by proximity: figures, sector keywords, places."""

    kind: str  # "company" or "project"
    name: str  # canonical name, else as written
    text: str  # as written
    start: int
    end: int
    country: str | None  # the entity's country
    sentence: int  # index into doc.spans
    metrics: list[dict] = field(default_factory=list)
    sectors: list[tuple[int, str]] = field(default_factory=list)  # (offset, sector id)
    places: list[dict] = field(default_factory=list)  # LOC entity rows

    @property
    def key(self) -> tuple[str, str]:
        """Mentions with the same key are one investment."""
        return (self.kind, self.name)


def _candidates(doc: _Doc) -> list[_Mention]:
    """Company and project mentions in sentences with an investment word, in text order."""
    out = []
    for ent in doc.entities:
        kind = "company" if _is_company(ent, doc.text) else "project" if _is_project(ent, doc.text) else None
        if kind is None:
            continue
        idx = _sentence_of(doc.spans, ent["start"])
        rel = ent["start"] - doc.spans[idx][0]
        if not any(abs(p - rel) <= 200 for p in doc.invest_words(idx)):
            continue
        out.append(_Mention(kind, ent["canonical"] or ent["text"], ent["text"], ent["start"], ent["end"],
                            ent.get("country"), idx))
    # The same name twice at one span (an alias row) counts once.
    unique: dict[tuple, _Mention] = {}
    for c in out:
        unique.setdefault((c.start, c.end, c.key), c)
    return sorted(unique.values(), key=lambda c: c.start)


def _nearest(cands: list[_Mention], pos: int, prefer_before: bool) -> _Mention | None:
    if not cands:
        return None
    before = [c for c in cands if c.start <= pos]
    if prefer_before and before:
        return max(before, key=lambda c: c.start)
    return min(cands, key=lambda c: min(abs(c.start - pos), abs(c.end - pos)))


def _is_heading(text: str, span: tuple[int, int]) -> bool:
    """A whole short line without final punctuation (a title or section heading)."""
    s, e = span
    line_start = s == 0 or text[s - 1] == "\n"
    line_end = e == len(text) or text[e] == "\n"
    return line_start and line_end and (e - s) <= 120 and text[e - 1] not in ".!?:;»\"”…"


def _heading_before(doc: _Doc, index: int) -> tuple[int, int] | None:
    """The nearest heading above sentence `index` (None if the sentence is under none)."""
    for i in range(index - 1, -1, -1):
        if _is_heading(doc.text, doc.spans[i]):
            return doc.spans[i]
    return None


def _attach_to_nearest(doc: _Doc, cands: list[_Mention]) -> None:
    """Give each figure, sector keyword and place of a sentence to the nearest mention in it
    (a figure: the nearest before it, if any)."""
    by_sentence: dict[int, list[_Mention]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for m in doc.metrics:
        owner = _nearest(by_sentence.get(_sentence_of(doc.spans, m["start"]), []), m["start"], prefer_before=True)
        if owner is not None and _is_figure(m):
            owner.metrics.append(m)
    for idx, group in by_sentence.items():
        s, e = doc.spans[idx]
        for h in doc.sectors_of(s, e):
            _nearest(group, s + h.start, prefer_before=False).sectors.append((s + h.start, h.sector))
        for ent in doc.entities:
            if ent["label"] == "LOC" and ent.get("country") and s <= ent["start"] < e:
                if any(c.start <= ent["start"] < c.end for c in group):
                    continue  # the project's own name
                _nearest(group, ent["start"], prefer_before=False).places.append(ent)


def _place(kind: str, name: str, mentions: list[_Mention]) -> tuple[str | None, str | None]:
    """(place, its country): a known place in a project's name, else the first place near a mention."""
    if kind == "project":
        found = _place_in(name) or _place_in(mentions[0].text)
        if found:
            return found
    places = [p for c in mentions for p in c.places]
    return (places[0]["canonical"], places[0]["country"]) if places else (None, None)


def _country_after_preposition(doc: _Doc, mentions: list[_Mention], company_country: str | None,
                               kind: str) -> str | None:
    """A country after au/en/à in the mentions' sentences, nearest a mention (a company's
    own country excluded)."""
    host, best = None, None
    for c in mentions:
        s, e = doc.spans[c.sentence]
        for ent in doc.entities:
            if ent["label"] != "COUNTRY" or not ent.get("country") or not (s <= ent["start"] < e):
                continue
            if not _HOST_BEFORE_RE.search(doc.text[max(s, ent["start"] - 12) : ent["start"]]):
                continue
            if kind == "company" and ent["country"] == company_country:
                continue
            distance = abs(ent["start"] - c.start)
            if best is None or distance < best:
                best, host = distance, ent["country"]
    return host


def _investors_country(doc: _Doc, mentions: list[_Mention], host: str | None) -> str | None:
    """`les opérateurs chinois ... le projet X`: a demonym in the project's sentences."""
    for c in mentions:
        s, e = doc.spans[c.sentence]
        demonyms = [
            ent for ent in doc.entities
            if ent["label"] == "COUNTRY" and ent.get("country") and s <= ent["start"] < e
            and ent["text"][:1].islower() and ent["country"] != host
        ]
        if demonyms:
            return demonyms[0]["country"]
    return None


def _countries(doc: _Doc, kind: str, mentions: list[_Mention], place_country: str | None) -> tuple[str | None, str | None]:
    """(company_country, host_country) of an investment."""
    company_country = next((c.country for c in mentions if c.country), None) if kind == "company" else None
    host = _country_after_preposition(doc, mentions, company_country, kind) or place_country
    if kind == "project" and company_country is None:
        company_country = _investors_country(doc, mentions, host or place_country)
    if host is None:  # the country the document names most, other than the company's
        counts = Counter(e["country"] for e in doc.entities if e["label"] == "COUNTRY" and e.get("country"))
        others = [(n, code) for code, n in counts.items() if code != company_country]
        host = max(others)[1] if others else None
    return company_country, host


def _stage(doc: _Doc, sentence_ids: list[int]) -> str | None:
    """The most advanced stage any of the investment's sentences says."""
    for name_stage, pattern in _STAGE_RES:
        if any(pattern.search(doc.text[doc.spans[i][0] : doc.spans[i][1]]) for i in sentence_ids):
            return name_stage
    return None


def _sectors(doc: _Doc, mentions: list[_Mention], sentence_ids: list[int]) -> list[str]:
    """Sector ids near the mentions, in text order; else those of the heading above them
    (`Investissements chinois dans la mobilité électrique` heads the paragraphs below it)."""
    sectors = list(dict.fromkeys(sid for _, sid in sorted({h for c in mentions for h in c.sectors})))
    for i in sentence_ids:
        if sectors:
            break
        heading = _heading_before(doc, i)
        if heading is not None:
            sectors = list(dict.fromkeys(h.sector for h in doc.sectors_of(heading[0], heading[1])))
    return sectors


def _figures(metrics: list[dict]) -> dict:
    """The investment's amount, capacity and jobs columns: the first figure of each kind."""
    money = next((m for m in metrics if _is_money(m["unit"])), None)
    capacity = next((m for m in metrics if not _is_money(m["unit"]) and m["unit"] not in _NOT_CAPACITY), None)
    jobs = next((m for m in metrics if m["unit"] == "jobs"), None)
    return {
        "amount": money["value"] if money else None,
        "currency": money["unit"] if money else None,
        "amount_metric_id": money["metric_id"] if money else None,
        "capacity": capacity["value"] if capacity else None,
        "capacity_unit": capacity["unit"] if capacity else None,
        "capacity_metric_id": capacity["metric_id"] if capacity else None,
        "jobs": int(jobs["value"]) if jobs else None,
        "jobs_metric_id": jobs["metric_id"] if jobs else None,
    }


def _investment_row(doc: _Doc, kind: str, name: str, mentions: list[_Mention]) -> dict:
    """One `investments` row from the mentions of one company or project."""
    sentence_ids = sorted({c.sentence for c in mentions})
    metrics = [m for c in mentions for m in c.metrics]
    place, place_country = _place(kind, name, mentions)
    company_country, host = _countries(doc, kind, mentions, place_country)
    sectors = _sectors(doc, mentions, sentence_ids)
    # Evidence: the sentence with the most figures, else the first.
    counts = Counter(_sentence_of(doc.spans, m["start"]) for m in metrics)
    s, e = doc.spans[max(sentence_ids, key=lambda i: (counts.get(i, 0), -i))]
    return {
        "investment_id": f"{doc.doc_id}:{_stable_id(kind, name, place or '')}",
        "doc_id": doc.doc_id,
        "company": name if kind == "company" else None,
        "company_country": company_country,
        "project": name if kind == "project" else None,
        "host_country": host,
        "place": place,
        "sector": sectors[0] if sectors else None,
        "sectors": sectors,
        **_figures(metrics),
        "stage": _stage(doc, sentence_ids),
        "date": doc.date,
        "mentions": len(sentence_ids),
        "evidence_start": s,
        "evidence_end": e,
        "evidence": doc.text[s:e],
        "run_id": doc.run_id,
        "year": doc.year,
    }


def _investments(doc: _Doc) -> list[dict]:
    """One row per company or project the document reports investing: its mentions found,
    given their sentence's figures, sectors and places, then merged by name."""
    cands = _candidates(doc)
    _attach_to_nearest(doc, cands)
    merged: dict[tuple[str, str], list[_Mention]] = {}
    for c in cands:
        merged.setdefault(c.key, []).append(c)
    return [_investment_row(doc, kind, name, mentions) for (kind, name), mentions in merged.items()]


# ---------------------------------------------------------------------------- entry points

def _records(frame: pl.DataFrame | None, doc_ids: set[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    if frame is None or frame.height == 0:
        return out
    for row in frame.filter(pl.col("doc_id").is_in(list(doc_ids))).iter_rows(named=True):
        out.setdefault(row["doc_id"], []).append(row)
    return out


def _with_metric_ids(metrics: pl.DataFrame | None) -> pl.DataFrame | None:
    if metrics is None or metrics.height == 0 or "metric_id" in metrics.columns:
        return metrics
    return metrics.with_columns(
        metric_id=pl.concat_str([pl.col("doc_id"), pl.col("start"), pl.col("end")], separator=":")
    )


def _doc_year(row: dict) -> str:
    if row.get("year"):
        return str(row["year"])
    date = row.get("event_date") or row.get("published_at")
    return str(date.year) if date else "unknown"


def sector_mentions(documents: pl.DataFrame) -> pl.DataFrame:
    """One row per sector keyword in each document's text (offsets into documents.text)."""
    rows = []
    for doc in documents.iter_rows(named=True):
        year = None
        for h in find_sectors(doc["text"] or ""):
            if year is None:
                year = _doc_year(doc)
            rows.append(
                {
                    "sector_mention_id": f"{doc['doc_id']}:{h.start}:{h.end}:{h.sector}",
                    "doc_id": doc["doc_id"],
                    "start": h.start,
                    "end": h.end,
                    "text": h.text,
                    "sector": h.sector,
                    "run_id": doc.get("run_id"),
                    "year": year,
                }
            )
    return pl.DataFrame(rows, schema=SECTOR_MENTION_SCHEMA) if rows else pl.DataFrame(schema=SECTOR_MENTION_SCHEMA)


def derive_relations(
    documents: pl.DataFrame, entities: pl.DataFrame, metrics: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """Partnerships, investments and sector mentions of the given documents.

    `documents` needs doc_id and text (event_date, published_at, run_id, year are used when
    present); `entities` and `metrics` are their rows as the stages give them or as stored.
    Returns {"partnerships", "investments", "sector_mentions"}, each with its row key
    (`partnership_id`, `investment_id`, `sector_mention_id`), `doc_id`, `run_id` and `year`
    (the document's partition), ready for Lake.commit.
    """
    doc_ids = set(documents["doc_id"].to_list()) if documents.height else set()
    ents = _records(entities, doc_ids)
    mets = _records(_with_metric_ids(metrics), doc_ids)
    partnerships: list[dict] = []
    investments: list[dict] = []
    for row in documents.iter_rows(named=True):
        text = row.get("text") or ""
        doc = _Doc(
            doc_id=row["doc_id"],
            text=text,
            date=row.get("event_date") or row.get("published_at"),
            run_id=row.get("run_id"),
            year=_doc_year(row),
            spans=sentences(text) or [(0, len(text))],
            entities=sorted(ents.get(row["doc_id"], []), key=lambda e: (e["start"], e["end"])),
            metrics=sorted(mets.get(row["doc_id"], []), key=lambda m: m["start"]),
        )
        doc_investments = _investments(doc)
        investments += doc_investments
        partnerships += _partnerships(doc, doc_investments)
    return {
        "partnerships": _frame(partnerships, PARTNERSHIP_SCHEMA),
        "investments": _frame(investments, INVESTMENT_SCHEMA),
        "sector_mentions": sector_mentions(documents),
    }


def _frame(rows: list[dict], schema: dict) -> pl.DataFrame:
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame(rows, schema=schema).select(list(schema))
