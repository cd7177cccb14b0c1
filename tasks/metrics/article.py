"""The article around a figure: what its paragraph and its headline say when the figure's
own sentence does not name its countries or its period.

A journalist names the countries and the period once, in the headline, the lead or the
first sentence of a paragraph, and then gives figure after figure without repeating them:
`Les échanges entre le Maroc et la Chine ... 39,5 milliards DH. Les importations ont
progressé de 8 %.` The 8 % is about China and Morocco too. Reading order decides:
the figure's sentence first, then the sentences before it in its paragraph (nearest
first), then the article's headline and lead. This module holds the Article record and the
period; `countries` reads a figure's countries.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from econews.openings import guarded
from econews.countries import (
    company_nouns_lowered, find_countries, find_places_abroad, headline_company_cue, nameless_company_cue,
)
from econews.tasks.dates import _BYLINE_RE
from econews.tasks.metrics.context import _AS_AT_DAY_BEFORE_RE, _TARGET_AFTER_RE, NO_DATING, Dating, _period_matches
from econews.tasks.metrics.countries import (
    _HOME_MONEY_RE, _HOME_WORDS_RE, HOME_COUNTRY, _companies, _focus_countries, _home_organisations_re, _home_places_re,
    _host, _known_companies, _located_home, _name_patterns, _named, _names_home, _title_case, companies_listed, ranked_for,
)
from econews.tasks.metrics import country_subjects
from econews.tasks.metrics.sentences import _sentences

# A paragraph ends at a line break: the clean body keeps one paragraph a line.
_PARAGRAPH_RE = re.compile(r"[^\n]+")
# A day number right before a month (`8 février 2018`) or right after it (`March 5, 2024`).
_DAY_BEFORE_RE = re.compile(r"\b(?:\d{1,2}|1er)\s+$")
_DAY_AFTER_RE = re.compile(r"[A-Za-zéûÉ]+\s+\d{1,2},")
# `d'ici 2030`, `à l'horizon 2030`, `by 2030`: the horizon of one figure, not the article's period.
_HORIZON_RE = re.compile(r"(?i:pour|d['’]\s*ici|(?:à|a)\s+l['’]\s*horizon|horizon|by)\b")
_HORIZON_BEFORE_RE = re.compile(r"(?i:\b(?:pour|d['’]\s*ici|horizon|by)\s+(?:la\s+fin\s+(?:de\s+)?)?)$")
# A first line this short, without a final full stop, is a headline.
_HEADLINE_CHARS = 160
# How far the lead reaches: the headline and the first paragraphs up to this many characters.
_LEAD_CHARS = 400


@dataclass(frozen=True)
class Article:
    """What the whole article says that a figure may inherit."""

    paragraph_starts: tuple[int, ...]
    focus_countries: tuple[str, ...]  # of the headline, else the lead, else the most named
    home_country: str | None  # HOME_COUNTRY when the article names it
    headline_period: str | None  # the period the headline or lead states, if one
    companies: tuple[tuple[re.Pattern, str], ...] = ()  # a company's names -> its country
    main_company_country: str | None = None  # of the company the headline or lead is about
    main_company_from: int = 0  # the paragraph it is first named in, when that is after the lead
    host_country: str | None = None  # where its project is, when the headline or lead says
    ranked_for: str | None = None  # the foreign country whose partners the headline or lead ranks
    trade_partner: str | None = None  # the one foreign country of a headline about trade with it
    agreement_partner: str | None = None  # the one foreign country of a headline about an agreement with it
    consortium_countries: tuple[str, ...] = ()  # of the companies leading the main company's consortium
    budget_year: bool = False  # the headline's period is the year of a budget (`PLF 2026`)
    dating: Dating = NO_DATING  # the month of publication and the article's season
    counted_in_period: frozenset[tuple[str, str]] = frozenset()  # (noun, number) the headline or lead counts in its period
    headline_line: tuple[int, int] | None = None  # the headline's line in the text, past a byline or masthead
    about_abroad: str | None = None  # the foreign country the headline opens on as its subject, the home one only its rival
    home_in_passing: bool = False  # the article names the home country less often than the foreign country it is about


def read_article(text: str, title: str | None, published_year: int | None, dating: Dating = NO_DATING) -> Article:
    """The paragraphs, focus countries and headline period of a clean body."""
    paragraphs = [m.start() for m in _PARAGRAPH_RE.finditer(text)]
    headline, lead = _period_headline_and_lead(text, title)
    window, periods = _headline_periods(headline, lead, published_year, dating)
    article_period = periods[0][3] if periods else _restated_figures_period(text, headline, published_year, dating)
    body = text[len(headline):] if text.startswith(headline) else text
    title_case = _title_case(headline)
    cued = _cued_companies(headline, body, title_case)
    companies = cued + _known_companies(text, cued, headline)
    lead = _headline_and_lead(text, title, mastheads=True)[1]
    main, main_from, companies = _main_company(text, title, headline, lead, cued, companies, title_case, paragraphs)
    home = HOME_COUNTRY if _names_home(text, title) else None
    partners = consortium_countries(lead[:_LEAD_CHARS], companies, home)
    if main is None and not partners:
        # `China's Qilin Cobalt Co. and South Korea's Daesan Chemical Corp. will build a $1.4
        # billion plant`: two foreign companies the lead opens on together lead the project.
        partners = _partners_opening_the_lead(body[:_JOINT_LEAD_CHARS], companies, home)
        main = partners[0] if partners else None
    focus = _focus_countries(text, headline, lead[:_LEAD_CHARS], companies, home)
    if home and _BUDGET_RE.search(headline) and not _named(headline, 0, len(headline), companies) - {home}:
        # `PLF 2027 : croissance attendue à 4,2%, déficit ramené à 3% du PIB`: the home
        # country's budget, whatever countries its paragraphs name most (donors, partners).
        focus = (home,)
    abroad = _about_abroad(headline, companies) if home else None
    return Article(
        paragraph_starts=tuple(paragraphs),
        focus_countries=focus,
        home_country=home,
        headline_period=article_period,
        companies=companies,
        main_company_country=main,
        main_company_from=main_from if main is not None else 0,
        host_country=_host(headline) or _host(lead[:_LEAD_CHARS]) or _foreign_host(focus, main, home),
        ranked_for=ranked_for(f"{headline}\n{lead[:_LEAD_CHARS]}", home),
        dating=dating,
        trade_partner=trade_partner(headline, focus, home, main),
        agreement_partner=agreement_partner(headline, focus, home),
        consortium_countries=partners,
        budget_year=bool(periods) and _BUDGET_RE.search(window, periods[0][0], periods[0][1]) is not None,
        counted_in_period=_counted_nouns(window, published_year, dating) if periods else frozenset(),
        headline_line=_line_of(text, headline),
        about_abroad=abroad,
        home_in_passing=abroad is not None and _home_in_passing(text, abroad),
    )


def _cued_companies(headline: str, body: str, title_case: bool) -> tuple:
    """The companies the article names with a cue (`le groupe X`, `X Ltd`), as (pattern,
    country) pairs. A headline in title case (`in Morocco's Renewables`) capitalises common
    nouns: its cues are not read."""
    cued = _companies(body if title_case else f"{headline}\n{body}")
    if title_case:
        # (but a name the body calls the company by: `Qatar's Lusail Digital to Spend $1.5
        # Billion ...` over `Lusail Digital Holdings, a data-center developer, agreed to invest`)
        # (a title case's capitalised company noun read as the noun it is: `Chinese EV Maker Lanhai`)
        cued += tuple((pattern, code) for pattern, code in _companies(company_nouns_lowered(headline))
                      if pattern.search(body) and not any(pattern.pattern == known.pattern for known, _ in cued))
    return cued


_WORD_RE = re.compile(r"\w")


def _main_company(text, title, headline, lead, cued, companies, title_case, paragraphs) -> tuple[str | None, int, tuple]:
    """(country of the article's main company, start of the paragraph from which it is the
    main one, the companies with the name its cue is of): the first the headline names, else
    a home company the headline is about, else the lead's, else a nameless cue's, else the
    only cued country told early."""
    main_from = 0  # the paragraph where a main company first named after the lead is named
    # (the first the headline names, its subject: `Electra Câbles s'offre le portugais Cabelauto`)
    first = min(((m.start(), code) for pattern, code in companies for m in [pattern.search(headline)] if m), default=(0, None))
    main = first[1]
    home_company = _home_organisations_re().search(headline)
    if main is not None and home_company is not None and home_company.start() < first[0] \
            and not _WORD_RE.search(re.split(r"[:|–—]", headline[:home_company.start()])[-1]):
        # (a home company the headline opens on is its subject, the foreign one its supplier or
        # partner: `Royal Air Maroc orders up to 50 Boeing jets`; not one named late: `Two Decades
        # of US-Morocco Free Trade: Trade Soars, Gap Persists as RAM Orders Boeing Jets`)
        main = HOME_COUNTRY
    if companies_listed(headline, companies):
        main = None  # (`Boeing, Airbus et Safran poussent leurs fournisseurs au Maroc`: none of them is the article's)
    if main is None and _home_organisations_re().search(headline):
        # `OCP : le chiffre d'affaires bondit de 21%`: a home company the headline is about is
        # the main one, though the article gives a cue only for a customer (`l'indien Deccan`).
        main = HOME_COUNTRY
    if main is None:
        # (not the source the lead quotes: `according to a report by London-based consultancy Meridian`)
        main = next((code for pattern, code in companies for m in [pattern.search(lead[:_LEAD_CHARS])]
                     if m and not _a_source(lead, m)), None)
    if main is None:
        # `Zitouna Foods investit ... \n Le groupe agroalimentaire casablancais va construire`
        main = nameless_company_cue(lead[:_LEAD_CHARS])
        name = _name_opening_both(headline, _period_headline_and_lead(text, title)[1]) if main else None
        if name and not any(pattern.search(name) for pattern, _ in companies):
            # (the company both open with is the one the cue is of: `Calloway Aerostructures
            # Picks Morocco ...`, `- Wichita-based supplier to hire ...`, `Calloway
            # Aerostructures Inc. will build`)
            companies += _name_patterns({name: main})
    if main is None and title_case:
        main = headline_company_cue(headline)  # `... as Indian Drugmaker Plans $150 Million Plant`
    late = max(_LATE_COMPANY_CHARS, len(text) * _LATE_COMPANY_SHARE)
    if main is None and len({code for _, code in cued}) == 1 and not _home_subject_headline(headline) and not any(
            _a_source(text, m) or m.start() > late or _an_example(text, m) for m in [cued[0][0].search(text)] if m):
        # `Le groupe sud-coréen X` told later than the lead, and no other company's country:
        # `l'usine emploiera 600 personnes` is about X's project. (Not a company named in
        # passing that the gazetteer knows: `les exportations de Renault` in a port's report;
        # nor one first told in the article's second half: `Parmi les nouveaux venus, le
        # japonais Hinode Seiki` in a port's report.)
        main = cued[0][1]
        first = cued[0][0].search(text)
        main_from = max((p for p in paragraphs if first and p <= first.start()), default=0)
    if main == HOME_COUNTRY and not any(pattern.search(headline) for pattern, _ in companies) \
            and _foreign_headline(headline, companies) and _host(headline) is None:
        # `Tunisia's phosphate output rebounds`, then `Morocco's OCP holds about 70% of world
        # reserves`: a home company the headline does not name is the foreign subject's
        # benchmark (not where the headline places a project abroad: `Tadla Lait s'implante en
        # Côte d'Ivoire`, then `le groupe laitier marocain`)
        main = None
    return main, main_from, companies


def _home_subject_headline(headline: str) -> bool:
    """Whether the headline, past its label, opens on a place or an organisation of the home
    country as its subject (`Détroit de Gibraltar : Tanger Med a traité 11,1 millions d'EVP`):
    the article is about it, not about a foreign company its body names in passing (`le groupe
    danois Maersk a déplacé 30% de ses transbordements`)."""
    label = _HEADLINE_LABEL_RE.match(headline)
    subject = _HEADLINE_SUBJECT_RE.match(headline, label.end() if label else 0)
    return bool(subject) and (_located_home(subject.group("name")) or bool(_home_organisations_re().fullmatch(subject.group("name"))))


# The headline's opening name, before its verb: `Tanger Med a traité`, `Le port de Nador West Med
# ouvre`, `OCP lifts`.
_HEADLINE_SUBJECT_RE = re.compile(
    r"\s*(?:(?:Le|La|Les|L['’]|The)\s*)?(?P<name>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
    r"(?:a|ont|est|sont|va|vont|has|have|is|are|will|[a-zé]+(?:e|ent|s|ed))\b")


# A headline about the home country's partners or flows, whoever opens it (`Blé tendre : la
# France reprend la tête des fournisseurs`, `premières exportations vers la Suisse`).
_PARTNER_HEADLINE_RE = re.compile(
    r"(?i:\b(?:fournisseurs?|clients?|partenaires?|suppliers?|customers?|partners?|buyers?|acheteurs?|débouchés?"
    r"|destinations?|sources?|investisseurs?|investors?|marchés?\s+émetteurs?|markets?)\b|\b(?:vers|from|depuis|en\s+provenance)\s"
    # (`to` before a place, not a verb's: `slow to reach households`)
    r"|\bto\s+(?:the\s+)?(?-i:[A-Z]))"
)
_HEADLINE_LABEL_RE = re.compile(r"^[^:]{1,40}:\s*")


def _home_in_passing(text: str, abroad: str) -> bool:
    """Whether the article names the home country (by its name, its places, `le Royaume`) less
    often than the foreign country it is about: that country's own economy, the home country
    one of its markets or rivals (`Brazil's Beef Exports Hit Record`, with Morocco among the new
    buyers), not a foreign partner's work in the home country (`Corée du Sud : un financement
    de 450 M$ de KEXIM pour le rail`, naming Moroccan cities and projects throughout)."""
    counts = Counter(code for mention in find_countries(text) for code in mention.codes)
    places = sum(1 for _ in _home_places_re().finditer(text))
    words = sum(1 for _ in _HOME_WORDS_RE.finditer(text))
    return counts[HOME_COUNTRY] + places + words < counts[abroad]


def _partner_in_headline(headline: str) -> bool:
    """Whether the headline tells of the home country's partners (`_PARTNER_HEADLINE_RE`): a
    partner's word, or a flow to or from a country; not a flow to a region (`Ukraine grain exports
    to Africa up 20%`, the foreign country's trade) nor a title-case phrase (`Look to Cheaper Shores`)."""
    for m in _PARTNER_HEADLINE_RE.finditer(headline):
        if not m.group(0).lower().startswith(_FLOW_PREPOSITIONS):
            return True
        # (the `to` alternative ends on the capital it looked for: the name starts there)
        end = m.end() - 1 if m.group(0)[-1].isupper() else m.end()
        at = _ARTICLE_AFTER_RE.match(headline, end).end()
        following = next(iter(find_countries(headline[at:at + 40])), None)
        if following is not None and following.start == 0:
            return True
    return False


_FLOW_PREPOSITIONS = ("vers", "from", "depuis", "en provenance", "to")
_ARTICLE_AFTER_RE = re.compile(r"\s*(?:(?:the|la|le|les|l['’])\s*)?")


def _about_abroad(headline: str, companies) -> str | None:
    """The foreign country a headline opens on as its subject, naming nothing of the home
    country but as the rival it takes on, nor any partner or flow of it (`L'Egypte veut produire
    500.000 véhicules par an d'ici 2030 et défier le Maroc`): the article is about that country."""
    rival = country_subjects.rival_home_objects(headline, 0, len(headline), HOME_COUNTRY)
    told = headline[:rival[0][0]] if rival else headline
    # (the statement before its cause: `Hungary's Economy Barely Grows as Car-Parts Makers Look to Cheaper Shores`)
    told = country_subjects.headline_statement_before_its_cause(told, companies) or told
    # (one country: two ranked against each other are the home country's partners, `l'Espagne
    # creuse l'écart avec la France`)
    if not _foreign_headline(told, companies) or _partner_in_headline(told) or len(_named(told, 0, len(told), companies)) != 1:
        return None
    label = _HEADLINE_LABEL_RE.match(told)
    if label is not None:
        # (a label that is the country itself: `Espagne : les exportations reculent`)
        named = find_countries(label.group(0))
        if len(named) == 1 and named[0].kind == "name" and len(named[0].codes) == 1 \
                and not _WORD_RE.search(label.group(0)[:named[0].start] + label.group(0)[named[0].end:]):
            return named[0].codes[0]
    body = told[label.end():] if label is not None else told
    body = re.sub(r"^(?:[Ll]e\s+|[Ll]a\s+|[Ll]es\s+|[Ll]['’]\s*|[Tt]he\s+)", "", body)
    opening = next(iter(find_countries(body[:40])), None)
    if opening is None or opening.start != 0 or opening.kind != "name" or len(opening.codes) != 1:
        return None
    return opening.codes[0]


