"""Country mentions of a sentence that are not a given figure's: the countries a statement
names for another figure (`respectivement`, an aside holding its own figure), leaves out
(`Hors UE`) or ranks the figure against (`après le Sénégal et la Mauritanie`). They are
masked out of what `countries.figure_countries` reads for that figure, as the country of a
count is (`7 million British homes`).
"""

from __future__ import annotations

import re

from econews.openings import guarded
from econews.countries import AGENCIES_RE, find_countries, find_epithets, find_places_abroad

Span = tuple[int, int]

# `respectivement`, `respectively`: the n countries named before it go with its figures in order.
_RESPECTIVELY_RE = re.compile(r"(?i:\brespectivement\b|\brespectively\b)")
# A country left out: `Hors UE`, `hors Union européenne`, `outside the EU`, `excluding China`,
# `non-EU countries`, `extra-EU trade`.
_EXCLUDED_RE = re.compile(
    r"(?=\b(?i:[ehoàn]))(?i:\b(?:non|extra)[-‑](?=[A-ZÉ])|\bhors\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|l['’]\s*|la\s+|le\s+)?|\b(?:excluding|outside)\s+(?:the\s+)?"
    r"|\bà\s+l['’]\s*exception\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+|d['’]\s*))"
)
# The words that rank one country against another (`derrière l'Egypte`, `devance la
# Tunisie`, `talonne l'Afrique du Sud`, `loin de l'Espagne`, `behind Egypt`, `overtook Egypt`,
# `face à l'Egypte et à la Turquie`),
# read here and by `country_subjects`.
RANK_WORDS = (r"derrière|devant|devance|devancé|talonne|dépasse|précède|loin\s+(?:de|du|des|d['’]|derrière|devant)"
              r"|avance\s+sur|behind|ahead\s+of|trailing|trails|overtook|overtaking|outpaced|outpacing|outstripp\w*"
              r"|lead\s+over|surpass\w*|face\s+(?:à|au|aux)")
# The countries a figure is ranked against: `après le Sénégal et la Mauritanie`, `devant
# l'Algérie`, `behind Spain`, `ahead of Egypt and Tunisia`, `talonne l'Afrique du Sud`.
_RANKED_AGAINST_RE = guarded(re.compile(
    rf"(?i:\b(?:{RANK_WORDS}|(?P<after>après|after))"
    r"(?:\s+(?:désormais|toujours|encore|largement|nettement|now|still|well|far))?(?:\s+|(?<=['’]))(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?)"
))
# `après`/`after` rank only after a rank (`troisième marché après le Sénégal`, `second only
# after`); elsewhere they tell time (`after Chinese shipments jumped 42%`).
_RANK_BEFORE_RE = re.compile(
    r"(?i:\b(?:premi[eè]re?|deuxième|second(?:e)?|troisième|quatrième|cinquième|third|fourth|fifth|rang|position"
    r"|place|classement|largest|biggest|top)\b[^.;]{0,40}$)"
)
# A country list goes on over `,`, `et`, `and` and articles, up to anything else.
_LIST_GLUE_RE = re.compile(
    # (over an item's own figure in brackets: `devant l'Egypte (17%) et la Tunisie (14%)`)
    r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*|\s+(?:et|and|ou|or)\s+)(?:(?:à|au|aux)\s+)?(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?"
)
# An aside holding a part of the figure before it: `470 milliards de dirhams, dont environ 300
# milliards à destination de l'UE`, `$2 billion, including $1.2 billion to Spain`.
_PART_ASIDE_RE = re.compile(r",\s*(?i:dont|including|of\s+which)\b")


def masks_for_sentence(text: str, sentence: Span, figure_spans: list[Span]) -> dict[int, tuple[Span, ...]]:
    """For each figure of the sentence (by its start), the country mentions that are not its."""
    start, end = sentence
    everyones = _masked_for_every_figure(text, start, end)
    masks: dict[int, list[Span]] = {f: list(everyones) for f, _ in figure_spans}
    for span, own in _ranked_against(text, start, end):
        for f in masks:
            if not own or not own[0] <= f < own[1]:
                masks[f].append(span)
    for span, until in _masked_before(text, start, end):
        for f in masks:
            if f < until:
                masks[f].append(span)
    for pairing in (_respective, _parts_asides, _paired, _paired_after, _paired_in_segments, _companies_in_turn,
                    _bracketed_items):
        for f, spans in pairing(text, start, end, figure_spans).items():
            masks[f].extend(spans)
    rated = {f: rate_country(text, f, sentence) for f, _ in figure_spans}
    for f in masks:
        masks[f].extend(span for g, span in rated.items() if span and g != f)
    for f, spans in _compared_after(text, start, end, figure_spans).items():
        masks[f].extend(spans)
    for f, spans in _other_figures_currencies(text, figure_spans, masks).items():
        masks[f].extend(spans)
    return {f: tuple(spans) for f, spans in masks.items() if spans}


def _other_figures_currencies(text: str, figure_spans: list[Span], masks: dict[int, list[Span]]) -> dict[int, list[Span]]:
    """The country another figure's own words name (`4,3 milliards de dollars australiens`),
    masked for a figure for which that country's name is already masked as another item's owner:
    `le Canada a consacré 4,1 milliards de dollars canadiens à l'exploration et l'Australie 4,3
    milliards de dollars australiens` gives the first to Canada alone (not where the currency is
    the only mention: `60% du distributeur ... pour 1,1 milliard de shillings kényans`)."""
    named = [((a + m.start, a + m.end), set(m.codes)) for a, b in figure_spans for m in find_countries(text[a:b])]
    if not named:
        return {}
    out: dict[int, list[Span]] = {}
    for f, e in figure_spans:
        masked_codes = {code for x, y in masks.get(f, ()) for m in find_countries(text[x:y]) for code in m.codes}
        spans = [span for span, codes in named if not f <= span[0] < e and codes <= masked_codes]
        if spans:
            out[f] = spans
    return out


