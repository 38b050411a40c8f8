"""Word lists the name recognizers share: given names and surnames, and words that are
not names.

Plain data, casefolded where compared. The names (``name_lists.py``: the most common
ones of Romania, Moldova and the countries our customers write from, each with the
forms people type) catch what the English spaCy model misses, in Romanian sentences and
in lower-case chat. Given names that are also everyday words, brands or towns ("Mark",
"Will", "May", "Max", "Logan", "Mercedes", "Victoria", "Florence") are
``AMBIGUOUS_GIVEN_NAMES``: names only right after a cue, never in the plain lists.
"""

from __future__ import annotations

import re

from redaction.recognizers import name_lists as names
from redaction.recognizers.brands import BRAND_WORDS
from redaction.recognizers.name_lists import typed_variants

# Given names that are also everyday words ("mark", "will", "may"), brands or towns: a
# name only right after a cue that introduces a person ("I'm mark", "this is will
# speaking"). Taken out of the plain lists below.
AMBIGUOUS_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    Mark Will May Max Bill Frank Grace Rose Hope Joy Faith Amber Ruby Jade Holly Ivy
    Daisy Lily April June Summer Dawn Sue Pat Art Rob Chase Hunter Mason Victoria
    Miles Rich Drew Gene Guy Jack Lane Reed Sky Autumn Iris Flora Olive Penny Sunny
    Florin Bob Pip Can Job Sem
    """.split()
) | typed_variants(names.AMBIGUOUS_NAMES)

RO_GIVEN_NAMES: frozenset[str] = typed_variants(
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
    | names.RO_GIVEN_MEN
    | names.RO_GIVEN_WOMEN
    | names.MD_GIVEN_NAMES
    | names.HU_GIVEN_NAMES
)  # fmt: skip

# Given names common among English, German and Dutch speakers (with and without umlauts).
OTHER_GIVEN_NAMES: frozenset[str] = typed_variants(
    """
    John James Michael David Richard Thomas Peter Paul Mike Tom Sarah Emily Emma Olivia
    Jessica Anna Kate Katie Lisa Anne Mary Linda Susan Karen Daniel Matthew Andrew Chris
    Christopher Steven Steve Kevin Brian Jason Jennifer Amanda Rachel Sophie Lucy Oliver
    Harry Jack Charlie Liam Noah Ethan Sam Samuel Alex Benjamin Adam Chloe Hannah
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
    Jake Bob Robert Ellie Ella Grace Noor Roos Sara Katharina Beatrix Lotte Fatima
    Tyler Jessica Olivia Oliver George Mohammed Ahmed Ali Omar Yusuf Aisha Elena Ivan
    Dmitri Olga Natalia Piotr Tomasz Katarzyna Agnieszka Marco Luca Giulia Francesca
    Pablo Carlos Javier Lucia Pierre Jean Camille Louis Manon Costi Vasilica Gica Nelu
    """.split()
)

# Surnames common among English, German and Dutch speakers.
OTHER_SURNAMES: frozenset[str] = typed_variants(
    """
    Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson
    Martin Lee White Harris Clark Clarke Lewis Robinson Walker Young Allen Wright Scott
    Green Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner
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
    + [
        *names.EN_SURNAMES,
        *names.DE_NL_SURNAMES,
        *names.FR_IT_ES_PT_SURNAMES,
        *names.PL_UA_RU_SURNAMES,
        *names.EL_TR_AR_SURNAMES,
        *names.IN_VI_ZH_SURNAMES,
    ]
)

# Particles inside German, Dutch, Arabic, Italian, Spanish and Portuguese surnames
# ("Jan de Vries", "Lisa van der Berg", "Fatima el Amrani").
NAME_PARTICLES: tuple[str, ...] = (
    "van der", "van den", "van de", "van 't", "van", "von der", "von", "de", "der", "den",
    "ten", "ter", "zu", "vom", "zum", "op de", "in 't", "el", "al", "da", "di", "del",
    "della", "dos", "das", "du", "bin", "ben", "abu", "ibn", "mac",
)  # fmt: skip

