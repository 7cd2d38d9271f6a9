"""Textual-free view models: fact groups, line layout, the report picker, the reading session."""
