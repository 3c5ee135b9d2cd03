"""Facts: what rules that look across files need to know of each file, read file by file.

A rule that compares records across files (an id given twice, a reference to nothing, a
response dated before the allegation was made) need not hold every record to compare them.
Extractors read a few plain facts of each record (its id, its references, its dates as
written) where each file is loaded: in this process or a worker, or never again while the file
is unchanged (the cache keeps them). Summaries fold the facts of one file into what a rule
reads on every run (the set of ids a file refers to, the earliest date of each allegation);
the rule checks the summaries of all files, and walks the facts of each record only to say
where a problem is. Everything here is plain data (text, numbers, tuples, lists, sets, dicts),
cheap to send between processes and safe to keep in the cache.

A summary's fold must agree with itself across files: folding two files and merging the two
summaries (as the rule merges them) gives what folding their records together gives. Then the
findings are the same however the files were split between processes. A summary that only
screens (a file resolves what it can alone, and says when it cannot: a link to another file)
keeps a weaker law: merged, it never clears files in which walking the records finds something,
however the records were split between files; the rule then walks them, and finds the same.
"""

from __future__ import annotations

import bisect
import functools
import io
import itertools
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import Enum
from typing import Any, Final, Generic, TypeVar

import attrs

from evidtrack.loading.source_map import Handle, SourceMap
from evidtrack.model import (
    Dataset,
    Document,
    EvidenceItem,
    PartialDate,
    Record,
    RecordKind,
    Resolution,
    Stance,
)
from evidtrack.model.dataset import Reported, kind_of_list
from evidtrack.rules._walk import FieldPath, references

T = TypeVar("T")
S = TypeVar("S")
K = TypeVar("K")
#: What one extractor read in one file of the records of one kind: the indices of the records
#: in their list, and their facts.
Chunk = tuple[list[int], list[Any]]
Chunks = dict[str, dict[str, Chunk]]
#: Top-level keys (``evidence``) and the kind of record each holds, as references name it.
KIND_OF_KEY: Final = {field.name: kind_of_list(field) for field in attrs.fields(Dataset)}


class Keep(Enum):
    """What becomes of an extractor's facts once the file's summaries are folded."""

    #: Unpacked on every run: facts that are small, or that rules walk anyway.
    EAGER = "eager"
    #: Sent and cached as one block with the file's other packed facts, unpacked only when a
    #: rule must say where a problem is.
    PACKED = "packed"
    #: Read only to fold summaries, then dropped.
    FOLDED = "folded"


@attrs.frozen
class Extractor:
    """Reads one fact of each record of some kinds (all kinds when ``keys`` is empty)."""

    name: str
    #: Top-level keys of the records it reads (``("evidence",)``); empty: every kind.
    keys: tuple[str, ...]
    #: The fact of one record, as plain data, or None when the record has none.
    read: Callable[[Any], Any] = attrs.field(eq=False)
    keep: Keep = Keep.PACKED

    def reads(self, key: str) -> bool:
        return not self.keys or key in self.keys


@attrs.frozen
class Summary(Generic[S]):
    """What a rule reads of every file on every run, folded from the file's facts."""

    name: str
    #: The facts of one file -> its summary, as plain data.
    fold: Callable[[FileFacts], S] = attrs.field(eq=False)
    #: The summaries of several files -> one (``Facts.merged``); None for a summary the rule
    #: reads file by file.
    merge: Callable[[Iterable[S]], S] | None = attrs.field(default=None, eq=False)


_NONE: Final[dict[str, Chunk]] = {}


