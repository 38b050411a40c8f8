"""Word lists for the synthetic PERSON data: extra names, and the non-personal words
(negative material) that the model must learn to leave alone.

Plain data, written for this generator. The bulk of the names comes from Faker
(``person_names.py``); these lists add famous people, romanised Greek, Arabic and East
Asian names, surname particles, and the words that look like names but are not
("Rose vase", "Jack Daniel's", "Victoria station", "Bill me later").
"""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


# --- extra names -----------------------------------------------------------------------

FAMOUS_PEOPLE: tuple[str, ...] = _lines(
    """
    Barack Obama
    Angela Merkel
    Emmanuel Macron
    Elon Musk
    Taylor Swift
    Lionel Messi
    Cristiano Ronaldo
    Simona Halep
    Nadia Comăneci
    Gheorghe Hagi
    Mihai Eminescu
    Ion Creangă
    Constantin Brâncuși
    George Enescu
    Klaus Iohannis
    Serena Williams
    Roger Federer
    Novak Djokovic
    Rafael Nadal
    Albert Einstein
    Marie Curie
    Nikola Tesla
    Frida Kahlo
    Pablo Picasso
    Vincent van Gogh
    Ludwig van Beethoven
    Wolfgang Amadeus Mozart
    Johann Sebastian Bach
    William Shakespeare
    Jane Austen
    Agatha Christie
    Leo Tolstoy
    Fyodor Dostoevsky
    Gabriel García Márquez
    Orhan Pamuk
    Haruki Murakami
    Rabindranath Tagore
    Mahatma Gandhi
    Narendra Modi
    Recep Tayyip Erdoğan
    Volodymyr Zelensky
    Greta Thunberg
    Zlatan Ibrahimović
    Björn Borg
    Astrid Lindgren
    Ingmar Bergman
    Jean Sibelius
    Edvard Munch
    Henrik Ibsen
    Søren Kierkegaard
    Lech Wałęsa
    Marie Skłodowska
    Václav Havel
    Béla Bartók
    Ferenc Puskás
    Ernő Rubik
    Nikos Kazantzakis
    Maria Callas
    Giorgos Seferis
    Penélope Cruz
    Antonio Banderas
    Shakira
    Beyoncé
    Oprah Winfrey
    Bill Gates
    Steve Jobs
    Mark Zuckerberg
    Jeff Bezos
    Warren Buffett
    Marilyn Monroe
    Elvis Presley
    Freddie Mercury
    David Bowie
    Adele
    Ed Sheeran
    Rihanna
    Lady Gaga
    Keanu Reeves
    Tom Hanks
    Meryl Streep
    Sean O'Casey
    Conor McGregor
    Paul McCartney
    John Lennon
    Ringo Starr
    Queen Elizabeth
    Nelson Mandela
    Martin Luther King
    Winston Churchill
    Abraham Lincoln
    Charles de Gaulle
    Kylian Mbappé
    Erling Haaland
    Luka Modrić
    Robert Lewandowski
    Arda Güler
    Virat Kohli
    Priyanka Chopra
    Shah Rukh Khan
    Jackie Chan
    Bruce Lee
    Yuval Noah Harari
    Dua Lipa
    Inna
    Smiley
    Andra
    Alexandra Stan
    Gică Hagi
    Ilie Năstase
    Ion Țiriac
    """
)

