"""The reader: two reports side by side, facts in a sidebar, quote search, what's new."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.containers import Horizontal as Row
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Static
from textual.worker import get_current_worker

from ..config.state import save_choice
from ..config.themes import discover_themes
from ..model import Analysis, Article, Comparison
from ..present.groups import FactGroup, Occurrence, change_groups, group_facts, sentence_tints
from ..present.layout import DEFAULT_MEASURE
from ..present.session import ReadingSession, change_summary, plural
from . import diff_actions
from .keys import apply_user_keymap, help_rows
from .messages import Analyzed, Compared, Loaded, fact_highlights
from .palette import build_palette, diff_legend, reader_commands
from .textual_fixes import apply as _apply_textual_fixes
from .themes import contrast_warning, register_all, starting_theme, theme_variable_defaults
from .widgets.article_pane import ArticlePane, Highlight
from .widgets.facts_sidebar import FactsSidebar

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from ..search import QuoteIndex
    from ..store import ArticleInfo

LETTERS = "AB"
T = TypeVar("T")
# Actions on plain letter keys: while the sidebar's filter has the focus those letters are
# typed into it, so the footer does not offer them.
LETTER_ACTIONS = frozenset({"quit", "help", "toggle_facts", "next_occurrence",
                            "previous_occurrence", "open_report", "next_theme", "search",
                            "toggle_diff", "next_change", "previous_change", "toggle_linked"})

# Actions that need two reports side by side: hidden (and their keys off) while one is shown.
PAIR_ACTIONS = frozenset({"toggle_diff", "next_change", "previous_change", "toggle_linked"})


_apply_textual_fixes()  # before any toast is shown


class _FromSession(Generic[T]):
    """An attribute of the app that is the reading session's attribute of the same name."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, app: BriefingApp, owner: type | None = None) -> T:
        return getattr(app.session, self.name)


