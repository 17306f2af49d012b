"""Small charts drawn on the server as inline SVG (no JavaScript)."""

from __future__ import annotations

from datetime import date

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

MAX_MONTHS = 120
WIDTH, HEIGHT, AXIS, TOP = 640, 180, 22, 20


def month_range(first: date, last: date) -> list[date]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_bars(counts: list[tuple[date, int]], title: str) -> SafeString:
    """A bar per month from the first to the last month with quotes (the latest MAX_MONTHS at most).

    Months without quotes are drawn as gaps, so the time axis is even. Each bar has a <title>
    (a tooltip and an accessible name); the figure's caption and a table beside it say the same.
    """
    if not counts:
        return SafeString("")
    by_month = {day.replace(day=1): n for day, n in counts}
    months = month_range(min(by_month), max(by_month))[-MAX_MONTHS:]
    tallest = max(by_month.get(m, 0) for m in months) or 1
    slot = WIDTH / len(months)
    bar = max(slot * 0.8, 1.0)
    plot = HEIGHT - AXIS
    bars = []
    for index, month in enumerate(months):
        n = by_month.get(month, 0)
        if not n:
            continue
        height = max((plot - TOP) * n / tallest, 2.0)
        label = f"{month:%B %Y}: {n} quote{'s' if n != 1 else ''}"
        x = index * slot + (slot - bar) / 2
        bars.append((f"{x:.1f}", f"{plot - height:.1f}", f"{bar:.1f}", f"{height:.1f}", label))
    rects = format_html_join(
        "",
        '<rect class="bar" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>',
        bars,
    )
    first, last = months[0], months[-1]
    return format_html(
        '<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-label="{title}"'
        ' xmlns="http://www.w3.org/2000/svg">'
        "<title>{title}</title>"
        '<line class="axis" x1="0" y1="{plot}" x2="{w}" y2="{plot}"></line>'
        "{rects}"
        '<text class="label" x="0" y="{ty}">{first}</text>'
        '<text class="label" x="{w}" y="{ty}" text-anchor="end">{last}</text>'
        '<text class="label" x="0" y="13">peak: {tallest} a month</text>'
        "</svg>",
        w=WIDTH,
        h=HEIGHT,
        title=title,
        plot=plot,
        rects=rects,
        ty=HEIGHT - 6,
        first=f"{first:%b %Y}",
        last=f"{last:%b %Y}",
        tallest=tallest,
    )
