"""Data-subject rights (GDPR Art. 15-21): requests with a lifecycle, deadlines, an audit
trail, and each right carried out on the person's stored data (``storage/subjects.py``)."""
