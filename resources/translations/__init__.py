"""Kohort's interface translations: Qt Linguist sources (kohort_<lang>.ts, edited by
translators) and the compiled catalogues the app loads (kohort_<lang>.qm). Both are made by
packaging/translations.py; see the README, "Adding or changing a translation"."""
