"""Phrasings of formal and analytical writing met at first sight, each with one meaning: a
drafter's exclusions and emphases ("with the exception of those in the Product department",
"taken together", "inclusive of both years"), a statistician's ("with counts and percentages of
the total", "mean tenure of Managers vs mean tenure of Associates", "the range of hire dates (min
and max)"). Applied first by `spoken.as_written`, through
`phrasings.PHRASINGS`; anything else is left for the grammar to understand or refuse."""

import re
from collections.abc import Callable

from gptbridge.engines.offline.tokens import PROVIDER_NAMES

Rewrite = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]

# "with counts and percentages of the total": each group's share (which says its count too).
WITH_COUNTS_AND_SHARES = re.compile(
    r",?\s+with\s+(?:the\s+)?(?:counts?\s+and\s+)?(percentages?|percents?|shares?)"
    r"(?:\s+of\s+(?:the\s+)?(?:total|whole))?",
    re.IGNORECASE,
)
# "headcount by title, n and %": a statistician's shorthand for the same.
N_AND_PERCENT = re.compile(
    r",?\s+(?:n|#|counts?|count\s+of)\s*(?:and|&|/|\+)\s*(?:%|pct|percent(?:age)?s?)(?=\W*$)",
    re.IGNORECASE,
)
# "mean tenure of Managers vs mean tenure of Associates": of Managers vs Associates.
STATISTIC_SAID_AGAIN = re.compile(
    r"\b((mean|average|avg|median)\s+(tenure|years\s+of\s+service)\s+(of|for|in|among)\s+)(.+?)\s+"
    r"(vs\.?|versus|compared\s+(?:to|with))\s+(?:the\s+)?\2\s+\3\s+\4\s+",
    re.IGNORECASE,
)
# "The latest hire date in Accounting, what is it?", "The average tenure, how long is it as of
# today?" (the topic said first, as Japanese orders it): what is the latest hire date ...
TOPIC_FIRST = re.compile(
    r"^\W*(?P<topic>(?!(?:how|what|which|who|whom|whose|when|where|is|are|do|does|did|can|could"
    r"|please|and)\b)[^,?]+?)\s*,\s*(?P<asked>what|how\s+long|how\s+much|when|who|which\s+one)"
    r"\s+(?P<verb>is|was|are|were)\s+(?:it|that|they|this)\b(?P<rest>[^?,]*)\?*\s*$",
    re.IGNORECASE,
)


# "Between Accounting and HR, which dept has the longer average tenure?": which ..., Accounting or
# HR.
BETWEEN_TWO_WHICH = re.compile(
    r"^\W*between\s+(?P<one>[\w&'-]+(?:\s+[\w&'-]+)?)\s+and\s+(?P<other>[\w&'-]+(?:\s+[\w&'-]+)?)"
    r"\s*,\s*(?P<which>which\b[^?,]*?)\s*(?P<end>\?*)\s*$",
    re.IGNORECASE,
)


def _topic_asked(match: re.Match[str]) -> str:
    asked = match["asked"].lower()
    asked = "what" if asked.startswith("how") else asked
    return f"{asked} {match['verb']} {match['topic']}{match['rest']}?"


