r"""Sentence templates for the synthetic PERSON data, written for this generator.

One template a line; ``\n`` is a line break. Slots: ``{P}`` a person in any form,
``{PF}`` a full name, ``{PG}`` a given name, ``{PS}`` a surname, ``{PT}`` a title and
surname (only the surname is a PERSON), ``{FAM}`` a public figure, ``{PL}`` a list of
people; negative slots (never a PERSON): ``{JOB} {NOUN} {DAY} {MONTH} {TIME} {DATE}
{PRICE} {ORDER} {NUM} {CITY} {COUNTRY} {STREET} {BRAND} {BAND} {PRODUCT} {ORG}
{EMAIL} {PHONE} {START}``.

Every fifth template of each family is held out (``split_templates``): the held-out
evaluation never sees a sentence shape that training saw.
"""

from __future__ import annotations

# ruff: noqa: E501  (a template is one line, however long: an e-mail with its signature)


def _t(text: str) -> tuple[str, ...]:
    return tuple(
        line.strip().replace("\\n", "\n") for line in text.strip().splitlines() if line.strip()
    )


def split_templates(templates: tuple[str, ...], heldout: bool) -> tuple[str, ...]:
    """Every fifth template for the held-out split, the other four for training."""
    return tuple(t for i, t in enumerate(templates) if (i % 5 == 4) == heldout)


