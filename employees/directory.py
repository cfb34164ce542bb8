"""What the directory's columns mean, written once and derived from the `Employee` model.

Column names, types, choices and help text come from the model's fields; this module adds only
what the model cannot say: the words people use for a column and for each of its values. The
question pipeline's prompt, the offline engine's vocabulary and the API, admin and import field
lists are all derived from `describe_employee_columns()`, so a new column or choice is written
here (synonyms) and in the model (field + migration), and nowhere else.
"""

from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

from django.db import models

from employees.models import Department, Employee, Title

T = TypeVar("T")

# Words for each column ("surname" is the last name). Multi-word phrases are fine.
COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": (
        "first name",
        "firstname",
        "given name",
        "forename",
        "prénom",
        "prenom",
        "vorname",  # German
        "voornaam",  # Dutch
        "christian name",  # old-fashioned British
        "christian names",
    ),
    "last_name": (
        "last name",
        "lastname",
        "surname",
        "family name",
        "nom de famille",  # French
        "noms de famille",
        "nachname",  # German
        "nachnamen",
        "achternaam",  # Dutch
        "cognome",  # Italian
        "cognomi",
        "sobrenome",  # Portuguese
        "sobrenomes",
        "apelyido",  # Tagalog
    ),
    "email": (
        "email",
        "email address",
        "mail address",
        "address",
        "mail",
        "email id",
        "email ids",
        "mail id",
        "mail ids",
        "emails",
        "email addresses",
        "addresses",
        "mails",
        "contact email",
        "contact",
        "contacts",
        "contact details",
        "contact info",
        "electronic mail",  # a translator's words
        "electronic mail address",
        "electronic mail addresses",
        "mailbox",
        "mailboxes",
    ),
    "department": (
        "department",
        "dept",
        "team",
        "division",
        "directorate",  # civil service
        "squad",
        "unit",
        "area",
        "sector",
        "section",
        "whanau",  # Māori, in New Zealand English: a team
        "abteilung",  # German, borrowed as is
        "abteilungen",
        "afdeling",  # Dutch, borrowed as is
        "afdelingen",
        "reparto",  # Italian
        "reparti",
        "setor",  # Portuguese
        "setores",
        "departman",  # Turkish
        "departmanlar",
    ),
    "title": (
        "title",
        "job title",
        "role",
        "position",
        "job",
        "rank",
        "designation",
        "charge",
        "poste",
        "cargo",  # Portuguese and Spanish: the position held
        "puesto",  # Spanish: the post
        "titel",  # German and Dutch
        "function",  # Dutch and German "functie", "Funktion": the title held
        "functions",
        "grade",  # civil service: the grade held
        "grades",
    ),
    "hire_date": (
        "hire date",
        "hiring date",
        "date hired",
        "date of hire",
        "date of hiring",
        "start date",
        "starting date",
        "joining date",
        "date of joining",
        "ingress date",  # Spanish "fecha de ingreso"
        "date of ingress",
        "entrance date",  # Hungarian "belépés dátuma"
        "date of entrance",
        "doj",
        "join date",
        "date joined",
        "employment date",
        "date of employment",
        "date of enlistment",
        "enlistment date",
        "date of engagement",
        "dates of engagement",
        "commencement date",  # legal English: when employment began
        "date of commencement",
        "date of commencement of employment",
        "admission date",  # Portuguese "data de admissão"
        "date of admission",
        "date of assumption",  # Italian "data di assunzione"
        "date of incorporation",  # Spanish "fecha de incorporación"
        "incorporation date",
        "resumption date",  # Nigerian English: the day work started
        "date of resumption",
        "assumption date",
        "seniority date",
        "appointment date",  # civil service: appointed = hired
        "date of appointment",
        "date",
        "dates",
        "hire dates",
        "start dates",
        "when they joined",
        "when they were hired",
        "when they started",
        "date they joined",
        "date of entry",
        "entry date",
        "entering date",  # Japanese 入社日, Korean 입사일
        "date of entering",
        "date of entry into service",
        "dates of entry into service",
        "einstellungsdatum",  # German
        "eintrittsdatum",
    ),
}

