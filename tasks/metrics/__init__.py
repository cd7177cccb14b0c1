"""The metrics stage: every figure of an article as a typed, located row.

A figure is a number (digits or French words) with its scale (`milliards`, `Mds`,
`k`), its unit or currency (ISO 4217), and what the sentence says around it: the
qualifier (`plus de` -> min), the period (`en 2016`, `sur les six premiers mois de
2017` -> 2017-H1), the sign given by a verb (`en baisse de 3,4 %` -> -3.4), the subject
(`volume global d'échanges` -> trade volume) and the countries of the sentence.

One concern a module: `numbers` (the number grammar), `units` (units, currencies and the
lexicon), `scan` (numbers grown into figures), `context` (qualifier, sign, period, subject),
`article` (what the headline, lead and paragraph give a figure: the Article record, the
period), `countries` (which countries a figure is about), `figure` (the record the phases
fill in), `sentences`. This module orchestrates them.

The grammar is a set of precompiled regular expressions walked left to right; no
model is loaded, so a 5 KB page takes a few milliseconds. Words that change with the
domain (subjects, counted nouns, currency aliases) live in
`econews/data/metrics_lexicon.json`, not in the code.

What is *not* a figure, by design: years and dates (`en 2016`, `8 février 2018`,
`2014-2020`), times (`12:03`), ordinals (`3ème`, `6ème session`, `1er`), durations
(`5 ans`, `six mois`), codes (`CO2`, `G20`, `5G`), numbers inside URLs, and the
indefinite article `un`/`une` unless a scale or unit follows (`un million`, `un dollar`).
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left

import polars as pl

from econews.openings import guarded
from econews.tables import TABLES
from econews.tasks.metrics.article import (
    Article, goal_horizon, inherited_period, names_a_deal, paragraph_bounds, read_article, singular,
)
from econews.tasks.metrics.countries import (
    _HOME_WORDS_RE, _OPENING_ARTICLE_RE, HOME_COUNTRY, TOURISM_RE, alone, clear_document_caches, currency_country,
    figure_countries, own_countries,
)
from econews.countries import find_countries
from econews.tasks.metrics.country_clauses import revised_countries
from econews.tasks.metrics.country_masks import masks_for_sentence
from econews.tasks.metrics.lists import list_intro
from econews.tasks.metrics.neighbours import revise_by_neighbours
from econews.tasks.metrics.context import Dating, _resolve, article_season, campaign_start, shift_years
from econews.tasks.metrics.scan import _scan
from econews.tasks.metrics.sentences import _sentences
from econews.tasks.metrics.units import AREA_UNITS, UNITS, _lexicon

__all__ = ["METRICS_SCHEMA", "UNITS", "extract_metrics", "extract_metrics_batch", "metrics_frame"]

# The columns of `metrics` this stage produces (the store adds the run and partition).
METRICS_SCHEMA: dict[str, pl.DataType] = TABLES["metrics"].stage_schema


def extract_metrics(
    text: str, *, doc_id: str = "", language: str = "fr", published_year: int | None = None,
    title: str | None = None, published_month: int | None = None,
) -> list[dict]:
    """Every figure in `text`, left to right.

    Each dict has exactly the keys metric_id, doc_id, start, end, text, value, unit,
    qualifier, period, subject, countries, sentence; `text[start:end]` is the span as
    written. `language` selects the number grammar (`fr` for any language but `en`:
    decimal comma, long-scale `billion`); `published_year` resolves `cette année`; `title`
    is the headline, read with the lead for the article's countries and period;
    `published_month` dates a month said without its year (`en décembre` in a January paper).
    """
    if not text:
        return []
    language = (language or "fr").lower()[:2]
    lex = _lexicon()
    figures = _scan(text, language, lex)
    if not figures:
        return []
    sentences = _sentences(text)
    dating = Dating(published_month, article_season(text), campaign_start(text))
    resolved = [(fig, sentence) for fig, sentence in _resolve(text, figures, sentences, language, published_year, lex, dating)
                if not _parts_of_a_plan(text, fig)]
    if not resolved:
        return []
    article = read_article(text, title, published_year, dating)
    out: list[dict] = []
    seen: dict[tuple[int, int], int] = {}
    # A count of a country's people (`1,4 milliard d'Indiens`) is of that country alone, and
    # its country is none of the other figures' of the sentence.
    owned = {fig.start: own_countries(text, fig.end, fig.unit) for fig, _ in resolved}
    masks = {
        fig.start: owned[fig.start][:2] for fig, sentence in resolved
        if owned[fig.start] and alone(text, fig.start, sentence, owned[fig.start][2], article)
    }
    not_theirs = _sentence_masks(text, resolved)
    over_time = _compared_with_a_year_before(resolved)
    spans: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []  # each row's sentence, and its paragraph's before it
    for fig, (s_start, s_end) in resolved:
        earlier = _earlier_in_paragraph(text, article, sentences, s_start)
        if fig.period is None:
            fig.period = _period_from_context(text, fig, (s_start, s_end), article,
                                              list_intro(text, sentences, s_start) + earlier, published_year,
                                              fig.start in over_time)
        n = seen.get((fig.start, fig.end), 0)
        seen[(fig.start, fig.end)] = n + 1
        countries = _countries(text, fig.start, (s_start, s_end), article, earlier, owned, masks, sentences,
                               not_theirs.get(fig.start, ()), fig.unit)
        out.append(_metric_row(text, doc_id, fig, n, countries, text[s_start:s_end].strip()))
        spans.append(((s_start, s_end), earlier))
    _share_conversions(text, out)
    _share_bracketed_rates(text, out)
    _share_a_levels_change(text, out)
    _share_a_wholes_owner(text, out)
    _possessive_share_of_the_figure_before(text, out, sentences)
    for row, (sentence, earlier) in zip(out, spans):
        revised = revised_countries(text, (row["start"], row["end"]), sentence, row["countries"], article, title,
                                    published_year, earlier)
        if revised is not None:
            row["countries"] = revised
    _home_of_the_statement_carried_on(text, out, spans, sentences, article.home_country)
    _government_of_the_country_before(text, out, sentences, article.home_country)
    revise_by_neighbours(text, out, spans, sentences, article)
    clear_document_caches()
    return out


def _parts_of_a_plan(text: str, fig) -> bool:
    """A count of a plan's parts (`en deux phases`, `trois tranches`, `two stages`, `quatre
    volets`) tells how a project is built, not a statistic: the development corpus's annotators
    never took one for a figure (one of 41 corpora marked optional)."""
    return fig.unit == "count" and not fig.has_scale and fig.value <= 10 \
        and _PLAN_PART_RE.search(text, fig.start, fig.end) is not None


_PLAN_PART_RE = re.compile(r"(?i:\b(?:phases?|tranches?|étapes?|volets?|stages?|steps?|axes|piliers|pillars)\b)")


def _home_of_the_statement_carried_on(text: str, rows: list[dict], spans, sentences: list[tuple[int, int]],
                                      home: str | None) -> None:
    """A figure whose sentence names no country goes on from the last sentence that names one;
    where every figure of that sentence came out as the home country's with the very countries
    this one got (`98.400 camions à destination de la Mauritanie` is Morocco's flow to
    Mauritania), this one goes on about the same flow and is the home country's too (`Ces
    camions ont transporté 1,62 million de tonnes`), not the partner's alone."""
    if home is None:
        return
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    for row, (sentence, _) in zip(rows, spans):
        by_sentence.setdefault(sentence, []).append(row)
    for row, (sentence, _) in zip(rows, spans):
        found = set(row["countries"])
        # (the opening first: most sentences open otherwise, and it is the cheapest test)
        if not _TAKES_UP_THE_THINGS_RE.match(text, sentence[0]) or not found or home in found \
                or _names_a_country(text, sentence):
            continue
        i = bisect_left(sentences, sentence)
        source = next((s for s in reversed(sentences[:i]) if _names_a_country(text, s)), None)
        figures = by_sentence.get(source, [])
        if figures and all(set(other["countries"]) == found | {home} for other in figures):
            row["countries"] = sorted(found | {home})


# A sentence that opens on the things the sentence before counted (`Ces camions`, `Ces
# exportations`, `These shipments`), not on a company (`Ce groupe`, `The company` tell of its
# own figures, which are not the home country's).
_TAKES_UP_THE_THINGS_RE = re.compile(
    r"\W*(?:Ces|Ce|Cet|Cette|These|This|Those)\s+(?!(?i:groupe|société|entreprise|firme|compagnie|constructeur|fabricant"
    r"|équipementier|opérateur|géant|leader|company|group|firm|maker|manufacturer|operator|giant|pays|country|état|state)\b)")