def _bracketed_items(text: str, start: int, end: int, figure_spans: list[Span]) -> dict[int, list[Span]]:
    """Items of a list each with its own figure in brackets, their owner named by a country, a
    demonym or a possessive (`des prêts de l'AFD française (400 millions d'euros), du Fonds
    saoudien (350 millions de dollars) et de la KfW allemande (250 millions d'euros)`, `loans from
    France's AFD (€400 million) and South Korea's EDCF ($250 million)`): each bracketed figure is
    its item's, and the other items' countries are masked for it."""
    owners: dict[int, list[Span]] = {}
    for f, e in figure_spans:
        opened = _BRACKET_BEFORE_RE.search(text, max(start, f - 20), f)
        if opened is not None and _BRACKET_AFTER_RE.match(text, e, end):
            paren = opened.start()
        else:
            # (or one of the facts a bracket lists: `du coréen Hanseong à Kénitra (2,3 milliards de
            # dollars, 30 GWh à terme, 5.000 emplois)`)
            paren = _listing_bracket(text, start, end, f, e)
            if paren is None:
                continue
        boundary = max((m.end() for m in _ITEM_BOUNDARY_RE.finditer(text, max(start, paren - 90), paren)), default=None)
        item_start = boundary if boundary is not None else max(start, paren - 90)
        # (the whole item: its owner may be a company its demonym names, `la KfW allemande`)
        if find_countries(text[item_start:paren]):
            owners[f] = [(item_start, paren)]
    if len({span for spans in owners.values() for span in spans}) < 2:
        return {}
    # (the figures of one bracket share their item)
    return {f: [span for g, spans in owners.items() if g != f for span in spans if span not in owners[f]] for f in owners}


def _listing_bracket(text: str, start: int, end: int, f: int, e: int) -> int | None:
    """Where the bracket that holds the figure opens, when the bracket lists facts of the item
    before it, a figure first (`(2,3 milliards de dollars, 30 GWh à terme, 5.000 emplois)`)."""
    paren = text.rfind("(", max(start, f - _LISTING_CHARS), f)
    if paren < 0 or ")" in text[paren:f]:
        return None
    close = text.find(")", e, min(end, e + _LISTING_CHARS))
    if close < 0 or "(" in text[e:close] or not _FIGURE_FIRST_RE.match(text, paren + 1):
        return None
    return paren if "," in text[paren:close] else None


_LISTING_CHARS = 80
_FIGURE_FIRST_RE = re.compile(r"\s*(?:(?:près\s+de|environ|quelque|plus\s+de|about|some|nearly|around|over)\s+)?[$€£]?\d")


# A bracket opening on a figure (`(400 millions`, `(about $350 million`), and its close.
_BRACKET_BEFORE_RE = re.compile(
    r"\(\s*(?:(?:près\s+de|environ|quelque|plus\s+de|about|some|nearly|around|over|more\s+than)\s+)?$")
_BRACKET_AFTER_RE = re.compile(r"\s*\)")
# Where an item of a list starts: after the bracket that closed the item before, a comma, `et`,
# `and`, a colon.
_ITEM_BOUNDARY_RE = re.compile(r"\)|,|;|:|\bet\b|\band\b")


def _masked_for_every_figure(text: str, start: int, end: int) -> list[Span]:
    """The mentions no figure of the sentence is about: countries left out, customers, a
    competitor's aside, a group the subject is among, causes, and the wider area an apposition
    ranks the subject in (`Spain, the European Union's biggest consumer of octopus, imported
    96,000 tons`)."""
    spans = [*excluded(text, start, end), *_customers(text, start, end), *_causes(text, start, end)]
    spans += [m.span() for m in _COMPETITOR_ASIDE_RE.finditer(text, start, end)]
    spans += [m.span() for m in _AMONG_RE.finditer(text, start, end)]
    spans += [m.span("area") for m in _WIDER_ROLE_RE.finditer(text, start, end)]
    spans += _sources_of_what_they_report(text, start, end)
    return spans


# A source that reports what follows (`Paris-based consultancy Heliade Conseil estimates that
# Morocco could produce ...`, `Le cabinet londonien X estime que le Maroc ...`); not
# `country_subjects._REPORTS_THAT_RE`, the verb right after an organisation that reports.
_REPORTING_VERB_RE = re.compile(
    r"(?=\b(?i:[ebpcfrs]))\b(?:estimates?|estimated|expects?|expected|believes?|believed|predicts?|predicted|forecasts?"
    r"|calculates?|calculated|reckons?|says|said|estime|estiment|estimait|prévoit|prévoient|calcule|table)\s+(?:that|que|qu['’])"
)


def _sources_of_what_they_report(text: str, start: int, end: int) -> list[Span]:
    """The mentions in the source of a reported statement (before its `estimates that`), where
    the statement names countries of its own: the source's country is not the figures'."""
    m = _REPORTING_VERB_RE.search(text, start, end)
    if m is None or not find_countries(text[m.end():end]):
        return []
    return [(start, m.start())]


def _masked_before(text: str, start: int, end: int) -> list[tuple[Span, int]]:
    """(span, position): mentions that are not those of the figures before the position: a
    clause that dates the figure by an event (`26 million by 2030, when Morocco co-hosts the FIFA
    World Cup with Spain and Portugal`), a partner taking its share after the whole (`worth 157.6
    billion dirhams in 2024, with the European Union taking about 85% of shipments`)."""
    found = [(m.span(), m.start()) for m in _WHEN_CLAUSE_RE.finditer(text, start, end)]
    found += [(m.span("who"), m.start()) for m in _PARTNER_TAKING_RE.finditer(text, start, end)]
    return found


# `, with the European Union taking about 85%`, `, avec l'Espagne absorbant 60%`, `, with
# France still taking the largest share`.
_PARTNER_TAKING_RE = re.compile(
    r",\s*(?:with|avec)\s+(?P<who>(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})\s+"
    # (an adverb may come first: `with France still taking the largest share at 46%`)
    r"(?:(?:still|now|alone|also|again|toujours|désormais|encore|seule?)\s+)?"
    r"(?:taking|accounting\s+for|absorbing|buying|receiving|absorbant|captant|représentant|accueillant)\b")


