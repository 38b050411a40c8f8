"""Generator A's fifth blind (held-out) templates, used with Faker values.

English: a dog kennel's boarding intake, an aquarium shop's chat and water tests, a glazier's
quotes, a bike courier firm's dispatch log and rider onboarding, a dance school's enrolment, a
tree surgeon's site visit, plain evaluation-style statements, a self-storage unit typed in
lower case, a community radio phone-in prize call (speech), a dive centre's liveaboard booking,
pub quiz league entries as CSV rows and a watch repairer's receipts. Romanian: registering an
imported car, a dry cleaner, a dog groomer's chat, air-conditioning fitting, the appliance
scrappage scheme, plain statements, bottled-water delivery typed in lower case, a travel
agency call (speech), a pawn shop, a plant nursery, a children's summer camp and building-tool
hire. What was made hard: about a third of the templates are short plain sentences without
field labels; the text to keep carries capitalised everyday words, brands, venues and plant
varieties named after people, pets' names, shops on well-known streets, towns used as depots,
weekdays, times, amounts and reference numbers next to personal numbers.
"""

from __future__ import annotations

from benchmarks.synth.assemble import Template
from benchmarks.synth.assemble import style_templates as _style

__all__ = ["TEMPLATES"]

# --- English ---------------------------------------------------------------------------

_KENNEL = (
    "Boarding intake – Riverside Kennels, Marlow Road\n"
    "Owner: {name}\n"
    "Mobile: {phone}\n"
    "Home address: {address}\n"
    "Dog: Biscuit (Cocker Spaniel), 4 nights from {weekday}\n"
    "Food: James Wellbeloved turkey, {qty} scoops a day\n"
    "Emergency contact: {other1}, {phone_intl}\n"
    "Deposit: {price} paid, ref {invoice}",
    "Hi {first}, quick update from the Barking Lot: Pepper ate all her breakfast and had a "
    "long walk round Churchill Meadow this morning. Pick-up is {weekday} between {time} and "
    "6pm. Our vets are the Darwin Veterinary Centre on {landmark}; we will only ring "
    "{other2} if we cannot reach you on {phone_nat}.",
    "Our kennel manager says {other1} collected the Labrador for {name} on {weekday} at {time}.",
)

_AQUARIUM = (
    "{first}: hi, is the Juwel Rio 180 still in stock at the {city} store?\n"
    "AquaHaven: Yes, {qty} left, {price} with the LED lid.\n"
    "{other2}: can you deliver it to {address}? we're in after {time}\n"
    "AquaHaven: Noted on order {order}. We'll text {phone} when the van leaves {hub}.",
    "Water test for {name}, {date}: ammonia 0, nitrite 0.25, nitrate 40 ppm. Tank: Fluval "
    "Roma 200. Advice: Seachem Prime and a {pct} water change on Sunday. Loyalty member since "
    "{year}; e-receipt sent to {email}.",
    "The angelfish {first} ordered died within a week, so we refunded {price} to {iban}.",
)

_GLAZIER = (
    "Subject: Quote {invoice} – sash window repair\n\n"
    "Dear {name},\n\n"
    "Thank you for letting our fitter in on {weekday}. Replacing the cracked pane in the bay "
    "window with Pilkington K Glass comes to {price} including VAT; the Velux roof light is a "
    "separate job. We can fit it at {address} on {date}.\n\n"
    "Kind regards,\n"
    "{other1}\n"
    "{title}, Clearview Glazing, Wellington Road\n"
    "{phone_nat}",
    "Hello, my name is {name} and the double glazing you put in at {address} in {year} has "
    "misted up again. The guarantee certificate is in my late husband's name, {other2}. "
    "Please call me on {phone_intl} or reply to {email}; any weekday after {time} suits.",
    "The {last} family paid {price} for a new shop front at their bakery on {landmark}.",
)

