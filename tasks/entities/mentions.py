"""Finding the mentions of a document: the model's entities trimmed and typed, the rules'
(honorifics, ministries, titled English names) and the cues' (`cues`), resolved into one
non-overlapping list, then extended, linked and labelled (`_mentions`)."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import lru_cache
from dataclasses import replace

from econews.openings import guarded
from econews.countries import _places_abroad, code_for, english_name, place_country
from econews.tasks.entities import cues as entity_cues

from econews.tasks.entities.extend import (
    _drop_nested,
    _extend_coordination,
    _extend_name,
    _extend_place_name,
    _link_aliases,
    _link_short_names,
    _merge_joined_names,
    _with_home_region_before,
    _merge_org_place,
    _merge_units,
)
from econews.tasks.entities.gazetteer import _alias_index, _known, _stopwords, straight_apostrophes
from econews.tasks.entities.labels import (
    _add_countries,
    _drop_carried_countries,
    _short_forms_of_companies,
    _lone_words_are_not_people,
    _one_label_per_name,
    _same_country_per_name,
    _with_country,
)
from econews.tasks.entities.names import (
    Mention,
    _CUE_WORD_RE,
    _ENDS_WITH_ROLE_RE,
    _EN_OWNER_RE,
    _FUNCTION_WORDS_AT_END,
    _EN_ROLE_NAME_SAID_RE,
    _EN_TITLED_NAME_RE,
    _HONORIFIC_NAME_RE,
    _INSTITUTION_HEAD_RE,
    _MINISTRY_RE,
    _ORG_CUE_RE,
    _ORG_SUFFIX_RE,
    _PLACE_WORD_RE,
    _PROGRAM_HEADS,
    _ROLE_RE,
    _clean_spaces,
    _in_capitals_line,
    _in_title_case_line,
    _COMMON_WORDS,
    _all_common_words,
    _is_common_word,
    _is_junk,
    _trim,
    canonical_org,
    canonical_person,
)

# The French models' labels (PER, ORG, LOC) and the English ones' (OntoNotes: PERSON, ORG,
# GPE, LOC, FAC); NORP (`Chinese`) is left to the country gazetteer.
_NER_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}


def _misc_heads_of_companies(ents, text: str, candidates: list[Mention]) -> list[Mention]:
    """A word the model calls MISC that opens the name of a company of the document
    (`Qingyuan` beside `Qingyuan New Energy Materials`) is that company's short form."""
    heads = {m.canonical.split()[0] for m in candidates if m.label == "ORG" and len(m.canonical.split()) > 1}
    return [Mention(e.start_char, e.end_char, "ORG", e.text, rank=1) for e in ents
            if e.label_ == "MISC" and e.text in heads and not _is_junk(text, e.start_char, e.end_char)]


def _role_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in entity_cues.finditer_if_written(_ROLE_RE, text, _ROLE_WORDS)]


# A piece of every title `_ROLE_RE` reads (`ministre`, `Ministre`, `secrétaire d'État`), and of
# every ministry `_MINISTRY_RE` does (`ministère`, `Ministere`).
_ROLE_WORDS = ("inistre", "ecrétaire")
_MINISTRY_WORDS = ("inistère", "inistere")


# A ministry named in full in English, its portfolios listed (`Ministry of Tourism, Handicrafts
# and Social and Solidarity Economy`, `Ministry of Investment, Convergence and Evaluation of
# Public Policies`): a list's items after commas only where `and` closes the list (not `Ministry
# of Industry and Trade, Morocco's ...`, nor `..., and Katrin Vollmer`).
_EN_PORTFOLIO = r"[A-Z][\w-]*(?:[ ]+(?:of[ ]+(?:the[ ]+)?)?[A-Z][\w-]*)*"
_EN_MINISTRY_RE = re.compile(
    rf"\bMinistry[ ]+(?:of|for)[ ]+(?:the[ ]+)?{_EN_PORTFOLIO}(?:(?:[ ]*,[ ]*{_EN_PORTFOLIO})*[ ]+(?:and|&)[ ]+{_EN_PORTFOLIO})*")


def _rule_mentions(text: str, english: bool = False) -> list[Mention]:
    """Ministries and honorific-introduced persons; in English, the person a title
    introduces (`Minister of Energy Transition Leila Benali`, `CEO Liu Zhenhai`)."""
    found: list[Mention] = []
    titled = [*_EN_TITLED_NAME_RE.finditer(text), *_EN_ROLE_NAME_SAID_RE.finditer(text)] if english else []
    for m in titled:
        name = m.group("name")
        if name.lower() not in _stopwords() and not code_for(name):
            found.append(Mention(m.start("name"), m.end("name"), "PERSON", canonical_person(name), rank=2))
    for m in entity_cues.finditer_if_written(_MINISTRY_RE, text, _MINISTRY_WORDS):
        start, end = _trim(text, m.start(), m.end())
        found.append(Mention(start, end, "ORG", canonical_org(text[start:end]), rank=2))
    for m in _EN_MINISTRY_RE.finditer(text) if "Ministry" in text else ():
        found.append(Mention(m.start(), m.end(), "ORG", canonical_org(m.group(0)), rank=2))
    for m in _HONORIFIC_NAME_RE.finditer(text):
        start, end = _trim(text, m.start(1), m.end(1))
        name = text[start:end]
        if end > start and straight_apostrophes(name.lower()) not in _stopwords() and not _ROLE_RE.match(name):
            found.append(Mention(start, end, "PERSON", canonical_person(name), rank=2))
    return found