def _mentions(text: str, start: int, end: int) -> list[Span]:
    return [(start + m.start, start + m.end) for m in find_countries(text[start:end])]


def _list_after(text: str, at: int, end: int) -> list[Span]:
    """The country mentions of the list starting at `at`: `le Sénégal et la Mauritanie`,
    `l'Espagne, la France et l'Italie`. Items joined by commas belong to it only where an
    `et`/`and` closes it: in `Hors UE, la Chine s'est hissée` the comma ends a clause."""
    found: list[Span] = []
    closed = 0  # how many items the last `et`/`and` closes
    while at < end:
        window = text[at:min(end, at + 60)]
        # a country, or a place abroad (`Widening Lead Over Algeciras`), or an epithet
        # (`sa première usine hors de la péninsule Ibérique`)
        mention = next(iter(find_countries(window)), None)
        if mention is None or mention.start != 0:
            mention = next(iter(find_places_abroad(window, "MA")), None)
        if mention is None or mention.start != 0:
            mention = next(iter(find_epithets(window)), None)
        if mention is None or mention.start != 0:
            break
        found.append((at + mention.start, at + mention.end))
        glue = _LIST_GLUE_RE.match(text, at + mention.end, end)
        if glue is None:
            break
        if "," not in glue.group(0):
            closed = len(found) + 1
        at = glue.end()
    # (a comma after the items an `et` closed ends the list: `face à la Tunisie et au Portugal, le Maroc mise`)
    return found if closed >= len(found) else found[:max(1, closed)]


# Whom a plant's output is for: `to supply European carmakers`, `pour approvisionner les
# constructeurs européens`. Customers qualified by a demonym are not where the money goes.
_SUPPLIES_RE = re.compile(
    r"(?i:\bto\s+(?:supply|serve)\b|\bpour\s+(?:approvisionner|alimenter|fournir|servir)\b"
    # (or what the output is bound for: `destinés aux avionneurs nord-américains et européens`)
    r"|\bdestin(?:é|ée|és|ées)\s+(?:aux|à\s+des)\b|\b(?:bound|destined|intended)\s+for\b)"
)


def _customers(text: str, start: int, end: int) -> list[Span]:
    """The demonym of the customers a purpose phrase names right after it (within a few words),
    and the places of the customers it names up to the end of its phrase (`to supply cathode
    precursors to battery makers in the US and Europe`)."""
    out = []
    for m in _SUPPLIES_RE.finditer(text, start, end):
        window_end = min(end, m.end() + 40)
        mention = next(iter(find_countries(text[m.end():window_end])), None)
        if mention is not None and mention.kind == "demonym" and len(text[m.end():m.end() + mention.start].split()) <= 3:
            # (with the customer's name after it: `pour servir l'espagnol Modalia`)
            name = _CUSTOMER_NAME_RE.match(text, m.end() + mention.end)
            out.append((m.end() + mention.start, name.end() if name else m.end() + mention.end))
            # (and the nationalities joined to it: `nord-américains et européens`)
            at = m.end() + mention.end
            while (glue := _DEMONYM_GLUE_RE.match(text, at, end)) is not None:
                more = next(iter(find_countries(text[glue.end():min(end, glue.end() + 30)])), None)
                if more is None or more.start != 0 or more.kind != "demonym":
                    break
                out.append((glue.end(), glue.end() + more.end))
                at = glue.end() + more.end
        phrase_end = re.compile(r"[,;.]\s|[,;]").search(text, m.end(), min(end, m.end() + _PURPOSE_CHARS))
        phrase = text[m.end():phrase_end.start() if phrase_end else min(end, m.end() + _PURPOSE_CHARS)]
        for place in _CUSTOMERS_PLACE_RE.finditer(phrase):
            mention = next(iter(find_countries(phrase[place.end():place.end() + 40])), None)
            if mention is not None and mention.start == 0:
                at = m.end() + place.end()
                out.extend(_list_after(text, at, m.end() + len(phrase)) or [(at, at + mention.end)])
    for m in _MARKETS_AIMED_AT_RE.finditer(text, start, end):
        # (the markets or the duties a project aims at: `Pour $9 Billion Into Morocco to Reach US,
        # EU Buyers`, `Picks Morocco for $1.1 Billion Plant to Skirt US Duties`)
        out.extend((m.start("what") + c.start, m.start("what") + c.end) for c in find_countries(m.group("what")))
    return out


_MARKETS_AIMED_AT_RE = re.compile(
    r"(?i:\bto\s+(?:reach|access|tap|skirt|avoid|dodge|bypass|circumvent|sidestep|beat)\s+"
    r"|\bpour\s+(?:conquérir|atteindre|accéder\s+aux?|contourner|éviter|échapper\s+aux?)\s+)"
    r"(?P<what>[^;.]{0,40}?\b(?i:buyers|customers|clients|consumers|markets?|marchés?|duties|tariffs|levy|taxes|droits|consommateurs))\b"
)


_PURPOSE_CHARS = 120
# The group a subject is ranked among, by a region's adjective (`the strongest growth among
# major European markets`, `parmi les marchés européens`): no country of the figure.
_AMONG_RE = re.compile(
    r"(?i:\b(?:among|parmi)\s+(?:the\s+|les\s+|ses\s+|its\s+)?(?:[a-zà-ÿ-]+\s+){0,2}(?:européen\w*|european|asian|asiatiques?"
    r"|african|africains?|africaines?|arabes?|arab|gulf|du\s+golfe)\b(?:\s+[a-zà-ÿ-]+){0,2})"
)
# An aside that calls the subject another country's competitor (`Egypt, Morocco's main
# competitor in the region, welcomed 8.6 million tourists`, `l'Egypte, principal concurrent du
# Maroc, a accueilli`): that country is not the figure's.
_COMPETITOR_ASIDE_RE = re.compile(
    r"(?<=,)[^,;.()]{0,40}\b(?i:competitors?|rivals?|concurrents?|concurrentes?)\b[^,;.()]{0,40}(?=,)"
)
_DEMONYM_GLUE_RE = re.compile(r"\s*(?:,|et|and)\s*")
_CUSTOMER_NAME_RE = re.compile(r"\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")
# The customers' place in a purpose phrase: `... makers in the US`, `... constructeurs en Europe`.
_CUSTOMERS_PLACE_RE = re.compile(r"(?i:\b(?:in|en|au|aux|dans)\s+(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+)?)")


