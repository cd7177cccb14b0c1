"""Dates in news text: find them, parse them, tell datelines from events.

Regular expressions only *locate* date expressions (French, English, Spanish shapes:
``jeudi 8 février 2018``, ``mardi 1er Mars 2016``, ``le 01 - 11 - 2014``, ``2024-12-24``,
``date 2024-12``, ``March 5, 2020``, ``5 de marzo de 2020``); dateparser parses them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_WEEKDAYS = {
    # French, English, Spanish -> Python weekday()
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
}
_MONTHS_FLAT = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)


def _by_first_letter(words: list[str]) -> str:
    """`a|b|c` as an alternation grouped by first letter (`j(?:anvier|uin)|f(?:évrier)`), each
    group keeping the words' order: it matches exactly what the flat alternation matches (the
    same word first at each position) but the regex engine tries one group per position."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_MONTHS = _by_first_letter(_MONTHS_FLAT.split("|"))
_WD_FLAT = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_WD = _by_first_letter(_WD_FLAT.split("|"))
_B = r"(?<![\w-])"  # left boundary
_E = r"(?![\w-])"  # right boundary

# (kind, regex); named groups: wd (weekday), d, m (month name or number), y
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # mardi 1er Mars 2016 / 8 février 2018 / 5 de marzo de 2020 / le 16 janvier 2026
    ("dmy", re.compile(
        rf"{_B}(?:(?P<wd>{_WD})\s*,?\s+)?(?:(?:le|the|el)\s+)?(?P<d>[0-3]?\d)(?:er|ᵉʳ|st|nd|rd|th|º|°)?"
        rf"\s*(?:de\s+)?(?P<m>{_MONTHS})\.?\s*(?:de\s+|,\s*)?(?P<y>(?:19|20)\d\d){_E}", re.I)),
    # March 5, 2020 / Tuesday, March 1, 2016
    ("mdy", re.compile(
        rf"{_B}(?:(?P<wd>{_WD})\s*,?\s+)?(?P<m>{_MONTHS})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
        rf"(?P<y>(?:19|20)\d\d){_E}", re.I)),
    # 2024-12-24, 2024-12-24T12:00:00Z, 2024/12/24
    ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?(?!\d)")),
    # 01 - 11 - 2014, 01/11/2014, 1.11.2014 (day first)
    ("num", re.compile(r"(?<![\d/.-])(?:(?P<wd>" + _WD + r")\s*,?\s+)?(?:(?:le|the|el)\s+)?(?P<d>[0-3]?\d)\s*([-/.])\s*(?P<m>[01]?\d)\s*\3\s*(?P<y>(?:19|20)\d\d)(?!\d)", re.I)),
    # février 2018 / March 2020 / marzo de 2020 (month precision)
    ("my", re.compile(rf"{_B}(?P<m>{_MONTHS})\.?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d){_E}", re.I)),
    # 2024-12 (month precision)
    ("ym", re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)(?![\d-])")),
]

# What a date of some kinds always contains, found fast (these start with a digit): when a
# text has none, the kind's pattern, slow to try at every position, is skipped. `num`: day,
# separator, month, separator, year; `mdy`: the day then the year (French prose seldom has
# one); `iso` and `ym`: the year then its separator and month.
_NEEDS = {
    "num": re.compile(r"\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d\d"),
    "mdy": re.compile(r"\d(?i:st|nd|rd|th)?,?\s+(?:19|20)\d\d"),
    "iso": re.compile(r"(?:19|20)\d\d[-/.]\d"),
    "ym": re.compile(r"(?:19|20)\d\d-[01]\d"),
}
_ORDINAL_RE = re.compile(r"(?<=\d)(?:er|ᵉʳ|st|nd|rd|th|º|°)", re.I)

_MONTH_WORDS_NEED_CONTEXT = {"mar", "may", "jun", "jan", "sep", "dec", "oct", "nov", "mai"}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date
    precision: str  # "day" or "month"
    weekday: str | None  # the weekday name written before the date, if any

    @property
    def weekday_matches(self) -> bool:
        return self.weekday is not None and _WEEKDAYS.get(self.weekday.lower()) == self.date.weekday()


