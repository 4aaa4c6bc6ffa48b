"""The checks do the costly work only where it can find something (speed56)."""

from __future__ import annotations

from cheatdeck.checks import completeness
from cheatdeck.checks.fields import Text
from cheatdeck.model import Loc

PLACE = Loc(file="t.yaml", line=1, col=1)


def _rendering_counted(monkeypatch) -> list[str]:
    """Each text ``glued_link_problems`` renders, in order (the rendering as before)."""
    rendered: list[str] = []

    def counted(text: str) -> str:
        rendered.append(text)
        return real(text)

    real = completeness.plain
    monkeypatch.setattr(completeness, "plain", counted)
    return rendered


def test_a_link_written_apart_is_not_rendered(monkeypatch):
    # rendering every text with a link imported and ran the Markdown parser for nothing:
    # a link written apart ("see [the docs](...)") holds no glued word
    rendered = _rendering_counted(monkeypatch)
    texts = [Text(None, "answer", "see [the docs](https://example.org/a) or [b](#c)", PLACE)]
    assert list(completeness.glued_link_problems(texts)) == []
    assert rendered == []


def test_a_glued_link_is_rendered_once_and_found(monkeypatch):
    rendered = _rendering_counted(monkeypatch)
    text = "C[C@@H](C(=O)O)N and N[C@@H](C)C(=O)O, see [the docs](https://example.org)"
    found = list(completeness.glued_link_problems([Text(None, "answer", text, PLACE)]))
    assert len(found) == 1 and "'C[C@@H](C(=O)O)N'" in found[0].message, found
    assert rendered.count(text) == 1, rendered  # the text once (and the word, to show it)


def test_a_glued_address_is_no_finding(monkeypatch):
    rendered = _rendering_counted(monkeypatch)
    texts = [Text(None, "answer", "docs[1](https://example.org/x)", PLACE)]
    assert list(completeness.glued_link_problems(texts)) == []
    assert rendered == ["docs[1](https://example.org/x)"]
