"""A rival's figure: the home country compared with a foreign one, the figure said of that
one alone (`le Maroc reste loin derrière l'Espagne, premier exportateur mondial d'agrumes avec
près de 3,4 millions de tonnes`, `Il reste loin de l'Espagne [...] et de la Turquie (52,6
millions)`, `That compares with 2.4 million TEUs handled by Spain's Algeciras`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from econews.openings import guarded
from econews.countries import find_countries, find_places_abroad

from econews.tasks.metrics import countries as base
from econews.tasks.metrics.country_masks import RANK_WORDS
from econews.tasks.metrics.country_subjects import span_names_home

if TYPE_CHECKING:
    from econews.tasks.metrics.article import Article

# The home country set against a rival: ranked against it, compared with it, its rival.
_RIVAL_MARKER_RE = guarded(re.compile(
    rf"(?i:\b(?:{RANK_WORDS})\b|\bcompares?\s+with\b|\bcompared\s+(?:with|to)\b|\bcomparé\w*\s+à\b"
    r"|\brivals?\b|\bconcurrents?\b|\bconcurrence\b|\bcompetitors?\b|\bcompetition\b"
    # the same measure of another country: `dépassent largement ceux de la Tunisie (3 milliards de
    # dollars)`, `reste inférieur à celui de la Turquie, d'environ 650 euros`, `twice that of Egypt`
    r"|\b(?:celui|celle|ceux|celles)\s+(?=de\s|du\s|des\s|d['’])|\b(?:that|those)\s+of\b)"
))
_SAME_MEASURE_RE = re.compile(r"(?i:celui|celle|ceux|celles|that|those)\b")
# A sentence that goes on with the home country of the sentence before (`Il reste toutefois
# loin de l'Espagne`, `That compares with`).
_GOES_ON_RE = re.compile(r"\s*(?:Il|Elle|It|That|This|Cela|Ce\s+chiffre|Ce\s+niveau)\b")
# What ties the figure to the rival named before it: a bracket after its name (`la Turquie
# (52,6 millions)`), an apposition or a relative aside up to the figure (`l'Espagne, premier
# exportateur mondial d'agrumes avec près de 3,4 millions`, `South Africa, where Japanese firms
# employ some 32,000 workers`, `Spain's Algeciras, its direct rival ..., which handled`).
_ATTACHED_RE = re.compile(
    r"(?:['’]s(?:\s+[A-Z][\w'’-]*)+)?\s*(?:\([^()]*|,\s*(?:[^,;()]{0,80},\s*)?"
    r"(?i:qui|dont|où|which|whose|where|premier|première|first|largest|biggest|the\s+world"
    r"|d['’]\s*environ|de\s+près\s+de|about|around|some|at)\b[^;()]*)"
)
# A later rival of a list given its figure by `avec`, after the rival before it had its own
# (`derrière l'Egypte, qui a reçu 29,6 milliards, et le Nigeria, avec 20,9 milliards`);
# otherwise `avec` goes on with the home country (`Le Maroc s'est hissé au troisième rang,
# derrière le Pérou et le Chili, avec 80.000 tonnes`).
_WITH_ATTACHED_RE = re.compile(r",\s*(?i:avec|with)\b[^;(),]*")
_COORDINATED_RE = re.compile(r"(?:,|\bet|\band|\bor|\bou)\s+(?:de\s+)?(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?$")
# The rival as the agent after the figure (`2.4 million TEUs handled by Spain's Algeciras`).
_AGENT_RE = re.compile(r"(?i:[^,;.()]{0,40}?\b(?:by|par)\s+$)")


def _home_by_its_places_alone(text: str, start: int, end: int, home: str) -> bool:
    """Whether `text[start:end]` names the home country by its places only (`routes to
    Marrakech and Agadir`), neither by its name or adjective nor as `le Royaume`."""
    if any(home in m.codes for m in find_countries(text[start:end])) or base._HOME_WORDS_RE.search(text, start, end):
        return False
    places = list(base._home_places_re().finditer(text, start, end))
    # (a place after a preposition; not a port or a city as the subject: `The figures put Tanger
    # Med well ahead of Spain's Algeciras`)
    return bool(places) and all(_TO_A_PLACE_RE.search(text, max(start, m.start() - 12), m.start())
                                or _LIST_ON_RE.search(text, max(start, m.start() - 6), m.start()) for m in places) \
        and _TO_A_PLACE_RE.search(text, max(start, places[0].start() - 12), places[0].start()) is not None


_TO_A_PLACE_RE = re.compile(r"(?i:\b(?:to|towards|from|in|into|vers|à|au|aux|en|de|depuis)\s+)$")
_LIST_ON_RE = re.compile(r"(?:\band\s+|\bet\s+|,\s*)$")


def rival_figure(
    text: str, figure_start: int, sentence: tuple[int, int], article: Article, previous: tuple[int, int] | None,
) -> set[str]:
    """The foreign countries the figure is said of, where the sentence sets the home country
    against a rival (`_RIVAL_MARKER_RE`) before the figure, the figure is tied to the rival
    (`_ATTACHED_RE`; or the rival is its agent: `handled by`), nothing of the home country is
    named from the marker to the end of the figure's clause, and the sentence is no partner's
    ranking or flow with the home country. With the other countries named on the way (`la
    Turquie, dont les achats de produits espagnols`). Empty otherwise."""
    home = article.home_country
    start = base._without_dateline(text, sentence)[0]
    opening = _OPENING_RANK_RE.match(text, start)
    if home and opening:
        return _ranked_next(text, figure_start, sentence, opening.end(), article)
    marker = _RIVAL_MARKER_RE.search(text, start, figure_start)
    # (the same measure of another country may set the home country's money against it:
    # `relevé à 3.400 DH, reste inférieur à celui de la Turquie, d'environ 650 euros`)
    ties = base._HOME_TIES_RE.search(text, *sentence) and not (marker and _SAME_MEASURE_RE.match(marker.group(0)))
    if not home or marker is None or base.PARTNER_ROLE_RE.search(text, *sentence) or ties:
        return set()
    goes_on = previous is not None and _GOES_ON_RE.match(text, start)
    if goes_on and _HOME_PARTNER_RANK_RE.search(text, *previous):
        # (`La France redevient le premier fournisseur du Royaume ... Elle devance la Russie
        # (820.000 tonnes)`: the home country's other suppliers ranked, not rivals)
        return set()
    # (or its money: `le salaire minimum, relevé à 3.400 DH, reste inférieur à celui de la Turquie`)
    # (the country itself, not a home city a partner's visitors fly to: `The United Kingdom
    # climbed to third place, driven by new routes to Marrakech and Agadir, ahead of Germany (610,000)`)
    home_before = (span_names_home(text, start, marker.start(), article) and not _home_by_its_places_alone(text, start, marker.start(), home)) \
        or base._HOME_MONEY_RE.search(text, start, marker.start()) \
        or (goes_on and span_names_home(text, *previous, article))
    clause = base._figure_clause(text, figure_start, sentence)
    if not home_before or span_names_home(text, marker.end(), clause[1], article):
        return set()
    between = _foreign_mentions(text, marker.end(), figure_start, home)
    for i in reversed(range(len(between))):
        # the nearest rival the figure is tied to, with the countries named after it, unless one
        # of those is a rival of its own (`derrière l'Egypte, qui a reçu 29,6 milliards, et le
        # Nigeria, qui a reçu 20,9 milliards`, read from Egypt: the figure is the nearer one's)
        if _ATTACHED_RE.fullmatch(text, between[i][1], figure_start) \
                or (i > 0 and _WITH_ATTACHED_RE.fullmatch(text, between[i][1], figure_start)
                    and re.search(r"\d", text[between[i - 1][1]:between[i][0]])):
            if any(_COORDINATED_RE.search(text, max(between[i][1], at - 12), at) for at, _, _ in between[i + 1:]):
                return set()
            return {code for _, _, codes in between[i:] for code in codes}
    after = _foreign_mentions(text, figure_start, clause[1], home)
    if not between and after and _AGENT_RE.search(text, max(figure_start, after[0][0] - 60), after[0][0]):
        return set(after[0][2])
    return set()


# The first of the home country's suppliers or customers, whose followers a sentence goes on to
# rank (`le premier fournisseur du Royaume`, `Morocco's top supplier`; not `première destination
# touristique d'Afrique`, a rank among rivals).
_HOME_PARTNER_RANK_RE = re.compile(
    r"(?i:\b(?:premi[eè]re?|principale?|top|largest|main|biggest)\s+(?:fournisseur|client|supplier|customer|buyer)s?"
    r"\s+(?:du|of(?:\s+the)?)\s+(?:Royaume|Maroc|Morocco|Kingdom)\b"
    r"|\b(?:Morocco|the\s+Kingdom)['’]s\s+(?:top|largest|main|biggest)\s+(?:supplier|customer|buyer)s?\b)"
)


# A sentence that opens on the ranking the sentence before began (`Plus loin derrière,
# l'Egypte ambitionne de produire 500.000 véhicules par an`, `Further behind, Tunisia ...`).
_OPENING_RANK_RE = re.compile(r"\s*(?i:(?:(?:plus|bien|encore|far|further|well)\s+)?(?:loin\s+)?(?:derrière|behind))\s*,")


def _ranked_next(text: str, figure_start: int, sentence: tuple[int, int], after: int, article: Article) -> set[str]:
    """The one foreign country named between the opening rank and the figure, the subject the
    ranking goes on with, where nothing of the home country or its trade is said here."""
    if base._HOME_TIES_RE.search(text, *sentence):
        return set()
    if span_names_home(text, after, base._figure_clause(text, figure_start, sentence)[1], article):
        return set()
    codes = {code for _, _, found in _foreign_mentions(text, after, figure_start, article.home_country) for code in found}
    return codes if len(codes) == 1 else set()


def _foreign_mentions(text: str, start: int, end: int, home: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, codes) of the countries text[start:end] names by a name, demonym or place,
    the home country's left out, in order."""
    window = text[start:end]
    mentions = (*find_countries(window), *find_places_abroad(window, home))
    return sorted((start + m.start, start + m.end, m.codes) for m in mentions if home not in m.codes)
