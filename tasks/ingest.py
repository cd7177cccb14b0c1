"""Ingestion: list a source, read every file, decode and repair it, or set it aside.

One concern: bytes in, `RawDocument` (decoded, repaired, NFC text plus the header or the
HTML metadata) or `Rejected` (a stable reason code and a readable detail) out.  Nothing
here raises for a bad file: every listed path gives exactly one of the two.

Text normalization happens here, once, so that every later offset is an index into the
final text (see `normalize_text`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import posixpath
import re
import stat
import time
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import fsspec
from prefect import task
from prefect.cache_policies import NO_CACHE

from econews.settings import NotTransient, Settings

log = logging.getLogger(__name__)

TEXT_EXTENSIONS = {".txt", ".text"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}

REASONS: dict[str, str] = {
    "empty_file": "the file has no bytes, or only whitespace",
    "binary_file": "the file is binary (image, archive, PDF, executable...), not text",
    "undecodable": "the bytes could not be decoded as text in any common encoding",
    "too_large": "the file is larger than the configured limit (Settings.max_file_bytes)",
    "header_without_body": "a .txt header block (seed_url, title, date...) with no text after it",
    "http_error": "the header says the page was fetched with an HTTP error status (4xx/5xx)",
    "no_main_text": "an HTML page in which no main text could be found",
    "unreadable": "the file exists but cannot be read (permissions, I/O error)",
    "vanished": "the file was listed but no longer exists when it was read",
    "unsupported_extension": "the file is not a .txt or .html/.htm page",
    "not_a_file": "a FIFO, socket or device in the source: never opened (a read could block the run)",
    "empty_after_cleaning": "nothing of the article is left once boilerplate is removed",
    "processing_error": "a stage (ingest, clean, entities, metrics, relations, validate) raised on this "
                        "document: a bug or a page beyond what the code handles; the detail has the "
                        "stage's exception class and message, the rest of the run went on",
    # Written by earlier versions for a cleaner failure; now `processing_error` at stage clean.
    "clean_error": "the cleaner failed on this document (older lakes; now processing_error)",
}


@dataclass(frozen=True)
class RawDocument:
    doc_id: str  # 16 hex chars of sha256 of the raw bytes: same bytes, same id
    source_path: str  # the path or URL as listed
    kind: str  # "txt" or "html"
    header: dict[str, str] = field(hash=False)  # header block of a .txt; url/title/date of an html page
    body: str  # decoded, repaired, NFC text after the header


@dataclass(frozen=True)
class Rejected:
    source_path: str
    stage: str  # "ingest" or "clean"
    reason: str  # a key of REASONS
    detail: str  # human text
    doc_id: str | None = None


def make_doc_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


# --------------------------------------------------------------------------- listing


# File names are bytes on POSIX; `source_path` is text. A name that is valid UTF-8 and has
# no backslash is kept as it is (nearly every name). Any other name is stored in a lossless,
# reversible text form: each byte that is not UTF-8 becomes `\xNN` (two lower-case hex
# digits) and each backslash becomes `\\`. Without it, the name's lone surrogates (what
# `os.fsdecode` makes of such bytes) cannot be written as UTF-8, and the run failed.
_ESCAPE_RE = re.compile(r"\\(\\|x[0-9a-f]{2})")


def path_text(path: str | bytes) -> str:
    """The text form of a local path (see above): `os_path(path_text(p)) == os.fsdecode(p)`."""
    path = os.fsdecode(path)
    if "\\" not in path and not any("\udc80" <= ch <= "\udcff" for ch in path):
        return path
    return "".join(
        "\\\\" if ch == "\\" else f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch
        for ch in path
    )


def os_path(text: str) -> str:
    """The path the OS takes (`os.fsencode` gives its exact bytes) for a `path_text` form."""
    if "\\" not in text:
        return text
    return _ESCAPE_RE.sub(lambda m: "\\" if m.group(1) == "\\" else chr(0xDC00 + int(m.group(1)[1:], 16)), text)


def _is_hidden(relative: str) -> bool:
    # fsspec paths are `/`-separated everywhere; a backslash is a character of a POSIX file
    # name (`h-\.txt` is no hidden `.txt` in a folder `h-`).
    return any(part.startswith(".") for part in relative.replace(os.sep, "/").split("/") if part)


class SourceNotFound(NotTransient, FileNotFoundError):
    """The source folder (or file) does not exist: a retry would not make it appear."""

    @classmethod
    def at(cls, source: str) -> "SourceNotFound":
        return cls(f"source {source!r} does not exist (no such folder or file)")


def check_source(source: str) -> None:
    """Fail fast, before any task, when the source does not exist (SourceNotFound), as the
    lake's write probe does for the lake: a run's first task costs Prefect ~0.5 s, much
    more on a busy machine. An error while looking (a network file system having a bad
    moment) is left to the listing task, which retries it."""
    try:
        fs, root = fsspec.core.url_to_fs(source)
        missing = not fs.exists(root)
    except Exception:
        return
    if missing:
        raise SourceNotFound.at(source)


def list_source(source: str) -> list[str]:
    """Every file under a folder or fsspec URL (recursive, sorted, hidden files excluded).

    Returns paths (local) or URLs (other file systems) that `read_document` accepts.  A single
    file is returned as a one-element list.  A source that does not exist raises
    SourceNotFound (a FileNotFoundError that I/O tasks do not retry).
    """
    fs, root = fsspec.core.url_to_fs(source)
    if not fs.exists(root):
        raise SourceNotFound.at(source)
    local = _is_local(fs)
    if not fs.isdir(root):
        return [path_text(source) if local and "://" not in source else source]
    found = fs.find(root, withdirs=False, detail=False)
    root_norm = root.rstrip("/")
    out = []
    for p in found:
        rel = p[len(root_norm):] if p.startswith(root_norm) else p
        if _is_hidden(rel):
            continue
        if local:
            out.append(path_text(os.path.normpath(p)))
        else:
            out.append(fs.unstrip_protocol(p))
    return sorted(out)


def _is_local(fs) -> bool:
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    return protocol in ("file", "local")


# --------------------------------------------------------------------------- normalization

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201b": "'", "\u2032": "'"})
# Zero-width and invisible format characters, soft hyphen, BOM: removed.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Every Unicode space separator (NBSP, narrow NBSP, thin space, ...) and tab: plain space.
_SPACES_RE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]")
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


FTFY_OPTIONS = {"unescape_html": False, "uncurl_quotes": False, "fix_line_breaks": True, "normalization": "NFC"}


@lru_cache(maxsize=1)
def _ftfy_touches_re() -> re.Pattern:
    """The characters one of ftfy's fixers (other than its mojibake repair, which asks
    `is_bad`) would change, from ftfy's own tables: C1 controls, ligatures, full- and
    half-width forms, Unicode line breaks, surrogates, escapes and control characters."""
    from ftfy import chardata

    chars = set(map(chr, chardata.LIGATURES)) | set(map(chr, chardata.WIDTH_MAP)) | set(map(chr, chardata.CONTROL_CHARS))
    chars |= {"\r", "\u2028", "\u2029", "\x1b"}
    singles = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"[{singles}\x80-\x9f\ud800-\udfff]")


def ftfy_would_change(text: str) -> bool:
    """False when ftfy.fix_text (with our options) could only NFC-normalize `text`: it then
    need not run. ftfy fixes line by line, each line twice or more (~2.5 ms a page); most
    pages have nothing for it to fix. A mojibake match in any line is a match in the page."""
    from ftfy.badness import is_bad

    return is_bad(text) or _ftfy_touches_re().search(text) is not None


def normalize_text(text: str) -> str:
    """The one normalization every body goes through before it is final.

    ftfy repairs mojibake (``Ã©`` -> ``é``) and HTML entities are left alone; line breaks
    become ``\\n``; the text is NFC; curly apostrophes become ``'``; every Unicode space
    (no-break space, narrow no-break space, ...) becomes an ordinary space (runs are kept, so
    the cleaner can still see glued-headline separators); invisible characters are removed.
    Guillemets and double quotes are kept as written.
    """
    import ftfy

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if ftfy_would_change(text):
        text = ftfy.fix_text(text, **FTFY_OPTIONS)
    text = _INVISIBLE_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    text = _CONTROL_RE.sub("", text)
    text = text.translate(_APOSTROPHES)
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- decoding

_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF (WebP/WAV/AVI)"),
    (b"BM", None),  # too short to be sure: checked with NUL bytes below
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/odt)"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", None),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", None),
    (b"\x00\x00\x01\x00", "ICO image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE) document"),
    (b"PAR1", "Parquet file"),
]
_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]


def _binary_kind(data: bytes) -> str | None:
    """A description when the bytes are clearly not text, else None."""
    for bom, _ in _BOMS:
        if data.startswith(bom):
            return None
    for magic, name in _MAGIC:
        if name and data.startswith(magic):
            return name
    head = data[:8192]
    nul = head.count(b"\x00")
    if nul:
        # UTF-16/32 without BOM has NULs in a regular pattern; let the decoder try those.
        if nul > len(head) * 0.45 and _looks_utf16(head):
            return None
        return f"binary content ({nul} NUL bytes in the first {len(head)} bytes)"
    return None


def _looks_utf16(head: bytes) -> bool:
    even = head[0::2].count(b"\x00")
    odd = head[1::2].count(b"\x00")
    half = len(head) / 2
    return even > half * 0.8 or odd > half * 0.8


def _bad_char_share(text: str) -> float:
    if not text:
        return 0.0
    bad = 0
    for ch in text:
        if ch in "\n\t\r":
            continue
        cat = unicodedata.category(ch)
        if ch == "\ufffd" or cat in ("Cc", "Co", "Cs", "Cn"):
            bad += 1
    return bad / len(text)


_WESTERN = set(
    "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæßÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆ"
    "«»‘’‚“”„–—…€°ºª¿¡§©®™·•±×÷²³¹½¼¾£¥¢\u00a0"
)


def decode_bytes(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) for the bytes, or None when no common encoding fits."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                break
    try:
        text = data.decode("utf-8")
        return text, "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192] and _looks_utf16(data[:8192]):
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _bad_char_share(text) < 0.01:
                return text, enc
    # Western single-byte text (French, Spanish, English) is by far the most common
    # non-UTF-8 case here; detectors often mistake short cp1252 texts for cp1250/cp1257.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and all(ord(ch) < 128 or ch in _WESTERN for ch in western):
        return western, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    # charset-normalizer can "decode" noise as some single-byte code page: reject texts
    # with many control or unassigned characters, or with a high chaos score.
    if _bad_char_share(text) > 0.02 or best.chaos > 0.3:
        return None
    return text, best.encoding


# --------------------------------------------------------------------------- header

KNOWN_HEADER_KEYS = {
    "seed_url", "final_url", "url", "title", "date", "via", "http_status", "content_type",
    "note", "fetched_at", "crawled_at", "published", "published_at", "author", "source",
    "lang", "language", "status", "encoding", "canonical_url",
}
_HEADER_LINE_RE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]{0,40})\s*:\s?(.*)$")


def split_header(text: str) -> tuple[dict[str, str], str, bool]:
    """(header, body, had_header).

    A header block is a run of ``key: value`` lines at the very start of the file, with at
    least one well-known key (`seed_url`, `final_url`, `title`, `date`, ...), ended by a blank
    line or the end of the file.
    """
    lines = text.split("\n")
    header: dict[str, str] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            break
        m = _HEADER_LINE_RE.match(line.strip())
        if not m:
            return {}, text, False
        key = m.group(1).lower().replace("-", "_")
        header[key] = m.group(2).strip()
        i += 1
    if not header or not (set(header) & KNOWN_HEADER_KEYS):
        return {}, text, False
    # Guard against a first prose line such as "Objectif : stimuler ...": every key of a
    # header has a short identifier form, and most keys must be known ones.
    known = sum(1 for k in header if k in KNOWN_HEADER_KEYS)
    if known < max(1, len(header) // 2):
        return {}, text, False
    body = "\n".join(lines[i + 1:]) if i < len(lines) else ""
    return header, body, True


# --------------------------------------------------------------------------- HTML

_HTML_SNIFF_RE = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF_RE.match(text[:2048]))


# How far past this machine's clock a page's own date is still believed. trafilatura's
# htmldate drops any date after "now", and then takes a lesser one (a related link's month:
# `2026-12-01` for a page whose `article:published_time` says the 17th): a page stamped in
# the evening in UTC+1 is "tomorrow" for a UTC clock, and a container's clock may lag.
_FUTURE_DATE_MARGIN = dt.timedelta(days=366)


def _date_extraction_params() -> dict:
    """htmldate's parameters as trafilatura sets them, but a later latest date."""
    return {"original_date": True, "extensive_search": True,
            "max_date": (dt.datetime.now().astimezone() + _FUTURE_DATE_MARGIN).strftime("%Y-%m-%d")}


