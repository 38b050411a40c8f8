"""Generator A's fourth blind (held-out) templates, used with Faker values.

Written without reading the detector and never tuned on: the redactor is only measured
on these. English situations: an escape room booking, a theatre box office, a half
marathon entry, a campsite, a piano tuner (typed in lower case), a coach company's lost
property line (a speech-recognition transcript), a chess tournament, a debt collection
letter, a video game studio's support chat, a fishing permit, an allotment society and a
museum membership. Romanian situations: a municipal library card, a tailor's shop, a
hunting association, a customs declaration, a karaoke bar (typed in lower case), a
sailing school, a cemetery plot, a print shop, a phone warranty claim by telephone (a
transcript), a language school, a ham radio club and a roofing repair. The text to keep
is made to look personal: rooms, halls, plays, ships, plots and courses named after
famous people (Houdini Vault, Mozart Hall, Sala Dalida, velierul Mircea, parcela
Eminescu), companies named after families, capitalised Romanian words, weekdays, towns
used as depots or offices, and reference numbers or amounts sitting next to phone, card
and ID numbers. Personal values sit at the very start and end of messages, after
prepositions, in possessives, in signatures, in labelled forms, in CSV and table rows,
in lists of several people and in speaker labels of chat logs.
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]

# --- English -------------------------------------------------------------------------

_ESCAPE_ROOM = (
    "hi, booking for {qty} people in the Houdini Vault room on {weekday} at {time}. "
    "lead player is {name}, mobile {phone}. can {other1} pay her share separately?",
    "{first} here again :) we got out of the Agatha Christie Library in 41 min! can you "
    "email the team photo to {email}? booking ref {order}. also my card {card} was "
    "charged twice",
    "{first}'s birthday game in the Sherlock room on {date} was paid by {other1} with "
    "card {card}, and the reminder text goes to {phone_intl}.",
)
_BOX_OFFICE = (
    "Dear Box Office,\n\nI bought {qty} stalls seats for Hamlet at the Olivier Theatre on "
    "{date} (order {order}) but can no longer attend. Please refund them to the card I "
    "paid with, {card}.\n\nKind regards,\n{name}\n{address_ml}\n{phone_nat}",
    "Hello,\nmy wheelchair space for Lady Windermere's Fan at the Garrick was booked by "
    "my carer {other1}, not by me. The tickets should be in my name, {name}, date of "
    "birth {dob}, for the companion discount. Reference {ticket}.\nThanks, {first}",
    "Hi there, could {other1} and {other2} collect our tickets for the Mozart Hall "
    "matinee at {time} on {weekday}? I'll be stuck at {company} in {city}. Booked under "
    "{last}, email {email}.\n\n--\n{name}\n{phone}",
)
_RACE_ENTRY = (
    "RACE ENTRY - Danube Half Marathon {year}\nRunner: {name}\nDate of birth: {dob}\n"
    "E-mail: {email}\nEmergency contact: {other1}, {phone}\nT-shirt: M   Wave: Blue   "
    "Fee: {price}",
    "Bib transfer request\nFrom: {name} (entry {order})\nTo: {other2}\nNew runner DOB: "
    "{dob}\nNew runner address: {address}\nReason: hurt my knee at the Berlin 10K, "
    "physio says no running until {date}",
    "Name on bib: {first}\nSurname: {last}\nClub: St Albans Striders\n"
    "Passport no. (overseas runners): {passport}\nMobile: {phone_intl}\n"
    "Best time last year: 3:41:20\nPacer group: Sub 3:45\nExpo pickup: {weekday} {time}",
)
_CAMPSITE = (
    "{name} has pitch 14 at Lakeside Meadow from {date} and can be reached on {phone}.",
    "The caravan registered to {first} {last} of {home} is parked by the Windermere "
    "shower block, and her deposit of {price} is still owing.",
    "Booking {order} for two tents was made by {other1} with the email {email}, and the "
    "card used was {card}.",
)
_PIANO_TUNER = (
    "hi its {first} {last} the steinway upright in the front room needs tuning before "
    "{date} im at {address} and my mobile is {phone}",
    "can you come {weekday} about {time} to look at the old bechstein grand my neighbour "
    "{other1} recommended you my email is {email}",
    "please send invoice {invoice} for regulating the yamaha in the chopin room at "
    "{company} to {name} at {address_sp}",
)
_LOST_PROPERTY = (
    "yeah hi i left a black rucksack on the coach to {hub} on {weekday} my name is {name} "
    "you can ring me on {phone_sp}",
    "its for my son {other1} he lost his wallet on the {time} coach from {hub} his bank "
    "card was in it the number was {card_sp} and our address is {address}",
    "surname is {last} first name {first} and the email is {email_sp} the reference "
    "number you gave me was {ticket}",
)
_CHESS = (
    "board,player,rating,email\n1,{name},2140,{email}\n2,{other1},1985,\n3,{other2},1870,"
    "\nRound 1 starts {weekday} {time} in the Capablanca Room",
    "| Player | Section | Mobile | Fee |\n| {name} | Open | {phone} | {price} |\n"
    "| {other1} | U1600 | - | {price} |\n| {other2} | Junior | - | waived |\n"
    "Venue: hall behind {landmark}, {date}",
    "Pairing dispute, round 4: {first} {last} (white) v {other2} (black), Board 7, "
    "Sicilian Najdorf. The arbiter logged the clock reset at {ts}; player contact {email}.",
)
_COLLECTION = (
    "{name}\n{address_ml}\n\nRe: Account {invoice}, balance due {price}\n\nDear Mr {last},\n"
    "Despite our reminder of {date}, the amount above remains unpaid. Please call "
    "{company} Recoveries and give your date of birth ({dob}) to arrange payment.",
    "Dear Sir or Madam,\nI dispute the debt in the letter you sent to {address}. I have "
    "never had an account with Carrington & Hale Ltd. My national ID number is {nid} and "
    "my only bank account is {iban}; neither matches your letter ref {ticket}.\n"
    "Yours faithfully,\n{name}",
    "Statement of means for {first} {last}: works as {job} at {company}, take-home "
    "{price} a month, two dependants ({other1}, {other2}). Best to call {phone} after "
    "{time}.",
)
_GAME_SUPPORT = (
    "[{clock}] Support Bot: Hi, who am I speaking with?\n[{clock}] {first}: {name}, my "
    "account got hacked after the {version} patch\n[{clock}] {first}: the login came "
    "from {ip}, not me, and they changed the email. mine is {email}",
    "Support: Can you confirm the card used for the Dragon Slayer Gold Pack?\n{first}: "
    "{card}, bought on {date} for {price}\nSupport: And the billing name?\n{first}: "
    "{name}, but my brother {other1} plays on it too",
    "Player report {ticket}: the leader of the guild Knights of Queen Anne, real name "
    "{name}, posted my address ({address}) and my phone {phone_intl} in global chat. "
    "Please ban him. - {other2}",
)
_FISHING = (
    "{name}, born {dob}, paid {price} for a season permit on the Severn beats, payment "
    "reference {order}.",
    "The bailiff stopped {first} {last} at Salmon Leap Pool on {weekday}, and his driving "
    "licence {dl} was shown as ID instead of a permit.",
    "Junior permits for {other1} and {other2} were posted to {address} on {date} and the "
    "confirmation went to {email}.",
)
_ALLOTMENT = (
    "Minutes, Hawthorn Lane Allotments AGM, {date}\nPresent: {name} (chair), {other1}, "
    "{other2}\n1. Plot 23 (the Churchill plot) passes to {first} from {weekday}.\n"
    "2. Water rates go up {pct}.",
    "Waiting list:\n- {other1}\n- {name}, {address}, {phone}\n- {other2} (wants a half "
    "plot near the Victoria greenhouse)\nRent for {year}: {price} per plot.",
    "Hi all, {first} {last} from plot 9 here. Someone took the Rotavator from the Bramley "
    "shed, and {measure} of hose too. If seen call me on {phone_nat} or email {email}.",
)
_MUSEUM = (
    "Joint membership: {name} and {other1}\nAddress: {address_sp}\nDOB (main member): "
    "{dob}\nTier: Friends of the Rembrandt Gallery, {price}/yr\nPaid by card {card} on "
    "{date}",
    "Hello! I renewed my Patron membership online ({order}) but the card still says "
    "{other2} instead of my name, {name}. Could you reissue it and post it to {address}? "
    "Thanks",
    "{first} would like to bring {qty} guests to the private view in the Turner Room on "
    "{weekday}; her membership email is {email} and her mobile {phone}.",
)

# --- Romanian ------------------------------------------------------------------------

_RO_BIBLIOTECA = (
    "CERERE PERMIS DE CITITOR\nBiblioteca Metropolitană, filiala {landmark}\n"
    "Nume și prenume: {name}\nCNP: {cnp}\nDomiciliu: {address}\nTelefon: {phone}\n"
    "Data: {date}",
    "Permis nr. {order}\nTitular: {last} {first}\nAct de identitate: CI {ro_id}\n"
    "E-mail: {email}\nSecția: Sala de lectură Mihai Eminescu\nTaxă anuală: {price}",
    "Împrumut prelungit până la {date} pentru cititorul {name} (născut la {dob}); garant: "
    "{other1}, tel. {phone_nat}. Cărți: „Enigma Otiliei”, „Ion”.",
)
_RO_CROITORIE = (
    "Bună ziua, sunt {first} {last}. Am lăsat la dumneavoastră costumul pentru ajustat, "
    "bonul {order}. Îl ridică soțul meu, {other1}, {weekday} după {time}. Mă găsiți la "
    "{phone}.",
    "Salut! Vreau să comand {qty} cămăși pe măsură, croiala Beau Brummell, pentru firma "
    "{company}. Facturați pe {name}, adresa {address}, plata cu cardul {card}.",
    "{first}: gata paltonul?\nCroitoria Elena: Da, costă {price}. Vi-l trimitem prin "
    "curier la {address_sp}?\n{first}: da, pe numele {other2}, tel {phone_intl}",
)
_RO_VANATORI = (
    "{name} din {home} este membru al Asociației Vânătorilor Sfântul Hubert din {year} și "
    "are permisul de armă trecut pe CNP-ul {cnp}.",
    "Mașina {plate} a lui {first} {last} a rămas la cabana Valea Cerbului până {weekday}.",
    "Cotizația de {price} pentru {other1} și {other2} a fost plătită din contul {iban}.",
)
_RO_VAMA = (
    "DECLARAȚIE VAMALĂ\nCălător: {name}\nPașaport: {passport}\nCNP: {cnp}\n"
    "Zbor: {flight}\nBunuri: {brand}\nValoare declarată: {price}",
    "Autoturism ieșit temporar din țară\nProprietar: {name}\nNr. înmatriculare: {plate}\n"
    "Permis de conducere: {dl}\nPunct de trecere: {hub}\nData ieșirii: {date}",
    "Declar că eu, {name}, CNP {cnp}, cu domiciliul în {home}, transport suma de {price} "
    "în numerar, însoțit de {other1}. Semnătura, {date}.",
)
_RO_KARAOKE = (
    "salut rezervare pentru {qty} persoane vineri seara de la {time} în separeul abba pe "
    "numele {name} numărul meu e {phone}",
    "bună sunt {first} e ziua lui {other1} vrem piese de la {band} și tortul {brand} vă "
    "dau avansul de {price} cu cardul {card}",
    "am uitat o geacă la voi aseară pe la {time} în sala dalida e a lui {first} {last} "
    "ne puteți suna la {phone_nat} sau scrie la {email}",
)
_RO_NAVIGATIE = (
    "Bună ziua,\n\nDoresc să îl înscriu pe fiul meu, {other1}, la cursul de navigație cu "
    "vele de pe lacul Snagov, seria din {date}. Am achitat {price} din contul meu {iban}."
    "\n\nCu stimă,\n{name}\n{phone}",
    "Salut,\nvă trimit datele pentru brevetul de skipper: {last} {first}, născută la "
    "{dob}, CI {ro_id}, domiciliul {address}. Examenul practic îl dau {weekday} pe "
    "velierul „Mircea”?\nMulțumesc, {first}",
    "Stimată doamnă {last},\nvă confirmăm locul în tabăra de iahting {year}, grupa "
    "Delfinii, cu întâlnire la {hub} la ora {time}. Vă rugăm să trimiteți copia "
    "pașaportului ({passport}) până la {date}.\nȘcoala de Yachting Neptun",
)
_RO_CIMITIR = (
    "Locul de veci nr. 112 din Cimitirul Bellu, parcela Eminescu, este concesionat până "
    "în {year} pe numele lui {name}, cu domiciliul în {address}.",
    "{other1}, fiica lui {name}, a plătit taxa de întreținere de {price} pe {date} și "
    "poate fi contactată la {phone}.",
    "Actul de concesiune {invoice} a fost transferat de la {other2} la {first} {last}, CNP {cnp}.",
)
_RO_TIPOGRAFIE = (
    "Client: Bună, am trimis pe mail fișierul pentru cărțile de vizită.\nTipografia "
    "Gutenberg: Pe ce nume?\nClient: {name}, {title}, {company}, tel. {phone}, e-mail "
    "{email}.\nTipografia Gutenberg: Perfect, {qty} bucăți, gata {weekday}.",
    "{first}: salut, pot să vin după afișele pentru concertul {band}?\nOperator: comanda "
    "{order} e gata, {price}\n{first}: le ia colegul meu {other1}, plătesc acum cu "
    "cardul {card}",
    "[{clock}] {last} {first}: vreau factura pe persoană fizică, CNP {cnp}, adresa "
    "{address}\n[{clock}] Operator: ok, factura {invoice} pleacă pe {email}",
)
_RO_GARANTIE = (
    "bună ziua am cumpărat un telefon samsung de la dumneavoastră pe {date} și nu mai "
    "pornește mă numesc {name} și numărul meu este {phone_sp}",
    "da factura e pe numele soției {other1} comanda {order} iar adresa de ridicare e "
    "{address} confirmarea o vreau pe mail la {email_sp}",
    "am plătit cu cardul {card_sp} și vreau banii înapoi pe card nu voucher telefonul e "
    "la service din {weekday} numele e {last} {first}",
)
_RO_LIMBI = (
    "Nr.;Nume;Contact;Nivel;Grupa\n1;{name};{phone};B1;Shakespeare\n"
    "2;{other1};{email};A2;Cervantes\n3;{other2};-;C1;Goethe\n"
    "Început curs: {date}, taxă {price}",
    "| Cursant | Data nașterii | Pașaport | Curs | Preț |\n"
    "| {last} {first} | {dob} | {passport} | Italiană intensiv | {price} |\n"
    "| {other1} | - | - | Germană B2 | {price} |",
    "cursant,cnp,email,grupa,orar\n{name},{cnp},{email},Franceză Molière,{weekday} {time}"
    "\n{other2},,,Franceză Molière,{weekday} {time}",
)
_RO_RADIOAMATORI = (
    "Membri noi ai Radioclubului Ștefan cel Mare, {year}:\n- {name}, din {home}\n"
    "- {other1}, tel. {phone}\n- {other2}, e-mail {email}",
    "Convocare: ședința de {weekday}, ora {time}, la sediul din {city}. Antena de "
    "{measure} o aduce {first} {last}. Cheia de la sală o are {other1} ({phone_intl}).",
    "Pentru licența de radioamator, {name} a depus copia CI {ro_id} și adresa "
    "{address_sp}, iar examenul este pe {date}.",
)
_RO_ACOPERIS = (
    "Către: Acoperișuri Popescu & Fiii SRL\nDe la: {name} <{email}>\n\nBună ziua, după "
    "furtuna de {weekday} s-au desprins țiglele de pe casa mea din {address}. Puteți "
    "veni cu o ofertă? Sunt acasă după {time}, tel. {phone}.",
    "Stimate domnule {last},\n\natașat găsiți oferta {invoice} pentru {measure} de tablă "
    "Lindab la adresa {address}, în valoare de {price}. Echipa pleacă din {city}.\n\n"
    "Cu stimă,\nAcoperișuri Popescu & Fiii",
    "Bună, sunt {first}, vecina doamnei {other1}. Am văzut oferta de {price} de la ea și "
    "la mine plouă tot în pod. Mă puteți suna la {phone_nat}? Aș plăti în rate din contul "
    "{iban}. Mulțumesc, {name}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("escape-room-chat", "en", _ESCAPE_ROOM)
    + _style("box-office-email", "en", _BOX_OFFICE)
    + _style("race-entry-form", "en", _RACE_ENTRY)
    + _style("campsite-plain", "en", _CAMPSITE)
    + _style("piano-tuner-typed", "en", _PIANO_TUNER, lower=True)
    + _style("lost-property-call", "en", _LOST_PROPERTY, spoken=True)
    + _style("chess-entries-table", "en", _CHESS)
    + _style("collection-letter", "en", _COLLECTION)
    + _style("game-support-chat", "en", _GAME_SUPPORT)
    + _style("fishing-permit-plain", "en", _FISHING)
    + _style("allotment-minutes", "en", _ALLOTMENT)
    + _style("museum-membership", "en", _MUSEUM),
    "ro": _style("ro-permis-biblioteca", "ro", _RO_BIBLIOTECA)
    + _style("ro-croitorie-chat", "ro", _RO_CROITORIE)
    + _style("ro-vanatori-simplu", "ro", _RO_VANATORI)
    + _style("ro-declaratie-vamala", "ro", _RO_VAMA)
    + _style("ro-karaoke-tastat", "ro", _RO_KARAOKE, lower=True)
    + _style("ro-scoala-navigatie", "ro", _RO_NAVIGATIE)
    + _style("ro-loc-de-veci", "ro", _RO_CIMITIR)
    + _style("ro-tipografie-dialog", "ro", _RO_TIPOGRAFIE)
    + _style("ro-garantie-apel", "ro", _RO_GARANTIE, spoken=True)
    + _style("ro-scoala-limbi-tabel", "ro", _RO_LIMBI)
    + _style("ro-radioclub-lista", "ro", _RO_RADIOAMATORI)
    + _style("ro-acoperis-oferta", "ro", _RO_ACOPERIS),
}
