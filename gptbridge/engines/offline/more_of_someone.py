"""More asked of the people a question is about, in the same sentence: "when did Leland
Cummings join and what does he do", "Is there anyone called Hannah Olson, and if so what is her
title?". `follow_ups` splits the sentence at the follow-up and joins the two again."""

import re

# A question about someone named ("when did Leland Cummings join?"): what may follow asks more
# of them ("What does he do?").
PERSON_ASKED = re.compile(
    r"^\W*(?:when|where|what|which)\s+(?:did|was|is|does)\s+(?:[\w'-]+\s+){1,2}(?:join|joined"
    r"|start|started|get\s+hired|hired|work|works)\b",
    re.IGNORECASE,
)
# "when did Leland Cummings join and what does he do": more of someone named, in one sentence.
MORE_OF_SOMEONE_IN_THE_SAME_SENTENCE = re.compile(
    r"^(?P<asked>.+?)\s*,?\s+and\s+(?P<following>(?:what|where)\b[^,]*)$", re.IGNORECASE
)
# "Are there any employees named Welch, and what do they do?", "Is there anyone called Hannah
# Olson, and if so what is her title?", "list the Quitzons and what they do": a follow-up in the
# same sentence.
FOLLOW_UP_IN_THE_SAME_SENTENCE = re.compile(
    r"^(?P<asked>.+?)(?:\s*,\s*and\s+|\s+and\s+(?=what\s+(?:they|she|he)\s+do\b))"
    r"(?P<following>(?:if\s+(?:so|yes)\s*,?\s*)?(?:what|where)\b[^,]*)$",
    re.IGNORECASE,
)
# "is there anyone named Thad Abernathy and what does he do": what the one found does ("who is
# Leopold Johnston and what does he do" shows all of him, as "who is" does alone).
FOLLOW_UP_AFTER_IS_THERE = re.compile(
    r"^(?P<asked>\W*(?:is|are)\s+there\b.+?)\s+and\s+"
    r"(?P<following>what\s+(?:does|do)\s+(?:they|she|he)\s+do\b[^,]*)$",
    re.IGNORECASE,
)
