"""Non-personal material every template carries, which a redactor must leave alone:
order, invoice and tracking numbers, prices, times, weekdays, ISO timestamps, years,
products, bands. Companies, job titles and cities come from the value sources.
"""

from __future__ import annotations

import datetime as dt
import random

__all__ = [
    "BANDS",
    "BRANDS",
    "HUBS",
    "JOB_TITLES",
    "LANDMARKS",
    "ORGS",
    "PRODUCTS",
    "VEHICLES",
    "clock",
    "flight_number",
    "measurement",
    "percent",
    "software_version",
    "ticket_number",
    "iso_timestamp",
    "month_name",
    "invoice_number",
    "order_number",
    "price",
    "quantity",
    "shop_date",
    "time_of_day",
    "tracking_number",
    "weekday",
    "year",
]

# The demo shop's catalogue style; some products carry words that are also given names.
PRODUCTS: dict[str, tuple[str, ...]] = {
    "en": (
        "Rose vase",
        "Jasmine tea set",
        "Linen table runner",
        "Oak cutting board",
        "Ceramic mug",
        "Wool throw blanket",
        "Copper kettle",
        "Bamboo desk lamp",
        "Victoria sponge tin",
        "Olive oil dispenser",
        "Glass carafe",
        "Lily scented candle",
        "Velvet cushion",
        "Cast iron skillet",
        "Ivy planter",
    ),
    "ro": (
        "vaza Rose",
        "setul de ceai Jasmine",
        "lampa de birou din bambus",
        "cana de ceramică",
        "pătura de lână",
        "ibricul de cupru",
        "tocătorul din stejar",
        "lumânarea parfumată Lily",
        "perna de catifea",
        "tigaia din fontă",
    ),
}
BANDS: tuple[str, ...] = (
    "Coldplay",
    "Imagine Dragons",
    "Arctic Monkeys",
    "The Killers",
    "Simply Red",
    "Pink Floyd",
    "Dire Straits",
    "Phoenix",
    "Vama Veche",
    "Ducu Bertzi",
    "Metallica",
    "Maroon 5",
)
_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ro": ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
}
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple(
        "January February March April May June July August September October November "
        "December".split()
    ),
    "ro": tuple(
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
        "noiembrie decembrie".split()
    ),
}


def order_number(rng: random.Random) -> str:
    shape = rng.choice(("#{n5}", "{n6}", "ORD-{y}-{n5}", "A{n7}", "{n5}-{n2}", "SO{n8}"))
    return shape.format(
        n2=rng.randint(10, 99),
        n5=rng.randint(10000, 99999),
        n6=rng.randint(100000, 999999),
        n7=rng.randint(1000000, 9999999),
        n8=rng.randint(10000000, 99999999),
        y=rng.randint(2021, 2025),
    )


def invoice_number(rng: random.Random) -> str:
    shape = rng.choice(("INV-{n6}", "FV{y}/{n4}", "{y}-{n5}", "F-{n7}"))
    return shape.format(
        n4=rng.randint(1000, 9999),
        n5=rng.randint(10000, 99999),
        n6=rng.randint(100000, 999999),
        n7=rng.randint(1000000, 9999999),
        y=rng.randint(2021, 2025),
    )


def tracking_number(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice((10, 12, 14))))
    return rng.choice(
        (
            f"1Z{rng.randint(100, 999)}AA{digits[:10]}",
            f"JD{digits[:12]}GB",
            digits,
            f"RR{digits[:9]}RO",
        )
    )


def price(rng: random.Random, lang: str) -> str:
    amount = rng.randint(3, 1999) + rng.choice((0, 0.5, 0.99, 0.49))
    if lang == "ro":
        whole = f"{amount:.2f}".replace(".", ",")
        return rng.choice((f"{whole} lei", f"{int(amount)} RON", f"{whole} EUR"))
    return rng.choice((f"${amount:.2f}", f"£{amount:.2f}", f"€{amount:.2f}", f"{int(amount)} EUR"))


def quantity(rng: random.Random) -> str:
    return str(rng.randint(2, 40))


