"""Synthetic redaction evaluation sets from two independent generators (Faker, mimesis).

``python -m benchmarks.synth`` (or ``make redaction-sets``) writes them to
``tests/data/synthetic``; ``tests/data/synthetic/README.md`` is their data card.
"""
