"""Saved queries (cypher/*.cypher) and running Cypher read-only."""
