"""An Analysis as compact bytes, in two parts, and back.

The cache stores, and the worker processes return, an analysis as two JSON documents (orjson,
C speed), shaped the way they are used:

- ``head``: what the reader keeps for every report of a folder and what ``facts``/``quotes``
  print: ``{"f": FORMAT, "info": {article fields but text and blocks, "words", "lead"}, "quotes":
  [{field: value}]}`` (spans as ``{"text", "start", "end"}``), a newline, then the facts
  ``[{field: value}]``: a second document, read only when asked for (the reader keeps a
  folder's info and quotes, not its facts, and facts are most of the head);
- ``body``: what only a report on screen needs: ``{"text", "blocks": [[kind, start, end,
  level, marker]], "sentences": [row], "entities": [row]}``. A row holds a dataclass's fields in order;
  a ``text`` that is the article's slice ``text[start:end]`` (always, by the span contract) is
  null and sliced back, and a nested span is ``[text|null, start, end]``.

``Record`` reads a part only when asked: ``info``/``facts_json``/``quotes_json``/``quotes``
use the head alone; ``analysis()`` builds every model object. Anything this format cannot hold
exactly (a model field of a kind it does not know) is pickled instead, whole, so a round trip
is always exact.
"""

from __future__ import annotations

import pickle
import re
import sys
from dataclasses import fields
from functools import cache
from typing import Any

from .model import Analysis, Article, Block, Entity, Fact, Quote, Sentence, Span

FORMAT = 5
_SOURCE = ("source_start", "source_end")
_PICKLE = b"\x80"  # every pickle (protocol >= 2) starts with PROTO
_MODELS = (Article, Block, Sentence, Fact, Entity, Quote, Span)


# whole words: "FactKind" (a Literal of strings) is no nested Fact
_MODEL_NAMES = frozenset(c.__name__ for c in _MODELS) | {"Analysis"}


class Unsupported(Exception):
    """A value this format cannot hold exactly: the analysis is pickled instead."""


_SCHEMAS: dict[type, tuple[tuple[str, str], ...]] = {}


def _schema(cls: type) -> tuple[tuple[str, str], ...]:
    """(field name, how it is stored) for each field of a model class."""
    found = _SCHEMAS.get(cls)
    if found is None:
        found = _SCHEMAS[cls] = _read_schema(cls)
    return found


def _read_schema(cls: type) -> tuple[tuple[str, str], ...]:
    names = [f.name for f in fields(cls)]
    out = []
    for f in fields(cls):
        ann = str(f.type).replace(" ", "")
        if f.name == "text" and "start" in names and "end" in names:
            how = "text"
        elif ann in ("Span", "Span|None"):
            how = "span"
        elif ann.startswith("tuple[Span"):
            how = "spans"
        elif ann.startswith("tuple["):
            how = "tuple"
        elif _MODEL_NAMES.intersection(re.findall(r"\w+", ann)):  # a nested model object
            how = "?"
        else:
            how = "plain"
        out.append((f.name, how))
    return tuple(out)


def schema_fingerprint() -> str:
    """Changes whenever a model class gains, loses or retypes a field (part of the cache key)."""
    return f"{FORMAT};" + ";".join(f"{c.__name__}:" + ",".join(f"{n}/{h}" for n, h in _schema(c))
                                   for c in _MODELS)


# --- encoding ------------------------------------------------------------------------------------


def _span_row(text: str, s: Any) -> list | None:
    if s is None:
        return None
    if type(s) is not Span:
        raise Unsupported(type(s).__name__)
    return [None if text[s.start:s.end] == s.text else s.text, s.start, s.end]


def _span_dict(s: Any) -> dict[str, Any] | None:
    if s is None:
        return None
    if type(s) is not Span:
        raise Unsupported(type(s).__name__)
    return {"text": s.text, "start": s.start, "end": s.end}


def _unsupported(name: str) -> Any:
    raise Unsupported(name)


