"""A named person's hire weekday or quarter: "what weekday was Sven O'Hara hired", "in what
quarter did X start" (with its year: "Q4 2013"). (Their hire year or month is their hire date,
which says it: shapes.py.)"""

import datetime as dt

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.assemble import Bag
from gptbridge.engines.offline.averages import group_key

DATE_KEYS = ("hire_weekday", "hire_quarter")


def a_persons_date_part(bag: Bag, today: dt.date) -> plans.Shape | None:
    """Their group by that key with their count (one, unless several share the name): the
    answer names the weekday ("hired on a Thursday"), which the date alone does not."""
    keys = bag.peek("key")
    if not bag.names_someone or len(keys) != 1 or bag.has("most", "fewest", "per", "by"):
        return None
    key = group_key(keys[0].value)
    if key not in DATE_KEYS:
        return None
    bag.use(keys[0])
    bag.take("noun_hires", "when")
    if key == "hire_quarter":  # a quarter is of a year: "Q4 2013", not "Q4"
        return plans.CrossCount("hire_year", "hire_quarter")
    return plans.GroupCount(key)
