"""What the exporters share: record names, scores, country codes and times derived from the data.

Every exporter's output depends on the dataset, the as-of date and the profile alone (no clock,
no random ids, no set order), so exporting the same data twice gives the same bytes.
"""

from __future__ import annotations

import hashlib
import typing
import urllib.parse
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, Final

import attrs

from evidtrack.as_of import AsOf
from evidtrack.collector import paused_gc
from evidtrack.model import Dataset, PartialDate, Record, Reported
from evidtrack.model._fields import referenced_kinds
from evidtrack.model._tagged import record_members
from evidtrack.model.dataset import kind_of_list
from evidtrack.scoring import STANDARD, Assessment, Profile, score

#: Record kinds by Dataset field: "actors" holds "actor" records, as the model's references say.
RECORD_KINDS: Final = {f.name: kind_of_list(f).value for f in attrs.fields(Dataset)}
#: Record kinds by record class (a statement and an observation are both evidence).
KIND_OF_CLASS: Final[dict[type, str]] = {
    cls: RECORD_KINDS[f.name]
    for f in attrs.fields(Dataset)
    for cls in record_members(typing.get_args(f.type)[0]) or (typing.get_args(f.type)[0],)
}


def records_of(dataset: Dataset) -> Iterator[tuple[str, Record]]:
    """(kind, record) for every record, kind by kind in the dataset's field order."""
    for field_name, kind in RECORD_KINDS.items():
        for record in getattr(dataset, field_name):
            yield kind, record


class DuplicateIds(ValueError):
    """Two records of one kind share an id: an export would merge them (validation reports it)."""


def require_unique_ids(dataset: Dataset) -> None:
    """Refuse a dataset with duplicate ids; ``evidtrack validate`` reports each as ET101."""
    counts = Counter((kind, record.id) for kind, record in records_of(dataset))
    twice = sorted(f"{kind} {rid!r}" for (kind, rid), n in counts.items() if n > 1)
    if twice:
        raise DuplicateIds(
            f"duplicate ids, which an export would merge: {', '.join(twice)};"
            " run evidtrack validate to find them"
        )


def index(dataset: Dataset) -> dict[str, dict[str, Record]]:
    """Every record by kind and id (ids are unique per kind in a valid dataset)."""
    found: dict[str, dict[str, Record]] = {kind: {} for kind in RECORD_KINDS.values()}
    for kind, record in records_of(dataset):
        found[kind].setdefault(record.id, record)
    return found


def reference_kind(field: attrs.Attribute[Any]) -> str | None:
    """The kinds of record an id field points at (``"actor"``), from the field's metadata."""
    return " or ".join(kind.value for kind in referenced_kinds(field.metadata)) or None


def scores(
    dataset: Dataset, as_of: AsOf | None = None, profile: Profile = STANDARD
) -> dict[str, Assessment]:
    """Each allegation's score by id, as of the end of ``as_of`` (all the evidence when None).

    ``as_of`` takes what ``--as-of`` takes (``"2023-12"``), a date or a ``PartialDate``.
    """
    with paused_gc():  # the assessments live on, and hold no cycles
        return {a.id: score(a, dataset, as_of=as_of, profile=profile) for a in dataset.allegations}


@cache
def alpha2(alpha3: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of an alpha-3 code (``PRK`` -> ``KP``), None if it has none.

    STIX locations and FollowTheMoney's country type take alpha-2 codes; the model keeps the
    alpha-3 codes the UN uses. pycountry carries the ISO 3166 table.
    """
    import pycountry  # read only by the exports, as by the country hints: not at every import

    country = pycountry.countries.get(alpha_3=alpha3)
    return None if country is None else str(country.alpha_2)


_URL_CHARACTERS: Final = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%"
)


def web_url(text: str | None) -> str | None:
    """``text`` when it is an http(s) URL written in URL characters (RFC 3986), else None.

    The model takes a document's ``url`` as the user wrote it; the exports put only real URLs
    where their formats expect one (a STIX url object, FollowTheMoney's url type, which would
    drop anything else), and keep any other text where text goes.
    """
    if text is None or not set(text) <= _URL_CHARACTERS:
        return None
    parts = urllib.parse.urlsplit(text)
    return text if parts.scheme in ("http", "https") and parts.netloc else None


def stable_hash(*parts: str) -> str:
    """A SHA-1 hex digest of the parts, as FollowTheMoney's own ``make_id`` builds entity ids."""
    digest = hashlib.sha1(usedforsecurity=False)
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")  # "ab", "c" and "a", "bc" must not collide
    return digest.hexdigest()


def record_dates(record: Record, dataset: Dataset) -> list[PartialDate]:
    """The dates a record carries or cites: its own dates, and those of the documents it names.

    An actor's citations date it, an evidence item's date and its document's date date it. The
    exports derive their object times from these instead of from the clock.
    """
    found: list[PartialDate] = []
    for value in _walk(record):
        if isinstance(value, PartialDate):
            found.append(value)
    for kind, target in _references(record):
        if kind == "document" and (doc := dataset.document_by_id.get(target)) and doc.date:
            found.append(doc.date)
    return found


def _walk(value: Any) -> Iterator[Any]:
    """Every value inside a record, depth first (attrs classes and tuples opened)."""
    yield value
    if isinstance(value, PartialDate):
        return
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _walk(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _walk(item)


def _references(value: Any) -> Iterator[tuple[str, str]]:
    """(kind, id) of every reference inside a record, from the fields' ``references`` metadata."""
    if isinstance(value, tuple):
        for item in value:
            yield from _references(item)
        return
    if not attrs.has(type(value)) or isinstance(value, PartialDate):
        return
    for field in attrs.fields(type(value)):
        inner = getattr(value, field.name)
        kind = reference_kind(field)
        if kind is None:
            yield from _references(inner)
        elif isinstance(inner, str):
            yield kind, inner
        elif isinstance(inner, tuple):
            yield from ((kind, target) for target in inner)


def quotes(record: Reported) -> list[str]:
    """The words a record's citations quote, in order, each once."""
    return list(dict.fromkeys(c.quote for c in record.citations if c.quote is not None))


def earliest(dates: Iterable[PartialDate]) -> PartialDate | None:
    return min(dates, key=lambda d: d.start(), default=None)


def latest(dates: Iterable[PartialDate]) -> PartialDate | None:
    return max(dates, key=lambda d: d.start(), default=None)
