"""`econews bench`: where a run's time and memory go, next to bare spaCy NER.

    econews bench [--docs N] [--out bench.json] [--workdir DIR] [--skip-dask]

Makes a corpus of N distinct documents (`benchmarks/corpus.py`: the sample pages of
`data/raw` and `benchmarks/pages/`, paragraphs and figures varied), then measures, each step
as a child process of this one (so that its peak memory is its own), on the same machine:

1. `full_run`: `econews run --full` into a new lake (the default runner: two worker
   processes, spaCy loaded once in each);
2. `unchanged_rerun`: `econews run` again, nothing changed;
3. `changed_1pct_rerun`: `econews run` after 1% of the files were revised;
4. `bare_ner`: the project's spaCy model (`Settings.spacy_model`) with `ner` alone, `nlp.pipe`
   in one process over the texts the pipeline gave the model (`documents.text` of the lake,
   streamed in batches);
5. `full_run_dask`: step 1 with `--runner dask --workers 2` (a local cluster of two
   single-threaded worker processes), into another new lake.

For each: wall seconds, documents per second, peak RSS of the process tree (the run, its
Prefect server and Dask workers, sampled every 0.1 s) and of its largest process, and
seconds per stage (ingest, clean, entities, metrics, validate, store: the run's row of the
lake's `runs` table), plus `other` = wall time the stages do not account for (interpreter
start, imports, Prefect start-up, model load, orchestration). Ratios: bare NER time over
full-run time (>= 1.0: the run is as fast as the model alone), reruns over the full run.

The figures are printed as a table and written as JSON (`--out`). Not a timed test: CI runs
it with a small N to check that it works.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

STAGES = ("ingest", "clean", "entities", "metrics", "validate", "store")
# The tables whose rows each step reports (from the run's `runs` row).
BENCH_TABLES = ("documents", "entities", "metrics", "quarantine")
STEPS = ("bare_ner", "full_run", "unchanged_rerun", "changed_1pct_rerun", "full_run_dask")
TARGETS = {
    "bare_ner_to_full_run": (">=", 1.0),
    "unchanged_rerun_to_full_run": ("<=", 0.05),
    "changed_1pct_rerun_to_full_run": ("<=", 0.10),
    "peak_rss_mib": ("<=", 1536.0),
}
REPO = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024


# ---------------------------------------------------------------- corpus


def corpus_module():
    """benchmarks/corpus.py of this checkout (the benchmark is a development tool)."""
    path = REPO / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("econews_bench_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def revise_files(source: Path, n_docs: int, share: float, seed: int) -> list[str]:
    """Revises ceil(share * n_docs) documents in place (new figures in one paragraph)."""
    corpus = corpus_module()
    count = max(1, -(-int(round(share * n_docs * 1000)) // 1000))
    chosen = sorted(random.Random(f"econews-bench-changed:{seed}:{n_docs}").sample(range(n_docs), count))
    for i in chosen:
        path = source / corpus.file_name(i)
        path.write_text(corpus.revise(path.read_text("utf-8"), i, seed), "utf-8")
    return [corpus.file_name(i) for i in chosen]


# ---------------------------------------------------------------- measuring a child


def _role(cmdline: list[str]) -> str:
    line = " ".join(cmdline)
    if "uvicorn" in line and "prefect.server" in line:
        return "prefect api server"
    if "multiprocessing" in line and "resource_tracker" not in line or "distributed" in line:
        return "worker"
    if "resource_tracker" in line:
        return "resource tracker"
    return "run"


def _tree_rss(proc, with_pss: bool) -> tuple[int, int, int, list[dict]]:
    """(RSS sum, largest RSS, PSS sum, per process) of `proc` and all its descendants, in
    bytes. RSS counts the pages a process shares with others (libraries, the interpreter)
    in full in each; PSS divides them among the sharers, so its sum is the tree's own
    memory. The targets are checked on the RSS sum, the larger. PSS is read only when
    `with_pss` (else 0): it walks each process's page tables (~2.6 ms for a worker with
    its model), and read ten times a second over five processes it took ~6% of the time
    of a run that keeps both cores busy, a cost bare NER, on one core, does not pay."""
    import psutil

    total = largest = pss_total = 0
    members = []
    try:
        processes = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0, 0, 0, []
    cmdlines: dict[int, list[str]] = {}
    for p in processes:
        try:
            cmdline = cmdlines[p.pid] = p.cmdline()
            if p is not proc and cmdlines.get(p.ppid()) == cmdline:
                # Forked and not yet exec'd (Popen of the API server, a spawned worker):
                # every page it maps is its parent's, shared copy-on-write, so its RSS
                # would count the parent twice for a moment and make a false peak.
                continue
            info = p.memory_full_info() if with_pss else p.memory_info()
            role = _role(cmdline)
        except psutil.Error:
            continue
        pss = getattr(info, "pss", info.rss) if with_pss else 0
        total += info.rss
        pss_total += pss
        largest = max(largest, info.rss)
        member = {"process": role, "pid": p.pid, "rss_mib": round(info.rss / MIB, 1)}
        if with_pss:
            member["pss_mib"] = round(pss / MIB, 1)
        members.append(member)
    return total, largest, pss_total, members


def record_peak(peak: dict, rss_read: tuple, pss_read: tuple | None) -> None:
    """Record a new peak of the tree's RSS (`rss_read`, a `_tree_rss` result above
    `peak["tree"]`) and, where one was taken right after, its PSS (`pss_read`). The PSS read
    gives the processes only when it saw at least the RSS read's total: a process that exits
    or cannot be read between the two reads (the run, as it ends) would otherwise leave the
    peak's list of processes without it."""
    total, _, _, members = rss_read
    if pss_read is not None:
        peak["pss"] = max(peak["pss"], pss_read[2])
        if pss_read[0] >= total:
            total, members = pss_read[0], pss_read[3]
    peak["tree"], peak["members"] = total, members


