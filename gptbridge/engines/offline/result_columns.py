"""The names of the columns a plan's rows carry: `render.py` gives them, `narrate.py` and
`narrate_values.py` read them."""

COUNT_ALIAS = "employee_count"
PLACE_ALIAS = "place"
SHARE_ALIAS = "percentage"
SHARE_OF_ALL_ALIAS = "percentage_of_all"
GROUP_SIZE_ALIAS = "group_count"
WITH_ANY_ALIAS = "groups_with_any"
GROUPS_ALIAS = "groups_total"
MATCHING_ALIAS = "matching_total"  # how many people match a list, whatever its row limit
AVERAGE_ALIAS = "average_per_group"
AVERAGE_ANY_ALIAS = "average_per_group_with_any"
LENGTH_ALIAS = "length"
MEETS_ALIAS = "meets_conditions"
TENURE_ALIAS = "tenure_years"  # each person's, beside their row
AVERAGE_HIRE_YEAR_ALIAS = "average_hire_year"