def _name_opening_both(headline: str, lead: str) -> str | None:
    """The capitalised words that both the headline and the lead open with (a company's name:
    `Calloway Aerostructures`), unless a country or place names them."""
    words = []
    for a, b in zip(headline.split(), lead.split()):
        if a != b or not a[:1].isupper() or a.lower() in _OPENING_WORDS:
            break
        words.append(a)
    name = " ".join(words)
    return name if name and not find_countries(name) and not find_places_abroad(name) else None


_OPENING_WORDS = frozenset("the le la les l' un une a an en in au aux à".split())


def _counted_nouns(window: str, published_year: int | None, dating: Dating) -> frozenset[tuple[str, str]]:
    """The nouns the headline and lead count in a sentence that states its period (`Morocco
    attracted 214 announced greenfield projects in 2025` -> `project`), in the singular, lower
    case, with the number: the ranking or breakdown that follows counts the same things over
    the same period (`Nigeria came fourth with 128 projects`). (Not a count told beside a
    period another sentence states: `Xinrui posts record year in 2024. The group ... now has
    12 plants`.)"""
    nouns = set()
    for line in window.split("\n"):
        for start, end in _sentences(line):
            if _stated_periods(line[start:end], published_year, dating):
                nouns |= _counted_in(line[start:end])
    return frozenset(nouns)