def measure(cmd: list[str], log: Path, env: dict | None = None, interval: float = 0.1,
            pss_interval: float = 1.0) -> dict:
    """Runs `cmd`, sampling the RSS of its process tree every `interval` seconds; returns
    seconds, peaks, rc, stdout. PSS is read when the tree's RSS reaches a new peak, at most
    every `pss_interval` seconds: the peak PSS is that of the RSS peaks."""
    started = time.perf_counter()
    with open(log, "w") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, text=True, cwd=REPO)
        peak = {"tree": 0, "largest": 0, "pss": 0, "members": []}
        done = threading.Event()

        def sample() -> None:
            try:
                import psutil

                handle = psutil.Process(proc.pid)
            except Exception:  # noqa: BLE001 - no psutil: wait4's figure only
                return
            pss_read_at = -pss_interval
            while not done.is_set():
                rss_read = _tree_rss(handle, with_pss=False)
                if rss_read[0] > peak["tree"]:  # what each process held at the tree's peak
                    pss_read = None
                    if time.perf_counter() - pss_read_at >= pss_interval:
                        pss_read_at = time.perf_counter()
                        pss_read = _tree_rss(handle, with_pss=True)
                    record_peak(peak, rss_read, pss_read)
                peak["largest"] = max(peak["largest"], rss_read[1])
                done.wait(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        stdout = proc.stdout.read()
        proc.stdout.close()
        # wait4: the kernel's peak RSS of the child (and of the descendants it waited for)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
    seconds = time.perf_counter() - started
    kernel_peak = usage.ru_maxrss * 1024  # KiB on Linux
    return {
        "seconds": seconds,
        "returncode": proc.returncode,
        "stdout": stdout,
        "peak_rss_mib": max(peak["tree"], kernel_peak) / MIB,
        "peak_rss_largest_process_mib": max(peak["largest"], kernel_peak) / MIB,
        "peak_pss_mib": peak["pss"] / MIB,
        "peak_rss_by_process": sorted(peak["members"], key=lambda m: -m["rss_mib"]),
    }


def child_env() -> dict:
    env = dict(os.environ)
    env.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


# ---------------------------------------------------------------- steps


def run_row(lake: Path, run_id: str | None) -> dict | None:
    import polars as pl

    from econews.lake import Lake

    runs = Lake(str(lake)).read("runs")
    if runs is None:  # the run never started
        return None
    if run_id:
        runs = runs.filter(pl.col("run_id") == run_id)
    if runs.height == 0:
        return None
    return runs.sort("started_at").row(-1, named=True)


def run_step(name: str, source: Path, lake: Path, workdir: Path, extra: list[str]) -> dict:
    from econews.tables import row_count_column

    cmd = [sys.executable, "-m", "econews", "run", "--source", str(source), "--lake", str(lake), *extra]
    m = measure(cmd, workdir / f"{name}.log", child_env())
    match = re.search(r"econews run (\S+):", m["stdout"])
    row = run_row(lake, match.group(1) if match else None) if m["returncode"] == 0 else None
    stages = json.loads(row["seconds_by_stage"]) if row and row.get("seconds_by_stage") else {}
    step = {
        "command": " ".join(["econews", "run", "--source", "SOURCE", "--lake", "LAKE", *extra]),
        "seconds": m["seconds"],
        "documents": row["documents_read"] if row else None,
        "documents_skipped": row["documents_skipped"] if row else None,
        "documents_quarantined": row["documents_quarantined"] if row else None,
        "rows": {t: row[row_count_column(t)] for t in BENCH_TABLES} if row else {},
        "peak_rss_mib": m["peak_rss_mib"],
        "peak_rss_largest_process_mib": m["peak_rss_largest_process_mib"],
        "peak_pss_mib": m["peak_pss_mib"],
        "peak_rss_by_process": m["peak_rss_by_process"],
        # busy seconds of each stage summed over batches: with 2 workers they add up to more
        # than the wall time; stages the flow adds (e.g. relations) are kept
        "seconds_by_stage": {s: float(stages.get(s, 0.0)) for s in STAGES} | {
            k: float(v) for k, v in stages.items() if k not in STAGES},
        "run_seconds": (row["finished_at"] - row["started_at"]).total_seconds() if row else None,
        "returncode": m["returncode"],
    }
    if m["returncode"] != 0:
        step["error"] = (workdir / f"{name}.log").read_text(errors="replace")[-2000:]
    return step


def bare_ner_main(argv: list[str] | None = None) -> int:
    """Child of the `bare_ner` step: `ner` alone over the texts, streamed from the lake's
    documents (or from .txt files, header block dropped, when there is no lake yet)."""
    import spacy  # noqa: F401 - imported before the clock starts: not part of load_seconds

    from econews.settings import Settings

    parser = argparse.ArgumentParser()
    parser.add_argument("--lake")
    parser.add_argument("--source")
    parser.add_argument("--batch-rows", type=int, default=500)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    model = Settings.from_env().spacy_model
    nlp = _load_ner_only(model)
    loaded = time.perf_counter()

    reads = _TimedReads(_bare_ner_texts(args.lake, args.source, args.batch_rows))
    t1 = time.perf_counter()
    docs, words, ents = _run_ner(nlp, reads)
    ner = time.perf_counter() - t1 - reads.seconds
    print(json.dumps({"documents": docs, "words": words, "chars": reads.chars, "entities": ents,
                      "pipeline": nlp.pipe_names, "model": model, "load_seconds": loaded - t0,
                      "read_seconds": reads.seconds, "ner_seconds": ner}))
    return 0


def _load_ner_only(model: str):
    """The spaCy `model` with `ner` alone: what the pipeline's entity stage is measured against.
    Loaded as the pipeline loads it (`model_ops`: numpy's BLAS on one thread), so that the
    ratio compares the run with the same model running alone, not with a slower one."""
    import spacy

    # the model's own list of components: everything but ner is excluded
    from spacy.util import get_model_meta, get_package_path

    from econews.tasks.entities.models import model_ops

    components = get_model_meta(get_package_path(model))["components"]
    with model_ops():
        return spacy.load(model, exclude=[c for c in components if c != "ner"])


def _bare_ner_texts(lake: str | None, source: str | None, batch_rows: int):
    """The texts bare NER reads: the lake's documents.text in batches of `batch_rows`, or
    without a lake, the bodies of the source's .txt files (header block dropped)."""
    if lake:
        from econews.lake import Lake

        documents = Lake(lake).scan("documents")
        if documents is None:
            return
        for batch in documents.select("text").collect_batches(chunk_size=batch_rows):
            yield from (t or "" for t in batch["text"].to_list())
    else:
        for path in sorted(Path(source).glob("*.txt")):
            text = path.read_text("utf-8")
            head, sep, body = text.partition("\n\n")
            yield body if sep and re.match(r"^[a-z_]+: ", head) else text


class _TimedReads:
    """Iterates `texts`, adding up the seconds spent reading them (not NER's time) and
    their characters."""

    def __init__(self, texts) -> None:
        self.source = iter(texts)
        self.seconds = 0.0
        self.chars = 0

    def __iter__(self):
        while True:
            t = time.perf_counter()
            try:
                text = next(self.source)
            except StopIteration:
                return
            self.seconds += time.perf_counter() - t
            self.chars += len(text)
            yield text


def _run_ner(nlp, texts) -> tuple[int, int, int]:
    """(documents, words, entities) of `nlp.pipe` over `texts`."""
    docs = words = ents = 0
    for doc in nlp.pipe(texts):
        docs += 1
        words += sum(1 for t in doc if not t.is_punct and not t.is_space)
        ents += len(doc.ents)
    return docs, words, ents


def bare_ner_step(lake: Path | None, source: Path, workdir: Path) -> dict:
    code = "import sys; from econews.bench import bare_ner_main; sys.exit(bare_ner_main(sys.argv[1:]))"
    target = ["--lake", str(lake)] if lake is not None and (lake / "documents").exists() else ["--source", str(source)]
    m = measure([sys.executable, "-c", code, *target], workdir / "bare_ner.log", child_env())
    out = json.loads(m["stdout"].strip().splitlines()[-1]) if m["returncode"] == 0 else {}
    step = {
        "command": "python: spacy.load(model, exclude=all but ner) in model_ops(); nlp.pipe(texts)",
        "texts": "documents.text of the full run's lake" if target[0] == "--lake" else "raw .txt bodies",
        "seconds": m["seconds"],
        "documents": out.get("documents"),
        "peak_rss_mib": m["peak_rss_mib"],
        "peak_rss_largest_process_mib": m["peak_rss_largest_process_mib"],
        "peak_pss_mib": m["peak_pss_mib"],
        "seconds_by_stage": {s: 0.0 for s in STAGES} | {"ingest": out.get("read_seconds", 0.0),
                                                         "entities": out.get("ner_seconds", 0.0)},
        "model": out.get("model"),
        "pipeline": out.get("pipeline"),
        "load_seconds": out.get("load_seconds"),
        "words": out.get("words"),
        "words_per_s": (out["words"] / out["ner_seconds"]) if out.get("ner_seconds") else None,
        "returncode": m["returncode"],
    }
    if m["returncode"] != 0:
        step["error"] = (workdir / "bare_ner.log").read_text(errors="replace")[-2000:]
    return step


# ---------------------------------------------------------------- the benchmark


def _finish(step: dict, n_docs: int) -> dict:
    step["docs_per_s"] = (n_docs / step["seconds"]) if step.get("seconds") else None
    stages = step["seconds_by_stage"]
    busy = sum(stages.values())
    # wall time outside the flow run (interpreter, imports, Prefect start-up and shutdown),
    # or outside model loading and nlp.pipe for bare NER
    inside = step.get("run_seconds") or (busy + (step.get("load_seconds") or 0.0))
    step["startup_seconds"] = max(0.0, step["seconds"] - inside)
    step["stage_busy_seconds"] = busy
    step["non_model_share"] = (1.0 - stages.get("entities", 0.0) / busy) if busy else None
    return step


def machine() -> dict:
    info = {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()}
    try:
        info["load_average_at_start"] = list(os.getloadavg())  # other work on the machine skews the figures
        info["cpus_usable"] = len(os.sched_getaffinity(0))
    except AttributeError:
        pass
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        mem = Path("/proc/meminfo").read_text().split("\n", 1)[0]
        info["memory_mib"] = int(re.findall(r"\d+", mem)[0]) // 1024
    except OSError:
        pass
    try:
        import prefect
        import spacy

        info["spacy"], info["prefect"] = spacy.__version__, prefect.__version__
    except ImportError:
        pass
    return info


def run_benchmark(n_docs: int, out: Path, workdir: Path, skip_dask: bool = False, seed: int = 0,
                  echo=print) -> dict:
    """Makes the corpus in `workdir`, measures every step on it, writes the result (steps,
    ratios, targets) to `out` as JSON and returns it."""
    source = workdir / "corpus"
    lake, lake_dask = workdir / "lake", workdir / "lake_dask"
    for path in (source, lake, lake_dask):
        shutil.rmtree(path, ignore_errors=True)
    host = machine()  # load average before the steps start
    t = time.perf_counter()
    corpus = corpus_module().write_corpus(source, n_docs, seed)
    corpus["seconds_to_generate"] = time.perf_counter() - t
    echo(f"corpus: {n_docs} documents, {corpus['words']:,} words, {corpus['bytes'] / MIB:.1f} MiB in {source}")

    steps = _run_steps(n_docs, source, lake, lake_dask, workdir, corpus, skip_dask, seed, echo)
    corpus.update(near_duplicates(lake))
    load_after = list(os.getloadavg()) if hasattr(os, "getloadavg") else None

    ratios = _ratios(steps)
    result = {
        "benchmark": "econews bench",
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "docs": n_docs,
        "command": f"econews bench --docs {n_docs}" + (" --skip-dask" if skip_dask else ""),
        "machine": host | {"load_average_at_end": load_after},
        "corpus": corpus,
        "steps": {name: steps[name] for name in STEPS if name in steps},
        "ratios": ratios,
        "targets": _targets(steps, ratios),
        "ok": all(s["returncode"] == 0 for s in steps.values()),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, default=str) + "\n", "utf-8")
    return result


