"""One exception tree. Backends translate their errors into it once; the CLI
turns it into a one-line message and a non-zero exit."""


class GraphIntelError(Exception):
    """Base of every error graph-intel reports to a user."""

    exit_code = 1


class OntologyError(GraphIntelError):
    """A label, relationship or property outside ontology v1."""


class DocumentError(GraphIntelError):
    """A document that cannot be read."""


class StoreError(GraphIntelError):
    """The graph store refused or failed an operation."""


class StoreUnavailable(StoreError):
    """The database cannot be opened or reached."""


class ReadOnlyViolation(StoreError):
    """A query that would write was sent through a read-only path."""


class QueryError(GraphIntelError):
    """A saved or ad-hoc query is malformed or got bad parameters."""


class NotFound(GraphIntelError):
    """An entity, query or file the user named does not exist."""


class Ambiguous(GraphIntelError):
    """A name matches several entities."""