class FileFacts:
    """The facts of one file: extractors' chunks (eager, and packed ones) and summaries."""

    def __init__(
        self,
        path: str,
        eager: Chunks,
        packed: Chunks | bytes,
        summaries: dict[str, Any] | None = None,
    ) -> None:
        self.path = path
        self._eager = eager
        self._packed = packed
        self.summaries: dict[str, Any] = summaries if summaries is not None else {}

    @classmethod
    def read(
        cls,
        path: str,
        records: Iterable[tuple[str, int, Record]],
        extractors: Iterable[Extractor],
        summaries: Iterable[Summary[Any]],
    ) -> FileFacts:
        """The facts of one file's ``records`` (key, index in the list, record)."""
        wanted = list(extractors)
        eager: Chunks = {e.name: {} for e in wanted if e.keep is Keep.EAGER}
        packed: Chunks = {e.name: {} for e in wanted if e.keep is not Keep.EAGER}
        plans: dict[str, list[tuple[Callable[[Any], Any], Chunk]]] = {}
        for key, index, record in records:
            if key not in plans:
                plans[key] = [
                    (
                        e.read,
                        (eager if e.keep is Keep.EAGER else packed)[e.name].setdefault(
                            key, ([], [])
                        ),
                    )
                    for e in wanted
                    if e.reads(key)
                ]
            for read, (indices, facts) in plans[key]:
                fact = read(record)
                if fact is not None:
                    indices.append(index)
                    facts.append(fact)
        made = cls(path, eager, packed)
        made.summaries = {summary.name: summary.fold(made) for summary in summaries}
        for extractor in wanted:
            if extractor.keep is Keep.FOLDED:
                del packed[extractor.name]
        return made

    def chunks_of(self, extractor: Extractor) -> dict[str, Chunk]:
        """What the extractor read of each kind of record in this file."""
        if extractor.keep is Keep.EAGER:
            return self._eager.get(extractor.name, _NONE)
        if isinstance(self._packed, bytes):
            self._packed = unpack(self._packed)
        return self._packed.get(extractor.name, _NONE)

    def rows(self, extractor: Extractor, key: str | None = None) -> Iterator[tuple[Handle, Any]]:
        """(handle, fact) of one kind of record, or of every kind in model order."""
        chunks = self.chunks_of(extractor)
        for each in KIND_OF_KEY if key is None else (key,):
            if each in chunks:
                indices, facts = chunks[each]
                for index, fact in zip(indices, facts, strict=True):
                    yield (self.path, each, index), fact

    def values(self, extractor: Extractor, key: str | None = None) -> Iterator[Any]:
        """The facts alone, in the order of ``rows``."""
        chunks = self.chunks_of(extractor)
        for each in KIND_OF_KEY if key is None else (key,):
            if each in chunks:
                yield from chunks[each][1]

    def chunk(self, extractor: Extractor, key: str) -> Chunk | None:
        """What the extractor read of this kind of record in this file, if anything."""
        return self.chunks_of(extractor).get(key)

    def to_plain(self) -> tuple[str, Chunks, bytes, dict[str, Any]]:
        """The facts as plain data, the packed chunks as one block (``from_plain`` reverses)."""
        packed = self._packed if isinstance(self._packed, bytes) else pack(self._packed)
        return self.path, self._eager, packed, self.summaries

    @classmethod
    def from_plain(cls, plain: tuple[str, Chunks, bytes, dict[str, Any]]) -> FileFacts:
        path, eager, packed, summaries = plain
        return cls(path, eager, packed, summaries)

    def __reduce__(self) -> tuple[Any, ...]:
        # To another process, the packed chunks travel as one block, unpacked there if ever.
        return FileFacts.from_plain, (self.to_plain(),)


def pack(chunks: Chunks) -> bytes:
    return pickle.dumps(chunks, protocol=pickle.HIGHEST_PROTOCOL)


