"""Near-duplicate stories (MinHash/LSH)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from econews.tasks.deduplication import find_near_duplicates

A = ("Le Maroc et la Chine ont signé jeudi à Rabat un accord de coopération industrielle portant sur "
     "la construction d'une usine de batteries de 100 GWh par le groupe CATL, pour un investissement "
     "de 1,3 milliard de dollars, a annoncé le ministère de l'Industrie et du Commerce.")
A_REWORDED = ("Le groupe chinois CATL va construire au Maroc une usine de batteries de 100 GWh : un accord de "
              "coopération industrielle a été signé jeudi à Rabat entre le Maroc et la Chine pour un "
              "investissement de 1,3 milliard de dollars, selon le ministère de l'Industrie et du Commerce.")
B = ("Les exportations marocaines vers le Japon ont reculé de 3,4 % en 2023, selon l'Office des changes, "
     "en raison de la baisse des ventes de produits de la mer et de composants automobiles.")


def frame(rows):
    return pl.DataFrame(rows, schema={"doc_id": pl.Utf8, "text": pl.Utf8, "published_at": pl.Date, "source_path": pl.Utf8})


def test_reworded_story_points_to_the_earlier_one():
    new = frame([
        {"doc_id": "b", "text": A_REWORDED, "published_at": dt.date(2024, 1, 5), "source_path": "s2/x.txt"},
        {"doc_id": "a", "text": A, "published_at": dt.date(2024, 1, 4), "source_path": "s1/x.txt"},
        {"doc_id": "c", "text": B, "published_at": dt.date(2024, 1, 4), "source_path": "s1/y.txt"},
    ])
    out = find_near_duplicates(new)
    assert out.columns == ["doc_id", "duplicate_of"]
    assert dict(zip(out["doc_id"], out["duplicate_of"])) == {"b": "a", "a": None, "c": None}


def test_same_headline_twice_and_ties_by_source_path():
    title = "Maroc-Chine : CATL va construire une usine de batteries de 100 GWh à Kénitra"
    new = frame([
        {"doc_id": "y", "text": title, "published_at": None, "source_path": "s/b.txt"},
        {"doc_id": "x", "text": title, "published_at": None, "source_path": "s/a.txt"},
    ])
    out = find_near_duplicates(new)
    assert dict(zip(out["doc_id"], out["duplicate_of"])) == {"y": "x", "x": None}


def test_existing_documents_count_as_earlier_on_ties():
    existing = frame([{"doc_id": "old", "text": A, "published_at": dt.date(2024, 1, 4), "source_path": "z/x.txt"}])
    new = frame([{"doc_id": "new", "text": A, "published_at": dt.date(2024, 1, 4), "source_path": "a/x.txt"}])
    out = find_near_duplicates(new, existing)
    assert out.to_dicts() == [{"doc_id": "new", "duplicate_of": "old"}]


def test_empty_new_frame():
    out = find_near_duplicates(frame([]))
    assert out.height == 0 and out.columns == ["doc_id", "duplicate_of"]


def test_minhash_update_batch_gives_the_per_token_hashes():
    from datasketch import MinHash

    from econews.tasks.deduplication import NUM_PERM, _minhash, shingles

    tokens = shingles(A + " " + B)
    one_by_one = MinHash(num_perm=NUM_PERM, seed=1)
    for t in tokens:
        one_by_one.update(t.encode("utf-8"))
    assert (_minhash(tokens).hashvalues == one_by_one.hashvalues).all()


def test_signatures_frame():
    from econews.tasks.deduplication import NUM_PERM, signatures

    docs = frame([
        {"doc_id": "a", "text": A, "published_at": None, "source_path": "s/a.txt"},
        {"doc_id": "e", "text": None, "published_at": None, "source_path": "s/e.txt"},
    ])
    sig = signatures(docs)
    assert sig.schema == {"doc_id": pl.Utf8, "minhash": pl.List(pl.UInt64)}
    assert sig["doc_id"].to_list() == ["a", "e"]
    assert all(len(v) == NUM_PERM for v in sig["minhash"].to_list())
    assert signatures(frame([])).height == 0 and signatures(None).columns == ["doc_id", "minhash"]


def test_existing_with_stored_signatures_needs_no_text():
    from econews.tasks.deduplication import signatures

    existing = frame([
        {"doc_id": "old", "text": A, "published_at": dt.date(2024, 1, 4), "source_path": "z/x.txt"},
        {"doc_id": "other", "text": B, "published_at": dt.date(2024, 1, 3), "source_path": "z/y.txt"},
    ])
    new = frame([
        {"doc_id": "new", "text": A_REWORDED, "published_at": dt.date(2024, 1, 5), "source_path": "a/x.txt"},
        {"doc_id": "fresh", "text": "Un tout autre sujet : la pluie à Fès et la récolte des olives cette année.",
         "published_at": dt.date(2024, 1, 5), "source_path": "a/y.txt"},
    ])
    expected = find_near_duplicates(new, existing).to_dicts()
    assert expected == [{"doc_id": "new", "duplicate_of": "old"}, {"doc_id": "fresh", "duplicate_of": None}]
    stored = existing.drop("text").join(signatures(existing), on="doc_id")
    assert "text" not in stored.columns
    assert find_near_duplicates(new, stored).to_dicts() == expected
    # a null signature (a row stored before signatures were) is computed from its text
    mixed = existing.join(signatures(existing), on="doc_id").with_columns(
        minhash=pl.when(pl.col("doc_id") == "old").then(None).otherwise(pl.col("minhash"))
    )
    assert find_near_duplicates(new, mixed).to_dicts() == expected


def test_a_staged_batch_is_signed_once(tmp_path):
    """The run signs each batch its workers staged (the workers do not hash): the
    signatures of its documents are staged beside them, and a batch already signed (by
    an earlier run that failed later) is left as it is."""
    from econews.lake import Lake
    from econews.tasks.deduplication import SIGNATURE_SCHEMA, signatures
    from econews.tasks.store import stage_signatures

    lake = Lake(str(tmp_path))
    docs = frame([
        {"doc_id": "a", "text": A, "published_at": None, "source_path": "s/a.txt"},
        {"doc_id": "c", "text": B, "published_at": None, "source_path": "s/c.txt"},
    ])
    lake.stage("b1", "documents", docs)
    stage_signatures(lake, "b1")
    staged = lake.staged(["b1"], "_signatures", SIGNATURE_SCHEMA)
    assert staged.equals(signatures(docs))
    lake.stage("b1", "_signatures", staged.head(1))  # as an earlier run left it
    stage_signatures(lake, "b1")
    assert lake.staged(["b1"], "_signatures", SIGNATURE_SCHEMA)["doc_id"].to_list() == ["a"]
    stage_signatures(lake, "empty")  # nothing staged: nothing to sign
    assert not lake.is_staged("empty", "_signatures")


def _reference_links(new, existing, threshold):
    """The search done the plain way: one datasketch MinHash per document in datasketch's own
    MinHashLSH, every candidate of every document confirmed, then the same ranking."""
    from datasketch import MinHash, MinHashLSH

    from econews.tasks.deduplication import NUM_PERM, SCHEME, _minhash, shingles

    records = []
    for is_new, rows in ((False, existing), (True, new)):
        for row in rows.iter_rows(named=True):
            records.append(dict(row, is_new=is_new, known_dup=None if is_new else row.get("duplicate_of")))
    records.sort(key=lambda r: (r["published_at"] is None, r["published_at"] or dt.date.min, r["is_new"],
                                r["source_path"], r["doc_id"]))
    lsh, hashes, rank = MinHashLSH(threshold=threshold, num_perm=NUM_PERM), {}, {}
    for i, r in enumerate(records):
        if r["doc_id"] not in hashes:
            stored = r.get("minhash")
            hashes[r["doc_id"]] = (
                MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=stored)
                if stored is not None and len(stored) == NUM_PERM else _minhash(shingles(r["text"] or ""))
            )
            rank[r["doc_id"]] = i
            lsh.insert(r["doc_id"], hashes[r["doc_id"]])
    root = {r["doc_id"]: r["known_dup"] for r in records if r["known_dup"]}
    result = {}
    for r in records:
        key, mh = r["doc_id"], hashes[r["doc_id"]]
        if key in result:
            continue
        if r["known_dup"]:
            result[key] = r["known_dup"]
            continue
        earlier = [c for c in lsh.query(mh) if rank[c] < rank[key] and hashes[c].jaccard(mh) >= threshold]
        first = min(earlier, key=rank.__getitem__) if earlier else None
        seen = {key}
        while first and (result.get(first) or root.get(first)):
            nxt = result.get(first) or root.get(first)
            if nxt in seen:
                break
            seen.add(first)
            first = nxt
        result[key] = first
    return [{"doc_id": i, "duplicate_of": result[i]} for i in new["doc_id"]]


def _synthetic_corpus(seed, size=300):
    """`existing` and `new` frames of stories that are rewordings of rewordings (chains whose
    ends no longer match), copies, ties on day and path, the same doc_id on both sides, stored
    signatures (some missing, some of another length) and stored duplicate_of values that may
    point to documents not given, form cycles, or be missing where an earlier match exists."""
    import random

    from econews.tasks.deduplication import signatures

    rng = random.Random(seed)
    stories = []
    for _ in range(size):
        if stories and rng.random() < 0.7:
            words = list(rng.choice(stories))
            for _ in range(rng.choice([0, 0, 2, 5, 8, 12, 20])):  # reworded: some words replaced
                words[rng.randrange(len(words))] = f"w{rng.randrange(3000)}"
        else:
            words = [f"w{rng.randrange(3000)}" for _ in range(30)]
        stories.append(words)
    rows = [{
        "doc_id": f"d{i:03d}",
        "text": " ".join(words) if rng.random() > 0.02 else "",
        "published_at": None if rng.random() < 0.15 else dt.date(2024, 1, rng.randrange(1, 6)),
        "source_path": rng.choice(["s1/a.txt", "s1/b.txt", "s2/a.txt"]),
    } for i, words in enumerate(stories)]
    docs = frame(rows).join(signatures(frame(rows)), on="doc_id", how="left", maintain_order="left")
    is_new = [rng.random() < 0.4 for _ in rows]
    new = docs.filter(pl.Series(is_new))
    existing = pl.concat([docs.filter(~pl.Series(is_new)), new.sample(5, seed=seed)])  # 5 doc_ids on both sides
    n = existing.height
    fate = [rng.random() for _ in range(n)]
    ids = existing["doc_id"].to_list()
    existing = existing.with_columns(
        minhash=pl.Series([None if f < 0.15 else ([1] * 64 if f < 0.2 else m)
                           for f, m in zip(fate, existing["minhash"].to_list())], dtype=pl.List(pl.UInt64)),
        # a stored signature is used as it is: its text is not given
        text=pl.Series([t if f < 0.2 else None for f, t in zip(fate, existing["text"].to_list())], dtype=pl.Utf8),
        duplicate_of=pl.Series([rng.choice(ids + ["gone"]) if rng.random() < 0.25 else None for _ in range(n)],
                               dtype=pl.Utf8),
    )
    # the same doc_id twice among stored rows, with another duplicate_of
    existing = pl.concat([existing, existing.sample(20, seed=seed).with_columns(
        duplicate_of=pl.Series([rng.choice(ids) for _ in range(20)], dtype=pl.Utf8))])
    new = new.with_columns(minhash=pl.when(pl.int_range(pl.len()) % 3 == 0).then(None).otherwise(pl.col("minhash")))
    return new, existing


def test_matches_the_plain_datasketch_search_on_random_corpora(monkeypatch):
    """Bands, candidates, Jaccard, ranking and following to the original give what datasketch's
    own MinHashLSH and MinHash.jaccard give, document by document; and band keys that all
    collide change nothing (candidates are confirmed on the values)."""
    import numpy as np

    from econews.tasks import deduplication

    for seed, threshold in ((1, 0.5), (2, 0.5), (3, 0.3), (4, 0.8)):
        new, existing = _synthetic_corpus(seed)
        expected = _reference_links(new, existing, threshold)
        assert sum(e["duplicate_of"] is not None for e in expected) > new.height // 4
        assert find_near_duplicates(new, existing, threshold).to_dicts() == expected
        if seed == 1:
            alone = _reference_links(new, existing.head(0), threshold)
            assert find_near_duplicates(new, None, threshold).to_dicts() == alone
            with monkeypatch.context() as patch:
                patch.setattr(deduplication, "_band_keys", lambda sig, b, r: np.zeros((b, len(sig)), dtype=np.uint64))
                assert find_near_duplicates(new, existing, threshold).to_dicts() == expected


def test_the_duplicate_content_rule_keeps_each_content_once():
    """Stored under a path: unchanged there, a copy anywhere else; new: the first path seen
    keeps it, later paths are copies of it."""
    from econews.tasks.deduplication import split_copies

    documents = [("a", "raw/a.txt"), ("a", "raw/a2.txt"), ("n", "raw/n.txt"), ("n", "raw/n2.txt"), ("m", "raw/m.txt")]
    split = split_copies(documents, stored={"a": "raw/a.txt", "m": "old/m.txt"})
    assert split.first == [2]
    assert split.unchanged == [0]
    assert [(c.index, c.doc_id, c.path, c.kept_at) for c in split.copies] == [
        (1, "a", "raw/a2.txt", "raw/a.txt"), (3, "n", "raw/n2.txt", "raw/n.txt"), (4, "m", "raw/m.txt", "old/m.txt")]
    assert split.copies[0].detail == "same bytes as raw/a.txt (doc_id a); stored once"
