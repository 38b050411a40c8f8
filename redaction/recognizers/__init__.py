"""Our recognizers, one module each; ``redaction.registry`` names the ones in use."""