def time_of_day(rng: random.Random) -> str:
    hour, minute = rng.randint(7, 21), rng.choice((0, 15, 30, 45, 5, 50))
    return rng.choice((f"{hour}:{minute:02d}", f"{hour:02d}:{minute:02d}", f"{hour % 12 or 12}pm"))


def weekday(rng: random.Random, lang: str) -> str:
    return rng.choice(_WEEKDAYS[lang])


def iso_timestamp(rng: random.Random) -> str:
    moment = dt.datetime(2024, 1, 1, tzinfo=dt.UTC) + dt.timedelta(
        seconds=rng.randint(0, 700 * 86400), microseconds=rng.randint(0, 999999)
    )
    text = moment.strftime("%Y-%m-%dT%H:%M:%S.%f")
    return text + rng.choice(("Z", "+00:00", "Z"))


def year(rng: random.Random) -> str:
    return str(rng.randint(1998, 2025))


def shop_date(rng: random.Random, lang: str) -> str:
    """A delivery or purchase date: not personal."""
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
    month = _MONTHS[lang][day.month - 1]
    return rng.choice((f"{day.day} {month}", f"{day:%d.%m}", f"{month} {day.day}"))


def month_name(month: int, lang: str) -> str:
    return _MONTHS[lang][month - 1]


# --- Material for the dev2 templates (templates_a2.py, templates_b2.py) ---------------
# Names that look personal but are not: organisations, brands and products that carry
# given names or surnames, streets used as landmarks, job titles in several languages.

ORGS: tuple[str, ...] = (
    "Northwind Traders",
    "Banca Transilvania",
    "Contoso Pharmaceuticals",
    "Blue Harbor Insurance",
    "Fan Courier",
    "Raiffeisen Bank",
    "Royal Mail",
    "Deutsche Bahn",
    "Wizz Air",
    "Allianz Direct",
    "Kaufland Romania",
    "Fabrikam Logistics",
    "Hotel Continental Forum",
    "Adventure Works Cycles",
    "Groupama Asigurări",
    "Morgan Stanley",
    "Johnson Controls",
    "Marks & Spencer",
    "Sainte-Marie Clinic",
    "Dr. Max Pharmacy",
    "Lloyds Banking Group",
    "Hewlett Packard Enterprise",
    "Philip Morris International",
    "Wells Fargo Advisors",
)
BRANDS: dict[str, tuple[str, ...]] = {
    "en": (
        "Victoria sponge",
        "Jack Daniel's",
        "Ben & Jerry's cookie dough",
        "Earl Grey tea",
        "Dr. Martens boots",
        "Tommy Hilfiger jacket",
        "Margherita pizza",
        "Marie biscuits",
        "Johnnie Walker Black Label",
        "Peter Pan peanut butter",
        "Ralph Lauren polo",
        "Hugo Boss suit",
        "Sam Adams lager",
        "Louis Vuitton wallet",
        "Chanel No. 5",
        "Tim Hortons gift card",
        "Jimmy Choo sandals",
        "Calvin Klein perfume",
    ),
    "ro": (
        "tortul Victoria",
        "whisky Jack Daniel's",
        "ceaiul Earl Grey",
        "bocancii Dr. Martens",
        "pizza Margherita",
        "biscuiții Marie",
        "geaca Tommy Hilfiger",
        "parfumul Hugo Boss",
        "ciocolata Rom",
        "cafeaua Doncafé",
        "apa Borsec",
    ),
}
VEHICLES: tuple[str, ...] = (
    "Mercedes-Benz Sprinter",
    "Ford Fiesta",
    "Dacia Sandero",
    "Dacia Logan",
    "Skoda Octavia",
    "Renault Clio",
    "Opel Astra",
    "Volkswagen Golf",
    "Toyota Corolla",
    "Hyundai Elantra",
    "Tesla Model Y",
    "Mini Cooper",
    "Alfa Romeo Giulia",
    "Lancia Ypsilon",
    "Aston Martin Vantage",
    "Rolls-Royce Ghost",
)
LANDMARKS: tuple[str, ...] = (
    "Oxford Street",
    "Calea Victoriei",
    "Bulevardul Unirii",
    "Strada Lipscani",
    "Baker Street",
    "Kärntner Straße",
    "Andrássy út",
    "Piața Romană",
    "Fifth Avenue",
    "Regent Street",
    "Unter den Linden",
    "Via del Corso",
    "Nowy Świat",
    "Wenceslas Square",
    "Champs-Élysées",
    "Strada Republicii",
)
HUBS: tuple[str, ...] = (
    "Bucharest",
    "Cluj-Napoca",
    "Timișoara",
    "Iași",
    "Rotterdam",
    "Leipzig",
    "Milton Keynes",
    "Brno",
    "Poznań",
    "Budapest",
    "Vienna",
    "Lyon",
    "Constanța",
    "Brașov",
)
JOB_TITLES: tuple[str, ...] = (
    "Head of Customer Success",
    "Senior Account Manager",
    "Kundenbetreuerin",
    "Teamleiter Einkauf",
    "Responsable Logistique",
    "Chef de projet",
    "Ingeniero de Soporte",
    "Director Vânzări",
    "Contabil-șef",
    "Consilier Clienți",
    "HR Business Partner",
    "Office Manager",
    "Product Owner",
    "Customer Care Agent",
    "Operator Call Center",
    "Regional Sales Director",
    "Responsabile Acquisti",
    "Kierownik Magazynu",
)


