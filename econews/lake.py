"""All reads and writes of the lake: the only module that knows how tables are stored.

Each table is a Delta Lake table (delta-rs) partitioned by `year`, so its folder holds
hive-style `year=2016/part-*.parquet` files that plain Parquet readers (polars, DuckDB)
read directly. Delta gives what a home-made layout would not: one atomic commit per
table and run, MERGE on row keys (reruns add no duplicates), and a log that is the
history of runs. After each commit the files it replaced are vacuumed, so a plain
Parquet glob of the folder sees exactly the current rows. Checkpoints are not written:
a checkpoint is a Parquet file inside `_delta_log/`, and the contract's glob
`<table>/**/*.parquet` would read it as data.

Batches are staged as Parquet under `<lake>/_staging/<batch key>/` while a run works and
merged into the tables only at the end, so a run that fails or is killed leaves the
tables as they were, and its finished batches are reused by the rerun.
"""

from __future__ import annotations

import datetime
import json
import os
import posixpath
import socket
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING
from collections.abc import Callable, Iterable, Iterator

import fsspec
from fsspec.implementations.local import LocalFileSystem
import polars as pl

from econews.tables import PARTITION, TABLES

# deltalake (and arro3 with it) is imported where a Delta table is read or written, not with
# this module: worker processes only stage Parquet files, and the import is ~16 MiB of
# each one's memory.
if TYPE_CHECKING:
    from deltalake import DeltaTable

STAGING = "_staging"
HISTORY = "_history"


def _no_checkpoints():
    from deltalake import PostCommitHookProperties

    return PostCommitHookProperties(create_checkpoint=False, cleanup_expired_logs=False)


class LakeError(RuntimeError):
    """The lake cannot be read or written (path not writable, corrupt table...)."""


class LakeBusy(LakeError):
    """Another run holds the lake's lock."""


@contextmanager
def table_errors(lake: "Lake", table: str, doing: str) -> Iterator[None]:
    """Turn what deltalake, pyarrow or polars raise on a damaged table into one LakeError
    naming the table and what to do. deltalake's Rust panics (a truncated file) arrive as
    pyo3's PanicException, a BaseException: caught here too, or they end the command in a
    traceback."""
    try:
        yield
    except (LakeError, KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError):
        raise
    except BaseException as exc:
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise
        if isinstance(exc, OSError) and doing == "write":
            raise LakeError(f"cannot write table {table!r} at {lake.table_uri(table)!r}: {exc}") from exc
        message = " ".join(str(exc).split())[:300]
        raise LakeError(
            f"table {table} of lake {lake.root!r} cannot be {'read' if doing == 'read' else 'written'} "
            f"({type(exc).__name__}: {message}); run `econews lake check --lake {lake.root}`"
        ) from exc


