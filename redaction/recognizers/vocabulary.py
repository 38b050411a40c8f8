"""Word lists the name recognizers share: common Romanian names, and words that are not names.

Plain data, casefolded where compared. Short on purpose (about 50 each); they catch
the frequent cases the English spaCy model misses in Romanian sentences.
"""

from __future__ import annotations

RO_GIVEN_NAMES: frozenset[str] = frozenset(
    {
        "Adrian", "Alexandra", "Alexandru", "Alin", "Ana", "Ana-Maria", "Anca", "Andra",
        "Andreea", "Andrei", "Bianca", "Bogdan", "Camelia", "Carmen", "Catalin", "Cătălin",
        "Claudia", "Constantin", "Cosmin", "Cristian", "Cristina", "Daniel", "Daniela",
        "Diana", "Dorin", "Elena", "Florin", "Gabriel", "Gabriela", "George", "Georgiana",
        "Gheorghe", "Ileana", "Ioan", "Ioana", "Ion", "Ionela", "Ionut", "Ionuț", "Irina",
        "Iulia", "Laura", "Liviu", "Lucian", "Madalina", "Mădălina", "Marian", "Marius",
        "Maria", "Mihaela", "Mihai", "Mirela", "Monica", "Nicolae", "Oana", "Ovidiu",
        "Radu", "Raluca", "Razvan", "Răzvan", "Roxana", "Sorin", "Stefan", "Ștefan",
        "Ştefan", "Teodora", "Valentin", "Vasile", "Victor", "Vlad",
    }
)  # fmt: skip

RO_SURNAMES: frozenset[str] = frozenset(
    {
        "Andrei", "Anghel", "Avram", "Barbu", "Bălan", "Balan", "Ciobanu", "Constantin",
        "Cristea", "Diaconu", "Dinu", "Dobre", "Dragomir", "Dumitrescu", "Dumitru",
        "Florea", "Gheorghe", "Gheorghiu", "Ilie", "Ion", "Ionescu", "Iordache", "Lazăr",
        "Lazar", "Lupu", "Marin", "Matei", "Mihai", "Mihăilă", "Munteanu", "Mocanu",
        "Moldovan", "Nistor", "Oprea", "Păun", "Petrescu", "Pop", "Popa", "Popescu",
        "Popovici", "Radu", "Rusu", "Sârbu", "Serban", "Șerban", "Stan", "Stanciu",
        "Stoica", "Suciu", "Toma", "Tudor", "Ungureanu", "Vasile", "Voicu", "Zamfir",
    }
)  # fmt: skip

# Capitalised words that follow "I am" / "sunt" / "this is" or start a sentence but are
# not names: weekdays, months, greetings, adjectives and fillers (EN + RO, with and
# without diacritics). Compared casefolded.
NOT_NAMES: frozenset[str] = frozenset(
    w.casefold()
    for w in (
        # weekdays / months
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Luni", "Marti", "Marți", "Marţi", "Miercuri", "Joi", "Vineri", "Sambata",
        "Sâmbătă", "Sîmbătă", "Duminica", "Duminică",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
        "Ianuarie", "Februarie", "Martie", "Aprilie", "Mai", "Iunie", "Iulie",
        "Septembrie", "Octombrie", "Noiembrie", "Decembrie",
        # English fillers after "I am" / "this is" / "I'm"
        "Interested", "Looking", "Trying", "Here", "There", "Not", "Also", "Just", "Still",
        "Great", "Good", "Fine", "Ok", "Okay", "Sorry", "Happy", "Glad", "Sure", "Ready",
        "New", "Back", "Calling", "Writing", "Asking", "Wondering", "The", "A", "An",
        "It", "This", "That", "What", "Why", "How", "When", "Where", "Who", "Hello", "Hi",
        "Hey", "Thanks", "Thank", "Please", "Yes", "No", "Customer", "Client", "Order",
        "Mr", "Mrs", "Ms", "Dr", "Program", "Schedule", "Today", "Tomorrow", "Yesterday",
        "Open", "Closed", "Price", "Prices", "Opening", "Hours", "Shop", "Store",
        # Romanian fillers after "sunt" / sentence starts
        "Bine", "Aici", "Acasa", "Acasă", "Interesat", "Interesată", "Interesata", "Client",
        "Clienta", "Clientă", "Nou", "Noua", "Nouă", "Sigur", "Sigură", "Gata", "Multumit",
        "Mulțumit", "Mulţumit", "Multumesc", "Mulțumesc", "Mulţumesc", "Buna", "Bună",
        "Salut", "Ziua", "Seara", "Dimineata", "Dimineața", "Da", "Nu", "Si", "Și", "Şi",
        "Din", "De", "La", "In", "În", "Pe", "Cu", "Pentru", "Despre", "Program",
        "Programul", "Programare", "Pret", "Preț", "Preţ", "Pretul", "Prețul", "Azi",
        "Astazi", "Astăzi", "Maine", "Mâine", "Ieri", "Deschis", "Inchis", "Închis",
        "Domnul", "Doamna", "Dl", "Dna", "Comanda", "Comandă", "Magazin", "Magazinul",
        "Curios", "Curioasă", "Disponibil", "Disponibilă", "Acolo", "Eu", "Tu", "El", "Ea",
        # Romanian sentence starters the English model takes for names or places
        "Sunt", "Aveți", "Aveti", "Avem", "Am", "Sunteți", "Sunteti", "Suntem", "Este", "Există",
        "Exista", "Vreau", "Vrem", "Vreți", "Vreti", "Doresc", "Dorim", "Doriți", "Doriti",
        "Pot", "Putem", "Puteți", "Puteti", "Aș", "As", "Îmi", "Imi", "Vă", "Va", "Mă",
        "Ma", "Cât", "Cat", "Câte", "Cate", "Când", "Cand", "Unde", "Ce", "Care", "Cum",
        "Rog", "Hai", "Deci", "Dar", "Totuși", "Totusi", "Acum", "Apoi", "Încă", "Inca",
        # English sentence starters and capitalised non-names
        "Can", "Could", "Would", "Do", "Does", "Is", "Are", "Will", "Should",
        # payment brands customers mention
        "Visa", "Mastercard", "Maestro", "Amex", "PayPal", "Revolut", "Google", "Apple",
    )
)  # fmt: skip


def is_not_name(word: str) -> bool:
    """True when ``word`` is on the list of capitalised words that are not names."""
    return word.casefold() in NOT_NAMES