def _run_steps(n_docs: int, source: Path, lake: Path, lake_dask: Path, workdir: Path, corpus: dict,
               skip_dask: bool, seed: int, echo) -> dict[str, dict]:
    """Each step in turn, echoing its time and peak memory; step name -> its figures. The
    1% of files the changed rerun needs are revised on the way (`corpus["changed_files"]`)."""
    steps: dict[str, dict] = {}

    def do(name: str, fn) -> None:
        echo(f"{name} ...", end=" ", flush=True)
        steps[name] = _finish(fn(), n_docs)
        s = steps[name]
        echo(f"{s['seconds']:.1f} s, {s['peak_rss_mib']:.0f} MiB" + ("" if s["returncode"] == 0 else "  FAILED"))

    # The default runner, spelled out so that an ECONEWS_RUNNER in the environment does not
    # change what is measured: a worker process per core, spaCy loaded once in each. The
    # dask step compares the cluster way.
    fast = ["--runner", "processes", "--workers", "2"]
    do("full_run", lambda: run_step("full_run", source, lake, workdir, ["--full", *fast]))
    # Right after the full run, on its texts: the VM's speed drifts by 10-25% in an hour, so
    # the two steps the main ratio compares run as close together as they can.
    do("bare_ner", lambda: bare_ner_step(lake, source, workdir))
    do("unchanged_rerun", lambda: run_step("unchanged_rerun", source, lake, workdir, fast))
    corpus["changed_files"] = len(revise_files(source, n_docs, 0.01, seed))
    do("changed_1pct_rerun", lambda: run_step("changed_1pct_rerun", source, lake, workdir, fast))
    if not skip_dask:
        do("full_run_dask", lambda: run_step("full_run_dask", source, lake_dask, workdir,
                                             ["--full", "--runner", "dask", "--workers", "2"]))
    return steps


