"""Duplicates: the same bytes under several paths, and near-duplicate stories.

Exact copies (`split_copies`): a document's bytes (its doc_id) are stored once. This is the
one place that rule is decided, for the documents of a batch against the stored ones and
for the documents of a run's batches against each other.

Near-duplicate stories with MinHash/LSH (datasketch).

A document's fingerprint is the MinHash of the set of its content words (lower-cased,
accents stripped, stop words removed, numbers kept as written): a copy scores ~1, a story
reworded by another outlet, which keeps its names, figures and key words, scores 0.6-0.8,
and two different stories on the same topic score 0.05-0.2 on this corpus.  Candidates from
LSH are confirmed with the estimated Jaccard similarity >= threshold.  datasketch computes the
signatures and picks the bands; the search runs in numpy on the matrix of all signatures, as
a lake holds far more documents than a run adds.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import polars as pl

from econews.tables import TABLES

# The quarantine reason of a file whose bytes are stored under another path.
DUPLICATE_CONTENT = "duplicate_content"


@dataclass(frozen=True)
class Copy:
    """A file whose bytes (doc_id) are stored under another path, `kept_at`."""

    index: int  # its position in the list given to `split_copies`
    doc_id: str
    path: str
    kept_at: str

    @property
    def detail(self) -> str:
        return f"same bytes as {self.kept_at} (doc_id {self.doc_id}); stored once"


@dataclass(frozen=True)
class ContentSplit:
    """Documents (by position) sorted by what the duplicate-content rule does with them."""

    first: list[int]  # new content: stored
    unchanged: list[int]  # stored already, under this same path: nothing to do
    copies: list[Copy]  # stored (or kept) under another path: quarantined


def split_copies(documents: Sequence[tuple[str, str]], stored: Mapping[str, str]) -> ContentSplit:
    """The duplicate-content rule, over (doc_id, path) pairs in order: the same bytes are
    stored once, under the path that holds them already (`stored`: doc_id -> path), else
    under the first path they are seen at. The same bytes at that path are unchanged; at
    any other path they are a copy."""
    first: list[int] = []
    unchanged: list[int] = []
    copies: list[Copy] = []
    seen: dict[str, str] = {}
    for index, (doc_id, path) in enumerate(documents):
        kept_at = stored.get(doc_id) or seen.get(doc_id)
        if kept_at is None:
            first.append(index)
            seen[doc_id] = path
        elif kept_at == path:
            unchanged.append(index)
        else:
            copies.append(Copy(index, doc_id, path, kept_at))
    return ContentSplit(first, unchanged, copies)


NUM_PERM = 128
# datasketch's permutation scheme (its default since 2.0), fixed so that stored signatures stay
# comparable with the ones computed now whatever a later datasketch takes by default.
SCHEME = "affine32"
_WORD_RE = re.compile(r"\w+(?:[.,]\d+)*", re.U)
_STOP = frozenset(
    """
    a au aux avec ce ces cet cette comme dans de des du elle en et eux il ils je la le les leur leurs lui ma mais
    me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une
    vos votre vous c d j l m n s t y ete etre est sont a ont avait avaient fait faire plus tres aussi ainsi entre
    dont ou lors apres avant selon sous sans tout tous toute toutes cela ceci celui celle ceux celles deux
    the of and to in for on at by with from as is are was were be been has have had this that these those it its
    an or not but which who will would can could also than more
    el los las del y en por para con una uno es son que se al lo su sus como mas
    """.split()
)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    # The accents NFKD split off are dropped: each distinct character is tested once (a
    # page has a hundred), not each of its thousands, and each mark found (a handful) is
    # removed by str.replace.
    for mark in [ch for ch in set(text) if unicodedata.combining(ch)]:
        text = text.replace(mark, "")
    return text


def _stem(word: str) -> str:
    if len(word) > 4 and word[-1] in "sx" and not word[-2].isdigit():
        return word[:-1]
    return word


def shingles(text: str) -> set[str]:
    """Content words (stop words removed, accents and plural s/x stripped, numbers kept as
    written): rewording keeps them, so the Jaccard of two versions of a story stays high
    (0.6-0.8) while two different stories on the same topic stay low (0.05-0.2)."""
    words = _WORD_RE.findall(_normalize(text))
    out = {_stem(w) for w in words if w not in _STOP and (len(w) > 1 or w.isdigit())}
    if not out and words:
        out = set(words)
    return out


@functools.lru_cache(maxsize=1)
def _permutations():
    """The scheme's permutation parameters for seed 1, drawn once: a MinHash draws them anew
    from a seeded generator each time it is made, a third of the cost of signing a page."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def _minhash(tokens: set[str]):
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_permutations())
    m.update_batch([t.encode("utf-8") for t in tokens])  # the same hash values as update() per token
    return m