def _counted_in(sentence: str) -> set[tuple[str, str]]:
    nouns = set()
    for m in _COUNTED_RE.finditer(sentence):
        run = []
        for word in m.group("words").split():
            if word.lower() in _NOT_COUNTED:
                break
            run.append(word.lower())
        # (the head noun: first in French, `47 projets industriels`; last in English, `214
        # announced greenfield projects`)
        nouns |= {(singular(run[0]), m.group("n")), (singular(run[-1]), m.group("n"))} if run else set()
    return nouns


def singular(word: str) -> str:
    """`projects` -> `project`, `projets` -> `projet`, `emplois` -> `emploi`."""
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) else word


# A whole number and the few words after it (not a year, not a money amount or a share).
_COUNTED_RE = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:[ .,\u202f\u00a0]\d{3})*)(?![\d.,]?\d)(?!\s*(?:%|\$|€|DH|MAD|dirhams?|euros?|dollars?))"
                         r"(?P<words>(?:\s+[a-zA-Zàâçéèêëîïôûù-]+){1,7})")
_NOT_COUNTED = frozenset(
    "de des du d la le les en in of the a an to and et pour for par by sur on au aux à millions million milliards milliard"
    " billion billions mille thousand".split()
)


# What introduces a source rather than an actor: `according to ...`, `selon ...`, a consultancy.
_SOURCE_BEFORE_NAME_RE = re.compile(
    r"(?i:\b(?:consultancy|consulting\s+firm|research\s+firm|data\s+provider|rating\s+agency|cabinet(?:\s+de\s+conseil)?"
    r"|agence\s+de\s+notation|bureau\s+d['’]études)\s+$"
    r"|\b(?:according\s+to|selon|d['’]après)\s+(?:[\w'’-]+\s+){0,8}$)"
)