RO_SURNAMES: frozenset[str] = typed_variants(
    {
        "Andrei", "Anghel", "Avram", "Barbu", "Bălan", "Balan", "Ciobanu", "Constantin",
        "Cristea", "Diaconu", "Dinu", "Dobre", "Dragomir", "Dumitrescu", "Dumitru",
        "Florea", "Gheorghe", "Gheorghiu", "Ilie", "Ion", "Ionescu", "Iordache", "Lazăr",
        "Lazar", "Lupu", "Marin", "Matei", "Mihai", "Mihăilă", "Munteanu", "Mocanu",
        "Moldovan", "Nistor", "Oprea", "Păun", "Petrescu", "Pop", "Popa", "Popescu",
        "Popovici", "Radu", "Rusu", "Sârbu", "Serban", "Șerban", "Stan", "Stanciu",
        "Stoica", "Suciu", "Toma", "Tudor", "Ungureanu", "Vasile", "Voicu", "Zamfir",
        "Albu", "Ardelean", "Bucur", "Călin", "Calin", "Chiriac", "Cozma",
        "Dima", "Dobrescu", "Enache", "Filip", "Gavrilă", "Gavrila", "Grigore",
        "Ispas", "Lungu", "Manea", "Marinescu", "Mihalache", "Nedelcu", "Neagu", "Nica",
        "Niculescu", "Pavel", "Preda", "Răducanu", "Sandu", "Stănescu", "Tănase",
        "Tanase", "Ursu", "Vlad", "Zaharia", "Costea", "Dragan", "Drăgan",
        "Iliescu", "Nedelea", "Pană", "Pana", "Petre", "Rădulescu", "Radulescu", "Tudose",
        "Turcu", "Vasilescu", "Năstase", "Nastase", "Cojocaru", "Ciobotaru", "Bratu",
    }
    | names.RO_SURNAMES
    | names.MD_SURNAMES
    | names.HU_SURNAMES
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
        "Pay", "Wallet",
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
        "Familie", "Familia", "Family", "Prenume", "Prenumele", "Surname",
        # salutations that open a letter ("Dragă Bogović,", "Stimată doamnă")
        "Dragă", "Draga", "Dragi", "Stimate", "Stimată", "Stimata", "Stimați", "Stimati",
        "Dear", "Dearest",
    )
) | frozenset(w.casefold() for w in BRAND_WORDS)  # fmt: skip

# Lower-case words that end a name typed in lower case ("ma numesc ion si vreau ..."):
# function words in Romanian, English (with contractions typed without their apostrophe:
# "whos", "thats"), German and Dutch.
LOWER_STOP: frozenset[str] = frozenset(
    """
    si și şi sau dar ca că sa să nu da e este sunt am ai are avem aveti aveți vreau vrem
    doresc as aș pe la de din cu in în pentru despre ce care cum unde cand când cat cât
    va vă ma mă mi-ar imi îmi te ne le il îl o un una niste niște mai foarte bine aici
    acum azi maine mâine ieri si-am si-as buna bună ziua seara salut multumesc mulțumesc
    and or but the a an of to in on at for from with by about as is are was were be been
    am i im i'm you he she we they it this that my your our their me him her us them
    not no yes ok okay please thanks thank hi hello hey calling speaking here there
    whos thats theres hes shes ive youre theyre wont cant doesnt isnt wasnt arent werent
    didnt couldnt wouldnt shouldnt hasnt havent hadnt whats hows wheres lemme cuz coz
    und oder aber der die das ein eine ich bin ist sind von mit zu im am auf für fuer
    en of maar het een ik ben is zijn van met te op voor
    """.split()
)


# An English contraction: a pronoun or verb with "'ll", "'d", "'re", "'ve", "'m" or
# "n't" ("i'll", "we're", "don't"). Never part of a name; "O'Neill" and "D'Angelo" do
# not end like one. A possessive "'s" is not here: "John's" is a name.
CONTRACTION_PATTERN = r"[^\W\d_]+(?:['’](?:ll|d|re|ve|m)|n['’]t)"
_CONTRACTION = re.compile(CONTRACTION_PATTERN, re.IGNORECASE)


def is_contraction(word: str) -> bool:
    """True for an English contraction such as "i'll", "they're" or "won't"."""
    return _CONTRACTION.fullmatch(word) is not None


def is_not_name(word: str) -> bool:
    """True when ``word`` is on the list of capitalised words that are not names."""
    return word.casefold() in NOT_NAMES