class PlainUnpickler(pickle.Unpickler):
    """Reads only plain data: any class or function named in the stream is refused."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"plain data only, not {module}.{name}")


def unpack(block: bytes) -> Chunks:
    chunks: Chunks = PlainUnpickler(io.BytesIO(block)).load()
    return chunks


class Facts:
    """The facts of every file validated together, in the files' order."""

    def __init__(self, files: Iterable[FileFacts] = ()) -> None:
        self.files = list(files)
        self._derived: dict[Callable[[Facts], Any], Any] = {}
        self._across: dict[tuple[str, str], list[tuple[FileFacts, list[int], list[Any]]]] = {}
        self._merged: dict[str, Any] = {}

    def derived(self, make: Callable[[Facts], T]) -> T:
        """``make(self)``, computed once: indexes several rules read (``known_ids``)."""
        if make not in self._derived:
            self._derived[make] = make(self)
        found: T = self._derived[make]
        return found

    def chunks(
        self, extractor: Extractor, key: str
    ) -> list[tuple[FileFacts, list[int], list[Any]]]:
        """(file, indices, facts) of each file that has facts of this kind, in file order."""
        found = self._across.get((extractor.name, key))
        if found is None:
            self._gather(extractor)
            found = self._across.setdefault((extractor.name, key), [])
        return found

    def _gather(self, extractor: Extractor) -> None:
        """The chunks of every kind of record the extractor read, file by file: each file's
        chunks looked up once for all kinds (rules ask kind by kind, of a thousand files)."""
        across: dict[str, list[tuple[FileFacts, list[int], list[Any]]]] = {
            each: [] for each in KIND_OF_KEY
        }
        for file in self.files:
            for each, (indices, facts) in file.chunks_of(extractor).items():
                across.setdefault(each, []).append((file, indices, facts))
        for each, found in across.items():
            self._across[extractor.name, each] = found

    def rows(self, extractor: Extractor, key: str | None = None) -> Iterator[tuple[Handle, Any]]:
        """(handle, fact) of one kind of record, or of every kind in model order, file by file
        within each kind (so "the first record with this id" is the same however files were
        read)."""
        for each in KIND_OF_KEY if key is None else (key,):
            for file, indices, facts in self.chunks(extractor, each):
                path = file.path
                for index, fact in zip(indices, facts, strict=True):
                    yield (path, each, index), fact

    def values(self, extractor: Extractor, key: str | None = None) -> Iterator[Any]:
        """The facts alone, in the order of ``rows``."""
        return itertools.chain.from_iterable(
            facts
            for each in (KIND_OF_KEY if key is None else (key,))
            for _, _, facts in self.chunks(extractor, each)
        )

    def handle(self, extractor: Extractor, key: str, position: int) -> Handle:
        """The handle of the record whose fact is at ``position`` in ``values(extractor, key)``
        (for a finding: a walk over the files)."""
        for file, indices, facts in self.chunks(extractor, key):
            if position < len(facts):
                return file.path, key, indices[position]
            position -= len(facts)
        raise IndexError(position)

    def count(self, extractor: Extractor, key: str) -> int:
        """How many facts of this kind the extractor read."""
        return sum(len(facts) for _, _, facts in self.chunks(extractor, key))

    def summaries(self, summary: Summary[S]) -> Iterator[tuple[str, S]]:
        """(file, its summary), in the files' order."""
        for file in self.files:
            yield file.path, file.summaries[summary.name]

    def merged(self, summary: Summary[S]) -> S:
        """The summaries of all files merged into one (``summary.merge``), computed once."""
        if summary.merge is None:
            raise ValueError(f"the summary {summary.name!r} has no merge")
        if summary.name not in self._merged:
            self._merged[summary.name] = summary.merge(
                file.summaries[summary.name] for file in self.files
            )
        found: S = self._merged[summary.name]
        return found


def handled(dataset: Dataset, source_map: SourceMap) -> Iterator[tuple[Handle, Record]]:
    """Each record of the dataset with where it was written, kind by kind in model order."""
    for key in KIND_OF_KEY:
        for record in getattr(dataset, key):
            yield source_map.handle(record) or ("<unknown>", key, -1), record


def _ids(record: Record) -> str:
    return record.id


#: Every record's id.
IDS: Final = Extractor("ids", (), _ids, Keep.EAGER)


@functools.cache
def _path(path: FieldPath) -> FieldPath:
    # One tuple for each path ("document",): packed once per file, not once per record.
    return path


def _references(
    record: Record,
) -> tuple[tuple[tuple[tuple[str, ...], str], ...], tuple[FieldPath, ...]] | None:
    found = list(references(record))
    if not found:
        return None
    pairs = tuple((_kinds(kinds), target) for _, kinds, target in found)
    return pairs, tuple(_path(path) for path, _, _ in found)


@functools.cache
def _kinds(kinds: tuple[RecordKind, ...]) -> tuple[str, ...]:
    # As plain text, which the cache's reader accepts (it refuses classes, enumerations too),
    # and one tuple for each field's kinds.
    return tuple(kind.value for kind in kinds)


#: Every id a record refers to: ((kinds of record it may name, id), ...) and the field path of
#: each.
REFERENCES: Final = Extractor("references", (), _references)


def _referenced(file: FileFacts) -> dict[tuple[str, ...], set[str]]:
    # An id a record of the file answers is left out: it is known whatever the other files
    # hold. What is left (most of it the registry's ids) is kept as the text the file's
    # references hold.
    own: dict[RecordKind, set[str]] = {}
    for key, kind in KIND_OF_KEY.items():
        chunk = file.chunk(IDS, key)
        if chunk is not None:
            own[kind] = set(chunk[1])
    answered: dict[tuple[str, ...], set[str]] = {}
    found: dict[tuple[str, ...], set[str]] = {}
    for pairs, _ in file.values(REFERENCES):
        for kinds, target in pairs:
            ids = answered.get(kinds)
            if ids is None:
                ids = answered[kinds] = _answering(own, kinds)
            if target not in ids:
                found.setdefault(kinds, set()).add(target)
    return found


