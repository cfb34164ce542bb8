"""The English the offline grammar is written in, as data: each grammar keyword and its variants.

The grammar (`grammar.lark`) uses one canonical keyword per meaning ("hired", "people",
"newest"); the lexer maps every variant listed here to it, so the grammar stays small and a new
way of saying something is one more string here, not a new rule. Words for the directory's
columns and values are not here: they come from the directory description (`employees/directory`).
"""

# canonical keyword -> variants (phrases allowed). The keyword itself is always understood.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "people": (
        "employees", "employee", "staff", "staffers", "everyone", "everybody", "anyone",
        "anybody", "someone", "somebody", "folks", "folk", "ppl", "persons", "person",
        "workers", "worker", "colleagues", "colleague", "coworkers", "members", "member",
        "personnel", "individuals", "guys", "team members", "users", "user", "those",
        "all of them", "peeps", "humans", "whoever", "ones",
    ),
    "hired": (
        "hire", "joined", "join", "joining", "started", "start", "starting", "employed",
        "onboarded", "recruited", "came", "come", "began", "begin", "got hired", "were hired",
        "was hired", "been hired", "hird", "hried", "came on board", "came aboard",
    ),
    "who": ("whom", "who all"),
    "hires": ("hirings", "joiners", "new hires", "starters", "recruits", "newcomers", "hired people"),
    "in": ("within the", "inside", "of the"),
    "from": (),
    "at": (),
    "on": (),
    "not": (
        "except", "excluding", "exclude", "outside", "outside of", "other than", "apart from",
        "aside from", "besides", "but not", "neither", "non", "isn't", "aren't", "wasn't",
        "weren't", "don't", "doesn't", "without", "no one in", "minus", "not in",
    ),
    "or": ("nor", "/", "+", "&", "either", "plus", "as well as"),
    "and": ("then", "also", "along with"),
    "how many": ("number of", "no of", "count of", "count", "tally", "total number of",
                 "total", "headcount", "head count", "how much", "how many people", "amount of"),
    "per": ("each", "every", "for each", "for every", "in each", "in every", "across",
            "across all", "grouped by", "group by", "broken down by", "split by", "by each"),
    "by": ("sorted by", "ordered by", "sort by", "order by", "arranged by", "sort them by",
           "order them by", "sorted on", "according to"),
    "breakdown": ("break down", "split", "distribution", "with counts", "with their counts",
                  "counts", "stats", "statistics"),
    "newest": ("latest", "most recent", "most recently", "newest", "recent", "last hired",
               "youngest in tenure", "most junior", "newer"),
    "earliest": ("longest serving", "longest-serving", "longest tenured", "most senior",
                 "longest", "earliest", "first hired", "senior most", "most tenured",
                 "longest standing"),
    "oldest": ("oldest",),
    "first": ("1st",),
    "top": (),
    "last": ("final", "bottom"),
    "most": ("biggest", "largest", "highest", "greatest", "max", "maximum", "most common",
             "most popular", "busiest", "the most", "more often", "most often", "most frequent",
             "most frequently"),
    "fewest": ("least", "smallest", "lowest", "min", "minimum", "least common",
               "least popular", "fewer", "rarest", "least often", "slowest"),
    "more than": ("over", "above", "greater than", "longer than", "more then", "exceeding",
                  "in excess of", ">"),
    "at least": ("or more", "minimum of", "no less than", "not less than", ">="),
    "less than": ("fewer than", "under", "below", "shorter than", "less then", "<"),
    "at most": ("or less", "or fewer", "maximum of", "no more than", "not more than", "<=",
                "up to"),
    "exactly": ("precisely",),
    "before": ("prior to", "earlier than", "b4", "pre"),
    "after": ("later than", "post", "following"),
    "since": ("from then on",),
    "between": (),
    "to": ("through", "thru", "till", "until", "-", "up to and including"),
    "or later": ("or after", "and later", "and after", "onwards", "onward", "or since"),
    "or earlier": ("or before", "and earlier", "and before"),
    "on or after": (),
    "on or before": (),
    "no later than": ("by the end of",),
    "no earlier than": (),
    "during": ("in the course of", "throughout"),
    "this": ("current", "the current", "so far this"),
    "past": ("previous", "preceding", "prior"),
    "ago": (),
    "named": ("called", "name is", "named as", "goes by", "by the name of", "by the name"),
    "starts with": ("starting with", "start with", "begins with", "beginning with",
                    "begin with", "starts", "begins", "prefix", "starts in"),
    "ends with": ("ending with", "end with", "ending in", "ends in", "end in", "ends",
                  "suffix"),
    "contains": ("containing", "contain", "includes", "including", "with the letters",
                 "has the letters", "that has"),
    ",": (";",),
    "'s": (),
    "with": ("having", "who have", "who has", "that have", "that has", "shared by", "with a",
             "with an", "who use", "using", "use", "uses"),
    "of": ("for",),
    "with their": ("and their", "along with their", "including their", "plus their",
                   "together with their"),
    "different": ("distinct", "unique", "various", "separate"),
    "average": ("avg", "mean", "typical", "on average"),
    "tenure": ("time at the company", "length of service", "service", "seniority", "time here",
               "time with the company", "tenures", "time in the company"),
    "percentage": ("percent", "pct", "%", "share", "proportion", "fraction", "ratio",
                   "percentages", "what part", "portion"),
    "a-z": ("alphabetically", "in alphabetical order", "alphabetical", "a to z",
            "alphabetic order", "by alphabet", "ascending", "asc"),
    "z-a": ("in reverse alphabetical order", "reverse alphabetical", "reverse alphabetically",
            "z to a", "descending", "desc", "reversed", "in reverse order", "reverse order"),
    "when": ("what date", "which date", "what day", "which day", "since when", "what year",
             "when exactly"),
    "sameday": ("on the same day as", "the same day as", "same day as", "same date as",
                "on the same date as", "same start date as", "same hire date as",
                "the same day", "on the same day", "same day", "same date"),
    "someone else": ("somebody else", "anyone else", "another employee", "another person",
                     "others", "other people", "other employees", "someone", "colleagues"),
    "how long": ("how many years",),
    "year": ("years", "yr", "yrs", "annually", "yearly", "annual", "calendar year"),
    "month": ("months", "mo", "mos", "monthly", "calendar month"),
    "week": ("weeks", "wk", "wks", "weekly"),
    "day": ("days",),
    "decade": ("decades",),
    "quarter": ("quarters", "quarterly", "qtr"),
    "half": ("halves",),
    "weekday": ("weekdays", "day of the week", "day of week", "days of the week", "dow",
                "weekday name"),
    "domain": ("email domain", "email domains", "domains", "email provider",
               "email providers", "mail provider", "provider", "providers"),
    "second": ("2nd",),
    "hire year": ("year of hire", "year hired", "hiring year", "start year", "year joined",
                  "year they joined", "year they were hired"),
}

