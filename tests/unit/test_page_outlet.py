"""The outlet of a saved page that names none in its Open Graph tags: its structured data's
publisher, else the name its <title> adds after the headline (no network)."""

from __future__ import annotations

import pytest

from briefing.ingest import read_article
from briefing.ingest.extract import page_outlet
from tests.webserver import ARTICLE_PAGE

# the bundled test page without the two places that name its outlet today
BARE = (ARTICLE_PAGE.replace('<meta property="og:site_name" content="The Valley Courier">\n', "")
        .replace("By Jane Doe, The Valley Courier", "By Jane Doe"))
LD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
      ' "headline": "Mayor opens bridge", "publisher": {"@type": "Organization",'
      ' "name": "Springvale Daily News"}}</script>\n')


def _page(tmp_path, html: str):
    f = tmp_path / "story.html"
    f.write_text(html, encoding="utf-8")
    return read_article(f)


def test_the_publisher_in_the_pages_structured_data_is_its_outlet(tmp_path):
    assert "og:site_name" not in BARE and "The Valley Courier</p>" not in BARE
    art = _page(tmp_path, BARE.replace("</head>", LD + "</head>"))
    assert art.source == "Springvale Daily News"


def test_the_name_the_title_adds_after_the_headline_is_the_outlet(tmp_path):
    assert _page(tmp_path, BARE).source == "The Valley Courier"


def test_a_page_naming_no_outlet_is_known_by_its_sites_address(tmp_path):
    html = BARE.replace("Mayor opens bridge after delays | The Valley Courier",
                        "Mayor opens bridge after delays")
    assert _page(tmp_path, html).source == "valleycourier.example"  # (its canonical link)


@pytest.mark.parametrize("head", [
    '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "x"},'
    ' {"@type": "NewsArticle", "publisher": {"name": "The Harbour Post"}}]}</script>',
    '<script type="application/ld+json">[{"@type": "NewsArticle", "publisher": "The Harbour Post"}]</script>',
    '<script type="application/ld+json">{broken json</script>'
    '<script type="application/ld+json">{"publisher": [{"name": "The Harbour Post"}]}</script>',
])
def test_structured_data_in_the_forms_sites_write_it(head):
    assert page_outlet(f"<html><head>{head}</head></html>", "Storm hits coast") == "The Harbour Post"


@pytest.mark.parametrize("title, headline", [
    ("Storm hits coast - live updates", "Storm hits coast"),  # no name: lower case
    ("Storm hits coast", "Storm hits coast"),  # nothing after the headline
    ("Weather | Storm hits the northern coast of the island at dawn", "Storm hits coast"),
    ("Quarterly results | Acme", "Storm hits coast"),  # the title is not this headline
    ("Storm hits coast | Coast", "Storm hits coast"),  # a word of the headline
])
def test_a_title_that_names_no_outlet_gives_none(title, headline):
    assert page_outlet(f"<html><head><title>{title}</title></head></html>", headline) is None


def test_broken_or_hostile_structured_data_never_fails():
    deep = "[" * 5000 + "]" * 5000
    for bad in ("", "null", "42", '"x"', deep, '{"publisher": {"name": ""}}',
                '{"publisher": {"name": "' + "x" * 500 + '"}}'):
        html = f'<html><head><script type="application/ld+json">{bad}</script></head></html>'
        assert page_outlet(html, "Storm hits coast") is None


@pytest.mark.parametrize("title", [
    "Storm hits coast - Live Updates", "Storm hits coast | Opinion", "Storm hits coast - Video",
    "Storm hits coast | World News", "Storm hits coast | In Pictures", "Storm hits coast - Update 2",
    "Storm hits coast | Page 3",
])
def test_a_title_ending_in_a_kind_of_page_or_a_section_names_no_outlet(title):
    assert page_outlet(f"<html><head><title>{title}</title></head></html>",
                       "Storm hits coast") is None


def test_a_name_after_a_section_in_the_title_is_still_the_outlet():
    assert page_outlet("<html><head><title>Storm hits coast | World News | The Harbour Post"
                       "</title></head></html>", "Storm hits coast") == "The Harbour Post"


def test_the_stories_publisher_wins_over_an_embedded_videos_and_a_reference_is_read():
    video = ('<script type="application/ld+json">{"@type": "VideoObject", "publisher":'
             ' {"name": "VideoSite"}}</script>')
    story = ('<script type="application/ld+json">{"@graph": [{"@type": "Organization", "@id":'
             ' "#org", "name": "The Harbour Post"}, {"@type": "NewsArticle", "publisher":'
             ' {"@id": "#org"}}]}</script>')
    html = f"<html><head>{video}{story}<title>Storm hits coast | Opinion</title></head></html>"
    assert page_outlet(html, "Storm hits coast") == "The Harbour Post"
