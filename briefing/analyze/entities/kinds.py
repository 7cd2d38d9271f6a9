"""Kinds that the words around a name say, read before the general rules of ``context``: a
company's or a team's (what it does: "said it would", "opened its lead", "shares of X", "X
coach Jane Doe", "software giant X"), a place's name standing for its university or its team
("a professor at Harvard", "played for Boston"), a company's product ("Toyota Camry"), a person
named after a town ("designer India Hicks", no team), a title of a work ("Malle's The
Lovers"), a model before the noun of a made thing ("its Blackwell processors")."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from ..data import lower_words, words
from ..trie import longest_first
from .lexicon import _CUE_AFTER_APPOS, FIRST, _Cand, _Lex, cued_before, tail_word


class _KindWords:
    """The word lists read here, looked up once."""

    def __init__(self) -> None:
        self.speech_verbs = lower_words("speech_verbs")
        self.company_nouns_after = lower_words("company_nouns_after_name")
        self.org_roles_after = lower_words("org_roles_after_name")
        self.org_nouns_before = lower_words("org_nouns_before_name")
        self.group_nouns_after = lower_words("group_nouns_after_name")
        self.team_roles_after = lower_words("team_roles_after_name")


@cache
def _kind_words() -> _KindWords:
    return _KindWords()


# a company's words around a name (see ``company_cue``)
_ITS_AFTER = re.compile(r"((?:[^\S\n]+[a-z]+){1,3}?)[^\S\n]+its(?:elf)?\b")
_POSSESSIVE_WORD = re.compile(r"(?:['’]s)?[^\S\n]+([a-z]+)")
_WHICH_AFTER = re.compile(r",[^\S\n]+which[^\S\n]+[a-z]")
# words between a subject and "its" that make "its" another noun's ("told the board its plan",
# "Smith and its", "to whom its")
_NOT_BEFORE_ITS = frozenset({"the", "a", "an", "his", "her", "their", "our", "my", "your",
                             "this", "that", "these", "those", "and", "or", "but", "nor", "of",
                             "whom", "who", "whose", "him", "them", "us", "me", "you"})


_CAPITAL_NEXT = re.compile(r"[^\S\n]+[A-Z]")
_COMPANY_PREPOSITIONS = frozenset({"of", "in", "with", "at"})  # (_company_before's last words)
# (a past verb after the name, unless its object follows: "the firm Smith joined", not
# "cable operator Vessmar reported a loss")
_VERB_ED_AFTER = re.compile(r"[^\S\n]+[a-z]+ed\b(?![^\S\n]+(?:a|an|the|its|their|that|\d)\b)")
_PREPOSITIONS = frozenset({"in", "on", "at", "of", "for", "with", "by", "from", "to", "into",
                           "about", "after", "before", "over", "under", "against", "during",
                           "through", "since", "within", "without", "between", "among", "per",
                           "via", "as", "than", "like"})
# lower-case words after which a name opens a clause (it may be its subject)
_CLAUSE_OPENERS = frozenset({"and", "but", "or", "while", "when", "as", "after", "before",
                             "because", "since", "although", "though", "if", "that", "where",
                             "then", "now", "meanwhile", "however", "yet", "so"})


@cache
def _company_before() -> re.Pattern[str]:
    nouns = "|".join(longest_first(lower_words("company_nouns_before_name")))
    return re.compile(rf"(?<!\w)(?i:{nouns})[^\S\n]+(?:of|in|with|at)[^\S\n]+$")


def _may_be_company_before(head: str) -> bool:
    """Does ``head`` (the window before "of", "in" …) end in one of ``_company_before``'s nouns,
    then white space? (The long pattern, compiled on first use, is tried only then; a word out
    of ASCII, which the case-blind pattern may fold in other ways, is left to it.)"""
    w = tail_word(head.rstrip())
    return bool(w) and (not w.isascii() or w.lower() in lower_words("company_nouns_before_name"))


def company_cue(text: str, sstart: int, start: int, end: int, name: str, place: bool,
                nxt: str | None = None) -> bool:
    """Do the words around the name at ``text[start:end]`` make it a company's (or a team's)?
    "shares of X", "a stake in X", "analysts at X", "software giant X"; "X shares", "X's
    stock", "X coach Jane Doe", "X president Jane Doe", "X striker Jane Doe";
    "X opened its", "X has rebranded itself" (a subject that owns "its" is no person: a few
    lower-case words between, none of them a speech verb, a determiner or a pronoun that
    "its" could belong to). Never a known place (``place``: "Kessaby opened its first
    hospital", "investors in Kessaby")."""
    v = _kind_words()
    # the word after the name, maybe after its possessive (read only when it may be one)
    # (``nxt``: the caller's reading of the next lower-case word, "" when there is none: then
    # only a possessive is read here)
    c0 = text[end:end + 1]
    m = _POSSESSIVE_WORD.match(text, end, end + 30) if (c0 == "'" or c0 == "’") or (
        c0 == " " and (nxt is None or nxt in v.company_nouns_after or nxt in v.org_roles_after
                       or nxt in v.team_roles_after)
    ) else None
    if m is not None:
        w = m.group(1)
        if w in v.company_nouns_after or ((w in v.org_roles_after or w in v.team_roles_after)
                                          and m.start(1) == end + 1
                                          and _CAPITAL_NEXT.match(text, m.end())
                                          and not text.endswith(" of ", 0, start)):
            # (the role's holder is named: "Named Jane Doe coach." is her job; "Hall of Fame
            # coach Jane Doe": the last word of a longer name)
            return True
    if place:
        return False
    lo = max(sstart, start - 40)
    last = ""  # the word right before the name, when a space alone comes between
    if start - 2 > lo and text[start - 1] == " ":
        k = text.rfind(" ", lo, start - 1) + 1 or lo
        last = text[k:start - 1]
        if last in v.org_nouns_before and not _VERB_ED_AFTER.match(text, end, end + 30):
            return True  # "software giant Yahoo" (not "the firm Smith joined")
        if last in _COMPANY_PREPOSITIONS and _may_be_company_before(text[lo:k]) \
                and _company_before().search(text, lo, start):
            return True
    if " " in name or text.find(" its", end, end + 50) < 0:
        return False  # ("Catching Fire might not make its date": a film's)
    m = _ITS_AFTER.match(text, end, end + 50)
    if m is None:
        return False
    between = m.group(1).split()
    if between[0] in v.speech_verbs or between[0] in _PREPOSITIONS \
            or any(w in _NOT_BEFORE_ITS for w in between):
        return False
    # ... and the name is the subject: no preposition or verb right before it ("a rebuke of
    # Jane Doe in its edition")
    return not last or not last.islower() or last in _CLAUSE_OPENERS


# "… said it would cut", "… announced that it has": a company speaking of itself ("said it
# would be hard", "said it was" are anyone's)
_SAID_IT = re.compile(r",?[^\S\n]+[a-z]+[^\S\n]+(?:that[^\S\n]+)?it[^\S\n]+(?:will|would|had|has|"
                      r"could|plans|planned|expects|expected|intends|intended|aims|hopes|wants)"
                      r"[^\S\n]+(?!be\b|been\b)[a-z]")


def speaks_as_company(text: str, end: int) -> bool:
    """Does a speech verb after the name ending at ``end`` say what "it" will do or has done
    ("Brankor said it would cut jobs", "… announced that it had restored"), or speak of "its"
    things ("Vessix said its profit fell")? Then the speaker is a company."""
    if text.find(" it", end, end + 60) < 0:  # (the commonest case: no "it" near)
        return False
    m = _SAID_IT.match(text, end, end + 60)
    if m is None:
        m = _ITS_AFTER.match(text, end, end + 40)
        if m is None:
            return False
        between = m.group(1).split()
        if len(between) > 2 or any(w in _NOT_BEFORE_ITS for w in between[1:]):
            return False
    verb = text[end:m.end()].lstrip(", \t").split(None, 1)[0]
    return verb in _kind_words().speech_verbs


# a place's name standing for its university or its team: "a professor at Harvard", "studied at
# Cambridge", "graduated from Tsinghua"; "played for Boston", "24 games for Altoona", "traded to
# Denver" (not "students from China", "transferred to Huntsville": people and prisoners move;
# not "a game with Madagascar's institutions", "signed for Catching Fire", a film)
_STUDY_AT = frozenset({
    "professor", "professors", "lecturer", "lecturers", "student", "students", "researcher",
    "researchers", "scientist", "scientists", "fellow", "fellows", "dean", "economist",
    "economists", "faculty", "studied", "studies", "studying", "taught", "teach", "teaches",
    "teaching", "lectured", "lectures", "lecturing", "enrolled", "educated"})
_GRADUATED_FROM = frozenset({"graduated", "graduating", "degree", "doctorate", "diploma"})
_PLAYED_FOR = frozenset({"played", "plays", "playing", "debut", "debuted", "career", "season",
                         "seasons", "appearance", "appearances", "goals"})
_GAMES_FOR = frozenset({"game", "games", "starts"})
# the words before a place's name, by the preposition right before it (and maybe "the")
_INSTITUTION_BEFORE: dict[str, frozenset[str]] = {
    "at": _STUDY_AT, "from": _GRADUATED_FROM, "for": _PLAYED_FOR | _GAMES_FOR,
    "with": _PLAYED_FOR | {"signed"}, "to": frozenset({"traded"})}
INSTITUTION_TAILS = (" at ", " from ", " for ", " with ", " to ", " the ")  # (its last words)


def institution_before(text: str, sstart: int, start: int) -> bool:
    """Do the words before the name at ``start`` make a place's name stand for an institution
    there, a university or a team ("a professor at Harvard", "played for Boston")?"""
    lo = max(sstart, start - 40)
    if not text.endswith(INSTITUTION_TAILS, lo, start):
        return False
    words = text[lo:start].split()
    if words[-1] == "the":  # ("played for the Boston …": the words before "the" decide)
        words.pop()
    if len(words) < 2:
        return False
    triggers = _INSTITUTION_BEFORE.get(words[-1])
    return triggers is not None and words[-2].lower() in triggers


_ROLE_THEN_NAME = re.compile(r"[^\S\n]+([a-z][a-z-]+)[^\S\n]+[A-Z]")


def team_role_after(text: str, end: int) -> bool:
    """Is the place's name ending at ``end`` followed by a role of a team's player or staff and
    a person's name ("Liverpool striker Mohamed Salah", "Texas coach Steve Sarkisian")? Then it
    names the team."""
    m = _ROLE_THEN_NAME.match(text, end, end + 40) if text.startswith(" ", end) else None
    return m is not None and m.group(1) in _kind_words().team_roles_after


_TWO_WORDS_AFTER = re.compile(r"[^\S\n]+([a-z]+)(?:[^\S\n]+([a-z]+))?")


def group_after(text: str, end: int, nxt: str) -> bool:
    """Does a noun of a group of people follow the name ending at ``end``, maybe after one more
    word ("Heathrow ground staff", "Vessix employees")? Then the name is theirs: no person's.
    (``nxt``: the next word if it is in lower case, else "".)"""
    if not nxt:
        return False
    m = _TWO_WORDS_AFTER.match(text, end, end + 40)
    if m is None:
        return False
    nouns = _kind_words().group_nouns_after
    return m.group(1) in nouns or m.group(2) in nouns


def not_a_person_after(text: str, end: int) -> bool:
    """", which …" right after a name: a thing's, a place's or an organisation's, no person's."""
    return _WHICH_AFTER.match(text, end, end + 12) is not None


def product_after(org: _Cand, c: _Cand, text: str, lx: _Lex, common: Container[str],
                  is_place: bool) -> bool:
    """Is the lone word ``c`` (no surname of anyone the report names) right after an
    organisation's name written in words, a word no list and no dictionary knows ("Toyota
    Camry", "Intel Xeon", "Nvidia GeForce")? Then it names the company's product, no person.
    (After an abbreviation a name is often its own: "UC Berkeley", "HMS Nelson", "JD Roundy".)"""
    w = c.name
    return org.kind == "organization" and not org.ref and org.end == c.start - 1 \
        and text[org.end] == " " and not org.name.isupper() and not lx.roles.get(w, 0) & FIRST \
        and w not in lx.index and w.lower() not in common and not is_place


def person_named_after_town(c: _Cand, town: _Cand, text: str, lx: _Lex) -> bool:
    """Is the organisation ``c``, a town and a plural (read as a team: "Denver Falcons"), a
    person named after the town ("India Hicks", "Paris Roberts"): a role right before it
    ("designer India Hicks"; not one a team has too: "division rival Houston Texans") or an
    apposition after it (", who …")?"""
    if town.kind != "place" or town.start != c.start or c.name.count(" ") != 1 \
            or c.name[-1] != "s":
        return False
    lo = max(c.sstart, c.start - 40)
    before = text[lo:c.start]
    return (c.start > lo and text[c.start - 1].isspace() and cued_before(before, lx)
            and before.split()[-1].lower() not in _TEAM_ROLES) \
        or _CUE_AFTER_APPOS.match(text, c.end, c.end + 60) is not None


_TEAM_ROLES = words("roles_of_teams_too")  # "division rival Houston Texans"


_WORK_BEFORE = re.compile(r"(?:['’]s|[\"“‘])\s*$")  # "Malle's The Lovers", "“The Poet"
_WORK_AFTER = re.compile(r"\s*(?:\((?:\d{4}|[^()]*\b\d{4})\)|[\"”]|’(?!s\b))")  # "The Lookout (2007)"


def work_title(text: str, c: _Cand) -> bool:
    """A title of a work or a nickname, not an organisation: "The X" in double quotes, after a
    possessive ("Malle's The Lovers") or before a year in brackets ("The Lookout (2007)")."""
    if _WORK_BEFORE.search(text, max(c.sstart, c.start - 4), c.start) \
            or _WORK_AFTER.match(text, c.end, c.end + 40):
        return True
    # "The Annoying Orange episode", "The Dazzling Hour by Anna Bonacci"
    m = _WORD_AFTER.match(text, c.end, c.end + 40)
    return m is not None and (m.group(1) in _work_nouns() or (
        m.group(1) == "by" and text[m.end():m.end() + 1].isupper()))


_WORD_AFTER = re.compile(r" (\w+) ?")


@cache
def _work_nouns() -> frozenset[str]:
    return frozenset(words("work_nouns_before_title"))


# a model's number or letter ("Falcon 9", "Galaxy S24"); other names of a list, maybe with their
# own ("Blackwell and Rubin", "Falcon 9 and Falcon Heavy"); a lower-case noun, then what follows
_MODEL = r"(?:\s+(?:\d[\w.-]*|[A-Z]{1,2}\d*)(?![\w'’-]))"
_PRODUCT_AFTER = re.compile(
    rf"({_MODEL})?((?:(?:,|,?\s+(?:and|or|&))\s+[A-Z][\w.'’-]*{_MODEL}?){{1,3}})?"
    r"\s+([a-z]+)(?![\w'’-])(?:([,.;:)]|\s+[a-z]+))?")


def model_before_product(text: str, sstart: int, start: int, end: int, nouns: Container[str],
                         function_words: Container[str]) -> bool:
    """Is the name at ``start``-``end`` a model's, right before a noun of a made thing that heads
    its phrase: with a model's number ("the Falcon 9 rocket lifted off"), one of a list of
    names ("its Blackwell and Rubin processors"), or before the plural ("Dreamliner jets",
    "Xeon chips were")? Not "a Putin phone call"; nor "the Calor Gas vehicle", "the Acme
    chip", where the name may as well be the owner's or the maker's."""
    m = _PRODUCT_AFTER.match(text, end, end + 80)
    if m is None or m.group(3) not in nouns:
        return False
    noun = m.group(3)
    if not (m.group(1) or m.group(2) or (noun.endswith("s") and noun not in _BOTH_NUMBERS)
            or not _DETERMINER_BEFORE.search(text[max(sstart, start - 20):start])):
        return False
    after = m.group(4)
    if after is None or not after[0].isspace():
        return True
    after = after.lstrip()
    return after in function_words or after.endswith(("ed", "s"))


_BOTH_NUMBERS = frozenset({"aircraft", "spacecraft", "series"})
# a determiner, maybe an adjective, before a name ("the", "its new")
_DETERMINER_BEFORE = re.compile(
    r"(?:^|[^\w])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[a-z]+\s+)?$")
