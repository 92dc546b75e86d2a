"""The closed-class words of English: pronouns, determiners, prepositions, conjunctions, auxiliaries.

They carry no topic: the context drops them, and a pun word that is one ('where' for "wear it
proud") is never evoked by what the listener talks about, however near MiniLM puts it ('where' is
at cosine 0.54 from 'london'). The list is NLTK's English stop words (not a dependency here).
"""
from __future__ import annotations

FUNCTION_WORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can can't could couldn't did didn't do does doesn't doing don't down
    during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here
    here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its
    itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours
    ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that
    that's the their theirs them themselves then there there's these they they'd they'll they're they've
    this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what
    what's when when's where where's which while who who's whom why why's will with won't would wouldn't
    you you'd you'll you're you've your yours yourself yourselves""".split()
)
