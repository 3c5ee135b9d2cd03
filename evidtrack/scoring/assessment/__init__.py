"""The assessment a score returns, and its confidence level."""