def _resolve(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: higher rank first, then longer, then earlier."""
    kept: list[Mention] = []
    # The spans kept, in order: they never overlap, so their ends rise with their starts, and
    # a mention overlaps one of them exactly when the last one starting before its end ends
    # after its start (`_overlaps`, without comparing it with every span kept).
    spans: list[tuple[int, int]] = []
    for m in sorted(mentions, key=lambda m: (-m.rank, -(m.end - m.start), m.start)):
        before_end = bisect_left(spans, (m.end, -1))
        if before_end and spans[before_end - 1][1] > m.start:
            continue
        insort(spans, (m.start, m.end))
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _model_mention(text: str, ent, english: bool = False) -> Mention | None:
    """The mention a model or ruler entity gives: trimmed, typed by its shape and its
    context, or None for junk."""
    if ent.ent_id_:
        return _ruler_mention(text, ent)
    label = _NER_LABELS.get(ent.label_)
    if ent.label_ in {"MISC", "LOC", "GPE", "FAC"} and _ACTS_AFTER_RE.match(text, ent.end_char):
        # `Sumiden Wiring investit`, `Gotion a annoncé`, `Leapmotor will invest`: what invests,
        # builds or announces is a company (a known place keeps its label below)
        label = "ORG"
    rank = 1
    if _ORG_CUE_RE.search(text, max(0, ent.start_char - 40), ent.start_char) or _DEMONYM_NOUN_BEFORE_RE.search(
            text, max(0, ent.start_char - 30), ent.start_char):
        # `la société sud-coréenne Hyundai Rotem`, `le groupe chinois SUNRISE`, `le japonais
        # Okada Seiko`: the words before say what it is, whatever the model's label (the cue's
        # own mention of the name outranks the model's other mentions of it)
        label = "ORG"
    elif label == "PERSON" and _INVESTS_AFTER_RE.match(text, ent.end_char):
        # `Okada Seiko va construire une usine`, `Hiroshi Tanaka Seiko investira`: people
        # announce and inaugurate, companies invest and build
        label, rank = "ORG", 2
    if label is None:
        return None
    start, end = _trim(text, ent.start_char, ent.end_char, english)
    if end <= start:
        return None
    if _in_capitals_line(text, start):
        return _country_in_capitals(text, start, end)
    domain = _DOMAIN_RE.search(text, start, end)
    if domain and domain.start() > start:
        # `Le Matin.ma`, `Hespress.com`: a paper named by its site is the paper
        end, label = domain.start(), "ORG"
        if ent.start_char < start and _clean_spaces(text[ent.start_char:end]).lower() in _alias_index():
            start = ent.start_char
    span = text[start:end]
    known = _alias_index().get(_clean_spaces(span).lower())
    if known:
        k_label, canonical, country = known
        return Mention(start, end, k_label, canonical, (country,) if country else (), rank=2)
    code = code_for(_clean_spaces(span))
    if code and label == "LOC":
        return Mention(start, end, "COUNTRY", english_name(code), (code,), rank=2)
    if _is_junk(text, start, end) or _ENDS_WITH_ROLE_RE.search(span):
        return None
    label = _label_from_shape(text, start, end, label, english)
    if label == "PERSON" and any(c.isdigit() for c in span):
        return None  # `Oct 2`: no one's name holds a figure
    if label == "PERSON":
        return Mention(start, end, label, canonical_person(span))
    canonical = canonical_org(span) if label == "ORG" else _clean_spaces(span)
    if label == "ORG" and canonical.split()[0].lower() in _PROGRAM_HEADS:
        label = "PROGRAM"
    if label == "LOC" and _known_place_after_preposition(text, start, end):
        rank = 2  # `à Manisa`: the place its other mentions are (`ses usines de Manisa`)
    return Mention(start, end, label, canonical, rank=rank if label in ("ORG", "LOC") else 1)


def _ruler_mention(text: str, ent) -> Mention | None:
    """A gazetteer name: its own label and canonical name, without a lower-case cue.
    None for an alias written all in lower case (`continent africain`, `vieux continent`):
    a description of the place, which the figures' countries read, not its name."""
    kind, key = ent.ent_id_[0], ent.ent_id_[1:]
    if kind == "c":
        return Mention(ent.start_char, ent.end_char, "COUNTRY", english_name(key), (key,), rank=3)
    if not any(c.isupper() for c in text[ent.start_char:ent.end_char]):
        return None
    label, canonical, country = _known()[ent.ent_id_]
    start = ent.start_char
    cue = _CUE_WORD_RE.match(text[start:ent.end_char])
    if cue and text[start].islower():
        start += cue.end()  # `le groupe OCP`: the cue says what OCP is, the name is `OCP`
    return Mention(start, ent.end_char, label, canonical, (country,) if country else (), rank=3)


def _country_in_capitals(text: str, start: int, end: int) -> Mention | None:
    """In a headline set in capitals the model tags words at random (`MAROC SIGNE`): only a
    country name in it is trusted."""
    for word in re.finditer(r"[\w'-]+", text[start:end]):
        code = code_for(word.group(0))
        if code:
            return Mention(start + word.start(), start + word.end(), "COUNTRY", english_name(code), (code,), rank=2)
    return None


def _label_from_shape(text: str, start: int, end: int, label: str, english: bool) -> str:
    """The model's label, corrected by what the name is made of and what stands around it."""
    span = text[start:end]
    if label == "PERSON" and (_ORG_SUFFIX_RE.search(span) or _ORG_PREFIX_RE.match(span)):
        label = "ORG"  # `Oncorad Group`, `Conservas del Norte`: a company named like a person
    if label in {"PERSON", "ORG"} and _PLACE_WORD_RE.search(span) and not _ORG_SUFFIX_RE.search(span):
        # `Kenitra Automotive City`, `Tanger Med Zones`: a place (not `Anatolia Port Holdings`,
        # `Tanger Med Port Authority`, whose last word says what runs it)
        label = "LOC"
    if label == "LOC" and _INSTITUTION_HEAD_RE.match(span):
        label = "ORG"  # `Chambre de commerce espagnole`: an institution, wherever it sits
    if label == "LOC" and (_ORG_SUFFIX_RE.search(span) or _ACRONYM_RE.fullmatch(span)):
        # `Huarong Precision`, `Kestrel Gold`: a trade's word ends a company's name; `TGR`, `CEA`,
        # `COPA-COGECA`: an acronym the tables do not know as a place names a body
        label = "ORG"
    return _label_from_context(text, start, end, label, english)


def _label_from_context(text: str, start: int, end: int, label: str, english: bool) -> str:
    """The label the words around a name give it: an owner's possessive, a preposition of
    place, a source's or an agent's word, where a company is based."""
    span = text[start:end]
    if label in {"PERSON", "ORG"} and _place_of_its_owner(text, start, end):
        label = "LOC"  # `Spain's Algeciras`: a place the tables know of the country before it
    elif english and label in {"PERSON", "LOC"} and _country_owner_before(text, start) \
            and not _known_place(span) and not _NATURAL_PLACE_RE.search(span):
        # `Germany's Thyssenkrupp Nucera`, `Sweden's Northvolt`: a country's company (a person
        # has a title; a place the tables know, or a sea or a coast, stays one: `Egypt's Red Sea`)
        label = "ORG"
    if english and label in {"PERSON", "ORG"} and _place_apposition_after(text, end):
        label = "LOC"  # `a cable to Devon, in southwest England`
    if label in {"PERSON", "ORG"} and _known_place_after_preposition(text, start, end):
        label = "LOC"  # `a dealer in Lyon`, `the port of Durban`, `basé à Toulouse`
    if label in {"PERSON", "ORG"} and _beside_a_known_place(text, start, end, _known_place(span, abroad=True)):
        label = "LOC"  # `Bristol-Agadir`, `Almeria, Malaga and Motril`: a route's end, a list of places
    if label in {"PERSON", "ORG"} and english and _LAND_NOUN_AFTER_RE.match(text, end) \
            and _THE_BEFORE_RE.search(text, max(0, start - 5), start):
        label = "LOC"  # `the Chtouka plain`, `the Sebou basin`: a land's name before its kind
    if label == "LOC" and _SOURCE_BEFORE_RE.search(text, max(0, start - 30), start) and not _known_place(span, abroad=True):
        # `selon la Trésorerie générale du Royaume`, `according to Puertos del Estado`, `présenté
        # par l'Interprofession`: a source or an agent, no place (unless the tables know it)
        label = "ORG"
    if label in {"PERSON", "ORG"} and (_BASED_AFTER_RE.match(text, end) or _BASED_IN_BEFORE_RE.search(text, max(0, start - 25), start)
                                       or _region_after(text, end)):
        # `Hyderabad-based Vardhan Lifesciences`, `a developer based in Dallas`, `Wichita, Kansas`:
        # where a company is based, or a town its region follows, is a place
        label = "LOC"
    return label


# A neighbour in a route or a list: `Bristol-Agadir`, `Almeria, Malaga and Motril`.
_HOME = ("MA",)  # (the country whose press this is: its airports are one end of the routes it tells of)
_NEXT_NAME_RE = re.compile(r"(?P<link>[-–]|\s*,\s*|\s+(?:and|et|or|ou)\s+)([A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?)")
_NAME_BEFORE_RE = re.compile(r"([A-Z][\w'’.]*)(?P<link>[-–]|\s*,\s*|\s+(?:and|et|or|ou)\s+)$")


def _beside_a_known_place(text: str, start: int, end: int, known: bool) -> bool:
    """Whether the name is joined to a place the tables know by a dash, a route's other end
    (`Bristol-Agadir`), or, a place the tables know itself, in a list with one (`Malaga and
    Motril`)."""
    # (a route's other end in the home country: a place abroad may name a company, `Anadolu-Toyota`;
    # or a known place at the other end of `between X and Y`: `a ferry between Agadir and Portsmouth`)
    def beside(name: str, link: str, at: int) -> bool:
        if known:
            return _known_place(name, abroad=True)
        if link in "-–":
            return place_country(_clean_spaces(name)) == _HOME
        return link.strip() in ("and", "et") and bool(_BETWEEN_BEFORE_RE.search(text, max(0, at - 10), at)) \
            and _known_place(name, abroad=True)

    after = _NEXT_NAME_RE.match(text, end)
    if after and any(beside(" ".join(after.group(2).split()[:k]), after.group("link"), start) for k in (2, 1)):
        return True
    before = _NAME_BEFORE_RE.search(text, max(0, start - 40), start)
    return bool(before and beside(before.group(1), before.group("link"), before.start()))


# A land's kind after its name, in English (`the Chtouka plain`, `the Souss valley`).
_LAND_NOUN_AFTER_RE = re.compile(r"[ ]+(?:plain|valley|basin|plateau|oasis|delta|desert|coast|bay|peninsula|river|mountains)\b")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
_BETWEEN_BEFORE_RE = re.compile(r"\b(?:between|entre)\s+$")


def _known_place(span: str, abroad: bool = False) -> bool:
    """Whether the place tables know the name: the gazetteer's places, and with `abroad` the
    regions and big cities abroad too."""
    name = _clean_spaces(span)
    if place_country(name):
        return True
    return abroad and (name in _places_abroad()[0] or name in _places_abroad()[1])


_SOURCE_BEFORE_RE = re.compile(
    r"(?i:\b(?:selon|d['’]après|according\s+to|par|statistiques\s+de|données\s+de|figures\s+from|data\s+from)\s+"
    r"(?:(?:le|la|les|l['’]|the)\s*)?)$")
_BASED_AFTER_RE = re.compile(r"-based\b")
_BASED_IN_BEFORE_RE = re.compile(r"(?i:\b(?:based|headquartered|located|basée?s?|installée?s?|située?s?)\s+(?:in|at|à|au)\s+)$")
_REGION_AFTER_RE = re.compile(r",\s+([A-Z][\w'’]*(?:[\s-][A-Z][\w'’]*)?)(?=-based\b|\s*[,.;)])")


def _region_after(text: str, end: int) -> bool:
    """`Dallas, Texas,`: a region or a country of the tables right after the name and a comma."""
    m = _REGION_AFTER_RE.match(text, end)
    if m is None:
        return False
    regions, _ = _places_abroad()
    return m.group(1) in regions or code_for(m.group(1)) is not None


_ACRONYM_RE = re.compile(r"[A-Z]{2,8}(?:-[A-Z]{2,8})?")
# The last word of a natural place's name: `Red Sea`, `Atlantic Coast`, `Rift Valley`.
_NATURAL_PLACE_RE = re.compile(
    r"\b(?:Sea|Ocean|Coast|Gulf|Bay|Valley|Delta|Basin|River|Lake|Desert|Mountains|Island|Islands|Peninsula"
    r"|Canal|Strait|Region|Province|State|Riviera)$")


# A preposition of place before a name: `in`, `at`, `near`, `of`, `à`, `de`, `vers`.
# (`of`, `de` only after a kind of place: `orders from Toyota`, `l'usine de Toyota` are the company's)
_PLACE_PREPOSITION = (r"(?<![\w'’-])(?:in|at|near|via|through|à|vers|près\s+de|from|to|depuis|en\s+provenance\s+d[eu]"
                      r"|(?:port|ports|city|ville|region|région|province|state|siège|headquarters)\s+(?:of|de|d['’]|in))")
# (or a place coordinated with the one after it: `in Denizli and Kahramanmaras`, `ports of
# Algeciras and Tarifa`, `through Singapore or Rotterdam`)
_PLACE_PREPOSITION_RE = re.compile(
    rf"{_PLACE_PREPOSITION}\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*,\s*){{0,3}}"
    rf"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:and|or|et|ou)\s+)?$", re.IGNORECASE)
# A region's own prepositions (`venus de Lombardie`, `en Bavière`): no company bears a region's
# name alone.
_REGION_PREPOSITION_RE = re.compile(r"(?<![\w'’-])(?:de|d['’]|du|en|of|from)\s*$", re.IGNORECASE)
_LOOK_BACK = 60


def _known_place_after_preposition(text: str, start: int, end: int) -> bool:
    """A city or region abroad that the tables know (one country's, no common word nor
    first name), after a preposition of place, is that place whatever the model says; a
    company named like a city (`Toyota`) is an agent or an owner, not where things are."""
    regions, cities = _places_abroad()
    name = _clean_spaces(text[start:end])
    if name in regions and _REGION_PREPOSITION_RE.search(text, max(0, start - 8), start):
        return True
    return (name in regions or name in cities) and bool(_PLACE_PREPOSITION_RE.search(text, max(0, start - _LOOK_BACK), start))


def _place_of_its_owner(text: str, start: int, end: int) -> bool:
    """`Spain's Algeciras`, `China's Hefei`: a place the tables know, after its own country's
    possessive (a country's company is no place: `Germany's Thyssenkrupp Nucera`)."""
    m = _COUNTRY_OWNER_RE.search(text, max(0, start - 30), start)
    return bool(m and code_for(m.group(1)) and place_country(_clean_spaces(text[start:end])) == (code_for(m.group(1)),))


# The trade or kind of firm that opens a Spanish, Portuguese or Italian company's name.
_ORG_PREFIX_RE = re.compile(
    r"(?:Conservas|Grupo|Industrias|Laborat[oó]rios|Transportes|Construcciones|Construções|Banco|Banca|Compañía"
    r"|Companhia|Sociedad|Sociedade|Industrie|Cantine|Officine|Azienda|Frigor[ií]fico|F[aá]brica|Indústrias?"
    # Italian trades named by their works (`Calzaturificio Bellandi`, `Lanificio`, `Pastificio`)
    r"|[A-Z][a-z]+ificio)\s")


# A company's acts right after its name (an aside between commas allowed).
_ACTS_AFTER_RE = re.compile(
    r"\s*(?:,[^,.;]{0,60},\s*)?(?:(?:a|va|vient\s+d['’]|prévoit\s+d['’]|compte|s['’]apprête\s+à)\s+)?"
    r"(?:investi[rt]?|investira|a\s+investi|inaugur[eé]\w*|implant\w*|s['’]implant\w*|annonc[eé]\w*|construi\w*|"
    r"(?:will|plans\s+to|has|is\s+to)\s+(?:invest|build|open)|invest(?:s|ed)|announced|inaugurated)\b",
    re.IGNORECASE)
# What a company does and a person does not: invest, build, set up a plant.
_INVESTS_AFTER_RE = re.compile(
    r"\s*(?:,[^,.;]{0,60},\s*)?(?:(?:a|va|vient\s+d['’]|prévoit\s+d['’]|compte|s['’]apprête\s+à|entend|projette\s+d['’])\s+)?"
    r"(?:investi[rt]?|investira|investissent|construi\w*|s['’]implant\w*|implanter|"
    r"(?:will|plans\s+to|is\s+to|is\s+set\s+to|intends\s+to|aims\s+to)\s+(?:invest|build|set\s+up)|invest(?:s|ed)|"
    r"is\s+investing|is\s+building)\b",
    re.IGNORECASE)
# A demonym as a noun before a name: `le japonais Okada Seiko`, `l'espagnol Frutas del Guadalquivir`.
_DEMONYM_NOUN_BEFORE_RE = re.compile(rf"(?<![\w-])(?:[Ll]e|[Ll]['’])\s*(?:{entity_cues.FR_DEMONYM_NOUN})\s+$")
_DOMAIN_RE = re.compile(r"\.(?:ma|com|fr|net|org|info|news|press)$")

_COUNTRY_OWNER_RE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+$")

_PLACE_APPOSITION_RE = re.compile(
    r",\s+(?:in|near)\s+(?:the\s+)?(?P<side>(?:north|south|east|west|central)[\w-]*\s+(?:of\s+)?)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _country_owner_before(text: str, start: int) -> bool:
    m = _COUNTRY_OWNER_RE.search(text, max(0, start - 30), start)
    return bool(m and code_for(m.group(1)))


def _place_apposition_after(text: str, end: int) -> bool:
    m = _PLACE_APPOSITION_RE.match(text, end)
    return bool(m and (m.group("side") or code_for(m.group(2)) or m.group(2).lower() in _alias_index()))


def _mentions(doc, text: str, english: bool = False) -> list[Mention]:
    roles = _role_spans(text)

    def inside_role(m: Mention) -> bool:
        return m.rank < 3 and m.label != "COUNTRY" and any(a <= m.start and m.end <= b for a, b in roles)

    ents = doc.ents  # (spaCy makes the spans anew at each reading)
    candidates = [m for ent in ents if (m := _model_mention(text, ent, english)) is not None]
    candidates = [m for m in candidates if not _portfolio_after_title(text, m) and not _headline_guess(text, m)]
    candidates += _misc_heads_of_companies(ents, text, candidates)
    candidates += _cue_mentions(text, candidates)
    candidates = _names_over_places(candidates)
    candidates = [_extend_coordination(text, m) for m in candidates if not inside_role(m)]
    candidates += _rule_mentions(text, english) + _region_mentions(text) + _dateline_mentions(text)
    candidates += _places_abroad_mentions(text)
    candidates = [m for m in candidates if not _in_portfolio(text, m, english) and not _furniture_line(text, m)]
    mentions = _merge_org_place(text, _resolve(candidates))
    mentions = [_extend_place_name(text, m) for m in mentions]
    mentions = _drop_nested([_end_on_a_name(text, _whole_given_name(text, _extend_name(text, m))) for m in mentions])
    mentions = _with_home_region_before(text, _merge_joined_names(text, [m for m in mentions if m.end > m.start]))
    mentions = _merge_units(text, _link_aliases(text, mentions))
    mentions = _link_short_names(text, mentions)
    mentions = _lone_words_are_not_people(text, mentions)
    mentions = _one_label_per_name(_short_forms_of_companies(mentions), text)
    mentions = _add_countries(text, mentions)
    mentions = [_with_country(m, mentions, text) for m in mentions]
    mentions = _same_country_per_name(mentions)
    return [m for m in _drop_carried_countries(text, mentions) if not _furniture_line(text, m)]


_TRAILING_FUNCTION_WORDS_RE = re.compile(rf"(?:[\s,;:|–-]+(?:{_FUNCTION_WORDS_AT_END}))+[\s,;:|–-]*$")


# The lower-case second part of a hyphenated given name (`Kim Sung` + `-ho`, `Ji` + `-won`),
# which the model's tokens cut off.
_GIVEN_NAME_PART_RE = re.compile(r"-[a-z]{1,5}(?![\w-])")


def _whole_given_name(text: str, m: Mention) -> Mention:
    part = _GIVEN_NAME_PART_RE.match(text, m.end) if m.label == "PERSON" else None
    if part is None:
        return m
    return replace(m, end=part.end(), canonical=canonical_person(text[m.start:part.end()]))


def _end_on_a_name(text: str, m: Mention) -> Mention:
    """A name never ends on a conjunction, preposition or determiner (`X et de`, `Ltd et
    la`, `X and the`), nor on when something happened (`Shanghai Stock Exchange on Monday`,
    `Caisse de compensation sur le trimestre`), whichever rule or extension made it run on;
    an organisation's name never opens on where it is based (`Abu Dhabi-based Falaj Energy`)."""
    if m.label == "ORG" and m.rank < 3:
        based = _BASED_OPENING_RE.match(text, m.start, m.end)
        if based and based.end() < m.end:
            m = replace(m, start=based.end(), canonical=canonical_org(text[based.end():m.end]))
        when = _TRAILING_TIME_RE.search(text, m.start, m.end)
        if when and when.start() > m.start:
            m = replace(m, end=when.start(), canonical=canonical_org(text[m.start:when.start()]))
    t = _TRAILING_FUNCTION_WORDS_RE.search(text, m.start, m.end)
    if m.rank >= 3 or not t or t.start() <= m.start:
        return m
    end = t.start()
    span = text[m.start:end]
    canonical = canonical_person(span) if m.label == "PERSON" else canonical_org(span) if m.label == "ORG" else (
        m.canonical if m.label == "COUNTRY" else _clean_spaces(span))
    return replace(m, end=end, canonical=canonical)


_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_TRAILING_TIME_RE = re.compile(
    rf"\s+(?:(?:on|this|last|next|ce|le)\s+)?(?:{_WEEKDAYS})$|\s+(?:sur|au\s+cours\s+du|over|in)\s+(?:le\s+|the\s+)?"
    r"(?:trimestre|semestre|quarter|half)$")
_BASED_OPENING_RE = re.compile(r"[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)*-based\s+")


# A world region named by a direction and a continent is one place: `West Africa`, `Afrique
# de l'Ouest`, `Amérique latine`, `sub-Saharan Africa` (never the start of a longer name:
# `North Africa Post`).
_REGION_RE = guarded(re.compile(
    r"(?<![\w-])(?:(?:West|East|North|South|Central|Western|Eastern|Northern|Southern|Southeast|South-East|Northeast"
    r"|Sub-Saharan|sub-Saharan|Subsaharan|Latin)[ ]+(?:Africa|Europe|Asia|America)|Middle[ ]+East"
    r"|(?:Afrique|Europe|Asie|Amérique)[ ]+(?:de[ ]+l['’][ ]?(?:Ouest|Est)|du[ ]+(?:Sud-Est|Nord-Est|Sud-Ouest|Nord-Ouest)"
    r"|du[ ]+(?:Nord|Sud|Centre)|centrale|australe"
    r"|subsaharienne|sub-saharienne|occidentale|orientale|latine|du[ ]+Nord|du[ ]+Sud))(?![\w-])(?![ ]+[A-Z])"
))
_CONTINENTS = ("Africa", "Europe", "Asia", "America", "Middle", "Afrique", "Asie", "Amérique")  # (one in every match)


# An agreement, declaration or process named after a place is one name, no place:
# `Agadir Agreement`, `Paris Agreement`, `Accord d'Agadir`, `Processus de Rabat`.
_PACT_NAMED_AFTER_PLACE_RE = re.compile(
    r"(?<![\w-])(?:[A-ZÀ-Ý][\w'’-]+(?:[ ][A-ZÀ-Ý][\w'’-]+)?[ ]+(?:Agreement|Accords?|Declaration|Process|Convention|Charter|Protocol|Pact)"
    r"|(?:Accords?|Déclaration|Processus|Convention|Charte|Protocole|Pacte)[ ]+(?:de[ ]+|d['’])[A-ZÀ-Ý][\w'’-]+(?:[ ][A-ZÀ-Ý][\w'’-]+)?)(?![\w-])"
)


def _places_abroad_mentions(text: str) -> list[Mention]:
    """A region or big city abroad that the tables know (`Shanghai`, `Houston`, `Catalogne`,
    `Inner Mongolia`), after a preposition of place (`à Shanghai`, `in Houston`, `de
    Catalogne`): a place, where the model saw nothing. Rank 1: any name the model or the
    rules found over it (`New York Stock Exchange`) is kept instead."""
    regions, cities = _places_abroad()
    found = []
    for m in _CAPITALISED_RUN_RE.finditer(text):
        words = m.group(0).split()
        for k in range(len(words), 0, -1):  # the longest name the run opens with
            name = " ".join(words[:k])
            code = regions.get(name) or cities.get(name)
            if code is None:
                continue
            start, end = m.start(), m.start() + len(name)
            if not (end < len(text) and (text[end].isalnum() or text[end] in "-'’")) \
                    and _known_place_after_preposition(text, start, end):
                found.append(Mention(start, end, "LOC", name, (code,), rank=1))
            break
    return found


# Capitalised words in a row (a place abroad is looked up among the runs' openings).
_CAPITALISED_RUN_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’.-]*(?:[ ][A-ZÀ-Ý][\w'’.-]*){0,3}")


def _region_mentions(text: str) -> list[Mention]:
    found = [Mention(m.start(), m.end(), "LOC", _clean_spaces(m.group(0)), rank=3)
             for m in entity_cues.finditer_if_written(_REGION_RE, text, _CONTINENTS)]
    for m in entity_cues.finditer_if_written(_PACT_NAMED_AFTER_PLACE_RE, text, _PACT_WORDS):
        words = re.findall(r"[A-ZÀ-Ý][\w'’-]+", m.group(0))
        place = " ".join(w for w in words if w not in _PACT_WORDS)
        if place.lower() in _alias_index() or code_for(place):
            found.append(Mention(m.start(), m.end(), "PROGRAM", _clean_spaces(m.group(0)), rank=3))
    return found


_PACT_WORDS = {"Agreement", "Accord", "Accords", "Declaration", "Process", "Convention", "Charter", "Protocol", "Pact",
               "Déclaration", "Processus", "Charte", "Protocole", "Pacte"}


# A wire dateline: `RABAT, Jan 29 (Reuters) -`, `LAAYOUNE (MAP) –`, `Rabat (AFP) –`: the city
# (in capitals or not) is a place, the agency in brackets an organisation.
_DATELINE_RE = re.compile(
    r"^(?P<city>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]+(?:[ -][A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]+){0,2})(?:[ ]*,[^()\n]{1,40}?)?[ ]*"
    r"(?:\((?P<agency>[A-Z][A-Za-z]{1,9})\)[ ]*)?[-–—:]",
    re.M,
)


# A wire story's credit with no city before it: `(Bloomberg) -- Saudi Arabia's ...`.
_AGENCY_ONLY_RE = re.compile(r"^\((?P<agency>[A-Z][A-Za-z]{1,12})\)[ ]*(?:--|[-–—:])", re.M)


def _dateline_mentions(text: str) -> list[Mention]:
    found = [_agency_mention(m) for m in _AGENCY_ONLY_RE.finditer(text)]
    found = [m for m in found if m is not None]
    for m in _DATELINE_RE.finditer(text):
        city = m.group("city")
        known = _alias_index().get(city.lower())
        if m.group("agency") is None and not (known and known[0] == "LOC"):
            continue  # without an agency only a known place opens a dateline (`OCP –` is no city)
        if city.isupper() and city.lower() not in _stopwords() and not code_for(city):
            name = known[1] if known and known[0] == "LOC" else city.title()
            codes = (known[2],) if known and known[2] else ()
            found.append(Mention(m.start("city"), m.end("city"), "LOC", name, codes, rank=2))
        agency = _agency_mention(m) if m.group("agency") else None
        if agency is not None:
            found.append(agency)
    return found


def _agency_mention(m: re.Match) -> Mention | None:
    """The agency credited in brackets by a dateline: an organisation (unless the
    gazetteer knows the word as something else)."""
    agency = m.group("agency")
    known = _alias_index().get(agency.lower())
    if known is not None and known[0] != "ORG":
        return None
    canonical = known[1] if known else agency
    codes = (known[2],) if known and known[2] else ()
    return Mention(m.start("agency"), m.end("agency"), "ORG", canonical, codes, rank=3)


# The portfolio of a minister's title is no organisation: `Health Minister Amine Tahraoui`,
# `Minister of Industry and Trade`, `ministre de l'Industrie et du Commerce`.
_PORTFOLIO_JOIN = (
    r"(?:[ ]*,[ ]*(?:du[ ]+|des[ ]+|de[ ]+la[ ]+|de[ ]+l['’][ ]?|d['’][ ]?|de[ ]+)"
    r"|[ ]+et[ ]+(?:du[ ]+|des[ ]+|de[ ]+la[ ]+|de[ ]+l['’][ ]?|d['’][ ]?)"
    r"|[ ]+(?:and|&)[ ]+(?:the[ ]+)?|[ ]+(?:of|for|de|du|des)[ ]+(?:the[ ]+)?)"
)
_EN_PORTFOLIO_RE = guarded(re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w-]*(?:[ ]+(?:and|&)[ ]+|[ ]*,[ ]*|[ ]+)){1,4}(?=Minister\b|Secretary\b)"
    r"|\b(?:Minister|Secretary|[Mm]inistre|[Ss]ecrétaire[ ]+d['’][ÉEée]tat)(?:[ ]+(?:délégué|déléguée|chargée?))?"
    r"[ ]+(?:of|for|de[ ]+l['’][ ]?|de[ ]+la[ ]+|du[ ]+|des[ ]+|de[ ]+|d['’][ ]?|auprès[ ]+)(?:the[ ]+)?"
    rf"[A-ZÀ-Ý][\w'’-]*(?:{_PORTFOLIO_JOIN}[A-ZÀ-Ý][\w'’-]*)*"
))