def _government_of_the_country_before(text: str, rows: list[dict], sentences: list[tuple[int, int]],
                                      home: str | None) -> None:
    """A sentence that opens on `The government` (`Le gouvernement`, `The authorities`) and names
    no country, right after one that opens on a foreign country as its subject, in its paragraph,
    is that country's government: its figures are that country's alone (`Britain imported a
    record 33.5 TWh of electricity in 2025. The government wants 95% of its power to come from
    clean sources by 2030`), not the home country's."""
    for row in rows:
        i = bisect_left(sentences, (row["start"] + 1,)) - 1
        if i < 1 or "\n" in text[sentences[i - 1][1]:sentences[i][0]]:
            continue
        sentence, before = sentences[i], sentences[i - 1]
        if not _GOVERNMENT_OPENING_RE.match(text, sentence[0]) or _names_a_country(text, sentence):
            continue
        opening = _OPENING_ARTICLE_RE.match(text, before[0]).end()
        mention = next(iter(find_countries(text[opening:opening + 40])), None)
        if mention is not None and mention.start == 0 and mention.kind == "name" and home not in mention.codes \
                and not _POSSESSIVE_AFTER_RE.match(text, opening + mention.end):
            row["countries"] = sorted(mention.codes)


_GOVERNMENT_OPENING_RE = re.compile(
    r"\W*(?:The\s+(?:government|authorities|state)|Le\s+gouvernement|Les\s+autorités|L['’]\s*[EÉ]tat)\b(?!['’]s)")
