"""Word lists the name recognizers share: common given names and surnames (Romanian,
English, German, Dutch), and words that are not names.

Plain data, casefolded where compared. Short on purpose (a few hundred at most); they
catch the frequent cases the English spaCy model misses, in Romanian sentences and in
lower-case chat. Given names that are also everyday words or product names ("Mark",
"Will", "May", "Max", "Logan", "Mercedes", "Victoria") are left out on purpose.
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
        "Alina", "Adina", "Anamaria", "Angela", "Aurel", "Aurelia", "Costel", "Cristi",
        "Dana", "Denisa", "Dragoș", "Dragos", "Dumitru", "Emil", "Emilia", "Eugen",
        "Felicia", "Gigel", "Horia", "Iulian", "Larisa", "Lavinia", "Loredana", "Lucia",
        "Luminița", "Luminita", "Marcel", "Marin", "Marioara", "Mircea", "Nicoleta",
        "Octavian", "Paula", "Petru", "Remus", "Robert", "Rodica", "Sebastian", "Silviu",
        "Simona", "Sorina", "Tudor", "Valentina", "Viorel", "Viorica", "Virgil", "Costin",
        "Bogdana", "Delia", "Ramona", "Corina", "Codrin", "Traian", "Ilie", "Petra",
    }
)  # fmt: skip

# Given names common among English, German and Dutch speakers (with and without umlauts).
OTHER_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    John James Michael David Richard Thomas Peter Paul Mike Tom Sarah Emily Emma Olivia
    Jessica Anna Kate Katie Lisa Anne Mary Linda Susan Karen Daniel Matthew Andrew Chris
    Christopher Steven Steve Kevin Brian Jason Jennifer Amanda Rachel Sophie Lucy Oliver
    Harry Jack Charlie Liam Noah Ethan Sam Samuel Alex Ben Benjamin Adam Chloe Hannah
    Megan Nick Nicholas Patrick Sean Ryan Tim Timothy Helen Claire Julia Jane Joe Joseph
    Tony Anthony Eric Gary Scott Sophia Isabella Mia Amelia Ella Jacob Lucas Henry Edward
    Charles Laura Elizabeth Margaret Catherine Sandra Donna Michelle Emily Ashley Jonathan
    Joshua Kenneth Ronald Donald Steven Andrew Nathan Dylan Tyler Aaron Luke Simon Martin
    Hans Klaus Jürgen Juergen Stefan Andreas Wolfgang Uwe Dieter Werner Helmut Gerhard
    Günter Guenter Karl Heinz Horst Markus Matthias Sebastian Tobias Florian Lukas Jonas
    Leon Felix Maximilian Anja Sabine Monika Ursula Claudia Andrea Stefanie Katrin Lena
    Nicole Birgit Heike Susanne Gabriele Renate Ingrid Ute Jan Jens Kai Lars Nils Sven
    Torsten Jörg Joerg Dirk Bernd Ralf Rolf Thorsten Christian Franziska Johanna Marie
    Pieter Kees Henk Willem Joost Bram Daan Ruben Thijs Jeroen Bas Koen Lieke Sanne Femke
    Anouk Eva Fleur Iris Marieke Annelies Joris Maarten Niels Wouter Sjoerd Hendrik
    Johannes Cornelis Gerrit Sander Tim Lotte Inge Mieke Hanneke Ilse Jasper Stijn Wim
    Jake Bob Robert Ellie Ella Grace Floor Noor Roos Sara Katharina Beatrix Lotte Fatima
    Tyler Jessica Olivia Oliver George Mohammed Ahmed Ali Omar Yusuf Aisha Elena Ivan
    Dmitri Olga Natalia Piotr Tomasz Katarzyna Agnieszka Marco Luca Giulia Francesca
    Pablo Carlos Javier Lucia Pierre Jean Camille Louis Manon Costi Vasilica Gica Nelu
    """.split()
)