def _in_portfolio(text: str, m: Mention, english: bool = False) -> bool:
    """An organisation or place the model found inside a minister's title is a portfolio."""
    if m.rank >= 3 or m.label not in {"ORG", "PROGRAM", "LOC"}:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    window_end = min(len(text), m.end + 200)
    if not any(text.find(word, line_start, window_end) >= 0 for word in _PORTFOLIO_TITLE_WORDS):
        return False  # most lines hold no minister's title: no search of them
    return any(p.start() <= m.start and m.end <= p.end() for p in _EN_PORTFOLIO_RE.finditer(text, line_start, window_end))


# A piece of every title `_EN_PORTFOLIO_RE` reads (`Minister`, `ministre`, `Secretary`, `secrétaire`).
_PORTFOLIO_TITLE_WORDS = ("inist", "Secretary", "ecrétaire")


# Page furniture left in the text: a masthead named by its site (`L'Opinion.ma`), a credit
# or share line (`© 2024 AFP`, `Source : MAP`, `Partager sur Facebook`), a menu line
# (`Actualités | Economie | Société`). Their names are no mentions of the article.
_CREDIT_LINE_RE = re.compile(
    r"^\s*(?:©|\(c\)|Copyright|Crédits?\b|Credits?\b|Photo\b|Source\s*:|Sources\s*:|Partager|Share\b|Suivez|Follow\s+us"
    r"|Tous\s+droits|All\s+rights)", re.I)
