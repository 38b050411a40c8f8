"""Non-personal material every template carries, which a redactor must leave alone:
order, invoice and tracking numbers, prices, times, weekdays, ISO timestamps, years,
products, bands. Companies, job titles and cities come from the value sources.
"""

from __future__ import annotations

import datetime as dt
import random

__all__ = [
    "BANDS",
    "PRODUCTS",
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
