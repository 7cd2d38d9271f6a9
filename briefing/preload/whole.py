"""Every analyser, loaded on import."""

import gc

from ..startup import load_analysers

load_analysers()
# what is built so far (word lists, tries, patterns) lives as long as the workers: their
# collections need not walk it again and again (about 1% of the analysis' instructions)
gc.freeze()
