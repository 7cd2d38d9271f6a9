"""What's new between two reports: sentence alignment, facts and quotes. Pure, no I/O.

``compare(a, b)`` aligns the sentences of report A and report B and says what B adds (new),
what it leaves out (dropped), what both say (links, ``same`` or ``changed`` with a word diff),
and the same for facts and quotes, plus conflicts (the same figure about the same thing with
different values).

Sentence scores
    Each sentence becomes a set of *terms*: content words (stop words removed, a light suffix
    stripper so "negotiations" = "negotiated", "Indian" = "India"), numbers ("#45.8"), and the
    facts the analysis found in it: entities by their name folded across the two reports
    ("@narendra modi", so "PM Modi" = "Narendra Modi"), figures by their normalised value
    ("=percent:50", so "50%" = "50 percent"; a figure's words then add no terms of their own).
    A term weighs ``log(1 + 1/r)`` where ``r`` is the larger of the shares of A's and of B's
    sentences that contain it (rare words weigh more; a word in every sentence of both weighs
    little), halved for a built-in list of common news words.

    For a pair of sentences with shared weight ``S`` and weights ``Wa``, ``Wb``:
    ``dice = 2S / (Wa + Wb)`` and ``cover = S / min(Wa, Wb)`` (how much of the shorter sentence
    the longer one contains: the signature of a split or a merge). The score is
    ``max(dice, PART_WEIGHT * cover)``, times ``FIGURE_PENALTY`` when both sentences state
    figures and share none (same topic words, different numbers: most often two different
    statements), unless the pair is otherwise alike (``dice >= UPDATE_DICE``: the same sentence
    with its figure updated, which is a conflict to report, not two statements). A pair is linked
    when ``dice >= DICE_FLOOR``, it shares at least
    ``MIN_SHARED_TERMS`` terms, its score reaches ``LINK_MIN``, and the score is within
    ``KEEP_RATIO`` of the best score of one of its two sentences (so a sentence can link to
    several, as in a split or a merge, but not to everything that shares its topic). Identical
    wording (up to case, punctuation, quote style, whitespace) always links, as ``same``;
    other links are ``changed`` and carry a word diff. Every rule is symmetric, so
    ``compare(b, a)`` is the mirror image of ``compare(a, b)``.

    The thresholds were set on the bundled seeds (the same phone call told by AFP and by NDTV):
    paraphrases of one statement by two outlets score about 0.3-0.45, the same sentence lightly
    edited 0.5-0.8, sentences that only share the story's topic words below 0.25.

Candidates
    No all-pairs loop: every link needs ``dice >= DICE_FLOOR``, which bounds from below the
    weight a pair must share, so only pairs whose heaviest shared term is among the heaviest
    terms of *both* sentences (their "prefixes", found through an inverted index) are scored
    (prefix filtering). No pair that could link is missed, and common words never generate
    candidates on their own.
"""


from .changes import changed_words
from .engine import compare
from .worddiff import word_diff
from .words import content_weight, normalize_words, stem

__all__ = ["changed_words", "compare", "content_weight", "normalize_words", "stem", "word_diff"]
