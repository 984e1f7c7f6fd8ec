"""PNG plots where a person would rather look than read: disruption curves
and degree distributions. matplotlib is optional and imported only here."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from graph_intel.errors import GraphIntelError


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise GraphIntelError("PNG plots need matplotlib, which is not installed; "
                              "run 'pip install matplotlib' and try again") from None
    matplotlib.use("Agg")   # no display needed: we only write files
    import matplotlib.pyplot as plt
    return plt


def plot_disruption(results: Iterable[dict[str, Any]], path: str | Path, *, title: str = "") -> Path:
    """Largest component (share of the initial one) against nodes removed, one line per result of
    :func:`graph_intel.analytics.disrupt`."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for result in results:
        removed = [0]
        for batch in result["removed"]:
            removed.append(removed[-1] + len(batch))
        initial = result["lcc"][0] or 1
        label = f"{result['strategy']} ({result['mode']}, block {result['block']})"
        axes.plot(removed, [size / initial for size in result["lcc"]], marker="o", markersize=3, label=label)
    axes.set_xlabel("nodes removed")
    axes.set_ylabel("largest component / initial")
    axes.set_ylim(0, 1.05)
    axes.grid(alpha=0.3)
    axes.legend()
    axes.set_title(title or "Disruption")
    return _save(plt, figure, path)


def plot_degree_distribution(G: nx.Graph, path: str | Path, *, title: str = "") -> Path:
    """How many nodes have each degree (log-log when degrees span two orders of magnitude)."""
    plt = _pyplot()
    from graph_intel.analytics.measures import degree

    counts = Counter(degree(G).values())   # a networkx or an igraph graph
    degrees = sorted(counts)
    figure, axes = plt.subplots(figsize=(7, 4.5))
    axes.bar(degrees, [counts[d] for d in degrees], width=0.8)
    positive = [d for d in degrees if d > 0]
    if positive and max(positive) >= 100 * min(positive):
        # Heavy tails (a few hubs, many with one tie) only show on log-log axes.
        axes.set_xscale("log")
        axes.set_yscale("log")
    axes.set_xlabel("degree (ties)")
    axes.set_ylabel("nodes")
    axes.set_title(title or "Degree distribution")
    return _save(plt, figure, path)


def _save(plt, figure, path) -> Path:
    path = Path(path)
    figure.tight_layout()
    try:
        figure.savefig(path, dpi=120)
    except OSError as exc:
        raise GraphIntelError(f"cannot write {path}: {exc.strerror}") from None
    finally:
        plt.close(figure)
    return path
