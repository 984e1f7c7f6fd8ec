"""Benchmark (not a test): graph-intel analytics against plain networkx on a
synthetic network of 100,000 nodes and about 1,000,000 edges.

    .venv/bin/python benchmarks/bench_analytics.py [--nodes 100000] [--attach 10] [--seed 1]

The graph is a seeded preferential-attachment network (Barabási–Albert,
each newcomer ties to ``--attach`` earlier nodes): heavy-tailed like call
records. Each line prints our time, plain networkx's time on the same graph
and the ratio. networkx runs that would take many minutes are measured on a
smaller workload and extrapolated linearly; those lines say so.

Goals (2 cores): degree + PageRank + communities under 60 s together;
sampled betweenness (k = 256) under 60 s; peak memory under 8 GB.
"""
from __future__ import annotations

import argparse
import platform
import random
import resource
import time

import networkx as nx

from graph_intel.analytics import measures

GOALS = {"degree+pagerank+communities": 60.0, "betweenness k=256": 60.0}
PEAK_MEMORY_GOAL_GB = 8.0


def synthetic_network(nodes: int, attach: int, seed: int) -> nx.Graph:
    """Seeded Barabási–Albert graph built by igraph (fast) and handed over as networkx."""
    import igraph as ig

    ig.set_random_number_generator(random.Random(seed))
    g = ig.Graph.Barabasi(nodes, attach)
    ig.set_random_number_generator(random)
    G = nx.Graph()
    G.add_nodes_from(range(nodes))
    G.add_edges_from(g.get_edgelist())
    return G


def timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def networkx_pagerank(G):
    # nx.pagerank needs SciPy; without it, networkx's own pure-Python power iteration is the baseline.
    try:
        import scipy  # noqa: F401
        return nx.pagerank(G)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(G)


def row(name: str, ours: float, theirs: float | None, note: str = "") -> None:
    ratio = f"{theirs / ours:8.1f}x" if theirs else "       -"
    theirs_text = f"{theirs:12.2f}" if theirs else "           -"
    print(f"{name:<28}{ours:10.2f}{theirs_text}{ratio}  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--attach", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sample-sources", type=int, default=8,
                        help="networkx betweenness is run from this many sources and extrapolated to 256")
    parser.add_argument("--shrink", type=int, default=10,
                        help="networkx Louvain runs on a graph this many times smaller, extrapolated by edges")
    args = parser.parse_args()

    build, G = timed(synthetic_network, args.nodes, args.attach, args.seed)
    print(f"graph: {len(G):,} nodes, {G.number_of_edges():,} edges (built in {build:.1f} s); "
          f"Python {platform.python_version()}, networkx {nx.__version__}; "
          f"igraph above {measures.IGRAPH_EDGES:,} edges")
    print(f"{'measure':<28}{'ours s':>10}{'networkx s':>12}{'speed-up':>9}")

    t_degree, _ = timed(measures.degree, G)
    t_degree_nx, _ = timed(lambda: dict(G.degree()))
    row("degree", t_degree, t_degree_nx)

    t_pagerank, _ = timed(measures.pagerank, G)
    t_pagerank_nx, _ = timed(networkx_pagerank, G)
    row("pagerank", t_pagerank, t_pagerank_nx, "networkx: pure-Python power iteration (no SciPy)")

    small = synthetic_network(args.nodes // args.shrink, args.attach, args.seed)
    t_small, _ = timed(nx.community.louvain_communities, small, seed=1)
    t_louvain_nx = t_small * G.number_of_edges() / small.number_of_edges()
    extrapolated = (f"networkx Louvain: measured {t_small:.1f} s on {small.number_of_edges():,} edges, "
                    f"extrapolated by edges")
    t_communities, parts = timed(measures.communities, G, seed=1)
    row("communities (auto=leiden)", t_communities, t_louvain_nx,
        f"{extrapolated}; Q={measures.modularity(G, parts):.3f}")
    t_louvain, parts = timed(measures.communities, G, method="louvain", seed=1)
    row("communities (louvain)", t_louvain, t_louvain_nx,
        f"igraph multilevel; Q={measures.modularity(G, parts):.3f}")

    t_betweenness, _ = timed(measures.betweenness, G, k=256, seed=1)
    t_sample, _ = timed(nx.betweenness_centrality, G, k=args.sample_sources, seed=1)
    t_betweenness_nx = t_sample * 256 / args.sample_sources
    row("betweenness k=256", t_betweenness, t_betweenness_nx,
        f"networkx: measured {t_sample:.1f} s with k={args.sample_sources}, extrapolated to 256")

    t_core, _ = timed(measures.kcore, G)
    t_core_nx, _ = timed(nx.core_number, G)
    row("k-core", t_core, t_core_nx)

    t_eigen, _ = timed(measures.eigenvector, G)
    row("eigenvector", t_eigen, None, "networkx's power iteration skipped (minutes)")

    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2   # ru_maxrss is in KiB on Linux
    together = t_degree + t_pagerank + t_communities
    print()
    verdict = {"degree+pagerank+communities": together, "betweenness k=256": t_betweenness}
    for goal, seconds in verdict.items():
        status = "ok" if seconds < GOALS[goal] else "MISSED"
        print(f"goal {goal:<30} {seconds:7.1f} s  (< {GOALS[goal]:.0f} s)  {status}")
    status = "ok" if peak_gb < PEAK_MEMORY_GOAL_GB else "MISSED"
    print(f"goal {'peak memory (ru_maxrss)':<30} {peak_gb:7.2f} GB (< {PEAK_MEMORY_GOAL_GB:.0f} GB) {status}")


if __name__ == "__main__":
    main()