def _sql_list(values: Iterable[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


@dataclass(frozen=True)
class Lake:
    """A lake at a local path or fsspec/object-store URL (`file://`, `s3://`...)."""

    root: str

    @property
    def fs(self) -> fsspec.AbstractFileSystem:
        fs, _ = fsspec.core.url_to_fs(self.root)
        return fs

    @property
    def _root_path(self) -> str:
        return fsspec.core.url_to_fs(self.root)[1]

    def table_uri(self, table: str) -> str:
        """The URI deltalake and polars take: a plain path for any local filesystem
        (`file://` URLs included), the URL itself for object stores (`s3://...`)."""
        if isinstance(self.fs, LocalFileSystem):
            return posixpath.join(self._root_path, table)
        return self.root.rstrip("/") + "/" + table

    def glob(self, table: str) -> str:
        """The contract's plain-Parquet read of a table: every current row, with hive
        partitions (`year=...`), for polars' `scan_parquet` or DuckDB's `read_parquet`."""
        return self.table_uri(table) + "/**/*.parquet"

    # -- reading ------------------------------------------------------------------
    def delta(self, table: str) -> DeltaTable | None:
        from deltalake import DeltaTable
        from deltalake.exceptions import TableNotFoundError

        with table_errors(self, table, "read"):
            try:
                return DeltaTable(self.table_uri(table))
            except TableNotFoundError:
                return None

    def scan(self, table: str, version: int | None = None) -> pl.LazyFrame | None:
        """The table's current rows (or as of a Delta version), None if it was never written."""
        if self.delta(table) is None:
            return None
        return pl.scan_delta(self.table_uri(table), version=version)

    def read(self, table: str, columns: list[str] | None = None) -> pl.DataFrame | None:
        frame = self.scan(table)
        if frame is None:
            return None
        with table_errors(self, table, "read"):
            return (frame.select(columns) if columns else frame).collect()

    def known_documents(self) -> pl.DataFrame:
        """doc_id, source_path, code_version of every stored document (empty if none)."""
        cols = ["doc_id", "source_path", "code_version"]
        frame = self.read("documents", cols)
        if frame is None:
            return pl.DataFrame(schema={c: pl.Utf8 for c in cols})
        return frame

    # -- preflight ----------------------------------------------------------------
    def ensure_writable(self) -> None:
        """Fail fast, before any work, when the lake cannot be written."""
        probe = posixpath.join(self._root_path, f".write-probe-{uuid.uuid4().hex}")
        try:
            self.fs.makedirs(self._root_path, exist_ok=True)
            with self.fs.open(probe, "wb") as handle:
                handle.write(b"ok")
            self.fs.rm(probe)
        except (OSError, PermissionError) as exc:
            raise LakeError(f"lake {self.root!r} is not writable: {exc}") from exc

    # -- the run lock ---------------------------------------------------------------
    @property
    def lock_path(self) -> str:
        return posixpath.join(self._root_path, "_lock.json")

    def acquire(self, run_id: str) -> None:
        """Take the lake for one run; a second run at the same time fails with LakeBusy.

        The lock is a file created exclusively (`xb`): of two runs, exactly one creates it.
        A lock left by a killed run (same host, process gone) is taken over.
        """
        holder = {"run_id": run_id, "pid": os.getpid(), "host": socket.gethostname(),
                  "since": datetime.datetime.now(datetime.timezone.utc).isoformat()}
        for _ in range(2):
            try:
                with self.fs.open(self.lock_path, "xb") as handle:
                    handle.write(json.dumps(holder).encode())
                return
            except FileExistsError:
                current = self._lock_holder()
                if current and not _alive(current):
                    self.fs.rm(self.lock_path)  # a killed run's lock
                    continue
                raise LakeBusy(
                    f"lake {self.root!r} is in use by run {current.get('run_id') if current else '?'} "
                    f"(pid {current.get('pid') if current else '?'} on {current.get('host') if current else '?'}, "
                    f"since {current.get('since') if current else '?'}); try again when it has finished"
                ) from None
        raise LakeBusy(f"lake {self.root!r}: could not take the lock")

    def release(self, run_id: str) -> None:
        current = self._lock_holder()
        if current and current.get("run_id") == run_id:
            self.fs.rm(self.lock_path)

    def _lock_holder(self) -> dict | None:
        try:
            with self.fs.open(self.lock_path, "rb") as handle:
                return json.loads(handle.read() or b"{}")
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    # -- staging ------------------------------------------------------------------
    # A batch is staged under a key made of its files' content and the code version, not
    # under the run: a run that fails after some batches leaves them staged, and the rerun
    # (same files, same code) reuses them instead of computing them again.
    def staging_dir(self, batch: str) -> str:
        return posixpath.join(self._root_path, STAGING, batch)

    def stage(self, batch: str, table: str, frame: pl.DataFrame) -> None:
        """Write one batch's rows of a table to the staging area."""
        folder = self.staging_dir(batch)
        self.fs.makedirs(folder, exist_ok=True)
        with self.fs.open(posixpath.join(folder, f"{table}.parquet"), "wb") as handle:
            frame.write_parquet(handle)

    def seal(self, batch: str, report: dict) -> None:
        """Mark a staged batch complete (written last: a batch without it is ignored)."""
        with self.fs.open(posixpath.join(self.staging_dir(batch), "report.json"), "wb") as handle:
            handle.write(json.dumps(report).encode())

    def sealed(self, batch: str) -> dict | None:
        """The report of a completely staged batch, None if it was not (fully) staged."""
        try:
            with self.fs.open(posixpath.join(self.staging_dir(batch), "report.json"), "rb") as handle:
                return json.loads(handle.read())
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def is_staged(self, batch: str, table: str) -> bool:
        return self.fs.exists(posixpath.join(self.staging_dir(batch), f"{table}.parquet"))

    def staged(self, batches: list[str], table: str, schema: dict, columns: list[str] | None = None) -> pl.DataFrame:
        """Every row staged for a table by these batches (empty frame with `schema` if none)."""
        frames = []
        for batch in batches:
            path = posixpath.join(self.staging_dir(batch), f"{table}.parquet")
            if self.fs.exists(path):
                with self.fs.open(path, "rb") as handle:
                    frames.append(pl.read_parquet(handle, columns=columns))
        if not frames:
            return pl.DataFrame(schema=schema)
        return pl.concat(frames, how="vertical_relaxed")

    def staged_rows(self, batches: list[str], table: str, schema: dict,
                    shape: Callable[[pl.DataFrame], pl.DataFrame] | None = None) -> StagedRows:
        """The rows staged for a table by these batches, to commit without holding them all:
        read one batch at a time, each passed through `shape` (None: as staged)."""
        return StagedRows(self, list(batches), table, schema, shape)

    def drop_staging(self, batches: list[str] | None = None, keep: set[str] = frozenset()) -> None:
        """Remove staged batches: these ones, or every one not in `keep`."""
        root = posixpath.join(self._root_path, STAGING)
        if not self.fs.exists(root):
            return
        if batches is None:
            batches = [posixpath.basename(p.rstrip("/")) for p in self.fs.ls(root, detail=False)]
        for batch in batches:
            if batch not in keep and self.fs.exists(self.staging_dir(batch)):
                self.fs.rm(self.staging_dir(batch), recursive=True)

    # -- committing ---------------------------------------------------------------
    def commit(
        self,
        table: str,
        rows: pl.DataFrame | StagedRows,
        run_id: str,
        replace_where: str | None = None,
    ) -> dict:
        """Merge `rows` (a frame, or staged rows streamed batch by batch) into `table` in
        one atomic Delta commit.

        Rows whose key exists are updated, new ones inserted, and stored rows that
        match `replace_where` (a SQL predicate on the target, alias `t`) but are not in
        `rows` are deleted: that is how a changed or reprocessed document loses the
        mentions and figures it no longer has. Then replaced files are vacuumed.
        """
        from deltalake import CommitProperties

        key = TABLES[table].key  # a rerun updates the rows with the same key
        uri = self.table_uri(table)
        source = rows.to_arrow() if isinstance(rows, pl.DataFrame) else rows.reader()
        props = CommitProperties(custom_metadata={"econews.run_id": run_id})
        table_now = self.delta(table)
        before = None if table_now is None else table_now.version()
        with table_errors(self, table, "write"), self._undone_on_failure(table, before):
            if table_now is None:
                return self._create_table(table, uri, rows, source, props)
            return self._merge_into(table_now, table, key, rows, source, props, replace_where)

    def _create_table(self, table: str, uri: str, rows: pl.DataFrame | StagedRows, source, props) -> dict:
        """The table's first commit: write `source` as a new Delta table; the rows inserted."""
        from deltalake import write_deltalake

        self.fs.makedirs(posixpath.dirname(uri) or ".", exist_ok=True)
        write_deltalake(
            uri,
            source,
            partition_by=[PARTITION],
            mode="error",
            commit_properties=props,
            post_commithook_properties=_no_checkpoints(),
        )
        self._write_schema_file(table, rows)
        return {"inserted": rows.height if isinstance(rows, pl.DataFrame) else rows.rows,
                "updated": 0, "deleted": 0}

    def _merge_into(self, table_now: DeltaTable, table: str, key: str, rows: pl.DataFrame | StagedRows,
                    source, props, replace_where: str | None) -> dict:
        """A commit to an existing table: MERGE `source` on `key` (update, insert, and
        delete what `replace_where` matches and `source` lacks), then vacuum; the counts."""
        merger = table_now.merge(
            source,
            predicate=f"t.{key} = s.{key}",
            source_alias="s",
            target_alias="t",
            commit_properties=props,
            post_commithook_properties=_no_checkpoints(),
        )
        merger = merger.when_matched_update_all().when_not_matched_insert_all()
        if replace_where:
            merger = merger.when_not_matched_by_source_delete(predicate=replace_where)
        metrics = merger.execute()
        # The schema file before the vacuum: a failure after the vacuum moved files to
        # `_history/` would need them copied back (writes) to undo the commit.
        self._write_schema_file(table, rows)
        self._vacuum(table)
        return {
            "inserted": metrics.get("num_target_rows_inserted", 0),
            "updated": metrics.get("num_target_rows_updated", 0),
            "deleted": metrics.get("num_target_rows_deleted", 0),
        }

    def _vacuum(self, table: str, keep: bool = True) -> None:
        """Remove the files a commit replaced from the table folder, so plain Parquet reads
        see exactly the current rows; they are kept under `<lake>/_history/<table>/` (same
        relative paths), outside the folder readers glob, so `as_of` can still read earlier
        versions. `keep=False`: only removed (the files of a commit being undone)."""
        from deltalake import DeltaTable

        uri = self.table_uri(table)
        options = dict(retention_hours=0, enforce_retention_duration=False,
                       post_commithook_properties=_no_checkpoints())
        replaced = DeltaTable(uri).vacuum(dry_run=True, **options) if keep else []
        table_root = posixpath.join(self._root_path, table)
        for path in replaced:
            source = path if path.startswith(("/", "file:")) or "://" in path else posixpath.join(table_root, path)
            source = fsspec.core.url_to_fs(source)[1]
            if not self.fs.exists(source):  # a tombstone of a file an earlier vacuum removed
                continue
            relative = posixpath.relpath(source, table_root)
            target = posixpath.join(self._root_path, HISTORY, table, relative)
            self.fs.makedirs(posixpath.dirname(target), exist_ok=True)
            self.fs.copy(source, target)
        DeltaTable(uri).vacuum(dry_run=False, **options)

    def as_of(self, table: str, run_id: str) -> pl.DataFrame | None:
        """The table's rows as they were right after `run_id` committed (None if the table
        did not exist yet): the Delta version of that moment, its files read from the table
        folder or, for those replaced since, from `_history/`."""
        runs = self.read("runs")
        match = None if runs is None else runs.filter(pl.col("run_id") == run_id)
        if match is None or match.is_empty():
            raise LakeError(f"no run {run_id!r} in {self.root!r}/runs")
        version = None
        for entry in self.history(table):  # newest first
            if entry.get("econews.run_id") == run_id and entry.get("operation") != "VACUUM END":
                version = entry["version"]
                break
        if version is None:  # the run did not touch this table: its state when the run ended
            older = [e["version"] for e in self.history(table)
                     if e.get("timestamp", 0) <= match["finished_at"].item().timestamp() * 1000]
            if not older:
                return None
            version = max(older)
        from deltalake import DeltaTable

        snapshot = DeltaTable(self.table_uri(table), version=version)
        table_root = posixpath.join(self._root_path, table)
        paths = []
        for uri in snapshot.file_uris():
            local = fsspec.core.url_to_fs(uri)[1]
            if not self.fs.exists(local):
                local = posixpath.join(self._root_path, HISTORY, table, posixpath.relpath(local, table_root))
            paths.append(local)
        if not paths:
            return pl.DataFrame()
        return pl.read_parquet(paths, hive_partitioning=True)

    # -- restoring ------------------------------------------------------------------
    def versions(self) -> dict[str, int | None]:
        """Each table's current Delta version (None: never written): what `roll_back` returns to."""
        current = {}
        for table in TABLES:
            delta = self.delta(table)
            current[table] = None if delta is None else delta.version()
        return current

    def restore(self, table: str, version: int, keep_replaced: bool = True) -> None:
        """Make `version` the table's current state, in a new commit. Its files that a later
        commit replaced come back from `_history/`; the files only later versions had leave
        the table folder (kept in `_history/` unless `keep_replaced` is False)."""
        from deltalake import DeltaTable

        uri = self.table_uri(table)
        table_root = posixpath.join(self._root_path, table)
        with table_errors(self, table, "write"):
            for file_uri in DeltaTable(uri, version=version).file_uris():
                local = fsspec.core.url_to_fs(file_uri)[1]
                if not self.fs.exists(local):
                    kept = posixpath.join(self._root_path, HISTORY, table, posixpath.relpath(local, table_root))
                    self.fs.makedirs(posixpath.dirname(local), exist_ok=True)
                    self.fs.copy(kept, local)
            DeltaTable(uri).restore(version, post_commithook_properties=_no_checkpoints())
            self._vacuum(table, keep=keep_replaced)

    def roll_back(self, versions: dict[str, int | None]) -> None:
        """Put every table back to `versions` (from `versions()`): undoes the commits of a run
        that failed part way, so the lake reads exactly as before it."""
        for table, version in versions.items():
            self.undo(table, version)

    def undo(self, table: str, version: int | None) -> None:
        """Put a table back to `version` (None: it did not exist) and remove the files a
        failed write left in its folder (Parquet files a commit wrote before it failed)."""
        folder = posixpath.join(self._root_path, table)
        if version is None:  # created by what failed: it had no rows before
            if self.fs.exists(folder):
                self.fs.rm(folder, recursive=True)
            return
        delta = self.delta(table)
        if delta.version() != version:
            self.restore(table, version, keep_replaced=False)
        else:
            self._vacuum(table, keep=False)

    @contextmanager
    def _undone_on_failure(self, table: str, version: int | None) -> Iterator[None]:
        """A commit is whole or undone: a failure after its Delta commit (the schema file,
        the vacuum's copies to `_history/` on a full disk) puts the table back as it was."""
        try:
            yield
        except BaseException as failure:
            try:
                self.undo(table, version)
            except Exception as exc:  # noqa: BLE001 - the write's error is the one to report
                failure.add_note(f"table {table} could not be put back to version {version}: {exc}")
            raise

    def _write_schema_file(self, table: str, rows: pl.DataFrame | StagedRows) -> None:
        """A zero-row Parquet file with the table's columns, in `year=unknown/_schema.parquet`.

        A table with no rows (a clean run's `quarantine`) has no data file, and the
        contract's glob read would fail on it instead of giving zero rows. Delta ignores
        files whose names start with `_`, and so does vacuum; polars and DuckDB read it.
        """
        folder = posixpath.join(self._root_path, table, f"{PARTITION}=unknown")
        self.fs.makedirs(folder, exist_ok=True)
        # Written aside, then renamed: a write cut short (a full disk) must not leave a
        # truncated `.parquet` where readers glob.
        partial = posixpath.join(folder, "_schema.parquet.partial")
        try:
            with self.fs.open(partial, "wb") as handle:
                pl.DataFrame(schema=rows.schema).drop(PARTITION).write_parquet(handle)
            self.fs.mv(partial, posixpath.join(folder, "_schema.parquet"))
        finally:
            if self.fs.exists(partial):
                self.fs.rm(partial)

    def declare(self, table: str, schema: dict) -> None:
        """Make a table that has never been written read as empty, with its columns: its
        `_schema.parquet` (see `_write_schema_file`), unless it has one. A run declares every
        table before its first task, so that even a first run that fails or is killed leaves
        a lake whose every table reads as empty instead of raising on an empty glob."""
        path = posixpath.join(self._root_path, table, f"{PARTITION}=unknown", "_schema.parquet")
        if not self.fs.exists(path):
            self._write_schema_file(table, pl.DataFrame(schema=schema))

    def history(self, table: str) -> list[dict]:
        """The Delta log of a table: one entry per commit, with the run that made it."""
        table_now = self.delta(table)
        return [] if table_now is None else table_now.history()


class StagedRows:
    """A table's staged rows as a stream of Arrow record batches, one staged batch in memory
    at a time: what a run commits grows with the corpus, the memory that commits it must not.
    `rows` counts what was streamed."""

    def __init__(self, lake: Lake, batches: list[str], table: str, schema: dict,
                 shape: Callable[[pl.DataFrame], pl.DataFrame] | None):
        self.lake, self.batches, self.table, self.schema, self.shape = lake, batches, table, schema, shape
        self.rows = 0

    def any(self) -> bool:
        return any(self.lake.is_staged(batch, self.table) for batch in self.batches)

    def frames(self) -> Iterator[pl.DataFrame]:
        for batch in self.batches:
            frame = self.lake.staged([batch], self.table, self.schema)
            if self.shape is not None:
                frame = self.shape(frame)
            if frame.height:
                self.rows += frame.height
                yield frame.select(list(self.schema)).cast(self.schema)

    def reader(self):
        import pyarrow as pa

        arrow_schema = pl.DataFrame(schema=self.schema).to_arrow().schema
        batches = (b for frame in self.frames() for b in frame.to_arrow().cast(arrow_schema).to_batches())
        return pa.RecordBatchReader.from_batches(arrow_schema, batches)


def _alive(holder: dict) -> bool:
    """Whether the process that holds a lock still runs (unknown hosts: assume it does)."""
    if holder.get("host") != socket.gethostname():
        return True
    try:
        os.kill(int(holder.get("pid", -1)), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, ValueError, OverflowError):
        return True
    return True


def in_list(column: str, values: Iterable[str]) -> str | None:
    """A `t.column IN (...)` predicate, None when there is nothing to match."""
    values = sorted(set(values))
    return f"t.{column} IN ({_sql_list(values)})" if values else None


def as_json(value) -> str:
    return json.dumps(value, sort_keys=True, default=str)
