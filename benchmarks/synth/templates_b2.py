"""Generator B's dev2 templates (used with mimesis values): the second tuning split.

Written after the detector had been tuned on the ``dev`` split, separately from
``templates_a2.py`` and in other wording than ``templates_b.py`` (dev and test): product
feedback, help-desk threads, account notes, text messages, pasted receipts, agendas, HR
messages, bookings, incident reports, forwarded mail, transcripts, checklists, casual
lower case and call-backs. Every template here is used by the dev2 split (none is held
out); they carry much non-personal text that looks risky.
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_FEEDBACK = (
    "Product feedback - {brand}\nRating: 4 of 5\nBought at: {org}, {hub}\nComment: fits well,"
    " {measure}. The assistant, {first}, even gift-wrapped it. Posted {date} by {name}",
    "Honestly the best {product} I've owned. Delivery driver {other1} rang twice. Shipped from"
    " Leipzig on {weekday}, arrived in {home} on {date}. - {first} {last}",
    "Not impressed with {org}. The {title} at the {landmark} branch told me to ring {phone_nat}"
    " myself. Price went up {pct} since {year}. {name}",
)
_HELPDESK = (
    "Helpdesk #{ticket}\nOpened: {ts}\nRequester: {name} ({email})\nCategory: VPN\nDetails:"
    " cannot connect from {ip} with client {version}; last worked {weekday}.",
    "Incident {ticket} escalated to Johnson Controls on-site team\nCaller {first} {last}"
    " (ext. {qty}) reports the badge reader on floor {qty} is broken. Mobile {phone_intl}.",
    "Service desk update on {ticket}: the replacement {product} was sent to {address}."
    " Signed for by {other2}. Closing at {time} unless {first} objects.",
)
_NOTE = (
    "Acct note ({date}): {name} called about {org} contract, {qty} licences. Budget {price},"
    " decision maker is the Teamleiter Einkauf, {other1}. Best time {time}.",
    "Customer profile\nName {first} {last}\nSegment: Gold\nPreferred store: {landmark},"
    " {hub}\nDOB {dob}\nCard {card}\nOpt-in: SMS only\nLast login IP {ip}",
    "KYC note: {name} showed passport {passport}, personal number {nid}. Address verified:"
    " {address_sp}. Officer: Senior Account Manager, Wells Fargo Advisors.",
)
_TEXT = (
    "Ur table at Ben & Jerry's on {landmark} is ready. See u at {time}! - {first}",
    "{org} alert: code 481 sent to {phone}. If this wasn't you, message {first} {last}, our"
    " {title}.",
    "hey {first} can you grab the {brand} on the way? {price} in the {hub} outlet. ring me on"
    " {phone_nat}",
)
_RECEIPT = (
    "Copying the receipt text here:\n\nSTORE {org}\n{landmark} branch\n{date}  {time}\n{brand}"
    "  {price}\nDiscount  {pct}\nCARD {card}\nCardholder {name}\nThank you!",
    "DELIVERY NOTE {tracking}\nConsignee: {name}\nDelivery address:\n{address_ml}\nWeight"
    " {measure} | Pieces {qty}\nDepot: {hub}\nDriver: Fabrikam Logistics",
    "Remittance advice {invoice}\nPayee {first} {last}\nAccount {iban}\nAmount {price}\nValue"
    " date {date}\nRef: Lloyds Banking Group",
)
_AGENDA = (
    "AGENDA - {weekday}, {date}, {time}\nLocation: {org} HQ, {hub}\n1. Welcome ({name})\n2."
    " Release {version}: status\n3. Budget {price}\n4. Any other business ({other1})",
    "Standup {date}\n{first}: finished the {hub} migration, {pct} done\n{other1}: blocked on"
    " release {version}\n{other2}: out {weekday}, phone {phone}",
)
_HR = (
    "Dear {first},\nWe are pleased to offer you the role of Responsable Logistique at {org},"
    " starting {date}, salary {price} gross.\nPlease return the signed form with your"
    " SSN {nid} and date of birth {dob}.\nPeople Team",
    "New joiner form\nLegal name: {name}\nPassport: {passport}\nPersonal e-mail: {email}\n"
    "Emergency contact: {other1}, {phone}\nOffice: {hub} ({landmark})\nLaptop: MacBook, {version}",
    "Leave request approved: {name}, Kierownik Magazynu, {qty} days from {date}. Cover:"
    " {other2}. Home address for the letter: {address}",
)
_BOOKING = (
    "Your trip with Wizz Air\nFlight {flight} | {date} | {time}\nLead passenger: {first}"
    " {last}\nTravel document: {passport}\nBaggage: {measure}\nBooking code {order}",
    "Reservation {order}, Hotel Continental Forum, {hub}\nName on booking: {name}\nPhone:"
    " {phone_intl}\nGuarantee: card {card}\nSpecial request: quiet room, high floor",
    "Rental agreement {invoice}\nRenter {name}, licence {dl}, born {dob}\nVehicle {vehicle},"
    " pick-up {weekday} {time} at {hub} station",
)
_INCIDENT = (
    "Incident report {ticket}\nDate/time: {ts}\nReported by: {name}, Office Manager\nVehicle:"
    " {vehicle}\nThird party: {other1}, licence {dl}\nLocation: {landmark}",
    "Hi Contoso Pharmaceuticals claims, my {product} broke in transit ({tracking}). I paid"
    " {price}. Refund to {iban} please. {first} {last}, living in {home}.",
    "Loss report for Lloyds Banking Group: my wallet with card {card} and driving licence {dl}"
    " was stolen on {weekday} near {landmark}. {name}, {phone}",
)
_FWD = (
    "> From: {name}\n> Sent: {weekday} {date} {time}\n> Subject: deposit\n>\n> Hi, the"
    " deposit of {price} came from {iban}. I can also pay by card {card}.\n\nCan you check"
    " this? Thanks",
    "Begin forwarded message:\n\nFrom: {first} {last} <{email}>\nSubject: new address\n\nPlease"
    " send post to:\n{address_ml}\nfrom {date}. Old place in {home} is sold.",
    "FYI below.\n-----Original Message-----\nFrom: Hewlett Packard Enterprise Support\nTo:"
    " {name}\nCase {ticket}: firmware {version} installed on {date}. Login recorded from {ip}.",
)
_TRANSCRIPT = (
    "{clock} {first}: morning, is the {hub} shop open {weekday}?\n{clock} Bot: yes, from"
    " {time}\n{clock} {first}: ok and can you update my phone to {phone}\n{clock} Bot: done,"
    " ticket {ticket}",
    "({clock}) Customer {name}: the {brand} was {price}, I was charged twice\n({clock})"
    " Advisor 204: which card?\n({clock}) Customer {name}: {card}",
)
_CHECKLIST = (
    "To do {weekday}:\n1) call {other1} re: {org}\n2) send ID copy ({nid}) to HR\n3) {brand}"
    " for the party\n4) update address to {address}",
    "Moving checklist\n[ ] tell {org} the new address: {address_ml}\n[ ] new phone {phone_nat}"
    "\n[x] van booked ({price}, {measure})",
)
_CASUAL = (
    "yo its {first} the {brand} from {org} came today but box was {measure} lol",
    "ok new email is {email} and new number {phone_nat} cheers {name}",
    "can you ship to {address} by {weekday} im {first} {last}",
    "dob is {dob} and passport {passport} for the {flight} booking",
)
_CALLBACK = (
    "yes hello i'm returning a call from {org} my name is {first} {last} and my number is"
    " {phone_sp}",
    "right so my email is {email_sp} and i'm in {home} at the moment",
    "the card i used was {card_sp} the {brand} order from {weekday}",
    "it's {name} i live at {address} and i need the engineer to come {weekday}",
)
_RO_FEEDBACK = (
    "Părere despre {brand}: calitate bună, livrare din {hub} în {qty} zile. Mulțumiri"
    " curierului {other1} de la {org}! {name}",
    "Am cumpărat {product} de la magazinul de pe {landmark}. Reducere {pct}, dar factura"
    " {invoice} a venit pe alt nume. Sunt {first} {last} și stau în {home}.",
)
_RO_TEXT = (
    "Buna {first}, sunt la {org} pe {landmark}. Iau {brand}? Costa {price}. Suna-ma la {phone}",
    "Programarea ta la Dr. Max Pharmacy este {weekday} la {time}. Pentru anulare, {name},"
    " raspunde NU. Masina {plate} poate parca in curte.",
)
_RO_RECEIPT = (
    "Bon fiscal {invoice}\n{org}, {hub}\n{brand} {price}\nTVA {pct}\nPlătit cu card {card}\n"
    "Client: {name}\nCNP: {cnp}",
    "Aviz de expediție {tracking}\nDestinatar: {name}\nAdresa:\n{address_ml}\nGreutate"
    " {measure}\nCurier: Fan Courier, depozit {hub}",
)
_RO_FWD = (
    "---- Mesaj redirecționat ----\nDe la: {first} {last} <{email}>\nData: {date}\nSubiect:"
    " copie CI\n\nSeria și numărul: {ro_id}, CNP {cnp}. Născut pe {dob}.",
    "Redirecționez mai jos.\n> De la: {name}\n> Subiect: plata\n> Am virat {price} din"
    " contul {iban} pe {date}. Dosar {ticket}, IP {ip}.",
)
_RO_NOTE = (
    "Notă internă {date}: {name}, Director Vânzări la {company}, vrea {qty} mașini {vehicle}."
    " Numere provizorii pentru {plate}. Telefon {phone}.",
    "Fișă client\nNume: {last}\nPrenume: {first}\nSerie CI: {ro_id}\nAuto: {plate}\nFiliala:"
    " {hub}, {landmark}\nUltima logare: {ts}, IP {ip}",
)
_RO_INCIDENT = (
    "Constatare amiabilă {ticket}\nȘofer: {name}, permis {dl}\nAutovehicul {plate}\nLoc:"
    " {landmark}, {date}, ora {time}\nAsigurator: Groupama Asigurări",
    "Bună ziua, mi s-a furat portofelul cu buletinul {ro_id} și cardul {card} {weekday}, în"
    " {hub}. {first} {last}, CNP {cnp}",
)
_RO_CASUAL = (
    "salut {first} aici am trimis {brand} prin Sameday awb {tracking} stau in {home}",
    "mersi {name} numarul meu nou e {phone} si mailul {email}",
)
_RO_CALLBACK = (
    "da bună ziua revin la apelul de la {org} sunt {first} {last} telefonul meu e {phone_sp}",
    "adresa de mail este {email_sp} iar buletinul are seria {ro_id}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("feedback", "en", _FEEDBACK)
    + _style("helpdesk", "en", _HELPDESK)
    + _style("note", "en", _NOTE)
    + _style("text", "en", _TEXT)
    + _style("receipt", "en", _RECEIPT)
    + _style("agenda", "en", _AGENDA)
    + _style("hr", "en", _HR)
    + _style("booking", "en", _BOOKING)
    + _style("incident", "en", _INCIDENT)
    + _style("fwd", "en", _FWD)
    + _style("transcript", "en", _TRANSCRIPT)
    + _style("checklist", "en", _CHECKLIST)
    + _style("casual", "en", _CASUAL, lower=True)
    + _style("callback", "en", _CALLBACK, spoken=True),
    "ro": _style("ro-feedback", "ro", _RO_FEEDBACK)
    + _style("ro-text", "ro", _RO_TEXT)
    + _style("ro-receipt", "ro", _RO_RECEIPT)
    + _style("ro-fwd", "ro", _RO_FWD)
    + _style("ro-note", "ro", _RO_NOTE)
    + _style("ro-incident", "ro", _RO_INCIDENT)
    + _style("ro-casual", "ro", _RO_CASUAL, lower=True)
    + _style("ro-callback", "ro", _RO_CALLBACK, spoken=True),
}
