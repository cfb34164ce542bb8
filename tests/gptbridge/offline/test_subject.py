from gptbridge.engines.offline.plan import DateFilter, SameAsFilter, TextFilter, ValueFilter
from gptbridge.engines.offline.subject import (
    LIST_MAX_CHARS,
    Subject,
    join,
    key_words,
    listing,
    names_as_stored,
    person,
    title_plural,
)

from .conftest import plan_of


def test_keys_are_said_as_answers_say_them() -> None:
    assert key_words("email_domain") == "e-mail domain"
    assert key_words("hire_weekday") == "weekday of hire"
    assert key_words("last_name") == "last name"


def test_titles_take_their_plural_from_the_directory() -> None:
    assert title_plural("Vice-President") == "Vice-Presidents"
    assert title_plural("Junior Executive") == "Junior Executives"


def test_the_subject_names_titles_first_and_the_other_conditions_after() -> None:
    subject = Subject(plan_of("managers in sales hired in 2019").filters)
    assert subject.phrase(2) == "Managers in Sales hired in 2019"
    assert subject.phrase(1) == "Manager in Sales hired in 2019"
    assert subject.fixed == {"title", "department"}


def test_among_is_empty_without_conditions() -> None:
    assert Subject(()).among() == ""
    in_sales = Subject((ValueFilter("department", ("Sales",)),))
    assert in_sales.among() == " among employees in Sales"


def test_a_negated_title_is_a_clause_not_the_noun() -> None:
    subject = Subject(plan_of("employees who are not interns").filters)
    assert subject.titles == ()
    assert subject.phrase(2) == "employees who are not Interns"


def test_lists_are_joined_in_plain_english_and_long_ones_cut() -> None:
    assert join(["a"]) == "a"
    assert join(["a", "b", "c"]) == "a, b and c"
    items = [f"person {n:03}" for n in range(LIST_MAX_CHARS // 10)]
    cut = listing(items)
    assert len(cut) <= LIST_MAX_CHARS
    shown = cut.count("person ")
    assert cut.endswith(f" and {len(items) - shown} more")
    assert listing(items[:73]) == join(items[:73])  # a whole department fits
    assert listing(["0", "1"]) == "0 and 1"


def test_a_date_condition_is_said_with_its_label() -> None:
    period = DateFilter(None, None, "before 2015")
    assert Subject((period,)).phrase(2) == "employees hired before 2015"


def test_two_hire_conditions_say_hired_once() -> None:
    assert Subject(plan_of("engineers hired before 2015 but after 2012").filters).phrase(2) == (
        "employees in Engineering hired before 2015 and after 2012"
    )


def test_a_person_looked_up_by_full_name_is_shown_with_their_email() -> None:
    row = {
        "first_name": "Retha",
        "last_name": "Toy",
        "email": "Darrion12@hotmail.com",
        "department": "Customer Service",
        "title": "Intern",
        "hire_date": "2021-02-20",
    }
    named = Subject(plan_of("give me all info about Leopold Johnston").filters)
    assert "Darrion12@hotmail.com" in person(row, named)
    others = Subject(plan_of("interns in Customer Service").filters)
    assert "Darrion12@hotmail.com" not in person(row, others)  # a list: kept short


def test_who_is_left_out_is_said_once_at_the_last_clause_about_them() -> None:
    same = [
        SameAsFilter(key, ("savanna", "graham"), "Savanna Graham")
        for key in ("department", "hire_year")
    ]
    assert Subject(tuple(same)).phrase(2) == (
        "employees with the same department as Savanna Graham with the same hire year as "
        "Savanna Graham (Savanna Graham not included)"
    )


def test_a_name_typed_in_lower_case_is_said_as_the_directory_spells_it() -> None:
    rows = [{"first_name": "Leopold", "last_name": "Johnston", "email": "a@b.com"}]
    said = names_as_stored(plan_of("email of leopold johnston"), rows)
    assert said.filters == (
        TextFilter("full_name", "equals", "leopold johnston", shown="Leopold Johnston"),
    )
    typed = plan_of("email of Leopold JOHNSTON")  # capitals typed: said as typed
    assert names_as_stored(typed, rows) == typed
    assert names_as_stored(plan_of("email of leopold johnston"), []).filters[0] == TextFilter(
        "full_name", "equals", "leopold johnston", shown="leopold johnston"
    )


def test_an_email_asked_with_other_columns_is_said() -> None:
    row = {"first_name": "Hannah", "last_name": "Olson", "hire_date": "2010-09-27"}
    row |= {"title": "President", "email": "h@x.com"}
    assert person(row, Subject(())) == "Hannah Olson (hired 2010-09-27, President, h@x.com)"
