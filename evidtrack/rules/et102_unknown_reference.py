"""ET102 unknown-reference: an id that names no record of any kind."""

from __future__ import annotations

import bisect
import difflib
import itertools
from collections.abc import Iterable, Iterator

from evidtrack.findings import Finding
from evidtrack.model import RecordKind
from evidtrack.model.dataset import list_of
from evidtrack.rules._walk import rejected_as, waits_on
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import IDS, REFERENCED, REFERENCES, broken_references, known_ids
from evidtrack.wording import a


class UnknownReference(CorpusRule):
    code = "ET102"
    name = "unknown-reference"
    message = "reference to an unknown id: correct the id or add the record it names"
    rationale = (
        "An evidence item that cites a document nobody recorded cannot be checked, and a typo in"
        " an actor id makes a party disappear from the score. Every id field names the kind of"
        " record it points at (the model's field metadata), and the record must exist in the"
        " files validated together."
    )
    bad_example = """\
evidence:
  - id: ev-wood-repeat
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi-2024
        quote: on at least nine occasions
    published: 2024-02-07
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""
    good_example = """\
evidence:
  - id: ev-wood-repeat
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    published: 2024-02-07
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""

    extractors = (IDS, REFERENCES)
    summaries = (REFERENCED,)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        suggesters: dict[tuple[RecordKind, ...], Suggester] = {}
        for handle, path, kinds, target, named in context.facts.derived(broken_references):
            if named:
                continue  # known; a wrong kind is ET103's
            rejected = rejected_as(context.rejected, kinds, target)
            if rejected is not None:  # one root cause: point at it, never "add a record"
                kind = next(k for k in kinds if list_of(k) == rejected.key)
                yield self.finding_at(context, handle, *path, say=waits_on(rejected, kind))
                continue
            if kinds not in suggesters:
                known = context.facts.derived(known_ids)
                suggesters[kinds] = Suggester(i for kind in kinds for i in known[kind])
            close = suggesters[kinds].suggest(target)
            what = " or ".join(kind.value for kind in kinds)
            hint = f"did you mean {close!r}?" if close else f"add {a(kinds[0])} with this id"
            yield self.finding_at(
                context, handle, *path, say=f"unknown {what} id {target!r}: {hint}"
            )


class Suggester:
    """Known ids within two edits of a typo (case aside), or that a shortened id begins.

    A pairwise comparison with every known id (difflib) takes minutes on a corpus of thousands
    of records with thousands of broken links; this indexes each id under its one-character
    deletions instead (the "symmetric delete" method), so a lookup costs a few dict probes.
    Newcomers also shorten ids (`us-gov` for `us-government`), which is many edits away: a
    sorted list of the ids finds those that begin with the target by bisection.
    """

    def __init__(self, known: Iterable[str]) -> None:
        self._by_key: dict[str, list[str]] = {}
        self._sorted: list[tuple[str, str]] = []
        for known_id in known:
            lowered = known_id.lower()
            self._sorted.append((lowered, known_id))
            for key in _deletions(lowered):
                self._by_key.setdefault(key, []).append(known_id)
        self._sorted.sort()

    def suggest(self, target: str) -> str | None:
        """The closest known id within two edits, else the one id that begins with the target."""
        found = {c for key in _deletions(target.lower()) for c in self._by_key.get(key, ())}
        if found:
            ratio = difflib.SequenceMatcher
            return max(sorted(found), key=lambda c: ratio(None, target, c).ratio())
        return self._lengthened(target.lower())

    def _lengthened(self, start: str) -> str | None:
        """The known id that begins with `start`, when exactly one does: two would be a guess."""
        first = bisect.bisect_left(self._sorted, (start, ""))
        after = itertools.islice(self._sorted, first, None)
        begun = [known for _, known in itertools.takewhile(lambda p: p[0].startswith(start), after)]
        return begun[0] if len(begun) == 1 else None


def _deletions(text: str) -> set[str]:
    """The text and every string one character shorter that it contains."""
    return {text} | {text[:n] + text[n + 1 :] for n in range(len(text))}


RULE = UnknownReference()
