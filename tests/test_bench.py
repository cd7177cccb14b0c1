"""Smoke test of `econews bench`: it runs end to end on a tiny corpus and writes its JSON.
Not a timed test: the figures themselves are not checked."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def test_corpus_documents_are_distinct_and_deterministic(tmp_path):
    from econews.bench import corpus_module

    corpus = corpus_module()
    texts = [corpus.make_document(i) for i in range(60)]
    assert len(set(texts)) == 60
    assert texts[7] == corpus.make_document(7)
    assert corpus.revise(texts[3], 3) != texts[3]
    stats = corpus.write_corpus(tmp_path / "c", 30)
    assert stats["documents"] == 30 and len(list((tmp_path / "c").glob("*.txt"))) == 30
    # no prose line of a document repeats in 5 documents of a batch (the cleaner would drop it)
    from collections import Counter

    counts = Counter(line for t in texts for line in set(t.split("\n")) if corpus._is_prose(line))
    assert max(counts.values()) < 5


@pytest.mark.slow
def test_bench_smoke(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from econews.bench import main; sys.exit(main(sys.argv[1:]))",
         "--docs", "12", "--skip-dask", "--out", str(out), "--workdir", str(tmp_path / "work")],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:] + proc.stdout[-2000:]
    result = json.loads(out.read_text())
    assert result["docs"] == 12
    assert set(result["steps"]) == {"bare_ner", "full_run", "unchanged_rerun", "changed_1pct_rerun"}
    for name, step in result["steps"].items():
        assert step["returncode"] == 0, name
        assert step["seconds"] > 0 and step["docs_per_s"] > 0, name
        assert step["peak_rss_mib"] > 50, name
        for stage in ("ingest", "clean", "entities", "metrics", "validate", "store"):
            assert step["seconds_by_stage"][stage] >= 0, (name, stage)
    assert result["steps"]["full_run"]["documents"] == 12
    assert result["steps"]["full_run"]["rows"]["documents"] >= 10
    assert result["steps"]["unchanged_rerun"]["documents_skipped"] == 12
    assert result["steps"]["changed_1pct_rerun"]["documents_skipped"] == 11
    assert result["steps"]["bare_ner"]["documents"] == result["steps"]["full_run"]["rows"]["documents"]
    assert result["ratios"]["bare_ner_to_full_run"] > 0
    assert set(result["targets"]) >= {"bare_ner_to_full_run", "unchanged_rerun_to_full_run",
                                      "changed_1pct_rerun_to_full_run", "peak_rss_mib"}
    assert "bare_ner" in proc.stdout and "full_run" in proc.stdout
    # Memory at the peak, process by process: the run (its Prefect API a thread of it: no
    # server process) and its worker processes (two for the full run: a model in each).
    full = result["steps"]["full_run"]
    roles = [p["process"] for p in full["peak_rss_by_process"]]
    assert "prefect api server" not in roles and roles.count("run") == 1, roles
    assert roles.count("worker") <= 2, roles
    assert 0 < full["peak_pss_mib"] <= full["peak_rss_mib"]


def test_measure_samples_a_process_tree_and_reads_pss_only_at_peaks(tmp_path):
    """The sampler sees the memory of a child's children, and reads PSS (the costly page
    table walk) only when asked: reading it on every sample slowed the measured run."""
    import psutil

    from econews.bench import _tree_rss, measure

    # A child that starts a grandchild holding ~200 MiB for a moment.
    grandchild = "b = bytearray(200 * 2**20); import time; time.sleep(1.5)"
    child = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {grandchild!r}])"
    result = measure([sys.executable, "-c", child], tmp_path / "m.log")
    assert result["returncode"] == 0
    assert result["peak_rss_mib"] >= 200  # the grandchild's bytes, seen through the tree
    assert 0 < result["peak_pss_mib"] <= result["peak_rss_mib"]
    assert len(result["peak_rss_by_process"]) == 2

    me = psutil.Process()
    total, largest, pss, members = _tree_rss(me, with_pss=False)
    assert total >= largest > 0 and pss == 0 and "pss_mib" not in members[0]
    total, largest, pss, members = _tree_rss(me, with_pss=True)
    assert 0 < pss <= total and members[0]["pss_mib"] > 0


def test_bench_outside_a_source_checkout_says_why_it_cannot_run(tmp_path, monkeypatch, capsys):
    # An installed wheel has no benchmarks/ folder beside the package: a clear error, no traceback.
    from econews import bench

    monkeypatch.setattr(bench, "REPO", tmp_path)
    parser = bench.argparse.ArgumentParser()
    bench._add_arguments(parser)
    code = bench.bench_command(parser.parse_args(["--docs", "3", "--out", str(tmp_path / "b.json")]))
    assert code == 2
    assert "source checkout" in capsys.readouterr().err
    assert not (tmp_path / "b.json").exists()


def test_a_fork_not_yet_execd_is_not_counted_twice(tmp_path):
    """A process that forked and has not exec'd yet maps only its parent's pages (shared
    copy-on-write): counting its RSS made a false peak of twice the run's memory and
    listed the run twice (CI saw ['run', 'resource tracker', 'run'])."""
    import psutil

    from econews.bench import _tree_rss

    ready = tmp_path / "forked"
    code = (f"import os, time; b = bytearray(150 * 2**20); pid = os.fork(); "
            f"open({str(ready)!r}, 'a').close() if pid == 0 else None; time.sleep(3); "
            f"os._exit(0) if pid == 0 else os.waitpid(pid, 0)")
    child = subprocess.Popen([sys.executable, "-c", code])
    try:
        for _ in range(100):
            if ready.exists():
                break
            time.sleep(0.05)
        handle = psutil.Process(child.pid)
        assert len(handle.children()) == 1  # the fork is there
        total, largest, _, members = _tree_rss(handle, with_pss=False)
        assert [m["pid"] for m in members] == [child.pid]
        assert 150 <= total / 2**20 < 300  # the 150 MiB counted once
    finally:
        child.wait(timeout=10)


def test_a_peak_keeps_its_processes_when_one_exits_before_the_pss_read():
    from econews.bench import record_peak

    run = {"process": "run", "pid": 1, "rss_mib": 300.0}
    tracker = {"process": "resource tracker", "pid": 2, "rss_mib": 13.0}
    peak = {"tree": 0, "largest": 0, "pss": 0, "members": []}
    # the run exits between the RSS read and the PSS read: the PSS read saw less
    record_peak(peak, (313 << 20, 300 << 20, 0, [run, tracker]), (13 << 20, 13 << 20, 12 << 20, [tracker]))
    assert peak["tree"] == 313 << 20 and [m["process"] for m in peak["members"]] == ["run", "resource tracker"]
    assert peak["pss"] == 12 << 20
    # a PSS read that saw as much or more gives the processes and the total
    record_peak(peak, (320 << 20, 300 << 20, 0, [run]), (321 << 20, 301 << 20, 250 << 20, [run, tracker]))
    assert peak["tree"] == 321 << 20 and len(peak["members"]) == 2 and peak["pss"] == 250 << 20