# "the range of hire dates (min and max)": the range says both ends already.
RANGE_RESTATED = re.compile(
    r"(?<=\bdate)(s?)\s*\((?:min(?:imum)?\s*(?:and|/|&|-|to)\s*max(?:imum)?|earliest\s+(?:and|to)"
    r"\s+latest|first\s+(?:and|to)\s+last)\)",
    re.IGNORECASE,
)
# "the headcount distribution by department": its breakdown.
DISTRIBUTION_BY = re.compile(r"\b(?:distribution|split|mix)\s+(?=(?:by|per)\s)", re.IGNORECASE)
# "emails by provider", "count of emails by domain", "breakdown the emails per domain": how many
# addresses each provider holds.
EMAILS_BY_PROVIDER = re.compile(  # said alone: "list emails by domain" may be a list
    r"^\W*(?:(?:the\s+)?(?:count|number)\s+of\s+|(?:(?:please|kindly|pls)\s+)?(?:what(?:'s|\s+is)\s+)?"
    r"(?:a\s+|the\s+)?(?:break\s*down|split|distribution|tally|repartition)\s+(?:of\s+)?"
    r"(?:the\s+|all\s+)?)?"  # "breakdown the", "What is the repartition of the emails"
    r"(?:e-?mails?|e-?mail\s+addresses|e-?mail\s+accounts|addresses)"
    r"\s+(?:by|per)\s+(?:e-?mail\s+)?(?:providers?|domains?)\b",
    re.IGNORECASE,
)
# "share of emails by domain", "% of emails on gmail vs yahoo": of the people, each with one.
SHARE_OF_EMAILS = re.compile(
    r"\b(share|percentage|proportion|%)\s+of\s+(?:the\s+|all\s+|our\s+)?"
    r"(?:e-?mails?|e-?mail\s+addresses)(?=\s+(?:by|per|on|at|with|across)\b)",
    re.IGNORECASE,
)
# "10 or more full years", "5 or more completed years": years of service, counted whole already.
FULL_YEARS_AFTER_A_BOUND = re.compile(
    r"(?<=\d\s)(or\s+(?:more|longer|over|above|less|fewer)\s+)(?:full|whole|complete|completed)\s+"
    r"(?=(?:years?|yrs?)\b)",
    re.IGNORECASE,
)
# "how many have hit their 5 year anniversary", "who has had their 10-year work anniversary":
# that many years of service, or more (an anniversary in a period is read in `anniversaries`).
REACHED_AN_ANNIVERSARY = re.compile(
    r"\b(?:hit|hits|reached|reach|passed|celebrated|had|crossed)\s+(?:their|the|a|his|her)\s+"
    r"(\d+)[- ]?(?:years?|yrs?)(?:\s+work)?\s+anniversary\b(?!\s*(?:in|on|during|this|next|last"
    r"|today|tomorrow|within|since|before|after|of)\b)",
    re.IGNORECASE,
)
# "... at least 5 years of service but not 10 (yet)": under 10 years.
BUT_NOT_YET = re.compile(
    r"\bat\s+least\s+(\d+)\s+years\s+of\s+service\s+but\s+not\s+(?:yet\s+)?(?:their\s+)?(\d+)"
    r"(?:\s*(?:years?|yrs?))?(?:\s+(?:yet|anniversary))*\b",
    re.IGNORECASE,
)
# "8 years or more but less than 9": the second bound in the unit of the first.
UNIT_OF_THE_FIRST_BOUND = re.compile(
    r"\b(\d+\s+(years?|yrs?)\s+or\s+(?:more|longer|over)\s+but\s+(?:(?:less|fewer)\s+than|under"
    r"|below)\s+\d+)\b(?!\s*(?:years?|yrs?|months?|weeks?|days?|%))",
    re.IGNORECASE,
)
# "When was the first employee in Accounting hired and when the last?": both ends.
FIRST_AND_WHEN_THE_LAST = re.compile(
    r"^\W*when\s+(?:was|were|did)\s+the\s+(?:first|earliest)\s+(?:employee|person|hire|one)?\s*"
    r"(?P<where>(?:in|from|of|among)\s+[^,?]+?)\s+(?:hired|get\s+hired|join(?:ed)?|start(?:ed)?)"
    r"\s*,?\s*and\s+when\s+(?:was\s+|did\s+)?the\s+(?:last|latest|most\s+recent)(?:\s+one)?"
    r"(?:\s+(?:hired|join(?:ed)?|start(?:ed)?))?\W*$",
    re.IGNORECASE,
)
# Legal English: "..., stating full name and date of hire", "... and state that person's
# department", "specifying their hire dates": the columns to show with the people.
STATING_THE_COLUMNS = re.compile(
    r"(?:,\s*|\s+)(?:and\s+)?(?:stating|specifying|indicating|state|specify|indicate)\s+"
    r"(?:(?:that\s+person's|the\s+person's|their|his|her|each\s+one's)\s+)?"
    r"(?=(?:full\s+names?|names?|departments?|titles?|e-?mails?|e-?mail\s+address(?:es)?"
    r"|hire\s+dates?|dates?\s+of\s+hire)\b)",
    re.IGNORECASE,
)
# "the greatest aggregate number of employees": the greatest number; "hosted at gmail": on gmail;
# "in respect of the Customer Service department": in it; "as measured to today's date": as of
# today.
GREATEST_AGGREGATE = re.compile(
    r"\b(greatest|largest|highest|smallest|lowest)\s+aggregate\s+", re.I
)
HOSTED_AT = re.compile(r"\b(?:is|are)\s+hosted\s+(?:at|by|on|with)\s+(?=@?[a-z]+\b)", re.I)
IN_RESPECT_OF = re.compile(
    r"\b(?:in\s+respect\s+of|with\s+respect\s+to|in\s+relation\s+to)\b", re.I
)
MEASURED_TO_TODAY = re.compile(
    r"\b(?:as\s+)?measured\s+(?:to|at|as\s+of|on)\s+(?:today'?s\s+date|today|the\s+present\s+date)",
    re.IGNORECASE,
)
# "longer then 10 years in service", "more people then Product": "than", mistyped; "longer 10
# years in service": "than" left out.
THEN_FOR_THAN = re.compile(
    r"\b(more|less|fewer|longer|shorter|bigger|smaller|larger|greater|higher|lower|earlier|later"
    r"|newer|older|other|rather)(\s+(?:people|employees|staff|persons|hires))?\s+"
    r"(?:then\b|(?=\d+\s*(?:years?|yrs?|months?)\b))",
    re.IGNORECASE,
)
# "Since when is the oldest employee of Sales working here?", "How much years is the oldest
# employee in service?": the oldest in service, said in the question, is the longest-serving.
OLDEST_IN_SERVICE = re.compile(
    r"\boldest\s+(?=(?:employee|person|worker|colleague|staff\s+member)\b(?=.*\b(?:since\s+when"
    r"|in\s+service|working\s+here|works\s+here|with\s+us|been\s+here)\b))",
    re.IGNORECASE,
)
# "in which department maximum contractors are working": which department has the most.
IN_WHICH_THE_MOST_WORK = re.compile(
    r"\bin\s+which\s+(department|dept|title|team)\s+(?:the\s+)?(?:maximum|max|most)\s+([a-z-]+)\s+"
    r"(?:are|is)\s+(?:working|employed|placed|there)\b",
    re.IGNORECASE,
)
# "what share of the HR department consists of interns": are interns.
CONSISTS_OF = re.compile(r"\b(?:consists?|is\s+made\s+up|are\s+made\s+up)\s+of\b", re.IGNORECASE)
# "Is the number of Sales employees greater than the number of Marketing employees": are there
# more Sales employees than Marketing employees.
NUMBER_GREATER = re.compile(
    r"^\W*is\s+the\s+(?:number|count|headcount)\s+of\s+(.+?)\s+(greater|higher|larger|bigger"
    r"|more|smaller|lower|less|fewer)\s+than\s+(?:the\s+)?(?:number|count|headcount)\s+(?:of\s+)?",
    re.IGNORECASE,
)


