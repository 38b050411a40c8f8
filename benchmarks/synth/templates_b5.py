"""Generator B's dev4 templates (used with mimesis values): the fourth tuning split.

Written without reading the detector, separately from ``templates_a5.py`` and in other
wording than every earlier template file: a furniture shop's live chat with a bot and
a human, "Contact us" forms, complaints escalated to a Team Leader, a florist's orders,
a gym's reception, a library desk, office catering, satisfaction surveys with headings,
lower-case direct messages to a brand and voicemail transcripts. Much of the text that
must be kept looks like a name: capitalised nouns opening sentences, job titles, teams
and departments, bouquets and dishes named after people ("Margherita", "Caesar
salad", "Lily and Rose bouquet"), firms named after their founders, weekdays, months,
greetings, sign-offs and Romanian capitalised words. Every template here is used by the
dev4 split (none is held out).
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]


_LIVECHAT = (
    "Assistant: Hi! I'm Ava, the virtual helper. What's up?\nYou: the Oslo sofa I bought"
    " has a torn cushion\nAssistant: Sorry! Connecting you to Aftercare.\nMartin (Aftercare"
    " Specialist): Hello, could I have the name on the order?\nYou: {name}, order {order},"
    " email {email}",
    "Transcript of your chat with IKEA-style Support on {date}\nAgent: Welcome back! Which"
    " Delivery Slot suits you?\nCustomer: Wednesday morning please. It's {first} {last},"
    " {address}\nAgent: Booked. The Driver will text {phone} an hour before.",
    "Customer: good afternoon, I was charged twice for the Harvey desk\nAgent: Apologies!"
    " Can you confirm the card used?\nCustomer: {card}, name {name}\nAgent: Thank you."
    " Finance has reversed {price}; reference {ticket}. Anything else today?",
)
_CONTACTFORM = (
    "Contact Us\nYour Name*: {name}\nYour Email*: {email}\nTopic: Warranty Claim\nProduct:"
    " Marlowe Armchair\nMessage: Hello, the Leg snapped after {qty} weeks. Photos attached."
    "\nSubmitted: {ts} from {ip}",
    "Get in Touch\nFull name: {first} {last}\nPhone (optional): {phone_intl}\nCity: {home}\n"
    "Enquiry type: Trade Account\nCompany: {company}\nHow did you find us? Google",
    "Request a Callback\nName: {name}\nBest Number: {phone_nat}\nPreferred Day: {weekday}\n"
    "Preferred Time: After {time}\nReason: Billing Question about invoice {invoice}\nTerms"
    " Accepted: Yes",
)
_ESCALATE = (
    "Subject: ESCALATION - Complaint {ticket}\n\nHi Team Leader,\n\nThis customer has"
    " called three times. Details below.\nCustomer: {name}\nPhone: {phone}\nAddress:"
    " {address}\n\nCould Quality Assurance review by Thursday?\n\nThanks,\n{other1}\nSenior"
    " Advisor, Complaints",
    "Dear Head of Customer Experience,\n\nI am writing to complain about the Wellington"
    " boots (order {order}). Despite promises, no refund reached IBAN {iban}.\n\nYours"
    " faithfully,\n{name}\nDate of birth for verification: {dob}",
    "Good Morning,\n\nForwarding to Legal as requested. The claimant, {first} {last},"
    " provided passport {passport} and national ID {nid}.\n\nRegards,\nClaims Handler\n"
    "{org}",
)
_FLORIST = (
    "Bouquet: Lily and Rose (Large)\nCard Message: Happy Mother's Day, love from all of us"
    "\nRecipient: {other1}\nDeliver To: {address_ml}\nSender: {name}\nSender Phone: {phone}"
    "\nDelivery Date: {date}",
    "Hello Petals & Co, can the Peony Dream bouquet go out on Saturday? It's for {name},"
    " who lives at {address}. I'll pay with {card}. Many thanks, {other2}",
    "Order Confirmed!\nThank you, {first}. Your Sunflower Basket ({qty} stems) will be"
    " delivered on {weekday}. Receipt sent to {email}. Florist: Daisy Lane Flowers,"
    " {landmark}.",
)
_GYM = (
    "Receptionist: Hi, welcome to FitZone! Are you a Member?\nVisitor: Not yet. I'm {name},"
    " I'd like the Premium plan.\nReceptionist: Great. Date of birth?\nVisitor: {dob}\n"
    "Receptionist: And a direct debit, IBAN {iban}. Your Personal Trainer will be Jordan.",
    "Membership Card Replacement\nMember: {first} {last}\nMember No.: {qty}0{qty}\nID"
    " shown: Driving Licence {dl}\nFee: {price}\nIssued by: Front Desk, {weekday}",
    "Hey {first}! Spin Class on Tuesday moved to Studio B. Yoga with Grace stays on"
    " Friday. Questions? Message us at {phone}. See you soon, The FitZone Team",
)
_LIBRARY = (
    "Library Card Application\nSurname: {last}\nForenames: {first}\nHome Address:"
    " {address}\nTelephone: {phone_nat}\nProof of ID: Passport ({passport})\nBranch: Central"
    " Library\nDate: {date}",
    "Dear {name},\nThe following item is overdue: Pride and Prejudice (Penguin Classics)."
    " Please return it to the Reference Desk by {date}. Fine so far: {price}.\nKind"
    " regards,\nCirculation Team",
    "Borrower: {name}\nEmail: {email}\nReserved: Harry Potter and the Goblet of Fire\n"
    "Pickup: Children's Library, {weekday} after {time}\nWi-Fi login seen from {ip}",
)
_CATERING = (
    "Office Lunch Order - {weekday}\nMarketing: {qty} x Caesar salad\nSales: {qty} x"
    " Margherita\nIT: {qty} x Chicken Tikka wrap\nContact: {name} (Office Manager), {phone}"
    "\nPay with card {card}",
    "Hi Catering Team, dietary list for the Board Meeting on {date}: {other1} (vegan),"
    " {other2} (no nuts), Chairman (gluten free). Invoice to {company}, attention {name},"
    " {email}.",
    "Event Booking\nOrganiser: {first} {last}\nEvent: Summer Party\nGuests: {qty}\nMenu:"
    " Beef Wellington or Salmon en Croûte\nVenue: Rooftop, {landmark}\nDeposit IBAN: {iban}",
)
_SURVEY = (
    "Customer Satisfaction Survey\nOverall Experience: Excellent\nStaff Member: Oliver on"
    " the Tills\nWould you Recommend Us? Yes\nComments: Brilliant service in {city}!\nName"
    " (optional): {name}\nEmail (for the Prize Draw): {email}",
    "Feedback Form\nQ1. Which Department helped you? Customer Service\nQ2. Rating: 4/5\nQ3."
    " Anything to improve? Faster Delivery\nRespondent: {first} {last}, born {dob}, living"
    " in {home}",
    "NPS Survey Results - {date}\nPromoter: {name} ({email})\nPassive: {other1}\nDetractor:"
    " {other2}, called {phone} with a follow-up\nNext Review: Customer Insights Manager,"
    " {weekday}",
)
_DM = (
    "hey nike my order {order} is stuck in leicester since tuesday can u check its {name}"
    " email {email}",
    "hi there charlotte from your store said to dm u about the refund my card is {card}",
    "yo is the black friday deal still on i want the jordan sneakers size 9 text me on"
    " {phone} cheers {first}",
)
_VOICEMAIL = (
    "hi it's {name} calling about the marlowe armchair the leg is broken again please call"
    " me back on {phone_sp} any time before friday thank you bye",
    "hello this is a message for customer relations my name is {first} {last} my email is"
    " {email_sp} and i live at {address} i'm still waiting for my refund",
    "good morning it's {first} i'm ringing from {home} about the library fine i paid with"
    " card {card_sp} on monday but it still shows overdue thanks",
)

_RO_CHATLIVE = (
    "Asistent: Bună! Sunt Ioana, asistentul virtual. Cu ce vă ajut?\nDvs.: canapeaua Oslo"
    " are o pernă ruptă\nAsistent: Îmi pare rău! Vă conectez cu Service.\nMihai (Specialist"
    " Service): Bună ziua, pe ce nume e comanda?\nDvs.: {name}, comanda {order}, e-mail"
    " {email}",
    "Conversația cu Suportul din {date}\nOperator: Bine ați revenit! Ce Interval de"
    " Livrare preferați?\nClient: Miercuri dimineață. Sunt {first} {last}, {address}\n"
    "Operator: Rezervat. Curierul vă scrie la {phone} cu o oră înainte.",
    "Client: bună ziua, m-ați taxat de două ori pentru biroul Victor\nOperator: Ne cerem"
    " scuze! Ce card ați folosit?\nClient: {card}, pe numele {name}\nOperator: Mulțumim."
    " Financiarul a returnat {price}; referința {ticket}.",
)
_RO_CONTACT = (
    "Contactați-ne\nNumele dvs.*: {name}\nE-mail*: {email}\nSubiect: Garanție\nProdus:"
    " Fotoliul Carmen\nMesaj: Bună ziua, piciorul s-a rupt după {qty} săptămâni.\nTrimis:"
    " {ts} de la {ip}",
    "Scrieți-ne\nNume complet: {first} {last}\nTelefon (opțional): {phone_intl}\nOraș:"
    " {home}\nTip cerere: Cont Firmă\nFirma: {company}\nCNP: {cnp}",
    "Solicitare Apel\nNume: {name}\nNumăr: {phone_nat}\nZiua Preferată: {weekday}\nOra:"
    " după {time}\nMotiv: Întrebare despre factura {invoice}\nTermeni Acceptați: Da\n"
    "Mașina: {plate}",
)
_RO_ESCALADARE = (
    "Subiect: ESCALADARE - Reclamația {ticket}\n\nBună, Team Leader,\n\nClientul a sunat"
    " de trei ori.\nClient: {name}\nTelefon: {phone}\nAdresă: {address}\n\nPoate Calitatea"
    " să verifice până Joi?\n\nMulțumesc,\n{other1}\nConsilier Senior, Reclamații",
    "Stimată Doamnă Director Relații Clienți,\n\nVă scriu despre cizmele Wellington"
    " (comanda {order}). Banii nu au ajuns în IBAN {iban}.\n\nCu stimă,\n{name}\nData"
    " nașterii pentru verificare: {dob}",
    "Bună dimineața,\n\nTrimit la Juridic, cum ați cerut. Reclamantul, {first} {last}, a"
    " prezentat buletinul {ro_id} și CNP-ul {cnp}.\n\nCu respect,\nInspector Daune\n{org}",
)
_RO_FLORARIE = (
    "Buchet: Crini și Trandafiri (Mare)\nMesaj pe felicitare: La mulți ani, Mamă!\n"
    "Destinatar: {other1}\nLivrare la: {address_ml}\nExpeditor: {name}\nTelefon"
    " expeditor: {phone}\nData livrării: {date}",
    "Bună ziua, Florăria Magnolia, buchetul Bujor poate pleca Sâmbătă? E pentru {name},"
    " care stă la {address}. Plătesc cu {card}. Mulțumesc mult, {other2}",
    "Comandă Confirmată!\nMulțumim, {first}. Coșul cu Floarea-soarelui ({qty} fire) ajunge"
    " {weekday}. Chitanța a plecat la {email}. Florăria Margareta, {landmark}.",
)
_RO_SALA = (
    "Recepție: Bună, bine ați venit la Sala Olimp! Sunteți Membru?\nVizitator: Încă nu."
    " Sunt {name}, vreau abonamentul Premium.\nRecepție: Data nașterii?\nVizitator:"
    " {dob}\nRecepție: Și IBAN-ul pentru debit direct: {iban}. Antrenorul dvs. e Cristi.",
    "Înlocuire Card Membru\nMembru: {first} {last}\nAct prezentat: Permis de conducere"
    " {dl}\nMașina în parcare: {plate}\nTaxă: {price}\nEliberat de: Recepție, {weekday}",
    "Salut {first}! Clasa de Spinning de Marți s-a mutat în Sala B. Yoga cu Maria rămâne"
    " Vineri. Întrebări? Scrie-ne la {phone}. Pe curând, Echipa Olimp",
)
_RO_BIBLIOTECA = (
    "Cerere Permis de Bibliotecă\nNume: {last}\nPrenume: {first}\nDomiciliu: {address}\n"
    "Telefon: {phone_nat}\nAct: Carte de identitate {ro_id}\nFiliala: Biblioteca Centrală",
    "Stimate {name},\nCartea Ion de Liviu Rebreanu a depășit termenul. Vă rugăm s-o"
    " returnați la Sala de Lectură până în {date}. Penalitate: {price}.\nCu stimă,\n"
    "Serviciul Împrumut",
    "Cititor: {name}\nE-mail: {email}\nRezervat: Amintiri din copilărie\nRidicare:"
    " Secția pentru Copii, {weekday} după {time}\nConectare Wi-Fi de la {ip}",
)
_RO_CATERING = (
    "Comandă Prânz Birou - {weekday}\nMarketing: {qty} x Salată Caesar\nVânzări: {qty} x"
    " Pizza Margherita\nIT: {qty} x Sarmale\nContact: {name} (Office Manager), {phone}\n"
    "Plata cu cardul {card}",
    "Bună, Echipa Catering, lista pentru Consiliul de Administrație din {date}: {other1}"
    " (vegan), {other2} (fără nuci), Președintele (fără gluten). Factura pe {company},"
    " în atenția lui {name}, {email}.",
    "Rezervare Eveniment\nOrganizator: {first} {last}\nEveniment: Petrecerea de Vară\n"
    "Invitați: {qty}\nMeniu: Mușchi Wellington sau Somon\nLocație: Terasa, {landmark}\n"
    "IBAN avans: {iban}",
)
_RO_CHESTIONAR = (
    "Chestionar de Satisfacție\nExperiența Generală: Excelentă\nAngajat: Florin de la"
    " Casă\nNe-ați Recomanda? Da\nComentarii: Servire minunată în {city}!\nNume"
    " (opțional): {name}\nE-mail (pentru Tombolă): {email}",
    "Formular de Feedback\nÎ1. Ce Departament v-a ajutat? Relații Clienți\nÎ2. Nota: 4/5"
    "\nÎ3. Ce putem îmbunătăți? Livrarea\nRespondent: {first} {last}, născut {dob},"
    " din {home}",
    "Rezultate Sondaj - {date}\nPromotor: {name} ({email})\nPasiv: {other1}\nDetractor:"
    " {other2}, sunat la {phone}\nUrmătoarea Analiză: Manager Experiență Clienți, {weekday}",
)
_RO_DM = (
    "salut emag comanda {order} sta in sibiu de marti puteti verifica sunt {name} mail {email}",
    "buna colega voastra andreea din magazin mi-a zis sa va scriu pentru retur cardul meu e {card}",
    "mai e reducerea de black friday vreau adidasii jordan marimea 42 sunati-ma la {phone}"
    " mersi {first}",
)
_RO_MESAGERIE = (
    "bună sunt {name} sun pentru fotoliul carmen piciorul e rupt iar vă rog sunați-mă"
    " înapoi la {phone_sp} oricând până vineri mulțumesc pa",
    "bună ziua mesaj pentru relații clienți mă numesc {first} {last} emailul meu e"
    " {email_sp} și stau la {address} încă aștept banii înapoi",
    "bună dimineața sunt {first} vă sun din {home} despre penalitatea de la bibliotecă am"
    " plătit cu cardul {card_sp} luni dar apare tot restantă mersi",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("livechat", "en", _LIVECHAT)
    + _style("contactform", "en", _CONTACTFORM)
    + _style("escalate", "en", _ESCALATE)
    + _style("florist", "en", _FLORIST)
    + _style("gym", "en", _GYM)
    + _style("library", "en", _LIBRARY)
    + _style("catering", "en", _CATERING)
    + _style("survey", "en", _SURVEY)
    + _style("dm", "en", _DM, lower=True)
    + _style("answerphone", "en", _VOICEMAIL, spoken=True),
    "ro": _style("ro-chatlive", "ro", _RO_CHATLIVE)
    + _style("ro-contact", "ro", _RO_CONTACT)
    + _style("ro-escaladare", "ro", _RO_ESCALADARE)
    + _style("ro-florarie", "ro", _RO_FLORARIE)
    + _style("ro-sala", "ro", _RO_SALA)
    + _style("ro-biblioteca", "ro", _RO_BIBLIOTECA)
    + _style("ro-catering", "ro", _RO_CATERING)
    + _style("ro-chestionar", "ro", _RO_CHESTIONAR)
    + _style("ro-dm", "ro", _RO_DM, lower=True)
    + _style("ro-mesagerie", "ro", _RO_MESAGERIE, spoken=True),
}