# dateparser takes about a millisecond a call, and the same few date strings recur on a page
# and across the pages of a day; its answer for an absolute date never changes.
@lru_cache(maxsize=4096)
def _parse(text: str, precision: str) -> dt.date | None:
    import dateparser

    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["year", "month"] if precision == "month" else ["year", "month", "day"],
        "RETURN_TIME_AS_PERIOD": False,
    }
    try:
        parsed = dateparser.parse(text, languages=["fr", "en", "es"], settings=settings)
    except Exception:  # noqa: BLE001 - an odd string is no date
        return None
    return parsed.date() if parsed else None


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in `text`, left to right, longest match first on overlaps."""
    return list(_find_dates(text))


@lru_cache(maxsize=2048)
def _find_dates(text: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        if kind in _NEEDS and not _NEEDS[kind].search(text):
            continue
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            groups = m.groupdict()
            precision = "month" if kind in ("my", "ym") else "day"
            month = groups.get("m") or ""
            if kind == "my" and month.lower() in _MONTH_WORDS_NEED_CONTEXT and month[0].islower() and month.lower() != "mai":
                continue  # "may 2020" in English prose is too ambiguous without a day
            if kind in ("iso", "num", "ym"):
                y, mo = int(groups["y"]), int(month)
                d = int(groups["d"]) if groups.get("d") else 1
                try:
                    date = dt.date(y, mo, d)
                except ValueError:
                    continue
            else:
                core = m.group(0)[(m.start("d") if kind == "dmy" else m.start("m")) - s:]
                core = _ORDINAL_RE.sub("", core)
                date = _parse(core, precision)
                if date is None:
                    continue
            found.append(DateMention(s, e, m.group(0), date, precision, groups.get("wd")))
            taken.append((s, e))
    found.sort(key=lambda x: x.start)
    return tuple(found)


def parse_date(value: str | None) -> dt.date | None:
    """A header or metadata date (ISO, with or without time, or any shape find_dates knows)."""
    if not value:
        return None
    value = value.strip()
    mentions = find_dates(value)
    if mentions:
        return mentions[0].date
    return _parse(value, "day") or _parse(value, "month")


# A dateline: a short line that states when (and where) the article was published.
_DATELINE_WORDS = (
    r"(?:publié|publie|posté|poste|mis à jour|mise à jour|modifié|actualisé|mis en ligne|date|dated|"
    r"published|posted|updated|last updated|issued|modified|publicado|actualizado|fecha)"
)
_BYLINE_RE = re.compile(r"^(?i:par|by|por)\s+[A-ZÀ-Ý][\w.'-]*(?:\s+(?:[A-ZÀ-Ý][\w.'-]*|de|el|al|ben|et|and|y)){0,5}$")
_DATELINE_PREFIX_RE = re.compile(
    rf"^\s*(?:date|dated|publié(?:\s+le)?|publie(?:\s+le)?|mis à jour le|published(?:\s+on)?|"
    rf"updated(?:\s+on)?|posted(?:\s+on)?|publicado(?:\s+el)?|fecha)\s*:?\s*", re.I)


# A byline told with its verb and the date's preposition (`Rédigé par X le`, `Written by X
# on`): the verb and the preposition off, what is left is a plain byline.
_WRITTEN_BY_RE = re.compile(
    r"^(?:rédigé|redige|écrit|ecrit|signé|written|posted|publié|publie)\s+(?=(?:par|by)\s)"
    r"|\s+(?:posted|published|updated|publié|publie|mis\s+à\s+jour)(?:\s+(?:on|le))?$|\s+(?:le|on)$", re.I)


# A print edition's number, with the `du` of the date after it.
_EDITION_RE = re.compile(r"(?i:(?:\b[ÉE]dition\s*)?\bn[°º]\s*:?\s*\d+|\b(?:[ÉE]dition|issue|numéro)\s*:?\s*\d+)(?i:\s+du)?(?=\s|$)")


# A web timestamp copied without its spaces (`January 29, 20253:12 PM GMT+1Updated 2 hours
# ago`): the year glued to the time, the time zone to `Updated`.
_GLUED_TIME_RE = re.compile(r"(?<=\b(?:19|20)\d\d)(?=\d{1,2}:\d\d)|(?<=\d)(?=(?:Updated|Mis\s+à\s+jour)\b)")


_WEEKDAY_SHORT_RE = re.compile(r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\.?")


def dateline(line: str) -> DateMention | None:
    """The date of a dateline such as ``Publié dans Aujourd'hui le Maroc le 01 - 11 - 2014``,
    ``Publié le 3 mars 2020 à 10h``, ``24 Décembre 2025``, ``date 2024-12``; None for prose."""
    stripped = _GLUED_TIME_RE.sub(" ", line.strip())
    if not stripped or len(stripped) > 140:
        return None
    mentions = find_dates(stripped)
    if not mentions:
        return None
    m = mentions[0]
    rest = (stripped[: m.start] + " " + stripped[m.end:]).strip(" ,-|:–—·")
    # Time of day after the date: "à 10h30", "10:30", "- 14h05 GMT"
    rest = re.sub(r"(?:à|at|a las)?\s*\d{1,2}\s*[h:]\s*\d{0,2}\s*(?:[ap]\.?\s?m\.?(?![\w]))?\s*(?:GMT|UTC)?\s*(?:[+-]\d{1,2}(?::?\d{2})?)?", " ", rest, flags=re.I).strip(" ,-|:–—·")
    # A print edition's number (`Par Khadija Benali | Edition N°:7089 Le 30/10/2025`, `Edition
    # N° 7021 du 23/05/2025`) tells which paper, not what the line is: the byline or nothing.
    rest = _EDITION_RE.sub(" ", rest).strip(" ,-|:–—·")
    if not rest or _WEEKDAY_SHORT_RE.fullmatch(rest):  # (`Tue 24 Feb 2026 09:20`, `Wed, 25 Feb 2026`)
        return m
    if _BYLINE_RE.match(rest):  # "Par Jean Dupont - 12 mars 2024"
        return m
    if _BYLINE_RE.match(_WRITTEN_BY_RE.sub("", rest)):  # "Rédigé par Jean Dupont le Jeudi 22 Mai 2025"
        return m
    # A source's name set apart from the date (`Hespress EN | Wednesday 17 January 2024 -
    # 12:30`, `Le360 - 12/05/2024 à 10h`): a few words, a separator, the date.
    if len(rest.split()) <= 4 and not rest.endswith(".") and re.search(r"\s[|·–—-]\s", stripped):
        return m
    if re.match(rf"^{_DATELINE_WORDS}\b", rest, re.I) or re.search(r"\b(publié|published|publicado|posted|mis à jour|updated|issued|mis en ligne)\b", rest, re.I):
        if len(rest.split()) <= 12 and not rest.endswith("."):
            return m
    return None


def byline_of(line: str) -> str | None:
    """The author part of a top line, as written: the whole line when it is a byline
    (``By Ahmed Eljechtimi``), the byline beside the date of a dateline (``Par Younes
    Tantaoui`` in ``Par Younes Tantaoui le 22/11/2023 à 18h40``, ``Par Amine Bentaleb`` in
    ``Le 11 septembre 2024 à 16h20 — Par Amine Bentaleb``); None otherwise. The author is
    part of the article (its names are annotated); only the date goes to published_at."""
    stripped = line.strip()
    if _BYLINE_RE.match(stripped):
        return stripped
    m = re.search(r"(?:^|(?<=\s))(?i:par|by|por)\s+[A-ZÀ-Ý]", stripped)
    if not m and dateline(stripped) is not None:
        # `Salma IDRISSI | 03/05/2024`: a name without `Par`, set apart from the date
        named = _NAME_THEN_DATE_RE.match(stripped)
        return named.group("name") if named else None
    if not m or dateline(stripped) is None:
        return None
    for candidate in (stripped[m.start():], *(stripped[m.start():stop] for stop in _separators(stripped, m.start()))):
        candidate = candidate.strip(" ,-|:–—·")
        if _BYLINE_RE.match(candidate):
            return candidate
    return None


# A signature's shape (a first name, the surname in capitals), as `Nadia DREF` under an
# article: `Hespress EN — 17 January 2024` or `Hespress English | ...` is a masthead.
_NAME_THEN_DATE_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:EL|AL|BEN|El|Al|Ben|el|al|ben))?\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}"
    r"(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,})?)\s+[|·–—]\s+(?=\S)"
)


def _separators(line: str, start: int) -> list[int]:
    """Where a byline that starts at `start` may stop: before a separator, a date or `le`/`on`."""
    # `By Olivia Marsden Posted on ...`: the byline stops where the dateline's words begin
    stops = [sep.start() for sep in re.finditer(
        r"\s[|·–—-]\s|,|\s(?:le|Le|on|On)\s|\s(?i:posted|published|updated|publié|mis à jour)\b", line[start:])]
    stops += [d.start for d in find_dates(line[start:])]
    return sorted(start + s for s in stops if s > 0)


def leading_dateline(paragraph: str) -> tuple[DateMention, int] | None:
    """A date that prefixes the first paragraph (``date 2024-12 Une rencontre ...``):
    (the date, the index where the prose starts); None when the paragraph has none."""
    m = _DATELINE_PREFIX_RE.match(paragraph)
    if not m:
        return None
    rest = paragraph[m.end():]
    mentions = find_dates(rest)
    if not mentions or mentions[0].start != 0:
        return None
    first = mentions[0]
    cut = m.end() + first.end
    while cut < len(paragraph) and paragraph[cut] in " \t,-|:–—·":
        cut += 1
    return first, cut


# A wire dateline opening the first paragraph: the place, the date, the agency, a dash:
# `Tanger, 14 juin 2023 (MAP) –`, `Casablanca, le 3 mars 2023 -`,
# `CASABLANCA, March 5, 2024 (Reuters) -`, `Rabat, 12/05/2024 (MAP) :`; several places
# (`NEW DELHI/CASABLANCA, July 14, 2026 (Reuters) -`).
_WIRE_PLACE_RE = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’.-]*(?:[ -][\w'’.-]+){0,3}(?:\s*/\s*[A-ZÀ-Ý][\w'’.-]*(?:[ -][\w'’.-]+){0,3}){0,2}"
    # (`Tanger – 5 décembre 2025 :`: a dash for the comma)
    r"\s*(?:\([^)]{1,30}\))?\s*(?:,|\s[–—-])\s*"
    r"(?:[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2}\s*,\s*)?"  # `TANGIER, Morocco, June 3, 2024`
    r"(?:le\s+|on\s+)?")
# A wire date without its year (`RABAT, Jan 29 (Reuters) -`, `Casablanca, 3 mars (MAP) -`).
_DAY_MONTH_RE = re.compile(
    rf"(?:(?P<d>[0-3]?\d)(?:er)?\s+(?P<m>{_MONTHS})|(?P<m2>{_MONTHS})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)(?![\w,])\.?", re.I)
# (a press release's service between slashes: `Dec. 2, 2025 /PRNewswire/ --`)
_WIRE_TAIL_RE = re.compile(r"\s*(?:\(\s*[\w .&/-]{2,30}\s*\)|/[\w .&-]{2,30}/)?\s*(?:[-–—:]|\(\s*[\w .&/-]{2,30}\s*\))")


# The metrics stage asks for the dateline of the same paragraph opening once per figure
# (~100 calls a page, 6% of them distinct); the answer is immutable.
@lru_cache(maxsize=1024)
def wire_dateline(paragraph: str, near: dt.date | None = None) -> tuple[DateMention, str] | None:
    """The date of a wire dateline that opens `paragraph` (place, date, agency, dash) and
    the dateline as written; None for a paragraph that opens otherwise. The dateline stays
    in the text: it names the place. A dateline without its year (`RABAT, Jan 29
    (Reuters) -`) takes the year of `near` (the page's date), when there is one."""
    place = _WIRE_PLACE_RE.match(paragraph)
    if not place:
        return None
    head = paragraph[place.end():place.end() + 60]
    mentions = find_dates(head)
    if mentions and mentions[0].start == 0 and mentions[0].precision == "day":
        found = mentions[0]
    else:
        found = _day_month(head, near)
        if found is None:
            return None
    tail = _WIRE_TAIL_RE.match(head, found.end)
    if not tail:
        return None
    return found, paragraph[: place.end() + tail.end()]


def _day_month(head: str, near: dt.date | None) -> DateMention | None:
    """A day and month opening `head`, in the year that puts it closest before `near`."""
    m = _DAY_MONTH_RE.match(head)
    if not m or near is None:
        return None
    day, month = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
    for year in (near.year, near.year - 1):
        date = _parse(f"{day} {month} {year}", "day")
        if date is not None and (date - near).days <= 2:
            return DateMention(m.start(), m.end(), m.group(0), date, "day", None)
    return None


# The event told by a weekday or a relative word, against the publication date:
# `a signé lundi`, `mardi dernier`, `hier`, `on Wednesday`, `yesterday`. A weekday followed
# by a day number is a full date (find_dates reads it), not a relative one.
_RELATIVE_DAY_RE = re.compile(
    rf"{_B}(?:(?P<yesterday>hier|yesterday)|(?P<today>aujourd['’]hui|today|ce\s+jour)"
    rf"|(?<!le\s)(?<!les\s)(?<!chaque\s)(?<!every\s)(?:(?:ce|this|on|last|next)\s+)?(?P<wd>{_WD})(?:\s+(?P<dir>dernier|prochain))?)"
    rf"(?!\s*,?\s*(?:(?:le|the)\s+)?[0-3]?\d(?!\d)){_E}",
    re.I,
)


# `aujourd'hui`/`today` dates an event only after a verb of the past or of an act
# (`a signé aujourd'hui`, `ont inauguré ce jour`, `announced today`); after a present tense
# (`emploient aujourd'hui`, `is today`) it means "nowadays".
_TODAY_EVENT_RE = re.compile(
    r"(?:\b(?:a|ont|avait|avaient|sera|seront|va|vont)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|it|u|us|ert|erte|ort)"
    r"|\b\w+ed|\bsaid|\bsigned|\btold)(?:\s+\S+){0,3}\s*$", re.I)


# ... or before one (`Morocco today signed`, `a été signé aujourd'hui`).
_TODAY_EVENT_AFTER_RE = re.compile(
    r"\s*,?\s*(?:\S+\s+){0,2}?(?:\w+ed\b|said\b|signed\b|told\b|(?:a|ont)\s+(?:été\s+)?\w+(?:é|ée|és|ées|i|is|it|u|us|ert)\b)", re.I)


def relative_event_date(text: str, published: dt.date) -> dt.date | None:
    """The date of the first event `text` tells by a weekday or `hier`/`yesterday`,
    counted back from `published` (`lundi` in a paper of Wednesday is two days before;
    `lundi prochain`, `next Monday`, forward); None when it tells none."""
    dated = _WEEKDAY_DAY_MONTH_RE.search(text)
    for m in _RELATIVE_DAY_RE.finditer(text):
        if dated and dated.start() < m.start():
            break
        if m.group("yesterday"):
            return published - dt.timedelta(days=1)
        if m.group("today"):
            if _TODAY_EVENT_RE.search(text, max(0, m.start() - 60), m.start()) or _TODAY_EVENT_AFTER_RE.match(text, m.end()):
                return published
            continue  # `compte aujourd'hui 250 fournisseurs`: nowadays, no event
        weekday = _WEEKDAYS[m.group("wd").lower()]
        said = m.group(0).lower()
        forward = (m.group("dir") or "").lower() == "prochain" or said.startswith("next")
        if forward:
            return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
        # `jeudi dernier` / `last Thursday` in a Thursday paper is a week back, not the day itself.
        last = (m.group("dir") or "").lower() == "dernier" or said.startswith("last")
        return published - dt.timedelta(days=(published.weekday() - weekday) % 7 or (7 if last else 0))
    return _weekday_day_month(dated, published) if dated else None


# A day and a month told without the year after `le` or `on` (`ont signé le 2 septembre à
# Pékin`, `signed on September 2`): the article's own date, near its publication.
_YEARLESS_DATE_RE = re.compile(
    rf"{_B}(?:le|on)\s+(?:(?P<d>[0-3]?\d)(?:er)?\s+(?P<m>{_MONTHS})|(?P<m2>{_MONTHS})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)"
    rf"{_E}(?!\s*,?\s*(?:de\s+)?(?:19|20)\d\d)", re.I)


def yearless_event_date(text: str, published: dt.date) -> dt.date | None:
    """The first day and month `text` tells without a year (`le 2 septembre`, `on September
    2`) that falls in the week before `published`, in the year that puts it there; None when
    there is none (a deadline to come, a date of another year)."""
    for m in _YEARLESS_DATE_RE.finditer(text):
        day, month = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
        for year in (published.year, published.year - 1):
            date = _parse(f"{day} {month} {year}", "day")
            if date is not None and 0 <= (published - date).days <= 7:
                return date
    return None


# A weekday, a day and a month without the year (`a signé, mardi 12 mars, une convention`,
# `on Tuesday, March 5`): the event's date in the publication's year.
_WEEKDAY_DAY_MONTH_RE = re.compile(
    rf"{_B}(?P<wd>{_WD})\s*,?\s+(?:(?:le|the)\s+)?(?:(?P<d>[0-3]?\d)(?:er)?\s+(?P<m>{_MONTHS})|(?P<m2>{_MONTHS})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)"
    rf"(?!\s*,?\s*(?:de\s+)?(?:19|20)\d\d){_E}", re.I)


def _weekday_day_month(m: re.Match, published: dt.date) -> dt.date | None:
    """The date of `mardi 12 mars` near `published`: this year's, or last year's when this
    year's would come more than two weeks after publication."""
    day, month = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
    for year in (published.year, published.year - 1):
        date = _parse(f"{day} {month} {year}", "day")
        if date is not None and (date - published).days <= 14:
            return date
    return None
