"""The article around a figure: what its paragraph and its headline say when the figure's
own sentence does not name its countries or its period.

A journalist names the countries and the period once, in the headline, the lead or the
first sentence of a paragraph, and then gives figure after figure without repeating them:
`Les échanges entre le Maroc et la Chine ... 39,5 milliards DH. Les importations ont
progressé de 8 %.` The 8 % is about China and Morocco too. Reading order decides:
the figure's sentence first, then the sentences before it in its paragraph (nearest
first), then the article's focus (its headline and lead, else the countries it names most).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from econews.countries import find_countries
from econews.tasks.metrics.context import _period_matches, _sentence_countries
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
# Where a clause ends inside a sentence: a comma or colon before a space (not `39,5`), a
# semicolon, a bracket, a dash between spaces.
_CLAUSE_CUT_RE = re.compile(r",\s|;|:\s|[()]|\s[–—]\s")
_ASIDE_RE = re.compile(r"\s*(?i:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles|which|who|whose|where)\b")
# The country the news is about. Its press calls it `le Royaume`: a figure of `du Royaume`
# is Moroccan even where the sentence names no country.
HOME_COUNTRY = "MA"
_HOME_WORDS_RE = re.compile(r"\b(?:[Rr]oyaume(?![- ]Uni)|the\s+Kingdom\b(?!\s+of))")
_HOME_WORDS_CODE = (HOME_COUNTRY,)
# How far the lead reaches: the headline and the first paragraphs up to this many characters.
_LEAD_CHARS = 400
# Countries named this many times more than any other are the article's focus when the
# headline and lead name none.
_FOCUS_SHARE = 0.25


@dataclass(frozen=True)
class Article:
    """What the whole article says that a figure may inherit."""

    paragraph_starts: tuple[int, ...]
    focus_countries: tuple[str, ...]  # of the headline and lead, else the most named
    home_country: str | None  # HOME_COUNTRY when the article names it
    headline_period: str | None  # the period the headline or lead states, if one


def read_article(text: str, title: str | None, published_year: int | None) -> Article:
    """The paragraphs, focus countries and headline period of a clean body."""
    paragraphs = [m.start() for m in _PARAGRAPH_RE.finditer(text)]
    headline, lead = _headline_and_lead(text, title)
    first_sentence = lead[: _sentences(lead)[0][1]] if lead.strip() else ""
    periods = sorted(_stated_periods(headline + "\n" + first_sentence, published_year), key=lambda f: (f[0], -f[2]))
    return Article(
        paragraph_starts=tuple(paragraphs),
        focus_countries=_focus_countries(text, headline + "\n" + lead[:_LEAD_CHARS]),
        home_country=HOME_COUNTRY if _names_home(text, title) else None,
        headline_period=periods[0][3] if periods else None,
    )


def _stated_periods(window: str, published_year: int | None) -> list[tuple[int, int, int, str]]:
    """The periods `window` states, without the dates of events (`jeudi 8 février 2018`,
    `March 5, 2024`): a figure told later in the article is not of the day of the event."""
    return [
        found for found in _period_matches(window, published_year)
        if not _DAY_BEFORE_RE.search(window, 0, found[0]) and not _DAY_AFTER_RE.match(window, found[0])
        and not _HORIZON_RE.match(window, found[0]) and not _HORIZON_BEFORE_RE.search(window, 0, found[0])
    ]


def _headline_and_lead(text: str, title: str | None) -> tuple[str, str]:
    """The headline (the title; else a first line short enough to be one) and the lead
    (the first paragraph of the body after it)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return title or "", ""
    first = lines[0].strip()
    is_title = bool(title) and first.startswith(title.strip()[:40])
    if is_title or (not title and len(first) <= _HEADLINE_CHARS and not first.endswith(".")):
        return first, lines[1] if len(lines) > 1 else ""
    return title or "", lines[0]


def _focus_countries(text: str, lead: str) -> tuple[str, ...]:
    codes = _sentence_countries(lead)
    if codes:
        return codes
    counts = Counter(code for mention in find_countries(text) for code in mention.codes)
    if not counts:
        return ()
    total = sum(counts.values())
    return tuple(sorted(code for code, n in counts.items() if n / total >= _FOCUS_SHARE))


