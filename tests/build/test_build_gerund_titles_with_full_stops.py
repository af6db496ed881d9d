"""A heading naming a task with a full stop ("Accessing the cluster using `admin`
user.") is a title, not a sentence the section teaches: no cloze is made of it. A
heading that is a sentence ("Using `del` removes an item from a list.") still is one."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote

DOC = """\
# Kube access

### Accessing the Kube cluster using `admin` user.
This method allows access to the Kube cluster by directly logging into the Kube node.
Once logged in, you need to capture the
* ssh-key for the Kube nodes and
* The IP address of the nodes

### Using `del` removes an item from a list.

* `del items[0]` removes the first item
* `del items[-1]` removes the last item
"""


def test_a_gerund_title_with_a_full_stop_is_no_cloze() -> None:
    texts = [n.text for n in build_deck(DOC, "access.md").notes if isinstance(n, ClozeNote)]
    assert not any("Accessing" in text for text in texts)
    assert any(text.startswith("Using {{c1::`del`}} removes") for text in texts), texts
