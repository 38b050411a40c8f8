"""Brands, companies and bands named after people, which are no one's personal data.

"Tommy Hilfiger", "Calvin Klein", "Jack Daniel's" or "Johnson & Johnson" are names of
people to every name list and to the spaCy model, but in a shop's chat they are products
and firms. A name or place found inside one of these phrases (any case, whole words) is
dropped by the detector (``not_personal_zones``). A tenant adds its own catalogue with
``redaction.allow_list``. The list holds well-known international brands only: a person
who happens to share a brand's name ("my name is Hugo Boss") is the price of the list,
as it is of the tenant allow-list; so it holds phrases of two words or more only, never a
lone surname that is also a brand ("Ford", "Dell").
"""

from __future__ import annotations

import re

EPONYMOUS_BRANDS: tuple[str, ...] = (
    # fashion and beauty
    "Tommy Hilfiger", "Calvin Klein", "Ralph Lauren", "Hugo Boss", "Louis Vuitton",
    "Jimmy Choo", "Christian Dior", "Yves Saint Laurent", "Giorgio Armani", "Emporio Armani",
    "Gianni Versace", "Dolce & Gabbana", "Stella McCartney", "Vivienne Westwood",
    "Michael Kors", "Marc Jacobs", "Kate Spade", "Tory Burch", "Carolina Herrera",
    "Paco Rabanne", "Jean Paul Gaultier", "Karl Lagerfeld", "Salvatore Ferragamo",
    "Miu Miu", "Alexander McQueen", "Estée Lauder", "Elizabeth Arden", "Helena Rubinstein",
    "Max Factor", "Coco Chanel", "Levi Strauss", "Ted Baker", "Paul Smith", "Ben Sherman",
    "Fred Perry", "Dr. Martens", "Doc Martens", "Tom Ford",
    # food and drink
    "Jack Daniel's", "Jack Daniels", "Johnnie Walker", "Jim Beam", "Sam Adams",
    "Samuel Adams", "Ben & Jerry's", "Ben and Jerry's", "Tim Hortons", "Wendy's",
    "McDonald's", "Dr Pepper", "Dr. Pepper", "Uncle Ben's", "Aunt Jemima", "Betty Crocker",
    "Sara Lee", "Little Debbie", "Chef Boyardee", "Earl Grey", "Peter Pan", "Marie Callender's",
    "Captain Morgan", "Jose Cuervo", "José Cuervo", "Jack Link's", "Mrs. Baird's",
    "Dom Pérignon", "Moët & Chandon", "Veuve Clicquot", "Ferrero Rocher", "Stella Artois",
    # cars and machines
    "Alfa Romeo", "Mercedes-Benz", "Mercedes Benz", "Rolls-Royce", "Rolls Royce",
    "Aston Martin", "Dacia Logan", "Harley-Davidson",
    "Harley Davidson", "John Deere", "Massey Ferguson",
    # companies
    "Hewlett Packard", "Hewlett-Packard", "Johnson & Johnson", "Johnson Controls",
    "Procter & Gamble", "Philip Morris", "Marks & Spencer", "Marks and Spencer",
    "Sainsbury's", "John Lewis", "Morgan Stanley", "Goldman Sachs", "JP Morgan",
    "J.P. Morgan", "Charles Schwab", "Ernst & Young", "Walt Disney", "Warner Bros",
    "Black & Decker",
    # bands and artists as brands
    "Pink Floyd", "Dire Straits", "Arctic Monkeys", "Imagine Dragons", "Maroon 5",
    "Bon Jovi", "Elton John", "Iron Maiden", "Led Zeppelin", "Simply Red",
)  # fmt: skip

