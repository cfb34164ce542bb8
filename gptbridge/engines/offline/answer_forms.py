"""The form an answer takes: a question answered yes or no ("is anyone in Sales a VP?"), and the
form asked for after a question ("Just the number is fine.", "A percentage is fine.", "? need it
for a chart"), which `follow_ups` drops when the question asks for that already."""

import re

from gptbridge.engines.offline.subsets import plainly

# A question answered yes or no ("is anyone ...", "any interns ...", "do we have ...").
OPENING = r"^\W*(?:(?:hey|hi|so|ok|and)\b\W*)*"
YES_OR_NO_WORDS = (
    r"is|are|was|were|do|does|did|has|have|any|anyone|anybody|someone|somebody|there\s+(?:is|are)"
)
YES_OR_NO = re.compile(OPENING + rf"(?:{YES_OR_NO_WORDS})\b", re.IGNORECASE)
# How a yes-or-no question wants its answer ("Answer yes or no.", ", yes or no?"): as it is.
YES_OR_NO_ASKED = re.compile(
    r"(?:^|,\s*|\(\s*)(?:please\s+)?(?:(?:just\s+)?(?:answer|reply|respond)(?:\s+with)?\s+)?"
    r"(?:a\s+)?(?:simple\s+)?(?:yes\s*(?:or|/)\s*no|y\s*/\s*n)(?:\s+(?:please|pls|only))?"
    r"(?:\s*,?\s*(?:and\s+)?if\s+(?:yes|so)\s*,?\s*(?:who|which\s+ones?|list\s+them))?\W*$",
    re.IGNORECASE,
)
THEN = r"^\W*(?:(?:and|so|ok|okay|just|then|if so|if yes|if any|if not|also)\b\W*)*"
# A sentence that goes on from another ("And which department is she in?", "also, ..."): what it
# says goes with the question before it (follow_ups.py), or with none (introductions.py).
GOING_ON_FROM = re.compile(r"^\W*(?:and|also|plus)\b", re.IGNORECASE)
# A request said as a statement ("List all the Vice-Presidents."): a question after it ("How
# many of them are in HR?") is a second question (asides.py), never a condition on the first.
REQUESTED = re.compile(
    r"^\W*(?:please\s+|kindly\s+)?(?:list|show|give|name|display|count|identify|provide|find|get"
    r"|tell|state|confirm)\b.*[.!]\s*$",
    re.I,
)
# The form the answer should take, said after it ("Just the number is fine.", "A percentage is
# fine.", "Just the department and the count."): dropped only when each thing it names is what
# the question asks already (a count after a count, a yes or no after one, a column it names);
# "Just the names." after a count asks for more, and is kept (refused).
# What the answer is for, in words that name nothing in the directory: "for a chart", "for his
# anniversary card", "for the yearly summary" ("for the Sales report" names a department: kept).
_FOR_WHAT = (
    r"for\s+(?:a|an|my|our|the|his|her|their)\s+(?:(?:trend|quarterly|monthly|annual|yearly"
    r"|weekly|board|class|anniversary|birthday|welcome|thank-?\s?you|farewell|name|summer|winter"
    r"|spring|autumn|budget|team|hiring|headcount)\s+)?(?:report|chart|presentation|deck|slides?"
    r"|meeting|assignment|homework|project|dashboard|spreadsheet|memo|analysis|newsletter|card"
    r"|letter|badge|summary|invoice|gift|offsite|off-site|planning|plan|review|workshop|records"
    r"|audit|retreat|kickoff|all-hands|forecast|perusal|reference)"
)
FORM_OF_THE_ANSWER = re.compile(
    THEN + r"(?:please\s+|kindly\s+)?(?:just\s+|only\s+|simply\s+"
    r"|(?:give|tell|show|include|state|confirm|provide|indicate)\s+(?:(?:me|us)\s+)?"
    r"(?:just\s+|only\s+)?|(?:reply|answer|respond)\s+(?:with|in)\s+(?:just\s+)?"
    r"|(?:(?:i|we|she|he|they|my\s+(?:boss|manager|director)|the\s+boss)"
    r"(?:\s+(?:needs?|wants?|would\s+like)|'d\s+like)|need)\s+(?:(?:it|them|this|that)\s+(?=in\b))?"
    r"|(?:i'?d|i\s+would|we'?d|we\s+would)\s+be\s+(?:most\s+|very\s+)?grateful\s+for\s+)?"
    r"(?:an?\s+)?(?:simple\s+|single\s+|short\s+|quick\s+|rough\s+)?"
    r"(?P<form>[a-z ,/&+-]+?)"
    r"(?:\s+(?:is|are|would\s+be|will\s+do)\s+(?:fine|ok|okay|enough|great|perfect|lovely|nice"
    r"|helpful|ideal|appreciated|splendid|wonderful|nicely)|\s+will\s+do)?"
    r"(?:\s*,?\s*plus\s+the\s+(?:number|count)(?:\s+if\s+any)?)?"
    rf"(?:\s+{_FOR_WHAT})?"  # "I need the exact date for his anniversary card."
    r"(?:\s*,?\s*(?:please|pls|thanks|thank\s+you)(?:\s+(?:a\s+lot|so\s+much|very\s+much|kindly))?)?"
    r"\W*$",
    re.IGNORECASE,
)
# Why it is asked, said after it ("? need it for a chart"); "? for our Sales report": refused.
PURPOSE = re.compile(
    r"^\W*(?:(?:(?:i|we)\s+)?(?:need|want)\s+(?:it|this|that|them|these)|it'?s|this\s+is)"
    rf"\s+{_FOR_WHAT}\W*$",
    re.IGNORECASE,
)
FORM_JOINERS = re.compile(r"\s*(?:,|\band\b|&|\+|\bplus\b)\s*", re.IGNORECASE)
COUNT_FORMS = frozenset(
    {"number", "count", "counts", "numbers", "total", "figure", "headcount", "number only", "value"}
    | {"numbers only", "count only", "total only", "figures", "figure only", "figures only"}
    | {"integer", "single integer"}
    | {"both counts", "both numbers", "two numbers", "two counts", "both figures"}
)
SHARE_FORMS = frozenset({"percentage", "percent", "share", "%"})
YES_NO_FORMS = frozenset({"yes or no", "yes/no", "y/n"})
BREAKDOWN_FORMS = frozenset({"breakdown", "split"})
GROUPS_ASKED = re.compile(r"\b(?:each|every|per|by|breakdown|split)\b", re.I)
DATE_FORMS = frozenset({"date", "exact date", "precise date", "full date", "day", "exact day"})
HIRE_DATE_FORMS = frozenset({"start date", "hire date", "start dates", "hire dates"})
DATE_ASKED = re.compile(
    r"^\W*(?:(?:can|could)\s+you\s+tell\s+me\s+)?when\b|\b(?:hire|start|joining)\s+date\b", re.I
)
COUNT_ASKED = re.compile(
    r"\b(?:how\s+many|number|count|total|headcount|most|fewest|least|vs|average|avg|median)\b", re.I
)
# "How long is X working here? tenure in years please": the years each answer of tenure gives
TENURE_FORMS = frozenset({"tenure", "tenure in years", "in years", "years", "years of service"})
TENURE_ASKED = re.compile(r"\bhow\s+long\b|\btenure\b|\bhow\s+many\s+years\b", re.I)
# What a form may add that points back at what was asked: "the number (of hires) in that year".
FORM_POINTING_BACK = re.compile(
    r"(?:\s+of\s+(?:hires|employees|staff|people|them))?"
    r"(?:\s+thereof|\s+(?:in|for|of)\s+(?:that|this|it|each)(?:\s+(?:year|department|title|one))?)?$"
)
NAME_FORM = re.compile(r"(?:(?:his\s+or\s+her|his/her|their|his|her|full)\s+)*names?")
FIRST_AND_LAST = re.compile(r"\bfirst\s+(?:and|&)\s+last\s+names?\b")
# "A year-by-year count would be splendid.": a count per group, as asked per group.
PER_GROUP_FORM = re.compile(
    r"(?:(?P<group>\w+)-by-(?P=group)|per-(?P<per>\w+))\s+(?:count|counts|breakdown|numbers?)"
)
WHO_ASKED = re.compile(r"^\W*who(?:\s+is|\s+was|'s)?\b", re.I)
# "What's the email for the President of Product?": of whoever it is, each one named.
WHAT_OF = re.compile(r"^\W*what(?:'?s|\s+is|\s+are)\s+the\s+(?:e-?mail|title|department)", re.I)
# "In which year was the hiring highest? How many were hired that year?": its count.
HOW_MANY_THEN = re.compile(
    THEN + r"how\s+many\s+(?:people\s+|employees\s+|staff\s+)?(?:were|was|are|is|did\s+we)\s+"
    r"(?:hired|hire|there|in\s+(?:it|there))(?:\s+(?:in\s+)?(?:that|then|it)(?:\s+(?:year|month|quarter"
    r"|department|dept|title|team))?)?\W*$",
    re.IGNORECASE,
)

