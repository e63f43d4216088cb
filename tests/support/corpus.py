"""A deterministic corpus of varied CSL-JSON items (every APA item type, English, Russian and
Kazakh) for the differential test and the style benchmark."""

from __future__ import annotations

import random
from typing import Any

LATIN_PEOPLE = [("Smith", "John Paul"), ("Lee", "Kim"), ("Brown", "Anna"), ("García", "María"),
                ("Meer", "Jan"), ("O'Brien", "Sean"), ("Nguyen", "Thi Lan"), ("Müller", "Hans"),
                ("Khamzin", "A. Sh."), ("Taylor", "Emma"), ("Dubois", "Jean-Paul")]
RUSSIAN_PEOPLE = [("Иванов", "Иван Петрович"), ("Петрова", "Мария Сергеевна"),
                  ("Сидоров", "Алексей"), ("Ким", "Лев"), ("Жакупова", "Салтанат Муратовна"),
                  ("Ли", "Анна"), ("Фёдоров", "Юрий Ильич")]
KAZAKH_PEOPLE = [("Әбілқасымова", "Әлия Сейтқалиқызы"), ("Құдайбергенова", "Үміт Ерланқызы"),
                 ("Өмірбеков", "Ұлан"), ("Сейткали", "Ержан"), ("Ғабитов", "Ілияс")]
TITLES = {
    "en": ["Migration law in Central Asia", "Digital courts: A review", "Why do treaties fail?",
           "Labour migration and the state", "Open data in legal research",
           "Borders, rights, and <i>habeas corpus</i>"],
    "ru": ["Миграционное право", "Правовое регулирование миграции",
           "Незаконная миграция: аспекты", "Судебная практика по трудовым спорам"],
    "kk": ["Көші-қон құқығы", "Қазақстандағы заңсыз көші-қон", "Әділет және құқық",
           "Ұлттық заңнаманың дамуы"],
}
JOURNALS = {"en": ["Journal of Legal Studies", "Law & Society Review", "PLOS ONE"],
            "ru": ["Вестник КазНУ. Серия юридическая", "Государство и право"],
            "kk": ["ҚазҰУ Хабаршысы. Заң сериясы", "Құқық және мемлекет"]}
PUBLISHERS = {"en": ["Routledge", "Oxford University Press", "Springer"],
              "ru": ["Юрайт", "Статут"], "kk": ["Жеті жарғы", "Қазақ университеті"]}
TYPES = ["article-journal"] * 6 + ["book"] * 3 + ["chapter"] * 2 + [
    "paper-conference", "thesis", "report", "standard", "article-newspaper", "webpage",
    "article", "dataset", "legislation", "regulation", "legal_case", "treaty"]


# Name parts for varied corpora (a real library has thousands of distinct people).
FAMILY_STEMS = {"en": ["Smith", "Brown", "Taylor", "Walker", "Harris", "Clark", "Lewis", "Young"],
                "ru": ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков"],
                "kk": ["Әбілқасым", "Құдайберген", "Өмірбек", "Сейткали", "Ғабит", "Нұрлан",
                       "Жақып"]}
GIVEN = {"en": ["John", "Anna", "Mary-Jane", "Peter", "Olga", "Sean", "Emma", "Ivan"],
         "ru": ["Иван Петрович", "Мария Сергеевна", "Алексей", "Юрий Ильич", "Анна"],
         "kk": ["Әлия Сейтқалиқызы", "Үміт Ерланқызы", "Ұлан", "Ілияс", "Ғалым Қайратұлы"]}


def _people(rng: random.Random, lang: str, n: int, varied: bool = False
            ) -> list[dict[str, str]]:
    if varied:
        out = []
        for _ in range(n):
            stem = rng.choice(FAMILY_STEMS[lang])
            family = stem + (rng.choice(["", "ов", "ова", "ский", "енко", "ұлы"]) if lang != "en"
                             else rng.choice(["", "son", "ley", "ford", "er"]))
            out.append({"family": f"{family}{rng.randint(1, 400)}" if rng.random() < 0.8
                        else family, "given": rng.choice(GIVEN[lang])})
        return out
    pool = {"en": LATIN_PEOPLE, "ru": RUSSIAN_PEOPLE, "kk": KAZAKH_PEOPLE + RUSSIAN_PEOPLE}[lang]
    return [{"family": f, "given": g} for f, g in (rng.choice(pool) for _ in range(n))]


