"""What the SQL guard lets through, as data: sqlglot expression classes, function names, types.

Everything here is an allow-list: a construct sqlglot parses into a class that is not listed is
rejected, so a new sqlglot release that models `pg_sleep` or `json_each` as a new class cannot
widen what runs. Classes are matched exactly (`type(node) in ...`), never with `isinstance`, so
a subclass of an allowed class is not allowed by accident.
"""

from sqlglot import exp

from gptbridge.domain import Dialect

# The shape of a query: statements, clauses, references, literals and operators.
STRUCTURE: frozenset[type[exp.Expr]] = frozenset(
    {
        exp.Select,
        exp.Union,
        exp.Intersect,
        exp.Except,
        exp.Subquery,
        exp.With,
        exp.CTE,
        exp.TableAlias,
        exp.From,
        exp.Join,
        exp.Table,
        exp.Where,
        exp.Group,
        exp.Having,
        exp.Order,
        exp.Ordered,
        exp.Limit,
        exp.Offset,
        exp.Distinct,
        exp.Window,
        exp.WindowSpec,
        exp.Filter,
        exp.Column,
        exp.Identifier,
        exp.Star,
        exp.Alias,
        exp.Paren,
        exp.Tuple,
        exp.Literal,
        exp.RawString,  # PostgreSQL $$...$$, rendered as a plain '...' string
        exp.Null,
        exp.Boolean,
        exp.DataType,
        exp.DataTypeParam,
        exp.Interval,
        # Only as a unit keyword (EXTRACT(YEAR FROM ...), INTERVAL '1' YEAR); see VAR_PARENTS.
        exp.Var,
    }
)

OPERATORS: frozenset[type[exp.Expr]] = frozenset(
    {
        exp.And,
        exp.Or,
        exp.Not,
        exp.Neg,
        exp.EQ,
        exp.NEQ,
        exp.GT,
        exp.GTE,
        exp.LT,
        exp.LTE,
        exp.NullSafeEQ,
        exp.NullSafeNEQ,
        exp.Is,
        exp.In,
        exp.Between,
        exp.Like,
        exp.ILike,
        exp.Escape,
        exp.Exists,
        exp.Add,
        exp.Sub,
        exp.Mul,
        exp.Div,
        exp.Mod,
        exp.DPipe,
        exp.Case,
        exp.If,
        exp.Cast,
    }
)

# Functions sqlglot models as their own class. Nothing here can read files, sleep, reach the
# network, reveal settings, or build a value much larger than its inputs (no REPEAT, LPAD,
# RANDOMBLOB, GENERATE_SERIES).
FUNCTIONS: frozenset[type[exp.Expr]] = frozenset(
    {
        # aggregates
        exp.Count,
        exp.Sum,
        exp.Avg,
        exp.Min,
        exp.Max,
        exp.GroupConcat,  # STRING_AGG on PostgreSQL, GROUP_CONCAT on SQLite
        # window functions
        exp.RowNumber,
        exp.Rank,
        exp.DenseRank,
        exp.Lag,
        exp.Lead,
        # strings
        exp.Lower,
        exp.Upper,
        exp.Length,
        exp.Trim,
        exp.Substring,
        exp.Concat,
        exp.ConcatWs,
        exp.Replace,
        exp.Left,
        exp.Right,
        exp.StrPosition,  # POSITION, STRPOS, INSTR
        exp.Initcap,
        # numbers and nulls
        exp.Round,
        exp.Abs,
        exp.Floor,
        exp.Ceil,
        exp.Coalesce,
        exp.Nullif,
        # dates and times, including what sqlglot renders for its own date expressions
        exp.Extract,  # EXTRACT and DATE_PART
        exp.CurrentDate,
        exp.CurrentTimestamp,  # CURRENT_TIMESTAMP and NOW()
        exp.Year,
        exp.Month,
        exp.Day,
        exp.TimeToStr,  # TO_CHAR, STRFTIME
        exp.StrToTime,
        exp.StrToDate,
        exp.DateAdd,
        exp.DateSub,
        exp.DateDiff,
        exp.DateTrunc,
        exp.TimestampTrunc,  # DATE_TRUNC on PostgreSQL
        exp.TsOrDsToTimestamp,  # wraps STRFTIME's argument on SQLite
        exp.TsOrDsToDate,
        exp.Date,  # SQLite DATE(x)
    }
)

ALLOWED_CLASSES: frozenset[type[exp.Expr]] = STRUCTURE | OPERATORS | FUNCTIONS

# Functions sqlglot does not model reach the guard as `exp.Anonymous` and are matched by
# lower-cased name, per dialect.
ANONYMOUS_FUNCTIONS: dict[Dialect, frozenset[str]] = {
    "postgres": frozenset({"age"}),
    "sqlite": frozenset({"date", "datetime", "time", "julianday", "strftime", "unixepoch"}),
}

