"""Countries revised by the figures and sentences around a figure: a figure set against the one
before it for another country, rivals ranked after a leader's share, the items of a list comparing
countries (`lists.py`), suppliers of the market the sentence before told of, a share of the home
country's flow by `qui en`, a foreign speaker's figure of their own country, the home country's
share of a foreign company's output, `y` for the country told before, the economy of a foreign
story's country, a possessive after a sentence opening on a country. Each pass reads the rows of
a whole document, in order, after every row has its countries; `revise_by_neighbours` runs them
in the order they depend on each other, and this module defines them in that order."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import groupby
from typing import TYPE_CHECKING

from econews.countries import find_countries
from econews.tasks.metrics.countries import _HOME_WORDS_RE, _OPENING_ARTICLE_RE, _TRADE_RE, _home_organisations_re, _named
from econews.tasks.metrics.country_masks import RANK_WORDS
from econews.tasks.metrics.lists import items_of_a_comparison_list

if TYPE_CHECKING:
    from econews.tasks.metrics.article import Article


def revise_by_neighbours(text: str, rows: list[dict], spans, sentences: list[tuple[int, int]], article: Article) -> None:
    """Every pass below over `rows` (`spans`: each row's sentence and its paragraph's before it)."""
    home, company = article.home_country, article.main_company_country
    _contrasted_with_another_country(text, rows, spans, home)
    _rivals_in_the_leaders_market(text, rows, spans, home)
    items_of_a_comparison_list(text, rows, home)
    _suppliers_of_the_market_before(text, rows, spans, sentences)
    _share_of_the_same_whole(text, rows, home)
    _speakers_own_country(text, rows, home)
    _home_share_of_the_companys_output(text, rows, spans, home, company)
    _there_by_y(text, rows, spans, sentences, home)
    _next_items_of_the_enumeration_before(text, rows, spans, sentences, home)
    _economy_of_the_country_abroad(text, rows, spans, article.about_abroad)
    _possessive_of_the_country_before(text, rows, spans, sentences, home)
    _capital_split_among_partners(text, rows, spans, article)


def _contrasted_with_another_country(text: str, rows: list[dict], spans, home: str | None) -> None:
    """A figure set against the one before it in its sentence and said of another country is
    that figure's measure for that country. `for`, `pour`: the country takes the place of the
    first figure's subject (`South Korean yards won 17% of orders, against 68% for their
    Chinese rivals`; `elle a échangé 22,4 milliards d'euros avec le Maroc, contre 14,8 Md€
    pour la France`); `en`, `in`: of the place the first figure was told of (`22% de ses
    approvisionnements au Maroc, contre 31% en Turquie`)."""
    for before, row, (sentence, _) in zip(rows, rows[1:], spans[1:]):
        if before["sentence"] != row["sentence"]:
            continue
        if _rival_before_the_figure(text, before, row, sentence, home):
            continue
        tail = _CONTRASTED_FOR_RE.match(text, row["end"])
        others = _contrasted_countries(text[tail.end():tail.end() + 60]) if tail else set()
        own = _items_own_countries(text, before) if others and _NEXT_ITEM_RE.fullmatch(text, before["end"], row["start"]) else set()
        if own and own <= set(before["countries"]) and not others & own:
            # the next item of a list of the same measure, each for its country (`against $2.9
            # for Oman, $3.1 for Egypt and $2.4 for Chile`): its own country in place of the
            # item before's
            row["countries"] = sorted(set(before["countries"]) - own | others)
            continue
        if not _CONTRAST_BEFORE_RE.match(text, before["end"], row["start"]):
            continue
        theirs = set(before["countries"])
        if not others or others & theirs:
            continue
        if tail.group(1).lower() in ("for", "pour", "chez"):
            named = [m for m in find_countries(text[sentence[0]:before["start"]]) if home not in m.codes]
            replaced = set(named[0].codes) if named else theirs - {home}
        else:
            replaced = {code for m in find_countries(text[before["end"]:row["start"]]) for code in m.codes}
        if len(replaced) == 1 and replaced <= theirs:
            row["countries"] = sorted(theirs - replaced | others)