# Words for each stored choice value, by column. The value itself is always understood.
VALUE_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "department": {
        Department.ACCOUNTING: ("accountancy", "acct", "acctg", "accting", "accounting dept"),
        Department.SALES: ("sale", "sails"),  # "sails": Sales as dictated
        Department.ENGINEERING: ("eng", "engg", "software engineering", "r&d", "tech"),
        Department.MARKETING: ("mktg", "mkt", "mkting", "mktng", "mrktng", "mrkting"),
        Department.PRODUCT: ("products", "prod", "product management"),
        Department.CUSTOMER_SERVICE: (
            "customer services",
            "costumer service",  # a common misspelling, one letter from a real word
            "customer support",
            "customer care",
            "support",
            "cs",
            "cust service",
            "cust svc",
            "customer svc",
            "cust serv",
            "custserv",
            "cx",
            "customer experience",
            "service team",  # "the service team": the only department that serves
        ),
        Department.HR: ("human resources", "human resource", "people ops", "personnel dept"),
    },
    "title": {
        Title.ASSISTANT: ("assistants", "asst", "assistent"),
        Title.MANAGER: ("managers", "mgr", "mgrs", "mngr", "mngrs"),
        Title.JUNIOR_EXECUTIVE: (
            "junior executives",
            "jr executive",
            "jr executives",
            "junior exec",
            "junior execs",
            "jr exec",
            "jr execs",
            "jnr exec",  # British
            "jnr execs",
            "jnr executive",
            "jnr executives",
            "je",
            "jes",
            "juniors executive",  # the adjective made plural, as Spanish does
            "juniors executives",
            "juniors execs",
        ),
        Title.PRESIDENT: ("presidents", "pres", "prez"),
        Title.VICE_PRESIDENT: (
            "vice president",
            "vice presidents",
            "vicepresident",
            "vicepresidents",
            "vice pres",
            "vice prez",
            "vp",
            "vps",  # not "svp": a senior VP, which no one here is, or French "please"
        ),
        Title.ASSOCIATE: ("associates", "assoc", "assocs", "assoc."),
        Title.INTERN: ("interns", "internship", "trainee", "trainees", "stagiaire", "stagiaires"),
        Title.CONTRACTOR: ("contractors", "freelancer", "freelancers"),
    },
}

# Nouns for the people holding a value ("engineers" are the Engineering department's members).
MEMBER_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "department": {
        Department.ACCOUNTING: ("accountant", "accountants"),
        Department.SALES: (
            "salespeople",
            "salesperson",
            "salesman",
            "salesmen",
            "saleswoman",
            "saleswomen",
            "sales reps",
            "sales rep",
            "sales representative",
            "sales representatives",
            "sales people",
            "sellers",
        ),
        Department.ENGINEERING: (
            "engineer",
            "engineers",
            "software engineer",
            "software engineers",
            "developer",
            "developers",
            "devs",
            "dev",
            "programmer",
            "programmers",
        ),
        Department.MARKETING: ("marketer", "marketers", "marketing people"),
        Department.PRODUCT: ("product people",),
        Department.CUSTOMER_SERVICE: (
            "support staff",
            "support agents",
            "support agent",
            "support reps",
            "support rep",
            "customer service reps",
            "customer service representatives",
            "customer support reps",
            "customer support agents",
        ),
        Department.HR: ("hr people", "recruiters"),
    },
    "title": {},
}

# The plural each value takes in an answer ("Found 12 Managers in Sales").
VALUE_PLURALS: dict[str, dict[str, str]] = {
    "title": {
        Title.ASSISTANT: "Assistants",
        Title.MANAGER: "Managers",
        Title.JUNIOR_EXECUTIVE: "Junior Executives",
        Title.PRESIDENT: "Presidents",
        Title.VICE_PRESIDENT: "Vice-Presidents",
        Title.ASSOCIATE: "Associates",
        Title.INTERN: "Interns",
        Title.CONTRACTOR: "Contractors",
    },
}


@dataclass(frozen=True)
class ColumnFacts:
    """One column of the directory: what it is called, holds and may hold."""

    name: str
    label: str
    help_text: str
    field_type: str
    max_length: int | None
    nullable: bool
    editable: bool
    choices: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    value_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    member_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plurals: dict[str, str] = field(default_factory=dict)


def _facts(model_field: models.Field) -> ColumnFacts:
    name = model_field.column or model_field.name
    choices = tuple(str(value) for value, _ in model_field.choices) if model_field.choices else ()
    return ColumnFacts(
        name=name,
        label=str(model_field.verbose_name),
        help_text=str(model_field.help_text),
        field_type=model_field.get_internal_type(),
        max_length=getattr(model_field, "max_length", None),
        nullable=model_field.null,
        editable=model_field.editable,
        choices=choices,
        synonyms=COLUMN_SYNONYMS.get(name, ()),
        value_synonyms=_plain_keys(VALUE_SYNONYMS.get(name, {})),
        member_nouns=_plain_keys(MEMBER_NOUNS.get(name, {})),
        plurals=_plain_keys(VALUE_PLURALS.get(name, {})),
    )


def _plain_keys(table: dict[str, T]) -> dict[str, T]:
    """Choice members as plain strings, so lookups by the stored value always hit."""
    return {str(key): value for key, value in table.items()}


@cache
def describe_employee_columns() -> tuple[ColumnFacts, ...]:
    """Every stored column of `Employee`, in model order."""
    return tuple(_facts(model_field) for model_field in Employee._meta.concrete_fields)


def employee_field_names() -> tuple[str, ...]:
    """All columns, for read views (API output, admin detail, export)."""
    return tuple(column.name for column in describe_employee_columns())


def editable_field_names() -> tuple[str, ...]:
    """The columns a person writes (API input, admin form, import)."""
    return tuple(column.name for column in describe_employee_columns() if column.editable)
