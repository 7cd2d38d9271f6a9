"""Configuration, Textual-free: where files live (`paths`), colours and contrast (`colours`),
what a theme is (`theme_spec`), theme files and their discovery (`themes`), the remembered
choices (`state`) and the user's key map (`keymap`). `briefing.tui.themes` turns a spec into
a Textual theme; nothing here imports Textual."""