def _rival_before_the_figure(text: str, before: dict, row: dict, sentence: tuple[int, int], home: str | None) -> bool:
    """The same measure of a rival ranked before its figure (`stood at about $1.5 billion, far
    behind France's $14 billion`; `the second-largest source of FDI after France, with MAD 6.3
    billion`): the rival takes the place of the first figure's foreign country. Whether done."""
    rival = _RIVAL_BEFORE_FIGURE_RE.search(text, before["end"], row["start"])
    if rival is None:
        return False
    named = find_countries(rival.group("rival"))
    theirs = set(before["countries"])
    foreign = theirs - {home}
    if len(named) != 1 or named[0].kind != "name" or len(foreign) != 1 or home not in theirs \
            or set(named[0].codes) & theirs:
        return False
    # (the home country named in the sentence as the measure's place: `US direct investment in Morocco`;
    # not a ranking of countries' own counts, `Nigeria came fourth with 128 projects, ahead of Kenya, with 102`)
    if not any(home in m.codes and m.kind == "name" for m in find_countries(text[sentence[0]:row["start"]])):
        return False
    row["countries"] = sorted({home} | set(named[0].codes))
    return True


# `far behind France's `, `after France, with `, `loin derrière la France, avec `: a rival right before its figure.
_RIVAL_BEFORE_FIGURE_RE = re.compile(
    r"(?i:\b(?:far\s+|loin\s+)?(?:behind|after|ahead\s+of|derrière|après|devant)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?)"
    r"(?P<rival>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:['’]s\s+|,\s+(?:with|avec)\s+)"
    r"(?:(?:about|some|around|près\s+de|environ)\s+)?$"
)


def _items_own_countries(text: str, row: dict) -> set[str]:
    """The countries the figure of `row` is said for, right after it (`$2.9 for Oman`)."""
    tail = _CONTRASTED_FOR_RE.match(text, row["end"])
    return _contrasted_countries(text[tail.end():tail.end() + 60]) if tail else set()


def _contrasted_countries(window: str) -> set[str]:
    """The countries right at the start of `window` (`their Chinese rivals`), listed on
    (`en Belgique et aux Pays-Bas`), before any other figure."""
    found: set[str] = set()
    at = 0
    for mention in find_countries(window):
        if len(mention.codes) != 1 or not (_NO_FIGURE_RE.fullmatch(window[at:mention.start]) if not found
                                           else _LIST_GLUE_RE.fullmatch(window[at:mention.start])):
            break
        if not found and mention.start > 20:
            break
        found.add(mention.codes[0])
        at = mention.end
    return found


def _rivals_in_the_leaders_market(text: str, rows: list[dict], spans, home: str | None) -> None:
    """Rivals ranked after a leader's share of a market, each with its figure in brackets
    (`a 38% share of the UK's tomato imports, ahead of Spain (29%) and the Netherlands
    (21%)`): each rival's share is of the same market, so it takes the leader's countries with
    the rival in the leader's place."""
    leader = None
    for row, (sentence, _) in zip(rows, spans):
        if leader is not None and leader["sentence"] == row["sentence"] and row["countries"] \
                and _BRACKETED_AFTER_A_COUNTRY_RE.search(text, sentence[0], row["start"]):
            rival = set(row["countries"])
            market = set(leader["countries"]) - {_leading_country(text, sentence[0], leader["start"], row["start"], home)} - rival
            if len(rival) == 1 and home in leader["countries"] and len(market) == 1 and \
                    _RANKED_BEFORE_RE.search(text, leader["end"], row["start"]):
                row["countries"] = sorted(rival | market)
            continue
        leader = row