def make_items(n: int, seed: int = 7, *, types: list[str] | None = None,
               languages: tuple[str, ...] = ("en", "ru", "kk"),
               varied: bool = False) -> list[dict[str, Any]]:
    """`n` items cycling through the types, with random but reproducible content. `varied`
    makes (nearly) every person and title distinct, as in a real library."""
    rng = random.Random(seed)
    kinds = types or TYPES
    items: list[dict[str, Any]] = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        lang = languages[rng.randrange(len(languages))]
        year = rng.randint(1995, 2025)
        item: dict[str, Any] = {"id": f"item{i}", "type": kind, "language": lang,
                                "title": rng.choice(TITLES[lang]),
                                "issued": {"date-parts": [[year]]}}
        n_auth = rng.choice([1, 1, 2, 2, 3, 4, 7, 21]) if kind not in (
            "legislation", "regulation", "legal_case", "treaty") else 0
        if n_auth:
            item["author"] = _people(rng, lang, n_auth, varied)
        if kind == "article-journal":
            item.update({"container-title": rng.choice(JOURNALS[lang]),
                         "volume": str(rng.randint(1, 80)), "issue": str(rng.randint(1, 12))})
            if rng.random() < 0.8:
                start = rng.randint(1, 400)
                item["page"] = f"{start}-{start + rng.randint(5, 30)}"
            else:
                item["number"] = f"e{rng.randint(10000, 99999)}"
            if rng.random() < 0.7:
                item["DOI"] = f"10.{rng.randint(1000, 9999)}/j.{i}"
        elif kind in ("book", "report", "standard", "dataset"):
            item["publisher"] = rng.choice(PUBLISHERS[lang])
            if kind == "book" and rng.random() < 0.4:
                item["edition"] = str(rng.randint(2, 5))
            if kind == "book" and rng.random() < 0.3:
                item["editor"] = item.pop("author")
            if kind in ("report", "standard"):
                item["number"] = str(rng.randint(1, 300))
            if kind == "dataset":
                item["DOI"] = f"10.5281/zenodo.{rng.randint(100000, 999999)}"
        elif kind in ("chapter", "paper-conference"):
            item.update({"container-title": rng.choice(TITLES[lang]) + " (collected papers)",
                         "editor": _people(rng, lang, rng.choice([1, 2, 3]), varied),
                         "publisher": rng.choice(PUBLISHERS[lang])})
            start = rng.randint(1, 400)
            item["page"] = f"{start}-{start + rng.randint(5, 30)}"
        elif kind == "thesis":
            item.update({"genre": rng.choice(["Doctoral dissertation", "Master's thesis"]),
                         "publisher": "Al-Farabi Kazakh National University"})
        elif kind == "article-newspaper":
            item.update({"container-title": rng.choice(["Egemen Qazaqstan", "Казахстанская правда",
                                                        "The New York Times"])})
            item["issued"] = {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}
        elif kind == "webpage":
            item.update({"container-title": "Adilet", "URL": f"https://adilet.zan.kz/page/{i}"})
            item["issued"] = {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}
        elif kind == "article":
            item.update({"container-title": rng.choice(["SSRN", "PsyArXiv"]),
                         "DOI": f"10.31234/osf.io/{i:05d}"})
        elif kind in ("legislation", "regulation"):
            item.update({"genre": "Закон Республики Казахстан" if kind == "legislation"
                         else "Постановление Правительства Республики Казахстан",
                         "number": f"{rng.randint(1, 999)}-{rng.choice(['IV', 'V', 'VI'])}",
                         "URL": f"https://adilet.zan.kz/rus/docs/Z{i:010d}"})
        elif kind == "legal_case":
            item.update({"authority": "Supreme Court of the Republic of Kazakhstan",
                         "number": f"2-{rng.randint(1, 999)}/{year}"})
            item["issued"] = {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}
        elif kind == "treaty":
            item["issued"] = {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}
        if varied:
            item["title"] += f" {rng.choice(TITLES[lang]).split()[-1]} {i}"
        if rng.random() < 0.15 and lang != "en":
            item["title-translated"] = rng.choice(TITLES["en"])
        items.append(item)
    return items
