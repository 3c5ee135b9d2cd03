"""Quote normalisation: only whitespace and quotation marks may differ, nothing else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from evidtrack.integrity.archive import Archive
from evidtrack.integrity.quotes import normalise_for_quote_check, quote_found

SPACES = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u202f", " \n "])
DOUBLE = st.sampled_from(['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"])
SINGLE = st.sampled_from(["'", "\u2018", "\u2019", "\u201a"])
WORDS = st.lists(
    st.text(
        st.characters(categories=["L", "N", "P"], exclude_characters="'\"‘’‚‛“”„‟«»′″"),
        min_size=1,
        max_size=8,
    ),
    min_size=1,
    max_size=6,
)


@given(st.text())
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalise_for_quote_check(text)
    assert normalise_for_quote_check(once) == once


@given(WORDS, st.data())
def test_whitespace_and_quote_marks_do_not_matter(words: list[str], data: st.DataObject) -> None:
    quote = '"' + " ".join(words) + "'"
    # The same words with other spaces and other quotation marks, inside a longer text.
    variant = data.draw(DOUBLE) + "".join(w + data.draw(SPACES) for w in words).rstrip()
    variant += data.draw(SINGLE)
    assert quote_found(quote, "Before. " + variant + " After.")


@given(WORDS, st.integers(min_value=0))
def test_any_other_change_is_not_found(words: list[str], where: int) -> None:
    text = " ".join(words)
    index = where % len(text)
    if text[index].isspace():
        return
    changed = text[:index] + ("x" if text[index] != "x" else "y") + text[index + 1 :]
    assert not quote_found(changed, text)


def test_examples() -> None:
    assert quote_found("“nor more”", 'He said "nor\u00a0more".')
    assert not quote_found("no more", "He said nor more.")
    assert not quote_found("   ", "anything")
    assert quote_found("People’s Republic", "Democratic People's\nRepublic of Korea")
    assert not quote_found("Wood said", "Wood-said")  # dashes are the source's own


def test_archive_reads_inside_its_folder_only(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "archive"
    folder.mkdir()
    (folder / "a.txt").write_text("text", encoding="utf-8")
    (folder.parent / "secret.txt").write_text("secret", encoding="utf-8")
    (folder / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    archive = Archive(folder)
    assert archive.text("a.txt") == "text"
    assert archive.text("../secret.txt") is None
    assert archive.text("missing.txt") is None
    assert archive.text("latin.txt") is None
    assert archive.unavailable() == ["../secret.txt", "latin.txt", "missing.txt"]
    assert Archive(None).text("a.txt") is None