def _leading_country(text: str, start: int, leader_start: int, rival_start: int, home: str | None) -> str | None:
    """The country the sentence opens on as the leader: a foreign one named by its subject, the
    rival a country named (`Les fabricants turcs détiennent 23% du marché marocain, derrière la
    Chine (41%)`): the rival then takes its place in the home market; else the home country."""
    first = next(iter(find_countries(text[start:leader_start])), None)
    rival = find_countries(text[max(start, rival_start - 40):rival_start])
    if first is None or first.start > _SUBJECT_REACH or len(first.codes) != 1 or first.codes[0] == home \
            or _HOME_WORDS_RE.search(text, start, start + first.start) or not rival or rival[-1].kind != "name":
        return home
    return first.codes[0]


_SUBJECT_REACH = 40  # characters from the sentence's start where its subject names a country


# a figure opening a bracket right after a country's name: `Spain (29%`, `la Chine (14%`
_BRACKETED_AFTER_A_COUNTRY_RE = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s*\(\s*(?:[a-z]+\s+)?$")


_RANKED_BEFORE_RE = re.compile(rf"(?i:\b(?:{RANK_WORDS}|suivie?s?\s+(?:de|par)|followed\s+by)\b)")


def _suppliers_of_the_market_before(text: str, rows: list[dict], spans, sentences: list[tuple[int, int]]) -> None:
    """A sentence that ranks suppliers of the market the sentence before told of, by `en`
    (`L'Espagne a importé 1,1 million de tonnes. Le Maroc en est le premier fournisseur, avec
    352.000 tonnes, devant la France`): each of its figures is of that market too."""
    for row, (sentence, _) in zip(rows, spans):
        if not _SUPPLIER_OF_IT_RE.search(text, *sentence):
            continue
        i = bisect_left(sentences, sentence)
        if i == 0 or "\n" in text[sentences[i - 1][1]:sentence[0]]:
            continue
        market = {code for m in find_countries(text[sentences[i - 1][0]:sentences[i - 1][1]]) for code in m.codes}
        if len(market) == 1:
            row["countries"] = sorted(set(row["countries"]) | market)


# `en est (devenu) le premier fournisseur`, `en reste le principal client`: ranked in the market told before.
_SUPPLIER_OF_IT_RE = re.compile(
    r"\ben\s+(?:est|sont|était|reste|restent|demeure)\s+(?:(?:devenue?s?|désormais|ainsi|toujours|aussi)\s+)*"
    r"(?:le|la|les)\s+(?:(?:premier|première|deuxième|second|seconde|troisième|quatrième|principale?|plus\s+gros|plus\s+grand)\s+)"
    r"(?:fournisseur|client|exportateur|importateur|partenaire|acheteur|marché|débouché)s?\b"
)


def _share_of_the_same_whole(text: str, rows: list[dict], home: str | None) -> None:
    """A country's share of the whole the figure before it told of, by `qui en` (`8% des
    exportations aéronautiques marocaines, loin derrière la France, qui en absorbe 47%`): a
    share of the home country's flow is that country's and the home country's."""
    for before, row in zip(rows, rows[1:]):
        if before["sentence"] != row["sentence"] or home not in before["countries"] or home in row["countries"]:
            continue
        relative = _WHICH_OF_IT_RE.search(text, before["end"], row["start"])
        if relative is None:
            continue
        named = find_countries(text[before["end"]:relative.start()])
        if named and named[-1].end >= relative.start() - before["end"] - 2 and set(row["countries"]) <= set(named[-1].codes):
            row["countries"] = sorted(set(named[-1].codes) | {home})


# `, qui en absorbe (près de) `: a relative clause right before the figure, of the whole told before.
_WHICH_OF_IT_RE = re.compile(
    r"(?i:,\s*qui\s+en\s+[a-zà-ÿ]+\s+(?:(?:près\s+de|environ|plus\s+de|quelque|à\s+elle\s+seule|à\s+lui\s+seul)\s+)?$)"
)


def _speakers_own_country(text: str, rows: list[dict], home: str | None) -> None:
    """A figure a foreign speaker gives of their own country in a quote that names no country
    (`«Cette usine doit réduire de 40% notre facture d'importation d'engrais», a affirmé le
    ministre ghanéen`, `"Our imports fell 25%," said Nigeria's trade minister`): that country's
    alone, not the home country's too."""
    for row in rows:
        if home not in row["countries"] or len(row["countries"]) != 2:
            continue
        line_start = text.rfind("\n", 0, row["start"]) + 1
        line_end = text.find("\n", row["end"])
        line_end = len(text) if line_end < 0 else line_end
        quote = _quote_around(text, line_start, row["start"], row["end"], line_end)
        if quote is None or not _FIRST_PERSON_RE.search(text, *quote):
            continue
        stop = _SENTENCE_STOP_RE.search(text, quote[1], line_end)
        attribution = text[quote[1]:stop.start() if stop else line_end]
        verb = _SPEECH_VERB_RE.match(attribution)
        if verb is None or _TRADE_RE.search(text, *quote):
            continue  # (trade is two countries': `«Nous visons 15 milliards de dollars d'échanges bilatéraux»`)
        # the speaker, up to the comma after their title (`said FENIP president X, noting that ...`)
        comma = attribution.find(",", verb.end())
        attribution = attribution[:comma] if comma >= 0 else attribution
        codes = {code for m in find_countries(attribution) for code in m.codes}
        if len(codes) == 1 and codes < set(row["countries"]) and home not in codes \
                and not find_countries(text[quote[0]:quote[1]]):
            row["countries"] = sorted(codes)


def _quote_around(text: str, line_start: int, start: int, end: int, line_end: int) -> tuple[int, int] | None:
    """The span of the quote in guillemets or quotation marks the figure stands in, on its line."""
    for opening, closing in (("«", "»"), ("“", "”"), ('"', '"')):
        at = text.rfind(opening, line_start, start)
        if at < 0 or (opening != closing and text.find(closing, at, start) >= 0) \
                or (opening == closing and text.count(opening, line_start, start) % 2 == 0):
            continue
        close = text.find(closing, end, line_end)
        if close >= 0:
            return at, close + 1
    return None


_FIRST_PERSON_RE = re.compile(r"(?i:\b(?:notre|nos|nous|our|we|us)\b)")


# The quote's attribution: `, a affirmé le ministre`, `", said`, `, selon`.
_SPEECH_VERB_RE = re.compile(
    r"(?i:\W{0,4}(?:a|ont|avait)?\s*(?:affirm|déclar|soulign|expliqu|indiqu|ajout|précis|estim|assur|insist|rappel|confi|said|says|told|added|explained|noted)\w*\b)"
)


_SENTENCE_STOP_RE = re.compile(r"[.;](?:\s|$)")


# `, contre `, `, against `: a second figure set against the first (its own words in between, no other verb).
_CONTRAST_BEFORE_RE = re.compile(
    r"(?i:[^.;:]{0,60}?,?\s+(?:contre|against|versus|compared\s+with)\s+(?:(?:about|around|some|près\s+de|environ|quelque)\s+)?$)"
)


# what the contrasted figure is said of: `for their Chinese rivals`, `pour la France`, `in Spain`, `chez les Turcs`
_CONTRASTED_FOR_RE = re.compile(r"\s+(for|pour|in|en|au|aux|chez)\s+(?:(?:the|their|its|les|la|le|l['’]|leurs?|ses|son|sa)\s*)?")


_NO_FIGURE_RE = re.compile(r"[^\d,;.()]*")
# From a contrasted item to the next, over its own country: `$2.9 for Oman, `, `9% pour l'Espagne et `.
_NEXT_ITEM_RE = re.compile(
    r"\s+(?:for|pour|in|en|au|aux|chez)\s+[^\d,;.()]{1,40}?(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)"
    r"(?:(?:about|around|some|nearly|près\s+de|environ|quelque)\s+)?")


_LIST_GLUE_RE = re.compile(r"(?i:\s*(?:,|et|and)\s*(?:(?:the|les|la|le|l['’]|aux?|en|du|de|d['’])\s*)?)")


def _home_share_of_the_companys_output(text: str, rows: list[dict], spans, home: str | None, company: str | None) -> None:
    """The home country's share of what the foreign company the article is about makes or sells
    (`Le Maroc représente déjà 9% de sa production mondiale de faisceaux, contre 4% en 2020`,
    `Morocco accounts for 12% of its sales`): the company's country's and the home country's."""
    if not home or not company or company == home:
        return
    revised = None
    for row, (sentence, _) in zip(rows, spans):
        if row["countries"] != [home]:
            continue
        share = _HOME_SHARE_OF_ITS_RE.match(text, sentence[0], row["start"] + 1)
        base = revised is not None and revised["sentence"] == row["sentence"] \
            and _CONTRAST_BEFORE_RE.match(text, revised["end"], row["start"]) is not None  # (`, contre 4% en 2020`)
        if base or (share is not None and _ITS_OUTPUT_RE.match(text, row["end"], sentence[1])):
            row["countries"] = sorted({home, company})
            revised = row


# `Le Maroc représente (déjà) 9%`, `Morocco accounts for 12%`: the home country as a share's subject.
_HOME_SHARE_OF_ITS_RE = re.compile(
    r"\W*(?:Le\s+Maroc|Le\s+Royaume|Morocco|The\s+kingdom)\s+(?:\w+\s+){0,2}?(?:représenter|représente|représentait|représentera|peser"
    r"|pèse|pesait|pèsera|accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|will\s+account\s+for)\b[^.;]*$"
)
# `de sa production`, `de ses ventes`, `of its output`: a possessive's whole, the company's.
_ITS_OUTPUT_RE = re.compile(
    r"\s*(?:de\s+(?:sa|son|ses)|of\s+its)\s+(?:\w+\s+)?(?:production|ventes|chiffre|capacités?|effectifs?|achats"
    r"|approvisionnements|revenus|output|sales|revenue|production|capacity|workforce|purchases|sourcing)\b"
)


def _there_by_y(text: str, rows: list[dict], spans, sentences: list[tuple[int, int]], home: str | None) -> None:
    """`y` for the foreign country the sentence before named (`La Norvège est le deuxième partenaire
    du Royaume. ... le Maroc y vend surtout des agrumes, pour environ 640 millions de DH`, `Près de
    40 entreprises marocaines y sont implantées`): the figure is of that country too."""
    for row, (sentence, _) in zip(rows, spans):
        there = _THERE_Y_RE.search(text, *sentence)
        if set(row["countries"]) - {home} or there is None or _PLACES_BEFORE_RE.search(text, sentence[0], there.start()):
            continue  # (`Les banques marocaines sont présentes dans 26 pays africains et y réalisent 25%`: there, the 26)
        i = bisect_left(sentences, sentence)
        for before in reversed(sentences[max(0, i - 2):i]):  # (the last two sentences, a paragraph's break at most)
            if text.count("\n", before[1], sentence[0]) > 2:
                break
            codes = {code for m in find_countries(text[before[0]:before[1]]) for code in m.codes} - {home}
            if not codes and _REGION_RE.search(text, *before):
                break  # (`vise 50 MMDH d'exportations vers la région. « ... plus de 1.200 à y exporter »`)
            if codes:
                if len(codes) == 1:
                    row["countries"] = sorted(set(row["countries"]) | codes)
                break


def _next_items_of_the_enumeration_before(text: str, rows: list[dict], spans, sentences: list[tuple[int, int]],
                                          home: str | None) -> None:
    """A sentence that goes on with the enumeration of the one before (`Les carburants restent
    le premier poste, avec 1,15 milliard d'euros. Suivent les composants automobiles (890
    millions d'euros)`, `Next come ...`) and names no foreign country itself: its figures are
    items of the same flow, of the countries of the last figure before."""
    last: dict[tuple[int, int], dict] = {}
    for row, (sentence, _) in zip(rows, spans):
        last[sentence] = row
    for row, (sentence, _) in zip(rows, spans):
        if not _NEXT_ITEMS_RE.match(text, sentence[0]) or set(row["countries"]) - {home}:
            continue
        if {code for m in find_countries(text[sentence[0]:sentence[1]]) for code in m.codes} - {home}:
            continue
        i = bisect_left(sentences, sentence)
        before = last.get(sentences[i - 1]) if i > 0 else None
        if before is not None and text.count("\n", sentences[i - 1][1], sentence[0]) < 2 and set(before["countries"]) - {home}:
            row["countries"] = sorted(before["countries"])


_NEXT_ITEMS_RE = re.compile(
    r"\s*(?:Suivent|Viennent\s+ensuite|Vient\s+ensuite|Arrivent\s+ensuite|Arrive\s+ensuite|Next\s+come|Then\s+come"
    r"|Followed\s+by|They\s+were\s+followed\s+by)\b")


_PLACES_BEFORE_RE = re.compile(r"(?i:\b(?:pays|marchés|villes|régions|continent|sites|usines)\b)")
_REGION_RE = re.compile(r"(?i:\b(?:régions?|zones?|continent|marchés?)\b)")
# `y` before a verb, as a place (not `il y a`, `y compris`).
_THERE_Y_RE = re.compile(
    r"(?<![Ii]l )(?<![Ii]l n')\by\s+(?!a\b|avait\b|aura\b|compris\b)(?:(?:a|ont|avait|avaient|sont|est|était|étaient)\s+)?"
    r"(?:vend|vendent|export|import|investi|implant|install|emploi|compt|réalis|détien|dispos|opèr|exploit|produi|écoul|expédi"
    r"|achète|achet|livr|fourni|représent|pès|pes|occup|génèr|génér|attir|envoi|envoy)\w*"
)


def _economy_of_the_country_abroad(text: str, rows: list[dict], spans, abroad: str | None) -> None:
    """In an article about one foreign country, a figure of the economy (growth, public debt,
    GDP, inflation) whose sentence names no country, or names one only as a company's owner
    (`The Sangomar field, operated by Australia's Woodside, ... helping the economy grow 9.1%`),
    is that country's."""
    if abroad is None:
        return
    for row, (sentence, _) in zip(rows, spans):
        if row["countries"] == [abroad] or not _ECONOMY_RE.search(text, *sentence):
            continue
        named = [m for m in find_countries(text[sentence[0]:sentence[1]])
                 if not _COMPANYS_OWNER_RE.match(text, sentence[0] + m.end)]
        if not named:
            row["countries"] = [abroad]


_ECONOMY_RE = re.compile(
    r"(?i:\b(?:the\s+economy|GDP|gross\s+domestic\s+product|public\s+debt|inflation|unemployment|budget\s+deficit"
    r"|l['’]\s*économie|PIB|dette\s+publique|croissance\s+économique|chômage|déficit\s+budgétaire)\b)"
)
# a country as a company's owner: `Australia's Woodside`, `British major BP`
_COMPANYS_OWNER_RE = re.compile(r"['’]s\s+[A-Z]|\s+(?:major|firm|group|company|giant)\b")


def _possessive_of_the_country_before(text: str, rows: list[dict], spans, sentences: list[tuple[int, int]],
                                      home: str | None) -> None:
    """A sentence opening on a possessive (`Ses ventes vers les Etats-Unis ont bondi de 28%`)
    after one that opens on a country as its subject (`La Tunisie, principal concurrent du Maroc
    sur le vrac, a exporté pour 5,1 milliards de dinars`; pronouns between: `Le Nigeria détient
    ... Il n'a exporté que ... Ses ventes de gaz ont rapporté 9,8 milliards`): that country's."""
    for row, (sentence, _) in zip(rows, spans):
        if not _POSSESSIVE_OPENING_RE.match(text, sentence[0]):
            continue
        owner = _subject_country_before(text, sentences, sentence)
        if owner is None or owner in row["countries"]:
            continue
        named = {code for m in find_countries(text[sentence[0]:sentence[1]]) for code in m.codes}
        kept = {code for code in row["countries"] if code in named and code != home}
        row["countries"] = sorted(kept | {owner})


def _subject_country_before(text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> str | None:
    """The foreign country the sentences before open on as their subject, in the paragraph,
    back over those that go on by a pronoun (`Il`, `Elle`, `It`, `Ses`)."""
    i = bisect_left(sentences, sentence)
    while i > 0:
        i -= 1
        start, end = sentences[i]
        if "\n" in text[end:sentences[i + 1][0]]:
            return None
        opening = _OPENING_ARTICLE_RE.match(text, start).end()
        mention = next(iter(find_countries(text[opening:opening + 40])), None)
        if mention is not None and mention.start == 0 and mention.kind == "name" and len(mention.codes) == 1:
            return mention.codes[0]
        if not _PRONOUN_OPENING_RE.match(text, start):
            return None
    return None


_POSSESSIVE_OPENING_RE = re.compile(r"\W*(?:Ses|Sa|Son|Leurs?|Its|Their)\s+(?:ventes|exportations|importations|achats|recettes"
                                    r"|revenus|exports|imports|sales|revenues?|shipments|purchases|receipts)\b")
_PRONOUN_OPENING_RE = re.compile(r"\W*(?:Il|Elle|It|Ses|Sa|Son|Its)\s")


# The capital of one company split among its holders: `Marsa Maroc détiendra 51% de la société
# concessionnaire et CMA CGM 49%`, `Détenue à 60% par Hydrelis et à 40% par l'OCP, la société
# commune`, `ONHYM and NNPC will each hold 25% of the special-purpose company`.
_CAPITAL_SPLIT_RE = re.compile(
    r"%\s+(?:du\s+capital|de\s+la\s+(?:[a-zé-]+\s+)?(?:société|coentreprise|filiale)\b|de\s+l['’]\s*(?:actionnariat|entreprise\s+commune)"
    r"|of\s+the\s+(?:[a-z-]+\s+){0,2}(?:company|joint\s+venture|venture|capital|concession|consortium)\b|held\s+by\b)"
    r"|\b[Dd]étenue?s?\s+à\s+(?:hauteur\s+de\s+)?\d"
)


_RELATIVE_ASIDE_RE = re.compile(r",\s*(?:which|who|whose|qui|dont)\b[^,;]*,")


def _capital_split_among_partners(text: str, rows: list[dict], spans, article: Article) -> None:
    """The shares of one company's capital split among holders of two countries or more (two
    shares or more in the sentence, one told of the capital or the company, `_CAPITAL_SPLIT_RE`):
    each share is a figure of the joint company, of all its holders' countries, the home country
    for a home organisation among them."""
    for _, group in groupby(zip(rows, spans), key=lambda row_span: row_span[0]["sentence"]):
        group = list(group)
        shares = [row for row, _ in group if row["unit"] == "percent"]
        sentence = group[0][1][0]
        if len(shares) < 2 or not _CAPITAL_SPLIT_RE.search(text, *sentence):
            continue
        # (not what a relative aside says of a holder: `Hanseong, which supplies cells to several
        # European carmakers, will hold 70% of the project`)
        asides = [m.span() for m in _RELATIVE_ASIDE_RE.finditer(text, *sentence)]
        kept = [(a, b) for a, b in zip([sentence[0]] + [e for _, e in asides], [st for st, _ in asides] + [sentence[1]]) if b > a]
        holders = set().union(*(_named(text, a, b, article.companies) for a, b in kept))
        if article.home_country and _home_organisations_re().search(text, *sentence):
            holders.add(article.home_country)
        if len(holders) < 2:
            continue
        for row in shares:
            row["countries"] = sorted(holders)
