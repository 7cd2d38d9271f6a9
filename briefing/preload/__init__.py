"""Modules the process pool's fork server imports before its first worker starts: each loads the
analysers its workers will use (``startup.load_analysers``), so that every worker starts with
them built. Importing one is all it does."""
