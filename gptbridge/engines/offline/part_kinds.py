"""Kinds of parts that several steps of assembly name."""

JOINERS = {"sep_and": "and", "sep_or": "or", "sep_comma": ",", "sep_vs": "vs"}
PEOPLE_NOUNS = ("noun_people", "noun_who")
# Asked about, but not recorded: refused whatever other reading the words have ("who hired June
# Sipes" is not "who was hired in June, named Sipes").
RELATIONS = "relations between employees (who hired whom, who works with whom)"
PREPOSITIONS = ("prep", "prep_place", "prep_from", "prep_with")
SEPARATORS = tuple(JOINERS)
