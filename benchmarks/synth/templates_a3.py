"""Generator A's dev3 templates (used with Faker values): the third tuning split.

Written 2026-12-06 by someone who never read the detector, separately from
``templates_b3.py`` and in other situations than ``templates_a.py`` and
``templates_a2.py``: WhatsApp and Slack exports with timestamps and speaker names,
tickets and admin panels pasted as ``key: value`` or ``key=value`` logs, CSV rows and
pipe tables, e-mail threads with quoted replies, ``cc:`` lines and signatures with job
titles, names after titles (Dr., Prof., Mrs, dl., dna), attendee and guest lists,
possessives ("{first}'s order", "comanda lui {first}"), names alone at the very start or
end of a message, addresses inside running sentences, payment confirmations, calendar
invitations, boarding-pass name order (``{last}/{first}``), Romanian-English code
switching, very informal Romanian without diacritics and spoken rambling with fillers.
Every template here is used by the dev3 split (none is held out).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_WHATSAPP = (
    "{date}, {time} - {first} {last}: are we still on for the {band} gig?\n{date}, {time} -"
    " {other1}: yes!! tickets were {price} each\n{date}, {time} - {first} {last}: <Media"
    " omitted>\n{date}, {time} - {first} {last}: send the money to my other number"
    " {phone_intl}",
    'Messages and calls are end-to-end encrypted.\n{time} - {name} created group "Flat 4B'
    ' bills"\n{time} - {name} added {other1}\n{time} - {other1}: electricity is {price}'
    " this month, pay to {iban} by {weekday} pls\n{time} - {name}: This message was deleted",
    "{time} - {other2}: who can drive the van to the {hub} market on {weekday}?\n{time} -"
    " {first}: me, licence {dl}, but I need the address\n{time} - {other2}: {address}, park"
    " behind the bakery\n{time} - {first}: 👍",
)
_SLACK = (
    "{name}  {time}\n@{first} can you check why the {company} invoice {invoice} bounced?"
    " their billing email is {email}\n:eyes: 2  :white_check_mark: 1\n\n{other1}  {time}\n"
    "replied to a thread: on it, the card on file {card} expired in {year}",
    "#ops-emea\n{other2} ({title})  {weekday} {time}\nheads up: {first} {last} from"
    " {company} called twice and wants a callback on {phone_intl} before the quarterly"
    " review. Ticket {ticket}, priority P2.",
    "{first} {last} joined #billing-escalations.\n{first} {last}: hi all, {title} at {org}"
    " here. order {order} for {qty} x {product} went to {address} instead of our {hub}"
    " office\nSlackbot: Only visible to you. Reminder set for {weekday} at {time}.",
)
_KVLOG = (
    'ts={ts} level=WARN svc=checkout msg="payment retry" order_id={order}'
    ' customer="{name}" email={email} card={card} client_ip={ip} amount="{price}"',
    "ticket: {ticket}\nstatus: open\nchannel: email\nrequester: {name}\nrequester_phone:"
    " {phone}\nrequester_city: {home}\nproduct: {product}\napp_version: {version}\n"
    "submitted_at: {ts}\nassignee: Tier 1 queue",
    "--- paste from the admin panel ---\nuser_id: 48213\ndisplay_name: {first}\nlegal_name:"
    " {first} {last}\ndob: {dob}\ntax_id: {nid}\nlast_login: {ts} from {ip}\nplan:"
    " Business, {price}/month",
)
_CSV = (
    "customer_name,email,phone,order_no,total\n"
    '"{name}",{email},{phone_nat},{order},{price}\n"{other1}",n/a,n/a,{order},{price}',
    "id;full_name;date_of_birth;passport;checked\n{qty};{last},"
    " {first};{dob};{passport};yes\nexported from the {org} HR tool on {date}",
    'Pasting the rows that failed the import:\nrow {qty}: "{name}", "{address}",'
    ' "{iban}" -> error: IBAN country mismatch\nrow {qty}: "{other2}", "", "" ->'
    " error: missing address",
)
_MAILCHAIN = (
    "Thanks {first}, that works for us.\n\nBest,\n{other1}\n{title} | {org}\n\nOn"
    " {weekday}, {date} at {time}, {name} <{email}> wrote:\n> Could we move the {product}"
    " demo to next week?\n> My mobile is {phone_intl} if that is easier.",
    "Hi all,\nlooping in {other2} (cc), who covers the {hub} accounts.\n\n{name}\n{job}\n"
    "{company}\nM: {phone}\n\n-----Original Message-----\nFrom: {other1}\nSent: {weekday}"
    " {time}\nSubject: RE: PO {invoice}\n\nApproved, {price} incl. VAT.",
    "cc: {other1}; {other2}\n\n+1 to what {first} said below. I sent the scan of my"
    " passport ({passport}) separately.\n\n> > {first} wrote: the deadline is {date}, the"
    " committee meets on {weekday}\n\n--\n{name}, {title}\nSent from my iPhone",
)
_TITLED = (
    "Dear Dr. {last},\n\nthank you for seeing my daughter on {weekday}. As requested, her"
    " date of birth is {dob} and our address is {address}.\n\nYours sincerely,\n{name}"
    " (parent)",
    "Prof. {name} (Chair), Dr. {other1} and Mr {other2} form the interview panel on {date}."
    " Candidates wait in room {qty}B of the {hub} campus from {time}; the committee sends"
    " its decision by {weekday}.",
    "Referral letter\nPatient: Mr {first} {last}, DOB {dob}\nInsurance no.: {nid}\nReferred"
    " by: Dr {other1}, general practitioner\nTo: Prof. {other2}, Department of Cardiology\n"
    "Reason: palpitations since {date}. Contact {phone}.",
)
_PANEL = (
    "Attendees: {name} ({org}), {other1} ({title}), {other2} (guest)\nApologies: the"
    " Finance team\nNext meeting: {weekday} {time}, room Cedar",
    "Speakers at the {hub} Retail Summit {year}:\n1. {other1}, {title}, {org}\n2. {name},"
    " founder of {company}\n3. {other2}, moderator\nTickets from {price}. Venue: Congress"
    " Hall, {landmark}.",
    "Who's coming on {weekday}?\n✅ {first}\n✅ {other1}\n❌ {other2} (flu)\n❓ {first}'s"
    " plus-one, ask on {phone_nat}\nBring-your-own, the barbecue starts at {time}.",
)
_POSSESSIVE = (
    "{first}'s order ({order}) and {other1}'s order were merged by mistake. Please split"
    " them and send {first}'s half to:\n{address_ml}",
    "Is this {name}'s {brand}? Found it in the {hub} office kitchen after Friday's"
    " all-hands. Claim it with Facilities before {time} or it goes to the charity box.",
    "Happy birthday to {first}! 🎂 The cake is in meeting room 3 at {time}. For {first}'s"
    " present, {price} each to my account {iban} ({other1}) by {weekday}.",
)
_EDGE = (
    "{name}\n\nPls call back re: invoice {invoice}, {price} overdue since {date}. {phone}",
    "Parcel {tracking} collected at {time} from the {hub} locker, compartment {qty}."
    " Signed: {first}",
    "{last} here. Card {card} was charged {price} on {weekday} for a {product} I never"
    " ordered.\n—{first}",
)
_COURIER = (
    "Driver note: {address} is a shared entrance, ring flat {qty}, not the shop. If nobody"
    " answers leave it at the {org} kiosk. Contact {first} on {phone_nat}",
    "I'm at {address} until {weekday}; after that please send my post to\n{address_ml}\n"
    "thank you so much, {name}",
    "Collection point changed: your {brand} is waiting on {landmark} (not at {address_sp})."
    " Bring photo ID; open until {time}. Reference {tracking}.",
)
_PAYMENT = (
    "Transfer confirmation {invoice}\nAmount: {price}\nBeneficiary: {name}\nIBAN: {iban}\n"
    "Reference: order {order}, {date}\nExecuted {ts}",
    "Please refund {price} (order {order}, bought {date} at {time}) to card {card}."
    " Questions: {phone}, weekdays 9:00 to 17:00, ask for {first}.",
    "Direct debit mandate {ticket}: {name}, born {dob}, tax ID {nid}, pays {price} a month"
    " from {iban}, first collection {weekday} {date}.",
)
_TABLE = (
    "| Name | Phone | Ticket | Due |\n|---|---|---|---|\n| {name} | {phone} | {ticket} |"
    " {date} |\n| {other1} | (on leave) | {ticket} | {weekday} |",
    "Van rota, {weekday}\n| shift | driver | licence |\n| 06:00 | {other1} | on file |\n|"
    " 14:00 | {first} {last} | {dl} |\nSwaps: text {phone_intl}",
    "Seat | Passenger | Document | Meal\n{qty}A | {last}/{first} | {passport} |"
    " vegetarian\n{qty}B | {other2} | — | standard\nFlight {flight}, gate closes at {time}",
)
_INVITE = (
    "Invitation: budget review @ {weekday} {date} {time} (CET)\nOrganizer: {name}"
    " <{email}>\nGuests: {other1}, {other2}, the Procurement team\nJoin: Teams, meeting ID"
    " {order}",
    "Updated invitation\n{title} interview: {name}\nWhen: {date}, {time}\nWhere: {org},"
    " {landmark}, 3rd floor\nCandidate phone: {phone_intl}\nPanel: {other1}, {other2}",
    "Accepted: Onboarding {weekday}\n{first} {last} has accepted this invitation.\nNote"
    " from {first}: I'm driving in from {home}, arriving around {time}; the parking permit"
    " needs my licence number, {dl}.",
)
_GAMER = (
    "lmao {first} just posted his whole address {address} in the public channel 💀 mods pls",
    "selling my {vehicle} dm me or text {phone_nat} ask for {first} no timewasters {price} firm",
    "does anyone know {name} from {home} they still owe me {price} for the {band} tickets",
)
_RAMBLE = (
    "um yeah hi so it's {first} uh {first} {last} and um i'm calling because the the"
    " {product} never arrived my number is {phone_sp}",
    "okay so basically uh i moved to {address} like last month and um my email is {email_sp} yeah",
    "right so the card is uh {card_sp} sorry yeah that's it and the name on it is {name} you know",
)
_RO_WHATSAPP = (
    "{date}, {time} - {name}: Vecini de la scara {qty}, mâine vine firma pentru lift între"
    " {time} și 16:00.\n{date}, {time} - {other1}: Mersi! Cine are cheia de la boxă?\n"
    "{date}, {time} - {name}: Eu, ap. {qty}. Sunați-mă la {phone}\n{date}, {time} -"
    " {other2}: Și cine a parcat {plate} în fața ușii?",
    "[{clock}] {first}: am plătit întreținerea, {price}, în contul {iban}\n[{clock}]"
    " Administrator bloc: ok, am primit\n[{clock}] {other2}: eu plătesc {weekday}, sunt în"
    " {hub} până atunci",
    "{time} - {other1} l-a adăugat pe {name}\n{time} - {name}: Bună seara tuturor! M-am"
    " mutat la {address}, sunt noul proprietar de la etajul {qty}\n{time} - {other1}: Bine"
    " ai venit! 🙂",
)
_RO_CORPO = (
    "Hey, am un call cu {first} {last} la {time} pentru deadline-ul de {weekday}. Poți să"
    " dai forward la oferta {invoice}? Mail-ul e {email}, iar pentru booking-ul de la"
    " Londra îți trimit eu pașaportul ({passport}).",
    "Update rapid: clientul {company} a dat approve la buget ({price}). {other1} face"
    " onboarding-ul, iar {name} rămâne point of contact, mobil {phone}. Let me know dacă e"
    " ok.",
    "Guys, meeting-ul de review se mută pe {date}, {time}. {first}, poți să faci tu share"
    " screen? Eu lucrez remote din {home} toată săptămâna. Thx!",
)
_RO_TITLURI = (
    "Stimată doamnă {last},\n\nvă confirmăm programarea la Dr. {other1} pentru {weekday},"
    " ora {time}. Vă rugăm să aveți la dumneavoastră buletinul (seria {ro_id}) și biletul"
    " de trimitere.\n\nCabinetul medical Sfânta Maria",
    "Dl. {last} și dna {other1} vor reprezenta asociația la ședința comisiei din {date}."
    " Pentru detalii, sunați-l pe dl. {last} la {phone}.",
    "Prof. univ. dr. {name}, decanul facultății, și ing. {other2}, coordonatorul"
    " proiectului, vă invită la lansarea raportului pe {date}, ora {time}, în Aula Magna.",
)
_RO_JURNAL = (
    "Tichet: {ticket}\nStare: deschis\nCanal: telefon\nSolicitant: {name}\nTelefon:"
    " {phone}\nCNP: {cnp}\nProblemă: {product} livrat greșit, comanda {order}\nPreluat de:"
    " Operator Call Center, tura de {weekday}",
    'eveniment=plata_esuata data={ts} client="{last} {first}" card={card}'
    ' suma="{price}" ip={ip} motiv=fonduri_insuficiente',
    "Jurnal autentificare {date}\nutilizator: {email}\nnume afișat: {first}\nadresă IP:"
    " {ip}\ndispozitiv: {version}\nstare: blocat după 3 încercări",
)
_RO_CSV = (
    "nume;prenume;cnp;telefon;localitate;ip\n{last};{first};{cnp};{phone};{home};{ip}\n"
    "export din aplicația {org}, {date}",
    '"Nr. crt.","Beneficiar","IBAN","Sumă"\n'
    '"{qty}","{name}","{iban}","{price}"\n"{qty}","{other1}","în'
    ' curs","{price}"',
    "Rândurile respinse la import:\nrândul {qty}: {name}; {address}; seria CI {ro_id} ->"
    " eroare: cod poștal lipsă\nrândul {qty}: {other2}; ; -> eroare: adresă goală",
)
_RO_CORESPONDENTA = (
    "Mulțumesc, {first}, e în regulă.\n\nCu stimă,\n{other1}\n{title}\n{org}\n\nÎn"
    " {weekday}, {date}, {name} <{email}> a scris:\n> Putem muta livrarea pentru {brand}"
    " săptămâna viitoare?\n> Mă găsiți la {phone}.",
    "Bună ziua,\nîl adaug în CC pe {other2}, care se ocupă de filiala {hub}.\n\n{name}\n"
    "{job}\n{company}\nTel.: {phone}\n\n-----Mesaj original-----\nDe la: {other1}\nTrimis:"
    " {weekday}, {time}\nSubiect: RE: comanda {order}\n\nAprobat, {price} cu TVA.",
    "cc: {other1}, {other2}\n\nSunt de acord cu {first}. Numărul meu de înmatriculare e"
    " {plate}, pentru parcarea de la sediu.\n\n> {first} a scris: termenul e {date},"
    " comisia se întrunește {weekday}\n\n--\n{name}, {title}\nTrimis de pe telefon",
)
_RO_PARTICIPANTI = (
    "Proces-verbal al ședinței consiliului de administrație din {date}\nPrezenți: {name}"
    " (președinte), {other1}, {other2}\nAbsent: reprezentantul {org}\nS-a aprobat bugetul"
    " de {price}.",
    "Cine vine {weekday} la grătar?\n✅ {first}\n✅ {other1}\n❌ {other2} (e în {hub})\n❓"
    " prietenul lui {first}, sună-l la {phone}",
    "Lista invitaților la lansarea {brand}: {other1}, {other2}, {name} (+1). Confirmări"
    " până {weekday} la {email}. Dress code: casual.",
)
_RO_POSESIV = (
    "Comanda lui {first} ({order}) și cea a lui {other1} au fost unite din greșeală. Vă rog"
    " să trimiteți partea lui {first} la:\n{address_ml}",
    "A cui e {brand} din frigiderul de la birou? Pe etichetă scrie „{first}”. Ce nu se"
    " ridică până {weekday} se aruncă. Echipa Facilities",
    "La mulți ani, {first}! 🎂 Tortul e în sala de ședințe la {time}. Pentru cadoul lui"
    " {first}, câte {price} în contul meu {iban} ({other1}).",
)
_RO_SEMNAT = (
    "{name}\n\nVă rog să mă sunați în legătură cu factura {invoice}, {price}, restantă din"
    " {date}. {phone}",
    "Coletul {tracking} a fost ridicat la {time} din easybox-ul din {hub}, compartimentul"
    " {qty}. Semnat: {first}",
    "{last} aici. Mi s-au luat {price} de pe cardul {card} {weekday} pentru o comandă pe"
    " care n-am făcut-o.\n— {first}",
)
_RO_LIVRARE = (
    "Curierul să lase coletul {tracking} la {address}, interfon {qty}, iar dacă nu răspunde"
    " nimeni, la chioșcul de lângă {landmark}. {first}",
    "Vă rog să schimbați adresa de facturare pentru contractul {invoice}:\n{address_ml}\n"
    "Titular: {name}, CI {ro_id}",
    "Ne vedem la {address}, etajul {qty}; la parter e firma {company}. Dacă te rătăcești,"
    " sună-mă: {phone}.",
)
_RO_PLATI = (
    "Ordin de plată {invoice}\nPlătitor: {name}\nIBAN plătitor: {iban}\nBeneficiar: {org}\n"
    "Sumă: {price}\nExplicații: contravaloare comanda {order} din {date}",
    "Vă rog să returnați {price} (comanda {order}, cumpărată pe {date} la ora {time}) pe"
    " cardul {card}. Pentru întrebări: {phone}, de luni până vineri, între 9 și 17. {first}"
    " {last}",
    "Am plătit la ghișeul din {hub} {price} pentru amenda {ticket}. Șofer: {name}, permis"
    " {dl}, mașina {plate}.",
)
_RO_INVITATIE = (
    "Invitație: analiză buget T{qty} @ {weekday} {date} {time}\nOrganizator: {name}"
    " <{email}>\nInvitați: {other1}, {other2}, departamentul Achiziții\nLink: Teams, ID"
    " întâlnire {order}",
    "Actualizat: interviu {title} cu {name}\nCând: {date}, {time}\nUnde: {org}, {landmark},"
    " etajul 3\nTelefon candidat: {phone}\nComisie: {other1}, {other2}",
    "Acceptat: instruire SSM {weekday}\n{first} {last} a acceptat invitația.\nNotă de la"
    " {first}: vin cu mașina {plate} din {home}, ajung pe la {time}.",
)
_RO_TABEL = (
    "Tură | Șofer | Permis | Nr. auto\n06:00 | {other1} | la dosar | —\n14:00 | {name} |"
    " {dl} | {plate}\nSchimburi de tură: {phone}",
    "Loc | Pasager | Act | CNP\n{qty}A | {last}/{first} | CI {ro_id} | {cnp}\n{qty}B |"
    " {other2} | — | —\nZbor {flight}, poarta se închide la {time}",
    "Clasa a VII-a B, ședința cu părinții de {weekday}\n| Elev | Părinte | Telefon |\n|"
    " {other1} | {name} | {phone} |\n| {other2} | în curs | — |",
)
_RO_ARGOU = (
    "frate {first} mi-a dat adresa lui {address} dar gps-ul zice ca nu exista lol",
    "vand {vehicle} acte la zi sunati la {phone} ziceti ca sunteti de la {first} nu raspund"
    " la nr privat",
    "nush daca {name} din {home} mai are bilete la {band} dar mi-a zis sa dau {price} pe"
    " {iban} asa ca idk",
)
_RO_VORBIT = (
    "păi deci ă sunt {first} {last} și ă sun pentru comanda {order} numărul meu e {phone_sp}",
    "da bună ziua ă adresa mea este {address} adică la blocul ăla de lângă {landmark}",
    "deci ă numele e {name} și cardul ă {card_sp} gen expiră anul viitor",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("whatsapp", "en", _WHATSAPP)
    + _style("slack", "en", _SLACK)
    + _style("kvlog", "en", _KVLOG)
    + _style("csv", "en", _CSV)
    + _style("mailchain", "en", _MAILCHAIN)
    + _style("titled", "en", _TITLED)
    + _style("panel", "en", _PANEL)
    + _style("possessive", "en", _POSSESSIVE)
    + _style("edge", "en", _EDGE)
    + _style("courier", "en", _COURIER)
    + _style("payment", "en", _PAYMENT)
    + _style("table", "en", _TABLE)
    + _style("invite", "en", _INVITE)
    + _style("gamer", "en", _GAMER, lower=True)
    + _style("ramble", "en", _RAMBLE, spoken=True),
    "ro": _style("ro-whatsapp", "ro", _RO_WHATSAPP)
    + _style("ro-corpo", "ro", _RO_CORPO)
    + _style("ro-titluri", "ro", _RO_TITLURI)
    + _style("ro-jurnal", "ro", _RO_JURNAL)
    + _style("ro-csv", "ro", _RO_CSV)
    + _style("ro-corespondenta", "ro", _RO_CORESPONDENTA)
    + _style("ro-participanti", "ro", _RO_PARTICIPANTI)
    + _style("ro-posesiv", "ro", _RO_POSESIV)
    + _style("ro-semnat", "ro", _RO_SEMNAT)
    + _style("ro-livrare", "ro", _RO_LIVRARE)
    + _style("ro-plati", "ro", _RO_PLATI)
    + _style("ro-invitatie", "ro", _RO_INVITATIE)
    + _style("ro-tabel", "ro", _RO_TABEL)
    + _style("ro-argou", "ro", _RO_ARGOU, lower=True)
    + _style("ro-vorbit", "ro", _RO_VORBIT, spoken=True),
}
