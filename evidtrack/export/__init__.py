"""Exports other tools read: STIX 2.1 bundles, FollowTheMoney entities, CSV tables."""
