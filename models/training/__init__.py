"""Training of our own models: synthetic data, training scripts and their evaluation.

Nothing here runs in the product; ``make train-ner`` runs it and ships the result under
``models/weights/``.
"""
