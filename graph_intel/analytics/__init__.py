"""Network analytics on the evidence graph or on imported networks.

Library first: every function takes a networkx graph, options as keywords and
``seed=`` for randomness, and returns plain data; the CLI only renders it.
"""
from graph_intel.analytics.disruption import collective_influence, disrupt, largest_component_size, rank_nodes
from graph_intel.analytics.keyplayers import fragmentation, key_players, reach
from graph_intel.analytics.measures import (betweenness, brokerage, centrality_table, closeness, communities,
                                            constraint, degree, degree_centrality, describe, eigenvector, kcore,
                                            modularity, pagerank, top)
from graph_intel.analytics.networks import match_nodes, read_names, read_network, read_node_table
from graph_intel.analytics.paths import evidence_path, find_node, predict_links, route_analysis
from graph_intel.analytics.projections import (agency_network, collapsed, country_network, multigraph,
                                               organisation_network, route_network)

__all__ = [
    "agency_network", "betweenness", "brokerage", "centrality_table", "closeness", "collapsed",
    "collective_influence", "communities", "constraint", "country_network", "degree", "degree_centrality",
    "describe", "disrupt", "eigenvector", "evidence_path", "find_node", "fragmentation", "kcore",
    "key_players", "largest_component_size", "modularity", "multigraph", "organisation_network", "pagerank",
    "match_nodes", "predict_links", "rank_nodes", "reach", "read_names", "read_network", "read_node_table",
    "route_analysis", "route_network", "top",
]