def _number_greater(match: re.Match[str]) -> str:
    more = match.group(2).lower() in ("greater", "higher", "larger", "bigger", "more")
    return f"are there {'more' if more else 'fewer'} {match.group(1)} than "


# A drafter's exclusions: "other than those in the Sales department", "in departments other
# than Engineering", "with the exception of those in the Product department": not in it.
NOT_IN_SAID_AT_LENGTH = re.compile(
    r",?\s*\b(?:other\s+than|with\s+the\s+exception\s+of|except\s+for)\s+(?:those|the\s+ones|people"
    r"|employees|staff)\s+(?:in|from)\s+(?:the\s+)?|\bin\s+(?:departments?|teams?)\s+other\s+than"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)
# ... and their other formal words: "taken together", "inclusive of both years", "across the
# entire organisation", "the most senior Contractor by length of service", "compare the
# headcount of Sales with that of Marketing".
TAKEN_TOGETHER = re.compile(r"\btaken\s+together\b", re.IGNORECASE)
INCLUSIVE_OF_BOTH = re.compile(
    r"\binclusive\s+of\s+both(?:\s+(?:years|dates|ends|months))?\b", re.IGNORECASE
)
ENTIRE = re.compile(
    r"\bacross\s+the\s+entire\s+(?=organi[sz]ation|company|business|firm|workforce)\b", re.I
)
MOST_SENIOR_BY_SERVICE = re.compile(
    r"\bmost\s+senior\s+(.{1,40}?)\s+by\s+(?:length\s+of\s+service|tenure|seniority|hire\s+date)\b",
    re.IGNORECASE,
)
# "the most recent addition to the Product team": the latest hire in it.
ADDITION_TO = re.compile(r"\b(addition|additions)\s+to\s+(?=(?:the|our)\b)", re.IGNORECASE)


