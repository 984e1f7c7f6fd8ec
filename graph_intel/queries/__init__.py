"""Saved queries (cypher/*.cypher) and running Cypher read-only."""
from graph_intel.queries.run import run_cypher, run_saved
from graph_intel.queries.saved import Parameter, SavedQuery, get_query, load_queries, parse_query, saved_queries

__all__ = ["Parameter", "SavedQuery", "get_query", "load_queries", "parse_query", "run_cypher", "run_saved",
           "saved_queries"]