# (`Britain's grid operator`: the possessive's noun is the subject, not the country)
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\b")


def _names_a_country(text: str, sentence: tuple[int, int]) -> bool:
    return bool(find_countries(text[sentence[0]:sentence[1]])) or _HOME_WORDS_RE.search(text, *sentence) is not None


# A sum given again in another currency (`412 milliards de yens, soit environ 26 milliards de
# DH`, `420 millions de reais (près de 720 MDH)`, `MAD 44.1 billion ($4.4 billion)`).
_CONVERSION_RE = re.compile(
    r"\s*(?:,\s*soit|\(\s*soit|\(\s*or|,\s*or|\(|soit|,\s*(?:i\.e\.|c['’]est-à-dire))"
    r"\s*(?:environ|about|around|approximately|roughly|nearly|almost|près\s+de|quelque|some|plus\s+de|more\s+than)?\s*"
)
_CURRENCY_UNIT_RE = re.compile(r"[A-Z]{3}")


def _share_conversions(text: str, rows: list[dict]) -> None:
    """A sum and its conversion into another currency are one amount: the conversion takes
    the countries of the sum as first written (`412 milliards de yens`, Japan's by its
    currency), which the article's own currency would otherwise hide; the two share the
    period and the horizon either is told with (`plans to invest 120 billion dirhams ($12
    billion) ... by 2030`: the horizon read after the bracket is the sum's too)."""
    for first, second in zip(rows, rows[1:]):
        units = (first["unit"] or "", second["unit"] or "")
        if units[0] == units[1] or not all(_CURRENCY_UNIT_RE.fullmatch(u) for u in units):
            continue
        if _CONVERSION_RE.fullmatch(text, first["end"], second["start"]):
            second["countries"] = first["countries"]
            if (first["period"] is None) != (second["period"] is None):
                first["period"] = second["period"] = first["period"] or second["period"]
            ahead = {first["qualifier"], second["qualifier"]} & _FORWARD_QUALIFIERS
            if ahead and {first["qualifier"], second["qualifier"]} <= _FORWARD_QUALIFIERS | {None}:
                first["qualifier"] = second["qualifier"] = "target" if "target" in ahead else "forecast"
            elif second["qualifier"] is None and first["qualifier"] in _BOUNDS:
                # (and the sum's bound or approximation: `about 27 billion dirhams ($2.7 billion)`,
                # `more than 10 billion dirhams ($1 billion)`)
                second["qualifier"] = first["qualifier"]


_FORWARD_QUALIFIERS = frozenset({"target", "forecast"})
_BOUNDS = frozenset({"approx", "min", "max"})


# A rate in brackets right after a figure (`690,000 visitors (+7%)`), or after it within the
# bracket the figure opens (`l'Espagne (15,1 MMDH, 16,5%)`).
_BRACKET_OPEN_RE = re.compile(r"\s*\(\s*")
_BRACKET_NEXT_RE = re.compile(r"\s*[,;]\s*")
_BRACKET_CLOSE_RE = re.compile(r"\s*\)")


def _share_bracketed_rates(text: str, rows: list[dict]) -> None:
    """A rate told in brackets with a figure is that figure's change or share: it takes the
    figure's countries (`Germany sent 690,000 visitors (+7%) and Italy 540,000`: Germany's,
    not Italy's)."""
    for first, second in zip(rows, rows[1:]):
        if second["unit"] != "percent" or first["unit"] == "percent" or not _BRACKET_CLOSE_RE.match(text, second["end"]):
            continue
        opened_before = text[:first["start"]].rstrip().endswith("(")
        if _BRACKET_OPEN_RE.fullmatch(text, first["end"], second["start"]) or (
                opened_before and _BRACKET_NEXT_RE.fullmatch(text, first["end"], second["start"])):
            second["countries"] = first["countries"]


