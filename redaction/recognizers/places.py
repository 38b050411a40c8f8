"""Place names for the location gazetteer: every Romanian county seat and the two
hundred or so largest Romanian towns, the Moldovan district towns, and the largest
cities of the EU and of the other countries our tenants' customers write from.

Plain data. Each entry is written once, in its usual spelling; ``place_variants`` adds
the forms people type: without diacritics ("Brasov"), with the old cedilla letters
("Constanţa"), hyphen or space ("Cluj Napoca"). Names that are everyday words or brands
in our messages ("Reading", "Bath", "Nice", "Mobile", "Split", "Tours", "Ruse") and
towns that are also common given names or surnames ("Ovidiu", "Bălan") are left out;
the recognizer reports a place only after a residence cue anyway (``locations.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

RO_PLACES: tuple[str, ...] = (
    "București", "Bucuresti", "Cluj-Napoca", "Cluj", "Timișoara", "Iași", "Constanța",
    "Craiova", "Brașov", "Galați", "Ploiești", "Oradea", "Brăila", "Arad", "Pitești",
    "Sibiu", "Bacău", "Târgu Mureș", "Targu Mures", "Baia Mare", "Buzău", "Botoșani",
    "Satu Mare", "Râmnicu Vâlcea", "Drobeta-Turnu Severin", "Turnu Severin",
    "Suceava", "Piatra Neamț", "Târgu Jiu", "Tulcea", "Focșani", "Bistrița",
    "Reșița", "Alba Iulia", "Deva", "Hunedoara", "Slatina", "Vaslui", "Călărași",
    "Giurgiu", "Zalău", "Sfântu Gheorghe", "Miercurea Ciuc", "Slobozia", "Alexandria",
    "Târgoviște", "Medgidia", "Mangalia", "Roman", "Turda", "Făgăraș", "Mediaș",
    "Sighișoara", "Onești", "Lugoj", "Câmpina", "Petroșani", "Voluntari", "Pantelimon",
    "Otopeni", "Popești-Leordeni", "Bragadiru", "Chitila", "Florești", "Dej", "Gherla",
    "Câmpulung", "Caracal", "Reghin", "Sighetu Marmației", "Mioveni", "Năvodari",
    "Tecuci", "Bârlad", "Husi", "Huși", "Pașcani", "Rădăuți", "Fălticeni", "Vatra Dornei",
    "Sinaia", "Predeal", "Bușteni", "Mamaia", "Eforie", "Costinești", "Odorheiu Secuiesc",
    "Gheorgheni", "Sebeș", "Aiud", "Blaj", "Cugir", "Orăștie", "Brad", "Vulcan",
    "Lupeni", "Motru", "Caransebeș", "Buftea", "Snagov", "Ilfov", "Berceni", "Militari",
    "Drumul Taberei", "Titan", "Pipera", "Băneasa",
    # more towns, by county
    "Carei", "Negrești-Oaș", "Tășnad", "Salonta", "Marghita", "Beiuș", "Aleșd", "Ștei",
    "Huedin", "Câmpia Turzii", "Jibou", "Șimleu Silvaniei", "Cehu Silvaniei", "Năsăud",
    "Beclean", "Sângeorz-Băi", "Târgu Lăpuș", "Baia Sprie", "Borșa", "Vișeu de Sus",
    "Seini", "Cavnic", "Târnăveni", "Luduș", "Sovata", "Iernut", "Toplița",
    "Cristuru Secuiesc", "Vlăhița", "Borsec", "Târgu Secuiesc",
    "Covasna", "Baraolt", "Întorsura Buzăului", "Codlea", "Râșnov", "Zărnești", "Săcele",
    "Rupea", "Ghimbav", "Agnita", "Avrig", "Cisnădie", "Dumbrăveni", "Ocna Sibiului",
    "Tălmaciu", "Copșa Mică", "Ocna Mureș", "Zlatna", "Abrud", "Câmpeni", "Teiuș",
    "Simeria", "Călan", "Hațeg", "Uricani", "Petrila", "Geoagiu", "Oțelu Roșu", "Bocșa",
    "Oravița", "Anina", "Moldova Nouă", "Băile Herculane", "Jimbolia", "Sânnicolau Mare",
    "Buziaș", "Făget", "Recaș", "Pecica", "Lipova", "Ineu", "Chișineu-Criș", "Curtici",
    "Nădlac", "Orșova", "Strehaia", "Rovinari", "Bumbești-Jiu", "Novaci",
    "Turceni", "Băilești", "Calafat", "Filiași", "Segarcea", "Dăbuleni", "Corabia",
    "Balș", "Drăgănești-Olt", "Scornicești", "Horezu", "Drăgășani", "Călimănești",
    "Brezoi", "Băbeni", "Curtea de Argeș", "Topoloveni", "Costești", "Pucioasa",
    "Moreni", "Găești", "Titu", "Fieni", "Roșiori de Vede", "Turnu Măgurele",
    "Zimnicea", "Videle", "Bolintin-Vale", "Mihăilești", "Oltenița", "Lehliu-Gară",
    "Budești", "Fundulea", "Urziceni", "Fetești", "Țăndărei", "Amara", "Măgurele",
    "Cernavodă", "Murfatlar", "Techirghiol", "Hârșova", "Negru Vodă", "Isaccea", "Măcin",
    "Babadag", "Sulina", "Ianca", "Însurăței", "Făurei", "Nehoiu", "Pogoanele",
    "Râmnicu Sărat", "Mărășești", "Panciu", "Adjud", "Odobești", "Târgu Bujor",
    "Comănești", "Moinești", "Dărmănești", "Buhuși", "Târgu Ocna", "Slănic-Moldova",
    "Bicaz", "Târgu Neamț", "Roznov", "Negrești", "Hârlău", "Târgu Frumos",
    "Podu Iloaiei", "Dorohoi", "Darabani", "Săveni", "Flămânzi", "Gura Humorului",
    "Câmpulung Moldovenesc", "Siret", "Vicovu de Sus", "Dolhasca", "Breaza", "Comarnic",
    "Azuga", "Mizil", "Vălenii de Munte", "Băicoi", "Urlați", "Plopeni", "Chiajna",
    "Victoria", "Cajvana", "Solca",
    # Republic of Moldova
    "Chișinău", "Bălți", "Tiraspol", "Bender", "Cahul", "Ungheni", "Soroca", "Orhei",
    "Comrat", "Edineț", "Hîncești", "Strășeni",
    "Căușeni", "Drochia", "Fălești", "Ialoveni", "Nisporeni", "Rezina", "Rîșcani",
    "Sîngerei", "Taraclia", "Telenești", "Anenii Noi", "Basarabeasca", "Cimișlia",
    "Criuleni", "Dondușeni", "Dubăsari", "Glodeni", "Leova", "Ocnița", "Rîbnița",
    "Șoldănești", "Ștefan Vodă", "Vulcănești", "Ceadîr-Lunga", "Durlești", "Codru",
    "Sîngera", "Otaci", "Cantemir", "Briceni",
)  # fmt: skip

WORLD_PLACES: tuple[str, ...] = (
    # Germany
    "Berlin", "Hamburg", "München", "Munich", "Köln", "Cologne", "Frankfurt",
    "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Dortmund", "Essen",
    "Bremen", "Dresden", "Hannover", "Hanover", "Nürnberg", "Nuremberg", "Duisburg",
    "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Münster", "Mannheim", "Karlsruhe",
    "Augsburg", "Wiesbaden", "Mönchengladbach", "Gelsenkirchen", "Aachen", "Braunschweig",
    "Kiel", "Chemnitz", "Halle", "Magdeburg", "Freiburg", "Krefeld", "Mainz", "Lübeck",
    "Erfurt", "Oberhausen", "Rostock", "Kassel", "Hagen", "Potsdam", "Saarbrücken",
    "Heidelberg", "Regensburg", "Ingolstadt", "Würzburg", "Ulm", "Wolfsburg", "Göttingen",
    # Netherlands
    "Amsterdam", "Rotterdam", "The Hague", "Den Haag", "Utrecht", "Eindhoven", "Groningen",
    "Tilburg", "Almere", "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede",
    "Amersfoort", "Zaanstad", "Zwolle", "Leiden", "Maastricht", "Dordrecht", "Zoetermeer",
    "Delft", "Alkmaar", "Schiphol", "Hilversum", "Deventer", "Leeuwarden", "Amstelveen",
    "Den Bosch", "'s-Hertogenbosch",
    # United Kingdom and Ireland
    "London", "Birmingham", "Manchester", "Leeds", "Glasgow", "Liverpool", "Sheffield",
    "Edinburgh", "Bristol", "Cardiff", "Belfast", "Leicester", "Nottingham", "Newcastle",
    "Coventry", "Bradford", "Southampton", "Portsmouth", "Brighton", "Plymouth",
    "Wolverhampton", "Derby", "Swansea", "Aberdeen", "Cambridge", "Oxford", "York",
    "Norwich", "Exeter", "Dundee", "Sunderland", "Milton Keynes", "Northampton",
    "Luton", "Bournemouth", "Middlesbrough", "Stoke", "Ipswich", "Peterborough", "Croydon",
    "Dublin", "Cork", "Galway", "Limerick", "Heathrow", "Gatwick",
    # United States
    "New York", "NYC", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia",
    "San Antonio", "San Diego", "Dallas", "San Jose", "Austin", "Jacksonville",
    "Fort Worth", "Columbus", "Charlotte", "San Francisco", "Indianapolis", "Seattle",
    "Denver", "Washington", "Boston", "El Paso", "Nashville", "Detroit", "Oklahoma City",
    "Portland", "Las Vegas", "Memphis", "Louisville", "Baltimore", "Milwaukee",
    "Albuquerque", "Tucson", "Fresno", "Sacramento", "Kansas City", "Atlanta", "Miami",
    "Raleigh", "Omaha", "Minneapolis", "Tulsa", "Cleveland", "Oakland", "Tampa",
    "New Orleans", "Pittsburgh", "Cincinnati", "St. Louis", "Orlando", "Salt Lake City",
    "Brooklyn", "Queens", "Manhattan", "Springfield", "Honolulu", "Anchorage",
    # France and Belgium
    "Paris", "Marseille", "Lyon", "Toulouse", "Strasbourg", "Montpellier", "Bordeaux",
    "Lille", "Rennes", "Reims", "Toulon", "Grenoble", "Dijon", "Angers", "Nantes",
    "Brussels", "Bruxelles", "Brussel", "Antwerp", "Antwerpen", "Anvers", "Ghent", "Liège",
    "Charleroi", "Bruges", "Brugge", "Namur", "Leuven", "Mechelen",
    # Italy and Spain
    "Rome", "Roma", "Milan", "Milano", "Naples", "Napoli", "Turin", "Torino", "Palermo",
    "Genoa", "Genova", "Bologna", "Florence", "Firenze", "Verona", "Venice", "Venezia",
    "Padova", "Trieste", "Bari", "Catania", "Madrid", "Barcelona", "Valencia", "Seville",
    "Sevilla", "Zaragoza", "Málaga", "Malaga", "Murcia", "Bilbao", "Alicante", "Córdoba",
    "Valladolid", "Palma", "Las Palmas", "Castellón", "Castellon",
    # Austria, Hungary, Poland, and neighbours
    "Vienna", "Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Budapest",
    "Debrecen", "Szeged", "Miskolc", "Pécs", "Győr", "Warsaw", "Warszawa", "Kraków",
    "Krakow", "Łódź", "Lodz", "Wrocław", "Wroclaw", "Poznań", "Poznan", "Gdańsk", "Gdansk",
    "Szczecin", "Lublin", "Katowice", "Zurich", "Zürich", "Geneva", "Basel", "Bern",
    "Prague", "Praha", "Brno", "Bratislava", "Sofia", "Varna", "Belgrade", "Zagreb",
    "Ljubljana", "Kyiv", "Kiev", "Odesa", "Odessa", "Chernivtsi", "Cernăuți", "Lisbon",
    "Lisboa", "Porto", "Athens", "Thessaloniki", "Istanbul", "Copenhagen", "Stockholm",
    "Oslo", "Helsinki", "Luxembourg",
    # more of the largest cities of the EU and its neighbours
    "Mülheim", "Oldenburg", "Osnabrück", "Leverkusen", "Solingen", "Heilbronn",
    "Pforzheim", "Offenbach", "Darmstadt", "Recklinghausen", "Reutlingen", "Koblenz",
    "Trier", "Jena", "Erlangen", "Siegen", "Hildesheim", "Salzgitter", "Cottbus",
    "Paderborn", "Bergisch Gladbach", "Neuss", "Remscheid", "Fürth", "Gütersloh",
    "Le Havre", "Saint-Étienne", "Clermont-Ferrand", "Le Mans", "Aix-en-Provence", "Brest",
    "Limoges", "Amiens", "Perpignan", "Metz", "Besançon", "Orléans", "Rouen", "Mulhouse",
    "Caen", "Avignon", "Kortrijk", "Hasselt", "Ostend", "Oostende", "Brescia", "Parma",
    "Modena", "Reggio Calabria", "Reggio Emilia", "Prato", "Livorno", "Cagliari",
    "Foggia", "Salerno", "Perugia", "Messina", "Taranto", "Rimini", "Ravenna", "Ferrara",
    "Monza", "Bergamo", "Pisa", "Trento", "Vicenza", "Bolzano", "Vitoria-Gasteiz", "Gijón",
    "Vigo", "A Coruña", "Granada", "Elche", "Oviedo", "Badalona", "Cartagena",
    "Terrassa", "Jerez", "Sabadell", "Móstoles", "Pamplona", "Almería", "San Sebastián",
    "Burgos", "Salamanca", "Santander", "Tarragona", "Marbella", "Benidorm", "Braga",
    "Coimbra", "Funchal", "Amadora", "Setúbal", "Faro", "Patras", "Heraklion", "Larissa",
    "Bydgoszcz", "Białystok", "Gdynia", "Częstochowa", "Radom", "Toruń", "Kielce",
    "Rzeszów", "Gliwice", "Zabrze", "Olsztyn", "Bielsko-Biała", "Bytom", "Opole",
    "Ostrava", "Plzeň", "Liberec", "Olomouc", "Košice", "Prešov", "Žilina", "Nitra",
    "Nyíregyháza", "Kecskemét", "Székesfehérvár", "Szombathely", "Plovdiv", "Burgas",
    "Stara Zagora", "Pleven", "Rijeka", "Osijek", "Maribor", "Novi Sad",
    "Niš", "Villach", "Wels", "Sankt Pölten", "Lausanne", "Lucerne", "Luzern",
    "St. Gallen", "Winterthur", "Lugano", "Gothenburg", "Göteborg", "Malmö", "Uppsala",
    "Aarhus", "Odense", "Aalborg", "Bergen", "Trondheim", "Stavanger", "Espoo",
    "Tampere", "Vantaa", "Turku", "Reykjavik", "Riga", "Tallinn", "Vilnius", "Kaunas",
    "Tartu", "Waterford", "Valletta", "Nicosia", "Limassol", "Kharkiv", "Lviv", "Dnipro",
    "Zaporizhzhia", "Vinnytsia", "Ivano-Frankivsk", "Uzhhorod", "Izmail",
)  # fmt: skip

_FOLD = str.maketrans(
    {
        "ă": "a", "â": "a", "î": "i", "ș": "s", "ş": "s", "ț": "t", "ţ": "t", "Ă": "A",
        "Â": "A", "Î": "I", "Ș": "S", "Ş": "S", "Ț": "T", "Ţ": "T", "é": "e", "è": "e",
        "á": "a", "ó": "o", "ü": "u", "ö": "o", "ä": "a", "ł": "l", "Ł": "L", "ń": "n",
        "ź": "z", "ż": "z", "ś": "s", "ő": "o", "ű": "u", "ú": "u", "í": "i", "ß": "ss",
    }
)  # fmt: skip
_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})


def place_variants(places: Iterable[str]) -> Iterator[str]:
    """Every place with its typed variants: no diacritics, cedillas, hyphen or space."""
    for place in places:
        forms = {place, place.translate(_FOLD), place.translate(_CEDILLA)}
        forms |= {f.replace("-", " ") for f in forms} | {f.replace(" ", "-") for f in forms}
        if "ü" in place or "ö" in place or "ä" in place:
            forms.add(place.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae"))
        yield from sorted(forms)


PLACES: frozenset[str] = frozenset(place_variants(RO_PLACES + WORLD_PLACES))
