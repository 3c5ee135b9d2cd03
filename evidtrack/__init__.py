"""evidtrack: evidence about alleged violations of UN sanctions, as typed, validated data.

The public API: load evidence files (``load_paths``), and the domain model
(``evidtrack.model``).
"""

from evidtrack.findings import Finding, Location, Severity
from evidtrack.loading import LoadResult, load_file, load_paths, load_text
from evidtrack.loading.dump import dump_dataset
from evidtrack.scoring import score, timeline
from evidtrack.validation import ValidationResult, validate

__all__ = [
    "Finding",
    "LoadResult",
    "Location",
    "Severity",
    "ValidationResult",
    "dump_dataset",
    "load_file",
    "load_paths",
    "load_text",
    "score",
    "timeline",
    "validate",
]
__version__ = "0.1.0"