@cache
def _to_rows(cls: type) -> Any:
    """``[row]`` of a tuple of ``cls`` objects, as ``_from_rows`` reads them back; a tuple
    field is written as a list (JSON's), so that the rows compare equal to their JSON."""
    args = []
    for name, how in _schema(cls):
        v = f"o.{name}"
        if how == "text":
            args.append(f"(None if t[o.start:o.end] == {v} else {v})")
        elif how == "span":
            args.append(f"SR(t, {v})")
        elif how == "spans":
            args.append(f"[SR(t, s) for s in {v}]")
        elif how == "tuple":
            args.append(f"list({v})")
        elif how == "?":
            args.append(f"U({name!r})")
        else:
            args.append(v)
    return _compile(cls.__name__, f"[[{', '.join(args)}] for o in rs]",
                    {"SR": _span_row, "U": _unsupported})


@cache
def _to_dicts(cls: type) -> Any:
    """``[{field: value}]`` of a tuple of ``cls`` objects, as ``_from_dicts`` reads them back."""
    items = []
    for name, how in _schema(cls):
        v = f"o.{name}"
        if how == "span":
            v = f"SD({v})"
        elif how == "tuple":
            v = f"list({v})"
        elif how in ("spans", "?"):
            v = f"U({name!r})"
        items.append(f"{name!r}: {v}")
    fn = _compile(cls.__name__, "[{" + ", ".join(items) + "} for o in rs]",
                  {"SD": _span_dict, "U": _unsupported})
    return lambda rs: fn(None, rs)


def _of(cls: type, objs: Any) -> Any:
    """``objs`` when it is a tuple of exactly ``cls`` objects (what decoding builds), else
    Unsupported."""
    if type(objs) is not tuple or any(type(o) is not cls for o in objs):
        raise Unsupported(cls.__name__)
    return objs


_NO_MAP = object()
_ANALYSIS_FIELDS = ("article", "sentences", "facts", "entities", "quotes")


def encode(analysis: Analysis, smap: Any = _NO_MAP, *, body: bool = True) -> tuple[bytes, bytes]:
    """The analysis as (head, body); ``decode`` gives back an equal one. Given the report's
    ``ingest.offsets.SourceMap`` (or None when it has no source), the head's facts and quotes
    also carry their ``source_start``/``source_end``, as ``--json`` prints them. Without
    ``body`` the body is b"" (a head-only record: what ``facts``/``quotes`` print).

    Decoding rebuilds each object from exactly the values written (a tuple field from its
    list, a text left out from the article's slice), so the round trip is exact when the JSON
    reads back equal to what was written; anything else is pickled."""
    head, rest, _indented = _encode(analysis, smap, body, False)
    return head, rest


def encode_facts(analysis: Analysis, smap: Any = _NO_MAP) -> tuple[bytes, bytes | None]:
    """``encode(analysis, smap, body=False)``'s head, and the head's facts as one JSON document
    indented by 2 (``decode(..., indented=)`` takes it back: what ``facts --json`` prints of
    them, made where the facts are at hand, not read back from the head), or None (pickled)."""
    head, _rest, indented = _encode(analysis, smap, False, True)
    return head, indented


def _encode(analysis: Analysis, smap: Any, body: bool,
            indent: bool) -> tuple[bytes, bytes, bytes | None]:
    import orjson

    art = analysis.article
    try:
        if (type(analysis) is not Analysis or type(art) is not Article
                or tuple(f.name for f in fields(Analysis)) != _ANALYSIS_FIELDS
                or any(how != "plain" for _n, how in _schema(Block))):
            raise Unsupported("Analysis")
        info: dict[str, Any] = {}
        for name, how in _schema(Article):
            if name in ("text", "blocks"):
                continue
            if how == "?":
                raise Unsupported(name)
            v = getattr(art, name)
            info[name] = list(v) if how == "tuple" else v
        info["words"] = art.words
        info["lead"] = art.lead
        facts = _to_dicts(Fact)(_of(Fact, analysis.facts))
        quotes = _to_dicts(Quote)(_of(Quote, analysis.quotes))
        if smap is not _NO_MAP:
            from .ingest.offsets import quote_json, with_source

            facts = smap.add_spans(facts) if smap is not None else [with_source(f, None)
                                                                      for f in facts]
            quotes = [quote_json(q, smap) for q in quotes]
        head_doc = {"f": FORMAT, "info": info, "src": smap is not _NO_MAP, "quotes": quotes}
        text = art.text
        block_names = [n for n, _h in _schema(Block)]
        body_doc = {"text": text,
                    "blocks": [[getattr(b, n) for n in block_names] for b in _of(Block, art.blocks)],
                    "sentences": _to_rows(Sentence)(text, _of(Sentence, analysis.sentences)),
                    "entities": _to_rows(Entity)(text, _of(Entity, analysis.entities))} \
            if body else None
        # orjson writes no newline (nor any control character) outside a string's escapes
        head = orjson.dumps(head_doc) + b"\n" + orjson.dumps(facts)
        rest = orjson.dumps(body_doc) if body_doc is not None else b""
        # a value JSON cannot hold exactly (a tuple inside a value, a NaN, a dataclass) reads
        # back different
        first, _, second = head.partition(b"\n")
        if (orjson.loads(first) != head_doc
                or (not _plain_facts(analysis.facts) and orjson.loads(second) != facts)
                or (body_doc is not None and orjson.loads(rest) != body_doc)):
            return _pickled(analysis)
        indented = orjson.dumps(facts, option=orjson.OPT_INDENT_2) if indent else None
    except (Unsupported, TypeError):  # orjson raises TypeError subclasses (lone surrogates…)
        return _pickled(analysis)
    return head, rest, indented