def ticket_number(rng: random.Random) -> str:
    shape = rng.choice(
        ("TCK-{n6}", "#INC{n7}", "CS-{y}-{n5}", "OPS-{n4}", "CASE {n8}", "REQ{n6}", "SR-{n5}")
    )
    return shape.format(
        n4=rng.randint(1000, 9999),
        n5=rng.randint(10000, 99999),
        n6=rng.randint(100000, 999999),
        n7=rng.randint(1000000, 9999999),
        n8=rng.randint(10000000, 99999999),
        y=rng.randint(2022, 2025),
    )


def software_version(rng: random.Random) -> str:
    major, minor, patch = rng.randint(1, 17), rng.randint(0, 24), rng.randint(0, 9)
    return rng.choice(
        (
            f"v{major}.{minor}.{patch}",
            f"{major}.{minor}.{patch}-beta.{rng.randint(1, 5)}",
            f"iOS {major}.{minor}",
            f"Android {rng.randint(10, 15)}",
            f"build {rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
            f"{major}.{minor} LTS",
        )
    )


def percent(rng: random.Random, lang: str) -> str:
    value = rng.choice((rng.randint(1, 99), rng.randint(1, 999) / 10))
    text = f"{value}"
    if lang == "ro":
        text = text.replace(".", ",")
    return rng.choice((f"{text}%", f"{text} %"))


def measurement(rng: random.Random, lang: str) -> str:
    decimal = f"{rng.randint(1, 40)}.{rng.randint(1, 9)}"
    if lang == "ro":
        decimal = decimal.replace(".", ",")
    return rng.choice(
        (
            f"{rng.randint(10, 90)} x {rng.randint(10, 60)} x {rng.randint(5, 40)} cm",
            f"{decimal} kg",
            f"{rng.randint(100, 900)} ml",
            f"{decimal} m",
            f'{rng.randint(13, 65)}"',
            f"{rng.randint(2, 80)} km",
        )
    )


def flight_number(rng: random.Random) -> str:
    carrier = rng.choice(("RO", "W6", "LH", "FR", "BA", "OS", "KL", "0B"))
    return rng.choice((f"{carrier} {rng.randint(100, 9999)}", f"{carrier}{rng.randint(100, 9999)}"))


def clock(rng: random.Random) -> str:
    """A chat-log stamp: ``09:14:07`` or ``2024-06-11 14:02``."""
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
    hour, minute, second = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice(
        (f"{hour:02d}:{minute:02d}:{second:02d}", f"{day:%Y-%m-%d} {hour:02d}:{minute:02d}")
    )
