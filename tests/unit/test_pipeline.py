"""Many reports at once: the worker processes give what the calling thread gives."""

from __future__ import annotations

from briefing.pipeline import POOL_THRESHOLD, analyse_paths, prepare

PEOPLE = ["Ana Ruiz", "Tomas Berg", "Lena Osei", "Marco Valli"]


def _reports(tmp_path, n):
    paths = []
    for i in range(n):
        p = tmp_path / f"r{i:02}.md"
        who = PEOPLE[i % len(PEOPLE)]
        p.write_text(f"# Report {i}\n\n{who} said on Monday that {10 + i} people were hurt in "
                     f"Lagos, and the damage was put at $1.{i} million.\n\n"
                     f"\u201cWe are counting every house,\u201d {who.split()[1]} said.\n",
                     encoding="utf-8")
        paths.append(str(p))
    return paths


def _outputs(results):
    results = sorted(results, key=lambda r: r.index)
    assert all(r.error is None and r.record is not None for r in results)
    return [(r.record.facts_json(source=True), r.record.quotes_json(source=True)) for r in results]


def test_the_pool_started_early_by_the_reader_analyses_like_the_calling_thread(tmp_path):
    """The reader starts the pool's fork server before Textual takes over stderr (``prepare``);
    reports analysed there (the analysers preloaded once) come out as they do in-thread."""
    paths = _reports(tmp_path, POOL_THRESHOLD + 4)
    alone = _outputs(analyse_paths(paths, use_cache=False, workers=1))
    prepare()
    pooled = _outputs(analyse_paths(paths, use_cache=False, workers=2))
    assert pooled == alone
    assert any(facts for facts, _ in alone) and any(quotes for _, quotes in alone)
