"""Generator A's blind templates (used with Faker values): blind held-out templates,
written 2026-12-06 by someone who never read the detector; never tune on them.

They feed only the ``blind`` split, which is measured once, as the honest figure of how
the redactor generalises: nobody looks at its messages or leak examples, and no rule,
list or model is changed because of them. Written without opening the detector's code,
rules, lists or any generated set, separately from ``templates_b4.py`` and in other
wording and situations than every other template file: a web shop's returns portal and
exchange requests, number porting, broadband faults and SIM swaps, a fintech app's
frozen cards, mistaken transfers and failed identity checks, GP and clinic bookings, car
servicing and an insurer's repair request, lettings enquiries, holding deposits and a
purchase offer, university registry requests, Erasmus+ forms and resit fees, meter
readings, utility bill queries and move-out notices, parking permits, council tax and
benefit forms (primărie, evidența persoanelor, ANAF), forwarded e-mails (``Begin
forwarded message:``, ``>>>`` quotes), pasted documents (new-starter forms, a letter of
authority, a delivery note, an employment form, a leave request), hotel changes, coach
transfer lists and a cancelled ferry, lower-case chat without punctuation,
Romanian-English code switching and call-centre speech. Every template here is used by
the blind split (none is held out).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_RETURNSDESK = (
    "Returns portal, step 3 of 4\nReason: arrived with a scratched lid\nItem: {product}"
    " x{qty}, order {order}\nRefund method: original card ({card})\nCollection from:"
    " {address}\nContact name: {name}, mobile {phone}\nPlease print the label before"
    " {weekday}.",
    "Hello, I bought two {brand} at the {hub} outlet on {date} and one is the wrong size."
    " Can I swap it by post instead of going back to the shop? I'm {first} {last}, the"
    " receipt number is {invoice}. Please send the exchange to\n{address_ml}",
    "Your return {order} has been inspected. Outcome: partial refund of {price} because the"
    " original packaging was missing. The money goes back to the IBAN you gave us, {iban},"
    " within {qty} working days. Account holder on file: {name}. Our Returns team works"
    " Monday to Saturday.",
)
_TELCO = (
    "Hi, I want to bring my number over from my old provider. Number to port: {phone_intl}."
    " Account holder: {name}, date of birth {dob}. The porting code arrived by text on"
    " {weekday}. I'd like the {price} unlimited plan with {pct} off for two years.",
    "Fibre fault {ticket}: the line at {address} has been dead since {time} yesterday and"
    " the router (firmware {version}) shows a red LOS light. An engineer can come any day"
    " except {weekday}. Best number: {phone_nat}. Thanks, {first}",
    "SIM swap request\nCustomer: {first} {last}\nID shown in store: passport {passport}\n"
    "Old SIM last seen: {ts} from {ip}\nNew eSIM activated by: {title}, {hub} store\n"
    "Roaming bundle: {pct} used",
)
_FINTECH = (
    "In-app chat\nYou: my card got frozen after I paid {price} at {org}, can you unfreeze"
    " it? the card is {card}\nSupport: Thanks for waiting! For security, please confirm"
    " your date of birth and the email on the account.\nYou: {dob}, {email}",
    "I sent {price} by instant transfer to the wrong IBAN, {iban}, on {date} at {time}. The"
    ' reference said "rent". Can you recall it? My own account is in the name of {name}'
    " and I live in {home}. Transaction ID {order}.",
    "Verification failed, please retry\nDocument type: national ID\nDocument number:"
    " {nid}\nName as on document: {last} {first}\nSelfie check: passed ({pct} match)\n"
    "Device: {version}, IP {ip}\nAttempt {qty} of 5",
)
_SURGERY = (
    "Online booking request - Riverside Medical Practice\nPatient: {name}\nDOB: {dob}\n"
    "Insurance number: {nid}\nReason: repeat prescription review, asthma\nPreferred slot:"
    " {weekday} after {time}\nCall back on: {phone}",
    "Hello, I need to rebook my son's blood test. He is {other1}, born {dob}, and the"
    " appointment was on {date} at {time} with the phlebotomy nurse. We have moved to"
    " {address}, so a clinic nearer to us would be better. Thanks, {first}",
    "Your appointment is confirmed.\n{weekday} {date}, {time}, Physiotherapy, room {qty},"
    " Florence Nightingale Wing\nPatient: {first} {last}\nPlease bring photo ID and arrive"
    " 10 minutes early. Reminders go to {email}.",
)
_GARAGE = (
    "Hi, can I book my {vehicle} in for its annual service and a brake check on {weekday}?"
    " I can drop it off at {time}. I'll need a courtesy car; my licence number is {dl}."
    " {name}, {phone}",
    "Job card {invoice}\nCustomer: {name}\nVehicle: {vehicle}, {qty}0,000 km\nWork: timing"
    " belt, {qty} tyres, wiper blades\nLabour {price}, parts {price}\nPaid by card {card}"
    " on {date}\nService adviser: {other1}",
    "The insurer told me to send you this: my {vehicle} was hit from behind on {landmark}"
    " on {date}. Other driver: {other2}. My policy is with {org}, number {order}. Driver:"
    " me, {first} {last}, licence {dl}, living at {address}. Could your bodywork team quote"
    " by {weekday}?",
)
_LETTINGS = (
    "Enquiry via the property portal\nListing: two-bed flat near {landmark}, {price} pcm\n"
    "From: {name}\nEmail: {email}\nMessage: Could I view it on {weekday} evening? I"
    " currently live in {home} and work as a {job}.",
    "Holding deposit receipt\nReceived from: {first} {last}\nAmount: {price}\nPaid from:"
    " {iban}\nProperty: {address_ml}\nThe deposit will be protected within 30 days. Signed"
    " for the agency by {other1}, {title}.",
    "Offer letter: I, {name}, offer {price} for the house at {address}, subject to survey"
    " and mortgage. My solicitors are Harper & Lowe LLP. First-time buyer, no chain."
    " Contact {phone_intl} or {email}.",
)
_REGISTRAR = (
    "Dear Registry,\nplease issue an official transcript for my {year} graduation. Student"
    " ID {order}, full name {name}, date of birth {dob}. Send the sealed copy to:\n"
    "{address_ml}\nThank you,\n{first}",
    "Erasmus+ nomination form\nHome university: Universitatea Alexandru Ioan Cuza\nHost:"
    " Ada Lovelace School of Computing, {hub}\nStudent: {last}, {first}\nPassport:"
    " {passport}\nEmail: {email}\nCredits: {qty} ECTS, autumn semester",
    "Resit fee not showing?? I paid {price} on {date} with card {card}, module CS{qty}01,"
    " exam on {weekday} at {time} in the Alan Turing Building. My student email is {email}."
    " - {first} {last}",
)
_METER = (
    "Meter reading submitted\nAccount: {order}\nSupply address: {address}\nElectricity:"
    " {qty}482 kWh (day), {qty}17 kWh (night)\nRead on: {date}\nSubmitted by: {name} from"
    " {ip}",
    "Hello, why is my gas bill {price} this quarter? Last quarter it was half that. Bill"
    " {invoice}, direct debit from {iban}. Nobody has read the meter since {date}. Please"
    " ring me on {phone_nat} after {time}. {first} {last}",
    "We move out on {date}. Please close the water account for {address} and send the final"
    " bill to our new address:\n{address_ml}\nAccount holder {name}, born {dob}.",
)
_COUNCIL = (
    "Resident parking permit application\nApplicant: {name}\nAddress in the zone:"
    " {address}\nVehicle: {vehicle}\nDriving licence number: {dl}\nProof of residence:"
    " council tax bill {invoice}\nFee: {price} for 12 months",
    "Council tax, single person discount, change of circumstances: {first} {last} has lived"
    " alone at {address} since {date}. National insurance number {nid}. Reference {order}."
    " Please reply to {email}.",
    "I'm applying for a blue badge for my father, {other1}, who lives in {home}. My details"
    " as the person filling in the form: {name}, {phone}, {email}. His GP is at the Marie"
    " Curie Medical Centre. The mobility assessment is on {weekday} at {time}.",
)
_FORWARDED = (
    "Begin forwarded message:\n\nFrom: {name} <{email}>\nDate: {date} at {time}\nTo:"
    " Customer Relations\nSubject: Damaged {product}\n\nHello, the box was crushed and what"
    " was inside is broken. Order {order}.\n\nSending this on as nobody replied. {first}",
    "FYI see below, can the Billing team pick this up?\n\n-- forwarded by {other1}"
    " ({title}) --\n> My card {card} was charged {price} twice for invoice {invoice}.\n>"
    " Please refund one of them to {iban}.\n> {name}, {phone_intl}",
    "Forwarding from my personal inbox because the work one blocks attachments.\n\n>>>"
    " {email} {date} {time} >>>\nHi, attached are my passport ({passport}) and a proof of"
    " address for {address} for the {company} onboarding.\nRegards, {first} {last}",
)
_PASTED = (
    "NEW STARTER DETAILS (please type)\nSurname: {last}   Forename(s): {first}\nDate of"
    " birth: {dob}   NI number: {nid}\nHome address: {address_ml}\nBank account: {iban}\n"
    "Job title: {job}   Start date: {date}\nEmergency contact: {other1}, {phone}",
    "LETTER OF AUTHORITY\nI, {name}, of {address}, authorise {other2} to collect parcel"
    " {tracking} on my behalf. My ID: passport {passport}.\nSigned ________   Date {date}",
    "DELIVERY NOTE {invoice}\nDeliver to: {name}\n{address_sp}\nTel: {phone_intl}\nQty "
    " Description\n{qty}   {product}\n{qty}   {brand}\nDriver signature: on handset   Time:"
    " {time}",
)
_HOTELSTAY = (
    "Hi, we have a booking at your hotel near {landmark} from {date} for {qty} nights,"
    " confirmation {order}. Could you add a cot and make it a twin room? Lead guest {name},"
    " card guarantee {card}. We land on {flight} around {time}.",
    "Passenger list, {hub} coach transfer\n1. {name}, passport {passport}, born {dob}\n2."
    " {other1}, passport on file\n3. {other2}, child seat\nPick-up: arrivals hall, {time};"
    " the driver holds a sign with the agency logo.",
    "Our ferry was cancelled and we had to stay an extra night in {hub}. Can you refund the"
    " unused night of booking {invoice} ({price})? Refund to {iban}, please. We are back"
    " home in {home} now. {first} {last}, {email}",
)
_LOWCHAT = (
    "hey so the {product} i got on {weekday} doesnt turn on at all can someone call me on"
    " {phone} im {first}",
    "hi need to change delivery to my work addr {address} before the driver leaves the"
    " {hub} depot order {order} thx {name}",
    "is this the right chat for refunds my iban is {iban} name on the account {name} and i"
    " live in {home} now",
)
_CALLCENTRE = (
    "thank you for holding yes so my name is {name} and i'm ringing about the broadband the"
    " fault number is {ticket} and you can reach me on {phone_sp}",
    "okay let me find it the card number is {card_sp} and the expiry is er next year and"
    " the billing address is {address}",
    "yeah my date of birth is {dob} and the email on the account should be {email_sp} but i"
    " might have used my work one",
)
_RO_RETUR = (
    "Formular de retur\nNumăr comandă: {order}\nProdus: {product}, cantitate {qty}\nMotiv:"
    " nu corespunde descrierii\nRambursare în contul: {iban}\nTitular cont: {name}\n"
    "Telefon: {phone}\nCurierul vine să ridice coletul {weekday}, între {time} și 18:00.",
    "Bună ziua, am cumpărat {brand} din magazinul vostru din {hub} pe {date} și s-a"
    " descusut după o săptămână. Vreau să-l schimb, nu să primesc banii înapoi. Sunt"
    " {first} {last}, bonul fiscal are numărul {invoice}. Mă găsiți la {email}.",
    "Returul {order} a fost recepționat în depozit. Vi se restituie {price} pe cardul"
    " {card} în {qty} zile lucrătoare. Echipa de Relații Clienți vă stă la dispoziție de"
    " luni până vineri. Client: {name}, {address}.",
)
_RO_OPERATOR = (
    "Vreau să port numărul {phone} de la vechiul operator la voi. Titular: {name}, CNP"
    " {cnp}. Codul de portare a venit prin SMS {weekday}. Aș lua abonamentul de {price} pe"
    " lună, cu {pct} reducere la fidelizare.",
    "Deranjament internet fix, tichet {ticket}. La adresa {address} nu merge nimic de ieri"
    " de la ora {time}; routerul (firmware {version}) clipește roșu. Tehnicianul poate veni"
    " oricând, mai puțin {weekday}. Tel. {phone}, {first}",
    "Cerere de înlocuire SIM\nClient: {last} {first}\nAct prezentat în magazin: CI seria"
    " {ro_id}\nUltima folosire a cartelei vechi: {ts}, IP {ip}\nOperator: {title},"
    " magazinul din {hub}",
)
_RO_BANCA = (
    "Chat în aplicație\nTu: mi s-a blocat cardul după o plată de {price} la {org}, cardul e"
    " {card}\nAsistent virtual: Pentru siguranță, vă rugăm să confirmați data nașterii și"
    " adresa de e-mail.\nTu: {dob}, {email}",
    "Am trimis din greșeală {price} prin transfer instant în contul {iban}, pe {date} la"
    " ora {time}. La detalii am scris „chirie”. Se poate anula? Contul meu e pe numele"
    " {name} și locuiesc în {home}. ID tranzacție {order}.",
    "Verificare identitate eșuată\nTip document: carte de identitate\nSerie și număr:"
    " {ro_id}\nCNP: {cnp}\nNume: {last} {first}\nPotrivire selfie: {pct}\nÎncercarea {qty}"
    " din 5",
)
_RO_POLICLINICA = (
    "Cerere programare - Institutul de Pneumoftiziologie Marius Nasta\nPacient: {name}\n"
    "CNP: {cnp}\nData nașterii: {dob}\nSpecialitate: pneumologie, control anual\nInterval"
    " preferat: {weekday} după {time}\nTelefon: {phone}",
    "Bună ziua, aș vrea să reprogramez analizele fiicei mele, {other1}, născută pe {dob}."
    " Programarea era pe {date}, la ora {time}, la laboratorul de la etajul {qty}. Ne-am"
    " mutat la {address}, așa că ne-ar conveni altă locație. Mulțumesc, {first}",
    "Programarea dumneavoastră este confirmată: {weekday}, {date}, ora {time}, cabinetul de"
    " recuperare medicală, sala {qty}.\nPacient: {first} {last}\nVă rugăm să aveți"
    " buletinul (seria {ro_id}) și cardul de sănătate. Notificările se trimit la {email}.",
)
_RO_SERVICE = (
    "Bună, aș vrea să programez {vehicle} cu numărul {plate} la revizie și ITP {weekday}. O"
    " las la {time} dimineața. Am nevoie de o mașină la schimb; permisul meu este {dl}."
    " {name}, {phone}",
    "Deviz {invoice}\nClient: {name}\nAutovehicul: {vehicle}, {plate}, {qty}0.000 km\n"
    "Lucrări: kit distribuție, {qty} anvelope, ștergătoare\nManoperă {price}, piese"
    " {price}\nAchitat cu cardul {card} pe {date}\nConsilier service: {other1}",
    "Asiguratorul mi-a spus să vă trimit asta: mi-a intrat cineva în spate pe {landmark},"
    " pe {date}. Vinovat: {other2}. Polița RCA e la {org}, nr. {order}. Șofer: eu, {first}"
    " {last}, permis {dl}, mașina {plate}. Puteți face devizul până {weekday}?",
)
_RO_IMOBILIARE = (
    "Mesaj de pe portalul imobiliar\nAnunț: apartament cu 2 camere lângă {landmark},"
    " {price}/lună\nDe la: {name}\nE-mail: {email}\nMesaj: Pot veni la vizionare {weekday}"
    " seara? Acum stau în {home} și lucrez ca {job}.",
    "Chitanță avans rezervare\nAm primit de la: {first} {last}, CI seria {ro_id}\nSuma:"
    " {price}\nDin contul: {iban}\nImobil: {address_ml}\nSemnează pentru agenție: {other1},"
    " {title}",
    "Ofertă de cumpărare: subsemnatul {name}, CNP {cnp}, ofer {price} pentru apartamentul"
    " de la {address}, cu condiția aprobării creditului ipotecar. Notar: Biroul Notarial"
    " Ionescu și Asociații. Telefon {phone}.",
)
_RO_SECRETARIAT = (
    "Către Secretariatul Facultății de Litere,\nSubsemnata {name}, născută pe {dob},"
    " absolventă a promoției {year}, vă rog să-mi eliberați o adeverință de studii. Număr"
    " matricol {order}. Adresa de corespondență:\n{address_ml}\nCu mulțumiri, {first}",
    "Formular de mobilitate Erasmus+\nUniversitatea de origine: Universitatea de Vest din"
    " Timișoara\nStudent: {last} {first}\nCNP: {cnp}\nPașaport: {passport}\nE-mail:"
    " {email}\nCredite: {qty} ECTS, semestrul de toamnă",
    "Nu mi-a apărut plata pentru reexaminare?? Am plătit {price} pe {date} cu cardul"
    " {card}, examenul e {weekday} la {time} în Aula Mihai Eminescu. E-mailul"
    " instituțional: {email}. – {first} {last}",
)
_RO_UTILITATI = (
    "Autocitire index transmisă\nCod client: {order}\nLoc de consum: {address}\nIndex"
    " energie electrică: {qty}482 kWh\nData citirii: {date}\nTransmis de: {name}, de pe IP"
    " {ip}",
    "Bună ziua, de ce am factura la gaze de {price} luna asta? Factura {invoice}, plată"
    " prin debit direct din {iban}. N-a mai venit nimeni să citească contorul din {date}."
    " Sunați-mă la {phone} după ora {time}. {first} {last}",
    "Ne mutăm pe {date}. Vă rog să închideți contractul de apă pentru {address} și să"
    " trimiteți factura finală la noua adresă:\n{address_ml}\nTitular: {name}, CNP {cnp}",
)
_RO_PRIMARIE = (
    "Cerere abonament de parcare rezidențială\nSolicitant: {name}\nCNP: {cnp}\nDomiciliu:"
    " {address}\nAutovehicul: {vehicle}, nr. de înmatriculare {plate}\nTaxă: {price}/an\n"
    "Către Direcția Generală de Poliție Locală",
    "Programare la Serviciul de Evidență a Persoanelor pentru buletin nou: {weekday},"
    " {date}, ghișeul {qty}, ora {time}. Solicitant: {first} {last}, CI expirată seria"
    " {ro_id}. Aduceți certificatul de naștere în original.",
    "Bună ziua, depun declarația la ANAF în numele mamei mele, {other1}, care locuiește în"
    " {home}. Datele mele: {name}, {phone}, {email}. Înregistrată cu nr. {invoice} la"
    " Administrația Finanțelor Publice Sector {qty}.",
)
_RO_REDIRECTIONAT = (
    "---------- Mesaj redirecționat ----------\nDe la: {name} <{email}>\nData: {date},"
    " {time}\nCătre: Relații Clienți\nSubiect: {product} deteriorat\n\nCutia a venit"
    " strivită, comanda {order}.\n\nVă trimit din nou, n-am primit niciun răspuns. {first}",
    "Pentru echipa de facturare, vezi mai jos.\n\n-- redirecționat de {other1} ({title})"
    " --\n> Cardul meu {card} a fost debitat de două ori cu {price} pentru factura"
    " {invoice}.\n> Vă rog să returnați o plată în {iban}.\n> {name}, {phone}",
    "Îți dau forward din mailul personal, cel de serviciu blochează atașamentele.\n\n>>>"
    " {email}, {date} >>>\nBună, atașez buletinul (seria {ro_id}) și o factură de utilități"
    " pe adresa {address}, pentru onboarding-ul la {company}.\n{first} {last}",
)
_RO_ANGAJARE = (
    "FIȘĂ ANGAJAT NOU\nNume: {last}   Prenume: {first}\nCNP: {cnp}   Serie CI: {ro_id}\n"
    "Domiciliu: {address_ml}\nCont salariu: {iban}\nFuncție: {job}   Data angajării:"
    " {date}\nContact în caz de urgență: {other1}, {phone}",
    "Bun venit în echipă! Prima zi: {weekday}, {date}, la ora {time}, la recepția clădirii"
    " de pe {landmark}. Te așteaptă {other2}, {title}. Până atunci trimite-ne, te rog,"
    " copia permisului de conducere ({dl}) pentru mașina de serviciu, un {vehicle}.\n"
    "Departamentul Resurse Umane",
    "Cerere de concediu de odihnă\nSubsemnatul {name}, angajat în funcția de {job}, solicit"
    " {qty} zile de concediu începând cu {date}. Înlocuitor: {other1}. Telefon pe durata"
    " concediului: {phone}.",
)
_RO_AMESTEC = (
    "Hello, am plasat order-ul {order} pe site, dar payment-ul a dat fail de două ori cu"
    " cardul {card}. Mă puteți ajuta? Sunt {name}, my number is {phone}. Thanks!",
    "Hi team, vă scriu în numele {company}: avem nevoie de invoice pe firmă, nu pe persoană"
    " fizică. Contact person: {first} {last}, {email}. Shipping la {address}, please, nu la"
    " depozitul din {hub}.",
    "Quick question: pot face pickup {weekday} la {time}? Vin eu, {first}, cu mașina"
    " {plate}. Dacă nu e ok, call me la {phone} sau trimite-mi un mesaj pe WhatsApp.",
)
_RO_MINUSCULE = (
    "buna am primit {product} dar e spart de tot ma puteti suna la {phone} sunt {first}",
    "salut vreau sa schimb adresa de livrare pe {address} ca nu sunt acasa {weekday}"
    " comanda {order} {name}",
    "pt retur iban-ul meu e {iban} pe numele {name} si acum stau in {home} mersi",
)
_RO_APEL = (
    "da bună ziua mă numesc {name} și sun pentru deranjamentul de la internet numărul"
    " tichetului e {ticket} mă puteți suna înapoi la {phone_sp}",
    "stați să-l găsesc deci cardul este {card_sp} și adresa de facturare e {address}",
    "data nașterii este {dob} iar emailul din cont ar trebui să fie {email_sp} dar poate am"
    " pus-o pe cea de la serviciu",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("returnsdesk", "en", _RETURNSDESK)
    + _style("telco", "en", _TELCO)
    + _style("fintech", "en", _FINTECH)
    + _style("surgery", "en", _SURGERY)
    + _style("garage", "en", _GARAGE)
    + _style("lettings", "en", _LETTINGS)
    + _style("registrar", "en", _REGISTRAR)
    + _style("meter", "en", _METER)
    + _style("council", "en", _COUNCIL)
    + _style("forwarded", "en", _FORWARDED)
    + _style("pasted", "en", _PASTED)
    + _style("hotelstay", "en", _HOTELSTAY)
    + _style("lowchat", "en", _LOWCHAT, lower=True)
    + _style("callcentre", "en", _CALLCENTRE, spoken=True),
    "ro": _style("ro-retur", "ro", _RO_RETUR)
    + _style("ro-operator", "ro", _RO_OPERATOR)
    + _style("ro-banca", "ro", _RO_BANCA)
    + _style("ro-policlinica", "ro", _RO_POLICLINICA)
    + _style("ro-service", "ro", _RO_SERVICE)
    + _style("ro-imobiliare", "ro", _RO_IMOBILIARE)
    + _style("ro-secretariat", "ro", _RO_SECRETARIAT)
    + _style("ro-utilitati", "ro", _RO_UTILITATI)
    + _style("ro-primarie", "ro", _RO_PRIMARIE)
    + _style("ro-redirectionat", "ro", _RO_REDIRECTIONAT)
    + _style("ro-angajare", "ro", _RO_ANGAJARE)
    + _style("ro-amestec", "ro", _RO_AMESTEC)
    + _style("ro-minuscule", "ro", _RO_MINUSCULE, lower=True)
    + _style("ro-apel", "ro", _RO_APEL, spoken=True),
}