def _plain_facts(facts: tuple[Fact, ...]) -> bool:
    """Whether every field of every fact is of a kind JSON holds exactly (a str, an int, None,
    a finite float, a dict of str keys or a list of those): then their JSON reads back equal,
    and need not be read back to know it (their source offsets are ints, or None). (Loops,
    not generators: this looks at every fact of every report.)"""
    for f in facts:
        if not (type(f.kind) is str and type(f.text) is str and type(f.start) is int
                and type(f.end) is int):
            return False
        v = f.value
        if type(v) is not str and not _plain(v):
            return False
    return True


def _plain(v: Any) -> bool:
    t = type(v)
    if t is str or t is int or t is bool or v is None:
        return True
    if t is float:
        return v - v == 0  # not a NaN nor an infinity
    if t is dict:
        for k, x in v.items():
            t = type(x)
            if type(k) is not str or not (t is str or x is None or (t is float and x - x == 0)
                                          or _plain(x)):
                return False
        return True
    if t is list:
        return all(_plain(x) for x in v)
    return False


def _pickled(analysis: Analysis) -> tuple[bytes, bytes, None]:
    return pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL), b"", None


# --- decoding ------------------------------------------------------------------------------------


class Record:
    """A decoded analysis: its parts read on demand. ``body`` may be fetched later."""

    __slots__ = ("_analysis", "_body", "_facts", "_head", "_indented", "path")

    def __init__(self, head: dict[str, Any] | None, body: bytes | None,
                 analysis: Analysis | None, path: str | None, facts: bytes | None = None,
                 indented: bytes | None = None) -> None:
        self._head = head
        self._body = body
        self._facts = facts  # the head's facts, not read yet
        self._indented = indented  # the same facts, indented (``encode_facts``)
        self._analysis = analysis
        self.path = path  # where the report is now (the cached bytes may have been elsewhere)

    def _read_facts(self) -> None:
        """The head's facts read now (once). Raises ValueError when they are damaged."""
        if self._facts is not None:
            import orjson

            assert self._head is not None
            facts = orjson.loads(self._facts)
            if not isinstance(facts, list):
                raise ValueError("damaged facts")
            self._head["facts"] = facts
            self._facts = None

    @classmethod
    def of(cls, analysis: Analysis) -> Record:
        """A record of an analysis already built."""
        return cls(None, None, analysis, analysis.article.path)

    @property
    def info(self) -> dict[str, Any]:
        """The article's fields but text and blocks, plus ``words``; path re-attached."""
        if self._head is None:
            art = self.analysis().article
            out = {n: getattr(art, n) for n, _h in _schema(Article) if n not in ("text", "blocks")}
            out["words"] = art.words
            out["lead"] = art.lead
            return out
        return _reattach(dict(self._head["info"]), self.path)

    @property
    def has_body(self) -> bool:
        return self._analysis is not None or bool(self._body)

    def analysis(self) -> Analysis:
        """Every model object (needs the body)."""
        if self._analysis is None:
            import orjson

            assert self._head is not None and self._body, "a head-only record"
            self._read_facts()
            self._analysis = _build(self._head, orjson.loads(self._body), self.path)
            self._body = None
        return self._analysis

    def facts_json(self, source: bool = False) -> list[dict[str, Any]]:
        """Every fact as ``Fact.to_json`` gives it (with ``source_start``/``source_end`` when
        ``source``: stored by the workers, else found now)."""
        keys = _json_keys(Fact)
        if self._head is None or keys is None or (source and not self._head.get("src")):
            rows = [f.to_json() for f in self.analysis().facts]
            if source:
                from .ingest.offsets import with_source

                smap = self._source_map()
                rows = [with_source(r, smap) for r in rows]
            return rows
        return self._rows("facts", Fact, keys + _SOURCE if source else keys)

    def quotes_json(self, source: bool = False) -> list[dict[str, Any]]:
        """Every quote as ``Quote.to_json`` gives it (``source`` as for ``facts_json``, for the
        quote and its speaker's mention)."""
        keys = _json_keys(Quote)
        if self._head is None or keys is None or (source and not self._head.get("src")):
            rows = [q.to_json() for q in self.analysis().quotes]
            if source:
                from .ingest.offsets import quote_json

                smap = self._source_map()
                rows = [quote_json(r, smap) for r in rows]
            return rows
        return self._rows("quotes", Quote, keys + _SOURCE if source else keys)

    def facts_document(self, source: bool = False, indent: bool = False) -> bytes | None:
        """``facts_json(source)`` as one JSON document (orjson's: compact, or indented by 2),
        when it is at hand as it is, unread: the head's own (compact), or the one its worker
        wrote (``encode_facts``: indented); else None (read ``facts_json``)."""
        doc = self._indented if indent else self._facts
        if doc is None or self._head is None:
            return None
        keys = _json_keys(Fact)
        stored = tuple(n for n, _h in _schema(Fact)) + (_SOURCE if self._head.get("src") else ())
        return doc if keys is not None and stored == (keys + _SOURCE if source else keys) else None

    def _rows(self, part: str, cls: type, keys: tuple[str, ...]) -> list[dict[str, Any]]:
        """The head's dicts of ``part`` with exactly ``keys``: as stored when every stored dict
        has those keys in that order (each one is written with its class's fields, then the
        source offsets when the head has them), else picked."""
        assert self._head is not None
        self._read_facts()
        rows = self._head[part]
        stored = tuple(n for n, _h in _schema(cls)) + (_SOURCE if self._head.get("src") else ())
        return list(rows) if stored == keys else _pick(keys)(rows)

    def _source_map(self) -> Any:
        from .ingest.offsets import source_map

        try:
            return source_map(self.analysis().article)
        except Exception:  # no map is null offsets, never a failed command
            return None

    def quotes(self, shared: bool = False) -> tuple[Quote, ...]:
        """The quotes as model objects (what search needs), from the head alone. ``shared``:
        their speakers and cues interned (they recur across a folder's reports), for quotes
        kept a long time."""
        if self._head is None:
            quotes = self.analysis().quotes
            return tuple(_shared(q) for q in quotes) if shared else quotes
        rows = self._head["quotes"]
        if shared:
            intern = sys.intern
            for row in rows:
                for name in ("speaker", "cue"):
                    if type(row.get(name)) is str:
                        row[name] = intern(row[name])
        return _from_dicts(Quote)(rows)


