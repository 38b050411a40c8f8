"""Generator A's dev2 templates (used with Faker values): the second tuning split.

Written after the detector had been tuned on the ``dev`` split, in other situations and
wording than ``templates_a.py`` (dev and test) and ``templates_b2.py``: support tickets,
reviews naming staff, CRM notes, SMS, pasted shop notifications, meeting notes, HR
messages, travel bookings, insurance claims, forwarded e-mail threads, chat logs, lists,
lower case and speech. Every template here is used by the dev2 split (none is held out);
they carry much non-personal text that looks risky: organisations, brands with given
names, streets as landmarks, job titles in several languages, versions, measurements.
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_REVIEW = (
    "★★★★☆ Great service at the {org} store on {landmark}. {first} at the till was patient"
    " with me and the {brand} was {pct} off. Only gripe: delivery to {home} took {qty} days.",
    "Review of order {order}: the {product} ({measure}) is lovely. Shout-out to {other1}, the"
    " {title}, who sorted my refund. Posted by {name}, verified buyer since {year}.",
    "1/5. Waited from {time} to closing on {weekday}. Nobody from {company} called back on"
    " {phone_nat} and the {brand} I paid {price} for is still in the {hub} depot. {first}",
)
_TICKET = (
    "Ticket {ticket} | Priority: High | Product: Sync Client {version}\n\nReporter: {name}"
    " <{email}>\nSummary: app crashes on login since {date}. Last good login {ts} from"
    " {ip}.\nAssigned to: Tier 2 (Northwind Traders)",
    "[{ticket}] Payment declined\nCustomer {first} {last} says card {card} was refused"
    " at {time}. Amount {price}, merchant {org}. App: {version}.\nStatus: Waiting"
    " on customer",
    "New request {ticket} via web form\nContact: {name}\nCallback: {phone}\nIssue: the {brand}"
    " ordered on {weekday} weighs {measure} instead of the advertised weight.\nSLA: 8h",
)
_CRM = (
    "CRM note {date}, {time}: spoke to {name} ({job}, {company}). Interested in {qty} seats"
    " of the Enterprise plan, {pct} discount approved by Regional Sales Director. Follow up"
    " on {phone_intl}.",
    "Account: {org}\nPrimary contact: {first} {last}\nBilling contact: {other1}\nNotes: moved"
    " office to {address}. Prefers e-mail ({email}). Renewal due {date}, value {price}.",
    "Lead source: trade fair in {hub}. {name} asked about bulk pricing for the {product}."
    " Lives in {home}, drives in on {weekday}s. Passport copy on file: {passport}, ID"
    " number {nid}.",
)
_SMS = (
    "Hi its {first}, running 10 min late, stuck on {landmark}. Table booked under {last} at"
    " {time}. Call {phone_nat} if u get there first",
    "{org}: Your parcel {tracking} is out for delivery today between {time} and 18:00. Not"
    " home? Reply 1 to reroute. Msg from {first} on {phone}: leave it with the neighbour",
    "Reminder: your {brand} service is booked for {weekday} {time}. Ref {order}. Questions?"
    " {first} {last}, {title}",
)
_NOTICE = (
    "Pasting the confirmation I got:\n---\nORDER CONFIRMED\nOrder {order} | {date}\n{qty} x"
    " {product} ... {price}\nVAT {pct}\nShip to: {name}\n{address_ml}\nPaid with card ending"
    " in the full number {card}\n---\nwhy is the VAT so high?",
    "Shipping notification\nCarrier: Fan Courier | Tracking: {tracking}\nFrom: {org}"
    " warehouse, {hub}\nTo: {name}, {address}\nParcel {measure}, dispatched {ts}",
    "INVOICE {invoice}\nBill to: {first} {last}\nIBAN for payment: {iban}\nDue: {date}\n"
    "Item: {brand} x{qty} = {price}\nThank you for shopping at Marks & Spencer",
)
_MINUTES = (
    "Meeting notes, {weekday} {date}\nAttendees: {name}, {other1}, {other2}\nAgenda\n1."
    " Q3 roll-out of version {version}\n2. {hub} warehouse move\nAction items\n- {first}:"
    " send the budget ({price}) to Finance\n- {other1}: book the room on {landmark}",
    "MINUTES - Project Falcon\nChair: {other2} (Product Owner)\nDecisions: migrate to {version}"
    " by {date}; uptime target {pct}.\nAOB: {name} is on leave, reach on {phone_intl}.",
)
_ONBOARDING = (
    "Welcome aboard, {first}!\nStart date: {date} at the {hub} office ({landmark}).\nYour"
    " manager: {other1}, Head of Customer Success.\nPlease bring your passport ({passport})"
    " and bank details (IBAN {iban}) for payroll.",
    "HR checklist for new hire {name}\n[x] Contract signed {date}\n[ ] Date of birth: {dob}\n"
    "[ ] National insurance / SSN: {nid}\n[ ] Laptop: ThinkPad, OS {version}\n[ ] Buddy:"
    " {other2} ({job})",
    "Hi team, please welcome {name}, our new Chef de projet. {first} relocates from {home} and"
    " starts {weekday}. Desk 4B, next to the {org} account team.",
)
_TRAVEL = (
    "Booking confirmed: {flight} Bucharest OTP -> London LHR, {date}, dep {time}, seat"
    " {qty}C.\nPassenger: {name}\nPassport: {passport}\nDate of birth: {dob}\nBooking ref"
    " {order}",
    "Hotel Continental Forum, {hub}\nGuest: {last}, {first}\nArrival {weekday} {date}, {qty}"
    " nights, {price} per night\nCard on file {card}\nNotes: late check-in after {time}",
    "Car hire pick-up at the {hub} airport desk. Driver: {name}, licence {dl}. Car: {vehicle}"
    " or similar. Mileage limit {qty}0 km per day.",
)
_CLAIM = (
    "Claim {ticket} - Blue Harbor Insurance\nPolicyholder: {name}\nDate of birth: {dob}\n"
    "Incident: water damage on {date}; estimate {price}, excess {pct}\nAddress insured:"
    "\n{address_ml}",
    "Dear Allianz Direct, my {vehicle} was hit in the car park on {landmark} on {weekday}."
    " Policy {invoice}. My licence number is {dl}, phone {phone}. Regards, {name}",
    "Travel insurance claim: flight {flight} cancelled on {date}. Claimant {first} {last},"
    " SSN {nid}, refund to IBAN {iban}. Receipts total {price}.",
)
_COMPLAINT = (
    "FORMAL COMPLAINT\nI, {name}, of {address}, complain about {org}. On {date} their"
    " engineer damaged my {brand}. I expect {price} within 14 days.",
    "This is the third time I write. Order {order}, {qty} items, {price}. Your {title} promised"
    " a callback on {phone_nat} by {time}. Nothing. {first} {last}",
)
_THREAD = (
    "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {weekday}, {date}"
    " {time}\nSubject: Re: Invoice {invoice}\nTo: Accounts Payable\n\nPlease use my"
    " new card {card} for the balance of {price}.",
    "From: Customer Care, Fabrikam Logistics\nTo: {email}\nSubject: Your {org} return"
    " {order}\n\nDear {first},\nwe received the {brand} at our {hub} depot.\n\n> On {date},"
    " {name} wrote:\n> where do I send it? I am at {address_sp}",
    "Subject: FW: access log\nFrom: IT Security\n\nUser {first} {last} logged in from {ip}"
    " at {ts} using client {version}. The account holder lives in {home}. Ticket {ticket}.",
)
_CHATLOG = (
    "[{clock}] Agent A17 (Consilier Clienți): Hello, how can I help?\n[{clock}] {first}: hi,"
    " the {brand} arrived damaged\n[{clock}] {first}: my email is {email}\n[{clock}] Agent"
    " A17 (Consilier Clienți): thanks, ticket {ticket} is open",
    "{clock} <{first}> anyone from billing?\n{clock} <support_bot> Version {version}. Type"
    " HELP.\n{clock} <{first}> card {card} charged {price} twice\n{clock} <{first}> call me"
    " {phone_intl}",
)
_BULLETS = (
    "Things to sort before {weekday}:\n* pay {org} invoice {invoice} ({price})\n* send {other1}"
    " the keys for {address}\n* renew passport {passport}\n* pick up the {brand} from the {hub}"
    " shop",
    "Emergency contacts\n- {name}: {phone}\n- {other1}: {phone_intl}\n- GP surgery on"
    " {landmark}, open till {time}\nBlood type A+, weight {measure}",
    "CHECK-IN DETAILS\n• Name: {name}\n• DOB: {dob}\n• Driving licence: {dl}\n• Vehicle:"
    " {vehicle}\n• Arrival: {date}, {time}",
)
_TEXTSPEAK = (
    "ok so {first} from {org} said the {brand} ships {weekday} my number is {phone_nat} fyi",
    "hiya its {name} can u send the {product} to {address} not the {hub} depot ta",
    "order {order} still says processing lol my email {email} and i live in {home}",
    "card {card} declined again at {time} pls fix {first} ssn {nid} if u need it",
)
_VOICEMAIL = (
    "hi this message is for the claims team my name is {name} policy {order} you can call"
    " me back on {phone_sp} thanks",
    "hello it's {first} {last} from {home} about the {brand} i bought on {weekday} my email"
    " is {email_sp}",
    "yeah hi um the card is {card_sp} and the name on the card is {name}",
    "good morning this is {name} date of birth {dob} calling about my booking with {org}",
)
_RO_REVIEW = (
    "Recenzie: {brand} primit în {qty} zile, ambalat ok. Mulțumesc doamnei {last} de la"
    " magazinul {org} de pe {landmark}! {first}, {home}",
    "Nota 2/10. Curierul Fan Courier a sunat la {time} și a plecat. Am plătit {price} și"
    " aștept de {weekday}. Telefonul meu: {phone}. {name}, conectat de pe {ip}",
)
_RO_SMS = (
    "Salut, sunt {first}. Am ajuns la depozitul din {hub}, coletul {tracking} nu e aici."
    " Sună-mă la {phone} pana la {time}",
    "Banca Transilvania: Tranzactie {price} la {org} cu cardul {card}. Nu ai fost tu? Suna"
    " la numarul de pe spatele cardului. Mesaj trimis de {name}: nu am fost eu!",
)
_RO_NOTICE = (
    "Am primit asta pe mail:\nCOMANDĂ CONFIRMATĂ {order}\nProdus: {brand} x {qty}\nTotal:"
    " {price} (TVA {pct})\nLivrare la: {name}\n{address_ml}\nData livrării: {date}",
    "Factura fiscală {invoice}\nClient: {first} {last}\nCNP: {cnp}\nCont IBAN: {iban}\n"
    "Scadență: {date}\nFurnizor: Kaufland Romania",
)
_RO_THREAD = (
    "De la: {name} <{email}>\nCătre: Departamentul Daune\nSubiect: Re: dosar"
    " {ticket}\n\nBună ziua, atașez copia buletinului, seria {ro_id}. Mașina implicată are"
    " numărul {plate}.",
    "Subiect: FW: programare service\n\nDragă {first},\nte așteptăm {weekday} la {time} la"
    " service-ul Dacia din {hub} pentru {vehicle} cu numărul {plate}.\n{other1}, Director"
    " Vânzări",
)
_RO_CRM = (
    "Notă CRM {date}: am vorbit cu {name}, Contabil-șef la {company}. Vrea ofertă pentru"
    " {qty} licențe {version}. Revenim {weekday}. Tel. {phone}, IP formular {ip}",
    "Client nou: {last} {first}\nData nașterii: {dob}\nCNP: {cnp}\nDomiciliu: {home}\n"
    "Agent: Consilier Clienți, sucursala {hub}",
)
_RO_CLAIM = (
    "Dosar daună {ticket}, Groupama Asigurări\nAsigurat: {name}\nAuto: {vehicle}, nr. {plate}\n"
    "Permis: {dl}\nLocul accidentului: {landmark}, {date}\nDespăgubire cerută: {price}",
    "Bună ziua, am avut o inundație pe {date}. Polița {invoice}. Sunt {name}, CNP {cnp},"
    " buletin {ro_id}, adresa {address}. Vă rog să mă sunați la {phone}.",
)
_RO_TEXTSPEAK = (
    "salut sunt {first} {last} coletul {tracking} e tot la {hub} ma suni la {phone}",
    "buna am comandat {brand} dar nu a venit emailul meu e {email} stau in {home}",
)
_RO_VOICEMAIL = (
    "bună ziua sunt {name} vă las mesaj pentru dosarul {ticket} numărul meu este {phone_sp}",
    "alo da {first} {last} de la {org} emailul meu este {email_sp} revin {weekday}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("review", "en", _REVIEW)
    + _style("ticket", "en", _TICKET)
    + _style("crm", "en", _CRM)
    + _style("sms", "en", _SMS)
    + _style("notice", "en", _NOTICE)
    + _style("minutes", "en", _MINUTES)
    + _style("onboarding", "en", _ONBOARDING)
    + _style("travel", "en", _TRAVEL)
    + _style("claim", "en", _CLAIM)
    + _style("complaint", "en", _COMPLAINT)
    + _style("thread", "en", _THREAD)
    + _style("chatlog", "en", _CHATLOG)
    + _style("bullets", "en", _BULLETS)
    + _style("textspeak", "en", _TEXTSPEAK, lower=True)
    + _style("voicemail", "en", _VOICEMAIL, spoken=True),
    "ro": _style("ro-review", "ro", _RO_REVIEW)
    + _style("ro-sms", "ro", _RO_SMS)
    + _style("ro-notice", "ro", _RO_NOTICE)
    + _style("ro-thread", "ro", _RO_THREAD)
    + _style("ro-crm", "ro", _RO_CRM)
    + _style("ro-claim", "ro", _RO_CLAIM)
    + _style("ro-textspeak", "ro", _RO_TEXTSPEAK, lower=True)
    + _style("ro-voicemail", "ro", _RO_VOICEMAIL, spoken=True),
}
