"""ET404 text-changed: a saved document text that no longer matches its recorded SHA-256."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import DOCUMENTS


class TextChanged(CorpusRule):
    code = "ET404"
    name = "text-changed"
    message = "the saved text no longer matches its sha256: restore the saved copy, or re-verify"
    rationale = (
        "A document's sha256 records the saved text as it was when it was saved and its quotes"
        " were checked (the Berkeley Protocol's integrity step: a hash shows that a preserved"
        " copy has not changed). When the file in the archive folder has another digest, the"
        " quotes were checked against a text that is not there any more: restore the saved"
        " copy, or check the quotes again and record the new digest. A text that is not in the"
        " archive folder is not checked."
    )
    bad_example = """\
documents:
  - id: doc-upi-saved
    title: Russia has launched North Korean missiles at least 9 times in Ukraine
    publisher: upi
    file: upi.txt
    sha256: "0000000000000000000000000000000000000000000000000000000000000000"
"""
    good_example = """\
documents:
  - id: doc-upi-saved
    title: Russia has launched North Korean missiles at least 9 times in Ukraine
    publisher: upi
    file: upi.txt
    sha256: 1883c086045397608675e04007a96f8bc49d2312408c6a727aac1cc6c440c060
"""

    extractors = (DOCUMENTS,)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        for handle, (document, _, file, sha256) in context.facts.rows(DOCUMENTS):
            if file is None or sha256 is None:
                continue
            digest = context.archive.digest(file)
            if digest is not None and digest != sha256:
                yield self.finding_at(
                    context,
                    handle,
                    "sha256",
                    say=f"{file} ({document}) has the sha256 {digest}, not the one"
                    " recorded: restore the saved copy, or check its quotes again and record"
                    " the new digest",
                )


RULE = TextChanged()