#: The ids a file refers to that none of its own records answers, by the kinds of record they
#: may name. A screen (see the module's docstring): folded together, two files would also
#: leave out what one answers of the other's, which changes nothing the rules find.
REFERENCED: Final = Summary("referenced", _referenced)


def known_ids(facts: Facts) -> Mapping[RecordKind, set[str]]:
    """The ids of each kind of record."""
    return {kind: set(facts.values(IDS, key)) for key, kind in KIND_OF_KEY.items()}


#: A reference no record of its kinds answers: (handle, field path, kinds it may name, id,
#: kinds of the records that have the id instead).
Broken = tuple[Handle, FieldPath, tuple[RecordKind, ...], str, list[RecordKind]]


def _answering(known: Mapping[RecordKind, set[str]], kinds: tuple[str, ...]) -> set[str]:
    """The ids of records of any of these kinds."""
    if len(kinds) == 1:
        return known.get(RecordKind(kinds[0]), set())
    return set().union(*(known.get(RecordKind(kind), set()) for kind in kinds))


def broken_references(facts: Facts) -> list[Broken]:
    """References to no record of the kinds they may name; computed once for the rules that
    report them (ET102 when no record has the id, ET103 when records of other kinds have it).

    Checked first on the files' summaries, so that a corpus without a broken reference is done
    without unpacking a single reference; only when one is broken are they walked to say where.
    """
    known = facts.derived(known_ids)
    # The ids that answer each set of kinds; each file's ids checked against them as they are
    # (most files refer to nothing unknown), not gathered into one set first.
    answering: dict[tuple[str, ...], set[str]] = {}
    missing: set[tuple[tuple[str, ...], str]] = set()
    for _, by_kinds in facts.summaries(REFERENCED):
        for kinds, targets in by_kinds.items():
            ids = answering.get(kinds)
            if ids is None:
                ids = answering[kinds] = _answering(known, kinds)
            if not targets <= ids:
                missing.update((kinds, target) for target in targets - ids)
    if not missing:
        return []
    found: list[Broken] = []
    for handle, (pairs, paths) in facts.rows(REFERENCES):
        for pair, path in zip(pairs, paths, strict=True):
            if pair in missing:
                kinds, target = pair
                instead = [other for other, ids in known.items() if target in ids]
                found.append((handle, path, tuple(map(RecordKind, kinds)), target, instead))
    return found


def _provisions(
    resolution: Resolution,
) -> tuple[str, tuple[tuple[str, str | None, str | None], ...]]:
    return resolution.id, tuple(
        (p.id, written(p.in_force.start), written(p.in_force.end)) for p in resolution.provisions
    )


#: Each resolution's id and provisions: (id, ((provision id, in force from, to), ...)).
PROVISIONS: Final = Extractor("provisions", ("resolutions",), _provisions, Keep.EAGER)


def provisions_of(facts: Facts) -> Mapping[str, tuple[tuple[str, str | None, str | None], ...]]:
    """The provisions of each resolution id (of the first resolution with it)."""
    found: dict[str, tuple[tuple[str, str | None, str | None], ...]] = {}
    for resolution, provisions in facts.values(PROVISIONS):
        found.setdefault(resolution, provisions)
    return found


#: A date as written, with its bounds (``PartialDate.bounds``): compared without reading it.
Dated = tuple[str, int, int]


def dated(value: PartialDate) -> Dated:
    return (value.isoformat(), *value.bounds)


def surely_before(first: Dated, second: Dated) -> bool:
    """``PartialDate.surely_before`` of two dated facts."""
    return first[2] <= second[1]


def _links(record: Reported) -> tuple[str, ...]:
    return record.derived_from


def _reported(record: Reported) -> ReportedFacts:
    occurred = record.occurred
    return (
        _shared(record.allegations),
        isinstance(record, EvidenceItem) and record.stance is Stance.SUPPORTS,
        None if record.published is None else _dated(record.published),
        record.published_basis is not None,
        _shared(tuple(citation.document for citation in record.citations)),
        None if occurred is None else (occurred.isoformat(), occurred.start.bounds[0]),
        sys.intern(record.source),
    )


# Equal values as one object: the records of a file repeat their allegation, documents, dates
# and source, and a pickle (to another process, into the cache) holds one object once.
_shared: Final[Callable[[tuple[str, ...]], tuple[str, ...]]] = functools.lru_cache(maxsize=1 << 12)(
    lambda value: value
)
_dated: Final = functools.lru_cache(maxsize=1 << 12)(lambda value: dated(value))


