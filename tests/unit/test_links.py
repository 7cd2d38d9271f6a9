"""Links and feeds against a web server in this process on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
import re

import pytest

import briefing.ingest.fetch as fetch_module
from briefing.cli import main
from briefing.ingest import IngestError, expand_inputs, load, read_any
from tests.webserver import base_url, feed, serve


@pytest.fixture
def server():
    with serve() as s:
        yield s


@pytest.fixture(autouse=True)
def _no_remembered_failures(monkeypatch):
    monkeypatch.setattr(fetch_module, "_failed", {})


def short_timeouts(monkeypatch) -> None:
    """For the server that never answers: give up after 3 s rather than 20. Only there: on a
    busy machine a local answer may well take longer than 3 s, and must not count as a failure."""
    monkeypatch.setattr(fetch_module, "CONNECT_TIMEOUT", 2.0)
    monkeypatch.setattr(fetch_module, "TOTAL_TIMEOUT", 3.0)


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_link_opens_as_an_article(server):
    art = read_any(base_url(server) + "/page.html")
    assert art.title == "Mayor opens bridge after two years of delays"
    assert art.source == "The Valley Courier" and art.author == "Jane Doe"
    assert "The new Elm Street bridge opened on Sunday" in art.text and "<" not in art.text
    assert server.agents and server.agents[0].startswith("briefing/")


def test_redirect_is_followed(server):
    art = read_any(base_url(server) + "/moved")
    assert "Elm Street bridge" in art.text


def test_reopening_uses_the_stored_copy(server):
    url = base_url(server) + "/page.html"
    first = read_any(url)
    assert read_any(url) == first
    assert server.hits["/page.html"] == 1


def test_stale_copy_is_revalidated_with_its_etag(server, monkeypatch):
    url = base_url(server) + "/etag.html"
    first = read_any(url)
    monkeypatch.setattr(fetch_module, "FRESH_SECONDS", 0)
    assert read_any(url) == first
    assert server.hits["/etag.html"] == 2  # asked again, answered 304 Not Modified


def test_works_offline_from_the_stored_copy(monkeypatch):
    with serve() as s:
        url = base_url(s) + "/page.html"
        first = read_any(url)
    monkeypatch.setattr(fetch_module, "FRESH_SECONDS", 0)  # must ask, and nobody answers now
    again = read_any(url)
    assert again.text == first.text
    assert any("showing the copy fetched" in w for w in again.warnings)


@pytest.mark.parametrize("route, message", [
    ("/missing", "404 Not Found"),
    ("/report.pdf", "not a web page or text (application/pdf)"),
    ("/huge.html", "too big"),
    ("/loop", "too many redirects"),
    ("/to-file", "redirects to a file: link"),
    ("/hang", "timed out"),
    ("/script-only.html", "no article text"),
])
def test_every_failure_is_one_line_and_exit_2(server, capsys, monkeypatch, route, message):
    if route == "/hang":
        short_timeouts(monkeypatch)
    url = base_url(server) + route
    with pytest.raises(IngestError, match=re.escape(message)):
        read_any(url)
    fetch_module._failed.clear()
    code, out, err = run_cli(capsys, "read", url)
    assert code == 2 and out == ""
    assert err.startswith("briefing: ") and err.count("\n") == 1 and message in err
    assert "Traceback" not in err


def test_refused_connection_and_unknown_scheme(capsys):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(IngestError, match=r"cannot reach|refused"):
        read_any(f"http://127.0.0.1:{port}/page.html")
    code, _, err = run_cli(capsys, "read", "file:///etc/passwd")
    assert code == 2 and "no such file" in err  # not a link we fetch: a (missing) file name


def test_a_bad_link_among_good_inputs_leaves_the_others_open(server, tmp_path):
    f = tmp_path / "local.txt"
    f.write_text("A local report about the council and its budget for the year.")
    loaded = load([base_url(server) + "/page.html", base_url(server) + "/missing", str(f)])
    assert len(loaded.articles) == 2
    assert len(loaded.problems) == 1 and "404" in loaded.problems[0]


def test_links_in_the_analysis_subcommands(server, tmp_path, capsys):
    url = base_url(server) + "/page.html"
    code, out, _ = run_cli(capsys, "facts", url, "--json")
    assert code == 0
    doc = json.loads(out)[0]
    assert doc["path"] == url and doc["source"] == "The Valley Courier"
    assert any(f["text"] == "Maria Lopez" and f["kind"] == "person" for f in doc["facts"])


# --- feeds --------------------------------------------------------------------------------------


def test_feed_link_opens_as_a_folder_of_items(server):
    base = base_url(server)
    paths = expand_inputs([base + "/feed.xml"])
    assert paths == [base + "/page.html", base + "/missing", base + "/feed.xml#item-3"]
    arts = [read_any(p) for p in paths]
    assert [a.source for a in arts] == ["The Valley Courier"] * 3
    assert [a.title for a in arts] == ["Mayor opens bridge after two years of delays",
                                       "Council approves budget", "School reopens after flood"]
    assert [a.date for a in arts] == ["2025-05-04", "2025-05-05", "2025-05-06"]
    assert "Elm Street bridge opened on Sunday after two" in arts[0].text  # the page, not the summary
    # the item whose link 404s: its own text, and the reader is told why
    assert arts[1].text.startswith("The council approved a budget of $12 million")
    assert any("404" in w and "feed's own text" in w for w in arts[1].warnings)
    assert arts[2].text.startswith("Springvale Elementary reopened")  # no link at all


def test_feed_file_opens_too(tmp_path, server):
    f = tmp_path / "news.rss"
    f.write_bytes(feed(base_url(server)))
    paths = expand_inputs([str(f)])
    assert len(paths) == 3 and paths[2] == f"{f}#item-3"
    assert read_any(paths[2]).title == "School reopens after flood"


def test_feed_of_ten_thousand_items_is_listed_in_part(server):
    notes: list[str] = []
    paths = expand_inputs([base_url(server) + "/big-feed.xml"], notes)
    assert len(paths) == fetch_module_max_items()
    assert notes and "10,000 items" in notes[0]
    assert read_any(paths[-1]).text.startswith("Item")


def fetch_module_max_items() -> int:
    from briefing.ingest.feeds import MAX_ITEMS

    return MAX_ITEMS


def test_feed_items_through_the_pipeline(server, capsys):
    code, out, err = run_cli(capsys, "read", base_url(server) + "/feed.xml", "--json")
    assert code == 0
    docs = json.loads(out)
    assert [d["title"] for d in docs] == ["Mayor opens bridge after two years of delays",
                                          "Council approves budget", "School reopens after flood"]
    assert "404" in err  # the item whose page could not be fetched is named once


def test_the_reader_with_only_a_bad_link_is_one_line_and_exit_2(server, capsys):
    code, out, err = run_cli(capsys, base_url(server) + "/missing")
    assert code == 2 and out == "" and err.count("\n") == 1 and "404 Not Found" in err


def test_progress_names_the_link_being_fetched(server, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(fetch_module, "progress", shown.append)
    read_any(base_url(server) + "/moved")
    assert shown[0] == f"fetching {base_url(server)}/moved"
    assert f"fetching {base_url(server)}/page.html" in shown  # the redirect, named as it goes
    assert shown[-1] == ""  # and cleared when done
