"""`econews report`: one self-contained HTML page an analyst opens after a run.

Sections: key figures by partner country and year, how each bilateral relation moves over
time, the largest investments, the most mentioned organisations and people, a timeline of
events, the sectors, and a data-quality panel (quarantined inputs, validation failures,
duplicates, runs). Charts are Plotly figures with plotly.js inlined once in the page, so
the file opens offline (no network at view time), from a mail attachment or a file share.

Reads the lake only (`Lake.read`). Where the lake has no `partnerships`/`investments`
tables yet, they are derived on the fly from documents, entities and metrics.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
from pathlib import Path

import plotly
import plotly.graph_objects as go
import polars as pl

from econews.countries import english_name
from econews.lake import Lake
from econews.tables import LAKE_TABLES, RELATION_TABLES, TABLES
from econews.sectors import label as sector_label

HOME = "MA"  # the corpus is about Morocco's partners: figures are shown by partner country
PLOT_CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["sendDataToCloud"]}
CHART_IDS = (
    "chart-figures-by-partner",
    "chart-relations-over-time",
    "chart-investments",
    "chart-organisations",
    "chart-people",
    "chart-timeline",
    "chart-sectors",
    "chart-quality",
)
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


# ------------------------------------------------------------------------------ data

def _read(lake: Lake, table: str) -> pl.DataFrame | None:
    try:
        return lake.read(table)
    except Exception:  # an unreadable table is shown as missing, not a crash of the report
        return None


def load_tables(lake_root: str) -> dict[str, pl.DataFrame | None]:
    """Every table the report uses; partnerships/investments derived if not stored."""
    lake = Lake(lake_root)
    tables = {t: _read(lake, t) for t in LAKE_TABLES}
    documents, entities, metrics = tables["documents"], tables["entities"], tables["metrics"]
    missing = [t for t in RELATION_TABLES if tables[t] is None]
    if missing and documents is not None and documents.height:
        from econews.tasks.relations import derive_relations

        derived = derive_relations(
            documents,
            entities if entities is not None else pl.DataFrame(schema={"doc_id": pl.Utf8}),
            metrics if metrics is not None else pl.DataFrame(schema={"doc_id": pl.Utf8}),
        )
        for t in missing:
            tables[t] = derived.get(t, TABLES[t].empty())
    return tables


def fmt_value(value: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    if unit == "percent":
        return f"{value:g} %"
    if unit == "percentage_point":
        return f"{value:g} pts"
    for size, suffix in _SCALES:
        if abs(value) >= size:
            return f"{value / size:,.4g} {suffix} {unit or ''}".strip()
    return f"{value:,.4g} {unit or ''}".strip()


def country(code: str | None) -> str:
    return f"{english_name(code)} ({code})" if code else ""


def _year_of_period(period: str | None) -> str | None:
    return period[:4] if period and period[:4].isdigit() else None


# ------------------------------------------------------------------------------ html

def _table(frame: pl.DataFrame, columns: dict[str, str], limit: int = 25, empty: str = "Nothing to show.") -> str:
    if frame is None or frame.height == 0:
        return f'<p class="empty">{html.escape(empty)}</p>'
    head = "".join(f"<th>{html.escape(title)}</th>" for title in columns.values())
    body = []
    for row in frame.head(limit).iter_rows(named=True):
        cells = []
        for col in columns:
            value = row.get(col)
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            elif isinstance(value, float):
                value = f"{value:,.4g}"
            cells.append(f"<td>{html.escape('' if value is None else str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = f'<p class="note">{frame.height - limit} more rows in the lake.</p>' if frame.height > limit else ""
    return f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>{more}'


class _Page:
    """Collects figures; plotly.js goes inline with the first one only."""

    def __init__(self) -> None:
        self.js_included = False
        self.charts: list[str] = []

    def figure(self, fig: go.Figure, div_id: str, height: int = 380) -> str:
        fig.update_layout(
            height=height, margin={"l": fig.layout.margin.l or 60, "r": 20, "t": 40, "b": 50}, template="plotly_white",
            font={"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 12},
            legend={"orientation": "h", "y": -0.2},
        )
        fig.update_yaxes(automargin=True)
        fig.update_xaxes(automargin=True)
        part = plotly.io.to_html(
            fig, full_html=False, include_plotlyjs=not self.js_included, include_mathjax=False,
            div_id=div_id, config=PLOT_CONFIG,
        )
        self.js_included = True
        self.charts.append(div_id)
        return f'<div class="chart" data-chart="{div_id}">{part}</div>'

    def no_chart(self, div_id: str, message: str) -> str:
        return f'<div class="chart empty" data-chart="{div_id}" data-empty="1"><p class="empty">{html.escape(message)}</p></div>'


# ------------------------------------------------------------------------------ sections

def _figures_section(page: _Page, t: dict) -> str:
    metrics, documents = t["metrics"], t["documents"]
    if metrics is None or metrics.height == 0:
        return page.no_chart(CHART_IDS[0], "No figures in the lake yet.")
    years = documents.select("doc_id", pl.col("year").alias("doc_year")) if documents is not None else None
    m = metrics.with_columns(
        year=pl.col("period").map_elements(_year_of_period, return_dtype=pl.Utf8),
    )
    if years is not None:
        m = m.join(years, on="doc_id", how="left").with_columns(year=pl.coalesce("year", "doc_year"))
    m = m.with_columns(year=pl.col("year").fill_null("unknown"))
    partners = (
        m.explode("countries").rename({"countries": "partner"})
        .filter(pl.col("partner").is_not_null() & (pl.col("partner") != HOME))
    )
    if partners.height == 0:
        return page.no_chart(CHART_IDS[0], "No figure names a partner country.")
    counts = partners.group_by("partner", "year").len().sort("year", "partner")
    fig = go.Figure()
    for code in counts["partner"].unique().sort().to_list():
        rows = counts.filter(pl.col("partner") == code)
        fig.add_bar(name=country(code), x=rows["year"].to_list(), y=rows["len"].to_list())
    fig.update_layout(barmode="stack", title="Figures per partner country and year (number of figures)",
                      xaxis_title="year (of the figure's period, else of the article)", yaxis_title="figures",
                      xaxis={"type": "category", "categoryorder": "category ascending"})
    key = (
        partners.filter(~pl.col("unit").is_in(["count"]))
        .with_columns(
            partner_name=pl.col("partner").map_elements(country, return_dtype=pl.Utf8),
            figure=pl.struct("value", "unit").map_elements(lambda s: fmt_value(s["value"], s["unit"]), return_dtype=pl.Utf8),
        )
        .sort("partner", "year", "subject")
    )
    return page.figure(fig, CHART_IDS[0]) + _table(
        key, {"partner_name": "partner", "year": "year", "subject": "what", "figure": "figure",
              "period": "period", "text": "as written", "metric_id": "metric_id"}, limit=30,
    )


def _relations_section(page: _Page, t: dict) -> str:
    p = t["partnerships"]
    if p is None or p.height == 0:
        return page.no_chart(CHART_IDS[1], "No partnership found yet.")
    p = p.with_columns(pair=pl.concat_str([pl.col("country_a"), pl.col("country_b")], separator="–"))
    counts = p.group_by("pair", "year").agg(articles=pl.len(), figures=pl.col("metric_ids").list.len().sum()).sort("year")
    fig = go.Figure()
    for pair in counts["pair"].unique().sort().to_list():
        rows = counts.filter(pl.col("pair") == pair)
        fig.add_scatter(name=pair, x=rows["year"].to_list(), y=rows["articles"].to_list(), mode="lines+markers",
                        customdata=rows["figures"].to_list(),
                        hovertemplate="%{x}: %{y} articles, %{customdata} figures<extra>" + pair + "</extra>")
    fig.update_layout(title="Bilateral relations over time (articles presenting the pair as partners)",
                      xaxis_title="year", yaxis_title="articles",
                      xaxis={"type": "category", "categoryorder": "category ascending"})
    table = p.with_columns(
        sector_labels=pl.col("sectors").list.eval(pl.element().replace_strict(_sector_map(), default=pl.element())),
        figures=pl.col("metric_ids").list.len(),
    ).sort("date", "pair", nulls_last=True)
    return page.figure(fig, CHART_IDS[1]) + _table(
        table, {"pair": "pair", "date": "date", "sector_labels": "sectors", "figures": "figures",
                "kinds": "stated by", "evidence": "evidence"}, limit=30,
    )


def _sector_map() -> dict[str, str]:
    from econews.sectors import taxonomy

    return {s.id: s.label for s in taxonomy()}


def _investments_section(page: _Page, t: dict) -> str:
    inv = t["investments"]
    if inv is None or inv.height == 0:
        return page.no_chart(CHART_IDS[2], "No investment found yet.")
    inv = inv.with_columns(
        who=pl.coalesce("company", "project"),
        sector_label=pl.col("sector").replace_strict(_sector_map(), default=pl.col("sector")).fill_null("unspecified"),
        origin=pl.col("company_country").fill_null("?"),
        amount_text=pl.struct("amount", "currency").map_elements(
            lambda s: fmt_value(s["amount"], s["currency"]), return_dtype=pl.Utf8),
        capacity_text=pl.struct("capacity", "capacity_unit").map_elements(
            lambda s: fmt_value(s["capacity"], s["capacity_unit"]), return_dtype=pl.Utf8),
    )
    by = inv.group_by("sector_label", "origin").len().sort("sector_label")
    fig = go.Figure()
    for origin in by["origin"].unique().sort().to_list():
        rows = by.filter(pl.col("origin") == origin)
        fig.add_bar(name=f"from {country(origin) if origin != '?' else 'unknown'}", y=rows["sector_label"].to_list(),
                    x=rows["len"].to_list(), orientation="h")
    fig.update_layout(barmode="stack", title="Investments and projects by sector and investor country",
                      xaxis_title="investments reported")
    largest = inv.sort(["amount", "capacity", "jobs"], descending=True, nulls_last=True)
    return page.figure(fig, CHART_IDS[2], height=340) + _table(
        largest, {"who": "company / project", "company_country": "from", "host_country": "in", "place": "place",
                  "sector_label": "sector", "amount_text": "amount", "capacity_text": "capacity", "jobs": "jobs",
                  "stage": "stage", "date": "date", "evidence": "evidence"}, limit=20,
    )


def _mentions_section(page: _Page, t: dict, label: str, chart_id: str, title: str) -> str:
    e = t["entities"]
    if e is None or e.height == 0 or e.filter(pl.col("label") == label).height == 0:
        return page.no_chart(chart_id, f"No {title.lower()} mentioned yet.")
    top = (
        e.filter(pl.col("label") == label)
        .group_by("canonical").agg(mentions=pl.len(), documents=pl.col("doc_id").n_unique())
        .sort(["mentions", "canonical"], descending=[True, False]).head(15)
    )
    names = [n if len(n) <= 42 else n[:40] + "…" for n in top["canonical"].to_list()]
    fig = go.Figure(go.Bar(
        y=names[::-1], x=top["mentions"].to_list()[::-1], orientation="h",
        customdata=list(zip(top["documents"].to_list(), top["canonical"].to_list()))[::-1],
        hovertemplate="%{customdata[1]}: %{x} mentions in %{customdata[0]} documents<extra></extra>",
    ))
    fig.update_layout(title=f"Most mentioned {title.lower()}", xaxis_title="mentions")
    return page.figure(fig, chart_id, height=120 + 24 * top.height)


def _timeline_section(page: _Page, t: dict) -> str:
    events = []
    p, inv, documents = t["partnerships"], t["investments"], t["documents"]
    titles = dict(zip(documents["doc_id"], documents["title"])) if documents is not None and "title" in documents.columns else {}
    if p is not None:
        for r in p.iter_rows(named=True):
            events.append({"date": r["date"], "track": f"{r['country_a']}–{r['country_b']}", "kind": "partnership",
                           "what": titles.get(r["doc_id"]) or r["evidence"][:120], "doc_id": r["doc_id"]})
    if inv is not None:
        for r in inv.iter_rows(named=True):
            who = r["company"] or r["project"]
            events.append({"date": r["date"], "track": f"{r['company_country'] or '?'}→{r['host_country'] or '?'}",
                           "kind": "investment", "what": f"{who} ({r['stage'] or 'stage not said'})", "doc_id": r["doc_id"]})
    if not events:
        return page.no_chart(CHART_IDS[5], "No event yet.")
    frame = pl.DataFrame(events, schema={"date": pl.Date, "track": pl.Utf8, "kind": pl.Utf8, "what": pl.Utf8, "doc_id": pl.Utf8})
    dated = frame.filter(pl.col("date").is_not_null()).sort("date")
    undated = frame.filter(pl.col("date").is_null())
    if dated.height == 0:
        chart = page.no_chart(CHART_IDS[5], "No event has a date.")
    else:
        fig = go.Figure()
        for kind, symbol in (("partnership", "circle"), ("investment", "diamond")):
            rows = dated.filter(pl.col("kind") == kind)
            if rows.height:
                fig.add_scatter(name=kind, x=[d.isoformat() for d in rows["date"]], y=rows["track"].to_list(),
                                mode="markers", marker={"size": 14, "symbol": symbol}, text=rows["what"].to_list(),
                                hovertemplate="%{x}<br>%{y}<br>%{text}<extra>" + kind + "</extra>")
        fig.update_layout(title="Timeline of events (article's event date, else publication date)",
                          xaxis={"type": "date"}, yaxis={"type": "category"})
        chart = page.figure(fig, CHART_IDS[5], height=320)
    note = _table(undated, {"kind": "undated event", "track": "countries", "what": "what", "doc_id": "document"},
                  empty="Every event has a date.")
    return chart + note


def _sectors_section(page: _Page, t: dict) -> str:
    sm = t["sector_mentions"]
    if sm is None or sm.height == 0:
        return page.no_chart(CHART_IDS[6], "No sector named yet.")
    counts = (
        sm.group_by("sector").agg(documents=pl.col("doc_id").n_unique(), mentions=pl.len())
        .with_columns(label=pl.col("sector").replace_strict(_sector_map(), default=pl.col("sector")))
        .sort("documents", "mentions")
    )
    fig = go.Figure(go.Bar(y=counts["label"].to_list(), x=counts["documents"].to_list(), orientation="h",
                           customdata=counts["mentions"].to_list(),
                           hovertemplate="%{y}: %{x} documents, %{customdata} mentions<extra></extra>"))
    fig.update_layout(title="Sectors named (documents)", xaxis_title="documents")
    return page.figure(fig, CHART_IDS[6], height=120 + 26 * counts.height)


def _quality_section(page: _Page, t: dict) -> str:
    q, documents, runs = t["quarantine"], t["documents"], t["runs"]
    q = q if q is not None else pl.DataFrame(schema={"stage": pl.Utf8, "reason": pl.Utf8, "source_path": pl.Utf8, "detail": pl.Utf8})
    validation = q.filter(pl.col("stage") == "validate")
    duplicates_content = q.filter(pl.col("reason") == "duplicate_content")
    near = (
        documents.filter(pl.col("duplicate_of").is_not_null())
        if documents is not None and "duplicate_of" in documents.columns else pl.DataFrame()
    )
    inputs = q.filter(pl.col("stage") != "validate")
    kpis = [
        ("documents", documents.height if documents is not None else 0),
        ("quarantined inputs", inputs["source_path"].n_unique() if inputs.height else 0),
        ("validation failures", validation.height),
        ("exact duplicates", duplicates_content.height),
        ("near-duplicates", near.height),
    ]
    cards = "".join(f'<div class="kpi"><b>{v}</b><span>{html.escape(k)}</span></div>' for k, v in kpis)
    if q.height:
        by = q.group_by("stage", "reason").len().sort("len", descending=True)
        fig = go.Figure(go.Bar(x=by["len"].to_list(), y=[f"{s}: {r}" for s, r in zip(by["stage"], by["reason"])],
                               orientation="h"))
        fig.update_layout(title="Quarantine by stage and reason", xaxis_title="rows")
        chart = page.figure(fig, CHART_IDS[7], height=140 + 26 * by.height)
    else:
        chart = page.no_chart(CHART_IDS[7], "Nothing was quarantined.")
    parts = [f'<div class="kpis">{cards}</div>', chart,
             "<h3>Quarantined inputs</h3>",
             _table(inputs.sort("stage", "reason"), {"source_path": "input", "stage": "stage", "reason": "reason", "detail": "detail"},
                    empty="No input was set aside."),
             "<h3>Validation failures</h3>",
             _table(validation, {"source_path": "input", "reason": "reason", "detail": "detail"},
                    empty="Every row passed its table's model."),
             "<h3>Near-duplicates</h3>",
             _table(near, {"doc_id": "document", "title": "title", "duplicate_of": "duplicate of"},
                    empty="No near-duplicate document.") if near.height else '<p class="empty">No near-duplicate document.</p>']
    if runs is not None and runs.height:
        parts += ["<h3>Runs</h3>", _table(
            runs.sort("started_at", descending=True),
            {"run_id": "run", "status": "status", "started_at": "started", "documents_read": "read",
             "documents_skipped": "skipped", "documents_quarantined": "quarantined", "error": "error"}, limit=10)]
    return "".join(parts)


CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1f2933;background:#f5f7fa}
header{background:#12355b;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;opacity:.85;font-size:13px}
nav{background:#fff;border-bottom:1px solid #d9e2ec;padding:8px 32px;position:sticky;top:0;z-index:5}
nav a{margin-right:16px;color:#12355b;text-decoration:none;font-size:13px}
main{padding:8px 32px 40px;max-width:1280px}
section{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:12px 20px;margin:16px 0}
h2{font-size:18px;margin:6px 0 10px;color:#12355b}h3{font-size:14px;margin:14px 0 6px}
table{border-collapse:collapse;width:100%;font-size:12px;margin:8px 0}
th,td{border-bottom:1px solid #e4e7eb;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f4f8}td{max-width:520px}
.kpis{display:flex;gap:12px;flex-wrap:wrap}.kpi{background:#f0f4f8;border-radius:6px;padding:8px 14px;min-width:120px}
.kpi b{display:block;font-size:22px}.kpi span{font-size:12px;color:#52606d}
.empty,.note{color:#7b8794;font-size:13px;font-style:italic}.two{display:grid;grid-template-columns:1fr 1fr;gap:16px}
"""