# A change told with the level it reached, one measure: `recule de 4,8%, à 17,9 milliards
# de DH`, `rose 24% to 310,000 visitors`, `à 17,9 milliards de DH, en baisse de 4,8%`.
_CHANGE_THEN_LEVEL_RE = re.compile(r"\s*,?\s*(?:à|to|pour\s+atteindre|to\s+reach)\s+(?:(?:près\s+de|environ|quelque|about|some|around)\s+)?")
# So is the same amount told again as a share or a change (`12,3 MMDH de recettes, soit 26,3% du
# total`, `1,9 MMDH, soit une hausse de 22%`, `$3 billion, or 12% of the total`).
_LEVEL_THEN_CHANGE_RE = re.compile(
    # (over what the amount counts: `12,3 MMDH de recettes, soit 26,3% du total`)
    r"(?:\s+(?:de|d['’]|in|of)\s*[^\d,;.:()]{1,30}?)?"
    # (and its year: `$9.8 billion of products in 2025, up 7%`)
    r"(?:\s+(?:in|en)\s+(?:19|20)\d\d)?"
    r"\s*,\s*(?:(?:en\s+)?(?:hausse|baisse|progression|recul|repli|augmentation|diminution)\s+de|up|down|a\s+rise\s+of|a\s+fall\s+of"
    r"|soit(?:\s+(?:une\s+)?(?:hausse|baisse|progression|recul|repli|augmentation|diminution|croissance)\s+de"
    r"|\s+(?:près\s+de|environ|quelque|plus\s+de))?|or(?:\s+(?:about|nearly|some|around|roughly))?)\s+")


def _share_a_levels_change(text: str, rows: list[dict]) -> None:
    """A change in percent told right before or after the level it led to takes the level's
    countries, and gives it its period where the level has none (`La Belgique recule en
    revanche de 4,8%, à 17,9 milliards de DH`: the home country's trade with Belgium, as its
    amount in dirhams says)."""
    for first, second in zip(rows, rows[1:]):
        if first["unit"] == "percent" and second["unit"] != "percent" and _CHANGE_THEN_LEVEL_RE.fullmatch(text, first["end"], second["start"]):
            first["countries"] = second["countries"]
            # (and the level is of the time of its change: `le nombre d'abonnés a bondi de 12%
            # pour atteindre 9,6 millions`, in the paragraph's year)
            second["period"] = second["period"] or first["period"]
        elif second["unit"] == "percent" and first["unit"] != "percent" and _LEVEL_THEN_CHANGE_RE.fullmatch(text, first["end"], second["start"]):
            second["countries"] = first["countries"]
            second["period"] = second["period"] or first["period"]  # the change is of the level's time


# A part told right after its whole: `its goods shipments reached $262 billion last year, about
# 41% of them to the European Union`.
_PART_BEFORE_RE = re.compile(r"[^.;,]{0,25},\s*(?:(?:about|some|around|nearly|roughly|près\s+de|environ|quelque)\s+)?")
_PART_AFTER_RE = re.compile(r"\s+(?:of\s+(?:them|which|those|it)|d['’]\s*entre\s+(?:eux|elles))\b")


def _share_a_wholes_owner(text: str, rows: list[dict]) -> None:
    """A part of the figure before it (`about 41% of them to the European Union`) is of that
    figure's countries, with its own destination or origin; the home country only where the
    whole is the home country's."""
    for whole, part in zip(rows, rows[1:]):
        if _PART_BEFORE_RE.fullmatch(text, whole["end"], part["start"]) and _PART_AFTER_RE.match(text, part["end"]):
            own = set(part["countries"]) - ({HOME_COUNTRY} - set(whole["countries"]))
            part["countries"] = sorted(set(whole["countries"]) | own)


def _possessive_share_of_the_figure_before(text: str, rows: list[dict], sentences: list[tuple[int, int]]) -> None:
    """A sentence that opens on a possessive share and names no country (`Its share fell to
    18%`, `Sa part dans les exportations du secteur passe ainsi de 5,5% à 7,2%`) goes on about
    the figure of the sentence before, in its paragraph: its figures take that one's countries
    (`Russia supplied about 25% of the EU's fertilizer imports`: Russia's share of the EU's)."""
    last_of: dict[tuple[int, int], dict] = {}
    for row in rows:
        i = bisect_left(sentences, (row["start"] + 1,)) - 1
        sentence = sentences[i] if i >= 0 else None
        if sentence is None:
            continue
        before = sentences[i - 1] if i > 0 else None
        if before in last_of and _POSSESSIVE_SHARE_RE.match(text, sentence[0], row["start"]) \
                and "\n" not in text[before[1]:sentence[0]] \
                and not find_countries(text[sentence[0]:sentence[1]]) and not _HOME_WORDS_RE.search(text, *sentence):
            row["countries"] = list(last_of[before]["countries"])
        last_of[sentence] = row