def extract_html(html: str, url: str | None = None) -> tuple[dict[str, str], str]:
    """(metadata, main text) with trafilatura; paragraphs separated by blank lines."""
    import trafilatura

    dating = _date_extraction_params()
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        date_extraction_params=dating,
    )
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_recall=True, date_extraction_params=dating
        )
    meta: dict[str, str] = {}
    text = ""
    if doc is not None:
        text = getattr(doc, "text", None) or ""
        for key in ("url", "title", "date", "sitename", "author", "language", "description"):
            value = getattr(doc, key, None)
            if value:
                meta[key] = str(value)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    headline, lead = _dropped_opening(html, paragraphs)
    byline = _dropped_byline(html, paragraphs)
    paragraphs = ([lead] if lead else []) + paragraphs
    if byline:
        # under the headline when the text opens with it, else first
        at = 1 if paragraphs and meta.get("title", "").strip().startswith(paragraphs[0][:40]) else 0
        paragraphs.insert(at, byline)
    return meta, "\n\n".join(([headline] if headline else []) + paragraphs)


_BLOCK_TAGS = ("p", "div", "span", "address", "header", "section", "footer", "time", "small", "em", "strong", "li")


_AUTHOR_MARK_RE = re.compile(r"\b(?:author|byline|auteur|signature)\b|\bauthor\w*|\w*byline")
_AUTHOR_NAME_RE = re.compile(
    r"^(?P<by>(?i:par|by|por)\s+)?(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:(?:el|al|ben|bin|ould|de|da|van|von)\s+)?[A-ZÀ-Ý][\w'’-]+){1,3})$")