_WIDER_ROLE_RE = re.compile(
    r"(?<=\w),\s+the\s+(?P<area>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+(?:(?:second|third)[- ])?"
    r"(?:biggest|largest|top|leading|main)\s+[^,;.()]{1,50},"
)
_WHEN_CLAUSE_RE = re.compile(r"(?<=,)\s*(?i:when|lorsque|lorsqu['’]|quand)\b[^,.;]*")


def _causes(text: str, start: int, end: int) -> list[Span]:
    """The adjectives of nationality in a phrase of cause (`en recul de 2,1% en raison du
    ralentissement du marché automobile européen`, `due to weaker Chinese demand`): why a
    figure moved, not whose it is."""
    out = []
    for m in _CAUSE_RE.finditer(text, start, end):
        phrase_end = _aside_end(text, m.end(), end)
        out.extend((m.end() + c.start, m.end() + c.end) for c in find_countries(text[m.end():phrase_end]) if c.kind == "demonym")
    return out


_CAUSE_RE = re.compile(
    r"(?i:\ben\s+raison\s+(?:d[eu]s?\b|d['’])|\bà\s+cause\s+(?:d[eu]s?\b|d['’])|\bdu\s+fait\s+(?:d[eu]s?\b|d['’])"
    r"|\bbecause\s+of\b|\bdue\s+to\b|\bowing\s+to\b)"
)


def excluded(text: str, start: int, end: int) -> list[Span]:
    """The countries text[start:end] leaves out (`Hors UE`, `outside the bloc`, `sans la flotte
    européenne`)."""
    spans = []
    for m in _WITHOUT_RE.finditer(text, start, end):
        window = text[m.end():min(end, m.end() + 40)]
        mention = next(iter(find_countries(window)), None)
        if mention is not None and re.fullmatch(r"(?:[a-zéèêàô-]+\s+){0,2}", window[:mention.start]):
            spans.append((m.end() + mention.start, m.end() + mention.end))
    for m in _EXCLUDED_RE.finditer(text, start, end):
        listed = _list_after(text, m.end(), end)
        bloc = None if listed else _BLOC_RE.match(text, m.end(), end)
        spans.extend([bloc.span()] if bloc else listed)
    return spans


# What goes without (`se porte bien sans la flotte européenne`, `without Chinese help`): the
# country of a noun of at most two words after it.
_WITHOUT_RE = re.compile(
    r"(?i:\b(?:sans|without)\s+(?!doute|compter|oublier|précédent|cesse|parler)(?:(?:la|le|les|l['’]|the|des|de|d['’])\s*)?)")
# A bloc named by its common noun (`Outside the bloc, Turkey ...`, `hors de l'Union`).
_BLOC_RE = re.compile(r"(?i:bloc|union|zone\s+euro|eurozone|euro\s+area)\b")


def _ranked_against(text: str, start: int, end: int) -> list[tuple[Span, Span | None]]:
    """(mention, own) of the countries a figure is ranked against, `own` the span right after
    the name that tells the country's own figures where there is one: a bracket (`devant
    l'Algérie (24%)`, `talonne l'Afrique du Sud (près de 600.000 unités)`) or a relative aside
    (`devance la Turquie, dont les achats ...`). Those figures are the country's, read
    elsewhere; the country is masked for the sentence's other figures only."""
    out = []
    for m in _RANKED_AGAINST_RE.finditer(text, start, end):
        if m.group("after") and not _RANK_BEFORE_RE.search(text, max(start, m.start() - 60), m.start()):
            continue
        for span in _list_after(text, m.end(), end):
            bracket = _BRACKET_RE.match(text, span[1], end)
            aside = _OWN_ASIDE_RE.match(text, span[1], end)
            # (or its figure told with it: `behind France with 31%`, `derrière l'Espagne avec 16,4 MMDH`)
            told_with = _OWN_WITH_RE.match(text, span[1], end)
            own = bracket.span() if bracket else (aside.start(), end) if aside else \
                (told_with.start(), _aside_end(text, told_with.end(), end)) if told_with else None
            out.append((span, own))
    return out


_OWN_WITH_RE = re.compile(r"\s+(?:with|avec)\s+(?:about\s+|some\s+|nearly\s+|près\s+de\s+|environ\s+)?(?=[$€£]?\d)")


