"""Whose figure it is, read from who or what the statement is about: a foreign country's own
economy, a home sector or official speaking of home, the lender or the company the
paragraph names. Rules found on the errors of the third fresh corpus (`data/fresh3`); each
is called from `countries.figure_countries` at the step it refines.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from econews.openings import guarded
from econews.countries import AGENCIES_RE, NATIONAL_AGENCIES, find_countries, find_places_abroad, place_country
from econews.tasks.metrics import countries as base
from econews.tasks.metrics.country_masks import RANK_WORDS as _RANK_WORDS

if TYPE_CHECKING:
    from econews.tasks.metrics.article import Article

# What a country does with its own economy: it buys, sells, ships, produces, grows; its market,
# economy, exports, imports, sales, output.
_OWN_ECONOMY_WORDS_RE = re.compile(
    r"(?i:\b(?:import|export|bought|buys?|buying|ship|sold|sells?|produc|output|consum|grew|grow|growth|market"
    r"|econom|sales|GDP|achat|achet|expédi|vend|ventes|marché|croissance|PIB|consomm"
    r"|manutention|trafic|traffic|handl|throughput|unemploy|jobless|chômage|inflation)\w*)"
)
# A partner of another (`le premier client de la filière`) speaks of trade with it, not of its own.
_PARTNER_RE = re.compile(
    r"(?i:\b(?:clients?|customers?|partenaires?|partners?|fournisseurs?|suppliers?|débouchés?|destinations?|buyers?|acheteurs?)\b)"
)
# A first person in a quote speaks for the speaker's side, not for the country in the subject.
# (`us` in lower case only: `US` is the United States)
_FIRST_PERSON_RE = guarded(re.compile(r"\b(?:[Nn]otre|[Nn]os|[Nn]ous|NOUS|[Oo]ur|OUR|[Ww]e|WE|us)\b"))


def first_person(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] speaks in the first person (`nous`, `our`)."""
    return _FIRST_PERSON_RE.search(text, start, end) is not None
# `In Brazil,`, `En Chine,`, `Au Sénégal,`: the place the whole statement is set in.
_IN_COUNTRY_RE = re.compile(r"\s*(?:In|En|Au|Aux|Dans)\s+(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+)?")
# A demonym on the subject noun (`Le marché ivoirien`, `Chinese phosphate fertilizer exports`)
# or after the figure (`une croissance de 6,5% de l'économie ivoirienne`).
_OWN_NOUN_RE = re.compile(
    r"(?i:\b(?:marchés?|économies?|exportations|importations|ventes|production|PIB|consommation|demande"
    r"|markets?|economy|economies|exports|imports|sales|output|GDP|consumption|demand)\b)"
)
# The subject noun's place, right before the country it names: `Le marché du cannabis
# médical en Allemagne`, `la consommation d'engrais dans l'Union européenne`, `the market for
# medical cannabis in Germany`.
_IN_PLACE_BEFORE_RE = re.compile(r"(?:\b(?:en|au|aux|in)\s+(?:the\s+)?|\bdans\s+(?:l['’]\s*|le\s+|la\s+|les\s+))$")
_SUBJECT_WORDS = 6
# (a market or an economy there; not a flow, which goes there: `Les ventes au Ghana` are the
# home country's exports)
_PLACED_NOUN_RE = re.compile(
    r"(?i:marchés?|économies?|consommation|demande|production|PIB|markets?|economy|consumption|demand|output|GDP)\b"
)
_OWNER_AFTER_RE = re.compile(
    r"\S+\s+(?:(?:de\s+l['’]\s*|du\s+|de\s+la\s+|of\s+(?:the\s+)?)(?:économie|PIB|marché|economy|GDP|market))\s+"
)


def foreign_subject_owns(
    text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article,
) -> bool:
    """Whether the figure is a foreign country's own: up to the end of its clause the
    statement's subject is that country (`India imported`, `La Turquie, dont les
    exportations`, `In Brazil, which imports`, `En Chine, les ventes`), its market or economy
    by a demonym (`Le marché ivoirien`, `Chinese ... exports`, `de l'économie ivoirienne`),
    it speaks of its economy, and nothing of the home country nor a first person is there."""
    if len(found) != 1 or article.home_country in found or _home_companys_sales_there(text, figure_start, sentence, article):
        return False
    start, _ = base._without_dateline(text, sentence)
    end = base._figure_clause(text, figure_start, sentence)[1]
    if _WHAT_IT_MAKES_RE.match(text, end):
        # (with what the figure makes of the country: `Brazil bought 2.1 million tonnes, up 18%,
        # making it Morocco's second-largest market`)
        end = sentence[1]
    # (not what an apposition says of the country: `In Spain, Morocco's main trading partner,
    # the jobless rate fell to 10.3%`)
    parts = base._outside(start, end, _appositions(text, start, end, figure_start))
    if any(span_names_home(text, a, b, article) or _FIRST_PERSON_RE.search(text, a, b) for a, b in parts):
        return False
    if not any(_OWN_ECONOMY_WORDS_RE.search(text, a, b) for a, b in parts) or any(_PARTNER_RE.search(text, a, b) for a, b in parts):
        return False
    if article.trade_partner in found and (_SIDE_OPENING_RE.match(text, start) or _OTHER_SIDE_RE.search(text, start, end)) \
            and not base._named(text, start, sentence[1], article.companies) - {article.trade_partner, article.home_country}:
        # `Côté espagnol, les ventes restent dominées par les carburants (2,3 Md€)`, `On the
        # other side of the ledger, British exports were led by refined fuels (£420 million)`:
        # its side of the trade
        return False
    if article.home_country and _VISITORS_RE.search(text, start, sentence[1]):
        return False  # `Le marché chinois a bondi de 38%, à 115.000 visiteurs`: a source market of the home country's tourism
    return _subject_country(text, start, end) in found or _owner_after(text, figure_start, end) in found


_WHAT_IT_MAKES_RE = re.compile(
    r"\s*,?\s*(?:(?:up|down|en\s+(?:hausse|baisse))\s+[^,;.]{1,12}\s*,\s*)?(?:making|which\s+makes|ce\s+qui\s+(?:en\s+)?fait|faisant)\b")


# `Côté espagnol,`, `Du côté de l'Espagne,`, `On the Spanish side,`: one side of the article's trade.
_SIDE_OPENING_RE = re.compile(r"\s*(?:(?:Du\s+)?[Cc]ôté\s|On\s+the\s+[A-Z][\w-]+\s+side\b)")
_OTHER_SIDE_RE = re.compile(r"(?i:\b(?:other\s+side\s+of\s+the\s+ledger|in\s+the\s+other\s+direction|en\s+sens\s+inverse|dans\s+l['’]\s*autre\s+sens)\b)")
_VISITORS_RE = re.compile(r"(?i:\b(?:touristes|tourists|visiteurs|visitors|arrivées|arrivals|nuitées|overnight\s+stays)\b)")


def _appositions(text: str, start: int, end: int, figure_start: int) -> list[tuple[int, int]]:
    """The appositions between commas right after a country's name, before the figure
    (`Spain, Morocco's main trading partner,`): a few words, no verb's figure; or a relative
    clause of the place (`In Egypt, where Moroccan lenders entered in 2017,`)."""
    out = []
    for m in find_countries(text[start:end]):
        if m.kind != "name":
            continue
        aside = _COUNTRY_APPOSITION_RE.match(text, start + m.end, figure_start)
        if aside:
            out.append((aside.start(), aside.end()))
    return out


_COUNTRY_APPOSITION_RE = re.compile(r",\s*(?:(?:[^\s,.;:\d]+\s+){0,5}[^\s,.;:\d]+|(?i:where|où)\s[^,.;:]{1,100}?)\s*,")


def span_names_home(text: str, start: int, end: int, article: Article) -> bool:
    """Whether text[start:end] names the home country, one of its places or organisations, or
    the main company again (not to be confused with `countries._names_home`, the whole article)."""
    return bool(
        base._named(text, start, end, article.companies) & {article.home_country}
        or base._located_home(text[start:end])
        or any(not reports(text, m.start(), m.end()) for m in base._home_organisations_re().finditer(text, start, end))
        or base._main_company_named_again(text, [(start, end)], article)
    )


def reports(text: str, start: int, end: int) -> bool:
    """Whether the organisation at text[start:end] reports what another does (`BAM relève que
    la BCE a ramené son taux à 2%`): a reporter, which places nothing of what it reports.
    (A source named with `selon` still places a statistic: `selon l'Office des changes`.)"""
    return bool(_REPORTS_THAT_RE.match(text, end))


_REPORTS_THAT_RE = re.compile(
    r"\s+(?:relève|note|souligne|indique|rappelle|observe|constate|estime|précise|notes|says|said|reports|reported"
    r"|observes|points\s+out)\s+(?:que|qu['’]|that)\b"
)


_SOURCE_OPENING_RE = re.compile(r"\s*(?:Selon|D['’]après|According\s+to)\s[^,]{1,80},\s*")
_CITY_SUBJECT_RE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)(?:,|\s+(?=[a-zàâéèêîôû]))")


def _subject_country(text: str, start: int, end: int) -> str | None:
    """The country the sentence opens with as its subject or its setting: its name (`India
    imported`, `La Turquie, dont`, `In Brazil,`), or a demonym on the subject noun within the
    first words (`Le marché ivoirien`, `Chinese phosphate fertilizer exports`)."""
    source = _SOURCE_OPENING_RE.match(text, start, end)
    start = source.end() if source else start  # `Selon les statistiques de X, Algésiras a manutentionné`
    setting = _IN_COUNTRY_RE.match(text, start, end)
    at = setting.end() if setting else base._OPENING_ARTICLE_RE.match(text, start, end).end()
    window = text[at:min(end, at + 60)]
    mentions = find_countries(window)
    if not mentions:
        # a city abroad as the subject, with its own verb (`Algésiras a manutentionné`)
        city = _CITY_SUBJECT_RE.match(window)
        code = place_country(city.group(1)) if city else None
        return code[0] if code and _OWN_ECONOMY_WORDS_RE.search(window, city.end()) else None
    if len(mentions[0].codes) != 1:
        return None
    first = mentions[0]
    if first.start == 0 and first.kind == "name":
        after = window[first.end:first.end + 2]
        if setting and not after.startswith(","):
            return None  # `En Chine et au Maroc` is no setting of one country
        if after.startswith(","):
            return first.codes[0]  # `La Turquie, dont les exportations`, `In Brazil, which imports`
        # its own verb right after it (`India imported`, `The European Union aims to import`)
        verb = re.match(r"\s((?:[a-zé][\w'’-]*\s+){0,3})", window[first.end:])
        return first.codes[0] if verb and _OWN_ECONOMY_WORDS_RE.search(verb.group(1)) else None
    if not setting and first.kind == "name" and _IN_PLACE_BEFORE_RE.search(window[:first.start]) \
            and _PLACED_NOUN_RE.match(window) and len(window[:first.start].split()) <= _SUBJECT_WORDS:
        return first.codes[0]  # `Le marché du cannabis médical en Allemagne est estimé à`
    if setting or first.kind == "name" or len(window[:first.start].split()) > 3:
        return None
    # A demonym on the subject noun, before or after it (`Chinese ... exports`, `Le marché ivoirien`).
    return first.codes[0] if _OWN_NOUN_RE.search(window, 0, first.end + 35) else None


