"""Generator B's dev3 templates (used with mimesis values): the third tuning split.

Written 2026-12-06 by someone who never read the detector, separately from
``templates_a3.py`` and in other situations than ``templates_b.py`` and
``templates_b2.py``: meeting transcripts and meeting chats with offsets and speakers,
issue trackers with ``@`` mentions and ``/cc``, JSON log lines and API payloads,
spreadsheet rows, long e-mail signatures with titles, degrees and disclaimers, tenancy
papers, clinic letters (Dr., Prof., dna, prof. dr.), conference programmes and sports
squads, classified ads, boarding passes and train tickets (``{last}/{first}``),
To/Cc/Bcc lines and distribution lists, parcel lockers and neighbours with addresses
inside sentences, expense claims, notices of a block of flats, Romanian-English code
switching, informal Romanian without diacritics and voice notes with fillers. Every
template here is used by the dev3 split (none is held out).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_MEETINGCHAT = (
    "Meeting transcript - Weekly sync - {date}\n0:00:04 {name}\nOkay, can everyone hear me?"
    " Uh, first item is the {hub} warehouse.\n0:00:19 {other1}\nYes. So, um, the {vehicle}"
    " lease ends on {weekday}.\n0:01:02 {name}\nRight. {first} will send the paperwork.",
    "{other2} started transcription\n00:02:11 {first} {last}: sorry, I was on mute. My new"
    " number is {phone_intl}, can someone update the directory?\n00:02:30 {other2}: Sure,"
    " done.\n{other2} stopped transcription",
    "Chat from the {org} town hall\n{time} From {name} to Everyone: can the slides be"
    " shared? my email is {email}\n{time} {name} joined from {ip}\n{time} From {other1} to"
    " Everyone: +1\n{time} From Host to {name}: sent, see ticket {ticket}",
)
_ISSUE = (
    "BUG {ticket}: export crashes on accented names\nReporter: {name}\nAssignee: {other1}\n"
    "Environment: {version}\nSteps: 1) log in as {email} 2) open Reports 3) click Export\n"
    "Seen at {ts} from {ip}",
    "Comment by {other1} ({title}), {date}:\n@{first} the customer's card {card} is still"
    " in plain text in the {org} logs, please purge it before the audit on {weekday}.\n\n"
    "Comment by {name}: on it.",
    "Closed as duplicate of {ticket}.\n/cc {other2}\nFor the record, the affected customer"
    " is {name}, refund IBAN {iban}, complaint logged on {date} at {time}.",
)
_JSONLOG = (
    '{"level": "error", "time": "{ts}", "msg": "address validation failed",'
    ' "customer": "{name}", "address": "{address}", "order": "{order}"}',
    'API response (trimmed):\n{\n  "id": "{order}",\n  "holder": "{first}'
    ' {last}",\n  "passport": "{passport}",\n  "dob": "{dob}",\n  "status":'
    ' "verified"\n}',
    'webhook payload: {"event": "subscription.renewed", "plan": "Pro", "amount":'
    ' "{price}", "customer_email": "{email}", "phone": "{phone}", "ip":'
    ' "{ip}"}',
)
_SHEET = (
    "Name\tRole\tMobile\tStart\n{name}\t{title}\t{phone}\t{date}\n{other1}\tIntern\t-\t{date}",
    "copied from the sign-up sheet:\nA{qty}: {first} {last} | {email} | {home} | paid"
    " {price}\nA{qty}: {other2} | pending | pending | 0",
    'SUM check failed on row {qty}: payee "{name}" / IBAN {iban} / amount {price} / ref {invoice}',
)
_SIGNOFF = (
    "Please find the signed quote attached.\n\nKind regards\n\n{name}\n{job} | {company}\n"
    "Direct: {phone_intl}\n{address}\n\nThis e-mail and any attachments are confidential."
    " If you are not the intended recipient, please notify the sender.",
    "Noted, thanks!\n\n--\n{first}\nSent from Outlook for Android\n"
    "________________________________\nFrom: {other1} <{email}>\nSent: {date} {time}\nTo:"
    " Customer Services\nSubject: Re: warranty claim {ticket}",
    "Best wishes,\nDr {name} MBE\nSenior Lecturer in Economics\nRoom {qty}, Adam Smith"
    " Building\nT: {phone}\nOffice hours: {weekday} {time}",
)
_TENANCY = (
    "TENANCY AGREEMENT\nLandlord: {other1}\nTenant: {name}, born {dob}\nID checked: driving"
    " licence {dl}\nProperty: {address}\nRent: {price} per calendar month, due on the"
    " {qty}th",
    "Hi, I'm the new tenant at {address}. Could the plumber come on {weekday} after {time}?"
    " The letting agent, {org}, said to text you. {first}, {phone_nat}",
    "Reference request for {name} (passport {passport}): tenant from {date} to {date}, rent"
    " {price}, always paid on time. Current landlord: {other2}.",
)
_CLINIC = (
    "Appointment reminder: {last}, {first} (DOB {dob}) with Dr. {other1}, Ear Nose and"
    " Throat clinic, {weekday} {time}. Reply C to cancel. Ref {order}.",
    "Discharge summary\nPatient: {name}\nInsurance no.: {nid}\nConsultant: Prof. {other2}\n"
    "Next of kin: {other1}, {phone}\nFollow-up in {qty} weeks at the {hub} outpatient unit",
    "Dear Prof. {last}, could my mother's prescription go to the pharmacy at {address}? Her"
    " date of birth is {dob}. Many thanks, {other1}",
)
_LINEUP = (
    "PROGRAMME\n09:30 Keynote: Prof. {name} ({org})\n10:15 Panel chaired by {other1},"
    " {title}\n11:00 Coffee, sponsored by {company}\n12:00 Closing remarks: {other2}",
    "U12 squad for {weekday}: {other1}, {other2}, {first} (captain). Kick-off {time} at the"
    " {hub} ground; {first}'s dad has the minibus, call {phone_nat} for a lift.",
    "Thanks to our volunteers {other1}, {other2} and {name}, the charity quiz raised"
    " {price} for the hospice. Next quiz on {date}; book a table via {email}.",
)
_LISTING = (
    "FOR SALE: {vehicle}, {year}, {qty},000 miles, one owner. {price} ono. Viewing at"
    " {address}. Call or text {first} on {phone}.",
    "Free to a good home: {product} ({measure}). Collection only from {home}, {weekday}"
    " after {time}. Message {name} here, no calls please.",
    "Lost: black wallet near {landmark} on {date}. Reward {price}. If found please ring"
    " {phone_intl} and ask for {first} {last}.",
)
_BOARDING = (
    "BOARDING PASS\nNAME: {last}/{first} MR\nFLIGHT: {flight}  GATE: B{qty}  SEAT: {qty}C\n"
    "BOARDING: {time}\nDOC: {passport}\nBooking ref {order}",
    "E-ticket receipt\nPassenger name: {last}/{first}\nFrequent flyer: none\nForm of"
    " payment: card {card}\nIssued {ts} by {org}\nTotal {price}",
    "Train ticket {invoice}\n{hub} -> Vienna, coach {qty}, seat 45\nValid for: {name}, date"
    " of birth {dob}\nID required at inspection: {nid}",
)
_RECIPIENTS = (
    "To: {email}\nCc: {other1}; {other2}; Accounts Receivable\nBcc: the Board\nSubject:"
    " Statement {invoice} ({price})\n\nDear {first}, please see the attached statement.",
    "Reply-all from {name}: please take me off this list, I left {company} in {year}. My"
    " personal address is {email}.\nX-Originating-IP: [{ip}]",
    "Distribution list ops-{hub}: {other1} (lead), {other2}, {first} {last} (from {date}),"
    " Night shift, Security desk",
)
_LOCKER = (
    "Your parcel {tracking} could not be delivered to {address} because nobody was home. It"
    " is now at the {org} point on {landmark}. Pick-up code {qty}{qty}.",
    "Driver {other1} here, I'm outside {address_sp} but the gate is locked. Can you come"
    " down? {org}",
    "Your neighbour at {address} took in your {brand}. Signed by {name} at {time}."
    " Questions: {phone_nat}",
)
_EXPENSE = (
    "Expense claim {invoice}\nEmployee: {name} ({job})\nCard: corporate, {card}\nItems:"
    " taxi {price}, hotel {price}, dinner with {other1} of {org} {price}\nApproved by:"
    " {title}",
    "Mileage claim: {qty} trips {hub} - {home} in my {vehicle}, {qty} km each, driving"
    " licence {dl}. Pay to {iban}. {first} {last}",
    "Receipt lost for {weekday} ({price}, {org} canteen). Claimant {name}, staff number"
    " {qty}{qty}, tax ID {nid}.",
)
_FORUM = (
    "update for anyone who cares {first} from the {hub} store finally refunded me {price}"
    " after 3 weeks",
    "pls dont share but my email is {email} and im in {home} if anyone has a spare {brand}",
    "ok who is {name} and why is their card {card} on my receipt from {org}",
)
_VOICENOTE = (
    "hey uh it's me {first} um just to say i'm running late the the train from {hub} is"
    " delayed call me on {phone_sp} ok bye",
    "hi yes so er my name is {name} i'm i'm at {address} and erm the boiler's broken again",
    "so like the email is {email_sp} no sorry um yeah that's right and the order's {order}",
)
_RO_SEDINTA = (
    "Transcriere ședință {date}\n0:00:05 {name}\nBun, mă auziți? Ă, primul punct e"
    " depozitul din {hub}.\n0:00:21 {other1}\nDa. Deci contractul de leasing pentru"
    " {vehicle} expiră {weekday}.\n0:01:10 {name}\nPerfect, {first} trimite actele și copia"
    " după permis, {dl}.",
    "Chat din ședința de {weekday}\n{time} {other2}: cine ține prezentarea?\n{time} {first}"
    " {last}: eu, dar am rămas fără baterie, sunați-mă pe {phone}\n{time} {other2}: ok",
    "{other1} a pornit înregistrarea\n00:04:12 {name}: scuze, eram pe mute. Adresa nouă de"
    " facturare e {address}.\n00:04:40 {other1}: am notat, mulțumesc",
)
_RO_TICHET = (
    "Bug {ticket}: exportul nu merge pentru nume cu diacritice\nRaportat de: {name}\n"
    "Asignat: {other1}\nVersiune: {version}\nReproducere: login cu {email}, Rapoarte,"
    " Export\nIP: {ip}",
    "Comentariu de la {other1} ({title}), {date}:\n@{first} cardul clientului, {card},"
    " apare în clar în loguri. Te rog să-l ștergi până {weekday}.",
    "Închis ca duplicat al {ticket}.\n/cc {other2}\nClientul afectat: {name}, CNP {cnp},"
    " IBAN {iban}, ultima autentificare de pe {ip}.",
)
_RO_JSON = (
    '{"nivel": "eroare", "mesaj": "adresă invalidă", "client": "{name}",'
    ' "adresa": "{address}", "comanda": "{order}", "ip": "{ip}", "ora":'
    ' "{ts}"}',
    'Răspuns API:\n{\n  "titular": "{last} {first}",\n  "cnp": "{cnp}",\n '
    ' "serie_ci": "{ro_id}",\n  "stare": "validat"\n}',
    'payload: {"eveniment": "abonament.reînnoit", "suma": "{price}", "email":'
    ' "{email}", "telefon": "{phone}", "nr_auto": "{plate}"}',
)
_RO_AVIZIER = (
    "AVIZIER bloc {qty}, scara B\nRestanțe la {date}:\n- ap. {qty}, {name}: {price}\n- ap."
    " {qty}, {other1}: {price}\nPlata la administrator, {weekday} între {time} și 19:00.",
    "Anunț: {weekday} se oprește apa caldă între {time} și 14:00. Pentru urgențe:"
    " administratorul {other2}, {phone}. Comitetul asociației de proprietari",
    "Subsemnatul {name}, proprietar al apartamentului de la {address}, CI seria {ro_id},"
    " solicit înlocuirea contorului de apă rece.",
)
_RO_SEMNATURA = (
    "Vă trimit oferta semnată în atașament.\n\nCu deosebită considerație,\n\n{name}\n"
    "{title} | {company}\nMobil: {phone}\n{address}\n\nAcest mesaj este confidențial. Dacă"
    " l-ați primit din greșeală, vă rugăm să-l ștergeți.",
    "Am notat, mersi!\n\n--\n{first}\nTrimis de pe iPhone\n"
    "________________________________\nDe la: {other1} <{email}>\nTrimis: {date} {time}\n"
    "Către: Relații Clienți\nSubiect: Re: garanție {ticket}",
    "Cu stimă,\nConf. univ. dr. {name}\nFacultatea de Științe Economice, sala {qty}\nTel.:"
    " {phone}\nUniversitatea Babeș-Bolyai",
)
_RO_CHIRIE = (
    "CONTRACT DE ÎNCHIRIERE nr. {invoice}\nProprietar: {other1}\nChiriaș: {name}, CNP"
    " {cnp}\nImobil: {address}\nLoc de parcare pentru {plate}\nChirie: {price} pe lună,"
    " plătibilă până pe {qty} ale lunii",
    "Bună ziua, sunt noul chiriaș de la {address}. Poate veni instalatorul {weekday} după"
    " {time}? Agenția {org} mi-a zis să vă scriu. {first}, {phone}",
    "Recomandare pentru {name} (pașaport {passport}): a stat în chirie la mine din {date},"
    " a plătit mereu la timp cei {price}. {other2}",
)
_RO_CLINICA = (
    "Reamintire programare: {last} {first}, născut(ă) pe {dob}, la Dr. {other1}, cabinet"
    " ORL, {weekday}, ora {time}. Răspundeți NU pentru anulare.",
    "Bilet de externare\nPacient: dna {name}\nCNP: {cnp}\nMedic curant: prof. dr."
    " {other2}\nAparținător: {other1}, tel. {phone}\nControl peste {qty} săptămâni la"
    " ambulatoriul din {hub}",
    "Domnule doctor {last}, puteți trimite rețeta mamei mele la farmacia de la {address}?"
    " Data ei de naștere: {dob}. Mulțumesc, {other1}",
)
_RO_ANUNT = (
    "VÂND {vehicle}, an {year}, {qty}0.000 km, unic proprietar, înmatriculat {plate}. Preț"
    " {price}, negociabil. Vizionare în {home}. Tel. {phone}, {first}",
    "Dau gratis {product}, ridicare de la {address}, {weekday} după {time}. Scrieți-mi pe"
    " chat, nu răspund la telefon. {name}",
    "PIERDUT portofel negru lângă {landmark} pe {date}, cu buletinul (seria {ro_id}) pe"
    " numele {name}. Recompensă {price}. Sunați la {phone}.",
)
_RO_EASYBOX = (
    "Coletul {tracking} nu a putut fi livrat la {address}, nu era nimeni acasă. Îl găsiți"
    " la punctul {org} de pe {landmark}, cod de ridicare {qty}{qty}.",
    "Sunt curierul, {other1}, sunt jos la {address} dar interfonul nu merge. Coborâți? Sameday",
    "Vecinul de la {address} a primit {brand} pentru dumneavoastră. Semnat de {name}, la"
    " {time}. Întrebări: {phone}",
)
_RO_DECONT = (
    "Decont {invoice}\nAngajat: {name} ({job})\nCard firmă: {card}\nTaxi {price}, hotel"
    " {price}, cină cu {other1} de la {org} {price}\nAprobat: {title}",
    "Decont kilometri: {qty} drumuri {hub} - {home} cu {vehicle}, nr. {plate}, câte {qty}"
    " km, șofer cu permisul {dl}. Plata în {iban}. {first} {last}",
    "Am pierdut bonul de {weekday} ({price}, cantina {org}). Solicitant {name}, marca"
    " {qty}{qty}, CNP {cnp}.",
)
_RO_PROGRAM = (
    "PROGRAM\n09:30 Deschidere: prof. univ. dr. {name} ({org})\n10:15 Panel moderat de"
    " {other1}, {title}\n11:00 Pauză de cafea oferită de {company}\n12:00 Concluzii:"
    " {other2}",
    "Lotul U12 pentru meciul de {weekday}: {other1}, {other2}, {first} (căpitan). Începem"
    " la {time} pe stadionul din {hub}; tatăl lui {first} are microbuzul, sunați la"
    " {phone}.",
    "Mulțumim voluntarilor {other1}, {other2} și {name}! Am strâns {price} pentru adăpostul"
    " de animale. Următorul eveniment: {date}, înscrieri la {email}.",
)
_RO_BILET = (
    "CARTE DE ÎMBARCARE\nNUME: {last}/{first}\nZBOR: {flight}  POARTA: {qty}  LOC: {qty}C\n"
    "ÎMBARCARE: {time}\nDOCUMENT: {ro_id}",
    "Bilet CFR {invoice}\n{hub} - București Nord, vagonul {qty}, locul 45\nCălător: {name},"
    " CNP {cnp}\nPlătit cu cardul {card}, {price}",
    "Legitimație de călătorie elev: {name}, născut(ă) pe {dob}, valabilă până la {date}."
    " Eliberată la casa de bilete din {hub}.",
)
_RO_MIXT = (
    "Hi {first}, am văzut ticket-ul {ticket}. Clientul e super upset, zice că a plătit"
    " {price} și n-a primit nimic. Îl suni tu? {phone}. Thanks!",
    "Quick one: pentru KYC am nevoie de copia după ID-ul lui {name} (seria {ro_id}), de"
    " permisul {dl} și de un proof of address, gen o factură la {address}. ASAP pls",
    "Sorry de delay, am fost OOO până {weekday}. {other1} a preluat account-ul {company};"
    " eu rămân în cc. Best, {first}",
)
_RO_GRUP = (
    "ma {first} a pus adresa lui {address} pe grupul clasei 💀 stergeti",
    "scz ca scriu aici dar cine e {name} si de ce apare cardul {card} pe bonul meu",
    "sal am gasit un portofel la {landmark} cu buletinul lui {name} din {home} dati share",
)
_RO_MESAJVOCAL = (
    "alo ă bună sunt eu {first} deci întârzii trenul din {hub} are întârziere sună-mă la"
    " {phone_sp} bine pa",
    "bună ziua da deci ă mă numesc {name} sunt la {address} și ă centrala iar nu merge",
    "păi emailul e {email_sp} nu stai ă da așa e și comanda e {order}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("meetingchat", "en", _MEETINGCHAT)
    + _style("issue", "en", _ISSUE)
    + _style("jsonlog", "en", _JSONLOG)
    + _style("sheet", "en", _SHEET)
    + _style("signoff", "en", _SIGNOFF)
    + _style("tenancy", "en", _TENANCY)
    + _style("clinic", "en", _CLINIC)
    + _style("lineup", "en", _LINEUP)
    + _style("listing", "en", _LISTING)
    + _style("boarding", "en", _BOARDING)
    + _style("recipients", "en", _RECIPIENTS)
    + _style("locker", "en", _LOCKER)
    + _style("expense", "en", _EXPENSE)
    + _style("forum", "en", _FORUM, lower=True)
    + _style("voicenote", "en", _VOICENOTE, spoken=True),
    "ro": _style("ro-sedinta", "ro", _RO_SEDINTA)
    + _style("ro-tichet", "ro", _RO_TICHET)
    + _style("ro-json", "ro", _RO_JSON)
    + _style("ro-avizier", "ro", _RO_AVIZIER)
    + _style("ro-semnatura", "ro", _RO_SEMNATURA)
    + _style("ro-chirie", "ro", _RO_CHIRIE)
    + _style("ro-clinica", "ro", _RO_CLINICA)
    + _style("ro-anunt", "ro", _RO_ANUNT)
    + _style("ro-easybox", "ro", _RO_EASYBOX)
    + _style("ro-decont", "ro", _RO_DECONT)
    + _style("ro-program", "ro", _RO_PROGRAM)
    + _style("ro-bilet", "ro", _RO_BILET)
    + _style("ro-mixt", "ro", _RO_MIXT)
    + _style("ro-grup", "ro", _RO_GRUP, lower=True)
    + _style("ro-mesajvocal", "ro", _RO_MESAJVOCAL, spoken=True),
}
