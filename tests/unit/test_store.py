"""The reader's store: whole analyses only for what is on screen and recently shown; quotes
for search always; the rest back from the cache on demand."""

from __future__ import annotations

from briefing.pipeline import analyse_paths
from briefing.search import QuoteIndex
from briefing.store import ArticleInfo, ReportStore

from ..conftest import SEED_B


def small_reports(folder, n):
    paths = []
    for i in range(n):
        p = folder / f"{i:03d}.txt"
        p.write_text(f"Source: Outlet {i}\n\nMinister Ana Ruiz met {i + 2} envoys in Lima on Monday. "
                     f"\u201cWe agreed on report {i},\u201d Ruiz said.\n")
        paths.append(str(p))
    return paths


def filled(paths, store, first=0):
    infos = []
    for res in analyse_paths(paths, whole=False):
        infos.append((res.index, store.add(first + res.index, res)))
    return [info for _i, info in sorted(infos, key=lambda t: t[0])]


def test_many_reports_hold_only_the_recent_analyses_whole(tmp_path):
    paths = small_reports(tmp_path, 30)
    store = ReportStore(recent=4)
    infos = filled(paths, store)
    assert len(store) == 30 and store.held() == 0  # nothing whole until something is shown
    assert all(isinstance(i, ArticleInfo) for i in infos)
    assert infos[7].source == "Outlet 7" and infos[7].words > 10
    for i in range(30):  # show each report in turn
        analysis = store[i]
        assert analysis.article.path == paths[i] and "Lima" in analysis.article.text
        assert store.held() <= 4
    assert store.loads == 30
    store[29]  # recently shown: no new load
    assert store.loads == 30


def test_search_reads_quotes_without_loading_analyses(tmp_path):
    paths = small_reports(tmp_path, 12)
    store = ReportStore()
    filled(paths, store)
    reports = list(store)
    index = QuoteIndex.from_quotes(store.quote_items(reports))
    hits = index.search("agreed report 5", limit=1)
    assert hits and reports[hits[0].report] == 5 and hits[0].quote.speaker
    assert store.loads == 0 and store.held() == 0


def test_a_folders_quotes_share_their_speakers_and_cues(tmp_path):
    paths = small_reports(tmp_path, 6)
    store = ReportStore()
    filled(paths, store)
    quotes = [q for _report, q in store.quote_items(list(store))]
    assert len(quotes) == 6 and {q.speaker for q in quotes} == {"Ana Ruiz"}
    # one string for a speaker named in every report, not one per quote
    assert all(q.speaker is quotes[0].speaker and q.cue is quotes[0].cue for q in quotes)


def test_handed_analyses_stay_and_a_lost_cache_entry_is_analysed_again(tmp_path, seed_a):
    from briefing.analyze import analyze
    from briefing.cache import AnalysisCache

    store = ReportStore(recent=1)
    handed = analyze(seed_a)
    store[0] = handed
    filled([str(SEED_B)], store, first=1)
    AnalysisCache().clear()  # e.g. `briefing cache clear` while the reader is open
    assert store[1].article.path == str(SEED_B) and store[1].quotes == store.quotes(1)
    assert store[0] is handed and list(store) == [0, 1]
