"""The docs site, generated from the model, the data, the rule catalogue and the score."""

from evidtrack.docs.build import BuildResult, build_site
from evidtrack.docs.pages import generate

__all__ = ["BuildResult", "build_site", "generate"]