def _ratios(steps: dict[str, dict]) -> dict[str, float]:
    """Each step's seconds over the full run's (bare NER's also over the dask run's)."""
    full = steps["full_run"]["seconds"]
    ratios = {
        "bare_ner_to_full_run": steps["bare_ner"]["seconds"] / full,
        "bare_ner_ner_only_to_full_run": steps["bare_ner"]["seconds_by_stage"]["entities"] / full,
        "unchanged_rerun_to_full_run": steps["unchanged_rerun"]["seconds"] / full,
        "changed_1pct_rerun_to_full_run": steps["changed_1pct_rerun"]["seconds"] / full,
    }
    if "full_run_dask" in steps:
        ratios["bare_ner_to_full_run_dask"] = steps["bare_ner"]["seconds"] / steps["full_run_dask"]["seconds"]
    return ratios


def _targets(steps: dict[str, dict], ratios: dict[str, float]) -> dict[str, dict]:
    """Each of TARGETS with its value (a ratio, or the runs' peak RSS) and whether it is met."""
    peak = max(s["peak_rss_mib"] for k, s in steps.items() if k != "bare_ner")
    targets = {}
    for key, (op, limit) in TARGETS.items():
        value = peak if key == "peak_rss_mib" else ratios[key]
        targets[key] = {"value": value, "target": f"{op} {limit}", "met": value >= limit if op == ">=" else value <= limit}
    return targets


