"""513 names to print badges for: Swedish, Finnish, Sámi and other names met in Nordic
municipalities, double-barrelled names with particles, and the 80-character worst case."""

from __future__ import annotations

import itertools

# 80 characters, double-barrelled (the action plan and diploma tests' worst case).
DOUBLE_80 = "Anna-Carina Charlotta Eleonora Gyllenstierna af Lundholm-Björkqvist-Wachtmeister"
FIRST = (
    *("Anna", "Åsa", "Karin", "Päivi", "Aino", "Máret", "Ánde", "Niillas", "Đorđe", "Zeynep"),
    *("Anna-Karin", "Marie-Louise", "Karl-Henrik", "Jääskeläinen", "Ŋuolja", "Ŧuomas", "Li"),
    *("Carl-Johan", "Hans-Peter", "Fatima", "Björn", "Jukka", "Øystein", "Ümit", "Yusuf"),
)
LAST = (
    *("Öberg-Jäätteenmäki", "Ŋuolja", "Hodžić", "Yılmaz", "Åkerlund", "Ødegård", "Sámmol"),
    *("von Schéele", "af Lundholm", "Al-Sayed", "van der Berg de la Cruz", "Wu", "Ek"),
    *("Gyllenstierna af Lundholm-Björkqvist", "Gyllenstierna af Lundholm-Björkqvist-Wachtmeister"),
    *("Järvinen", "Virtanen", "Mäkinen", "Čović", "Šarić", "Đaković", "Östergård-Nieminen"),
)
ORGANIZATIONS = (
    "Södra Älvsborgs Räddningstjänstförbund",
    "Sámediggi",
    "Helsingin kaupunki, kasvatuksen ja koulutuksen toimiala",
    "Västra Götalandsregionen, Koncernkontoret, Avdelning för regional utveckling",
    "Åbo Akademi",
    "",
)
ROLES = ("", "Enhetschef, äldreomsorg och hemtjänst i nordöstra stadsdelarna", "Rektor")
WORST = (
    ("Anna-Carina Charlotta Eleonora", "Gyllenstierna af Lundholm-Björkqvist-Wachtmeister"),
    ("Maj Anna-Carina Charlotta Eleonora", "Gyllenstierna af Lundholm-Björkqvist-Wachtmeister"),
    ("Ánde", "Ŋuolja"),
    ("Åsa", "Öberg-Jäätteenmäki"),
)


def names_513() -> list[tuple[str, str, str, str]]:
    """(first name, last name, organization, role) × 513, the worst first, then a mix."""
    people = [(first, last, ORGANIZATIONS[3], ROLES[1]) for first, last in WORST]
    mix = itertools.product(FIRST, LAST)
    for i, (first, last) in enumerate(mix):
        if len(people) == 513:
            break
        people.append((first, last, ORGANIZATIONS[i % 6], ROLES[i % 3]))
    assert len(people) == 513
    return people