# Surnames common among English, German and Dutch speakers.
OTHER_SURNAMES: frozenset[str] = frozenset(
    """
    Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson
    Martin Lee White Harris Clark Clarke Lewis Robinson Walker Young Allen Wright Scott
    Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner
    Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed
    Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes
    Sanders Myers Ross Foster O'Connor O'Brien McDonald Johnston Hall Thompson Garcia
    Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
    Schäfer Schaefer Koch Bauer Richter Klein Wolf Schröder Schroeder Neumann Schwarz
    Zimmermann Braun Krüger Krueger Hofmann Hartmann Lange Schmitt Krause Meier Lehmann
    Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang
    Scholz Möller Weiß Weiss Jung Hahn Vogel Friedrich Keller Günther Berger Winkler Roth
    Beck Lorenz Baumann Franke Albrecht Schuster Ludwig Böhm Kraus Schumacher Krämer Vogt
    Jäger Sommer Seidel Heinrich Brandt Haas Jansen Janssen Bakker Visser Smit Meijer
    Mulder Bos Vos Hendriks Dekker Brouwer Dijkstra Smits Kok Jacobs Vermeulen Schouten
    Willems Hoekstra Verhoeven Koster Prins Postma Kuipers Veenstra Kramer Huisman Peeters
    Vries Jong Boer Dijk Graaf Groot Wit Haan Leeuwen Berg Meer Linden Broek Bruijn Heijden
    """.split()
)

# Particles inside German and Dutch surnames ("Jan de Vries", "Lisa van der Berg").
NAME_PARTICLES: tuple[str, ...] = (
    "van der", "van den", "van de", "van 't", "van", "von der", "von", "de", "der", "den",
    "ten", "ter", "zu", "vom", "zum", "op de", "in 't",
)  # fmt: skip

GIVEN_NAMES: frozenset[str] = RO_GIVEN_NAMES | OTHER_GIVEN_NAMES

RO_SURNAMES: frozenset[str] = frozenset(
    {
        "Andrei", "Anghel", "Avram", "Barbu", "Bălan", "Balan", "Ciobanu", "Constantin",
        "Cristea", "Diaconu", "Dinu", "Dobre", "Dragomir", "Dumitrescu", "Dumitru",
        "Florea", "Gheorghe", "Gheorghiu", "Ilie", "Ion", "Ionescu", "Iordache", "Lazăr",
        "Lazar", "Lupu", "Marin", "Matei", "Mihai", "Mihăilă", "Munteanu", "Mocanu",
        "Moldovan", "Nistor", "Oprea", "Păun", "Petrescu", "Pop", "Popa", "Popescu",
        "Popovici", "Radu", "Rusu", "Sârbu", "Serban", "Șerban", "Stan", "Stanciu",
        "Stoica", "Suciu", "Toma", "Tudor", "Ungureanu", "Vasile", "Voicu", "Zamfir",
        "Albu", "Ardelean", "Bucur", "Călin", "Calin", "Chiriac", "Cozma", "Crăciun",
        "Craciun", "Dima", "Dobrescu", "Enache", "Filip", "Gavrilă", "Gavrila", "Grigore",
        "Ispas", "Lungu", "Manea", "Marinescu", "Mihalache", "Nedelcu", "Neagu", "Nica",
        "Niculescu", "Pavel", "Preda", "Răducanu", "Roman", "Sandu", "Stănescu", "Tănase",
        "Tanase", "Ursu", "Vlad", "Zaharia", "Costea", "Dragan", "Drăgan",
        "Iliescu", "Nedelea", "Pană", "Pana", "Petre", "Rădulescu", "Radulescu", "Tudose",
        "Turcu", "Vasilescu", "Năstase", "Nastase", "Cojocaru", "Ciobotaru", "Bratu",
    }
)  # fmt: skip