GREEK_GIVEN: tuple[str, ...] = _w(
    """
    Giorgos Georgios Dimitris Dimitrios Konstantinos Kostas Nikos Nikolaos Yannis Ioannis
    Panagiotis Christos Vasilis Athanasios Thanos Stavros Spyros Manolis Michalis Petros
    Maria Eleni Katerina Aikaterini Sofia Georgia Vasiliki Angeliki Despina Eirini Dimitra
    Anastasia Chrysa Paraskevi Ioanna Theodora Zoe Kalliopi Foteini Evangelia Stella
    """
)
GREEK_SURNAMES: tuple[str, ...] = _w(
    """
    Papadopoulos Papadopoulou Georgiou Oikonomou Dimitriou Nikolaidis Karagiannis
    Vlachos Papageorgiou Pappas Antoniou Makris Christodoulou Ioannidis Konstantinidis
    Alexiou Athanasiou Papanikolaou Kyriakou Theodorou Stavrou Angelopoulos Michailidis
    Karamanlis Tsipras Mitsotakis Petrakis Galanis Lambrou Demetriou Sotiropoulou
    """
)
ARABIC_GIVEN: tuple[str, ...] = _w(
    """
    Mohammed Muhammad Ahmed Ahmad Ali Omar Youssef Yusuf Hassan Hussein Ibrahim Khalid
    Mustafa Abdullah Karim Tariq Samir Nabil Walid Fatima Aisha Layla Leila Mariam Noor
    Amira Yasmin Salma Huda Rania Zainab Khadija Hiba Dina
    """
)
ARABIC_SURNAMES: tuple[str, ...] = _w(
    """
    Haddad Khalil Nasser Hamdan Mansour Saleh Aziz Rahman Farouk Haddadi Kassem Suleiman
    El-Amin Al-Sayed Al-Masri Abdallah Bakr Darwish Hijazi Jaber Najjar Qureshi Sabbagh
    """
)
EAST_ASIAN_GIVEN: tuple[str, ...] = _w(
    """
    Wei Jing Li Ming Hui Xiaoming Yan Lei Jun Tao Mei Ling Hao Yuki Haruto Sakura Hiroshi
    Kenji Takeshi Aiko Yumi Min-jun Seo-yeon Ji-woo Hyun Soo-ah Minh Thanh Linh Anh Tuan
    """
)
EAST_ASIAN_SURNAMES: tuple[str, ...] = _w(
    """
    Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Sun Lin Guo Tanaka Suzuki Takahashi Sato
    Watanabe Yamamoto Nakamura Kobayashi Kim Park Choi Jung Kang Nguyen Tran Pham Hoang
    Vu Dang Bui
    """
)

# Particles and shapes that start or join a surname.
PARTICLES: tuple[str, ...] = (
    "van", "van der", "van den", "van de", "de", "de la", "del", "della", "di", "da",
    "dos", "von", "von der", "ter", "ten", "le", "la", "du", "bin", "ibn", "al",
)  # fmt: skip
IRISH_SCOTTISH_SURNAMES: tuple[str, ...] = _w(
    """
    O'Brien O'Connor O'Neill O'Sullivan O'Donnell O'Reilly O'Malley O'Hara O'Leary
    O'Shea O'Keefe O'Toole McCarthy McDonald McKenzie McGregor McLaughlin McBride
    McGuire McCann McNeil MacDonald MacLeod MacKenzie MacIntyre MacArthur Mc Gregor
    """
)
TITLES_EN: tuple[str, ...] = _w("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof. Miss Sir Madam")
TITLES_RO: tuple[str, ...] = _w("domnul doamna domnișoara dl. dna. d-na d-l dr. prof. doamnei")

# --- negative material -----------------------------------------------------------------

