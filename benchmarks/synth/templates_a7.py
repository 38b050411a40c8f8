"""Generator A's second blind (held-out) templates (used with Faker values), written
without reading the detector; never tuned on.

Written without opening the detector's code, rules, lists, models or any generated set,
separately from the other blind template files and in other situations and wording than
every earlier template file. Nobody tunes on them or looks at their leak examples; they
measure how the redactor generalises. Situations: plain statements of the kind found in
PII-evaluation sets (who lives where, their numbers, a pasted contact line, a CNP in one
sentence); an airline's lost and delayed baggage (irregularity reports, a compensation
e-mail, Henri Coandă airport); a careers assistant, a pasted CV and an application
follow-up; life-insurance and private-pension beneficiary nominations; a bank, a telecom
and an insurer told of a customer's death (executors, notaries, bereavement forms);
holiday-rental hosts collecting guest lists and guest registration cards; civil-registry
requests (certificate copies, an apostille before a wedding, a death certificate);
ride-hailing lost property, a fare dispute and a corporate rider account; large-appliance
delivery, installation and a botched dishwasher fitting; pet insurance claims, a vet
booking and a dog-walker advert; lower-case food-delivery complaints; voicebot (IVR)
transcripts for an airline, a card block and a water leak. Much of the text to keep
looks personal: institutions and hospitals named after people, pets with names,
organisations, brands, job titles, teams, weekdays, months, hubs, streets as landmarks,
order, ticket, tracking and microchip numbers, amounts and times. Every template here
is held out (none is used for tuning).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_PLAIN = (
    "{name} lives in {home} and drives to the {company} plant in {city} every {weekday}.",
    "{name}, {address}, {phone_nat}",
    "Yesterday {other1} told the nurse at Queen Elizabeth Hospital that {name}, born {dob},"
    " is allergic to penicillin and can be reached on {phone}.",
)
_BAGGAGE = (
    "Property Irregularity Report\nFile reference: {ticket}\nFlight: {flight} via {hub}\n"
    "Passenger name: {name}\nBag: black Samsonite spinner, {measure}\nBag tag: {tracking}\n"
    "Temporary delivery address: {address_sp}\nLocal phone: {phone_intl}\nPassport:"
    " {passport}",
    "Hi, my suitcase never came off the belt in {hub} after {flight} on {date}. I'm at the"
    " Hotel Ambassador until {weekday}, then home at {address}. It has a Manchester United"
    " tag with my name, {name}, and my mobile, {phone}. Is there another form I should fill"
    " in?",
    "Dear Customer Relations,\n\nRe: delayed bag {ticket}\n\nMy bag turned up {qty} days"
    " late, so I bought toiletries and a Hugo Boss shirt for a meeting with our Regional"
    " Sales Director. Receipts attached, {price} in total. Please pay this into {iban}"
    " (account holder {name}).\n\nThank you,\n{first}",
)
_CAREERS = (
    "Careers assistant: Which vacancy are you interested in?\nCandidate: The {title} role"
    " in {hub}.\nCareers assistant: Great choice! What's your full name and e-mail?\n"
    "Candidate: {name}, {email}\nCareers assistant: Thanks. Talent Acquisition interviews on"
    " {weekday}s; you'll get a calendar link.",
    "CURRICULUM VITAE\n{name}\n{address}\n{phone} | {email}\n\nEXPERIENCE\n{year} -"
    " present: {job}, {company}\nBefore that: Customer Care Agent, {org}\nLANGUAGES:"
    " English, German (B2)\nREFEREES: {other1}, former line manager",
    "Hello, I'm following up on application {ticket} for night shifts at your {city}"
    " distribution centre. I've since moved to {home}, so please update my file; the new"
    " mobile is {phone_nat}. I also hold a forklift certificate and a category C licence,"
    " {dl}. Kind regards, {first} {last}",
)
_BENEFICIARY = (
    "NOMINATION OF BENEFICIARIES\nPlan: Term Life Plus, policy {order}\nPolicyholder:"
    " {name}\nDate of birth: {dob}\nPersonal ID number: {nid}\nBeneficiary 1: {other1},"
    " spouse, {pct}\nBeneficiary 2: {other2}, child, remainder\nWitnessed at the {hub}"
    " office on {date}",
    "I'd like to change who receives my pension if I die. At the moment it's my ex, {other1};"
    " it should be my sister, {other2}. Member number {order}. I'm {name}, {address}. Could"
    " you e-mail the paperwork to {email}?",
    "{org} | policy change note\nCaller {first} {last} asked on {weekday} to add {other1} as"
    " a second beneficiary. ID checked against passport {passport}. Call-back number"
    " {phone_intl}. Logged by Customer Care Agent, Team Blue.",
)
_BEREAVEMENT = (
    "Hello, my mother {other1} passed away on {date}. She had a current account and a credit"
    " card ({card}) with you, and I am her executor. My name is {name} and my number is"
    " {phone}. Which probate documents do you need?",
    "Bereavement Notification\nName of the deceased: {other2}\nLast address:\n{address_ml}\n"
    "Account: IBAN {iban}\nPerson notifying: {name}\nRelationship: son\nContact e-mail:"
    " {email}\nDeath certificate uploaded: {ts}",
    "Please close my late husband's mobile contract. The number was {phone_nat}. The"
    " contract is in his name, {other1}; I'm {first} {last} at the same address, {address}."
    " I shouldn't have to pay the {price} early termination fee, should I?",
)
_HOSTCHECKIN = (
    "Hi {first}! Welcome to Riverside Loft, two minutes from {landmark}. Check-in is from"
    " {time}. By law we need each adult guest's passport number before arrival; just reply"
    " here. Your hosts at {company}",
    "Guests for booking {order}:\n1. {name}, passport {passport}, born {dob}\n2. {other1}\n"
    "3. {other2}\nWe land on {flight} on {weekday} around {time} and will need parking for a"
    " {vehicle}, plate {plate}.",
    "GUEST REGISTRATION CARD\nProperty: Old Town Studio, {landmark}\nSurname: {last}\nGiven"
    " names: {first}\nID document no.: {nid}\nHome address: {address_sp}\nNights: {qty}\n"
    "City tourist tax paid: {price}",
)
_REGISTRY = (
    "Application for a certified copy of a birth certificate\nApplicant: {name}\nDate of"
    " birth: {dob}\nPlace of birth: {home}\nMother: {other1}\nFather: {other2}\nPurpose:"
    " pension claim abroad\nPost to: {address}\nFee: {price}, paid online",
    "Good morning, we are getting married on {date} at the Town Hall and the registrar wants"
    " an apostille on my divorce decree. I'm {first} {last}, ID {nid}. {other1} handed in my"
    " fiancée's papers last {weekday}. Is the Marriage Office open on Saturday mornings?",
    "Bot: Which certificate do you need?\nUser: a copy of my grandfather's death"
    " certificate\nBot: Full name of the deceased?\nUser: {other2}\nBot: Your name and a"
    " phone number so the Registry Office can call you?\nUser: {name}, {phone}",
)
_TAXI = (
    "I left my phone in the car after a ride on {date} at {time}, from {landmark} to {hub}"
    " airport. The driver was {other1}, grey {vehicle}, plate {plate}. Please ask them to"
    " ring my partner on {phone}. Thanks, {name}",
    "Fare dispute - trip {order}\nRider: {name}\nCharged: {price}, not the quoted fare\n"
    "Card: {card}\nPick-up: {address}\nComment: the driver went round the ring road and"
    " stopped at a Shell station.",
    "Business account {company}: please add {name} ({email}) as a rider under the Sales"
    " travel policy. {other2} leaves the company on {date}, so remove them then. Cost"
    " centre {invoice}.",
)
_APPLIANCE = (
    "Dispatcher: Hello, Home Deliveries at {company}. Your Bosch washing machine is on the"
    " {weekday} van, from {time}.\nCustomer: Lovely. Two-person crew? Fourth floor, no lift."
    "\nDispatcher: Yes. Address still {address}?\nCustomer: Yes. If I'm out, my neighbour"
    " {other1} has a key. I'm {name}.\nDispatcher: Noted. Taking the old one away is"
    " {price}.",
    "Installation booking\nProduct: Samsung French-door fridge, {measure}\nOrder: {order}\n"
    "Customer: {first} {last}\nSite address:\n{address_ml}\nAccess: narrow stairs, park"
    " behind {landmark}\nOn the day call: {phone_nat}\nRecycle old unit: yes",
    "Hi, the installers came yesterday but left without connecting the dishwasher drain, and"
    " now there's water under the sink. Ticket {ticket}. I paid {price} for fitting with card"
    " {card}. Can someone come back before Friday? {first}",
)
_PETCARE = (
    "Pet insurance claim\nPolicyholder: {name}\nPet: Biscuit, Cocker Spaniel, {qty} years\n"
    "Microchip: 941000024681357\nPractice: Park Lane Veterinary Centre, {hub}\nTreatment:"
    " ear infection on {date}\nClaimed: {price}\nPay to: {iban}",
    "Hi, could Luna come in for her booster on {weekday}? She's the grey tabby registered"
    " under {last}. We've moved, the new address is {address}. Best number {phone}.",
    "Dog walker wanted in {home}: two Labradors, weekdays at {time}. Ask for {first} on"
    " {phone_nat} or e-mail {email}. References from Happy Paws Daycare welcome.",
)
_FOODAPP = (
    "hi my order {order} from pizza hut never came the app says delivered to {address} but"
    " nobody rang the bell im {name}",
    "the rider {other1} was really rude and threw the bag on the stairs refund the {price}"
    " to my card {card} please",
    "pls change the delivery number to {phone} the old one is dead and add a note ring flat"
    " {qty} ask for {first}",
)
_IVR = (
    "welcome to skyline airways please say your booking reference or surname {last} i found"
    " a booking for {name} to {hub} on {weekday} is that correct yes but i want to add a"
    " bag",
    "please say or key in the number of the card you want to block {card_sp} thank you now"
    " the cardholder's date of birth {dob} your card is blocked and a new one will be"
    " posted to {address}",
    "hello yes i'm calling for my dad {other1} he doesn't hear well the water meter is"
    " leaking at {address} my number is {phone_sp} and my email is {email_sp}",
)

_RO_ENUNT = (
    "{name} stă în {home} și face naveta la fabrica {company} din {city} în fiecare {weekday}.",
    "{first} {last}, {address}, {phone}",
    "CNP-ul lui {name} este {cnp}, iar buletinul are seria și numărul {ro_id}.",
)
_RO_BAGAJE = (
    "Bună ziua, valiza mea nu a apărut pe bandă la Aeroportul Henri Coandă după zborul"
    " {flight} din {date}. Stau la Hotel Intercontinental până {weekday}, apoi acasă pe"
    " {address}. Pe etichetă scrie {name}, telefon {phone}.",
    "Raport Neregulă Bagaj\nDosar: {ticket}\nPasager: {name}\nZbor: {flight}, escală la"
    " {hub}\nBagaj: geantă neagră, {measure}\nEtichetă: {tracking}\nAdresă de livrare:\n"
    "{address_ml}\nTelefon: {phone_intl}\nPașaport: {passport}",
    "Stimate doamne și domni de la Tarom,\n\nBagajul meu a sosit cu {qty} zile întârziere"
    " și a trebuit să cumpăr haine pentru o întâlnire cu Directorul Comercial. Vă rog să"
    " virați despăgubirea de {price} în contul {iban}, titular {name}.\n\nCu stimă,\n{first}",
)
_RO_CARIERE = (
    "Asistent Cariere: Pentru ce post aplicați?\nCandidat: {title}, la biroul din {hub}.\n"
    "Asistent Cariere: Super! Numele complet și adresa de e-mail?\nCandidat: {name},"
    " {email}\nAsistent Cariere: Mulțumim! Interviurile cu Resurse Umane sunt {weekday}.",
    "Curriculum Vitae\n{name}\n{address}\nTel.: {phone} | E-mail: {email}\nExperiență:"
    " {year} - prezent, {job}, {company}\nLimbi străine: engleză, franceză\nReferințe:"
    " {other1}, fost Șef de Tură la Dedeman",
    "Bună ziua, revin în legătură cu candidatura {ticket} pentru tura de noapte la depozitul"
    " din {city}. Între timp m-am mutat în {home}, noul număr e {phone_nat}. Am și atestat de"
    " stivuitorist și permis categoria C, {dl}. Cu respect, {first} {last}",
)
_RO_BENEFICIAR = (
    "DESEMNARE BENEFICIARI\nPoliță asigurare de viață: {order}\nAsigurat: {name}\nCNP:"
    " {cnp}\nData nașterii: {dob}\nBeneficiar 1: {other1}, soț, {pct}\nBeneficiar 2:"
    " {other2}, fiică, restul\nSemnat la agenția {hub}, {date}",
    "Vreau să schimb beneficiarul de la Pilonul II. Acum e trecut fostul soț, {other1}, și"
    " vreau să fie sora mea, {other2}. Sunt {name}, locuiesc pe {address}. Îmi puteți trimite"
    " formularul pe {email}?",
    "Notă agent {org}: clientul {first} {last} a cerut telefonic {weekday} adăugarea lui"
    " {other1} ca beneficiar secundar. Verificare identitate: CI {ro_id}. Nr. pentru"
    " revenire: {phone_intl}. Înregistrat de Consilier Clienți, Echipa Nord.",
)
_RO_SUCCESIUNE = (
    "Bună ziua, tatăl meu, {other1}, a decedat pe {date}. Avea cont curent și card de"
    " credit ({card}) la dumneavoastră. Eu sunt {name}, notarul ne-a eliberat certificatul de"
    " moștenitor. Ce acte aduc la sucursala de pe {landmark}?",
    "Notificare Deces Titular\nNumele persoanei decedate: {other2}\nUltimul domiciliu:"
    " {address}\nCont: {iban}\nPersoana care notifică: {name}\nCalitate: fiică\nCNP: {nid}\n"
    "E-mail: {email}",
    "Vă rog să închideți abonamentul Orange al soțului meu, care a murit în martie. Numărul"
    " era {phone_nat} și contractul e pe numele lui, {other1}. Eu sunt {first} {last}, CI"
    " {ro_id}. Nu cred că trebuie să plătesc penalitatea de {price}.",
)
_RO_CAZARE = (
    "Bună, {first}! Vă așteptăm la Pensiunea Casa Bunicii din Bran de la ora {time}. Conform"
    " legii, avem nevoie de seria și numărul actului de identitate al fiecărui adult. Gazdele"
    " de la {company}",
    "Oaspeți rezervare {order}:\n1. {name}, CI {ro_id}, născut la {dob}\n2. {other1}\n3."
    " {other2}\nAjungem {weekday} pe la {time} cu mașina ({vehicle}, număr {plate}).",
    "FIȘĂ DE ANUNȚARE A SOSIRII\nUnitatea: Apartament Piața Sfatului\nNume: {last}\nPrenume:"
    " {first}\nAct de identitate: {nid}\nDomiciliul: {address_sp}\nNopți: {qty}\nTaxă"
    " hotelieră achitată: {price}",
)
_RO_STARECIVILA = (
    "Cerere eliberare duplicat certificat de naștere\nSubsemnatul/Subsemnata: {name}\nCNP:"
    " {cnp}\nNăscut(ă) la: {dob}, în {home}\nNumele mamei: {other1}\nNumele tatălui:"
    " {other2}\nMotiv: certificat deteriorat\nTaxă achitată: {price}",
    "Bună ziua, ne căsătorim pe {date} la Casa Căsătoriilor din Sectorul 3 și ni s-a cerut"
    " apostila pe sentința de divorț. Sunt {first} {last}, CI {ro_id}. Actele logodnicei"
    " le-a depus {other1} {weekday} trecută. Serviciul Stare Civilă lucrează sâmbăta?",
    "Asistent: Pentru ce act doriți programare?\nUtilizator: certificat de deces pentru"
    " bunicul\nAsistent: Numele complet al persoanei decedate?\nUtilizator: {other2}\n"
    "Asistent: Numele și telefonul dumneavoastră?\nUtilizator: {name}, {phone}",
)
_RO_TAXI = (
    "Salut, mi-am uitat telefonul în mașină după cursa din {date}, ora {time}, de la"
    " {landmark} la Gara de Nord. Șoferul era {other1}, {vehicle} gri, {plate}. Rog să sune"
    " la {phone}, e nr. prietenei mele. Mersi, {first}",
    "Contestație cursă {order}\nClient: {name}\nSumă încasată: {price}, nu cât era estimat\n"
    "Card: {card}\nPreluare: {address}\nObservații: șoferul a ocolit prin Pipera și a oprit"
    " la Petrom.",
    "Cont firmă {company}: vă rog adăugați în politica de deplasări a Departamentului"
    " Vânzări: {name} ({email}). {other2} pleacă din firmă pe {date}. Centru de cost {invoice}.",
)
_RO_ELECTROCASNICE = (
    "Dispecer: Bună ziua, Livrări {company}. Mașina de spălat Arctic vine {weekday}, după"
    " ora {time}.\nClient: Bine. Urcă doi oameni? Stau la etajul patru, fără lift.\n"
    "Dispecer: Da. Adresa rămâne {address}?\nClient: Da. Dacă nu sunt acasă, vecina {other1}"
    " are cheie. Sunt {name}.\nDispecer: Am notat. Ridicarea celei vechi costă {price}.",
    "Programare montaj\nProdus: combină frigorifică Samsung, {measure}\nComanda: {order}\n"
    "Client: {first} {last}\nAdresa de montaj:\n{address_ml}\nAcces: scară îngustă, parcare"
    " în spate la {landmark}\nTelefon în ziua livrării: {phone_nat}\nReciclare aparat vechi:"
    " da",
    "Bună, cei de la montaj au venit ieri, dar n-au legat furtunul de scurgere la mașina de"
    " spălat vase și acum e apă sub chiuvetă. Tichet {ticket}. Am plătit {price} cu cardul"
    " {card}. Poate veni cineva până vineri? {first}",
)
_RO_VETERINAR = (
    "Cerere despăgubire asigurare animale\nAsigurat: {name}\nAnimal: Azorel, Ciobănesc"
    " Carpatin, {qty} ani\nMicrocip: 642093400123456\nCabinet: Clinica Veterinară Sfântul"
    " Francisc, {hub}\nTratament: otită, {date}\nSumă: {price}\nCont: {iban}",
    "Bună ziua, aș vrea o programare pentru Mițu la vaccin {weekday}. E motanul gri trecut"
    " pe numele {last}. Ne-am mutat pe {address}. Telefon {phone}.",
    "Caut pet-sitter în {home} pentru doi câini, de luni până vineri la {time}. Sunați-o pe"
    " {first} la {phone_nat} sau scrieți pe {email}. Recomandări de la Pet Hotel Lăbuțe.",
)
_RO_MANCARE = (
    "buna comanda {order} de la glovo n-a mai venit in aplicatie scrie livrat la {address}"
    " dar n-a sunat nimeni sunt {name}",
    "curierul {other1} a fost nesimtit si a aruncat punga pe scari vreau banii inapoi"
    " {price} pe cardul {card}",
    "va rog schimbati nr de livrare pe {phone} ca cel vechi nu mai merge si la observatii"
    " interfon {qty} intrebati de {first}",
)
_RO_ROBOT = (
    "bun venit la compania de apă pentru avarii spuneți adresa unde este avaria {address}"
    " mulțumesc acum spuneți un număr de telefon {phone_sp} o echipă ajunge în două ore",
    "vă rog spuneți sau tastați numărul cardului pe care vreți să îl blocați {card_sp}"
    " mulțumesc acum data nașterii titularului {dob} cardul este blocat și primiți altul la"
    " {address}",
    "alo da bună ziua sun pentru mama mea {other1} că nu aude bine are contorul stricat"
    " numărul meu e {phone_sp} și emailul {email_sp} mulțumesc doamna {last}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("plain", "en", _PLAIN)
    + _style("baggage", "en", _BAGGAGE)
    + _style("careers", "en", _CAREERS)
    + _style("beneficiary", "en", _BENEFICIARY)
    + _style("bereavement", "en", _BEREAVEMENT)
    + _style("hostcheckin", "en", _HOSTCHECKIN)
    + _style("registry", "en", _REGISTRY)
    + _style("taxi", "en", _TAXI)
    + _style("appliance", "en", _APPLIANCE)
    + _style("petcare", "en", _PETCARE)
    + _style("foodapp", "en", _FOODAPP, lower=True)
    + _style("ivr", "en", _IVR, spoken=True),
    "ro": _style("ro-enunt", "ro", _RO_ENUNT)
    + _style("ro-bagaje", "ro", _RO_BAGAJE)
    + _style("ro-cariere", "ro", _RO_CARIERE)
    + _style("ro-beneficiar", "ro", _RO_BENEFICIAR)
    + _style("ro-succesiune", "ro", _RO_SUCCESIUNE)
    + _style("ro-cazare", "ro", _RO_CAZARE)
    + _style("ro-starecivila", "ro", _RO_STARECIVILA)
    + _style("ro-taxi", "ro", _RO_TAXI)
    + _style("ro-electrocasnice", "ro", _RO_ELECTROCASNICE)
    + _style("ro-veterinar", "ro", _RO_VETERINAR)
    + _style("ro-mancare", "ro", _RO_MANCARE, lower=True)
    + _style("ro-robot", "ro", _RO_ROBOT, spoken=True),
}