SURNAMES: frozenset[str] = RO_SURNAMES | OTHER_SURNAMES

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
        # products, brands and shops customers ask about
        "iPhone", "iPad", "MacBook", "AirPods", "Samsung", "Galaxy", "Pixel", "Xiaomi",
        "Huawei", "Lenovo", "Dell", "Asus", "Acer", "Sony", "PlayStation", "Xbox",
        "Nintendo", "Bosch", "Philips", "Dyson", "Dacia", "Logan", "Duster", "Sandero",
        "Spring", "Jogger", "Skoda", "Octavia", "Fabia", "Volkswagen", "Golf", "Passat",
        "Renault", "Clio", "Megane", "Ford", "Focus", "Fiesta", "Toyota", "Corolla", "Yaris",
        "BMW", "Audi", "Mercedes", "Benz", "Tesla", "Opel", "Astra", "Corsa", "Pro", "Max",
        "Ultra", "Plus", "Mini", "Lite", "Air", "Watch", "Series", "Edition", "Emag",
        "Altex", "Dedeman", "Ikea", "Lidl", "Kaufland", "Carrefour", "Amazon", "Netflix",
        "Spotify", "Microsoft", "Windows", "Android", "WhatsApp", "YouTube", "Facebook",
        "Instagram", "Demo", "Support", "Team", "Service", "Services", "Delivery", "Express",
        "Premium", "Standard", "Basic", "Gold", "Silver", "Black", "Friday", "Cyber",
        "Shop", "Store", "Market", "Online", "Bot", "Assistant", "Chat", "Manager", "Sales",
        # street words the model takes for names, holidays
        "Str", "Strada", "Bd", "Bulevardul", "Calea", "Aleea", "Intrarea", "Șoseaua",
        "Soseaua", "Piața", "Piata", "Splaiul", "Street", "Road", "Avenue", "Easter",
        "Tel", "Telefon", "Phone", "Fax", "Mobil", "Mobile", "Email", "E-mail", "Mail",
        "Adresa", "Address", "Lipscani", "Baker",
        "Christmas", "Craciun", "Crăciun", "Kindle", "Echo", "Alexa", "Siri", "Garmin",
        "Paste", "Paște", "Paști", "Rusalii", "Boxing",
        # more fillers after "I am" / "this is" / "I'm" / "sunt"
        "Going", "Having", "Getting", "Waiting", "Interesting", "Available", "Unable",
        "Able", "Happy", "Calling", "Contacting", "Confused", "Disappointed", "Satisfied",
        "Afraid", "Aware", "Busy", "Free", "Late", "Early", "Done", "Finished", "From",
        "With", "In", "On", "At", "About", "Regarding", "Very", "So", "Really", "Your",
        "Our", "My", "Urgent", "Important", "Correct", "Right", "Wrong", "Fine", "Well",
        "Nevoie", "Dispus", "Dispusă", "Foarte", "Prea", "Tot", "Deja", "Supărat",
        "Suparat", "Nemulțumit", "Nemultumit", "Mulțumită", "Multumita", "Convins",
        "Convinsă", "Sigur", "Bucuros", "Bucuroasă", "Curioasa", "Interesați", "Interesati",
        "Acasa", "Plecat", "Plecată", "Ocupat", "Ocupată", "Liber", "Liberă",
    )
)  # fmt: skip

# Lower-case words that end a name typed in lower case ("ma numesc ion si vreau ..."):
# function words in Romanian, English, German and Dutch.
LOWER_STOP: frozenset[str] = frozenset(
    """
    si și şi sau dar ca că sa să nu da e este sunt am ai are avem aveti aveți vreau vrem
    doresc as aș pe la de din cu in în pentru despre ce care cum unde cand când cat cât
    va vă ma mă mi-ar imi îmi te ne le il îl o un una niste niște mai foarte bine aici
    acum azi maine mâine ieri si-am si-as buna bună ziua seara salut multumesc mulțumesc
    and or but the a an of to in on at for from with by about as is are was were be been
    am i im i'm you he she we they it this that my your our their me him her us them
    not no yes ok okay please thanks thank hi hello hey calling speaking here there
    und oder aber der die das ein eine ich bin ist sind von mit zu im am auf für fuer
    en of maar het een ik ben is zijn van met te op voor
    """.split()
)


def is_not_name(word: str) -> bool:
    """True when ``word`` is on the list of capitalised words that are not names."""
    return word.casefold() in NOT_NAMES
