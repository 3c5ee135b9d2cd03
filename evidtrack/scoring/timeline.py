"""The assessment of one allegation at each date on which an item or response was published."""

from __future__ import annotations

from evidtrack.model import Allegation, Dataset, PartialDate
from evidtrack.scoring.assessment.assessment import Assessment
from evidtrack.scoring.engine import resolve, score
from evidtrack.scoring.profiles import STANDARD, Profile


def publication_dates(allegation: Allegation, dataset: Dataset) -> tuple[PartialDate, ...]:
    """Distinct dates of the allegation's items and responses, in the order they become known.

    A month sorts after the days it contains: it is known only once it has ended.
    """
    dates = {item.date for item in dataset.evidence_for(allegation.id)}
    dates.update(response.date for response in dataset.responses_to(allegation.id))
    return tuple(sorted(dates, key=lambda d: (d.end(), d.start(), d.isoformat())))


def timeline(
    allegation: Allegation | str, dataset: Dataset, profile: Profile = STANDARD
) -> tuple[Assessment, ...]:
    """One assessment as of each publication date, earliest first."""
    target = resolve(allegation, dataset)
    return tuple(
        score(target, dataset, as_of=date, profile=profile)
        for date in publication_dates(target, dataset)
    )