# `Its share`, `Sa part dans les exportations`, `Leur poids`: a share owned by the subject before.
_POSSESSIVE_SHARE_RE = re.compile(r"\s*(?:Its|Their|Sa|Leur|Son)\s+(?:share|part|quote-part|poids|weight)\b[^.;:]*$")


def _metric_row(text: str, doc_id: str, fig, n: int, countries: list[str], sentence: str) -> dict:
    """One `metrics` row; `n` tells apart figures read twice over the same span."""
    return {
        "metric_id": f"{doc_id}:{fig.start}:{fig.end}:{n}",
        "doc_id": doc_id,
        "start": fig.start,
        "end": fig.end,
        "text": text[fig.start:fig.end],
        "value": float(fig.value),
        "unit": fig.unit,
        "qualifier": fig.qualifier,
        "period": fig.period,
        "subject": fig.subject or "unspecified",
        "countries": countries,
        "sentence": sentence,
    }


def _sentence_masks(text: str, resolved) -> dict[int, tuple[tuple[int, int], ...]]:
    """For each figure, the country mentions of its sentence that are another figure's or
    that the sentence sets apart (`country_masks`)."""
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for fig, sentence in resolved:
        by_sentence.setdefault(sentence, []).append((fig.start, fig.end))
    out: dict[int, tuple[tuple[int, int], ...]] = {}
    for sentence, spans in by_sentence.items():
        out.update(masks_for_sentence(text, sentence, spans))
    return out


def _countries(text, figure_start, sentence, article, earlier, owned, masks, sentences, not_mine=(), unit=None) -> list[str]:
    mine = owned.get(figure_start)
    masked = tuple(span for start, span in masks.items() if start != figure_start) + tuple(not_mine)
    i = bisect_left(sentences, sentence)
    previous = sentences[i - 1] if i > 0 else None
    found = figure_countries(
        text, figure_start, sentence, article, earlier, masked, mine[2] if mine else (), previous
    )
    own_money = currency_country(unit) or _cfa_country(unit, found, article)
    if own_money == HOME_COUNTRY and article.home_country is None:
        return found  # the home country is named by the article, not by its currency alone
    return sorted({*found, own_money}) if own_money and own_money not in found else found


# The CFA franc zones: the West African (XOF) and the Central African (XAF).
_CFA_ZONES = {
    "XOF": frozenset({"BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"}),
    "XAF": frozenset({"CM", "CF", "TD", "CG", "GQ", "GA"}),
}


def _cfa_country(unit: str | None, found: list[str], article) -> str | None:
    """For an amount in CFA francs whose countries name none of its zone, the one country of the
    zone the article is about (`Son résultat net combiné s'est élevé à 41 milliards de FCFA`, in
    an article on a bank merger in Senegal); None where the article is about several or none."""
    zone = _CFA_ZONES.get(unit or "")
    if zone is None or zone & set(found):
        return None
    members = {c for c in (*article.focus_countries, article.host_country) if c in zone}
    return next(iter(members)) if len(members) == 1 else None


# Counts of what comes and goes over a time are flows, dated as money flows are: arrivals,
# visitors, overnight stays, passengers (`La France ... avec 2,45 millions d'arrivées`).
# Visitors are a flow in tourism only: a fair's `12.000 visiteurs` are an event's count.
_FLOW_COUNT_RE = re.compile(
    # (English puts an adjective before the noun: `6.9 million foreign visitors`)
    r"\s*(?:de\s+|d['’]\s*|(?:foreign|international|overseas|additional|new)\s+)?(?:arrivées|touristes|nuitées|passagers|voyageurs|croisiéristes"
    r"|arrivals|tourists|overnight\s+stays|passengers|travell?ers|(?P<visitors>visiteurs|visitors))\b", re.I)
_FLOW_SUBJECTS = frozenset({"tourist arrivals", "arrivals", "tourists", "overnight stays", "passengers"})


