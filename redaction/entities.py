"""Names of the entity types we detect, and which of them are redacted by default."""

from __future__ import annotations

PERSON = "PERSON"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
PHONE_NUMBER = "PHONE_NUMBER"
IBAN_CODE = "IBAN_CODE"
CREDIT_CARD = "CREDIT_CARD"
IP_ADDRESS = "IP_ADDRESS"
RO_CNP = "RO_CNP"
LOCATION = "LOCATION"
RO_ID_CARD = "RO_ID_CARD"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
STREET_ADDRESS = "STREET_ADDRESS"
RO_LICENSE_PLATE = "RO_LICENSE_PLATE"
# Identity documents and numbers beyond Romania's: social security / national insurance /
# personal numbers, passport numbers, driving licence numbers.
NATIONAL_ID = "NATIONAL_ID"
PASSPORT = "PASSPORT"
DRIVER_LICENSE = "DRIVER_LICENSE"

# Not DATE_TIME, NRP or URL: they over-redact "Saturday", "opening hours", shop links.
# Dates are redacted only as DATE_OF_BIRTH, i.e. next to a birth cue.
DEFAULT_ENTITIES: tuple[str, ...] = (
    PERSON,
    EMAIL_ADDRESS,
    PHONE_NUMBER,
    IBAN_CODE,
    CREDIT_CARD,
    IP_ADDRESS,
    RO_CNP,
    LOCATION,
    RO_ID_CARD,
    DATE_OF_BIRTH,
    STREET_ADDRESS,
    RO_LICENSE_PLATE,
    NATIONAL_ID,
    PASSPORT,
    DRIVER_LICENSE,
)