def _a_source(text: str, mention: re.Match) -> bool:
    """Whether the company named at `mention` is introduced as a source, not an actor."""
    return bool(_SOURCE_BEFORE_NAME_RE.search(text, max(0, mention.start() - 80), mention.start()))


def _an_example(text: str, mention: re.Match) -> bool:
    """Whether the company named at `mention` is first told as an example of others (`portées
    par les commandes des grandes enseignes, dont le groupe galicien Inditex`, `buyers such as
    Japan's X`): one of a sector's customers or members, not the article's actor."""
    return bool(_EXAMPLE_BEFORE_NAME_RE.search(text, max(0, mention.start() - 60), mention.start()))


# An example's marker opening the clause that names the company (`, dont le groupe galicien`,
# `, notamment l'espagnol`, `such as China's`, `including US-based`).
_EXAMPLE_BEFORE_NAME_RE = re.compile(
    r"(?:^|[,;(]\s*)(?i:dont|notamment|parmi\s+lesquel(?:le)?s|comme|tels?\s+que|telles?\s+que|such\s+as|including|like)"
    r"\s+[^,;()]*$"
)


def _foreign_host(focus: tuple[str, ...], main: str | None, home: str | None) -> str | None:
    """Where a foreign company's project is when the headline and lead do not place it but
    their focus is abroad: the one focus country that is not the company's (`Egypt woos Chinese
    carmakers with Suez zone incentives`, of China's Hanxing Motor's plant)."""
    others = set(focus) - {main, home}
    if main is None or main == home or (home and home in focus) or len(others) != 1:
        return None
    return others.pop()


# How far into the text a company first cued later than the lead can still be the main one:
# its first half, or its first characters in a short one.
_LATE_COMPANY_SHARE = 0.5
_LATE_COMPANY_CHARS = 600


def _foreign_headline(headline: str, companies) -> bool:
    """Whether the headline names a foreign country and nothing of the home country."""
    named = _named(headline, 0, len(headline), companies)
    return bool(named) and HOME_COUNTRY not in named and not _located_home(headline) \
        and not _home_organisations_re().search(headline) and not _HOME_MONEY_RE.search(headline)


# The budget the headline's year is of (`PLF 2026`, `loi de finances 2025`, `the 2026 budget`).
_BUDGET_RE = re.compile(r"\b(?:PLFR?|LFR?)\b|(?i:\bloi\s+de\s+finances|\bbudget|\bfinance\s+bill)")


# A consortium or joint venture and the companies that lead it: `a consortium led by Spain's
# Enagás Internacional and Abu Dhabi's Masdar Gas Ventures`, `une coentreprise entre X et Y`.
_CONSORTIUM_RE = re.compile(r"(?i:\b(?:consorti(?:um|a)|joint[\s-]+venture|coentreprise|co-entreprise|groupement)\b)")


def consortium_countries(lead: str, companies, home: str | None) -> tuple[str, ...]:
    """The foreign countries of the companies the lead names in the sentence of a consortium,
    after the word: its project (`The project, estimated at $1.1 billion`) is all of theirs."""
    found = _CONSORTIUM_RE.search(lead)
    if found is None:
        return ()
    end = next((b for a, b in _sentences(lead) if a <= found.start() < b), len(lead))
    codes = {code for pattern, code in companies if pattern.search(lead, found.end(), end)} - {home}
    return tuple(sorted(codes)) if len(codes) >= 2 else ()


# Two companies joined as the subject that opens a lead's sentence: `China's Qilin Cobalt Co. and
# South Korea's Daesan Chemical Corp. will build`, `Le chinois X et le coréen Y vont construire`.
_JOINED_RE = re.compile(r"[^\S\n]+(?:and|et)[^\S\n]+")
_JOINT_LEAD_CHARS = 800  # the article's first sentences, past a standfirst's bullets


def _partners_opening_the_lead(lead: str, companies, home: str | None) -> tuple[str, ...]:
    """The countries (the first one's first) of two foreign companies of different countries
    that the lead's first sentence (past a standfirst's bullets and a byline) opens on, joined by
    `and`/`et`: a joint project."""
    for start, end in _sentences(lead):
        if _STANDFIRST_LINE_RE.match(lead, start, end):
            continue
        named = sorted((m.start(), m.end(), code) for pattern, code in companies for m in [pattern.search(lead, start, end)] if m)
        if len(named) < 2:
            return ()
        (a0, a1, first), (b0, _, second) = named[:2]
        opening = lead[start:a0]
        if first != second and home not in (first, second) and len(opening.split()) <= 3 \
                and _JOINED_RE.search(lead, a1, b0) and len(lead[a1:b0].split()) <= 4:
            return (first, second)
        return ()
    return ()


# A standfirst's bullet or a byline before the lead's first sentence.
_STANDFIRST_LINE_RE = re.compile(r"\s*(?:[-•–]\s|(?:By|Par)\s+[A-Z])")


# A headline about trade (`Maroc-Arabie saoudite : les échanges commerciaux ont atteint 24,6
# MMDH`, `Morocco, Brazil Aim to Triple Trade`), or about goods one side sells the other
# (`l'OCP s'engage à livrer 3,2 millions de tonnes à l'Inde`, `Morocco to supply Nigeria with`).
_TRADE_HEADLINE_RE = re.compile(
    r"(?i:\b[ée]changes\b|\bcommerc(?:e|ial|iale|iaux)\b|\btrade\b|\bexchanges\b|\bbalance\s+commerciale\b"
    r"|\blivr(?:er|e|ent|era|eront|aisons?)\b|\bapprovisionn\w*|\bfourni(?:r|t|ra|ront|ssent)\b"
    r"|\b(?:deliver|supply|supplies|supplying|ship|ships|shipping|shipments?)\b"
    # or about its balance (`Maroc-Chine : un déficit de près de 70 milliards`). (Not `exports to
    # Japan rise`: such an article tells the home sector's own figures as well as the flow's.)
    r"|\bd[ée]ficit\b|\bexc[ée]dent\b|\bsurplus\b)")


