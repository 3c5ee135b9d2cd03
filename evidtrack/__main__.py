"""``python -m evidtrack``: the same command as ``evidtrack``."""

from evidtrack.cli import entry

if __name__ == "__main__":
    entry()
