"""Generator A's sentence templates (used with Faker values).

Written for this project; generator B's (``templates_b.py``) were written separately
with other wording. Every third template of a style (03, 06, 09) is held out: only the
test split uses it.
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_CHAT = (
    "Hi, this is {name}. Order {order} was supposed to arrive on {weekday} but the {product}"
    " never came. Can you call me on {phone}?",
    "hello, {first} here. I paid {price} for the {product} with card {card} and got charged"
    " twice, invoice {invoice}.",
    "Quick question from {name}: my new address is {address}. Please update it before"
    " {weekday} {time}.",
    "I live in {home} and saw {band} play there in {year}. Anyway, can you send the {product}"
    " to\n{address_ml}",
    "My colleagues {other1}, {other2} and {name} all ordered the {product}. The team budget"
    " is {price}. Reach me at {email}.",
    "Hey, I'm {first} {last}, the {job} at {company}. Call {phone_nat} after {time}, thanks.",
    "Refund for order {order} please. IBAN {iban}, account holder {name}. Log reference {ts},"
    " IP {ip}.",
    "{year} was a rough year, but our office in {city} still loves your {product}! Ship the"
    " next one to {name}, {address_sp}",
    "For the customs form: passport {passport}, DOB {dob}, phone {phone_intl}, I live in {home}."
    " Tracking"
    " {tracking}.",
)
_EMAIL = (
    "Dear Support,\n\nI ordered a {product} on {date} (order {order}) and it arrived broken."
    " Could you refund the {price} to card {card}?\n\nKind regards,\n{name}\n{phone}\n"
    "{address_ml}",
    "Hello team,\nplease change the delivery address for invoice {invoice} to:\n{address_ml}\n"
    "My driving licence number for the courier is {dl}.\nThanks,\n{first}",
    "Hi,\n\nI was born on {dob} and the loyalty discount did not apply at checkout ({ts})."
    " My email is {email}.\n\nBest,\n{name}\n{job}, {company}",
    "To whom it may concern,\n\nMy husband {other1} and I share the account. Please send"
    " statements to {email} and not to {address}. Our IBAN is {iban}.\n\nSincerely,\n{name}",
    "Hi {first},\n\nthanks for the call on {weekday}. As discussed, my social security"
    " number is {nid} and my phone is {phone_nat}.\n\nCheers,\n{other2}",
    "Good morning,\n\nThe {product} (qty {qty}) for our {band} fan club night in {city} is"
    " late. Tracking {tracking}.\n\n--\n{name}\nMobile: {phone_intl}\nIP at signup: {ip}",
)
_FORM = (
    "Name: {name}\nPhone: {phone}\nAddress: {address_ml}\nOrder: {order}",
    "Full name: {name}\nDate of birth: {dob}\nSSN: {nid}\nEmail: {email}\nPlan: Premium,"
    " {price} per month",
    "Customer: {last}, {first}\nTel: {phone_nat}\nCard: {card}\nLicence: {dl}\nAmount: {price}\n"
    "Created: {ts}",
    "First name: {first}\nLast name: {last}\nPassport no: {passport}\nDriver license: {dl}\n"
    "Notes: lives in {home}, prefers {weekday} deliveries",
    "Applicant: {name}\nBirthday: {dob}\nMailing address: {address_sp}\nPosition: {job}",
    "name: {name} | phone: {phone_intl} | iban: {iban} | ip: {ip} | ticket {invoice}",
)
_DIALOGUE = (
    "{first}: hi, my {product} arrived cracked\nAgent: sorry to hear that! what's the order"
    " number?\n{first}: {order}, and you can reach me on {phone_nat}",
    "Support: Thanks for calling, who am I speaking with?\n{name}: {name}, I placed an order"
    " on {weekday}.\nSupport: Can you confirm your date of birth?\n{name}: {dob}",
    "{first}: {other1} said the refund went to the wrong card\n{other1}: yes, it should go"
    " to {card}\n{first}: invoice {invoice} for {price}",
    "Agent: Good afternoon, returns desk.\n{name}: Hi, I moved. New address is {address}.\n"
    "Agent: Noted, anything else?\n{name}: My email changed too: {email}",
    "{first} {last}: is the {product} back in stock?\nBot: Yes, {qty} left in our {city}"
    " warehouse.\n{first} {last}: great, send it to {address_ml}",
    "{first}: here's my passport number {passport}\nAgent: and the IBAN for the refund?\n"
    "{first}: {iban}\nAgent: done at {time}, reference {order}",
)
_LOWER = (
    "hi im {name} my order {order} still hasnt arrived call me {phone_nat}",
    "this is {first} {last} i live in {home} can you deliver the {product} on {weekday}",
    "my card is {card} and it was charged {price} twice please help",
    "please send the invoice {invoice} to {email} thanks {first}",
    "new address {address} and my phone {phone} ask for {first}",
    "dob {dob} ssn {nid} name {name} need this for the account since i moved to {home}",
)
_SPOKEN = (
    "hello my name is {name} and my number is {phone_sp}",
    "yes hi its {first} {last} calling about order {order} the {product}",
    "the card number is {card_sp} expiry next year",
    "you can email me at {email_sp} i live in {home}",
    "i was born on {dob} and my address is {address}",
    "hi this is {first} my phone is {phone_sp} and my passport is {passport}",
)
_RO_CHAT = (
    "Bună ziua, sunt {name}. Comanda {order} trebuia să ajungă {weekday}, dar {product} nu"
    " a venit. Mă puteți suna la {phone}?",
    "Salut, {first} aici. Am plătit {price} cu cardul {card} și mi s-a luat de două ori,"
    " factura {invoice}.",
    "Vă rog să trimiteți coletul la {address}. Mulțumesc, {name}",
    "Locuiesc în {home} și aș vrea să ridic {product} de la magazinul din {city}. CNP-ul meu"
    " este {cnp}.",
    "Am mașina cu numărul {plate}, permis {dl}, și vin la depozit {weekday} la {time}."
    " {first} {last}",
    "Pentru retur: IBAN {iban}, titular {name}, buletin {ro_id}.",
)
_RO_EMAIL = (
    "Bună ziua,\n\nAm comandat {product} pe {date} (comanda {order}) și a sosit spart. Vă rog"
    " să returnați {price}.\n\nCu stimă,\n{name}\nTel: {phone}\n{address_ml}",
    "Stimată echipă,\n\nvă rog să actualizați datele mele: născut pe {dob}, CNP {cnp}, e-mail"
    " {email}.\n\nMulțumesc,\n{first}",
    "Salut,\n\ncolegii mei {other1} și {other2} au nevoie de factura {invoice}. Plata s-a"
    " făcut din contul {iban}.\n\n{name}\n{job}, {company}",
)
_RO_FORM = (
    "Nume: {name}\nTelefon: {phone}\nAdresă: {address_ml}\nComandă: {order}\nIP: {ip}",
    "Nume și prenume: {last} {first}\nCNP: {cnp}\nSerie CI: {ro_id}\nData nașterii: {dob}\n"
    "Pașaport: {passport}",
    "Client: {name}\nNr. înmatriculare: {plate}\nIBAN: {iban}\nSuma: {price}\nÎnregistrat: {ts}",
)
_RO_DIALOGUE = (
    "{first}: bună, coletul meu nu a ajuns\nOperator: care e numărul comenzii?\n{first}:"
    " {order}, telefonul meu e {phone}",
    "Operator: Cu cine vorbesc?\n{name}: {name}. Stau în {home}.\nOperator: Data nașterii?\n"
    "{name}: {dob}",
    "{first}: {other1} zice că banii au mers pe alt card\n{other1}: da, trebuiau pe {card}\n"
    "{first}: factura {invoice}",
)
_RO_SPOKEN = (
    "bună ziua mă numesc {name} și numărul meu este {phone_sp}",
    "da sunt {first} {last} și sun pentru comanda {order}",
    "adresa mea de email este {email_sp} și locuiesc în {home}",
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