def trade_partner(headline: str, focus: tuple[str, ...], home: str | None, main: str | None = None) -> str | None:
    """The home country's partner in an article about their trade: the one foreign country
    of its focus, where the headline speaks of trade; not the main company's, where the headline
    tells it only as that company's nationality (`Australian Miner Bets $650 Million on Moroccan
    Copper as EU Seeks Supply`: a company's project, not Australia's trade)."""
    others = [code for code in focus if code != home]
    if not (home in focus and len(others) == 1 and _TRADE_HEADLINE_RE.search(headline)):
        return None
    mentions = find_countries(headline)
    # (a pair told together is the trade's: `Saudi-Moroccan shipping line launches ...`)
    paired = any(m.kind == "compound" for m in mentions) \
        or any(headline[a.end:b.start] in ("-", "–", "/") for a, b in zip(mentions, mentions[1:]))
    if others[0] == main and not paired and not any(m.kind == "name" and main in m.codes for m in mentions):
        return None
    return others[0]


# A headline about an agreement, its talks or its signature (`Pêche : Rabat et Bruxelles rouvrent
# les négociations sur un nouvel accord`, `EU, Morocco initial new fisheries protocol`).
_AGREEMENT_HEADLINE_RE = re.compile(
    r"(?i:\b(?:accords?|protocoles?|conventions?|négociations?|pacte|agreements?|deals?|protocols?|pacts?|talks)\b)")


def agreement_partner(headline: str, focus: tuple[str, ...], home: str | None) -> str | None:
    """The home country's partner in an article about an agreement between them: the one
    foreign country of its focus, where the headline speaks of an agreement."""
    others = [code for code in focus if code != home]
    return others[0] if home in focus and len(others) == 1 and _AGREEMENT_HEADLINE_RE.search(headline) else None


def _stated_periods(window: str, published_year: int | None, dating: Dating = NO_DATING) -> list[tuple[int, int, int, str]]:
    """The periods `window` states, without the dates of events (`jeudi 8 février 2018`,
    `March 5, 2024`): a figure told later in the article is not of the day of the event. A
    balance struck at a month's end (`au 30 juin 2025`) dates the accounts: it stays."""
    return [
        found for found in _period_matches(window, published_year, dating)
        if (_AS_AT_DAY_BEFORE_RE.search(window, max(0, found[0] - 30), found[0])  # `au 30 juin 2025`: accounts
            or not _DAY_BEFORE_RE.search(window, 0, found[0]) and not _DAY_AFTER_RE.match(window, found[0]))
        and not _HORIZON_RE.match(window, found[0]) and not _HORIZON_BEFORE_RE.search(window, 0, found[0])
        and not _EVENT_PARTICIPLE_RE.search(window, 0, found[0])
    ]


# `Lancé en 2014, le Plan ...`, `launched in 2014`: the year of an event, not the figures' period.
_EVENT_PARTICIPLE_RE = re.compile(
    r"(?i:\b(?:lancée?s?|créée?s?|fondée?s?|inaugurée?s?|signée?s?|adoptée?s?|ouverte?s?|mise?s?\s+en\s+place|launched|founded"
    r"|created|signed|adopted|opened|set\s+up|established)\s+(?:(?:en|in)\s+)?)$"
)


# For the countries, a byline with its date or time (`Par Youssef Alami | Le 17/04/2025 à 09:20`,
# `By Sara Zouiten - 12:30`) is one too. (The period's lead keeps it: a period the real lead
# states would pass to figures the development corpora want without one.)
_BYLINE_AND_DATE_RE = re.compile(r"^(?i:par|by|por)\s+[^|•·–—\n]{2,60}?\s*[|•·–—-]\s*[^\n]{0,60}\d[^\n]{0,30}$")


def _is_byline(line: str, with_date: bool) -> bool:
    return bool(_BYLINE_RE.match(line) or (with_date and _BYLINE_AND_DATE_RE.match(line)))


def _headline_and_lead(text: str, title: str | None, mastheads: bool = False) -> tuple[str, str]:
    """The headline (the title; else a first line short enough to be one) and the lead
    (the first paragraph of the body after it)."""
    # A byline (`Par Younes Tantaoui`, `By Sara Zouiten`) stays in the text but is no lead.
    lines = [line for line in text.split("\n") if line.strip() and not _is_byline(line.strip(), mastheads)]
    if not lines:
        return title or "", ""
    # A masthead or a section line may come before the title (`La Vie éco`, `ÉCONOMIE`): for
    # the countries (`mastheads`), the headline is the title's line and the lead the line
    # after it. (The period still reads the first line as the lead: its rules were measured so.)
    if mastheads and title and title.strip():
        at = next((i for i, line in enumerate(lines[:4]) if line.strip().startswith(title.strip()[:40])), 0)
        lines = lines[at:]
    first = lines[0].strip()
    is_title = bool(title) and first.startswith(title.strip()[:40])
    if is_title or (not title and len(first) <= _HEADLINE_CHARS and not first.endswith(".")):
        return first, lines[1] if len(lines) > 1 else ""
    return title or "", lines[0]


# A lead is prose: a line of six words or more ending a sentence (not a byline with its
# time, `Par Youssef Alami | Le 17/04/2025 à 09:20`, nor a section line).
_PROSE_LINE_RE = re.compile(r"^(?:\S+\s+){5,}.*[.!?»\"”)]\s*$")


def _headline_periods(headline: str, lead: str, published_year: int | None, dating: Dating) -> tuple[str, list]:
    """The headline with the lead's first two sentences, and the periods they state, in order
    (not the base of a comparison: `compared with 30% five years ago`)."""
    lead_sentences = _sentences(lead) if lead.strip() else []
    first_sentences = lead[: lead_sentences[min(1, len(lead_sentences) - 1)][1]] if lead_sentences else ""
    window = headline + "\n" + first_sentences
    periods = sorted((f for f in _stated_periods(window, published_year, dating) if f[2] > 0 and not _COMPARED_BEFORE_RE.search(window, 0, f[0])
                      and not _SINCE_BEFORE_RE.search(window, max(0, f[0] - 130), f[0]) and not _SINCE_OPENING_RE.match(window, f[0])
                      and not _EVENT_DATED_BEFORE_RE.search(window, max(0, f[0] - 120), f[0])
                      and not _SEASON_STARTS_RE.match(window, f[1])),
                     key=lambda f: (f[0], -f[2]))
    return window, periods


