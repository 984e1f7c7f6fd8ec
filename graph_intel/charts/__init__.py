"""Link charts: the terminal chart and the exports analysts carry into
Gephi, Cytoscape, i2 Analyst's Notebook, Aleph and reports.

Everything here takes a `graph_intel.records.Subgraph` and returns text or
bytes; writing files and printing is left to the thin callers in the CLI."""
from graph_intel.charts.terminal import render_chart, render_neighbourhood, render_path, write_chart

__all__ = ["render_chart", "render_neighbourhood", "render_path", "write_chart"]
