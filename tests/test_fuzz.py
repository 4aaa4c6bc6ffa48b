"""Property tests: no text or bytes in a card file can make the loader raise."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cheatdeck.diagnostics import CODES
from cheatdeck.load import load_corpus

_ROOT = Path(tempfile.mkdtemp(prefix="cheatdeck-fuzz-"))
(_ROOT / "corpus.yaml").write_text("name: f\ntitle: F\ndeck: F\n")

YAMLISH = st.lists(
    st.sampled_from(
        list("abc -:\n\t[]{}&*!|>'\"#%@`,?~\\") + ["id", "kind", "cards", "\x00", "é", "{{c1::"]
    ),
    max_size=200,
).map("".join)
CARD_KEYS = [
    "id",
    "kind",
    "term",
    "definition",
    "question",
    "answer",
    "rows",
    "columns",
    "items",
    "value",
    "unit",
    "text",
    "image",
    "tags",
    "reverse",
    "as_of",
    "code",
    "title",
]
SCALARS = st.one_of(
    st.text(max_size=20), st.integers(), st.floats(allow_nan=True), st.booleans(), st.none()
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(CARD_KEYS + ["x"]), inner, max_size=4),
    ),
    max_leaves=12,
)
CARD = st.dictionaries(st.sampled_from(CARD_KEYS), VALUES, max_size=6)
TOPIC = st.fixed_dictionaries(
    {"deck": VALUES, "title": VALUES, "cards": st.one_of(st.lists(CARD, max_size=4), VALUES)}
)


def _load(data: bytes):
    path = _ROOT / "topic.yaml"
    path.write_bytes(data)
    result = load_corpus(_ROOT, cwd=_ROOT)
    for diag in result.diagnostics:
        assert diag.code in CODES
        assert diag.line >= 1 and diag.col >= 1
        assert "\n" not in diag.message
    return result


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_give_only_diagnostics(data):
    _load(data)


@FAST
@given(YAMLISH)
def test_yaml_like_text_gives_only_diagnostics(text):
    _load(text.encode("utf-8"))


@FAST
@given(TOPIC)
def test_any_structure_gives_only_diagnostics(topic):
    import yaml

    _load(yaml.safe_dump(topic, allow_unicode=True).encode("utf-8"))


def teardown_module():
    shutil.rmtree(_ROOT, ignore_errors=True)