# Words of firms' and institutions' names and of job titles: a span holding one of them
# is no person ("Banca Transilvania", "Fan Courier", "Consilier Clienți", "Teamleiter
# Einkauf", "the Adam Smith Building", "Liceul Mihai Eminescu").
ORG_WORDS: frozenset[str] = frozenset(
    """
    ltd inc llc gmbh ag sa srl s.r.l. spa bv nv kft oy ab plc s.c.p s.l. s.a. s.c. s.p.a.
    sp. z.o.o. s.n.c. s.a.s. group bank banca banco banque
    insurance asigurări asigurari assurance versicherung logistics traders trading enterprise
    support services systems solutions consulting airlines airways air motors pharmaceuticals
    pharmacy farmacia holdings partners foundation fundația fundatia university universitatea
    hospital spitalul hotel hotelul restaurant restaurantul cafe café brewery store shop market
    center centre company corporation corp labs studio media courier curier curierul
    departamentul departament department serviciul service agenția agentia agency
    primăria primaria ministerul ministry poliția politia police clinica clinic
    building college school institute museum library stadium arena theatre theater
    deutsche bahn academy cathedral clădirea cladirea liceul colegiul
    școala scoala muzeul biblioteca stadionul catedrala biserica teatrul institutul
    team echipa echipei helpdesk desk office biroul handler legion trust society
    association asociația asociatia charity club league federation federația
    """.split()
)
TITLE_WORDS: frozenset[str] = frozenset(
    """
    manager director directoare directorul inginer engineer consilier consilierul consultant
    specialist coordinator coordonator officer assistant asistent asistentă reprezentant
    representative referent contabil accountant economist secretary secretară recepționer
    receptionist technician tehnician supervisor teamleiter leiter abteilungsleiter
    kierownik responsable responsabile chef chief head vânzări vanzari clienți clienti
    achiziții achizitii einkauf vertrieb logistique acquisti magazynu sprzedaży sales
    marketing accounts payable receivable operations finance procurement care agent
    contabil-șef contabil-sef kundenbetreuer kundenbetreuerin sachbearbeiter
    sachbearbeiterin geschäftsführer geschäftsführerin
    """.split()
)
NOT_PERSON_WORDS: frozenset[str] = ORG_WORDS | TITLE_WORDS
_WORD = re.compile(r"[^\W\d_][\w.'’\-]*")


def has_non_person_word(value: str) -> bool:
    """True when ``value`` holds a word of a firm's name or of a job title."""
    return any(w.casefold() in NOT_PERSON_WORDS for w in _WORD.findall(value))


# Where a person's name gives way to the firm or title after it: "Ivan Vrdoljak de la Fan
# Courier", "Ana Pop, Banca Transilvania", "Tom Reed from Acme Logistics".
_CONNECTOR = re.compile(
    r"[ \t]*(?:[,(/|]|[–—-][ \t]|(?<![\w])(?i:de la|from|at|of|with|for|din|la|de|c/o)(?![\w]))"
    r"[ \t]*"
)


def person_before_firm(value: str) -> int | None:
    """Length of the name that opens ``value`` when the rest is a firm or a title.

    ``value`` holds a word of a firm's name or a title (``has_non_person_word``); the
    name is the longest part before a connector ("de la", "from", "at", a comma...) that
    holds none and no digit, and only when the part after it does. None when there is no
    such part.
    """
    best: int | None = None
    for match in _CONNECTOR.finditer(value):
        head = value[: match.start()].rstrip()
        if not head or not _WORD.search(head) or any(c.isdigit() for c in head):
            continue
        if has_non_person_word(head):
            break
        if has_non_person_word(value[match.end() :]):
            best = len(head)
    return best


# Car makes: a make and the capitalised model after it ("Lancia Ypsilon", "Mini Cooper").
CAR_MAKES: tuple[str, ...] = (
    "Alfa Romeo", "Aston Martin", "Audi", "Bentley", "BMW", "Bugatti", "Cadillac",
    "Chevrolet", "Chrysler", "Citroën", "Citroen", "Cupra", "Dacia", "Dodge", "Ferrari", "Fiat",
    "Ford", "Honda", "Hyundai", "Infiniti", "Jaguar", "Jeep", "Kia", "Lamborghini", "Lancia",
    "Land Rover", "Range Rover", "Lexus", "Maserati", "Mazda", "McLaren", "Mercedes",
    "Mercedes-Benz", "Mini", "Mitsubishi", "Nissan", "Opel", "Peugeot", "Porsche", "Renault",
    "Rolls-Royce", "Seat", "Škoda", "Skoda", "Smart", "Subaru", "Suzuki", "Tesla", "Toyota",
    "Volkswagen", "VW", "Volvo",
)  # fmt: skip
_CAR = re.compile(
    r"(?<![\w])(?:"
    + "|".join(re.escape(make) for make in sorted(CAR_MAKES, key=len, reverse=True))
    + r")[ \t]+[A-Z0-9][\w\-]*(?:[ \t]+[A-Z0-9][\w\-]*)?(?![\w])"
)

_PHRASES = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        r"\s+".join(re.escape(part) for part in brand.split())
        for brand in sorted(set(EPONYMOUS_BRANDS), key=len, reverse=True)
    )
    + r")(?![\w])",
    re.IGNORECASE,
)


def not_personal_zones(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a brand, company or band named after people, or a car."""
    zones = [(m.start(), m.end()) for m in _PHRASES.finditer(text)]
    zones.extend((m.start(), m.end()) for m in _CAR.finditer(text))
    return zones
