"""Word lists the recognizers read at run time (see ``README.md`` beside this file)."""
