"""One label per name in a document, people versus companies, and the countries of
mentions: compounds and demonyms, the country an organisation's name carries."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from econews.countries import code_for, find_countries

from econews.tasks.entities.gazetteer import _place_country, _place_re
from econews.tasks.entities.names import Mention, _clean_spaces, canonical_org, has_legal_form

def _lone_words_are_not_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person is introduced by their full name; a single word the model calls a person,
    which no full name of the document ends with, is a company (`Leoni`, `Sunwell`), or a
    place after a preposition of place (`in Valencia and Algeciras`, `in Devon`, `à Huelva`)."""
    full_names = {m.canonical for m in mentions if m.label == "PERSON" and " " in m.canonical}
    surnames = {name.split()[-1] for name in full_names}
    out = []
    for m in mentions:
        word = _clean_spaces(text[m.start:m.end])
        if m.label == "PERSON" and m.rank <= 1 and " " not in word and word not in surnames:
            if _PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, m.start - 12), m.start):
                m = replace(m, label="LOC", canonical=word)
            else:
                m = replace(m, label="ORG", canonical=canonical_org(text[m.start:m.end]))
        out.append(m)
    return out


_PLACE_PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:in|near|à|près\s+de)\s+$")


def _one_label_per_name(mentions: list[Mention], text: str | None = None) -> list[Mention]:
    """One name, one label in a document: the label of its clearest mention (a gazetteer's
    or rule's before the model's), else the one it has most often, else the first. A name
    written with its legal form is a company's and keeps ORG (`Nador West Med S.A.` beside
    the port `Nador West Med`)."""
    by_name: dict[str, list[Mention]] = {}
    with_form = {id(m) for m in mentions if text is not None and m.label == "ORG" and has_legal_form(text[m.start:m.end])}
    for m in mentions:
        if m.label in {"PERSON", "ORG", "LOC", "PROGRAM"} and id(m) not in with_form:
            by_name.setdefault(m.canonical.lower(), []).append(m)
    label_of: dict[str, str] = {}
    for name, group in by_name.items():
        counts = Counter(m.label for m in group)
        best = max(group, key=lambda m: (m.rank, counts[m.label], -group.index(m)))
        label_of[name] = best.label
    return [
        replace(m, label=label) if (label := label_of.get(m.canonical.lower(), m.label)) != m.label and id(m) not in with_form
        else m
        for m in mentions
    ]


def _short_forms_of_companies(mentions: list[Mention]) -> list[Mention]:
    """A first word the model alone found (`Hallvik compte 14 usines`) that opens the name
    of a company of the same document (`Hallvik Seating Systems`) is that company's short
    form: an ORG, whatever the model called it (a known place keeps its gazetteer label)."""
    heads = {m.canonical.split()[0] for m in mentions if m.label == "ORG" and len(m.canonical.split()) > 1}
    # (and the first words of one: `Atlas Ridge shares rose 12%` after `Atlas Ridge Gold Corp.`;
    # not of a body named after a person or a place: `Mohammed VI Polytechnic University`)
    openings = {
        " ".join(words[:n]) for m in mentions if m.label == "ORG"
        for words in [m.canonical.split()] if not _NAMED_AFTER_RE.search(m.canonical)
        for n in range(2, len(words))
    }
    return [
        replace(m, label="ORG") if m.rank <= 1 and m.label in {"LOC", "PERSON"} and (
            (" " not in m.canonical and m.canonical in heads)
            or (m.canonical in openings and not _GEOGRAPHIC_RE.search(m.canonical))) else m
        for m in mentions
    ]


# A place by its kind, whatever company bears its name: `Red Sea` (`Red Sea Gateway Terminal`).
_GEOGRAPHIC_RE = re.compile(
    r"\b(?:Sea|Ocean|Gulf|River|Mountains?|Valley|Coast|Bay|Desert|Strait|Lake|Island|Islands|Mer|Océan|Golfe|Fleuve"
    r"|Vallée|Côte|Baie|Désert|Détroit|Lac|Île|Îles)\b"
)
# The words of a body named after a person or a place (`Mohammed VI Polytechnic University`,
# `Hassan II Foundation`, `King Fahd Airport`): its first words stay theirs.
_NAMED_AFTER_RE = re.compile(
    r"\b(?:University|Université|Universit[ée]|Foundation|Fondation|Institute|Institut|School|[ÉE]cole|Prize|Prix|Airport"
    r"|Aéroport|Stadium|Stade|Hospital|Hôpital|Polytechnic|Mosque|Mosquée|Bridge|Pont|Avenue|Boulevard|Center|Centre)\b"
)


