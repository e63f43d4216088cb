"""Import benchmark: a generated 10,000-entry BibTeX file (Russian, Kazakh and English entries;
Cyrillic, Kazakh and LaTeX-accented names such as M{\\"u}ller; distinct DOIs) is parsed by
bibtexparser's bare `parse_file` and imported in full into a new library (detection, parsing,
LaTeX decoding, mapping, citation keys, exact-duplicate merge, one transaction with search index
and import log), in the same run. Prints both times and their ratio (issue 7 target: under 3.0),
then the time of the duplicate-candidate check `import` runs after its transaction, and the ratio
with it included.
The duplicates scan of a 50,000-reference library is benchmarked by the duplicates module.

Run: python bench/bench_import.py [--n 10000] [--repeat 3] [--keep DIR]"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bibtexparser  # noqa: E402

from db.duplicates import candidates_for  # noqa: E402
from db.importer import import_file  # noqa: E402
from db.library import Library  # noqa: E402

RU_FAMILY = ["Иванов", "Петров", "Смирнова", "Кузнецов", "Соколова", "Жуков", "Ёлкин", "Орлова"]
KK_FAMILY = ["Әбілқасымова", "Құдайбергенова", "Нұрланұлы", "Сәрсенбаев", "Төлеуов", "Ұлықбек",
             "Үсенова", "Ғабдуллин", "Іскаков", "Өмірбеков"]
LATEX_FAMILY = [r"M{\"u}ller", r"Fran{\c{c}}ois", r"{\v{S}}koda", r"Garc{\'\i}a",
                r"{\O}stergaard", r"Gro{\ss}mann", r"Dvo{\v r}{\'a}k", r"L{\'o}pez", "Smith",
                "van der Meer"]
GIVEN_RU = ["Иван Петрович", "А. С.", "Мария", "Ольга Николаевна"]
GIVEN_KK = ["Әсел Серікқызы", "Ұлан", "Жанар", "Қуаныш"]
GIVEN_EN = ["John", r"J{\"o}rg", "Anna", r"Ren{\'e}"]
RU_WORDS = ("миграция право незаконная вынужденная трудовая государство политика регулирование "
            "граждане беженцы защита законодательство пограничный контроль").split()
KK_WORDS = ("көші-қон құқық заңсыз мемлекет азаматтар босқындар қорғау заңнама шекара "
            "бақылау Қазақстандағы мәселелері еңбек").split()
EN_WORDS = ("migration law labour illegal forced state policy regulation citizens refugees "
            "protection legislation border control {Kazakhstan} perspectives").split()
JOURNALS = ["Migration Letters", "Вестник Торайгыров университета",
            "Қазақстан Республикасы Ұлттық ғылым академиясының хабарлары",
            "Журнал российского права", r"Revue d'{\'E}tudes Comparatives"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def entry(rng: random.Random, i: int) -> str:
    lang = rng.choice(["russian", "kazakh", "english"])
    words, families, given = {
        "russian": (RU_WORDS, RU_FAMILY, GIVEN_RU), "kazakh": (KK_WORDS, KK_FAMILY, GIVEN_KK),
        "english": (EN_WORDS, LATEX_FAMILY, GIVEN_EN)}[lang]
    authors = " and ".join(f"{rng.choice(families)}, {rng.choice(given)}"
                           for _ in range(rng.randint(1, 4)))
    title = " ".join(rng.choice(words) for _ in range(rng.randint(4, 10)))
    fields = [
        f"  author = {{{authors}}}",
        f"  title = {{{title[:1].upper() + title[1:]} {i}}}",
        f"  journal = {{{rng.choice(JOURNALS)}}}",
        f"  year = {rng.randint(1995, 2025)}",
        f"  month = {rng.choice(MONTHS)}",
        f"  volume = {{{rng.randint(1, 40)}}}",
        f"  number = {{{rng.randint(1, 12)}}}",
        f"  pages = {{{rng.randint(1, 300)}--{rng.randint(301, 600)}}}",
        f"  doi = {{10.{rng.randint(1000, 99999)}/bench.{i}}}",
        f"  langid = {{{lang}}}",
        f"  keywords = {{{', '.join(rng.choice(words) for _ in range(3))}}}",
    ]
    if rng.random() < 0.4:
        fields.append(f"  abstract = {{{' '.join(rng.choice(words) for _ in range(40))}}}")
    if rng.random() < 0.3:
        fields.append("  issn = {1741-8992}")
    return f"@article{{bench{i},\n" + ",\n".join(fields) + "\n}\n"


def generate(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    path.write_text("\n".join(entry(rng, i) for i in range(n)), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5,
                    help="runs of each, interleaved; the best is compared (the machine is shared)")
    ap.add_argument("--keep", type=Path, help="keep the generated file and libraries here")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="silteme-bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    bib = work / "bench.bib"
    generate(bib, args.n)
    print(f"{args.n:,} entries, {bib.stat().st_size / 1e6:.1f} MB: {bib}")
    # Wall time and CPU time of each, runs interleaved: on a shared machine other processes
    # inflate wall times at random, so the minimum (least disturbed run) is the figure compared.
    bare_wall, bare_cpu, imp_wall, imp_cpu, dup_wall = [], [], [], [], []
    for run in range(args.repeat):
        gc.collect()
        w, c = time.perf_counter(), time.process_time()
        lib_bare = bibtexparser.parse_file(str(bib))
        bare_wall.append(time.perf_counter() - w)
        bare_cpu.append(time.process_time() - c)
        assert len(lib_bare.entries) == args.n
        del lib_bare
        gc.collect()
        with Library.open(work / f"library-{run}.sqlite") as lib:
            w, c = time.perf_counter(), time.process_time()
            summary = import_file(lib, bib, flag_duplicates=False)
            imp_wall.append(time.perf_counter() - w)
            imp_cpu.append(time.process_time() - c)
            assert len(summary.added) == args.n, (len(summary.added), summary.skipped[:3])
            assert lib.count() == args.n
            # What `import` does next: compare the added references with the library.
            w = time.perf_counter()
            candidates_for(lib, summary.added)
            dup_wall.append(time.perf_counter() - w)
        print(f"  run {run + 1}: bare parse_file {bare_wall[-1]:.2f} s (cpu {bare_cpu[-1]:.2f}),"
              f" full import {imp_wall[-1]:.2f} s (cpu {imp_cpu[-1]:.2f}), ratio "
              f"{imp_wall[-1] / bare_wall[-1]:.2f}; then the duplicate check {dup_wall[-1]:.2f} s")
    bare, full = min(bare_wall), min(imp_wall)
    print(f"bibtexparser parse_file (bare): {bare:.2f} s best, "
          f"{statistics.median(bare_wall):.2f} s median")
    print(f"full import into a new library: {full:.2f} s best, "
          f"{statistics.median(imp_wall):.2f} s median ({args.n / full:,.0f} entries/s)")
    print(f"ratio import / bare parse: {full / bare:.2f} wall (best runs), "
          f"{min(imp_cpu) / min(bare_cpu):.2f} CPU time (target < 3.0)")
    dup = min(dup_wall)
    print(f"then the duplicate check of the added references against the library (which the "
          f"`import` command runs after the import's transaction): {dup:.2f} s best; "
          f"import + check / bare parse: {(full + dup) / bare:.2f}")


if __name__ == "__main__":
    main()
