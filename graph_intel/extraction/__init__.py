"""Extraction: gazetteers (data files), rules, and the pipeline that turns a
Document into an Extraction."""
from graph_intel.extraction.pipeline import extract

__all__ = ["extract"]