def near_duplicates(lake: Path) -> dict:
    try:
        from econews.lake import Lake

        docs = Lake(str(lake)).read("documents", ["duplicate_of", "text"])
        if docs is None:
            return {}
        return {"stored_documents": docs.height,
                "near_duplicate_share": docs["duplicate_of"].is_not_null().mean() if docs.height else None,
                "clean_words_per_document": docs["text"].str.split(" ").list.len().mean() if docs.height else None}
    except Exception:  # noqa: BLE001
        return {}


def format_table(result: dict) -> str:
    extra = sorted({k for s in result["steps"].values() for k in s["seconds_by_stage"] if k not in STAGES})
    cols = ("seconds", "docs/s", "peak MiB", "peak PSS") + STAGES + tuple(extra) + ("startup",)
    head = f"{'step':<20}" + "".join(f"{c:>10}" for c in cols)
    lines = [f"econews bench: {result['docs']} documents on {result['machine'].get('cpus')} CPUs "
             f"({result['machine'].get('cpu', '?')})", head, "-" * len(head)]
    for name, s in result["steps"].items():
        stages = s["seconds_by_stage"]
        cells = [f"{s['seconds']:.1f}", f"{s['docs_per_s']:.1f}" if s.get("docs_per_s") else "-",
                 f"{s['peak_rss_mib']:.0f}", f"{s.get('peak_pss_mib', 0.0):.0f}"] + [f"{stages.get(k, 0.0):.1f}" for k in STAGES + tuple(extra)] + [
                 f"{s.get('startup_seconds', 0.0):.1f}"]
        lines.append(f"{name:<20}" + "".join(f"{c:>10}" for c in cells) + ("" if s["returncode"] == 0 else "  FAILED"))
    lines.append("")
    for key, t in result["targets"].items():
        lines.append(f"{key:<34} {t['value']:>8.3f}  target {t['target']:<8} {'met' if t['met'] else 'NOT met'}")
    for key, v in result["ratios"].items():
        if key not in result["targets"]:
            lines.append(f"{key:<34} {v:>8.3f}")
    lines.append("(peak MiB: RSS summed over the process tree; peak PSS: the same without counting "
                 "shared pages once per process; stage columns: busy seconds summed over batches, "
                 "which run 2 at a time; startup: wall seconds outside the flow run or the model)")
    return "\n".join(lines)


