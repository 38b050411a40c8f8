"""Generator A's third blind (held-out) templates, used with Faker values.

Written without reading the detector, its tests or its word lists, and never tuned on:
the set measures how the redactor does on text it has not been fitted to.

Situations (English): driving-school lessons, kindergarten enrolment, university
accommodation, wedding planning, an optician, a solar-panel installation quote, a car
insurance first notice of loss (a speech-recognition transcript), crypto-exchange KYC,
a charity volunteering rota, conference registration, a marketplace seller dispute (typed
in lower case) and a ski school.

Situations (Romanian): municipal parking permits, blood donation, hearing-aid fitting,
coworking membership, bicycle repair, a tattoo studio consent form, a lottery prize claim,
a relocation abroad service, an e-scooter fine (typed in lower case), hackathon team
sign-up, boat rental and boiler servicing (a speech-recognition transcript).

The text to keep is made to look personal: rooms, halls, prizes and boats named after
people, streets used as landmarks, brands, job titles, towns as business hubs, reference
numbers, amounts and times. Personal values sit at sentence starts, after commas, in
lists, in signatures, as labels and in possessives.
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]

# --- English -----------------------------------------------------------------------------

_DRIVING = (
    "Hi, reception at {company} Driving Academy here - lesson confirmed for {name} on "
    "{weekday} at {time}, pickup outside the Lidl on {landmark}. Instructor is {other1} "
    "in the dual-control {vehicle}.\nProvisional licence no. {dl} must be shown before the "
    "car moves. Any change, text {phone}.",
    "Subject: theory test + mock exam\n\nDear {company} team,\nI passed the theory part on "
    "{date} (cert {ticket}). Can {other2} still do Thursdays? My test centre is {hub} North, "
    "the one by the Victoria roundabout. DOB {dob}, licence {dl}.\nThanks,\n{first}\n{email}",
    "Instructor notes {clock}: {last}, {first} - lesson 7/20, roundabouts ok, parallel "
    "parking weak.\nNext: {weekday} {time}, meet at {address}. Parent contact {phone_nat} "
    "(mum). Block of 10 paid {price}, receipt {invoice}.",
)

_NURSERY = (
    "Enrolment form - Little Acorns @ {company}\nChild: {name}   DOB: {dob}\n"
    "Parent/guardian: {other1}, {phone_intl}\nHome address: {address}\n"
    "Room requested: Beatrix Potter (2-3 yrs), start {date}",
    "Hiya, just checking {first}'s place for September is confirmed? We moved to {home} so "
    "the new address is\n{address_ml}\nAlso can {other2} (grandma) do pickups on "
    "{weekday}s? Her mob is {phone}. Ta x",
    "Re: funded hours\nHi, I've attached the 30-hours code letter. Parent NI number {nid}, "
    "child {name}, born {dob}. Direct debit from {iban} please, first payment {price} on "
    "{date}.\nThanks, {other1}",
)

_HALLS = (
    "Hi, I've been allocated Room 4.12 in Ada Lovelace House but I applied for Mary Seacole "
    "Court (en-suite). Student no. {ticket}, name {name}, passport {passport}. Can I swap? "
    "I'm arriving on {flight} on {date}. My phone is {phone_intl}.",
    "Guarantor form\nStudent: {last}, {first}\nGuarantor: {other1}\nGuarantor address:\n"
    "{address_ml}\nGuarantor DOB: {dob}\nRent: {price} per term, payable to {org}",
    "URGENT maintenance - Newton block flat 3B, shower leaking since {weekday}. Flatmates "
    "{other1} and {other2} also affected. I'm {first}, contact me on {email} or {phone}. "
    "Porter at the Darwin building desk said to log it here. Ref {ticket}",
)

_WEDDING = (
    "Hi! So excited 💍 Final numbers for {date}: {qty} adults. Seating: table 1 = {name}, "
    "{other1}, {other2}. Venue is the Churchill Suite at {org}, first dance is {band}. "
    "Deposit paid from card {card}.",
    "Bride: {first}\nGroom: {other2}\nCeremony {time} at St Margaret's, reception in the "
    "Lady Chatterley room at the Grand\nPassport for the Lisbon honeymoon booking: "
    "{passport}\nBride's mobile {phone_nat}",
    "Hey, {last} wedding here - can you send the final invoice {invoice} to my partner "
    "{other1} instead? Their email is {email}. And the {company} florist needs the cake "
    "table moved next to the Elizabeth Taylor photo wall lol. cheers {first}",
)

_OPTICIAN = (
    "Appointment request: eye test + contact lens fitting\nName: {name}\n"
    "Date of birth: {dob}\nPhone: {phone}\nPreferred branch: {hub}, {landmark}\n"
    "Frames tried: Ray-Ban RB5154, Tom Ford FT5401",
    "Hi, my glasses from order {order} still aren't ready. Prescription was done by "
    "{other1} (optometrist) on {date}. Please ship them to {address_sp} instead, I'm not "
    "in {home} till {weekday}. {first}",
    "Dear {company} Opticians,\nPlease find attached the DVLA vision form for {name}, "
    "licence {dl}. The field test was done at the Moorfields unit. Invoice {invoice} "
    "({price}) - please charge card {card}.\nKind regards,\n{other2}\n{title}",
)

_SOLAR = (
    "Quote request via website {ts}\nName: {name}\nEmail: {email}\nProperty: {address}\n"
    "Roof: south-facing, approx {measure}\nAnnual usage ~{qty}00 kWh, current supplier {org}",
    "Hi, following the survey by {other1} on {weekday}, we'd like to go ahead with the "
    "6.4kWp + Tesla Powerwall option. Please send the finance agreement to my wife "
    "{other2}, {email}. The deposit of {price} will come from {iban}. Thanks, {last}",
    "Installer log {clock}: job {ticket}, {qty} panels fitted, inverter on {version}. "
    "Customer {last} asked about the Smart Export Guarantee, MPAN on file. Scaffold "
    "removal {date}. Side gate code given by {first} on {phone_nat}.",
)

_CLAIMS_CALL = (
    "yes hi im calling to report an accident my name is {name} it happened this morning on "
    "{landmark} near the {org} building a {vehicle} reversed into me my reg is {plate} "
    "my number is {phone_sp} you can call me after {time}",
    "the policy holder is my husband {other1} but i was driving my date of birth is {dob} "
    "and im at {address} the other driver said his name was {other2} and his insurer is "
    "{org2} can you email the form to {email_sp}",
    "ok so for the excess of two hundred and fifty pounds can i pay by card the number is "
    "{card_sp} and the name on it is {name} the car is being towed to my house in {home} "
    "tomorrow",
)

_KYC = (
    "Verification failed?? I uploaded my passport {passport} twice. Name on account "
    "{name}, registered from IP {ip}. I need to withdraw {price} to {iban} before Friday, "
    "this is ridiculous. Ticket {ticket}",
    "KYC level 2 - manual review\nApplicant: {last}, {first}\nDoB: {dob}\n"
    "Tax ID / national no.: {nid}\nProof of address (utility bill):\n{address_ml}\n"
    "Source of funds: salary, {title} at {company}\nReviewer note {clock}: selfie matches, "
    "PEP check clear",
    "Hi support, I'm {first}. New login from {ip} in {hub} - that wasn't me! I'm in {home}. "
    "Please freeze the account linked to {email} and the card {card} I added last week.",
)

_ROTA = (
    "Food bank rota w/c {date}\nMon AM - {name}\nMon PM - {other1} + {other2}\n"
    "Wed - Grace's Kitchen van (driver needed!)\nSat - Sainsbury's collection, {landmark}\n"
    "Can't make it? ring the coordinator on {phone}",
    "Hi, I'd love to volunteer at the Nelson Mandela Centre charity shop on {weekday}s. "
    "My name is {name}, I'm retired ({job} for 30 years) and live in {home}. DBS was done "
    "last year, cert {ticket}. Best to reach me on {phone_nat}.",
    "Volunteer drivers expenses - please pay mileage ({measure}) for {first} to IBAN "
    "{iban}.\nEmergency contact: {other1} {phone_intl}\nApproved by {title}, {company}",
)

_CONFERENCE = (
    "Registration #{order}\nDelegate: {name}\nOrganisation: {company}\nRole: {job}\n"
    "Email: {email}\nMobile: {phone_intl}\nDietary: vegan\n"
    "Workshops: Tim Berners-Lee Hall ({time}), Grace Hopper Room ({weekday})",
    "Hello, for the invitation letter please use my name exactly as in passport: {last} "
    "{first}, passport no. {passport}, DOB {dob}. I arrive on {flight} on {date} into "
    "{hub}. Please invoice {org} not me, and post the badge to {address_sp}.",
    "Speaker swap: {other1} can't come, {other2} will give the keynote in the Marie Curie "
    "auditorium instead. Please update the badge and the app ({version}). Their email is "
    "{email}.\n-- {first}, {title}",
)

_SELLER_DISPUTE = (
    "seller never sent my {product} order {order} paid {price} on {date} hes not answering "
    "anymore his name on the listing is {other1} and he gave me number {phone} now its "
    "switched off i want my money back to card {card}",
    "hi this is {name} the buyer says item not received but tracking {tracking} shows "
    "delivered to {address} signed by {other2} i have the photo please dont refund her",
    "dispute {ticket} buyer {first} from {home} says the {brand} is fake its not i bought "
    "it at {org} in {hub} i can send the receipt my email is {email} payout iban {iban}",
)

_SKI_SCHOOL = (
    "Ski school booking {order}\nChild: {other1} (age 6), Snowflakes group\n"
    "Parent: {name}, mobile {phone_intl}\nMeeting point: Franz Klammer chairlift, {time}\n"
    "Allergies: none",
    "Hi, my daughter {other2} hurt her knee in the private lesson with instructor {other1} "
    "on {weekday}. We need the accident report for our insurer {org}, policy holder "
    "{first} {last}. Address: {address}",
    "Rental return {clock}: boots 27.5, skis {measure}, helmet. Deposit held on card {card} "
    "- release please. Customer {last}, room 214 at Hotel Edelweiss. Passport copy "
    "{passport} to be deleted after return.",
)

# --- Romanian ----------------------------------------------------------------------------

_RO_PARCARE = (
    "Bună ziua,\nSolicit abonament de parcare rezidențială pentru zona Cișmigiu, autoturism "
    "{vehicle}, nr. înmatriculare {plate}. Titular: {name}, CNP {cnp}, domiciliul în "
    "{address}.\nVă mulțumesc!",
    "Cerere nr. {ticket} / {date}\nSubsemnatul {last} {first}, posesor al CI seria și nr. "
    "{ro_id}, solicit prelungirea permisului de parcare pe {landmark}. Taxa de {price} am "
    "plătit-o online, chitanța {invoice}.\nTel: {phone}",
    "salut, am primit amendă pt parcare deși am permis valid pe str. Mihai Eminescu (zona "
    "B2). Mașina e pe numele soției, {other1}, dar eu o conduc. Nr. {plate}. Poza cu "
    "permisul v-am trimis-o de pe {email}. Mersi, {first}",
)

_RO_DONARE = (
    "Bună! Vreau să programez o donare de sânge la Centrul de Transfuzie {hub}, {weekday} "
    "la {time}. Nume: {name}, data nașterii {dob}, tel {phone_nat}. Am donat ultima dată "
    "în {year}.",
    "Donator: {last} {first}\nCNP: {cnp}\nGrupa: A II Rh+\nObservații: tensiune ok, "
    "hemoglobina 14,2\nTichete de masă x7 predate. Medic: dr. {other1}",
    "Salut, sunt {first} și am donat pentru colegul meu {other2} de la {company}, internat "
    "la Spitalul Clinic Dr. Carol Davila. Unde trimit adeverința? Adresa mea e {address} "
    "și emailul {email}.",
)

_RO_PROTEZE = (
    "Programare probă aparat auditiv\nPacient: {name}\nData nașterii: {dob}\n"
    "Telefon aparținător ({other1}): {phone}\nModel: Phonak Audéo, {qty} zile de probă\n"
    "Decontare CNAS, trimitere de la dr. {other2}",
    "Bună ziua, tatăl meu, domnul {last}, a pierdut aparatul din dreapta în autobuzul 381 "
    "lângă Piața Victoriei. Garanția e pe factura {invoice}. Putem veni {weekday}? Locuim "
    "în {home}.\nMulțumesc, {first}",
    "Re: service aparat\nHi, l-am trimis prin curier AWB {tracking} la sediul vostru din "
    "{hub}. Returul vă rog la:\n{address_ml}\nPlata cu cardul {card} e ok. CI {ro_id}.",
)

_RO_COWORK = (
    "Hey! Vreau un hot desk lunar la voi, începând cu {date}. Facturați pe {company}, CUI "
    "RO18547290, dar contactul e {name}, {email}, {phone_intl}. Aș vrea acces și la sala "
    "Nikola Tesla pt meeting-uri.",
    "Log recepție {clock}\nVizitator: {other1}, CI {ro_id}\nGazdă: {name} ({title}, "
    "biroul 3.07)\nBadge temporar #{qty}\nParcare: {plate}",
    "salut, nu-mi merge wifi-ul în zona Brâncuși de la etajul 2, IP-ul laptopului e {ip}, "
    "am încercat și pe {version}. Sunt {first} {last}, membership-ul meu expiră pe {date}. "
    "Btw factura {invoice} a fost plătită din {iban}.",
)

_RO_BICICLETA = (
    "Bună, am lăsat bicicleta (Cube Aim, cadru {measure}) la service {weekday}. Nume "
    "{name}, tel {phone}. Cât costă schimbul de frâne + revizia? Am văzut {price} pe site.",
    "Fișă service #{order}\nClient: {last}, {first}\nAdresă livrare: {address}\n"
    "Lucrări: centrare roată, lanț Shimano, cameră Schwalbe\n"
    "Ridicare: {other1} (cu CI {ro_id})",
    "Salutare, mi-au furat bicicleta din fața Bibliotecii Carol I și am nevoie de factura "
    "cu seria cadrului pt poliție. E cumpărată pe numele {other2}, dar plătită de mine cu "
    "cardul {card}. Email: {email}. Mersi, {first}",
)

_RO_TATUAJ = (
    "FORMULAR DE CONSIMȚĂMÂNT\nNume și prenume: {name}\nCNP: {cnp}\nData nașterii: {dob}\n"
    "Zona: antebraț stâng\nArtist: {other1}\nDeclar că nu sunt sub influența alcoolului.\n"
    "Semnătura: ________",
    "Heyy! Vreau un portret Frida Kahlo + logo-ul {band} pe încheietură. Sunt {first}, am "
    "19 ani, buletin {ro_id}. Pot veni {weekday} după {time}? Nr meu: {phone_nat}",
    "Bună, pentru minori aveți nevoie de acordul părintelui? Fiica mea {other2} vrea un "
    "piercing. Eu sunt {name}, CI {ro_id}, domiciliată în {home}. Vă scriu și pe WhatsApp "
    "de pe {phone_intl}.",
)

_RO_LOTERIE = (
    "Stimată Loteria Română,\nSubsemnatul {name}, CNP {cnp}, am câștigat la Loto 6/49 din "
    "{date} (bilet seria {ticket}). Vă rog să virați suma în contul {iban} deschis la "
    "{org}.\nCu stimă,\n{last}",
    "Bună ziua, am un bilet Joker câștigător dar sunt plecat în {hub}. Poate ridica premiul "
    "soția mea, {other1}, cu procură notarială? Ea are CI {ro_id}. Eu: {first} {last}, "
    "pașaport {passport}.",
    "salut!!! am cumpărat lozul răzuibil de la chioșcul de pe {landmark} și am câștigat "
    "{price}!! ce acte trebuie? locuiesc în {home}, mă sunați la {phone}? mulțumesc, {name}",
)

_RO_RELOCARE = (
    "Hi, ne mutăm în Olanda în {date}: eu ({name}), soțul {other1} și doi copii. Avem "
    "nevoie de ajutor cu BSN-ul și contul bancar. Pașaport: {passport}. Adresa actuală:\n"
    "{address_ml}",
    "Checklist relocare client {last}\n- traducere certificat naștere ({dob}) ✔\n"
    "- cazier ✔\n- permis conducere {dl} – de preschimbat\n- transfer {vehicle}, nr. "
    "{plate}\n- contact urgență: {phone_intl}",
    "Bună, confirm oferta de {price} pentru mutarea din {home} la Berlin. Plata în avans "
    "din {iban}, factura pe {company}. Persoană de contact în Germania: {other2}, {email}.",
)

_RO_TROTINETA = (
    "buna sunt {name} am primit o amendă de {price} de la aplicație pt că am lăsat "
    "trotineta în parcul ioanid dar nu am fost eu contul e pe {email} și telefonul {phone} "
    "vă rog verificați cursa din {date}",
    "salut sunt {first} {last} m-a amendat poliția locală pe bulevardul magheru că mergeam "
    "pe trotuar procesul verbal e pe adresa {address} dar eu stau acum în {home} cnp {cnp} "
    "cum contest",
    "contul meu a fost blocat după ce {other1} a folosit cardul meu {card} pe trotineta "
    "de pe {ip} eu nu i am dat voie vreau refund la cele {qty} curse",
)

_RO_HACKATHON = (
    "Înscriere echipa „Team Tesla” pentru Hackathon {org} {year}\nCăpitan: {name} "
    "({email})\nMembri: {other1}, {other2}\nStack: Python + React\nTricouri: M, L, XL",
    "hey, sunt {first} din echipa Ada Lovelace, nu ne putem loga pe platformă de pe {ip}, "
    "primim eroare 403 la submit. Deadline-ul e la {time}!! Mă găsiți la masa 12 sau pe "
    "{phone_nat}.",
    "Felicitări! Premiul „Grigore Moisil” ({price}) se virează în contul {iban}. Pentru "
    "contract avem nevoie de CNP-ul tău ({cnp} - corect?) și adresa: {address}.\n"
    "Semnat, {title}",
)

_RO_BARCA = (
    "Bună ziua, vreau să închiriez o barcă cu motor pe lacul Snagov {weekday}, {time}. "
    "Permis ambarcațiuni: {dl}. Nume {name}, tel {phone_intl}. Câte persoane încap? "
    "Suntem {qty}.",
    "Contract închiriere nr. {order}\nLocatar: {last} {first}\nCI: {ro_id}\n"
    "Ambarcațiune: „Regina Maria”\nGaranție: {price} blocată pe cardul {card}\n"
    "Predare: Debarcaderul Herăstrău, {clock}",
    "salut, am uitat pe barca „Ecaterina Teodoroiu” un rucsac negru cu ochelari și actele "
    "lui {other1}. Putem trece mâine. Eu sunt {first}, {phone}. Dacă nu, trimiteți prin "
    "curier la {address_sp}.",
)

_RO_CENTRALA = (
    "bună ziua aș vrea să programez revizia la centrala termică mă numesc {name} și stau "
    "pe {address} numărul meu de telefon este {phone_sp}",
    "da centrala e un ariston de vreo zece ani o am de la {company} eu sunt {first} puteți "
    "să-mi trimiteți oferta pe mail la {email_sp} și dacă vine tehnicianul {weekday} să-l "
    "sune pe soțul meu {other1}",
    "vreau să plătesc cu cardul acum la telefon numărul este {card_sp} pe numele {last} "
    "și vă rog factura pe adresa din {home}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("driving", "en", _DRIVING)
    + _style("nursery", "en", _NURSERY)
    + _style("halls", "en", _HALLS)
    + _style("wedding", "en", _WEDDING)
    + _style("optician", "en", _OPTICIAN)
    + _style("solar", "en", _SOLAR)
    + _style("claims-call", "en", _CLAIMS_CALL, spoken=True)
    + _style("kyc", "en", _KYC)
    + _style("foodbank", "en", _ROTA)
    + _style("conference", "en", _CONFERENCE)
    + _style("seller-dispute", "en", _SELLER_DISPUTE, lower=True)
    + _style("ski-school", "en", _SKI_SCHOOL),
    "ro": _style("ro-parcare", "ro", _RO_PARCARE)
    + _style("ro-donare", "ro", _RO_DONARE)
    + _style("ro-proteze", "ro", _RO_PROTEZE)
    + _style("ro-cowork", "ro", _RO_COWORK)
    + _style("ro-bicicleta", "ro", _RO_BICICLETA)
    + _style("ro-tatuaj", "ro", _RO_TATUAJ)
    + _style("ro-loterie", "ro", _RO_LOTERIE)
    + _style("ro-relocare", "ro", _RO_RELOCARE)
    + _style("ro-trotineta", "ro", _RO_TROTINETA, lower=True)
    + _style("ro-hackathon", "ro", _RO_HACKATHON)
    + _style("ro-barca", "ro", _RO_BARCA)
    + _style("ro-centrala", "ro", _RO_CENTRALA, spoken=True),
}