JOBS_EN: tuple[str, ...] = _lines(
    """
    manager
    store manager
    sales assistant
    cashier
    courier
    delivery driver
    accountant
    customer service agent
    support agent
    technician
    engineer
    lawyer
    doctor
    nurse
    pharmacist
    teacher
    receptionist
    plumber
    electrician
    director
    CEO
    CFO
    head of sales
    team lead
    supervisor
    landlord
    neighbour
    neighbor
    colleague
    boss
    intern
    consultant
    data protection officer
    product owner
    warehouse worker
    security guard
    mechanic
    dentist
    architect
    operator
    """
)
JOBS_RO: tuple[str, ...] = _lines(
    """
    managerul
    directorul
    directoarea
    vânzătoarea
    vanzatorul
    casiera
    curierul
    șoferul
    contabila
    avocatul
    medicul
    doctorița
    asistenta
    farmacista
    profesorul
    profesoara
    recepționera
    instalatorul
    electricianul
    colegul
    colega
    șeful
    sefa
    vecinul
    vecina
    proprietarul
    operatorul
    agentul de vânzări
    consultantul
    tehnicianul
    mecanicul
    """
)
COMMON_NOUNS_EN: tuple[str, ...] = _w(
    """
    order package parcel invoice receipt refund account password delivery address
    warranty return exchange discount voucher coupon subscription bill payment card
    size colour color model price stock shipment tracking number appointment booking
    reservation table room ticket flight train bus taxi meeting call message email
    team staff family company office shop store branch website app basket cart checkout
    jacket shirt dress shoes sofa lamp vase chair table laptop phone charger battery
    """
)
COMMON_NOUNS_RO: tuple[str, ...] = _w(
    """
    comanda coletul factura bonul rambursarea contul parola livrarea adresa garanția
    returul schimbul reducerea voucherul abonamentul plata cardul mărimea culoarea
    modelul prețul stocul programarea rezervarea masa camera biletul trenul taxiul
    întâlnirea mesajul echipa magazinul aplicația coșul geaca cămașa rochia pantofii
    canapeaua lampa vaza scaunul laptopul telefonul încărcătorul bateria
    """
)
# Words that are also given names, used as the everyday words they are.
AMBIGUOUS_WORD_SENTENCES_EN: tuple[str, ...] = _lines(
    """
    Can you mark the order as paid?
    I will be at home after five.
    Will the parcel arrive before the weekend?
    The bill was higher than expected.
    Please bill me later.
    Is there a grace period for the payment?
    May I return the item without the box?
    It may take a few days.
    I hope you can help me.
    Hope this helps.
    What a joy to shop here.
    I have faith in your team.
    The Rose vase is out of stock.
    Do you still sell the Rose vase in white?
    I bought a rose bush and a tulip.
    My train leaves from Victoria station.
    We stayed near Victoria Park.
    I need a car jack for my van.
    A bottle of Jack Daniel's, please.
    Do you have Jacobs coffee?
    The dress from Zara does not fit.
    I returned the Mango jacket.
    Sale starts in June.
    Delivery in May is fine.
    The April invoice is missing.
    Summer collection is online.
    The ruby ring is lovely.
    The amber necklace broke.
    I like ivy on the walls.
    Holly wreaths are back for Christmas.
    Daisy print dresses are sold out.
    Dawn is the best time to ship.
    The Sky subscription expired.
    Penny for your thoughts.
    It was a sunny day.
    Guy ropes for the tent please.
    The frank answer is no.
    Art supplies are on the second floor.
    Pat the dough gently.
    Chase the courier please.
    The hunter green sweater is lovely.
    The iris bulbs arrived dead.
    Olive oil is on aisle four.
    Miles and miles of queue.
    Rich chocolate cake for two.
    Reed diffuser refill please.
    The Mark II camera is in stock.
    My will is with the notary.
    The Grace Hotel was fully booked.
    """
)
AMBIGUOUS_WORD_SENTENCES_RO: tuple[str, ...] = _lines(
    """
    Vaza Rose nu mai este pe stoc.
    Livrarea în mai este în regulă.
    Sper că mă puteți ajuta.
    Speranța moare ultima.
    Am cumpărat un trandafir și o lalea.
    Aveți cafea Jacobs?
    Rochia de la Zara nu mi se potrivește.
    Am returnat geaca de la Mango.
    Floare de colț pe etichetă.
    Marina din Constanța e frumoasă.
    Victoria noastră a fost clară.
    Reducerile încep în iunie.
    Factura din aprilie lipsește.
    Am comandat un vin Cotnari.
    Prefer ciocolata Rom.
    Magazinul Dorna are apă minerală.
    Am o întrebare despre Dacia Logan.
    Crizantema s-a uscat.
    """
)
WEEKDAYS_EN: tuple[str, ...] = _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
WEEKDAYS_RO: tuple[str, ...] = _w("luni marți miercuri joi vineri sâmbătă duminică")
MONTHS_EN: tuple[str, ...] = _w(
    "January February March April May June July August September October November December"
)
MONTHS_RO: tuple[str, ...] = _w(
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie"
    " noiembrie decembrie"
)
BRANDS: tuple[str, ...] = _lines(
    """
    Zara
    Mango
    H&M
    Jack Daniel's
    Jacobs
    Nike
    Adidas
    Puma
    IKEA
    Lidl
    Kaufland
    eMAG
    Altex
    Dedeman
    Samsung
    Apple
    Philips
    Bosch
    Dyson
    Dacia
    Skoda
    Tesla
    Ford
    Toyota
    McDonald's
    KFC
    Starbucks
    Ben & Jerry's
    Tommy Hilfiger
    Calvin Klein
    Hugo Boss
    Ralph Lauren
    Louis Vuitton
    Marks & Spencer
    Johnson & Johnson
    Procter & Gamble
    Mercedes-Benz
    Ferrari
    Lamborghini
    Dr. Oetker
    Uncle Ben's
    Jack Wolfskin
    Tim Hortons
    Victoria's Secret
    Ted Baker
    Paul Smith
    Dolce & Gabbana
    Coca-Cola
    Pepsi
    Heineken
    Ursus
    Timișoreana
    Borsec
    Dorna
    Netflix
    Spotify
    Revolut
    PayPal
    Vodafone
    Orange
    Digi
    Telekom
    """
)
BANDS: tuple[str, ...] = _lines(
    """
    The Rolling Stones
    The Beatles
    Queen
    Coldplay
    Maroon 5
    Imagine Dragons
    Florence and the Machine
    Simply Red
    Take That
    Pink Floyd
    Metallica
    Iron Maiden
    Arctic Monkeys
    Red Hot Chili Peppers
    Holograf
    Phoenix
    Vama Veche
    Subcarpați
    Carla's Dreams
    The Killers
    Fleetwood Mac
    Dire Straits
    Foo Fighters
    ABBA
    Roxette
    Depeche Mode
    """
)
PRODUCTS_EN: tuple[str, ...] = _lines(
    """
    Rose vase
    Grace armchair
    Victoria sofa
    Oscar lamp
    Jasmine candle
    Ruby red mug
    Ivy planter
    Lily bed linen
    Max Pro blender
    Will travel mug
    Galaxy S24
    iPhone 15
    Kindle Paperwhite
    PlayStation 5
    AirPods Pro
    Dacia Duster
    Skoda Octavia
    Air Max 90
    Billy bookcase
    Malm dresser
    Poäng chair
    Hemnes bed
    Kallax shelf
    Linnmon desk
    Ektorp sofa
    Thermomix TM6
    Nespresso Vertuo
    Roomba i7
    Oral-B Pro 3
    """
)
ORGS: tuple[str, ...] = _lines(
    """
    the city council
    the tax office
    ANAF
    ANPC
    the European Commission
    the Red Cross
    UNICEF
    the police
    Poliția Română
    Banca Transilvania
    BCR
    ING
    Raiffeisen Bank
    the university
    Universitatea din București
    Oxford University
    the NHS
    Deutsche Bahn
    CFR Călători
    Wizz Air
    Ryanair
    Tarom
    FAN Courier
    Sameday
    DHL
    UPS
    FedEx
    Cargus
    Poșta Română
    Microsoft
    Google
    Amazon
    Accenture
    Deloitte
    """
)
CITIES: tuple[str, ...] = _lines(
    """
    London
    Manchester
    Dublin
    Paris
    Berlin
    Munich
    Vienna
    Amsterdam
    Rotterdam
    Brussels
    Madrid
    Barcelona
    Lisbon
    Rome
    Milan
    Florence
    Athens
    Istanbul
    Ankara
    Warsaw
    Kraków
    Prague
    Budapest
    Debrecen
    Stockholm
    Oslo
    Copenhagen
    Helsinki
    Reykjavik
    Sofia
    Chișinău
    Bucharest
    București
    Cluj-Napoca
    Iași
    Timișoara
    Constanța
    Brașov
    Sibiu
    Oradea
    Craiova
    Galați
    Ploiești
    Pitești
    Arad
    Suceava
    Victoria
    Alexandria
    Sydney
    Melbourne
    Toronto
    New York
    Boston
    Chicago
    San Francisco
    Los Angeles
    Mumbai
    Delhi
    Bangalore
    Tokyo
    Beijing
    Dubai
    """
)
COUNTRIES: tuple[str, ...] = _lines(
    """
    Romania
    România
    Moldova
    Germany
    Germania
    France
    Franța
    Italy
    Italia
    Spain
    Spania
    Hungary
    Ungaria
    Poland
    Turkey
    Turcia
    Greece
    Grecia
    Sweden
    Norway
    Denmark
    Finland
    Ireland
    India
    Ukraine
    Bulgaria
    the Netherlands
    Olanda
    Austria
    Switzerland
    the UK
    the USA
    Canada
    """
)
STREETS: tuple[str, ...] = _lines(
    """
    Baker Street
    Oxford Street
    Main Street
    High Street
    Church Road
    Station Road
    Park Lane
    Calea Victoriei
    Strada Lipscani
    Bulevardul Unirii
    Strada Republicii
    Aleea Trandafirilor
    Strada Florilor
    Kurfürstendamm
    Rue de Rivoli
    Gran Vía
    """
)
ROLE_LABELS_EN: tuple[str, ...] = _w(
    "Agent Customer Bot User Support Client Operator Me Assistant System Caller Host"
    " Interviewer Guest Moderator Admin Seller Buyer Manager Driver Doctor Patient Q A"
)
ROLE_LABELS_RO: tuple[str, ...] = _w(
    "Agent Client Clientul Operator Asistent Bot Utilizator Eu Tu Suport Vânzător"
    " Cumpărător Medic Pacient Întrebare Răspuns Moderator"
)
FILLERS_EN: tuple[str, ...] = _w("um uh er hmm like so yeah well okay right")
FILLERS_RO: tuple[str, ...] = _w("ăă ăăă deci păi adică bun da mhm ok")
# Capitalised words that start sentences and are not names.
STARTERS_EN: tuple[str, ...] = _w(
    "Please Thanks Hello Hi Hey Sorry Yes No Great Perfect Also Unfortunately Actually"
    " Honestly Today Tomorrow Yesterday Maybe Sure Okay Well Listen Quick Urgent Update"
)
STARTERS_RO: tuple[str, ...] = _w(
    "Bună Salut Mulțumesc Mersi Vreau Aveți Doresc Poftim Sigur Desigur Azi Mâine Ieri"
    " Deci Totuși Poate Scuze Pardon Urgent Atenție Aștept Revin Rog Confirm Primesc"
    " Buna Multumesc Aveti Maine Totusi Atentie Astept"
)

