"""ET402 url-without-scheme: a web address written without http:// or https://."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

import attrs

from evidtrack.findings import Finding
from evidtrack.model._fields import URL
from evidtrack.rules.base import Rule, RuleContext

#: A scheme, then "://": what makes an address an address rather than a path.
_SCHEME: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


@cache
def _url_fields(cls: type) -> tuple[str, ...]:
    """The fields of a record class that hold a web address (``doc(url=True)``)."""
    return tuple(f.name for f in attrs.fields(cls) if f.metadata.get(URL))


class UrlWithoutScheme(Rule):
    code = "ET402"
    name = "url-without-scheme"
    message = "address without a scheme: write it with https:// (or http://) in front"
    rationale = (
        "'example.org/x' is a relative path to every tool that opens it, not a web address:"
        " the docs site would link it to a page of its own, and archiving tools would not find"
        " it. Preservation starts from the exact address (the Berkeley Protocol's preservation"
        " step), so the address is kept as written and reported, never guessed at."
    )
    bad_example = """\
documents:
  - id: doc-upi-web
    title: Russia has launched North Korean missiles at least 9 times in Ukraine
    publisher: upi
    url: www.upi.com/Top_News/World-News/2024/02/07/
"""
    good_example = """\
documents:
  - id: doc-upi-web
    title: Russia has launched North Korean missiles at least 9 times in Ukraine
    publisher: upi
    url: https://www.upi.com/Top_News/World-News/2024/02/07/
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for record in context.dataset.records():
            kind: type = type(record)
            for name in _url_fields(kind):
                address = getattr(record, name)
                if address is not None and not _SCHEME.match(address):
                    yield self.finding(
                        context,
                        record,
                        name,
                        say=f"{name} {address!r} has no scheme: write"
                        f" {'https://' + address.lstrip('/')!r} (or http://) if that is the"
                        " address",
                    )


RULE = UrlWithoutScheme()
