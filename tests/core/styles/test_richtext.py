"""Tests for the rich-text model, the CSL markup parser and the renderers."""

from __future__ import annotations

from core.styles.richtext import (
    Rich,
    Run,
    cf_html,
    clipboard_pair,
    parse_markup,
    rtf_escape,
    to_html,
    to_rtf,
)


def test_parse_markup_reads_csl_tags() -> None:
    rich = parse_markup('The <i>E. coli</i> H<sub>2</sub>O x<sup>2</sup> '
                        '<b>bold</b> <span style="font-variant:small-caps;">Sc</span> '
                        '<span class="nocase">DNA</span>')
    runs = {r.text: r for r in rich.normalized().runs}
    assert runs["E. coli"].italic
    assert runs["2"].vertical in ("sub", "sup")
    assert runs["bold"].bold
    assert runs["Sc"].small_caps
    assert runs["DNA"].nocase
    assert rich.plain() == "The E. coli H2O x2 bold Sc DNA"


def test_parse_markup_keeps_literal_angle_brackets_and_unknown_tags() -> None:
    rich = parse_markup("a < b and <u>u</u> and </i> stray")
    assert rich.plain() == "a < b and <u>u</u> and </i> stray"


def test_nested_italic_flips_to_roman() -> None:
    title = parse_markup("Life of <i>Homo sapiens</i>").italic()
    runs = title.normalized().runs
    assert runs[0] == Run("Life of ", italic=True)
    assert runs[1] == Run("Homo sapiens", italic=False)


def test_html_is_escaped() -> None:
    rich = Rich.text("A & B <script>", italic=True) + Rich.text("x", link='https://e.x/?a=1&b="2"')
    out = to_html(rich)
    assert out == ('<i>A &amp; B &lt;script&gt;</i>'
                   '<a href="https://e.x/?a=1&amp;b=%222%22">x</a>')  # quotes percent-encoded


def test_rtf_escapes_braces_backslash_and_unicode() -> None:
    assert rtf_escape("a{b}\\c") == "a\\{b\\}\\\\c"
    assert rtf_escape("Ә") == "\\u1240?"
    assert rtf_escape("Я") == "\\u1071?"
    assert rtf_escape("\U0001D400") == "\\u-10187?\\u-9216?"  # surrogate pair, signed
    assert to_rtf(Rich.text("Nature", italic=True)) == "{\\i Nature}"


def test_rtf_link_address_cannot_break_out_of_its_quotes() -> None:
    # A `"` in a stored URL used to close the HYPERLINK field's argument, leaving the rest to be
    # read as field switches; it is percent-encoded in the address (the text shows it as stored).
    out = to_rtf(Rich.text('x"y', link='https://e.x/?q="a b" \\l "evil"'))
    assert out.startswith('{\\field{\\*\\fldinst HYPERLINK "https://e.x/?q=%22a%20b%22%20')
    instruction = out.split("}{\\fldrslt")[0]
    assert instruction.count('"') == 2
    assert out.endswith('{\\fldrslt x"y}}')


def test_add_punct_does_not_double_punctuation() -> None:
    assert Rich("Why?").add_punct(". ").plain() == "Why? "
    assert Rich("Title.").add_punct(".").plain() == "Title."
    assert Rich("Smith, J.").add_punct(", ").plain() == "Smith, J., "
    assert Rich("a,").add_punct(", ").plain() == "a, "
    assert Rich().add_punct(". ").plain() == ""


def test_join_skips_empty_parts() -> None:
    assert Rich.join(["a.", "", None, Rich(), "b"], ". ").plain() == "a. b"


def test_end_with_full_stop_once() -> None:
    assert Rich("x").end_with(".").plain() == "x."
    assert Rich("x?").end_with(".").plain() == "x?"
    assert Rich().end_with(".").plain() == ""


def test_clipboard_pair_and_cf_html_offsets() -> None:
    doc, text = clipboard_pair([Rich.text("Қазақ", italic=True), Rich("two")])
    assert text == "Қазақ\ntwo"
    assert "<i>Қазақ</i>" in doc and "<!--StartFragment-->" in doc
    data = cf_html(doc)
    header = dict(line.split(":", 1) for line in data.split(b"\r\n<")[0].decode().split("\r\n"))
    start, end = int(header["StartFragment"]), int(header["EndFragment"])
    assert data[start:end].decode("utf-8").startswith('<p style="margin:0"><i>Қазақ')
    assert data[int(header["StartHTML"]):].startswith(b"<html>")
    assert int(header["EndHTML"]) == len(data)
