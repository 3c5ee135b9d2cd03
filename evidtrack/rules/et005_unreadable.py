"""ET005 unreadable: a file saved in another encoding"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class Unreadable(Rule):
    code = LoadCode.UNREADABLE
    name = "unreadable"
    message = "the file cannot be read or is not UTF-8: save it as UTF-8"
    rationale = (
        "Evidence files hold names and quotations in many scripts; only one encoding keeps them"
        " exact across machines. A file that cannot be read, or that is not UTF-8, is reported at"
        " the first byte that is not UTF-8."
    )
    example_encoding = "latin-1"  # the bad example is bad only as bytes
    bad_example = """\
# saved as Latin-1: the é of café is the byte 0xe9, which is not UTF-8
actors: []
"""
    good_example = """\
actors: []
"""


RULE = Unreadable()
