import pytest

from gptbridge.engines.offline import words
from gptbridge.engines.offline.lexer import ANNIVERSARY_DAY_WORDS, OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.parser import keyword_terminals

from .conftest import plan_of


def test_every_keyword_of_the_grammar_can_be_said() -> None:
    # The lexer produces only keywords listed in words.toml; a grammar keyword missing there
    # could never be matched.
    # "are" is what a copula becomes after a share word; "today" after "anniversary" is a day
    spoken = {*words.KEYWORDS, "are", *ANNIVERSARY_DAY_WORDS}
    missing = {keyword for keyword in keyword_terminals() if keyword not in spoken}
    assert missing == set()


def test_word_tables_are_well_formed() -> None:
    assert words.MONTHS["sept"] == 9
    assert words.WEEKDAYS["sunday"] == 0
    assert words.SEASONS["winter"] == (12, 1, 2)
    assert words.NAMED_DAYS["christmas"] == (12, 25)
    assert all(phrases for phrases, _ in words.NOT_IN_THE_DATA)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("Who is the earliest hire in the entire company?", "who is the earliest hire"),
        ("title breakdown across company", "title breakdown"),
        ("employees hired on exactly 2018-05-15, if any", "employees hired on 2018-05-15"),
        (
            "of those hired in 2022, how many were placed in Engineering",
            "how many hired in 2022 in Engineering",
        ),
        ("how many employees assigned to engineering", "how many in engineering"),
        (
            "Marketing staff whose title is anything other than Manager",
            "Marketing staff who are not Managers",
        ),
        ("What is the actual number of interns?", "how many interns"),
        ("How many interns are there actually?", "how many interns"),
        ("ppl hired btwn 2012 and 2014", "people hired between 2012 and 2014"),
        (
            "how many nos. of interns are there in Engineering dept?",
            "how many interns in Engineering",
        ),
        ("which dept is having least nos. of employees", "which dept has the fewest employees"),
        ("what is the designation of Leopold Johnston", "what is the title of Leopold Johnston"),
        ("kindly revert with nos. of people hired in 2019", "how many people hired in 2019"),
        ("PFB query - how many interns are there?", "how many interns are there?"),
        ("how many depts are there in the org", "how many departments are there"),
        ("percentage of interns out of total emp strength", "what percentage are interns"),
        (
            "what is the email of Leopold Johnston, kindly share the same",
            "Leopold Johnston's email",
        ),
        ("how many interns as of today's date", "how many interns"),
        ("How many employees do we have in total at this moment?", "how many employees"),
        ("What is the email adres of Leopold Johnston?", "Leopold Johnston's email"),
        ("which employee owns Leonie87@yahoo.com", "which employee has Leonie87@yahoo.com"),
        ("who is the newest hire (show ties if any)", "who is the newest hire"),
        ("the 3 most recent hires, include ties", "the 3 most recent hires"),
        (
            "which department has the most interns? if there's a tie, show all",
            "which department has the most interns",
        ),
        ("How many hires have we in 2023 until now?", "how many hired in 2023"),
        ("whats Leopold Johnston's title again?", "Leopold Johnston's title"),
        ("can u remind me whos the newest intern", "who is the newest intern"),
        ("Which e-mail domains are used by our employees?", "which email domains"),
        ("how many have an e-mail adress on gmail.com", "how many have a gmail.com email"),
        ("How many were hired in the month December overall?", "how many hired in December"),
        ("how many contractors do we carry", "how many contractors do we have"),
        ("um how many people are in sails", "how many people are in Sales"),
    ],
)
def test_words_that_add_nothing_to_the_question_are_dropped(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "question", ["the newest hire, no ties", "the newest hire, break ties by last name"]
)
def test_ties_said_otherwise_than_kept_are_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("kindly share the dept-wise count of resources", "count of employees per department"),
        ("please provide the details of joinees of 2022", "hires of 2022"),
        ("batch of 2019 joinees in engineering", "hires in 2019 in Engineering"),
        ("count of employees having DOJ before 2012", "count of employees hired before 2012"),
        ("how many resources in human resources", "how many employees in HR"),
        ("pls share list of joinees having DOJ before 2011", "list hires before 2011"),
        ("How many joinees in 2021? pls revert", "how many hires in 2021"),
        ("Kindly share the name of latest joinee.", "the name of the latest hire"),
    ],
)
def test_indian_english_words_for_people_hires_and_the_hire_date(said: str, plainly: str) -> None:
    """ "resources" are people, "joinees" hires, "batch of" a hiring year, "DOJ" the hire date."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("hw long has Leopold been here", "how long has Leopold been here"),
        ("hires in the first semester of 2020", "hires in the first half of 2020"),
        ("the employee with the greatest antiquity", "the employee with the longest tenure"),
        ("hired in December, summed over all years", "hired in December"),
        ("what month do we hire the most in (all years)", "what month do we hire the most in"),
        ("count of rows in the directory, please", "how many employees"),
        ("how many entries for HR", "how many employees in HR"),
    ],
)
def test_shorthand_and_words_from_other_languages(said: str, plainly: str) -> None:
    """ "hw" is "how"; a semester is half a year; "antiquity" (Spanish "antigüedad") is tenure."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("kindly furnish me with the total staff strength as at date", "how many employees"),
        ("How many staff bear the first name Mark?", "how many staff with the first name Mark"),
        ("Kindly list the newly employed staff in 2023", "who was hired in 2023"),
        ("who has begun in the last 6 months", "who was hired in the last 6 months"),
        ("average employment time per department", "average tenure per department"),
        ("what is the date of employment of Mark Smith", "what is the hire date of Mark Smith"),
        (
            "how many staff have put in more than 10 years in service",
            "how many staff have more than 10 years of service",
        ),
        ("lowkey who is the newest hire", "who is the newest hire"),
        ("whos been here the longest fr", "who has been here the longest"),
        ("how many staff have we got all up?", "how many staff"),
        ("g'day, how many ppl in Engineering dept?", "how many people in engineering"),
    ],
)
def test_words_met_at_first_sight(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_dismissals_are_not_recorded() -> None:
    with pytest.raises(OutOfData):
        plan_of("How many collaborators were demitted in 2022?")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Strength by section.", "headcount per department"),
        ("How many enlisted in 2018?", "how many hired in 2018"),
        ("Which year had the largest intake?", "which year had the most hires"),
        ("date of enlistment for Mark Smith", "hire date of Mark Smith"),
        ("employee who enter company 2020, how many?", "how many hired in 2020"),
        ("how many are in the crowd in Sales", "how many people in Sales"),
        ("What department is yer man Mark Smith in?", "What department is Mark Smith in?"),
        ("how many Interns have we got at the minute", "how many interns"),
        ("gmail v hotmail", "gmail vs hotmail"),
        ("what percentage of the whole place is in Marketing", "what percentage are in Marketing"),
    ],
)
def test_words_met_at_first_sight_in_a_third_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_condition_said_twice_is_one_condition() -> None:
    plan = plan_of("what's the deal with hotmail, how many hotmail users are in marketing")
    assert plan == plan_of("how many hotmail users are in marketing")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("please teach me the number of staffs belonging to Sales", "how many in Sales"),
        ("which department is having the most many employees", "which department has the most"),
        ("the number of employees per each department", "the number of employees per department"),
        ("May I kindly ask the title of Mark Smith?", "the title of Mark Smith"),
        ("got how many people in Sales ah", "how many people in Sales"),
        ("which dept got the fewest people leh", "which dept has the fewest people"),
        ("how many interns joined in 2022 lah", "how many interns joined in 2022"),
        ("how many persons we have assumed in 2019?", "how many hired in 2019"),
        ("Mark Smith's seniority date", "Mark Smith's hire date"),
        ("any dupe names?", "any duplicate names?"),
        ("filter: Sales AND hired before 2012", "Sales hired before 2012"),
        ("earliest hire date in the whole sheet", "earliest hire date"),
        (
            "how many have the anniversary of hire in December",
            "how many have a work anniversary in December",
        ),
    ],
)
def test_words_met_at_first_sight_in_a_fourth_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question", ["people hired in the last months of 2022", "hires in the first months of 2020"]
)
def test_months_at_an_end_without_how_many_are_refused(question: str) -> None:
    """ "the last months of 2022": how many? Never the last one."""
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Good morning po, how many are the employees in Sales?", "how many employees in Sales"),
        ("Hi sir, pls give me the list of all the interns", "the list of all the interns"),
        ("Aye, can ye give me a wee list of everyone in HR", "list everyone in HR"),
        ("what is average experience of employees in years", "average tenure in years"),
        ("Ratio of Managers to Assistants org-wide?", "Ratio of Managers to Assistants"),
    ],
)
def test_words_met_at_first_sight_in_a_fifth_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("How many personnel were appointed in 2019?", "how many hired in 2019"),
        ("the earliest appointment date in the HR establishment", "the earliest hire date in HR"),
        ("How many staff in post hold the grade of Manager?", "how many managers"),
        ("Headcount by directorate", "headcount by department"),
        ("Could you supply the e-mail of Mark Smith", "the e-mail of Mark Smith"),
        ("average working year of personnel", "average tenure"),
        ("average years of work of employees", "average tenure"),
        ("hired in same day with Mark Smith", "hired the same day as Mark Smith"),
        (
            "count contractors per department and sort from biggest",
            "contractors per department, most first",
        ),
        ("hw many engeneers are ther", "how many engineers"),
        ("headcount per dept per title, full matrix", "headcount per department and title"),
    ],
)
def test_words_met_at_first_sight_in_a_sixth_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_an_appointment_is_no_hire_unless_appointed() -> None:
    """ "appointed" is hired; "what appointments do I have today" is a calendar's."""
    with pytest.raises(NotUnderstood):
        plan_of("what appointments do I have today")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many intern in Sales ka", "how many interns in Sales"),
        ("who newest staff krub", "who is the newest hire"),
        ("whats the headcount in each department, y'all", "headcount per department"),
        (
            "how many people been here more'n 10 years",
            "how many with more than 10 years of service",
        ),
        ("when'd Mark Smith get hired", "when was Mark Smith hired"),
        ("How many's in Sales, lads?", "how many in Sales"),
        ("how many's using hotmail", "how many with a hotmail address"),
        ("How many salariés are working in the department Engineering?", "how many in Engineering"),
        ("Combien of salariés do we have in total in the company?", "how many employees"),
        (
            "Habari, how many wafanyakazi do we have in the Engineering idara?",
            "how many in Engineering",
        ),
        ("the oldest-tenured Manager", "the manager with the longest tenure"),
        ("Howzit, what's our total staff complement?", "how many employees"),
        ("How many faculty and staff members do we have on the roll?", "how many employees"),
        ("mohon info how many employee for each department", "how many per department"),
        ("which mail domain is the most popular", "which email domain is the most common"),
        ("when Mark Smith started to work here?", "when was Mark Smith hired"),
        ("how many people came to us in 2022", "how many hired in 2022"),
        ("which unit is the most heavily staffed?", "which department has the most employees"),
        ("nbr of interns per unit, highest first", "number of interns per department, most first"),
        ("who has the longest service in HR", "the longest-serving in HR"),
        ("which title has the greatest number of staff", "which title has the most employees"),
    ],
)
def test_words_met_at_first_sight_in_a_seventh_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how much hired every year", "how many hired per year"),
        ("people hired before 2012, how much?", "how many hired before 2012"),
        ("how much associates in Sales", "how many associates in Sales"),
    ],
)
def test_how_much_of_people_is_how_many(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)
    with pytest.raises(OutOfData):
        plan_of("how much do interns make")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Dear, kindly provide the total number of the employees", "the total number of employees"),
        (
            "Respected team, please provide the number of employees per department",
            "headcount per department",
        ),
        (
            "Who joined first, Mark Smith or June King? Kindly clarify.",
            "who joined first, Mark Smith or June King",
        ),
        ("Kindly inform what is the service period of Mark Smith", "the tenure of Mark Smith"),
        ("How many interns do we have? by EOD", "how many interns"),
        ("HR w/ their titles, alpha by last name", "HR with their titles, sorted by last name"),
        ("howmany interns do we have", "how many interns"),
        ("whois in HR", "who is in HR"),
        ("how many hires in2019", "how many hires in 2019"),
        (
            "can u give me the list of the people in Sales por favor",
            "the list of the people in Sales",
        ),
    ],
)
def test_words_met_at_first_sight_in_an_eighth_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Kindly avail the list of all interns.", "the list of all interns"),
        (
            "Who is the staff who has stayed longest in the company?",
            "who has been here the longest",
        ),
        ("Which department is most big?", "which department is the biggest"),
        ("count per title and the grand total", "count per title"),
        (
            "hires between 2018-06-15 and 2018-09-15, both endpoints included",
            "hires between 2018-06-15 and 2018-09-15",
        ),
        (
            "the 3 most senior people (longest service) in Sales",
            "the 3 longest-serving people in Sales",
        ),
        ("number of hires per year, oldest year first", "hires per year, oldest first"),
    ],
)
def test_words_met_at_first_sight_in_a_ninth_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Who is the senior most employee as per joining date?",
            "who is the longest-serving employee",
        ),
        (
            "Who is the senior most employee in HR as per date of joining?",
            "who is the longest-serving employee in HR",
        ),
        (
            "How many distinct last names are there in the employee master?",
            "how many distinct last names are there",
        ),
        ("the average service length of staffs in years", "average tenure in years"),
        (
            "How many Associates are posted in Customer Service?",
            "how many associates in Customer Service",
        ),
        ("Number of new joinings in 2022 department wise", "hires in 2022 per department"),
        ("Is there any staff named Mark? kindly check and revert", "is there anyone named Mark"),
        (
            "staff whose email is in hotmail and title is Manager",
            "staff whose email is on hotmail and title is Manager",
        ),
        ("Which dept is the smallest, eh?", "which department is the smallest"),
        ("how many people are in the gang in Sales?", "how many in Sales"),
    ],
)
def test_words_met_at_first_sight_in_a_tenth_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        # a translator's formal English
        ("How many members of staff entered service during 2015?", "how many hired in 2015"),
        (
            "Which year witnessed the largest number of entries into service?",
            "which year had the most hires",
        ),
        ("the date of entry into service of Leopold Johnston", "Leopold Johnston's hire date"),
        ("the electronic mail address of Leopold Johnston", "Leopold Johnston's email"),
        ("How many staff members possess a gmail address?", "how many have a gmail address"),
        ("How many in Sales utilise a yahoo.com mailbox?", "how many in Sales use yahoo.com"),
        ("a forename commencing with the letter J", "first name starting with J"),
        (
            "which department received the fewest new entrants into service during 2022",
            "which department hired the fewest in 2022",
        ),
        ("the five staff with the shortest period of service", "the 5 most recently hired"),
        ("who has the longest period of service", "who was hired first"),
    ],
)
def test_words_met_at_first_sight_in_an_eleventh_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Average tenure per department, from bigger to smaller",
            "average tenure per department, largest first",
        ),
        ("how many interns r there ngl curious", "how many interns"),
        ("how many managers across the whole place?", "how many managers"),
        ("Kindly tell the number of interns company wise", "the number of interns"),
        ("who is employee with longest time in company", "who has been here the longest"),
        (
            "the employee who is working since longest time",
            "the employee who has been here the longest",
        ),
        ("Is it correct that Leopold Johnston is in Sales?", "is Leopold Johnston in Sales"),
        # a coach's words
        ("How many players on the full roster?", "how many employees"),
        ("How big is the Engineering squad?", "how many in Engineering"),
        ("Who's in the draft class of 2020?", "who was hired in 2020"),
        ("Who was our first ever signing?", "who was hired first"),
        ("How many players signed on a Monday?", "how many hired on a Monday"),
        ("Which year did we recruit the most employees?", "which year had the most hires"),
    ],
)
def test_words_met_at_first_sight_in_a_twelfth_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Kindly assist with the staff complement per department", "headcount per department"),
        ("kindly assist me with list of interns in Engineering", "list of interns in Engineering"),
        ("How many chaps are there in the Accounting department?", "how many in Accounting"),
        (
            "show me the personnel file for anyone with the surname Smith",
            "anyone with the surname Smith",
        ),
        ("first recruitment in the HR service", "first hire in HR"),
        ("how many stagiaires in Marketing", "how many interns in Marketing"),
    ],
)
def test_words_met_at_first_sight_in_a_thirteenth_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "How many Managers are there across all departments, save for Sales?",
            "how many managers not in Sales",
        ),
        (
            "Notwithstanding title, how many employees are in Marketing?",
            "how many employees in Marketing",
        ),
        (
            "How many employees are found in Engineering department?",
            "how many employees are in Engineering",
        ),
        (
            "List the 10 employees which are serving the company for the longest time.",
            "the 10 longest-serving employees",
        ),
        (
            "How many employees will complete 15 years of service in 2027?",
            "how many will reach 15 years of service in 2027",
        ),
    ],
)
def test_words_met_at_first_sight_in_a_fourteenth_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Compute the average tenure of all employees", "the average tenure of all employees"),
        ("Obtain the list of Interns in Sales", "the list of Interns in Sales"),
        (
            "please help me count how many employee in Sales department",
            "how many employees in Sales",
        ),
        ("Find me talent named Smith", "find employees named Smith"),
        ("Who has been longest in the firm?", "who has been here the longest"),
        ("How many employes are there in costumer service?", "how many in Customer Service"),
        ("How many are employed in the firm in total?", "how many employees"),
        ("How many persons are hired pr. year in average?", "average hires per year"),
    ],
)
def test_words_met_at_first_sight_in_a_fifteenth_round(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("which month most people entering company?", "which month were the most people hired"),
        ("employee count by entering year please", "employee count by hire year"),
        ("the entering date of Leopold Johnston", "the hire date of Leopold Johnston"),
        ("who came to company in 2019", "who was hired in 2019"),
        ("in which month of the year we assume more people?", "which month were most hired"),
        ("how many assumptions for each year?", "how many hires per year"),
        ("the date of assumption of Leopold Johnston", "the hire date of Leopold Johnston"),
        ("how many collaborators we admit in 2020", "how many people were hired in 2020"),
        ("average anzianity of the employees", "average tenure of the employees"),
        ("avg yoe by dept", "average tenure per department"),
        ("please tell me each department how many team member", "how many people per department"),
    ],
)
def test_hiring_and_tenure_said_in_other_languages(said: str, plainly: str) -> None:
    """Korean and Japanese "entering (the company)", Russian "came to company", Italian "assume"
    and "anzianità", Portuguese "admit", a recruiter's "yoe" (years of experience)."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("How many Associates are there in each department, respectively?", "Associates per dept"),
        ("headcount for each department, as recorded in the directory", "headcount per dept"),
        ("which dept the smallest one izit", "which dept is the smallest"),
        ("Chale, find me Leopold Johnston's email.", "find me Leopold Johnston's email"),
    ],
)
def test_words_that_change_nothing(said: str, plainly: str) -> None:
    """A lawyer's "respectively" and "as recorded", Singlish "izit", Ghanaian "chale"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many persons resumed in 2019", "how many people were hired in 2019"),
        ("list the 5 most senior staff by resumption date", "the 5 earliest hires"),
        ("how many workers were incorporated in 2018", "how many people were hired in 2018"),
        ("the first date of incorporation in each department", "earliest hire date per dept"),
        ("how many staff entry in 2019", "how many people were hired in 2019"),
        ("Kindly list the ten most recently engaged employees", "the 10 most recent hires"),
        ("biko how many contractors are in Accounting", "how many contractors in accounting"),
        ("theres more people in hr or marketing?", "are there more people in hr or marketing"),
    ],
)
def test_hired_said_in_nigerian_spanish_chinese_and_old_fashioned_english(
    said: str, plainly: str
) -> None:
    """Nigerian "resumed" (started work), Spanish "incorporated", Chinese "entry" (入职), an old
    "engaged"; Igbo "biko" (please); "theres" without its apostrophe."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("Who came to work in 2018?", "who was hired in 2018"),
        ("in which month was most employments", "which month had the most hires"),
        (
            "sawa, now how many contractors are in Customer Service",
            "how many contractors are in Customer Service",
        ),
        ("ja how many people work in HR", "how many people work in HR"),
        ("show me Leopold Johnston full data", "show me Leopold Johnston"),
        ("Kindly share the detail of employee Leopold Johnston.", "show me Leopold Johnston"),
        ("top 3 departments as per number of employees", "top 3 departments by headcount"),
        ("who was the most recent staff to be employed", "who was hired most recently"),
        ("boss want to know how many ppl in Accounting dept", "how many in Accounting"),
        ("Harry Fisher join date and dept can check", "Harry Fisher join date and dept"),
    ],
)
def test_words_of_rounds_ad_and_ae(said: str, plainly: str) -> None:
    """Ukrainian "came to work", Polish "employments", Swahili "sawa", Afrikaans "ja", "full data",
    Pakistani "the detail of" and "as per", Malaysian "boss want to know" and "can check"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("kitne log in sales?", "how many people in sales"),
        ("yaar engineering mein kitne log hai", "how many people in engineering"),
        ("Leopold Johnston ka designation kya hai", "Leopold Johnston's designation"),
        ("Leopold Johnston kab join kiya?", "when did Leopold Johnston join"),
        ("earliest joinee in Sales kaun hai?", "the earliest joinee in Sales"),
        ("dept wise headcount share karo", "dept wise headcount"),
        ("how many associates in customer service na", "how many associates in customer service"),
    ],
)
def test_hinglish_words(said: str, plainly: str) -> None:
    """Hindi in Latin letters, as Indian offices type it: "kitne" (how many), "mein" (in), "ka"
    (of, 's), "kab" (when), "kaun" (who), "join kiya" (joined); "hai", "yaar", "karo", "na"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("What is the total manpower of our company?", "what is the total headcount"),
        ("department wise manpower please", "department wise headcount"),
        ("Who was the first employee hired by the company?", "who was hired first"),
        ("What is the frequency distribution of email domains?", "breakdown of email domains"),
        ("Calculate the average number of hires per year.", "the average number of hires per year"),
        ("titles in customer service, count each", "titles in customer service, breakdown"),
        ("tenure avg by dept, now", "average tenure by dept"),
        ("What is the average number of new employments per year?", "average hires per year"),
        ("Give me the 5 employees with longest employment time.", "the 5 longest-serving"),
        (
            "Give me the e-mail addresses to all managers on Sales.",
            "what is the e-mail addresses of all managers on Sales",
        ),
    ],
)
def test_words_of_round_af(said: str, plainly: str) -> None:
    """South Asian "manpower" (headcount), "hired by the company", a student's "frequency
    distribution" and "calculate", a CEO's "count each" and "tenure avg", Swedish "new
    employments", "longest employment time" and "e-mail addresses to all managers"."""
    assert plan_of(said) == plan_of(plainly)