# Where a bare keyword (`exp.Var`) may stand: a unit of time, never a value in its own right,
# because PostgreSQL evaluates some bare words (USER, CURRENT_ROLE) as functions.
VAR_PARENTS: frozenset[tuple[type[exp.Expr], str]] = frozenset(
    {
        (exp.Extract, "this"),
        (exp.Interval, "unit"),
        (exp.DateTrunc, "unit"),
        (exp.TimestampTrunc, "unit"),
        (exp.DateAdd, "unit"),
        (exp.DateSub, "unit"),
        (exp.DateDiff, "unit"),
    }
)

# Types a CAST may target. No REGCLASS/OID (catalog lookups), XML, JSON or user-defined types.
CAST_TYPES: frozenset[exp.DType] = frozenset(
    {
        exp.DType.TEXT,
        exp.DType.VARCHAR,
        exp.DType.CHAR,
        exp.DType.INT,
        exp.DType.BIGINT,
        exp.DType.SMALLINT,
        exp.DType.DECIMAL,
        exp.DType.FLOAT,
        exp.DType.DOUBLE,
        exp.DType.BOOLEAN,
        exp.DType.DATE,
        exp.DType.TIME,
        exp.DType.TIMESTAMP,
        exp.DType.TIMESTAMPTZ,
        exp.DType.INTERVAL,
    }
)

# Arguments the structural classes may carry. A class missing here may carry any of its
# arguments: its children are checked node by node anyway. These entries exist because some
# arguments are plain flags or strings, not nodes (ONLY, NATURAL, RECURSIVE, INDEXED BY...),
# and would slip past a walk over nodes.
ALLOWED_ARGS: dict[type[exp.Expr], frozenset[str]] = {
    exp.Select: frozenset(
        {
            "with_",
            "expressions",
            "distinct",
            "from_",
            "joins",
            "where",
            "group",
            "having",
            "windows",
            "order",
            "limit",
            "offset",
        }
    ),
    exp.Union: frozenset({"with_", "this", "expression", "distinct", "order", "limit", "offset"}),
    exp.Intersect: frozenset(
        {"with_", "this", "expression", "distinct", "order", "limit", "offset"}
    ),
    exp.Except: frozenset({"with_", "this", "expression", "distinct", "order", "limit", "offset"}),
    exp.Subquery: frozenset({"this", "alias", "order", "limit", "offset"}),
    exp.With: frozenset({"expressions"}),
    exp.CTE: frozenset({"this", "alias", "materialized"}),
    exp.Table: frozenset({"this", "alias"}),
    exp.Join: frozenset({"this", "on", "using", "side", "kind"}),
    exp.Column: frozenset({"this", "table"}),
    exp.TableAlias: frozenset({"this", "columns"}),
    exp.Identifier: frozenset({"this", "quoted"}),
    exp.Star: frozenset(),
    exp.Limit: frozenset({"expression"}),
    exp.Offset: frozenset({"expression"}),
    exp.Cast: frozenset({"this", "to"}),
    exp.Window: frozenset({"this", "partition_by", "order", "spec", "alias", "over"}),
    exp.Ordered: frozenset({"this", "desc", "nulls_first"}),
    exp.Group: frozenset({"expressions"}),
    exp.In: frozenset({"this", "expressions", "query"}),
    exp.Anonymous: frozenset({"this", "expressions"}),
}

JOIN_SIDES: frozenset[str] = frozenset({"", "LEFT", "RIGHT", "FULL"})
JOIN_KINDS: frozenset[str] = frozenset({"", "INNER", "OUTER"})

# Words PostgreSQL evaluates without parentheses (SQL "value functions"). As an unquoted
# column name they would run as functions, e.g. `SELECT user` returns the role name.
VALUE_FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "user",
        "current_user",
        "session_user",
        "system_user",
        "current_role",
        "current_schema",
        "current_catalog",
        "current_date",
        "current_time",
        "current_timestamp",
        "localtime",
        "localtimestamp",
    }
)

# Friendlier names than sqlglot's class keys, for rejection reasons.
CONSTRUCT_NAMES: dict[type[exp.Expr], str] = {
    exp.Into: "SELECT ... INTO",
    exp.Lock: "FOR UPDATE / FOR SHARE locking clauses",
    exp.Values: "VALUES lists",
    exp.Lateral: "LATERAL subqueries",
    exp.Unnest: "UNNEST",
    exp.Placeholder: "query parameters",
    exp.Parameter: "query parameters",
    exp.Dot: "qualified names such as schema.function()",
    exp.Fetch: "FETCH FIRST (use LIMIT n)",
    exp.ByteString: "escape string literals (E'...'); use plain '...' strings",
    exp.UnicodeString: "Unicode escape strings (U&'...'); use plain '...' strings",
    exp.HexString: "hex string literals",
    exp.BitString: "bit string literals",
    exp.National: "national string literals (N'...'); use plain '...' strings",
    exp.ObjectIdentifier: "object identifier types such as REGCLASS",
    exp.Any: "ANY/SOME (use IN)",
    exp.All: "ALL (use NOT IN or NOT EXISTS)",
    exp.Rollup: "ROLLUP",
    exp.Cube: "CUBE",
    exp.GroupingSets: "GROUPING SETS",
    exp.Pivot: "PIVOT",
    exp.Collate: "COLLATE",
}
