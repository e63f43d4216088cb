"""Prescribed words of GOST records in the language of each item (Russian, Kazakh, English)."""

from __future__ import annotations

from dataclasses import dataclass

from core.language import detect_script_language, normalize_language


@dataclass(frozen=True, slots=True)
class GostTerms:
    """The words a GOST record prints around its data, for one item language (gost-rules.md §4).

    Russian forms follow ГОСТ Р 7.0.12-2011, English ones ГОСТ 7.11-2004; the Kazakh ones are
    editorial practice of Kazakh journals (the standards do not cover Kazakh) [practice]."""

    lang: str
    volume: str            # Т. 12 / Vol. 12
    number: str            # № 3 / No. 3
    pages_part: str        # С. 601–620 / P. 601–620 / Б. 284–288
    pages_total: str       # 312 с. / 412 p. / 356 б.
    et_al: str             # [и др.] / [et al.] / [т.б.]
    edited_by: str         # под редакцией / ed. by / редакциясымен
    edited_by_short: str   # под ред. / ed. / ред.
    executive_editor: str  # ответственный редактор / жауапты ред. / executive ed.
    compiled_by: str       # составитель / құраст. / comp.
    translated_by: str     # перевод / ауд. / transl.
    article: str           # ст. 15 (pinpoint) / 15-бап / art. 15
    paragraph: str         # п. 2 / 2-тармақ / para. 2
    subparagraph: str      # пп. 1 / 1-тармақша / subpara. 1
    part: str              # ч. 3 / 3-бөлік / pt. 3
    ibid: str              # Там же / Сонда / Ibid.
    and_word: str          # и / және / and
    issue_of_gazette: str  # Ст. 128 (article of an official gazette) / 128-құжат / Art. 128
    edition: str           # изд. / бас. / ed.
    # An article's number where a journal has no pages (`e0284123`): `Art.` (ГОСТ 7.11 "article"),
    # `Ст.` (ГОСТ Р 7.0.12 "статья"); Kazakh spelled out, having no fixed abbreviation [practice].
    article_number: str = "Art."

    def pinpoint_word(self, label: str | None) -> str:
        """The locator word for a CSL label (`page`, `article`, `paragraph`, ...); pages by default.
        Kazakh writes the legal units after the number (`15-бап`), see `format_pinpoint`."""
        mapping = {
            "page": self.pages_total, "article": self.article, "paragraph": self.paragraph,
            "sub-paragraph": self.subparagraph, "subparagraph": self.subparagraph,
            "part": self.part, "section": self.article,
        }
        return mapping.get((label or "page").lower(), self.pages_total)

    def format_pinpoint(self, label: str | None, locator: str) -> str:
        """`с. 45`, `ст. 15`, `p. 45`; Kazakh `б. 45` for pages and `15-бап` for legal units (the
        Kazakh ordinal form puts the word after the number)."""
        word = self.pinpoint_word(label)
        if word.startswith("-"):
            return f"{locator}{word}"
        return f"{word} {locator}"


RU = GostTerms(
    lang="ru", volume="Т.", number="№", pages_part="С.", pages_total="с.", et_al="[и др.]",
    edited_by="под редакцией", edited_by_short="под ред.",
    executive_editor="ответственный редактор", compiled_by="составитель",
    translated_by="перевод", article="ст.", paragraph="п.", subparagraph="пп.", part="ч.",
    ibid="Там же", and_word="и", issue_of_gazette="Ст.", edition="изд.", article_number="Ст.",
)
KK = GostTerms(
    lang="kk", volume="Т.", number="№", pages_part="Б.", pages_total="б.", et_al="[т.б.]",
    edited_by="ред.", edited_by_short="ред.", executive_editor="жауапты ред.",
    compiled_by="құраст.", translated_by="ауд.", article="-бап", paragraph="-тармақ",
    subparagraph="-тармақша", part="-бөлік", ibid="Сонда", and_word="және",
    issue_of_gazette="Ст.", edition="бас.", article_number="Мақала",
)
EN = GostTerms(
    lang="en", volume="Vol.", number="No.", pages_part="P.", pages_total="p.", et_al="[et al.]",
    edited_by="ed. by", edited_by_short="ed.", executive_editor="executive ed.",
    compiled_by="comp.", translated_by="transl.", article="art.", paragraph="para.",
    subparagraph="subpara.", part="pt.", ibid="Ibid.", and_word="and",
    issue_of_gazette="Art.", edition="ed.",
)
_BY_LANG = {"ru": RU, "kk": KK, "en": EN}
# Other Cyrillic languages take the Russian words, other Latin-script ones the English words
# (ГОСТ 7.11 abbreviations are close enough for German/French in a Kazakh list) [practice].
_CYRILLIC_LANGS = frozenset({"ru", "uk", "be", "bg", "ky", "tg", "mn", "sr", "mk"})


def terms_for(lang: str | None) -> GostTerms:
    """Terms for an item language (`ru-RU`, `Russian`, `kk`...); unknown Latin-script languages get
    English words, unknown Cyrillic ones Russian words; None -> Russian."""
    code = normalize_language(lang) if lang else None
    if code in _BY_LANG:
        return _BY_LANG[code]
    if code in _CYRILLIC_LANGS:
        return RU
    if code:
        return EN
    return RU


def item_language(language: str | None, *texts: str | None) -> str:
    """The language whose words an item's record uses: its stored language, else a guess from the
    script of its title (Kazakh letters -> kk, Cyrillic -> ru, Latin -> en); ru by default."""
    code = normalize_language(language) if language else None
    if code:
        return code
    for text in texts:
        guess = detect_script_language(text)
        if guess:
            return guess
    return "ru"
