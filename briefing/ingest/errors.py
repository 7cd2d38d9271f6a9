"""The one error ingest raises for a problem the user caused."""


class IngestError(Exception):
    """A problem the user caused (bad path, unreadable file): one line, exit code 2."""
