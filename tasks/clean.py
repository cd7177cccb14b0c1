"""Cleaning: keep the article and only the article.

`clean_document` turns a `RawDocument` body into `documents.text` (paragraphs separated by
one blank line) plus title, language, published_at and event_date.  Every rule is a general
shape of web-page noise, never a rule for one page:

* tickers of timestamped headlines (``- 12:03KFC Maroc ...``);
* runs of headlines glued on one line (segments separated by 3+ spaces, or `` | ``/`` • ``);
* related-article blocks (``Lire aussi``, ``Voir aussi``, ``Related articles``, ``Vidéos``...)
  with their teasers (headlines, truncated ``...`` leads, dates, lone quote marks);
* share / follow / newsletter / cookie / comment / print lines in French, English, Spanish
  (see ``econews/data/clean_boilerplate.txt``), image-report notices, "read at the source" links;
* datelines (``Publié dans ... le 01 - 11 - 2014``, a leading ``date 2024-12``): used as the
  publication date, not kept as text;
* names alone above the headline: an outlet's masthead on a page with no address, a section;
* a trailing source credit (``LNT avec Map``, ``Source : MAP``, ``(AFP)``);
* lines that repeat across many documents of one source (`repeated_lines`);
* paragraphs in another language than the article's (reliably detected, 6+ words).

Duplicates are found in `econews.tasks.deduplication` (re-exported here).
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import polars as pl

from econews.openings import guarded, regex_structure
from econews.tables import TABLES
from econews.tasks.dates import (
    _BYLINE_RE, DateMention, byline_of, dateline, find_dates, leading_dateline, parse_date, relative_event_date, wire_dateline,
    yearless_event_date,
)
from econews.tasks.deduplication import find_near_duplicates  # noqa: F401  (interface)
from econews.tasks.ingest import RawDocument, Rejected
from econews.tasks.isolation import failure

_DATA_FILE = resources.files("econews").joinpath("data/clean_boilerplate.txt")

# The columns of `documents` this stage produces (the store adds the rest).
DOCUMENT_SCHEMA: dict[str, pl.DataType] = TABLES["documents"].stage_schema


@dataclass(frozen=True)
class CleanDocument:
    doc_id: str
    source_path: str
    url: str | None
    title: str | None
    language: str  # ISO 639-1
    published_at: dt.date | None
    event_date: dt.date | None
    text: str


# --------------------------------------------------------------------------- patterns


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(line patterns, related-block heading patterns) from econews/data/clean_boilerplate.txt."""
    raw = _DATA_FILE.read_text("utf-8")
    lines: list[str] = []
    headings: list[str] = []
    section = None
    for item in raw.splitlines():
        item = item.strip()
        if not item or item.startswith("#"):
            continue
        if item.startswith("[") and item.endswith("]"):
            section = item[1:-1]
            continue
        (headings if section == "related_headings" else lines).append(item)
    line_re = re.compile("|".join(f"(?:{p})" for p in lines), re.I)
    heading_re = re.compile(r"^\W*(?:" + "|".join(f"(?:{p})" for p in headings) + r")\s*[:!.…]*\W*$", re.I)
    return line_re, heading_re


@lru_cache(maxsize=1)
def _boilerplate_lines() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The line patterns of `_boilerplate` in two: those anchored at the line's start (`^`),
    tried once, at its start (`match`), and the others, searched for. A line matches one
    exactly when it matches the whole alternation; searched as one, the anchored hundred were
    tried at every position of the line (half of the test's time)."""
    line_re, _ = _boilerplate()
    branches = [p[len("(?:"):-1] for p in _split_branches(line_re.pattern)]
    # (`^a|b` is anchored in its first alternative only: searched for as a whole)
    at_start = [p.startswith("^") and len(_split_branches(p)) == 1 for p in branches]
    anchored = [p for p, first in zip(branches, at_start) if first]
    anywhere = [p for p, first in zip(branches, at_start) if not first]
    return (re.compile("|".join(f"(?:{p})" for p in anchored), re.I),
            guarded(re.compile("|".join(f"(?:{p})" for p in anywhere) or r"(?!)", re.I)))


def _split_branches(pattern: str) -> list[str]:
    """The `(?:...)` branches `_boilerplate` joined with `|`, split at the top level."""
    bars = [i for i, ch, depth in regex_structure(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1, *bars], [*bars, len(pattern)])]