class BriefingApp(App[int]):
    """Read reports side by side."""

    TITLE = "briefing"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="app.interrupt"),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
        Binding("tab", "focus_next_pane", "Next pane", show=False, id="app.next_pane",
                priority=False),
        Binding("shift+tab", "focus_previous_pane", "Previous pane", show=False,
                id="app.previous_pane"),
        Binding("f", "toggle_facts", "Facts", id="app.facts"),
        Binding("n", "next_occurrence", "Next", show=False, id="app.next_occurrence"),
        Binding("N", "previous_occurrence", "Previous", show=False, id="app.previous_occurrence"),
        Binding("o", "open_report", "Open", id="app.open"),
        Binding("t", "next_theme", "Theme", id="app.theme"),
        Binding("slash", "search", "Quotes", key_display="/", id="app.search"),
        Binding("d", "toggle_diff", "What's new", id="app.diff"),
        Binding("right_square_bracket", "next_change", "Next change", key_display="]",
                show=False, id="app.next_change"),
        Binding("left_square_bracket", "previous_change", "Previous change", key_display="[",
                show=False, id="app.previous_change"),
        Binding("s", "toggle_linked", "Linked reading", show=False, id="app.linked"),
        Binding("c", "coverage", "Coverage", show=False, id="app.coverage"),
    ]

    def __init__(self, articles: Sequence[Article], *, problems: Sequence[str] = (),
                 theme_name: str | None = None, more_paths: Sequence[str] = (),
                 measure: int | None = None) -> None:
        self.discovered = discover_themes()  # before App.__init__, which reads the variables
        super().__init__()
        self.theme_names = register_all(self, self.discovered)
        self.theme_notes = [f"theme file {p}" for p in self.discovered.problems]
        self.theme = starting_theme(self.theme_names, theme_name, self.theme_notes)
        self.theme_notes.extend(filter(None, [contrast_warning(self.discovered, self.theme)]))
        self.user_keymap, keymap_problems = apply_user_keymap(self)
        self.theme_notes.extend(keymap_problems)
        if not articles:
            raise ValueError("BriefingApp needs at least one article")
        self.articles: list[Article | ArticleInfo] = list(articles)
        self.more_paths = list(more_paths)  # reports still to read, in the background
        if len(self.more_paths) >= 8:
            from ..pipeline import prepare

            prepare()
        self.failed: list[str] = []
        self.problems = list(problems)
        self.requested_theme = theme_name
        from ..store import ReportStore

        self.analyses = ReportStore()  # whole analyses only for what is on screen (and recent)
        self.session = ReadingSession(range(min(2, len(self.articles))))
        self.palette: dict[str, Style] = {}
        self._index: QuoteIndex | None = None
        self._index_reports: list[int] = []
        self._highlights: dict[int, list[Highlight]] = {}  # fact highlights per report
        self.measure = DEFAULT_MEASURE if measure is None else max(0, measure)
        self._sidebar_before_diff = False  # was the sidebar open when what's new was turned on
        self._linked_mark: tuple[int, int, int] | None = None  # (slot, start, end) of a counterpart

    def say(self, message: str, *, severity: SeverityLevel = "information", timeout: float = 4) -> None:
        """A notification; never parsed as markup (messages may quote a report or a path)."""
        self.notify(message, severity=severity, timeout=timeout, markup=False)

    def _watch_theme(self, theme_name: str) -> None:
        if self.is_running:  # a switch while reading
            super()._watch_theme(theme_name)
            return
        # The theme chosen in __init__, before any CSS is parsed: Textual would parse and apply
        # the whole stylesheet twice before the first paint (with its default theme's variables,
        # then again with these). What its watcher does, the stylesheet given the theme's
        # variables at once instead of a refresh once running (nothing listens yet).
        theme = self.current_theme
        classes = {name: False for name in self.classes if name.startswith("-theme-")}
        classes[f"-theme-{theme.name}"] = True
        classes["-dark-mode"] = theme.dark
        classes["-light-mode"] = not theme.dark
        self.update_classes(classes, update=False)
        self._refresh_truecolor_filter(self.ansi_theme)
        self._invalidate_css()
        self.stylesheet.set_variables(self.get_css_variables())

    def get_theme_variable_defaults(self) -> dict[str, str]:
        discovered = getattr(self, "discovered", None)
        return theme_variable_defaults(discovered, no_color=bool(getattr(self, "no_color", False)))

    # --- layout -------------------------------------------------------------------------------

    def _article(self, report: int) -> Article:
        """A report's whole article: from its analysis when the store holds only its description
        (a folder's report), else the article handed in."""
        art = self.articles[report]
        if isinstance(art, Article):
            return art
        return self.analyses[report].article

    def compose(self) -> ComposeResult:
        yield Header(icon="▤")
        with Horizontal(id="body"):  # the sidebar beside the panes, under the header
            with Horizontal(id="panes"):
                for slot, report in enumerate(self.shown):
                    pane = ArticlePane(self._article(report), id=f"pane-{slot}", classes="pane")
                    pane.measure = self.measure
                    self._title_pane(pane, slot, report)
                    yield pane
            yield FactsSidebar(id="sidebar")
        if self.more_paths:  # a folder's other reports are read in the background
            from textual.widgets import ProgressBar

            with Row(id="progress"):
                yield Label("", id="progress-label")
                yield ProgressBar(total=None, show_eta=False, id="progress-bar")
        yield Static("", id="legend")
        yield Footer()

    def _title_pane(self, pane: ArticlePane, slot: int, report: int) -> None:
        art = self.articles[report]
        title = art.source
        if art.title and art.title != art.source:
            title += f" · {art.title}"
        if art.language not in ("", "en"):  # the analysis is English: say so where it shows
            from ..ingest.language import language_name

            title += f" · in {language_name(art.language)}"
        pane.border_title = Text(f"{LETTERS[slot]}  {title}")
        pane.border_subtitle = Text(f"{art.words:,} words")

    def on_mount(self) -> None:
        self.sub_title = " vs ".join(self.articles[i].source for i in self.shown)
        self._apply_palette()
        self.theme_changed_signal.subscribe(self, lambda _theme: self._apply_palette())
        self.panes[0].focus()
        self._narrow_check()
        notes = self.theme_notes + list(self.problems)
        for art in self.articles[:2]:
            notes.extend(f"{art.source}: {w}" for w in art.warnings)
        for note in notes[:5]:
            self.say(note, severity="warning", timeout=8)
        self._progress_done = 0
        self._told_failed = False
        self._update_progress()
        # Analysis starts once the first screen is drawn: the worker thread would otherwise
        # compete with the first paint for the interpreter.
        self.call_after_refresh(self.analyze_all)

    def on_resize(self, event: events.Resize) -> None:
        # this handler runs before App._on_resize records the new size: self.size is still
        # the old one here (the panes stayed stacked after widening an 80-column terminal)
        self._narrow_check(event.size.width)
        self._update_legend(event.size.width)

    def _narrow_check(self, width: int | None = None) -> None:
        self.screen.set_class((self.size.width if width is None else width) < 100, "narrow")

    @property
    def panes(self) -> list[ArticlePane]:
        return list(self.query(ArticlePane))

    def _apply_palette(self) -> None:
        self.palette = build_palette(self)
        for pane in self.query(ArticlePane):
            pane.set_palette(self.palette)
        sidebar = self.query_one(FactsSidebar)
        sidebar.palette = self.palette
        self._update_legend()

    def _update_legend(self, width: int | None = None) -> None:
        """While what's new is on, one line under the panes says what each colour means."""
        legend = self.query_one("#legend", Static)
        legend.display = self.diff_mode
        if self.diff_mode:
            legend.update(diff_legend(self.palette, self.size.width if width is None else width))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # while a text box has the focus (the sidebar's filter, coverage's), letters go into
        # it: the footer shows what works, not "/ Quotes" for a key that types a slash
        if action in PAIR_ACTIONS and self.pair is None:
            return False  # one report: what's new and linked reading have nothing to compare
        return not (action in LETTER_ACTIONS and isinstance(self.focused, Input))

    # --- analysis (off the UI thread) ---------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis")
    def analyze_all(self) -> None:
        """The shown reports first, then the others; a folder's remaining files through the
        process pool and the cache. Results arrive as messages; the UI never waits."""
        from ..analyze import analyze
        from ..pipeline import analyse_paths, split_missing
        from ..startup import load_analysers

        worker = get_current_worker()
        order = self.shown + [i for i in range(len(self.articles)) if i not in self.shown]
        failed, rest = split_missing(self.more_paths)  # told of at once, not after the analyses
        for res in failed:
            self.post_message(Loaded(res.path, None, res.error))
        load_analysers()
        for i in order:
            if worker.is_cancelled:
                return
            art = self.articles[i]
            if not isinstance(art, Article):  # a folder's report, analysed by the pool below
                continue
            analysis = analyze(art)
            self.post_message(Analyzed(i, analysis, fact_highlights(analysis)))
        if rest:
            for res in analyse_paths(rest, should_stop=lambda: worker.is_cancelled,
                                     whole=False):
                self.post_message(Loaded(res.path, None, res.error, res if res.record else None))

    def on_loaded(self, message: Loaded) -> None:
        self._progress_done += 1
        if message.result is None:
            self.failed.append(message.error or message.path)
        else:
            self.articles.append(self.analyses.add(len(self.articles), message.result))
        self._update_progress()

    def _update_progress(self) -> None:
        total = len(self.more_paths)
        if not total:  # nothing read in the background: no progress line
            return
        box = self.query_one("#progress")
        if self._progress_done >= total:
            box.display = False
            if self.failed and not self._told_failed:
                self._told_failed = True
                first = self.failed[0]
                more = f" (and {len(self.failed) - 1} more)" if len(self.failed) > 1 else ""
                self.say(f"could not read {first}{more}", severity="warning", timeout=8)
            return
        box.display = True
        self.query_one("#progress-label", Label).update(
            Text(f"reading {self._progress_done:,}/{total:,} "))
        from textual.widgets import ProgressBar

        self.query_one("#progress-bar", ProgressBar).update(total=total,
                                                            progress=self._progress_done)

    def on_analyzed(self, message: Analyzed) -> None:
        self.analyses[message.index] = message.analysis
        if message.highlights is not None:
            self._highlights[message.index] = message.highlights
        if message.index in self.shown:
            self._refresh_highlights()
            self._refresh_sidebar()
            self._ensure_comparison()

    # the session's state, under the names the app (and its tests) use
    shown = _FromSession[list[int]]()
    chosen = _FromSession[FactGroup | None]()
    found = _FromSession[Occurrence | None]()
    diff_mode = _FromSession[bool]()
    linked = _FromSession[bool]()
    comparisons = _FromSession[dict[tuple[int, int], Comparison]]()
    pair = _FromSession[tuple[int, int] | None]()
    comparison = _FromSession[Comparison | None]()

    def _ensure_comparison(self) -> None:
        pair = self.pair
        if pair and pair not in self.comparisons and all(i in self.analyses for i in pair):
            self.compare_pair(pair)

    @work(thread=True, group="compare")
    def compare_pair(self, pair: tuple[int, int]) -> None:
        from ..compare import compare

        self.post_message(Compared(pair, compare(self.analyses[pair[0]], self.analyses[pair[1]])))

    def on_compared(self, message: Compared) -> None:
        self.comparisons[message.pair] = message.comparison
        if message.pair == self.pair and self.diff_mode:
            self._refresh_highlights()
            self._refresh_sidebar()

    def shown_analyses(self) -> list[Analysis] | None:
        if not all(i in self.analyses for i in self.shown):
            return None
        return [self.analyses[i] for i in self.shown]

    def _refresh_highlights(self) -> None:
        marks = self._marks()
        tints = None
        if self.diff_mode and self.comparison is not None:
            tints = sentence_tints(self.comparison)
        for slot, pane in enumerate(self.panes):
            analysis = self.analyses.get(self.shown[slot])
            if analysis is None:
                continue
            if tints is not None:
                hl = [Highlight(s, e, key) for s, e, key in tints[slot]]
                pane.set_highlights(hl + marks.get(slot, []))
                continue
            report = self.shown[slot]
            if report not in self._highlights:
                self._highlights[report] = fact_highlights(analysis)
            pane.set_highlights(self._highlights[report] + marks.get(slot, []))

    def _marks(self) -> dict[int, list[Highlight]]:
        out = {slot: [Highlight(*span) for span in spans]
               for slot, spans in self.session.marks().items()}
        if self._linked_mark is not None:
            slot, start, end = self._linked_mark
            out.setdefault(slot, []).insert(0, Highlight(start, end, "linked"))
        return out

    def _refresh_sidebar(self) -> None:
        sidebars = self.query(FactsSidebar)
        if not sidebars:  # the app is closing: a worker's late result has nowhere to go
            return
        sidebar = sidebars.first()
        if self.diff_mode:
            title = change_summary(self.session.change_counts())
            groups = change_groups(self.comparison) if self.comparison is not None else []
            sidebar.set_groups(groups, title, mode="changes")
            return
        analyses = self.shown_analyses()
        if analyses is not None:
            self._group_facts(tuple(self.shown), analyses)

    @work(thread=True, exclusive=True, group="sidebar")
    def _group_facts(self, shown: tuple[int, ...], analyses: list[Analysis]) -> None:
        """Gather the facts for the sidebar off the UI thread (a huge report has many)."""
        groups = group_facts(analyses)
        self.call_from_thread(self._show_fact_groups, shown, groups)

    def _show_fact_groups(self, shown: tuple[int, ...], groups: list[FactGroup]) -> None:
        if list(shown) == self.shown and not self.diff_mode:  # still what the reader sees
            self.query_one(FactsSidebar).set_groups(groups, "Facts", mode="facts")

    # --- what's new -----------------------------------------------------------------------------

    def action_toggle_diff(self) -> None:
        """What's new on (tints, the list of changes, a legend) or off (back as it was)."""
        diff_actions.toggle_diff(self)

    def action_next_change(self) -> None:
        diff_actions.step_change(self, +1)

    def action_previous_change(self) -> None:
        diff_actions.step_change(self, -1)

    def action_toggle_linked(self) -> None:
        diff_actions.toggle_linked(self)

    @on(ArticlePane.CursorMoved)
    def _cursor_moved(self, message: ArticlePane.CursorMoved) -> None:
        if message.pane.has_focus:
            self._follow(message.pane)

    def _follow(self, pane: ArticlePane) -> None:
        """Linked reading: bring the counterpart of the sentence under the cursor into view."""
        panes = self.panes
        if not self.linked or pane not in panes or len(panes) != 2:
            return
        slot = panes.index(pane)
        other = panes[1 - slot]
        offset = pane.cursor_offset
        line = pane.lines[pane.cursor] if pane.lines else None
        target = self.session.counterpart(slot, offset, line.end if line else offset)
        mark = (1 - slot, target.start, target.end) if target is not None else None
        if mark != self._linked_mark:  # mark the counterpart, so it is found even unscrolled
            self._linked_mark = mark
            self._refresh_highlights()
        if target is None:
            return
        first, last = other.visible_range()
        if not (first <= target.start <= last):
            other.show_offset(target.start, move_cursor=False)

    # --- actions ------------------------------------------------------------------------------

    def action_focus_next_pane(self) -> None:
        self._cycle_focus(+1)

    def action_focus_previous_pane(self) -> None:
        self._cycle_focus(-1)

    def _cycle_focus(self, step: int) -> None:
        targets: list = list(self.panes)
        sidebar = self.query_one(FactsSidebar)
        if sidebar.display:
            targets.append(sidebar)
        current = next((i for i, t in enumerate(targets)
                        if t is self.focused or (t is sidebar and sidebar.has_focus_within)), -1)
        target = targets[(current + step) % len(targets)]
        if target is sidebar:
            sidebar.focus_list()
        else:
            target.focus()

    def action_next_theme(self) -> None:
        names = self.theme_names
        if not names:
            return
        current = names.index(self.theme) if self.theme in names else -1
        self.switch_theme(names[(current + 1) % len(names)])

    def switch_theme(self, name: str) -> None:
        self.theme = name
        save_choice(name)
        low = contrast_warning(self.discovered, name)
        self.say(low or f"Theme: {name}", severity="warning" if low else "information",
                 timeout=8 if low else 2)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        self.push_screen(HelpScreen(self._all_bindings()))

    def _all_bindings(self) -> list[tuple[str, str]]:
        return help_rows(self, self.user_keymap)

    def action_toggle_facts(self) -> None:
        """Show the sidebar (facts, or the changes while what's new is on) or hide it."""
        sidebar = self.query_one(FactsSidebar)
        sidebar.display = not sidebar.display
        if sidebar.display:
            sidebar.focus_list()
        elif self.focused is None or sidebar.has_focus_within:
            self.panes[0].focus()

    @on(FactsSidebar.Closed)
    def _sidebar_closed(self) -> None:
        sidebar = self.query_one(FactsSidebar)
        if sidebar.display:
            self.action_toggle_facts()

    @on(FactsSidebar.Chosen)
    def _fact_chosen(self, message: FactsSidebar.Chosen) -> None:
        self.session.choose(message.group)
        self._refresh_highlights()
        self.action_next_occurrence()
        if message.group.count > 1:  # where to go from here
            self.say(f"{plural(message.group.count, 'place')} marked · n next, N previous", timeout=3)

    def action_next_occurrence(self) -> None:
        self._step_occurrence(+1)

    def action_previous_occurrence(self) -> None:
        self._step_occurrence(-1)

    def _step_occurrence(self, step: int) -> None:
        """Move each pane to its next (or previous) occurrence of the chosen fact."""
        if self.chosen is None:
            self.say("Choose a fact in the sidebar first (f)", timeout=3)
            return
        panes = self.panes
        for slot, offset in self.session.occurrence_targets(panes, step).items():
            panes[slot].show_offset(offset)

    def quote_index(self, reports: list[int]):
        """The quote index over ``reports`` (kept until other reports are asked for).
        Called from the search worker: building it never holds up a keystroke."""
        from ..search import QuoteIndex

        if self._index is None or reports != self._index_reports:
            self._index = QuoteIndex.from_quotes(self.analyses.quote_items(reports))
            self._index_reports = reports
        return self._index

    def action_search(self) -> None:
        from .screens.search import QuoteSearch

        if not self.analyses:
            self.say("Still reading the reports; try again in a moment", timeout=3)
            return
        reports = sorted(self.analyses)  # every report analysed so far

        def jump(hit) -> None:
            if hit is not None:
                self.jump_to_quote(reports[hit.report], hit.quote)

        self.push_screen(QuoteSearch(lambda: self.quote_index(reports),
                                     [self.articles[i] for i in reports], self.palette), jump)

    def jump_to_quote(self, report: int, quote) -> None:
        """Bring a quote into view in its pane (opening its report if needed), highlighted."""
        if report not in self.shown:
            self.show_report(report)
            self.call_after_refresh(lambda: self.jump_to_quote(report, quote))
            return
        slot = self.shown.index(report)
        self.session.found = Occurrence(report, quote.start, quote.end)
        self._refresh_highlights()
        pane = self.panes[slot]
        pane.show_offset(quote.start)
        pane.focus()

    def action_open_report(self) -> None:
        from .screens.picker import ReportPicker

        def chosen(report: int | None) -> None:
            if report is not None:
                self.show_report(report)

        self.push_screen(ReportPicker(self.articles, self.shown), chosen)

    def show_report(self, report: int, slot: int | None = None) -> None:
        """Put report ``report`` in the focused pane (or pane ``slot``)."""
        panes = self.panes
        if slot is None:
            slot = next((i for i, p in enumerate(panes) if p.has_focus), 0)
        old = panes[slot]
        new = ArticlePane(self._article(report), id=f"pane-{slot}-{report}", classes="pane")
        new.measure = self.measure
        self.shown[slot] = report
        self._linked_mark = None
        self._title_pane(new, slot, report)
        new.set_palette(self.palette)
        self.query_one("#panes").mount(new, before=old)
        old.remove()
        new.focus()
        self.sub_title = " vs ".join(self.articles[i].source for i in self.shown)
        self._ensure_comparison()
        self.call_after_refresh(self._refresh_highlights)
        self.call_after_refresh(self._refresh_sidebar)
        self.refresh_bindings()  # (the keys that need two reports: ``check_action``)

    # --- coverage (many reports) -----------------------------------------------------------------

    def action_coverage(self) -> None:
        """Who reports what among every analysed report; enter opens a fact side by side."""
        from .coverage_actions import open_coverage

        open_coverage(self)

    # --- command palette ----------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from reader_commands(self)