def test_a_hire_said_in_the_first_hired_dates_the_hire() -> None:
    assert plan_of("the first hired employee in the year 2014") == plan_of(
        "the earliest hire in 2014"
    )


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("ilan ang nasa Accounting dept?", "how many in Accounting"),
        ("ano po ang email ni Leopold Johnston?", "Leopold Johnston's email"),
        ("pakibilang lahat ng managers per department", "how many managers per department"),
        ("ilang tao ang na-hire nung March 2021?", "how many hired in March 2021"),
        ("compare po headcount ng Sales vs Marketing", "compare headcount of Sales vs Marketing"),
        ("pakilista yung 5 pinakabagong hires po", "list the 5 newest hires"),
        ("ilang employee ang may gmail na email?", "how many employees with a gmail email"),
        ("which department have di most people dem?", "which department has the most people"),
        ("wen did Leopold Johnston start", "when did Leopold Johnston start"),
        ("anybody hire dis year?", "anybody hired this year"),
        (
            "how many contractors in Sales n Marketing combine",
            "how many contractors in Sales and Marketing combined",
        ),
        ("How many personel we have?", "how many employees do we have"),
        ("In 2016, how many interns we took?", "In 2016, how many interns were hired?"),
        ("When Leopold Johnston is hired to the company?", "when was Leopold Johnston hired"),
        (
            "hired between 2015 and 2017, including both of those years",
            "hired between 2015 and 2017 inclusive",
        ),
        (
            "which month do we hire the most people, looking across all years?",
            "which month do we hire the most people across all years",
        ),
    ],
)
def test_words_of_round_ah(said: str, plainly: str) -> None:
    """Tagalog "nasa" (in), "ng"/"ni" (of), "pakibilang" (please count), "tao" (people),
    "pinakabagong" (newest), "ang may" (having); Jamaican "di", "dem", "wen", "dis", "n"; a
    Turkish "personel", "interns we took", "hired to the company"; a long-winded "including
    both of those years", "looking across all years"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("How many Junior Executives dey Accounting?", "how many junior executives in Accounting"),
        ("List the staff wey their surname start with Q", "staff whose last name starts with Q"),
        ("How many staff we don hire since 2022 till date?", "how many hired since 2022"),
        ("Wetin be the share of Engineering staff in percent?", "percent of staff in Engineering"),
        ("When was Leopold Johnston eingestellt?", "when was Leopold Johnston hired"),
        ("How many Einstellungen were in 2020?", "how many hires in 2020"),
        ("What is the durchschnittliche Betriebszugehörigkeit?", "what is the average tenure"),
        ("How much percent of the Belegschaft are Contractors?", "what percent are Contractors"),
        ("List all Presidents with Abteilung and Eintrittsdatum", "Presidents, dept and hire date"),
        ("How many different Nachnamen are there?", "how many different last names"),
        ("how many new starts did we have in 2022", "how many hires did we have in 2022"),
        ("in which year maximum hiring was done", "in which year was hiring highest"),
        ("department-wise oldest joinee date", "earliest hire date per department"),
        ("who's been longest in customer service", "the longest serving in customer service"),
        ("When was Leopold Johnston taken on by the company?", "when was Leopold Johnston hired"),
        ("how many people were contratated in 2020?", "how many people were hired in 2020"),
        ("does anyone share the exact same first and last name", "does anyone share a full name"),
        ("hired on the exact same day as Leopold Johnston", "hired same day as Leopold Johnston"),
        ("so how many people have we got altogether lads?", "how many people have we got"),
    ],
)
def test_words_of_round_aj(said: str, plainly: str) -> None:
    """Nigerian Pidgin "dey", "wey", "don", "wetin"; German "eingestellt", "Einstellungen",
    "durchschnittliche", "Belegschaft", "Eintrittsdatum", "Nachnamen"; a recruiter's "new
    starts"; Indian English "hiring was done", "oldest joinee"; "taken on by the company";
    Portuguese "contratated"; "the exact same"; Irish "lads"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("How many Contractors par département?", "how many contractors per department"),
        ("the proportion (en pourcentage) of interns", "the percentage of interns"),
        ("Which title is the most frequent in the entreprise?", "which title is the most frequent"),
        ("Vice-Presidents by service, sorted descendant", "VPs by dept, sorted descending"),
        ("oldest hired President, who is it", "the earliest hired President"),
        ("who is the most early hired person", "who was hired first"),
        ("Avg hires per year between 2010 and 2023 incl.", "avg hires per year 2010 to 2023"),
        ("how many employe was hired in 2020", "how many employees were hired in 2020"),
    ],
)
def test_words_of_round_ak(said: str, plainly: str) -> None:
    """French "par", "en pourcentage", "entreprise", "descendant"; "oldest hired" and "most
    early" (a hire date, not an age); "incl."; "employe"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("list Jnr Execs in Eng hired after 2021", "junior execs in eng hired after 2021"),
        ("How many joined between 2015 and 2017 (include both year)?", "how many hired 2015-2017"),
        ("How many hired between 2015 and 2017 (including both)?", "how many hired 2015-2017"),
    ],
)
def test_words_of_round_am(said: str, plainly: str) -> None:
    """British "Jnr"; a learner's "(include both year)", "(including both)"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "quanti dipendenti assunti nel 2015 in Accounting",
            "how many employees hired in 2015 in Accounting",
        ),
        ("which reparto has the most dipendenti?", "which department has the most employees"),
        ("how many dipendenti have the cognome Walker", "how many have the last name Walker"),
        ("average anni di anzianità in Product", "average years of tenure in Product"),
        ("number of assunzioni per anno", "number of hires per year"),
        ("Wangapi are in Accounting department?", "how many are in Accounting"),
        ("in which year did we hire the most watu", "in which year did we hire the most people"),
        ("list all the interns in engineering tafadhali", "list all the interns in engineering"),
    ],
)
def test_words_of_round_an(said: str, plainly: str) -> None:
    """Italian "quanti", "dipendenti", "assunti", "assunzioni", "nel", "reparto", "cognome",
    "anni", "anzianità"; Swahili "wangapi" (how many), "watu" (people), "tafadhali" (please)."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("average stazh of presidents vs interns", "average tenure of presidents vs interns"),
        ("who in Marketing has biggest stazh", "who in Marketing has the longest tenure"),
        ("skolko people work in Accounting department total", "how many people in Accounting"),
        ("which title is most rare in company", "which title is the rarest"),
        ("which year had the peak hiring", "which year had the most hires"),
        ("which title is the most common in the empresa?", "which title is the most common"),
    ],
)
def test_words_of_round_ao(said: str, plainly: str) -> None:
    """Russian "stazh" (length of service) and "skolko" (how many); "most rare"; "the peak";
    Portuguese "empresa" (the company)."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "How many people were hired in the last 5 years (relative to today)?",
            "how many hired in the last 5 years",
        ),
        (
            "What's the avg number of hires per year over 2010-2023?",
            "avg hires per year from 2010 to 2023",
        ),
        (
            "Average years since hire for Interns vs Presidents",
            "average tenure of interns vs presidents",
        ),
        ("Are there more interns or contractors in org?", "are there more interns or contractors"),
        (
            "which departments are tied for the fewest employees?",
            "which department has the fewest employees",
        ),
        (
            "Which department has the most people? If there's a tie tell me all of them",
            "which department has the most people",
        ),
    ],
)
def test_words_of_round_aq(said: str, plainly: str) -> None:
    """ "relative to today", "over 2010-2023", "years since hire", "in org", "tied for the
    fewest", "if there's a tie tell me all of them" (ties are always given)."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "Assistants hired between 2016 and 2018 (both years incl.)",
            "Assistants hired 2016 to 2018",
        ),
        ("avg hires per year over the whole period 2010-2023", "avg hires per year 2010 to 2023"),
    ],
)
def test_words_of_round_aq_german(said: str, plainly: str) -> None:
    """ "(both years incl.)", "will have their ... anniversary", "over the whole period"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many title kinds in company?", "how many different titles"),
        ("what types of titles are there", "list the titles"),
        ("Sales vs HR, which is more persons and how much difference?", "Sales vs HR"),
        ("how many persons join in 2010~2012", "how many hired 2010 to 2012"),
        ("each department how many people, please make a table", "how many per department"),
        (
            "Do you know if there's anyone called Leopold Johnston?",
            "is there anyone called Leopold Johnston",
        ),
        ("I was wondering whether we have interns in Sales", "do we have interns in Sales"),
    ],
)
def test_words_of_round_ar(said: str, plainly: str) -> None:
    """Korean "title kinds" and "2010~2012", "how much difference", "make a table"; a question
    asked inside another ("do you know if ...")."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("the most common Christian name among the staff", "the most common first name"),
        ("breakdown of my engineering team by title", "breakdown of Engineering by title"),
    ],
)
def test_words_of_round_as(said: str, plainly: str) -> None:
    """An old-fashioned "Christian name"; "my <department> team" (the team named)."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("quantos funcionários admitidos em 2015", "how many employees hired in 2015"),
        ("how many funcionários per setor", "how many employees per department"),
        ("average tempo de casa in Sales", "average tenure in Sales"),
        ("how many with sobrenome Pfeffer", "how many with last name Pfeffer"),
        (
            "how many years since Leopold Johnston was hired?",
            "how long since Leopold Johnston was hired",
        ),
    ],
)
def test_words_of_round_at(said: str, plainly: str) -> None:
    """Portuguese "quantos", "admitidos", "setor", "tempo de casa", "sobrenome"; "how many
    years since X was hired" (how long since)."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("kelan na-hire si Leopold Johnston?", "when was Leopold Johnston hired"),
        ("how many interns po lahat?", "how many interns"),
        ("sino pinaka latest na na-hire", "who was the latest hire"),
        ("how many distinct titles ba meron?", "how many distinct titles"),
        ("sino may apelyido na Smith", "who has the last name Smith"),
        ("when did Leopold Johnston join up?", "when did Leopold Johnston join"),
        ("min and max hire date across the whole table", "min and max hire date"),
        ("what percent are interns, roughly eh", "what percent are interns"),
    ],
)
def test_stop_49_words(said: str, plainly: str) -> None:
    """Tagalog "kelan" (when), "lahat" (all), "pinaka" (most), "meron" (there are), "si" before
    a name, "apelyido" (surname); "join up"; a hedge said last with "eh"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("cuantos empleados en Engineering", "how many employees in Engineering"),
        ("list all the managers en HR pls", "list all the managers in HR"),
        ("avg tenure del Sales team vs Engineering", "avg tenure in Sales vs Engineering"),
        ("which year had the most contrataciones", "which year had the most hires"),
        ("average tenure en años", "average tenure in years"),
        ("oldest hire en Accounting, quien?", "oldest hire in Accounting, who?"),
        ("is Leopold Johnston a Manager?? si o no", "is Leopold Johnston a Manager"),
    ],
)
def test_spanish_words_in_english_questions(said: str, plainly: str) -> None:
    """Borrowed into English: "en", "del" (in), "cuantos" (how many), "quien" (who), "años"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many people were hired exactly on 2020-02-17?", "how many hired on 2020-02-17"),
        ("kaç kişi there is in Engineering departman?", "how many people in Engineering"),
        ("kindly give designation wise count for entire org", "count per title"),
        ("how many interns have we got across the whole mob", "how many interns"),
        ("any new hires in 2022 or 2023 at all?", "any hires in 2022 or 2023"),
    ],
)
def test_stop_49_round_aw_words(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("Aye, how many folk work in HR the noo?", "how many people work in HR"),
        ("Which team's got the maist folk in it?", "which department has the most people"),
        ("How many employees hae been wi us mair than 10 year?", "how many more than 10 years"),
        ("how many people is in Accounting dział?", "how many people in Accounting"),
        ("ilu pracowników in Sales", "how many employees in Sales"),
    ],
)
def test_scots_and_polish_words_in_english_questions(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("presidents - how many total", "how many presidents"),
        ("URGENT: how many ppl do we have in Engineering?", "how many people in Engineering"),
        ("how many interns in Sales vs HR? fast pls", "how many interns in Sales vs HR"),
    ],
)
def test_a_total_said_last_and_urgency_add_nothing(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "How many Mitarbeiter in HR were eingestellt seit 2020?",
            "how many in HR hired since 2020",
        ),
        ("Wie viele Mitarbeiter do we have in total?", "how many employees"),
        ("which Monat had the most hires", "which month had the most hires"),
        ("what's the craic, how many people do we have altogether?", "how many people"),
        ("how many managers are there, please dear?", "how many managers"),
    ],
)
def test_round_ay_words(said: str, plainly: str) -> None:
    """German "seit" is since: a tester's wrong answer read it as "Sept"."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("Which adran has the most employees?", "which department has the most employees"),
        ("faint of staff are in Engineering altogether?", "how many staff are in Engineering"),
        ("How many interns do we have, diolch", "how many interns do we have"),
        ("Which department is the smallest, headcount wise?", "the smallest department"),
        ("which dept is biggest size-wise", "the biggest department"),
        ("In which month do we hire the most, globally?", "which month has the most hires"),
        ("Which dept has the fewest employees? if tie list all", "the smallest department"),
        ("Ave tenure per department", "average tenure per department"),
    ],
)
def test_round_ba_words(said: str, plainly: str) -> None:
    """Welsh words in English questions, and fillers that change nothing."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said",
    [
        "how many of the 2019 hires are still with the company",  # answered 41 as hired in 2019
        "how many people hired in 2015 are still here",
        "how many interns stayed",
        "what is the retention of the 2018 hires",
    ],
)
def test_who_stayed_is_no_record_of_the_directory(said: str) -> None:
    with pytest.raises(OutOfData, match="employment history"):
        plan_of(said)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("hoo mony folk were hired in 2015", "how many people were hired in 2015"),
        ("who wis hired first in HR", "who was hired first in HR"),
        ("gie us a coont of staff per department", "headcount per department"),
    ],
)
def test_scots_words(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Which department has the most staff ne?", "which department has the most staff"),
        ("Who's the longest serving oke in HR?", "who is the longest serving person in HR"),
        ("howzit, how many okes in Sales", "how many people in Sales"),
    ],
)
def test_south_african_words(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "count hired between 2015-01-01 && 2015-12-31",
            "how many hired between 2015-01-01 and 2015-12-31",
        ),
        ("how many ppl in accounting || hr", "how many in Accounting or HR"),
        ("How many employees were hired on the weekend days", "how many hired on a weekend"),
        (
            "Which year recorded the highest number of new employment please?",
            "which year had the most hires",
        ),
    ],
)
def test_symbols_and_words_for_and_or_weekends_and_hires(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many people were hired in 2015, cariad?", "how many people were hired in 2015"),
        ("how many in Sales, pet?", "how many in Sales"),
        (
            "Kindly share list of all Presidents alongwith their email ids.",
            "presidents with their emails",
        ),
    ],
)
def test_terms_of_address_and_run_together_words(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many in sales innit", "how many in Sales"),
        ("how many managers in HR bruv", "how many managers in HR"),
    ],
)
def test_london_tags(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many Vice-Presidents are there in the whole place, jaysus", "how many VPs"),
        (
            "who's the longest serving bloke or sheila in the whole directory?",
            "who is the longest serving person",
        ),
        ("give us heaps of detail on Leopold Johnston", "details on Leopold Johnston"),
        ("Pa-check naman po, how many Managers per department?", "Managers per department"),
        ("Pa-list naman po ng lahat ng Managers in HR", "list Managers in HR"),
    ],
)
def test_irish_australian_and_taglish_words(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize("question", ["how many sheilas in Sales", "list the blokes in HR"])
def test_a_man_or_a_woman_is_not_recorded(question: str) -> None:
    with pytest.raises(OutOfData):
        plan_of(question)


def test_a_month_in_shorthand() -> None:
    assert plan_of("mth w/ most hires 2020") == plan_of("month with most hires 2020")


def test_the_org_is_everyone() -> None:
    assert plan_of("% of org that are contractors") == plan_of(
        "% of employees that are contractors"
    )


def test_kenyan_or() -> None:
    said = "How many Junior Executives are in Accounting ama Sales?"
    assert plan_of(said) == plan_of("How many Junior Executives are in Accounting or Sales?")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Shame, how many interns are there just now?", "how many interns"),
        (
            "How many Associates in Customer Service, shame?",
            "how many Associates in Customer Service",
        ),
        ("List me the Managers in Sales, tidy.", "list the Managers in Sales"),
        ("Can you tell me now in a minute how many staff we've got altogether?", "how many staff"),
        ("Which department has the most staff, d'you know?", "which department has the most staff"),
        ("Wah gwaan, how much people work inna Engineering?", "how many people in Engineering"),
        (
            "I need the email for Leopold Johnston, please and thank you.",
            "Leopold Johnston's email",
        ),
    ],
)
def test_south_african_welsh_jamaican_and_southern_words(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize("question", ["how many people hired in a minute", "how many woman in HR"])
def test_what_a_filler_does_not_cover_is_still_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Giz a count of the interns in Engineering there", "count the interns in Engineering"),
        ("gizza list of the VPs in Sales", "list the VPs in Sales"),
        ("anyone with a work anniversary tmrw", "anyone with a work anniversary tomorrow"),
        ("How many 2016 hires are, er, Contractors?", "How many 2016 hires are Contractors?"),
        ("Can ye gie us a list o the folk in HR?", "list the people in HR"),
        ("How many hires in the summer o 2019?", "How many hires in summer 2019?"),
        ("Gie us a breakdown o job titles, how many o each?", "headcount per title"),
        ("Gonnae tell me how many folk are in each department?", "headcount per department"),
        ("How many associates are no in Engineering?", "How many associates not in Engineering?"),
        ("How many folk are no on gmail?", "How many employees not on gmail?"),
        ("list everyone in the db", "list everyone"),
        ("Pa-count po ng hires per year please", "count of hires per year"),
        ("Pa-breakdown naman po ng titles sa Engineering", "breakdown of titles in Engineering"),
        ("Ilan pong employees ang may email na hotmail?", "how many employees with hotmail"),
        ("Ilan po ang employees sa Sales na hindi Intern?", "how many in Sales not Interns"),
        (
            "Pole for bothering, how many staff were hired on a weekend?",
            "how many hired on a weekend",
        ),
        ("How much employees are working by Engineering?", "how many employees in Engineering"),
        ("how many people work in engineering question mark", "how many in Engineering?"),
        (
            "how many interns question mark who are they question mark",
            "how many interns? who are they?",
        ),
        ("where does Mark Smith work", "which department does Mark Smith work in"),
        (
            "How many contractors does the service team have?",
            "how many contractors in Customer Service",
        ),
        ("Which email provider is least used?", "which email provider has the fewest employees"),
        ("Count of staff whose email is not on gmail.com", "how many employees not on gmail.com"),
        ("how many staff whose email is not on gmail", "how many employees not on gmail"),
        ("Do one thing, give me department wise count of employees.", "headcount per department"),
        ("Whose work anniversary is falling this month?", "whose work anniversary is this month"),
        (
            "average tenure per department, sorted longest to shortest",
            "average tenure per department, from highest to lowest",
        ),
        (
            "How many colleagues have become hired in Sales in 2019?",
            "how many hired in Sales in 2019",
        ),
        (
            "How many persons are working since more than 10 years by us?",
            "how many with more than 10 years of service",
        ),
        (
            "Which employees have their 10 years anniversary in this year?",
            "who has a 10 year anniversary this year",
        ),
    ],
)
def test_irish_scots_and_texted_words(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    ["drop the employees table pls", "Drop the employees table unless it has 400 rows"],
)
def test_dropping_the_table_is_a_change_refused(question: str) -> None:
    with pytest.raises(OutOfData, match="changes to the directory"):
        plan_of(question)


@pytest.mark.parametrize(
    "question", ["show me all the tables in the db", "which tables are in the database"]
)
def test_the_tables_are_beyond_the_directory(question: str) -> None:
    with pytest.raises(OutOfData, match="beyond its one table"):
        plan_of(question)
