"""ET016 outdated-key: a key of an older evidence file, read as its new form and reported."""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class OutdatedKey(Rule):
    code = LoadCode.OUTDATED_KEY
    name = "outdated-key"
    message = "key of an older file format: write it as the message says, or run evidtrack migrate"
    rationale = (
        "Evidence items and responses now bear on several allegations ('allegations'), cite one"
        " or more documents each with its own quote ('citations'), name one or more speakers"
        " ('speakers') and date their publication ('published'); an allegation names its"
        " 'suppliers' and 'recipients'. A file written with the older keys still loads, read as"
        " the new ones, so that nothing is lost and every other check runs; each old key is"
        " reported with what to write instead. 'evidtrack migrate PATH...' rewrites them all,"
        " keeping comments and order, and checks that the rewritten file loads to the same"
        " records."
    )
    bad_example = """\
responses:
  - id: resp-prk-old
    allegation: prk-rus-missiles
    actor: PRK
    source: kcna
    kind: denial
    date: 2024-02-07
    document: doc-upi
    quote: We have never exported any arms
"""
    good_example = """\
responses:
  - id: resp-prk-old
    allegations: [prk-rus-missiles]
    actor: PRK
    source: kcna
    kind: denial
    published: 2024-02-07
    citations:
      - document: doc-upi
        quote: We have never exported any arms
"""


RULE = OutdatedKey()