# A season told as it starts (`La campagne d'exportation de tomates 2026-2027 démarre sous
# tension`, `the 2026-27 season kicks off`): the figures the article goes on to give are of the
# season that ended, not of the one that has no figures yet.
_SEASON_STARTS_RE = re.compile(
    r"\s+(?:(?:qui|which)\s+)?(?:démarre|commence|débute|s['’]ouvre|s['’]amorce|begins|starts|opens|kicks\s+off|gets\s+under\s*way)\b")


# A figure of the headline, as the body restates it: `atteignent 21,6 milliards de DH`, then
# `ont atteint 21,6 milliards de DH en 2025` (not a year: `Horizon 2030`).
_HEADLINE_NUMBER_RE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d+(?:[.,\u202f\u00a0 ]\d+)*(?![\d])")


def _restated_figures_period(text: str, headline: str, published_year: int | None, dating: Dating) -> str | None:
    """When the headline and lead state no period, the one the body gives the headline's
    figure where it restates it: that figure is the article's measure, and its period the
    article's (`Les exportations vers l'Afrique de l'Ouest atteignent 21,6 milliards de DH`,
    then `ont atteint 21,6 milliards de DH en 2025, en hausse de 9,7%`)."""
    line = _line_of(text, headline)
    if line is None:
        return None
    body = text[line[1]:]
    for number in _HEADLINE_NUMBER_RE.finditer(headline):
        again = re.search(rf"(?<![\d.,]){re.escape(number.group(0))}(?![\d]|[.,]\d)", body)
        if not again:
            continue
        start, end = next(((a, b) for a, b in _sentences(body) if a <= again.start() < b), (0, 0))
        sentence, after = body[start:end], again.end() - start
        # (the period that goes with the figure, told right after it and already over: not a
        # base year before it, `de 48 milliards de DH en 2025 à 80 milliards`, nor a plan's
        # span, `$1.5 billion in Morocco over the next five years`)
        found = [f for f in _stated_periods(sentence, published_year, dating)
                 if after <= f[0] <= after + _RESTATED_PERIOD_CHARS and not _BREAK_RE.search(sentence, after, f[0])
                 and not (published_year and int(f[3].split("/")[-1][:4]) > published_year)]
        if found:
            return found[0][3]
    return None


_RESTATED_PERIOD_CHARS = 30  # `21,6 milliards de DH en 2025`: the unit and a preposition
_BREAK_RE = re.compile(r"[,;:.()]")


# A start told with its object, dating that event: `its Tizert copper mine began commercial
# production in September`, `l'usine a démarré sa production en mars`.
_STARTED_BEFORE = (
    r"\b(?:began|started|commenced|entered|opened)\s[^.;,()\d\n]{0,40}?\s(?:(?:in|on)\s+)?$"
    r"|\b(?:a|ont|avait|avaient)\s+(?:démarré|commencé|débuté)\s[^.;,()\d\n]{0,40}?\s(?:(?:en|le)\s+)?$"
)
# The date of an event that a noun or a clause tells, not the article's period: `Malgré la
# surtaxe instaurée en 2020, les achats ... ont bondi de 9% en 2025`, `the duty imposed in 2021`,
# `after the UK government declined to back it last year`, `avant la crise de 2008`.
_EVENT_DATED_BEFORE_RE = re.compile(
    r"(?i:(?<!\ba\s)(?<!\bont\s)(?<!\best\s)(?<!\bsont\s)(?<!\bété\s)(?<!\bavait\s)(?<!\bavaient\s)"
    r"\b(?:instauré|introduit|imposé|signé|lancé|créé|fondé|adopté|inauguré|conclu|décidé|annoncé|entré|prorogé|voté|mis\s+en\s+place)e?s?"
    r"(?:\s+(?:en|le|dès|depuis))?\s*$"
    r"|\b(?:introduced|imposed|signed|launched|created|founded|adopted|inaugurated|concluded|enacted|set\s+up|put\s+in\s+place)"
    r"(?:\s+(?:in|on|back\s+in))?\s+$"
    r"|\b(?:after|before|when|après\s+que|avant\s+que|lorsque|quand)\s[^.;,()]{0,100}$"
    rf"|{_STARTED_BEFORE})"
)
_STARTED_BEFORE_RE = re.compile(rf"(?i:{_STARTED_BEFORE})")
# The start of a span of time, not the article's period: `Depuis le lancement de la ZLECAf en
# janvier 2021`, `since 2019`.
_SINCE_BEFORE_RE = re.compile(r"(?i:\b(?:depuis|since)\b[^.;,]{0,120}$)")
_SINCE_OPENING_RE = re.compile(r"(?i:depuis|since)\b")  # (the period itself: `depuis 2022`)


def _period_headline_and_lead(text: str, title: str | None) -> tuple[str, str]:
    """The headline and lead whose period dates the article's figures: the title's line, past
    a masthead (`Le Matin.ma`), and the first line of prose after it."""
    headline, lead = _headline_and_lead(text, title, mastheads=True)
    if _PROSE_LINE_RE.match(lead.strip()):
        return headline, lead
    at = text.find(lead) if lead else -1
    rest = text[at + len(lead):].split("\n") if at >= 0 else []
    return headline, next((line for line in rest if _PROSE_LINE_RE.match(line.strip())), lead)


def _line_of(text: str, headline: str) -> tuple[int, int] | None:
    """The span of the line of `text` that is the headline, if one is."""
    at = text.find(headline.strip()) if headline.strip() else -1
    if at < 0 or (at > 0 and text[at - 1] != "\n"):
        return None
    end = text.find("\n", at)
    return at, len(text) if end < 0 else end


def paragraph_bounds(article: Article, text: str, position: int) -> tuple[int, int]:
    """The start and end of the paragraph holding `position`."""
    i = bisect_right(article.paragraph_starts, position) - 1
    start = article.paragraph_starts[i] if i >= 0 else 0
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


# A sentence that goes on from the goal told before it (`Pour y parvenir`, `To get there`).
_TOWARDS_GOAL_RE = re.compile(
    r"(?i:^\s*(?:pour\s+(?:y\s+parvenir|y\s+arriver|ce\s+faire|atteindre\s+(?:cet|cette|ces|ses|leurs?|son)\s+(?:objectifs?|cibles?|ambitions?))"
    r"|to\s+(?:get\s+there|achieve\s+(?:this|that|these|its|the)\s+(?:goals?|targets?|objectives?|ambitions?)|reach\s+(?:this|that|the|its)\s+(?:goals?|targets?)))\b)"
)


