"""Duplicate-scan benchmark: a generated 50,000-reference library (Russian, Kazakh and English
titles drawn from a skewed migration-law vocabulary, so blocks are as crowded as in a real team
library) with planted duplicates and planted look-alikes that are not duplicates; times a full
scan and reports recall and false pairs.

Planted duplicates: the same DOI, the same book by ISBN-10 and ISBN-13, the same ISSN + volume +
first page, near duplicates (typo, capitals, punctuation, dropped subtitle, year ±1), and
Cyrillic originals with a copy transliterated by a random scheme (title and author).
Planted non-duplicates: the same title with different DOIs (preprint / article), retraction
notices, Part 1 / Part 2, laws with the same title and different numbers.

Run: python bench/bench_duplicates.py [--n 50000] [--seed 7] [--repeat 3] [--keep PATH]
Target (issue 7): a full scan of 50,000 references under 5 s."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.dates import PartialDate  # noqa: E402
from core.duplicates import find_duplicates, fingerprint  # noqa: E402
from core.model import Creator, Issn, Reference  # noqa: E402
from core.translit import SCHEMES, transliterate  # noqa: E402
from db import duplicates  # noqa: E402
from db import references as repo  # noqa: E402
from db.library import Library  # noqa: E402

RU_WORDS = (
    "миграция миграционная миграционного право правовое правового регулирование регулирования "
    "государственная политика политики незаконная вынужденная трудовая трудовой трудовых "
    "граждане граждан иностранных беженцы беженцев защита защиты законодательство "
    "законодательства пограничный контроль контроля республики казахстан казахстана россии "
    "центральной азии проблемы проблем вопросы аспекты анализ анализа развитие развития "
    "современные современной тенденции условиях глобализации интеграции евразийского союза "
    "статус статуса лиц без гражданства адаптация интеграция мигрантов мигрантами труда рынка "
    "рынок занятость безопасность национальной международное международного сотрудничество "
    "ответственность административная уголовная процедура порядок въезда выезда пребывания "
    "разрешение разрешения визовый режим депортация выдворение репатриация оралманов кандасов "
    "диаспора диаспоры население населения демографическая ситуация региона регионов "
    "опыт зарубежный сравнительный практика судебная реформы реформа модернизация эволюция "
    "история становление концепция стратегия механизмы механизм эффективность оценка").split()
KK_WORDS = (
    "көші-қон көші-қонның құқық құқықтық құқығы реттеу реттеудің мемлекеттік саясат саясаты "
    "заңсыз еңбек еңбекші азаматтар азаматтарының шетелдік босқындар босқындардың қорғау "
    "қорғаудың заңнама заңнамасы шекара шекаралық бақылау Қазақстан Қазақстандағы Қазақстан "
    "Республикасының орталық азия мәселелері мәселелер өзекті аспектілері талдау даму дамуы "
    "қазіргі жаһандану интеграция еуразиялық одақ мәртебесі азаматтығы жоқ адамдар бейімделу "
    "көшіп-қонушылар нарығы жұмыспен қамту қауіпсіздік ұлттық халықаралық ынтымақтастық "
    "жауапкершілік әкімшілік қылмыстық рәсімі тәртібі келу кету болу рұқсат визалық режим "
    "депортация репатриация қандастар диаспора халық демографиялық жағдай өңір тәжірибе "
    "шетелдік салыстырмалы сот тәжірибесі реформалар жаңғырту тарихы қалыптасуы тұжырымдама "
    "стратегия тетіктері тиімділігі бағалау").split()
EN_WORDS = (
    "migration migrant migrants law legal regulation state policy illegal irregular forced "
    "labour labor workers foreign citizens refugees asylum protection legislation border "
    "control Kazakhstan Central Asia Russia Eurasian Economic Union problems issues aspects "
    "analysis development contemporary trends globalization integration status stateless "
    "persons adaptation market employment security national international cooperation "
    "responsibility administrative criminal procedure entry exit residence permit visa regime "
    "deportation expulsion repatriation diaspora population demographic situation region "
    "comparative experience judicial practice reform reforms modernization evolution history "
    "formation concept strategy mechanisms effectiveness assessment rights human remittances "
    "return circular seasonal smuggling trafficking governance institutions").split()
RU_STEMS = ("Иван Петр Смирн Кузнец Сокол Попов Лебед Козл Новик Морозов Волк Соловь Васильев "
            "Зайц Павл Семен Голуб Виноград Богдан Воробь Федор Михайл Беляев Тарас Белов "
            "Комар Орл Киселев Макар Андреев Ковал Ильин Гусев Титов Кузьмин Кудрявц Баран "
            "Кулик Алексеев Степан Яковлев Сорокин Сергеев Романов Захаров Борисов Королев "
            "Герасим Пономарев Григорьев Лазарев Медведев Ершов Никитин Соболев Рябов Поляков "
            "Цвет Данилов Жуков Фролов Журавлев Николаев Крылов Максимов Сидоров Осипов Белоус "
            "Федотов Дорофеев Егоров Матвеев Бобров Дмитриев Калинин Анисимов Петухов Антонов "
            "Тимофеев Никифоров Веселов Филиппов Марков Большаков Суханов Миронов Ширяев "
            "Александров Коновалов Шестаков Казаков Ефимов Денисов Громов Фомин Давыдов Мельников "
            "Щербаков Блинов Колесников Карпов Афанасьев Власов Маслов Исаков Тихонов Аксенов "
            "Гаврилов Родионов Котов Горбунов Кудряш Быков Зуев Третьяков Савельев Панов Рыбаков "
            "Суворов Абрамов Воронов Мухин Архипов Трофимов Мартынов Емельянов Горшков Чернов "
            "Овчинников Селезнев Панфилов Копылов Михеев Галкин Назаров Лобанов Лукин Белякова "
            "Хамзин Бурибаев Талипов Юсупов").split()
KK_STEMS = ("Әбілқасым Құдайберген Нұрлан Сәрсенбай Төлеу Ұлықбек Үсен Ғабдулла Іскақ Өмірбек "
            "Жұмабай Қасым Серік Бекмұхамбет Тоқтар Әлібек Нұрсұлтан Қайрат Ерлан Дәурен Асқар "
            "Бауыржан Мұрат Ерболат Жандос Мақсат Ғалым Дархан Болат Қанат Тимур Айдос Ержан "
            "Нұржан Саят Азамат Бекзат Еркебұлан Әділет Жанболат Қуаныш Арман Олжас Самат Талғат "
            "Ақжол Сұлтан Мейір Рүстем Айбек Ғани Бақыт Дәулет Ермек Жасұлан Қалдыбек Мирас "
            "Нұрбол Санжар Темірлан Ұлан Шыңғыс Әмір Асылбек Бейбіт Ғазиз Елдос Жарас Қайсар "
            "Мұхтар Нұрлыбек Рахым Сәкен Тұрсын Ұзақ Шәкен Әбдіқадыр Алмас Біржан Дастан Есет "
            "Жомарт Қабылбек Медет Нариман Сабыр Тілек Өркен Абай Бақытжан Ғалымжан Ерік").split()
EN_FAMILY = ("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
             "Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King "
             "Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips "
             "Evans Turner Torres Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan "
             "Peterson Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks "
             "Bennett Gray James Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry "
             "Russell Sullivan Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton "
             "Graham Wallace Cole West Owens Marshall Ellis Stevens Murray Ford Gibson McDonald "
             "Laruelle Schatz Cummings Buckley Heathershaw Ruget Abashin Malakhov").split()
JOURNALS = [(f"Journal {i}", f"{1000 + i:04d}-{0:03d}") for i in range(300)]


def _issn(seq: int) -> str:
    base = f"{2000 + seq:07d}"
    weights = range(8, 1, -1)
    total = sum(int(d) * w for d, w in zip(base, weights, strict=True))
    check = (11 - total % 11) % 11
    return f"{base[:4]}-{base[4:]}{'X' if check == 10 else check}"


def _isbn13(seq: int) -> str:
    body = f"97860{seq:07d}"
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _isbn10_of(isbn13: str) -> str:
    body = isbn13[3:12]
    total = sum(int(d) * (10 - i) for i, d in enumerate(body))
    check = (11 - total % 11) % 11
    return body + ("X" if check == 10 else str(check))


def _zipf_choice(rng: random.Random, words: list[str]) -> str:
    # Rank-skewed: the first words of the list (миграция, право...) are the most frequent.
    return words[min(int(rng.paretovariate(0.9)) - 1, len(words) - 1)] if rng.random() < 0.5 \
        else rng.choice(words)


def _family(rng: random.Random, lang: str) -> str:
    if lang == "ru":
        stem = rng.choice(RU_STEMS)
        return stem if stem.endswith(("ов", "ев", "ин")) else stem + rng.choice(["ов", "ова", "ин"])
    if lang == "kk":
        return rng.choice(KK_STEMS) + rng.choice(["ов", "ова", "ұлы", "қызы", "баев", "ев"])
    return rng.choice(EN_FAMILY)


def _title(rng: random.Random, lang: str) -> str:
    words = {"ru": RU_WORDS, "kk": KK_WORDS, "en": EN_WORDS}[lang]
    n = rng.randint(4, 11)
    parts: list[str] = []
    while len(parts) < n:  # real titles seldom repeat a word
        word = _zipf_choice(rng, words)
        if word not in parts:
            parts.append(word)
    if rng.random() < 0.3:
        cut = rng.randint(2, n - 1)
        parts[cut - 1] += ":"
    return " ".join(parts).capitalize()


_PAGES: dict[tuple[int, int], int] = {}


def make_reference(rng: random.Random, i: int) -> Reference:
    lang = rng.choices(["ru", "kk", "en"], weights=[45, 20, 35])[0]
    kind = rng.choices(["article-journal", "book", "chapter", "paper-conference", "legislation",
                        "thesis", "report"], weights=[55, 10, 10, 12, 5, 4, 4])[0]
    ref = Reference(type=kind, title=_title(rng, lang), language=lang,
                    issued=PartialDate(rng.randint(1995, 2024)))
    if kind != "legislation":
        ref.creators = [Creator(family=_family(rng, lang), given="А.")
                        for _ in range(rng.randint(1, 4))]
    if kind == "article-journal":
        j = rng.randrange(300)
        ref.container_title = f"Journal {j}"
        ref.issn = [Issn(_issn(j))]
        year = ref.issued.year if ref.issued and ref.issued.year else 2000
        volume = year - 1990
        ref.volume, ref.issue = str(volume), str(rng.randint(1, 6))
        # Articles of one volume follow each other: no two share a first page.
        first = _PAGES.get((j, volume), rng.randint(1, 20))
        length = rng.randint(5, 30)
        _PAGES[(j, volume)] = first + length + 1
        ref.page = f"{first}-{first + length}"
        if rng.random() < 0.55:
            ref.doi = f"10.{5000 + j}/bench.{i}"
    elif kind in ("book", "report", "thesis"):
        if rng.random() < 0.6:
            ref.isbn = [_isbn13(i)[:3] + "-" + _isbn13(i)[3:]]
        ref.publisher = "Издательство"
    elif kind == "legislation":
        ref.number = f"{rng.randint(1, 600)}-{rng.choice(['IV', 'V', 'VI', 'VII'])}"
    return ref


def _typo(rng: random.Random, text: str) -> str:
    i = rng.randrange(1, max(2, len(text) - 1))
    return text[:i] + text[i + 1:] if rng.random() < 0.5 else text[:i] + text[i] + text[i:]


def near_copy(rng: random.Random, ref: Reference) -> Reference:
    """The same work entered again: one or two small differences."""
    copy = ref.with_changes(doi=None, isbn=[], citation_key=None)
    title = ref.title or ""
    for change in rng.sample(["typo", "caps", "punct", "subtitle", "year", "page"], k=2):
        if change == "typo":
            title = _typo(rng, title)
        elif change == "caps":
            title = title.upper()
        elif change == "punct":
            title = title.replace(":", ".") + "."
        elif change == "subtitle" and ":" in title:
            title = title.split(":")[0]
        elif change == "year" and ref.issued and ref.issued.year:
            copy.issued = PartialDate(ref.issued.year + rng.choice([-1, 1]))
        elif change == "page":
            copy.page = None
    copy.title = title
    return copy


def plant(rng: random.Random, refs: list[Reference]) -> tuple[list[tuple[int, int]], int]:
    """Append planted copies; returns (pairs that are duplicates, pairs that must not be found)
    as list indexes."""
    dupes: list[tuple[int, int]] = []
    negatives = 0
    n = len(refs)
    pick = rng.sample(range(n), 1600)
    it = iter(pick)

    def add(ref: Reference) -> int:
        refs.append(ref)
        return len(refs) - 1

    for _ in range(200):  # the same DOI, different details
        i = next(it)
        if refs[i].doi is None:
            refs[i].doi = f"10.9999/planted.{i}"
        copy = near_copy(rng, refs[i])
        copy.doi = refs[i].doi.upper()
        dupes.append((i, add(copy)))
    for _ in range(100):  # one book by ISBN-13 and ISBN-10
        i = next(it)
        isbn = _isbn13(5_000_000 + i)
        refs[i].type = "book"
        refs[i].isbn = [isbn]
        copy = refs[i].with_changes(isbn=[_isbn10_of(isbn)], title=(refs[i].title or "") + ".",
                                    doi=None)
        dupes.append((i, add(copy)))
    for _ in range(100):  # the same ISSN + volume + first page, title re-typed
        i = next(it)
        if refs[i].type != "article-journal" or not refs[i].issn:
            continue
        refs[i].doi = None
        copy = refs[i].with_changes(title=_typo(rng, refs[i].title or ""),
                                    page=(refs[i].page or "1").split("-")[0])
        dupes.append((i, add(copy)))
    for _ in range(300):  # near duplicates
        i = next(it)
        refs[i].doi = None
        dupes.append((i, add(near_copy(rng, refs[i]))))
    for _ in range(300):  # a Cyrillic original and a transliterated copy
        i = next(it)
        ref = refs[i]
        if ref.language not in ("ru", "kk"):
            ref.language = "ru"
            ref.title = _title(rng, "ru")
            ref.creators = [Creator(family=_family(rng, "ru"), given="А.")]
        ref.doi = None
        scheme = rng.choice(SCHEMES)
        copy = ref.with_changes(
            title=transliterate(ref.title, scheme), doi=None, isbn=[],
            creators=[Creator(family=transliterate(c.family, scheme), given="A.")
                      for c in ref.creators])
        dupes.append((i, add(copy)))
    for _ in range(100):  # the same title, different DOIs (preprint and article)
        i = next(it)
        refs[i].doi = refs[i].doi or f"10.9998/article.{i}"
        add(refs[i].with_changes(doi=f"10.1101/preprint.{i}", type="article"))
        negatives += 1
    for _ in range(50):  # a retraction notice
        i = next(it)
        refs[i].doi = None
        add(refs[i].with_changes(title=f"Retraction note: {refs[i].title}", page=None))
        negatives += 1
    for _ in range(50):  # Part 1 / Part 2
        i = next(it)
        refs[i].doi = None
        base = (refs[i].title or "").split(":")[0]
        refs[i].title = f"{base}. Part 1"
        add(refs[i].with_changes(title=f"{base}. Part 2"))
        negatives += 1
    for _ in range(50):  # laws: the same title, different numbers
        i = next(it)
        law = Reference(type="legislation", title="О внесении изменений и дополнений в некоторые "
                        "законодательные акты Республики Казахстан по вопросам миграции",
                        number=f"{i}-VI", issued=PartialDate(2019))
        refs[i] = law
        add(law.with_changes(number=f"{i + 1}-VI"))
        negatives += 1
    return dupes, negatives


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the generated library at PATH")
    parser.add_argument("--repeat", type=int, default=3, help="scans timed (the best is shown)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    base_n = args.n - 1_250 if args.n > 5_000 else args.n
    refs = [make_reference(rng, i) for i in range(base_n)]
    planted, negatives = plant(rng, refs)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite"
        lib = Library.open(path)
        try:
            t = time.perf_counter()
            with lib.transaction() as s:
                ids = repo.insert_many(s, refs)
            print(f"library: {len(refs)} references written in {time.perf_counter() - t:.1f} s")
            # What the command and the window run: read the fingerprints, then compare. The
            # machine may be shared: each figure is the best of --repeat runs, wall and CPU time.
            loads, compares, scans = [], [], []
            for _ in range(args.repeat):
                w0, c0 = time.perf_counter(), time.process_time()
                with lib.read() as s:
                    prints = duplicates.load_fingerprints(s)
                w1, c1 = time.perf_counter(), time.process_time()
                found = find_duplicates(prints)
                w2, c2 = time.perf_counter(), time.process_time()
                scan = duplicates.scan(lib)
                w3, c3 = time.perf_counter(), time.process_time()
                loads.append((w1 - w0, c1 - c0))
                compares.append((w2 - w1, c2 - c1))
                scans.append((w3 - w2, c3 - c2))
            assert [c.pair for c in scan] == [c.pair for c in found]
            # The alternative input: (id, Reference) decoded from the library.
            t4 = time.perf_counter()
            with lib.read() as s:
                full = repo.get_many(s, ids)
            t5 = time.perf_counter()
            find_duplicates([fingerprint(r.id or 0, r) for r in full])
            t6 = time.perf_counter()
        finally:
            lib.close()
    id_of = dict(enumerate(ids))
    wanted = {tuple(sorted((id_of[a], id_of[b]))) for a, b in planted}
    got = {c.pair for c in found}
    hit = len(wanted & got)
    false = got - wanted
    def best(runs: list[tuple[float, float]]) -> str:
        wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
        return f"{wall:.2f} s (CPU {cpu:.2f} s)"

    print(f"full scan (duplicates.scan), best of {args.repeat}: {best(scans)}  target < 5 s")
    print(f"  = load fingerprints {best(loads)} + compare {best(compares)}")
    print(f"  via full records instead: decode {t5 - t4:.2f} s + compare {t6 - t5:.2f} s")
    print(f"planted duplicates: {len(wanted)}; found {hit} (recall {hit / len(wanted):.1%})")
    print(f"planted look-alikes that are not duplicates: {negatives}")
    print(f"pairs reported: {len(got)}; not planted (false or accidental): {len(false)}")
    by_reason: dict[str, int] = {}
    for c in found:
        if c.pair in false:
            key = c.reasons[0].split(" ")[0] + " " + c.reasons[0].split(" ")[1]
            by_reason[key] = by_reason.get(key, 0) + 1
    if by_reason:
        print("  unplanted pairs by first reason: " +
              ", ".join(f"{k}: {v}" for k, v in sorted(by_reason.items())))
    missed = sorted(wanted - got)[:5]
    if missed:
        print(f"  first missed pairs (ids): {missed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
