"""The assessment of one allegation at each date on which an item or response was published."""

from __future__ import annotations

from evidtrack.as_of import AsOf, parse_as_of
from evidtrack.model import Allegation, Dataset, PartialDate
from evidtrack.scoring.assessment import Assessment, resolve, score
from evidtrack.scoring.profile import Profile
from evidtrack.scoring.selection import moment_of


def publication_dates(allegation: Allegation, dataset: Dataset) -> tuple[PartialDate, ...]:
    """Distinct dates of the allegation's items and responses, in the order they become known.

    A month sorts after the days it contains: it is known only once it has ended.
    """
    records = (*dataset.evidence_for(allegation.id), *dataset.responses_to(allegation.id))
    dates = {date for record in records if (date := dataset.published(record)) is not None}
    return tuple(sorted(dates, key=lambda d: (d.end(), d.start(), d.isoformat())))


def timeline(
    allegation: Allegation | str,
    dataset: Dataset,
    profile: Profile | None = None,
    as_of: AsOf | None = None,
) -> tuple[Assessment, ...]:
    """One assessment as of each publication date, earliest first, up to the end of ``as_of``.

    ``as_of`` takes the forms ``score`` takes; ``profile`` defaults to the standard profile.
    """
    target = resolve(allegation, dataset)
    moment = moment_of(None if as_of is None else parse_as_of(as_of))
    return tuple(
        score(target, dataset, as_of=date, profile=profile)
        for date in publication_dates(target, dataset)
        if moment is None or date.known_by(moment)
    )