def goal_horizon(text: str, earlier_sentences: list[tuple[int, int]], sentence: str) -> str | None:
    """The horizon of the goal the sentence before states (`vise 52% d'ici 2030. Pour y parvenir,
    quelque 15 GW devront être installés`): what the sentence says is needed is of that horizon."""
    if not earlier_sentences or not _TOWARDS_GOAL_RE.match(sentence):
        return None
    start, end = earlier_sentences[-1]
    goal = _TARGET_AFTER_RE.search(text, start, end)
    return next((year for year in goal.groups() if year), None) if goal else None


# `à terme`, `eventually`: the figure is of no stated time, and takes none from its context;
# nor does a rate told per unit (`Chaque point de part de marché cédé ... représente environ
# 2.500 emplois`, `for every tonne exported`).
_NO_TIME_RE = guarded(re.compile(r"(?i:\b[àa]\s+(?:plus\s+)?(?:long\s+)?terme\b|\bà\s+plein\s+régime\b|\beventually\b|\bultimately\b"
                         r"|\bin\s+the\s+long\s+(?:run|term)\b|\bat\s+full\s+capacity\b"
                         # what a rule allows (`Ce droit peut atteindre jusqu'à 90% du droit commun`)
                         r"|\bpeu(?:t|vent)\s+(?:atteindre|aller\s+jusqu)|\b(?:can|may)\s+(?:reach|go\s+up\s+to|be\s+up\s+to)\b"
                         r"|\bchaque\s+(?!année\b|mois\b|an\b|trimestre\b|semestre\b)\w+|\b(?:for\s+)?(?:each|every)\s+(?!year\b|month\b|quarter\b)\w+)"))


# (`(?=...)` first: what a match can begin with, tested before the alternatives; see `context._QUAL_BEFORE`.)
_SAME_PERIOD_RE = re.compile(r"(?=\b(?i:[adfiopsà]))(?i:\b(?:sur|durant|pendant|au\s+cours\s+de)\s+(?:la|cette)\s+(?:même\s+)?période\b"
                             r"|\b(?:over|during|in|for)\s+(?:the|this)\s+(?:same\s+)?period\b"
                             r"|\bdans\s+le\s+même\s+temps\b|\bà\s+la\s+même\s+période\b|\bat\s+the\s+same\s+time\b)")


# One transaction's amount (an investment, a loan, a contract, a stake, a project's cost) or a
# capacity: the deal is dated by its own sentence, not by the statistics the headline reports
# (`au premier semestre 2024` dates the exports, not the 850 MDH a company invests).
_DEAL_BEFORE_RE = re.compile(
    # (one investment, not the plural aggregates statistics report: `les investissements
    # marocains à l'étranger ont atteint 3,6 Mds DH`)
    r"(?=\b(?i:[acdeilmprsvw]))(?i:\binvesti(?:ssement|t|ra|r|ront)?\b|\binvest(?:s|ed|ing|ment)?\b|\bprêts?\b|\bloans?\b"
    r"|\bcontrats?\b|\bcontracts?\b|\bconcession\b|\bparticipation\b|\bstakes?\b|\bcoûts?\b|\bcosts?\b"
    r"|\b(?:d['’]\s*un|pour\s+un)\s+montant\b|\bmontant\s+(?:global|total|de\s+l['’]\s*(?:opération|investissement|accord|contrat|transaction))\b|\bd['’]une\s+valeur\b|\bvalued\b|\bworth\b|\benveloppe\b|\bprogramme\b|\bcapacité\b|\bcapacity\b"
    r"|\bstockage\b|\bstorage\b|\brepris\w*|\bacquis\w*|\bracheté?\w*|\bacquir\w*"
    # a supply deal (`a five-year agreement to supply about 1 million tonnes a year`)
    r"|\bagreements?\s+to\s+(?:supply|buy|sell|deliver)\b|\bdeals?\s+to\s+(?:supply|buy|sell|deliver)\b"
    r"|\b(?:accord|contrat|convention)\s+de\s+(?:fourniture|livraison|vente|achat)\b|\bs['’]\s*engage\s+à\s+(?:fournir|livrer|acheter))"
    r"[^.;]{0,60}$"
    # a stock of investments, however long its name (`Le stock des investissements directs
    # italiens dans le Royaume s'élève, pour sa part, à`)
    r"|(?i:\bstock\b|\bencours\b)[^.;]{0,100}$"
)
# (or named right after it: `40% stake`, `30% du capital`, `45 M€ investis`)
# (an English amount before the project it pays for: `a $150 million blending and storage
# plant`, `a $13 billion green investment programme`; a share of a stock: `70% of the world's
# known phosphate reserves`)
_DEAL_AFTER_RE = re.compile(r"^\s*(?:de\s+|d['’]\s*|of\s+)?(?:\w+\s+){0,2}(?i:investi(?:e|s|es)?\b|invested\b)"
                            r"|^\s*(?i:stake|equity\s+stake|du\s+capital|of\s+the\s+(?:capital|shares))\b"
                            r"|^\s+(?:[\w-]+\s+){0,3}?(?i:plant|factory|facility|project|programme|program|complex)\b"
                            r"|^\s+(?i:of|de|des|du)\s+[^.;,]{0,40}?\b(?i:reserves|réserves)\b")
# What a period saw (flows, revenue) even where an investment is named: `les flux nets
# d'investissements directs`, `recettes d'IDE`, `le premier pays investisseur avec 4,1 Mds`, and
# a change over the period (`les investissements à l'étranger ont reculé de 21,7%`).
_FLOW_RE = guarded(re.compile(
    r"(?i:\bflux\b|\bflows?\b|\brecettes\b|\breceipts\b|\brevenues?\b|\binflows?\b|\bIDE\b|\bFDI\b|\bexport\w*"
    r"|\bimport\w*|\brecul\w*|\bhausse\b|\bbaiss\w*|\bprogress\w*|\baugment\w*|\bchut\w*|\brose\b|\bfell\b|\bgrew\b"
    r"|\bincreas\w*|\bdeclin\w*)"
))