_COURIER = (
    "[{clock}] DISPATCH: job {order} – pickup Paul Smith, {landmark}, drop {address}\n"
    "[{clock}] {first}: on it, ETA {time}\n"
    "[{clock}] DISPATCH: recipient is {other1}, call {phone} at the door\n"
    "[{clock}] {other2}: I'm free after Jo Malone, can take the next one",
    "Rider onboarding – Pedal Express\n"
    "Name: {name}\n"
    "Date of birth: {dob}\n"
    "National ID: {nid}\n"
    "Bank for weekly pay: {iban}\n"
    "Bike: Brompton C Line with cargo rack\n"
    "Start: {weekday} at the {hub} hub, first shift {time}\n"
    "App login from {ip} flagged for review",
    "{other1} rode the parcel from the Ted Baker shop to {name}'s flat in under twenty minutes.",
)

_DANCE = (
    "Hi {first},\n\n"
    "Thanks for enrolling your daughter in Saturday Ballet (Grade 2) at the Fred Astaire "
    "Studio. The spring term costs {price}; invoice {invoice} went to {email}. Costumes for "
    "the Nutcracker showcase must be ordered by {date}.\n\n"
    "Warm wishes,\n"
    "{other1}\n"
    "Principal",
    "Registration: Salsa & Bachata Beginners, Tuesdays {time}, Mandela Hall\n"
    "Dancer: {name}\n"
    "Born: {dob}\n"
    "Partner: {other2}\n"
    "Phone: {phone_nat}\n"
    "Address:\n"
    "{address_ml}\n"
    "Paid by card {card} – {price}",
    "{name} and {other1} won the Latin cup at the Blackpool Tower Ballroom in {year}.",
)

_TREE = (
    "Site visit {date} – Oakleaf Arboriculture\n"
    "Client: {name}, {address}\n"
    "Work: crown reduction on a Victoria plum, remove Leylandii hedge by the Darwin Primary "
    "playground\n"
    "Quote: {price} + VAT, skip hire extra\n"
    "Neighbour {other1} has agreed to access through the side gate\n"
    "Ring {phone} before {time}",
    "Hi {first}, the chipper broke down in {city} so we are running a day late. The lads "
    "will be with you {weekday} from {time}. Sorry – Oakleaf Tree Care. Questions: reply "
    "here or email us back from {email}.",
    "A falling ash branch from the Kingsley Park side crushed {name}'s car outside {address}.",
)

_EN_PLAIN = (
    "{name} was born on {dob} and now lives in {home}.",
    "You can reach {first} on {phone} or at {email}.",
    "{other1}'s passport number is {passport}, and {name} keeps a copy of it.",
)

_STORAGE_TYPED = (
    "hi its {name} i rent unit {qty} at safestore {city} and my access code stopped working "
    "tonight can someone ring me on {phone} before {time}",
    "ok so my brother {other1} is moving his stuff out on {weekday} can you add him to the "
    "account his driving licence is {dl} and hell bring it",
    "the card on file {card} for my mums unit got replaced shes {other2} please take the "
    "{price} from the new one or email the link to {email} thx",
)

_RADIO_CALL = (
    "presenter hello you're live on bay radio who have we got caller hi it's {name} from "
    "{home} presenter and you've just won two tickets to see {band} at the royal albert hall "
    "caller oh my god presenter we'll need a number for the e-tickets caller it's {phone_sp}",
    "producer ok so i just need your email for the prize form caller yeah it's {email_sp} "
    "producer and the postal address for the hamper caller it goes to my sister {other1} at "
    "{address_sp} producer lovely the hamper's from fortnum and mason it'll be with you by "
    "{weekday}",
    "caller my nan {other2} used to listen every morning on her roberts radio producer aw "
    "that's lovely and can i take a card for the charity bid of {price} caller yes it's "
    "{card_sp}",
)

_DIVE = (
    "Liveaboard booking – Red Sea, departing {date}\n"
    "Diver: {name}\n"
    "Passport: {passport}\n"
    "Date of birth: {dob}\n"
    "Certification: PADI Advanced Open Water, {qty} logged dives\n"
    "Next of kin: {other1}, {phone_intl}\n"
    "Balance due: {price} by {weekday}",
    "Hello Blue Abyss team, I'm {first} and I booked the Nitrox course for {date} on your "
    "website, but the payment page hung and then said request blocked for {ip}. Can you "
    "check whether order {order} went through? I'll be driving down from {home} that morning.",
    "{name} hired a Scubapro wetsuit and a Suunto computer in {year} and never returned them.",
)