def _addition_to(match: re.Match[str]) -> str:
    return "hires in " if match.group(1).lower().endswith("s") else "hire in "


WITH_THAT_OF = re.compile(r"(?<=\S)\s+(?:with|to|against)\s+that\s+of\s+(?:the\s+)?", re.I)


def _with_that_of(match: re.Match[str]) -> str:
    compared = re.match(r"^\W*(?:please\s+)?compar", match.string, re.IGNORECASE)
    return " vs " if compared else match.group(0)


# "Would you mind listing all Presidents?", "do you mind sending ...": the request.
MIND_DOING = re.compile(
    r"\b(?:would|do|could)\s+you\s+mind\s+(list|show|giv|send|shar|provid|pull|find|check|count"
    r"|tell|look|lett)ing\b",
    re.IGNORECASE,
)
STEMS_CUT = {"giv": "give", "shar": "share", "provid": "provide", "lett": "let"}


def _mind_doing(match: re.Match[str]) -> str:
    stem = match.group(1).lower()
    return STEMS_CUT.get(stem, stem)


# "the email of Mr. Romaguera", "Dr Jenkins's title": a courtesy title before a capitalised name
# says nothing the directory holds (no gender, no degree); the name is asked about.
COURTESY_TITLE = re.compile(
    r"\b(?:mr|mrs|ms|miss|mx|dr|prof)\b\.?\s+(?=(?-i:[A-Z]))", re.IGNORECASE
)

# "Rita Klocko-san", "Kim-ssi": an honorific after a capitalised name (Japanese, Korean).
HONORIFIC_AFTER = re.compile(r"(?-i:(?<=[a-z]))-(?:san|sama|sensei|ssi|nim)\b", re.IGNORECASE)