#: What the rules about publication read of an evidence item or a response: the allegations
#: it bears on, whether it supports them (an item), its own publication date, whether it says
#: why that date comes before its documents', the documents it cites, when what it reports
#: happened (as written, and the first instant), its source.
ReportedFacts = tuple[
    tuple[str, ...], bool, Dated | None, bool, tuple[str, ...], tuple[str, int] | None, str
]
#: The lists of records reported by documents, in the order rules walk them.
REPORTED_KEYS: Final = ("evidence", "responses")
# Of each item and response, in the order of the file's ids: what it derives from (most derive
# from nothing: one empty tuple, sent once), and what ``ReportedFacts`` says.
# Both packed: the rules that read them check their files' summaries first, and walk the
# facts only when those say a record may be wrong.
LINKS: Final = Extractor("derived_from links", REPORTED_KEYS, _links)
REPORTED: Final = Extractor("reported", REPORTED_KEYS, _reported)


def _document(document: Document) -> tuple[str, Dated | None, str | None, str | None]:
    return (
        document.id,
        None if document.date is None else dated(document.date),
        document.file,
        document.sha256,
    )


#: Each document's id, date, saved text and its recorded digest.
DOCUMENTS: Final = Extractor("documents", ("documents",), _document, Keep.EAGER)


def document_dates(facts: Facts) -> Mapping[str, Dated | None]:
    """The date of each document id (of the first document with it)."""
    found: dict[str, Dated | None] = {}
    for document, when, _, _ in facts.values(DOCUMENTS):
        found.setdefault(document, when)
    return found


def published(fact: ReportedFacts, documents: Mapping[str, Dated | None]) -> Dated | None:
    """``Dataset.published`` of the record with these facts: its own date, else the date of its
    first cited document known earliest (the earliest end); None when neither says."""
    own = fact[2]
    return own if own is not None else earliest(fact[4], documents)


def earliest(cited: tuple[str, ...], documents: Mapping[str, Dated | None]) -> Dated | None:
    """The date of the first of the cited documents known earliest (the earliest end)."""
    dates = [when for document in cited if (when := documents.get(document)) is not None]
    return min(dates, key=lambda d: (d[2], d[1]), default=None)


class _Earliest(dict[tuple[str, ...], Dated | None]):
    """``earliest`` of each set of cited documents, worked out when first asked for."""

    def __init__(self, documents: Mapping[str, Dated | None]) -> None:
        super().__init__()
        self._documents = documents

    def __missing__(self, cited: tuple[str, ...]) -> Dated | None:
        # Most records cite one document: its date, without a search.
        if len(cited) == 1:
            found = self[cited] = self._documents.get(cited[0])
        else:
            found = self[cited] = earliest(cited, self._documents)
        return found


def cited_dates(facts: Facts) -> Mapping[tuple[str, ...], Dated | None]:
    """The publication date a record without one of its own takes from the documents it cites
    (``earliest``), for any set of them: each set worked out once."""
    return _Earliest(facts.derived(document_dates))


def publication(facts: Facts) -> Mapping[str, list[Dated | None]]:
    """``published`` of every item and every response, in the order of ``values(REPORTED,
    key)``: computed once for the rules that compare publication dates, once for each set of
    cited documents."""
    by_citations = facts.derived(cited_dates)
    found: dict[str, list[Dated | None]] = {}
    for key in REPORTED_KEYS:
        dates = found[key] = []
        for fact in facts.values(REPORTED, key):
            own = fact[2]
            dates.append(own if own is not None else by_citations[fact[4]])
    return found


# The summaries of the rules about publication dates. A record's publication date is its own,
# known in its file, or the earliest of its cited documents', known only once every file's
# documents are (a document may be in another file). So a file's summary keeps, for each set
# of documents its undated records cite, the extreme of what their dates are compared with,
# and does the comparisons of records with their own dates in the file where it can. A rule
# compares the merged summaries with the documents' dates, and walks the records only when
# that comparison says one may be wrong. The merges below are what make a fold agree across
# files: the least (or greatest) of the least values is the least of all.


def keep_least(found: dict[K, int], key: K, value: int) -> None:
    """``found[key]`` becomes ``value`` if it is less (or there was none)."""
    known = found.get(key)
    if known is None or value < known:
        found[key] = value