def _owner_after(text: str, figure_start: int, end: int) -> str | None:
    """The country whose economy the figure measures, named right after it (`6,5% de
    l'économie ivoirienne`)."""
    owner = _OWNER_AFTER_RE.match(text, figure_start, end)
    if not owner:
        return None
    mention = next(iter(find_countries(text[owner.end():owner.end() + 40])), None)
    return mention.codes[0] if mention is not None and mention.start == 0 and len(mention.codes) == 1 else None


# A relative aside telling what a country does with its own economy: `Egypt, which shipped a
# record 2.1 million tonnes`, `la Turquie, dont les exportations ont atteint`. Not what is
# said of a flow to it (`les exportations vers l'Espagne, qui ont atteint 5 milliards`).
_OWN_ACTION_ASIDE_RE = re.compile(
    r"\s*(?i:(?:which|who|qui)\s+(?:\w+\s+)?(?:shipped|ships|exported|exports|imported|imports|produced|produces"
    r"|bought|buys|sold|sells|consumes|consumed|a\s+exporté|exporte|a\s+importé|importe|a\s+produit|produit"
    r"|a\s+acheté|achète|a\s+vendu|vend|consomme"
    # (or what its currency lost: `du naira nigérian, qui a perdu 38% de sa valeur`)
    r"|a\s+perdu|perd|lost|loses|shed"
    # (or what it has: `La Turquie, qui abrite 3 usines de pales`, `Tunisia, home to around 80 aerospace firms`)
    r"|abrite|accueille|héberge|compte|hosts|houses|is\s+home\s+to)"
    r"|home\s+to"
    r"|(?:dont|whose)\s+(?:les\s+|la\s+|le\s+|l['’]\s*)?(?:exportations|importations|production|économie|PIB"
    r"|ventes|exports|imports|output|economy|GDP|sales))\b"
)