_PUB_QUIZ = (
    "team,captain,phone,email,venue\n"
    "Agatha Quiztie,{name},{phone},{email},The Duke of Wellington\n"
    "Quiz Team Aguilera,{other1},,,The Red Lion\n"
    "Les Quizerables,{other2},{phone_nat},,Kings Arms",
    "League table week {qty} – Tuesday quiz, The Lord Nelson\n"
    "1. Universally Challenged (captain {last}) 42\n"
    "2. Spice Quiz (captain {other1}) 39\n"
    "Bar tab prize of {price} collected by {first} at {time}",
    "{name} has asked for the jackpot of {price} to be paid into {iban} instead of cash.",
)

_WATCH = (
    "Repair receipt {invoice}\n"
    "Customer: {name}\n"
    "Item: Omega Seamaster, full service and new crystal\n"
    "Estimate: {price}, ready {date}\n"
    "Customer phone: {phone_nat}\n"
    "ID seen: driving licence {dl}\n"
    "Left at our Burlington Arcade counter, {time}",
    "Dear {name}, your Patek Philippe Calatrava has gone to the Geneva workshop for a full "
    "service; expect it back around {date}. Collection is from our {city} branch only, and "
    "please bring the card used for the deposit, {card}.",
    "{other1} dropped the engagement ring off at our counter and asked us to post it to {address}.",
)

# --- Romanian --------------------------------------------------------------------------

_RO_INMATRICULARE = (
    "Cerere de înmatriculare – Instituția Prefectului, Județul Cluj\n"
    "Solicitant: {name}\n"
    "CNP: {cnp}\n"
    "CI seria și nr.: {ro_id}\n"
    "Domiciliul: {address}\n"
    "Vehicul: {vehicle}, an fabricație {year}\n"
    "Număr solicitat: {plate}\n"
    "Taxa plăcuțe: {price}, achitată prin Ghișeul.ro",
    "Bună ziua, sunt {name} și am adus mașina din Germania. Programarea la înmatriculări e "
    "{weekday} la {time}, dar certificatul fiscal de la Direcția de Taxe Locale Sector 3 nu "
    "e gata. Am permisul {dl} și cartea de identitate la mine. Mă puteți suna la {phone}?",
    "{other1} și-a înmatriculat Skoda pe numele soției, {other2}, la ghișeul de pe {landmark}.",
)

_RO_CURATATORIE = (
    "Curățătoria Ecoclean – bon {invoice}\n"
    "Client: {name}\n"
    "Telefon: {phone_nat}\n"
    "Articole: {qty} cămăși, un sacou Hugo Boss, o rochie de seară\n"
    "Total: {price}\n"
    "Gata de ridicare: {weekday}, după ora {time}\n"
    "Punct de predare: Mall Vitan, etajul 1",
    "Bună, {first}! Covorul persan și perdelele au fost spălate. Livrarea la {address} se "
    "face {weekday} între {time} și 18:00, plata cu cardul la curier. Echipa Ecoclean",
    "Pata de vin roșu de pe costumul lui {name} n-a ieșit nici după a doua curățare.",
)

_RO_TOALETAJ = (
    "{first}: Bună, aveți loc sâmbătă pentru un bichon? Îl aduce mama mea, {other1}.\n"
    "Lăbuțe Fericite: Da, la {time}. Tuns complet și baie: {price}.\n"
    "Lăbuțe Fericite: V-am notat. Confirmarea vine pe {email}, parcarea e lângă Kaufland.",
    "Fișă client – Salon Lăbuțe Fericite\n"
    "Stăpân: {name}\n"
    "Telefon: {phone}\n"
    "Adresă: {address}\n"
    "Câine: Bruno, Golden Retriever, {qty} kg\n"
    "Alergii: șampon cu ovăz\n"
    "Observații: se sperie de uscător, a mușcat-o pe colega de la Pet Expert",
    "Pudelul doamnei {last} a câștigat locul doi la expoziția canină de la Romexpo.",
)

