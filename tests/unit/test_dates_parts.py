"""A date line dates the report when it stands near the top, and what follows it when it stands
further down: a page that gathers several reports (or a story told day by day) prints one
above each part, and "on Tuesday", "yesterday", "last week" in a part count from that part's
date. Sentences and date lines are invented."""

from __future__ import annotations

import pytest

from briefing.analyze.report_dates import line_date
from briefing.ingest import parse_text

from .test_facts import figures


@pytest.mark.parametrize("line, iso", [
    ("First Posted: 03 / 07 / 12 09: 15 AM ET Updated: 03 / 08 / 12 10: 02 AM ET", "2012-03-07"),
    ("Posted at 4: 10 PM ET, 02 / 6 / 2014", "2014-02-06"),
    ("Last updated 09: 41 23 / 10 / 2015", "2015-10-23"),
    ("updated 11 / 21 / 2006 1: 22: 05 PM ET", "2006-11-21"),
    ("On Wed, 19 / 03 / 2014 - 08: 30", "2014-03-19"),
    ("published: 2016 - 02 - 09 08: 12: 44", "2016-02-09"),
    ("Article posted on 14. 05. 2011", "2011-05-14"),
    ("Published: 2010. 06. 09 07: 45 AM", "2010-06-09"),
    ("2010/06/09", "2010-06-09"),
    ("Monday, October 30 - 2006 at 11: 05", "2006-10-30"),
    ("FEBRUARY 17, 2010", "2010-02-17"),
    ("3 P. M. MARCH 9, 2011", "2011-03-09"),
    ("PUBLISHED: 08: 20 GMT, 4 May 2012 | UPDATED: 10: 55 GMT, 5 May 2012", "2012-05-04"),
    ("Thursday, 2 April 2015, 18: 10 ( GMT+03: 00 )", "2015-04-02"),
    # an outlet or a place: in capitals, or in two words at most
    ("AFP Mar 3, 2014, 07. 40PM IST LAGOS:", "2014-03-03"),
    ("Agencies Oct 9, 2012, 11. 05AM IST", "2012-10-09"),
    ("LISBON, PORTUGAL, June 5, 2010", "2010-06-05"),
    ("Cape Town, Jan 21, 2008 / 09: 30 am ( SAPA )", "2008-01-21"),
    # a clock time of four digits before a zone, "hrs", "PT", "Release:"
    ("UPDATED: 0915 GMT ( 1715 HKT ), March 2, 2011", "2011-03-02"),
    ("Fri Apr 8 2016, 22: 04 hrs", "2016-04-08"),
    ("OCTOBER 4, 2015 | 07: 12PM PT", "2015-10-04"),
    ("Release: 11 / 06 / 2014", "2014-11-06"),
])
def test_a_date_line_with_labels_and_clock_times_gives_its_day(line, iso):
    assert line_date(line) == iso


@pytest.mark.parametrize("line", [
    "She moved to the city on May 4, 2013",  # a sentence, not a date line
    "He died 12 / 03 / 2011",
    "In 2004 the river flooded.",
    "31 / 02 / 2011",  # no such day
    "Posted at 4: 10 PM ET",  # no date
    "Villagers Return Home Again October 2, 2015",  # a title: three words that are no label
    "Ferry service fully restored: 7 June 2012",
])
def test_a_sentence_or_a_line_without_a_day_is_no_date_line(line):
    assert line_date(line) is None


@pytest.mark.parametrize("line, iso", [
    ("First Posted: 03 / 07 / 12 09: 15 AM ET", "2012-03-07"),
    ("published: 2016 - 02 - 09 08: 12: 44", "2016-02-09"),
    ("Article posted on 14. 05. 2011", "2011-05-14"),
    ("Monday, October 30 - 2006 at 11: 05", "2006-10-30"),
])
def test_a_labelled_date_line_under_the_title_dates_the_report(line, iso):
    text = f"# Ferry service resumes\n\n{line}\n\nThe ferry sailed again on Tuesday.\n"
    assert parse_text(text, "r.txt").date == iso


_PAGE = ("Council approves new bridge\n\nThe council approved the bridge on Tuesday, and work "
         "starts next month.\n\n" + "Officials said the plans took two years to draw up. " * 8
         + "\n\nFactory fire closes road\n\nFriday, March 6, 2009\n\nA fire broke out "
         "yesterday at a paint factory, and the road will stay closed until Monday.\n\nWorkers "
         "had complained last week about the smell.\n")


def test_a_date_line_further_down_dates_the_part_under_it():
    got = {(text, str(value)) for kind, text, value in figures(_PAGE, "2014-10-15")
           if kind == "date"}
    # the first report counts from the page's date (Wednesday, October 15, 2014) ...
    assert ("Tuesday", "2014-10-14") in got and ("next month", "2014-11") in got
    # ... the second from its own date line (Friday, March 6, 2009)
    assert ("yesterday", "2009-03-05") in got
    assert ("Monday", "2009-03-09") in got
    assert ("last week", "2009-W09") in got


def test_a_date_line_further_down_dates_its_part_when_the_page_has_no_date():
    got = {(text, str(value)) for kind, text, value in figures(_PAGE, None) if kind == "date"}
    assert ("Tuesday", "{'relative': 'Tuesday'}") in got
    assert ("yesterday", "2009-03-05") in got
