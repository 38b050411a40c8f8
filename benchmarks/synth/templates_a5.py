"""Generator A's dev4 templates (used with Faker values): the fourth tuning split.

Written without reading the detector, separately from ``templates_b5.py`` and in other
wording than every earlier template file: everyday customer service in shops, cafés,
hotels, bank branches and help desks. Live-chat transcripts with ``Agent:`` and
``Customer:`` labels, web order and booking forms with capitalised field labels,
e-mails to named departments with greetings and sign-offs, front-desk dialogues, staff
rotas, lower-case texting and help-line speech. Much of the text that must be kept
looks like a name: capitalised nouns at the start of sentences, job titles, teams and
departments, cakes and candles named after people ("Victoria sponge", "Lily candle"),
firms named after their founders, weekdays, months and Romanian capitalised words.
Every template here is used by the dev4 split (none is held out).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_DESKCHAT = (
    "Agent (Sophie, Customer Happiness): Good morning! How can I help today?\nCustomer:"
    " Morning. I'm {name}, my {product} arrived cracked.\nAgent: Sorry to hear that. Which"
    " e-mail is on the order?\nCustomer: {email}, order {order}.\nAgent: Thanks. Returns"
    " will call you on {phone} by Friday.",
    "Chat started {weekday} {time}\nVisitor: hello, is this Billing or Sales?\nBot:"
    " Billing. Please type your full name.\nVisitor: {first} {last}\nBot: Thank you,"
    " {first}. A Team Leader will join shortly.\nSupervisor: Hi, I see the charge of"
    " {price} on the card ending {card}. Refund raised under {ticket}.",
    "Customer: Hiya, Grace from the Bristol shop told me to message you\nAgent: Hello!"
    " Happy to help. Name and postcode please?\nCustomer: {name}, {address}\nAgent:"
    " Lovely. Your Victoria sponge order {order} leaves Kitchen on {date}. Anything else?"
    "\nCustomer: No, cheers. Have a good Christmas!",
)
_CAKEFORM = (
    "Celebration Cake Order\nCake: Victoria sponge, {qty} portions\nMessage on top: Happy"
    " Birthday Grandma\nCollect from: Baker Street branch\nCollection day: {weekday}\n"
    "Your name: {name}\nMobile: {phone_nat}\nEmail: {email}\nDeposit paid: {price}",
    "Order Summary\nItem: Lily candle x {qty}\nGift Wrap: Yes\nGift Note: Merry Christmas"
    " from all of us in Accounts\nDeliver To: {name}\nAddress: {address_ml}\nPaid With:"
    " card {card}\nDespatch: {date}",
    "Wedding Enquiry Form\nFirst Name: {first}\nSurname: {last}\nWedding Date: {date}\n"
    "Guests: {qty}\nPackage: Gold (Champagne Reception)\nHow did you hear about us?"
    " Instagram\nBest time to call: Evenings, {phone}",
)
_DEPTMAIL = (
    "To: Customer Relations\nSubject: Faulty Toaster - order {order}\n\nDear Sir or"
    " Madam,\n\nMonday's delivery was missing the Crumb Tray. Could the Warranty Team send"
    " one to {address}?\n\nKind regards,\n{name}\nTel. {phone}",
    "Hello Accounts Payable,\n\nPlease find attached invoice {invoice} for {price}. Our"
    " bank details changed in March: IBAN {iban}.\n\nMany thanks,\n{first} {last}\n{job},"
    " {company}",
    "Dear Lost Property Office,\n\nI left a Burberry scarf on the {hub} train on"
    " {weekday}. Reference {ticket}. I can collect it in person with my passport"
    " ({passport}).\n\nBest wishes,\n{name}",
)
_SIGNUP = (
    "MEMBERSHIP APPLICATION\nTitle: Mrs\nForename(s): {first}\nSurname: {last}\nDate of"
    " Birth: {dob}\nNational Insurance / ID No.: {nid}\nEmergency Contact: {other1}\n"
    "Preferred Club: Riverside\nStart Month: September",
    "Volunteer Sign-up\nName: {name}\nEmail: {email}\nTown: {home}\nAvailability: Saturday"
    " mornings, Sunday afternoons\nRole: Warehouse Helper\nDriving Licence No.: {dl}\n"
    "Signed: {first}",
    "Student Discount Form\nFull Name: {name}\nCollege: Queen Mary\nCourse: Marketing\n"
    "Year: {year}\nPhone: {phone_intl}\nConsent: Yes\nReceived by Admissions on {date}"
    " from {ip}",
)
_FRONTDESK = (
    "Receptionist: Welcome to the Grand Hotel. Checking in?\nGuest: Yes, the booking is"
    " under {last}.\nReceptionist: Lovely, Mr {last}. May I see a passport?\nGuest: Here,"
    " {passport}.\nReceptionist: Thank you. Breakfast is in the Orangery until {time}.",
    "Night Manager: Good evening, Front Desk.\nCaller: Hi, this is {name} in room {qty}."
    " The Wi-Fi keeps dropping, my laptop shows {ip}.\nNight Manager: Apologies. IT will"
    " reset the router. Anything else?\nCaller: Could Housekeeping bring towels?",
    "Concierge: Morning! Table for the Brasserie tonight?\nGuest: Please, for {qty}, name"
    " {first} {last}.\nConcierge: Done for {time}. Shall I charge the card on file, {card}?"
    "\nGuest: Yes. And a taxi to {landmark} afterwards.",
)
_GIFTSHOP = (
    "Hi there! Quick one: does the Charlotte Tilbury palette come in the Advent box? If so"
    " please reserve one for {name}, {phone}. I'll pop in on {weekday}, back in {home}. Lucy's"
    " Gift Shop is the best!",
    "Hello Customer Care, the Ted Baker wash bag I ordered ({order}) came without the"
    " Gift Receipt. It's a present for my boss, our Finance Director. Please e-mail one to"
    " {email}. Regards, {first}",
    "Good afternoon. Christmas Jumper size L, colour Forest Green, for {other1}. Billing"
    " name {name}, billing address {address}. Paying by IBAN {iban}. Merry Christmas!",
)
_ROTA = (
    "STAFF ROTA - Week of {date}\nMonday: {other1} (Shift Supervisor)\nTuesday: {other2}"
    " (Barista)\nWednesday: {name} (Store Manager)\nThursday: Closed for Stocktake\nVan"
    " driver: {other1}, licence {dl}\nCover requests to {email}",
    "Team Huddle Notes\nAttendees: {name}, {other1}, Head Chef\nApologies: Payroll\nActions:"
    " {first} to chase the Tesco delivery ({tracking}); Marketing to print Easter menus.\n"
    "Next Huddle: {weekday} {time}",
    "Holiday Request\nEmployee: {name}\nDepartment: Customer Service\nFrom: {date} To:"
    " {date}\nReason: Family wedding in {home}\nApproved by: Operations Manager\nCover:"
    " {other2}",
)
_BRANCH = (
    "Appointment confirmed\nBranch: High Street\nAdviser: Mortgage Specialist\nCustomer:"
    " {name}\nDate of birth: {dob}\nBring: photo ID (passport {passport}) and a recent"
    " Council Tax bill showing {address}",
    "Hi {first}, this is Barclays. A payment of {price} to Morrisons was declined on card"
    " {card}. If this was you, reply YES. Never share your PIN. Fraud Team",
    "Dear Customer,\nOn Tuesday we updated the Terms and Conditions. Account holder:"
    " {name}. ID number: {nid}. Account: IBAN {iban}. Questions? Call Customer Services on"
    " 0800 123 456 between Monday and Saturday.",
)
_TEXTSPEAK = (
    "hey its {first} from the thursday yoga class did u find my water bottle lol text me {phone}",
    "hi tesco this is {name} my click and collect {order} still says pending since monday"
    " can someone check pls my email is {email}",
    "morning team my card {card} got eaten by the atm on {landmark} can i still pay on"
    " friday thx {first}",
)
_HOTLINE = (
    "thank you for calling customer services my name is george how can i help yes hi my"
    " name is {name} and my number is {phone_sp} i bought a ruby red kettle on saturday"
    " and the lid is broken",
    "okay so for security can you confirm your date of birth it's {dob} and the first line"
    " of the address {address} lovely thank you mrs {last} i'll put you through to"
    " billing",
    "right the email is {email_sp} and the card number {card_sp} perfect that's all done"
    " the sales team will ring you on monday have a lovely weekend",
)

_RO_ASISTENTA = (
    "Operator (Echipa Suport): Bună ziua! Cu ce vă pot ajuta?\nClient: Bună, sunt {name},"
    " comanda {order} n-a ajuns.\nOperator: Îmi pare rău. Ce adresă de e-mail aveți în"
    " cont?\nClient: {email}\nOperator: Mulțumesc. Colegii de la Livrări vă sună la"
    " {phone} până vineri.",
    "Conversație începută {weekday}, {time}\nVizitator: Salut, vorbesc cu Vânzări?\nAsistent"
    " virtual: Cu Facturare. Scrieți vă rog numele complet.\nVizitator: {first} {last}\n"
    "Supervizor: Am găsit plata de {price} de pe cardul {card}. Am deschis tichetul"
    " {ticket}.",
    "Client: Bună seara, doamna Elena de la magazinul din Mall mi-a zis să vă scriu\n"
    "Operator: Sigur! Numele și adresa, vă rog?\nClient: {name}, {address}, buletin {ro_id}\n"
    "Operator:"
    " Perfect. Tortul Amandina pleacă din Laborator pe {date}. Crăciun fericit!",
)
_RO_COFETARIE = (
    "Comandă Tort Aniversar\nTort: Diplomat cu fructe, {qty} porții\nMesaj: La mulți ani,"
    " Bunico!\nRidicare: Cofetăria Ana Pan, Calea Victoriei\nZiua: {weekday}\nNume: {name}"
    "\nTelefon: {phone_nat}\nAvans achitat: {price}",
    "Rezumat Comandă\nProdus: Lumânare Crin x {qty}\nAmbalaj Cadou: Da\nMesaj: Sărbători"
    " fericite de la Contabilitate\nDestinatar: {name}\nAdresă: {address_ml}\nPlătit cu"
    " cardul {card}",
    "Formular Eveniment\nPrenume: {first}\nNume: {last}\nData nunții: {date}\nInvitați:"
    " {qty}\nPachet: Argint (Candy Bar)\nCum ați aflat de noi? Facebook\nOra potrivită"
    " pentru apel: Seara, {phone}",
)
_RO_DEPARTAMENT = (
    "Către: Relații Clienți\nSubiect: Prăjitor defect, comanda {order}\n\nStimate"
    " doamne și domni,\n\nLivrarea de Luni nu avea tava. Poate Echipa Garanții să trimită"
    " una la {address}?\n\nCu stimă,\n{name}\nTel. {phone}",
    "Bună ziua, Departamentul Financiar,\n\nVă trimit factura {invoice} în valoare de"
    " {price}. Din Martie avem cont nou: IBAN {iban}.\n\nMulțumesc frumos,\n{first} {last}\n"
    "{title}, {company}",
    "Stimați colegi de la Obiecte Pierdute,\n\nAm uitat o geantă Musette în trenul spre"
    " {hub} Duminică. Referință {ticket}. Pot veni cu buletinul, seria {ro_id}.\n\nToate"
    " cele bune,\n{name}",
)
_RO_INSCRIERE = (
    "CERERE DE ÎNSCRIERE\nTitlu: Dna\nPrenume: {first}\nNume: {last}\nData nașterii: {dob}"
    "\nCNP: {cnp}\nPersoană de contact: {other1}\nClub preferat: Herăstrău\nLuna de"
    " început: Septembrie",
    "Înscriere Voluntari\nNume: {name}\nE-mail: {email}\nLocalitate: {home}\nDisponibil:"
    " Sâmbăta dimineața\nRol: Ajutor Depozit\nPermis de conducere: {dl}\nMașină: {plate}",
    "Formular Reducere Studenți\nNume complet: {name}\nFacultatea: Litere\nSpecializarea:"
    " Marketing\nAnul: {year}\nTelefon: {phone_intl}\nAcord: Da\nPrimit la Secretariat în"
    " {date} de la {ip}",
)
_RO_RECEPTIE = (
    "Recepționer: Bine ați venit la Hotelul Central! Faceți check-in?\nOaspete: Da,"
    " rezervarea e pe numele {last}.\nRecepționer: Mulțumesc, domnule {last}. Un act de"
    " identitate?\nOaspete: Pașaportul, {passport}.\nRecepționer: Micul dejun e în Salonul"
    " Regal până la {time}.",
    "Manager de Noapte: Bună seara, Recepția.\nApelant: Sunt {name}, camera {qty}."
    " Internetul cade, laptopul arată {ip}.\nManager de Noapte: Ne cerem scuze. Tehnicul"
    " repornește routerul. Altceva?\nApelant: Puteți trimite prosoape?",
    "Concierge: Bună dimineața! O masă la Bistro diseară?\nOaspete: Da, pentru {qty},"
    " pe numele {first} {last}.\nConcierge: Gata, la {time}. Plătiți cu cardul {card}?\n"
    "Oaspete: Da. Și un taxi spre {landmark} după. Mașina mea, {plate}, rămâne în parcare.",
)
_RO_MAGAZIN = (
    "Bună! Paleta Florentina din cutia de Advent mai e pe stoc? Dacă da, rezervați una pe"
    " numele {name}, {phone}. Trec {weekday}. Mulțumesc, Magazinul Doina e cel mai bun!",
    "Bună ziua, Serviciul Clienți, portofelul Ralph Lauren comandat ({order}) a venit fără"
    " bon de cadou. E pentru șefa mea, Directoarea Financiară. Trimiteți-l la {email}."
    " Cu respect, {first}",
    "Bună ziua. Pulover de Crăciun mărimea M, culoarea Verde Brad, pentru {other1}. Nume"
    " facturare {name}, adresa {address}. Plătesc prin IBAN {iban}.",
)
_RO_TURA = (
    "PROGRAM TURE - Săptămâna din {date}\nLuni: {other1} (Șef de Tură)\nMarți: {other2}"
    " (Barista)\nMiercuri: {name} (Manager Magazin)\nJoi: Închis pentru Inventar\n"
    "Șofer dubă: {other1}, permis {dl}\nSchimburi la {email}",
    "Ședință Echipă\nPrezenți: {name}, {other1}, Bucătar-Șef\nAbsenți: Salarizare\nSarcini:"
    " {first} sună la Emag pentru colet ({tracking}); Marketingul tipărește meniul de"
    " Paște; {other2} mută duba {plate}.\nUrmătoarea ședință: {weekday} la {time}",
    "Cerere Concediu\nAngajat: {name}\nDepartament: Relații Clienți\nPerioada: {date} -"
    " {date}\nMotiv: Nuntă în familie la {home}\nAprobat de: Director Operațiuni\n"
    "Înlocuitor: {other2}",
)
_RO_BANCA = (
    "Programare confirmată\nSucursala: Unirii\nConsultant: Specialist Credite\nClient:"
    " {name}\nData nașterii: {dob}\nAduceți: cartea de identitate ({ro_id}) și o factură"
    " Enel pe adresa {address}",
    "Bună, {first}! Aici Banca Transilvania. O plată de {price} la Carrefour a fost"
    " respinsă pe cardul {card}. Dacă ați fost dvs., răspundeți DA. Echipa Antifraudă",
    "Stimate Client,\nMarți am actualizat Termenii și Condițiile. Titular: {name}. CNP:"
    " {nid}. Cont: {iban}. Întrebări? Sunați la Serviciul Clienți de Luni până Sâmbătă.",
)
_RO_SCRIS = (
    "salut sunt {first} de la yoga de joi ai gasit cumva sticla mea scrie-mi la {phone}",
    "buna ziua kaufland sunt {name} comanda {order} tot in asteptare de luni puteti"
    " verifica mailul meu e {email}",
    "neata echipa bancomatul de pe {landmark} mi-a inghitit cardul {card} pot plati"
    " vineri mersi {first}",
)
_RO_APEL = (
    "bună ziua ați sunat la serviciul clienți mă numesc andrei cu ce vă ajut da bună ziua"
    " sunt {name} numărul meu e {phone_sp} am cumpărat un fierbător roșu sâmbătă și"
    " capacul e spart",
    "deci pentru verificare îmi spuneți data nașterii {dob} și adresa {address} mulțumesc"
    " doamna {last} vă transfer la facturare",
    "bun emailul e {email_sp} și cardul {card_sp} perfect am terminat colegii de la"
    " vânzări vă sună luni weekend plăcut",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("deskchat", "en", _DESKCHAT)
    + _style("cakeform", "en", _CAKEFORM)
    + _style("deptmail", "en", _DEPTMAIL)
    + _style("signup", "en", _SIGNUP)
    + _style("frontdesk", "en", _FRONTDESK)
    + _style("giftshop", "en", _GIFTSHOP)
    + _style("rota", "en", _ROTA)
    + _style("branch", "en", _BRANCH)
    + _style("txtmsg", "en", _TEXTSPEAK, lower=True)
    + _style("hotline", "en", _HOTLINE, spoken=True),
    "ro": _style("ro-asistenta", "ro", _RO_ASISTENTA)
    + _style("ro-cofetarie", "ro", _RO_COFETARIE)
    + _style("ro-departament", "ro", _RO_DEPARTAMENT)
    + _style("ro-adeziune", "ro", _RO_INSCRIERE)
    + _style("ro-receptie", "ro", _RO_RECEPTIE)
    + _style("ro-magazin", "ro", _RO_MAGAZIN)
    + _style("ro-tura", "ro", _RO_TURA)
    + _style("ro-sucursala", "ro", _RO_BANCA)
    + _style("ro-scris", "ro", _RO_SCRIS, lower=True)
    + _style("ro-linieclienti", "ro", _RO_APEL, spoken=True),
}
