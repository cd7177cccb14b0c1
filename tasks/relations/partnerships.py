"""Partnerships: one row per document and pair of countries the article presents as partners.

A pair is stated by
* a compound adjective (`maroco-chinoise`, `sino-marocains`: one entity span, two countries),
* two country names joined by `-` or `/` (`Maroc-Japon`, `Maroc/Japon`),
* a sentence naming countries on both sides of a relation word (partenariat, coopération,
  échanges, visite, investissements, IDE, accord...). Countries coordinated with each other
  (`la Chine et le Japon`, `chinois et japonais`) are one side, never partners of each other,
  so `le Maroc ... avec la Chine et le Japon` gives MA-CN and MA-JP, not CN-JP; the first side
  (the subject) partners each later one, the later ones are parallel objects, not partners.
  Organisations and places count for the country they belong to (CATL -> CN, Rabat -> MA).
* a figure (`metrics` row) about both countries;
* an investment (`investments` row) of a company of one in the other, one of them the home
  country.
In an article about the home country, two other countries are paired only by a compound, an
`X-Y`, a figure about those two alone, an object parallel to the home country (`absorbs 70% of
Turkey's exports and 80% of Morocco's`) or the article's investor's money in a third country
(`après la Hongrie, où il a investi 850 M€`); otherwise they are most often listed together.
Its `metric_ids` are the figures about the pair: figures whose `countries` hold both, and
figures in a sentence that states the pair about no other country; plus the figures of the
pair's investments. `sectors` are the sectors named in the sentences that state the pair and
those of its investments.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, combinations

from econews.tasks.metrics.article import HOME_COUNTRY
from econews.tasks.relations.document import Doc, is_figure
from econews.tasks.sentences import sentence_of as _sentence_of

# (Looked at first, the letter a relation word can open with turns away most positions of a
# sentence before the words are tried one by one: a quarter of the search's time.)
_RELATION_RE = re.compile(
    r"(?=[abcdefhijmoprstvé])(?:"
    r"partenari\w*|partenaire\w*|coopérati\w*|commission\s+mixte|visite\w*|échanges?|accords?\b|"
    r"mémorandum|convention\w*|investi\w*|\bIDE\b|bilatéra\w*|relations?\b|délégation\w*|rencontr\w*|"
    r"homologue\w*|implant\w*|entreprises?\b|opérateurs?\b|exportation\w*|importation\w*|commerc\w*|"
    r"diplomati\w*|sommet\w*|jumelage|"
    r"contrats?\b|fourni(?:r|ra|ront)\b|sélectionn\w*|"
    r"partner\w*|cooperat\w*|visit\w*|trade\b|invest\w*|agreements?|bilateral|relations?\b|summit\w*|FDI|"
    r"contracts?\b|suppl(?:y|ies|ied)\b|selected|export(?:s|ed|ing)?\b|import(?:s|ed|ing)?\b)",
    re.IGNORECASE,
)
_COORDINATION_RE = re.compile(
    r"^\s*(?:,|et|ou|and|or|&)\s*(?:(?:le|la|les|l['’]|du|de|des|d['’]|the|avec)\s*)?$", re.IGNORECASE
)
# `the European Union, Morocco's main trading partner`: a possessive after a comma opens an
# apposition about the first country, no list of countries.
_APPOSED_OWNER_RE = re.compile(r"['’]s?\s+(?!and\b|or\b|et\b|ou\b)\w", re.IGNORECASE)
_EXPLICIT_RE = re.compile(r"^\s*[-/–‐]\s*$")

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


# `européens`, `European`: a bloc's adjective (`les principaux investisseurs européens`,
# `European carmakers`) places or ranks, it does not make the bloc a party.
_BLOC_ADJECTIVE_RE = re.compile(r"(?i:europ[ée]an|europ[ée]en(?:ne)?s?)")


def _unit_in(ent: dict) -> bool:
    """An organisation whose name ends with the foreign country it is of (`UBC Egypt`,
    `BOA-Sénégal`; a subsidiary at home, `Renault Maroc`, stays its group's)."""
    return _names_its_country_last(ent["text"], ent["country"])


# (asked twice for each organisation row with a country, and names recur: once per name)
@lru_cache(maxsize=4096)
def _names_its_country_last(name: str, country: str) -> bool:
    from econews.countries import code_for

    words = _WORD_SEPARATOR_RE.split(name)
    return country != HOME_COUNTRY and len(words) > 1 and any(code_for(" ".join(words[k:])) == country for k in range(1, len(words)))


_WORD_SEPARATOR_RE = re.compile(r"[ -]")


def _is_investor(ent: dict, investors: tuple[str, ...]) -> bool:
    names = {(ent.get("text") or "").casefold(), (ent.get("canonical") or "").casefold()} - {""}
    return any(n in inv or inv in n for n in names for inv in investors)


def _country_mentions(doc: Doc, investors: tuple[str, ...] = ()) -> tuple[list[dict], list[dict]]:
    """(compound mentions with their codes, single-country mentions), from entity rows.

    Entity rows of one compound (`maroco-chinoise`) share a span: they are grouped. A country
    mention inside a longer organisation's span (`Centre marocain ...`) is left to the
    organisation. An organisation stands for its country only as an investor of the document
    (`Renault a investi`), not where it is merely named (`cars assembled by Renault`).
    """
    by_span: dict[tuple[int, int], list[dict]] = {}
    for e in doc.entities:
        if e.get("country") and e["label"] == "COUNTRY":
            by_span.setdefault((e["start"], e["end"]), []).append(e)
    compounds, singles = [], []
    containers = [
        (e["start"], e["end"]) for e in doc.entities if e["label"] in ("ORG", "PROGRAM", "LOC") and e.get("country")
    ]
    inside_a_container = _containment_test(containers)
    for (s, e), rows in by_span.items():
        codes = list(dict.fromkeys(r["country"] for r in rows))
        if len(codes) >= 2:
            compounds.append({"start": s, "end": e, "codes": codes})
        elif not inside_a_container(s, e) and not _on_a_market(doc.text, s, e) \
                and not (codes == ["EU"] and _BLOC_ADJECTIVE_RE.fullmatch(doc.text[s:e])):
            singles.append({"start": s, "end": e, "codes": codes, "label": "COUNTRY"})
    for ent in doc.entities:
        if ent["label"] == "ORG" and ent.get("country") and not _is_investor(ent, investors) and not _unit_in(ent):
            continue
        if ent["label"] in ("ORG", "LOC", "PROGRAM") and ent.get("country"):
            # (a group's unit named by its country, `Banque Atlantique Cameroun`, names that
            # country as its own country's mention did before the unit was one name)
            label = "COUNTRY" if ent["label"] == "ORG" and _unit_in(ent) else ent["label"]
            codes = [ent["country"]]
            if _SEAT_OF_THE_EU_RE.fullmatch(ent["text"]) and not _VENUE_BEFORE_RE.search(doc.text, max(0, ent["start"] - 12), ent["start"]):
                codes = ["EU"]  # `Bruxelles relance la négociation`, `Brussels is raising duties`: the EU
            singles.append({"start": ent["start"], "end": ent["end"], "codes": codes, "label": label})
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


# The seat of the EU's institutions, said for them (`Bruxelles relance la négociation d'un accord
# avec Rabat`, `Brussels is raising duties`, `a delegation from Brussels`); a place only as a
# venue (`signé à Bruxelles`).
_SEAT_OF_THE_EU_RE = re.compile(r"Bruxelles|Brussels|Brussel")


def _containment_test(spans: list[tuple[int, int]]):
    """A test of whether (s, e) lies inside one of `spans` other than itself. Only the spans
    starting at or before s can hold it: where none of them reaches e (the furthest end among
    them, a bisection away) no span is walked over."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    furthest_ends = list(accumulate((b for _, b in spans), max))

    def inside(s: int, e: int) -> bool:
        before = bisect_right(starts, s)
        return bool(before) and furthest_ends[before - 1] >= e and any(
            a <= s and e <= b and (a, b) != (s, e) for a, b in spans[:before])

    return inside


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


# ---------------------------------------------------------------------------- partnerships

@dataclass
class _PairEvidence:
    kinds: set = field(default_factory=set)
    sentences: set = field(default_factory=set)  # sentence indexes
    metric_ids: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    # stated for itself, so kept in an article about the home country: parallel to the home
    # country, or the article's investor's investment in a third country
    stated_alone: bool = False


# A ranking or an order: the countries from there on are compared or listed, not partners
# (`le premier partenaire africain de l'UE, devant l'Afrique du Sud et l'Egypte`, `son troisième
# site à l'étranger, après la Hongrie ... et l'Indonésie`).
_RANKED_BEFORE_RE = re.compile(
    r"\b(?:devant|derrière|après|ahead\s+of|behind|followed\s+by|suivie?s?\s+(?:de|par)|plutôt\s+que|rather\s+than|"
    r"l['’]écart\s+avec)\s*(?:(?:le|la|les|l['’]|du|de|des|d['’]|the)\s*)?$",
    re.IGNORECASE,
)
# A sentence that sets countries against each other as rivals: `competes with`, `en concurrence
# avec`, `devance`, `talonne`, `overtook`, `trails`, `reste loin du Mexique`.
_COMPETITION_RE = re.compile(
    r"(?i:\bconcurren\w*|\bcompet(?:e|es|ed|ing|ition|itor|itors)\b|\brival\w*|\bdevanc\w*|\btalonn\w*|\bdépass\w*"
    r"|\bovert(?:ook|akes?|aking)\b|\btrail(?:s|ed|ing)?\b|\bloin\s+(?:derrière|devant|du|de\s+la|des)\b|\bfar\s+behind\b"
    r"|\bcontre\s+[\d.,]+\s*(?:%|euros?|dollars?)"
    # a figure set against another: `$900 in Egypt, against about $630 in Morocco`, `versus $620 in Turkey`
    r"|\b(?:against|versus|vs\.?|compared\s+with)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?[$€£]?\d"
    # a second country's figure with its noun left out: `Morocco's exports rose 7.8% to $48.6 billion, Egypt's to $44.9 billion`
    r"|(?-i:[A-Z])\w+['’]s\s+(?:to|at|by)\s+[$€£]?\d)"
)
# Where a meeting or signing takes place: `ont signé mardi à Bruxelles`, `prévu en juin à Bruxelles`.
_VENUE_BEFORE_RE = re.compile(r"\b(?:à|in|at)\s*$", re.IGNORECASE)


def _unranked(text: str, groups: list[list[dict]]) -> list[list[dict]]:
    """The sides before the first one introduced by a ranking word."""
    for i, group in enumerate(groups[1:], start=1):
        if _RANKED_BEFORE_RE.search(text, max(0, group[0]["start"] - 40), group[0]["start"]):
            return groups[:i]
    return groups


def _without_venue(text: str, groups: list[list[dict]]) -> list[list[dict]]:
    """Without a foreign place named as the venue (after `à`, `in`, `at`) of a sentence whose
    parties are two or more other countries: the city hosts the meeting, it is no party."""
    def venue(m: dict) -> bool:
        return m["label"] == "LOC" and HOME_COUNTRY not in m["codes"] and bool(
            _VENUE_BEFORE_RE.search(text, max(0, m["start"] - 10), m["start"]))

    for group in groups:
        if len(group) == 1 and venue(group[0]):
            others = {c for g in groups if g is not group for m in g for c in m["codes"]}
            if len(others) >= 2 and not set(group[0]["codes"]) & others:
                return [g for g in groups if g is not group]
    return groups


def _pairs_in_sentence(doc: Doc, mentions: list[dict], sentence: tuple[int, int]) -> dict[tuple[str, str], str]:
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
        if _COORDINATION_RE.match(text[left["end"] : right["start"]]) and not _APPOSED_OWNER_RE.match(text, right["end"]):
            groups[-1].append(right)
        else:
            groups.append([right])
    groups = _unranked(text, _without_venue(text, groups))
    if len(groups) < 2 or not _RELATION_RE.search(text[sentence[0] : sentence[1]]):
        return found
    if _COMPETITION_RE.search(text, *sentence):
        return found  # rivals, not partners: `Morocco competes with Egypt, Romania for investment`
    sides = [{c for m in g for c in m["codes"]} for g in groups]
    # The first side (the subject) is the partner of each later one; the later ones are its
    # objects, parallel, not partners of each other (`The European Union absorbs 70% of
    # Turkey's exports and 80% of Morocco's`: EU-TR, EU-MA, not TR-MA).
    for other in sides[1:]:
        for a in sides[0]:
            for b in other:
                if a != b and not any({a, b} <= side for side in sides):
                    found.setdefault(_pair(a, b), "sentence")
    for pair in _beside_home(text, groups, sides):
        if found.get(pair) == "sentence":
            found[pair] = _BESIDE_HOME
    return found


# An object of the subject parallel to the home country (`X absorbs 70% of Turkey's exports and
# 80% of Morocco's`): the subject partners it as it partners the home country, so the pair
# stays in an article about the home country. Only across `and`/`et`: a comparison (`in
# Morocco has lagged that of the UAE`) sets no parallel.
_BESIDE_HOME = "sentence beside home"
_PARALLEL_GAP_RE = re.compile(r"\b(?:and|et)\b", re.IGNORECASE)


def _beside_home(text: str, groups: list[list[dict]], sides: list[set]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for i in range(1, len(groups) - 1):
        left, right = sides[i], sides[i + 1]
        if (HOME_COUNTRY in left) == (HOME_COUNTRY in right) or HOME_COUNTRY in sides[0]:
            continue
        if _PARALLEL_GAP_RE.search(text[groups[i][-1]["end"] : groups[i + 1][0]["start"]]):
            other = right if HOME_COUNTRY in left else left
            out |= {_pair(a, b) for a in sides[0] for b in other if a != b}
    return out


# `après la Hongrie, où il a investi 850 M€`, `présent en Egypte, où il a engagé 5 milliards de
# dollars`: the article's investor (`il`) has put money in that country.
_INVESTED_THERE_RE = re.compile(
    r"\s*,\s*(?:où\s+(?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient)|where\s+(?:it|they)(?:\s+ha(?:s|ve|d))?)\s+"
    r"(?:déjà\s+|already\s+)?(?:investi|engagé|injecté|invested|committed)\b[^,;.]*",
    re.IGNORECASE,
)


def _invested_elsewhere(doc: Doc, singles: list[dict], investor_countries: tuple[str, ...]) -> list[tuple]:
    """(pair, sentence index, clause span) for each foreign country where the article's foreign
    investor says it has invested: the investor's partner, where the article has one investor's
    country only (the pronoun's referent)."""
    investors = set(investor_countries) - {HOME_COUNTRY, None, ""}
    out = []
    for m in singles:
        clause = _INVESTED_THERE_RE.match(doc.text, m["end"])
        if clause and len(investors) == 1 and HOME_COUNTRY not in m["codes"]:
            (investor,) = investors
            out += [(_pair(investor, c), _sentence_of(doc.spans, m["start"]), clause.span())
                    for c in m["codes"] if c != investor]
    return out


def _pair_evidence(doc: Doc, investors: tuple[str, ...] = (),
                   investor_countries: tuple[str, ...] = ()) -> dict[tuple[str, str], _PairEvidence]:
    """Every pair the document states, with how (kinds) and where (sentence indexes)."""
    compounds, singles = _country_mentions(doc, investors)
    evidence: dict[tuple[str, str], _PairEvidence] = {}

    def add(pair, kind, sentence_index, alone=False):
        ev = evidence.setdefault(pair, _PairEvidence())
        ev.stated_alone |= alone or kind == _BESIDE_HOME
        ev.kinds.add("sentence" if kind == _BESIDE_HOME else kind)
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
        for pair in _between(doc, inside):
            add(pair, "explicit", idx, alone=True)
    elsewhere = _invested_elsewhere(doc, singles, investor_countries)
    for pair, idx, _ in elsewhere:
        add(pair, "sentence", idx, alone=True)
    for m in doc.metrics:
        if any(s <= m["start"] < e for _, _, (s, e) in elsewhere):
            continue  # the investor's money in a third country, not the home country's
        for a, b in _figure_pairs(doc, m, compounds, singles):
            add(_pair(a, b), "figure", _sentence_of(doc.spans, m["start"]))
    if any(HOME_COUNTRY in m["codes"] for m in [*compounds, *singles]):
        # In an article about the home country, two other countries named in one sentence
        # or one figure are most often listed together (destinations, rankings, suppliers):
        # they are partners only where a compound or a `X-Y` says so, or a figure is about
        # those two alone (a list of countries gives a figure three or more).
        two_alone = {pair for m in doc.metrics if is_figure(m) and (pair := _two_alone(doc, m, singles))}
        evidence = {
            pair: ev for pair, ev in evidence.items()
            if HOME_COUNTRY in pair or ev.kinds & {"compound", "explicit"} or pair in two_alone or ev.stated_alone
        }
    return evidence


def _between(doc: Doc, mentions: list[dict]) -> list[tuple[str, str]]:
    """Two countries a link, a trade or a deal is said to be between (`the ELMED cable between
    Tunisia and Italy`, `les échanges entre l'Egypte et la Chine`): partners, wherever the
    article is about."""
    pairs = []
    for left, right in zip(mentions, mentions[1:]):
        if (_BETWEEN_BEFORE_RE.search(doc.text, max(0, left["start"] - 16), left["start"])
                and _BETWEEN_GAP_RE.fullmatch(doc.text, left["end"], right["start"])):
            pairs += [_pair(a, b) for a in left["codes"] for b in right["codes"] if a != b]
    return pairs


_BETWEEN_BEFORE_RE = re.compile(r"(?i:\b(?:between|entre)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?)$")
_BETWEEN_GAP_RE = re.compile(r"(?i:\s+(?:and|et)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?)")


def _figure_pairs(doc: Doc, m: dict, compounds: list[dict], singles: list[dict]) -> list[tuple[str, str]]:
    """The pairs a figure states by its countries.

    A figure about the home country and another pairs them; about the home country and several
    others, it lists them (`wind farms in Morocco, Spain and Portugal`) and pairs the home
    country only with those its sentence names as where the trade goes or comes from (`ventes
    destinées à la France et à l'Espagne`); neither
    does a figure that is the foreign country's own (set against the home country, or local).
    """
    codes = sorted(set(m.get("countries") or []))
    if len(codes) < 2 or not is_figure(m):
        return []
    if HOME_COUNTRY not in codes:
        return list(combinations(codes, 2))
    if _contrasted_subject(doc, m, singles) or _local_to_foreign(doc, m, singles):
        return []
    if len(codes) != 2:
        return [(HOME_COUNTRY, other) for other in _trade_counterparts(doc, m, singles) if other in codes]
    other = next(c for c in codes if c != HOME_COUNTRY)
    return [] if _only_in_passing(doc, other, m["start"], compounds, singles) else [(HOME_COUNTRY, other)]


# A trade's direction before a country: `vers l'Ethiopie`, `destinées à la France et à l'Espagne`,
# `en provenance du Brésil et de l'Argentine`, `exports to Spain and Portugal`.
_DIRECTION_BEFORE_RE = re.compile(
    r"(?i:\b(?:vers|depuis|à\s+destination\s+d[eu']?|destiné(?:e|es|s)?\s+(?:à|au|aux)|en\s+provenance\s+d[eu']?|"
    r"provenant\s+d[eu']?|importé(?:e|es|s)?\s+d[eu']?|exports?\s+to|shipments?\s+to|sales\s+to|imports?\s+from|"
    r"to|from)\s*(?:la\s+|le\s+|les\s+|l['’]\s*|the\s+)?)$"
)


def _trade_counterparts(doc: Doc, metric: dict, singles: list[dict]) -> set[str]:
    """The foreign countries of a figure's sentence that a trade goes to or comes from: a list
    after a direction (`vers la France, l'Espagne et l'Italie`) or, coordinated, before a verb
    that says they bought or supplied (`l'Allemagne et la Pologne ont fourni ensemble`)."""
    s, e = doc.spans[_sentence_of(doc.spans, metric["start"])]
    inside = [m for m in singles if s <= m["start"] < e and m["label"] == "COUNTRY"]
    found: set[str] = set()
    undirected: set[str] = set()
    for group in _country_lists(doc.text, inside):
        codes = {c for m in group for c in m["codes"]}
        if (_DIRECTION_BEFORE_RE.search(doc.text, max(s, group[0]["start"] - 40), group[0]["start"])
                or len(group) > 1 and _TRADED_AFTER_RE.match(doc.text, group[-1]["end"])
                and _PARALLEL_GAP_RE.search(doc.text, group[-2]["end"], group[-1]["start"])):
            found |= codes - {HOME_COUNTRY}
        elif not found:
            undirected |= codes
    # another foreign country named before is the trade's other end (`la Russie a vendu ...
    # dont un quart vers l'Egypte et la Turquie`), not the home country
    return found if undirected <= {HOME_COUNTRY} else set()


def _country_lists(text: str, mentions: list[dict]) -> list[list[dict]]:
    """Consecutive mentions joined as one list (`la France, l'Espagne et l'Italie`)."""
    groups: list[list[dict]] = []
    for m in mentions:
        if groups and _continues_the_list(text[groups[-1][-1]["end"] : m["start"]]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


# After a list of countries, a verb that makes them the buyers or the suppliers of the trade:
# `ont absorbé ensemble 36.000 tonnes`, `ont fourni 330.000 tonnes`, `together accounted for`.
_TRADED_AFTER_RE = re.compile(
    r"(?i:\s*,?\s*(?:(?:ont|a|have|has)\s+)?(?:ensemble\s+|together\s+)?(?:(?:ont|a)\s+)?"
    r"(?:absorb\w*|fourni|acheté|expédié|livré|accounted\s+for|account\s+for|bought|supplied|shipped)\b)"
)


# `, à l'Espagne`, `et de l'Argentine`: a list that repeats its preposition.
_LISTED_AGAIN_RE = re.compile(
    r"(?i:\s*(?:,|et|and)\s*(?:à|au|aux|to|de|du|des|d['’])\s*(?:la\s+|le\s+|les\s+|l['’]\s*|the\s+)?)"
)


def _continues_the_list(gap: str) -> bool:
    return bool(_LISTED_GAP_RE.match(gap) or _LISTED_AGAIN_RE.fullmatch(gap))


# `, `, `et au`, `and to`: two countries in one list, a short word (an article, a preposition) between.
_LISTED_GAP_RE = re.compile(r"^\s*(?:,|et|ou|and|or|&)\s*(?:[a-zà-ÿ]{1,4}['’]?\s*)?$", re.IGNORECASE)


def _two_alone(doc: Doc, metric: dict, singles: list[dict]) -> tuple[str, str] | None:
    """The two countries of a figure about two alone, unless its sentence lists them together
    (`des parcs en Espagne et au Portugal`: destinations, not partners)."""
    codes = sorted(set(metric.get("countries") or []))
    if len(codes) != 2:
        return None
    s, e = doc.spans[_sentence_of(doc.spans, metric["start"])]
    inside = [m for m in singles if s <= m["start"] < e]
    for left, right in zip(inside, inside[1:]):
        if {*left["codes"], *right["codes"]} == set(codes) and _LISTED_GAP_RE.match(doc.text[left["end"] : right["start"]]):
            return None
    return codes[0], codes[1]


# A foreign country set against the home country (`A titre de comparaison, la Turquie ... a
# exporté pour 262 milliards de dollars`, `L'Algérie dégage, elle, un excédent`): its figure is
# its own, whatever country the metrics stage read into it from the article.
_CONTRAST_RE = re.compile(
    r"\b(?:(?:[àa]\s+titre\s+de|en|par)\s+comparaison|(?:by|in)\s+comparison|de\s+son\s+côté|quant\s+à|"
    r"pour\s+sa\s+part|for\s+its\s+part|unlike|contrairement\s+à)\b|,\s*(?:elle|lui|elles|eux)\s*,",
    re.IGNORECASE,
)


def _contrasted_subject(doc: Doc, metric: dict, singles: list[dict]) -> bool:
    """The figure's sentence opens on a foreign country with a contrast before the figure."""
    s, _ = doc.spans[_sentence_of(doc.spans, metric["start"])]
    first = next((m for m in singles if s <= m["start"] < metric["start"]), None)
    return bool(first and first["label"] == "COUNTRY" and HOME_COUNTRY not in first["codes"]
                and _CONTRAST_RE.search(doc.text, s, metric["start"]))


# `local`, `domestic` before a figure: the economy of the country its sentence is about.
_LOCAL_BEFORE_RE = re.compile(r"\b(?:local|domestic|locale|intérieure?|nationale?)\b[^,;.]{0,30}$", re.IGNORECASE)


def _local_to_foreign(doc: Doc, metric: dict, singles: list[dict]) -> bool:
    """`Egyptian officials ... aim to lift local production to 400,000 vehicles`: a figure said
    local in a sentence about one foreign country only is that country's own."""
    s, e = doc.spans[_sentence_of(doc.spans, metric["start"])]
    codes = {c for m in singles if s <= m["start"] < e for c in m["codes"]}
    return len(codes) == 1 and HOME_COUNTRY not in codes and bool(
        _LOCAL_BEFORE_RE.search(doc.text, max(s, metric["start"] - 40), metric["start"]))


def _only_in_passing(doc: Doc, code: str, pos: int, compounds: list[dict], singles: list[dict]) -> bool:
    """The figure's sentence names `code` only in a way that makes no party (a bloc's adjective:
    `équipementiers européens`; an organisation named in passing: `la Banque européenne ...`):
    the figure's country comes from that word, not from a partner."""
    s, e = doc.spans[_sentence_of(doc.spans, pos)]
    named = [x for x in doc.entities_in(s, e) if x.get("country") == code]
    kept = [x for x in [*compounds, *singles] if s <= x["start"] < e and code in x["codes"]]
    return bool(named) and not kept


def partnerships(doc: Doc, investments: list[dict]) -> list[dict]:
    """One row per pair the document states, with its figures, sectors and first sentence."""
    figures = [
        (m, set(m.get("countries") or []), _sentence_of(doc.spans, m["start"])) for m in doc.metrics if is_figure(m)
    ]
    investors = tuple(inv["company"].casefold() for inv in investments if inv.get("company"))
    countries = tuple(inv.get("company_country") or "" for inv in investments)
    evidence = _pair_evidence(doc, investors, countries)
    for pair, index in _investment_pairs(doc, investments):
        ev = evidence.setdefault(pair, _PairEvidence())
        ev.kinds.add("investment")
        ev.sentences.add(index)
    return [_row(doc, a, b, ev, figures, investments) for (a, b), ev in sorted(evidence.items())]


def _investment_pairs(doc: Doc, investments: list[dict]) -> list[tuple[tuple[str, str], int]]:
    """(pair, sentence index) of each investment between the home country and another: a
    foreign company's in the home country, or a home company's abroad (an investment between
    two foreign countries, in an article about the home country, is most often background)."""
    out = []
    for inv in investments:
        a, b = inv.get("company_country"), inv.get("host_country")
        if a and b and a != b and HOME_COUNTRY in (a, b):
            out.append((_pair(a, b), _sentence_of(doc.spans, inv["evidence_start"])))
    return out


def _row(doc: Doc, a: str, b: str, ev: _PairEvidence, figures: list[tuple], investments: list[dict]) -> dict:
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
    return {
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