_RO_AER = (
    "Subiect: Ofertă montaj aer condiționat Daikin Sensira 12000 BTU\n\n"
    "Stimate domnule {last},\n\n"
    "Vă confirmăm montajul la {address} pe {date}, ora {time}. Prețul de {price} include "
    "traseul de 3 m și suportul. Factura {invoice} va fi emisă pe numele dumneavoastră.\n\n"
    "Cu stimă,\n"
    "{other1}\n"
    "Departamentul Tehnic, Clima Expert SRL\n"
    "{phone_nat}",
    "Bună ziua, numele meu este {name} și aparatul Gree montat de voi în {year} picură în "
    "sufragerie. Garanția e pe factura {invoice}. Sunt acasă {weekday} după-amiază; numărul "
    "meu este {phone_intl}.",
    "Tehnicianul a lăsat unitatea exterioară pe balconul lui {name} fără s-o prindă în dibluri.",
)

_RO_RABLA = (
    "Înscriere program Rabla pentru Electrocasnice – AFM\n"
    "Nume și prenume: {name}\n"
    "CNP: {cnp}\n"
    "Adresa de domiciliu: {address}\n"
    "E-mail: {email}\n"
    "Produs predat: frigider Arctic, {qty} ani vechime\n"
    "Valoare voucher: {price}\n"
    "Magazin partener: Altex {city}",
    "Salut, {first}! Am dus mașina de spălat veche la centrul de colectare de pe {landmark} "
    "și am primit voucherul. Mâine merg la Flanco să iau un Beko. Zi-i și lui {other2} că mai "
    "sunt locuri până {weekday}.",
    "Centrul de reciclare a ridicat de la {address} un televizor Samsung și două aragaze "
    "pe numele lui {name}.",
)

_RO_PLAIN = (
    "{name} s-a născut pe {dob} și locuiește acum în {home}.",
    "Numărul de telefon al lui {first} este {phone}, iar adresa de e-mail este {email}.",
    "{other1} și-a pierdut cartea de identitate {ro_id} în tramvaiul 41, lângă Piața Unirii.",
)

_RO_APA_TYPED = (
    "buna ziua sunt {name} vreau {qty} bidoane aqua carpatica de 19 litri la {address} daca "
    "se poate pana {weekday}",
    "dozatorul de la birou nu mai răcește ne puteti suna la {phone_nat} sau scrieti la "
    "{email} factura e pe firma {company} intrebati de {other2}",
    "colegul meu {other1} a platit cu cardul {card} dar nu a primit chitanța va rog retrimiteti",
)

_RO_TURISM_CALL = (
    "agent bună ziua agenția soleil travel vă ascult client bună ziua sunt {name} am "
    "rezervat un sejur în halkidiki pentru {date} și vreau să mai adaug o persoană agent sigur "
    "îmi spuneți un număr de telefon client {phone_sp}",
    "agent pentru bilete am nevoie de pașaportul copilului client da copilul e {other2} "
    "pașaportul e {passport} și data nașterii {dob} agent mulțumesc și un email pentru "
    "voucher client {email_sp}",
    "client plătesc diferența de {price} cu cardul lui {other1} agent vă rog numărul client "
    "{card_sp} agent și adresa pentru factură client {address_sp}",
)

_RO_AMANET = (
    "Contract de amanet nr. {order}\n"
    "Debitor: {name}\n"
    "CNP: {cnp}\n"
    "Act de identitate: CI {ro_id}\n"
    "Bun amanetat: ceas Tissot PRX și lănțișor din aur de 14k\n"
    "Sumă împrumutată: {price}\n"
    "Scadență: {date}",
    "Bună ziua, sunt {first}, fratele meu {other1} a lăsat la dumneavoastră un laptop Lenovo "
    "și a plecat la muncă afară. Pot să-l răscumpăr eu dacă vin cu procura? Sunt la {phone}.",
    "{name} a răscumpărat verigheta de la Casa de Amanet Aurum cu o zi înainte de scadență.",
)