# "- 12:03KFC Maroc ...", "12h03 | Titre", "• 09:51 Titre"
_TICKER_RE = re.compile(r"^\s*(?P<bullet>[-–—•*▪►>|]\s*)?(?P<time>[0-2]?\d\s*[:hH]\s*[0-5]\d)(?P<after>\s*[-–—|:]?\s*)\S")
_GLUE_SPLIT_RE = guarded(re.compile(r" {3,}|\s+[|•·]\s+|\s+//\s+"))
_NO_LETTERS_RE = re.compile(r"^[\W_]*$")
_WS_RE = re.compile(r"[ ]{2,}")
_TERMINAL = tuple(".!?»\"”)…:;")
_TRUNCATED_RE = re.compile(r"(\.\.\.|…|\[\.\.\.\]|\(\.\.\.\))\s*$")
_INLINE_RELATED_RE = re.compile(
    r"^\W*(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|également|egalement|plus)\s*[:>»|-]|^\W*(?:read|see)\s+(?:also|more)\s*[:>|-]|"
    r"^\W*(?:lea|vea)\s+(?:también|tambien)\s*[:>-]|^\W*(?:related|relacionad[oa]s?)\s*:", re.I)
_CREDIT_RE = re.compile(
    r"^\W*(?:(?:source|sources|crédit|credit|crédits|avec|with|via|fuente|por)\s*:?\s*)?"
    r"(?:[\w.&'-]+\s+){0,3}(?:(?:avec|with|et|and|/|\+|y|con)\s+)?(?:la\s+|l'|the\s+)?"
    r"(?:MAP|AFP|Reuters|AP|APS|Xinhua|EFE|ANSA|DPA|Europa Press|agences?|agencies|agencias|Map|Afp)\W*$")
_CREDIT_SHORT_RE = re.compile(r"^\W*(?:source|sources|crédit|credit|fuente)\s*:\s*\S.{0,60}$", re.I)
# The outlet with the agency it rewrote (`Le360 (avec MAP)`, `Hespress (with AFP)`).
_CREDIT_WITH_AGENCY_RE = re.compile(
    r"^\W*[\w.&'’-]+(?:\s+[\w.&'’-]+){0,2}\s*\(\s*(?:avec|with|et|and|\+)\s+(?:la\s+|l['’]\s*|the\s+)?"
    r"(?:MAP|AFP|Reuters|AP|APS|Xinhua|EFE|agences?|agencies)\s*\)\W*$")


def _collapse(line: str) -> str:
    return _WS_RE.sub(" ", line).strip()


def _key(line: str) -> str:
    """The comparison key of a line for repeated-line detection."""
    return " ".join(line.split()).casefold()  # str.split() splits on what `\s` matches


def is_ticker(line: str) -> bool:
    m = _TICKER_RE.match(line)
    if not m:
        return False
    rest = line[m.end("after"):]
    if m.group("bullet") or not m.group("after"):
        return True  # "- 12:03 Titre" or "12:03KFC ..." (time glued to a headline)
    # "12:03 - Titre": a headline, not a sentence that starts with a time
    return len(rest.split()) <= 25 and not rest.rstrip().endswith(".")


def is_glued_headlines(line: str) -> bool:
    """Three or more headline-like segments on one line (3+ spaces or | • between them)."""
    parts = [p.strip() for p in _GLUE_SPLIT_RE.split(line) if p.strip()]
    if len(parts) < 3:
        return False
    short = sum(1 for p in parts if len(p.split()) <= 30)
    unterminated = sum(1 for p in parts if not p.endswith("."))
    return short >= 0.8 * len(parts) and unterminated >= 0.6 * len(parts)


# A menu's items: between two or more spaces or a separator (`World  Business  Markets  Legal`).
_MENU_SPLIT_RE = guarded(re.compile(r"\s{2,}|\s+[|•·/]\s+"))
# A menu item: one to three words, the first capitalised, no digit, no sentence punctuation
# (`Banques & Assurances`, `Au Royaume`).
_MENU_ITEM_RE = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:['’-][^\W\d_]+)*(?:\s+(?:&|[^\W\d_]+(?:['’-][^\W\d_]+)*)){0,2}")


def is_menu(raw_line: str) -> bool:
    """Four or more short capitalised section names between wide spaces or separators (the
    raw line: collapsing its spaces would make a menu a title-case headline)."""
    items = _MENU_SPLIT_RE.split(raw_line.strip())
    return len(items) >= 4 and all(_MENU_ITEM_RE.fullmatch(item) for item in items)


def is_boilerplate_line(line: str) -> bool:
    """A share/follow/newsletter/cookie/video/notice line (short lines only: a long
    article paragraph that mentions a newsletter is kept)."""
    if len(line) > 220:
        return False
    _, heading_re = _boilerplate()
    anchored, anywhere = _boilerplate_lines()
    if anchored.match(line) or anywhere.search(line) or heading_re.match(line):
        return True
    # A row of buttons, each one boilerplate alone: `S'abonner | Se connecter`, `Subscribe | Sign in`.
    parts = [part.strip() for part in _BUTTON_ROW_RE.split(line)]
    return len(parts) > 1 and all(
        part and (anchored.match(part) or anywhere.search(part) or heading_re.match(part)) for part in parts)