# Verbs that only link subject and predicate. Dropped, except after a share word, where they
# separate the whole ("of engineers") from the part ("are managers").
COPULAS: tuple[str, ...] = (
    "is", "are", "were", "was", "work", "works", "equals", "is exactly", "=", "==", "equal to", "who are", "that are", "who were",
    "that were", "who work", "that work", "who is", "belong to", "who", "that",
)

# Dropped before parsing: they never change what is asked. Longest phrases win.
FILLERS: tuple[str, ...] = (
    "please", "pls", "plz", "kindly", "thanks", "thank you", "the", "a", "an", "me", "us",
    "our", "my", "all", "any", "just", "only", "do", "does", "did", "we", "you", "i", "can",
    "could", "would", "will", "tell", "show", "list", "give", "gimme", "find", "get", "pull",
    "pull up", "display", "see", "know", "need", "want", "like", "what", "which", "whom",
    "whose", "be", "there", "here", "currently", "company-wide", "companywide", "company wide",
    "overall", "in total", "in all", "altogether", "inclusive", "inclusively", "both inclusive",
    "that", "these", "them", "their", "they", "it", "its", "have", "has", "had",
    "been", "still", "now", "right now", "today", "so far", "at the company", "in the company",
    "at company", "in company", "of the company", "company", "organisation", "organization",
    "firm", "business", "directory", "in the directory", "our company", "employ", "employs",
    "working", "worked", "work for", "works for", "belong", "belongs", "exist", "exists",
    "listed", "recorded", "registered", "on file", "ever", "yet", "to date", "hey", "hi",
    "ok", "okay", "so", "also", "quick", "quickly", "please list", "let me know", "wondering",
    "whats", "who's", "whos", "u", "ya", "of them", "respectively", "in years", "in year",
    "let", "the letter", "letter", "letters", "i",
    "as of today", "including both ends", "all time", "of all time", "details", "info",
    "information", "entries", "records", "record", "rows", "row", "data", "full list",
    "complete list", "everything", "each of", "separately", "right", "hold", "holds",
    "holding", "got", "get hired", "currently employed", "in our company", "total of",
    "make up", "makes up", "made up", "comprise", "comprises", "represent", "represents",
)

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
# Day-of-week numbers as both databases give them: 0 = Sunday.
WEEKDAYS: dict[str, int] = {
    "sunday": 0, "sundays": 0, "sun": 0, "monday": 1, "mondays": 1, "mon": 1, "tuesday": 2,
    "tuesdays": 2, "tue": 2, "tues": 2, "wednesday": 3, "wednesdays": 3, "wed": 3,
    "thursday": 4, "thursdays": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fridays": 5,
    "fri": 5, "saturday": 6, "saturdays": 6, "sat": 6,
}
WEEKDAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
WEEKEND = ("weekend", "weekends", "a weekend", "the weekend")
# Meteorological seasons (northern hemisphere): months in the order the season runs.
SEASONS: dict[str, tuple[int, ...]] = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
    "winter": (12, 1, 2),
}
# Named days that fall on the same date every year: (month, day).
NAMED_DAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new years day": (1, 1), "new year": (1, 1),
    "valentine's day": (2, 14), "valentines day": (2, 14), "valentine's": (2, 14),
    "st patrick's day": (3, 17), "april fools day": (4, 1), "april fool's day": (4, 1),
    "april fools": (4, 1), "independence day": (7, 4), "fourth of july": (7, 4),
    "4th of july": (7, 4), "halloween": (10, 31), "christmas eve": (12, 24),
    "christmas": (12, 25), "christmas day": (12, 25), "xmas": (12, 25), "boxing day": (12, 26),
    "new year's eve": (12, 31), "new years eve": (12, 31), "leap day": (2, 29),
}
# Web-mail providers people name without a domain ("gmail addresses").
PROVIDERS: tuple[str, ...] = (
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "aol", "icloud", "protonmail",
    "proton", "msn", "gmx", "zoho", "yandex",
)