def rivals(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The mentions of the countries `text[start:end]` ranks another against."""
    return tuple(span for span, _ in _ranked_against(text, start, end))


_BRACKET_RE = re.compile(r"\s*\([^()]*\)")
# A relative aside about the country, after an apposition or not, to the sentence's end (`devance
# la Turquie, dont les achats ... ont reculé de 2,3%, à 8,7 milliards d'euros`, `la France,
# deuxième partenaire du Maroc, dont les échanges avec le Royaume ont totalisé 14,4 milliards`).
_OWN_ASIDE_RE = re.compile(
    r"(?:['’]s(?:\s+[A-Z][\w-]*)+)?"  # `ahead of Spain's Algeciras, its direct rival ..., which handled`
    r"(?:\s*,\s*[^,;.()]{1,60}?)?\s*,\s*(?i:dont|qui|où|which|whose|where)\b")


def _respective(text: str, start: int, end: int, figure_spans: list[Span]) -> dict[int, list[Span]]:
    """`l'Arabie saoudite et les Emirats arabes unis pèsent respectivement 6,4% et 5,9%,
    contre 4,1% et 3,7%`: the k-th figure after the word goes with the k-th country (modulo
    their number) named before it in the sentence; the others are masked for it."""
    word = _RESPECTIVELY_RE.search(text, start, end)
    if word is None:
        return {}
    countries = _unranked(text, start, end, _mentions(text, start, word.start()))
    figures = [f for f, _ in figure_spans if f > word.start()]
    if len(countries) < 2 or len(figures) < len(countries) or len(figures) % len(countries):
        countries, figures = _listed_respectively(text, start, word, figure_spans)
        if not figures:
            return {}
    # (a country's company goes with it: `China's Longhai Hydrogen and Spain's Iberagua won
    # projects of $6.2 billion and $4.8 billion, respectively`)
    countries = [(a, _OWNED_NAME_RE.match(text, b).end()) for a, b in countries]
    return {
        f: [c for j, c in enumerate(countries) if j != k % len(countries)]
        for k, f in enumerate(figures)
    }


# A name after a country's possessive: `China's Longhai Hydrogen Technology`.
_OWNED_NAME_RE = re.compile(r"(?:['’]s(?:[^\S\n]+[A-Z][\w&.-]*)+)?")


# What joins the figures of one enumeration: `31%, 19% et 12%`, `0.9 million and 0.6 million tonnes`.
_FIGURE_GLUE_RE = re.compile(r"[^\S\n]*(?:,|et|and)[^\S\n]*")


def _listed_respectively(text: str, start: int, word: re.Match, figure_spans: list[Span]) -> tuple[list[Span], list[int]]:
    """(countries, figures) where the sentence does not pair them as a whole: the run of figures
    right after the word (`en absorbent respectivement 31%, 19% et 12%, tandis que la Turquie
    ... pèse 6%`) or right before it (`followed with 0.9 million and 0.6 million tonnes
    respectively`), with as many countries named last before the run (`with Egypt and Algeria
    accounting for 30% and 16% respectively`, after `Russia's total trade`)."""
    spans = sorted(figure_spans)
    after = [i for i, (f, _) in enumerate(spans) if f > word.start()]
    before = [i for i, (_, e) in enumerate(spans) if e <= word.start()]
    run: list[int] = []
    # (a preposition may come first: `se sont élevés respectivement à 3,6 MMDH et 1,1 MMDH`)
    if after and text[word.end():spans[after[0]][0]].strip(" :") in ("", "à", "a", "de", "of", "at", "to"):
        run = [after[0]]
        while run[-1] + 1 < len(spans) and _FIGURE_GLUE_RE.fullmatch(text, spans[run[-1]][1], spans[run[-1] + 1][0]):
            run.append(run[-1] + 1)
    elif before and re.fullmatch(r"[^\S\n]*,?[^\S\n]*(?:[a-zé]+[^\S\n]*){0,3}", text[spans[before[-1]][1]:word.start()]):
        run = [before[-1]]
        while run[0] > 0 and _FIGURE_GLUE_RE.fullmatch(text, spans[run[0] - 1][1], spans[run[0]][0]):
            run.insert(0, run[0] - 1)
    if len(run) < 2:
        return [], []
    countries = _unranked(text, start, spans[run[0]][0], _mentions(text, start, spans[run[0]][0]))
    if len(countries) > len(run):
        # (the home country as the owner of the list is no item of it: `Spain and France remained
        # Morocco's leading trade partners, with MAD 141.2 billion and MAD 97.5 billion respectively`)
        countries = [c for c in countries if not _HOME_NAME_RE.fullmatch(text, *c)] or countries
    countries = countries[-len(run):]
    if len(countries) != len(run):
        return [], []
    return countries, [spans[i][0] for i in run]


# The home country's name, where it owns or hosts what is listed (`Morocco's leading trade
# partners`, `les premiers clients du Maroc`), told when there are more countries than figures.
_HOME_NAME_RE = re.compile(r"Morocco|Maroc")


def _unranked(text: str, start: int, end: int, mentions: list[Span]) -> list[Span]:
    """The mentions but those a figure is ranked against (`Turkey and the Czech Republic slipped
    behind Morocco with 93,200 and 88,500 cars respectively`: not Morocco's)."""
    ranked = [span for span, _ in _ranked_against(text, start, end)]
    return [m for m in mentions if not any(a <= m[0] < b for a, b in ranked)]


# What may stand between a country and its own figure in an enumeration: `Russia came second
# with`, `followed by Ukraine with`, `China for`, `Turkey supplies about`, `le Brésil`.
# (past an acronym's bracket: `the French Development Agency (AFD) with €130 million`)
_PAIR_GAP_RE = re.compile(r"\)?[^,;.()\d]{0,30}")
_PAIRS = 2


def _paired(text: str, start: int, end: int, figure_spans: list[Span]) -> dict[int, list[Span]]:
    """`Russia came second with 1.31 million tonnes, followed by Ukraine with 720,000 tonnes and
    Argentina with 485,000 tonnes`, `Bangladesh accounts for 31% and China for 24%`: where two
    countries or more, by their names, each come right before a figure of their own, the other
    countries of the enumeration are masked for each such figure."""
    # by their names only (`les exportations marocaines vers ce pays plafonnaient à 9,8
    # milliards` is no item of a list), or a national agency's (`La KfW apporte 250 millions
    # d'euros et l'AFD 160 millions d'euros`)
    mentions = sorted([(start + m.start, start + m.end) for m in find_countries(text[start:end]) if m.kind == "name"]
                      + [m.span() for m in AGENCIES_RE.finditer(text, start, end)])
    pairs: dict[int, Span] = {}
    for f, _ in figure_spans:
        before = [c for c in mentions if c[1] <= f]
        if before and _PAIR_GAP_RE.fullmatch(text, before[-1][1], f):
            pairs[f] = before[-1]
    if len(set(pairs.values())) < _PAIRS:
        pairs = _paired_by_holders(text, start, end, figure_spans)
    if len(set(pairs.values()) - {None}) < _PAIRS:
        return {}
    # (each item whole, from the list's glue before it: `the French Development Agency (AFD)`)
    items = {own: (_item_start(text, start, own[0]), own[1]) for own in set(pairs.values()) - {None}}
    return {f: [items[c] for c in items if c != own] for f, own in pairs.items()}


def _paired_by_holders(text: str, start: int, end: int, figure_spans: list[Span]) -> dict[int, Span | None]:
    """`U.S. investors bought 38% of the longer tranche and British accounts 29%`, `Les
    investisseurs britanniques ont souscrit 31%, devant les Français ...`: buyers or holders told
    by their nationality, each right before a share of its own, where every figure of the sentence
    is such an item's, or of holders told by a place that is no country (`while investors in
    continental Europe took 21%`: None, no item's country)."""
    mentions = sorted((start + m.start, start + m.end) for m in find_countries(text[start:end]) if m.kind in ("demonym", "name"))
    pairs: dict[int, Span | None] = {}
    for f, _ in figure_spans:
        before = [c for c in mentions if c[1] <= f]
        if before and _HOLDERS_PAIR_GAP_RE.fullmatch(text, before[-1][1], f):
            pairs[f] = before[-1]
        elif pairs and _HOLDERS_ELSEWHERE_RE.search(text, max(start, f - 60), f):
            pairs[f] = None
        else:
            return {}
    return pairs


# Holders told by a region, right before their share: `investors in continental Europe took`.
_HOLDERS_ELSEWHERE_RE = re.compile(
    r"(?:investors?|accounts?|investisseurs?)\s+(?:in|from|en|d['’]\s*|de)\s*[^,;\d]{0,40}?"
    r"\s(?:took|bought|held|ont\s+souscrit|ont\s+pris)\s+(?:(?:about|around|some|près\s+de|environ)\s+)?$")


# Between a nationality and its own share: the holders and the verb (`investors bought`,
# `accounts`, `ont souscrit`).
_HOLDERS_PAIR_GAP_RE = re.compile(
    r"\s+(?:(?:investors?|accounts?|buyers?|holders?|funds?|banks?|investisseurs?|fonds|banques?|souscripteurs?)\s+)?"
    r"(?:(?:bought|took|subscribed|held|hold|took\s+up|ont\s+souscrit|ont\s+pris|détiennent|ont\s+acheté)\s+)?"
    r"(?:(?:about|around|some|nearly|près\s+de|environ|quelque)\s+)?")


def _item_start(text: str, start: int, at: int) -> int:
    """Where the list item holding `at` begins: after the list's last glue before it (`_LIST_GLUE_RE`)."""
    glue = None
    for glue in _LIST_GLUE_RE.finditer(text, max(start, at - 60), at):
        pass
    if glue:
        return glue.end()
    owner = _OWNER_BEFORE_RE.search(text, max(start, at - 40), at)  # (the first item: `by Germany's KfW`)
    return owner.start() if owner else at


_OWNER_BEFORE_RE = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+$")


# Between a company's nationality and its figure: its name, and the verb the list elides
# after its first item (`l'équipementier japonais Tsubame Harness a investi 2,3 milliards de
# DH ..., l'espagnol Grupo Ibermetal 1,1 milliard de DH`).
_CUE_GAP_RE = re.compile(
    r"\s+(?:[A-Z][\w&'’.-]*\s+){1,4}(?:(?:a|ont|has|have)\s+(?:investi|injecté|mobilisé|engagé|invested|committed)\s+)?"
    r"(?:(?:près\s+de|environ|plus\s+de|about|some|more\s+than)\s+)?"
)


def _companies_in_turn(text: str, start: int, end: int, figure_spans: list[Span]) -> dict[int, list[Span]]:
    """Where two companies or more, each by its nationality and name, come right before a
    figure of their own (`le japonais X a investi 2,3 milliards de DH, l'espagnol Y 1,1 milliard
    de DH et le franco-américain Z 900 millions de DH à Midparc, où il emploie 1.400
    salariés`), each figure up to the next company's is that company's: the others' nationalities
    are masked for it."""
    cues = [(start + m.start, start + m.end) for m in find_countries(text[start:end]) if m.kind in ("demonym", "compound")]
    pairs: dict[int, Span] = {}
    for f, _ in figure_spans:
        before = [c for c in cues if c[1] <= f]
        if before and _CUE_GAP_RE.fullmatch(text, before[-1][1], f):
            pairs[f] = (before[-1][0], f)  # (the nationality with the company's name)
    if len(set(pairs.values())) < _PAIRS:
        return {}
    owned = sorted(set(pairs.values()))
    out: dict[int, list[Span]] = {}
    for f, _ in figure_spans:
        own = pairs.get(f) or next((c for c in reversed(owned) if c[1] < f), None)
        if own is not None and own >= owned[0]:
            out[f] = [c for c in owned if c != own]
    return out


# A figure's own origin, destination or place right after it: `dont 41% en provenance de Chine,
# 18% d'Espagne et 11% de Turquie`, `60% to Spain and 25% to France`, `avec 2,8% en Espagne et
# 0,9% en France`.
_ORIGIN_AFTER_RE = re.compile(
    r"\s*(?:en\s+provenance\s+|à\s+destination\s+|(?:destinés?|destinées?)\s+)?(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+|aux?\s+|vers\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?"
    r"|en\s+|pour\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?|(?:from|to|for|in)\s+(?:the\s+)?"
    # (a partner of its own: `dont 93,5 milliards avec la Chine, 14,2 milliards avec le Japon`)
    r"|avec\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?|with\s+(?:the\s+)?)"
)


def _paired_after(text: str, start: int, end: int, figure_spans: list[Span]) -> dict[int, list[Span]]:
    """Where two figures or more each come right before a country of their own, by its name
    (an origin or a destination: `dont 41% en provenance de Chine, 18% d'Espagne et 11% de
    Turquie`), the other countries of the enumeration are masked for each such figure."""
    pairs: dict[int, Span] = {}
    for f, f_end in figure_spans:
        glue = _ORIGIN_AFTER_RE.match(text, f_end, end)
        if glue is None:
            continue
        mention = next(iter(find_countries(text[glue.end():min(end, glue.end() + 40)])), None)
        if mention is not None and mention.start == 0 and mention.kind == "name":
            pairs[f] = (glue.end(), glue.end() + mention.end)
    if len(set(pairs.values())) < _PAIRS:
        return {}
    paired = set(pairs.values())
    return {f: [c for c in paired if c != own] for f, own in pairs.items()}


def _paired_in_segments(text: str, start: int, end: int, figure_spans: list[Span]) -> dict[int, list[Span]]:
    """Where two figures or more each have a country of their own between them and the next
    figure, after a preposition (`approved a $210 million loan to Tunisia for irrigation in
    September and €150 million for wastewater treatment in Egypt`), the other countries of the
    enumeration are masked for each such figure."""
    pairs: dict[int, Span] = {}
    ordered = sorted(figure_spans)
    for k, (f, f_end) in enumerate(ordered):
        stop = min(ordered[k + 1][0] if k + 1 < len(ordered) else end, f_end + _SEGMENT_CHARS)
        mentions = [m for m in find_countries(text[f_end:stop]) if m.kind == "name"]
        # (in the figure's own clause: not `up 35% from a year earlier, and aims to lift sales to Brazil`)
        if len(mentions) == 1 and "," not in text[f_end:f_end + mentions[0].start] \
                and _PLACE_PREPOSITION_RE.search(text, f_end, f_end + mentions[0].start):
            pairs[f] = (f_end + mentions[0].start, f_end + mentions[0].end)
    # (a run of figures each with its own place, others of the sentence before or after it:
    # `revenue of 82 billion rupees ..., with 38% of sales generated in India and 27% in the
    # United States`)
    paired_at = [k for k, (f, _) in enumerate(ordered) if f in pairs]
    if len(set(pairs.values())) < _PAIRS or paired_at[-1] - paired_at[0] + 1 != len(paired_at):
        return {}
    paired = set(pairs.values())
    return {f: [c for c in paired if c != own] for f, own in pairs.items()}


_SEGMENT_CHARS = 60
_PLACE_PREPOSITION_RE = re.compile(
    r"(?i:\b(?:to|in|for|from|vers|au|aux|en|à|de|du|des|d['’])\s*(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?)$"
)


# A rate of duty or tax and the country it is imposed on, named right after it.
_PERCENT_AT_RE = re.compile(r"\d[\d.,]*\s?%")
_DUTY_RE = re.compile(r"(?i:\b(?:droits?\s+de\s+douane|droits|taxes?|tarifs?|taux|surtaxes?|duties|duty|tariffs?|levy|levies)\b)")
_RATE_ON_RE = re.compile(
    r"\s*(?:(?:imposée?s?|infligée?s?|appliquée?s?|réservée?s?)\s+(?:à\s+|aux?\s+)|visant\s+|frappant\s+|pour\s+"
    r"|(?:imposed|levied|slapped)\s+on\s+|applied\s+to\s+|on\s+(?:imports\s+from\s+|goods\s+from\s+)?|for\s+)"
    r"(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?"
)


def rate_country(text: str, figure_start: int, sentence: Span) -> Span | None:
    """The span of the country a rate of duty or tax is imposed on, by its name right after
    the rate (`loin des 30% imposés à l'Afrique du Sud, des 28% infligés à la Tunisie ou des 31%
    visant l'Algérie`, `de 30% pour la Chine`), in a sentence about duties; else None."""
    rate = _PERCENT_AT_RE.match(text, figure_start)
    if rate is None or not _DUTY_RE.search(text, *sentence):
        return None
    on = _RATE_ON_RE.match(text, rate.end(), sentence[1])
    if on is None:
        return None
    mention = next(iter(find_countries(text[on.end():min(sentence[1], on.end() + 40)])), None)
    if mention is None or mention.start != 0 or mention.kind != "name":
        return None
    return on.end(), on.end() + mention.end


# A figure set against another after it: `with 17.4 million arrivals against 15.7 million for
# Egypt`, `contre 2,7 milliards en Tunisie`, `inférieur à celui de la Turquie, d'environ 650 euros`.
_COMPARED_RE = re.compile(
    r"(?i:\b(?=[acvt])(?:contre|against|versus|vs\.?|compared\s+(?:with|to)|compares?\s+(?:with|to)|(?:celui|celle|ceux|celles)(?=\s+(?:de|du|des)\s|\s+d['’])|(?:that|those)(?=\s+of\s))\s"
    # (or a level set below or above a country's own: `still below Egypt's $16.7 billion`,
    # `inférieur à celui de la Turquie` is `celui`'s)
    r"|\b(?=[abeis])(?:below|above|short\s+of|en\s+deçà\s+de|au-dessus\s+de|inférieure?s?\s+à|supérieure?s?\s+à)\s"
    r"(?=(?:the\s+|l['’]\s*|la\s+|le\s+)?[A-ZÀ-Ý]))"
)


def _compared_after(text: str, start: int, end: int, figure_spans: list[Span]) -> dict[int, list[Span]]:
    """The countries named after a comparison word, up to the end of its clause, are the
    compared figure's, not those of the figures before the word."""
    out: dict[int, list[Span]] = {}
    for phrase_start, phrase_end in compared_phrases(text, (start, end)):
        mentions = _mentions(text, phrase_start, phrase_end)
        if not mentions:
            continue
        earlier = _mentions(text, start, phrase_start)
        for f, _ in figure_spans:
            if f < phrase_start:
                out.setdefault(f, []).extend(mentions)
            elif f < phrase_end and earlier:
                # `69% au Maroc, contre environ 40% pour l'industrie sud-africaine`: the compared
                # figure is the country's its phrase names, not the first figure's
                out.setdefault(f, []).extend(earlier)
            if phrase_start <= f < phrase_end and (owner := OWNER_FOR_RE.match(text, f)):
                # (each compared figure of a list is the country's it is given for: `contre
                # 7.400 DH pour les Français et 5.900 DH pour les Espagnols`)
                own = next((m for m in mentions if m[0] >= owner.end() - 1), None)
                out.setdefault(f, []).extend(m for m in mentions if m != own)
    return out


def comparison_after(text: str, figure_start: int, end: int) -> Span | None:
    """The span of the first comparison phrase after the figure, up to `end` (`..., relevé à
    3.400 DH, reste inférieur à celui de la Turquie`); None if none."""
    m = _COMPARED_RE.search(text, figure_start, end)
    return (m.start(), _aside_end(text, m.end(), end)) if m else None


def compared_phrase(text: str, sentence: Span, figure_start: int) -> Span | None:
    """The span of the comparison phrase the figure stands in (`contre environ 40% pour
    l'industrie sud-africaine`), from the comparison word to the end of its aside; None if none."""
    return next((phrase for phrase in compared_phrases(text, sentence) if phrase[0] <= figure_start < phrase[1]), None)


def compared_phrases(text: str, sentence: Span) -> list[Span]:
    """The sentence's comparison phrases, each from its word to the end of its aside, with the
    compared one's figure in an aside after it (`celle de la zone euro, limitée à 1,1%`, `celle
    des Etats-Unis, de 1,9%`, `that of Egypt, at 3.1%`)."""
    phrases = []
    for m in _COMPARED_RE.finditer(text, *sentence):
        phrase_end = _aside_end(text, m.end(), sentence[1])
        if _COMPARED_FIGURE_ASIDE_RE.match(text, phrase_end, sentence[1]):
            phrase_end = _aside_end(text, phrase_end + 1, sentence[1])
        # (and the compared figures listed on, each for a country of its own: `compares with
        # growth of 4.3% for Egypt, 2.1% for Tunisia and 2.6% for Jordan`)
        item = _COMPARED_ITEM_RE.match(text, phrase_end, sentence[1])
        while item and OWNER_FOR_RE.search(text, m.end(), phrase_end):
            phrase_end = item.end()
            item = _COMPARED_ITEM_RE.match(text, phrase_end, sentence[1])
        phrases.append((m.start(), phrase_end))
    return phrases


# A unit written after a compared number: `contre 7.400 DH pour les Français et 5.900 DH pour les Espagnols`.
_SHORT_UNITS = r"|DH|MAD|dirhams?|euros?|dollars?|€|\$|MDH|MMDH|M€|tonnes?|tons?|MW|GW|km"
# One more compared figure for a country of its own: `, 2.1% for Tunisia`, ` et 3% pour l'Algérie`.
_COMPARED_ITEM_RE = re.compile(
    r"\s*(?:,\s*|;\s*)?(?:and\s+|et\s+)?(?:[$€£]\s?)?\d[\d.,]*\s*(?:%|percent|pour\s?cent|points?" + _SHORT_UNITS + r")?\s+"
    r"(?:for|pour|in|en|au|aux)\s+(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?"
)
# A compared figure for a country of its own after it: `4.3% for Egypt`, `4,2% pour l'Egypte`.
OWNER_FOR_RE = re.compile(
    r"\d[\d.,]*\s*(?:%|percent|pour\s?cent|points?" + _SHORT_UNITS + r")?\s+(?:for|pour)\s+(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?[A-ZÀ-Ý]"
)


_COMPARED_FIGURE_ASIDE_RE = re.compile(
    r",\s+(?:(?:où|qui|which|where)\b|(?:de|d['’]|à|at|of)\s*(?=[\d+-])"
    r"|(?:limitée?s?|estimée?s?|établie?s?|évaluée?s?|chiffrée?s?|estimated|put|limited)\s+(?:à|at)\b)"
)


def _parts_asides(text: str, start: int, end: int, figure_spans: list[Span]) -> dict[int, list[Span]]:
    """The countries of a `dont`/`including` aside that holds a figure of its own are that
    figure's, not the whole's before it."""
    out: dict[int, list[Span]] = {}
    for m in _PART_ASIDE_RE.finditer(text, start, end):
        aside_end = _aside_end(text, m.end(), end)
        while _DETAIL_RE.match(text, aside_end, end):
            # (`dont 80% seront exportées vers l'Europe, principalement l'Allemagne, l'Espagne
            # et la Pologne`: the detail goes on with the aside)
            aside_end = _aside_end(text, _DETAIL_RE.match(text, aside_end, end).end(), end)
            aside_end = _list_end(text, aside_end, end)
        aside_end = _list_of_parts_end(text, aside_end, end, figure_spans)
        inside = [f for f, _ in figure_spans if m.end() <= f < aside_end]
        if not inside:
            continue
        mentions = _mentions(text, m.end(), aside_end)
        for f, _ in figure_spans:
            if f < m.start() and mentions:
                out.setdefault(f, []).extend(mentions)
    return out


def _list_of_parts_end(text: str, aside_end: int, end: int, figure_spans: list[Span]) -> int:
    """The end of a list of parts that goes on past the aside's first comma, one figure an item
    (`dont 41% en provenance de Chine, 18% d'Espagne et 11% de Turquie`)."""
    starts = {f: f_end for f, f_end in figure_spans}
    while True:
        item = _NEXT_ITEM_RE.match(text, aside_end, end)
        if item is None or item.end() not in starts:
            return aside_end
        aside_end = _aside_end(text, starts[item.end()], end)


_NEXT_ITEM_RE = re.compile(r",\s*(?:et\s+|and\s+)?")
_DETERMINER_RE = re.compile(r"(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?")
_DETAIL_RE = re.compile(
    r",\s+(?i:principalement|notamment|essentiellement|surtout|en\s+particulier|mainly|mostly|notably|especially|including|chiefly)\b")


def _list_end(text: str, at: int, end: int) -> int:
    """Past the items of a list that a comma cut at `at` (`l'Allemagne, l'Espagne et la Pologne`)."""
    if not text.startswith(", ", at):
        return at
    items = _list_after(text, _DETERMINER_RE.match(text, at + 2).end(), end)
    return max((b for _, b in items), default=at)


def _aside_end(text: str, at: int, end: int) -> int:
    cut = re.compile(r",\s|;|\.\s|\s[–—]\s").search(text, at, end)
    return cut.start() if cut else end