_SITE_LINE_RE = re.compile(r"^\s*[\w'’ .-]{2,40}\.(?:ma|com|fr|net|org|info|news|press)\s*$")
# `Jane Roe in London at jroe@example.com`: a wire's contact line, no part of the story.
_CONTACT_LINE_RE = re.compile(r"^[^.!?]{0,80}\bat\s+\S+@\S+\.\w{2,}\s*$")
_MENU_SEP_RE = guarded(re.compile(r"\s+[|•·]\s+|\s+/\s+"))


def _furniture_line(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.start)
    line = text[line_start: len(text) if line_end < 0 else line_end]
    if _credit_site_or_contact_line(line):
        return True
    if m.rank <= 1 and _section_heading(line, text[m.start:m.end]):
        return True
    content_start, content_end = _content_bounds(text)
    if m.label in {"ORG", "LOC"} and (line_start <= content_start or line_start + len(line) >= content_end):
        # an outlet's name alone on the first or the last line (`La Gazette`, `Hespress
        # English`): its masthead or credit
        rest = line.replace(text[m.start:m.end], " ", 1)
        return bool(re.fullmatch(r"\s*(?:(?:[Ll]es?|[Ll]a|[Ll]['’]|[Tt]he)\s*)?\s*(?:[A-Z][\w-]*|\d+)?\s*", rest))
    return _menu_line(line)