# Things people ask about that the directory does not hold: (words, what to say).
NOT_IN_THE_DATA: tuple[tuple[tuple[str, ...], str], ...] = (
    (("salary", "salaries", "pay", "paid", "wage", "wages", "compensation", "bonus", "earn",
      "earns", "income", "raise", "payroll", "highest-paid", "highest paid"), "salaries or pay"),
    (("manager of", "'s manager", "'s boss", "boss", "bosses", "reports to", "report to",
      "reporting to", "reporting line", "reporting lines", "supervisor", "supervisors",
      "supervises", "direct reports", "head of", "org chart", "manages", "managed by",
      "their managers", "and their managers", "team lead", "team leader", "lead of",
      "in charge of", "leads", "underneath"), "reporting lines (who manages whom)"),
    (("age", "aged", "oldest", "youngest", "birthday", "birthdays", "born", "birth",
      "years old", "older", "younger"), "ages or birthdays"),
    (("phone", "telephone", "mobile", "cell", "extension", "office", "desk", "sits",
      "location", "located", "lives", "live", "home", "city", "country", "address book"),
     "phone numbers or locations"),
    (("gender", "male", "female", "men", "women", "nationality", "race", "ethnicity",
      "religion", "married", "tall", "tallest", "height"), "personal characteristics"),
    (("promoted", "promotion", "fired", "left", "quit", "resigned", "terminated",
      "laid off", "retired", "leave", "vacation", "sick", "performance", "rating",
      "review", "best", "worst", "happiest", "happy", "skills", "skill"),
     "employment history, performance or feelings"),
)

# Short forms expanded before anything else.
CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "aren't": ("are", "not"), "isn't": ("is", "not"), "wasn't": ("was", "not"),
    "weren't": ("were", "not"), "don't": ("do", "not"), "doesn't": ("does", "not"),
    "didn't": ("did", "not"), "haven't": ("have", "not"), "hasn't": ("has", "not"),
    "hadn't": ("had", "not"), "can't": ("can", "not"), "cannot": ("can", "not"),
    "won't": ("will", "not"), "aint": ("are", "not"), "ain't": ("are", "not"),
    "arent": ("are", "not"), "isnt": ("is", "not"), "dont": ("do", "not"),
    "doesnt": ("does", "not"), "didnt": ("did", "not"), "werent": ("were", "not"),
    "wasnt": ("was", "not"), "what's": ("what", "is"), "whats": ("what", "is"),
    "who's": ("who", "is"), "whos": ("who", "is"), "when's": ("when", "is"),
    "how's": ("how", "is"), "that's": ("that", "is"), "there's": ("there", "is"),
    "here's": ("here", "is"), "it's": ("it", "is"), "let's": ("let", "us"), "i'm": ("i",),
    "i'd": ("i",), "i've": ("i",), "we've": ("we", "have"), "we're": ("we", "are"),
    "they're": ("they", "are"), "they've": ("they", "have"), "who've": ("who", "have"),
    "who're": ("who", "are"), "gimme": ("give", "me"), "r": ("are",), "lemme": ("let", "me"),
    "wanna": ("want",), "emps": ("employees",), "empl": ("employees",),
    "employes": ("employees",), "w": ("with",), "til": ("until",), "&": ("and",),
    "+": ("and",), "q1": ("q1",), "h1": ("first", "half"), "h2": ("second", "half"),
    "ytd": ("this", "year"), "yoy": ("per", "year"),
}
