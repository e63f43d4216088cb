"""Store benchmark: 100,000 generated references (Russian, Kazakh, English) -> insert throughput,
full-text search latency (median, p95 over 200 queries), sorted page latency, file size.

Run: python bench/bench_store.py [--n 100000] [--keep PATH]
Targets (issue 2): 100k inserts < 20 s, search p95 < 30 ms, a page of 200 sorted rows < 20 ms."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.dates import PartialDate  # noqa: E402
from core.model import Creator, Issn, Reference  # noqa: E402
from db import fts  # noqa: E402
from db import references as repo  # noqa: E402
from db.library import Library  # noqa: E402

RU_FAMILY = ["Иванов", "Петров", "Смирнова", "Кузнецов", "Соколова", "Жуков", "Ёлкин", "Орлова"]
KK_FAMILY = ["Әбілқасымова", "Құдайбергенова", "Нұрланұлы", "Сәрсенбаев", "Төлеуов", "Ұлықбек",
             "Үсенова", "Ғабдуллин", "Іскаков", "Өмірбеков"]
EN_FAMILY = ["Smith", "Johnson", "van der Meer", "O'Brien", "Khamzin", "Buribayev", "Talipova"]
GIVEN = ["Иван Петрович", "Әсел Серікқызы", "Ұлан", "John", "Anna", "Жанар", "А. Ш.", "Қуаныш"]
RU_WORDS = ("миграция право незаконная вынужденная трудовая государство политика регулирование "
            "граждане беженцы защита законодательство пограничный контроль").split()
KK_WORDS = ("көші-қон құқық заңсыз мемлекет азаматтар босқындар қорғау заңнама шекара "
            "бақылау Қазақстандағы мәселелері еңбек").split()
EN_WORDS = ("migration law labour illegal forced state policy regulation citizens refugees "
            "protection legislation border control Kazakhstan perspectives").split()
TYPES = ["article-journal", "book", "chapter", "paper-conference", "thesis", "legislation",
         "report", "webpage", "legal_case"]
JOURNALS = ["Migration Letters", "Вестник Торайгыров университета", "Қазақстан Республикасы Ұлттық "
            "ғылым академиясының хабарлары", "Журнал российского права", "Central Asian Survey"]


def make_reference(rng: random.Random, i: int) -> Reference:
    lang = rng.choice(["ru", "kk", "en"])
    words, families = {"ru": (RU_WORDS, RU_FAMILY), "kk": (KK_WORDS, KK_FAMILY),
                       "en": (EN_WORDS, EN_FAMILY)}[lang]
    title = " ".join(rng.choice(words) for _ in range(rng.randint(3, 9))).capitalize()
    creators = [Creator(family=rng.choice(families), given=rng.choice(GIVEN))
                for _ in range(rng.randint(1, 4))]
    return Reference(
        type=rng.choice(TYPES), title=f"{title} {i}", creators=creators,
        container_title=rng.choice(JOURNALS), volume=str(rng.randint(1, 40)),
        issue=str(rng.randint(1, 12)), page=f"{rng.randint(1, 300)}-{rng.randint(301, 600)}",
        issued=PartialDate(rng.randint(1990, 2025), rng.choice([None, rng.randint(1, 12)])),
        doi=f"10.{rng.randint(1000, 99999)}/bench.{i}" if rng.random() < 0.6 else None,
        issn=[Issn("1741-8992", "electronic")] if rng.random() < 0.3 else [],
        language=lang,
        abstract=" ".join(rng.choice(words) for _ in range(30)) if rng.random() < 0.4 else None,
        keywords=[rng.choice(words) for _ in range(3)],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the library here and keep it")
    args = parser.parse_args()
    rng = random.Random(7)
    tmp = tempfile.TemporaryDirectory()
    path = args.keep or Path(tmp.name) / "bench.sqlite"
    if path.exists():
        path.unlink()

    refs = [make_reference(rng, i) for i in range(args.n)]
    lib = Library.open(path)
    t0 = time.perf_counter()
    chunk = 5_000
    for start in range(0, len(refs), chunk):
        with lib.transaction() as s:
            repo.insert_many(s, refs[start:start + chunk])
    insert_s = time.perf_counter() - t0
    print(f"insert: {args.n} references in {insert_s:.2f} s "
          f"({args.n / insert_s:,.0f}/s)  target < 20 s")

    queries = []
    vocab = RU_WORDS + KK_WORDS + EN_WORDS + [f.lower() for f in RU_FAMILY + KK_FAMILY + EN_FAMILY]
    for _ in range(200):
        terms = [rng.choice(vocab) for _ in range(rng.randint(1, 3))]
        # Users type prefixes: cut words as search-as-you-type sees them.
        queries.append(" ".join(t[:max(2, rng.randint(2, len(t)))] for t in terms))
    times = []
    hits = 0
    with lib.read() as s:
        for q in queries:
            t = time.perf_counter()
            ids = fts.search_ids(s, q, limit=200)
            times.append((time.perf_counter() - t) * 1000)
            hits += len(ids)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"search: median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms over "
          f"{len(queries)} queries (first 200 hits each; {hits} hits in all)  target p95 < 30 ms")

    page_times = []
    total = lib.count()
    with lib.read() as s:
        for sort in ("added", "title", "author", "year"):
            for desc in (False, True):
                for _ in range(10):
                    offset = rng.randint(0, max(0, total - 200))
                    t = time.perf_counter()
                    rows = repo.list_rows(s, repo.list_ids(s, offset=offset, limit=200, sort=sort,
                                                           descending=desc))
                    page_times.append((time.perf_counter() - t) * 1000)
                    assert len(rows) == 200
    page_times.sort()
    print(f"page of 200 sorted rows: median {statistics.median(page_times):.2f} ms, "
          f"p95 {page_times[int(len(page_times) * 0.95) - 1]:.2f} ms, "
          f"max {page_times[-1]:.2f} ms over {len(page_times)} pages  target < 20 ms")
    t = time.perf_counter()
    with lib.read() as s:
        full = repo.get_many(s, repo.list_ids(s, offset=rng.randint(0, total - 200), limit=200,
                                              sort="title"))
    print(f"page of 200 full records (JSON decoded): {(time.perf_counter() - t) * 1000:.2f} ms")
    assert len(full) == 200
    lib.close()
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    print(f"file size: {size / 1e6:.1f} MB ({size / args.n:.0f} bytes per reference)")
    tmp.cleanup()


if __name__ == "__main__":
    main()
