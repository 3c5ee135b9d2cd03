"""ET105 imo-check-digit: a vessel's IMO number whose last digit is not its check digit."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model.vessel import imo_check_digit
from evidtrack.rules.base import Rule, RuleContext


def check_digit(imo: str) -> int:
    """The check digit of an IMO number's first six digits: weights 7 to 2, sum modulo 10."""
    return (
        sum(int(digit) * weight for digit, weight in zip(imo[:6], range(7, 1, -1), strict=True))
        % 10
    )


class ImoCheckDigit(Rule):
    code = "ET105"
    name = "imo-check-digit"
    message = "the IMO number's check digit is wrong: copy the number again from the source"
    rationale = (
        "An IMO ship identification number is six digits and a check digit: the first six"
        " multiplied by 7, 6, 5, 4, 3 and 2, summed, modulo 10 (IMO resolution A.1078(28));"
        " 0000000, whose check digit fits, is no ship's number."
        " A wrong check digit means a mistyped number, which would name another ship or none,"
        " and a vessel is identified across renamings and reflaggings by this number alone."
    )
    bad_example = """\
vessels:
  - id: example-trader
    name: Example Trader
    imo: "9074728"
"""
    good_example = """\
vessels:
  - id: example-trader
    name: Example Trader
    imo: "9074729"
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for vessel in context.dataset.vessels:
            if vessel.imo is None or vessel.imo_valid:
                continue
            wrong = (
                "is no ship's number"
                if vessel.imo == "0000000"
                else f"ends in {vessel.imo[6]}, but its check digit is"
                f" {imo_check_digit(vessel.imo)}"
            )
            yield self.finding(
                context,
                vessel,
                "imo",
                say=f"IMO {vessel.imo} of {vessel.id} {wrong}: copy the number again from the"
                " source",
            )


RULE = ImoCheckDigit()