# Everyday conversational words (written for this generator), so that a word the
# templates never used is not taken for a name.
EVERYDAY_EN: tuple[str, ...] = _w(
    """
    sincerely regards cheers best thanks kindly respectfully warmly yours truly dear hope
    hoping hoped promised promise helpful helpless useful useless awesome amazing terrible
    horrible lovely nice sweet super cool fine great perfect awful weird strange funny
    honestly basically literally seriously definitely probably certainly apparently
    obviously unfortunately luckily hopefully finally recently already yet still soon
    arrived arrive arriving delivered shipped received sent returned refunded cancelled
    canceled ordered bought paid charged booked confirmed checked changed fixed broke
    broken damaged missing lost found stolen wrong late early quick slow cheap expensive
    want wanted need needed wish wished tried trying asked asking told telling said saying
    called calling emailed texted replied answered waited waiting happened happens going
    gonna wanna gotta dunno yeah yep nope okay ok alright sorry apologies please pls plz
    thx ty tbh btw fyi asap lol omg idk imo brb ttyl hi hello hey bye goodbye morning
    afternoon evening tonight weekend holiday vacation birthday wedding party dinner lunch
    breakfast coffee tea water juice beer wine pizza burger salad soup bread cake cookies
    kitchen bedroom bathroom garden garage balcony window door floor wall roof stairs
    husband wife son daughter brother sister mother father mom dad mum grandma grandpa
    uncle aunt cousin friend girlfriend boyfriend partner kids children baby family
    anyway whatever somehow somewhere someone everyone nobody anybody everything nothing
    """
)
EVERYDAY_RO: tuple[str, ...] = _w(
    """
    trimite trimiteți trimiteti trimită trimita trimis primit primesc primiți primiti
    ajuns ajunge ajungă ajunga plecat pleacă pleaca venit vine vină vina sunat sună suna
    sunați sunati scris scriu scrieți scrieti spus spune spuneți spuneti zis zice întreb
    intreb întrebat intrebat răspuns raspuns răspunde raspunde verific verificați
    verificati verificat comandat comand plătit platit plătesc platesc returnat returnez
    anulat anulez anulați anulati schimbat schimb rezolvat rezolvați rezolvati reparat
    stricat lipsă lipsa pierdut găsit gasit așteptat asteptat aștept astept aștepta
    astepta dorit doresc dori aș as vrea vreau vrut putea puteți puteti poate pot putut
    trebuie trebuia mersi mulțumesc multumesc mulțumim multumim frumos frumoasă frumoasa
    super perfect minunat excelent bun bună buna rău rau greu ușor usor repede încet
    incet scump ieftin ieftină ieftina mare mic mică mica nou nouă noua vechi bine
    salut salutare bună ziua seara dimineața dimineata noapte pa ceau servus stimate
    stimată stimata domn doamnă doamna domnule doamnelor domnilor respect stimă stima
    cordial salutări salutari toate cele bune mamei tatălui tatalui mama tata mamă tată
    soția sotia soțul sotul fiul fiica fratele sora bunica bunicul prietenul prietena
    copiii familia mele meu mea mei tale tău tau său sau lor noastră noastra nostru
    celebri celebru născuți nascuti născut nascut oameni lume lucruri lucru treabă treaba
    magazine magazin ofertă oferta reducere preț pret lei bani card plată plata rată rata
    livrare colet cutie pachet factură factura bon chitanță chitanta garanție garantie
    săptămână saptamana lună luna an ani zi zile oră ora ore minut minute azi mâine maine
    poimâine poimaine ieri alaltăieri acum atunci mereu niciodată niciodata uneori
    deja încă inca iar doar numai chiar totuși totusi deci adică adica păi pai bine
    casă casa bucătărie bucatarie baie dormitor balcon ușă usa fereastră fereastra
    mâncare mancare cafea ceai apă apa bere vin pizza ciorbă ciorba prăjitură prajitura
    """
)