# ---------------------------------------------------------------- command line


def add_bench_parser(subparsers) -> argparse.ArgumentParser:
    bench = subparsers.add_parser("bench", help="benchmark a run against bare spaCy NER; writes JSON")
    _add_arguments(bench)
    return bench


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--docs", type=int, default=5000, help="documents in the generated corpus (default 5000)")
    parser.add_argument("--out", type=Path, default=Path("bench.json"), help="JSON output (default bench.json)")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where the corpus and lakes go (default: a temporary directory, removed after)")
    parser.add_argument("--skip-dask", action="store_true", help="leave out the --runner dask run")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")


def bench_command(args: argparse.Namespace) -> int:
    if args.docs < 1:
        print("econews bench: --docs must be at least 1", file=sys.stderr)
        return 2
    generator = REPO / "benchmarks" / "corpus.py"
    if not generator.is_file():
        # An installed wheel holds the package, not the repository's development tools.
        print(f"econews bench: the benchmark's corpus generator ({generator}) is not here: the benchmark "
              "is a development tool that runs from a source checkout (git clone, then pip install -e .)",
              file=sys.stderr)
        return 2
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="econews-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        result = run_benchmark(args.docs, args.out, workdir.resolve(), args.skip_dask, args.seed,
                               echo=lambda *a, **k: print(*a, **k, file=sys.stderr))
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(format_table(result))
    print(f"\nwritten: {args.out}")
    return 0 if result["ok"] else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="econews bench", description=__doc__.splitlines()[0])
    _add_arguments(parser)
    return bench_command(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
