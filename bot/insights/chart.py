"""The report as one picture: the funnel on the left, each PG's timeline on the right.

matplotlib is an optional extra (``pip install -e '.[report]'``): the service never needs
it, only the operator who asks for ``--png``. ``MissingPlotting`` says how to install it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.insights.funnel import FIRST_MESSAGE_TO_FILED, STATUSES, PgTimeline, Report
from bot.insights.labels import label
from bot.insights.stats import human_duration
from dialogs.applications.cards import pg_name
from knowledge.language import Lang

INSTALL_HINT = "pip install -e '.[report]'  (matplotlib)"
# Fonts with Hangul, in order of preference; without one, Korean labels fall back to English.
KOREAN_FONTS = ("NanumGothic", "Noto Sans CJK KR", "NanumBarunGothic", "UnDotum")
DAY = 86400.0


class MissingPlottingError(RuntimeError):
    """matplotlib is not installed."""


def _pyplot() -> Any:
    try:
        import matplotlib as mpl

        mpl.use("Agg")  # files only, never a window
        import matplotlib.pyplot as plt
    except ImportError:
        raise MissingPlottingError(INSTALL_HINT) from None
    return plt


def _korean_font() -> str | None:
    from matplotlib import font_manager

    available = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in KOREAN_FONTS if name in available), None)


def draw(report: Report, path: Path, lang: Lang) -> Lang:
    """Write the chart as PNG; the language its labels ended up in."""
    plt = _pyplot()
    if lang is Lang.KO:
        font = _korean_font()
        if font is None:
            lang = Lang.EN
        else:
            plt.rcParams["font.family"] = font
    figure, (left, right) = plt.subplots(
        1, 2, figsize=(12, 5.2), gridspec_kw={"width_ratios": [1, 1.25]}
    )
    _funnel(left, report, lang)
    _timelines(right, report, lang)
    title = f"Onboard — {report.since:%Y-%m-%d} … {report.until:%Y-%m-%d}"
    figure.suptitle(title, fontsize=12)
    figure.tight_layout()
    figure.savefig(path, dpi=80)
    plt.close(figure)
    return lang


def _funnel(axes: Any, report: Report, lang: Lang) -> None:
    steps = list(reversed(report.steps))
    names = [label(s.step, lang) for s in steps]
    reached = [s.reached for s in steps]
    went_on = [s.went_on for s in steps]
    axes.barh(names, reached, color="#c9d7f2", label=label("reached", lang))
    axes.barh(names, went_on, color="#3b6fd4", height=0.45, label=label("went_on", lang))
    for index, value in enumerate(reached):
        axes.text(value, index, f" {value}", va="center", fontsize=8)
    axes.set_title(label("funnel", lang), fontsize=11, pad=24)
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=8)


def _timelines(axes: Any, report: Report, lang: Lang) -> None:
    # Filing takes minutes, the PGs days: the time to file goes into each row's name.
    colors = ("#f2a93b", "#3b6fd4", "#8e5bd4", "#2e9e5b")
    timelines = list(reversed(report.timelines))
    for status, color in zip(STATUSES, colors, strict=True):
        axes.plot([], [], "o", color=color, label=label(status, lang))  # the legend's keys
    for row, timeline in enumerate(timelines):
        for status, color in zip(STATUSES, colors, strict=True):
            value = timeline.spans.get(status)
            if value is None:
                continue
            median, p90 = value.median / DAY, value.p90 / DAY
            axes.plot([median, p90], [row, row], color=color, linewidth=1.2, alpha=0.6)
            axes.plot([median], [row], "o", color=color)
            axes.plot([p90], [row], "|", color=color, markersize=12)
    axes.set_yticks(range(len(timelines)))
    axes.set_yticklabels([_row_name(t, lang) for t in timelines], fontsize=8)
    axes.set_xlim(left=0)
    axes.set_xlabel(
        f"{label('days', lang)} ({label('filed', lang)} = 0; ● median, | p90)", fontsize=9
    )
    axes.set_title(label("timelines", lang), fontsize=11, pad=30)
    if timelines:
        axes.legend(
            loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4, fontsize=8, frameon=False
        )
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=8)


def _row_name(timeline: PgTimeline, lang: Lang) -> str:
    name = f"{pg_name(timeline.pg, lang)}\n{label('filed_count', lang)} {timeline.filed}"
    first = timeline.spans.get(FIRST_MESSAGE_TO_FILED)
    if first is not None:
        name += f" · {human_duration(first.median)}"
    return name
