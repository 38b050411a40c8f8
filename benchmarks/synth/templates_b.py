"""Generator B's sentence templates (used with mimesis values).

Written separately from generator A's, with other wording, field labels and layouts.
Every third template of a style (03, 06, 09) is held out: only the test split uses it.
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_CHAT = (
    "Good evening! {first} {last} writing. The courier left parcel {tracking} at the wrong"
    " door on {weekday}. I'm at {address}, ring {phone_nat} please",
    "can someone help? {name} again, still waiting on refund for {order} ({price})",
    "Morning. Ordered {qty} x {product} from your {city} branch. My number: {phone}. Thanks!"
    " {first}",
    "I'm staying with my sister in {home} this month so pls deliver to\n{address_ml}\nnot my"
    " usual place. Cheers, {name}",
    "Our {job} {other1} recommended you. Put the invoice {invoice} on my Visa {card} please,"
    " {name}",
    "Booked the {band} tickets for {date}, paid {price}. Confirmation goes to {email} or text"
    " {phone_intl}.",
    "Hey there! Who do I talk to about my licence {dl} being rejected at checkout? I'm {name}.",
    "Sending my details as asked: passport {passport}, born {dob}, personal number {nid}."
    " Ref {order}.",
    "{year} marks ten years with {company}, so treat yourselves! Payment from {iban} should"
    " land today, {first}. Pickup licence: {dl}",
)
_EMAIL = (
    "Hi there,\n\nJust checking where parcel {tracking} is. It left your {city} depot on"
    " {weekday}.\n\nThanks a lot,\n{name}\nTel. {phone_nat}",
    "Hello,\n\nPlease refund {price} to {iban} (account in the name of {name}). Reason: the"
    " {product} was faulty.\n\nRegards\n{first}",
    "Dear Sir or Madam,\n\nI am writing about invoice {invoice}. My national ID number is"
    " {nid} and my date of birth is {dob}.\n\nYours faithfully,\n{name}\n{address_ml}",
    "Hi {first},\n\ngreat meeting you at the {band} concert! Here is my card number for the"
    " deposit: {card}. Call me: {phone}.\n\nBest wishes,\n{other1}",
    "Team,\n\nnew starter {name} joins as {job} on {date}. Please order a {product} for her"
    " desk and ship it to {address_sp}.\n\nThanks,\n{other2}\n{company}",
    "Hello support,\n\nsomeone logged into my account from {ip} at {ts}. I live in {home} and"
    " have never been there.\n\n{name}\n{email}",
)
_FORM = (
    "Contact person: {name}\nMob.: {phone}\nE-mail: {email}\nReference: {order}",
    "Surname: {last}\nGiven name: {first}\nBorn: {dob}\nNational ID: {nid}\nShipping: {price}",
    "Cardholder: {name}\nCard number: {card}\nBilling address: {address_ml}\nTotal: {price}",
    "Licence number: {dl}\nPassport #: {passport}\nHolder: {first} {last}\nIssued: {year}",
    "NAME {name}\nTEL {phone_intl}\nHOME ADDRESS {address}\nACCOUNT {iban}\nLAST IP {ip}",
    "Client ID {order}\nContact {first}\nPhone {phone_nat}\nResidence {home}\nLast login"
    " {ts} from {ip}",
)
_DIALOGUE = (
    "Operator: Who's calling?\n{first}: {first} {last}. I'm calling about parcel {tracking}.\n"
    "Operator: And a phone number?\n{first}: {phone_nat}",
    "{name}: morning, the {product} I bought on {weekday} is the wrong colour\nShop: sorry!"
    " your order number?\n{name}: {order}",
    "{first}: can you put it on my card? {card}\nClerk: sure, {price} total.\n{first}: and"
    " send the receipt to {email}",
    "Rep: Can I take your date of birth?\n{first}: {dob}\nRep: And the postcode on file?\n"
    "{first}: it's {address}",
    "{other1}: is {first} on the call?\n{first}: yes, here. my IBAN is {iban}\n{other1}: "
    "great, {company} will pay by {weekday}",
    "Caller: hi, {name}, the ID on my account is {nid}\nAgent: thank you, I see it, and the"
    " passport you uploaded ends with {passport}",
)
_LOWER = (
    "hey its {first} {last} parcel {tracking} never showed up ring me {phone_nat}",
    "can i change my email to {email} please its {name}",
    "pls ship the {product} to {address} asap thx",
    "im {first} from {home} paying with {card} for {qty} items my ssn is {nid}",
    "my iban {iban} name {name} refund for {order}",
    "passport {passport} born {dob} name {first} {last}",
)
_SPOKEN = (
    "hi yeah this is {first} {last} my phone number is {phone_sp}",
    "my card is {card_sp} and the name on it is {name}",
    "uh the email is {email_sp} thanks",
    "okay so i live at {address} in {home}",
    "its {name} date of birth {dob} calling about the {product}",
    "reach me on {phone_sp} ask for {first}",
)
_RO_CHAT = (
    "Salutare! Sunt {first} {last} și aștept coletul {tracking} de {weekday}. Sunați-mă la"
    " {phone}.",
    "Bună seara, {name} aici. Vreau să returnez {product}, comanda {order}, plătită {price}.",
    "Vă rog livrați la {address}, interfon {qty}. Mersi, {first}",
    "Stau în {home} de anul trecut. Pentru factura {invoice} folosiți CNP {cnp}, vă rog.",
    "Mașina mea are numărul {plate}, o las la service-ul din {city} pe {date}. Permisul"
    " meu: {dl}. {name}",
    "Am atașat copia după buletin, seria și numărul {ro_id}. Contul meu: {iban}. {first}",
)
_RO_EMAIL = (
    "Bună,\n\nvă scriu în legătură cu comanda {order}. Coletul nu a ajuns nici azi.\n\n"
    "Mulțumesc,\n{name}\n{phone}",
    "Stimate domn,\n\nvă trimit datele: CNP {cnp}, data nașterii {dob}, domiciliul în"
    " {address}.\n\nCu respect,\n{first} {last}",
    "Salut {first},\n\nîți trimit numărul cardului pentru avans: {card}. Vorbim {weekday}.\n\n"
    "{other1}\n{job}, {company}",
)
_RO_FORM = (
    "Persoana de contact: {name}\nMobil: {phone}\nE-mail: {email}\nReferință: {order}\n"
    "Adresa IP: {ip}",
    "Prenume: {first}\nNume: {last}\nCNP: {cnp}\nBuletin: {ro_id}\nPașaport nr. {passport}\n"
    "Total: {price}",
    "Titular: {name}\nCont IBAN: {iban}\nDomiciliu: {address_ml}\nAuto: {plate}",
)
_RO_DIALOGUE = (
    "Operator: Cine e la telefon?\n{first}: {first} {last}. Sun pentru coletul {tracking}.\n"
    "Operator: Un număr de telefon?\n{first}: {phone}",
    "{name}: bună dimineața, {product} cumpărat {weekday} e de altă culoare\nMagazin:"
    " scuze! numărul comenzii?\n{name}: {order}",
    "Operator: Data nașterii, vă rog?\n{first}: {dob}\nOperator: Și CNP-ul?\n{first}: {cnp}",
)
_RO_SPOKEN = (
    "alo sunt {first} {last} numărul meu de telefon e {phone_sp}",
    "emailul meu e {email_sp} mulțumesc",
    "stau pe {address} în {home}",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("chat", "en", _CHAT)
    + _style("email", "en", _EMAIL)
    + _style("form", "en", _FORM)
    + _style("dialog", "en", _DIALOGUE)
    + _style("lower", "en", _LOWER, lower=True)
    + _style("spoken", "en", _SPOKEN, spoken=True),
    "ro": _style("ro-chat", "ro", _RO_CHAT)
    + _style("ro-email", "ro", _RO_EMAIL)
    + _style("ro-form", "ro", _RO_FORM)
    + _style("ro-dialog", "ro", _RO_DIALOGUE)
    + _style("ro-spoken", "ro", _RO_SPOKEN, spoken=True),
}