# A paragraph is one line and holds many mentions: each line is judged once.
@lru_cache(maxsize=1024)
def _credit_site_or_contact_line(line: str) -> bool:
    return bool(_CREDIT_LINE_RE.match(line) or _SITE_LINE_RE.match(line) or _CONTACT_LINE_RE.search(line))


@lru_cache(maxsize=8)
def _content_bounds(text: str) -> tuple[int, int]:
    """Where the text's first non-blank character is and where its last one ends: a line
    starting no later than the first is the first line with words, one ending no earlier
    than the last, the last one."""
    return len(text) - len(text.lstrip()), len(text.rstrip())


def _section_heading(line: str, name: str) -> bool:
    """`Autos & Transportation`, `Energy & Environment` alone on a line: a site's section
    or desk, common words joined, no name."""
    if "&" not in name:
        return False
    words = re.findall(r"[^\W\d]+", name)
    return (line.strip() == name.strip() and len(words) >= 2
            and all(_is_common_word(w) for w in words))


# A paragraph is one line and holds many mentions: each line is judged once.
@lru_cache(maxsize=1024)
def _menu_line(line: str) -> bool:
    """`Actualités | Economie | Société`: three items or more, each of a few words."""
    items = [x for x in _MENU_SEP_RE.split(line.strip()) if x]
    return (
        len(items) >= 3
        and not re.match(r"(?i)^\s*(?:par|by|por|rédigé|écrit|publié)\b", line)
        and all(len(x.split()) <= 3 and not re.search(r"[.!?:\d]$", x) for x in items)
    )