# In this order, before the other phrasings.
# A lawyer's numbers and dates: "five (5)" is 5, "the date hereof" is today ("as of the date
# hereof": now; "the 5 years preceding the date hereof": the last 5 years), "(%)" asks for
# nothing more than the share it follows.
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty"
)
NUMBER_SAID_TWICE = re.compile(rf"\b(?:{_NUMBER_WORDS})\s*\((\d+)\)", re.IGNORECASE)
AS_OF_THE_DATE_HEREOF = re.compile(
    r",?\s*\b(?:as\s+(?:of|at)|preceding|prior\s+to|before)\s+the\s+date\s+(?:hereof|of\s+this"
    r"\s+(?:request|letter|query|enquiry|inquiry))\b",
    re.IGNORECASE,
)
# "I need a list, not a count: which ...": the form not wanted, said alone between marks, never
# a condition ("not a count" had made the question "not Associates", and counted them).
FORM_NOT_WANTED = re.compile(
    r"(?:^|(?<=[,:;(]))\s*(?:(?:and|but)\s+)?not\s+(?:just\s+)?(?:an?\s+|the\s+)?"
    r"(?:count|number|total|list|table|percentage|breakdown)s?\s*(?=[,:;)]|\s[-\u2013\u2014]\s|$)",
    re.IGNORECASE,
)
# "where does he work?", "where does Dario Shields work": in which department (an office or a
# city is asked with "work from", "based", "sit", and refused as a location).
WHERE_ONE_WORKS = re.compile(
    r"\bwhere\s+(?:does|do|did)\s+((?:[\w'-]+\s+){1,3}?)work(?:s)?\b(?!\s+(?:from|out|remote))",
    re.IGNORECASE,
)
# "the most recently hired employee (hereinafter "the latest hire")": a name given for later.
HEREINAFTER = re.compile(r"\s*\(\s*hereinafter\b[^()]*\)", re.IGNORECASE)
YEARS_PRECEDING_THE_DATE_HEREOF = re.compile(
    r"\b(?:within|in|during)\s+the\s+(\d+)\s+(years?|months?)\s+(?:preceding|prior\s+to|before)"
    r"\s+the\s+date\s+hereof\b",
    re.IGNORECASE,
)
# "..., where tenure is measured from hire date to today": the engine's own measure, said.
TENURE_AS_MEASURED_HERE = re.compile(
    r",?\s*\b(?:where|with)\s+(?:tenure|length\s+of\s+service|service)\s+(?:is\s+)?(?:measured"
    r"|counted|calculated|computed)\s+(?:in\s+years\s+)?from\s+(?:the\s+|their\s+|his\s+|her\s+)?"
    r"(?:hire|start)\s+date(?:\s+(?:to|until|till)\s+(?:today(?:'s\s+date)?|now|the\s+present))?",
    re.IGNORECASE,
)
PERCENT_IN_BRACKETS = re.compile(r"\s*\(\s*%\s*\)")
# "CEO needs the number of contractors in Sales", "Boss wants a list of all the VPs": who asks.
ASKED_FOR_BY = re.compile(
    r"^\W*(?:(?:the|our|my)\s+)?(?:ceo|cfo|coo|cto|boss|board|leadership|management)\s+"
    r"(?:needs?|wants?|asks?|asked(?:\s+for)?|is\s+asking(?:\s+for)?|would\s+like|requested)\s+"
    r"(?:to\s+(?:know|see)\s+)?",
    re.IGNORECASE,
)

# "How many Presidents and Vice-Presidents, respectively, are there?": each is given on its own;
# e-mail providers so named are counted per provider ("... use gmail.com, hotmail.com and
# yahoo.com respectively?"), where "gmail or yahoo" alone counts them together.
RESPECTIVELY = re.compile(r"\s*,?\s*\brespectively\b\s*,?", re.IGNORECASE)
PROVIDER_SAID = re.compile(rf"\b(?:{PROVIDER_NAMES})\b", re.IGNORECASE)


def _respectively(match: re.Match[str]) -> str:
    said_before = match.string[: match.start()]
    return ", per provider " if PROVIDER_SAID.search(said_before) else " "


# "on what date was he or she hired": they.
_HE_OR_SHE = r"(?:he\s+or\s+she|she\s+or\s+he|he/she|s/he)\b"
WAS_HE_OR_SHE = re.compile(rf"\bwas\s+{_HE_OR_SHE}", re.IGNORECASE)
HE_OR_SHE = re.compile(rf"\b{_HE_OR_SHE}", re.IGNORECASE)
HIS_OR_HER = re.compile(r"\b(?:his\s+or\s+her|her\s+or\s+his|his/her|her/his)\b", re.I)
HIM_OR_HER = re.compile(r"\b(?:him\s+or\s+her|her\s+or\s+him|him/her)\b", re.IGNORECASE)
# "who was the employee concerned": the employee.
CONCERNED = re.compile(
    r"\b(the\s+(?:employee|person|individual|staff\s+member)s?)\s+concerned\b", re.I
)
# "the aggregate number of employees": the total number.
AGGREGATE_NUMBER = re.compile(r"\bthe\s+aggregate\s+(?=number|count|headcount)\b", re.I)
# "Is Engineering bigger than HR in terms of staff strength?": a size compared is its headcount
# (after a comparative only: "rank departments in terms of headcount" sorts them).
COMPARED_IN_TERMS_OF = re.compile(
    r"\b((?:bigger|larger|smaller|greater|more|fewer|less)\b[^?.!]*?)\s*,?\s+in\s+terms\s+of\s+"
    r"(?:the\s+)?(?:staff\s+strength|headcount|head\s+count|staff(?:\s+numbers)?|people|employees"
    r"|numbers|size)\b",
    re.IGNORECASE,
)
# "the cumulative number of hires up to and including 2015": the total number of them; grouped
# ("cumulative hires per year") it is the running total per group, and is left as said.
CUMULATIVE = re.compile(r"\bcumulative\s+(?=number|count|headcount|hires)\b", re.I)
GROUPED = re.compile(
    r"\b(?:per|by|each|every|breakdown|running|trend|over\s+(?:time|the\s+years)|yearly|annual(?:ly)?"
    r"|monthly|quarterly|year[\s-]+(?:by|on|over|to)[\s-]+year|group(?:ed)?)\b",
    re.IGNORECASE,
)