def _names_home(text: str, title: str | None) -> bool:
    """Whether the article names the home country: by name or demonym, as `le Royaume`, or
    by one of its places (`Kénitra`, `Tanger Med`)."""
    whole = f"{title or ''}\n{text}"
    return (
        any(HOME_COUNTRY in m.codes for m in find_countries(whole))
        or _HOME_WORDS_RE.search(whole) is not None
        or _home_places_re().search(whole) is not None
    )


@lru_cache(maxsize=1)
def _home_places_re() -> re.Pattern:
    data = json.loads(resources.files("econews").joinpath("data/entities_places.json").read_text(encoding="utf-8"))
    forms = sorted(
        {form for name, country, others in data["places"] if country == HOME_COUNTRY for form in (name, *others)},
        key=len, reverse=True,
    )
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])")


def paragraph_bounds(article: Article, text: str, position: int) -> tuple[int, int]:
    """The start and end of the paragraph holding `position`."""
    i = bisect_right(article.paragraph_starts, position) - 1
    start = article.paragraph_starts[i] if i >= 0 else 0
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def figure_countries(
    text: str, figure_start: int, sentence: tuple[int, int], article: Article,
    earlier_sentences: list[tuple[int, int]],
) -> list[str]:
    """The countries the figure is about: those of its clause or the clauses before it in its
    sentence (asides such as `qui ...`, `which ...` skipped); else those of the nearest
    earlier sentence of its paragraph that names one; else the article's focus. The home
    country joins them in an article about it. Empty only when none is named."""
    found = _clause_countries(text, figure_start, sentence)
    if not found:
        for start, end in reversed(earlier_sentences):
            found = _sentence_countries(text[start:end].strip())
            if found:
                break
    found = set(found or article.focus_countries)
    if article.home_country:
        found.add(article.home_country)
    return sorted(found)


def _clause_countries(text: str, figure_start: int, sentence: tuple[int, int]) -> tuple[str, ...]:
    """Countries of the figure's clause, else of the nearest clause before it in the sentence
    that names one. An aside (`Morocco, which has agreements with the EU, produced ...`) is
    about something else: it is passed over unless the figure stands in it."""
    start, end = sentence
    cuts = [start] + [m.end() for m in _CLAUSE_CUT_RE.finditer(text, start, end)] + [end]
    clauses = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    index = next((i for i, (a, b) in enumerate(clauses) if a <= figure_start < b), len(clauses) - 1)
    for i in range(index, -1, -1):
        clause = text[clauses[i][0]:clauses[i][1]]
        if i != index and _ASIDE_RE.match(clause):
            continue
        found = _sentence_countries(clause) or (_HOME_WORDS_CODE if _HOME_WORDS_RE.search(clause) else ())
        if found:
            return found
    return ()


# `à terme`, `eventually`: the figure is of no stated time, and takes none from its context.
_NO_TIME_RE = re.compile(r"(?i:\b[àa]\s+(?:plus\s+)?(?:long\s+)?terme\b|\bà\s+plein\s+régime\b|\beventually\b|\bultimately\b"
                         r"|\bin\s+the\s+long\s+(?:run|term)\b|\bat\s+full\s+capacity\b)")


_SAME_PERIOD_RE = re.compile(r"(?i:\b(?:sur|durant|pendant|au\s+cours\s+de)\s+(?:la|cette)\s+(?:même\s+)?période\b"
                             r"|\b(?:over|during|in|for)\s+(?:the|this)\s+(?:same\s+)?period\b)")


def inherited_period(
    text: str, article: Article, earlier_sentences: list[tuple[int, int]], published_year: int | None,
    sentence: str = "", sentence_start: int | None = None,
) -> str | None:
    """The period of the nearest earlier sentence of the paragraph that states one (its last
    period), else the headline's or lead's; none for a figure told as `à terme`."""
    if _NO_TIME_RE.search(sentence):
        return None
    if _SAME_PERIOD_RE.search(sentence) and sentence_start is not None:
        # `sur la période`, `over the same period`: the last period the article stated.
        found = _stated_periods(text[:sentence_start], published_year)
        if found:
            return max(found, key=lambda f: (f[1], f[2]))[3]
    for start, end in reversed(earlier_sentences):
        found = _stated_periods(text[start:end], published_year)
        if found:
            return max(found, key=lambda f: (f[1], f[2]))[3]
    return article.headline_period