SHARE_ASKED = re.compile(r"\b(?:share|percent\w*|proportion|fraction|ratio)\b|%", re.I)


# How the answer is laid out, which the engine's answer decides: a table or a line says nothing
# more ("A table with department and count would be great." names the columns, each checked); a
# list only of the people a question lists ("How many VPs? A bullet list please." asks for them).
LAID_OUT = re.compile(
    r"^(?:(?:small|simple|short|quick|two-line|one-line|one\s+line)\s+)*(?:table|answer|sentence"
    r"|one\s+sentence|line|reply|number\s+reply|(?P<listed>(?:bullet(?:ed)?|bullet-point|bullet"
    r"\s+point)\s+list))(?:\s+with\s+|\s*\(.*\)|$)"
)
LISTING_ASKED = re.compile(
    r"^\W*(?:(?:could|can|would)\s+you\s+(?:please\s+)?)?(?:list|show|who)\b", re.I
)


def form_said(asked: str, following: str) -> bool:
    if PURPOSE.match(following.strip()):
        return True
    form = FORM_OF_THE_ANSWER.match(following.strip())
    if form is None:
        return False
    said_form = form.group("form").lower().strip()
    laid_out = LAID_OUT.match(said_form)
    if laid_out and laid_out["listed"] and not LISTING_ASKED.match(asked):
        return False
    if laid_out:
        said_form = said_form[laid_out.end() :] if "with" in laid_out.group(0) else ""
        if not said_form:
            return True
    said_form = FIRST_AND_LAST.sub("names", said_form)  # one form, not "first" and "last names"
    said = [item for item in FORM_JOINERS.split(said_form) if item]
    return bool(said) and all(_asked_already(asked, item) for item in said)


