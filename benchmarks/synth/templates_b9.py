"""Generator B's fourth blind (held-out) templates, used with mimesis values.

Written without reading the detector and never tuned on: a held-out split. The English
situations are a freight forwarder's customs desk, a car auction's bidder registration,
a scrap-metal weighbridge, a payroll bureau, a web-hosting abuse desk, a domain WHOIS
complaint, a social network's account recovery (typed in lower case), a sewing-machine
repair shop, a well-drilling firm, a second-hand phone buy-back, a mountain-rescue call
(a speech-recognition transcript) and a museum's object donation. The Romanian ones are
a grain cooperative, a firewood delivery (typed in lower case), a village-fair stall, a
hunting permit, a wine-cellar tasting, a host family for an exchange pupil, a private car
sale contract, a sports massage, a Salvamont call (transcript), a land surveyor, a milk
collection point and a heating-aid claim at the town hall. Text to keep is made to look
personal: rooms, halls, wings and depots named after historic figures (Brunel Freight,
Darwin Room, Sala Fetească Neagră, Baza Cuza Vodă), brands named after people (Singer,
Bernina), capitalised Romanian words, towns used as business hubs, reference numbers and
amounts placed right next to phone numbers, IBANs and ID numbers. Personal values sit in
plain one-line statements, pasted forms, key=value logs, e-mails with signatures, lists of
several people, speaker-labelled dialogue, possessives and lower-case chat.
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]

# --- English ---------------------------------------------------------------------------

_FREIGHT = (
    "Hi, this is {name} from {company}. Our container {tracking} is held at the {hub} "
    "terminal and customs want the importer's ID number {nid} plus a contact on "
    "{phone_intl}. Brunel Freight quoted {price} for the clearance.",
    "Consignee details for booking {order}\nContact: {name}\nDelivery address:\n"
    "{address_ml}\nMobile: {phone}\nEmail: {email}\nGoods: {qty} pallets, DAP {city}",
    "Please release the shipment to {other1}, who will show passport {passport} at the "
    "Stephenson Yard gate on {weekday}.",
)
_AUCTION = (
    "BIDDER REGISTRATION - Lot 47, {vehicle}\nFull name: {name}\nDate of birth: {dob}\n"
    "Driving licence: {dl}\nDeposit card: {card}\nPhone: {phone_nat}\n"
    "Sale day: {weekday}, Hamilton Hall, {hub}",
    "{first}: I won the {vehicle} for {price} yesterday but invoice {invoice} was made out "
    "to my brother {other1}, can you change it to me? My address is {address}.",
    "The {vehicle} sold to {name} of {home} will be collected by {other2} on {date}.",
)
_SCRAP = (
    "Weighbridge ticket {ticket}: {measure} of copper cable bought from {name}, licence "
    "{dl} checked, {price} paid by transfer to {iban}.",
    'ts={ts} site={city} seller="{name}" id_type=passport id={passport} payout={price} '
    'account={iban} addr="{address}"',
    "Cash for scrap is not allowed, so {first} asked us to send the {price} to the account "
    "{iban}, which belongs to {other1}.",
)
_PAYROLL = (
    "Dear payroll team,\n\nPlease add our new starter {name} ({title}) from {date}. "
    "NI number {nid}, date of birth {dob}, salary to {iban}.\nHome address:\n{address_ml}\n\n"
    "Thanks,\n{other1}\n{company}",
    "Payroll run {ticket}: {last}'s March payslip was emailed to {email}, which is really "
    "the address of {other2} from the Darwin Room team.",
    "Leavers this month:\n1. {name}, final pay {price}, P45 to {address}\n"
    "2. {other1}, final pay {price}, ring {phone} first\nApproved by the {title}.",
)
_ABUSE = (
    '[{clock}] abuse-report id={ticket} src_ip={ip} customer="{name}" contact={email} '
    "plan=Wordpress Pro status=suspended",
    "Hello,\nyour server at {ip} keeps sending spam to our users. The domain is registered "
    "to {name}, {address}, phone {phone_intl}. We logged it as {ticket} on {date}.\n"
    "Regards,\nAbuse Desk, {org}",
    "The phishing page on {ip} copies every card number typed into it to {email}, an inbox "
    "opened by {other1}; flagged at {time}.",
)
_WHOIS = (
    "The WHOIS record for my domain still shows my home address {address} and my mobile "
    "{phone} although I paid {price} for privacy on order {order}. - {name}",
    "Registrant Name: {name}\nRegistrant Organization: {company}\n"
    "Registrant Street: {address_sp}\nRegistrant City: {home}\n"
    "Registrant Phone: {phone_intl}\nRegistrant Email: {email}\nUpdated Date: {ts}",
    "Someone registered a domain using my name, {name}, and my date of birth {dob}; the "
    "registrar is {org} in {hub}.",
)
_RECOVERY = (
    "hi i cant get into my account since {weekday} my name is {name} and the recovery "
    "email was {email} but i lost that one so please use {phone} instead",
    "the account got hacked on {date} and now it says my birthday is wrong mine is {dob} "
    "and my display name was {first} from {home} before they changed it",
    "my sister {other1} has the same problem her last login ip was {ip} and the code goes "
    "to {phone_nat} which is her old number ticket {ticket}",
)
_SEWING = (
    "Hello Singer Service Centre,\nmy grandmother's machine needs a new motor belt. "
    "Please collect it from:\n{address_ml}\nI'm home after {time}. For the {price} deposit "
    "use card {card}.\n{name}\n{phone_nat}",
    "Agent: Repair {ticket}, what name is it under?\n{first}: Under my husband, {other1}, "
    "it's the Bernina we bought in {year}.\nAgent: And a number for when it's ready?\n"
    "{first}: {phone}",
    "Please post the bobbin case for job {order} back to {name} at {address_sp}, not to "
    "the Jubilee Market stall.",
)
_WELL = (
    "Quote request: borehole for a farmhouse near {home}, depth about {measure}. "
    "Landowner {name}, phone {phone}. A site visit is possible on {weekday}.",
    "Drilling Agreement {order}\nClient: {name}, born {dob}\nID: {nid}\nSite address:\n"
    "{address_ml}\nDeposit {price} paid from {iban}\nRig: Archimedes 300",
    "Water tests for the well shared by {other1} and {other2} came back {pct} above the "
    "nitrate limit.",
)
_BUYBACK = (
    "Trade-in {order}: I sent my old Galaxy S21 from {home} on {date} and you offered "
    "{price}, but the money must go to {iban}, account holder {name}.",
    "Seller: {name}\nEmail: {email}\nIMEI checked: yes\nProof of ID: passport {passport}\n"
    "Payout: {price} to card {card}\nCourier pickup: {address}",
    "The handset you bought back from {first} on {weekday} still has {other1}'s contact "
    "card and {phone_intl} saved on it.",
)
_RESCUE = (
    "hello mountain rescue my name is {name} my friend {other1} fell below the ridge hut "
    "at about {time} my number is {phone_sp}",
    "yes we drove up from {home} this morning there are {qty} of us and the one who is "
    "hurt is {other2} born {dob}",
    "please send the report to {email_sp} and you can also call my wife {other1} on "
    "{phone_sp} the incident number is {ticket}",
)
_MUSEUM = (
    "Dear Curator,\n\nI would like to give the Nelson Gallery the medals my grandfather "
    "received in {year}. I am {name}, of {address}, and can be reached on {phone_nat}.\n\n"
    "Yours sincerely,\n{first}",
    "Deed of Gift no. {invoice}\nDonor: {name}\nDate of birth: {dob}\nPassport: {passport}\n"
    "Object: oak writing box, {measure}\nReceived by: {title}, Wellington Wing",
    "The letters signed by Queen Victoria were lent by {other1} of {home} until {date}.",
)

# --- Romanian --------------------------------------------------------------------------

_RO_CEREALE = (
    "Bună ziua, sunt {name}, membru al cooperativei din {home}. Am predat {measure} de grâu "
    "la silozul din {city}, dar plata de {price} nu a intrat în contul {iban}.",
    "Fișă de recepție {invoice}\nMembru: {name}\nCNP: {cnp}\nCultura: porumb, {qty} tone\n"
    "Umiditate: {pct}\nTelefon: {phone}",
    "Remorca {plate} a lui {other1} a descărcat floarea-soarelui la Baza Cuza Vodă "
    "{weekday} dimineață.",
)
_RO_LEMNE = (
    "bună ziua vreau {qty} metri steri de lemne de fag la adresa {address} mă numesc "
    "{name} și vă rog sunați la {phone} înainte să veniți",
    "am plătit {price} pentru lemne pe {date} dar camionul nu a ajuns la {home} vă rog "
    "sunați pe vecinul meu {other1} la {phone_nat}",
    "factura {invoice} o vreau pe numele {name} cnp {cnp} că o duc la primărie pentru "
    "ajutorul de lemne",
)
_RO_TARG = (
    "Cerere de închiriere tarabă - Târgul de Sfânta Maria\nNume: {name}\nCNP: {cnp}\n"
    "Domiciliu: {address}\nProduse: zacuscă și dulcețuri\nTarabă: {measure}\nTaxă: {price}",
    "Doamna {last} de la taraba cu ceramică de Horezu i-a dat rest greșit lui {other1}, "
    "{price} în minus; o găsiți la {phone_nat}.",
    "Salut! Sunt {name} din {home} și vreau și anul ăsta locul de lângă Fântâna Eminescu. "
    "Mă găsiți pe {email}. Am plătit pe {date} cu cardul {card}.",
)
_RO_VANATOARE = (
    "Către Asociația Județeană a Vânătorilor și Pescarilor Sportivi,\n\nSubsemnatul {name}, "
    "CNP {cnp}, posesor al CI seria {ro_id}, solicit eliberarea permisului de vânătoare "
    "pentru sezonul {year}. Domiciliul meu:\n{address_ml}\n\nCu stimă,\n{name}\n{phone}",
    "Autorizația de vânătoare a lui {other1} pentru fondul Valea Regelui expiră pe {date}; "
    "telefonul lui este {phone_intl}.",
    "Echipa pentru goana de {weekday}:\n- {name}, armă înregistrată, tel. {phone_nat}\n"
    "- {other2}, permis {dl}\nÎntâlnirea la cantonul Ion Brătianu, ora {time}.",
)
_RO_CRAMA = (
    "Bună, aș dori o degustare la Crama Ștefan cel Mare pentru {qty} persoane pe {date}. "
    "Rezervarea pe numele {name}, telefon {phone}.",
    "Rezervare {order}\nClient: {name}\nData nașterii: {dob} (verificare vârstă)\n"
    "Email: {email}\nPlată: {price}, card {card}",
    "Ghid: Bun venit în Sala Fetească Neagră!\n{first}: Mulțumim, soțul meu {other1} "
    "întârzie, vine cu mașina {plate} din {home}.\nGhid: Nicio problemă, turul începe la "
    "{time}.",
)
_RO_GAZDA = (
    "Bună ziua,\n\nSuntem familia {last} din {home} și dorim să găzduim un elev prin "
    "programul Erasmus+ începând cu {date}.\nMama gazdă: {name}, CNP {cnp}\n"
    "Telefon: {phone}\n\nCu drag,\n{first}",
    "Eleva sosită din {hub} va locui la {other1}, pe {address}, până pe {date}.",
    "Formular familie gazdă\nNume: {name}\nSerie CI: {ro_id}\nAdresa:\n{address_ml}\n"
    "Camera elevului: {measure}\nEmail: {email}",
)
_RO_AUTO = (
    "CONTRACT DE VÂNZARE-CUMPĂRARE\nVânzător: {name}, CNP {cnp}, CI {ro_id}, domiciliat în "
    "{address}\nCumpărător: {other1}\nAutovehicul: {vehicle}, nr. înmatriculare {plate}, "
    "an {year}\nPreț: {price}",
    "Sunt {first} și vând {vehicle} din anunț. Avansul de {price} îl trimiteți în contul "
    "{iban}, iar pentru vizionare sunați la {phone_nat}.",
    "Mașina {plate} a fost radiată de pe numele lui {other2} pe {date}, la biroul din {city}.",
)
_RO_MASAJ = (
    "{name} vine la masaj sportiv {weekday} la {time}, la cabinetul de pe {landmark}; "
    "telefon {phone}.",
    "Recepție: Ce nume trec la programare?\nClient: Pe fratele meu, {other1}, născut pe "
    "{dob}, are o întindere la gambă.\nRecepție: Ședința costă {price}. Un email?\n"
    "Client: {email}, iar plata o fac eu, {name}, cu cardul {card}.",
    "Fișă client\nNume: {name}\nData nașterii: {dob}\nSport practicat: handbal\n"
    "Club: {company}\nAlergii: nu\nReducere: {pct}\nTel: {phone_nat}",
)
_RO_SALVAMONT = (
    "alo salvamont mă numesc {name} suntem pe traseul spre vârful omu și prietenul meu "
    "{other1} are piciorul rupt de pe la ora {time} numărul meu e {phone_sp}",
    "am plecat din {home} azi dimineață suntem {qty} persoane iar cel rănit este {other2} "
    "născut pe {dob}",
    "vă rog trimiteți raportul pe {email_sp} și sunați soția mea {other1} la {phone_sp} "
    "dosarul are numărul {ticket}",
)
_RO_CADASTRU = (
    "Bună ziua,\n\nvă rog să-mi faceți o ofertă pentru intabularea terenului din {home}, "
    "suprafață {measure}. Proprietar: {name}, CNP {cnp}.\n\nMulțumesc,\n{first}\n{phone}",
    "Topograful trimis de {company} a măsurat greșit hotarul dintre grădina lui {other1} "
    "și cea a lui {other2}.",
    'dosar={order} ocpi={city} proprietar="{name}" ci={ro_id} adresa="{address}" tarif={price}',
)
_RO_LAPTE = (
    "Sunt {name} din {home} și la centrul de colectare din {city} mi s-a plătit doar "
    "{price} pentru laptele predat în martie, în contul {iban}.",
    "Furnizori, ruta de {weekday}:\n1. {name}, {qty} litri, tel. {phone_nat}\n"
    "2. {other1}, {qty} litri, IBAN {iban}\n3. {other2}, suspendat (probă cu antibiotic)",
    "Analiza laptelui de la ferma lui {other1} arată {pct} grăsime; rezultatul a plecat pe "
    "{email}.",
)
_RO_INCALZIRE = (
    "CERERE AJUTOR PENTRU ÎNCĂLZIREA LOCUINȚEI\nSolicitant: {name}\nCNP: {cnp}\n"
    "Act de identitate: CI {ro_id}\nAdresa:\n{address_ml}\nVenit net lunar: {price}\n"
    "Număr membri familie: {qty}",
    "Asistentul social {other2} a verificat locuința lui {name} din {home} pe {date}.",
    "Bună ziua, am depus dosarul {ticket} la Primăria Sectorului 3 încă din {date} și nu "
    "am primit răspuns. Sunt {name}, mă găsiți la {phone} sau {email}. Mama mea, {other1}, "
    "are nevoie urgentă de ajutor.",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("freight-forwarder", "en", _FREIGHT)
    + _style("car-auction", "en", _AUCTION)
    + _style("scrap-metal", "en", _SCRAP)
    + _style("payroll-bureau", "en", _PAYROLL)
    + _style("hosting-abuse", "en", _ABUSE)
    + _style("whois-complaint", "en", _WHOIS)
    + _style("account-recovery", "en", _RECOVERY, lower=True)
    + _style("sewing-repair", "en", _SEWING)
    + _style("well-drilling", "en", _WELL)
    + _style("phone-buyback", "en", _BUYBACK)
    + _style("mountain-rescue", "en", _RESCUE, spoken=True)
    + _style("museum-donation", "en", _MUSEUM),
    "ro": _style("ro-cereale", "ro", _RO_CEREALE)
    + _style("ro-lemne-foc", "ro", _RO_LEMNE, lower=True)
    + _style("ro-targ-sat", "ro", _RO_TARG)
    + _style("ro-vanatoare", "ro", _RO_VANATOARE)
    + _style("ro-crama", "ro", _RO_CRAMA)
    + _style("ro-familie-gazda", "ro", _RO_GAZDA)
    + _style("ro-vanzare-auto", "ro", _RO_AUTO)
    + _style("ro-masaj-sportiv", "ro", _RO_MASAJ)
    + _style("ro-salvamont", "ro", _RO_SALVAMONT, spoken=True)
    + _style("ro-cadastru", "ro", _RO_CADASTRU)
    + _style("ro-colectare-lapte", "ro", _RO_LAPTE)
    + _style("ro-ajutor-incalzire", "ro", _RO_INCALZIRE),
}