def _shared(quote: Quote) -> Quote:
    """The same quote with its speaker and cue interned."""
    intern = sys.intern
    speaker = intern(quote.speaker) if quote.speaker else quote.speaker
    cue = intern(quote.cue) if quote.cue else quote.cue
    if speaker is quote.speaker and cue is quote.cue:
        return quote
    return Quote(quote.text, quote.start, quote.end, speaker, quote.mention, cue, quote.scare)


def decode(head: bytes, body: bytes | None = None, path: str | None = None, *,
           lazy: bool = False, facts: bool = True, indented: bytes | None = None) -> Record | None:
    """The record in ``head`` (and ``body``); None when damaged or of another format. The
    body is decoded now (so that damage shows here) unless ``lazy``, and the facts unless
    not ``facts`` (a caller that only wants info and quotes: the reader's folder).
    ``indented``: the head's facts as ``encode_facts`` wrote them."""
    try:
        if head[:1] == _PICKLE:
            analysis = pickle.loads(head)
            if not isinstance(analysis, Analysis):
                return None
            return Record(None, None, _reattach_analysis(analysis, path), path)
        import orjson

        first, newline, rest = head.partition(b"\n")
        doc = orjson.loads(first)
        if not isinstance(doc, dict) or doc.get("f") != FORMAT or not newline:
            return None
        record = Record(doc, body, None, path, rest, indented)
        if facts or (body and not lazy):
            record._read_facts()
        if body and not lazy:
            record.analysis()  # asked for the whole: a damaged body is found now, not later
        return record
    except Exception:
        return None