def names_a_deal(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """The figure's clause names one transaction or a capacity right before it (or an
    amount `investi` right after it), and no flow of a period."""
    left = text[max(sentence_start, start - 120):start]
    right = text[end:min(sentence_end, end + 60)]
    if _DEAL_AFTER_RE.match(right) and not _FLOW_RE.search(left[left.rfind(",") + 1:]):
        # what the amount pays for, named right after it, decides; a flow told in another
        # clause does not (`OCP, which reported 2024 revenue ..., is in the middle of a $13
        # billion investment programme`)
        return True
    if _FLOW_RE.search(left) or _FLOW_RE.search(right[:20]):
        return False
    return bool(_DEAL_BEFORE_RE.search(left) or _DEAL_AFTER_RE.match(right))


# `depuis 2022`, `since 1977`: how long a state has lasted, told of that sentence's statement;
# the figures of the sentences after it are not of those years.
_SINCE_RE = re.compile(r"(?i:\b(?:depuis|since)\s+(?:l['’]\s*an(?:née)?\s+|the\s+year\s+)?(?=\d{4}\b))")
# The base of a comparison (`en hausse de 4,6% par rapport à la même période de l'année
# précédente`, `up 7% compared with 2023`, `to 2.8% this year, from 3.4% in 2023`) is not the
# period the paragraph goes on about.
_COMPARED_BEFORE_RE = re.compile(
    r"(?i:\bpar\s+rapport\s+(?:à|au|aux)|\bcomparée?s?\s+(?:à|au|aux|avec)|\bcontre|\bcompared\s+(?:with|to)|\bagainst"
    r"|\bversus|\bvs\.?|\bfrom(?=\s+(?:[$€£]|MAD\s|\d|the\s+same\s)))\s+(?:[^,;.]|(?<=\d)[.,](?=\d)){0,50}$"
    # (a change on its base: `up 8 percent on last year`)
    r"|(?:percent|per\s+cent|%)\s+on\s+$"
    # (the base right before the period, which the search cannot look past: `down 4% from 2024`,
    # `8% more than in 2024`, `plus qu'en 2024`)
    r"|\b(?:than(?:\s+in)?|from|qu['’]\s*en)\s+$"
)


# A period told as a change's base by its own words (`down 4% from 2024`): not what the figures
# after it are of.
_BASE_PERIOD_RE = re.compile(r"(?i:from|than(?:\s+in)?)\s+\d{4}")


def inherited_period(
    text: str, article: Article, earlier_sentences: list[tuple[int, int]], published_year: int | None,
    sentence: str = "", sentence_start: int | None = None, stock: bool = False, forward: bool = False,
) -> str | None:
    """The period of the nearest earlier sentence of the paragraph that states one (its last
    period), else the headline's or lead's (not for a `stock`); none for a figure told as
    `à terme`."""
    if _NO_TIME_RE.search(sentence):
        return None
    same = _SAME_PERIOD_RE.search(sentence)
    if same and sentence_start is not None:
        # `sur la période`, `over the same period`: the last period the article stated, its own
        # sentence's too (`5,8 millions à fin avril ..., 34,5 milliards sur la même période`).
        # (not the years a state has lasted since, nor a comparison's base: `the agreement that
        # has governed their trade since 2021`)
        before = text[:sentence_start + same.start()]
        found = [f for f in _stated_periods(before, published_year, article.dating)
                 if not _SINCE_RE.search(before, max(0, f[0] - 20), f[1])
                 and not _COMPARED_BEFORE_RE.search(before, max(0, f[0] - 60), f[0])
                 and not _STARTED_BEFORE_RE.search(before, max(0, f[0] - 60), f[0])]
        if found:
            return max(found, key=lambda f: (f[1], f[2]))[3]
    if stock:
        # A headcount or an area is a stock, not a flow of the period the paragraph or the
        # headline reports (`au premier semestre 2024` dates the exports, not the plant's 240
        # staff; `l'exercice clos fin mars 2024` the revenue, not the group's 61.000 salariés).
        return None
    for start, end in reversed(earlier_sentences if not forward else ()):
        window = text[start:end]
        # (a year to come is a forecast's, not that of a fact told after it: `before picking up
        # to 4.4% in 2025. Cereal production fell 43%`)
        # (nor the date of an event a noun or a clause tells: `l'accord, entré en vigueur en
        # décembre 1999`, `When the agreement entered into force in January 2006, ...`)
        found = [f for f in _stated_periods(window, published_year, article.dating) if not _COMPARED_BEFORE_RE.search(window, 0, f[0])
                 and not _BASE_PERIOD_RE.fullmatch(window, f[0], f[1])
                 and not _SINCE_RE.search(window, max(0, f[0] - 20), f[1])
                 and not _EVENT_DATED_BEFORE_RE.search(window, max(0, f[0] - 120), f[0])
                 and (forward or not _reaches_ahead(f[3], published_year))]
        if found:
            return max(found, key=lambda f: (f[1], f[2]))[3]
    if forward and _is_past(article.headline_period, published_year, article.dating.month):
        # A forecast or a goal is not about a period already over when the article appeared.
        return None
    if not forward and _reaches_ahead(article.headline_period, published_year) and not article.budget_year:
        # A headline's year to come is a goal's horizon (`vise 800 milliards en 2030`): the
        # figures the article states as facts are not of it. (A budget's year is what all its
        # figures are of: `PLF 2026 : ... Une enveloppe de 28 MMDH sera consacrée`.)
        return None
    return article.headline_period


def _is_past(period: str | None, published_year: int | None, published_month: int | None = None) -> bool:
    """The period ended before the month of publication (before its year when the month is
    unknown): `2024-H1` is over in a September 2024 paper."""
    if not (period and published_year):
        return False
    end = period.split("/")[-1]
    year = int(end[:4])
    if year != published_year or published_month is None:
        return year < published_year
    return _last_month(end[5:]) < published_month


def _last_month(part: str) -> int:
    """The last month of a part of a year: `H1` -> 6, `Q3` -> 9, `05` -> 5, `` (the year) -> 12."""
    if part.startswith("H"):
        return 6 * int(part[1])
    if part.startswith("Q"):
        return 3 * int(part[1])
    return int(part) if part.isdigit() else 12


def _reaches_ahead(period: str | None, published_year: int | None) -> bool:
    """The period begins in a year after `published_year`, or ends after it and spans more
    than a season: a year to come or a plan's span (`2026-2030` in a 2026 paper), not the period
    of a fact the article states (a season is: `2024-2025` in a December 2024 paper)."""
    if not (period and published_year):
        return False
    first, last = int(period[:4]), int(period.split("/")[-1][:4])
    return first > published_year or (last > published_year and last - first >= 2)


def _is_future(period: str | None, published_year: int | None) -> bool:
    """The period begins in a year after `published_year`."""
    return bool(period and published_year and int(period[:4]) > published_year)