# Things made, sold, shipped or handled over a time are flows too, told by a verb or a flow noun
# in the words before the figure in its sentence (at most _FLOW_REACH characters): `a traité 11,1 millions d'EVP`, `Les exportations de véhicules
# neufs ont atteint 612.300 unités`, `It sold 3.8 million drive units`; not what a place has
# (`compte 150 entreprises`) nor a plan's count (`400 entreprises par an`).
_FLOW_CLAUSE_RE = guarded(re.compile(
    r"(?i:\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:traité|exporté|assemblé|produit|vendu|accueilli|immatriculé|livré"
    r"|expédié|importé|transporté|fabriqué|écoulé|manutentionné)\b"
    r"|\b(?:exportations|ventes|production|trafic|immatriculations|livraisons|expéditions|importations)\b[^.;:]{0,80}?"
    r"\b(?:ont|a)\s+(?:atteint|totalisé|dépassé|franchi)"
    r"|\b(?:handled|exported|assembled|produced|sold|welcomed|registered|delivered|shipped|imported|manufactured)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:exports|sales|output|production|traffic|registrations|deliveries|shipments|imports)\b[^.;:]{0,80}?"
    r"\b(?:reached|totall?ed|hit|topped)\b"
    # travellers counted as they come (`Arrivals from the United Kingdom jumped 21% to 980,000`)
    r"|\b(?:arrivals|arrivées|visitors|visiteurs|tourists|touristes|passengers|passagers)\b[^.;:]{0,80}?"
    r"\b(?:reached|totall?ed|hit|topped|rose|jumped|climbed|grew|increased|fell|dropped|declined|surged"
    r"|ont\s+(?:atteint|totalisé|dépassé|progressé|augmenté|bondi|reculé|baissé|grimpé)))"
))
_FLOW_REACH = 120
_OPENING_CHARS = 400  # the headline and the lead's first sentence


def _counts_a_flow(text: str, fig, sentence_start: int = 0, article: Article | None = None) -> bool:
    if fig.subject in _FLOW_SUBJECTS:
        return True
    if article is not None and article.counted_in_period and _counts_what_the_lead_counts(text, fig, sentence_start, article):
        return True
    clause_start = max(sentence_start, fig.start - _FLOW_REACH)
    if _FLOW_CLAUSE_RE.search(text, clause_start, fig.start):
        return True
    noun = _FLOW_COUNT_RE.match(text, fig.end)
    if noun is None and fig.subject != "visitors":
        return False
    # visitors of the country are tourists where the article opens on tourism or the lines before tell of it
    return not (noun is None or noun.group("visitors")) or TOURISM_RE.search(text, max(0, fig.start - 300), fig.start) is not None \
        or TOURISM_RE.search(text, 0, min(fig.start, _OPENING_CHARS)) is not None


_BARE_NUMBER_RE = re.compile(r"[\d.,\s\u00a0\u202f]+")


def _counts_what_the_lead_counts(text: str, fig, sentence_start: int, article: Article) -> bool:
    """Whether the figure counts what the headline or lead counted in its period: the noun
    right after it (`Nigeria came fourth with 128 projects`), or, for a bare number, its
    sentence's (`Egypt topped the ranking by number of projects with 268`)."""
    after = _NOUN_AFTER_RE.match(text, fig.end)
    words = after.group(1).split() if after else []
    if not words:
        # (or, for a bare number, its paragraph's up to it: `France remained the top market,
        # taking 118,000 vehicles. Spain followed with 61,000`)
        sentence_end = text.find(".", fig.end)
        bare = _BARE_NUMBER_RE.fullmatch(text, fig.start, fig.end) is not None
        start = text.rfind("\n", 0, sentence_start) + 1 if bare else sentence_start
        words = re.findall(r"[a-zA-Zàâçéèêëîïôûù-]+", text[start:sentence_end if sentence_end > 0 else len(text)])
    # (not the lead's count itself: `qui recense plus de 300 entreprises` after `en 2023`)
    number = text[fig.start:fig.end].split()[0] if fig.end > fig.start else ""
    nouns = {noun for noun, counted in article.counted_in_period if counted != number}
    return any(singular(word.lower()) in nouns for word in words)


_NOUN_AFTER_RE = re.compile(r"((?:\s+(?:de\s+|d['’]\s*)?[a-zA-Zàâçéèêëîïôûù-]+){1,2})")


def _compared_with_a_year_before(resolved) -> set[int]:
    """The starts of the figures told against their own value years before, and of those
    values (`Le nombre d'escales a atteint 412, contre 338 un an plus tôt`): the figure before
    one told `un an plus tôt`, in its sentence and of its unit."""
    starts: set[int] = set()
    for (before, sentence), (fig, same) in zip(resolved, resolved[1:]):
        if fig.extra.get("years_earlier") and same == sentence and before.unit == fig.unit:
            starts.update((before.start, fig.start))
    return starts


