"""Phone numbers from the countries our tenants' customers call from, via ``phonenumbers``.

Presidio's ``PhoneRecognizer`` tries every region's national format, and a bare run of
ten digits is a valid US number ("Invoice 2024000123"). Order and invoice numbers look
exactly like that, and redacting them breaks order look-ups, so a match made only of
digits is dropped here: numbers must carry a ``+`` or some grouping. Romanian numbers
typed as bare digits ("0722123456") are found by ``ro_phone`` instead.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from redaction.entities import PHONE_NUMBER
from redaction.recognizers.ro_phone import PHONE_CONTEXT

# Where a number without "+CC" is tried as a national number: Romania, the EU
# neighbours we see most, the UK and the US. "+CC" numbers are found for any country.
PHONE_REGIONS: tuple[str, ...] = (
    "RO", "DE", "NL", "FR", "GB", "IT", "ES", "AT", "BE", "HU", "MD", "PL", "IE", "US",
)  # fmt: skip


class GroupedPhoneRecognizer(PhoneRecognizer):
    """PHONE_NUMBER for valid numbers of ``PHONE_REGIONS`` that are not bare digit runs."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            context=list(PHONE_CONTEXT),
            supported_language=supported_language,
            supported_entity=PHONE_NUMBER,
            supported_regions=PHONE_REGIONS,
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        # Presidio annotates the artifacts as required but never reads them here.
        found = super().analyze(text, entities, nlp_artifacts)  # type: ignore[arg-type]
        return [result for result in found if not text[result.start : result.end].isdigit()]