def relative_aside_owner(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> set[str]:
    """The foreign country a relative aside holding the figure follows, where the aside tells
    what the country does with its own economy and names nothing of the home country."""
    owner = base.country_before_aside(text, figure_start, sentence, _OWN_ACTION_ASIDE_RE, article)
    if owner is None:
        return set()
    codes, aside = owner
    if span_names_home(text, *aside, article) or _FIRST_PERSON_RE.search(text, *aside):
        return set()
    return set(codes) | base._named(text, *aside, article.companies)


# A rival right before its name (`devance désormais la Tunisie`).
_RANKED_AGAINST_RE = re.compile(
    rf"(?i:\b(?:{_RANK_WORDS})"
    r"(?:\s+(?:désormais|toujours|encore|largement|nettement|now|still|well|far))?\s*(?:(?:la|le|les|l['’]|the)\s*)?)$"
)


def rival_aside_owner(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> set[str]:
    """The rival a relative aside holding the figure follows, where the home country is ranked
    against it and nothing foreign is named before (`le Maroc devance désormais la Tunisie, dont
    la filière emploie quelque 18.000 personnes`, `derrière l'Egypte, qui a reçu 29,6 milliards
    de dollars`): what the aside says is the rival's own, whatever its verb, with the countries
    it names (`dont les achats de produits espagnols`). Not a ranking of
    the home country's partners (`La France suit avec 5,1 milliards, devant le Portugal, dont
    les commandes ...`: a foreign country named first)."""
    owner = base.country_before_aside(text, figure_start, sentence, base._ASIDE_RE, article)
    if owner is None:
        return set()
    codes, aside = owner
    start = base._without_dateline(text, sentence)[0]
    before = text[start:aside[0]].rstrip(" ,")
    mention = next(iter(reversed(find_countries(before))), None)
    if mention is None or not _RANKED_AGAINST_RE.search(before, 0, mention.start):
        return set()
    if base._named(text, start, start + mention.start, article.companies) - {article.home_country}:
        return set()
    if span_names_home(text, *aside, article) or _FIRST_PERSON_RE.search(text, *aside):
        return set()
    # with what the aside names of its own (`dont les échanges avec l'Arabie saoudite`)
    return set(codes) | base._named(text, *aside, article.companies)


# A rank word anywhere in the sentence (`talonne l'Afrique du Sud (600.000 unités)`, `loin de
# l'Espagne ... et de la Turquie (52,6 millions)`).
_RANK_WORD_RE = re.compile(rf"(?i:\b(?:{_RANK_WORDS})\b)")


def ranks_countries(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence ranks countries against each other (`Morocco overtook Egypt`,
    `le Maroc reste devancé par la Russie`)."""
    return _RANK_WORD_RE.search(text, *sentence) is not None


def bracket_of_a_rival(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether the bracket holding the figure follows a rival the home country is ranked
    against (`Le Maroc, avec 560.000 véhicules, talonne l'Afrique du Sud (près de 600.000
    unités)`): the home country is named before the sentence's first rank word, nothing foreign
    is, and the bracket comes after it. Then the figure is the rival's alone; a ranking of the
    home country's partners (`L'Espagne arrive en tête (25%), devant la France (18%)`) is not."""
    start = base._without_dateline(text, sentence)[0]
    rank = _RANK_WORD_RE.search(text, start, figure_start)
    if rank is None or not span_names_home(text, start, rank.start(), article):
        return False
    return not base._named(text, start, rank.start(), article.companies) - {article.home_country}


def market_of_a_rival(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> set[str]:
    """The foreign market whose shares the home country and the rival in brackets are ranked
    by, named before the rank word as what the shares are of (`Dans les importations
    d'habillement de l'Union européenne, la part du Maroc plafonne à 1,6%, loin de la Turquie
    (5,8%)`, `33% des échanges de l'UE avec ses voisins, devant l'Algérie (24%)`): the rival's
    figure is of that market too, not of the home country."""
    start = base._without_dateline(text, sentence)[0]
    rank = _RANK_WORD_RE.search(text, start, figure_start)
    if rank is None or not span_names_home(text, start, rank.start(), article):
        return set()
    window = text[start:rank.start()]
    return {code for m in find_countries(window) if _MARKET_OF_BEFORE_RE.search(window, 0, m.start)
            for code in m.codes} - {article.home_country}


def market_the_paragraph_named(text: str, sentence: tuple[int, int], bracketed: set[str], article: Article,
                               earlier_sentences: list[tuple[int, int]]) -> set[str]:
    """The foreign market the shares are of, where the sentence ranks shares there (`y`, `part de
    marché`, `market share`) and the nearest earlier sentence of its paragraph that names a
    foreign country names one (`Sur le marché russe des agrumes, le Maroc reste un acteur de second
    rang. La Turquie y domine avec 38% des volumes, devant l'Égypte (24%)`): the rivals' shares
    of that market, not of the home country's flows."""
    start = base._without_dateline(text, sentence)[0]
    if not (THERE_RE.search(text, start, sentence[1]) or _MARKET_SHARE_RE.search(text, start, sentence[1])):
        return set()
    for before in reversed(earlier_sentences):
        foreign = base._named(text, *before, article.companies) - {article.home_country}
        if foreign:
            return foreign - bracketed if len(foreign - bracketed) == 1 else set()
    return set()


_MARKET_SHARE_RE = re.compile(r"(?i:\bparts?\s+de\s+marché\b|\bmarket\s+shares?\b)")


def foreign_market_of_suppliers(text: str, sentence: tuple[int, int], article: Article) -> set[str]:
    """The foreign market a sentence ranks suppliers of (`Germany remained the biggest supplier
    of new cars to Britain with 402,000 units, followed by Spain (258,000)`, `la Chine reste le
    premier fournisseur de la Mauritanie, devant l'Espagne (14%)`): the suppliers' figures are of
    that market, not of the home country. Empty where the market is the home country."""
    start = base._without_dateline(text, sentence)[0]
    supplier = _SUPPLIER_OF_RE.search(text, start, sentence[1])
    if supplier is None:
        return set()
    market = next(iter(find_countries(text[supplier.end():supplier.end() + 40])), None)
    if market is None or market.start != 0 or article.home_country in market.codes:
        return set()
    return set(market.codes)


# A supplier ranked first (or after) and the market it supplies: `the biggest supplier of new
# cars to Britain`, `premier fournisseur de la Mauritanie`.
_SUPPLIER_OF_RE = re.compile(
    r"(?i:\b(?:biggest|largest|top|leading|main|second|third|premier|première|principal|deuxième|troisième)\s+"
    r"(?:[\w-]+\s+)?(?:suppliers?|fournisseurs?)\b(?:\s+of\s+(?:[\w-]+\s+){1,3}?(?=to\s))?"
    r"\s*(?:to|de|du|des|d['’]|au|aux|à)\s*(?:the\s+|la\s+|le\s+|l['’]\s*|les\s+)?)(?=[A-ZÀ-Ý])"
)


# What a market's name follows: `les importations de l'Union européenne`, `of the EU's`.
_MARKET_OF_BEFORE_RE = re.compile(r"(?i:\b(?:importations|imports|échanges|trade|marché|market)\s+(?:[\w'’-]+\s+){0,2}"
                                  r"(?:de|du|des|d['’]|of)\s*(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?$"
                                  # (by its adjective: `22% des importations brésiliennes d'engrais`)
                                  r"|\b(?:importations|marché|marchés)\s+$)")


# A loan, a credit line, a grant: the lender's as well as the borrower's.
# (`(?=...)` first: what a match can begin with, tested before the alternatives; see `context._QUAL_BEFORE`.)
_LOAN_RE = re.compile(
    r"(?i:\b(?=[cdfglps])(?:prêts?|crédits?|financements?|dons?|subventions?|loans?|credit\s+lines?|grants?|facility|facilities)\b)"
)
_LEAD_CHARS = 400
# A lender the sentence names itself (`La BERD a signé un prêt`, `la Banque mondiale`).
_LENDER_RE = re.compile(
    r"(?:\b(?:BERD|EBRD|BAD|AfDB|BID|IsDB|FMI|IMF|SFI|IFC|FADES|OPEC\s+Fund)\b|(?i:\b(?:Banque|Bank|Fonds|Fund)\s+"
    r"(?:mondiale|world|européenne|european|africaine|african|islamique|islamic|arabe|arab|asiatique|asian|de\s+développement)))"
)


def article_lender(text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article) -> set[str]:
    """The country of the one national lender the headline or lead names (`la BEI mobilise
    450 millions d'euros`), for a loan whose sentence names no foreign country (`Un deuxième
    prêt, de 120 millions d'euros, appuiera ...`): the article's loans are that lender's."""
    if found - {article.home_country} or not _LOAN_RE.search(text, *sentence) or _LENDER_RE.search(text, *sentence):
        return set()
    lenders = {NATIONAL_AGENCIES[m.group(0)] for m in AGENCIES_RE.finditer(text, 0, _LEAD_CHARS)}
    return lenders if len(lenders) == 1 else set()


# A possessive or a subject pronoun opening a paragraph goes on about the last sentence's
# subject: `Le secteur aéronautique marocain emploie 25.000 personnes. \n Ses exportations ont
# atteint 21,8 milliards`.
_CONTINUES_RE = re.compile(r"\s*(?:Ses|Son|Sa|Leurs?|Its|Their)\s")


def continued_subject(
    text: str, sentence: tuple[int, int], earlier: list[tuple[int, int]], previous: tuple[int, int] | None,
    article: Article,
) -> set[str]:
    """The countries of the sentence before, across a paragraph break, where this one opens
    a paragraph with a possessive for its subject (`Ses exportations`, `Its exports`)."""
    if earlier or previous is None or not _CONTINUES_RE.match(text, sentence[0], sentence[1]):
        return set()
    found = base._named(text, *previous, article.companies)
    if not found and base._SECTOR_RE.search(text, *previous) and article.home_country:
        found = {article.home_country}
    return found


def paragraph_company(text: str, earlier: list[tuple[int, int]], article: Article) -> Article:
    """The article, with the company its paragraph names last as the main one: in an article
    about two companies, `Le site devrait recruter 540 techniciens` is about the one the
    sentence before named (`Nordair Composites, dont le siège est à Montréal, investit ...`)."""
    for start, end in reversed(earlier):
        named = [
            (m.start(), code) for pattern, code in article.companies for m in pattern.finditer(text, start, end)
        ]
        if named:
            code = max(named)[1]
            if any(c == article.main_company_country for _, c in named):
                # (the main company named with a partner stays the main one: `la filiale Anadolu
                # Steel Morocco, détenue à 80% par le groupe turc et à 20% par le fonds Ithmar Capital`)
                code = article.main_company_country
            # (and where that sentence sets its site abroad: `le cimentier marocain Atlas Ciments
            # Afrique a inauguré lundi à Abidjan un centre de broyage. L'investissement s'élève à
            # 42 milliards de FCFA` is its project's, in Côte d'Ivoire)
            hosts = {c for m in find_places_abroad(text[start:end], article.home_country) for c in m.codes}
            host = next(iter(hosts)) if len(hosts) == 1 and code == article.home_country else article.host_country
            # (a consortium that sentence names is the project's whole: `a consortium of Abu
            # Dhabi-based Falaj Energy and Norway's Nordkraft Hydrogen ... The project aims to produce`)
            consortium = tuple(sorted({c for _, c in named} - {article.home_country})) \
                if _CONSORTIUM_RE.search(text, start, end) and len({c for _, c in named}) > 1 else article.consortium_countries
            if code == article.main_company_country and host == article.host_country and consortium == article.consortium_countries:
                return article
            return dataclasses.replace(article, main_company_country=code, host_country=host, consortium_countries=consortium)
    return article


_CONSORTIUM_RE = re.compile(r"(?i:\bconsorti(?:um|a)\b|\bjoint[\s-]venture\b|\bco-?entreprise\b|\bcoentreprise\b)")


# A quote's speaker, named after it (`», a souligné Nadia Fettah`, `a souligné le ministre`,
# `said federation president Youssef Lahlou`).
_SPEECH_RE = re.compile(
    r"(?i:(?:a|ont)(?P<pronoun>-t-(?:il|elle)|-(?:ils|elles))?\s+(?:souligné|déclaré|indiqué|expliqué|affirmé|ajouté"
    r"|précisé|rappelé|estimé|martelé|relevé)|(?P<pronoun_en>he|she|they)\s+(?:said|added|told|explained|noted)"
    r"|(?:said|added|told|explained|noted))(?:\s+(?P<speaker>[^,.;»\"“”]{3,80}))?"
)
# A name opening with an article or a preposition is no person (`Le Maroc`, `De son côté`).
_NOT_PERSON_RE = re.compile(r"^(?:Le|La|Les|L['’]|The|De|Du|Des|En|Au|Aux|In|For|Pour|Selon)\b")


def _speaker_key(text: str, speech: re.Match, previous: tuple[int, int] | None) -> str | None:
    """How the article names the quote's speaker: the name (`Nadia Fettah lors de la
    cérémonie`), else the title (`le ministre`); for a pronoun (`a-t-elle indiqué`, `she
    said`), the first person the sentence before names (`De son côté, Marta Lopes Ferreira
    a rappelé`)."""
    if speech.group("pronoun") or speech.group("pronoun_en"):
        if previous is None:
            return None
        names = [m.group(0) for m in _PERSON_NAME_RE.finditer(text, *previous) if not _NOT_PERSON_RE.match(m.group(0))]
        return names[0] if names else None
    speaker = (speech.group("speaker") or "").strip()
    if not speaker:
        return None
    name = _PERSON_NAME_RE.search(speaker)
    return name.group(0) if name else re.sub(r"^(?i:le|la|the|M\.|Mme)\s+", "", speaker).split()[0]
# A title of the home government, unless a demonym makes it another's (`le ministre turc`).
_GOVERNMENT_TITLE_RE = re.compile(r"(?i:\b(?:ministres?|minist[eè]re|ministry|minister|secrétaire\s+d['’]\s*[ÉE]tat|wali|gouverneur)\b)")
_SPEAKER_WINDOW = 60
_PERSON_NAME_RE = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+")
_PEOPLE_CUT_RE = re.compile(r",\s+(?:et|and)\s|[.;«»\"“”]|\n")


def quoted_speaker(
    text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article,
    previous: tuple[int, int] | None = None,
) -> set[str]:
    """Whose a quoted figure is, where the quote speaks in the first person (`nos barrages`,
    `nous avons engagé`, `our constraint`) and its sentence names no foreign country: the
    speaker's side, read from how the article first introduces the speaker (`la
    vice-présidente de la BEI, Marta Lopes Ferreira` -> EU; `le ministre de l'Industrie, Ryad
    Mezzour` -> home); with the home country where the quote names it."""
    home = article.home_country
    if not home or found - {home} or not _FIRST_PERSON_RE.search(text, *sentence):
        return set()
    speech = _SPEECH_RE.search(text, figure_start, _quote_end(text, sentence))
    if not speech or not re.search(r"[«»\"“”]", text[sentence[0]:speech.start()]):
        return set()
    key = _speaker_key(text, speech, previous)
    if key is None:
        return set()
    first = text.find(key)
    if first < 0:
        return set()
    # The speaker's own title and organisation, not those of the people named with them
    # (`la ministre des Finances, Nadia Fettah, et la vice-présidente de la BEI`).
    before = _PEOPLE_CUT_RE.split(text[max(0, first - _SPEAKER_WINDOW):first])[-1]
    after = _PEOPLE_CUT_RE.split(text[first:first + len(key) + _SPEAKER_WINDOW])[0]
    window = before + after
    sides = base._named(window, 0, len(window), article.companies)
    foreign = sides - {home}
    if foreign:
        return foreign | (found & {home})
    if home in sides or _GOVERNMENT_TITLE_RE.search(window):
        return {home}
    # `le président du groupe, Lee Sung-min`: the main company's side
    if article.main_company_country and base._COMPANY_ANAPHOR_RE.search(window):
        return {article.main_company_country} | (found & {home})
    return set()


def _quote_end(text: str, sentence: tuple[int, int]) -> int:
    """Where the speech verb of a quote opened in `sentence` may be: the sentence's end, or,
    for a quote that goes on into the next sentences (`«Le Maroc représentera 18% de notre
    production. C'est notre deuxième base», a déclaré le président`), the end of the line
    past its closing guillemet."""
    start, end = sentence
    if text.count("«", start, end) <= text.count("»", start, end):
        return end
    closing = text.find("»", end)
    line_end = text.find("\n", end)
    if closing < 0 or (0 <= line_end < closing):
        return end
    return line_end if line_end >= 0 else len(text)


# The home country as the rival a foreign subject takes on: `L'Egypte veut produire 500.000
# véhicules par an et défier le Maroc`, `Egypt aims to overtake Morocco`.
_TAKES_ON_RE = re.compile(
    r"(?:,?\s+(?:et|and|to|pour|afin\s+de))?\s+(?i:défier|concurrencer|rivaliser\s+avec|challenger|détrôner|rattraper|dépasser"
    r"|challenge|rival|compete\s+with|overtake|catch\s+up\s+with|take\s+on|outrun|outpace|outdo|beat|supplant|leapfrog"
    r"|devancer|supplanter|doubler)\s+(?:le\s+|la\s+|l['’]\s*|the\s+)?"
    # (or as the competition: `la concurrence marocaine en ligne de mire`, `competition from Morocco`)
    r"|\s(?i:(?:la\s+)?concurrence\s+(?:du\s+|de\s+la\s+|des\s+)?|competition\s+from\s+(?:the\s+)?|rivalry\s+with\s+(?:the\s+)?)"
)


_MORE_RIVALS_RE = re.compile(r"\s*(?:,|and|et)\s*(?:(?:the|le|la|l['’])\s*)?")


def rival_home_objects(text: str, start: int, end: int, home: str | None) -> list[tuple[int, int]]:
    """The spans, within `start`..`end`, that name the home country only as the rival the
    subject takes on (`et défier le Maroc`): no statement about the home country."""
    spans = []
    for m in _TAKES_ON_RE.finditer(text, start, end):
        named = next(iter(find_countries(text[m.end():m.end() + 30])), None)
        if home and named is not None and named.start == 0 and home in named.codes:
            end_of = m.end() + named.end
            # (and the other rivals listed with it: `Will Outrun Morocco, Ivory Coast Rivals`)
            while (more := _MORE_RIVALS_RE.match(text, end_of, end)) and find_countries(text[more.end():more.end() + 30]) \
                    and find_countries(text[more.end():more.end() + 30])[0].start == 0:
                end_of = more.end() + find_countries(text[more.end():more.end() + 30])[0].end
            spans.append((m.start(), end_of))
    return spans


def headline_focus_span(headline: str, companies=()) -> tuple[int, int]:
    """The part of the headline that gives the article's focus: up to the end of its first
    clause that names a country (`Morocco's Citrus Exports to Rebound to 520,000 Tonnes,
    Russia Remains Top Buyer` is about Morocco's exports; the buyer is one figure's). A
    clause that only places the news (`Kénitra : l'équipementier italien X inaugure ...`)
    does not end it; the home country as the rival the subject takes on is left out of it
    (`L'Egypte veut produire 500.000 véhicules et défier le Maroc`)."""
    rival = rival_home_objects(headline, 0, len(headline), base.HOME_COUNTRY)
    if rival and find_countries(headline[:rival[0][0]]):
        return 0, rival[0][0]
    clauses = base._clauses(headline, (0, len(headline)))
    for index, (start, end) in enumerate(clauses):
        # (a country's name or demonym, or a company's cue; a city is no country here)
        if find_countries(headline[:end]) or any(pattern.search(headline, 0, end) for pattern, _ in companies):
            # (an item of a list of names goes on to the list's end: `Boeing, Airbus et Safran
            # poussent leurs fournisseurs au Maroc`)
            while _NAME_ITEM_RE.fullmatch(headline, start, end) and index + 1 < len(clauses):
                index += 1
                start, end = clauses[index]
            return 0, end
    return 0, len(headline)


def headline_statement_before_its_cause(headline: str, companies=()) -> str | None:
    """The headline's statement where the clause that follows it is its cause or its setting
    (`Brazil's Beef Exports Hit Record as China Demand Offsets US Tariffs`, `Hungary's Economy
    Barely Grows as Car-Parts Makers Look to Cheaper Shores`): what the article is about; the
    countries of the clause after `as`, `while`, `despite` are a part of its story."""
    end = headline_focus_span(headline, companies)[1]
    if end >= len(headline) or not (_AS_AT_END_RE.search(headline, 0, end) or _CAUSE_OPENING_RE.match(headline, end)):
        return None
    return headline[:end]


# ` as ` ending the statement (the clauses are cut before a subject of its own: `Hit Record as China
# Demand Offsets`), or a conjunction of cause, time or contrast opening the clause after a comma.
_AS_AT_END_RE = re.compile(r"\sas\s*$")
_CAUSE_OPENING_RE = re.compile(r"\s*(?i:while|amid|despite|after|alors\s+que|tandis\s+que|malgré|après|sur\s+fond\s+d[eu]|face\s+à)\b")


# A clause that is only a name, after a label (`Aéronautique: Boeing,`).
_NAME_ITEM_RE = re.compile(r"(?:[^:]{1,40}:)?\s*(?:[A-Z][\w&.'’-]*\s*){1,3},\s*")


# Another name for a foreign country as a sentence's subject: `The Gulf state is already the
# largest Arab investor in the kingdom`, `L'émirat`. (Not the home country's: `the North
# African nation`.)
_EPITHET_RE = re.compile(
    r"\s*(?:(?:The|This)\s+(?!North\s+African|Maghreb|Cherifian)(?:[A-Z][\w-]*\s+){1,2}(?:state|nation|country|emirate|kingdom)\b"
    r"|(?:L['’]\s*|Cet\s+)(?:émirat|[ÉE]tat\s+du\s+Golfe)\b)"
)


def country_by_epithet(text: str, sentence: tuple[int, int], previous: tuple[int, int] | None, article: Article) -> set[str]:
    """The foreign country the sentence before opened on as its subject, else the one it named
    last, where this one opens by naming it again by an epithet, with the countries the
    sentence names itself (`Côte d'Ivoire, the world's largest producer, ... as plants opened by
    Vietnamese, Chinese and Moroccan investors came on stream. The West African country ...`)."""
    start = base._without_dateline(text, sentence)[0]
    if previous is None or not _EPITHET_RE.match(text, start, sentence[1]):
        return set()
    before = [m for m in find_countries(text[previous[0]:previous[1]]) if article.home_country not in m.codes and len(m.codes) == 1]
    if not before:
        return set()
    opening = base._opening_noun(text, previous)
    subject = before[0] if previous[0] + before[0].start < opening[1] and before[0].kind != "demonym" else before[-1]
    return set(subject.codes) | base._named(text, *sentence, article.companies)


# An apposition right after the figure's clause describing who the figure goes to: `to supply
# 1 million tonnes to Deccan Agro, a private Indian distributor`, `à Sotrac, une société
# sénégalaise`.
# (not the French verb: `La Tunisie, dont la filière emploie 160.000 personnes, a exporté vers l'UE`)
_APPOSITION_RE = re.compile(
    r"\s*(?:an|un|une|a(?!\s+(?:\w+é|été|eu|fait|pris|mis|atteint|reçu|obtenu|produit|conclu|ouvert|offert|vu)\b))\s")


def apposition_countries(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> set[str]:
    """The countries an indefinite apposition right after the figure's clause names."""
    clauses = base._clauses(text, base._without_dateline(text, sentence))
    index = next((i for i, (a, b) in enumerate(clauses) if a <= figure_start < b), None)
    if index is None or index + 1 >= len(clauses) or not _APPOSITION_RE.match(text, clauses[index + 1][0]) \
            or not _FIRM_NOUN_RE.search(text, *clauses[index + 1]):
        # (it describes a firm the figure goes to; not a level or a thing: `, un niveau proche de
        # celui des échanges avec Ankara`, `and a liquefied natural gas (LNG) jetty`)
        return set()
    return base._named(text, *clauses[index + 1], article.companies)


_FIRM_NOUN_RE = re.compile(
    r"(?i:\b(?:distribut\w+|compan\w+|société|group\w*|firm|entreprise|maker|producer|fabricant|constructeur|operator"
    r"|opérateur|importer|importateur|buyer|acheteur|client|customer|supplier|fournisseur|bank|banque|fund|fonds|utility"
    r"|retailer|distributeur|trader|négociant|coopérative|cooperative|subsidiary|filiale)\b)")


# `y` standing for the places the sentence before named (`Présent au Sénégal et au Mali, le
# groupe ... Il prévoit d'y consacrer 1,5 milliard`); not the idiom `il y a`.
# (not `il y a`, `il y avait`: there is; but `Le groupe y a inauguré`: it has opened there)
THERE_RE = guarded(re.compile(
    r"(?i:\b(?<!il\s)(?:d['’]|n['’]|l['’]|qu['’]|s['’])?y\s+(?:(?:a|avait|aura|aurait|ait|eut)\s+(?=[a-zé]+[éiut]s?\b))?"
    r"(?!a\b|avait\b|aura\b|aurait\b|ait\b|eut\b)[a-zé]\w+)"
))


def total_referred_back(
    text: str, figure_start: int, sentence: tuple[int, int], previous: tuple[int, int] | None, article: Article,
) -> set[str]:
    """The countries of the sentence before, where the figure is a part of the total that
    sentence told, named right after it by a demonstrative (`India imported 5.5 million tonnes
    of DAP. Morocco supplied about 1.9 million tonnes of that`, `Moroccan exports accounted for
    $38 million of that total`): the total's countries are the part's too."""
    if previous is None:
        return set()
    tail = _FIGURE_TAIL_RE.match(text, figure_start)
    if not _OF_THAT_TOTAL_RE.match(text, tail.end() if tail else figure_start):
        return set()
    return base._named(text, *previous, article.companies)


# The rest of the figure (its number, scale and unit words) up to a demonstrative after it.
_FIGURE_TAIL_RE = re.compile(r"[$€£]?[\d.,\s]*(?:%\s*)?(?:[^\W\d]+\s+){0,3}?(?=(?:of|de)\s+(?:that|this|ce|cette)\b)")
# `of that`, `of that total`, `de ce total`, `de ce volume` (not `that` for a noun said again: `85%
# of that announced in Morocco`).
_OF_THAT_TOTAL_RE = re.compile(
    r"(?:of\s+(?:that|this)\s+(?:total|volume|amount|sum|figure|demand|market|tonnage)\b|of\s+that(?=\s*[,.;)]|\s+(?:and|in|last|this|over)\b)"
    r"|de\s+(?:ce|cette)\s+(?:total|volume|montant|somme|quantité|enveloppe|marché|demande)\b)")


def there_refers_back(
    text: str, figure_start: int, sentence: tuple[int, int], found: set[str], previous: tuple[int, int] | None,
    article: Article,
) -> set[str]:
    """The countries of the sentence before, where the figure's sentence says `y` (there) up
    to the figure's clause and names no foreign country itself."""
    if previous is None or found - {article.home_country}:
        return set()
    end = base._figure_clause(text, figure_start, sentence)[1]
    if not THERE_RE.search(text, sentence[0], end):
        return set()
    return base._named(text, *previous, article.companies)


# A country named again by a demonstrative (`vers ce pays`, `in this country`, `ces deux pays`).
_THIS_COUNTRY_RE = re.compile(r"(?i:\b(?:ce|cet)\s+pays\b|\bthis\s+country\b|\bces\s+(?:deux\s+|trois\s+)?pays\b|\bthese\s+(?:two\s+|three\s+)?countries\b)")


def this_country_refers_back(
    text: str, sentence: tuple[int, int], found: set[str], previous: tuple[int, int] | None, article: Article,
) -> set[str]:
    """The foreign country the sentence before named last (all of them for `ces pays`), where
    the figure's sentence names it again by a demonstrative (`Près de 40 équipementiers
    implantés au Maroc expédient désormais vers ce pays`) and names no foreign country itself."""
    if previous is None or found - {article.home_country}:
        return set()
    demonstrative = _THIS_COUNTRY_RE.search(text, *sentence)
    if demonstrative is None:
        return set()
    mentions = [m for m in find_countries(text[previous[0]:previous[1]]) if article.home_country not in m.codes]
    if not mentions:
        return set()
    plural = demonstrative.group(0).lower().startswith(("ces", "these"))
    return {c for m in mentions for c in m.codes} if plural else set(mentions[-1].codes)


# A region abroad named by its kind (`in Mato Grosso state`, `dans la province du Guangdong`,
# `dans l'État de Bahia`): a place of the foreign country its paragraph is about.
_REGION_ABROAD_RE = re.compile(
    r"\b(?:in\s+(?:the\s+)?(?P<en>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:state|province|region)"
    r"|dans\s+(?:l['’]\s*[ÉE]tat|la\s+province|la\s+région|les\s+provinces|les\s+[ÉE]tats|les\s+régions)\s+"
    r"(?:de\s+l['’]\s*|de\s+la\s+|du\s+|de\s+|d['’]\s*|des\s+)"
    r"(?P<fr>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))\b"
)


def region_abroad(
    text: str, sentence: tuple[int, int], found: set[str], earlier: list[tuple[int, int]], article: Article,
) -> set[str]:
    """The foreign country the nearest earlier sentence of the paragraph names, where the
    figure's sentence places it in a region (`a plant in Mato Grosso state`) that is no home
    place and names no foreign country itself (the paragraph opened `In Brazil, ...`)."""
    if found - {article.home_country}:
        return set()
    region = _REGION_ABROAD_RE.search(text, *sentence)
    if not region or base._located_home(region.group(0)):
        return set()
    for start, end in reversed(earlier):
        foreign = base._named(text, start, end, article.companies) - {article.home_country}
        if foreign:
            return foreign
    return set()


def where_subject_home(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> set[str]:
    """The home country, for a figure in a `où il`/`where it` aside (the sentence's subject,
    a company) in an article about the home country that gives no foreign company: `le
    groupe prévoit d'investir en Côte d'Ivoire, où il recrutera 300 personnes` is a home
    company's project abroad."""
    if article.main_company_country is not None or article.home_country is None:
        return set()
    clause = base._figure_clause(text, figure_start, sentence)
    return {article.home_country} if base._WHERE_PRONOUN_RE.match(text, clause[0]) else set()


# A company's own accounts and footprint: its revenue, profit, headcount across the world.
_FOOTPRINT_RE = re.compile(
    r"(?=\b(?i:[adgiwà]))(?i:\b(?:dans|à\s+travers|across|in|at)\s+(?:\d+|plusieurs|several|many|some)\s+(?:pays|countries|sites|usines|plants)\b"
    r"|\b(?:dans\s+le\s+monde|worldwide|globally|across\s+the\s+world|around\s+the\s+world)\b)"
)
# Who the statement is about: a pronoun or a noun standing for the company.
_COMPANY_SUBJECT_RE = re.compile(
    r"\s*(?:(?:[Ii]l|[Ee]lle|[Ii]t)\s|(?i:(?:le|the|la|l['’])\s*(?:[\w-]+-based\s+)?"
    r"(?:groupe|société|entreprise|firme|constructeur|équipementier|fabricant|company|group|firm|maker|manufacturer)\b))"
)


def company_accounts(
    text: str, figure_start: int, sentence: tuple[int, int], article: Article, previous: tuple[int, int] | None,
) -> set[str]:
    """The company's country alone, for a figure of its own accounts or footprint: `Il a
    réalisé un chiffre d'affaires de 612 milliards de yens, en hausse de 6,4%`, `The
    Shandong-based company reported revenue of 38.6 billion yuan and shipped 91 million
    tyres worldwide`, `Headquartered in Wichita, Kansas, Carrington reported revenue of $2.3
    billion`. The statement's subject is the company (a pronoun, `le groupe`, `the company`,
    its name), the accounts are said in the figure's clause or the one before it, and nothing
    there names a place: a figure of its business somewhere (`au Maroc`, `its Moroccan
    unit`, `a Dakar plant`) is left to the other rules."""
    start, _ = base._without_dateline(text, sentence)
    clauses = base._clauses(text, (start, sentence[1]))
    index = next((i for i, (a, b) in enumerate(clauses) if a <= figure_start < b), None)
    if index is None:
        return set()
    first = max(0, index - 1)
    if index and _RELATIVE_OPENING_RE.match(text, clauses[index - 1][0]) \
            and _PROJECT_AHEAD_RE.search(text, clauses[index][0], figure_start):
        # (the company's accounts in an aside describe it, not the project its clause tells of:
        # `Rheinwerk, which reported revenue of €2.7 billion in 2025, expects to employ about 1,300
        # people during construction`)
        first = index
    window_end = _before_next_predicate(text, figure_start, clauses[index][1])
    accounts = next((
        i for i in range(first, index + 1)
        if base._ACCOUNTS_RE.search(text, clauses[i][0], clauses[i][1] if i < index else window_end)
        or _FOOTPRINT_RE.search(text, clauses[i][0], clauses[i][1] if i < index else window_end)
    ), None)
    if accounts is not None:
        window = (clauses[accounts][0], window_end)
    elif (index == 0 or (index == 1 and _CHANGE_ASIDE_RE.match(text, clauses[1][0]))) \
            and base._ACCOUNTS_RE.search(text, window_end, sentence[1]):
        # (its accounts told in a later predicate of the same sentence, the figure in its first
        # clause, and no place named: `Xinlu shipped 310,000 tons of cathode materials in 2025,
        # up 18% from a year earlier, and reported revenue of 21.4 billion yuan`; not an aside's
        # figure: `Le groupe, dont le singapourien Tropica Agri détient 30% du capital, a réalisé`)
        window = (figure_start, sentence[1])
    else:
        return set()
    code = _subject_company(text, clauses, article)
    # (the subject company's own name in the window names no place: `Daesan posted sales of 4.8
    # trillion won last year`)
    if base._named(text, *window, article.companies) - {code} or base._located_home(text[window[0]:window[1]]):
        return set()
    if previous is not None and base._PRONOUN_RE.match(text, start) \
            and base._PROJECT_ANAPHOR_RE.match(text, base._without_dateline(text, previous)[0]):
        return set()  # `The plant ... employs 350 people. It is expected to generate revenue of $210 million`: the plant's
    if base._PROJECT_ANAPHOR_RE.search(text, window[0], figure_start):
        return set()  # `The company expects the plant to generate annual revenue of about $1.9 billion`: the plant's
    return {code} if code else set()


# A change told in an aside after the first clause's figure: `, up 18% from a year earlier`.
_CHANGE_ASIDE_RE = re.compile(r"[\s,]*(?i:up|down|en\s+hausse|en\s+baisse|en\s+progression|en\s+recul|soit)\b")
_RELATIVE_OPENING_RE = re.compile(r"[\s,]*(?:which|who|qui|whose)\b")
_PROJECT_AHEAD_RE = re.compile(r"(?i:\b(?:expects?|plans?|will|aims?|intends?|prévoit|compte|devrait|entend|va)\b)")


def _before_next_predicate(text: str, figure_start: int, clause_end: int) -> int:
    """The end of the figure's predicate: `reported revenue of $2.3 billion in 2024 and employs
    ... in the United States` ends before `and employs`."""
    coordinated = base._COORDINATED_RE.search(text, figure_start, clause_end)
    return coordinated.start() if coordinated else clause_end


def _subject_company(text: str, clauses: list[tuple[int, int]], article: Article) -> str | None:
    """The country of the company the sentence is about: its subject, past an opening
    participle (`Fondé en 1962 à Nagoya,`, `Headquartered in Wichita, Kansas,`), is a
    pronoun or noun for the article's main company, a company of known nationality, or an
    organisation of the home country."""
    at = next((a for i, (a, b) in enumerate(clauses) if not (i == 0 and base._PARTICIPLE_ASIDE_RE.match(text, a, b))), None)
    if at is None:
        return None
    head = text[at:at + base._SUBJECT_CHARS]
    if _COMPANY_SUBJECT_RE.match(head):
        return article.main_company_country
    opening = base._OPENING_ARTICLE_RE.match(head).end()
    for pattern, code in article.companies:
        m = pattern.search(head)
        if m and m.start() <= opening + 1:
            return code
    home = base._home_organisations_re().match(head, opening)
    return article.home_country if home else None


# A country's own public matters: its macro-economy and the trade defence it imposes.
_OWN_MATTER_RE = re.compile(
    r"(?i:\b(?:chômage|unemployment|inflation|PIB|GDP|croissance\s+(?:économique|de\s+(?:son|sa|leur)\s+PIB)"
    r"|economic\s+growth|dette\s+publique|public\s+debt|taux\s+directeur|interest\s+rates?|déficit\s+budgétaire"
    r"|budget\s+deficit)\b)"
)
# Trade defence is a foreign matter only between two foreign parties, the one that imposes and
# the one it targets (`The European Commission imposed duties of up to 35.6% on Chinese tyres`);
# a duty that names one foreign country is the home country's trade with it (`US keeps
# countervailing duty of 16.8%` on the home exporter, `des droits sur 1.200 produits turcs`).
_TRADE_DEFENCE_RE = re.compile(
    r"(?i:\b(?:droits?\s+(?:de\s+douane|antidumping|anti-dumping|compensateurs)|surtaxes?|anti-?dumping"
    r"|countervailing|duties|tariffs?)\b)"
)
# ... unless the sentence speaks of trade with another or of a direction.
_WITH_ANOTHER_RE = re.compile(r"(?i:\b(?:commerciale?s?|commerce|trade|échanges|avec|with|vis-à-vis|envers|towards|bilat\w*)\b)")


def foreign_matter(text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the figure is a foreign country's own public matter: up to the end of its
    clause, the sentence names foreign countries (by name or demonym, not by a company's
    nationality), nothing of the home country, and speaks of a macro-economic indicator or of
    trade defence, not of trade with another (`En Espagne, le taux de chômage des étrangers
    est tombé à 15,9%`, `The European Commission imposed anti-dumping duties of up to 35.9%
    on passenger car tyres from China`)."""
    start, _ = base._without_dateline(text, sentence)
    end = base._figure_clause(text, figure_start, sentence)[1]
    if not base._named(text, start, end) - {article.home_country} or not found - {article.home_country}:
        return False
    if span_names_home(text, start, sentence[1], article) or _FIRST_PERSON_RE.search(text, start, end):
        return False
    if _WITH_ANOTHER_RE.search(text, start, end):
        return False
    return bool(_OWN_MATTER_RE.search(text, start, end)) or bool(
        _TRADE_DEFENCE_RE.search(text, start, end) and len(base._named(text, start, end) - {article.home_country}) >= 2)


# A site named by its country's demonym: `Hungarian plant` (English, before the noun),
# `usine serbe` (French, after it).
_SITE_AFTER_DEMONYM_RE = re.compile(r"\s+(?:[a-z-]+\s+)?(?:plants?|factory|factories|facility|facilities|site|unit|operations)\b")
_SITE_BEFORE_DEMONYM_RE = re.compile(r"(?i:\b(?:usines?|unités?|sites?|filiales?)\s+$)")
_OWNER_RE = re.compile(r"(?:\b(?:Its|its|Their|their|Sa|sa|Son|son|Ses|ses)\s+|['’]s\s+)$")


def site_abroad(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> set[str]:
    """The countries of a company's site abroad, for a figure of it: up to the end of the
    figure's clause, the sentence names the site by a foreign demonym (`Tianrui's Hungarian
    plant, in Debrecen, employs 900 people`, `Its Serbian plant, opened at a cost of 800
    million euros`) and nothing of the home country: the site's country, and the company's
    when the site is its (`Its`, `Tianrui's`). Empty otherwise."""
    start, _ = base._without_dateline(text, sentence)
    end = base._figure_clause(text, figure_start, sentence)[1]
    for m in find_countries(text[start:end]):
        at, stop = start + m.start, start + m.end
        if m.kind != "demonym" or article.home_country in m.codes:
            continue
        english = _SITE_AFTER_DEMONYM_RE.match(text, stop) and _OWNER_RE.search(text, max(start, at - 30), at)
        french = _SITE_BEFORE_DEMONYM_RE.search(text, max(start, at - 20), at)
        if english or french:
            # (asked only here: whether the sentence names the home country is the costlier question)
            if span_names_home(text, start, sentence[1], article):
                return set()
            owner = base._named(text, start, at, article.companies) - set(m.codes)
            company = {article.main_company_country} if article.main_company_country and not owner else set()
            if not owner and not company and article.home_country and _POSSESSOR_RE.search(text, max(start, at - 30), at) \
                    and not _RANK_WORD_RE.search(text, stop, figure_start):
                # `Sa filiale ivoirienne, qui emploie 1.650 collaborateurs`, no company's country
                # told: a subsidiary abroad of a company of the home country the article is about
                return set(m.codes) | {article.home_country}
            return set(m.codes) | owner | (company - {article.home_country})
    return set()


_POSSESSOR_RE = re.compile(r"(?i:\b(?:sa|son|ses|leur|leurs|its|their)\s+(?:[\w-]+\s+)?$)")


# Words that open a statement before its subject: a source, a contrast, a connective
# (`Selon la CAPMAS,`, `Pour sa part,`, `tandis que`, `Meanwhile,`).
_LEAD_IN_RE = re.compile(
    r"(?:\s*(?:(?:Selon|D['’]après|According\s+to)\s[^,;]{2,80},|(?i:pour\s+sa\s+part|de\s+son\s+côté|par\s+ailleurs"
    r"|en\s+revanche|à\s+titre\s+de\s+comparaison|en\s+comparaison|ailleurs|meanwhile|by\s+comparison|in\s+comparison"
    r"|elsewhere|for\s+its\s+part|by\s+contrast|in\s+contrast)\s*,|(?i:tandis\s+qu['’]\s*|tandis\s+que|alors\s+qu['’]\s*"
    r"|alors\s+que|while|whereas|mais|but|et|and)\s"
    # a source that reports what follows: `la Banque centrale relève que`, `the IMF noted that`
    r"|(?:[Ll]a|[Ll]e|[Ll]['’]|[Tt]he)\s*[^,;.]{2,60}?\s(?:relève|indique|souligne|note|précise|rappelle|observe|constate"
    r"|notes|noted|says|said|reports|reported)\s+(?:que\s|qu['’]\s*|that\s)))*\s*"
)
# An opening phrase before the subject, up to its comma (`Under the import strategy adopted by
# the federal government in 2024,`, `A l'échelle du continent,`); not a country's setting
# (`In Brazil,`), which `_IN_COUNTRY_RE` reads first.
_OPENING_PHRASE_RE = re.compile(
    r"\s*(?:Under|At|By|With|After|Before|Since|Despite|Amid|In|Dans|Sous|Avec|Après|Avant|Depuis|Malgré|Face|Outre|En|Au|A|À)"
    r"\s[^,;.]{2,90},\s*"
)
# A country's own economy and its owner after it (`la production de la Chine`, `l'économie
# de l'Égypte`), or its flow with a partner named after the owner (`les exportations de
# l'Espagne vers l'Afrique`, `Le déficit commercial de l'Espagne avec l'Afrique`): with no
# partner named, its flow may be with the home country (`L'excédent commercial de l'Espagne`
# in an article on their trade).
_OWNER_OF = r"(?:\s+(?!en\b|à\b|au\b|vers\b|avec\b|from\b|to\b|with\b)[a-zéè]+){0,2}?\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|d['’]\s*|de\s+|of\s+(?:the\s+)?)"
_OWNED_ECONOMY_RE = re.compile(
    r"(?i:(?:production|économie|PIB|consommation|demande|trafic|réserves(?:\s+de\s+change)?|dette|output|economy|GDP|consumption|demand|traffic"
    r"|reserves|debt"
    # (or taken up by a pronoun: `alors que celles de la Tunisie se sont établies à 25,3 milliards de dinars`)
    r"|celui|celle|ceux|celles|those"
    # its institutions (`The Central Bank of Tunisia held its key rate`, `la Banque centrale d'Egypte`)
    r"|central\s+bank|banque\s+centrale|government|gouvernement|ministry|ministère|statistics\s+(?:office|agency))"
    + _OWNER_OF + ")"
)
_OWNED_FLOW_RE = re.compile(
    r"(?i:(?:exportations|importations|ventes|achats|déficit|excédent|échanges|exports|imports|sales|deficit|surplus)"
    + _OWNER_OF + ")"
)
_PARTNER_AFTER_RE = re.compile(r"(?i:\s*(?:\w+\s+){0,2}(?:vers|avec|à\s+destination|en\s+provenance|to|with|from)\b)")


# The country named again by an anaphor: `le pays`, `the country`, `Les trois géants du pays`.
_COUNTRY_ANAPHOR_RE = re.compile(
    r"(?i:(?:le|the)\s+pays\b|the\s+country\b|(?:les?\s+|la\s+|l['’]\s*|the\s+)(?:[\w-]+\s+){0,3}[\w-]+\s+(?:du\s+pays|of\s+the\s+country)\b)"
)
# The country's own market by its local name (`la production locale d'urée`, `le marché
# intérieur`, `domestic demand`), about the one foreign country the paragraph is about.
_LOCAL_ANAPHOR_RE = re.compile(
    r"(?i:(?:(?:les?|la|l['’]|the)\s*)?(?:[\w-]+\s+){0,2}(?:locale?s?|locaux|intérieure?s?|domestic)\b)"
)
# A subject of people or producers the country's demonym qualifies (`Les agriculteurs nigérians`,
# `les exportateurs espagnols`; `Chinese travelers`, `Spanish producers`), before its verb.
_PEOPLE = (r"(?:agriculteurs|producteurs|exportateurs|importateurs|consommateurs|ménages|voyageurs|touristes|"
           r"fabricants|industriels|éleveurs|farmers|producers|exporters|importers|consumers|households|travell?ers|"
           r"tourists|manufacturers|growers|visiteurs|visitors)")
# ... or its public bodies (`Le gouvernement serbe`, `les ports espagnols`, `the Egyptian authorities`).
_BODIES = r"(?:gouvernement|autorités|État|exécutif|ports|government|authorities|state)"
_DEMONYM_QUALIFIED_RE = re.compile(
    rf"(?:les?\s+|la\s+|l['’]\s*)?(?:{_PEOPLE}|{_BODIES})\s+([a-zà-ÿ]+)\s+(?!et\b|and\b)[a-zà-ÿ'’]", re.I)
_PEOPLE_AFTER_RE = re.compile(rf"\s+(?:{_PEOPLE}|{_BODIES})\s+(?!and\b)[a-z]", re.I)
# A possessive subject goes on about the subject of the sentence before (`Sa production`, `Its
# imports`).
_POSSESSIVE_SUBJECT_RE = re.compile(r"(?:Sa|Son|Ses|Leurs?|Its|Their)\s+[a-zé]")
# What a country does with another, whose other party the sentence may leave unnamed: an
# investment, a project, an agreement, a loan (`La Chine a accordé un prêt de 2 milliards`), a
# company's unit.
_DEAL_RE = re.compile(
    r"(?i:\binvest(?!isseurs?\b|ors?\b)\w*|\bprojets?\b|\bprojects?\b|\busines?\b|\bplants?\b|\bfactor(?:y|ies)\b|\baccords?\b|\bagreements?\b"
    r"|\bprêts?\b|\bloans?\b|\bdons?\b|\bgrants?\b|\bcontrats?\b|\bcontracts?\b|\bpartenariats?\b|\bpartnerships?\b"
    r"|\bcoopération\b|\bcooperation\b|\bmémorandum\b|\bmemorandum\b"
    # a donor's money to it (`un cofinancement de 50 millions d'euros`, `un appui budgétaire`)
    r"|\bco-?financ\w*|\bappuis?\s+budgétaires?\b|\bbudget(?:ary)?\s+support\b"
    # what it supplies, delivers, sells to someone (`L'Argentine en a fourni 62%`; not `livre`, a
    # currency as often as a verb)
    r"|\bfourni(?:t|ssent|ra|ront|s)?\b|\bsuppl(?:y|ies|ied|ying)\b"
    r"|\bdeliver(?:s|ed|ing)?\b|\bsold\s+to\b|\bsells?\s+to\b"
    # a company's unit there, most often the home company's (`les dépôts collectés par la filiale`)
    r"|\bfiliales?\b|\bsubsidiar(?:y|ies)\b|\bgroupe\b|\bgroup\b|\bsociété\b|\bcompany\b)"
)


# A country ranked among the home country's partners or markets speaks of its trade with it
# (`Le Brésil arrive en deuxième position avec 1,6 million de tonnes`, `La France est restée
# le premier client de la filière, avec 38% des ventes`, `L'Arabie saoudite ne pèse que`).
_RANKED_RE = re.compile(
    r"(?i:\b(?:clients?|customers?|partenaires?|partners?|fournisseurs?|suppliers?|débouchés?|destinations?"
    r"|buyers?|acheteurs?|sources?|marchés?\s+(?:de\s+destination|d['’]\s*export)|arrivent?|suit|suivent|suivie?s?"
    r"|(?:premier|deuxième|second|troisième|largest|biggest|top|leading)\s+(?:[\w-]+\s+)?(?:investisseurs?|investors?)"
    # (not an adverb with no one ranked after it: `Loin devant, la Turquie a produit`, `L'Egypte,
    # avec moins de 100.000 unités, reste loin derrière.`)
    r"|(?:devant|derrière|ahead|behind)(?!\s*[,.;])|position|rang|classement|followed|ranks?|ranked|pèsen?t?|absorbent|absorbe"
    # or taking its share of the shipments the paragraph told (`Brazil took 3.1 million tons`)
    r"|took|takes"
    # ranked as a market by a verb of being (`La Côte d'Ivoire est son troisième marché`; not
    # `L'Espagne a accueilli ..., son premier marché émetteur`, a market of its own)
    r"|(?:(?:est|reste|demeure|devient|is|remains|becomes)\s+(?:le|la|son|sa|leur|the|its|their)|(?:place|rang|statut|position)\s+de)\s+(?:premi[eè]re?|deuxième"
    r"|second|seconde|troisième|quatrième|cinquième|first|third|fourth|fifth|top|largest|biggest|leading)\s+"
    r"(?:[\w-]+\s+)?(?:marchés?|markets?))\b)"
)


_PLANT_RE = re.compile(r"(?i:usines?|plants?|factory|factories)")
# A rank in the world, a region or a bloc (`the continent's top remittance destination`, `premier
# producteur mondial`, `Africa's largest`, `the bloc's other main supplier`) is no rank among
# the home country's partners.
_WIDER_RANK_RE = re.compile(
    r"(?i:\b(?:the\s+)?(?:world|continent|region|Africa|Europe|Asia|bloc|EU|union)['’]s\b|\bmondial(?:e|es|aux)?\b|\bdu\s+(?:monde|continent|bloc)\b"
    r"|\bin\s+the\s+world\b|\bglobal(?:ly)?\b)"
)


def _partner_ranking(text: str, start: int, end: int) -> bool:
    """Whether the statement ranks a country among the home country's partners or markets
    (`Le Brésil arrive en deuxième position`), not in the world or its region. (Not buyers a
    rival competes for, in a relative aside: `Neighbouring Mauritania, which competes for the
    same Spanish and Japanese buyers, landed 38,000 tons`.)"""
    rivalry = [m.span() for m in _RELATIVE_ASIDE_RE.finditer(text, start, end) if base._RIVALRY_RE.match(text, m.end("verb"))]
    ranks = [m for m in _RANKED_RE.finditer(text, start, end) if not any(a <= m.start() < b for a, b in rivalry)]
    return bool(ranks) and not ranked_by_their_own(text, start, end) \
        and not _WIDER_RANK_RE.search(text, start, end) and not _HOME_RANKED_AGAINST_RE.search(text, start, end)


# A relative aside between commas, its verb where `verb` ends (`, which competes for ...,`).
_RELATIVE_ASIDE_RE = re.compile(r",\s*(?:which|who|qui)\s+(?P<verb>)[^,;.]*,")


def ranked_by_their_own(text: str, start: int, end: int) -> bool:
    """Whether the statement ranks countries by a thing of their own, with a superlative and
    no partner's role (`Le Mexique dispose de la LCM la plus importante, à environ 35 milliards
    de dollars, devant le Chili (13,8 milliards)`): not as the home country's partners."""
    ranks = [m.group(0).lower() for m in _RANKED_RE.finditer(text, start, end)]
    return bool(ranks) and all(rank in _ADVERB_RANKS for rank in ranks) and bool(_OWN_SUPERLATIVE_RE.search(text, start, end))


_ADVERB_RANKS = frozenset({"devant", "derrière", "ahead", "behind"})
# A superlative of the subject's own (`la LCM la plus importante`, `the largest credit line`),
# not of its role as a partner (`the largest supplier`).
_OWN_SUPERLATIVE_RE = re.compile(
    r"(?i:\b(?:la|le|les)\s+plus\s+(?:important|grand|élevé|gros|fort)\w*"
    r"|\bthe\s+(?:largest|biggest|highest)\s+(?!(?:[\w-]+\s+)?(?:partner|market|supplier|customer|buyer|investor|source|destination)s?\b))"
)


def _names_home_but_as_rival(text: str, start: int, end: int, article: Article) -> bool:
    """Whether text[start:end] names the home country otherwise than as the rival a foreign
    country is ranked against (`well ahead of Morocco`)."""
    rival = _HOME_RANKED_AGAINST_RE.search(text, start, end)
    if rival is None:
        return span_names_home(text, start, end, article)
    return span_names_home(text, start, rival.start(), article) or span_names_home(text, rival.end(), end, article)


# The home country ranked with it (`Egypt remained the top destination, well ahead of Morocco`)
# or named as its rival (`L'Egypte, principal concurrent du Royaume`, `Morocco's main rival`):
# a rank among rivals, not among the home country's partners.
_HOME_RANKED_AGAINST_RE = guarded(re.compile(
    rf"(?i:\b(?:{_RANK_WORDS}|(?:concurrente?s?|rivale?s?|competitors?|rivals?)(?:\s+direct\w*)?\s+(?:du|de\s+l['’]\s*|of))"
    r"\s*(?:le\s+|the\s+)?(?:Maroc|Morocco|Royaume|Kingdom)\b"
    r"|\b(?:Maroc|Morocco)['’]s\s+(?:main\s+|chief\s+|closest\s+|biggest\s+)?(?:rival|competitor)s?\b)"
))


# What is both countries' by its word (`Séoul vise à porter les échanges bilatéraux à 3
# milliards de dollars`): the home country is the other party.
_BILATERAL_RE = re.compile(r"(?i:\bbilat[ée]ra(?:l|le|les|ux)\b)")


def foreign_topic(
    text: str, figure_start: int, statement: tuple[int, int], found: set[str], article: Article,
    previous: tuple[int, int] | None, earlier: list[tuple[int, int]] = (),
) -> bool:
    """Whether the figure's statement is about a foreign country alone: its subject (at the
    start of the statement or of the figure's clause) is that country, by its name or its
    capital (`La Turquie a accueilli`, `tandis que l'Égypte a enregistré`, `Beijing is
    expected to allow`), as the setting (`En Égypte, le déficit`) or by an anaphor (`le pays
    devrait consommer`, `Sa production`, when the sentence before opened with it); the
    sentence names nothing of the home country, no first person, no deal whose other party
    it may leave unsaid (an investment, a project, a loan, a supply) and no ranking among the
    home country's partners (`Le Brésil arrive en deuxième position`)."""
    if not found or article.home_country in found or _home_companys_sales_there(text, figure_start, statement, article):
        return False
    start, _ = base._without_dateline(text, statement)
    if _names_home_but_as_rival(text, start, statement[1], article) or _FIRST_PERSON_RE.search(text, start, statement[1]):
        return False
    clause, clause_end = base._figure_clause(text, figure_start, statement)
    # (a deal told in another clause is another matter: `Egypt raised $2 billion from bonds, as
    # it relies on an $8 billion loan from the IMF`; a plant set in the country is there: `En
    # Roumanie, l'usine de Dacia a produit 327.000 véhicules`)
    set_there = _IN_COUNTRY_RE.match(text, _LEAD_IN_RE.match(text, start, statement[1]).end(), statement[1])
    if set_there and article.main_company_country == article.home_country \
            and base._main_company_named_again(text, [(start, clause_end)], article):
        return False  # `Au Sénégal, la minoterie ... emploiera 210 personnes`: the home company's site abroad
    deals = [m.group(0) for m in _DEAL_RE.finditer(text, start, clause_end)]
    if any(not (set_there and _PLANT_RE.fullmatch(deal)) for deal in deals) or _partner_ranking(text, start, statement[1]) \
            or _market_of_the_home_country(text, start, statement[1], article) \
            or (len(found) == 1 and article.home_country and _BILATERAL_RE.search(text, start, statement[1])) \
            or (article.home_country and _unowned_share(text, figure_start, start)):
        return False
    return _there_abroad(text, start, clause_end, found, previous, article, earlier) or any(
        _topic_country(text, at, statement[1], found, previous, article) in found
        for at in dict.fromkeys((start, clause))
    )


def _home_companys_sales_there(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether, in an article about a home company, the sentence opens on a setting abroad and
    sales told without their seller, the figure in their clause (`In Kenya, sales rose 35% to
    410,000 tonnes`, of OCP's fertilizer): the company's sales there, not the country's own
    market (nor what the clauses after tell: `helped by a subsidy that cut the price of a bag to
    2,500 shillings`)."""
    if article.home_country is None or article.main_company_country != article.home_country:
        return False
    start = base._without_dateline(text, sentence)[0]
    setting = base._SETTING_OPENING_RE.match(text, start, sentence[1])
    return setting is not None and _OWNERLESS_SALES_RE.match(text, setting.end(), sentence[1]) is not None \
        and "," not in text[setting.end():figure_start]


# Sales told without their seller, right after a setting abroad: `sales rose`, `les ventes ont bondi`.
_OWNERLESS_SALES_RE = re.compile(
    r"\s*(?:(?:les|its|ses|the)\s+)?(?i:sales|ventes|shipments|expéditions|livraisons|deliveries)\s+(?!(?:of|de|du|des|d['’])\s)"
)
# A share of a flow whose owner is left unsaid (`ont généré respectivement 24%, 13% et 11% des
# recettes`, `absorbed 61% of the volume`, `représentent 72% et 24% des échanges`): the
# home country's flow, which the foreign country takes a part of (not `46% des volumes
# brésiliens`, `of Spain's imports`).
_UNOWNED_SHARE_RE = re.compile(
    r"[\d.,]+\s*%(?:\s*(?:,|et|and)\s*[\d.,]+\s*%)*\s+(?:des|du|de\s+la|de\s+l['’]|de\s+ces|of(?:\s+the)?|of\s+its|of\s+these)\s*"
    r"(?i:recettes|échanges|ventes|volumes?|exportations|importations|achats|arrivées|flux|approvisionnements|capitaux"
    r"|investissements|investments|receipts|revenues?"
    r"|trade|sales|exports|imports|shipments|purchases|arrivals|supplies|volumes?)\b"
    r"(?!\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|d['’]\s*|of\s+)?[A-Z])(?![ \t]+[a-zé]+(?:ains?|aines?|iens?|iennes?|ais|aises|ois|oises|ens|ennes|ese|ian)\b)"
)


def _unowned_share(text: str, figure_start: int, start: int) -> bool:
    """Whether the figure is a share of a flow whose owner is left unsaid, or the earlier value
    it is compared with (`ne représente plus que 12% des volumes, contre 19% en 2021`)."""
    if _UNOWNED_SHARE_RE.match(text, figure_start):
        return True
    compared = _COMPARED_SHARE_RE.search(text, max(start, figure_start - 120), figure_start)
    return compared is not None and _UNOWNED_SHARE_RE.match(text, compared.start()) is not None


# A share right before the figure it is compared with: `12% des volumes, contre `.
_COMPARED_SHARE_RE = re.compile(
    r"[\d.,]+\s*%\s+[^\d%,;]{2,40}?,?\s+(?:contre|against|compared\s+with|versus|from)\s+(?:près\s+de\s+|about\s+|some\s+)?$"
)


def _market_of_the_home_country(text: str, start: int, end: int, article: Article) -> bool:
    """Whether the statement calls the country a main market or supplier and
    whose it leaves unsaid: the home country's (`The European Union remained the main market,
    absorbing 73% of the sector's exports`), not another's (`principal marché de l'Espagne`)."""
    if _HOME_RANKED_AGAINST_RE.search(text, start, end):
        return False  # (`Egypt remained the top destination, attracting $9.2bn, well ahead of Morocco`)
    for m in _MAIN_ROLE_RE.finditer(text, start, end):
        if _POSSESSIVE_BEFORE_RE.search(text, max(start, m.start() - 12), m.start()):
            continue  # (`son premier marché émetteur`, `its main market`: the subject's own)
        whose = _WHOSE_ROLE_RE.match(text, m.end(), end)
        if whose is None or not base._named(text, whose.end(), min(end, whose.end() + 40)) - {article.home_country}:
            return True
    return False


_MAIN_ROLE_RE = re.compile(
    r"(?i:\b(?:main|top|largest|biggest|leading|principal|principale|premier|première)\s+"
    r"(?:market|outlet|supplier|marché|débouché|fournisseur)s?\b)"
)
_POSSESSIVE_BEFORE_RE = re.compile(r"(?i:\b(?:son|sa|ses|leurs?|its|their)\s+$)")
_WHOSE_ROLE_RE = re.compile(r"(?i:\s+(?:[\w-]+\s+){0,2}?(?:de|du|des|d['’]|of|for)\s*(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?)")


def _there_abroad(
    text: str, start: int, clause_end: int, found: set[str], previous: tuple[int, int] | None, article: Article,
    earlier: list[tuple[int, int]],
) -> bool:
    """Whether the statement says `y` (there) for the foreign country the sentence before was
    about (`Belgrade mène une politique d'attraction agressive. Plus de 90 équipementiers y
    emploient 75.000 personnes`, `Le prix de la tonne y a doublé`): the nearest of the two
    sentences before in its paragraph (else the sentence before) that names a country names
    one of `found` and nothing of the home country."""
    if not THERE_RE.search(text, start, clause_end):
        return False
    for span in (*reversed(earlier[-2:]), previous):
        before = base._named(text, *span, article.companies) if span else set()
        if before:  # the place named last
            return bool(before & found) and article.home_country not in before and not span_names_home(text, *span, article)
    return False


_NAMED_SUBJECT_RE = re.compile(r",\s*(?:(?:les?|la|the)\s+|l['’]\s*)?[A-Z]")
# (also mid-sentence: `tandis que l'Égypte`; with a neighbour's or rival's epithet: `Neighbouring Mauritania`)
_ARTICLE_RE = re.compile(r"\s*(?:(?:[Ll]es?|[Ll]a|[Tt]he)\s+|[Ll]['’]\s*)?(?:(?:[Nn]eighbou?ring|[Rr]ival)\s+)?")


def _topic_country(
    text: str, at: int, end: int, found: set[str], previous: tuple[int, int] | None, article: Article,
) -> str | None:
    """The country a statement's subject at `at` names (see `foreign_topic`), or None: read
    where the statement starts, then past each opening phrase (`Selon l'INE,`, `Under the
    strategy adopted in 2024,`), at most three."""
    for _ in range(4):
        code = _subject_at(text, at, end, found, previous, article)
        if code is not None:
            return code
        lead_in = _LEAD_IN_RE.match(text, at, end)
        if lead_in.end() == at:  # (it matches nothing rather than fail)
            lead_in = _OPENING_PHRASE_RE.match(text, at, end)
        if lead_in is None or lead_in.end() == at:
            return None
        at = lead_in.end()
    return None


def _subject_at(
    text: str, at: int, end: int, found: set[str], previous: tuple[int, int] | None, article: Article,
) -> str | None:
    """The country of the subject that starts at `at`: a setting, a country or its capital, a
    country's economy, institution or flow with another, an anaphor of the one country found."""
    setting = _IN_COUNTRY_RE.match(text, at, end)
    window = text[setting.end() if setting else _ARTICLE_RE.match(text, at, end).end():min(end, at + 80)]
    owner = None if setting else _OWNED_ECONOMY_RE.match(window) or _OWNED_FLOW_RE.match(window)
    if owner:  # `les exportations de l'Espagne vers l'Afrique`: the flow's owner
        window = window[owner.end():]
    mention = next(iter(find_countries(window)), None)
    if mention is not None and mention.start == 0:
        after = window[mention.end:mention.end + 2]
        if setting and _NAMED_SUBJECT_RE.match(window, mention.end):
            return None  # `Au Cameroun, la SCB Cameroun progresse`: a company's figure, set there
        if owner and owner.re is _OWNED_FLOW_RE and not _PARTNER_AFTER_RE.match(window, mention.end):
            return None
        subject = owner or after.startswith(",") or (not setting and re.match(r"\s[a-zéèà']", after))
        if mention.kind == "name" and len(mention.codes) == 1 and subject:
            return mention.codes[0]
        if mention.kind == "demonym" and len(mention.codes) == 1 and mention.codes[0] in found and not (setting or owner) \
                and _PEOPLE_AFTER_RE.match(window, mention.end):
            return mention.codes[0]  # `Chinese travelers spent`: the country's people
        return None
    # (after an economy's noun too: `le trafic conteneurs des ports espagnols`)
    demonym = None if setting or (owner and owner.re is _OWNED_FLOW_RE) else _DEMONYM_QUALIFIED_RE.match(window)
    if demonym:  # `Les agriculteurs nigérians n'épandent`: the country's people or producers
        mention = next(iter(find_countries(window[demonym.start(1):demonym.end(1) + 1])), None)
        if mention is not None and mention.start == 0 and mention.kind == "demonym" and len(mention.codes) == 1 \
                and mention.codes[0] in found:
            return mention.codes[0]
    if not setting and not owner:
        capital = base._governments(re.split(r"[,;]", window, maxsplit=1)[0])
        if len(capital) == 1 and re.match(r"[A-Z]", window):
            return next(iter(capital))
        # a city abroad as the subject (`Valence, premier port à conteneurs d'Espagne, affiche`)
        city = _CITY_SUBJECT_RE.match(window)
        code = place_country(city.group(1)) if city else None
        if code and len(code) == 1 and code[0] in found:
            return code[0]
    if len(found) == 1 and (_COUNTRY_ANAPHOR_RE.match(text, at, end) or _LOCAL_ANAPHOR_RE.match(text, at, end)
                            or _goes_on(text, at, end, found, previous, article)):
        return next(iter(found))
    return None


def _goes_on(text: str, at: int, end: int, found: set[str], previous: tuple[int, int] | None, article: Article) -> bool:
    """A possessive before an economy's noun (`Sa production`, `Its imports`) or a pronoun
    (`Il a déjà attribué 44 GW`, `It plans to`) going on about the country the sentence
    before opened with."""
    possessive = _POSSESSIVE_SUBJECT_RE.match(text, at, end)
    goes_on = (possessive and _OWN_NOUN_RE.match(text, possessive.end() - 1)) or _PRONOUN_SUBJECT_RE.match(text, at, end)
    return bool(
        goes_on and previous is not None
        and _topic_country(text, previous[0], previous[1], found, None, article) in found
    )


# A pronoun for the subject of the sentence before; not an impersonal `il` (`Il y a`, `Il
# s'agit`, `Il faut`, `Il est prévu`, `It is expected`).
_PRONOUN_SUBJECT_RE = re.compile(
    r"(?:Il|Elle|It)\s+(?!y\b|s['’]\s*agit|faut|fallait|est\b|était\b|sera\b|is\b|was\b|will\s+be\b)[a-zéèêà]")


_PLURAL_PRONOUN_RE = re.compile(r"\s*(?:Ils|Elles|They)\s+[a-zéèêà]")


def people_referred_to(
    text: str, sentence: tuple[int, int], found: set[str], previous: tuple[int, int] | None, article: Article,
) -> set[str]:
    """The country of the people the sentence before opened with, where the sentence goes on
    about them by a plural pronoun and names no foreign country itself (`Chinese visitors are
    among the highest spenders. They spent MAD 2.3 billion in Morocco`)."""
    if previous is None or found - {article.home_country} or not _PLURAL_PRONOUN_RE.match(text, sentence[0], sentence[1]):
        return set()
    start = _ARTICLE_RE.match(text, previous[0], previous[1]).end()
    window = text[start:min(previous[1], start + 80)]
    mention = next(iter(find_countries(window)), None)
    if mention is not None and mention.start == 0 and mention.kind == "demonym" and len(mention.codes) == 1 \
            and _PEOPLE_AFTER_RE.match(window, mention.end):
        return set(mention.codes)  # `Chinese visitors`
    qualified = _DEMONYM_QUALIFIED_RE.match(window)
    if qualified:  # `Les touristes chinois`
        mention = next(iter(find_countries(window[qualified.start(1):qualified.end(1) + 1])), None)
        if mention is not None and mention.start == 0 and mention.kind == "demonym" and len(mention.codes) == 1:
            return set(mention.codes)
    return set()
