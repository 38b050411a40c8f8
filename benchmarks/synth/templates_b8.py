"""Generator B's third blind (held-out) templates, used with mimesis values.

Written without reading the detector and never tuned on: the redactor's code, its tests
and its models were not opened while writing them, so scores on these templates measure
how it does on text it was not shaped around.

Situations, English: a plumber's emergency call-out, a landlord's gas safety certificate,
elderly-care home visits, a physiotherapy referral, an IVF clinic intake, a police
non-emergency report, a jury summons reply, a student loan query, a dating-app safety
report, an online course certificate, a locksmith (typed in lower case) and a pest
control phone booking (a speech-recognition transcript).

Situations, Romanian: an adoption / foster-care file, a consular appointment, a university
scholarship, a junior football transfer, horse-riding lessons, a beekeepers' association,
housing-association repairs, a chimney sweep, a photo studio booking, the electoral roll
for voters abroad, furniture assembly (typed in lower case) and a telemedicine call (a
speech-recognition transcript).

The text to keep is made to look personal: clinics, awards, rooms, courts and clubs
named after people, brands, horses, streets used as landmarks, towns used as hubs,
reference numbers, company phone numbers, amounts and times. Personal values sit at a
sentence start, after commas, in lists, tables, key=value logs, speaker labels,
signatures and possessives.
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]

# --- English ---------------------------------------------------------------------------

_PLUMBER = (
    "URGENT - burst pipe under kitchen sink, water coming thru the ceiling of the flat below\n"
    "Name: {name}\n"
    "Address: {address}\n"
    "Best no. {phone} (mobile, pls text if no answer)\n"
    "Can someone come before {time}? Happy to pay the out-of-hours rate ({price}).",
    "Hi it's {first} at {address_sp} again re job {ticket}. The Worcester Bosch combi in the "
    "airing cupboard is leaking again since {weekday}, same one your engineer fixed in {year}. "
    "Landlord is {other1}, his no is {phone_intl} if you need sign-off for anything over "
    "{price}.",
    "Call-out log | {clock}\n"
    "Customer: {last}, {first}\n"
    "Site:\n{address_ml}\n"
    "Work: replaced Grundfos pump + 2x isolating valves, {measure} of 15mm copper\n"
    "Paid by card {card} on the day, {price} incl. VAT, invoice {invoice}.",
)

_GASSAFE = (
    "Dear Sir/Madam,\n"
    "Please find attached the CP12 gas safety record for {address}, tenant {other1}. "
    "The Vaillant ecoTEC boiler passed; the Flavel hob needs a new thermocouple ({price}).\n"
    "Engineer Gas Safe reg no. 584213\n"
    "Landlord: {name}, {email}",
    "hi, I'm the tenant at {address_sp}. Your engineer is booked {weekday} between {time} "
    "and noon but I'm at {company} in {city} all day. Could {other2} (my flatmate, "
    "{phone_nat}) let him in instead? Ref {ticket}\nThanks, {first}",
    'job={order} cert=LGSR appliance="Baxi 600 Combi" engineer_id=GS-7731 '
    'site_town={home} contact="{other1}" tel={phone} email={email} fee={price} '
    "result=PASS next_due={year}",
)

_HOMECARE = (
    "Hello, I'm writing about my mum, {name} (DOB {dob}). She's had the Helping Hands "
    "carers since {year} and the morning visit at {time} is fine but the Tuesday carer "
    "never stays the full 30 mins. Her NHS number is {nid}.\n"
    "Please call me, {other1}, on {phone}.",
    "Rota w/c {date} - Rosewood House Care\n"
    "Client | Address | Carer ID | Slot\n"
    "{name} | {address} | C-114 | {time}\n"
    "NOK: {other2}, {phone_nat}\n"
    "Note: Mr {last} refuses the Ensure drinks, try the Müller rice instead",
    "Can you pls update the key safe code for Dad, it changed after the Yale lock was "
    "replaced. He's at\n{address_ml}\n"
    "New code is with {other1}. Also his Blue Badge renewal letter went to {email} "
    "by mistake, can you resend?\n{first} (daughter)",
)

_PHYSIO = (
    "Physio self-referral form\n"
    "Full name: {name}\n"
    "Date of birth: {dob}\n"
    "Mobile: {phone}\n"
    "Email: {email}\n"
    "GP: Elizabeth Garrett Anderson Practice. Left knee, ACL repair at St Thomas' in "
    "{year}, still cant run more than {measure}",
    "Hi {first}, reminder of your appointment {weekday} at {time} in the Jessica Ennis "
    "Room, {company} Physio, {hub}. Please bring your Bupa membership card. To cancel "
    "call 0800 046 2210.\nAccount holder: {other1}",
    "can you help me write an email to my physio to move my appt? my details: {name}, "
    "{email}, {phone_nat}. I've been doing the McKenzie Method on Tuesdays but I start "
    "at {company} on {date} so need evenings. Aviva policy no is {order}",
)

_FERTILITY = (
    "Patient intake - Lister Fertility Clinic\n"
    "Partner 1: {name}, born {dob}\n"
    "Partner 2: {other1}\n"
    "NHS no: {nid}\n"
    "Contact email: {email}\n"
    "Referred by: Harley Street GP, AMH result {measure}",
    "Hi, I had egg collection at Bourn Hall on {date}. Invoice {invoice} for {price} was "
    "charged twice to my card {card}, please refund one of them.\n{first} {last}",
    "Msg from patient portal {clock}\n"
    "From: {name}\n"
    "Re: embryo storage renewal\n"
    "We moved to {home}, new address:\n{address_ml}\n"
    "Please post the HFEA consent forms there, not to {other2}'s flat.",
)

_POLICEREPORT = (
    "Online crime report - theft from vehicle\n"
    "Reporting person: {name}\n"
    "DOB: {dob}\n"
    "Contact: {phone}\n"
    "Vehicle: {vehicle}, reg {plate} (Romanian plates)\n"
    "Location: NCP car park off {landmark}, between {time} and {clock}",
    "Crime ref {ticket}. Adding info: the man who tried my door on {weekday} night told my "
    "neighbour his name was {other1}. He drove off towards Kingsway in a {vehicle}. "
    "You can reach me at {email} or {phone_intl}. - {first}",
    "Lost property report\n"
    "Item: wallet (brown Fossil)\n"
    "Contents: driving licence {dl}, passport {passport}, Nationwide debit card, "
    "Costa loyalty card\n"
    "Last seen: Victoria station, {time}\n"
    "Owner surname: {last}",
)

_JURY = (
    "Jury Central Summoning Bureau\n"
    "Juror number: {order}\n"
    "I, {name}, of {address}, have been summoned to Snaresbrook Crown Court on {date}. "
    "I am the sole carer for {other1} and ask to be excused. Letter from Great Ormond "
    "Street attached. Tel {phone_nat}",
    "To whom it may concern, my husband {other2} cant reply himself as he is in the "
    "King Edward VII's Hospital. His juror no. is {ticket}, date of birth {dob}. Please "
    "contact me on {phone}.\nRegards, {name}",
    "Reply to summons - online\n"
    "First name | {first}\n"
    "Surname | {last}\n"
    "National Insurance | {nid}\n"
    "Email | {email}\n"
    "Court | Old Bailey\n"
    "IP logged | {ip} | {ts}",
)

_STUDENTLOAN = (
    "Hi SFE, my maintenance loan for {year} still hasnt arrived. Customer ref {order}, "
    "Queen Mary University of London, course starts {date}. I'm {name}, DOB {dob}. "
    "My bank changed, new account IBAN {iban}",
    "rewrite this more formally pls: hey its {first}, i need my household income assessment "
    "redone bc my dad {other1} lost his job at {company} in march. his NI is {nid} and my "
    "CRN is 11923-44, thx",
    "{clock} INFO session user={email} ip={ip} action=update_address "
    'old="{address}" new="{address_sp}" channel=web result=OK',
)

_DATINGSAFETY = (
    "Report a user\n"
    'Reported profile: "{first}, 34, {home}"\n'
    "Reason: asked me to send money to IBAN {iban} for a 'flight' from {hub}\n"
    "His number was {phone_intl}\n"
    "My account email: {email}",
    "Hi Trust & Safety, the guy I met through Hinge (profile name {name}) is now turning "
    "up outside my work at {company} on {landmark}. He found my home address ({address}) "
    "somehow. Case {ticket}, pls escalate",
    "Safety check-in: date starts {time} at Nando's {landmark}. If I don't check in by "
    "{clock}, alert {other1} on {phone}.\nMatch: {other2}",
)

_COURSECERT = (
    'Hello, the certificate for "Data Analysis with Python" shows my name as {last} '
    "{first} instead of {name}. Could you reissue? Learner ID {order}, account {email}. "
    "Thanks!",
    "Proctored exam ID check failed?? I uploaded my passport {passport} and the name "
    "matches: {name}, born {dob}. Proctor said webcam IP {ip} was flagged. Exam: AWS "
    "Solutions Architect, slot {clock}",
    "Team, pls pay for {other1}'s Ada Lovelace Academy cert ({price}) on the company card "
    "{card}, exp 09/27. Approved by our {title}.\n- {first}",
)

_LOCKSMITH = (
    "locked out of my flat at {address} keys inside need someone asap im outside with "
    "the dog call {phone} my name is {name} can pay card",
    "hi was quoted {price} for the yale euro cylinder swap but got charged more on invoice "
    "{invoice} card was {card} can you refund the difference ty {name}",
    "car locksmith needed {vehicle} reg {plate} lost the only key in the tesco car park "
    "in {home} its my partners car {other2} her licence is {dl} if you need proof",
)

_PESTCONTROL = (
    "hi yeah i'm calling about the rats in the loft my name is {name} the address is "
    "{address} and you can call me back on {phone_sp} after five",
    "it's for the wasp nest under the eaves can i pay now the card number is {card_sp} and "
    "the name on the card is {other1} and the email for the receipt is {email_sp}",
    "hello this is {first} from the flats at {address_sp} we've got bed bugs again since "
    "tuesday the managing agent is {company} and their contact is {other2} my number is "
    "{phone_sp}",
)

# --- Romanian --------------------------------------------------------------------------

_RO_ADOPTIE = (
    "Către DGASPC Sector 3,\n"
    "Subsemnații {name}, CNP {cnp}, și {other1}, domiciliați în {address}, solicităm "
    "evaluarea în vederea obținerii atestatului de familie adoptatoare.\n"
    "Telefon: {phone}\nData: {date}",
    "Bună ziua doamna asistent social, vă trimit actele cerute: copie CI {ro_id}, "
    "adeverință de venit de la {company} și cazierul. Vizita la domiciliu ar putea fi "
    "{weekday} după {time}? Soțul meu, {other2}, e liber doar atunci.\nMulțumesc, {first}",
    "Fișă asistent maternal profesionist\n"
    "Nume | {last}\n"
    "Prenume | {first}\n"
    "Data nașterii | {dob}\n"
    "Localitate | {home}\n"
    "Email | {email}\n"
    "Copii în plasament: 2 (Centrul de plasament „Sf. Nicolae”)",
)

_RO_AMBASADA = (
    "Bună ziua, am programare pe e-consulat pt pașaport simplu electronic la Consulatul "
    "General al României la Milano, pe {date} ora {time}. Pașaportul vechi {passport} a "
    "expirat. Datele mele: {name}, CNP {cnp}, tel {phone_intl}.",
    "Declarație pierdere pașaport\n"
    "Subsemnatul {name}, născut la {dob}, posesor al CI {ro_id}, declar că pașaportul "
    "mi-a fost furat pe {landmark}, în {hub}, în data de {date}.\n"
    "Contact: {email}",
    "Programare confirmată nr. {order}\n"
    "Serviciu: transcriere certificat de naștere\n"
    "Titular: {last} {first}\n"
    "Adresă corespondență: {address_sp}\n"
    "Taxa consulară: {price}\n"
    "Vă rugăm să prezentați originalele la ghișeul din Strada Aurel Vlaicu.",
)

_RO_BURSA = (
    "Dosar bursă socială – Universitatea Babeș-Bolyai, Facultatea de Litere\n"
    "Student: {name}\n"
    "CNP: {cnp}\n"
    "An de studiu: II\n"
    "IBAN: {iban} (Banca Transilvania)\n"
    "Tel: {phone_nat}",
    "Bună ziua, sunt {first} {last}, am depus dosarul pt Bursa „Mihai Eminescu” pe {date}. "
    "Pe lista afișată apar cu media 8,45 dar eu am 9,45 in situatia scolara, cred că e o "
    "greșeală. Emailul meu instituțional e {email}.",
    "poți să-mi corectezi scrisoarea de motivație? „Mă numesc {name}, locuiesc în {home} "
    "și sunt elevă în clasa a XII-a la Colegiul Național „Andrei Șaguna”. Părinții mei, "
    "{other1} și {other2}, m-au susținut mereu, deși mama lucrează ca {job} în ture.”",
)

_RO_TRANSFER = (
    "Cerere de transfer – AJF Cluj\n"
    "Jucător: {name}, născut {dob}\n"
    "Club cedent: CS Universitatea Craiova (juniori U15)\n"
    "Club primitor: Academia de Fotbal Gheorghe Hagi\n"
    "Părinte/tutore: {other1}, tel {phone}",
    "Salut, sunt tatăl lui {first}, joacă la U13 la voi. Vrem să-l mutăm la CSS Dinamo, "
    "dar clubul actual ne cere {price} „taxă de formare”, e legal? Legitimația lui e "
    "{order}, CNP-ul copilului {cnp}.\nMersi, {last}",
    "Fișa de legitimare\n"
    "Nume și prenume | Data nașterii | CNP | Domiciliu\n"
    "{name} | {dob} | {cnp} | {address}\n"
    "Viza medicală: Policlinica Sportivă nr. 1, valabilă până în {year}",
)

_RO_ECHITATIE = (
    "Bună! Aș vrea s-o înscriu pe fiica mea, {other1}, la lecții de călărie pt începători, "
    "sâmbăta dimineața. Are 9 ani. Mai e disponibil poneiul Napoleon? 😊\n"
    "Eu sunt {name}, {phone}.",
    "Confirmare abonament 8 ședințe – Clubul Hipic „Regele Mihai”\n"
    "Client: {last} {first}\n"
    "Plata: card {card}, {price}\n"
    "Prima ședință: {weekday}, {time}, cu calul Ștefan cel Mare, manej acoperit",
    "buna ziua, pt asigurarea de accident ceruta de club va trimit: {name}, CI {ro_id}, "
    "data nasterii {dob}, adresa:\n{address_ml}\nMultumesc!",
)

_RO_APICULTORI = (
    "Asociația Crescătorilor de Albine, filiala {home}\n"
    "Cerere de înscriere\n"
    "Nume: {name}\n"
    "CNP: {cnp}\n"
    "Tel: {phone}\n"
    "Nr. familii de albine: {qty}, vatră stupină lângă Mănăstirea Sf. Ana",
    "Dragi colegi apicultori, {other1} vinde {qty} roiuri pe rame Dadant, {price}/buc. "
    "Sunați-l la {phone_nat} sau scrieți pe {email}. Predare la târgul de la {landmark}."
    "\nPupici, {first}",
    "Subvenție APIA apicultură – date pentru plată\n"
    "Titular: {name}\n"
    "IBAN: {iban}\n"
    "Cod registru apicol: RO-AP-4471\n"
    "Transport stupi: {vehicle}, nr. {plate}",
)

_RO_ADMINISTRATOR = (
    "Domnule administrator, îmi curge apa din tavanul băii de {weekday}. Vecinul de sus, "
    "{other1}, nu răspunde la ușă. Vă rog trimiteți instalatorul asociației.\n"
    "{name}, scara B, {phone}",
    "Sesizare reparații – Asociația de Proprietari Bloc M7\n"
    "Proprietar: {last}\n"
    "Adresa: {address}\n"
    "Interfonul nu merge, iar liftul Schindler stă din {date}. Am plătit întreținerea "
    "(chitanța {invoice}) din contul {iban}, deci vreau să știu pe ce se duc banii.",
    "Lista de la avizier cu restanțieri:\n"
    "Ap | Proprietar | Restanță\n"
    "3 | {other1} | {price}\n"
    "7 | {other2} | 212,00 lei\n"
    "11 | {name} | 1.050 lei\n"
    "Rugăm achitarea până pe {date}. Întrebări: {email}",
)

_RO_COSAR = (
    "Bună ziua, am nevoie de curățare coș de fum + verificare centrală (obligatoriu pt "
    "asigurarea PAD). Casa e în {home}, {address}. Sunt acasă doar {weekday}.\n"
    "{name} – {phone_nat}",
    "Proces-verbal de verificare coș de fum nr. {order}\n"
    "Beneficiar: {name}\n"
    "CI: {ro_id}\n"
    "Rezultat: admis, tiraj conform\n"
    "Următoarea verificare: {year}\n"
    "PV trimis pe {email}",
    "salut, coșarul trimis de voi a lăsat funingine pe tot covorul din sufragerie 😡 "
    "factura {invoice}, {price}. Vreau banii înapoi pe cardul {card}. Sunt {first}, "
    "soția lui {other2}.",
)

_RO_FOTO = (
    "Rezervare studio foto – ședință maternitate\n"
    "Data: {date}, ora {time}\n"
    "Client: {name}\n"
    "Telefon: {phone}\n"
    "Email: {email}\n"
    "Pachet Gold (30 fotografii editate) – {price}, avans achitat cu cardul {card}",
    "Bună! Ne trebuie poze de pașaport pt bebe, {other1}, are 4 luni. Ne puteți primi "
    "{weekday}? Sunt mama, {first}. Vă las numărul: {phone_intl} (e de Italia, nu vă "
    "speriați)",
    "Contract cesiune drepturi de imagine\n"
    "Fotograf: Studio Lumière / {company}\n"
    "Model: {name}, CNP {cnp}, domiciliat(ă) în:\n{address_ml}\n"
    "Utilizare: campanie {brand}, {year}",
)

_RO_ELECTORAL = (
    "Înregistrare ca alegător în străinătate – votstrainatate.ro\n"
    "Nume: {last}\n"
    "Prenume: {first}\n"
    "CNP: {cnp}\n"
    "Adresă în străinătate:\n{address_ml}\n"
    "Secție preferată: {hub}",
    "Bună ziua, la alegerile din {year} am fost trecut pe lista permanentă la secția din "
    "{home}, deși m-am mutat de 2 ani în București, pe {landmark}. Vreau mutarea pe lista "
    "corectă. CI {ro_id}, tel {phone}.\n{name}",
    "[{clock}] audit request_id={ticket} op=verify_voter ip={ip} cnp={cnp} dob={dob} "
    "notify={email} judet=CJ result=MATCH",
)

_RO_MOBILA = (
    "buna am comandat un dulap pax de la ikea comanda {order} si as vrea montaj la "
    "domiciliu adresa e {address} etaj 4 fara lift numele meu e {name} tel {phone}",
    "salut montatorul trimis {weekday} a spart usa de sticla de la vitrina hemnes vreau "
    "despagubire factura {invoice} platita cu cardul {card} sunt {other1} sotia lui {last}",
    "pt montaj birou si 2 rafturi in {home} va las datele pt factura pe persoana fizica "
    "{name} cnp {cnp} adresa {address_sp} email {email}",
)

_RO_TELEMEDICINA = (
    "bună ziua doamna doctor sunt {name} v am trimis analizele pe mail dar nu știu dacă au "
    "ajuns adresa mea de email e {email_sp} și numărul meu de telefon e {phone_sp}",
    "da deci pacienta este mama mea {other1} are șaptezeci și doi de ani și locuiește "
    "singură în {home} eu sunt fiica ei {first} și vă sun de la serviciu",
    "pentru plata consultației online vă dau cardul {card_sp} expiră în doi mii douăzeci "
    "și opt iar pe factură vă rog să treceți {name} adresa {address}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("plumber", "en", _PLUMBER)
    + _style("gassafe", "en", _GASSAFE)
    + _style("homecare", "en", _HOMECARE)
    + _style("physio", "en", _PHYSIO)
    + _style("fertility", "en", _FERTILITY)
    + _style("policereport", "en", _POLICEREPORT)
    + _style("jury", "en", _JURY)
    + _style("studentloan", "en", _STUDENTLOAN)
    + _style("datingsafety", "en", _DATINGSAFETY)
    + _style("coursecert", "en", _COURSECERT)
    + _style("locksmith", "en", _LOCKSMITH, lower=True)
    + _style("pestcontrol", "en", _PESTCONTROL, spoken=True),
    "ro": _style("ro-adoptie", "ro", _RO_ADOPTIE)
    + _style("ro-ambasada", "ro", _RO_AMBASADA)
    + _style("ro-bursa", "ro", _RO_BURSA)
    + _style("ro-transfer", "ro", _RO_TRANSFER)
    + _style("ro-echitatie", "ro", _RO_ECHITATIE)
    + _style("ro-apicultori", "ro", _RO_APICULTORI)
    + _style("ro-administrator", "ro", _RO_ADMINISTRATOR)
    + _style("ro-cosar", "ro", _RO_COSAR)
    + _style("ro-foto", "ro", _RO_FOTO)
    + _style("ro-electoral", "ro", _RO_ELECTORAL)
    + _style("ro-mobila", "ro", _RO_MOBILA, lower=True)
    + _style("ro-telemedicina", "ro", _RO_TELEMEDICINA, spoken=True),
}
