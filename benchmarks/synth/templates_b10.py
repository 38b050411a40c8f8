"""Generator B's fifth blind (held-out) templates, used with mimesis values.

English: a boat insurance broker's e-mails and policy schedule, a laundry and dry-cleaning
service, a pawn shop's pledge ledger (``key=value``) and pawn tickets, a lift maintenance
firm's callouts and inspection letters, sign-language interpreter bookings, a community
radio station's prize winners, a tool hire depot, a recording studio's booking chat and
session sheet, a cruise ship's guest services, short plain statements about hot-air
balloon passengers, lower-case texts to a window cleaner and a call to a self-storage
site. Romanian: a watchmaker's repair slips, a tyre storage service, a christening party
at a restaurant, an appliance scrappage voucher, a season pass at an open-air pool, a
minibus carrying passengers and parcels to Italy, a speech therapist for children,
short plain statements about a children's summer camp, lower-case messages to a barber,
a call to a vehicle inspection (ITP) station, a joinery making kitchens and wedding dance
lessons. About a third of the templates are short statements with no field labels. Made
hard: capitalised everyday words and form labels, rooms, venues, shops and schools named
after famous people, brands and products, streets used as landmarks, towns as depots and
destinations, weekdays, times, amounts and reference numbers next to personal numbers,
several people per message and names in varied positions (openings, possessives, lists,
signatures, chat speaker labels, log fields).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]

# --- English -------------------------------------------------------------------------

_MARINE = (
    "Dear {last},\n\nThank you for choosing Harbourside Marine Brokers. Hull and machinery "
    "cover for the sailing yacht Sea Breeze II (Bavaria Cruiser 37, moored at {hub}) starts "
    "on {date} for an annual premium of {price}. Please send the skipper's certificate and "
    "the Out of Water Survey before {weekday}. If anything changes, ring me on {phone} or "
    "reply to {email}.\n\nKind regards,\n{other1}\n{title}, Harbourside Marine Brokers",
    "Policy Schedule {invoice}\nInsured: {name}\nDate of Birth: {dob}\n"
    "Correspondence Address:\n{address_ml}\n"
    "Vessel: Princess V50 motor cruiser, Berth 14, Nelson Quay Marina\n"
    "Named Skippers: {other1}, {other2}\nPremium: {price} by Direct Debit from {iban}\n"
    "Excess: Storm damage {price}",
    "{name} reported the theft of a Yamaha outboard engine from the Admiral Rodney Marina "
    "on {weekday} night.",
)

_LAUNDRY = (
    "Ticket {order} | Collect from: {address} | Customer: {name} | Items: {qty} shirts, "
    "one Barbour wax jacket, two King Size duvet covers | Express, ready {weekday} after "
    "{time} | Text updates to {phone_nat}",
    "Hi {first}, it's Bubbles & Suds Laundrette on {landmark}. Your {brand} is cleaned and "
    "pressed, but the red wine on the Queen Anne tablecloth did not come out fully, sorry. "
    "Balance due {price}. Our Thursday driver {other1} can drop everything off if you reply "
    "YES. Order placed online from IP {ip}.",
    "{name} paid {price} for a monthly wash-and-fold plan with the card {card} on {date}.",
)

_PAWN = (
    'pledge_id={order} customer="{name}" dob={dob} id_seen=passport:{passport} '
    'item="Rolex Oyster Perpetual, steel, box and papers" loan={price} term=6m '
    "branch={city} valuer={other1} status=ACTIVE",
    "Pawn Ticket {invoice}. Received from {name} of {address}: one Gibson Les Paul guitar, "
    "one Canon EOS camera body and a Cartier Love bracelet. Loan of {price} at 4% per month, "
    "to be redeemed by {date}. Proof of identity: driving licence {dl}. "
    "Checked by {other2} (Senior Valuer).",
    "{name} pawned a Tiffany necklace on {weekday} and left {phone} as a contact number.",
)

_LIFT = (
    "Callout {ticket} - Lift 2, Darwin Court, {landmark}. Passenger entrapment reported at "
    "{time} by {name} (Flat 7), released by engineer {other1} after 22 minutes. "
    "Caller's mobile: {phone}. Otis Gen2 controller reset, firmware {version}.",
    "Dear {last},\n\nFollowing the LOLER inspection on {date}, the Schindler 3300 at the "
    "Churchill Building failed on the landing door interlock. Our quote {invoice} for "
    "{price} is attached. Please confirm access for {weekday} with our planner {other2} on "
    "{phone_intl}, or reply to {email}.\n\nKone & Partners Lift Care, Service Desk",
    "{name} was stuck in the lift at the Brunel Health Centre for forty minutes on {weekday} "
    "until {other1} got the doors open.",
)

_BSL = (
    "Booking Request {ticket}\nDeaf Client: {name}\nLanguage: BSL, hands-on signing\n"
    "Appointment: {weekday} {time}, Maternity Outpatients, Queen Elizabeth Hospital\n"
    "Contact by SMS only: {phone}\nInvoice to: {org}\nInterpreter Assigned: {other1}\n"
    "Submitted via web form from {ip}",
    "Hi {first}, I can cover the BSL job in the Emmeline Pankhurst Room on {date} from {time}, "
    "two hours at {price}. My co-worker for the afternoon will be {other2}. Could you confirm "
    "the client's email ({email}) so I can introduce myself? Thanks, {other1}",
    "{name} needs a Makaton interpreter at {city} County Court on {date}; the date of birth "
    "on the referral is {dob}.",
)

_RADIO = (
    "ON AIR NOTE, Breakfast Show prize draw, {weekday}. Winner: {name} from {home}, who "
    "named the {band} single in three seconds. Prize: two tickets to the O2 Academy plus a "
    "Bose speaker. Producer to call back on {phone_nat} after the Nine O'Clock News.",
    "From: Harbour FM Promotions\nTo: {email}\nSubject: You won the Friday Feeling quiz!\n\n"
    "Congratulations {first}! Your {brand} hamper leaves our studio with {org} today, "
    "tracking {tracking}, addressed to {address}. Questions go to our presenter {other1}, "
    "not to this mailbox.",
    "{name} won {price} in the Drive Time jackpot and was interviewed by {other2} live from "
    "the Marconi Studio.",
)

_TOOL_HIRE = (
    "Hire Contract {order}\nHirer: {name}, {company}\nSite Address: {address}\n"
    "Kit: Kubota mini digger, Stihl cut-off saw, {qty} Acrow props\n"
    "Off-hire: {weekday} before {time}\nDeposit: {price} held on card {card}\n"
    "ID Seen: driving licence {dl}",
    "{first}, the Makita SDS drill you returned to our {hub} depot was missing its chuck, "
    "so a {price} charge has been added to invoice {invoice}. Any questions, speak to "
    "{other1}, Branch Manager, on {phone}.",
    "{name} hired a Belle cement mixer for the weekend and paid the deposit from account {iban}.",
)

_STUDIO = (
    "[{clock}] {first}: hi, is Studio A (the Abbey Suite) free on {weekday} for a full day? "
    "we're tracking a {band} cover\n"
    "[{clock}] Front Desk: Yes, 10:00-22:00, {price} incl. engineer, and {other1} is on "
    "shift. Booking {order}, confirmation goes to {email}\n"
    "[{clock}] {other2}: drummer here, can we load in through the Marley Lane door at 9?",
    "Session Sheet {invoice} | Artist: {name} | Mix Engineer: {other1} | Producer: {other2} "
    "| Room: Bowie Room, {hub} | Masters delivered {date} | Deposit refund of {price} to "
    "{iban}",
    "{name} recorded a first EP at the Hendrix Room in {city} and can be reached on {phone}.",
)

_CRUISE = (
    "Guest Services, MS Aurora Star, Deck 5\nCabin 7142: {name}, passport {passport}, "
    "born {dob}\nTravelling with: {other1}\nMuster Station: C, Vivaldi Lounge\n"
    "Shore Excursion: {hub} old town walk, {weekday} {time}\n"
    "Onboard account settled by card {card}",
    "Dear {first},\n\nWe are sorry your luggage did not reach the ship in {hub}. It has been "
    "traced and will be delivered to your home, {address}, by {company} within {qty} "
    "working days (reference {tracking}). Our Captain's Club team has credited {price} to "
    "your onboard account.\n\nWarm wishes,\n{other2}\nGuest Relations Manager",
    "{name} missed the last tender back to the ship in Santorini and called the port agent "
    "from {phone_intl}.",
)

_BALLOON = (
    "{name} was born on {dob} and flew with Skyward Balloons over {city} on {date}.",
    "{name}, of {address}, booked the Champagne Sunrise flight for two and gave {email} "
    "for the voucher.",
    "{name}, ID number {nid}, broke an ankle on landing near {home}; the pilot, {other1}, "
    "filed the report.",
)

_WINDOW_TYPED = (
    "hi its {first} at {address} can you do the conservatory roof too this {weekday} "
    "gate code is 4471 ring me on {phone} if the side gate is locked",
    "paid you {price} by bank transfer from {iban} for march and april ref {invoice} "
    "tell {other1} the skylight in the loft still has streaks thanks {last}",
    "{name} from the corner house on {landmark} wants a quote for gutters and fascias "
    "call after {time} on {phone_nat}",
)

_STORAGE_CALL = (
    "thank you for calling safestore your call may be recorded hi my name is {name} i rent "
    "unit b forty two at the {hub} branch and i want to move out on {weekday} my number is "
    "{phone_sp} okay and the email on the account please yes it's {email_sp}",
    "agent so the card for the monthly rent is {card_sp} and the unit is for a piano and "
    "some ikea furniture customer yes that's right and the invoices go to {address_sp} "
    "agent lovely and your date of birth please customer {dob}",
    "hi this is {first} calling back about the gate code my brother {other1} lost the key "
    "card and the manager on duty said you can reset it my number is {phone_sp} and the "
    "unit is under the company name {company}",
)

# --- Romanian ------------------------------------------------------------------------

_RO_CEAS = (
    "Bon de reparație nr. {order}\nClient: {name}\nTelefon: {phone}\n"
    "Obiect: ceas Omega Seamaster, brățară metalică\n"
    "Defect: se oprește noaptea, geam zgâriat\nTermen estimat: {date}, cost {price}\n"
    "Preluat de: {other1}, Ceasornicăria Ștefan cel Mare",
    "Bună ziua, doamna {last}, ceasul de buzunar Doxa al bunicului dumneavoastră este gata. "
    "Îl puteți ridica de la atelierul din Pasajul Victoria, {weekday} între 10 și {time}. "
    "Dacă preferați curierul, îl trimitem cu Fan Courier la adresa {address}.",
    "{name} a lăsat la reparat un ceas Tissot și a plătit {price} cu cardul {card}.",
)

_RO_ANVELOPE = (
    "Hotel anvelope – fișă de depozitare {invoice}\nProprietar: {name}\n"
    "Autoturism: {vehicle}, nr. înmatriculare {plate}\n"
    "Set: 4 anvelope de iarnă Michelin Alpin pe jante\nRaft: C-14, depozitul {hub}\n"
    "Eliberare la cerere, cu o zi înainte, la {phone_nat}",
    "Salut {first}, am programat schimbul de roți pentru {weekday}, ora {time}, la "
    "Vulcanizarea Mihai Viteazu. Anvelopele de vară sunt la noi din {date}, taxa de "
    "depozitare e {price}. Dacă nu poți ajunge, anunță-l pe colegul meu {other1}.",
    "{name} și-a lăsat roțile de iarnă la depozit, iar factura i-a fost trimisă pe {email}.",
)

_RO_BOTEZ = (
    "Rezervare botez – Restaurantul Casa Enescu\nPărinți: {name} și {other1}\n"
    "Nași: {other2}\nData: {weekday}, {date}, de la ora {time}\n"
    "Invitați: {qty} adulți și 8 copii\nMeniu: Sarmale, Ciorbă rădăuțeană, tort Diplomat\n"
    "Avans de {price} achitat din contul {iban}",
    "Bună seara, sunt {first}, mama micuței. Vă rog să treceți pe factură firma {company} și "
    "adresa {address}, iar confirmarea să o trimiteți la {email}. Mulțumim, ne vedem "
    "sâmbătă în Salonul Maria Tănase!",
    "{name} s-a născut pe {dob} și a fost botezat la Biserica Sfântul Nicolae din {home}.",
)

_RO_RABLA = (
    "Cerere voucher Rabla Electrocasnice\nNume și prenume: {name}\nCNP: {cnp}\n"
    "Domiciliu: {address}\nProdus predat: frigider Arctic vechi, clasa G\n"
    "Produs nou: mașină de spălat Bosch Serie 6, {price}\nMagazin: Altex {hub}\n"
    "Telefon: {phone}",
    "Stimate domnule {last}, vă informăm că voucherul dumneavoastră de {price} a fost "
    "validat de AFM pe {date}. Vă rugăm să veniți la magazin până {weekday} cu buletinul "
    "{ro_id}.\nCu stimă,\n{other1}, Consilier Clienți",
    "{name} a predat un aragaz vechi la centrul de colectare din {city} și a primit un "
    "tichet de {price}.",
)

_RO_STRAND = (
    "Abonament ștrand – sezonul {year}\nTitular: {name}\nData nașterii: {dob}\n"
    "Copii incluși: {other1}, {other2}\nAcces: Bazinul Olimpic, Complexul Nadia Comăneci\n"
    "Plată: card {card}\nTelefon pentru urgențe: {phone_nat}",
    "Bună, {first}! Cardul tău de acces la Ștrandul Tineretului a fost blocat după ce a fost "
    "folosit de două ori în aceeași zi. Vino la Recepție {weekday} după ora {time} cu un act "
    "de identitate. Ți-am trimis detaliile și pe {email}.",
    "{name} a cumpărat un abonament de vară pentru toată familia și locuiește la adresa {address}.",
)

_RO_MICROBUZ = (
    "Transport persoane și colete România – Italia\nPasager: {name}, pașaport {passport}\n"
    "Îmbarcare: {hub}, autogara de lângă Kaufland, {weekday} ora {time}\n"
    "Destinație: Torino, Corso Vittorio Emanuele II\nLoc: {qty}\n"
    "Telefon în Italia: {phone_intl}\nPreț bilet: {price}",
    "Colet nr. {tracking} pentru {other1}, Roma. Expeditor: {name}, {address}. Conținut: "
    "zacuscă, două borcane de dulceață de caise, haine de copii. Greutate: {measure}. "
    "Telefon expeditor: {phone}. Plata la destinație: {price}.",
    "{name} a plecat cu microbuzul spre Milano pe {date} și a lăsat un număr de contact, "
    "{phone_nat}.",
)

_RO_LOGOPED = (
    "Fișă de înscriere – Cabinetul de logopedie „Micul Orator”\nCopilul: {other1}\n"
    "Data nașterii: {dob}\nPărinte: {name}\nCNP părinte: {cnp}\nTelefon: {phone}\n"
    "Ședințe: {weekday}, ora {time}, pachet de {qty} ședințe, {price}",
    "Bună ziua, doamna {last}! Evaluarea lui {other2} a arătat o ușoară dislalie; vă "
    "recomand exerciții zilnice din caietul Logopedia Distractivă. Raportul complet vi l-am "
    "trimis pe {email}.\nCu drag, {other1}, logoped",
    "{name} își aduce fiul la logoped în fiecare marți și plătește ședințele cu cardul {card}.",
)

_RO_TABARA = (
    "{name} s-a născut pe {dob} și a fost în tabăra de la Straja în vara lui {year}.",
    "{name} locuiește la adresa {address} și poate fi contactat la {phone}.",
    "{other1} a fost înscris în tabăra de la Sovata de mama lui, {name}, care a plătit "
    "{price} din contul {iban}.",
)

_RO_FRIZERIE_TYPED = (
    "salut sunt {first} se poate o programare {weekday} la {time} tuns și barbă la {other1} "
    "numărul meu e {phone}",
    "am plătit {price} cu cardul {card} dar mi-a venit sms că tranzacția a eșuat de două "
    "ori vă rog verificați sunt {name} cu programarea de joi la {time}",
    "{name} și-a uitat geaca de piele la frizeria de pe {landmark} poate să-l sune cineva la "
    "{phone_nat}",
)

_RO_ITP_CALL = (
    "bună ziua stația itp auto expert cu ce vă pot ajuta da bună ziua aș vrea o programare "
    "pentru o {vehicle} numărul de înmatriculare {plate} pe numele {name} și telefonul "
    "{phone_sp}",
    "operator pentru factură am nevoie de adresă client da e {address_sp} operator și un "
    "email client {email_sp} operator mulțumesc vă așteptăm {weekday} la ora {time}",
    "da sunt {first} am sunat ieri pentru mașina socrului meu {other1} vrea să plătească cu "
    "cardul la telefon numărul e {card_sp}",
)

_RO_TAMPLARIE = (
    "Ofertă {invoice} – Atelierul de tâmplărie Brâncuși\nClient: {name}\nAdresă montaj:\n"
    "{address_ml}\nProdus: bucătărie pe colț din MDF vopsit, blat de stejar, {measure}\n"
    "Termen: 6 săptămâni de la avans\nTotal: {price}\nPersoană de contact: {other1}, {phone}",
    "Bună, {first}, măsurătorile la bucătărie le face colegul {other2} {weekday} dimineață. "
    "Te rog să-mi trimiți pe {email} și o poză cu peretele unde vine frigiderul Samsung. "
    "Mulțumesc, Atelierul Brâncuși",
    "{name} a plătit avansul online, de pe adresa IP {ip}, iar comanda a fost confirmată pe "
    "{date}.",
)

_RO_DANS = (
    "Înscriere – Studioul de dans Tango Pasional\nMiri: {name} și {other1}\n"
    "Data nunții: {date}\nMelodia: o piesă {band}\nPachet: {qty} lecții, {price}\n"
    "Telefon: {phone}\nE-mail: {email}",
    "Dragă {first}, lecția de {weekday} se mută în Sala Elvira Popescu, etajul 2, ora {time}. "
    "Instructorul {other2} vă roagă să veniți cu pantofii de la nuntă. Factura {invoice} a "
    "fost emisă pe numele {company}.",
    "{name}, născută pe {dob}, s-a înscris la cursul de salsa de la Casa de Cultură Nicolae "
    "Bălcescu.",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("marine-broker", "en", _MARINE)
    + _style("laundry-ticket", "en", _LAUNDRY)
    + _style("pawn-ledger", "en", _PAWN)
    + _style("lift-callout", "en", _LIFT)
    + _style("bsl-booking", "en", _BSL)
    + _style("radio-prize", "en", _RADIO)
    + _style("tool-hire", "en", _TOOL_HIRE)
    + _style("studio-chat", "en", _STUDIO)
    + _style("cruise-desk", "en", _CRUISE)
    + _style("balloon-plain", "en", _BALLOON)
    + _style("window-typed", "en", _WINDOW_TYPED, lower=True)
    + _style("storage-call", "en", _STORAGE_CALL, spoken=True),
    "ro": _style("ro-ceasornicar", "ro", _RO_CEAS)
    + _style("ro-anvelope", "ro", _RO_ANVELOPE)
    + _style("ro-botez", "ro", _RO_BOTEZ)
    + _style("ro-rabla-voucher", "ro", _RO_RABLA)
    + _style("ro-strand", "ro", _RO_STRAND)
    + _style("ro-microbuz", "ro", _RO_MICROBUZ)
    + _style("ro-logoped", "ro", _RO_LOGOPED)
    + _style("ro-tabara-copii", "ro", _RO_TABARA)
    + _style("ro-frizerie-typed", "ro", _RO_FRIZERIE_TYPED, lower=True)
    + _style("ro-itp-call", "ro", _RO_ITP_CALL, spoken=True)
    + _style("ro-tamplarie", "ro", _RO_TAMPLARIE)
    + _style("ro-dans", "ro", _RO_DANS),
}
