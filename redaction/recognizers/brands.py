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

from redaction.recognizers.firms import firm_zones

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
    "Dom Pérignon", "Dom Perignon", "Moët & Chandon", "Veuve Clicquot", "Ferrero Rocher",
    "Stella Artois",
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

# Well-known brands, shops, banks, carriers and services of one word that no name list
# holds and that is no town: customers name them in every second message ("paid with
# Monzo", "flew Ryanair", "Evri lost it"); never a person's name (``vocabulary.NOT_NAMES``).
# A brand that is a given name, a surname or a town too ("Chanel", "Hilton", "Sabadell",
# "Suzuki", "Lindt") is left out: that name stays a name.
BRAND_WORDS: frozenset[str] = frozenset(
    """
    Absolut Accenture Accor Adidas Adyen Aegon Airbnb AlbertHeijn Aldi Alibaba
    AliExpress Alior Allianz Amdocs AmericanExpress Answear Aperol Asda Asics Asirom
    Asos Atos Auchan Aviva Bankinter Barclaycard Barclays Barnardo's Barnardos Beko
    Belfius Bershka Biedronka Binance Bitcoin Bitdefender Blablacar BlaBlaCar Bonprix
    Bouygues Bpost Budweiser bunq CaixaBank Canva Capgemini Cargus Caritas Carturesti
    Casio Chromebook Chronopost Citibank Clinique Coca-Cola Coinbase Colissimo Comcast
    Commerzbank Conad Correos Costco Cupra Cărturești Danone Danske Debenhams Deliveroo
    Desigual Deutsche Digi Doritos Dorna Dropbox Dutti EasyJet eBay Edeka Electrica
    Electrolux Elefant Endava Enel Engie Epson Eroski Esselunga Ethereum Etsy EuPlatesc
    Euroins Euronet Europcar Eurostar Eurowings Evian Expedia Fanta FashionDays
    Fashiondays FedEx Figma Firefox Fitbit Flanco Flixbus FlixBus Footasylum Freshdesk
    Generali Geox Glovo Gmail Gorenje Greggs Groupama Haagen-Dazs Handelsbanken Haribo
    Hermès Hidroelectrica Hiscox Hisense Hotmail HubSpot Hyundai Häagen-Dazs Iberdrola
    iCloud Indesit Infosys InPost Intel Intersport Intesa Jagermeister Jet2 Jira JustEat
    Jysk Jägermeister Klarna Kraken Kreme Krispy L'Oréal Lancome Lancôme Libris LinkedIn
    Logitech Lufthansa Lukoil Luxoft Lyft Magento Mailchimp Makro Mapfre Maserati
    Maybelline Mazda mBank McDonalds MegaImage Mercadona Mercure MetLife Mitsubishi
    Mobexpert Moncler MoneyGram Monzo Motorola Movistar Moët Nandos NatWest Nescafe
    Nescafé Nespresso Neteller Netopia Netto Nikon Nivea Nordea Notino Novotel Nutella
    Nvidia Ocado Okazii Omniasig OnePlus Oppo Ovo Oxfam Packeta Panasonic Parcelforce
    Paribas Payoneer Paysafe PayU Pekao Petrom Photoshop Pinterest PizzaHut Poste PostNL
    Poundland Praktiker Primark Pringles Profi Proximus Pull&Bear PwC Rabobank Radisson
    Raiffeisen RedBull Redbull Reddit Reebok Rewe Rolex Rompetrol Roșie RSPCA Ryanair
    Sainsburys Salesforce Sameday Sanpaolo Sberbank Selfridges Selgros Sephora Shein
    Shopify Skechers Skrill Skype Skyscanner Smeg Snapchat Sonos Sportisimo Squarespace
    Starbucks Subaru Superdrug Swedbank Swisscom TalkTalk Talktalk Tarom Tazz Tchibo
    Tefal Telefonica Telekom Tesco TikTok Timisoreana Timișoreana Toblerone Toshiba
    TotalEnergies Trainline Transavia TransferWise Travelodge Trello Trendyol
    Tripadvisor Trivago Tuborg Twinings Twix Uber UberEats Ubisoft Ubuntu UiPath Unicaja
    UniCredit UnionPay Uniqa Uniqlo Venmo Verizon Viber Vinted Vodafone Volvo Vueling
    Wagamama Waitrose Wallapop Walmart Wilko Wipro Wix Wizz WizzAir Wolt WooCommerce
    WordPress Zabka Zalando Zasilkovna Zelle Zendesk Żabka
    """.split()
)
# Brands of several words, none of them named after a person; a name or place found
# inside one is dropped like one inside an eponymous brand ("Burger King", "Royal Mail").
BRAND_PHRASES: tuple[str, ...] = (
    "Just Eat", "Uber Eats", "Burger King", "Mega Image", "Royal Mail", "Leroy Merlin",
    "Salvation Army", "Western Union", "Holiday Inn", "Premier Inn", "Direct Line",
    "British Gas", "Pizza Hut", "Five Guys", "Taco Bell", "Crucea Roșie", "Crucea Rosie",
    "Cancer Research", "Save the Children", "Electronic Arts", "Intesa Sanpaolo",
    "BNP Paribas", "ABN AMRO", "Massimo Dutti", "Shake Shack", "Krispy Kreme",
    "Deutsche Bank", "Deutsche Post", "Deutsche Telekom", "American Express", "Albert Heijn",
    "Cinema City", "Apple Pay", "Google Pay", "Air Max", "Fan Courier", "Posta Română",
    "Posta Romana", "Banca Transilvania", "Wizz Air", "Blue Air", "Air France",
    "British Airways", "Virgin Atlantic", "Virgin Media", "Amazon Prime", "Prime Video",
    "Disney Plus", "Microsoft Teams", "Google Meet", "Google Maps", "Home Depot",
    "Best Buy", "Dunkin Donuts", "Pull & Bear", "New Balance", "North Face", "The North Face",
    "Under Armour", "Tommy Jeans", "Hugo Boss", "Red Bull", "Coca Cola",
    # days named after saints and people
    "Valentine's Day", "Valentines Day", "St Patrick's Day", "St. Patrick's Day",
    "Saint Patrick's Day", "Mother's Day", "Father's Day", "St Andrew's Day",
    "St George's Day", "St David's Day", "Martin Luther King Day", "Sfântul Andrei",
    "Sfantul Andrei", "Sfântul Nicolae", "Sfantul Nicolae", "Moș Nicolae", "Mos Nicolae",
    "Moș Crăciun", "Mos Craciun", "Santa Claus", "Father Christmas",
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
    fc afc cf cfr athletic rovers wanderers hotspur albion dinamo steaua unirea viitorul
    sporting olympique
    holding groep gruppe groupe gruppo grupo grupa grupul fundacja stowarzyszenie
    stiftung verein fondazione fundación fundacion associazione asociación asociacion
    spółdzielnia spoldzielnia družstvo egyesület alapítvány
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
        for brand in sorted(set(EPONYMOUS_BRANDS) | set(BRAND_PHRASES), key=len, reverse=True)
    )
    + r")(?![\w])",
    re.IGNORECASE,
)


def not_personal_zones(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a brand, company or band named after people, a brand of
    several words, a car, or a company by its legal form (``firms.py``)."""
    zones = [(m.start(), m.end()) for m in _PHRASES.finditer(text)]
    zones.extend((m.start(), m.end()) for m in _CAR.finditer(text))
    zones.extend(firm_zones(text))
    return zones
