"""Test configuration shared by every test module: hypothesis profiles."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# CI and local runs use the same number of examples (tests set their own where a law needs
# more); "dev" is for quick local iteration: HYPOTHESIS_PROFILE=dev pytest.
settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile("dev", parent=settings.get_profile("default"), max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