def _by_word(paragraphs: list[str]) -> str:
    """`Par` on a French page, `By` on an English one (by their commonest words)."""
    words = " ".join(paragraphs).lower().split()
    return "By" if words.count("the") + words.count("and") > words.count("le") + words.count("et") + words.count("de") else "Par"


# A lead the page marks as one (`<p class="article-lead">`, `chapo`, `standfirst`, WordPress's
# `entry-excerpt`): the article's first paragraph, often its event's day (`a signé jeudi
# dernier`) or the period its figures are of (`Au premier semestre 2024, ...`), which
# trafilatura may take for a teaser and leave out.
# (or a subtitle under the headline: `td-post-sub-title`, `<h2 class="subheadline">`)
_LEAD_MARK_RE = re.compile(
    r"\b[\w-]*(?:lead|chapo|chapeau|standfirst|intro|dek|deck|excerpt|accroche|summary|sub-?title|sub-?headline)\b", re.I)


def _dropped_opening(html: str, paragraphs: list[str]) -> tuple[str | None, str | None]:
    """The headline (`<h1>`) and the marked lead that trafilatura left out of the main text
    (None for each the text has): both are the article's, its names and its figures."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None, None
    have = " ".join(" ".join(paragraphs).split())
    headline = next((" ".join(h.text_content().split()) for h in tree.iter("h1")), "")
    lead = next((" ".join(p.text_content().split()) for p in _marked_leads(tree)), "")
    return (headline if headline and headline[:60] not in have else None,
            lead if lead and lead[:60] not in have else None)


def _marked_leads(tree) -> list:
    """Paragraphs of prose whose class marks them as the lead (the first one only)."""
    for element in tree.iter("p", "div", "h2"):
        line = " ".join(element.text_content().split())
        if _LEAD_MARK_RE.search(element.get("class", "")) and len(line.split()) >= 8 and line.endswith((".", "!", "?", "»")):
            return [element]
    return []


def _dropped_byline(html: str, paragraphs: list[str]) -> str | None:
    """The byline (`Par Nadia Ouazzani | Le 18/07/2024 à 09:15`) that trafilatura left out
    of the main text, as the page writes it: the first short element before the article's
    body whose text is a byline or a dateline with one. Its author is part of the article;
    the cleaner takes the date to published_at. None when the text has it or there is none."""
    from lxml import html as lxml_html

    from econews.tasks.dates import byline_of

    body = next((p for p in paragraphs if len(p.split()) >= 12), None)
    if body is None:
        return None
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    opening = " ".join(body.split())[:40]
    for element in tree.iter("a", *_BLOCK_TAGS):
        # `<a rel="author">`, `<span class="author">`, `<div class="byline">`: the page
        # marks its author; the name alone becomes `Par X` / `By X`... as the element reads
        marks = f"{element.get('rel', '')} {element.get('class', '')} {element.get('itemprop', '')}".lower()
        if not _AUTHOR_MARK_RE.search(marks):
            continue
        line = " ".join(element.text_content().split())
        name = _AUTHOR_NAME_RE.match(line)
        if name and not any(name.group("name") in p for p in paragraphs):
            return line if name.group("by") else f"{_by_word(paragraphs)} {line}"
        if name:
            return None
        author = byline_of(line) if len(line) <= 140 else None
        if author:  # `<div class="byline">By X Posted on <date></div>`: the byline and its date
            return None if any(author.split(None, 1)[-1] in p for p in paragraphs) else line
    for element in tree.iter(*_BLOCK_TAGS):
        line = " ".join(element.text_content().split())
        if line.startswith(opening):
            return None  # the article's body: a byline comes before it
        if 0 < len(line) <= 140 and byline_of(line):
            author = byline_of(line)
            return None if any(author in p for p in paragraphs) else line
    return None


# --------------------------------------------------------------------------- reading


def _extension(path: str) -> str:
    name = posixpath.basename(path.replace("\\", "/").split("?", 1)[0])
    _, ext = os.path.splitext(name)
    return ext.lower()


def _os_location(path: str) -> str:
    """Where to open a listed path: local paths are in `path_text` form, URLs as they are."""
    return path if "://" in path else os_path(path)


def _not_a_page(path: str) -> Rejected | None:
    """A local entry that is no file to read (None: a regular file, or gone). A FIFO would
    block the run forever on its first read, a symlink loop fails the same way each time:
    neither is opened, nor retried."""
    if "://" in path:
        return None
    try:
        mode = os.stat(os_path(path)).st_mode
    except FileNotFoundError:  # a dangling symlink, or gone since the listing: said below
        return None
    except OSError as exc:  # a symlink loop (ELOOP), a name too long...
        return Rejected(path, "ingest", "unreadable", f"{type(exc).__name__}: {exc}")
    if stat.S_ISDIR(mode):
        return Rejected(path, "ingest", "unreadable", "a symlink to a folder, not a page (not followed)")
    if not stat.S_ISREG(mode):
        kind = "FIFO" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device"
        return Rejected(path, "ingest", "not_a_file", f"a {kind}, not a regular file: not read")
    return None


def _read_bytes(path: str, settings: Settings) -> bytes | Rejected:
    refused = _not_a_page(path)
    if refused is not None:
        return refused
    attempts = max(1, settings.io_retries)
    last: Exception | None = None
    for attempt in range(attempts):
        try:
            fs, p = fsspec.core.url_to_fs(_os_location(path))
            try:
                size = fs.size(p)
            except FileNotFoundError:
                raise
            except Exception:  # some file systems cannot tell the size: read with a cap
                size = None
            if size is not None and size > settings.max_file_bytes:
                return Rejected(path, "ingest", "too_large",
                                f"{size} bytes, over the limit of {settings.max_file_bytes} bytes")
            with fs.open(p, "rb") as fh:
                # read(n) allocates n bytes up front: with the size known, only the file's
                # size is asked for (a buffer of the limit, 5 MB, for each page took most
                # of the time of fingerprinting a corpus).
                cap = settings.max_file_bytes if size is None else min(size, settings.max_file_bytes)
                data = fh.read(cap + 1)
                if cap < settings.max_file_bytes and len(data) > cap:  # it grew since: on to the limit
                    data += fh.read(settings.max_file_bytes - len(data) + 1)
            if len(data) > settings.max_file_bytes:
                return Rejected(path, "ingest", "too_large",
                                f"more than {settings.max_file_bytes} bytes (the limit)")
            return data
        except FileNotFoundError:
            return Rejected(path, "ingest", "vanished", "listed, but gone when it was read")
        except (PermissionError, IsADirectoryError) as exc:
            return Rejected(path, "ingest", "unreadable", f"{type(exc).__name__}: {exc}")
        except OSError as exc:  # transient I/O: retry, then give up as unreadable
            last = exc
            if attempt + 1 < attempts:
                time.sleep(settings.io_retry_delay_seconds * (attempt + 1))
        except Exception as exc:  # noqa: BLE001 - a bad file never stops the run
            last = exc
            break
    return Rejected(path, "ingest", "unreadable", f"{type(last).__name__}: {last}")


def fingerprint(path: str, settings: Settings) -> str | None:
    """The doc_id a file would get (hash of its bytes), without decoding it; None when it
    cannot be read (ingest then says why, in quarantine)."""
    data = _read_bytes(path, settings)
    return None if isinstance(data, Rejected) else make_doc_id(data)


def read_document(path: str, settings: Settings) -> RawDocument | Rejected:
    """Read, decode, repair and split one file.  Never raises for a bad file."""
    try:
        return _read_document(path, settings)
    except Exception as exc:  # noqa: BLE001 - last resort: account for the file anyway
        log.exception("unexpected error reading %s", path)
        from econews.tasks.isolation import failure

        return failure(path, "ingest", exc)


def _read_document(path: str, settings: Settings) -> RawDocument | Rejected:
    ext = _extension(_os_location(path))
    if ext not in TEXT_EXTENSIONS | HTML_EXTENSIONS:
        return Rejected(path, "ingest", "unsupported_extension",
                        f"extension {ext or '(none)'!r} is not one of .txt, .html, .htm")
    data = _read_bytes(path, settings)
    if isinstance(data, Rejected):
        return data
    doc_id = make_doc_id(data)
    if not data.strip():
        return Rejected(path, "ingest", "empty_file",
                        "0 bytes" if not data else f"{len(data)} bytes of whitespace only", doc_id)
    binary = _binary_kind(data)
    if binary:
        return Rejected(path, "ingest", "binary_file", f"{binary}, {len(data)} bytes", doc_id)
    decoded = decode_bytes(data)
    if decoded is None:
        return Rejected(path, "ingest", "undecodable",
                        f"{len(data)} bytes not decodable as UTF-8 or any detected encoding", doc_id)
    text, encoding = decoded
    text = normalize_text(text)
    if not text.strip():
        return Rejected(path, "ingest", "empty_file", f"no visible text ({encoding})", doc_id)

    if ext in HTML_EXTENSIONS:
        return _html_document(path, doc_id, text, {})

    header, body, had_header = split_header(text)
    status = header.get("http_status", "").strip()
    if status.isdigit() and int(status) >= 400:
        return Rejected(path, "ingest", "http_error", f"header http_status {status}", doc_id)
    if looks_like_html(body):
        return _html_document(path, doc_id, body, header)
    if not body.strip():
        if had_header:
            return Rejected(path, "ingest", "header_without_body",
                            f"header with {len(header)} fields ({', '.join(sorted(header))}) and no text",
                            doc_id)
        return Rejected(path, "ingest", "empty_file", "no text", doc_id)
    return RawDocument(doc_id, path, "txt", header, body.strip("\n"))


def _html_document(path: str, doc_id: str, html: str, header: dict[str, str]) -> RawDocument | Rejected:
    url = header.get("final_url") or header.get("seed_url") or header.get("url")
    meta, text = extract_html(html, url)
    if not text.strip():
        return Rejected(path, "ingest", "no_main_text", "trafilatura found no main text in the page", doc_id)
    merged = dict(meta)
    merged.update({k: v for k, v in header.items() if v})  # an explicit header wins
    return RawDocument(doc_id, path, "html", merged, normalize_text(text))


# Reading is I/O: the flow gives this task Settings.io_task_options() (retries with
# backoff) for unexpected errors; bad files are not errors, they come back as Rejected.
# Untagged, like every per-batch task (see `process_batch`).
@task(name="ingest batch", cache_policy=NO_CACHE)
def ingest_batch(paths: list[str], settings: Settings) -> tuple[list[RawDocument], list[Rejected]]:
    """Read every path: one RawDocument or one Rejected per path, in order."""
    docs: list[RawDocument] = []
    rejected: list[Rejected] = []
    for path in paths:
        result = read_document(path, settings)
        (docs if isinstance(result, RawDocument) else rejected).append(result)
    return docs, rejected
