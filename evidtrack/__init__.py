"""evidtrack: evidence about alleged violations of UN sanctions, as typed, validated data.

The public API:

- ``load_paths(paths)``, ``load_file(path)``, ``load_text(text, path)``: evidence files into a
  ``LoadResult`` (the ``Dataset``, the loader's ``Finding``s, where each record was written).
- ``validate(paths, as_of=..., select=..., ignore=..., jobs=..., cache=...)``: the rules, as a
  ``ValidationResult`` whose findings are ``Finding``s (code, message, ``Severity``,
  ``Location``); ``load_and_validate(paths, ...)``: both, each file read once. ``jobs`` is how
  many processes read the files (None: one per core), ``cache`` an ``evidtrack.cache.Cache``.
- ``score(allegation, dataset, as_of=..., profile=...)``: an allegation's ``Assessment``;
  ``timeline(allegation, dataset, as_of=...)``: one as of each date that changes what counts;
  ``sensitivity(allegation, dataset, as_of=...)``: the load-bearing evidence and what new
  evidence would change the assessment; ``changes(allegation, dataset, since, as_of=...)``: what
  became public in between and the rows that moved.
- ``dump_dataset(dataset)``: records written back as YAML.
- ``evidtrack.export``: the data as other tools read it: ``to_stix``, ``to_ftm``,
  ``to_tables`` (plain data), ``write`` (a file or folder, atomically), ``export`` (load,
  refuse data with errors, write).

``as_of`` takes the forms the command line takes: a year, a month or a day as text
(``"2024"``, ``"2024-01"``, ``"2024-01-10"``, meaning its end), a ``datetime.date`` or a
``PartialDate``. The domain model is in ``evidtrack.model``; the command is ``evidtrack``.
"""

import importlib
from typing import TYPE_CHECKING

from evidtrack.findings import Finding, Location, Severity
from evidtrack.loading import LoadResult, load_file, load_paths, load_text
from evidtrack.loading.dump import dump_dataset
from evidtrack.validation import ValidationResult, load_and_validate, validate

if TYPE_CHECKING:
    from evidtrack import export
    from evidtrack.scoring import changes, score, sensitivity, timeline

#: Names of the API imported on first use, by the module that holds them: a program (or
#: ``evidtrack validate``) that never scores nor exports does not pay for loading them.
_ON_FIRST_USE = {
    "export": "evidtrack",
    "changes": "evidtrack.scoring",
    "score": "evidtrack.scoring",
    "sensitivity": "evidtrack.scoring",
    "timeline": "evidtrack.scoring",
}


def __getattr__(name: str) -> object:
    holder = _ON_FIRST_USE.get(name)
    if holder is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if holder == __name__:  # a subpackage: importing it binds it here
        return importlib.import_module(f"{__name__}.{name}")
    value: object = getattr(importlib.import_module(holder), name)
    globals()[name] = value
    return value


__all__ = [
    "Finding",
    "LoadResult",
    "Location",
    "Severity",
    "ValidationResult",
    "changes",
    "dump_dataset",
    "export",
    "load_and_validate",
    "load_file",
    "load_paths",
    "load_text",
    "score",
    "sensitivity",
    "timeline",
    "validate",
]
__version__ = "0.1.0"
