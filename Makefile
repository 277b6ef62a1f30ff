# The two commands of the README: `make demo` (set up, ingest the bundled corpus, ask) and `make test`.
PY := .venv/bin/python
QUESTION ?= Jeg arbejder i et bostøtteteam i Norddjurs. Hvordan kan vores arbejde understøtte pejlemærke 3?

.PHONY: setup demo lint test bench bench-scale
setup: .venv/.installed
.venv/.installed: pyproject.toml
	test -x $(PY) || python3.11 -m venv .venv || python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(PY) -m bot ingest corpus
	$(PY) -m bot ask "$(QUESTION)"
	@echo "Webchat: http://localhost:$${PORT:-3000}  (uden log-ind, kun på denne maskine; Ctrl-C stopper serveren)"
	STRATEGIBOT_WEB_AUTH=off $(PY) -m bot serve

# ruff (lint only: E, F, W, I) and mypy over bot/, ingest/, retrieval/, prompts/, strategy/ (pyproject.toml)
lint: setup
	$(PY) -m ruff check
	$(PY) -m mypy

test: lint
	$(PY) -m pytest

# the benchmark's LangChain-defaults baseline needs langchain-text-splitters (the `bench` extra)
.venv/.bench-installed: .venv/.installed
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $@

bench: .venv/.bench-installed
	$(PY) bench/run.py
	$(PY) -m bot ingest corpus --quiet
	$(PY) bench/slack_ack.py
	$(PY) bench/load.py 50

# 1x, 10x and 100x the bundled corpus (rewritten copies under other names): about an hour on 2 cores.
bench-scale: setup
	$(PY) bench/scale/run.py
