"""Named entities: the sequence model (:mod:`.model`), label helpers (:mod:`.iob`), the rules that
correct the model (:mod:`.rules`), the tagger the indexer calls (:mod:`.tagger`), the CoNLL reader
and scorer (:mod:`.conll`) and training (:mod:`.train`).

Imports no Whoosh. NLTK only in :mod:`.train` (``make train-ner``), which nothing else imports:
tagging runs on the shipped JSON model alone.
"""
