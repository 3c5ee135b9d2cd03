"""Keys of older evidence files and what each became: one table, read by the loader and migrate.

The loader reads an old key as its new form, so that the record still loads and every other
check runs, and reports it (ET016) with what to write instead; ``evidtrack migrate`` rewrites
the file itself (``evidtrack.loading.migration``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Final

import attrs

from evidtrack.loading.dump import flow

#: The keys of a citation that an older record wrote on the record itself.
CITED_KEYS: Final = ("document", "quote")


@attrs.frozen(kw_only=True)
class Rename:
    """A key now written under another name; ``listed``: the new key holds a list of the value."""

    old: str
    new: str
    listed: bool = False


_ACCOUNT: Final = (
    Rename(old="allegation", new="allegations", listed=True),
    Rename(old="speaker", new="speakers", listed=True),
    Rename(old="date", new="published"),
    Rename(old="date_basis", new="published_basis"),
)
#: Renamed keys, by the top-level list whose records had them.
RENAMED: Final[Mapping[str, tuple[Rename, ...]]] = {
    "evidence": _ACCOUNT,
    "responses": _ACCOUNT,
    "allegations": (
        Rename(old="supplier", new="suppliers", listed=True),
        Rename(old="recipient", new="recipients", listed=True),
    ),
}
#: The lists whose records named one document and one quote, now one entry of ``citations``.
CITED: Final = frozenset({"evidence", "responses"})
_HINT: Final = " (evidtrack migrate FILE rewrites it)"
#: A longer value (a paragraph of date basis) is not repeated in the one-line message.
_SHOWN: Final = 60


@attrs.frozen(kw_only=True)
class Outdated:
    """Old keys of one record, and what to write instead."""

    keys: tuple[str, ...]
    message: str


def renames(list_key: str, record: Mapping[str, Any]) -> Iterator[Rename]:
    for rename in RENAMED.get(list_key, ()):
        if rename.old in record and rename.new not in record:
            yield rename


def cited_keys(list_key: str, record: Mapping[str, Any]) -> tuple[str, ...]:
    """The old citation keys the record holds, in the order written; none if it has citations."""
    if list_key not in CITED or "citations" in record:
        return ()
    return tuple(key for key in record if key in CITED_KEYS)


#: The keys that make a record of each list outdated: a record without any of them is current.
_OLD_KEYS: Final[Mapping[str, frozenset[str]]] = {
    key: frozenset(
        (*(rename.old for rename in RENAMED.get(key, ())), *(CITED_KEYS if key in CITED else ()))
    )
    for key in RENAMED.keys() | CITED
}


def upgrade(list_key: str, raw: Any) -> tuple[Any, list[Outdated]]:
    """The record in today's keys, and what was written the old way (a non-mapping is kept)."""
    if not isinstance(raw, dict):
        return raw, []
    if raw.keys().isdisjoint(_OLD_KEYS.get(list_key, ())):
        return raw, []  # today's keys, as nearly every record has them: the checks below agree
    renamed = list(renames(list_key, raw))
    cited = cited_keys(list_key, raw)
    if not renamed and not cited:
        # Today's keys, as nearly every record has them: kept as it is, not copied.
        return raw, []
    record = dict(raw)
    outdated: list[Outdated] = []
    for rename in renamed:
        value = record.pop(rename.old)
        record[rename.new] = [value] if rename.listed else value
        kind = ", a list" if rename.listed else ""
        shown = flow(record[rename.new])
        if len(shown) > _SHOWN:
            shown = "(the value as before)"
        outdated.append(
            Outdated(
                keys=(rename.old,),
                message=f"{rename.old!r} is now {rename.new!r}{kind}: write"
                f" {rename.new}: {shown}{_HINT}",
            )
        )
    if cited:
        record["citations"] = [{key: record.pop(key) for key in cited}]
        document = flow(raw.get("document", "ID"))
        outdated.append(
            Outdated(
                keys=cited,
                message=f"{' and '.join(map(repr, cited))} now go in a list of citations: write"
                f" citations: [{{document: {document}, quote: ...}}], the quote as"
                f" before{_HINT}",
            )
        )
    return record, outdated
