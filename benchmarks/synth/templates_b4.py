"""Generator B's blind templates (used with mimesis values): blind held-out templates,
written 2026-12-06 by someone who never read the detector; never tune on them.

They feed only the ``blind`` split, which is measured once, as the honest figure of how
the redactor generalises: nobody looks at its messages or leak examples, and no rule,
list or model is changed because of them. Written without opening the detector's code,
rules, lists or any generated set, separately from ``templates_a4.py`` and in other
wording and situations than every other template file: cancelled and paused
subscriptions, mobile bill disputes, eSIMs and contract upgrades, card disputes, scam
transfers and payments on hold, dental reminders, new-patient forms and a next of kin
asking for results, roadside assistance, repair authorisations and courtesy cars,
mortgage applications, valuations and proof of funds, school admissions, resit deadlines
and international students, energy switching, smart meters and the priority services
register, visa forms, stolen residence permits and passport appointments, complaints to
the consumer authority (ANPC), home, car and travel insurance, messages written for
someone else or passed on by a front desk, OCR text of scanned payslips, police reports,
fines and driving licences, parcels left in the wrong place or damaged, lower-case chat
without punctuation, Romanian-English code switching and phone calls. Every template
here is used by the blind split (none is held out).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_SUBSCRIPTION = (
    "I'd like to cancel my gym membership from the end of this month. Member: {name},"
    " membership no. {order}. The monthly {price} comes off card {card}; please stop it."
    " The front desk at the {hub} club said I had to put it in writing.",
    "Subscription paused ✔\nPlan: Family, {qty} screens\nPaused by: {email}\nResumes on:"
    " {date}\nLast payment: {price} on {weekday}\nSigned in from {ip}\nNot you? Contact the"
    " Trust & Safety team.",
    "Why did my meal-kit box renew? I cancelled on {date} by phone (you have my number,"
    " {phone}). Box {invoice} went to {address} while I was abroad. Please refund it to"
    " {iban}. - {first} {last}",
)
_MOBILEPLAN = (
    "Bill dispute, account {order}\nHolder: {first} {last}\nCharges questioned: {price}"
    " roaming in {hub}, {qty} premium texts on {date}\nThe handset was switched off from"
    " {time}. Contact: {email}",
    "Please send the new eSIM QR code to {email}; my number stays {phone_intl}. ID on the"
    " account: national ID {nid}. It's {name}, and the new handset runs {version}.",
    "Contract upgrade, in store\nCustomer: {name}, born {dob}\nProof of address:"
    " {address_ml}\nCredit check passed at {ts}\nDevice: 256 GB, {pct} off the list price\n"
    "Sold by: {title}",
)
_CHARGEBACK = (
    "Dispute form\nCardholder name: {name}\nCard number: {card}\nMerchant: {org}\n"
    "Transaction date: {date}\nAmount: {price}\nWhat happened: I sent the goods back"
    " (tracking {tracking}) and was never refunded.",
    "Hi, I paid a builder {price} by bank transfer from {iban} and he vanished. Is this the"
    " fraud team? I'm {first} {last}, customer since {year}, and I live in {home}. The case"
    " number your bot gave me is {ticket}.",
    "Your payment to {other1} is on hold\nWe need to check this transfer of {price}."
    " Confirm it was you by replying from {email}, or call us. Payment ID {order}, created"
    " {ts} on a new device ({ip}).",
)
_DENTIST = (
    "Reminder from Smile Studio Dental: check-up and hygiene for {first}, {weekday} {date}"
    " at {time} with {other1}. Cancelling with less than 24 hours' notice costs {price}."
    " Reply Y to confirm.",
    "New patient registration\nFull name: {name}\nDate of birth: {dob}\nAddress:"
    " {address}\nMobile: {phone}\nHealth insurance no.: {nid}\nAllergies: penicillin\n"
    "Registered at the Lister Dental Clinic by reception",
    "Hi, my husband {other2} had his lab results back and the portal says to phone. Can you"
    " call me instead? I'm {name}, his next of kin, on {phone_intl}. He was born {dob}."
    " We're at home in {home} all {weekday}.",
)
_BODYSHOP = (
    "Roadside assistance log\nCase {ticket}\nMember: {name}\nVehicle: {vehicle}, flat tyre"
    " in a layby outside {hub}\nCaller mobile: {phone}\nPatrol on scene {time}, towed to"
    " the Brunel Motors bodyshop",
    "Repair authorisation\nI, {first} {last}, authorise the repairs to my {vehicle} as"
    " quoted ({price}, excess {price}) under claim {invoice}. Driving licence: {dl}. Return"
    " the car to:\n{address_sp}",
    "The courtesy car came back with {qty} litres less fuel and a dent in the rear door."
    " The customer, {name} (licence {dl}, card on file {card}), disputes the charge."
    " Assessor: {title}. Photos taken {ts}.",
)
_MORTGAGE = (
    "Mortgage in principle - applicant 1\nName: {name}\nDate of birth: {dob}\nCurrent"
    " address: {address_ml}\nYears at address: {qty}\nEmployer: {company}, {job}\nGross"
    " salary: {price} per month",
    "Hi, the valuer needs access to the flat on {weekday} between {time} and noon. The"
    " vendor's agent, {org}, has the keys. Please confirm to {email}. Thanks, {first}"
    " (buyer)",
    "Proof of funds for the deposit: statement attached, account {iban} in the name of"
    " {name}, balance {price} on {date}. Part of it is a gift from my parents, {other1} and"
    " {other2}; their letter will follow. ID: passport {passport}.",
)
_ADMISSIONS = (
    "Application for a Year 7 place\nChild: {other1}\nParent or carer: {name}\nHome"
    " address: {address}\nPhone: {phone}\nFirst preference: Isaac Newton Academy\nSibling"
    " at the school: no",
    "Hello, I missed the resit registration deadline on {date} because I was in hospital."
    " Student number {order}, I'm {first} {last}, email {email}. Could the board of"
    " examiners still let me sit {weekday}'s paper?",
    "International applicant checklist\nPassport: {passport}\nDate of birth: {dob}\nTuition"
    " deposit: {price}, paid with card {card}\nAccommodation: Curie Hall, room {qty}\n"
    "Arrival flight: {flight}",
)
_ENERGY = (
    "Switching confirmation\nYour supply at {address} moves to us on {date}.\nAccount"
    " holder: {name}\nEstimated annual cost: {price}\nDirect debit from {iban}, taken on"
    " the {qty}th\nYou have 14 days to change your mind.",
    "The smart meter has shown zero since {weekday}. Serial on the display: {order}. I"
    " topped up {price} at {time} and nothing happened. Please send an engineer to:\n"
    "{address_ml}\n{name}, {phone}",
    "Priority services register\nName: {first} {last}\nDate of birth: {dob}\nReason: home"
    " oxygen equipment\nSecond contact: {other1}, {phone_intl}\nTown: {home}",
)
_VISA = (
    "Visa application summary\nSurname: {last}\nGiven names: {first}\nPassport number:"
    " {passport}\nPurpose: business, invited by {company}\nArrival: {date}, flight"
    " {flight}\nFee paid: {price}\nSubmitted from {ip}",
    "Dear consular section, my residence permit card was stolen near {landmark} on {date}."
    " Police report {ticket}. My national ID is {nid} and I live at {address}. How do I"
    " replace the card? {name}",
    "Passport office appointment booked for {weekday} at {time}: renewal for {name}, born"
    " {dob}. Bring the old passport ({passport}), two photos and {price} by card. The"
    " confirmation has been sent to {email}.",
)
_ONBEHALF = (
    "Writing for my elderly neighbour, {other1}, who has no e-mail. Her order {order}"
    " ({product}) was left outside and has gone. She lives at {address}; the best contact"
    " is me, {name}, on {phone}.",
    'Passing this on from the front desk, the guest left before we could reply:\n"Hello, I'
    " am {name}, room {qty}, I think my card {card} was charged {price} twice. Write to me"
    ' at {email}."\nReception, night shift',
    "Hi, {other2} from Accounts asked me to send this over. Supplier contact: {first}"
    " {last}, {job} at {company}, direct line {phone_intl}, remittance to {iban}. PO"
    " {invoice}, 30 days.",
)
_SCANNED = (
    "[scanned page 1/2, OCR]\nPAYSLIP   Period: {date}\nEmployee: {name}   Employee no:"
    " {order}\nNI/SSN: {nid}\nGross {price}   Net {price}\nPaid to: {iban}\n{company},"
    " Payroll Department",
    "OCR text from photo:\nPOLICE REPORT   Ref {ticket}\nComplainant: {last}, {first}\n"
    "D.O.B.: {dob}\nAddress: {address}\nStolen: {brand}, wallet with card {card}\nReporting"
    " officer: badge {qty}{qty}",
    "My driving licence retyped because the photo is blurry:\n1. {last}\n2. {first}\n3."
    " {dob}\n5. {dl}\n8. {address_ml}\n9. B, AM",
)
_PARCEL = (
    'Tracking for {tracking} says "delivered to safe place" with a photo of a door that'
    " isn't mine. I'm at {address}, green door, flat {qty}. Please check with the driver."
    " {name}, {phone}",
    'Card through the door {weekday} at {time}: "Sorry we missed you, your parcel from'
    ' {org} is at the {hub} depot". Can you redeliver to my office instead? {first}'
    " {last}, {company},\n{address_sp}",
    "Damaged in transit: the {product} ({measure}) arrived in pieces and the box was"
    " soaked. Order {order}, paid {price} with {card}. I kept the packaging for the courier"
    " to inspect. Reply to {email}.",
)
_NOCAPS = (
    "yo my subscription got charged again even tho i cancelled last month its {email} pls"
    " refund {first}",
    "hey the driver left my stuff next door not at {address} can u sort it {phone}",
    "anyone there my name is {name} i live in {home} and my card {card} keeps getting"
    " declined on ur app",
)
_PHONECALL = (
    "yes hello i'm calling for my mum her name is {name} and the meter number is {order}"
    " she's not very good on the phone so my number is {phone_sp}",
    "okay the licence number is {dl} and er the registered address is {address} sorry about"
    " the noise i'm in the car",
    "right yeah so the account email is {email_sp} and my date of birth is {dob} and it's"
    " about the smart meter",
)
_RO_ABONAMENT = (
    "Vă rog să-mi reziliați abonamentul la sală de la sfârșitul lunii. Membru: {name}, nr."
    " abonament {order}. Cei {price} lunari se iau de pe cardul {card}; opriți, vă rog,"
    " plata. La recepția din {hub} mi s-a spus să vă scriu.",
    "Abonament suspendat ✔\nPachet: Familie, {qty} ecrane\nSuspendat de: {email}\nSe reia"
    " pe: {date}\nUltima plată: {price}, {weekday}\nAutentificare de pe {ip}\nNu ați fost"
    " dumneavoastră? Contactați echipa de securitate.",
    "De ce mi s-a reînnoit abonamentul la revistă? Am anulat telefonic pe {date} (aveți"
    " numărul meu, {phone}). Revista tot vine la {address}. Vreau banii înapoi în {iban}."
    " {first} {last}",
)
_RO_RECLAMATIE = (
    "Către Autoritatea Națională pentru Protecția Consumatorilor\nPetent: {name}, CNP"
    " {cnp}, domiciliat în {home}\nReclamat: {company}\nObiect: {brand} defect, cumpărat pe"
    " {date} cu {price}; magazinul refuză reparația în garanție.\nAnexez bonul {invoice}.",
    "A treia oară vă scriu! Comanda {order} trebuia livrată {weekday}, am stat acasă de la"
    " {time}. La Serviciul Clienți nu răspunde nimeni. Dacă nu primesc {brand} până vineri,"
    " fac plângere. {first} {last}, {phone}",
    "Reclamație în registrul magazinului de pe {landmark}\nClient: {name}\nTelefon:"
    " {phone}\nE-mail: {email}\nDescriere: vânzătorul n-a vrut să-mi dea bon pentru"
    " {price}.\nRăspuns: șeful de tură, {title}",
)
_RO_ASIGURARE = (
    "Avizare daună CASCO\nAsigurat: {name}\nCNP: {cnp}\nAutovehicul: {vehicle}, {plate}\n"
    "Eveniment: grindină, {date}, parcarea de lângă {landmark}\nPermis de conducere: {dl}\n"
    "IBAN pentru despăgubire: {iban}",
    "Bună ziua, am la dumneavoastră o poliță de locuință pentru apartamentul de la"
    " {address}. Vecinul de sus, {other1}, m-a inundat {weekday}. Constatarea se poate face"
    " oricând după ora {time}. Dosar {ticket}. {first}, {phone}",
    "Formular asigurare de călătorie\nTitular: {last} {first}\nData nașterii: {dob}\n"
    "Pașaport: {passport}\nDestinație: {hub}, {qty} zile\nPrimă: {price}\nPlătit cu cardul"
    " {card}\nFormular trimis de pe IP {ip}",
)
_RO_STOMATOLOG = (
    "Reamintire: {first}, aveți consultație și detartraj {weekday}, {date}, la ora {time},"
    " cu {other1}. Anularea cu mai puțin de 24 de ore înainte costă {price}. Răspundeți DA"
    " pentru confirmare. Clinica Dentară Zâmbet Sănătos",
    "Fișă pacient nou\nNume și prenume: {name}\nData nașterii: {dob}\nCNP: {cnp}\nAdresă:"
    " {address}\nTelefon: {phone}\nAlergii: penicilină\nTrimis de: Spitalul Clinic de"
    " Nefrologie Dr. Carol Davila",
    "Bună ziua, au ieșit analizele soțului meu, {other2}, și pe portal scrie să sunăm. Mă"
    " puteți suna pe mine? Sunt {name}, aparținătorul lui, la {phone}. El e născut pe"
    " {dob}. Suntem acasă în {home} toată ziua de {weekday}.",
)
_RO_CREDIT = (
    "Cerere credit ipotecar - solicitant 1\nNume: {name}\nCNP: {cnp}\nSerie CI: {ro_id}\n"
    "Adresă actuală: {address_ml}\nAngajator: {company}, {job}\nVenit net: {price}/lună",
    "Bună, evaluatorul băncii are nevoie să intre în apartament {weekday}, între {time} și"
    " prânz. Cheile sunt la agenția {org}. Eu vin cu mașina {plate}, o las în curte."
    " Confirmați, vă rog, pe {email}. Mulțumesc, {first} (cumpărător)",
    "Dovada avansului: extras de cont {iban}, titular {name}, sold {price} la {date}. O"
    " parte e donație de la părinți, {other1} și {other2}; contractul de donație urmează."
    " Act de identitate: pașaport {passport}.",
)
_RO_INSCRIERE = (
    "Cerere de înscriere în clasa pregătitoare\nCopil: {other1}\nCNP copil: {cnp}\nPărinte:"
    " {name}\nDomiciliu: {address}\nTelefon: {phone}\nOpțiunea 1: Școala Gimnazială Ion"
    " Creangă\nFrate sau soră în școală: nu",
    "Bună ziua, am ratat termenul de înscriere la restanțe din {date} pentru că am fost"
    " internat. Număr matricol {order}, sunt {first} {last}, e-mail {email}. Mai poate"
    " comisia să mă primească la examenul de {weekday}?",
    "Dosar cazare cămin\nStudent: {name}\nCI seria {ro_id}\nData nașterii: {dob}\nCămin:"
    " Grigore Moisil, camera {qty}\nTaxă: {price}, plătită cu cardul {card}",
)
_RO_GAZE = (
    "Confirmare schimbare furnizor\nLocul de consum de la {address} trece la noi pe"
    " {date}.\nTitular: {name}\nCost anual estimat: {price}\nDebit direct din {iban}\nAveți"
    " 14 zile pentru a renunța.",
    "Contorul inteligent arată zero de {weekday}. Seria de pe afișaj: {order}. Am"
    " reîncărcat {price} la ora {time} și nimic. Trimiteți, vă rog, un tehnician la:\n"
    "{address_ml}\n{name}, {phone}",
    "Cerere consumator vulnerabil\nNume: {first} {last}\nCNP: {cnp}\nCI seria {ro_id}\n"
    "Motiv: concentrator de oxigen la domiciliu\nPersoană de contact: {other1}, {phone}\n"
    "Localitate: {home}",
)
_RO_PASAPORT = (
    "Programare pașaport: {weekday}, {date}, ora {time}, Serviciul Public Comunitar de"
    " Pașapoarte, ghișeul {qty}. Solicitant: {name}, CNP {cnp}. Aduceți pașaportul vechi"
    " ({passport}) și chitanța de {price}.",
    "Stimate domnule director,\nsubsemnatul {name}, domiciliat la {address}, vă rog să-mi"
    " eliberați certificatul de atestare fiscală. CNP {cnp}. Îl ridic personal {weekday}.\n"
    "Cu respect",
    "Mi-a fost furat buletinul lângă {landmark} pe {date}. Numărul plângerii la poliție:"
    " {ticket}. Buletinul vechi: seria {ro_id}. Locuiesc în {home}. Ce acte trebuie să aduc"
    " pentru unul nou? {first} {last}, {email}",
)
_RO_TRANSMIS = (
    "Vă scriu în numele vecinei mele, {other1}, care nu are e-mail. Comanda ei, {order}"
    " ({product}), a fost lăsată la ușă și a dispărut. Locuiește la {address}; mă puteți"
    " contacta pe mine, {name}, la {phone}.",
    "Transmit de la recepție, oaspetele a plecat înainte să-i răspundem:\n„Bună ziua, sunt"
    " {name}, camera {qty}, cred că mi s-au luat de două ori {price} de pe cardul {card}."
    " Scrieți-mi la {email}.”\nRecepția, tura de noapte",
    "Salut, {other2} de la Contabilitate m-a rugat să-ți trimit datele: furnizor {company},"
    " persoană de contact {first} {last}, {job}, telefon {phone}, plata în {iban}, factura"
    " {invoice}, termen 30 de zile.",
)
_RO_SCANAT = (
    "[pagina scanată 1/2, OCR]\nFLUTURAȘ DE SALARIU   Luna: {date}\nAngajat: {name}  "
    " Marca: {order}\nCNP: {cnp}\nBrut {price}   Net {price}\nVirat în: {iban}\n{company},"
    " Serviciul Salarizare",
    "Text OCR din poză:\nPROCES-VERBAL DE CONSTATARE   Nr. {ticket}\nContravenient: {last}"
    " {first}\nCNP: {cnp}\nDomiciliu: {address}\nAutovehicul: {plate}\nAmendă: {price}\n"
    "Agent constatator: insigna {qty}{qty}",
    "Am retranscris permisul pentru că poza e neclară:\n1. {last}\n2. {first}\n3. {dob}\n"
    "4c. DRPCIV\n5. {dl}\n8. {address_ml}\n9. B",
)
_RO_CURIER = (
    "La urmărirea coletului {tracking} scrie „livrat” și e o poză cu o ușă care nu e a mea."
    " Eu stau la {address}, ușa verde, apartamentul {qty}. Verificați, vă rog, cu curierul."
    " {name}, {phone}",
    "Aviz lăsat la ușă {weekday}, la {time}: „Nu v-am găsit acasă, coletul de la {org} vă"
    " așteaptă la depozitul din {hub}.” Îl puteți livra la birou? Sau îl ridic eu cu mașina"
    " {plate}. {first} {last}, {company}",
    "Colet deteriorat: {product} ({measure}) a ajuns făcut bucăți, cutia era udă. Comanda"
    " {order}, plătită {price} cu {card}. Am păstrat ambalajul pentru constatare."
    " Răspundeți-mi la {email}.",
)
_RO_HIBRID = (
    "Salut! Am un issue cu account-ul: nu pot face login de pe {ip}, primesc „access"
    " denied”. Username-ul e {email}, iar în profil am numărul {phone}. Poți să dai un"
    " reset? Mersi, {first}",
    "Bună ziua, for the KYC check am uploadat CI-ul (seria {ro_id}) și un selfie, dar"
    " status-ul e tot „pending” de {weekday}. Customer: {name}, CNP {cnp}. Ticket {ticket}.",
    "Hey, livrarea pentru {company} se face la {address}, nu la headquarters. Contact on"
    " site: {other1}, mobil {phone}; parcarea e rezervată pentru mașina {plate}. Please"
    " confirm până la {time}. Cheers, {name}",
)
_RO_RAPID = (
    "buna mi s-a luat iar abonamentul desi l-am anulat luna trecuta emailul e {email} vreau"
    " banii inapoi {first}",
    "curierul a lasat coletul la vecini nu la {address} puteti rezolva va rog {phone}",
    "alo e cineva aici ma numesc {name} stau in {home} si cardul {card} tot e refuzat in aplicatie",
)
_RO_TELEFONIC = (
    "da bună ziua sun pentru mama mea o cheamă {name} și numărul contorului e {order} ea nu"
    " se descurcă la telefon așa că numărul meu e {phone_sp}",
    "deci ă permisul este {dl} și adresa din buletin e {address} scuzați zgomotul sunt în mașină",
    "păi emailul contului e {email_sp} data nașterii {dob} și e vorba de contorul inteligent",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("subscription", "en", _SUBSCRIPTION)
    + _style("mobileplan", "en", _MOBILEPLAN)
    + _style("chargeback", "en", _CHARGEBACK)
    + _style("dentist", "en", _DENTIST)
    + _style("bodyshop", "en", _BODYSHOP)
    + _style("mortgage", "en", _MORTGAGE)
    + _style("admissions", "en", _ADMISSIONS)
    + _style("energy", "en", _ENERGY)
    + _style("visa", "en", _VISA)
    + _style("onbehalf", "en", _ONBEHALF)
    + _style("scanned", "en", _SCANNED)
    + _style("parcel", "en", _PARCEL)
    + _style("nocaps", "en", _NOCAPS, lower=True)
    + _style("phonecall", "en", _PHONECALL, spoken=True),
    "ro": _style("ro-abonament", "ro", _RO_ABONAMENT)
    + _style("ro-reclamatie", "ro", _RO_RECLAMATIE)
    + _style("ro-asigurare", "ro", _RO_ASIGURARE)
    + _style("ro-stomatolog", "ro", _RO_STOMATOLOG)
    + _style("ro-credit", "ro", _RO_CREDIT)
    + _style("ro-inscriere", "ro", _RO_INSCRIERE)
    + _style("ro-gaze", "ro", _RO_GAZE)
    + _style("ro-pasaport", "ro", _RO_PASAPORT)
    + _style("ro-transmis", "ro", _RO_TRANSMIS)
    + _style("ro-scanat", "ro", _RO_SCANAT)
    + _style("ro-curier", "ro", _RO_CURIER)
    + _style("ro-hibrid", "ro", _RO_HIBRID)
    + _style("ro-rapid", "ro", _RO_RAPID, lower=True)
    + _style("ro-telefonic", "ro", _RO_TELEFONIC, spoken=True),
}
