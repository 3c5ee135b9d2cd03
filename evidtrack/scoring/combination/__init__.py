"""Clusters of dependent items and their combination into log-odds."""
