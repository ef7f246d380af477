"""The one exception readers raise for a file they cannot read; its message is Dutch and shown to users."""


class UnreadableFile(Exception):
    """A file that cannot be read; `str(err)` is a Dutch sentence saying why and what to do."""