SIGNATURE_SCHEMA: dict[str, pl.DataType] = TABLES["_signatures"].stage_schema


def signatures(frame: pl.DataFrame | None) -> pl.DataFrame:
    """doc_id, minhash (NUM_PERM hash values of SCHEME, List(UInt64)) of every row of `frame` (columns
    doc_id, text): what `find_near_duplicates` computes for a document, to be stored with it
    and passed back as the `minhash` column of `existing` instead of the text."""
    if frame is None or frame.height == 0:
        return pl.DataFrame(schema=SIGNATURE_SCHEMA)
    ids, values = [], []
    for row in frame.select("doc_id", "text").iter_rows(named=True):
        ids.append(row["doc_id"])
        values.append(_minhash(shingles(row["text"] or "")).hashvalues.tolist())
    return pl.DataFrame({"doc_id": ids, "minhash": values}, schema=SIGNATURE_SCHEMA)


_PAIRS_AT_ONCE = 1 << 15  # pairs compared in one numpy operation (2 x 16 MiB of gathered signatures)
_MAX_STEP = 256  # candidates a document compares in one band per step, at most


def _signature_matrix(frame: pl.DataFrame, rows: np.ndarray) -> np.ndarray:
    """(len(rows), NUM_PERM) uint32: the signature of each of `frame`'s `rows`, the stored
    `minhash` where it has NUM_PERM values, else the MinHash of the text (a row stored before
    signatures were, or signed with another NUM_PERM)."""
    out = np.empty((len(rows), NUM_PERM), dtype=np.uint32)
    stored = np.zeros(len(rows), dtype=bool)
    if "minhash" in frame.columns:
        cells = frame["minhash"].gather(rows)
        stored = (cells.list.len() == NUM_PERM).fill_null(False).to_numpy()
        if stored.any():
            values = cells.filter(pl.Series(stored)).list.to_array(NUM_PERM).to_numpy()
            if values.dtype.kind not in "iu" or values.min() < 0 or values.max() > np.iinfo(np.uint32).max:
                raise ValueError(f"stored minhash values are not hash values of scheme {SCHEME!r}")
            out[stored] = values
    missing = np.flatnonzero(~stored)
    if missing.size:
        texts = frame["text"].gather(rows[missing]).to_list() if "text" in frame.columns else [None] * missing.size
        for i, text in zip(missing, texts):
            out[i] = _minhash(shingles(text or "")).hashvalues
    return out


def _band_keys(sig: np.ndarray, bands: int, rows_per_band: int) -> np.ndarray:
    """(bands, len(sig)) uint64: a hash of each document's values in each LSH band. Equal
    values give equal keys; unequal ones almost never do, and candidates found through a
    key are confirmed on the values."""
    keys = np.empty((bands, len(sig)), dtype=np.uint64)
    for band in range(bands):
        h = np.full(len(sig), 0xCBF29CE484222325, dtype=np.uint64)
        for col in range(band * rows_per_band, (band + 1) * rows_per_band):
            h = (h ^ sig[:, col]) * np.uint64(0x100000001B3)
        keys[band] = h ^ (h >> np.uint64(32))
    return keys


def _similar(sig: np.ndarray, a: np.ndarray, b: np.ndarray, band: slice, threshold: float) -> np.ndarray:
    """For each pair (a[i], b[i]) of rows of `sig`: equal in `band` (the LSH bucket test) and
    an estimated Jaccard (share of equal values, as MinHash.jaccard) >= threshold."""
    out = np.empty(len(a), dtype=bool)
    for s in range(0, len(a), _PAIRS_AT_ONCE):
        equal = sig[a[s:s + _PAIRS_AT_ONCE]] == sig[b[s:s + _PAIRS_AT_ONCE]]
        out[s:s + _PAIRS_AT_ONCE] = equal[:, band].all(axis=1) & (
            np.count_nonzero(equal, axis=1) / NUM_PERM >= threshold
        )
    return out