# More given names, by origin, so that names we have not seen before are more likely
# to be known: French, Spanish, Italian, Polish, Arabic, Turkish, and more English,
# German, Dutch and Romanian ones. Everyday words are left out as above.
MORE_GIVEN_NAMES: frozenset[str] = typed_variants(
    """
    Amelie Antoine Aurelie Baptiste Benoit Camille Celine Chloe Clement Damien Elodie
    Emilie Etienne Fabien Francois François Guillaume Helene Hélène Hugo Isabelle
    Jacques Julien Juliette Laurent Lea Léa Louise Lucie Manon Margaux Mathieu
    Maxime Nathalie Nicolas Olivier Pascal Philippe Quentin Remi Rémi Sandrine Sebastien
    Sébastien Sylvie Thibault Thierry Valerie Valérie Vincent Yves Zoe Zoé Agathe Cecile
    Alejandro Alvaro Álvaro Ana Andres Andrés Antonio Beatriz Carmen Diego Dolores Eduardo
    Elena Enrique Fernando Francisco Gonzalo Ignacio Isabel Jorge Jose José Juan Luis
    Manuel Marta Miguel Nuria Pedro Pilar Raul Raúl Rocio Rocío Sergio Teresa Alberto
    Alessandro Alessia Andrea Angelo Antonella Chiara Davide Emanuele Enrico Federica
    Federico Filippo Gianluca Giorgia Giovanni Giulio Giuseppe Lorenzo Marcello Martina
    Matteo Paolo Riccardo Roberto Salvatore Silvia Simone Stefano Valentina Vittoria
    Adam Agata Aleksandra Bartosz Dominika Ewa Grzegorz Jakub Joanna Kamil Karolina Krzysztof
    Łukasz Lukasz Maciej Magdalena Małgorzata Malgorzata Marcin Mariusz Marta Michał Michal
    Monika Paweł Pawel Przemysław Rafał Rafal Szymon Wojciech Zofia Zuzanna Wiktoria
    Abdul Abdullah Ahmad Amina Amir Aziz Bilal Fatma Farah Hamza Hassan Hussein Ibrahim
    Imran Jamal Karim Khalid Layla Leila Mahmoud Mariam Maryam Mehmet Mohamed Mohammad
    Muhammad Mustafa Nadia Nour Omar Rashid Salma Samir Tariq Yasmin Yasmine Youssef Zainab
    Ahmet Ayse Ayşe Burak Can Cem Elif Emre Emine Fatih Hakan Hasan Huseyin Hüseyin Kemal
    Mert Murat Ozan Selin Serkan Yusuf Zeynep Ali Oguz Oğuz Deniz Ece Esra Kerem
    Abigail Alice Alison Amy Andy Angela Barbara Becky Betty Bradley Brandon Caroline
    Carol Cheryl Christine Cindy Craig Cynthia Dan Darren Debbie Deborah Dennis
    Derek Diane Dorothy Doug Douglas Elaine Ellen Emily Eric Evelyn Fiona Gavin Gemma
    Greg Gregory Heather Ian Isaac Jacqueline Jamie Janet Jeff Jeffrey Jeremy Jill Joan
    Jordan Joyce Judith Judy Julie Justin Karen Katherine Keith Kelly Kyle Larry Leah
    Lauren Lindsay Lisa Louise Lynn Marcus Marilyn Melissa Nancy Natalie Neil Nigel
    Pamela Philip Phil Rebecca Rick Ricky Roger Russell Ruth Shannon Sharon Shirley
    Stephanie Stephen Stuart Teresa Terry Tracy Travis Trevor Vanessa Victor Vincent
    Wayne Wendy Zachary Zoe Harold Howard Jessie Kathleen Kimberly Lori Martha Olivia
    Frieda Friedrich Gisela Hannelore Ingo Jannik Kerstin Lara Marlene Mathias Nina Petra
    Sandra Silke Sonja Tanja Tim Timo Ulrike Volker Yannick Hendrika Annemieke Bart Dirk
    Evert Gijs Hugo Jesse Job Luuk Marloes Mark Merel Pim Sem Siem Tess Thomas Tijn
    Vera Wessel Yara Lars Noor Lotte
    Adela Adelina Alexia Amalia Ariana Aurora Casandra Catalina Cătălina  Ciprian
    Claudiu Crina Dan Danut Dănuț Doina Dorel Elisabeta Emanuel Fănel Flavia Flavius
    Geanina Georgeta Ionel Iosif Lăcrămioara Lenuța Liliana Lucica Manuela Marcela
    Marilena Mihail Mihnea Minodora Narcisa Nelu Nicu Nicușor Otilia Petrică Sabina Sanda
    Silvia Sergiu Smaranda Sorin Stela Tatiana Teodor Tiberiu Titus Valeriu Veronica
    Viorela Vladimir Zoița Iosefina Matei Luca Rareș Rares Ilinca Alesia Ayan Darius Eric
    Ovidiu Petronela Cornel Cornelia Nicolaie Neculai Sanziana Sânziana Anda Ilona
    """.split()
    + [
        *names.EN_GIVEN_NAMES,
        *names.DE_GIVEN_NAMES,
        *names.NL_GIVEN_NAMES,
        *names.FR_GIVEN_NAMES,
        *names.IT_GIVEN_NAMES,
        *names.ES_PT_GIVEN_NAMES,
        *names.PL_GIVEN_NAMES,
        *names.UA_RU_GIVEN_NAMES,
        *names.EL_GIVEN_NAMES,
        *names.TR_GIVEN_NAMES,
        *names.AR_GIVEN_NAMES,
        *names.IN_GIVEN_NAMES,
        *names.VI_GIVEN_NAMES,
        *names.ZH_GIVEN_NAMES,
    ]
) - {"Mark", "Can", "Job", "Sem", "Tess"}

