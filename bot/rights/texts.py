"""What the bot says about privacy requests and restriction, per language."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "access": "I have prepared a copy of all the data we hold about you (request {id}). "
        'To save it as a file, use "Download my data" below this chat.',
        "erasure_confirm": "Do you want me to delete all the data we hold about you, including "
        "this conversation? This cannot be undone. Reply YES to confirm; any other reply "
        "cancels.",
        "erasure_done": "Done: all the data we held about you has been deleted (request {id}). "
        "If you write again, a new conversation starts.",
        "erasure_cancelled": "Nothing was deleted.",
        "objection": "Understood: we will no longer use your data to train models or for any "
        "processing based on our legitimate interest (request {id}).",
        "handoff": "I have asked a member of our team to take over (request {id}). A person "
        "will follow up with you as soon as possible.",
        "restricted": "At your request, the processing of your data is restricted, so I cannot "
        "answer messages for now and nothing you write is stored. To lift the restriction, "
        "please contact {name}.",
    },
    "ro": {
        "access": "Am pregătit o copie a tuturor datelor pe care le deținem despre "
        "dumneavoastră (cererea {id}). Pentru a o salva ca fișier, folosiți „Descarcă "
        "datele mele” sub această conversație.",
        "erasure_confirm": "Doriți să șterg toate datele pe care le deținem despre "
        "dumneavoastră, inclusiv această conversație? Operațiunea nu poate fi anulată. "
        "Răspundeți DA pentru confirmare; orice alt răspuns anulează.",
        "erasure_done": "Gata: toate datele pe care le dețineam despre dumneavoastră au fost "
        "șterse (cererea {id}). Dacă ne scrieți din nou, începe o conversație nouă.",
        "erasure_cancelled": "Nu am șters nimic.",
        "objection": "Am înțeles: nu vom mai folosi datele dumneavoastră pentru antrenarea "
        "modelelor și nici pentru alte prelucrări bazate pe interesul nostru legitim "
        "(cererea {id}).",
        "handoff": "Am rugat un coleg din echipă să preia conversația (cererea {id}). O "
        "persoană vă va contacta cât mai curând.",
        "restricted": "La cererea dumneavoastră, prelucrarea datelor este restricționată, așa "
        "că nu pot răspunde deocamdată, iar nimic din ce scrieți nu este stocat. Pentru a "
        "ridica restricția, vă rugăm să contactați {name}.",
    },
}


def say(lang: str, key: str, **values: str) -> str:
    table = TEXTS.get(lang, TEXTS["en"])
    return table[key].format(**values)