def _names_over_places(candidates: list[Mention]) -> list[Mention]:
    """A known place inside a longer name the model or a cue found is part of that name
    (`Karim Benslimane`, `Abu Dhabi National Energy Company`), not a place of its own."""
    names = [m for m in candidates if m.rank <= 1 and m.label in {"PERSON", "ORG"}]
    # a name a cue found is flat too, whatever its kind: `port Dakhla Atlantique`, `la
    # Chambre officielle de commerce d'Espagne au Maroc`, `Sumiden Wiring Morocco`
    cued = [m for m in candidates if m.rank == 2]

    def inside(m: Mention, group: list[Mention]) -> bool:
        return any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start for n in group)

    return [
        m for m in candidates
        if not (m.label == "LOC" and inside(m, names)) and not (m.label in {"LOC", "COUNTRY", "PERSON"} and inside(m, cued))
    ]


def _cue_mentions(text: str, candidates: list[Mention]) -> list[Mention]:
    """Names the words around them type (`cues`): a company cue makes an ORG,
    a role beside a name a PERSON, a kind of site a LOC. They outrank the model (rank 2);
    a known name keeps the gazetteer's label, junk stays junk."""
    found: list[Mention] = []
    people = entity_cues.person_cue_spans(text)
    spans = (
        entity_cues.company_cue_spans(text) + people + entity_cues.site_cue_spans(text)
        + entity_cues.institution_spans(text) + entity_cues.author_spans(text)
    )
    for start, end, label in spans:
        if label == "ORG" and any(s < end and start < e for s, e, _ in people):
            continue  # `Le président de l'équipementier, Iñaki Etxeberria, a indiqué`: the role wins
        start, end = _trim(text, start, end)  # `Mme Leila Benali, ministre de ...`
        owner = _EN_OWNER_RE.match(text[start:end])
        if owner:
            start += owner.end()  # `China's Jiangsu province`: the country owns the place, is no part of it
        end = _model_goes_on(text, start, end, label, candidates)
        span = text[start:end]
        key = _clean_spaces(span).lower()
        if end <= start or _in_capitals_line(text, start) or _is_junk(text, start, end) or code_for(_clean_spaces(span)):
            continue
        if key in _alias_index():
            continue  # the gazetteer names it, with its own label
        if label in {"PERSON", "SIGNATURE", "AUTHOR"} and _not_a_person(text, start, end, candidates, label):
            continue
        label = "PERSON" if label in {"SIGNATURE", "AUTHOR"} else label
        if label == "ORG" and (_PLACE_WORD_RE.search(span) or _known_place_after_preposition(text, start, end)):
            continue  # `l'opérateur Tanger Med Zones`, `Fondé en 1988 à Ulsan, le groupe`: a place
        if label == "INSTITUTION":
            label = "ORG"  # its head says it is a body, whatever places it is for (`... and Free Zones`)
            if _in_title_case_line(text, start):
                continue  # in a title-case headline every word is capitalised: no boundary to trust
        canonical = canonical_person(span) if label == "PERSON" else canonical_org(span) if label == "ORG" else _clean_spaces(span)
        found.append(Mention(start, end, label, canonical, rank=2))
    return found


