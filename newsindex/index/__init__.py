"""Index storage: the Whoosh schema and text analysis, a passage as a stored record, the index
folder and its format stamp, the writer lock, the writer and its copy keys, and the per-reader
columns facets count over.

The only layer that knows Whoosh's on-disk format. It imports Whoosh, snowballstemmer and the
value modules (``newsindex.articles``, ``errors``, ``kinds``), never ``newsindex.search``,
``nlp``, ``readers``, ``indexing``, ``cli`` or ``web``, and never NLTK: searching unpickles the
analyzer from here.
"""
