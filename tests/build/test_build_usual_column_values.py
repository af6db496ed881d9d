"""A short value a column holds on four rows in five or more of a longer table ("TCP"
in a Protocol column of port numbers) is a guess anyone makes when asked of one of
those rows: those cells make no card, the rows that differ ("UDP") keep theirs, and
so do the other columns. A yes/no column is a matrix's, asked as before."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_PORTS = """# Network services

## Important Port Numbers

| Service | Port | Protocol |
|---|---|---|
| SSH | 22 | TCP |
| HTTP | 80 | TCP |
| HTTPS | 443 | TCP |
| RDP | 3389 | TCP |
| MySQL | 3306 | TCP |
| PostgreSQL | 5432 | TCP |
| DNS | 53 | UDP |
"""


def test_the_usual_value_of_a_column_makes_no_card_and_the_differing_row_keeps_its_own() -> None:
    facts = [
        (n.front, n.back) for n in build_deck(_PORTS, "ports.md").notes if isinstance(n, FactNote)
    ]
    protocol = [(front, back) for front, back in facts if front.endswith("protocol?")]
    assert protocol == [("Important Port Numbers, service DNS: protocol?", "UDP")]
    assert ("Important Port Numbers, service RDP: port?", "3389") in facts