# What joins the parts of an institution's name: `Office National` + ` de l'Electricité et de l'Eau Potable`.
_NAME_GOES_ON_RE = re.compile(r"\s+(?:de|du|des|d['’]|of|for|and|et)\b")


def _model_goes_on(text: str, start: int, end: int, label: str, candidates: list[Mention]) -> int:
    """A cue's name stops at its first joining word, where the model's organisation from
    the same start goes on over it: the model's end."""
    if label != "ORG":
        return end
    longer = [c.end for c in candidates if c.label == "ORG" and c.start == start and c.end > end and c.rank <= 1
              and "\n" not in text[end:c.end] and _NAME_GOES_ON_RE.match(text, end)]
    return max(longer, default=end)


def _not_a_person(text: str, start: int, end: int, candidates: list[Mention], cue: str = "PERSON") -> bool:
    """A name beside a role or on a signature line that is no person: a company or a place
    by its words (`Renault Group`, `Casablanca Finance City`, `Maroc TELECOM`), one the model
    or the gazetteer calls an organisation (`Stellantis Kenitra, responsable de ...`; not a
    byline's author, `By Hajar Toufik`, whom the model may take for one), or, on a signature
    line, a common word opening it that the model does not take for a first name (`Bourse MASI`)."""
    span = text[start:end]
    if _ORG_SUFFIX_RE.search(span) or _PLACE_WORD_RE.search(span) or any(code_for(w) for w in span.split()):
        return True
    overlapping = [c for c in candidates if c.start < end and start < c.end]
    # (a speaker reported by a verb of saying is one whatever the model says: `said Hamza
    # Meddeb, a researcher at ...`, `a indiqué Karim Tazi, directeur de ...`)
    if cue != "AUTHOR" and any(c.label == "ORG" for c in overlapping) \
            and not (cue == "PERSON" and _SPEECH_VERB_BEFORE_RE.search(text, max(0, start - 30), start)):
        return True
    first = span.split()[0].lower()
    return cue == "SIGNATURE" and first in _common_lemmas() and not any(c.label == "PERSON" for c in overlapping)