GIVEN_NAMES: frozenset[str] = RO_GIVEN_NAMES | OTHER_GIVEN_NAMES | MORE_GIVEN_NAMES

# A thousand or so of the most frequent English and Romanian words (with and without
# diacritics), casefolded: a lower-case word after a known given name that is none of
# these is taken for a surname ("jennifer lopez"), one that is ("anna thanks") is not.
COMMON_WORDS: frozenset[str] = frozenset(
    w.casefold()
    for w in """
    a about above after again against all almost also always am an and another any
    anyone anything are around as ask asked asking at away back bad be because been
    before being below best better between big bit both bought box broken but buy by
    call called calling came can cancel cannot card cart case cash change charge charged
    cheap check checked clear close code come coming confirm contact cost could courier
    customer damaged day days deliver delivered delivery did didn different do does
    doesn doing don done door down during each early easy either else email end enough
    even evening ever every everything exactly fast few find fine first fix for found
    free from full get gets getting give given go going gone good got great had half
    happened has have having he hello help her here hey hi him his home hope hour hours
    how however i if im in info into invoice is isn issue it item items its just keep
    kind know last late later least leave left less let like line little long look
    looking lost lot made mail make many may maybe me mean message might mine minutes
    missing moment money month more morning most much must my name need needed never new
    next nice night no none nor not nothing now number of off office ok okay old on once
    one online only open or order ordered other our out over own package paid parcel
    part pay payment people phone pick place please pm point price problem product put
    question quick quite rather really reason receipt received refund return right same
    say see seems sent service set shall she ship shipped shipping shop should show since
    size small so some someone something soon sorry still stock store such support sure
    take tell than thank thanks that the their them then there these they thing things
    think this those though through till time to today together told too tomorrow took
    track tracking tried try trying two under until up update us use used very wait
    waiting want wanted was way we week well went were what when where which while who
    why will with without won work working would wrong yes yesterday yet you your also
    again already am anyway bye cheers guys hey hmm huh like lol oh okay right so sure
    thanks uh um well yeah yep wow actually again basically exactly probably really
    zero one two three four five six seven eight nine ten eleven twelve twenty thirty
    forty fifty hundred thousand oh first second third fourth fifth
    live living lives stay staying moved move based born work works visiting visit
    currently right now here there near next street road avenue city town village
    house flat apartment address area from near

    acasa acasă acel acela acest acesta acolo acum adica adică adresa adresă ai aia aici
    al ala alo am ar are as aș asa așa asta astazi astăzi au avea avem aveti aveți azi
    bani bine buna bună ca că cand când care cat cât ce cea cel cele cineva client cod
    colet coletul comanda comandă comenzii cu cum curier da daca dacă dar de deci deja
    despre din din nou doar doi dupa după ea ei el este eu exact face facem factura
    fara fără foarte fi fie ii îi il îl imi îmi in în inca încă inainte înainte intre
    între iti îți la le livrare livrarea lor lui ma mă mai maine mâine mea meu mi mie
    mine mult multe multumesc mulțumesc ne nevoie nici nimic noi nostru nu numai numar
    număr numele numărul nou o ok pe pentru plata plată poate pot prin problema problemă
    produs produsul putin puțin sa să sau se si și sa sunt ta tau tău te tot toate trei
    tu un una unde unei unu va vă vin vine voi vreau vrea ziua zile ăă ăăă îmm mmm păi
    deci nu-i e-ul e mersi salut sunat sun sună suna telefon locuiesc stau sunt din
    patru cinci șase sase șapte sapte opt nouă noua zece unsprezece doisprezece
    douăzeci douazeci treizeci sută suta mie mii prima primul doilea
    acuma aproape bloc bucuros chiar cumva curand curând dumneavoastră dumneavoastra
    frate mersi nascut născut născută oras oraș orașul satul strada str judet județ
    familie familia family prenume prenumele botez
    """.split()
)


# "name" after these words is not a person's ("product name: Velvet cushion").
NOT_PERSON_NAME: tuple[str, ...] = (
    "product", "company", "file", "user", "shop", "brand", "store", "band", "domain",
    "street", "item", "project", "model", "business", "team", "event", "course", "pet",
    "host", "network", "wifi", "server", "app", "account", "bank", "produsului", "firmei",
    "companiei", "magazinului", "utilizator", "fișierului", "fisierului",
)  # fmt: skip