_BUTTON_ROW_RE = re.compile(r"\s[|·•]\s")


def is_related_heading(line: str) -> bool:
    _, heading_re = _boilerplate()
    return bool(heading_re.match(line)) if len(line) <= 60 else False


def is_prose(line: str) -> bool:
    """A sentence of article text: 12+ words, ends with sentence punctuation, not truncated."""
    words = line.split()
    if len(words) < 12 or _TRUNCATED_RE.search(line):
        return False
    return line.rstrip().endswith(tuple(".!?»\"”)"))


def is_heading_like(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 30 and not line.rstrip().endswith((".", ",", ";")) and not _TRUNCATED_RE.search(line)


def is_credit(line: str) -> bool:
    if _WIRE_CREDIT_RE.match(line):
        return len(line) <= 250
    if len(line) > 80:
        return False
    return bool(_CREDIT_RE.match(line) or _CREDIT_SHORT_RE.match(line) or _CREDIT_WITH_AGENCY_RE.match(line))


# A wire story's closing credits, in brackets or with their editor: `(Reporting by Karim Lahlou in
# Rabat; Editing by Mark Potter)`, `Reporting by Samir Benali; Editing by Mark Potter` (a byline
# at the top, `By Karim Lahlou`, stays: the annotators count its author among the entities).
_WIRE_CREDIT_RE = re.compile(
    r"^(?:\(\s*(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\s+[^()]*\)"
    r"|(?:additional\s+)?reporting\s+by\s+[^().]*;\s*(?:additional\s+reporting|writing|editing)\s+by\s+[^();.]*)\s*\.?\s*$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- language


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) with py3langid (offline)."""
    if not text.strip():
        return "und", 0.0
    lang, prob = _identifier().classify(text)
    return lang, float(prob)


# Function words of French that no other language of the corpus writes alone (not `la`,
# `de`, `en`, `entre`, shared with Spanish or English): a paragraph made of them at 12 %+
# (3 at least, 8+ words) is French, and py3langid is not asked. Half of the paragraphs of
# French news reach 18 %; no English, Spanish, Italian or Portuguese prose reaches 12 %.
_FRENCH_ONLY = frozenset(
    "le les des du une est et dans pour qui sur au aux avec ces cette sont été ont leur selon".split()
)
_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _clearly_french(paragraph: str) -> bool:
    words = _LETTERS_RE.findall(paragraph.lower())
    hits = sum(map(_FRENCH_ONLY.__contains__, words))
    return len(words) >= 8 and hits >= 3 and hits >= 0.12 * len(words)


def article_language(text: str) -> str:
    """The language of an article's text: French without asking py3langid when its
    French-only function words say so (most of the corpus; the model's walk over every
    byte of a page costs ~3 ms), else py3langid's answer."""
    if _clearly_french(text):
        return "fr"
    return detect_language(text)[0]


# Words a French paragraph does not write alone, and that every paragraph of 5+ words in the
# other languages of the press writes (English, Spanish, Italian, Portuguese, German): without
# one of them, nor a letter of another script, a paragraph of a French article is French, and
# py3langid (~75 MiB in each worker process) is neither asked nor loaded.
_OTHER_LANGUAGES_WORDS = frozenset(
    "the and of is are was were with for to that this from by has have its their which will be at it "
    "el los las del y por con una para como más lo "
    "gli della di che è sono nel "
    "os das dos em não uma "
    "der die das und ist mit für von den nicht auf".split()
)
_OTHER_SCRIPT_RE = re.compile(r"[^\W\d_a-zA-ZÀ-ÿŒœ]")


def _may_be_foreign(paragraph: str) -> bool:
    return bool(_OTHER_SCRIPT_RE.search(paragraph)) or not _OTHER_LANGUAGES_WORDS.isdisjoint(
        _LETTERS_RE.findall(paragraph.lower()))


def is_foreign(paragraph: str, language: str) -> bool:
    """True when the paragraph is reliably in another language than `language`: 8+ words
    and 90 % probability (98 % for 5-7 words), and the article's language under 2 %."""
    n = len(paragraph.split())
    if n < 5:
        return False
    if language == "fr" and (_clearly_french(paragraph) or not _may_be_foreign(paragraph)):
        return False
    ranked = dict(_identifier().rank(paragraph))
    top = max(ranked, key=ranked.__getitem__)
    if top == language:
        return False
    needed = 0.9 if n >= 8 else 0.98
    return ranked[top] >= needed and ranked.get(language, 0.0) < 0.02


# --------------------------------------------------------------------------- repeated lines


def repeated_lines(bodies: list[str], min_documents: int = 3) -> frozenset[str]:
    """Lines (compared case- and space-insensitively) that occur in at least `min_documents`
    distinct bodies of one source: menus, footers, bylines, boilerplate.  Identical bodies
    count once, so a story crawled twice does not erase itself."""
    counts: Counter[str] = Counter()
    seen_bodies: set[int] = set()
    for body in bodies:
        h = hash(body)
        if h in seen_bodies:
            continue
        seen_bodies.add(h)
        keys = {_key(line) for line in body.split("\n")}
        keys = {k for k in keys if len(k) >= 3 and not _NO_LETTERS_RE.match(k)}
        counts.update(keys)
    return frozenset(k for k, n in counts.items() if n >= max(2, min_documents))


# --------------------------------------------------------------------------- cleaning


@dataclass
class _Line:
    text: str
    blank_before: bool


def _split_lines(body: str) -> list[_Line]:
    out: list[_Line] = []
    blank = False
    for raw in body.split("\n"):
        if not raw.strip():
            blank = True
            continue
        out.append(_Line(raw, blank))
        blank = False
    return out


def _drop_related_blocks(lines: list[_Line], removed: list[str]) -> list[_Line]:
    """Remove a related-articles heading and the teasers that follow it (headlines, truncated
    leads, dates, lone quote marks), up to the next line of article prose."""
    kept: list[_Line] = []
    in_block = prose_seen = False
    texts = [_collapse(ln.text) for ln in lines]
    for i, ln in enumerate(lines):
        text = texts[i]
        prose_seen = prose_seen or is_prose(text)
        if is_related_heading(text):
            in_block = True
            removed.append(text)
            continue
        if in_block:
            nxt = texts[i + 1] if i + 1 < len(texts) else ""
            teaser_headline = bool(_TRUNCATED_RE.search(nxt))  # a headline over its teaser
            if not prose_seen and _heads_the_article(text, nxt):
                # A section of the menu (`Vidéos`) over the article's own headline, byline or
                # date line: the article starts here, not a list of teasers.
                in_block = False
            elif is_prose(text) and not teaser_headline and not is_boilerplate_line(text):
                in_block = False
            else:
                removed.append(text)
                continue
        kept.append(ln)
    return kept


def _heads_the_article(line: str, next_line: str) -> bool:
    """A byline or a date line, or the line right over one (the headline)."""
    return any(_BYLINE_RE.match(x) or byline_of(x) or dateline(x) for x in (line, next_line) if x)


def _is_teaser(line: str) -> bool:
    words = line.split()
    if len(words) < 4 or len(words) > 30 or line.rstrip().endswith((",", ";", ":")):
        return False
    return bool(_TRUNCATED_RE.search(line)) or not line.rstrip().endswith(tuple(".!?»\"”)"))


_BULLET_RE = re.compile(r"^\s*[-–—•▪►*]\s+\S")


def _drop_headline_tail(lines: list[_Line], removed: list[str]) -> list[_Line]:
    """A run of 3+ headlines (or truncated teasers) after the last line of prose, with no
    heading: a related-articles list whose heading was lost.  Not when the line before
    the run ends with ':' (the article's own list)."""
    i = len(lines)
    while i > 0 and _is_teaser(lines[i - 1].text):
        i -= 1
    run = len(lines) - i
    # (two are enough as list items, the heading over them lost with the page's markup:
    # `- Morocco Sells $2 Billion of Eurobonds as Demand Surges`)
    listed = run >= 2 and all(_BULLET_RE.match(ln.text) for ln in lines[i:])
    if (run < 3 and not listed) or i == 0 or not is_prose(lines[i - 1].text) or lines[i - 1].text.rstrip().endswith(":"):
        return lines
    removed.extend(ln.text for ln in lines[i:])
    return lines[:i]


def _merge_paragraphs(lines: list[str], blanks: list[bool]) -> list[str]:
    """Lines -> paragraphs.  A line that continues the previous sentence (the previous one
    has no final punctuation and this one starts in lower case or with an opening quote
    followed by lower case) is joined to it; otherwise each line is a paragraph."""
    paragraphs: list[str] = []
    for line, blank in zip(lines, blanks):
        if paragraphs and not blank:
            prev = paragraphs[-1]
            starts_lower = line[:1].islower() or bool(re.match(r"^[«\"“(]\s*\w", line) and re.sub(r"^[«\"“(]\s*", "", line)[:1].islower())
            if starts_lower and not prev.rstrip().endswith(_TERMINAL[:4]) and len(prev.split()) > 3:
                paragraphs[-1] = prev + " " + line
                continue
        paragraphs.append(line)
    return paragraphs


def _clean_title(raw_title: str | None, lines: list[str]) -> str | None:
    if not raw_title:
        return None
    title = _collapse(raw_title)
    for line in lines[:5]:
        if len(line) >= 10 and title.casefold().startswith(line.casefold()):
            return line
    for sep in (" | ", " – ", " — ", " - ", " :: ", " » "):
        if sep in title:
            parts = [p.strip() for p in title.split(sep)]
            best = max(parts, key=len) if len(parts[0].split()) < 3 else parts[0]
            return best
    return title


def clean_document(raw: RawDocument, repeated_lines: frozenset[str] = frozenset()) -> CleanDocument | Rejected:
    """Clean one document; `Rejected(stage="clean", reason="empty_after_cleaning")` when no
    article text is left."""
    header = raw.header or {}
    removed: list[str] = []
    # 1. related-article blocks (before line rules, so their teasers go with them), 2. line rules
    kept = _drop_noise_lines(_drop_related_blocks(_split_lines(raw.body), removed), removed)
    # 3. lines repeated across the source (unless that would erase most of the article), the
    # site's own name over the article, names alone over the headline (a masthead, a section)
    kept = _drop_repeated_lines(kept, repeated_lines, removed)
    url = header.get("final_url") or header.get("url") or header.get("canonical_url") or header.get("seed_url") or None
    kept = _drop_names_over_headline(_drop_mastheads(kept, url, removed), removed)
    # 4. datelines (only near the top: the first lines before the body prose)
    kept, published_from_text, wire_text = _read_datelines(kept, header, removed)
    # 5. a trailing source credit, then a trailing run of unlabelled headlines
    kept = _drop_trailing_credits(_drop_headline_tail(_drop_trailing_credits(kept, removed), removed), removed)
    # 6. paragraphs in another language than the article's
    if not kept:
        return _empty(raw, removed)
    kept, language, foreign_removed = _drop_foreign_paragraphs(kept, removed)
    if not any(len(ln.text.split()) >= 4 for ln in kept):
        return _empty(raw, removed)

    paragraphs = _merge_paragraphs([ln.text for ln in kept], [ln.blank_before for ln in kept])
    text = "\n\n".join(paragraphs)
    if foreign_removed:  # the language of what is left (otherwise: the same words, the same answer)
        language = article_language(text)
    published_at, event_date = _dates(header, published_from_text, text, removed, wire_text)
    return CleanDocument(
        doc_id=raw.doc_id,
        source_path=raw.source_path,
        url=url,
        title=_title(header, paragraphs),
        language=language,
        published_at=published_at,
        event_date=event_date,
        text=text,
    )


def _drop_noise_lines(lines: list[_Line], removed: list[str]) -> list[_Line]:
    """Empty, ticker, glued-headline, boilerplate and `Lire aussi` lines go; the rest is collapsed."""
    kept: list[_Line] = []
    above_kept = False  # whether the line right above this one was kept
    for ln in lines:
        text = _collapse(ln.text)
        if _AD_BUTTON_RE.match(text) and above_kept and len(kept[-1].text.split()) <= 12:
            # an advertisement's slogan over its button (`Before it's here, it's on the
            # Bloomberg Terminal.` / `LEARN MORE`): the button names the block as an ad. A
            # slogan already gone leaves the line above it alone (`— With assistance from`).
            removed.append(kept.pop().text)
        if text.strip():  # (a blank line between a slogan and its button parts nothing)
            above_kept = False
        if (
            _NO_LETTERS_RE.match(text)
            or is_ticker(text)
            # (a web timestamp's parts are no headlines: `October 30, 2025 · 4:47 PM GMT+1 ·
            # Updated 3 hours ago` is the dateline, read at step 4)
            or (is_glued_headlines(ln.text) and dateline(text) is None)
            or is_menu(ln.text)
            or is_boilerplate_line(text)
            or _INLINE_RELATED_RE.match(text)
        ):
            removed.append(text)
            continue
        kept.append(_Line(text, ln.blank_before))
        above_kept = True
    return kept


# A button under an advertisement: alone on its line, it tells the line above is the ad's.
_AD_BUTTON_RE = re.compile(r"^\W*(?:learn\s+more|en\s+savoir\s+plus|find\s+out\s+more|discover\s+more)\W*$", re.I)


def _drop_repeated_lines(kept: list[_Line], repeated_lines: frozenset[str], removed: list[str]) -> list[_Line]:
    if not (repeated_lines and kept):
        return kept
    # an author's byline is the article's, however many of the batch's articles they wrote
    rep = [ln for ln in kept if _key(ln.text) in repeated_lines and not _BYLINE_RE.match(ln.text)]
    if not rep:
        return kept
    total = sum(len(ln.text) for ln in kept)
    gone = sum(len(ln.text) for ln in rep)
    if gone > 0.6 * total:  # probably copies of one story: only drop short lines
        rep = [ln for ln in rep if len(ln.text.split()) <= 12]
    rep_ids = {id(ln) for ln in rep}
    removed.extend(ln.text for ln in rep)
    return [ln for ln in kept if id(ln) not in rep_ids]


# How far down a dateline may be, when mastheads and section lines come first.
_TOP_LINES = 16


def _site_name(url: str | None) -> tuple[str, str] | None:
    """(the name, the top-level domain) of a page's site: `https://www.ledesk.ma/...` -> (ledesk, ma)."""
    host = urlsplit(url).hostname if url else None
    parts = [p for p in (host or "").split(".") if p and p != "www"]
    return (parts[-2], parts[-1]) if len(parts) >= 2 else None


def _letters(text: str) -> str:
    """Lower-case letters and digits only, accents off (`Médias24` -> `medias24`)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def is_masthead(line: str, site: tuple[str, str]) -> bool:
    """A short line that names the site the page is on: its name (`Le Desk` on ledesk.ma,
    `Le Matin.ma`), its initials (`Finances News Hebdo` on fnh.ma), or its name before a
    section (`Médias24 | Economie`)."""
    name, tld = site
    first = re.split(r"\s[|•·–—-]\s|\s*[|•·]\s*", line, maxsplit=1)[0]
    words = re.findall(r"[^\W\d_][\w'’]*|\d+", first)
    if not words or len(line.split()) > 6:
        return False
    squashed = _letters(first)
    initials = "".join(w[0] for w in words).lower()
    return squashed in (name, name + tld) or (len(name) >= 3 and len(words) >= 3 and initials == name)


def _drop_mastheads(kept: list[_Line], url: str | None, removed: list[str]) -> list[_Line]:
    """The site's name over the article (before its first line of prose) goes: it is no part
    of the article, and no entity of it."""
    site = _site_name(url)
    if site is None:
        return kept
    first_prose = next((i for i, ln in enumerate(kept) if is_prose(ln.text)), len(kept))
    out = []
    for i, ln in enumerate(kept):
        if i < first_prose and is_masthead(ln.text, site):
            removed.append(ln.text)
            continue
        out.append(ln)
    return out


# A name over a page's headline: one to four capitalised words (particles between them, `&`
# and separators allowed), no digit alone, no sentence punctuation: an outlet's masthead
# (`Reuters`, `L'Economiste`, `Finances News Hebdo`), a section (`Autos & Transportation`).
_NAME_WORD = r"(?:[A-ZÀ-Ý][\w'’.-]*|(?:le|la|les|l'|de|du|des|d'|the|of|and|et|&)(?=\s))"
_NAME_LINE_RE = re.compile(rf"{_NAME_WORD}(?:\s+(?:[|/·–—-]\s+)?{_NAME_WORD}){{0,5}}")
_NAME_LINE_MAX_WORDS = 4


# A masthead may end in a short lower-case word (`La Vie éco`): after two names, up to four
# letters that are no function word (`Le Maroc signe` is a headline).
_MASTHEAD_TAIL_RE = re.compile(r"(?!(?:de|du|des|et|en|le|la|les|un|une|au|aux|sur|par|pour|the|of|and|in|on|for|to)$)[a-zà-ÿ]{2,4}")


def is_name_line(line: str) -> bool:
    """A short line of capitalised names only, not a byline (`Par Leila Mansouri`)."""
    words = [w for w in line.split() if w[0].isalnum()]
    names = bool(_NAME_LINE_RE.fullmatch(line)) or (
        len(words) == 3 and line.split()[-1] == words[-1] and bool(_MASTHEAD_TAIL_RE.fullmatch(words[-1]))
        and bool(_NAME_LINE_RE.fullmatch(line.rsplit(None, 1)[0])))
    return (0 < len(words) <= _NAME_LINE_MAX_WORDS and not any(w.isdigit() for w in words)
            and names and not _BYLINE_RE.match(line))


def _is_headline_candidate(line: str) -> bool:
    """A headline: heading-like, four words or more, no name line, byline nor dateline."""
    return (len(line.split()) >= 4 and is_heading_like(line) and not is_name_line(line)
            and not _BYLINE_RE.match(line) and dateline(line) is None)


def _drop_names_over_headline(kept: list[_Line], removed: list[str]) -> list[_Line]:
    """Names alone on their lines above the headline go: the outlet's masthead when the page
    gives no address to recognise it by (`Reuters`, `Le Desk`), a section (`Economie`). Else
    the masthead is taken for the headline, and it is no entity of the article."""
    first_prose = next((i for i, ln in enumerate(kept[:_TOP_LINES]) if is_prose(ln.text)), _TOP_LINES)
    headline = next((i for i, ln in enumerate(kept[:first_prose]) if _is_headline_candidate(ln.text)), None)
    if not headline:  # no headline, or nothing above it
        return kept
    names = {i for i in range(headline) if is_name_line(kept[i].text)}
    removed.extend(kept[i].text for i in sorted(names))
    return [ln for i, ln in enumerate(kept) if i not in names]


def _read_datelines(
    kept: list[_Line], header: dict[str, str], removed: list[str]
) -> tuple[list[_Line], DateMention | None, str]:
    """(lines, the date a dateline gives, the wire dateline kept in the text) from the first
    lines: bylines stay (their author is an entity), a dateline's date goes to published_at."""
    published_from_text: DateMention | None = None
    page_date = parse_date(header.get("published_at") or header.get("date"))  # a wire date's year
    wire_text = ""  # a wire dateline kept in the text (`Tanger, 14 juin 2023 (MAP) –`)
    out: list[_Line] = []
    # The top: the first four lines, and past them (a masthead, a section line, a menu before
    # the headline: `Le Desk` / `Menu` / title / byline / `Publié le ...`) every line up to
    # the first of prose.
    first_prose = next((i for i, ln in enumerate(kept) if is_prose(ln.text)), len(kept))
    top = max(4, min(first_prose + 1, _TOP_LINES))
    for i, ln in enumerate(kept):
        if i < top and _BYLINE_RE.match(ln.text):
            out.append(ln)  # the author is part of the article: their name is an entity
            continue
        # Every dateline of the top goes (`Edition N°: 7136 Le 18/11/2025`, then `Par X |
        # Edition N°:7136 Le 18/11/2025`); the first gives the date.
        d = dateline(ln.text) if i < top else None
        if d is not None:
            published_from_text = published_from_text or d
            author = byline_of(ln.text)
            removed.append(ln.text)
            if author:
                # `Par Younes Tantaoui le 22/11/2023 à 18h40`: the date goes to
                # published_at, the author's name stays in the text
                out.append(_Line(author, ln.blank_before))
            continue
        if i < top and published_from_text is None:
            lead = leading_dateline(ln.text)
            wire = wire_dateline(ln.text, page_date) if lead is None else None
            if lead is not None:
                published_from_text = lead[0]
                removed.append(ln.text[: lead[1]])
                ln = _Line(ln.text[lead[1]:], ln.blank_before)
            elif wire is not None:
                published_from_text, wire_text = wire
        out.append(ln)
    return out, published_from_text, wire_text


def _drop_trailing_credits(kept: list[_Line], removed: list[str]) -> list[_Line]:
    while kept and is_credit(kept[-1].text):
        removed.append(kept.pop().text)
    return kept


def _drop_foreign_paragraphs(kept: list[_Line], removed: list[str]) -> tuple[list[_Line], str, bool]:
    """(lines, the article's language, whether a paragraph in another language went)."""
    language = article_language("\n".join(ln.text for ln in kept))
    filtered = []
    for ln in kept:
        if is_foreign(ln.text, language):
            removed.append(ln.text)
            continue
        filtered.append(ln)
    return filtered, language, len(filtered) < len(kept)


def _title(header: dict[str, str], paragraphs: list[str]) -> str | None:
    """The header's or HTML's title, else the first heading-like line (an author's byline is no headline)."""
    title = _clean_title(header.get("title"), paragraphs)
    # (the byline may come first: `Par Salma Bennani`, then the headline)
    opening = [p for p in paragraphs[:3] if not _BYLINE_RE.match(p)]
    if title is None and opening and is_heading_like(opening[0]) and opening[0] != paragraphs[-1]:
        title = opening[0]
    return title


def _empty(raw: RawDocument, removed: list[str]) -> Rejected:
    sample = "; ".join(r[:40] for r in removed[:3])
    return Rejected(raw.source_path, "clean", "empty_after_cleaning",
                    f"all {len(removed)} lines were boilerplate (e.g. {sample})", raw.doc_id)


def _dates(header: dict[str, str], from_text: DateMention | None, text: str,
           removed: list[str], wire_text: str = "") -> tuple[dt.date | None, dt.date | None]:
    """published_at and event_date.

    published_at: a dateline in the text, else the header/HTML date, but a page date is
    not trusted when it is the date of removed boilerplate (a related-article list), not a
    date of the article, and more than a year after every year the article mentions; nor
    when it is more than a year after the event the article dates with its weekday (a
    crawl date or a related item's date, not a publication date).  Then it is null.

    event_date: the first weekday-qualified date in the article (``jeudi 8 février 2018``),
    else the day a weekday or `hier` in the lead paragraphs points to (``a signé lundi``,
    ``on Wednesday``), counted from publication, else a day-precise date in the lead
    paragraphs that falls in the week before publication (not the wire dateline's own date),
    with its year or without (`ont signé le 2 septembre à Pékin`).
    """
    mentions = [m for m in find_dates(text)]
    weekday_dated = [m for m in mentions if m.weekday and m.precision == "day"]
    event: dt.date | None = None
    if weekday_dated:
        good = [m for m in weekday_dated if m.weekday_matches]
        event = (good or weekday_dated)[0].date

    published: dt.date | None = from_text.date if from_text else None
    day_precise = from_text is not None and from_text.precision == "day"
    if published is None:
        for key in ("published_at", "published", "date"):
            candidate = parse_date(header.get(key))
            if candidate is None:
                continue
            removed_dates = {m.date for r in removed for m in find_dates(r)}
            article_dates = {m.date for m in mentions}
            latest_year = max((m.date.year for m in mentions), default=None)
            stale = latest_year is not None and candidate.year - latest_year > 1
            if candidate in removed_dates and candidate not in article_dates and stale:
                continue
            if event is not None and (candidate - event).days > 366:
                continue
            published = candidate
            day_precise = all(m.precision == "day" for m in find_dates(header.get(key) or ""))
            break

    if event is None and published is not None:
        # The paragraphs of prose (a masthead or a section name is none; a headline, however
        # long, is none: its sentence has no final stop), the first three the lead.
        prose = "\n\n".join(p for p in text.split("\n\n") if len(p.split()) >= 8 and not _is_headline(p))
        if wire_text:
            prose = prose.replace(wire_text, " " * len(wire_text), 1)
        lead = "\n\n".join(prose.split("\n\n")[:3])
        # `vendredi` counts back from a day, not from a month (`date 2024-12`). The first
        # weekday told, in the lead or past it (`L'AMICA, réunie mardi à Tanger`, fifth
        # paragraph), is the event's: an article tells its news before its background.
        event = relative_event_date(_without_dates(prose), published) if day_precise else None
    if event is None and published is not None:
        for m in find_dates(lead):
            if m.precision == "day" and 0 <= (published - m.date).days <= 7:
                event = m.date
                break
    if event is None and published is not None and day_precise:
        # (`ont signé le 2 septembre à Pékin`: the year goes without saying)
        event = yearless_event_date(_without_dates(lead), published)
    return published, event


def _is_headline(paragraph: str) -> bool:
    """A headline, however long: no sentence's end (a quote's or a bracket's counts)."""
    return is_heading_like(paragraph) and not paragraph.rstrip().endswith(tuple("!?»\"”)…"))


def _without_dates(text: str) -> str:
    """`text` with its full dates blanked out: their weekdays are no relative days."""
    for m in reversed(find_dates(text)):
        text = text[: m.start] + " " * (m.end - m.start) + text[m.end:]
    return text


def _source_group(path: str) -> str:
    p = path.replace("\\", "/")
    return posixpath.dirname(p) or os.curdir


def clean_batch(raws: list[RawDocument]) -> tuple[pl.DataFrame, list[Rejected]]:
    """Clean a batch: a DataFrame with DOCUMENT_SCHEMA's columns, and the rejected ones.

    Repeated-line detection runs over the batch's documents of each source folder (a line
    in at least max(3, 5 %) of the folder's documents is boilerplate).
    """
    groups: dict[str, list[RawDocument]] = defaultdict(list)
    for raw in raws:
        groups[_source_group(raw.source_path)].append(raw)
    repeated: dict[str, frozenset[str]] = {}
    for group, members in groups.items():
        if len(members) >= 3:
            repeated[group] = repeated_lines([m.body for m in members], max(3, len(members) // 20))
    rows: list[dict] = []
    rejected: list[Rejected] = []
    for raw in raws:
        try:
            result = clean_document(raw, repeated.get(_source_group(raw.source_path), frozenset()))
        except Exception as exc:  # noqa: BLE001 - one bad document never stops the batch
            result = failure(raw.source_path, "clean", exc, raw.doc_id)
        if isinstance(result, Rejected):
            rejected.append(result)
        else:
            rows.append({k: getattr(result, k) for k in DOCUMENT_SCHEMA})
    frame = pl.DataFrame(rows, schema=DOCUMENT_SCHEMA) if rows else pl.DataFrame(schema=DOCUMENT_SCHEMA)
    return frame, rejected
