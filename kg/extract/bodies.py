"""Which country a government body or an article's publisher stands for.

"Armenia's Defence Ministry", "the French Treasury", "the Foreign Ministry of Moldova"
act for their country (the annotation guidelines and analysts treat ministries,
armed forces and governments as the country); "the Pentagon", named without a
country word, stays itself. An official statement's "we" is the government that
published it ("Ministry of Foreign Affairs of Japan" as the article's source).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon
from kg.resolve.memberships import PARTY_WORDS
from kg.types import Entity

__all__ = ["Bodies"]

# words of a source line that mark a government publication, besides the unit names
# ("Minister for Foreign Affairs, Australia", "Government of Canada", "State Department")
_ISSUING_WORDS = frozenset({"state", "presidency", "kremlin", "minister", "government"})


def _gazetteer():
    """The resolve stage's gazetteer (country names and demonyms), when available."""
    try:
        from kg.resolve import load_gazetteer
    except ImportError:
        return None
    return load_gazetteer()



class Bodies:
    """Country lookups for one article (cached)."""

    def __init__(self, mentions, lexicon: Lexicon):
        self.m = mentions
        self.units = lexicon.cue("government_units")
        self.forces = lexicon.cue("named_force_names")
        self._alias: dict[str, Entity] | None = None
        self._issuer: Entity | None | bool = False  # not looked up yet
        self._lifted: dict[str, Entity] = {}  # organisation id -> the country it stands for

    def unit_country(self, tok: Token, ent: Entity) -> Entity | None:
        seated = self._seat_after(tok, ent)
        if seated is not None:  # "the foreign ministry in Khartoum", whatever ministry came before
            self._lifted[ent.id] = seated
            return seated
        if ent.id in self._lifted:  # "the ministry said" after "Armenia's Defence Ministry"
            return self._lifted[ent.id]
        found = self._unit_country_here(tok, ent)
        if found is not None:
            self._lifted[ent.id] = found
        return found

    def _seat_after(self, tok: Token, ent: Entity) -> Entity | None:
        """The country of a government body placed in a capital: "the foreign ministry in
        Caracas" (a capital or a seat of government after "in")."""
        span = self.m.span_at(tok)
        gaz = _gazetteer()
        if span is None or gaz is None or not self._is_unit(span, ent):
            return None
        for prep in span.root.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < span.end:
                continue
            for place in prep.children:
                hit = gaz.lookup(place.text) if place.dep_ == "pobj" and place.pos_ == "PROPN" else None
                if hit and hit[0] in ("capital", "seat"):
                    found = gaz.country_of_surface(place.text)
                    if found is not None:
                        return self.m.entities.get(found.iso3) or self.country(found.iso3)
        return None

    def _is_unit(self, span, ent: Entity) -> bool:
        """Whether the mention or its entity's label names a government unit ("ministry")."""
        return bool(({w.lower_ for w in span} | set(ent.label.lower().split())) & self.units)

    def _unit_country_here(self, tok: Token, ent: Entity) -> Entity | None:
        span = self.m.span_at(tok)
        if span is None:
            return None
        if not self._is_unit(span, ent):
            return None
        if PARTY_WORDS & set(ent.label.split()):
            return None  # "the Union of Democratic Forces of Guinea": a party, no unit of the state
        if any(w.lower_ in ("led", "backed") and w.i > span.start and w.doc[w.i - 1].text == "-" for w in span):
            return None  # "the Saudi-led military coalition": a coalition the country leads, not its unit
        if any(name in ent.label.lower() for name in self.forces):
            # "the China Coast Guard", "the Sudanese Armed Forces": a named force is a party of
            # its own (in a civil war the army is one side), not its country
            return None
        gaz = _gazetteer()
        if ent.label.startswith(("United Nations", "UN ")) or any(a.isupper() and a.startswith("UN") for a in ent.aliases):
            # "the United Nations Relief and Works Agency for Palestine Refugees (UNRWA)": an
            # international body, whatever country its name holds
            return None
        around = list(span) + [c for c in span.root.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < span.start]
        # "the Foreign Ministry of Moldova"
        around += [g for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end
                   for g in c.children if g.dep_ == "pobj"]
        for inner in around:
            other = self.m.entity_at(inner)
            if other is not None and other.id != ent.id and other.type == "Country":
                return other
            hit = gaz.lookup(inner.text) if gaz is not None and inner.pos_ in ("PROPN", "ADJ") else None
            if hit and hit[0] in ("country", "demonym"):
                return self.m.entities.get(hit[1]) or self.country(hit[1])
        # the surface forms the article used for it ("Armenia's Defence Ministry"), not its canonical label
        for alias in sorted(ent.aliases):
            owner = alias.replace("\u2019", "'").split("'s ")[0] if "'s " in alias.replace("\u2019", "'") else None
            known = self.alias(owner) if owner else None
            if known is not None and known.type in ("Country", "Location") and known.id != ent.id:
                return known  # "Transnistria's Foreign Ministry", "Gaza's Health Ministry"
        for alias in sorted(ent.aliases) if gaz is not None else ():
            for word in alias.replace("\u2019", "'").replace("'s", " ").split():
                hit = gaz.lookup(word)
                if hit and hit[0] in ("country", "demonym"):
                    return self.m.entities.get(hit[1]) or self.country(hit[1])
        return None

    def issuer(self) -> Entity | None:
        """The country whose government published the article ("U.S. Department of State",
        "Ministry of Foreign Affairs of Japan"), from the article's source; None for news media."""
        if self._issuer is False:
            self._issuer = None
            article = getattr(self.m, "article", None)
            source = (getattr(article, "source", None) or "").replace("(", " ").replace(")", " ")
            words = source.split()
            gaz = _gazetteer()
            if gaz is not None and any(w.lower().strip(",.") in self.units | _ISSUING_WORDS
                                       for w in words):
                for size in (6, 5, 4, 3, 2, 1):  # longest first: "People's Republic of X"
                    for i in range(len(words) - size + 1):
                        hit = gaz.lookup(" ".join(words[i:i + size]).strip(","))
                        if hit and hit[0] in ("country", "demonym"):
                            self._issuer = self.m.entities.get(hit[1]) or self.country(hit[1])
                            return self._issuer
        return self._issuer

    def country(self, iso3: str) -> Entity | None:
        gaz = _gazetteer()
        if gaz is None or iso3 not in gaz.countries:
            return None
        return self.m.entities.setdefault(iso3, Entity(iso3, gaz.countries[iso3].label, "Country"))

    def alias(self, text: str) -> Entity | None:
        """An article entity known under exactly this surface form (case-insensitive)."""
        if self._alias is None:
            self._alias = {}
            for ent in self.m.entities.values():
                if ent.type != "Topic":
                    for name in (ent.label, *ent.aliases):
                        self._alias.setdefault(name.lower(), ent)
        return self._alias.get(text.lower())
