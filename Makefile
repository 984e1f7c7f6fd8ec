# The README's two promises: `make demo` and `make test`, each installing what it needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= data/demo.lbug
STAMP := $(VENV)/.installed

.PHONY: install demo test eval notebooks bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -rf $(DEMO_DB) $(DEMO_DB).*
	$(BIN)/graph-intel --db $(DEMO_DB) load seed/
	$(BIN)/graph-intel --db $(DEMO_DB) stats
	$(BIN)/graph-intel --db $(DEMO_DB) chart cartel --depth 2

test: install
	$(BIN)/python -m pytest -q

# The four walkthrough notebooks in JupyterLab (installed into the venv on first use).
notebooks: install
	$(BIN)/python -m pip install -q jupyterlab
	$(BIN)/jupyter lab notebooks/

# Extraction scores on the team's dev corpus (../shared), held to a floor; CI runs it when the folder is there.
eval: install
	$(BIN)/python tools/dev_scores.py

# Each benchmark prints its stages against the baseline measured in the same run and saves them in
# benchmarks/results/; the table at the end is the one the README shows.
bench: install
	$(BIN)/python -m pip install -q -e ".[bench]"
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done
	$(BIN)/python benchmarks/report.py

clean:
	rm -rf $(VENV) data build *.egg-info .pytest_cache