def _cumulative(match: re.Match[str]) -> str:
    return match.group(0) if GROUPED.search(match.string) else "total "


# "over the period 2010 to 2022 inclusive": from 2010 to 2022.
OVER_THE_PERIOD = re.compile(
    r"\b(?:over|during|in|for|within)\s+the\s+period\s+(?:from\s+)?"
    r"(?=(?:19|20)\d\d\s*(?:to|through|until|-|\u2013)\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)


# "Do you know if there's anyone called X?", "I was wondering whether we have interns": the
# question asked inside another; what is left must be understood on its own.
ASKED_WHETHER = re.compile(
    r"^\W*(?:(?:(?:do|does|would|could|can)\s+(?:you|anyone|anybody)\s+(?:happen\s+to\s+)?"
    r"(?:know|tell\s+me|check|see|confirm)|i\s+(?:wonder|was\s+wondering|am\s+wondering)"
    r"|i'm\s+wondering|(?:just\s+)?wondering)\s+)?(?:if|whether)\s+"
    r"(?=(?:there|anyone|anybody|someone|somebody|we|any)\b|[\w'-]+\s+[\w'-]+\s+(?:is|was)\b)",
    re.IGNORECASE,
)


# "True or false: Sales has more people than HR", "... - true or false?": is it true that ...
TRUE_OR_FALSE_FIRST = re.compile(r"^\W*(?:true\s+or\s+false|true\s*/\s*false)\s*[:,.?-]*\s*", re.I)
TRUE_OR_FALSE_LAST = re.compile(
    r"^(?P<claim>[^?]+?)\s*[-,:;]\s*(?:true\s+or\s+false|true\s*/\s*false|is\s+(?:that|this|it)"
    r"\s+(?:true|right|correct)|true)\s*\?*\s*$",
    re.IGNORECASE,
)

# "list all Presidents and Vice-Presidents, grouped by department", "show me the VPs of every
# department": the list, in that order (as "list contractors by dept"); "list headcount grouped
# by department" stays a count per group, and "list the newest hire in each department" the
# extreme of each (no word of an extreme or an order is said before "in each").
_NO_EXTREME = (  # nor how many of each ("list 3 interns in each department")
    r"(?:(?!\b(?:most|least|top|first|last|common|recent\w*|\w+est|\d{1,3}|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|few|some|any)\b)[^?])*?"
)
_GROUPS = r"(?=\s+(?:department|dept|title|team|departamento)s?\b)"
_OF_EACH = rf"(?:(?:in|of|from|within|for|across)\s+(?:each|every|all(?:\s+the)?)|per|por){_GROUPS}"
_OF_ALL = rf"\s*of\s+(?:all|each|every)(?:\s+the)?{_GROUPS}"
LIST_GROUPED_BY = re.compile(  # "a list of all departments" lists no one: the departments
    rf"^(\W*(?:\w+\s+){{0,3}}?(?:list|show)\b(?!{_OF_ALL}){_NO_EXTREME})\s*,?\s*"
    rf"(?:grouped\s+by{_GROUPS}|{_OF_EACH})\s+",
    re.I,
)
# A drafter's "ten years of continuous service", "an email address at the domain gmail.com", "a
# surname of Smith", "years on the job": service, at gmail.com, the surname Smith, tenure.
CONTINUOUS = re.compile(
    r"\b(?:continuous|unbroken|uninterrupted)\s+(?=(?:service|employment)\b)", re.I
)
AT_THE_DOMAIN = re.compile(r"\bat\s+the\s+(?:e-?mail\s+)?domain\s+(?=@?[\w-]+\.\w)", re.I)
SURNAME_OF = re.compile(
    r"\b(?i:(?:a|the)\s+(surname|last\s+name|family\s+name|first\s+name|given\s+name)\s+of)\s+"
    r"(?=[A-Z])"
)
ON_THE_JOB = re.compile(r"\byears\s+(?:on\s+the\s+job|in\s+(?:the\s+)?(?:job|post|role))\b", re.I)

FORMAL_PHRASINGS: tuple[Rewrite, ...] = (
    (TOPIC_FIRST, _topic_asked),
    (BETWEEN_TWO_WHICH, r"\g<which>, \g<one> or \g<other>\g<end>"),
    (ASKED_WHETHER, ""),
    (TRUE_OR_FALSE_FIRST, "is it true that "),
    (TRUE_OR_FALSE_LAST, r"is it true that \g<claim>"),
    (NUMBER_SAID_TWICE, r"\1"),
    (YEARS_PRECEDING_THE_DATE_HEREOF, r"in the last \1 \2"),
    (AS_OF_THE_DATE_HEREOF, ""),
    (TENURE_AS_MEASURED_HERE, ""),
    (PERCENT_IN_BRACKETS, ""),
    (HEREINAFTER, ""),
    (WHERE_ONE_WORKS, r"which department does \1work in"),
    (FORM_NOT_WANTED, ""),
    (ASKED_FOR_BY, ""),
    (MIND_DOING, _mind_doing),
    (COURTESY_TITLE, ""),
    (HONORIFIC_AFTER, ""),
    (N_AND_PERCENT, " with percentages"),
    (WITH_COUNTS_AND_SHARES, r" with \1"),
    (EMAILS_BY_PROVIDER, "count per email domain"),
    (THEN_FOR_THAN, r"\1\2 than "),
    (FULL_YEARS_AFTER_A_BOUND, r"\1"),
    (IN_WHICH_THE_MOST_WORK, r"which \1 has the most \2"),
    (OLDEST_IN_SERVICE, "longest-serving "),
    (STATING_THE_COLUMNS, ", with their "),
    (GREATEST_AGGREGATE, r"\1 "),
    (HOSTED_AT, "on "),
    (IN_RESPECT_OF, "in"),
    (MEASURED_TO_TODAY, "as of today"),
    (REACHED_AN_ANNIVERSARY, r"at least \1 years of service"),
    (BUT_NOT_YET, r"at least \1 but less than \2 years of service"),
    (UNIT_OF_THE_FIRST_BOUND, r"\1 \2"),
    (FIRST_AND_WHEN_THE_LAST, r"when were the first and last hires \g<where>"),
    (SHARE_OF_EMAILS, r"\1 of employees"),
    (CONSISTS_OF, "are"),
    (NOT_IN_SAID_AT_LENGTH, " not in "),
    (TAKEN_TOGETHER, "together"),
    (INCLUSIVE_OF_BOTH, "inclusive"),
    (ENTIRE, "across the whole "),
    (MOST_SENIOR_BY_SERVICE, r"longest-serving \1"),
    (WITH_THAT_OF, _with_that_of),
    (ADDITION_TO, _addition_to),
    (NUMBER_GREATER, _number_greater),
    (STATISTIC_SAID_AGAIN, r"\1\5 \6 "),
    (RANGE_RESTATED, r"\1"),
    (DISTRIBUTION_BY, "breakdown "),
    (RESPECTIVELY, _respectively),
    (WAS_HE_OR_SHE, "were they"),
    (HE_OR_SHE, "they"),
    (HIS_OR_HER, "their"),
    (HIM_OR_HER, "them"),
    (CONCERNED, r"\1"),
    (AGGREGATE_NUMBER, "the total "),
    (CUMULATIVE, _cumulative),
    (COMPARED_IN_TERMS_OF, r"\1"),
    (OVER_THE_PERIOD, "from "),
    (LIST_GROUPED_BY, r"\1 by "),
    (CONTINUOUS, ""),
    (AT_THE_DOMAIN, "at "),
    (SURNAME_OF, r"the \1 "),
    (ON_THE_JOB, "years of service"),
)