_RO_PEPINIERA = (
    "Comandă pepinieră – Livada Verde\n"
    "Client: {name}\n"
    "Livrare:\n"
    "{address_ml}\n"
    "Produse: {qty} puieți de măr Golden Delicious, 5 cireși Regina, 3 nuci Jupiter\n"
    "Total: {price}, plata ramburs\n"
    "Restituiri în contul: {iban}",
    "Bună ziua, doamna {last}, puieții de cais Harcot au ajuns la depozitul din {hub}. "
    "Curierul vă sună la {phone_nat} înainte de livrare, {weekday} până la {time}.",
    "Vecinul lui {name}, {other2}, a plantat trandafirii Queen Elizabeth cumpărați de la noi.",
)

_RO_TABARA = (
    "Fișă de înscriere – Tabăra de vară Delfinul\n"
    "Numele copilului: {name}\n"
    "Data nașterii: {dob}\n"
    "CNP copil: {nid}\n"
    "Părinte/tutore: {other1}\n"
    "Telefon părinte: {phone}\n"
    "Alergii: arahide\n"
    "Serie: {weekday} – duminică, plecare de la Gara de Nord",
    "Dragă {first}, îți mulțumim că ai ales Tabăra Delfinul! Autocarul pleacă la {time}. "
    "Te rugăm să achiți restul de {price} până pe {date}, cu factura {invoice}. Înscrierea "
    "online a fost înregistrată la {ts} de la adresa IP {ip}.",
    "{other2} și {name} au fost monitori la Tabăra Delfinul în {year}.",
)

_RO_UTILAJE = (
    "Contract de închiriere nr. {order} – Rent Utilaje Titan\n"
    "Chiriaș: {name}\n"
    "CI: {ro_id}\n"
    "Telefon: {phone}\n"
    "Utilaj: picamer Bosch GSH 11 VC, {qty} zile\n"
    "Garanție: {price}\n"
    "Livrare pe șantier: {address}",
    "Bună ziua, sunt {name} de la {company}. Am returnat betoniera Altrad pe {date}, dar "
    "garanția nu a intrat încă. Vă rog s-o virați în contul {iban} până {weekday}.",
    "Muncitorul lui {other1} a rupt discul flexului Makita închiriat pe numele lui {name}.",
)

TEMPLATES: dict[str, list[Template]] = {
    "en": _style("kennel-intake", "en", _KENNEL)
    + _style("aquarium-shop", "en", _AQUARIUM)
    + _style("glazier-quote", "en", _GLAZIER)
    + _style("bike-courier", "en", _COURIER)
    + _style("dance-school", "en", _DANCE)
    + _style("tree-surgeon", "en", _TREE)
    + _style("plain-notes", "en", _EN_PLAIN)
    + _style("storage-typed", "en", _STORAGE_TYPED, lower=True)
    + _style("radio-phonein", "en", _RADIO_CALL, spoken=True)
    + _style("dive-centre", "en", _DIVE)
    + _style("pub-quiz-csv", "en", _PUB_QUIZ)
    + _style("watch-repair", "en", _WATCH),
    "ro": _style("ro-inmatriculare", "ro", _RO_INMATRICULARE)
    + _style("ro-curatatorie", "ro", _RO_CURATATORIE)
    + _style("ro-toaletaj", "ro", _RO_TOALETAJ)
    + _style("ro-aer-conditionat", "ro", _RO_AER)
    + _style("ro-rabla", "ro", _RO_RABLA)
    + _style("ro-plain-notes", "ro", _RO_PLAIN)
    + _style("ro-apa-typed", "ro", _RO_APA_TYPED, lower=True)
    + _style("ro-turism-apel", "ro", _RO_TURISM_CALL, spoken=True)
    + _style("ro-amanet", "ro", _RO_AMANET)
    + _style("ro-pepiniera", "ro", _RO_PEPINIERA)
    + _style("ro-tabara", "ro", _RO_TABARA)
    + _style("ro-utilaje", "ro", _RO_UTILAJE),
}