def _period_from_context(text, fig, sentence, article, earlier, published_year, over_time=False) -> str | None:
    """The period a figure whose sentence states none takes from its paragraph or headline.
    `over_time`: the figure is told against its own value years before, or is that value."""
    s_start, s_end = sentence
    # Counted things (`10 mesures`, `deux pays`) have no period of their own, unless a flow or
    # counted against a year before (`412 escales, contre 338 un an plus tôt`); the first end of
    # a change (`passant de 14 à 23 %`) is of an earlier time than the article's.
    counted = fig.unit == "count" and not over_time and not _counts_a_flow(text, fig, s_start, article)
    if counted or fig.range_role == "from" or fig.extra.get("now"):
        return None  # (nor has a figure told as now: `qui atteint aujourd'hui 69%`)
    if _PER_YEAR_AFTER_RE.match(text, fig.end, s_end) or _PER_MONTH_AFTER_RE.match(text, fig.end, s_end):
        # a yearly rate with no year of its own (`The UK imports around 400,000 tonnes of tomatoes a
        # year`), a monthly wage (`950 euros par mois`); not a price per unit, which is its market's
        # at the time the article tells (`$640 a tonne`)
        return None
    if fig.unit in _SIZE_UNITS:
        return None  # a site's or a line's size (`s'étend sur 32 hectares`, `dont 540 km traversent le Maroc`)
    goal = goal_horizon(text, earlier, text[s_start:s_end])
    if goal:
        return goal  # `Pour y parvenir, quelque 15 GW ... devront être installés`
    if names_a_deal(text, fig.start, fig.end, s_start, s_end):
        return None  # one transaction is dated by its own sentence only
    period = inherited_period(text, article, earlier, published_year, text[s_start:s_end], s_start,
                              stock=(_is_stock(fig) and not _jobs_changed(text, fig, s_start)) or _is_stake(text, fig)
                              or _is_a_policy_rate(text, fig),
                              forward=fig.qualifier in ("forecast", "target"))
    if period and fig.extra.get("years_back"):
        period = shift_years(period, -fig.extra["years_back"])  # `un an plus tôt`
    return period


# A rate told per year right after the figure: `400,000 tonnes of tomatoes a year`, `5 millions
# de tonnes par an`, `annually`.
_PER_YEAR_AFTER_RE = re.compile(
    r"(?:\s+[^\s,;.()]+){0,4}?\s+(?i:a\s+year|per\s+year|per\s+annum|annually|each\s+year|every\s+year"
    r"|par\s+an|chaque\s+année|annuellement)\b"
    # (not the base of a change: `up 9.8% from a year earlier`, `a year ago`, `year on year`)
    r"(?!\s*(?:earlier|ago|before|on\b|-on|over|plus\s+tôt|auparavant))"
)


_PER_MONTH_AFTER_RE = re.compile(r"(?:\s+[^\s,;.()]+){0,2}?\s+(?i:(?:a|per)\s+month|par\s+mois|mensuel(?:le)?s?)\b")
# The units of a size, timeless: areas and lengths.
_SIZE_UNITS = AREA_UNITS | {"km", "mi", "m", "ft"}


def _jobs_changed(text: str, fig, sentence_start: int) -> bool:
    """Jobs gained or lost over a period are a flow (`Urban areas gained 190,000 jobs, while
    rural areas lost 108,000`, `l'agriculture a perdu 136.000 postes`)."""
    return fig.unit == "jobs" and _JOBS_CHANGED_RE.search(text, max(sentence_start, fig.start - _JOBS_CHANGED_REACH), fig.start) is not None


# (the verb in the figure's clause, right before it: not `will add 28,000 square meters ...,
# raising its workforce from 1,150`, nor `adding that the companies employ 130,000 people`)
_JOBS_CHANGED_RE = re.compile(
    r"(?i:\b(?:gain(?:ed|s)?|added|adds|lost|los(?:e|es|ing)|shed(?:s|ding)?|cut|cuts|destroyed|perdu|perd|supprimé\w*|détruit\w*|gagné"
    r"|net\s+(?:jobs|job\s+creation)|création\s+nette)\b[^,;.]*$)"
)
_JOBS_CHANGED_REACH = 40


# Units of what a place or a firm has rather than what a period saw: headcounts and areas.
STOCK_UNITS = AREA_UNITS | {"jobs", "km"}


def _is_stock(fig) -> bool:
    """A headcount or an area; jobs created are a flow (`la création de 20.000 emplois`)."""
    return fig.unit in STOCK_UNITS and fig.subject != "jobs created"