def keep_greatest(found: dict[K, int], key: K, value: int) -> None:
    """``found[key]`` becomes ``value`` if it is greater (or there was none)."""
    known = found.get(key)
    if known is None or value > known:
        found[key] = value


def _each_key(
    keep: Callable[[dict[K, int], K, int], None],
) -> Callable[[Iterable[Mapping[K, int]]], dict[K, int]]:
    def merge(summaries: Iterable[Mapping[K, int]]) -> dict[K, int]:
        found: dict[K, int] = {}
        for summary in summaries:
            for key, value in summary.items():
                keep(found, key, value)
        return found

    return merge


#: The least value of each key over several summaries.
least: Final = _each_key(keep_least)
#: The greatest value of each key over several summaries.
greatest: Final = _each_key(keep_greatest)


def union(summaries: Iterable[set[T]]) -> set[T]:
    """What any of several summaries holds."""
    found: set[T] = set()
    for summary in summaries:
        found |= summary
    return found


def joined(summaries: Iterable[Mapping[K, set[T]]]) -> dict[K, set[T]]:
    """The union of each key's sets over several summaries."""
    found: dict[K, set[T]] = {}
    for summary in summaries:
        for key, values in summary.items():
            found.setdefault(key, set()).update(values)
    return found


def fields(*merges: Callable[[Iterable[Any]], Any]) -> Callable[[Iterable[Any]], Any]:
    """The merge of summaries that are tuples, each field merged by its own merge."""

    def merge(summaries: Iterable[tuple[Any, ...]]) -> tuple[Any, ...]:
        every = list(summaries)
        return tuple(field(each[n] for each in every) for n, field in enumerate(merges))

    return merge


def reported_ids_unique(facts: Facts) -> bool:
    """Whether no two items or responses share an id. Then the record a derived_from link
    names is the one record with that id, and a file that holds it resolves the link alone.

    From ``known_ids``, which the rules about ids build in the same process anyway."""
    known = facts.derived(known_ids)
    items, responses = (known[KIND_OF_KEY[key]] for key in REPORTED_KEYS)
    counts = [facts.count(IDS, key) for key in REPORTED_KEYS]
    return [len(items), len(responses)] == counts and items.isdisjoint(responses)


@attrs.frozen
class EvidenceGraph:
    """Every evidence item and then every response of every file, by position: its id and
    links (``publication`` holds their dates in the same order).

    Built from the files' compact facts without a tuple per item; handles are looked up only
    for the items a finding is about.
    """

    #: (file, list key, where its records begin, their indices in its list), in order.
    files: list[tuple[FileFacts, str, int, list[int]]]
    ids: list[str]
    links: list[tuple[str, ...]]
    #: The position of the first record with each id (items before responses).
    first: dict[str, int]
    #: The positions of the records that derive from others.
    linked: list[int]
    #: Where the records of each entry of ``files`` begin.
    starts: list[int] = attrs.field(init=False)

    @starts.default
    def _starts(self) -> list[int]:
        return [start for _, _, start, _ in self.files]

    def _at(self, position: int) -> tuple[FileFacts, str, int, list[int]]:
        return self.files[bisect.bisect_right(self.starts, position) - 1]

    def handle(self, position: int) -> Handle:
        file, key, start, indices = self._at(position)
        return file.path, key, indices[position - start]


#: What ``evidence_graph`` is built from.
GRAPH_EXTRACTORS: Final = (IDS, LINKS)


def evidence_graph(facts: Facts) -> EvidenceGraph:
    files: list[tuple[FileFacts, str, int, list[int]]] = []
    ids: list[str] = []
    for key in REPORTED_KEYS:
        for file, indices, found in facts.chunks(IDS, key):
            files.append((file, key, len(ids), indices))
            ids.extend(found)
    links = [link for key in REPORTED_KEYS for link in facts.values(LINKS, key)]
    first = dict(zip(reversed(ids), range(len(ids) - 1, -1, -1), strict=True))
    return EvidenceGraph(
        files=files,
        ids=ids,
        links=links,
        first=first,
        linked=list(itertools.compress(range(len(links)), links)),
    )


@functools.lru_cache(maxsize=1 << 16)
def date(written: str) -> PartialDate:
    """A date a fact holds as written (``PartialDate.isoformat``), read back once per text."""
    return PartialDate.parse(written)


def written(value: PartialDate | None) -> str | None:
    """A date as a fact holds it."""
    return None if value is None else value.isoformat()
