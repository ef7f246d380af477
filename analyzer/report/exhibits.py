"""Exhibit numbers (producties): how a lawyer numbers the documents filed with a court document.

Each document once — a repeat of another (the same letter as PDF and as e-mail attachment, an earlier draft) gets no
number of its own and points at its primary — in date order, undated documents after the dated ones, in the order of
the dossier. A file that could not be read gets no number: nobody can file what nobody has read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def exhibit_numbers(documents: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Document id → productie number, for report document entries (keys `id`, `date`, `error`, `duplicate_of`)."""
    filed = [d for d in documents if not d.get("error") and not d.get("duplicate_of")]
    order = sorted(enumerate(filed), key=lambda item: (item[1].get("date") is None, item[1].get("date") or "", item[0]))
    return {doc["id"]: number for number, (_, doc) in enumerate(order, start=1)}
