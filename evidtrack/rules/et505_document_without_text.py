"""ET505 document-without-text: a document known only by a citation, so its quotes go unchecked."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.rules.base import Rule, RuleContext


class DocumentWithoutText(Rule):
    code = "ET505"
    name = "document-without-text"
    severity = Severity.WARNING
    message = "document with no url and no saved text: its quotes cannot be checked"
    rationale = (
        "A document known only from a bibliographic citation (a wire report cited by others)"
        " may be recorded as it is, rather than behind a made-up address; but nobody can open"
        " it, and no quote from it can be checked. Add its url or save its text when you find"
        " them."
    )
    bad_example = """\
documents:
  - id: doc-yonhap-cited
    title: N. Korea denies arms exports to Russia
    publisher: upi
    bibliographic: Yonhap News Agency, 22 September 2022
"""
    good_example = """\
documents:
  - id: doc-yonhap-cited
    title: N. Korea denies arms exports to Russia
    publisher: upi
    bibliographic: Yonhap News Agency, 22 September 2022
    file: upi.txt
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for document in context.dataset.documents:
            if document.url is None and document.file is None:
                yield self.finding(
                    context,
                    document,
                    "bibliographic",
                    say=f"{document.id} has no url and no saved text: its quotes cannot be"
                    " checked (add either when you find it)",
                )


RULE = DocumentWithoutText()
