"""The report as plain-text tables (the terminal), aligned for Korean too."""

from __future__ import annotations

from collections.abc import Sequence

from bot.insights.funnel import FIRST_MESSAGE_TO_FILED, STATUSES, Report
from bot.insights.labels import label
from bot.insights.stats import Spread, human_duration
from dialogs.applications.cards import pg_name
from dialogs.replies import display_width
from knowledge.language import Lang

STOPPED_ROWS = 10


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return lines


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def _span(value: Spread | None) -> str:
    if value is None:
        return "-"
    return f"{human_duration(value.median)} / {human_duration(value.p90)} (n={value.count})"


def render(report: Report, lang: Lang) -> str:
    zone_note = f"{report.since:%Y-%m-%d %H:%M} – {report.until:%Y-%m-%d %H:%M} UTC"
    out = [f"{label('window', lang)}: {zone_note}", "", f"## {label('funnel', lang)}"]
    rows = [
        [
            label(s.step, lang),
            str(s.reached),
            _percent(s.reached, report.conversations),
            f"{s.went_on} ({_percent(s.went_on, s.reached)})",
        ]
        for s in report.steps
    ]
    headers = [label("step", lang), label("reached", lang), "%", label("went_on", lang)]
    out += table(headers, rows)
    out += ["", f"## {label('stopped_at', lang)}"]
    if report.stopped_at:
        stopped = [[where, str(n)] for where, n in report.stopped_at[:STOPPED_ROWS]]
        out += table([label("where", lang), label("conversations", lang)], stopped)
    else:
        out.append(label("none", lang))
    out += ["", f"## {label('timelines', lang)}"]
    if report.timelines:
        spans = (FIRST_MESSAGE_TO_FILED, *STATUSES)
        headers = [label("pg", lang), label("filed_count", lang), *(label(s, lang) for s in spans)]
        rows = [
            [pg_name(t.pg, lang), str(t.filed), *(_span(t.spans[s]) for s in spans)]
            for t in report.timelines
        ]
        out += table(headers, rows)
    else:
        out.append(label("none", lang))
    out += ["", f"## {label('agents', lang)}"]
    needed = f"{report.agent_needed} / {report.conversations}"
    out.append(f"{needed} ({_percent(report.agent_needed, report.conversations)})")
    reasons = [[label(r, lang), str(n)] for r, n in report.agent_reasons.items()]
    out += table([label("reason", lang), label("conversations", lang)], reasons)
    return "\n".join(out)