CHAT_EN = _t(
    r"""
    Hi, my name is {PF} and I'd like to check on order {ORDER}.
    hello im {P} my package never arrived
    This is {PF}, can you call me back on {PHONE}?
    I spoke to {PG} yesterday and she said the refund was approved.
    {PG} from your team promised a call on {DAY}.
    Can I speak with {PT} please?
    my wife {PG} placed the order, not me
    The parcel was signed for by {PF} at {TIME}.
    I talked to {P} yesterday about the {NOUN}.
    Please ask {PG} to send me the invoice for {ORDER}.
    {START}, it's {PG} again, any news about my {NOUN}?
    Could you tell {PT} that I will be late on {DAY}?
    My son {PG} needs a new {NOUN}, does the {PRODUCT} come in blue?
    The technician {PF} came on {DAY} but did not fix it.
    I am writing on behalf of my mother, {PF}.
    {PF} here, I booked a table for four at {TIME}.
    Is {PG} working today? She helped me last time.
    please forward this to {PF} in the {JOB} team
    hey its {PG} from {CITY} again
    The account is in the name of {PF}.
    Put the order under {PS}, please.
    My landlord {PF} refuses to return the deposit.
    We met {PF} and {PF} at the {CITY} store.
    i was helped by {PG} at the counter she was great
    The gift is for {PG}, please add a card saying happy birthday.
    Could {PG} {PS} call me after {TIME}?
    Delivery for {PF}, {STREET} {NUM}, {CITY}.
    I'm {PG}, {PG}'s sister, she asked me to write to you.
    Thanks {PG}, that solved it!
    Thank you so much {PF} for your help on {DAY}.
    Hi {PG}! Yes, {TIME} works for me.
    Dear {PT}, your appointment is confirmed for {DAY} at {TIME}.
    {PF} and I would like to cancel the booking.
    According to {PT}, the {NOUN} was shipped on {DATE}.
    the guy at the shop {PG} said to contact you
    Please change the name on the ticket to {PF}.
    {PG} says hi and asks if the {PRODUCT} is back in stock.
    Who is {PF}? I never ordered from {BRAND}.
    My name's {PS}, {PF}.
    I think {PG} mentioned a discount of {PRICE}.
    The refund went to {PF}'s card, not mine.
    Your colleague {PF} gave me reference {ORDER}.
    Our neighbour {PG} {PS} received my parcel by mistake.
    can you add {PF} as a second driver
    I was referred by {PF}, she bought a {PRODUCT} last {MONTH}.
    {PS} is my surname, {PG} is my first name.
    {PG} and {PG} will both attend the meeting on {DAY}.
    My manager {PF} approved the expense.
    Tell {PG} I said thanks!
    is this {PG}? we spoke on {DAY}
    I'd like to book {PT} for a consultation on {DAY}.
    {PF} ({JOB}) will handle your request.
    Passenger name: {PF}, flight to {CITY} on {DATE}.
    I am {PF} and my order number is {ORDER}.
    It was {PG} who answered the phone, not {PG}.
    I want to file a complaint about {PF}, the {JOB} at the {CITY} branch.
    Please send the contract to {PF} and copy {PF}.
    Can {PG} pick up the parcel instead of me?
    Yes, {PG} is my daughter, she can sign for it.
    My husband {PF} will call you tomorrow.
    As {PS} explained, the {NOUN} is under warranty until {MONTH}.
    The caller introduced himself as {PF}.
    Greetings from {CITY}, {PG} here.
    I've been a customer since {MONTH}, {PF}, account {ORDER}.
    Can you check if {PF} has an appointment with {PT}?
    thanks {PG} see you {DAY}
    Ok so {PG} said the {PRODUCT} costs {PRICE}.
    Hello {PT}, I got your message about the {NOUN}.
    Good morning, this is {PG} {PS} calling about the {NOUN}.
    We invited {PL} to the launch in {CITY}.
    I work with {PF} at {ORG}.
    ask for {PG} at reception
    My friend {PF} recommended your shop.
    {PG}, {PG} and I are flying to {CITY} on {DAY}.
    The package was left with {PF} next door.
    """
)
CHAT_RO = _t(
    r"""
    Bună ziua, mă numesc {PF} și aș vrea să verific comanda {ORDER}.
    buna sunt {P} coletul meu nu a ajuns
    Sunt {PF}, mă puteți suna înapoi la {PHONE}?
    Am vorbit ieri cu {PG} și mi-a spus că rambursarea a fost aprobată.
    {PG} de la voi mi-a promis un telefon {DAY}.
    Pot să vorbesc cu {PT}, vă rog?
    soția mea {PG} a plasat comanda, nu eu
    Coletul a fost semnat de {PF} la ora {TIME}.
    Am vorbit cu {P} despre {NOUN}.
    Vă rog să-i spuneți lui {PG} să-mi trimită factura pentru comanda {ORDER}.
    {START}, sunt tot {PG}, aveți vești despre {NOUN}?
    Îi puteți spune {PT} că întârzii {DAY}?
    Fiul meu {PG} are nevoie de {NOUN}, {PRODUCT} vine și în albastru?
    Tehnicianul {PF} a venit {DAY} dar nu a reparat nimic.
    Vă scriu în numele mamei mele, {PF}.
    Aici {PF}, am rezervat o masă pentru patru la {TIME}.
    Lucrează {PG} azi? M-a ajutat data trecută.
    vă rog trimiteți asta către {PF} de la {JOB}
    salut e {PG} din {CITY} din nou
    Contul este pe numele {PF}.
    Treceți comanda pe numele {PS}, vă rog.
    Proprietarul meu {PF} refuză să îmi dea garanția înapoi.
    L-am cunoscut pe {PF} la magazinul din {CITY}.
    m-a ajutat {PG} la casă a fost foarte drăguță
    Cadoul este pentru {PG}, puneți o felicitare vă rog.
    Mă poate suna {PG} {PS} după ora {TIME}?
    Livrare pentru {PF}, {STREET} nr. {NUM}, {CITY}.
    Sunt {PG}, sora lui {PG}, m-a rugat să vă scriu.
    Mulțumesc {PG}, s-a rezolvat!
    Vă mulțumesc mult, {PF}, pentru ajutor.
    Salut {PG}! Da, ora {TIME} e bună pentru mine.
    Stimate {PT}, programarea dumneavoastră este confirmată pentru {DAY} la ora {TIME}.
    {PF} și cu mine vrem să anulăm rezervarea.
    Conform {PT}, coletul a fost expediat pe {DATE}.
    tipul de la magazin {PG} mi-a zis să vă contactez
    Vă rog schimbați numele de pe bilet în {PF}.
    {PG} vă salută și întreabă dacă {PRODUCT} e din nou pe stoc.
    Cine este {PF}? Nu am comandat niciodată de la {BRAND}.
    Numele meu de familie este {PS}, prenumele {PG}.
    Cred că {PG} a pomenit de o reducere de {PRICE}.
    Banii au ajuns pe cardul lui {PF}, nu pe al meu.
    Colegul dumneavoastră {PF} mi-a dat referința {ORDER}.
    Vecinul nostru {PG} {PS} a primit coletul meu din greșeală.
    puteți să îl adăugați pe {PF} ca al doilea șofer
    M-a trimis {PF} la voi, și-a cumpărat {PRODUCT} în {MONTH}.
    {PG} și {PG} vin amândoi la întâlnire {DAY}.
    Șeful meu {PF} a aprobat cheltuiala.
    Spune-i lui {PG} mersi din partea mea!
    tu ești {PG}? am vorbit {DAY}
    Aș dori o consultație la {PT} {DAY}.
    {PF} ({JOB}) se va ocupa de cererea dumneavoastră.
    Pasager: {PF}, zbor spre {CITY} pe {DATE}.
    Eu sunt {PF} și numărul comenzii este {ORDER}.
    A răspuns {PG} la telefon, nu {PG}.
    Vreau să fac o reclamație despre {PF}, {JOB} de la magazinul din {CITY}.
    Trimiteți contractul lui {PF} și puneți-l în copie pe {PF}.
    Poate să ridice {PG} coletul în locul meu?
    Da, {PG} este fiica mea, poate semna ea.
    Soțul meu {PF} vă sună mâine.
    Cum a explicat {PT}, produsul e în garanție până în {MONTH}.
    Salutări din {CITY}, aici {PG}.
    Mă numesc {PG} {PS} și sun în legătură cu {NOUN}.
    L-am invitat pe {PF} la lansare.
    Lucrez cu {PF} la {ORG}.
    întrebați de {PG} la recepție
    Prietena mea {PF} mi-a recomandat magazinul vostru.
    {PG}, {PG} și cu mine zburăm la {CITY} {DAY}.
    Coletul a fost lăsat la {PF}, vecinul de alături.
    Doamna {PS} a sunat de trei ori azi.
    Domnul {PF} așteaptă la recepție.
    mersi {PG} ne vedem {DAY}
    """
)
EMAIL_EN = _t(
    r"""
    Hi {PG},\n\nplease find the invoice for order {ORDER} attached.\n\nBest regards,\n{PF}\n{JOB}, {ORG}
    Dear {PT},\n\nThank you for your message. We will ship the {PRODUCT} on {DAY}.\n\nKind regards,\n{PF}
    Hello,\n\nI never received my refund of {PRICE}.\n\nThanks,\n{PG}
    Hi team,\n{PG} asked me to follow up on the {NOUN}.\nCheers,\n{PG} {PS}
    Dear Sir or Madam,\n\nI would like to return the {PRODUCT}.\n\nSincerely,\n{PF}\n{PHONE}
    Hey {PG},\nthanks for the quick call today!\n--\n{PF}\nSent from my iPhone
    To: {EMAIL}\nSubject: {NOUN} for {PF}\n\nHi, see below.\n{PG}
    Good afternoon {PG},\n\n{PF} from our {CITY} office will contact you on {DAY}.\n\nRegards,\n{PF}\n{ORG}
    Hello {PG} and {PG},\nthe meeting is moved to {DAY} at {TIME}.\nBest,\n{PG}
    Dear {PF},\nYour order {ORDER} has been dispatched.\nThe {BRAND} Team
    {PG},\n\nCan you approve this? {PT} is waiting.\n\nThanks\n{PG}
    Hi all,\n\nWelcome {PF} who joins us as {JOB}.\n\n{PF}
    """
)
EMAIL_RO = _t(
    r"""
    Bună ziua {PG},\n\natașat găsiți factura pentru comanda {ORDER}.\n\nCu stimă,\n{PF}\n{JOB}, {ORG}
    Stimată {PT},\n\nVă mulțumim pentru mesaj. Expediem {PRODUCT} {DAY}.\n\nCu respect,\n{PF}
    Bună ziua,\n\nNu am primit rambursarea de {PRICE}.\n\nMulțumesc,\n{PG}
    Salut echipa,\n{PG} m-a rugat să revin cu privire la {NOUN}.\nO zi bună,\n{PG} {PS}
    Stimate domn,\n\nDoresc să returnez {PRODUCT}.\n\nCu stimă,\n{PF}\n{PHONE}
    Salut {PG},\nmersi pentru telefon!\n--\n{PF}\nTrimis de pe telefon
    Către: {EMAIL}\nSubiect: {NOUN} pentru {PF}\n\nBună, vezi mai jos.\n{PG}
    Bună ziua {PG},\n\n{PF} de la biroul din {CITY} vă va contacta {DAY}.\n\nToate cele bune,\n{PF}\n{ORG}
    Salut {PG} și {PG},\nîntâlnirea se mută {DAY} la ora {TIME}.\nPe curând,\n{PG}
    Stimate {PF},\nComanda {ORDER} a fost expediată.\nEchipa {BRAND}
    {PG},\n\nPoți aproba asta? {PT} așteaptă.\n\nMersi\n{PG}
    Bună tuturor,\n\nÎi urăm bun venit lui {PF}, noul nostru {JOB}.\n\n{PF}
    """
)
FORM_EN = _t(
    r"""
    Name: {PF}\nPhone: {PHONE}\nCity: {CITY}
    Full name: {PF}\nOrder: {ORDER}\nAmount: {PRICE}
    First name: {PG}\nLast name: {PS}\nCountry: {COUNTRY}
    Customer: {PF}\nProduct: {PRODUCT}\nDelivery: {DAY}
    Name - {PF}, Email - {EMAIL}
    Contact person: {PF} ({JOB})
    Recipient: {PF}\nAddress: {STREET} {NUM}, {CITY}
    Emergency contact: {PF}, {PHONE}
    Surname: {PS}\nGiven name: {PG}\nNationality: {COUNTRY}
    Guest list: {PL}
    Applicant: {PF}\nEmployer: {ORG}\nPosition: {JOB}
    Patient: {PF}\nDoctor: {PT}\nDate: {DATE}
    """
)
FORM_RO = _t(
    r"""
    Nume: {PF}\nTelefon: {PHONE}\nOraș: {CITY}
    Nume complet: {PF}\nComanda: {ORDER}\nSuma: {PRICE}
    Prenume: {PG}\nNume: {PS}\nȚara: {COUNTRY}
    Client: {PF}\nProdus: {PRODUCT}\nLivrare: {DAY}
    Nume - {PF}, Email - {EMAIL}
    Persoană de contact: {PF} ({JOB})
    Destinatar: {PF}\nAdresa: {STREET} nr. {NUM}, {CITY}
    Contact de urgență: {PF}, {PHONE}
    Nume de familie: {PS}\nPrenume: {PG}\nCetățenie: {COUNTRY}
    Lista invitaților: {PL}
    Solicitant: {PF}\nAngajator: {ORG}\nFuncția: {JOB}
    Pacient: {PF}\nMedic: {PT}\nData: {DATE}
    """
)
LIST_EN = _t(
    r"""
    My favourite writers are {FAM}, {FAM} and {FAM}.
    Attendees: {PL}.
    Tonight's speakers: {PL}
    We need signatures from {PL} before {DAY}.
    The winners were {FAM} and {PF}.
    who is better {FAM} or {FAM}
    The team: {PL}.
    CC: {PL}
    I grew up listening to {FAM} and {BAND}.
    Famous people born in {MONTH}: {FAM}, {FAM}, {FAM}.
    Thanks to {PL} for organising the event in {CITY}.
    shortlist for the job: {PF}, {PF}, {PF}
    Interview with {FAM} about {BRAND}.
    Top players this season: {FAM}, {PF}, {FAM}.
    Board members: {PL}.
    """
)
LIST_RO = _t(
    r"""
    Scriitorii mei preferați sunt {FAM}, {FAM} și {FAM}.
    Participanți: {PL}.
    Vorbitorii din seara asta: {PL}
    Avem nevoie de semnăturile lui {PL} până {DAY}.
    Câștigătorii au fost {FAM} și {PF}.
    cine e mai bun {FAM} sau {FAM}
    Echipa: {PL}.
    CC: {PL}
    Am crescut ascultând {FAM} și {BAND}.
    Oameni celebri născuți în {MONTH}: {FAM}, {FAM}, {FAM}.
    Mulțumiri lui {PL} pentru organizarea evenimentului din {CITY}.
    lista scurtă pentru post: {PF}, {PF}, {PF}
    Interviu cu {FAM} despre {BRAND}.
    Cei mai buni jucători: {FAM}, {PF}, {FAM}.
    Membrii consiliului: {PL}.
    """
)
# Sentences without people: the model must leave every word of them alone.
NEGATIVE_EN = _t(
    r"""
    Hi, I'd like to check on order {ORDER}.
    The {JOB} said the {PRODUCT} ships on {DAY}.
    Do you have the {PRODUCT} in size M?
    My {NOUN} from {BRAND} arrived broken.
    Can the {JOB} call me back after {TIME}?
    I paid {PRICE} for the {PRODUCT} on {DATE}.
    Is your {CITY} store open on {DAY}?
    We saw {BAND} live in {CITY} last {MONTH}.
    The {NOUN} was delivered to {STREET} {NUM}.
    {START}, the {NOUN} still has not arrived.
    Please cancel order {ORDER} and refund {PRICE}.
    I bought {BRAND} sneakers for {PRICE}.
    Our {JOB} is on holiday until {MONTH}.
    The {JOB} and the {JOB} both signed the form.
    Tracking number {ORDER} shows it is still in {CITY}.
    Do you deliver to {COUNTRY}?
    The new {PRODUCT} costs {PRICE} at {BRAND}.
    Shipping to {CITY} takes three days.
    I work for {ORG} in {CITY}.
    {ORG} sent me a letter about the {NOUN}.
    The meeting is on {DAY} at {TIME} in {CITY}.
    is the {PRODUCT} back in stock
    my {NOUN} never arrived and the {JOB} hung up on me
    the {JOB} told me to call on {DAY} after {TIME}
    {START} can you help with my {NOUN}
    We are moving from {CITY} to {CITY} in {MONTH}.
    Flight {ORDER} to {CITY} is delayed.
    The {BRAND} store on {STREET} closes at {TIME}.
    I'd like to speak to a {JOB}, please.
    Your {JOB} was very helpful, thank you.
    Can I pay with card at the {CITY} shop?
    The {PRODUCT} and the {PRODUCT} are both {PRICE}.
    Reference {ORDER}, amount {PRICE}, due {DATE}.
    The {NOUN} is too small, I need a bigger one.
    Tickets for {BAND} go on sale on {DAY}.
    {ORG} and {ORG} signed a deal in {CITY}.
    I need the {NOUN} before {DAY}.
    Is {BRAND} cheaper than {BRAND}?
    Our {JOB} will contact you within {NUM} days.
    The store manager approved the return.
    """
)
NEGATIVE_RO = _t(
    r"""
    Bună ziua, aș vrea să verific comanda {ORDER}.
    {JOB} a spus că {PRODUCT} se livrează {DAY}.
    Aveți {PRODUCT} pe mărimea M?
    {NOUN} de la {BRAND} a ajuns stricat.
    Mă poate suna {JOB} după ora {TIME}?
    Am plătit {PRICE} pentru {PRODUCT} pe {DATE}.
    Magazinul din {CITY} este deschis {DAY}?
    Am văzut {BAND} în concert la {CITY} în {MONTH}.
    Coletul a fost livrat pe {STREET} nr. {NUM}.
    {START}, {NOUN} tot nu a ajuns.
    Vă rog anulați comanda {ORDER} și returnați {PRICE}.
    Mi-am luat adidași {BRAND} cu {PRICE}.
    {JOB} este în concediu până în {MONTH}.
    {JOB} și {JOB} au semnat amândoi formularul.
    Numărul de urmărire {ORDER} arată că e tot în {CITY}.
    Livrați și în {COUNTRY}?
    Noul {PRODUCT} costă {PRICE} la {BRAND}.
    Livrarea în {CITY} durează trei zile.
    Lucrez la {ORG} în {CITY}.
    {ORG} mi-a trimis o scrisoare despre {NOUN}.
    Întâlnirea este {DAY} la ora {TIME} în {CITY}.
    {PRODUCT} e din nou pe stoc
    {NOUN} nu a ajuns niciodată și {JOB} mi-a închis telefonul
    {JOB} mi-a zis să sun {DAY} după ora {TIME}
    {START} mă puteți ajuta cu {NOUN}
    Ne mutăm din {CITY} în {CITY} în {MONTH}.
    Zborul {ORDER} spre {CITY} are întârziere.
    Magazinul {BRAND} de pe {STREET} se închide la ora {TIME}.
    Aș vrea să vorbesc cu {JOB}, vă rog.
    {JOB} a fost foarte amabil, mulțumesc.
    Pot plăti cu cardul la magazinul din {CITY}?
    {PRODUCT} și {PRODUCT} costă amândouă {PRICE}.
    Referința {ORDER}, suma {PRICE}, scadența {DATE}.
    Am nevoie de {NOUN} înainte de {DAY}.
    Este {BRAND} mai ieftin decât {BRAND}?
    Vă contactăm în {NUM} zile lucrătoare.
    Programul este de luni până vineri, între 9 și 18.
    Aveți livrare gratuită peste {PRICE}?
    Vreau să returnez produsul, nu mi se potrivește.
    Mulțumesc frumos, o zi bună!
    """
)
# Chat lines for pasted dialogues (speaker labels are added by the generator).
DIALOGUE_LINES_EN = _t(
    r"""
    hi
    hello, how can I help?
    my order {ORDER} is late
    can you check it for me
    sure, one moment please
    it should arrive on {DAY}
    thanks a lot
    no problem
    did {PG} call you back?
    not yet
    ok I'll ask {PG}
    see you at {TIME}
    the {PRODUCT} is {PRICE}
    I'm in {CITY} until {DAY}
    great, bye
    who's bringing the {NOUN}?
    lol
    yes please
    can you send me the address
    I'll be there
    """
)
DIALOGUE_LINES_RO = _t(
    r"""
    bună
    bună ziua, cu ce vă pot ajuta?
    comanda {ORDER} întârzie
    puteți verifica vă rog
    sigur, un moment
    ar trebui să ajungă {DAY}
    mulțumesc mult
    nicio problemă
    te-a sunat {PG}?
    încă nu
    ok îl întreb pe {PG}
    ne vedem la {TIME}
    {PRODUCT} costă {PRICE}
    sunt în {CITY} până {DAY}
    super, pa
    cine aduce {NOUN}?
    da vă rog
    îmi trimiteți adresa?
    ajung imediat
    """
)