def render(tables: dict[str, pl.DataFrame | None], lake_root: str) -> str:
    page = _Page()
    documents = tables["documents"]
    counts = {t: (f.height if f is not None else 0) for t, f in tables.items()}
    sections = [
        ("figures", "Figures by partner country and year", _figures_section(page, tables)),
        ("relations", "Bilateral relations over time", _relations_section(page, tables)),
        ("investments", "Largest investments", _investments_section(page, tables)),
        ("mentions", "Most mentioned organisations and people",
         '<div class="two">' + _mentions_section(page, tables, "ORG", CHART_IDS[3], "Organisations")
         + _mentions_section(page, tables, "PERSON", CHART_IDS[4], "People") + "</div>"),
        ("timeline", "Timeline of events", _timeline_section(page, tables)),
        ("sectors", "Sectors", _sectors_section(page, tables)),
        ("quality", "Data quality", _quality_section(page, tables)),
    ]
    nav = "".join(f'<a href="#{sid}">{html.escape(title)}</a>' for sid, title, _ in sections)
    body = "".join(f'<section id="{sid}"><h2>{html.escape(title)}</h2>{content}</section>' for sid, title, content in sections)
    generated = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    summary = ", ".join(f"{n} {t}" for t, n in counts.items() if t in ("documents", "entities", "metrics", "partnerships", "investments"))
    if documents is None:
        summary = "the lake has no documents yet"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>econews report</title><style>{CSS}</style></head>
<body><header><h1>econews report</h1><p>Lake <code>{html.escape(lake_root)}</code> · {html.escape(summary)} · generated {generated}</p></header>
<nav>{nav}</nav><main>{body}</main>
<script>document.body.dataset.charts = "{len(page.charts)}";</script>
</body></html>"""


def build_report(lake: str, out: str) -> Path:
    """Write the report of the lake at `lake` to `out` (one self-contained HTML file)."""
    from econews.lakecheck import ensure_intact

    ensure_intact(Lake(lake))  # a damaged file: one line that names it, not a Rust panic
    tables = load_tables(lake)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(tables, lake), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------ cli
# The command's arguments are in econews/cli.py, which imports this module only to run it.

def report_command(args: argparse.Namespace) -> int:
    try:
        path = build_report(args.lake, args.out)
    except Exception as exc:  # one line, like `econews run`
        print(f"econews report failed: {type(exc).__name__}: {exc}")
        return 1
    print(f"report written to {path} ({path.stat().st_size / 1e6:.1f} MB); open it in a browser")
    return 0
