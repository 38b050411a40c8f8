"""Generator A's dev6 templates (used with Faker values): the sixth tuning split.

Written without reading the detector (its code, rules, lists or models), without running
it or the benchmark and without opening a generated set, separately from
``templates_b11.py`` and in situations and wording that none of the other readable
template files has: an office Secret Santa draw with a pipe table of givers and
receivers, stag and hen weekend plans, wedding RSVP sheets as CSV rows and reply cards,
flatmates splitting bills with house-meeting minutes and action items, a film extras
agency (a forwarded-message header, a registration form, a booking confirmation), a
clinical trial's screening log and a JSON-like e-consent record, prison visit bookings,
objections and comments on a planning application, git commit trailers, a security note
and a code review, one-line formal statements of the kind a generic PII evaluation set
holds, lower-case texts to a babysitter full of abbreviations and emergency and police
calls with fillers ("um", "uh", "so yeah"; in Romanian "ă", "păi", "deci"). Names stand
at the start, in the middle and at the end of sentences, in possessives, in lists and
table cells, after titles (Dr, Mrs, dr., doamna), next to job titles and as the owners
of e-mail addresses in ``Author:`` lines; addresses on one line and over several lines,
phone numbers in national and international shapes, birth dates with and without a cue,
passport, licence and national ID numbers after their cue words. Much of the text that
must be kept looks personal: capitalised sentence openers and form labels, brands and
firms (Ryanair, TeamSport, Castel Film, Digi), studios, pubs, institutes and hospitals,
weekdays, months, times, amounts, flight, ticket, application and commit numbers, study
codes, wedding tables named after herbs (Rosemary, Lavender), a series called "Vlad",
job titles, departments and towns used as offices and unit bases. Every template here
is used by the dev6 split (none is held out).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_SECRETSANTA = (
    "Secret Santa 🎅 The draw for the Leeds office is done! You are buying for {name}"
    " (Credit Control, 2nd floor). Budget {price}, wrapped and under the tree in Reception"
    " by {weekday}. Amazon charged my card {card} twice for my own gift, so expect a late"
    " one from me. Not a word to {other1}!",
    "Remote Secret Santa, Customer Onboarding team\n| Giver | Receiver | Ship to |\n|"
    " {other1} | {name} | {address} |\n| {first} | {other2} | collect from the Leeds office"
    " |\nGifts must arrive before {date}. Spend limit {price}.",
    "Hi {first}, thanks for organising the swap again! I've moved since last Christmas, so"
    " please send mine to:\n{address_ml}\nNo Ferrero Rocher please, I'm allergic to nuts."
    " Season's greetings from all of us in Payroll!\n{other1}",
)
_HENDO = (
    "{other1}'s stag do, FINAL PLAN 🍻\nFri: flight {flight} from Stansted, meet at the"
    " Wetherspoons by Gate 12 at {time}\nSat: go-karting at TeamSport. They want licence"
    " numbers in advance, mine is {dl}\nDeposits of {price} to me, {name}, IBAN {iban}. No"
    " excuses this time.",
    "Hen weekend update 💃 Bride-to-be: {other2}. Organiser: {name}, {phone_intl}. The"
    " cottage in the Cotswolds is booked for {qty} of us. I put the whole deposit on my card"
    " ({card}), so please send me your share before {date}. Saturday night dress code:"
    " anything pink!",
    "Passport check for Lisbon ✈️ {first}, the name on the booking has to match your"
    " passport exactly. I've put you down as {name}, passport {passport}, born {dob}. Shout"
    " if anything is wrong before I press Confirm on Ryanair. We fly {weekday} at {time}.",
)
_RSVPSHEET = (
    'guest,party_size,menu,table,contact\n"{name}",2,Vegetarian,Table 4 (Lavender),{email}'
    '\n"{other1}",1,Chicken,Table 7 (Rosemary),{phone}',
    "RSVP\nJoyfully accepts: Yes ✔\nGuest name(s): {first} {last} and {other2}\nDietary"
    " requirements: gluten free\nThe song that will get you dancing: Mr Brightside\nWe're"
    " staying at the Old Rectory B&B, so please post the save-the-date card to {address}.",
    "Dear {other1} and family,\nThank you so much for inviting us to the wedding on {date}!"
    " Sadly {other2} is working in {city} that weekend, so it will just be me. Please put me"
    " down for the salmon.\nWarmly,\n{name}\n{phone_nat}",
)
_FLATSHARE = (
    "House meeting, {weekday}, at {address}\nPresent: {first}, {other1}, {other2}\n1."
    " Broadband: switching to Virgin Media at {price} a month.\nACTION: {first} to set up"
    " the direct debit from {iban}.\n2. Cleaning rota: bathroom this week is {other1}.\nNext"
    " meeting after the Bank Holiday.",
    "Bills for March 💡\nGas (British Gas): {price}\nWater (Thames Water): {price}\nSplit"
    " four ways as usual. {other2} still owes for February. Pay {name}, account {iban}, or"
    " on Monzo with the reference FLAT BILLS.",
    "Hey {other1}, the letting agents at {company} want ID from everyone on the new tenancy."
    " I've sent mine already: {name}, driving licence {dl}, DOB {dob}. Can you send yours"
    " before Friday? The viewing for the empty room is at {time}.",
)
_CASTINGCALL = (
    "---------- Forwarded message ---------\nFrom: Extras Desk, Northlight Casting\nDate:"
    " {date}\nSubject: Fwd: Crowd call, period drama\nTo: {email}\n\nHi {first}, you are"
    " pencilled for {weekday} as a Victorian market trader. Call time {time} at Pinewood"
    " Studios, Gate 3. Costume fitting with {other1} straight after.",
    'EXTRAS REGISTRATION\nName: {name}\nDOB: {dob}\nHeight: 5\'9"  Chest: 40"\nHair:'
    " auburn, shoulder length\nSkills: horse riding, fencing, Grade 5 piano\nPhone:"
    " {phone}\nNational ID (for payroll): {nid}\nSubmitted from {ip} on {date}",
    "Confirmed: Mrs {last} is booked as a background commuter on Day 12 of 'Northern"
    " Line'. The rate is {price} a day, paid to {iban} within 30 days. Bring your passport"
    " ({passport}) for the right-to-work check; {other2} from Production will meet you at"
    " the unit base in {city}.",
)
_TRIALSCREEN = (
    "Screening log, Study CARDIO-7 (Phase II), Site 04\nParticipant: {name}\nDOB: {dob}\n"
    "National ID: {nid}\nEligible: YES (BMI 27.4, no beta blockers)\nConsent taken by Dr"
    " {other1}, Research Nurse present.\nVisit 2 booked for {date} at {time}.",
    '{"participant": "{name}", "dob": "{dob}", "arm": "placebo", "site": "{city}",'
    ' "econsent_ip": "{ip}", "signed_at": "{ts}", "coordinator": "{other2}"}',
    "Hello {first}, this is the Respiratory Research Unit at St Bartholomew's. Thank you for"
    " your interest in the ASTHMA-CARE study. Before your first visit on {weekday}, please"
    " confirm your home address ({address}) and the name of your GP practice. Travel costs"
    " up to {price} are refunded. Any questions, ring {other1} on {phone_nat}.",
)
_PRISONVISIT = (
    "Visit booking confirmed\nPrisoner: {other1}, Wing C\nLead visitor: {name}, born {dob}"
    "\nAdditional visitor: {other2}\nDate: {date}, afternoon session {time}\nPhoto ID:"
    " passport {passport} or driving licence {dl}. Arrive 45 minutes early. No mobile phones"
    " beyond the Gate Lodge.",
    "Dear Governor,\nI am writing to ask for a visiting order to see my brother, {other2},"
    " who was moved to HMP {city} last month. My details are {name}, {address}, telephone"
    " {phone}. I last visited on {date} under booking reference {ticket}.\nYours"
    " sincerely",
    "SOCIAL VISIT FORM\nVisitor surname: {last}\nForename: {first}\nRelationship to"
    " prisoner: partner\nIdentity document: national ID card {nid}\nVehicle: {vehicle}"
    " (Visitors' Car Park B)\nVisitors may not bring food, cash over {price} or sealed"
    " letters.",
)
_PLANNING = (
    "Objection to planning application 24/01873/FUL (two-storey rear extension)\nName:"
    " {name}\nAddress: {address}\nComments: The extension will overshadow our garden and"
    " kitchen, and we were never notified by letter. {other1}, two doors down, shares these"
    " concerns.",
    "Dear Planning Officer,\n\nRe: Land adjacent to the Old Mill, application {ticket}\n\nI"
    " support this scheme. The village has had no new affordable homes since {year}. My"
    " neighbour {other2} and I would be glad to speak at the Planning Committee on"
    " {weekday}.\n\nYours faithfully,\n{first} {last}\n{email}",
    "Public comment received {ts}\nCommenter: {name} (resident of {home})\nStance: Object\n"
    "Summary: Traffic on {landmark} already queues at school time and the new Lidl would"
    " add {qty} delivery lorries a day.\nCase officer: {other1}",
)
_GITLOG = (
    "commit 3f9a2c1e7b\nAuthor: {name} <{email}>\nDate:   {weekday} {date} {time}\n\n    Fix"
    " rounding in invoice totals ({ticket})\n\n    Reported-by: {other1}\n    Reviewed-by:"
    " {other2}",
    "Security note: brute-force attempts against the staging login from {ip} since {clock}."
    " The account targeted belongs to {first} {last} ({email}). Rotated the key, blocked"
    " the range and pinged {other1} in Platform Engineering. Hotfix {version} is live.",
    "Code review on PR 482, 'Add Romanian locale to checkout'\n{other2}: LGTM, but the test"
    " fixture still has a real-looking phone number, {phone_intl}. Swap it?\n{first}: Done,"
    " and I removed the IP {ip} from the sample logs.\nMerged by {name} at {clock}.",
)
_ONELINE = (
    "The applicant, {name}, resides at {address} and was born on {dob}.",
    "{first}'s number is {phone} and the card on file is {card}.",
    "According to the records, {last} holds passport {passport}, driving licence {dl} and"
    " national ID {nid}.",
)
_SITTERTXT = (
    "hi its {first} {last} the mum of the twins from the nextdoor app r u free sat nite 7"
    " till 11 were at {address} £10 ph pls txt back on {phone_nat}",
    "thx 4 tonite the kids loved u btw {other1} will drop u home nxt time in the {vehicle}"
    " if thats ok sent u 40 quid to {iban} lmk if it doesnt come thru",
    "kids in bed by 8 if theres an emergency ring me on {phone} or my sister {other2} whos"
    " 5 mins away in {home} wifi pw is on the fridge x",
)
_DISPATCH = (
    "ambulance service whats the address of the emergency um yeah it's {address} second"
    " floor the buzzer's broken okay and the patient's name it's my dad {other1} he's"
    " breathing but he's really grey okay and your name {name}",
    "okay so yeah i'm calling back about the crash on the ring road uh my name's {first}"
    " {last} my number is {phone_sp} and the other driver was um a lady in a {vehicle} she"
    " said her name was {other2}",
    "police non emergency is this about something happening now uh no it's my car someone"
    " took the plates off last night i'm {name} date of birth {dob} i live in {home} and um"
    " the email for the crime reference is {email_sp}",
)

_RO_MOSUL = (
    "🎅 S-a făcut tragerea la sorți pentru Moș Crăciun secret! Tu îi cumperi cadou lui {name}"
    " de la Contabilitate, etajul 3. Bugetul e de {price}. Cadourile se lasă sub bradul de"
    " la recepție până {weekday}. Nu-i spune nimic lui {other1}!",
    "Schimbul de cadouri, echipa Suport Clienți\n| Cine dăruiește | Cui | Unde ajunge |\n|"
    " {other1} | {name} | {address} |\n| {first} | {other2} | se ridică de la biroul din"
    " {city} |\nTermen: {date}.",
    "Bună, {first}! Mersi că te ocupi iar de Moșul secret. M-am mutat între timp, așa că"
    " trimite cadoul la:\n{address_ml}\nFără ciocolată, vă rog, sunt la dietă 😅 Sărbători"
    " fericite de la toată echipa de Logistică!\n{other1}",
)
_RO_BURLACI = (
    "Burlăcia lui {other1} 🍻 PLANUL FINAL\nVineri: zborul {flight} din Otopeni, ne vedem la"
    " {time} la Plecări\nSâmbătă: karting la Ploiești, vor seria permisului dinainte, a mea"
    " e {dl}\nMergem cu mașina mea, {plate}. Avansul de {price} mi-l trimiteți mie, {name},"
    " în contul {iban}.",
    "Fetelor, cabana de la Bran e rezervată pentru {qty} persoane! Mireasa: {other2}. Eu,"
    " {name}, am plătit tot avansul cu cardul meu ({card}), așa că vă rog să-mi dați partea"
    " voastră până pe {date}. Sâmbătă seara ne îmbrăcăm în roz!",
    "{first}, la biletele pentru Barcelona numele trebuie să fie exact ca în pașaport. Te-am"
    " trecut ca {name}, pașaport {passport}, născut(ă) pe {dob}. Zi-mi dacă e ceva greșit"
    " până apăs pe Confirmă la Wizz Air. Plecăm {weekday} la {time}.",
)
_RO_CONFIRMARI = (
    "invitat;persoane;meniu;masa;contact\n{name};2;vegetarian;Masa 4 (Lavanda);{email}\n"
    "{other1};1;pește;Masa 7 (Rozmarin);{phone}",
    "Confirmare participare\nVenim: Da ✔\nNumele invitaților: {first} {last} și {other2}\n"
    "Restricții alimentare: fără gluten\nMelodia care vă scoate la dans: Sarmalele reci\n"
    "Dormim la Pensiunea Casa Veche, deci trimiteți invitația la {address}.",
    "Dragă {other1},\nMulțumim din suflet pentru invitația la nunta din {date}! Din păcate"
    " {other2} e de tură la {city} în weekendul acela, așa că vin doar eu. Pentru mine"
    " meniul cu somon, vă rog.\nCu drag,\n{name}\n{phone_nat}",
)
_RO_COLOCATARI = (
    "Ședința apartamentului, {weekday}, la {address}\nPrezenți: {first}, {other1}, {other2}"
    "\n1. Internet: trecem la Digi, {price} pe lună.\nDE FĂCUT: {first} face debitul direct"
    " din contul {iban}.\n2. Curățenia la baie săptămâna asta: {other1}.",
    "Întreținerea pe martie 💡\nGaze (Engie): {price}\nCurent (Enel): {price}\nÎmpărțim la"
    " patru, ca de obicei. {other2} n-a dat încă pe februarie. Banii la {name}, contul"
    " {iban}, sau pe Revolut.",
    "{other1}, proprietara vrea buletinele tuturor pentru noul contract. Eu i-am trimis"
    " deja: {name}, CI {ro_id}, CNP {cnp}. Trimite-le și tu la agenția {company} până"
    " vineri. Vizionarea pentru camera liberă e la {time}.",
)
_RO_FIGURATIE = (
    "---------- Mesaj redirecționat ---------\nDe la: Departamentul Figurație, Castel Film\n"
    "Data: {date}\nSubiect: Fwd: Chemare figurație, film de epocă\nCătre: {email}\n\nBună,"
    " {first}! Ești pe listă {weekday}, ca negustor în piața medievală. Sosirea la {time},"
    " platoul 5 de la Buftea. Proba de costum o faci cu {other1}.",
    "ÎNSCRIERE FIGURANȚI\nNume: {name}\nData nașterii: {dob}\nÎnălțime: 1,78 m\nPăr:"
    " șaten, lung\nAbilități: călărie, dans popular, vioară\nTelefon: {phone}\nCNP (pentru"
    " contract): {cnp}\nTrimis de la IP {ip} pe {date}",
    "Confirmat: doamna {last}, figurantă în ziua 12 de filmare la serialul „Vlad”."
    " Onorariul de {price} pe zi se virează în {iban} în 30 de zile. Aduceți cartea de"
    " identitate ({ro_id}); {other2} de la Producție vă așteaptă la baza din {city}.",
)
_RO_STUDIUCLINIC = (
    "Jurnal de screening, studiul CARDIO-7 (faza II), centrul 04\nParticipant: {name}\n"
    "Data nașterii: {dob}\nCNP: {cnp}\nEligibil: DA (IMC 27,4, fără betablocante)\n"
    "Consimțământ luat de dr. {other1}, de față cu asistenta de cercetare.\nVizita 2: {date},"
    " ora {time}.",
    '{"pacient": "{name}", "data_nasterii": "{dob}", "brat": "placebo", "centru": "{city}",'
    ' "ip_consimtamant": "{ip}", "semnat_la": "{ts}", "coordonator": "{other2}"}',
    "Bună ziua, {first}! Vă scriem de la Centrul de Cercetare Clinică al Institutului Marius"
    " Nasta. Înainte de prima vizită, de {weekday}, vă rugăm să ne confirmați adresa de"
    " domiciliu ({address}) și medicul de familie. Decontăm transportul până la {price}."
    " Pentru întrebări: {other1}, {phone_nat}.",
)
_RO_PENITENCIAR = (
    "Programare vizită confirmată\nDeținut: {other1}, secția C\nVizitator principal: {name},"
    " născut(ă) la {dob}\nÎnsoțitor: {other2}\nData: {date}, ora {time}\nPrezentați"
    " buletinul ({ro_id}) sau pașaportul ({passport}). Telefoanele se lasă la punctul de"
    " control.",
    "Către Penitenciarul {city},\nSubsemnata {name}, domiciliată în {address}, vă rog să-mi"
    " aprobați o vizită la fratele meu, {other2}, transferat luna trecută. Ultima vizită a"
    " fost pe {date}, cu programarea {ticket}. Telefon: {phone}.",
    "FORMULAR VIZITATOR\nNume: {last}\nPrenume: {first}\nGrad de rudenie: soție\nCNP: {cnp}"
    "\nAutoturism: {vehicle}, nr. {plate} (parcarea vizitatorilor)\nNu se primesc"
    " alimente, sume mai mari de {price} sau scrisori sigilate.",
)
_RO_URBANISM = (
    "Obiecție la PUZ-ul pentru terenul fostei fabrici Tehnometal (bloc P+10)\nNume: {name}\n"
    "Domiciliu: {address}\nObservații: Blocul ne lasă grădina în umbră toată ziua și nu am"
    " primit nicio notificare. Vecinul {other1} are aceleași obiecții.",
    "Stimate domnule arhitect-șef,\n\nÎn legătură cu autorizația de construire {ticket}"
    " pentru terenul de lângă Moara Veche, vă scriu că susțin proiectul. Din {year} nu s-a"
    " mai construit nicio locuință socială în comună. Vecinul meu, {other2}, și cu mine"
    " vrem să luăm cuvântul în ședința de {weekday}.\n\nCu stimă,\n{first} {last}\n{email}",
    "Comentariu public înregistrat la {ts}\nPersoana: {name} (locuiește în {home})\nPoziție:"
    " împotrivă\nPe scurt: Pe {landmark} se stă deja la coadă dimineața, iar noul Kaufland"
    " ar aduce încă {qty} camioane pe zi.\nResponsabil de dosar: {other1}",
)
_RO_COMMIT = (
    "commit 8e41d0b2a9\nAuthor: {name} <{email}>\nDate:   {date} {time}\n\n    fix: calculul"
    " TVA pe facturi ({ticket})\n\n    Raportat-de: {other1}\n    Revizuit-de: {other2}",
    "Incident de securitate: încercări repetate de login pe staging de la {ip} începând cu"
    " {clock}. Contul vizat e al lui {first} {last} ({email}). Am rotit cheia, am blocat"
    " range-ul și l-am anunțat pe {other1} de la Platform Engineering. Hotfix-ul {version}"
    " e în producție.",
    "Review la PR-ul 482, «Adaugă localizarea românească la checkout»\n{other2}: LGTM, dar"
    " în fixture a rămas un CNP care pare real, {cnp}. Îl schimbi?\n{first}: Gata, am scos"
    " și IP-ul {ip} din logurile de exemplu.\nMerge făcut de {name} la {clock}.",
)
_RO_DECLARATII = (
    "Solicitantul, {name}, domiciliază în {address} și s-a născut la {dob}.",
    "Telefonul lui {first} este {phone}, iar cartea de identitate are seria și numărul {ro_id}.",
    "Conform dosarului, {last} are permisul de conducere {dl}, CNP-ul {cnp} și adresa de"
    " e-mail {email}.",
)
_RO_BONA = (
    "buna sunt {first} {last} mama gemenilor de pe grupul blocului esti libera sambata"
    " seara de la 7 la 11 stam la {address} 30 lei pe ora pls da-mi sms la {phone_nat}",
    "mersi mult pt aseara copiii te-au adorat data viitoare te duce acasa {other1} cu"
    " {vehicle} daca e ok ti-am trimis banii in contul {iban} zi-mi daca n-au ajuns",
    "copiii sunt in pat pana la 8 daca e vreo urgenta suna-ma la {phone} sau pe sora mea"
    " {other2} care sta aproape in {home} masina ei e {plate} parola de la wifi e pe frigider",
)
_RO_DISPECERAT = (
    "112 care este urgența ă tata a căzut și nu mai răspunde bine care e adresa exactă păi"
    " e {address} etajul doi interfonul nu merge cum se numește pacientul {other1} și"
    " dumneavoastră sunteți {name}",
    "deci da sun din nou pentru accidentul de pe centură mă numesc {first} {last} numărul"
    " meu e {phone_sp} și celălalt șofer ă era o doamnă cu un {vehicle} a zis că o cheamă"
    " {other2}",
    "poliția bună ziua e ceva ce se întâmplă acum nu nu mi-au furat plăcuțele de la mașină"
    " azi-noapte numărul era {plate} sunt {name} născut pe {dob} stau în {home} și ă mailul"
    " pentru dosar e {email_sp}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("secretsanta", "en", _SECRETSANTA)
    + _style("hendo", "en", _HENDO)
    + _style("rsvpsheet", "en", _RSVPSHEET)
    + _style("flatshare", "en", _FLATSHARE)
    + _style("castingcall", "en", _CASTINGCALL)
    + _style("trialscreen", "en", _TRIALSCREEN)
    + _style("prisonvisit", "en", _PRISONVISIT)
    + _style("planning", "en", _PLANNING)
    + _style("gitlog", "en", _GITLOG)
    + _style("oneline", "en", _ONELINE)
    + _style("sittertxt", "en", _SITTERTXT, lower=True)
    + _style("dispatch", "en", _DISPATCH, spoken=True),
    "ro": _style("ro-mosul", "ro", _RO_MOSUL)
    + _style("ro-burlaci", "ro", _RO_BURLACI)
    + _style("ro-confirmari", "ro", _RO_CONFIRMARI)
    + _style("ro-colocatari", "ro", _RO_COLOCATARI)
    + _style("ro-figuratie", "ro", _RO_FIGURATIE)
    + _style("ro-studiuclinic", "ro", _RO_STUDIUCLINIC)
    + _style("ro-penitenciar", "ro", _RO_PENITENCIAR)
    + _style("ro-urbanism", "ro", _RO_URBANISM)
    + _style("ro-commit", "ro", _RO_COMMIT)
    + _style("ro-declaratii", "ro", _RO_DECLARATII)
    + _style("ro-bona", "ro", _RO_BONA, lower=True)
    + _style("ro-dispecerat", "ro", _RO_DISPECERAT, spoken=True),
}