@cache
def _json_keys(cls: type) -> tuple[str, ...] | None:
    """The keys of ``cls.to_json()`` when each is a field stored under that name (else None)."""
    sample = {"text": "", "start": 0, "end": 0}
    names = [n for n, _h in _schema(cls)]
    try:
        obj = cls(*[sample.get(n, "") for n in names])
        keys = tuple(obj.to_json())
    except Exception:
        return None
    return keys if all(k in names for k in keys) else None


def _compile(name: str, body: str, scope: dict[str, Any]) -> Any:
    """A small function written out for one model class (as dataclasses writes ``__init__``):
    decoding a report builds thousands of small objects."""
    exec(compile(f"def rows(t, rs):\n    return {body}\n", f"<record {name}>", "exec"),
         scope)
    return scope["rows"]


@cache
def _pick(keys: tuple[str, ...]) -> Any:
    fn = _compile("pick", "[{" + ", ".join(f"{k!r}: r[{k!r}]" for k in keys) + "} for r in rs]", {})
    return lambda rs: fn(None, rs)


@cache
def _from_dicts(cls: type) -> Any:
    args = []
    for name, how in _schema(cls):
        v = f"r[{name!r}]"
        if how == "span":
            args.append(f"(None if {v} is None else S({v}['text'], {v}['start'], {v}['end']))")
        elif how == "tuple":
            args.append(f"tuple({v})")
        else:
            args.append(v)
    fn = _compile(cls.__name__, f"tuple([C({', '.join(args)}) for r in rs])", {"C": cls, "S": Span})
    return lambda rs: fn(None, rs)


@cache
def _from_rows(cls: type) -> Any:
    schema = _schema(cls)
    names = [n for n, _h in schema]
    args = []
    for i, (_name, how) in enumerate(schema):
        v = f"r[{i}]"
        if how == "text":
            args.append(f"(t[r[{names.index('start')}]:r[{names.index('end')}]] if {v} is None else {v})")
        elif how == "span":
            args.append(f"(None if {v} is None else S(t[{v}[1]:{v}[2]] if {v}[0] is None else {v}[0], "
                        f"{v}[1], {v}[2]))")
        elif how == "spans":
            args.append(f"tuple([S(t[s[1]:s[2]] if s[0] is None else s[0], s[1], s[2]) for s in {v}])")
        elif how == "tuple":
            args.append(f"tuple({v})")
        else:
            args.append(v)
    return _compile(cls.__name__, f"tuple([C({', '.join(args)}) for r in rs])", {"C": cls, "S": Span})


def _build(head: dict[str, Any], body: dict[str, Any], path: str | None) -> Analysis:
    info = _reattach(dict(head["info"]), path)
    info.pop("words", None)
    info.pop("lead", None)
    for name, how in _schema(Article):
        if how == "tuple" and name in info:
            info[name] = tuple(info[name])
    text = body["text"]
    article = Article(text=text, blocks=tuple(Block(*b) for b in body["blocks"]), **info)
    return Analysis(article=article, sentences=_from_rows(Sentence)(text, body["sentences"]),
                    facts=_from_dicts(Fact)(head["facts"]),
                    entities=_from_rows(Entity)(text, body["entities"]),
                    quotes=_from_dicts(Quote)(head["quotes"]))


def _reattach(info: dict[str, Any], path: str | None) -> dict[str, Any]:
    """The same bytes read from another path: that path, and its name as the outlet when the
    outlet was only the old file name."""
    from pathlib import Path

    old = info["path"]
    if path is not None and old != path:
        if info.get("source") == Path(old).name:
            info["source"] = Path(path).name if path not in ("-", "") else "stdin"
        info["path"] = path
    return info


def _reattach_analysis(analysis: Analysis, path: str | None) -> Analysis:
    from dataclasses import replace

    info = _reattach({"path": analysis.article.path, "source": analysis.article.source}, path)
    if info["path"] == analysis.article.path:
        return analysis
    return replace(analysis, article=replace(analysis.article, **info))
