"""Search as you type over 100,000 people: keystroke to updated list, in the real page.

Target: ≤ 50 ms from keystroke to the updated list (offscreen, model reset and
table view included). Baseline: a plain substring scan over the same folded keys.
Prints figures only. Run: python bench/search_people.py [people]
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ("v", "va", "van", "van ", "van d", "van de", "van den", "van den b", "0470", "kortrijk")


def people(count: int) -> list:
    from models.trajectories.rows import PersonRow

    first = ("Anneleen", "Dirk", "Els", "Jan", "Véronique", "Tom", "Lien", "Pieter", "Marie")
    last = ("Van den Broeck", "D'hondt", "de Smet", "Peeters", "Maes", "Claes", "Wouters")
    places = ("Kortrijk", "Herent", "Izegem", "Herselt", "Hulshout", "Westerlo", "Gent")
    return [
        PersonRow(
            uid=str(i),
            name=f"{first[i % 9]} {last[i // 9 % 7]} {i}",
            email=f"persoon{i}@voorbeeld.be",
            phone=f"+32 470 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d}",
            municipality=places[i % 7],
            organisation="Fietsersbond" if i % 5 == 0 else "",
        )
        for i in range(count)
    ]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    from PySide6.QtWidgets import QApplication

    from desktop.people.people_page import PeoplePage
    from models.people.search import PeopleSearch, search_key

    app = QApplication.instance() or QApplication([])
    rows = people(count)

    class FakePeople:
        def people_list(self) -> list:
            return rows

    class FakeWorkspace:
        people = FakePeople()

    start = time.perf_counter()
    page = PeoplePage()
    page.resize(1280, 720)
    page.show()
    page.set_workspace(FakeWorkspace())
    app.processEvents()
    print(f"people: {count}; page filled in {time.perf_counter() - start:.3f} s")
    keys = [search_key(row) for row in rows]
    timings: list[float] = []
    baseline: list[float] = []
    for _ in range(3):
        page.search.clear()
        app.processEvents()
        for query in QUERIES:
            start = time.perf_counter()
            page.search.setText(query)  # what each keystroke does
            app.processEvents()  # the view repaints with the new rows
            timings.append(time.perf_counter() - start)
            start = time.perf_counter()
            words = query.split()
            [k for k in keys if all(w in k for w in words)]
            baseline.append(time.perf_counter() - start)
    index = PeopleSearch(rows)
    start = time.perf_counter()
    index.filter("van den broeck")
    cold = time.perf_counter() - start
    print(
        f"keystroke → list updated: median {statistics.median(timings) * 1000:.1f} ms, "
        f"worst {max(timings) * 1000:.1f} ms (target ≤ 50 ms)"
    )
    print(
        f"baseline plain scan of all keys: median {statistics.median(baseline) * 1000:.1f} ms; "
        f"ratio {statistics.median(timings) / statistics.median(baseline):.2f}x"
    )
    print(f"one cold search without the previous hits: {cold * 1000:.1f} ms")


if __name__ == "__main__":
    main()