def _asked_already(asked: str, item: str) -> bool:
    item = re.sub(r"^(?:the|a|an|just)\s+", "", item.strip())
    if NAME_FORM.fullmatch(item):  # "Who is the most senior ...? Please tell me his name."
        return bool(WHO_ASKED.match(asked) or LISTING_ASKED.match(asked))
    item = item.removesuffix(" name")
    item = FORM_POINTING_BACK.sub("", item)  # "the number of hires in that year", "... thereof"
    if item in COUNT_FORMS:
        return bool(COUNT_ASKED.search(asked) or YES_OR_NO.match(plainly(asked)))
    if item in SHARE_FORMS:
        return bool(SHARE_ASKED.search(asked))
    if item in YES_NO_FORMS:
        return bool(YES_OR_NO.match(plainly(asked)))
    if item in TENURE_FORMS:
        return bool(TENURE_ASKED.search(asked))
    per_group = PER_GROUP_FORM.fullmatch(item)  # "each year? A month-by-month breakdown": no
    if per_group:
        group = per_group["group"] or per_group["per"]
        return re.search(rf"\b(?:each|every|per|by|a)\s+{group}\b", asked, re.I) is not None
    if item in BREAKDOWN_FORMS:  # "the headcount for each department? A simple breakdown is fine."
        return bool(GROUPS_ASKED.search(asked))
    if item in DATE_FORMS:  # "When was X hired? I need the exact date."
        return bool(DATE_ASKED.search(asked))
    if item in HIRE_DATE_FORMS:  # "Who was the most recent hire? The name and start date."
        return bool(DATE_ASKED.search(asked) or WHO_ASKED.match(asked))  # who: with hire dates
    return (
        bool(re.fullmatch(r"[a-z]+", item)) and re.search(rf"\b{item}\b", asked, re.I) is not None
    )
