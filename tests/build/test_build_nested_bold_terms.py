"""Study notes' "Key Topics:" lists: plain points at the top, then a bold term defined
after a colon with more bold terms nested under it. Each term is one fact asked of its
section, written as the notes write it ("Digital Certificates: Wildcard Certificates?"),
never one card of the whole list. A list of labelled points all the way down (a label
over the roles it lists) stays one list; repeated labels (field records) are no terms."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_NOTES = """# Course notes

## Module 8.8: Digital Certificates

**Key Topics:**
- Certificates bind identities to public keys
- **Digital Certificate:** a signed document binding a public key to an identity
    - **Wildcard Certificates:** let every subdomain use the same certificate
    - **Self-Signed Certificates:** signed by the same entity they certify
    - **Root of Trust:** each certificate is validated by a chain of trust
    - **Certificate Revocation List:** an online list of revoked certificates
"""

_PRINCIPLES = """# Gateway design

## Design principles

- **Role-oriented:** kinds are modelled after the roles that manage networking:
    - **Infrastructure Provider:** manages the infrastructure shared by clusters
    - **Cluster Operator:** manages clusters and their policies
    - **Application Developer:** manages an application running in a cluster
    - **Platform Team:** manages the shared tooling of every team
- **Portable:** the specifications are defined as custom resources
"""


def _facts(text: str) -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in build_deck(text, "n.md").notes if isinstance(n, FactNote)]


def test_nested_bold_terms_are_one_fact_each() -> None:
    assert _facts(_NOTES) == [
        (
            "Digital Certificates: Digital Certificate?",
            "A signed document binding a public key to an identity",
        ),
        (
            "Digital Certificates: Wildcard Certificates?",
            "Let every subdomain use the same certificate",
        ),
        (
            "Digital Certificates: Self-Signed Certificates?",
            "Signed by the same entity they certify",
        ),
        (
            "Digital Certificates: Root of Trust?",
            "Each certificate is validated by a chain of trust",
        ),
        (
            "Digital Certificates: Certificate Revocation List?",
            "An online list of revoked certificates",
        ),
    ]


def test_labelled_points_all_the_way_down_stay_one_list() -> None:
    fronts = [front for front, _ in _facts(_PRINCIPLES)]
    assert "Design principles: Infrastructure Provider?" not in fronts
    assert not any(front.endswith("Cluster Operator?") for front in fronts)
