"""The analysers ``briefing facts`` needs (no quotes), loaded on import."""

import gc

from ..startup import load_analysers

load_analysers(quotes=False)
# what is built so far (word lists, tries, patterns) lives as long as the workers: their
# collections need not walk it again and again (about 1% of the analysis' instructions)
gc.freeze()
# and the workers make no automatic collections at all: an analysis leaves no reference cycles
# behind (none found after 300 real reports), so each collection is work for nothing (about 2%
# of the analysis' instructions); ``pipeline._process_chunk`` still collects now and then
gc.disable()
