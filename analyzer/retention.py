"""Deleting a case with everything derived from it, for a firm's retention policy or a client's request.

A case — a name in a team; two teams can each have a case of the same name — leaves traces in three places: the case
store (its analyses, notes, corrections and batch rows: `CaseStore.delete_case`), the extraction cache in the data
home (the text of every file it was read from, found by the files' SHA-256s that its saved reports and audit entries
record), and the user's own model when it was trained with corrections (`train --with-corrections`), which may hold
words of the case's corrected documents. The audit log keeps the case's entries and gains a "delete" entry: it
records that the case existed, never what it contained.

The cache is content-addressed: a file that another case (another name, or the same name in another team) was also
read from has one cache entry for both, and that entry stays until the last case listing the file is deleted.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from analyzer.classify import user_model_path
from analyzer.ingest.cache import ExtractionCache
from analyzer.paths import cache_home
from analyzer.store import CaseStore


@dataclass(frozen=True)
class Forgotten:
    """What `forget_case` deleted; true when a case was deleted. `cases`: how many (one per team)."""

    deleted: bool
    cache_entries: int = 0
    user_model_removed: bool = False
    cases: int = 0

    def __bool__(self) -> bool:
        return self.deleted

    @property
    def message(self) -> str:
        """One Dutch sentence for the user (two when the user's own model went too)."""
        if not self.deleted:
            return "Deze zaak bestaat niet (meer) in de dossieropslag; er is niets verwijderd."
        if self.cases > 1:
            said = (
                f"Er zijn {self.cases} zaken met deze naam verwijderd (één per team), met hun analyses, notities, "
                "correcties en de gelezen tekst van hun bestanden."
            )
        else:
            said = (
                "De zaak is verwijderd, met haar analyses, notities, correcties en de gelezen tekst van haar bestanden."
            )
        if self.user_model_removed:
            said += (
                f" Het eigen model was ook met correcties uit {'deze zaken' if self.cases > 1 else 'deze zaak'} "
                "getraind en is verwijderd: het meegeleverde model wordt weer gebruikt ('train --with-corrections' "
                "maakt een nieuw eigen model)."
            )
        return said


def forget_case(
    case: str,
    store: CaseStore,
    cache_dir: Path | None = None,
    *,
    user: str,
    teams: Collection[str] | None = None,
) -> Forgotten:
    """Delete the case of this name in `teams` everywhere (None: the cases of this name in every team, for the
    administrator's CLI): the cached text of its files that no other case still lists, the user's model if the
    case's corrections may be in it, and then its rows in the store (with the audit entries). A name no team of
    `teams` has a case of is treated as one that does not exist, whatever other teams hold; without `teams`, the
    cached text of a name only the audit log knows (analysed, never saved) is still deleted.

    The files go first: if deleting them fails, the store still knows the case's file hashes and the deletion can
    simply be run again.
    """
    held = store.case_teams(case, teams)
    if teams is not None and not held:
        return Forgotten(False)
    hashes = {item["sha256"] for item in store.case_inputs(case, teams) if item["sha256"]}
    hashes -= store.inputs_listed_elsewhere(case, teams, hashes)
    cached = ExtractionCache(cache_dir or cache_home()).forget(hashes)
    model_removed = store.count_corrections(case, teams) > 0 and _remove_user_model()
    if not store.delete_case(case, teams, user=user):
        return Forgotten(False, cached, model_removed)
    return Forgotten(True, cached, model_removed, len(held))


def _remove_user_model() -> bool:
    """Delete the model trained with corrections (and its metrics beside it); the shipped model takes over."""
    model = user_model_path()
    if not model.exists():
        return False
    model.unlink()
    model.with_name("metrics.json").unlink(missing_ok=True)
    return True
