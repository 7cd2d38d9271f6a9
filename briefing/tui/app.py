"""The reader: two reports side by side, facts in a sidebar, quote search, what's new."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header

from ..analyze import analyze
from ..groups import FactGroup, Occurrence, group_facts
from ..model import Analysis, Article
from ..themes import DEFAULT_THEME, discover_themes, resolve_theme_name, save_choice
from .palette import build_palette
from .themes import register_all, theme_variable_defaults
from .widgets.article_pane import ArticlePane, Highlight
from .widgets.facts_sidebar import FactsSidebar

LETTERS = "AB"


@dataclass
class Analyzed(Message):
    index: int
    analysis: Analysis


class BriefingApp(App[int]):
    """Read reports side by side."""

    TITLE = "briefing"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
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
    ]

    def __init__(self, articles: Sequence[Article], *, problems: Sequence[str] = (),
                 theme_name: str | None = None) -> None:
        import os

        self.discovered = discover_themes()  # before App.__init__, which reads the variables
        super().__init__()
        self.theme_names = register_all(self, self.discovered)
        self.theme_notes = [f"theme file {p}" for p in self.discovered.problems]
        wanted = resolve_theme_name(theme_name, os.environ)
        if wanted not in self.theme_names:
            self.theme_notes.append(f"unknown theme {wanted!r}; using {DEFAULT_THEME} "
                                    f"(themes: {', '.join(self.theme_names)})")
            wanted = DEFAULT_THEME if DEFAULT_THEME in self.theme_names else "textual-dark"
        self.theme = wanted
        if not articles:
            raise ValueError("BriefingApp needs at least one article")
        self.articles = list(articles)
        self.problems = list(problems)
        self.requested_theme = theme_name
        self.analyses: dict[int, Analysis] = {}
        self.shown: list[int] = list(range(min(2, len(self.articles))))  # report index per pane
        self.palette: dict[str, Style] = {}
        self.chosen: FactGroup | None = None
        self._occurrence = -1

    def get_theme_variable_defaults(self) -> dict[str, str]:
        discovered = getattr(self, "discovered", None)
        return theme_variable_defaults(discovered, no_color=bool(getattr(self, "no_color", False)))

    # --- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="▤")
        with Horizontal(id="panes"):
            for slot, report in enumerate(self.shown):
                pane = ArticlePane(self.articles[report], id=f"pane-{slot}", classes="pane")
                self._title_pane(pane, slot, report)
                yield pane
        yield FactsSidebar(id="sidebar")
        yield Footer()

    def _title_pane(self, pane: ArticlePane, slot: int, report: int) -> None:
        art = self.articles[report]
        title = art.source
        if art.title and art.title != art.source:
            title += f" · {art.title}"
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
            self.notify(Text(note), severity="warning", timeout=8)
        self.analyze_all()

    def on_resize(self) -> None:
        self._narrow_check()

    def _narrow_check(self) -> None:
        self.screen.set_class(self.size.width < 100, "narrow")

    @property
    def panes(self) -> list[ArticlePane]:
        return list(self.query(ArticlePane))

    def _apply_palette(self) -> None:
        self.palette = build_palette(self)
        for pane in self.query(ArticlePane):
            pane.set_palette(self.palette)
        sidebar = self.query_one(FactsSidebar)
        sidebar.palette = self.palette

    # --- analysis (off the UI thread) ---------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis")
    def analyze_all(self) -> None:
        order = self.shown + [i for i in range(len(self.articles)) if i not in self.shown]
        for i in order:
            analysis = analyze(self.articles[i])
            self.post_message(Analyzed(i, analysis))

    def on_analyzed(self, message: Analyzed) -> None:
        self.analyses[message.index] = message.analysis
        if message.index in self.shown:
            self._refresh_highlights()
            self._refresh_sidebar()

    def shown_analyses(self) -> list[Analysis] | None:
        if not all(i in self.analyses for i in self.shown):
            return None
        return [self.analyses[i] for i in self.shown]

    def _refresh_highlights(self) -> None:
        marks = self._marks()
        for slot, pane in enumerate(self.panes):
            analysis = self.analyses.get(self.shown[slot])
            if analysis is None:
                continue
            hl = [Highlight(f.start, f.end, f"fact-{f.kind}") for f in analysis.facts]
            hl += [Highlight(q.start, q.end, "fact-scare" if q.scare else "fact-quote")
                   for q in analysis.quotes]
            hl.sort(key=lambda h: (h.start, -(h.end - h.start)))  # facts drawn over quotes
            hl += marks.get(slot, [])
            pane.set_highlights(hl)

    def _marks(self) -> dict[int, list[Highlight]]:
        out: dict[int, list[Highlight]] = {}
        if self.chosen is None:
            return out
        for occ in self.chosen.occurrences:
            if occ.report in self.shown:
                slot = self.shown.index(occ.report)
                out.setdefault(slot, []).append(Highlight(occ.start, occ.end, "mark"))
        return out

    def _refresh_sidebar(self) -> None:
        analyses = self.shown_analyses()
        if analyses is None:
            return
        self.query_one(FactsSidebar).set_groups(group_facts(analyses), "Facts")

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
            sidebar.focus_filter()
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
        self.notify(Text(f"Theme: {name}"), timeout=2)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        self.push_screen(HelpScreen(self._all_bindings()))

    def _all_bindings(self) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        for b in ArticlePane.BINDINGS + self.BINDINGS:
            keys = " / ".join(self.get_key_display(Binding(k, "")) for k in b.key.split(","))
            rows.append((keys, b.description))
        rows.append(("ctrl+p", "Command palette: every action by name"))
        return rows

    def action_toggle_facts(self) -> None:
        sidebar = self.query_one(FactsSidebar)
        sidebar.display = not sidebar.display
        if sidebar.display:
            sidebar.focus_filter()
        else:
            self.panes[0].focus()

    @on(FactsSidebar.Closed)
    def _sidebar_closed(self) -> None:
        self.action_toggle_facts()

    @on(FactsSidebar.Chosen)
    def _fact_chosen(self, message: FactsSidebar.Chosen) -> None:
        self.chosen = message.group
        self._occurrence = -1
        self._refresh_highlights()
        self.action_next_occurrence()

    def action_next_occurrence(self) -> None:
        self._step_occurrence(+1)

    def action_previous_occurrence(self) -> None:
        self._step_occurrence(-1)

    def _step_occurrence(self, step: int) -> None:
        """Move each pane to its next (or previous) occurrence of the chosen fact."""
        if self.chosen is None:
            self.notify("Choose a fact in the sidebar first (f)", timeout=3)
            return
        for slot, pane in enumerate(self.panes):
            occ = sorted(o.start for o in self.chosen.occurrences if o.report == self.shown[slot])
            if not occ:
                continue
            here = pane.cursor_offset
            if step > 0:
                nxt = next((o for o in occ if pane.line_of(o) > pane.cursor), occ[0])
            else:
                nxt = next((o for o in reversed(occ) if pane.line_of(o) < pane.cursor), occ[-1])
            if self._occurrence == -1 and step > 0:
                nxt = next((o for o in occ if o >= here), occ[0])
            pane.show_offset(nxt)
        self._occurrence = 0

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
        new = ArticlePane(self.articles[report], id=f"pane-{slot}-{report}", classes="pane")
        self.shown[slot] = report
        self._title_pane(new, slot, report)
        new.set_palette(self.palette)
        self.query_one("#panes").mount(new, before=old)
        old.remove()
        new.focus()
        self.sub_title = " vs ".join(self.articles[i].source for i in self.shown)
        self.call_after_refresh(self._refresh_highlights)
        self.call_after_refresh(self._refresh_sidebar)

    # --- command palette ----------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Facts sidebar", "Show or hide the facts gathered from the reports (f)",
                            self.action_toggle_facts)
        yield SystemCommand("Next occurrence", "Next place the chosen fact appears (n)",
                            self.action_next_occurrence)
        yield SystemCommand("Previous occurrence", "Previous place the chosen fact appears (N)",
                            self.action_previous_occurrence)
        yield SystemCommand("Open report", "Choose which report is shown in the focused pane (o)",
                            self.action_open_report)
        yield SystemCommand("Help", "Every key (?)", self.action_help)
        for name in self.theme_names:
            spec = self.discovered.get(name)
            yield SystemCommand(f"Theme: {name}", spec.description if spec else "",
                                lambda name=name: self.switch_theme(name))
