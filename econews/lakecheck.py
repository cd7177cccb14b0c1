"""Lake integrity: find the files a table's Delta log names that are missing or damaged,
and put a damaged table back to its last intact version.

A truncated Parquet file (a failed copy, a full disk) made every reader of its table end
in a Rust panic (`assertion failed: range.end as u64 <= self.size`). The log records each
file's size: comparing it with the file on disk finds a missing or truncated file without
reading it, before anything else touches the table. `econews lake check` also reads each
file's footer (row count against the log's).

Repair loses nothing committed: every version of a table can be rebuilt, since the files
a commit replaced are kept under `<lake>/_history/` (see `Lake._vacuum`). A damaged table is
restored to its newest version whose files are all intact (a new Delta commit; the damaged
files are moved to `<lake>/_damaged/<table>/`). What the later commits had written is then
missing from that table only: `econews run --full` computes it again from the sources.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import unquote

from econews.lake import HISTORY, Lake, LakeError

DAMAGED = "_damaged"


@dataclass(frozen=True)
class Damage:
    table: str
    file: str  # relative to the table folder, as on disk
    problem: str

    def line(self) -> str:
        return f"{self.table}: {self.file}: {self.problem}"


def table_names(lake: Lake) -> list[str]:
    """Every folder of the lake that holds a Delta table (`_signatures` included)."""
    root = lake._root_path
    if not lake.fs.isdir(root):
        return []
    names = [posixpath.basename(p.rstrip("/")) for p in lake.fs.ls(root, detail=False)]
    return sorted(n for n in names if lake.fs.exists(posixpath.join(root, n, "_delta_log")))


def logged_files(lake: Lake, table: str, version: int | None = None) -> list[tuple[str, int, int]]:
    """(path relative to the table folder, size in bytes, rows) of each file of a version."""
    import polars as pl
    from deltalake import DeltaTable

    actions = pl.DataFrame(DeltaTable(lake.table_uri(table), version=version).get_add_actions(flatten=True))
    if actions.is_empty():
        return []
    # Add actions hold the path URL-encoded once more than the folder names on disk.
    return [(unquote(p), size, rows) for p, size, rows in actions.select("path", "size_bytes", "num_records").iter_rows()]


def file_problem(lake: Lake, path: str, size: int, rows: int | None = None) -> str | None:
    """Why a logged file cannot be read (None: intact). `rows` given: its footer is read too."""
    if not lake.fs.exists(path):
        return "missing"
    actual = lake.fs.size(path)
    if actual != size:
        return f"truncated ({actual} of {size} bytes)" if actual < size else f"wrong size ({actual}, the log says {size} bytes)"
    if rows is None:
        return None
    import pyarrow.parquet as pq

    try:
        with lake.fs.open(path, "rb") as handle:
            found = pq.ParquetFile(handle).metadata.num_rows
    except Exception as exc:  # noqa: BLE001 - any reader error is the finding
        return f"unreadable Parquet ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
    return None if found == rows else f"{found} rows, the log says {rows}"


def check_table(lake: Lake, table: str, footers: bool = True) -> list[Damage]:
    """The missing or damaged files of a table's current version."""
    try:
        files = logged_files(lake, table)
    except Exception as exc:  # noqa: BLE001 - a log that cannot be read is the finding
        return [Damage(table, "_delta_log", f"unreadable Delta log ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})")]
    table_root = posixpath.join(lake._root_path, table)
    damages = []
    for relative, size, rows in files:
        problem = file_problem(lake, posixpath.join(table_root, relative), size, rows if footers else None)
        if problem:
            damages.append(Damage(table, relative, problem))
    return damages


def check_lake(lake: Lake, footers: bool = True) -> list[Damage]:
    return [d for table in table_names(lake) for d in check_table(lake, table, footers)]


def ensure_intact(lake: Lake) -> None:
    """Stop with one line naming the first damaged file and what to do (sizes only: cheap
    enough for the start of every run and report)."""
    for table in table_names(lake):
        damages = check_table(lake, table, footers=False)
        if damages:
            more = f" (and {len(damages) - 1} more)" if len(damages) > 1 else ""
            raise LakeError(
                f"lake {lake.root!r} is damaged: table {table}, file {damages[0].file}: {damages[0].problem}{more}; "
                f"run `econews lake check --lake {lake.root}` to list, `econews lake repair --lake {lake.root}` to restore"
            )


# -------------------------------------------------------------------------------- repair


def intact_version(lake: Lake, table: str) -> int | None:
    """The newest earlier version of a table whose files are all intact, in the table folder
    or kept under `_history/` (None: there is none)."""
    current = lake.delta(table).version()
    for version in range(current - 1, -1, -1):
        try:
            files = logged_files(lake, table, version)
        except Exception:  # noqa: BLE001 - a log entry that cannot be read: try an older one
            continue
        if all(kept_copy(lake, table, relative, size) for relative, size, _ in files):
            return version
    return None


def kept_copy(lake: Lake, table: str, relative: str, size: int) -> str | None:
    """Where an intact copy of a logged file is: the table folder, else `_history/`."""
    for folder in (posixpath.join(lake._root_path, table), posixpath.join(lake._root_path, HISTORY, table)):
        path = posixpath.join(folder, relative)
        if file_problem(lake, path, size) is None:
            return path
    return None


def set_aside(lake: Lake, damage: Damage) -> None:
    """Move a damaged file out of its table folder (readers glob it) to `_damaged/`."""
    source = posixpath.join(lake._root_path, damage.table, damage.file)
    if lake.fs.exists(source):
        target = posixpath.join(lake._root_path, DAMAGED, damage.table, damage.file)
        lake.fs.makedirs(posixpath.dirname(target), exist_ok=True)
        lake.fs.mv(source, target)


def repair_table(lake: Lake, table: str, damages: list[Damage]) -> str:
    """Restore a damaged table to its newest intact version; one line says what was done."""
    version = intact_version(lake, table) if damages[0].file != "_delta_log" else None
    if version is None:
        raise LakeError(
            f"table {table}: no intact earlier version to restore; move {table}/ out of the lake "
            f"and rebuild it from the sources with `econews run --full`"
        )
    for damage in damages:
        set_aside(lake, damage)
    before = lake.delta(table).version()
    lake.restore(table, version)  # its files missing from the folder come back from `_history/`
    return (f"{table}: restored version {version} (was {before}; damaged files moved to {DAMAGED}/{table}/); "
            f"run `econews run --full` to redo what the later commits had written")


def repair_lake(lake: Lake) -> list[str]:
    damages = check_lake(lake)
    by_table: dict[str, list[Damage]] = {}
    for damage in damages:
        by_table.setdefault(damage.table, []).append(damage)
    return [repair_table(lake, table, found) for table, found in by_table.items()]
