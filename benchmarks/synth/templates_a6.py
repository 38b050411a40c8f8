"""Generator A's dev5 templates (used with Faker values): the fifth tuning split.

Written without reading the detector, separately from generator B's dev5 templates and
in other situations and wording than every earlier template file: short community and
third-person text of the kind a generic NER or PII evaluation set holds. Neighbourhood
group messages about who parked where and parcels left at the wrong door, school
parents' chat, sports club news and match reports, local newspaper snippets, death,
birthday, engagement and wedding notices, recruiting notes and CV headers, court and
notary summaries, estate agents' viewing notes, church and community announcements with
volunteer rotas, short reviews and social-media posts naming staff, lower-case family
gossip and spoken small talk about colleagues, relatives and doctors. Names stand with
no cue word at the start, middle and end of sentences, in lists, as objects and after
prepositions; addresses, phones, cards, IBANs, IDs and birth dates sit inside running
sentences without field labels. Much of the text that must be kept looks like a name:
capitalised words opening sentences, clubs, pubs, churches, hospitals, schools and
streets named after people (St Mary's Church, Queen Elizabeth Hospital, Stadionul Ion
Oblemenco, strada Mihai Eminescu), firms named after founders, job titles, teams,
weekdays, months, towns used as offices and depots, and Romanian capitalised words.
Every template here is meant for the dev5 split (none is held out).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_NEIGHBOURS = (
    "{other1} has parked across the bin store again. That's the third time since Easter.",
    "Whose {vehicle} is on the verge outside the Co-op? {first} says it has been there since"
    " {weekday} and the council will tow it.",
    "A parcel for {name} was left on my step by mistake. I'm at {address}, knock any time"
    " after 6 or text {phone_nat}.",
)
_SCHOOLCHAT = (
    "Hi all, Mrs {last} says Year 4 need wellies for Forest School on {weekday}. {other1}"
    " and {other2} are collecting raffle prizes for the Christmas Fair.",
    "Could anyone take {first} home after football? I'm stuck in {hub} till {time}. Pick-up"
    " is at the Oakfield Road gate.",
    "Lost: navy PE hoodie with {name} on the label. If it turned up in your child's bag"
    " please drop it at {address} or message me on {phone}. Thanks!",
)
_CLUBNEWS = (
    "Rovers 3 Athletic 1. Two goals from {other1} and a late header by {last} sealed it, and"
    " the sponsors, {company}, named {other2} Player of the Match.",
    "Congratulations to {name}, who finished third in the Under-17s at the {hub} Half"
    " Marathon on {date}. Coach {other1} called it the best result in the club's history.",
    "Welcome to our newest junior, {first} {last}, born {dob}. Parent contact {other2},"
    " {phone_intl}. Training is {weekday} at {time} at the Jubilee Ground; subs of {price}"
    " go to {iban}.",
)
_LOCALPAPER = (
    "A {home} pensioner has been praised for pulling a dog out of the canal near the Lock"
    " Keeper's Cottage. {name}, 78, waded in on {weekday} morning after hearing it bark.",
    "Councillor {other1} said the cycle lane on {landmark} would be reviewed in {year}. Shop"
    " owner {name} told the Gazette that trade was down {pct}.",
    "Police are appealing for witnesses after a {vehicle} was stolen from outside {address}"
    " on {date}. The owner, {first} {last}, has offered a reward.",
)
_NOTICES = (
    "{name} died peacefully at home in {home} on {date}, aged 84. Much loved by {other1} and"
    " {other2}. Funeral at St Mary's Church on {weekday} at {time}; donations to Macmillan"
    " Cancer Support.",
    "Happy birthday to our wonderful {first}! Born {dob} and still beating everyone at bridge"
    " on Tuesdays. Love from all at the Royal British Legion.",
    "The engagement is announced between {name}, of {home}, and {other1}. The wedding will"
    " take place at Holy Trinity next June. Cards to:\n{address_ml}",
)
_RECRUIT = (
    "{name} | {job}\nSix years at {company}, before that {title} at {org}. Based in {home},"
    " happy to relocate to {hub}. {email} · {phone_intl}",
    "Interviewed {first} {last} for the Warehouse Supervisor job this morning. {other1} from"
    " Finance sat in; still waiting on a reference from {other2}.",
    "Right-to-work check done for {first}: passport {passport}, born {dob}, full driving"
    " licence {dl}. Starts {date} at the {hub} depot under {other1}.",
)
_LEGAL = (
    "At {hub} Magistrates' Court on {weekday}, {name}, of {address}, admitted driving without"
    " insurance and was fined {price}.",
    "Completion statement: {other1} sells the freehold to {name} (ID {nid}) for {price}. The"
    " balance is paid into {iban} on {date}. Witnessed by Lawson & Partners LLP.",
    "Probate has been granted on the estate of the late {other2}. The executor, {first}"
    " {last} of {home}, asks any creditors to write to {address_sp} by {date}.",
)
_VIEWING = (
    "Viewing {weekday} {time} at {address}. Tenant {other1} will let us in. Buyers are {name}"
    " and partner, mortgage in principle with {org}.",
    "{first} liked the kitchen but worried about noise from the Victoria line. Wants a second"
    " look before Easter; call back on {phone_nat}.",
    "Offer from {last}: {price}, below asking. The vendor, {other2}, wants to hold out until"
    " spring. Buyer's solicitors are {company}.",
)
_COMMUNITY = (
    "The flowers in church this Sunday are given by {name} in memory of {other1}. Tea and"
    " coffee afterwards in the Wesley Room.",
    "Food bank rota, {weekday}: {other1} on sorting, {first} {last} driving the van (licence"
    " {dl}), {other2} on the door. St Luke's Hall opens at {time}.",
    "Please keep {other2} in your prayers after surgery at the Queen Elizabeth Hospital, and"
    " welcome {first}, who joins the choir this month from {home}.",
)
_SHOUTOUT = (
    "Five stars for the Fox & Hounds. {first} behind the bar was lovely and {other1} found us"
    " a table for {qty} on a packed Saturday.",
    "Huge thanks to {other2} at {org}, who handed in my wallet with card {card} still inside."
    " Faith in humanity restored 🙏",
    "So proud of {name}, who just ran the London Marathon for Mind! 🏃 Still time to sponsor"
    " via {email}. Photos by {other1}.",
)
_FAMILYCHAT = (
    "did you hear {other1} is moving in with {name} after three months",
    "mum says {first} still hasnt paid back the caravan money and now the card {card} got"
    " declined at the garage",
    "grandad wants {other2} to fix the telly can someone pop round to {address} after tea",
)
_SMALLTALK = (
    "yeah so i spoke to {other1} this morning and apparently {last} won't be in till thursday"
    " so can you cover",
    "oh before i forget {first}'s new number is {phone_sp} and the email is {email_sp}",
    "we saw doctor {last} at the surgery really nice and then we dropped {other2} off at"
    " {address} on the way home",
)

_RO_VECINI = (
    "{other1} a parcat iar pe locul meu de la scara B. A treia oară săptămâna asta!",
    "Mașina {plate} stă de trei zile în fața ghenei. Zice {first} de la etajul 4 că e a unui"
    " chiriaș nou. Dacă nu se mută până {weekday}, chemăm Poliția Locală.",
    "Am primit din greșeală un colet pentru {name}. Stau la {address}, puteți trece după ora"
    " 18 sau sunați la {phone}.",
)
_RO_PARINTI = (
    "Bună ziua, dragi părinți! Doamna învățătoare ne roagă să trimitem până {weekday} câte"
    " {price} pentru excursia la Sinaia. Banii îi strânge {other1}.",
    "Îl poate lua cineva pe {first} de la after-school? Eu rămân la birou în {hub} până la"
    " {time}. Mulțumesc mult!",
    "Felicitări lui {name} pentru locul I la olimpiada de matematică, etapa județeană, și lui"
    " {other2} pentru mențiune! Colegiul Național Gheorghe Lazăr e mândru de ei.",
)
_RO_SPORT = (
    "CSM Reșița a câștigat cu 2-1 la Brașov. Au marcat {other1} și {last}, iar {other2} a"
    " apărat un penalty în minutul 88.",
    "{name} a semnat cu Rapid pe două sezoane. S-a născut pe {dob} la {home} și vine de la"
    " {company}.",
    "Antrenamentele grupei de juniori se mută joi, la Stadionul Ion Oblemenco. Cotizația de"
    " {price} se plătește în contul {iban} sau direct lui {first}.",
)
_RO_ZIAR = (
    "Accident pe {landmark}: un autoturism {vehicle} condus de {name}, din {home}, a intrat"
    " aseară într-un stâlp. Polițiștii i-au reținut permisul ({dl}).",
    "Primarul a inaugurat {weekday} parcul de pe strada Mihai Eminescu. Au fost prezenți"
    " {other1}, directorul Școlii Gimnaziale Nr. 3, și consilierul local {other2}.",
    "O familie din {home} cere ajutorul comunității: {first} are nevoie de o operație la"
    " Spitalul Marie Curie. Donațiile se fac în contul {iban}, deschis pe numele lui {other1}.",
)
_RO_ANIVERSARI = (
    "Cu adâncă durere anunțăm trecerea la cele veșnice a lui {name} (n. {dob}). Slujba de"
    " înmormântare va avea loc {weekday}, la ora {time}, la Biserica Sfântul Nicolae. Familia"
    " {last}.",
    "La mulți ani, {first}! 🎉 Din partea colegilor de la {company}. Tortul e la {time} în"
    " sala Decebal.",
    "Vă invităm la cununia religioasă a lui {first} cu {other1}, sâmbătă, {date}, la"
    " Mănăstirea Cernica. Nași: {other2} și soția. Confirmări la {phone}.",
)
_RO_CV = (
    "{name} – {job}\nȘase ani la {company}, înainte {title} la {org}. Locuiește în {home},"
    " disponibilitate de mutare în {hub}. {email} | {phone_intl}",
    "Am vorbit azi cu {first} {last} pentru postul de contabil. Recomandarea vine de la"
    " {other1}, fostul șef de la {org}. Cere {price} net.",
    "Dosar de angajare complet: CI {ro_id}, CNP {cnp}, cont de salariu {iban}. Începe luni la"
    " depozitul din {hub}, în echipa lui {other2}.",
)
_RO_NOTAR = (
    "Judecătoria {hub} a admis acțiunea formulată de {other1} împotriva lui {name}, cu"
    " domiciliul în {address}. Hotărârea poate fi atacată cu apel în 30 de zile.",
    "Prin contractul autentificat pe {date}, {name}, CNP {cnp}, a cumpărat apartamentul lui"
    " {other2} cu {price}, achitat în contul {iban}.",
    "Succesiunea după defunctul {other1} se dezbate la Biroul Notarial Ionescu și Asociații"
    " pe {date}, la ora {time}. Moștenitori: {first} {last} și {other2}.",
)
_RO_VIZIONARE = (
    "Vizionare {weekday} la {time}, 2 camere la {address}. Cheile sunt la administratorul"
    " {other1}. Vin {name} și partenerul, cu credit preaprobat de la {org}.",
    "{first} zice că îi place bucătăria, dar e prea mult zgomot dinspre Piața Obor. Revine cu"
    " o ofertă până vineri, telefon {phone}.",
    "Proprietar: {other2}, extras de carte funciară din {date}. Ofertă de la {last}: {price},"
    " sub prețul cerut. Avansul se virează în contul {iban}.",
)
_RO_PAROHIE = (
    "Duminică, după Sfânta Liturghie, Părintele {last} va oficia parastasul pentru {other1}."
    " Coliva o pregătește {other2}.",
    "Voluntarii Crucii Roșii de {weekday}: {other1} la bucătărie, {name} șofer (mașina"
    " {plate}), {other2} la împărțit pachete. Ne strângem la {time} la Casa de Cultură.",
    "Mulțumim familiei {last} pentru donația de {price} pentru acoperișul bisericii Sfinții"
    " Petru și Pavel. Cine dorește să ajute îl poate suna pe {first} la {phone}.",
)
_RO_RECENZII = (
    "Mulțumiri doamnei doctor {last} de la Spitalul Colentina, care a avut grijă de mama o"
    " săptămână întreagă. Și asistentei {other1}, un înger!",
    "5 stele pentru Pizzeria Napoli! {first} de la bar ne-a făcut cele mai bune cocktailuri,"
    " iar {other1} ne-a găsit masă deși era plin.",
    "Atenție la bancomatul de lângă Piața Obor! Mi-au clonat cardul {card} și banca zice că"
    " durează 30 de zile. Mersi lui {other2} că m-a ajutat cu reclamația. #ȚepeleLunii",
)
_RO_FAMILIE = (
    "ai auzit că {other1} s-a mutat cu {name} după nici trei luni",
    "mama zice că {first} tot nu i-a dat banii pe frigider și acum i-a fost respins și"
    " cardul {card}",
    "du-te pe la tanti {other2} la {address} și ia cheile de la {last}",
)
_RO_POVESTI = (
    "păi am vorbit cu {other1} azi dimineață și zice că {last} nu vine până joi deci trebuie"
    " să-i ții tu locul",
    "a și să nu uit numărul nou al lui {first} e {phone_sp} iar mailul e {email_sp}",
    "am fost la doamna doctor {last} la policlinică foarte de treabă și pe urmă am trecut pe"
    " la {other2} la {address}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("neighbours", "en", _NEIGHBOURS)
    + _style("schoolchat", "en", _SCHOOLCHAT)
    + _style("clubnews", "en", _CLUBNEWS)
    + _style("localpaper", "en", _LOCALPAPER)
    + _style("notices", "en", _NOTICES)
    + _style("recruit", "en", _RECRUIT)
    + _style("legal", "en", _LEGAL)
    + _style("viewing", "en", _VIEWING)
    + _style("community", "en", _COMMUNITY)
    + _style("shoutout", "en", _SHOUTOUT)
    + _style("familychat", "en", _FAMILYCHAT, lower=True)
    + _style("smalltalk", "en", _SMALLTALK, spoken=True),
    "ro": _style("ro-vecini", "ro", _RO_VECINI)
    + _style("ro-parinti", "ro", _RO_PARINTI)
    + _style("ro-sport", "ro", _RO_SPORT)
    + _style("ro-ziar", "ro", _RO_ZIAR)
    + _style("ro-aniversari", "ro", _RO_ANIVERSARI)
    + _style("ro-cv", "ro", _RO_CV)
    + _style("ro-notar", "ro", _RO_NOTAR)
    + _style("ro-vizionare", "ro", _RO_VIZIONARE)
    + _style("ro-parohie", "ro", _RO_PAROHIE)
    + _style("ro-recenzii", "ro", _RO_RECENZII)
    + _style("ro-familie", "ro", _RO_FAMILIE, lower=True)
    + _style("ro-povesti", "ro", _RO_POVESTI, spoken=True),
}