def _earliest_similar(sig: np.ndarray, keys: np.ndarray, rows_per_band: int, queries: np.ndarray,
                      threshold: float) -> np.ndarray:
    """For each row q in `queries`, the lowest row c < q of `sig` (rows in rank order) that is
    an LSH candidate of q (equal values in some band) with an estimated Jaccard >= threshold;
    -1 when there is none.

    Per band, the documents sharing a key with a query are sorted by key, each group in rank
    order, so a query's candidates in the band are the members of its group before it. They
    are compared from the earliest on, in steps that double, and a query stops at its first
    match or at a candidate later than its best match so far: a group of g copies of one
    story costs ~g comparisons, not g^2/2.
    """
    n = len(sig)
    best = np.full(len(queries), n, dtype=np.int64)
    for band, key in enumerate(keys):
        cols = slice(band * rows_per_band, (band + 1) * rows_per_band)
        members = np.flatnonzero(np.isin(key, key[queries]))
        order = np.argsort(key[members], kind="stable")
        grouped = members[order]
        grouped_key = key[grouped]
        starts = np.flatnonzero(np.r_[True, grouped_key[1:] != grouped_key[:-1]])
        group_start = np.repeat(starts, np.diff(np.r_[starts, len(grouped)]))
        position = np.empty(len(grouped), dtype=np.int64)
        position[order] = np.arange(len(grouped))
        end = position[np.searchsorted(members, queries)]  # each query's own place in `grouped`
        nxt = group_start[end]
        live = np.flatnonzero(nxt < end)
        step = 1
        while live.size:
            stop = np.minimum(nxt[live] + step, end[live])
            counts = stop - nxt[live]
            query = np.repeat(live, counts)
            at = np.arange(counts.sum()) + np.repeat(nxt[live] - (np.cumsum(counts) - counts), counts)
            cand = grouped[at]
            keep = cand < best[query]
            query, cand = query[keep], cand[keep]
            match = _similar(sig, queries[query], cand, cols, threshold)
            np.minimum.at(best, query[match], cand[match])
            nxt[live] = stop
            live = live[(stop < end[live]) & (grouped[stop] < best[live])]
            step = min(2 * step, _MAX_STEP)
    return np.where(best < n, best, -1)


