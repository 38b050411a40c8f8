"""Generator B's second blind (held-out) templates (used with mimesis values), written
without reading the detector; never tuned on.

Written without opening the detector's code, rules, lists, models or any generated set,
separately from ``templates_a6.py``, ``templates_b6.py`` and ``templates_a7.py``, and in
other situations and wording than every earlier template file. Situations: a pension
scheme's member bot, a bereaved daughter asking about a dependant's lump sum, new bank
details for a pension in payment, a Romanian pension office (recalculation, survivor's
pension, a payment that did not arrive); car hire pick-ups, second drivers, damage
disputes and withheld deposits; vet clinics (pets called Bella, Oscar, Teddy, Rex and
Max, vaccination reminders, pet passports); small money claims, jury deferral, court
chatbots, witness summons and adjournment requests; job applications, failed CV uploads,
interview feedback and a note to HR; lost baggage, misspelt names on tickets and
wheelchair assistance; a tax office's virtual assistant, a change of address and a
payment on account; school absence notes, trip consent forms, a school bus and a
scholarship file; loyalty points, account merges and Click & Collect by a relative; a
pharmacy reservation, a blood-test booking and a lost health card; a complaint to the
labour inspectorate, a request for an income certificate and a falling tree reported to
the city hall; bare evaluation sentences that name people without any cue, addresses
inside sentences and unlabelled contact blocks; lower-case messages without punctuation
and voicebot call transcripts. Much of the text that must be kept looks personal:
organisations, brands, job titles, teams, weekdays, months, towns as offices and hubs,
buildings, streets and institutions named after people used as landmarks (Wilberforce
House, Thomas More Building, Henri Coandă airport, Institutul Marius Nasta), pet names,
reference numbers, amounts and times. Every template here is held out: never tune on
it and print none of its messages.
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_PENSION = (
    "Member Services bot: Welcome to the Harbourline Pension Scheme. Please type your member"
    " number or your full name.\nMember: {name}\nMember Services bot: Thank you. For"
    " security, what is your date of birth?\nMember: {dob}\nMember Services bot: Your annual"
    " statement for {year} shows a transfer value of {price}. Shall we post a copy to the"
    " address we hold, {address}?",
    "Hello, I hope this is the right place. My father, {other1}, passed away on {date} and"
    " the funeral director said his workplace pension might pay something to the family, a"
    " dependant's lump sum or similar. He was a {job} at {company} until {year} and never"
    " really talked about money. I'm his daughter, {name}. If anything is due, my account is"
    " {iban}, and letters can come to\n{address_ml}\nSorry if this is muddled, it's been a"
    " long month.",
    "Change of Bank Details - Pension in Payment\nScheme reference: {order}\nPensioner:"
    " {first} {last}\nTax or insurance number: {nid}\nNew account: {iban}\nFirst payment to"
    " the new account: the {weekday} after the 28th\nWitnessed at: Wilberforce House"
    " reception, {hub}",
)
_CARHIRE = (
    "Hi, I'm picking up a {vehicle} from your {hub} airport desk on {date} at {time}. Booking"
    " {order} is under {name}; my licence is {dl}. Can you add {other1} as a second driver?"
    " They'll bring their own licence to the counter.",
    "Damage Dispute {ticket}\nRenter: {first} {last}\nVehicle returned: {vehicle}, {measure}"
    " scratch on the rear bumper noted by the Lot Supervisor\nDeposit held on card {card}:"
    " {price}\nRenter's reply: the scratch was there at pick-up, photos sent from {email}.",
    "Is the estate car at your {landmark} branch still free this weekend? Just me driving,"
    " {name}, born {dob}, licence held since {year}.",
)
_VET = (
    "Hello Riverside Vets, Bella, our six-year-old Labrador, has been limping since"
    " {weekday}. Can the duty vet see her before {time}? Owner: {name}, mobile {phone}. She's"
    " insured with {org}.",
    "Vaccination Reminder\nPatient: Oscar (Maine Coon, {measure})\nDue: rabies booster,"
    " {date}\nRegistered keeper: {first} {last}\nAddress on file: {address}\nBook online from"
    " {price}, or call in at the Florence Nightingale Road surgery.",
    "I've rehomed Teddy the springer spaniel from {other1}, so please put me on his record"
    " instead: {name}, {email}, {phone_intl}. Rehoming form {ticket}.",
)
_CLAIMS = (
    "Online Money Claim\nClaimant: {name}\nClaimant address: {address}\nDefendant:"
    " {company}\nAmount claimed: {price} plus court fee\nWhy you are owed: deposit on a"
    " {vehicle} never refunded\nStatement of truth signed {date} from IP {ip}",
    "Dear Jury Central Summoning Bureau, I have been summoned to the Old Bailey from {date},"
    " juror number {order}. I am the only carer for {other1} and ask to defer my service"
    " until {year}. {name}, {phone_nat}",
    "Bot: Which hearing is this about?\nUser: case {ticket}, I'm the respondent, {first}"
    " {last}\nBot: Hearings in the Thomas More Building are listed by case number. Your next"
    " date is {weekday} at {time}, Court 4.\nUser: my solicitor {other2} can't make it, who"
    " do I tell?",
)
_RECRUIT = (
    "Application: Warehouse Team Lead, {hub} fulfilment centre\nCandidate: {name}\nEmail:"
    " {email}\nMobile: {phone}\nRight to work: passport {passport}\nCurrent role: {job} at"
    " {company}\nReferee: {other1}, former Shift Manager",
    "Hi, I applied for the {title} role last {weekday} and your careers bot says my CV upload"
    " failed. I'm {first} {last}, based in {home} and happy to relocate to {hub}. Can I email"
    " it to you instead from {email}?",
    "Interview Feedback - {title}, Panel B\nCandidate {name}: strong on stakeholder"
    " management, weaker on Excel. Expects {price}. Notice period {qty} days. Second round"
    " with {other1} on {date}?",
)
_LOSTBAG = (
    "Property Irregularity Report\nFlight: {flight}\nPassenger: {name}\nBag tag:"
    " {tracking}\nDescription: navy hard-shell suitcase, {measure}\nDeliver"
    " to:\n{address_ml}\nContact: {phone_intl}",
    "The surname on booking {order} is misspelt. It should read {last}, exactly as in my"
    " passport {passport}. Flight {flight} leaves on {date}; is there a fee?",
    "My mother {other1} is 84 and needs wheelchair help at {hub} on {flight}. I'm flying with"
    " her, I'm {name}, and on the day you can reach me on {phone}. We'll wait at the Special"
    " Assistance point by Gate 12.",
)
_TAX = (
    "Virtual assistant: I can help with Self Assessment, VAT and refunds. What do you"
    " need?\nYou: my refund for {year} still hasn't arrived\nVirtual assistant: Please give"
    " your tax reference and the account the refund should go to.\nYou: {nid}, {iban}, name"
    " {name}",
    "To whoever reads these at the Revenue office in {hub}: I moved out of {home} back in"
    " {date}, I'm at {address} now, and I have rung twice and filled the online form once but"
    " the tax code letters still go to the old flat and my old landlord keeps opening them. I"
    " work as a {job} for {company}, nothing complicated. Can someone just change it? Thanks,"
    " {first} {last}",
    "Payment on Account\nDue: {date}\nAmount: {price}\nTaxpayer: {name}\nReference:"
    " {nid}\nPaid by debit card {card}\nReceipt {invoice} sent to {email}",
)
_SCHOOL = (
    "Dear Attendance Officer, my son {other1} in Year 4 (Hawthorn Class) was off on {weekday}"
    " with a temperature. He'll be back tomorrow. {name}, {phone}",
    "Trip Consent - Year 9 visit to the Isaac Newton Centre, {date}\nPupil:"
    " {other2}\nParent/carer: {name}\nEmergency contact: {phone_nat}\nMedical notes: nut"
    " allergy, EpiPen in bag\nCost: {price}, paid by card {card}",
    "hello, can my daughter get the school bus from the stop outside {address}? The Hillcrest"
    " route seems to go along {landmark} instead. I'm {first}, email {email}.",
)
_PLAIN = (
    "{name} and {other1} went to the {org} office in {hub} on {weekday}; then {first} caught"
    " the {time} train home to {home}.",
    "{first} {last}\n{address_ml}\n{phone}\n{iban}",
    "After the meeting at {company}, {first} walked down {landmark} to {address} and rang"
    " {other2} from the kiosk on {phone_nat}.",
)
_LOYALTY = (
    "My points from the {city} store on {date} ({price} spent, receipt {invoice}) never"
    " showed up, and the {brand} was meant to be half price with the card. Card holder"
    " {name}, registered to {email}.",
    "Merge Loyalty Accounts\nOld account email: {email}\nAccount holder: {first} {last}\nDate"
    " of birth: {dob}\nAddress: {address}\nPoints to move: {qty}000\nHome store: {org},"
    " {landmark}",
    "Click & Collect {order} is waiting at the Nelson Mandela Place kiosk but I can't get"
    " there before {weekday}. My sister {other1} will collect with her own ID. The order is"
    " under {name}, {phone}.",
)
_HASTY = (
    "no water since 6am on our whole street is it the burst main again im at {address} with a"
    " newborn pls call {phone}",
    "hi pension bot i want my tax free lump sum at 55 name {name} member no {order} pay it to"
    " {iban}",
    "can u unfreeze my gym membership from monday and take it from card {card} again ta {first}",
)
_VOICEBOT = (
    "yes i'd like to book a blood test at outpatients my name is {name} date of birth {dob}"
    " and you can text the slot to {phone_sp}",
    "hi um it's about the car hire i'm bringing it back late to the airport my licence is"
    " {dl} and the card you've got is {card_sp} okay thanks",
    "the address for the tax letters should be {address} not the old one and my email is"
    " {email_sp} it's for {first} {last}",
)
_RO_PENSII = (
    "Bună ziua, pensia pe luna aceasta nu a intrat pe card. Sunt {name}, CNP {cnp}, decizia"
    " de pensionare nr. {order} din {year}. Până acum banii veneau prin poștă la {address},"
    " dar din {date} am cerut virament în contul {iban}.",
    "Cerere de recalculare a pensiei\nCătre: Casa Județeană de Pensii {hub}\nSubsemnatul:"
    " {last} {first}\nCNP: {cnp}\nAct de identitate: CI {ro_id}\nDomiciliul:"
    " {address}\nVechime nevalorificată: {qty} ani la {company}\nData: {date}",
    "Asistent virtual CNPP: Cu ce vă pot ajuta?\nUtilizator: vreau să știu dacă mama,"
    " {other1}, poate primi pensie de urmaș după tata\nAsistent virtual CNPP: Da, cu"
    " certificatul de deces. Cine depune cererea?\nUtilizator: eu, {name}, telefon {phone}",
)
_RO_RENTACAR = (
    "Bună, am rezervarea {order} la biroul din Aeroportul Henri Coandă pentru {date}, ora"
    " {time}. Vreau să adaug ca șofer suplimentar pe {other1}. Eu sunt {name}, permisul meu e"
    " {dl}, iar garanția de {price} o blochez pe cardul {card}.",
    "Proces-verbal de predare-primire\nAuto: {vehicle}, {qty} mii km la bord\nClient: {first}"
    " {last}\nCNP: {cnp}\nCI: {ro_id}\nObservații: zgârietură de {measure} pe aripa"
    " stângă\nPunct de lucru: {hub}, {landmark}",
    "Am predat mașina duminică în parcarea de pe Bulevardul Iuliu Maniu și mi-ați reținut"
    " toată garanția. Rezervarea e pe {name}, e-mail {email}. Mașina mea, {plate}, a stat în"
    " parcarea voastră cât am fost plecat, poate de acolo e confuzia.",
)
_RO_VETERINAR = (
    "Bună seara, cățelușa noastră, Bella, a mâncat ciocolată acum o oră. Sunteți deschiși"
    " non-stop? Suntem în {home}, la {address}. Sunt {name}, telefon {phone}.",
    "Fișă pacient\nPacient: motanul Oscar, {measure}\nRasă: British Shorthair\nProprietar:"
    " {first} {last}\nCNP proprietar: {cnp}\nTelefon: {phone_nat}\nVaccin antirabic:"
    " {date}\nCabinet: Clinica Veterinară Sfântul Francisc, {landmark}",
    "Vă scriu pentru pașaportul de călătorie al lui Rex, ciobănescul nostru german. Plecăm la"
    " {hub} pe {date}. Stăpân: {name}, e-mail {email}. Am plătit {price}, factura {invoice}.",
)
_RO_JUDECATORIE = (
    "Bună ziua, am primit citație de la Judecătoria Sectorului 2 în dosarul {ticket}, cu"
    " termen pe {date} la ora {time}. Sunt martor, nu parte. Mă numesc {name} și locuiesc la"
    " {address}. Trebuie să vin cu buletinul, {ro_id}?",
    "Cerere de amânare\nInstanța: Tribunalul {hub}, Secția a II-a civilă\nDosar nr.:"
    " {order}\nPetent: {last} {first}, CNP {cnp}\nMotiv: internare în spital începând cu"
    " {date}\nApărător: av. {other1}, Baroul București",
    "Chatbot portal instanțe: Introduceți numărul dosarului.\nUtilizator: {order}\nChatbot:"
    " Următorul termen este {weekday}, sala 14, Palatul de Justiție. Părți: {name} contra"
    " {company}.\nUtilizator: pot trimite dovada taxei de timbru de {price} de pe {email}?",
)
_RO_RECRUTARE = (
    "Salut, am văzut anunțul pentru {title} la voi în {hub} și am trimis CV-ul aseară, dar"
    " robotul zice că dosarul e incomplet. Sunt {first} {last}, acum lucrez ca {job} la"
    " {company}. Numărul meu e {phone}.",
    "Formular candidat\nPostul: Operator Call Center, tura de noapte\nNume și prenume:"
    " {name}\nData nașterii: {dob}\nE-mail: {email}\nPermis categoria B: da, {dl}\nRecomandat"
    " de: {other1}, colegă din echipa Vânzări\nDisponibil din: {date}",
    "Bună ziua doamnei de la Resurse Umane, confirm interviul de {weekday} la {time}, în"
    " clădirea Ana Aslan de pe {landmark}. Vă rog să-mi trimiteți oferta la {email} și să-mi"
    " spuneți dacă e nevoie de cazier. Cu respect, {name}",
)
_RO_AEROPORT = (
    "Bagajul meu nu a venit cu zborul {flight} din {hub}. Raport PIR {order}. Geanta e"
    " neagră, cu roți, {measure}. Vă rog s-o livrați la\n{address_ml}\nSunt {name}, telefon"
    " {phone_intl}.",
    "Am cumpărat biletul pe numele {other1} pentru mama, dar în pașaport are alt nume de"
    " familie. Corectați vă rog rezervarea {order}; plătitor {name}, pașaport {passport}."
    " Zborul e pe {date}.",
    "Asistență pentru persoane cu mobilitate redusă\nPasager: {last} {first}\nData nașterii:"
    " {dob}\nZbor: {flight}, {date}\nScaun rulant propriu: da, {measure}\nÎnsoțitor:"
    " {other2}\nTelefon: {phone}",
)
_RO_FARMACIE = (
    "Bună, aveți Nurofen pentru copii la farmacia de pe {landmark}? Vreau să-l rezerv pe"
    " numele {name} și îl ridic la {time}. Rețeta compensată e pe CNP-ul {cnp}.",
    "Programare analize\nPacient: {first} {last}\nCNP: {cnp}\nTrimitere de la medicul de"
    " familie, seria {order}\nLaborator: Institutul Marius Nasta\nOra preferată: {weekday},"
    " {time}\nRezultate pe e-mail: {email}",
    "Mi-am pierdut cardul de sănătate. Sunt asigurată la Casa de Asigurări de Sănătate {hub},"
    " mă cheamă {name} și stau în {home}, {address}. Cum fac duplicatul? Mă puteți suna la"
    " {phone_nat}.",
)
_RO_SCOALA = (
    "Bună ziua, doamna dirigintă, {other1} din clasa a VII-a B a lipsit {weekday} pentru că a"
    " avut febră; are scutire de la medic, v-o trimit de pe {email}. Cu stimă, {name}",
    "Acord parental pentru excursie\nDestinația: Muzeul Național George Enescu, {date}\nElev:"
    " {other2}\nPărinte: {last} {first}\nCI părinte: {ro_id}\nTelefon urgențe: {phone}\nSumă"
    " achitată: {price}",
    "Secretariat liceu: dosarele pentru bursa socială se depun până pe {date}. Solicitant:"
    " {name}, CNP {cnp}, domiciliul {address}. Venit net pe membru de familie: {price}.",
)
_RO_SIMPLU = (
    "{name} și {other1} au plecat de la {org} după ora {time}, iar {first} a luat trenul spre"
    " {home}.",
    "{last} {first}\n{address}\n{phone}\n{cnp}\n{iban}",
    "Ieri am trecut pe la {address} să las cheile, dar {other2} nu era acasă, așa că le-am"
    " lăsat la vecinul de la parter. Sună-mă la {phone_nat} dacă întreabă cineva.",
)
_RO_PETITIE = (
    "Către Inspectoratul Teritorial de Muncă {hub}\n\nSubsemnata {name}, domiciliată în"
    " {address}, posesoare a CI {ro_id}, CNP {cnp}, vă aduc la cunoștință că angajatorul"
    " {company} nu mi-a plătit salariul pe ultimele {qty} luni.\n\nData: {date}\nSemnătura",
    "Domnule Director,\n\nVă rog să aprobați eliberarea unei adeverințe de venit pentru"
    " dosarul de credit. Lucrez ca {job} în cadrul Direcției Economice din {year}. O pot"
    " primi și la {email}.\n\nCu deosebită considerație,\n{first} {last}",
    "Sesizare către Primăria {hub}, Serviciul Spații Verzi: pe strada Mihai Eminescu, în fața"
    " blocului meu de la {address}, un plop stă să cadă peste mașina mea, {plate}. Vă rog"
    " trimiteți o echipă. {name}, {phone}",
)
_RO_GRABIT = (
    "salut vreau sa stiu cand vine pensia pe card luna asta sunt {name} cnp {cnp} mersi",
    "buna am lasat catelul la tuns la voi il cheama max e bichon il puteti tine pana la 7"
    " sunt {first} {phone}",
    "mi-a venit amenda la adresa {address} pentru o masina pe care n-am avut-o niciodata cine"
    " ma ajuta",
)
_RO_ROBOTVOCAL = (
    "alo da vreau să verific stadiul dosarului de pensie numele meu e {name} și codul numeric"
    " personal e {cnp}",
    "bună ziua sun pentru pisica mea am programare joi la cabinet și vreau s-o mut numărul"
    " meu e {phone_sp} pe numele {first} {last}",
    "deci adresa unde să aduceți bagajul e {address} și emailul e {email_sp} vă rog sunați"
    " înainte că sunt la serviciu până la cinci",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("pensionfund", "en", _PENSION)
    + _style("carhire", "en", _CARHIRE)
    + _style("vetclinic", "en", _VET)
    + _style("smallclaims", "en", _CLAIMS)
    + _style("recruitment", "en", _RECRUIT)
    + _style("lostbag", "en", _LOSTBAG)
    + _style("taxoffice", "en", _TAX)
    + _style("schooloffice", "en", _SCHOOL)
    + _style("plainnames", "en", _PLAIN)
    + _style("loyaltyclub", "en", _LOYALTY)
    + _style("hasty", "en", _HASTY, lower=True)
    + _style("voicebot", "en", _VOICEBOT, spoken=True),
    "ro": _style("ro-pensii", "ro", _RO_PENSII)
    + _style("ro-rentacar", "ro", _RO_RENTACAR)
    + _style("ro-cabinetvet", "ro", _RO_VETERINAR)
    + _style("ro-judecatorie", "ro", _RO_JUDECATORIE)
    + _style("ro-recrutare", "ro", _RO_RECRUTARE)
    + _style("ro-aeroport", "ro", _RO_AEROPORT)
    + _style("ro-farmacie", "ro", _RO_FARMACIE)
    + _style("ro-scoala", "ro", _RO_SCOALA)
    + _style("ro-simplu", "ro", _RO_SIMPLU)
    + _style("ro-petitie", "ro", _RO_PETITIE)
    + _style("ro-grabit", "ro", _RO_GRABIT, lower=True)
    + _style("ro-robotvocal", "ro", _RO_ROBOTVOCAL, spoken=True),
}
