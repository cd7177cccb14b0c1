"""A second reading of a figure's countries by the shape of its clause, after the first
(`countries.figure_countries`) and the passes over figures that share their countries.

Shapes the first reading takes for a list of the sentence's names, or for no names at all:

- a figure in a relative clause hung on a country is that country's (`The country has overtaken
  Egypt, which received 15.7 million visitors`, `l'Egypte, dont les échanges avec Brasília ont
  atteint 2,4 milliards de dollars`);
- a sentence that opens on a country, then an aside closed by a comma, then the main clause
  with the figure, states the figure of that country (`Romania, another nearshoring destination
  for European aircraft makers, exported 1.7 billion euros`);
- a sentence about foreign countries alone, set against each other or told by their economy
  (`Egypt topped the ranking with 268 projects`, `le FMI table sur une croissance de 6,3% pour
  l'économie ivoirienne`), is not the home country's, though the article is;
- a foreign country that takes or supplies a share of a flow told before (`L'Espagne absorbe à
  elle seule 38% de ses ventes`, `La Suisse en a absorbé 9 tonnes`) is the partner of that
  flow, which is the home country's: both;
- a national statistic of the home country (its electricity demand, unemployment, minimum wage,
  state budget, a sector's official target) in a sentence naming no foreign country is the
  home country's alone, though the article is about a foreign partner;
- a sentence naming no country tells of the article's subject (`_from_the_article`);
- a city abroad the figure's clause goes to, comes from or is in adds its country to a home
  figure (`acheminer un conteneur de Casablanca à Abidjan coûte 2.800 dollars`), and so do the
  cities a site is placed near or in (`à 50 km de Dakar`, `nos usines de Dakar et Kigali`);
- a unit set up abroad in the sentence before, taken up by its noun (`The unit will hire 180
  staff`, `La filiale`, `The joint venture`), gives that sentence's foreign countries;
- a figure whose sentence names nothing abroad, in a paragraph that so far tells of the home
  country alone, is the home country's, whatever partners the headline names (`Les engrais en
  représentent 51,4 MMDH`), but for a foreign main company's article, a flow, a trade or a loan;
- a sentence that opens on a foreign country as its subject and names nothing of the home
  country (`Spain itself imported ...`, `Côté brésilien, ...`) gives its figures that country
  in the home country's place, outside rankings of partners;
- a sentence opening on a possessive (`Sa stratégie`, `Son accord`), after one of its
  paragraph that opens on a foreign country, is that country's, not the home country's;
- a national rate (growth, GDP, inflation, current account) set right at a foreign country
  (`2,8% en Espagne`, `l'Egypte (17%)`, `5.4% expected for Egypt`) is that country's alone;
- a foreign party's own output told in a relative clause on it (`l'Argentine, qui a récolté
  18,5 millions de tonnes`), the home country named only in the main clause, is not the home
  country's;
- a party the sentence tells by its role and nationality (`un investisseur turc`, `des
  fournisseurs américains`) replaces the foreign countries the figure took from before;
- a home group's subsidiary abroad (`La filiale ivoirienne`, `sa filiale`) keeps the home
  country in its figures, in an article about it;
- the European Union named only by the adjective on a kind of buyers or rivals (`les grandes
  enseignes européennes`, `our European customers`) is no party to the figure;
- a rate of a duty Brussels or Washington imposes on a third country's goods is theirs, though
  the sentence says the home country's goods are exempt;
- a figure set right at a foreign country, in a sentence about its own production, capacity or
  economy naming nothing of the home country nor any flow or tie, is that country's alone
  (`la Grèce 125.000 tonnes`, `devant l'Allemagne (19%)`);
- an export flow towards a destination, with no owner of its own, in an article about the home
  country, is the home country's (`while shipments to Nigeria fell 9%`, `The U.S. share of its
  exports rose to 8.1%`): its foreign-only figures take the home country too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from econews.countries import company_nationalities, find_countries, find_places_abroad, place_country

from econews.tasks.metrics import countries as base
from econews.tasks.metrics.article import paragraph_bounds

if TYPE_CHECKING:
    from econews.tasks.metrics.article import Article


@dataclass(frozen=True)
class _Named:
    start: int
    end: int
    codes: frozenset[str]
    kind: str  # name, demonym, compound, place, company, home


# The home country named by a word the country finders leave to the home rules.
_HOME_NAME_RE = re.compile(r"\b(?:Maroc|Morocco|Royaume(?![- ]Uni)|[Kk]ingdom(?!\s+of)|marocaine?s?|Moroccan)\b")


@lru_cache(maxsize=256)
def _country_mentions_in(sentence: str, home: str) -> tuple[_Named, ...]:
    """The countries `sentence` names, left to right, with their spans and kinds: names, demonyms,
    places abroad, companies by their nationality, the home country's own words. (Unlike
    `countries._named_in`, which gives a window's codes alone, with epithets and capitals: the
    rules here need where each mention stands and what kind it is. Cached: a sentence's figures
    ask in turn.)"""
    named = [_Named(m.start, m.end, frozenset(m.codes), m.kind) for m in find_countries(sentence)]

    def free(at: int) -> bool:
        return not any(n.start <= at < n.end for n in named)

    named += [_Named(m.start, m.end, frozenset(m.codes), "place") for m in find_places_abroad(sentence, home) if free(m.start)]
    named += [_Named(s, e, frozenset({code}), "company") for s, e, _, code in company_nationalities(sentence) if free(s)]
    named += [_Named(m.start(), m.end(), frozenset({home}), "home") for m in _HOME_NAME_RE.finditer(sentence) if free(m.start())]
    return tuple(sorted(named, key=lambda n: n.start))


def _country_codes(text: str, home: str) -> set[str]:
    """The countries `text` names by a name, demonym, place abroad or company (not by the home
    country's own words)."""
    return {code for n in _country_mentions_in(text, home) if n.kind != "home" for code in n.codes}


# (a sentence that names no country names no kingdom either, not even the United Kingdom)
_ANY_KINGDOM_RE = re.compile(r"(?i)\broyaume\b|\bkingdom\b")


# An amount in the home currency given as the conversion of the figure before it (`2,4
# milliards de dollars, soit environ 23,8 milliards de dirhams`, `$450 million (about MAD 4.1
# billion)`): the reader's currency, not a word about the home country.
_HOME_MONEY_CONVERSION_RE = re.compile(
    r"(?i:,?\s*\b(?:soit|ou|équivalent\s+à|l['’]équivalent\s+de|or|equivalent\s+to)\b|\()\s*"
    r"(?i:(?:environ|près\s+de|quelque|plus\s+de|about|around|some|roughly|nearly|approximately|over)\s+)?"
    r"(?:(?:MAD|DH)\s*)?\d[\d\s.,]*(?i:\s*(?:milliards?|millions?|billions?|bn|mds?|mm|m)\b\.?)?"
    r"\s*(?:(?i:de\s+|d['’])\s*)?(?:MMDH|MDH|KDH|DH|dirhams?|MAD)?(?![\w])"
)


def _names_the_home_country(s: str) -> bool:
    return bool(_HOME_NAMED_RE.search(s) or base._HOME_WORDS_RE.search(s) or base._home_places_re().search(s)
                or base._home_organisations_re().search(s)
                or base._HOME_MONEY_RE.search(_HOME_MONEY_CONVERSION_RE.sub(" ", s)))


def _codes(named: tuple[_Named, ...], start: int = 0, end: int | None = None) -> set[str]:
    return {code for n in named if start <= n.start and (end is None or n.end <= end) for code in n.codes}


@dataclass(frozen=True)
class _Clause:
    """A figure in its sentence, as the last passes read it."""
    s: str  # the sentence
    start: int  # the figure's span within it
    end: int
    figure_text: str
    before: str  # the sentence before, in the paragraph ('' when none)
    paragraph_so_far: str  # the paragraph's sentences before this one
    home: str
    article: Article


def revised_countries(text: str, figure: tuple[int, int], sentence: tuple[int, int], countries: list[str],
                      article: Article, title: str | None = None, published_year: int | None = None,
                      earlier: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[str] | None:
    """The figure's countries as the shape of its clause reads them, or None where it says
    nothing the first reading did not. `title` and `published_year` as `extract_metrics` has them;
    `earlier`: the sentences of the figure's paragraph before its own."""
    home = article.home_country or base.HOME_COUNTRY
    s = text[sentence[0]:sentence[1]]
    start, end = figure[0] - sentence[0], figure[1] - sentence[0]
    if not 0 <= start < end <= len(s):
        return None
    found = set(countries)
    new = _read_by_the_clause(text, sentence, start, end, found, article, title, published_year)
    revised = found if new is None else new
    clause = _Clause(s, start, end, text[figure[0]:figure[1]],
                     text[earlier[-1][0]:earlier[-1][1]] if earlier else "",
                     text[earlier[0][0]:earlier[-1][1]] if earlier else "", home, article)
    # (in order: each pass reads what the ones before it decided)
    for revise in _LAST_PASSES if article.home_country else (_unit_taken_up,):
        revised = revise(clause, revised)
    return sorted(revised) if revised != found else None


def _cities(c: _Clause, found: set[str]) -> set[str]:
    if c.home not in found:
        return found
    found = found | _cities_abroad_in_the_clause(c.s, c.start, c.end, found, c.home)
    return found | _cities_of_sites_abroad(c.s, c.start, found, c.home)


def _unit_taken_up(c: _Clause, found: set[str]) -> set[str]:
    if not c.before or _codes(_country_mentions_in(c.s, c.home)) - {c.home}:
        return found
    return found | _unit_abroad_taken_up(c.s, c.before, c.home)


def _home_paragraph(c: _Clause, found: set[str]) -> set[str]:
    return {c.home} if c.paragraph_so_far and _home_paragraph_so_far(c.s, c.paragraph_so_far, found, c.home, c.article) else found


def _possessive_owner(c: _Clause, found: set[str]) -> set[str]:
    owner = _possessive_of_the_subject_before(c.s, c.before, found, c.home) if c.before else set()
    return found - {c.home} | owner if owner else found


def _foreign_subject(c: _Clause, found: set[str]) -> set[str]:
    subject = _foreign_subject_of_its_own_sentence(c.s, c.start, c.end, found, c.home)
    return found - {c.home} | subject if subject else found


def _actor_by_nationality(c: _Clause, found: set[str]) -> set[str]:
    if not found - {c.home}:
        return found
    actor = _foreign_actor_by_its_nationality(c.s, c.home)
    carried = found - {c.home} - _codes(_country_mentions_in(c.s, c.home))
    return found - carried if actor and carried and not actor & carried else found


def _subsidiary(c: _Clause, found: set[str]) -> set[str]:
    return found | {c.home} if _home_groups_subsidiary(c.s, c.start, found, c.home, c.article) else found


def _national_rate(c: _Clause, found: set[str]) -> set[str]:
    if c.home not in found or not _PERCENT_RE.search(c.figure_text):
        return found
    return _national_rate_told_at_its_country(c.s, c.start, c.end, c.home) or found


def _not_the_home_countrys(c: _Clause, found: set[str]) -> set[str]:
    """The shapes that take the home country off: a foreign party's output in a relative on it,
    a duty on a third country's goods (and `européen` on buyers takes the Union off)."""
    if c.home not in found:
        return found
    if found - {c.home} and _own_output_in_a_relative_abroad(c.s, c.start, c.end, c.home):
        found = found - {c.home}
    if c.home in found and "EU" in found and _europe_only_as_a_class_of_buyers(c.s, c.home):
        found = found - {"EU"}
    if c.home in found and _duty_on_foreign_goods(c.s, c.start, c.end, figure_text=c.figure_text):
        found = found - {c.home} or found
    return found


def _own_output_or_home_flow(c: _Clause, found: set[str]) -> set[str]:
    if _foreign_countrys_own_output(c.s, c.start, c.end, found, c.home):
        return found - {c.home}
    return found | {c.home} if _home_flow_without_owner(c.s, found, c.home, c.article) else found


def _foreign_market_of_the_home(c: _Clause, found: set[str]) -> set[str]:
    """A foreign market or the imports from a country, named by its demonym, as the figure's
    subject (`Le marché britannique progresse de 24%`, `Les importations turques ont encore
    progressé de 7,4%`, `the Spanish market grew 9%`), in an article about the home country whose
    sentence names no other country: the home country's flow with that country, not that
    country's own figure."""
    if c.home in found or len(found) != 1 or c.article.main_company_country not in (None, c.home) \
            or (c.article.focus_countries and c.home not in c.article.focus_countries):
        return found
    market = _DEMONYM_MARKET_RE.search(c.s, 0, c.start)
    # (not a sector's market there, `le marché ivoirien de l'assurance`, nor one counted in a
    # foreign currency, `Le marché camerounais a totalisé 250 milliards de FCFA, en hausse de 6,5%`:
    # that country's own)
    if market is None or _OF_A_SECTOR_RE.match(c.s, market.end()) or _FOREIGN_MONEY_RE.search(c.s, 0, c.end):
        return found
    at = market.start("dem") if market.group("dem") else market.start("dem2")
    named = _country_mentions_in(c.s, c.home)
    mention = next((n for n in named if n.start <= at < n.end), None)
    if mention is None or mention.kind != "demonym" or set(mention.codes) != found \
            or _codes(named) - set(mention.codes) - {c.home}:
        return found
    return found | {c.home}


_OF_A_SECTOR_RE = re.compile(r"\s+(?:de|du|des|d['’]|of)\b")
_FOREIGN_MONEY_RE = re.compile(
    r"[€$£¥]|(?i:\b(?:euros?|dollars?|FCFA|francs?|livres?|pounds?|yens?|yuans?|dinars?|nairas?|rands?|reais|réals?|roupies?|rupees?)\b)")
# `le marché britannique`, `the British market`, `les importations turques`, `Turkish imports`.
_DEMONYM_MARKET_RE = re.compile(
    r"(?i:\b(?:le\s+marché|les\s+importations|les\s+achats)\s+(?P<dem>[a-zéèêëï-]+)\b"
    r"|\bthe\s+(?P<dem2>[A-Z][a-z]+)\s+(?:market|imports)\b)")


def _foreign_countrys_own_aggregate(c: _Clause, found: set[str]) -> set[str]:
    """`Les exportations non pétrolières de l'Egypte ont atteint 48,7 milliards de dollars`,
    `Tunisia's ICT exports grew 9%`, `le déficit énergétique de la Tunisie a reculé de 9%`: a
    foreign country's own total, told by its name as the owner of the clause's subject, with no
    partner in that subject and nothing of the home country in the sentence, is that country's
    alone."""
    if c.home not in found or _names_the_home_country(c.s) or _HOME_VOICE_RE.search(c.s):
        return found
    clause_start = max([0] + [m.end() for m in _AGGREGATE_CLAUSE_CUT_RE.finditer(c.s, 0, c.start)])
    subject = _OWN_AGGREGATE_RE.match(c.s, clause_start)
    if subject is None or subject.end() > c.start or _PARTNER_WORD_RE.search(c.s, clause_start, subject.end()):
        return found
    owner = {code for n in _country_mentions_in(c.s, c.home) if n.kind == "name"
             and clause_start <= n.start < subject.end() for code in n.codes}
    if _BALANCE_RE.search(subject.group(0)) and owner == {c.article.trade_partner}:
        return found  # (`L'excédent commercial de l'Espagne`, in an article on their trade: the balance between them)
    return owner if len(owner) == 1 and owner <= found and not owner & {c.home} else found


# A clause's subject that is a country's own total: `Les exportations non pétrolières de l'Egypte`,
# `le déficit énergétique de la Tunisie`, `Tunisia's ICT exports`, `Egypt's GDP`, then its verb.
_AGGREGATE_NOUNS = (r"exportations|importations|exports|imports|déficit|excédent|deficit|surplus|PIB|GDP|croissance"
                    r"|growth|production|output|inflation|dette|debt|réserves|reserves|recettes|revenues|économie|economy")
_OWN_AGGREGATE_RE = re.compile(
    r"\s*(?:(?:[Ll]es?|[Ll]a|[Ll]['’]|[Tt]he)\s*)?(?:(?:{n})(?:\s+[a-zéèêô-]+){{0,2}}\s+(?:de\s+la|de\s+l['’]|du|de|des|of)\s*"
    r"(?:the\s+)?[A-ZÉ][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}"
    r"|[A-ZÉ][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}['’]s(?:\s+[\w-]+){{0,2}}?\s+(?:{n}))\b".format(n=_AGGREGATE_NOUNS))
_BALANCE_RE = re.compile(r"(?i)\b(?:déficit|excédent|deficit|surplus)\b")
# A partner in the subject (`les exportations de l'Egypte vers le Maroc`, `with`, `from`).
_PARTNER_WORD_RE = re.compile(r"(?i)\b(?:vers|avec|to|with|from|towards|en\s+provenance|à\s+destination|entre|between)\b")
# Where the figure's clause begins: a sentence's contrast or its start.
_AGGREGATE_CLAUSE_CUT_RE = re.compile(r"(?i)(?:,\s*|\s)(?:tandis\s+que|alors\s+que|while|whereas)\s|;\s|:\s")


def _home_organisations_own_output(c: _Clause, found: set[str]) -> set[str]:
    """`OCP, which produced 15.2 million tonnes of fertilizers in 2025, plans to raise its output
    of potassium-enriched products by 30% by 2028`: a home organisation the sentence opens on, told
    by its own output, capacity or workforce, in a sentence that names no other country nor any
    flow, partner or tie, is the home country's alone, whatever the paragraph names."""
    if c.home not in found or not found - {c.home} or _country_codes(c.s, c.home) - {c.home}:
        return found
    opening = base._home_organisations_re().match(c.s, _SUBJECT_OPENING_RE.match(c.s).end())
    if opening is None or not _OWN_ACTIVITY_RE.search(c.s) or _FLOW_WORDS_RE.search(c.s) or _TIED_TO_RE.search(c.s):
        return found
    return {c.home}


def _under_the_agreement(c: _Clause, found: set[str]) -> set[str]:
    """In an article about the home country's agreement with one partner: what the partner pays or
    offers under it goes to the home country (`Moscou versera désormais 6,5 millions de dollars par
    an`, `Brussels paid an average of 52.4 million euros a year`), and the terms it sets for the home
    country are the partner's too (`Under the deal, Morocco's duty-free tomato quota stays at 285,000
    tonnes`): figures of both."""
    partner = c.article.agreement_partner
    if partner is None:
        return found
    if found == {partner} and _PAYS_RE.search(c.s, 0, c.start):
        return found | {c.home}
    if found == {c.home} and _AGREEMENT_TERMS_RE.search(c.s) and not _country_codes(c.s, c.home) - {c.home}:
        # (the agreement's own terms: `Under the deal, Morocco's duty-free tomato quota stays at
        # 285,000 tonnes`, `Le quota alloué au Maroc a été ramené à 114.000 tonnes`)
        return found | {partner}
    return found


# The terms an agreement sets: quotas, licences, fees.
_AGREEMENT_TERMS_RE = re.compile(
    r"(?i)\b(?:under\s+the\s+(?:deal|agreement|protocol)|dans\s+le\s+cadre\s+(?:de\s+l['’]\s*accord|du\s+protocole)"
    r"|quotas?|contingents?|licences?|licenses?|redevances?"
    # (or the agreements themselves, what they total or cover: `Les 10 autres accords, qui totalisent 4 MMDH`)
    r"|(?:les|ces|the|these)\s+(?:\d+\s+|[a-z]+\s+)?(?:autres\s+|other\s+)?(?:accords|conventions|agreements|deals))\b")


# What a party pays or offers under an agreement, before the figure.
_PAYS_RE = re.compile(
    r"(?i)\b(?:vers(?:e|era|erait|ait|ent|eront)|pa(?:ie|iera|ierait|yait)|pay(?:s|ing)?|paid|will\s+pay|offre|offrait|offer(?:s|ed)?"
    r"|contribution|compensation|contrepartie)\b")


_LAST_PASSES = (_cities, _unit_taken_up, _home_paragraph, _possessive_owner, _foreign_subject, _actor_by_nationality,
                _subsidiary, _national_rate, _not_the_home_countrys, _own_output_or_home_flow, _foreign_market_of_the_home,
                _foreign_countrys_own_aggregate, _home_organisations_own_output, _under_the_agreement)


def _read_by_the_clause(text, sentence, start, end, found, article, title, published_year) -> set[str] | None:
    """The countries the first of the clause's shapes that applies gives (see the module), or
    None. `start`, `end`: the figure's span within its sentence."""
    home = article.home_country or base.HOME_COUNTRY
    s = text[sentence[0]:sentence[1]]
    named = _country_mentions_in(s, home)
    for rule in (_in_a_relative_on_a_country, _main_clause_after_the_subjects_aside):
        new = rule(s, start, end, named, found, home)
        if new is not None and new != found:
            return new
    if article.home_country and _foreign_countries_set_against_each_other(s, named, found, home, article):
        return found - {home}
    if article.home_country and _home_national_statistic(s, start, end, named, found, home):
        return {home}
    if article.home_country and _partners_share_of_a_flow_told_before(s, start, end, named, found, home):
        return found | {home}
    if article.home_country and not named and not _ANY_KINGDOM_RE.search(s) and not _names_the_home_country(s):
        new = _from_the_article(text, sentence, start, found, home, article, title, published_year)
        if new is not None and new != found:
            return new
    return None


# A relative clause hung on the word before its comma.
_RELATIVE_RE = re.compile(r",\s+(?:qui|dont|où|which|whose|where)\b")
# `, dont 35 à Abidjan`: a share of what comes before, not a relative on it.
_SHARE_OF_IT_RE = re.compile(r",\s+dont\s[^\d.;]{0,25}\d")
_CLAUSE_CUT_RE = re.compile(r",\s|;|:\s")
_RESPECTIVELY_RE = re.compile(r"respectiv", re.I)


def _in_a_relative_on_a_country(s, start, end, named, found, home) -> set[str] | None:
    """`l'Algérie, qui y faisait transiter près de 10 milliards de m3`: the figure of a relative
    clause on a country's name (not on a demonym: `les groupes chinois, qui`) is that
    country's; the home country stays only where the sentence names it."""
    relatives = [m for m in _RELATIVE_RE.finditer(s, 0, start) if m.end() <= start]
    if not relatives or _RESPECTIVELY_RE.search(s):
        return None
    relative = relatives[-1]
    if _SHARE_OF_IT_RE.match(s, relative.start()) or _CLAUSE_CUT_RE.search(s, relative.end(), start):
        return None
    antecedents = [n for n in named if n.end <= relative.start() and not s[n.end:relative.start()].strip()]
    if not antecedents or antecedents[-1].kind == "demonym" or antecedents[-1].codes <= found:
        return None
    new = found | antecedents[-1].codes
    return new if home in _codes(named) else new - {home}


# The sentence's subject: a country's name, with its article.
_SUBJECT_ARTICLE_RE = re.compile(r"\s*(?:(?:La|Le|Les|L['’]|The)\s*)?")
_MAIN_CLAUSE_CUT_RE = re.compile(r",\s|;|:\s|\b(?:tandis|while|whereas|alors|contre|against)\b")


def _main_clause_after_the_subjects_aside(s, start, end, named, found, home) -> set[str] | None:
    """`L'Egypte, qui ambitionne elle aussi de devenir un hub régional, accueille déjà 6 usines
    de laboratoires indiens`: a sentence opening on a country, whose aside closes before the
    main clause that holds the figure, states the subject's figure: the subject and what the
    main clause names, not what the article adds."""
    if not named or named[0].kind != "name" or not _SUBJECT_ARTICLE_RE.fullmatch(s, 0, named[0].start):
        return None
    subject = named[0]
    if not s.startswith(", ", subject.end):
        return None
    aside_end = s.find(", ", subject.end + 2)
    if aside_end < 0 or aside_end > start:
        return None
    main = aside_end + 2
    if _MAIN_CLAUSE_CUT_RE.search(s, main, start) or _RESPECTIVELY_RE.search(s):
        return None
    # (another country named before the figure may be the one it is about)
    if any(n.kind != "demonym" for n in named[1:] if n.start < start) or subject.codes <= found:
        return None
    in_main = _codes(named, main)
    return {code for code in found | subject.codes if code in subject.codes or code in in_main}


# What ties a foreign figure to the home country though its sentence does not name it: a flow
# (its exports, clients, investors, visitors), an agreement, a share of a total told before.
_FLOW_WORDS_RE = re.compile(
    r"(?i)\b(?:clients?|fournisseurs?|investisseurs?|export\w*|import\w*|achats?|ventes?|livr\w*|[ée]changes?|trade"
    r"|commerc\w*|visiteurs?|visitors?|touris\w*|arrivées?|arrivals?|émetteurs?|débouchés?|provenance|destinations?"
    r"|origine|origin|bilat\w*|deux\s+pays|two\s+countries|accords?|agreements?|partenaires?|partners?|buyers?"
    r"|suppliers?|investors?|sales?|shipments?|purchases?|customers?|markets?|marchés?|déficit|excédent"
    # (where trade or funds come from, not where power does: `renewable sources`, `sources renouvelables`)
    r"|(?<!renewable\s)(?<!energy\s)sourc\w+(?!\s+(?:renouvelables|d['’]énergie|of\s+(?:energy|power)))"
    r"|deficit|surplus|flights?|vols?|liaisons?|routes?|MoU|protocole|memorandum|envois?|transferts?|remittances?)\b")
_SHARE_OF_A_TOTAL_RE = re.compile(
    r"(?i)^\W*(?:sur\s+ce\s+total|sur\s+l['’]ensemble|of\s+(?:this|that|the)\s+total|of\s+(?:this|that|these|those)\b)"
    r"|\b(?:pèsen?t?|pesait|absorb\w*|du\s+total|of\s+the\s+total)\b")
# Countries set against each other, or told by their economy.
_RIVALRY_RE = re.compile(
    r"(?i)\b(?:rivals?|concurrents?|competes|competing|competitors?|by\s+contrast|par\s+contraste|ranking"
    r"|classement\s+(?:des\s+)?(?:destinations|pays)|compared\s+(?:with|to)|loin\s+d[eu]s?"
    r"|at\s+the\s+(?:european|global|world)\s+level|au\s+niveau\s+(?:européen|mondial))\b")
_AGAINST_RE = re.compile(r"(?i)\b(?:contre|against|versus|vs\.?)(?!\w)")
_ECONOMY_RE = re.compile(
    r"(?i)\b(?:PIB|GDP|croissance|growth|inflation|taux\s+directeur|policy\s+rate|key\s+rate|chômage|unemployment"
    r"|économie\s+\w+|economy|population|habitants|inhabitants|SMIC|salaire\s+minimum|minimum\s+wage|dette\s+publique"
    r"|public\s+debt|budget)\b")
# `Aux Emirats, où ...`: a sentence placed abroad by its opening, not about a subsidiary.
_PLACED_ABROAD_RE = re.compile(r"\W*(?:En|Au|Aux|In|Dans|Chez)\s+")
_SUBSIDIARY_RE = re.compile(r"(?i)\b(?:filiales?|subsidiar\w+|succursales?|unit|branch\w*)\b")
_HOME_NAMED_RE = re.compile(r"(?i)maroc|morocc")


def _foreign_countries_set_against_each_other(s, named, found, home, article) -> bool:
    """A sentence naming foreign countries alone, with nothing of the home country (its name,
    places, organisations, dirhams) nor any flow or share that could be its, about those
    countries as rivals, compared, or by their economy (`Egypt topped the ranking by number of
    projects with 268`, `Kenyan farmers use 35 kilograms per hectare, against 170 kilograms in
    India`), or placed abroad by its opening in an article about no home company: its figure
    is theirs, not the home country's as well."""
    in_sentence = _codes(named)
    if home not in found or not found - {home} or home in in_sentence or not in_sentence - {home}:
        return False
    if _names_the_home_country(s):
        return False
    if _FLOW_WORDS_RE.search(s) or _SHARE_OF_A_TOTAL_RE.search(s):
        return False
    if _RIVALRY_RE.search(s) or _ECONOMY_RE.search(s):
        return True
    if any(_codes(_country_mentions_in(s[m.end():m.end() + 60], home)) - {home} for m in _AGAINST_RE.finditer(s)):
        return True
    opening = _PLACED_ABROAD_RE.match(s)
    return bool(opening and _codes(_country_mentions_in(s[opening.end():opening.end() + 30], home)) - {home}
                and not _SUBSIDIARY_RE.search(s) and article.main_company_country != home)


# A statistic of the nation as a whole, or a target of one of its sectors.
_NATIONAL_STATISTIC_RE = re.compile(
    r"(?i)\b(?:production|capacité|consommation|demande|moyenne|taux|rate|average|output|consumption|demand)\s+nationa(?:l|le)\b"
    r"|\bnational\s+(?:rate|average|output|production|consumption|demand|capacity|grid)\b|\bSMIG\b|\bSMAG\b|minimum\s+wage"
    r"|salaire\s+minimum|\bch[ôo]mage\b|\bunemployment\b|demande\s+d['’]\s*électricité|electricity\s+demand|loi\s+de\s+finances"
    r"|budget\s+de\s+l['’]\s*[ÉE]tat|state\s+budget|caisse\s+de\s+compensation|power\s+mix|mix\s+(?:énergétique|électrique)"
    # what a home platform or ecosystem as a whole has drawn (`the Nouaceur platform has attracted
    # 2.1 billion dirhams`, `la plateforme de Nouaceur, qui a accueilli 14 nouveaux projets`,
    # `l'écosystème des batteries compte désormais 7 projets`)
    r"|\b(?:plateforme|platform|écosystème|ecosystem)\b[^,;.]{0,40}?(?:,\s*qui\s+)?\b(?:a\s+accueilli|a\s+attiré|has\s+attracted"
    r"|has\s+drawn|compte\s+(?:désormais|aujourd['’]hui|déjà)?|counts|totalise)\b")
# The nation's inflows of foreign investment as the sentence's subject (`Total net FDI inflows
# reached MAD 19.8 billion`), and its investment code as what a relative clause tells (`the
# country's new investment charter, which offers subsidies of up to 30%`).
_NATIONAL_SUBJECT_RE = re.compile(
    r"\W*(?:(?:Total|Les|Le)\s+)?(?:(?:net\s+)?FDI\s+(?:inflows|flows)|(?:flux|entrées)\s+(?:nets?\s+|nettes\s+)?d['’]\s*IDE)\b")
_NATIONAL_CODE_RELATIVE_RE = re.compile(
    r"(?i)\b(?:investment\s+charter|charte\s+de\s+l['’]\s*investissement)\s*,\s*(?:which|qui)\b")
# What takes a statistic after the figure away from it: a relative or contrast, another figure
# (not a year), `, et`.
_OTHER_CLAUSE_AFTER_RE = re.compile(
    r"(?i)\b(?:where|où|which|while|whereas|tandis|alors|lorsque|when)\b|(?<![\w])(?!(?:19|20)\d\d\b)\d|,\s*(?:and|et)\b")
_OTHER_CLAUSE_BEFORE_RE = re.compile(r"(?i);|\bmais\b|\bbut\b")
_HOME_SECTOR_RE = re.compile(
    r"(?i)\b(?:la\s+filière|les\s+filières|le\s+secteur|du\s+secteur|the\s+sector|the\s+industry"
    r"|its\s+(?:car|auto\w*|textile|aerospace|aeronautics)\s+industry|l['’]ensemble\s+de\s+la\s+filière"
    r"|objectif\s+officiel|official\s+target)\b")
_TARGET_VERB_RE = re.compile(r"(?i)\b(?:vise\w*|viser|objectif\w*|target\w*|aims?|table\s+sur|ambition\w*|goal)\b")


def _home_national_statistic(s, start, end, named, found, home) -> bool:
    """`la demande d'électricité a progressé de 4,7% en 2025, à 44,2 TWh`, `well above the
    national rate of 13.1%`, `la filière vise 50 MMDH à l'export en 2030`: in a sentence that
    names no foreign country, a statistic of the nation in the figure's own clause (before it,
    or after it with no other clause or figure between), the nation's FDI inflows as the sentence's
    subject, what its investment charter offers, or a sector's target, is the home country's
    alone; a foreign partner the article adds is not in it."""
    if home not in found or len(found) < 2 or _codes(named) - {home}:
        return False
    for m in _NATIONAL_STATISTIC_RE.finditer(s):
        if m.start() >= end and not _OTHER_CLAUSE_AFTER_RE.search(s, end, m.start()):
            return True
        if m.end() <= start and not _OTHER_CLAUSE_BEFORE_RE.search(s, m.end(), start):
            return True
    if (subject := _NATIONAL_SUBJECT_RE.match(s)) and subject.end() <= start:
        return True
    code = _NATIONAL_CODE_RELATIVE_RE.search(s, 0, start)
    if code and not _OTHER_CLAUSE_BEFORE_RE.search(s, code.end(), start) and "," not in s[code.end():start]:
        return True
    return bool(_HOME_SECTOR_RE.search(s) and _TARGET_VERB_RE.search(s))


# A country that takes or supplies a share of a flow: its verb, after the country's name and
# what may stand between (a bracket, an aside, `et l'Italie`, `à elle seule`, the clitic `en`
# taking up the flow told before, an auxiliary).
_SHARE_VERB = (
    r"(?:absorb\w*|concentr\w*|pès\w*|pèse\w*|fourni\w*|livr\w*|expédi\w*|accounted\s+for|accounts?\s+for|took|takes"
    r"|taking|supplied|shipped|bought|buys|achet\w*|import(?:ed|e|es|ent|ait|aient|é|és|ée|ées)|représent\w*|capt\w*"
    r"|reste\s+(?:le\s+)?(?:premier|principal)\s+\w+(?:\s+d['’]\s*ordre)?)")
_ALONE = r"à\s+elle\s+seule|à\s+lui\s+seul|alone|ensemble|together|toujours|déjà|désormais|still|now|already"
_SUBJECT_TO_VERB_RE = re.compile(
    r"(?:\s*\([^)]*\))?(?:\s*,[^,]{0,70},)?(?:\s+(?:et|and)\s+(?:(?:la|le|les|l['’]|the)\s*)?[\w-]+(?:\s+[\w-]+)?)?"
    rf"(?:\s+(?:{_ALONE}))?(?P<en>\s+en)?"
    r"(?:\s+(?:a|ont|avait|avaient|aurait|has|have|had|n['’]\s*a|n['’]\s*ont|ayant|n['’]\s*ayant|auraient))?"
    rf"(?:\s+(?:{_ALONE}))?\s+{_SHARE_VERB}\b", re.I)
# The flow told before, taken up after the figure: `de ses ventes`, `des exportations`, `of its sales`.
_FLOW_TAKEN_UP_RE = re.compile(
    r"\s*(?:(?:environ|about|around)\s+)?(?:des|de\s+ses|de\s+leurs|de\s+nos|de\s+notre|du|de\s+la|de\s+l['’]\s*"
    r"|of\s+(?:the|its|their|our))\s+(?:[\w-]+\s+)??(?:ventes|exportations|volumes?|chiffre\s+d['’]\s*affaires|expéditions"
    r"|production|exports|sales|shipments|output|importations|imports|livraisons|achats|commandes|revenue|turnover"
    r"|approvisionnements|demande|demand|clientèle|contrats|contracts|transferts|envois|remittances)\b(?P<rest>[^,;.]{0,40})", re.I)
_WORLD_OR_TOTAL_RE = re.compile(r"(?i)\bmondia|\bworld|\bglobal|\btota")
_VERB_TO_FIGURE_CUT_RE = re.compile(r"[;:]|\bqui\b|\bwhich\b")


def _partners_share_of_a_flow_told_before(s, start, end, named, found, home) -> bool:
    """`L'Espagne absorbe à elle seule 38% de ses ventes`, `L'Argentine en a fourni 62%`, `Le
    marché britannique pèse déjà 22% de notre chiffre d'affaires`: a foreign country as the
    subject of a verb of taking or supplying, its figure a share of a flow the clitic `en` or a
    possessive or definite flow noun after the figure takes up from before (not the world's
    or a total), is that country's share of the home country's flow: both countries."""
    if not found or home in found or home in _codes(named):
        return False
    for n in named:
        if n.end > start:
            return False
        if not n.codes & found:
            continue
        verb = _SUBJECT_TO_VERB_RE.match(s, n.end, start)
        if not verb or start - verb.end() > 40 or _VERB_TO_FIGURE_CUT_RE.search(s, verb.end(), start):
            continue
        if verb.group("en"):
            return True
        flow = _FLOW_TAKEN_UP_RE.match(s, end)
        if flow and not _WORLD_OR_TOTAL_RE.search(flow.group(0)) \
                and not _codes(_country_mentions_in(flow.group("rest")[:30], home)) - {home}:
            return True
    return False


# A figure told as to come: a target, a forecast, a future tense.
_TO_COME_RE = re.compile(
    r"(?i)\b(?:vise|visent|visons|viser|table\s+sur|tablent|ambitionne\w*|prévoit|prévoient|devrait|devraient|pourrait"
    r"|pourraient|aims?|targets?|expects?|plans?|intends?|will|would|is\s+expected|are\s+expected|scheduled|d['’]\s*ici"
    r"|à\s+l['’]\s*horizon|dès\s+(?:19|20)\d\d|by\s+(?:19|20)\d\d|objectif|goal|sera|seront|aura|auront|fera|feront"
    r"|(?!naira\b)\w{2,}(?:era|eront|ira|iront|dra|dront))\b")
# What a company has done or has: its history, its results, its staff.
_COMPANY_RECORD_RE = re.compile(
    r"(?i)\b(?:fondée?|founded|a\s+réalisé|avait\s+réalisé|réalise|reported|posted|publié|listed|coté|cotée|established"
    r"|emploie|employs|compte|exploite|operates|l['’]an\s+dernier|last\s+year|l['’]\s*exercice|fiscal)\b")
_YEAR_SAID_RE = re.compile(r"\b(?:en|in|au|du|depuis|since)\s+((?:19|20)\d\d)\b")
# The country itself, its government or authorities, as the one who acts.
_THE_COUNTRY_ACTS_RE = re.compile(
    r"(?i)\b(?:le\s+pays|the\s+country|la\s+nation|the\s+nation|le\s+gouvernement|the\s+government|l['’]\s*[EÉ]tat"
    r"|les\s+autorités|(?:the\s+)?authorities|officials)\b")
# The main company's project, plant or works as the sentence's subject.
_PROJECT_SUBJECT_RE = re.compile(
    r"(?i)^\W*(?:(?:the|le|la|l['’]|les|this|ce|cette|ces)\s*)?(?:new\s+|nouvelle?\s+|future?\s+)?(?:project|projet"
    r"|construction|plant|usine|site|factory|facility|complexe|complex|joint\s+venture|coentreprise|consortium"
    r"|investissement|investment|unit[ée]?|works?|travaux|first\s+phase|première\s+phase|phase)\b")
# The nation's own things: a national measure (`national` in lower case: `National` opens a
# proper name), a sector, dams, free zones, a desalination plant, motorways, GDP.
_NATIONAL_RE = re.compile(
    r"\b(?:nationa(?:l|le|les|ux)|(?i:le\s+secteur|la\s+filière|the\s+(?:sector|industry)|the\s+country['’]s|du\s+pays"
    r"|domestic|royaume|kingdom|barrages|dams|zone\s+franche|free\s+zone|station\s+de\s+dessalement|desalination\s+plant"
    r"|autoroute|motorway|highway|chômage|unemployment|PIB|GDP)|SMIG)\b")
_RELATIVE_ON_IT_RE = re.compile(r"(?i),?\s*(?:dont|whose|où|where)\b")
# A home institution, unnamed, as the sentence's subject.
_HOME_INSTITUTION_SUBJECT_RE = re.compile(
    r"^\W*(?:(?:Pour\s+l['’]avenir|De\s+son\s+côté|Par\s+ailleurs|En\s+outre|Meanwhile|For\s+its\s+part|In\s+addition)\s*,\s*)?"
    r"(?:l['’]\s*agence|le\s+ministère|le\s+gouvernement|l['’]\s*[EÉ]xécutif|l['’]\s*office|les\s+autorités|les\s+pouvoirs\s+publics"
    r"|l['’]\s*[EÉ]tat|the\s+government|the\s+ministry|the\s+agency|authorities|the\s+authorities|the\s+state|officials)\b", re.I)


def _from_the_article(text, sentence, start, found, home, article, title, published_year) -> set[str] | None:
    """The countries of a figure whose sentence names none, as what it tells of the article's
    subject reads them (its countries came from the paragraph or the article's focus):

    - a target or forecast of the company the article is about, in an article on the home
      country, is its project's: the company's country and the home country (`Le groupe vise un
      chiffre d'affaires à l'export de 95 millions d'euros dès 2030`), not its past record;
    - the foreign main company's project or plant as the subject (`Construction will require
      as many as 2,000 workers`) takes the company's country beside the home country;
    - the nation's own things (a national measure, a sector, dams, a desalination plant), in an
      article on a foreign company's project, are the home country's alone;
    - a home institution, unnamed, as the subject (`L'agence vise 10.000 hectares`), in an
      article on no foreign company, states the home country's figure."""
    s = text[sentence[0]:sentence[1]]
    focus, company = set(article.focus_countries), article.main_company_country
    foreign_company = company not in (None, home)
    if home in focus and len(found) == 1 and home not in found and found <= focus and company \
            and (company == home or found == {company} or found <= {c for *_, c in company_nationalities(title or "")}) \
            and _TO_COME_RE.search(s) and not _COMPANY_RECORD_RE.search(s) and not _THE_COUNTRY_ACTS_RE.search(s) \
            and not (published_year and any(int(y) <= published_year for y in _YEAR_SAID_RE.findall(s))):
        return found | {home}
    if found == {home} and foreign_company and company in focus and _PROJECT_SUBJECT_RE.search(s) \
            and not _THE_COUNTRY_ACTS_RE.search(s):
        return found | {company}
    if foreign_company and found == {home, company} and _national_in_the_sentence(s, start):
        return {home}
    paragraph_start = paragraph_bounds(article, text, sentence[0])[0]
    before = _country_codes(text[paragraph_start:sentence[0]], home)
    if not before and not foreign_company and home in found and len(found) > 1 \
            and _HOME_INSTITUTION_SUBJECT_RE.search(s):
        return {home}
    return None


def _national_in_the_sentence(s: str, start: int) -> bool:
    """A relative on a national thing holds the figure (`la station de dessalement de Chtouka,
    dont la capacité doit passer de 275.000 m3`), or the sentence, not about the project, names one."""
    for m in _NATIONAL_RE.finditer(s, 0, start):
        relative = _RELATIVE_ON_IT_RE.search(s, m.end(), start)
        if relative and relative.start() - m.end() < 40 and ";" not in s[relative.end():start]:
            return True
    return bool(_NATIONAL_RE.search(s)) and not _PROJECT_SUBJECT_RE.search(s)


# A city or region abroad after a preposition of place or direction (`de Casablanca à Abidjan`,
# `routes to Chicago`, `investors in Dubai and Riyadh`), by the words the place tables know.
_PLACE_AFTER_PREPOSITION_RE = re.compile(r"\b(?:à|vers|depuis|from|to|in|at)\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)")
_SIGNING_DAY_RE = re.compile(
    r"(?i)\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*$")
_HOME_IN_CAPITALS_RE = re.compile(r"\b(?:Maroc|Morocco|Royaume|Kingdom)\b")
_ANOTHER_CLAUSE_RE = re.compile(
    r"(?i),?\s*\b(?:tandis\s+qu\w*|alors\s+qu\w*|while|whereas|contre|than|plus\s+que)\b|;|:|,\s*(?:and|et|but|mais)\b")
_SOURCE_BEFORE_RE = re.compile(r"(?i)\b(?:selon|according\s+to|d['’]apr[eè]s)\b[^,]*$")
_NEAR_RE = re.compile(r"(?i)\b(?:proximit\w+|proche|close)\b")
# A supranational code whose members' cities are its seats, not other partners.
_SEATS_OF = {"EU": {"BE", "LU", "FR"}}


def _cities_abroad_in_the_clause(s, start, end, found, home) -> set[str]:
    """`acheminer un conteneur de Casablanca à Abidjan coûte 2.800 dollars`, `a mission of 45
    Moroccan firms is expected in São Paulo`: a figure the home country's and a city or region
    abroad its clause goes to, comes from or is in, is that place's country's too. Not a
    place past another clause (`tandis que`, `contre`, `, et`), the venue of a signing by the
    home country on a weekday, a source's seat (`selon`), a place only near (`proche de
    Toulouse`), a city of the supranational partner already named, nor a place in the main
    clause for a figure inside a relative on the subject (`Le groupe, qui a réalisé 3,4
    milliards, ..., dispose d'une unité à Dakar`)."""
    added: set[str] = set()
    relative = [m for m in _RELATIVE_RE.finditer(s, 0, start)]
    inside_a_relative = bool(relative) and not _CLAUSE_CUT_RE.search(s, relative[-1].end(), start)
    for m in _PLACE_AFTER_PREPOSITION_RE.finditer(s):
        # (a name at the sentence's end keeps its full stop and is not looked up: places there
        # were another clause's more often than the figure's, measured)
        words = m.group(1).split()
        code = next((c[0] for i in range(len(words)) if (c := place_country(" ".join(words[i:])))), None)
        if code is None or code == home or code in found or any(code in _SEATS_OF.get(x, ()) for x in found):
            continue
        low, high = sorted((start, m.start()))
        if _ANOTHER_CLAUSE_RE.search(s, low, high) or _SOURCE_BEFORE_RE.search(s, 0, m.start()) \
                or _NEAR_RE.search(s, max(0, m.start() - 25), m.start()) \
                or (_SIGNING_DAY_RE.search(s, 0, m.start()) and _HOME_IN_CAPITALS_RE.search(s)) \
                or (inside_a_relative and m.start() > end and ", " in s[end:m.start()]):
            continue
        added.add(code)
    return added


# A city, or a list of cities, placed by a phrase of proximity (`près de Dakar`, `à 50 km de
# Dakar`, `near Seville`) or named as the seat of a site (`nos usines de Dakar, Kumasi et Kigali`,
# `le siège de Hefei`, `the Huelva and Algeciras refineries`, `the Port of Rotterdam`).
_CITY = r"[A-Z][\w'’.-]*(?:[\s-]+[A-Z][\w'’.-]*){0,2}"
_CITY_LIST = rf"({_CITY}(?:\s*,\s*{_CITY})*(?:\s+(?:et|and)\s+(?:d['’]|de\s+)?{_CITY})?)"
_SITE_OF_CITIES_RE = re.compile(
    r"(?:\b(?:près\s+de|non\s+loin\s+de|aux\s+portes\s+de|à\s+\d+\s*km\s+(?:au\s+\w+\s+)?de|near|outside"
    r"|(?:[Uu]sines?|[Ss]ites?|[Uu]nités?|[Pp]orts?|[Rr]affineries?|[Ff]lotte|[Ff]iliales?|[Cc]elle|[Cc]elui|[Bb]ureaux?"
    r"|[Aa]gences?|[Ss]iège|[Tt]erminal|[Cc]omplexe)\s+(?:de|d['’])"
    r"|(?:[Pp]lants?|[Ff]actor(?:y|ies)|[Rr]efiner(?:y|ies)|[Pp]ort|[Oo]ffices?|[Hh]eadquarters|[Ff]leet)\s+(?:of|in)"
    r")\s*(?:the\s+)?)" + _CITY_LIST)
_CITIES_OF_SITES_RE = re.compile(
    r"\b(?:the|from|to|in)\s+" + _CITY_LIST + r"\s+(?:refiner(?:y|ies)|plants?|factor(?:y|ies)|ports?|fleet)\b")
_LIST_ITEM_CUT_RE = re.compile(r"\s*,\s*|\s+(?:et|and)\s+(?:d['’]|de\s+)?")
def _countries_of_the_cities(listed: str) -> list[str]:
    """The countries of a list of places, each item by its longest known head (`Dakar`, `Huelva`);
    none when an item is no place the tables know (`les ports de Rotterdam et d'Anvers` is a
    list of places; `le site de Renault` is not)."""
    codes = []
    for item in _LIST_ITEM_CUT_RE.split(listed):
        words = item.split()
        code = next((c[0] for i in range(len(words)) if (c := place_country(" ".join(words[:len(words) - i])))), None)
        if code is None:
            return []
        codes.append(code)
    return codes


def _cities_of_sites_abroad(s, start, found, home) -> set[str]:
    """`une unité d'une capacité de 1,5 million de tonnes à Pout, à 50 km de Dakar`, `Nos usines
    de Dakar, Kumasi et Kigali devraient réaliser 1 milliard de dirhams de ventes`, `€640 million
    worth of refined products from the Huelva and Algeciras refineries`: a home figure whose
    clause places a site by the cities it is near or in is those cities' countries' too; not
    past another clause or a comparison (`tandis que`, `contre`, `, et`)."""
    added: set[str] = set()
    for pattern in (_SITE_OF_CITIES_RE, _CITIES_OF_SITES_RE):
        for m in pattern.finditer(s):
            low, high = sorted((start, m.start()))
            if _ANOTHER_CLAUSE_RE.search(s, low, high):
                continue
            added |= {code for code in _countries_of_the_cities(m.group(1)) if code != home and code not in found}
    return added


# A unit set up abroad, taken up by its noun at the sentence's start; a plant or site, taken up
# so, only where the sentence before names one foreign country; its stake, after a sentence on
# a joint venture or subsidiary.
_UNIT_TAKEN_UP_RE = re.compile(
    r"\W*(?:(?:The|This) (?:new )?(?:unit|subsidiary|joint venture|JV|venture|entity|affiliate)"
    r"|(?:La|Cette) (?:nouvelle )?(?:filiale|coentreprise|joint[- ]venture|co-entreprise|succursale|unité|entité)"
    r"|L['’](?:unité|entité)|Cet(?:te)? (?:unité|entité))\b")
_PLANT_TAKEN_UP_RE = re.compile(
    r"\W*(?:(?:The|This) (?:new )?(?:plant|factory|facility|branch)|L['’]usine|Cette usine|(?:Le|Ce) (?:nouveau )?(?:site|complexe))\b")
_STAKE_RE = re.compile(r"(?i)\b(?:stake|participation|détiendra|détient|will hold|holds?|contrôlera)\b")
_JOINT_UNIT_RE = re.compile(r"(?i)\b(?:joint[- ]venture|coentreprise|co-entreprise|filiale|subsidiary|JV)\b")


def _unit_abroad_taken_up(s: str, before: str, home: str) -> set[str]:
    """`OCP and Bharat Agri will set up a joint venture in Paradip. OCP will hold a 50% stake.`,
    `... a subsidiary in Kigali. The unit will hire about 180 staff`: the foreign countries (at
    most two; one for a plant or site) of the sentence before, in the paragraph, where the
    figure's sentence, naming no foreign country, takes up the unit it sets up."""
    plant = bool(_PLANT_TAKEN_UP_RE.match(s))
    if not (_UNIT_TAKEN_UP_RE.match(s) or plant or (_STAKE_RE.search(s) and _JOINT_UNIT_RE.search(before))):
        return set()
    # (a plant's country is its place's, named: after `Le coréen Kyungdo investit à Tanger`, `Le
    # nouveau site` is at home, whatever its owner's nationality)
    abroad = {code for n in _country_mentions_in(before, home) if n.kind != "home" and (not plant or n.kind in ("name", "place"))
              for code in n.codes} - {home}
    return abroad if abroad and len(abroad) <= (1 if plant else 2) else set()


# A foreign country's own output or economy (`produc-`, `capacit-`, `exploite`, `harvest`); not a
# rank (`came second with`), which the home country's suppliers and clients take too.
_OWN_ACTIVITY_RE = re.compile(
    r"(?i)\b(?:produc\w*|produi\w*|croît\w*|croîtr\w*|croissance|growth|grew|GDP|PIB|operat\w*|exploit\w*|capacit\w*"
    r"|inflation|output|récolte|harvest|population|habitants|chômage|unemployment"
    # (power made or installed at home: `generated 71% of its electricity`, `a installé 80 GW d'éolien`)
    r"|generat\w*|électricité|electricity|install\w*"
    # (its own workforce: `Fishing, which employs some 600,000 people in Senegal`)
    r"|employ\w*|emploi\w*)")
# The home country in words the finders do not code: `national`, `notre`, `our`, `chez nous`.
_HOME_VOICE_RE = re.compile(r"(?i)royaume|kingdom|chez\s+nous|\bnational\w*|\bnotre\b|\bour\b")
# Two parties tied by the sentence: `avec la Chine`, `between Rabat and Madrid`.
_TIED_TO_RE = re.compile(r"(?i)\b(?:avec|with|entre|between)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?[A-ZÀ-Ý]")
# A country right before its figure: `la Grèce 125.000`, `l'Allemagne (19%)`, `Nigeria came
# fourth with 128`, `X, avec près de 40%`.
_OWNER_BEFORE_RE = re.compile(
    r"(?i)(?:\s*\(\s*(?:[^()]{0,25}:\s*)?|\s+(?:de\s+|d['’]|à\s+|:\s*)?"
    r"|\s*,?\s+(?:\w+\s+){0,2}(?:with|avec)\s+(?:about\s+|près\s+de\s+|some\s+)?"
    # (its verb and an approximation between: `Egypt around 120 MW`, `La Chine a installé près de 80 GW`)
    r"|\s+(?:\w+\s+){0,2}?(?:about|around|roughly|some|nearly|almost|près\s+de|environ|quelque)\s+)")
# A country right after it: `3.5 GW of electrolysers in China`, `12% en Espagne`.
_OWNER_AFTER_RE = re.compile(r"(?i)\s*(?:\)\s*)?(?:\w+\s+){0,2}?(?:en|in|au|aux|for|pour|chez|à)\s+(?:l['’]|la\s+|le\s+|les\s+)?")


def _foreign_countrys_own_output(s, start, end, found, home) -> bool:
    """`la Grèce 125.000 tonnes`, `Huaxin already operates 3.5 GW of electrolysers in China's
    Inner Mongolia`, `devant l'Allemagne (19%)` of European capacities: a figure set right at a
    foreign country, in a sentence about that country's own production, capacity or economy
    that names nothing of the home country (its name, places, organisations, `national`,
    `notre`) nor any flow, partner or tie between two parties, is that country's alone."""
    if home not in found or not found - {home}:
        return False
    named = _country_mentions_in(s, home)
    if home in _codes(named) or _names_the_home_country(s) or _HOME_VOICE_RE.search(s):
        return False
    if _FLOW_WORDS_RE.search(s) or _SHARE_OF_A_TOTAL_RE.search(s) or _TIED_TO_RE.search(s) or not _OWN_ACTIVITY_RE.search(s):
        return False
    attached = {code for n in named if n.kind not in ("company", "home") and (
                (start - 60 <= n.end <= start and _OWNER_BEFORE_RE.fullmatch(s, n.end, start))
                or (end <= n.start <= end + 40 and _OWNER_AFTER_RE.fullmatch(s, end, n.start)))
                for code in n.codes}
    return bool(attached & found)


# Exports, shipments, sales towards a destination: `shipments to Nigeria`, `les exportations vers l'Inde`.
_FLOW_TOWARDS_RE = re.compile(
    r"(?i)\b(?:exports?|exportations?|ventes|livraisons|shipments|expéditions|sales|envois)\s+((?:\w+\s+){0,3}?)"
    r"(?:vers|to|à\s+destination\s+d[eu]s?|en\s+direction\s+d[eu]s?|into)\b")
# An owner told before the flow: a possessive (`ses`, `its`: see `_SHARE_OF_ITS_RE`); `dont les`,
# a genitive (`Turkey's`), a capitalised name (`Vietnam`), a nationality (`Chinese`).
_FLOW_POSSESSIVE_RE = re.compile(r"(?i)\b(?:its|their|his|her|ses|leurs?|sa|son)\s+(?:\w+\s+)?$")
_FLOW_OWNER_RE = re.compile(
    r"(?i:\b(?:dont\s+les|whose|celles?|those)\s+(?:\w+\s+)?)$"
    r"|'s\s+(?:\w+\s+){0,2}$"
    r"|\b(?!Les\b|The\b|Des\b)[A-Z][\w-]+\s+(?:\w+\s+)?$"
    r"|(?i:\b(?:chinese|turkish|spanish|french|egyptian|tunisian|african|american|indian|russian|european|german"
    r"|italian|vietnamese|brazilian|asian|british|japanese|korean)\s+(?:\w+\s+){0,2})$")
# `The U.S. share of its exports`: the possessive takes up the home subject told before.
_SHARE_OF_ITS_RE = re.compile(
    r"(?i)\b(?:share|part|parts|proportion|quote-part)\s+(?:of|de|des|du)\s+(?:its|their|ses|leurs?|sa|son)\s+(?:\w+\s+)?$")
# An owner between the flow and its destination: `exportations textiles turques vers`, `exports of Spain to`.
_OWNER_INSIDE_RE = re.compile(
    r"(?i)^(?:\w+(?:aises?|ois|oises?|ains?|aines?|iens?|iennes?|ques?|ands?|andes?|ols?|oles?|ens?|ennes?|ines?)"
    r"|de\s+\w+|d'\w+|du\s+\w+|des\s+\w+)\b")
_FOREIGN_FRAME_RE = re.compile(r"\s*(?:En|Au|Aux|In|At|A|À)\s+[^,]{2,40},")


def _home_flow_without_owner(s, found, home, article) -> bool:
    """`Ghana imported 260,000 tonnes, up 12%, while shipments to Nigeria fell 9%`, `The U.S.
    share of its exports rose to 8.1%`: in an article about the home country, a sentence with
    an export flow towards a destination that has no owner of its own (no possessive but a
    share of `its` exports, no genitive, name or nationality before it, none between it and the
    destination), not placed abroad by its opening, tells of the home country's flow: a
    foreign-only figure there is the home country's with its partner."""
    if not found or home in found or home not in article.focus_countries:
        return False
    if _FOREIGN_FRAME_RE.match(s) and {c for m in find_countries(s[:s.find(",")]) for c in m.codes} - {home}:
        return False
    for flow in _FLOW_TOWARDS_RE.finditer(s):
        before = s[max(0, flow.start() - 30):flow.start()]
        if (_FLOW_POSSESSIVE_RE.search(before) and not _SHARE_OF_ITS_RE.search(before)) or _FLOW_OWNER_RE.search(before):
            continue
        between = flow.group(1)
        if between and (_OWNER_INSIDE_RE.match(between) or find_countries(between)):
            continue
        return True
    return False


# What ties a home figure to a partner though its sentence names none: a flow, a trade, a loan.
_TIES_TO_A_PARTNER_RE = re.compile(
    r"(?i)\b(?:échanges|bilat\w+|deux\s+(?:pays|parties|gouvernements|royaumes)|both|two\s+countries|trade|commerce"
    r"|commercia\w+|exportations?|importations?|exports?|imports?|achats|ventes|livraisons|expéditions|shipments|sales"
    r"|clients?|fournisseurs?|suppliers?|partenaires?|partners?"
    r"|crédits?|prêts?|loans?|financ\w*|dons?|grants?|lend\w*|lent|bailleurs?|lenders?)\b")
# A sentence that goes on about the project, site or company told before (`Le projet`, `L'usine`, `It`).
_TAKES_UP_A_PROJECT_RE = re.compile(
    r"(?i)^\W*(?:(?:le|la|l['’]|ce|cette|the|this|its|son|sa)\s*(?:nouve\w+\s+)?(?:projet|site|usine|unité|plant|factory"
    r"|project|facility|complexe|groupe|entreprise|company|group|filiale|subsidiary|ouvrage|terminal|chantier|station)"
    r"|il|elle|it)\b")
_CAPITALISED_RE = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _names_a_city_abroad(s: str, home: str) -> bool:
    for m in _CAPITALISED_RE.finditer(s):
        words = m.group(1).rstrip(".").split()
        if any((c := place_country(" ".join(words[i:]))) and c[0] != home for i in range(len(words))):
            return True
    return False


def _home_paragraph_so_far(s, before, found, home, article) -> bool:
    """`Les engrais en représentent 51,4 MMDH`, `Moroccan companies have invested more than 60
    billion dirhams in sub-Saharan Africa`: a figure whose sentence names no country abroad (nor
    a city there), in a paragraph that so far tells of the home country alone, is the home
    country's, though the headline or the article's focus name a partner; not where a foreign
    main company is the article's subject, where the sentence ties the figure to a partner (a
    flow, a trade, a loan) or goes on about a project told before (`Le projet`, `L'usine`)."""
    if home not in found or not found - {home}:
        return False
    if article.main_company_country not in (None, home):
        return False
    if _country_codes(s, home) - {home} or _names_a_city_abroad(s, home):
        return False
    if _country_codes(before, home) - {home} or not (home in _codes(_country_mentions_in(before, home))
                                                    or _names_the_home_country(before)):
        return False
    # (nor a foreign company the article knows: `Quant à BYD, le groupe ... a confirmé le calendrier
    # de son usine de Tanger Tech. L'investissement est estimé à 2,5 milliards d'euros`)
    if any(code != home and pattern.search(before) for pattern, code in article.companies):
        return False
    return not (_TIES_TO_A_PARTNER_RE.search(s) or _TAKES_UP_A_PROJECT_RE.search(s))


# A sentence's subject at its very start: `Spain`, `L'Algérie`, `Senegal's`, `Côté brésilien,`.
_SUBJECT_OPENING_RE = re.compile(r"(?i)\W*(?:(?:Côté|Du\s+côté|Le|La|Les|L['’]|The)\s*)?")
# A ranking of partners, where the home country's flow is told by country (`devant l'Espagne (14%)`).
_RANKING_RE = re.compile(r"(?i)\b(?:devant|suivi\w*|suivent|suit|followed|ahead|behind|derrière|respectiv\w*|puis|then|loin)\b")
# `L'Union européenne reste son premier débouché`: the possessive's owner is the subject, not the country.
_IS_ITS_RE = re.compile(r"(?i)\s*,?\s*(?:reste|demeure|est|sera|is|remains|remained|was)\s+(?:\w+\s+)?(?:son|sa|ses|leurs?|its|their)\b")
_CLAUSE_TURN_RE = re.compile(r"(?i)\btandis\b|\balors\s+que\b|\bwhile\b|\bwhereas\b|\bmais\b|\bbut\b|;|,\s+et\b|,\s+and\b")
_FIGURE_NEXT_RE = re.compile(r"\s*\(?\s*[+-]?\d")


def _foreign_subject_of_its_own_sentence(s, start, end, found, home) -> set[str]:
    """`Spain itself imported 34.8 billion cubic meters of gas last year`, `Senegal's exports
    ... reached 28,000 tonnes`, `Côté mauritanien, le pont ... 87 millions d'euros`: a sentence
    that opens on a foreign country as its subject, names nothing of the home country, and
    whose figure the first reading gave the home country but not that subject, is that
    country's: it takes the home country's place. Not a ranking of partners (`devant`,
    `followed by`, a country right before or after a figure), a figure past a turn of the
    sentence (`tandis que`, `, and`), nor `X reste son premier débouché` (the possessive's)."""
    if home not in found:
        return set()
    mentions = find_countries(s)
    if not mentions or mentions[0].start > 30 or not _SUBJECT_OPENING_RE.fullmatch(s, 0, mentions[0].start):
        return set()
    subject = set(mentions[0].codes)
    if not subject or home in subject or subject & found:
        return set()
    if mentions[0].kind == "demonym" and re.match(r"\s+[A-ZÀ-Þ]", s[mentions[0].end:]):
        return set()  # a company by its nationality (`Le sud-coréen Daewon Materials (4,2 milliards de DH)`), not the country
    if home in _codes(_country_mentions_in(s, home)) or _names_the_home_country(s) or _RANKING_RE.search(s):
        return set()
    if _IS_ITS_RE.match(s, mentions[0].end) or _CLAUSE_TURN_RE.search(s, mentions[0].end, start):
        return set()
    if any(_FIGURE_NEXT_RE.match(s, m.end) for m in mentions):
        return set()
    if any(0 <= start - m.end <= 14 or 0 <= m.start - end <= 12 for m in mentions[1:]):
        return set()
    return subject


# A sentence opening on a possessive of one owner: `Son`, `Sa`, `Ses`, `Its` (not `Leur`: the
# people told of, more often than the country).
_POSSESSIVE_OPENING_RE = re.compile(r"\W*(?:Son|Sa|Ses|Its)\b")


def _possessive_of_the_subject_before(s, before, found, home) -> set[str]:
    """`L'Allemagne a relevé ses objectifs. Sa stratégie nationale vise 10 GW d'électrolyse`: a
    sentence opening on a possessive, naming nothing of the home country, right after a sentence
    of its paragraph that opens on a foreign country, tells of that country: it takes the home
    country's place."""
    if home not in found or not _POSSESSIVE_OPENING_RE.match(s):
        return set()
    if home in _codes(_country_mentions_in(s, home)) or _names_the_home_country(s):
        return set()
    foreign = [m for m in find_countries(before) if set(m.codes) - {home}]
    # (its subject, by its name at the start: not `Les ventes vers le Canada ont bondi de 31%. Sa
    # part dans les exportations ...`, the home country's flow)
    if not foreign or not _SUBJECT_OPENING_RE.fullmatch(before, 0, foreign[0].start):
        return set()
    return set(foreign[0].codes) - {home}


# Trade-defence duties (`droits antidumping`, `tariffs`), the authority that imposes them
# (Brussels, Washington), and the goods' foreign origin (`pneus chinois`, `Chinese-made`).
_DUTY_RE = re.compile(
    r"(?i)anti-?dumping|antidumping|droits?\s+(?:de\s+douane|compensat\w*|additionnel\w*|d'importation|de\s+\d)"
    r"|\btarif(?:s|fs?)\b|\btariffs?\b|\bdut(?:y|ies)\b|countervailing|surtaxe")
_DUTY_IMPOSER_RE = re.compile(
    r"(?i)\b(?:américain\w*|American|US|U\.S\.|européen\w*|European|EU|UE|Union\s+européenne|European\s+Union|Bruxelles"
    r"|Brussels|Washington)\b")
_FOREIGN_ORIGIN_RE = re.compile(
    r"(?i)\b(?:chinois\w*|Chinese(?:-made|-built)?|indien\w*|Indian|turc|turcs|turques?|Turkish|vietnamien\w*|Vietnamese"
    r"|égyptien\w*|Egyptian|coréen\w*|Korean|japonais\w*|Japanese|russes?|Russian|made\s+in\s+China)\b")
_HOME_IN_A_DUTY_RE = re.compile(r"(?i)maroc|morocc|royaume|kingdom|rabat|chérifien")
_DUTY_CLAUSE_CUT_RE = re.compile(
    r",\s+(?:while|whereas|alors\s+que|tandis\s+que|mais|but)\b|;|:\s|\s[-–—]\s|,\s+(?:les|the)\s|\bcompared\s+with\b|\bcontre\b")
_PERCENT_RE = re.compile(r"%|percent|pour\s+cent")


def _duty_on_foreign_goods(s, start, end, figure_text) -> bool:
    """`les droits antidumping de 22,3% imposés par l'Union européenne sur les jantes chinoises`,
    `Chinese-made batteries face American tariffs of more than 50%`: a rate of a duty that
    Brussels or Washington imposes on goods of a third country is theirs, not the home
    country's, though the sentence says the home country's goods are exempt (`les produits
    fabriqués au Maroc en étant exemptés`) in another clause. Not a duty on the home country's
    goods (`L'OCP avait été frappé de droits compensateurs de 20%`): the goods' foreign origin
    must be told."""
    if not _PERCENT_RE.search(figure_text):
        return False
    cuts = list(_DUTY_CLAUSE_CUT_RE.finditer(s))
    clause_start = max([0] + [m.end() for m in cuts if m.end() <= start])
    clause_end = min([len(s)] + [m.start() for m in cuts if m.start() >= end])
    clause = s[clause_start:clause_end]
    duties = [m for m in _DUTY_RE.finditer(s, 0, start) if start - m.start() < 150]
    for span in ([clause] if _DUTY_RE.search(clause) else []) + ([s[duties[-1].start():clause_end]] if duties else []):
        if not _HOME_IN_A_DUTY_RE.search(span) and _DUTY_IMPOSER_RE.search(span) and _FOREIGN_ORIGIN_RE.search(span):
            return True
    return False


# Third parties of a kind, told by their market (`les grandes enseignes européennes`, `our
# European customers`, `face aux huiles européennes`): buyers, rivals, not the Union. (Not
# suppliers, `équipementiers européens`, which a zone's figures are about: test_metrics_article.)
_PARTIES_OF_A_KIND = (
    r"(?:enseignes?|clients?|customers?|brands?|markets?|marchés?|supermarkets?|supermarchés?"
    r"|constructeurs?|carmakers?|automakers?|buyers?|acheteurs?|distributeurs?|retailers?|huiles?|producteurs?"
    r"|producers?|concurrents?|competitors?|rivals?|donneurs\s+d'ordres?)")
_PARTIES_BEFORE_RE = re.compile(r"(?i)\b" + _PARTIES_OF_A_KIND + r"\s+(?:\w+\s+)?$")
_PARTIES_AFTER_RE = re.compile(r"(?i)\s+" + _PARTIES_OF_A_KIND + r"\b")
_EUROPEAN_RE = re.compile(r"(?i)europ[ée]en\w*|european")


def _europe_only_as_a_class_of_buyers(s, home) -> bool:
    """`le Maroc se trouve à quelques jours de camion des grandes enseignes européennes`, `a quick
    route to our European customers`: a sentence that names the European Union only by the
    adjective on a kind of buyers, makers or rivals does not make the figure the Union's (not
    `la Commission européenne`, `navires européens`, `European officials`, `l'UE`)."""
    mentions = [m for m in find_countries(s) if "EU" in m.codes] + [m for m in find_places_abroad(s, home) if "EU" in m.codes]
    if not mentions or any(code == "EU" for *_, code in company_nationalities(s)):
        return False
    for m in mentions:
        word = s[m.start:m.end]
        if not _EUROPEAN_RE.fullmatch(word):
            return False
        if word == "European":
            if not _PARTIES_AFTER_RE.match(s, m.end):
                return False
        elif not _PARTIES_BEFORE_RE.search(s, max(0, m.start - 50), m.start):
            return False
    return True


# A party told by its role and nationality: `un investisseur turc`, `des fournisseurs américains`,
# `Chinese suppliers`, `a Saudi-backed bidder`.
_ROLE = (r"(?:investisseurs?|fournisseurs?|partenaires?|sous-traitants?|repreneurs?|acquéreurs?|suppliers?|partners?"
         r"|investors?|buyers?|bidders?|acquirers?)")
_ROLE_BEFORE_RE = re.compile(r"(?i)\b" + _ROLE + r"\s+$")
_ROLE_AFTER_RE = re.compile(r"(?i)(?:-backed|-owned|-based)?\s+(?:\w+\s+)?" + _ROLE + r"\b")
_ENGLISH_DEMONYM_RE = re.compile(
    r"(?:Chinese|Turkish|Spanish|French|German|Italian|Korean|South Korean|Japanese|Indian|American|Emirati|Saudi|Qatari"
    r"|British|Portuguese|Danish|Norwegian|Swedish|Dutch|Belgian|Swiss|Polish|Israeli|Egyptian|Nigerian|Senegalese"
    r"|Ivorian|Vietnamese|Taiwanese|Canadian|Brazilian|Russian|Algerian|Tunisian|Mauritanian)\b")


def _foreign_actor_by_its_nationality(s, home) -> set[str]:
    """The countries of the parties the sentence tells by their role and nationality
    (`l'usine pourrait être reprise par un investisseur turc`, `auprès de fournisseurs
    américains`): the sentence's own foreign actors, which replace the foreign countries the
    figure took from the sentences before."""
    actors: set[str] = set()
    for m in find_countries(s):
        word = s[m.start:m.end]
        if (word[:1].isupper() and not _ENGLISH_DEMONYM_RE.match(word)) or home in m.codes or "EU" in m.codes:
            continue
        if _ROLE_BEFORE_RE.search(s, max(0, m.start - 30), m.start) or _ROLE_AFTER_RE.match(s, m.end):
            actors |= set(m.codes)
    return actors


_SUBSIDIARY_PHRASE_RE = re.compile(r"(?i)\b(?:sa|ses|leur|its|their|la|les|the|cette|this)\s+(?:\w+\s+)?(?:filiales?|subsidiar(?:y|ies))\b")
_COMPARED_AFTER_RE = re.compile(r"(?i)\b(?:derrière|behind|devant|ahead|contre|compared|than|tandis|while|whereas)\b|;")
_FOREIGN_GROUPS_RE = re.compile(r"\b[A-Z]\w+(?:an|ese|ish|ian|ais|ien|ienne)s?\s+(?:banks|groups|lenders|firms|banques|groupes)\b")


def _home_groups_subsidiary(s, start, found, home, article) -> bool:
    """`La filiale ivoirienne, basée à Abidjan, sera dotée d'un capital de 10 milliards de FCFA`,
    `En Côte d'Ivoire, sa filiale détient 13,5% de parts de marché`: in an article about the home
    country, a subsidiary's figure abroad is the home group's too; not one set against another
    (`derrière`, `contre`) nor the subsidiaries of foreign groups (`French banks' subsidiaries`)."""
    if not found or home in found or home not in article.focus_countries:
        return False
    phrase = _SUBSIDIARY_PHRASE_RE.search(s)
    if not phrase or start < phrase.end() or _COMPARED_AFTER_RE.search(s, phrase.end(), start):
        return False
    return not _FOREIGN_GROUPS_RE.search(s, 0, phrase.start())


_RELATIVE_ON_A_PARTY_RE = re.compile(r",\s+(?:qui|which|who|où|where)\b")
_ASIDE_CUT_RE = re.compile(r",\s|;|:\s|\s[-–—]\s")
_HOME_SAID_RE = re.compile(r"(?i)maroc|morocc|royaume|kingdom|chérifien|national|\bnos\b|\bnotre\b|\bour\b")
# Its own production: `qui exploite déjà 3 moulins`, `who produce about 75,000 tonnes`, `qui a récolté`.
_OWN_OUTPUT_VERB_RE = re.compile(
    r"(?i)\s*(?:a\s+|ont\s+|avait\s+|has\s+|have\s+|had\s+)?(?:déjà\s+|already\s+|par\s+ailleurs\s+|also\s+)*"
    r"(?:exploit|produi|produc|récolt|achemin|operat|cultiv|grow|grew|harvest)")


def _own_output_in_a_relative_abroad(s, start, end, home) -> bool:
    """`l'Argentine, qui a récolté 18,5 millions de tonnes de blé en 2025, mise sur le marché
    marocain`, `British growers, who produce about 75,000 tonnes of tomatoes a year`: a figure in
    a relative clause that tells a foreign party's own production, the party and the clause
    naming nothing of the home country, is not the home country's, which the sentence names
    in its main clause."""
    relatives = [m for m in _RELATIVE_ON_A_PARTY_RE.finditer(s) if m.end() <= start]
    if not relatives:
        return False
    relative = relatives[-1]
    if _ASIDE_CUT_RE.search(s, relative.end(), start) or "(" in s[relative.end():start] \
            or not _OWN_OUTPUT_VERB_RE.match(s, relative.end()):
        return False
    after = _ASIDE_CUT_RE.search(s, end)
    relative_end = after.start() if after else len(s)
    antecedent_start = max([0] + [m.end() for m in _ASIDE_CUT_RE.finditer(s, 0, relative.start())])
    named = _country_mentions_in(s, home)
    in_relative = _codes(named, relative.start(), relative_end)
    in_antecedent = _codes(named, antecedent_start, relative.start())
    if home in in_relative or home in in_antecedent or home not in _codes(named):
        return False
    if _HOME_SAID_RE.search(s, relative.start(), relative_end) or _HOME_SAID_RE.search(s, antecedent_start, relative.start()):
        return False
    return bool((in_relative | in_antecedent) - {home})


# A statistic of a nation's economy: growth, GDP, inflation, a policy rate, its accounts, its jobless.
_MACRO_RE = re.compile(
    r"(?i)\b(?:PIB|GDP|croissance|croîtr\w*|croît|growth|grew|grow(?:s|ing)?|inflation|taux\s+directeur|policy\s+rate|current\s+account"
    r"|compte\s+courant|déficit\s+budgétaire|budget\s+deficit|investissement\s+public|public\s+investment|chômage"
    r"|unemployment|économie|economy)\b")
# A country right before its rate (`l'Egypte (17%)`, `le Niger de 7,9%`) or right after it (`2,8% en
# Espagne`, `5.4% expected for Egypt`).
_RATE_OWNER_BEFORE_RE = re.compile(r"(?i)\s*\(\s*|\s+de\s+|\s+d['’]")
_RATE_OWNER_AFTER_RE = re.compile(
    r"(?i)\s*(?:\)\s*)?(?:(?:expected|prévu\w*|attendu\w*|estimated|estimé\w*)\s+)?(?:en|in|au|aux|for|pour|au\s+sein\s+de)\s+"
    r"(?:l['’]|la\s+|le\s+|les\s+|the\s+)?")
# `X devrait croître de`, `X grew`, `X's economy grew`: the country whose growth follows.
_GROWTH_OF_RE = re.compile(
    r"(?i)(?:['’]s\s+(?:economy|GDP)|\s+(?:\w+\s+){0,3}(?:croîtr\w*|croît\w*|grew|grow\w*|progress\w*))\s+"
    r"(?:(?:que|only|by|de|d['’])\s+)*(?:près\s+de\s+|about\s+)?")
_ECONOMY_OF_RE = re.compile(r"(?i)\b(?:PIB|GDP|économie|economy)\s+(?:de\s+|of\s+)(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$")
_ECONOMY_TO_RATE_RE = re.compile(r"\s+(?:\w+\s+){0,4}(?:de\s+)?")


def _national_rate_told_at_its_country(s, start, end, home) -> set[str]:
    """`le PIB de l'Union européenne n'a progressé que de 1,5%, avec 2,8% en Espagne et 0,9% en
    France, premiers clients du Royaume`, `compared with 5.4% expected for Egypt`, `la Côte
    d'Ivoire devrait croître de 6,5% en 2026 et le Niger de 7,9%`: a rate of a nation's economy
    (growth, GDP, inflation, its accounts) set right at a foreign country, or told as that
    country's growth, is that country's alone, whatever else the sentence says of the home
    country. Empty where no country owns the rate so."""
    if not _MACRO_RE.search(s):
        return set()
    mentions = [n for n in _country_mentions_in(s, home) if n.kind not in ("company", "home") and home not in n.codes]
    owners = {code for n in mentions
              if (start - 30 <= n.end <= start and _RATE_OWNER_BEFORE_RE.fullmatch(s, n.end, start))
              or (end <= n.start <= end + 40 and _RATE_OWNER_AFTER_RE.fullmatch(s, end, n.start))
              for code in n.codes}
    if owners:
        return owners
    return {code for n in mentions if start - 70 <= n.end <= start and (
        _GROWTH_OF_RE.fullmatch(s, n.end, start)
        or (_ECONOMY_OF_RE.search(s, max(0, n.start - 30), n.start) and _ECONOMY_TO_RATE_RE.fullmatch(s, n.end, start)))
        for code in n.codes}