@functools.lru_cache(maxsize=8)
def _banding(threshold: float) -> tuple[int, int]:
    """(bands, values per band) datasketch's MinHashLSH picks for the threshold (its search
    integrates the false positive and negative rates: ~25 ms)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def _records(frame: pl.DataFrame, part: int, is_new: bool) -> pl.DataFrame:
    """One row per row of `frame`: its ranking key (day, is_new, source_path, doc_id), its
    stored duplicate_of (`existing` only) and where it comes from (part, row)."""
    cols = frame.columns
    if "published_at" not in cols:
        day = pl.lit(None, dtype=pl.Date)
    elif isinstance(frame.schema["published_at"], pl.Datetime):
        day = pl.col("published_at").dt.date()
    else:
        day = pl.col("published_at").cast(pl.Date)
    known = pl.lit(None, dtype=pl.Utf8)
    if "duplicate_of" in cols and not is_new:
        known = pl.col("duplicate_of").cast(pl.Utf8)
        known = pl.when(known != "").then(known)
    path = pl.col("source_path").cast(pl.Utf8).fill_null("") if "source_path" in cols else pl.lit("")
    return frame.select(
        pl.col("doc_id").cast(pl.Utf8),
        day.alias("day"),
        pl.lit(is_new).alias("is_new"),
        path.alias("source_path"),
        known.alias("known_dup"),
        pl.lit(part, dtype=pl.Int8).alias("part"),
        pl.int_range(pl.len(), dtype=pl.Int64).alias("row"),
    )


def find_near_duplicates(new: pl.DataFrame, existing: pl.DataFrame | None = None,
                         threshold: float = 0.5) -> pl.DataFrame:
    """doc_id, duplicate_of (null when none) for every row of `new`.

    `new` and `existing` have columns doc_id, text, published_at, source_path. A frame may
    carry a `minhash` column (from `signatures`): where it is set, it is used and the text is
    not read (`existing` rows then need no text); where it is absent or null, it is computed.
    duplicate_of is the earliest document (by published_at, nulls last, then source_path;
    an existing document counts as earlier than a new one on a tie) among those telling the
    same story, followed to its own original when that one is itself a duplicate (an
    `existing` frame may carry a duplicate_of column for this).

    The search runs on one uint32 matrix of all signatures with datasketch's banding (the
    `b` bands of `r` values its MinHashLSH picks for the threshold): no MinHash object per
    document, so a daily run costs little more than reading the stored signatures.
    """
    schema = {"doc_id": pl.Utf8, "duplicate_of": pl.Utf8}
    if new is None or new.height == 0:
        return pl.DataFrame(schema=schema)

    frames = [f if f is not None else pl.DataFrame() for f in (existing, new)]
    units = _ranked_units(frames)
    search = _LshSearch(units, _unit_signatures(frames, units), threshold)
    reached, root, first = _matches_reachable_from(new["doc_id"].to_list(), units, search)
    result = _follow_to_originals(reached, root, first)

    ids = new["doc_id"].to_list()
    return pl.DataFrame({"doc_id": ids, "duplicate_of": [result.get(i) for i in ids]}, schema=schema)


def _ranked_units(frames: list[pl.DataFrame]) -> pl.DataFrame:
    """The documents of `frames` (existing, new) in rank order, one unit per doc_id:
    doc_id, day, is_new, source_path, known_dup, part, row, unit (its index: rank order)
    and root (its stored duplicate_of), the order that decides which one is the original."""
    records = pl.concat(
        [_records(frame, part, part == 1) for part, frame in enumerate(frames) if frame.height]
    ).sort(["day", "is_new", "source_path", "doc_id"], nulls_last=True, maintain_order=True)
    # One unit per doc_id, the first in rank order (the same doc_id twice: keep the first);
    # unit index = rank order. root: a document's stored duplicate_of (the last one given).
    roots = records.filter(pl.col("known_dup").is_not_null()).unique(
        subset="doc_id", keep="last", maintain_order=True
    ).select("doc_id", root=pl.col("known_dup"))
    return records.filter(pl.col("doc_id").is_first_distinct()).with_row_index("unit").join(
        roots, on="doc_id", how="left", maintain_order="left"
    )


def _unit_signatures(frames: list[pl.DataFrame], units: pl.DataFrame) -> np.ndarray:
    """(units, NUM_PERM) uint32: each unit's signature, read or computed from the frame
    (part) and row it comes from, so the search runs on one matrix."""
    sig = np.empty((units.height, NUM_PERM), dtype=np.uint32)
    for part, frame in enumerate(frames):
        mine = (units["part"] == part).to_numpy()
        if mine.any():
            sig[mine] = _signature_matrix(frame, units["row"].to_numpy()[mine])
    return sig


class _LshSearch:
    """The units' signatures banded as datasketch's MinHashLSH would for the threshold:
    answers which earlier unit, if any, each unit is a near-duplicate of."""

    def __init__(self, units: pl.DataFrame, sig: np.ndarray, threshold: float) -> None:
        self.units = units
        self.sig = sig
        self.threshold = threshold
        bands, self.rows_per_band = _banding(threshold)
        self.keys = _band_keys(sig, bands, self.rows_per_band)

    def earliest_matches(self, ask: list[int]) -> dict[int, str | None]:
        """unit -> doc_id of its earliest match (None when none), for the units in `ask`."""
        queries = np.array(ask, dtype=np.int64)
        earliest = _earliest_similar(self.sig, self.keys, self.rows_per_band, queries, self.threshold)
        ids = self.units["doc_id"].gather(np.maximum(earliest, 0)).to_list()
        return {u: i if e >= 0 else None for u, e, i in zip(ask, earliest.tolist(), ids)}


def _matches_reachable_from(new_ids: list[str], units: pl.DataFrame, search: _LshSearch
                ) -> tuple[dict[str, tuple[int, str | None]], dict[str, str], dict[int, str | None]]:
    """(reached: doc_id -> (unit, its stored duplicate_of), root: doc_id -> stored root,
    first: unit -> doc_id of its earliest match) for what the new documents' answers need."""
    # Only what a new document's answer can reach is worked out: the new documents, the
    # earliest match of each document reached without a stored duplicate_of, and the stored
    # duplicate_of of each one reached, until nothing new is reached.
    reached: dict[str, tuple[int, str | None]] = {}  # doc_id -> (unit, duplicate_of of that record)
    root: dict[str, str] = {}
    first: dict[int, str | None] = {}  # unit -> doc_id of its earliest match
    looked_up: set[str] = set()
    todo = set(new_ids)
    while todo:
        looked_up |= todo
        found = units.filter(pl.col("doc_id").is_in(list(todo))).select("doc_id", "unit", "known_dup", "root")
        ask = []
        for doc_id, unit, known_dup, stored_root in found.iter_rows():
            reached[doc_id] = (unit, known_dup)
            if stored_root:
                root[doc_id] = stored_root
            if not known_dup:
                ask.append(unit)
        if ask:
            first.update(search.earliest_matches(ask))
        nxt = set()
        for doc_id, unit, known_dup, stored_root in found.iter_rows():
            nxt.update(x for x in (known_dup, stored_root, first.get(unit)) if x)
        todo = nxt - looked_up
    return reached, root, first


def _follow_to_originals(reached: dict[str, tuple[int, str | None]], root: dict[str, str],
                         first: dict[int, str | None]) -> dict[str, str | None]:
    """doc_id -> duplicate_of for every reached document, in rank order: its stored
    duplicate_of, else its earliest match followed to that one's own original."""
    result: dict[str, str | None] = {}
    for key, (unit, known_dup) in sorted(reached.items(), key=lambda item: item[1][0]):
        if known_dup:
            result[key] = known_dup
            continue
        earliest = first[unit]
        if earliest is None:
            result[key] = None
            continue
        seen = {key}
        while result.get(earliest) or root.get(earliest):  # follow to the original
            nxt_id = result.get(earliest) or root.get(earliest)
            if nxt_id in seen:
                break
            seen.add(earliest)
            earliest = nxt_id
        result[key] = earliest
    return result
