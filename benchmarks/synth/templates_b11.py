"""Generator B's dev6 templates (used with mimesis values): the sixth tuning split.

Written without reading the detector (its code, rules, lists or models), without running
it or the benchmark and without opening a generated set, separately from
``templates_a11.py`` and in situations and wording that none of the other readable
template files has: author lists, editors' letters and conflict-of-interest statements
of research papers, nomination papers and lists of supporters for a local election,
company registry filings (directors, beneficial owners, a confirmation statement),
petitions with signature rows and a withdrawn signature, money transfer receipts and a
compliance note, IT equipment handovers, visitor badges and leaver checklists, a TV quiz
show's contestant forms, book club posts and minutes, house- and pet-sitting notes,
crowdfunding backer reports as tab-separated rows and a double charge, a volunteering
contract and certificate (Romanian), lower-case language-exchange ads and transcripts
of research interviews with fillers ("um", "uh", "so yeah"; in Romanian "ă", "păi",
"adică"). Names stand without a cue word as subjects and objects, in table rows,
superscripted author lists and checklists, after titles (Dr, domnule, doamna), as
``@`` handles and next to job titles; addresses on one line, over several lines and as
PO boxes; phone numbers national and international; IDs after their cue words; birth
dates labelled on forms. Much of the text that must be kept looks like a name: books
named after their heroines and heroes (Jane Eyre, Emma, Middlemarch, Enigma Otiliei,
Maitreyi, Ion), institutes and parks named after people (Max Planck Institute, Rosalind
Franklin Institute, Parcul Regele Mihai I, Institutul Național de Fizica Laserilor),
universities, journals, parties, shows, banks and firms, laptop serial numbers and asset
tags, manuscript and filing numbers, CAEN codes, weekdays, months, times, amounts, job
titles, departments and towns used as offices. Every template here is used by the dev6
split (none is held out).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_AUTHORLIST = (
    "Authors: {name}¹, {other1}², {other2}¹\n¹ Department of Civil Engineering, Imperial"
    " College London\n² Max Planck Institute for Intelligent Systems, Tübingen\n"
    "*Corresponding author: {email}, tel. {phone_intl}",
    "Dear Dr {last},\nThank you for submitting manuscript JEP-{year}-{qty} to the Journal of"
    " Environmental Psychology. Reviewer 2 ({other1}) asks to see the raw survey data. Please"
    " upload your revision by {date}. The article processing charge will be refunded to"
    " {iban}.\nEditorial Office",
    "Conflict of interest: {first} {last} has received consulting fees from {company}."
    " {other2} declares none. Data were collected under ethics approval {ticket} at the"
    " Rosalind Franklin Institute in {city}.",
)
_NOMINATION = (
    "NOMINATION PAPER, Election of Parish Councillors, {date}\nCandidate's surname: {last}"
    "\nOther names in full: {first}\nHome address: {address}\nProposer: {other1} (elector"
    " no. KH-{qty})\nSeconder: {other2}",
    "Consent to nomination\nI, {name}, of\n{address_ml}\nconsent to being nominated and"
    " confirm that I am at least 18 years old. Date of birth: {dob}. Witnessed by {other1}.",
    "Hi {first}, the Returning Officer at {city} Town Hall needs your papers by noon on"
    " {weekday}. I checked the register and {other2} signed twice, so we are one assentor"
    " short. Ring me on {phone} if the Green Party office is shut.",
)
_COMPANYFILING = (
    "Form AP01, Appointment of director\nCompany: {company}\nDirector: {name}\nDate of"
    " birth: {dob}\nID number: {nid}\nUsual residential address: {address}\nService"
    " address: the registered office in {city}\nOccupation: {job}",
    "Persons with significant control: {other1} (more than 75% of shares) and {first}"
    " {last} (25-50%, voting rights). Identity verified against passport {passport} on"
    " {date}. Filing reference {invoice}.",
    "Re: {company}, annual confirmation statement\nHi {first}, the filing fee of {price} was"
    " taken from card {card}. {other2} is still listed as company secretary, although they"
    " left in {year}. Shall I remove them? Reply to {email}.\nAccounts team",
)
_PETITION = (
    "Petition: Save the Riverside Library\n#,name,town,email,signed\n1,{name},{home},"
    "{email},{date}\n2,{other1},{home},,{date}",
    "Dear {other2},\nPlease find attached {qty} pages of signatures against the cut to the"
    " number 35 bus. The lead petitioner is {name}, {address}, tel. {phone_nat}. We ask that"
    " the Transport Committee hear us on {weekday}.",
    "Signature withdrawn: {first} {last} asked us by e-mail ({email}) to remove their name"
    " from the petition to rename Churchill Gardens. Request logged from IP {ip} at {clock}.",
)
_REMITTANCE = (
    "MONEY TRANSFER RECEIPT\nSender: {name}\nSender ID: passport {passport}\nReceiver:"
    " {other1}\nPayout: cash pickup, {city}\nAmount sent: {price}\nFee: {price}\nMTCN:"
    " {order}\nKeep this receipt. Our staff will never call you from a private number.",
    "Hi, I sent {price} to my cousin {other2} yesterday but the app still says On Hold. The"
    " account is in the name of {first} {last}, card {card}, date of birth {dob}. Please"
    " release it, the money is for rent. Transfer ID {ticket}.",
    "Compliance note {ts}: large transfer flagged. Customer {name}, national ID {nid},"
    " sending {price} to IBAN {iban} in favour of {other1}. Source of funds: sale of a"
    " {vehicle}. Session IP {ip}. Approved by the Branch Manager.",
)
_ASSETDESK = (
    "Equipment handover\nItem: Dell Latitude 7440, serial 8HX2KQ3, asset tag IT-{qty}\n"
    "Issued to: {name}, {job}\nStart date: {date}\nDesk: 4.17, Thames House\nSigned for by"
    " {first} in front of {other1} (Service Desk).",
    "Building access request\nVisitor: {name}\nHost: {other2}, ext. 4412\nID shown at"
    " reception: driving licence {dl}\nAccess: Floors 2-3, {weekday} only\nCar: {vehicle}"
    " (please register it for the basement car park)",
    "Leaver checklist for {first} {last}\n[x] MacBook Pro returned (serial C02FK1ZXQ05D)\n"
    "[ ] YubiKey\n[x] VPN account disabled, last seen from {ip}\n[ ] Forward mail from"
    " {email} to {other1}\nLine manager: {other2}",
)
_QUIZSHOW = (
    "CONTESTANT APPLICATION, Brain Box Series 9\nFull name: {name}\nDate of birth: {dob}\n"
    "Town: {home}\nDaytime phone: {phone}\nSpecialist subject: Kings and Queens of England"
    "\nHave you been on TV before? Yes, Pointless in {year}.",
    "Hi {first}! Brain Box auditions are in {city} on {weekday} at {time}. We have your"
    " driving licence on file as {dl}; if that has changed, bring your passport instead."
    " Your researcher is {other1}.",
    "Prize payment form\nWinner: {first} {last}\nPrize: {price}\nPay to: {iban}\nTax ID:"
    " {nid}\nHome address:\n{address_ml}\nPlease allow 28 days. Questions to {other2},"
    " Contestant Welfare.",
)
_BOOKCLUB = (
    "Book club, {weekday} at {time} 📚 This month: Jane Eyre. {other1} is hosting at"
    " {address}; bring a bottle. {first}, could you return the Penguin Classics copy? Next"
    " month {other2} picks: The Count of Monte Cristo.",
    "Minutes of the Tuesday Readers, {date}\nPresent: {name}, {other1}, {other2}\nWolf Hall:"
    " the ending divided the room.\nAction: {last} to book the back room at the Red Lion for"
    " the Christmas social, budget {price}.",
    "@{first} totally agree, Middlemarch is a slog until chapter 20. Is anyone swapping at"
    " Saturday's book fair? I have Little Women and Emma to trade, DM me or ring"
    " {phone_nat}.\n{name}",
)
_HOUSESIT = (
    "Welcome, {first}! Thanks for minding the house and Pickles the cat while we're in"
    " Portugal.\nWi-Fi: SkyHome-4421 (password on the fridge)\nVet: Riverside Vets,"
    " Mon-Sat\nIf the alarm goes off, ring {other1} next door on {phone}. The spare key is"
    " with {other2}.",
    "House-sit agreement\nOwner: {name}, {address}\nSitter: {other1}\nDates: {date} to"
    " {date}\nSitter's ID: passport {passport}, driving licence {dl} (for the car)\nIn an"
    " emergency the owner can be reached on {phone_intl} or at {email}.",
    "Quick update from your sitter: watered the tomatoes, took in a parcel for {other1}"
    " (tracking {tracking}) and the boiler engineer from {company} came at {time}. Your"
    " neighbour {other2} says hello.\n{name}",
)
_CROWDFUND = (
    "Backer report, campaign 'Tiny Forest Kit'\nbacker_id\tname\treward\tship_to\n{qty}\t"
    "{name}\tEarly Bird\t{address}\n{qty}\t{other1}\tSapling Pack\tlocal pickup, {city}",
    "Hi {first}, thanks for backing us! 🌱 Your reward ships on {date}. The courier needs a"
    " phone number: we have {phone}, is that right? If you have moved from {address_sp},"
    " reply before the survey locks.",
    "Refund request from backer {name}: charged twice on card {card} ({price} each)."
    " Confirmed in Stripe at {ts} from {ip}. Approved by {other1}, Community Manager."
    " Confirmation sent to {email}.",
)
_TANDEM = (
    "hi im {first} native spanish speaker looking for an english tandem partner coffee at"
    " the british library weekdays after 5 my whatsapp is {phone}",
    "looking for someone to practise german with twice a week online or in person near"
    " {landmark} message {name} at {email} no dating pls",
    "language exchange tonight at the lamb and flag {other1} and {other2} are hosting were"
    " at the big table by the window entry 3 quid ill be late {first} {last}",
)
_FIELDINTERVIEW = (
    "interviewer okay so just for the recording can you say your name um yeah it's {name}"
    " and i'm um forty two and i've lived in {home} for like ten years now so yeah",
    "participant uh so the person who helped me most was my caseworker {other1} she um she'd"
    " ring me on {phone_sp} every week and uh yeah that made a big difference",
    "interviewer and how should we send you the voucher participant oh uh email is fine"
    " it's {email_sp} or post it to {address} um whichever is easier",
)

_RO_AUTORI = (
    "Autori: {name}¹, {other1}², {other2}¹\n¹ Facultatea de Chimie, Universitatea"
    " Babeș-Bolyai, Cluj-Napoca\n² Institutul Național de Fizica Laserilor, Măgurele\n"
    "*Autor corespondent: {email}, tel. {phone_intl}",
    "Stimată doamnă {last},\nVă mulțumim pentru manuscrisul RRC-{year}-{qty} trimis"
    " Revistei Române de Chimie. Recenzentul 2 ({other1}) cere datele brute. Vă rugăm să"
    " încărcați versiunea revizuită până pe {date}.\nRedacția",
    "Declarație privind conflictul de interese: {first} {last} a primit onorarii de"
    " consultanță de la {company}. {other2} nu declară niciun conflict. Studiul are avizul"
    " comisiei de etică nr. {ticket} a Spitalului Clinic Județean {city}.",
)
_RO_CANDIDATURA = (
    "LISTĂ DE SUSȚINĂTORI pentru candidatul independent {other1}, alegerile locale din"
    " {year}\nNr. | Nume și prenume | CNP | Domiciliu | Semnătura\n1 | {name} | {cnp} |"
    " {address} | ✍\n2 | {other2} | - | {home} | ✍",
    "Subsemnatul {name}, născut la {dob}, posesor al CI {ro_id}, declar pe propria răspundere"
    " că accept candidatura pentru funcția de consilier local în comuna {city}.",
    "Salut, {first}! Biroul Electoral de Circumscripție închide depunerea dosarelor"
    " {weekday} la ora {time}. Am verificat listele: {other2} a semnat de două ori, deci mai"
    " trebuie o semnătură. Sună-mă la {phone} dacă îți lipsesc formularele.",
)
_RO_REGISTRUL = (
    "Cerere de înregistrare la Oficiul Registrului Comerțului\nDenumire: {company}\nAsociat"
    " unic și administrator: {name}\nCNP: {cnp}\nCI: {ro_id}\nDomiciliu: {address}\nSediul"
    " social: {city}\nActivitate principală: CAEN 6201",
    "Beneficiari reali: {other1} (peste 75% din părțile sociale) și {first} {last} (între"
    " 25% și 50%). Identitate verificată cu pașaportul {passport} pe {date}. Număr de"
    " înregistrare a cererii: {invoice}.",
    "Re: {company}, depunerea situațiilor financiare\nBună, {first}! Taxa de {price} s-a"
    " plătit cu cardul {card}. {other2} apare încă drept administrator, deși a plecat din"
    " firmă în {year}. Îl scoatem? Răspunde-mi pe {email}.\nCabinetul de contabilitate",
)
_RO_PETITIE = (
    "Petiție: Nu mutați Biblioteca Județeană!\nnr,nume,localitate,email,data\n1,{name},"
    "{home},{email},{date}\n2,{other1},{home},,{date}",
    "Stimate domnule {other2},\nVă înaintăm {qty} pagini de semnături împotriva desființării"
    " liniei de autobuz 335. Inițiatorul petiției este {name}, cu domiciliul în {address},"
    " tel. {phone_nat}. Solicităm o audiență la Comisia de Transport {weekday}.",
    "Semnătură retrasă: {first} {last} ne-a cerut pe e-mail ({email}) să-i ștergem numele"
    " de pe petiția pentru Parcul Regele Mihai I. Cererea a venit de la IP-ul {ip} la"
    " {clock}.",
)
_RO_TRANSFER = (
    "CHITANȚĂ TRANSFER DE BANI\nExpeditor: {name}\nAct de identitate: CI {ro_id}\n"
    "Beneficiar: {other1}\nPlata: numerar, agenția din {city}\nSuma trimisă: {price}\n"
    "Comision: {price}\nCod transfer: {order}\nAngajații noștri nu vă sună niciodată de pe"
    " număr privat.",
    "Bună ziua, i-am trimis ieri {price} verișoarei mele, {other2}, dar în aplicație scrie"
    " tot «În așteptare». Contul e pe numele {first} {last}, cardul {card}, data nașterii"
    " {dob}. Vă rog să-l deblocați, banii sunt pentru chirie. ID transfer {ticket}.",
    "Notă de conformitate {ts}: transfer mare semnalat. Clientul {name}, CNP {cnp}, trimite"
    " {price} în contul {iban} pe numele {other1}. Sursa banilor: vânzarea unui {vehicle}"
    " cu numărul {plate}. Aprobat de directorul de sucursală.",
)
_RO_INVENTAR = (
    "PROCES-VERBAL DE PREDARE-PRIMIRE\nEchipament: laptop Lenovo ThinkPad T14, seria"
    " PF3XK2LM, nr. inventar IT-{qty}\nPredat către: {name}, {job}\nData: {date}\nBirou:"
    " etajul 4, clădirea Sky Tower\nAm primit, {first}. Martor: {other1} (Service Desk).",
    "Cerere de acces în clădire\nVizitator: {name}\nGazdă: {other2}, interior 4412\nAct"
    " prezentat la recepție: permis de conducere {dl}\nAcces: etajele 2-3, doar {weekday}\n"
    "Mașina: {vehicle}, {plate}, în parcarea de la subsol",
    "Checklist de plecare pentru {first} {last}\n[x] MacBook returnat (seria C02FK1ZXQ05D)\n"
    "[ ] token YubiKey\n[x] cont VPN dezactivat, ultima conectare de la {ip}\n[ ]"
    " redirecționare e-mail de pe {email} către {other1}\nȘef direct: {other2}",
)
_RO_CONCURS = (
    "FORMULAR DE ÎNSCRIERE, emisiunea „Cine știe câștigă”, sezonul 9\nNume complet: {name}"
    "\nData nașterii: {dob}\nLocalitatea: {home}\nTelefon: {phone}\nDomeniu preferat:"
    " Domnitorii Țării Românești\nAți mai apărut la TV? Da, la Vrei să fii milionar? în"
    " {year}.",
    "Bună, {first}! Preselecția pentru emisiune are loc la {city}, {weekday}, la ora {time}."
    " Avem trecut permisul dumneavoastră cu nr. {dl}; dacă s-a schimbat, aduceți"
    " buletinul. Redactor: {other1}.",
    "Formular de plată a premiului\nCâștigător: {first} {last}\nPremiu: {price}\nCont:"
    " {iban}\nCNP: {cnp}\nAdresa:\n{address_ml}\nPlata se face în 28 de zile. Întrebări:"
    " {other2}, Departamentul Concurenți.",
)
_RO_CENACLU = (
    "Clubul de lectură, {weekday} la {time} 📚 Luna asta: Enigma Otiliei. Ne primește"
    " {other1} la {address}; aduceți ceva de băut. {first}, ne aduci înapoi ediția de la"
    " Humanitas? Luna viitoare alege {other2}: Maitreyi.",
    "Procesul-verbal al cenaclului de marți, {date}\nPrezenți: {name}, {other1}, {other2}\n"
    "Am discutat Moromeții (finalul a împărțit sala).\nDe făcut: {last} rezervă sala din"
    " spate de la Cărturești Carusel pentru seara de Crăciun, buget {price}.",
    "@{first} exact, Ciuleandra se citește greu până la jumătate. Face cineva schimb de"
    " cărți la târgul de sâmbătă? Am Ion și Baltagul de dat, scrieți-mi sau sunați la"
    " {phone_nat}.\n{name}",
)
_RO_CASA = (
    "Bine ai venit, {first}! Mersi că ai grijă de casă și de Pisicuța cât suntem în Grecia."
    "\nWi-Fi: DIGI-4421 (parola e pe frigider)\nVeterinar: clinica Vet Center, luni-sâmbătă"
    "\nMașina din curte ({plate}) rămâne acolo. Dacă pornește alarma, sună-l pe vecinul"
    " {other1} la {phone}. Cheia de rezervă e la {other2}.",
    "Înțelegere pentru paza locuinței\nProprietar: {name}, {address}\nÎngrijitor: {other1}"
    "\nPerioada: {date} – {date}\nActul îngrijitorului: CI {ro_id}\nÎn caz de urgență,"
    " proprietarul poate fi găsit la {phone_intl} sau la {email}.",
    "Salut! Noutăți de la casă: am udat roșiile, am primit un colet pentru {other1} de la"
    " eMAG (AWB {tracking}) și a venit la {time} tehnicianul de la {company} pentru"
    " centrală. Vecina {other2} vă salută.\n{name}",
)
_RO_VOLUNTARI = (
    "CONTRACT DE VOLUNTARIAT nr. {invoice}\nOrganizația gazdă: Asociația Salvați Copiii,"
    " filiala {city}\nVoluntar: {name}, CNP {cnp}, cu domiciliul în {address}\nActivitate:"
    " meditații pentru copii, 4 ore pe săptămână\nCoordonator: {other1}",
    "Salut, {first}! Sâmbătă plantăm copaci în Pădurea Băneasa cu echipa de la {company}."
    " Ne vedem la {time} la intrarea principală. Transportul îl face {other2} cu {vehicle}"
    " ({plate}). Confirmă-mi la {phone}, te rog.",
    "ADEVERINȚĂ DE VOLUNTARIAT\nSe certifică faptul că {first} {last}, născut(ă) la {dob},"
    " a făcut {qty} ore de voluntariat la Fundația Comunitară {city}, între martie și iunie"
    " {year}.",
)
_RO_TANDEM = (
    "salut sunt {first} vorbitor nativ de spaniola caut partener pt schimb romana-spaniola"
    " o cafea la carturesti dupa 5 in timpul saptamanii whatsapp {phone}",
    "caut pe cineva sa exersam germana de 2 ori pe sapt online sau pe langa {landmark}"
    " scrieti-i lui {name} la {email} fara agatat va rog",
    "intalnire de schimb de limbi diseara la ceainaria din centrul vechi {other1} si"
    " {other2} organizeaza stam la masa mare de langa geam intrarea 15 lei eu vin mai"
    " tarziu {first} {last}",
)
_RO_INTERVIU = (
    "intervievator bun deci doar pentru înregistrare vă puteți spune numele ă da sunt"
    " {name} am patruzeci și doi de ani și stau în {home} de vreo zece ani deci da",
    "participant păi cel mai mult m-a ajutat asistenta socială {other1} ea mă suna la"
    " {phone_sp} în fiecare săptămână și ă adică asta a contat enorm",
    "intervievator și cum vă trimitem voucherul participant ă pe mail e bine e {email_sp}"
    " sau prin poștă la {address} cum vă e mai simplu",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("authorlist", "en", _AUTHORLIST)
    + _style("nomination", "en", _NOMINATION)
    + _style("companyfiling", "en", _COMPANYFILING)
    + _style("petition", "en", _PETITION)
    + _style("remittance", "en", _REMITTANCE)
    + _style("assetdesk", "en", _ASSETDESK)
    + _style("quizshow", "en", _QUIZSHOW)
    + _style("bookclub", "en", _BOOKCLUB)
    + _style("housesit", "en", _HOUSESIT)
    + _style("crowdfund", "en", _CROWDFUND)
    + _style("tandem", "en", _TANDEM, lower=True)
    + _style("fieldinterview", "en", _FIELDINTERVIEW, spoken=True),
    "ro": _style("ro-autori", "ro", _RO_AUTORI)
    + _style("ro-candidatura", "ro", _RO_CANDIDATURA)
    + _style("ro-registrul", "ro", _RO_REGISTRUL)
    + _style("ro-semnaturi", "ro", _RO_PETITIE)
    + _style("ro-remitere", "ro", _RO_TRANSFER)
    + _style("ro-inventar", "ro", _RO_INVENTAR)
    + _style("ro-concurs", "ro", _RO_CONCURS)
    + _style("ro-cenaclu", "ro", _RO_CENACLU)
    + _style("ro-casa", "ro", _RO_CASA)
    + _style("ro-voluntari", "ro", _RO_VOLUNTARI)
    + _style("ro-tandem", "ro", _RO_TANDEM, lower=True)
    + _style("ro-interviu", "ro", _RO_INTERVIU, spoken=True),
}
