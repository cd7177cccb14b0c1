"""A benchmark corpus: N distinct, realistic French economic news pages, deterministically.

Bases are the five sample pages of `data/raw` and the pages of `benchmarks/pages/` (written
for the benchmark in the style of the Moroccan economic press; their figures are plausible,
not quotes). Document `i` starts from base `i % len(bases)` and keeps its structure, noise
included (header block, tickers, "Lire aussi" lists, share and newsletter lines, so that the
cleaner has its usual work), then varies what an archive varies:

- prose paragraphs: each sentence kept with probability KEEP, sentences of other pages
  inserted, a connector now and then, paragraphs added until the body has its target length;
- figures: every number scaled (same format: `39,5`, `41.000`, `1 200`), years shifted by a
  per-document offset, days of month redrawn;
- title, header date and URL.

Every document is distinct (checked by hash when writing) and no prose line repeats in
enough documents of a batch to be taken for boilerplate. `revise(text, i, seed, revision)`
changes one paragraph's figures: a "changed file" for incremental runs.

    python -m benchmarks.corpus OUT_DIR N [--seed S]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DIR = REPO / "data" / "raw"
PAGES_DIR = Path(__file__).resolve().parent / "pages"

KEEP = 0.5  # share of a base paragraph's sentences a document keeps
MIN_WORDS, MAX_WORDS = 350, 750  # prose words drawn per document (seed pages: 330-1,250 words with their noise)

_HEADER_KEY_RE = re.compile(r"^[a-z_]+: ")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-ÖØ-Þ«\"])")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre")
_MONTH_RE = "|".join(_MONTHS)
# A number as the press writes it: `41.000`, `1 200`, `39,5`, `2016`; not inside times
# (`12:03`), ids or words.
_NUMBER_RE = re.compile(
    r"(?<![\w:.,/-])(\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w:/]|[.,]\d)"
)
_DAY_BEFORE_MONTH_RE = re.compile(rf"^(?:er)?\s+(?:{_MONTH_RE})\b", re.IGNORECASE)
_CONNECTORS = ("Par ailleurs, ", "En outre, ", "De plus, ", "Dans ce contexte, ", "Selon les observateurs, ",
               "À noter que ", "Pour rappel, ", "Parallèlement, ")
_RUBRICS = ("Économie", "Commerce extérieur", "Investissement", "Industrie", "Coopération", "Partenariat",
            "Conjoncture", "Échanges", "Diplomatie économique", "Entreprises", "Énergie", "Finance")


@dataclass(frozen=True)
class Page:
    name: str
    header: tuple[tuple[str, str], ...]  # key, value of the header block ((): none)
    lines: tuple[str, ...]  # body lines, blank ones included
    kinds: tuple[str, ...]  # per line: "prose", "title", "noise", "blank"


def _is_prose(line: str) -> bool:
    s = line.strip()
    return (
        len(s) >= 120
        and not s.startswith("- ")
        and len(re.findall(r"\S {3,}\S", s)) < 2  # glued headlines
        and s[-1:] in ".!?»\"…)"
    )


def parse_page(name: str, text: str) -> Page:
    lines = text.replace("\r\n", "\n").split("\n")
    header: list[tuple[str, str]] = []
    if lines and _HEADER_KEY_RE.match(lines[0]):
        while lines and lines[0].strip():
            key, _, value = lines.pop(0).partition(": ")
            header.append((key, value))
        while lines and not lines[0].strip():
            lines.pop(0)
    kinds: list[str] = []
    title_seen = False
    for line in lines:
        s = line.strip()
        if not s:
            kinds.append("blank")
        elif _is_prose(s):
            kinds.append("prose")
        elif not title_seen and 30 <= len(s) <= 200 and not s.startswith("- ") and "   " not in s:
            kinds.append("title")
            title_seen = True
        else:
            kinds.append("noise")
    return Page(name, tuple(header), tuple(lines), tuple(kinds))


@lru_cache(maxsize=1)
def pages() -> tuple[Page, ...]:
    files = sorted(SAMPLE_DIR.glob("*.txt")) + sorted(PAGES_DIR.glob("*.txt"))
    return tuple(parse_page(f.name, f.read_text("utf-8")) for f in files)


_ABBREVIATION_END_RE = re.compile(r"(?:\b(?:M|MM|Mme|Mlle|Dr|Pr|S\.E|St|No|Co|av|J\.-C)\.|\b[A-Z]\.)$")


def sentences(paragraph: str) -> list[str]:
    out: list[str] = []
    for piece in _SENTENCE_SPLIT_RE.split(paragraph.strip()):
        if out and _ABBREVIATION_END_RE.search(out[-1]):  # `MM. Moulay Hafid Elalamy`
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out


@lru_cache(maxsize=1)
def sentence_pool() -> tuple[str, ...]:
    pool = []
    for page in pages():
        for line, kind in zip(page.lines, page.kinds):
            if kind == "prose":
                pool.extend(s for s in sentences(line) if 60 <= len(s) <= 450)
    return tuple(pool)


# ---------------------------------------------------------------- figures


def _format_like(value: float, template: str) -> str:
    """`value` written like `template`: same decimals, same thousands separator."""
    decimals = len(template.split(",", 1)[1]) if "," in template else 0
    sep_match = re.search(r"\d([. \u00a0\u202f])\d{3}", template)
    if decimals:
        whole, frac = f"{value:.{decimals}f}".split(".")
    else:
        digits = re.sub(r"\D", "", template)
        zeros = len(digits) - len(digits.rstrip("0"))
        step = 10 ** min(zeros, len(digits) - 1) if len(digits) > 1 else 1  # 41.000 -> 38.000
        whole, frac = str(max(1, round(value / step) * step)), ""
    if sep_match:
        whole = f"{int(whole):,}".replace(",", sep_match.group(1))
    return whole + ("," + frac if frac else "")


def vary_figures(text: str, rng: random.Random, year_shift: int) -> str:
    def repl(m: re.Match) -> str:
        raw = m.group(1)
        plain = re.sub(r"[. \u00a0\u202f]", "", raw).replace(",", ".")
        value = float(plain)
        after = text[m.end(): m.end() + 12]
        if re.fullmatch(r"\d{4}", raw) and 1950 <= value <= 2035:  # a year
            return str(min(2026, int(value) + year_shift))
        if _DAY_BEFORE_MONTH_RE.match(after) and value <= 31:  # a day of the month
            return str(rng.randint(1, 28))
        return _format_like(value * rng.uniform(0.55, 1.75), raw)

    return _NUMBER_RE.sub(repl, text)


# ---------------------------------------------------------------- documents


def _paragraph(line: str, rng: random.Random, pool: tuple[str, ...]) -> str:
    kept = [s for s in sentences(line) if rng.random() < KEEP] or [rng.choice(sentences(line))]
    for _ in range(rng.choice((0, 1, 1, 2))):
        kept.insert(rng.randint(0, len(kept)), rng.choice(pool))
    if rng.random() < 0.25 and kept[0][:1].isupper():
        kept[0] = rng.choice(_CONNECTORS) + kept[0][0].lower() + kept[0][1:]
    return " ".join(kept)


def make_document(i: int, seed: int = 0) -> str:
    """The text of document `i` (a .txt page, header block included when its base has one)."""
    base = pages()[i % len(pages())]
    pool = sentence_pool()
    rng = random.Random(f"econews-bench:{seed}:{i}")
    year_shift = rng.randint(-8, 1)
    target = rng.randint(MIN_WORDS, MAX_WORDS)

    body: list[str] = []
    last_prose = -1
    title = None
    for line, kind in zip(base.lines, base.kinds):
        if kind == "prose":
            body.append(_paragraph(line, rng, pool))
            last_prose = len(body) - 1
        elif kind == "title":
            title = f"{rng.choice(_RUBRICS)} | {line.strip()}"
            body.append(title)
        else:
            body.append(line)
    words = sum(len(body[k].split()) for k, kind in enumerate(base.kinds) if kind == "prose")
    extra: list[str] = []
    while words < target:
        paragraph = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
        if rng.random() < 0.5:
            paragraph = rng.choice(_CONNECTORS) + paragraph[0].lower() + paragraph[1:]
        extra.append(paragraph)
        words += len(paragraph.split())
    if last_prose >= 0:
        # blank-line separated pages keep their blank lines between paragraphs
        sep = [""] if "blank" in base.kinds else []
        insert: list[str] = []
        for paragraph in extra:
            insert += sep + [paragraph]
        body[last_prose + 1 : last_prose + 1] = insert
    else:
        body += extra
    text = vary_figures("\n".join(body), rng, year_shift)

    header = dict(base.header)
    if header:
        if "title" in header:
            header["title"] = vary_figures(title or header["title"], rng, year_shift)
        for key in ("seed_url", "final_url"):
            if key in header:
                header[key] = f"{header[key].rstrip('/')}-{i:06d}"
        if "date" in header:
            year = re.match(r"\d{4}", header["date"])
            if year:
                new_year = min(2026, int(year.group()) + year_shift)
                header["date"] = f"{new_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" + header["date"][10:]
        return "\n".join(f"{k}: {v}" for k, v in header.items()) + "\n\n" + text + "\n"
    return text + "\n"


def revise(text: str, i: int, seed: int = 0, revision: int = 1) -> str:
    """A corrected version of document `i`: new figures in its longest paragraph."""
    rng = random.Random(f"econews-bench-revision:{seed}:{i}:{revision}")
    lines = text.split("\n")
    k = max(range(len(lines)), key=lambda n: len(lines[n]))
    revised = vary_figures(lines[k], rng, 0)
    if revised == lines[k]:
        revised = lines[k] + " (Article mis à jour.)"
    lines[k] = revised
    return "\n".join(lines)


def file_name(i: int) -> str:
    return f"bench_{i:06d}.txt"


def write_corpus(out: Path, n: int, seed: int = 0) -> dict:
    """Writes n distinct documents into `out`, one at a time; returns counts."""
    out.mkdir(parents=True, exist_ok=True)
    seen: set[bytes] = set()
    total_bytes = total_words = 0
    for i in range(n):
        text = make_document(i, seed)
        attempt = 0
        while hashlib.sha256(text.encode()).digest() in seen:  # never happens in practice
            attempt += 1
            text = make_document(i, seed + 7919 * attempt)
        data = text.encode("utf-8")
        seen.add(hashlib.sha256(data).digest())
        (out / file_name(i)).write_bytes(data)
        total_bytes += len(data)
        total_words += len(text.split())
    return {"documents": n, "bytes": total_bytes, "words": total_words, "seed": seed, "bases": len(pages())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(write_corpus(args.out, args.n, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
