"""Query time: the :class:`~newsindex.search.handle.NewsIndex` handle, query parsing and filters,
ranking, wire-copy folding, did-you-mean, aliases, snippets and the plain result values.

Built on :mod:`newsindex.index` and Whoosh. It imports no NLTK, and from :mod:`newsindex.nlp`
only the pure string helpers (``nlp.names``, ``nlp.lexicon``, ``nlp.dates``), so ``newsindex
search`` never loads the entity model. Users reach it through ``newsindex``'s top-level names.
"""