_SPEECH_VERB_BEFORE_RE = re.compile(
    r"(?:\b(?:said|says|told|added|explained|noted|according\s+to|selon|d['’]après)"
    r"|\ba\s+(?:indiqué|déclaré|affirmé|souligné|expliqué|précisé|ajouté|estimé|relevé|assuré|confié|noté)"
    r"|\b(?:explique|souligne|précise|indique|ajoute|estime|affirme|relève|assure|note))\s+$")


def _common_lemmas() -> frozenset[str]:
    """The common words of the loaded models, as written (no guessed inflection: a first
    name like `Nadia` must not pass for a form of a common word)."""
    return _all_common_words(tuple(_COMMON_WORDS))


# `Minister of Industry and Trade Ryad Mezzour`: the portfolio after a minister's title is
# no organisation (the ministry is: `Ministry of Industry and Trade`).
_MINISTER_OF_RE = re.compile(r"\b(?:Minister|Secretary(?:\s+of\s+State)?|Ministre|ministre)\s+(?:of|for|de\s+l['’]|de\s+la|du|des|de)\s*(?:the\s+)?$")


def _portfolio_after_title(text: str, m: Mention) -> bool:
    return m.rank <= 1 and m.label == "ORG" and bool(_MINISTER_OF_RE.search(text, max(0, m.start - 40), m.start))


def _headline_guess(text: str, m: Mention) -> bool:
    """In a headline set in title case every word looks like a name: the model's guess
    there (`Renewables, Desalination`) stands only when the article names it again."""
    if m.rank > 1 or not _in_title_case_line(text, m.start):
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.start)
    line_end = len(text) if line_end < 0 else line_end
    name = re.escape(text[m.start:m.end])
    pattern = re.compile(rf"(?<![\w-]){name}(?![\w-])")
    return not (pattern.search(text, 0, line_start) or pattern.search(text, line_end))