# An ownership stake: `in which OCP would hold 49% and NSIA 51%`, `détiendra 35% du capital`,
# `took a 12% stake`, `a 51% share in the operating company` (not a share of a flow taken:
# `The EU took 64 percent of volumes`).
_STAKE_BEFORE_RE = re.compile(
    r"(?i:\b(?:hold|holds|held|holding|own|owns|owned|retain\w*|détien\w*|détenu\w*|conserv\w*|acqui\w*)\b[^,;.\d]{0,20}"
    # (or the next owner's, the verb elided: `OCP would hold 49% and NSIA 51%`)
    r"(?:\d[\d.,]*\s*(?:%|percent|per\s*cent)\s*(?:,|\band\b|\bet\b)\s*[^,;.\d]{1,30})?$)"
)
_STAKE_AFTER_RE = re.compile(
    r"(?i:\s*(?:-\s*)?(?:stake|interest|share\s+in|du\s+capital|des\s+parts|de\s+participation|de\s+la\s+coentreprise"
    r"|of\s+the\s+(?:capital|shares|joint\s+venture|operating\s+company|project\s+company|company)))"
)


# (not a share of a market or a flow held: `the three largest lenders held 64.2% of the sector's assets`)
_SHARE_OF_A_WHOLE_RE = re.compile(
    r"(?i:\s*(?:of|de|des|du|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?"
    r"(?:market|sector|assets|deposits|loans|imports|exports|sales|output|production|volumes?|total|world|global"
    r"|marché|secteur|actifs|dépôts|crédits|importations|exportations|ventes|parts\s+de\s+marché|total|réserves|reserves)\b)"
)


# A central bank's rate, right before the figure: `maintient son taux directeur à 2,25%`, `kept
# its benchmark rate at 2.25%`.
_POLICY_RATE_BEFORE_RE = re.compile(
    r"(?i:\b(?:taux\s+(?:d['’]intérêt\s+)?directeur|policy\s+rate|key\s+(?:interest\s+)?rate|benchmark\s+(?:interest\s+)?rate"
    r"|main\s+refinancing\s+rate)\b[^,;.\d]{0,30}$)"
)


def _is_a_policy_rate(text: str, fig) -> bool:
    """A central bank's rate: the level it stands at, no flow of the article's period (`Bank
    Al-Maghrib maintient son taux directeur à 2,25%` in an article on its 2026 forecasts)."""
    return fig.unit == "percent" and bool(_POLICY_RATE_BEFORE_RE.search(text, max(0, fig.start - 60), fig.start))


def _is_stake(text: str, fig) -> bool:
    """A share of a company's capital: what its owner holds, a stock and no flow of a period."""
    return fig.unit == "percent" and bool(_STAKE_AFTER_RE.match(text, fig.end) or (
        _STAKE_BEFORE_RE.search(text, max(0, fig.start - 80), fig.start) and not _SHARE_OF_A_WHOLE_RE.match(text, fig.end)))


def _earlier_in_paragraph(
    text: str, article: Article, sentences: list[tuple[int, int]], sentence_start: int
) -> list[tuple[int, int]]:
    """The sentences before the one starting at `sentence_start`, in its paragraph."""
    paragraph_start, _ = paragraph_bounds(article, text, sentence_start)
    first = bisect_left(sentences, (paragraph_start, -1))
    last = bisect_left(sentences, (sentence_start, -1))
    return sentences[first:last]


def metrics_frame(rows: list[dict]) -> pl.DataFrame:
    """Rows of `extract_metrics` as a frame with the metrics schema (empty rows give an empty frame)."""
    if not rows:
        return pl.DataFrame(schema=METRICS_SCHEMA)
    return pl.DataFrame(rows, schema=METRICS_SCHEMA).select(list(METRICS_SCHEMA))


def extract_metrics_batch(documents: pl.DataFrame) -> pl.DataFrame:
    """One row per figure of every document (doc_id, text, language, published_at)."""
    rows: list[dict] = []
    if documents.height == 0:
        return metrics_frame(rows)
    has_date = "published_at" in documents.columns
    has_language = "language" in documents.columns
    for record in documents.iter_rows(named=True):
        published = record.get("published_at") if has_date else None
        dated = isinstance(published, (datetime.date, datetime.datetime))
        rows.extend(
            extract_metrics(
                record.get("text") or "",
                doc_id=record["doc_id"],
                language=(record.get("language") if has_language else None) or "fr",
                published_year=published.year if dated else None,
                published_month=published.month if dated else None,
                title=record.get("title"),
            )
        )
    return metrics_frame(rows)
