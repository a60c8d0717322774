"""The one error family the library raises for bad input or bad use.

The CLI turns any :class:`TacbError` into a one-line message and a non-zero exit.
"""

__all__ = ["TacbError", "InputError", "StoreError", "QueryError"]


class TacbError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    exit_code = 1


class InputError(TacbError):
    """The input report cannot be read or does not look like a numbered UN report."""

    exit_code = 2


class StoreError(TacbError):
    """The store is missing, locked or cannot be written."""

    exit_code = 3


class QueryError(TacbError):
    """A SPARQL query is malformed or cannot be run."""

    exit_code = 4
