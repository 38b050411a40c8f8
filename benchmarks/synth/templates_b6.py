"""Generator B's dev5 templates (used with mimesis values): the fifth tuning split.

Written without reading the detector, separately from ``templates_a6.py`` and in other
situations and wording than every earlier template file: witness statements after a
road accident or a shoplifting, home carers' handover notes, private tutoring and exam
invigilation logs, landlord and tenant disputes (letters, texts, a tribunal claim),
removal firms' quotes, lost and found pets, football referees' match reports, choir and
band rehearsal chats, genealogy research notes, charity donations and standing orders,
a sworn translator's notes (Romanian), lower-case ride-sharing messages and voicemails
about hospital visiting hours and pharmacy collections. Names mostly stand without a
cue word: people from many countries as subjects and objects, several per message,
at the very start, inside quoted speech, next to capitalised words that are not names,
and people talking about third persons (landlords, tenants, carers, patients,
witnesses, coaches). Addresses sit inside sentences, in parentheses, after ``c/o`` or
"în grija", over several lines; phone numbers, IDs and birth dates come up in passing.
Much of the text that must be kept looks like a name: sentence-initial capitalised
words, shops, charities and firms, teams, job titles, weekdays and months, towns used
as hubs, schools, streets, parks and stadiums named after people, pets' names and
Romanian capitalised words. Every template here is used by the dev5 split (none is held
out).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_WITNESS = (
    "Witness statement taken on {date} at {time}.\nI was waiting outside Boots on"
    " {landmark} when a grey {vehicle} clipped the cyclist. {other1} was driving. The"
    ' cyclist, {name}, got up and said "I\'m fine, just ring my sister" and gave me'
    " {phone}. I live at {address} and I am willing to attend court.",
    "{name} states: On {weekday} evening I saw two men leave the Co-op by the fire exit."
    " One of them was {other2}, who used to coach the under-12s at King George's Field. I"
    " did not speak to him. I was born on {dob} and have lived in {home} all my life.",
    "Second witness: {other1}, standing at the bus shelter opposite Wellington House. Says"
    ' the driver shouted "{first}, get back in the car!" twice and then drove off towards'
    " {hub}. Can be reached through her daughter on {phone_nat}. Identity checked against"
    " passport {passport}.",
)
_HANDOVER = (
    "Handover, {weekday} PM\n{first} ate most of her lunch and walked to the window twice."
    " {other1} rang at {time} and would like a call back on {phone}. Meds given as per the"
    " MAR chart. Night carer: please check the left heel. Key safe is at {address}, code"
    " from the Office.",
    "Morning all. Mrs {last} was muddled again and kept asking for {other2}, her late"
    " husband. Paramedics came at {time}; if 111 ask, her NHS number is {nid}. Surgery is"
    " the Florence Nightingale Practice. Next visit Saturday, booked by {org}.",
    "New client from Monday: {name}, who turns 80 this spring (born {dob}). Lives alone at"
    "\n{address_ml}\nSpare key with the neighbour, {other1}. Allergic to penicillin. Likes"
    " Radio 4 and the Telegraph crossword. Son abroad, {phone_intl}.",
)
_INVIGILATION = (
    "Invigilation log, Hall B, Maths Paper 2\n{time} candidates seated. {first} {last}"
    " arrived 12 minutes late (bus from {hub}). Notes found in a calculator lid at desk"
    " 14, removed and logged. {other1} felt unwell and left with the Exams Officer.",
    "Hi, quick note after tutoring today. {first} is much better at quadratics now but"
    " still rushes the Physics questions. Her cousin {other2} wants to join on Thursdays."
    " Invoice for {qty} sessions is {price}; my account is {iban}. Thanks, {other1}",
    "Access arrangements, June series\nCandidate: {name}, born {dob}\nExtra time 25%, reader"
    " provided ({other1})\nAwarding body: Cambridge Assessment\nParent contact: {email}",
)
_TENANTDISPUTE = (
    "Dear {other1},\nThe boiler at {address} has been broken since {date}. I have written to"
    " you, to the agents at {company} and to the Council. Unless it is repaired by Friday I"
    " shall withhold {price} from the rent.\n{name}",
    "{first} texted again saying {other2} from downstairs smashed the intercom. It wasn't"
    " me. The deposit ({price}) is protected with DPS, reference {ticket}. Our landlord,"
    " {other1}, lives over in {home} and never picks up on {phone}.",
    "Tenancy Tribunal, hearing {date}\nApplicant (tenant): {name}\nRespondent (landlord):"
    " {other1}, c/o {company}\nProperty: {address}\nClaim: return of deposit {price}; photos"
    " taken on a Pixel 7 show the mould in Bedroom 2.",
)
_REMOVALS = (
    "Quote {invoice} from Two Men and a Van Ltd\nMove for {name}\nFrom:\n{address_ml}\nTo:"
    " c/o {other1}\n{address}\nApprox. 18 cubic metres, {qty} boxes, upright piano on the"
    " ground floor. Price: {price} incl. VAT.",
    "Hi {first}, thanks for the video survey. We'll send a {vehicle} and three porters on"
    " {weekday} at {time}. The new flat is on the top floor with no lift, so add {price}."
    " Deposit to {iban} please, quoting your surname, {last}.",
    "{other2} from Pickfords rang: they can't park outside {address} on Saturday because"
    " of the market. {first} says use the loading bay behind Wilko. My mobile is"
    " {phone_nat} if the driver gets lost.",
)
_LOSTPET = (
    "LOST CAT. Grey tabby, answers to Biscuit. Last seen near Victoria Park on {weekday}."
    " Microchipped and very shy. If found please call {name} on {phone} or bring her to"
    " {address}. Reward {price}.",
    'Found a spaniel on the towpath by Brunel Bridge, collar says "Pepper, ring'
    ' {phone_nat}". Nobody answers. {first} at the vet on Darwin Street scanned the chip and'
    " it is registered to {other1} in {home}.",
    "Huge thanks to {other2} and {last} who found Muffin under a car at Tesco Extra!"
    " {first} collected him at {time}. Petlog still has our old address ({address_sp}), so"
    " I've emailed them from {email}.",
)
_REFEREE = (
    "Referee's report, Sunday League Division 2, Red Lion v Athletic {city}, {date}\n{time}"
    " Caution: No. 7, {name}, dissent.\n{time} Sending off: {other1}, violent conduct,"
    " elbowed {other2} off the ball.\nSubmitted to the County FA.",
    "{first} {last} (assistant referee, Level 5) reports that the home manager came onto"
    ' the pitch at half-time and said "{other1} is a cheat". Club Secretary informed at'
    " {email}.",
    "Match abandoned at {time}, Ashford Town Reserves v Lions: floodlight failure at the"
    " Jubilee Ground. Present: {other2} (fourth official) and {name} (home physio,"
    " {phone_intl}). Travel claim of {price} to {iban}.",
)
_REHEARSAL = (
    "[{clock}] {first}: sopranos, Tuesday we open with the Requiem, then the carols\n"
    "[{clock}] {other1}: can anyone give {other2} a lift from {hub}?\n[{clock}] {first}: yes,"
    " I drive past Elgar Road anyway",
    "Band practice moved to Studio 3 at Rockfield on {weekday}. {first} is bringing the"
    " Marshall amp, {other1} has the keys to the {vehicle}. Still need a bass player for"
    " the {band} covers night! Room money ({price}) to {last} please.",
    "Hi all, concert dress for Christmas is black with the red Choir scarf. {name} has"
    " offered her front room for the sectional ({address}); park on the road, not in the"
    " Medical Centre car park. Subs to the Treasurer by transfer to {iban}.",
)
_GENEALOGY = (
    "Research note: found {other1} in the 1911 census at Mill Lane, with a lodger. The"
    " baptism register of St Mary's spells the surname differently. My own line: {name},"
    " born {dob} in {home}. Ancestry tree {order}.",
    "{first}, your DNA match with {other2} is 212 cM, probably a second cousin. Her"
    " grandmother and your great-grandfather {last} were siblings, I think. Email me at"
    " {email} and I'll send the GEDCOM file.",
    "To the Parish Archive, {city}:\nI am tracing {other1}, who emigrated in {year} on the"
    " SS Carpathia, and his brother {other2}. Please reply to {name}\nc/o {company}\n"
    "{address_ml}",
)
_DONATION = (
    "Thank you, {first}! Your gift of {price} to Shelter will fund {qty} nights of"
    " emergency housing. Gift Aid declared. Paid with {card}; receipt sent to {email}.",
    "In memory of {other1}, friends at the Rotary Club of {city} have raised {price} for"
    " Macmillan. Special thanks to {last} for the bake sale and to {other2}, who ran the"
    " London Marathon in April.",
    "Standing Order Form, Oxfam\nDonor: {name}\nHome: {address}\nFrom account: {iban}\n"
    "Amount: {price} monthly, starting {date}\nFor our records, date of birth: {dob}",
)
_RIDESHARE = (
    "hey im the driver for ur ride to {hub} at {time} grey {vehicle} im outside the lidl"
    " not the aldi {first}",
    "{first} and {other1} are in the back the third one {other2} never showed up can u"
    " refund me my card is {card}",
    "pls tell the driver my nan {name} is waiting at {address} shes 80 and not on whatsapp"
    " ring her on {phone}",
)
_WARDCALL = (
    "hi this is {first} from ward nine in the florence nightingale wing visiting for"
    " {other1} is two till four and only two at a time please ring {phone_sp} before you"
    " come",
    "hello it's {name} i'm calling about collecting my dad's prescription he's {other2} born"
    " {dob} he lives at {address} and he can't get in himself",
    "yeah hi it's {first} {last} the lady at the pharmacy on nelson street said mum's"
    " repeat is ready i'll pick it up saturday my email is {email_sp}",
)

_RO_MARTOR = (
    "DECLARAȚIE\nSubsemnatul {name}, născut la {dob}, domiciliat în {address}, declar că"
    " joi seara am văzut o {vehicle} albastră intrând în gardul Școlii Gimnaziale Ion"
    " Creangă. La volan era {other1}. Nu mai am nimic de adăugat.",
    "{first} spune că l-a văzut pe {other2} ieșind din Mega Image cu două sacoșe, fără să"
    " plătească. Paznicul de la Securitas a confirmat. Poate fi sunat(ă) la {phone}"
    " după ora {time}.",
    "Declarația martorului nr. 2: {other1}, CNP {cnp}. Eram în stația de la Piața Unirii"
    " când șoferul a strigat „{first}, urcă odată!”. Mașina cu numărul {plate} a plecat"
    " spre {hub}.",
)
_RO_INGRIJIRE = (
    "Predare tură, {weekday} seara\nDoamna {last} a mâncat puțin și a dormit după-amiază."
    " Fiica ei, {other1}, vine mâine la {time}, are cheie. Tensiunea 14 cu 8. Pastilele de"
    " la Catena sunt în sertarul de sus. Telefonul familiei: {phone}.",
    "{first} a căzut azi-noapte în baie, nu are nimic rupt. Ambulanța a venit de la"
    " Spitalul Sfântul Pantelimon doar pentru control. M-a ajutat {other2}, vecinul de la"
    " etajul 2. Adresa: {address}.",
    "Fișă beneficiar nou\n{name}, născută pe {dob}\nCNP {cnp}\nLocuiește singură,\n"
    "{address_ml}\nÎl sunăm pe nepot, {other1}, la {phone_intl}\nFără zahăr. Ascultă"
    " Radio România Actualități toată ziua.",
)
_RO_EXAMEN = (
    "Proces-verbal de supraveghere, Bacalaureat, sala 12\nCandidata {name} a intrat la"
    " {time}, cu buletinul {ro_id}. {other1} a fost eliminat pentru telefon mobil."
    " Asistenții vin de la Colegiul Național Gheorghe Lazăr.",
    "Bună seara! {first} a lucrat bine azi la Română, la Mate mai avem de recuperat. Data"
    " viitoare vine și {other2}, colega ei de bancă. Plata pentru {qty} ședințe e {price},"
    " în contul {iban}. Mulțumesc, {other1}",
    "Doamna profesoară, sunt mama lui {first}. Poate {first} să dea simularea de joi în"
    " sala de la parter? Are piciorul în ghips de la meciul cu Dinamo. Numărul meu:"
    " {phone_nat}. Cu respect, {other1}",
)
_RO_PROPRIETAR = (
    "Domnule {other1},\nCentrala din apartamentul de la {address} nu merge din {date}. V-am"
    " scris și dumneavoastră, și Asociației de Proprietari. Dacă nu se repară până vineri,"
    " scad {price} din chirie.\n{name}",
    "Scuze că vă scriu pe WhatsApp, sunt {first}, chiriașa de la ap. 7. Vecinul de"
    " deasupra, {other2}, ne-a inundat iar baia. Proprietarul, {other1}, stă în {home} și"
    " nu răspunde la {phone}. Ce facem cu garanția?",
    "Cerere de chemare în judecată\nReclamant: {name}, CNP {cnp}, cu domiciliul ales la"
    " {address}\nPârât: {other1}, prin {company}\nObiect: restituirea garanției de {price}"
    " și a mobilei din dormitorul mic",
)
_RO_MUTARE = (
    "Ofertă mutare nr. {invoice}, Mutări Rapide SRL\nClient: {name}\nDe la:\n{address_ml}"
    "\nLa: în grija lui {other1}\n{address}\nCamion {vehicle}, 3 hamali, pianul e la parter."
    " Total: {price} cu TVA.",
    "Bună ziua, domnule {last}, mulțumim pentru evaluare. Venim {weekday} la {time}."
    " Etajul 4 fără lift înseamnă încă {price}. Avansul îl virați în {iban}, cu mențiunea"
    " «mutare {first}».",
    "A sunat {other2} de la firma de mutări: nu pot parca sâmbătă în fața blocului de pe"
    " {address}, e piață. {first} zice să intre pe la Kaufland, pe rampa din spate. Dacă"
    " se rătăcește șoferul, sunați-mă la {phone_nat}.",
)
_RO_PIERDUT = (
    "PIERDUT CĂȚEL! Bichon alb, răspunde la Fulg. A dispărut luni lângă Parcul"
    " Tineretului. Are cip. Cine îl găsește să-l sune pe {name} la {phone} sau să-l aducă"
    " la {address}. Recompensă {price}.",
    "Am găsit o pisică tărcată în scara blocului, pe zgardă scrie „Mița, {phone_nat}”. Nu"
    " răspunde nimeni. {first} de la cabinetul veterinar de pe Strada Avram Iancu i-a"
    " scanat cipul: e înregistrată pe {other1}, din {home}.",
    "Mulțumiri lui {other2} și lui {last} că l-au găsit pe Bobiță în parcarea de la Lidl!"
    " L-a luat {first} acasă la {time}. În registru e încă adresa veche ({address_sp}),"
    " așa că le-am scris de pe {email}.",
)
_RO_ARBITRU = (
    "RAPORTUL ARBITRULUI\nLiga a IV-a: Viitorul {city} – Unirea Dej, {date}\nMin. 34:"
    " cartonaș galben {name} (nr. 7), proteste.\nMin. 71: eliminat {other1}, l-a lovit cu"
    " cotul pe {other2}.\nObservator trimis de AJF Cluj.",
    "Subsemnatul {first} {last}, arbitru asistent, raportez că antrenorul gazdelor a intrat"
    " pe teren la pauză și a strigat „{other1} e un hoț!”. Am anunțat observatorul la"
    " {phone}.",
    "Meci întrerupt la {time}: pe Stadionul Ion Oblemenco s-a stins nocturna. De față au"
    " fost {other2} (delegatul meciului) și {name} (medicul echipei, {phone_intl})."
    " Baremul de deplasare, {price}, în contul {iban}.",
)
_RO_COR = (
    "[{clock}] {first}: altistele, marți începem cu Psalmul 23, apoi colindele\n[{clock}]"
    " {other1}: o poate aduce cineva pe {other2} de la {hub}?\n[{clock}] {first}: da, trec"
    " oricum pe Bulevardul Iuliu Maniu",
    "Repetiția de sâmbătă se mută în Sala Mihail Jora, la Ateneu e ocupat. {first} aduce"
    " pupitrele, {other1} are cheile de la {vehicle}. Banii pentru sală ({price}) îi dați"
    " lui {last}, vă rog.",
    "Dragii mei, la concertul de Crăciun venim în negru, cu eșarfa roșie a Corului. {name}"
    " ne primește la ea pentru repetiția pe voci ({address}); nu parcați la Policlinica"
    " Titan.",
)
_RO_GENEALOGIE = (
    "Notă de cercetare: l-am găsit pe {other1} în registrul parohiei Sfântul Nicolae,"
    " botezat în {year}. La recensământul din 1930 apare cu alt nume de familie. Linia"
    " mea: {name}, născut(ă) la {dob} în {home}.",
    "{first}, potrivirea ADN cu {other2} e de 212 cM, probabil veri de-al doilea. Bunica ei"
    " și străbunicul tău, {last}, erau frați. Scrie-mi pe {email} și îți trimit arborele.",
    "Către Arhivele Naționale, Serviciul Județean Sibiu\nVă rog să-mi eliberați copia"
    " actului de naștere al lui {other1} și al fratelui său, {other2}. Răspunsul la {name}"
    "\nîn grija {company}\n{address_ml}",
)
_RO_TRADUCERE = (
    "Notă traducător: în original numele apare „{last} {first}”, în ordinea maghiară; în"
    " traducere am scris {first} {last}. Pașaportul {passport} are aceeași grafie. Actul a"
    " fost legalizat la Biroul Notarial Popescu și Asociații.",
    "Traducere autorizată din limba germană. Certificat de naștere: {name}, născut(ă) la"
    " {dob} în {home}. Tatăl: {other1}. Mama: {other2}. Traducător autorizat de Ministerul"
    " Justiției.",
    "Bună, {first}! Am terminat contractul pentru {company}; la pagina 3 apar un CNP,"
    " {cnp}, și adresa {address}, le-am lăsat cum erau. Factura {invoice} ți-o trimit pe"
    " {email}. Spor, {other1}",
)
_RO_OCAZIE = (
    "salut sunt soferul pt cursa spre {hub} la {time} {vehicle} gri nr {plate} stau in"
    " fata la profi nu la penny {first}",
    "{first} si {other1} sunt pe bancheta din spate al treilea {other2} n-a mai venit"
    " puteti sa-mi dati banii inapoi cardul e {card}",
    "mai am 2 locuri sambata spre {hub} plecam de la {landmark} la {time} {price} de"
    " persoana scrieti-mi aici sau la {phone} {first}",
)
_RO_VIZITA = (
    "bună ziua sunt {first} de la cardiologie spitalul colentina vizita la {other1} e între"
    " două și patru doar două persoane odată vă rog sunați înainte la {phone_sp}",
    "alo bună ziua sunt {name} sun pentru rețeta tatălui meu {other2} născut pe {dob} stă"
    " pe {address} și nu poate veni el la farmacie",
    "da bună ziua sunt {first} {last} doamna de la farmacia de pe strada mihai eminescu mi-a"
    " zis că rețeta mamei e gata o iau sâmbătă emailul meu e {email_sp}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("witness", "en", _WITNESS)
    + _style("handover", "en", _HANDOVER)
    + _style("invigilation", "en", _INVIGILATION)
    + _style("tenantdispute", "en", _TENANTDISPUTE)
    + _style("removals", "en", _REMOVALS)
    + _style("lostpet", "en", _LOSTPET)
    + _style("referee", "en", _REFEREE)
    + _style("rehearsal", "en", _REHEARSAL)
    + _style("genealogy", "en", _GENEALOGY)
    + _style("donation", "en", _DONATION)
    + _style("rideshare", "en", _RIDESHARE, lower=True)
    + _style("wardcall", "en", _WARDCALL, spoken=True),
    "ro": _style("ro-martor", "ro", _RO_MARTOR)
    + _style("ro-ingrijire", "ro", _RO_INGRIJIRE)
    + _style("ro-examen", "ro", _RO_EXAMEN)
    + _style("ro-proprietar", "ro", _RO_PROPRIETAR)
    + _style("ro-mutare", "ro", _RO_MUTARE)
    + _style("ro-pierdut", "ro", _RO_PIERDUT)
    + _style("ro-arbitru", "ro", _RO_ARBITRU)
    + _style("ro-cor", "ro", _RO_COR)
    + _style("ro-genealogie", "ro", _RO_GENEALOGIE)
    + _style("ro-traducere", "ro", _RO_TRADUCERE)
    + _style("ro-ocazie", "ro", _RO_OCAZIE, lower=True)
    + _style("ro-vizita", "ro", _RO_VIZITA, spoken=True),
}