def _drop_carried_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """A country named inside a name that already carries it (`Royal Air Maroc`, MA;
    `Japan International Cooperation Agency`, JP) is not a second mention, nor a country's
    name inside any other name (`Chambre officielle de commerce d'Espagne au Maroc`: names
    are flat). A demonym, or the countries of a joint body (`Commission mixte ...
    maroco-chinoise`, `Comité Maroc-Japon`), are kept: they state who the partners are."""
    names = [m for m in mentions if m.label != "COUNTRY"]

    def carried(c: Mention) -> bool:
        containers = [m for m in names if m.start <= c.start and c.end <= m.end]
        return any(
            set(c.codes) <= set(m.codes) or (text[c.start].isupper() and not _joint(text, m, c)) for m in containers
        )

    return [m for m in mentions if m.label != "COUNTRY" or not carried(m)]


_JOINT_RE = re.compile(r"(?i)\b(?:mixtes?|joint|bilat[ée]ral(?:e|es|s)?|intergouvernementale?)\b")


def _joint(text: str, container: Mention, country: Mention) -> bool:
    """The country is one side of a pair the name states: a joint body, `Maroc-Japon`."""
    return bool(_JOINT_RE.search(text, container.start, container.end)) or bool(
        re.match(r"[-/]\w", text[country.end:country.end + 2]) or re.search(r"\w[-/]$", text[max(0, country.start - 2):country.start])
    )


def _add_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """Country names, demonyms and compounds from the regex gazetteer. They replace a
    model LOC/ORG they cover (`Maroc-Japon`), stand nested inside a named thing
    (`Centre marocain de recherche ...`), and yield to a person."""
    out = list(mentions)
    for c in find_countries(text):
        cm = Mention(c.start, c.end, "COUNTRY", "", c.codes, rank=0)
        clashes = [m for m in out if m.start < c.end and c.start < m.end]  # (`_overlaps`, inlined: a hot loop)
        if any(m.label == "COUNTRY" for m in clashes):
            continue
        if any(m.label == "PERSON" for m in clashes):
            continue
        covered = [m for m in clashes if m.rank <= 1 and m.start >= c.start - 1 and m.end <= c.end + 1]
        covered += [m for m in clashes if m.rank <= 1 and m.label == "LOC" and all(code_for(w) for w in re.split(r"[-/ ]", text[m.start:m.end]) if w)]
        for m in covered:
            if m in out:
                out.remove(m)
        out.append(cm)
    return sorted(out, key=lambda m: (m.start, m.end))


def _same_country_per_name(mentions: list[Mention]) -> list[Mention]:
    """An acronym or short form carries the country its long form has."""
    codes = {}
    for m in mentions:
        if m.label != "COUNTRY" and m.codes:
            codes.setdefault((m.label, m.canonical), m.codes)
    return [replace(m, codes=codes[m.label, m.canonical]) if m.label != "COUNTRY" and not m.codes and (m.label, m.canonical) in codes
            else m for m in mentions]


def _with_country(m: Mention, mentions: list[Mention], text: str) -> Mention:
    """An organisation without a known country takes the one country its name contains,
    as a country (`Centre marocain de ...`) or a known place (`Conseil de la Région
    Casablanca-Settat`)."""
    if m.label in {"ORG", "PROGRAM"} and not m.codes:
        inner = {code for c in mentions if c.label == "COUNTRY" and m.start <= c.start and c.end <= m.end for code in c.codes}
        if not inner:
            inner = {_place_country()[p.group(0)] for p in _place_re().finditer(text, m.start, m.end)}
        if not inner:
            # `le chinois BYD`, `le groupe chinois SUNRISE`: a demonym right before the name
            inner = {
                code
                for c in mentions
                if c.label == "COUNTRY" and c.end <= m.start and text[c.start].islower()
                and re.fullmatch(r"\s+", text[c.end : m.start])
                for code in c.codes
            }
        if len(inner) == 1:
            return replace(m, codes=tuple(inner))
        if len(inner) > 1 and not re.search(r"\b(?:[Mm]ixte|[Jj]oint|[Bb]ilat[ée]ral)", text[m.start:m.end]):
            # `Chambre officielle de commerce d'Espagne au Maroc`: the first country named is
            # the organisation's own (a joint body has none)
            first = min((c for c in mentions if c.label == "COUNTRY" and m.start <= c.start and c.end <= m.end),
                        key=lambda c: c.start, default=None)
            if first is not None and first.codes:
                return replace(m, codes=first.codes[:1])
    return m
