"""The sheet's own words, in the corpus's ``language`` setting: the contents heading,
"(cont.)", the page numbers, the card count, the HTML's filter box and copy button, the
Markdown's table headings and "as of" before the day a limit was checked. English,
German, French, Spanish, Italian, Portuguese and Dutch; English for any other language
(its cards are written as they are either way)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Words:
    contents: str
    continued: str  # after a section's title where a page or column goes on with it
    page: str  # before "3 / 7" at a page's foot
    card: str
    cards: str
    filter: str  # the HTML's filter box
    of: str  # "12 of 340 cards" as the filter box counts them
    copy: str
    copied: str
    command: str  # the Markdown's table of short commands
    what_it_does: str
    limit: str  # the Markdown's table of limits
    value: str
    as_of: str  # before the day a limit was last checked

    def count(self, number: int) -> str:
        """``12 cards``, ``1 card``."""
        return f"{number} {self.card if number == 1 else self.cards}"


ENGLISH = Words(
    "Contents", "(cont.)", "page", "card", "cards", "Filter cards", "of", "Copy", "Copied",
    "Command", "What it does", "Limit", "Value", "as of",
)  # fmt: skip

_WORDS = {
    "en": ENGLISH,
    "de": Words(
        "Inhalt", "(Forts.)", "Seite", "Karte", "Karten", "Karten filtern", "von",
        "Kopieren", "Kopiert", "Befehl", "Wirkung", "Grenze", "Wert", "Stand"
    ),
    "fr": Words(
        "Sommaire", "(suite)", "page", "carte", "cartes", "Filtrer les cartes", "sur",
        "Copier", "Copié", "Commande", "Effet", "Limite", "Valeur", "au"
    ),
    "es": Words(
        "Índice", "(cont.)", "página", "tarjeta", "tarjetas", "Filtrar tarjetas", "de",
        "Copiar", "Copiado", "Comando", "Qué hace", "Límite", "Valor", "a fecha"
    ),
    "it": Words(
        "Indice", "(segue)", "pagina", "scheda", "schede", "Filtra le schede", "di",
        "Copia", "Copiato", "Comando", "Cosa fa", "Limite", "Valore", "al"
    ),
    "pt": Words(
        "Índice", "(cont.)", "página", "cartão", "cartões", "Filtrar cartões", "de",
        "Copiar", "Copiado", "Comando", "O que faz", "Limite", "Valor", "em"
    ),
    "nl": Words(
        "Inhoud", "(vervolg)", "pagina", "kaart", "kaarten", "Kaarten filteren", "van",
        "Kopiëren", "Gekopieerd", "Commando", "Wat het doet", "Limiet", "Waarde", "per"
    ),
}  # fmt: skip


def words_for(language: str) -> Words:
    """The sheet's words for a language tag (``pt-BR`` as ``pt``); English when the
    sheet has none of that language."""
    return _WORDS.get(language.split("-")[0].split("_")[0].lower(), ENGLISH)
