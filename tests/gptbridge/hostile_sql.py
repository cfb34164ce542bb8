"""A catalogue of SQL a hostile model might write, and of legitimate SQL that must keep working.

- `HOSTILE_QUERIES`: the guard rejects every entry in each of its dialects. Executor tests may
  import it to show the read-only connection contains an entry even if the guard were bypassed;
  mind the category, because some entries are rejected by *policy* and would run harmlessly
  (or only slowly) on a read-only connection:
    ddl, dml, stacked, transaction, role, locking, prepared, procedural, file_network, settings:
        must fail, or be harmless, on a read-only least-privilege connection;
    other_table, catalog: must never return rows from anything but the directory table;
    dos: expensive or unbounded (cross joins, sleeps, huge values, odd LIMITs);
    quoting: tokenizer and identifier tricks, empty input, garbage.
- `NEUTRALISED_QUERIES`: hostile-looking text the guard *accepts*, because sqlglot's
  re-rendering of it, which is what runs, is harmless; the expected output is given.
- `SAFE_QUERIES`: legitimate questions' SQL, accepted (and runnable) in each listed dialect.
- `LIMIT_CASES`: how the guard enforces `LIMIT max_rows + 1` on the outermost query.
"""

from dataclasses import dataclass

BOTH: frozenset[str] = frozenset({"postgres", "sqlite"})
PG: frozenset[str] = frozenset({"postgres"})
LITE: frozenset[str] = frozenset({"sqlite"})


@dataclass(frozen=True)
class HostileQuery:
    """One statement the guard must reject in every dialect listed."""

    name: str
    sql: str
    dialects: frozenset[str]
    category: str


def _q(name: str, sql: str, category: str, dialects: frozenset[str] = BOTH) -> HostileQuery:
    return HostileQuery(name=name, sql=sql, dialects=dialects, category=category)


HOSTILE_QUERIES: list[HostileQuery] = [
    # --- ddl -------------------------------------------------------------------------------
    _q("drop_table", "DROP TABLE employees", "ddl"),
    _q("create_table", "CREATE TABLE x (id int)", "ddl"),
    _q("create_table_as", "CREATE TABLE x AS SELECT * FROM employees", "ddl"),
    _q("alter_table", "ALTER TABLE employees ADD COLUMN salary int", "ddl"),
    _q("truncate", "TRUNCATE employees", "ddl", PG),
    _q("create_view", "CREATE VIEW v AS SELECT * FROM employees", "ddl"),
    _q("create_index", "CREATE INDEX i ON employees (email)", "ddl"),
    _q(
        "create_function",
        "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql",
        "ddl",
        PG,
    ),
    _q("create_temp_table", "CREATE TEMP TABLE t AS SELECT 1", "ddl"),
    _q("comment_on", "COMMENT ON TABLE employees IS 'x'", "ddl", PG),
    _q("grant", "GRANT ALL ON employees TO PUBLIC", "ddl", PG),
    _q("vacuum", "VACUUM", "ddl"),
    _q("analyze", "ANALYZE employees", "ddl"),
    _q("reindex", "REINDEX TABLE employees", "ddl", PG),
    # --- dml -------------------------------------------------------------------------------
    _q("delete", "DELETE FROM employees", "dml"),
    _q("update", "UPDATE employees SET title = 'President'", "dml"),
    _q("insert", "INSERT INTO employees (first_name) VALUES ('x')", "dml"),
    _q("insert_select", "INSERT INTO employees SELECT * FROM employees", "dml"),
    _q("replace_into", "REPLACE INTO employees (first_name) VALUES ('x')", "dml", LITE),
    _q(
        "merge",
        "MERGE INTO employees e USING employees s ON e.id = s.id WHEN MATCHED THEN DELETE",
        "dml",
        PG,
    ),
    _q("select_into", "SELECT * INTO stolen FROM employees", "dml", PG),
    _q(
        "cte_delete",
        "WITH d AS (DELETE FROM employees RETURNING *) SELECT * FROM d",
        "dml",
    ),
    _q(
        "cte_update",
        "WITH u AS (UPDATE employees SET title = 'Intern' RETURNING id) SELECT count(*) FROM u",
        "dml",
    ),
    _q(
        "cte_insert",
        "WITH i AS (INSERT INTO employees (first_name) VALUES ('x') RETURNING id) SELECT * FROM i",
        "dml",
        PG,
    ),
    # --- stacked statements ----------------------------------------------------------------
    _q("stacked_drop", "SELECT * FROM employees; DROP TABLE employees", "stacked"),
    _q(
        "stacked_after_comment",
        "SELECT * FROM employees; -- harmless\nDROP TABLE employees",
        "stacked",
    ),
    _q("stacked_two_selects", "SELECT 1 FROM employees; SELECT 2 FROM employees", "stacked"),
    _q(
        "stacked_in_block_comment",
        "SELECT * FROM employees /* */; DELETE FROM employees /* */",
        "stacked",
    ),
    _q("stacked_update", "SELECT 1;UPDATE employees SET email = ''", "stacked"),
    # --- other tables ----------------------------------------------------------------------
    _q("auth_user", "SELECT * FROM auth_user", "other_table"),
    _q("auth_permission", "SELECT * FROM auth_permission", "other_table"),
    _q("django_session", "SELECT session_key, session_data FROM django_session", "other_table"),
    _q("api_tokens", "SELECT * FROM apitokens_apitoken", "other_table"),
    _q("api_keys", "SELECT * FROM rest_framework_api_key_apikey", "other_table"),
    _q("query_log", "SELECT * FROM gptbridge_querylog", "other_table"),
    _q("axes", "SELECT * FROM axes_accessattempt", "other_table"),
    _q(
        "join_auth_user",
        "SELECT e.email, u.password FROM employees e JOIN auth_user u ON u.email = e.email",
        "other_table",
    ),
    _q(
        "union_auth_user",
        "SELECT first_name, last_name FROM employees UNION SELECT username, password "
        "FROM auth_user",
        "other_table",
    ),
    _q(
        "scalar_subquery_other_table",
        "SELECT first_name, (SELECT password FROM auth_user LIMIT 1) FROM employees",
        "other_table",
    ),
    _q(
        "exists_other_table",
        "SELECT * FROM employees WHERE EXISTS (SELECT 1 FROM auth_user WHERE is_superuser)",
        "other_table",
    ),
    _q(
        "in_subquery_other_table",
        "SELECT * FROM employees WHERE email IN (SELECT email FROM auth_user)",
        "other_table",
    ),
    _q("table_shorthand", "TABLE auth_user", "other_table", PG),
    _q(
        "cte_reads_other_table",
        "WITH t AS (SELECT * FROM auth_user) SELECT * FROM t",
        "other_table",
    ),
    _q(
        "cte_shadows_employees",
        "WITH employees AS (SELECT * FROM auth_user) SELECT * FROM employees",
        "other_table",
    ),
    _q(
        "cte_named_like_other_table",
        "WITH auth_user AS (SELECT * FROM employees) SELECT * FROM auth_user",
        "other_table",
    ),
    _q(
        "lateral_other_table",
        "SELECT * FROM employees e, LATERAL (SELECT password FROM auth_user) u",
        "other_table",
        PG,
    ),
    _q(
        "alias_shadowing",
        "SELECT employees.* FROM auth_user AS employees",
        "other_table",
    ),
    _q("values_as_table", "SELECT * FROM (VALUES (1), (2)) AS v(x)", "other_table"),
    _q("no_from_at_all", "SELECT 1", "other_table"),
    # --- system catalogs -------------------------------------------------------------------
    _q("pg_authid", "SELECT rolname, rolpassword FROM pg_catalog.pg_authid", "catalog", PG),
    _q("pg_shadow", "SELECT usename, passwd FROM pg_shadow", "catalog", PG),
    _q("pg_user", "SELECT * FROM pg_user", "catalog", PG),
    _q("pg_stat_activity", "SELECT query FROM pg_stat_activity", "catalog", PG),
    _q("pg_class_qualified", "SELECT relname FROM pg_catalog.pg_class", "catalog", PG),
    _q("information_schema", "SELECT table_name FROM information_schema.tables", "catalog"),
    _q(
        "information_schema_columns",
        "SELECT column_name FROM information_schema.columns",
        "catalog",
    ),
    _q("sqlite_master", "SELECT sql FROM sqlite_master", "catalog"),
    _q("sqlite_schema", "SELECT name FROM sqlite_schema", "catalog"),
    _q("sqlite_temp_master", "SELECT * FROM sqlite_temp_master", "catalog", LITE),
    _q("main_qualified", "SELECT * FROM main.employees", "catalog"),
    _q("temp_qualified", "SELECT * FROM temp.employees", "catalog"),
    _q("main_sqlite_master", "SELECT sql FROM main.sqlite_master", "catalog"),
    _q("pragma_table_info", "SELECT * FROM pragma_table_info('auth_user')", "catalog"),
    _q(
        "pragma_in_select_list",
        "SELECT (SELECT count(*) FROM pragma_database_list) FROM employees",
        "catalog",
    ),
    _q("pragma_statement", "PRAGMA table_info(employees)", "catalog", LITE),
    _q("pragma_writable_schema", "PRAGMA writable_schema = 1", "catalog", LITE),
    _q("catalog_qualified", "SELECT * FROM directory.public.employees", "catalog"),
    _q("other_schema", "SELECT * FROM private.employees", "catalog"),
    _q(
        "regclass_cast",
        "SELECT 'auth_user'::regclass::oid FROM employees",
        "catalog",
        PG,
    ),
    _q("oid_cast", "SELECT CAST(1 AS oid) FROM employees", "catalog", PG),
    _q("to_regclass", "SELECT to_regclass('auth_user') FROM employees", "catalog", PG),
    _q(
        "has_table_privilege",
        "SELECT has_table_privilege('auth_user', 'select') FROM employees",
        "catalog",
        PG,
    ),
    # --- file and network ------------------------------------------------------------------
    _q("pg_read_file", "SELECT pg_read_file('/etc/passwd') FROM employees", "file_network", PG),
    _q(
        "pg_read_binary_file",
        "SELECT pg_read_binary_file('/etc/passwd')",
        "file_network",
        PG,
    ),
    _q("pg_ls_dir", "SELECT pg_ls_dir('.')", "file_network", PG),
    _q("pg_ls_dir_from", "SELECT * FROM pg_ls_dir('/')", "file_network", PG),
    _q("lo_import", "SELECT lo_import('/etc/passwd')", "file_network", PG),
    _q("lo_export", "SELECT lo_export(1, '/tmp/x') FROM employees", "file_network", PG),
    _q("copy_from_program", "COPY employees FROM PROGRAM 'id'", "file_network", PG),
    _q("copy_to_file", "COPY employees TO '/tmp/out.csv'", "file_network", PG),
    _q("copy_query_to_stdout", "COPY (SELECT * FROM employees) TO STDOUT", "file_network", PG),
    _q(
        "dblink",
        "SELECT * FROM dblink('host=evil', 'select 1') AS t(x int)",
        "file_network",
        PG,
    ),
    _q("dblink_in_select", "SELECT dblink_connect('host=evil') FROM employees", "file_network"),
    _q("load_extension", "SELECT load_extension('/tmp/evil.so')", "file_network", LITE),
    _q("readfile", "SELECT readfile('/etc/passwd') FROM employees", "file_network", LITE),
    _q("writefile", "SELECT writefile('/tmp/x', email) FROM employees", "file_network", LITE),
    _q("attach_database", "ATTACH DATABASE '/tmp/evil.db' AS evil", "file_network", LITE),
    _q("detach_database", "DETACH DATABASE main", "file_network", LITE),
    _q(
        "query_to_xml",
        "SELECT query_to_xml('select * from auth_user', true, true, '') FROM employees",
        "file_network",
        PG,
    ),
    _q(
        "xpath",
        "SELECT xpath('/a', '<a/>'::xml) FROM employees",
        "file_network",
        PG,
    ),
    _q(
        "json_each_from",
        "SELECT * FROM employees, json_each('[1,2]')",
        "file_network",
    ),
    _q("read_csv", "SELECT * FROM read_csv('/etc/passwd')", "file_network"),
    # --- settings and secrets --------------------------------------------------------------
    _q(
        "current_setting",
        "SELECT current_setting('data_directory') FROM employees",
        "settings",
        PG,
    ),
    _q(
        "set_config",
        "SELECT set_config('statement_timeout', '0', false) FROM employees",
        "settings",
        PG,
    ),
    _q("show_all", "SHOW ALL", "settings", PG),
    _q("show_one", "SHOW data_directory", "settings", PG),
    _q("set_statement_timeout", "SET statement_timeout = 0", "settings", PG),
    _q("version", "SELECT version() FROM employees", "settings"),
    _q("sqlite_version", "SELECT sqlite_version() FROM employees", "settings", LITE),
    _q("current_user", "SELECT current_user FROM employees", "settings", PG),
    _q("inet_server_addr", "SELECT inet_server_addr() FROM employees", "settings", PG),
    _q("txid_current", "SELECT txid_current() FROM employees", "settings", PG),
    _q(
        "pg_prefixed_function",
        "SELECT pg_backend_pid() FROM employees",
        "settings",
        PG,
    ),
    _q(
        "qualified_function",
        "SELECT pg_catalog.lower(first_name) FROM employees",
        "settings",
        PG,
    ),
    _q("public_function", "SELECT public.f(first_name) FROM employees", "settings"),
    _q(
        "pg_terminate_backend",
        "SELECT pg_terminate_backend(1) FROM employees",
        "settings",
        PG,
    ),
    # --- sleeps and denial of service ------------------------------------------------------
    _q("pg_sleep", "SELECT pg_sleep(60)", "dos", PG),
    _q("pg_sleep_in_where", "SELECT * FROM employees WHERE pg_sleep(60) IS NULL", "dos", PG),
    _q(
        "generate_series",
        "SELECT count(*) FROM generate_series(1, 1e9)",
        "dos",
        PG,
    ),
    _q(
        "generate_series_in_select",
        "SELECT generate_series(1, 1000000000) FROM employees",
        "dos",
        PG,
    ),
    _q(
        "recursive_cte",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT * FROM r",
        "dos",
    ),
    _q(
        "recursive_cte_on_employees",
        "WITH RECURSIVE r AS (SELECT id FROM employees UNION ALL SELECT r.id FROM r) "
        "SELECT count(*) FROM r",
        "dos",
    ),
    _q(
        "cross_join_four",
        "SELECT count(*) FROM employees a, employees b, employees c, employees d",
        "dos",
    ),
    _q(
        "explicit_cross_join",
        "SELECT count(*) FROM employees a CROSS JOIN employees b",
        "dos",
    ),
    _q(
        "join_without_condition",
        "SELECT count(*) FROM employees a JOIN employees b ON TRUE",
        "dos",
    ),
    _q(
        "comma_join",
        "SELECT count(*) FROM employees a, employees b WHERE a.id <> b.id",
        "dos",
    ),
    _q(
        "many_subqueries",
        "SELECT (SELECT count(*) FROM employees), (SELECT count(*) FROM employees), "
        "(SELECT count(*) FROM employees), (SELECT count(*) FROM employees) FROM employees",
        "dos",
    ),
    _q("randomblob", "SELECT randomblob(1000000000) FROM employees", "dos", LITE),
    _q("zeroblob", "SELECT zeroblob(1000000000) FROM employees", "dos", LITE),
    _q("random", "SELECT random() FROM employees", "dos"),
    _q(
        "repeat_huge",
        "SELECT repeat(first_name, 1000000000) FROM employees",
        "dos",
        PG,
    ),
    _q(
        "huge_limit_expression",
        "SELECT * FROM employees LIMIT (SELECT count(*) FROM employees)",
        "dos",
    ),
    _q("limit_all", "SELECT * FROM employees LIMIT ALL", "dos", PG),
    _q("negative_limit", "SELECT * FROM employees LIMIT -1", "dos"),
    _q("offset_expression", "SELECT * FROM employees LIMIT 5 OFFSET 1 + 1", "dos"),
    # --- comment and quoting tricks --------------------------------------------------------
    _q("quoted_auth_user", 'SELECT * FROM "auth_user"', "quoting"),
    _q("quoted_dotted_identifier", 'SELECT * FROM "auth.user"', "quoting"),
    _q("quoted_catalog", 'SELECT * FROM "pg_catalog"."pg_authid"', "quoting", PG),
    # "employ\u0435es" has a Cyrillic ie in place of the second e.
    _q("cyrillic_lookalike", "SELECT * FROM employ\u0435es", "quoting"),
    _q("cyrillic_lookalike_quoted", 'SELECT * FROM "employ\u0435es"', "quoting"),
    _q("quoted_case_variant_pg", 'SELECT * FROM "Employees"', "quoting", PG),
    _q("quoted_upper_pg", 'SELECT * FROM "EMPLOYEES"', "quoting", PG),
    _q("table_qualified_column_only", 'SELECT "employees"."x"', "quoting"),
    _q(
        "comment_hides_table",
        "SELECT * FROM /* employees */ auth_user",
        "quoting",
    ),
    _q(
        "nested_comment_sqlite",
        "SELECT * FROM employees /* outer /* inner */ ; DROP TABLE employees; */",
        "quoting",
        LITE,
    ),
    _q(
        "dollar_quoted_stack",
        "SELECT $$; DROP TABLE employees; $$ FROM employees; DROP TABLE employees",
        "quoting",
        PG,
    ),
    _q(
        "escape_string_stack",
        "SELECT E'\\'' FROM employees; DROP TABLE employees",
        "quoting",
        PG,
    ),
    _q("only_employees", "SELECT * FROM ONLY employees", "quoting", PG),
    _q("user_keyword", "SELECT user FROM employees", "settings", PG),
    _q("current_role_keyword", "SELECT current_role FROM employees", "settings", PG),
    _q("e_string", "SELECT E'abc' FROM employees", "quoting", PG),
    _q("backslash_literal", "SELECT 'a\\' FROM employees", "quoting"),
    _q("parameter_placeholder", "SELECT * FROM employees WHERE id = $1", "quoting", PG),
    _q(
        "nested_with",
        "SELECT * FROM (WITH x AS (SELECT * FROM employees) SELECT * FROM x) AS t",
        "quoting",
    ),
    _q(
        "cte_forward_reference",
        "WITH a AS (SELECT * FROM b), b AS (SELECT * FROM employees) SELECT * FROM a",
        "other_table",
    ),
    _q(
        # SQLite recurses without the RECURSIVE keyword.
        "cte_implicit_recursion",
        "WITH r(n) AS (SELECT 1 FROM employees UNION ALL SELECT n + 1 FROM r) SELECT * FROM r",
        "dos",
    ),
    _q(
        # Outside the subquery, the name resolves to a real table again.
        "cte_out_of_scope",
        "SELECT * FROM (WITH spatial_ref_sys AS (SELECT * FROM employees) "
        "SELECT * FROM spatial_ref_sys) AS x JOIN spatial_ref_sys AS s ON s.srid = x.id",
        "other_table",
        PG,
    ),
    _q(
        # A quoted name becomes a unit keyword that sqlglot would render verbatim.
        "extract_unit_injection",
        'SELECT EXTRACT("year); DROP TABLE employees; --" FROM hire_date) FROM employees',
        "stacked",
        PG,
    ),
    _q(
        "date_trunc_unit_injection",
        "SELECT DATE_TRUNC('month''); DROP TABLE employees; --', hire_date) FROM employees",
        "stacked",
        PG,
    ),
    _q(
        "replace_growth",
        "SELECT REPLACE(REPLACE(first_name, 'a', first_name), 'a', first_name) FROM employees",
        "dos",
    ),
    _q("collate", 'SELECT first_name COLLATE "C" FROM employees', "quoting", PG),
    _q("natural_join", "SELECT * FROM employees a NATURAL JOIN employees b", "dos"),
    _q("fetch_first", "SELECT * FROM employees FETCH FIRST 1000000 ROWS ONLY", "dos", PG),
    _q(
        "sqlite_indexed_by",
        "SELECT * FROM employees INDEXED BY employees_hire_date_idx",
        "quoting",
        LITE,
    ),
    _q("cast_to_xml", "SELECT CAST(first_name AS xml) FROM employees", "file_network", PG),
    _q("lpad_huge", "SELECT lpad(first_name, 1000000000, 'x') FROM employees", "dos"),
    _q("too_long", "SELECT * FROM employees WHERE " + " OR ".join(["id = 1"] * 2000), "dos"),
    _q("deep_nesting", "SELECT " + "(" * 3000 + "1" + ")" * 3000 + " FROM employees", "dos"),
    _q("empty", "", "quoting"),
    _q("whitespace_only", "   \n\t  ", "quoting"),
    _q("comment_only", "-- SELECT * FROM employees", "quoting"),
    _q("block_comment_only", "/* SELECT * FROM employees */", "quoting"),
    _q("garbage", "SELEC * FRM employees", "quoting"),
    # --- transactions, roles, locking, prepared statements, procedural ---------------------
    _q("begin_commit", "BEGIN; COMMIT", "transaction"),
    _q("begin_only", "BEGIN", "transaction"),
    _q("rollback", "ROLLBACK", "transaction"),
    _q("savepoint", "SAVEPOINT s", "transaction"),
    _q("set_role", "SET ROLE postgres", "role", PG),
    _q("reset_role", "RESET ROLE", "role", PG),
    _q("set_session_authorization", "SET SESSION AUTHORIZATION postgres", "role", PG),
    _q("set_transaction_rw", "SET TRANSACTION READ WRITE", "role", PG),
    _q("lock_table", "LOCK TABLE employees IN ACCESS EXCLUSIVE MODE", "locking", PG),
    _q("for_update", "SELECT * FROM employees FOR UPDATE", "locking", PG),
    _q("for_share", "SELECT * FROM employees FOR SHARE", "locking", PG),
    _q("for_no_key_update", "SELECT * FROM employees FOR NO KEY UPDATE SKIP LOCKED", "locking", PG),
    _q("prepare", "PREPARE p AS SELECT * FROM employees", "prepared", PG),
    _q("execute", "EXECUTE p", "prepared", PG),
    _q("deallocate", "DEALLOCATE ALL", "prepared", PG),
    _q("do_block", "DO $$ BEGIN PERFORM pg_sleep(60); END $$", "procedural", PG),
    _q("call_procedure", "CALL cleanup()", "procedural", PG),
    _q("explain_analyze", "EXPLAIN ANALYZE SELECT * FROM employees", "procedural"),
    _q("explain", "EXPLAIN SELECT * FROM employees", "procedural"),
    _q("notify", "NOTIFY channel, 'payload'", "procedural", PG),
    _q("listen", "LISTEN channel", "procedural", PG),
    _q("declare_cursor", "DECLARE c CURSOR FOR SELECT * FROM employees", "procedural", PG),
    _q("discard_all", "DISCARD ALL", "procedural", PG),
    _q("checkpoint", "CHECKPOINT", "procedural", PG),
]


@dataclass(frozen=True)
class NeutralisedQuery:
    """Hostile-looking input whose re-rendering (with max_rows=10) is harmless."""

    name: str
    sql: str
    dialect: str
    expected: str


NEUTRALISED_QUERIES: list[NeutralisedQuery] = [
    NeutralisedQuery(
        # sqlglot, like PostgreSQL, nests block comments: the DROP is inside the comment, and
        # comments never reach the output.
        "nested_comment_pg",
        "SELECT * FROM employees /* outer /* inner */ ; DROP TABLE employees; */",
        "postgres",
        "SELECT * FROM employees LIMIT 11",
    ),
    NeutralisedQuery(
        "dollar_quoted_text",
        "SELECT $$'; DROP TABLE employees; --$$ AS x FROM employees",
        "postgres",
        "SELECT '''; DROP TABLE employees; --' AS x FROM employees LIMIT 11",
    ),
    NeutralisedQuery(
        "comment_with_semicolon",
        "SELECT first_name /* ; DROP TABLE employees */ FROM employees -- ; DELETE",
        "sqlite",
        "SELECT first_name FROM employees LIMIT 11",
    ),
    NeutralisedQuery(
        "table_shorthand", "TABLE employees", "postgres", "SELECT * FROM employees LIMIT 11"
    ),
    NeutralisedQuery(
        # sqlglot drops the inheritance star; the re-rendered query reads employees only.
        "inheritance_star",
        "SELECT * FROM employees*",
        "postgres",
        "SELECT * FROM employees LIMIT 11",
    ),
    NeutralisedQuery(
        # Quoted, USER is a column reference (an error), not the role name.
        "quoted_user_column",
        'SELECT "user" FROM employees',
        "postgres",
        'SELECT "user" FROM employees LIMIT 11',
    ),
]


@dataclass(frozen=True)
class SafeQuery:
    """A legitimate question's SQL, accepted on both dialects unless `dialects` narrows it."""

    name: str
    sql: str
    dialects: frozenset[str] = BOTH


SAFE_QUERIES: list[SafeQuery] = [
    SafeQuery(
        "marketing_hired_after_2018",
        "SELECT first_name, last_name, hire_date FROM employees "
        "WHERE department = 'Marketing' AND hire_date > '2018-12-31' ORDER BY hire_date",
    ),
    SafeQuery(
        "count_per_department",
        "SELECT department, COUNT(*) AS headcount FROM employees GROUP BY department "
        "ORDER BY headcount DESC",
    ),
    SafeQuery(
        "with_cte",
        "WITH eng AS (SELECT * FROM employees WHERE department = 'Engineering') "
        "SELECT title, COUNT(*) FROM eng GROUP BY title",
    ),
    SafeQuery(
        "chained_ctes",
        "WITH a AS (SELECT id, department FROM employees), "
        "b AS (SELECT department, COUNT(*) AS n FROM a GROUP BY department) "
        "SELECT department FROM b WHERE n > 10",
    ),
    SafeQuery(
        "union",
        "SELECT first_name AS name FROM employees WHERE title = 'Intern' "
        "UNION SELECT last_name FROM employees WHERE title = 'Manager'",
    ),
    SafeQuery(
        "intersect_except",
        "SELECT department FROM employees WHERE title = 'Manager' "
        "INTERSECT SELECT department FROM employees WHERE title = 'Intern' "
        "EXCEPT SELECT department FROM employees WHERE department = 'HR'",
    ),
    SafeQuery(
        "window_rank",
        "SELECT first_name, department, hire_date, "
        "ROW_NUMBER() OVER (PARTITION BY department ORDER BY hire_date) AS rn, "
        "RANK() OVER (ORDER BY hire_date) AS r, "
        "DENSE_RANK() OVER (PARTITION BY title ORDER BY hire_date DESC) AS dr "
        "FROM employees",
    ),
    SafeQuery(
        "earliest_hire_per_department",
        "SELECT department, first_name, last_name, hire_date FROM ("
        "SELECT department, first_name, last_name, hire_date, "
        "ROW_NUMBER() OVER (PARTITION BY department ORDER BY hire_date) AS rn "
        "FROM employees) AS ranked WHERE rn = 1",
    ),
    SafeQuery(
        "string_functions",
        "SELECT LOWER(first_name), UPPER(last_name), LENGTH(email), TRIM(first_name), "
        "SUBSTR(last_name, 1, 3), first_name || ' ' || last_name AS full_name, "
        "REPLACE(email, '@', ' at ') FROM employees WHERE email LIKE '%@%'",
    ),
    SafeQuery(
        "case_coalesce_nullif",
        "SELECT CASE WHEN title IN ('President', 'Vice-President') THEN 'exec' ELSE 'staff' END "
        "AS band, COALESCE(NULLIF(title, ''), 'none') AS t, COUNT(DISTINCT department) "
        "FROM employees GROUP BY 1, 2",
    ),
    SafeQuery(
        "exists_subquery",
        "SELECT e.first_name FROM employees e WHERE EXISTS ("
        "SELECT 1 FROM employees m WHERE m.department = e.department AND m.title = 'Manager' "
        "AND m.hire_date > e.hire_date)",
    ),
    SafeQuery(
        "self_join_with_condition",
        "SELECT a.first_name, b.first_name FROM employees a "
        "JOIN employees b ON a.last_name = b.last_name AND a.id <> b.id",
    ),
    SafeQuery(
        "between_and_in",
        "SELECT COUNT(*) FROM employees WHERE hire_date BETWEEN '2015-01-01' AND '2016-12-31' "
        "AND department IN ('Sales', 'HR')",
    ),
    SafeQuery(
        "aggregates_and_cast",
        "SELECT MIN(hire_date), MAX(hire_date), CAST(COUNT(*) AS REAL) / 7 AS per_dept, "
        "ROUND(AVG(LENGTH(last_name)), 2), ABS(SUM(LENGTH(first_name)) - 1000) FROM employees",
    ),
    SafeQuery(
        "having_and_in_subquery",
        "SELECT department FROM employees WHERE id IN (SELECT id FROM employees "
        "WHERE title = 'Intern') GROUP BY department HAVING COUNT(*) > 1",
    ),
    SafeQuery(
        "scalar_subquery",
        "SELECT first_name, (SELECT COUNT(*) FROM employees) AS total FROM employees "
        "WHERE hire_date = (SELECT MIN(hire_date) FROM employees)",
    ),
    SafeQuery("quoted_table_name", 'SELECT "first_name" FROM "employees"'),
    SafeQuery("current_date", "SELECT COUNT(*) FROM employees WHERE hire_date <= CURRENT_DATE"),
    SafeQuery(
        "pg_date_functions",
        "SELECT EXTRACT(YEAR FROM hire_date), DATE_PART('month', hire_date), "
        "DATE_TRUNC('year', hire_date), AGE(CURRENT_DATE, hire_date), "
        "hire_date + INTERVAL '1 year', NOW(), CURRENT_TIMESTAMP, INITCAP(first_name), "
        "LEFT(last_name, 2), RIGHT(last_name, 2), POSITION('a' IN first_name), "
        "STRING_AGG(first_name, ', ') OVER (PARTITION BY department) "
        "FROM employees WHERE first_name ILIKE 'a%'",
        PG,
    ),
    SafeQuery(
        "sqlite_date_functions",
        "SELECT date(hire_date, '+1 year'), strftime('%Y', hire_date), "
        "julianday('now') - julianday(hire_date), INSTR(email, '@'), "
        "GROUP_CONCAT(first_name, ', ') FROM employees GROUP BY department",
        LITE,
    ),
    SafeQuery(
        "string_agg_pg",
        "SELECT department, STRING_AGG(last_name, ', ' ORDER BY last_name) FROM employees "
        "GROUP BY department",
        PG,
    ),
    SafeQuery("quoted_upper_table_sqlite", 'SELECT COUNT(*) FROM "EMPLOYEES"', LITE),
    SafeQuery(
        "distinct_on_pg",
        "SELECT DISTINCT ON (department) department, first_name FROM employees "
        "ORDER BY department, hire_date",
        PG,
    ),
    SafeQuery(
        "window_lag_filter_frame",
        "SELECT first_name, LAG(first_name) OVER (ORDER BY hire_date) AS previous, "
        "COUNT(*) FILTER (WHERE title = 'Intern') OVER (PARTITION BY department) AS interns, "
        "SUM(1) OVER (ORDER BY hire_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS n "
        "FROM employees",
    ),
    SafeQuery(
        "left_join_cte_using",
        "WITH d AS (SELECT department, COUNT(*) AS n FROM employees GROUP BY department) "
        "SELECT e.first_name, d.n FROM employees e LEFT JOIN d USING (department)",
    ),
    SafeQuery(
        "distinct_order_limit_offset",
        "SELECT DISTINCT department FROM employees ORDER BY department LIMIT 3 OFFSET 1",
    ),
]


def _sqlglot_rendering(dialect: str) -> list[SafeQuery]:
    """What the offline engine produces when it renders `exp.Year`/`exp.Month`/... with sqlglot."""
    from sqlglot import exp

    column = exp.column("hire_date")
    year = exp.Year(this=column.copy())
    month = exp.Month(this=column.copy())
    query = (
        exp.select(year.as_("hire_year"), month.as_("hire_month"), exp.Count(this=exp.Star()))
        .from_("employees")
        .where(exp.EQ(this=exp.Year(this=column.copy()), expression=exp.Literal.number(2019)))
        .group_by(year.copy(), month.copy())
    )
    dates = exp.select(
        exp.TimeToStr(this=column.copy(), format=exp.Literal.string("%Y-%m")).as_("ym"),
        exp.Day(this=column.copy()).as_("d"),
        exp.DateAdd(this=column.copy(), expression=exp.Literal.number(1), unit=exp.var("YEAR")).as_(
            "anniversary"
        ),
        exp.DateDiff(this=exp.CurrentDate(), expression=column.copy(), unit=exp.var("DAY")).as_(
            "days"
        ),
    ).from_("employees")
    five_years_ago = exp.DateSub(
        this=exp.CurrentDate(), expression=exp.Literal.number(5), unit=exp.var("YEAR")
    )
    since_2015 = exp.StrToDate(
        this=exp.Literal.string("2015-01-01"), format=exp.Literal.string("%Y-%m-%d")
    )
    recent = (
        exp.select(exp.Count(this=exp.Star()))
        .from_("employees")
        .where(exp.GT(this=column.copy(), expression=five_years_ago))
        .where(exp.GTE(this=column.copy(), expression=since_2015))
    )
    only = frozenset({dialect})
    return [
        SafeQuery(f"sqlglot_year_month_{dialect}", query.sql(dialect=dialect), only),
        SafeQuery(f"sqlglot_dates_{dialect}", dates.sql(dialect=dialect), only),
        SafeQuery(f"sqlglot_date_sub_{dialect}", recent.sql(dialect=dialect), only),
    ]


SAFE_QUERIES += _sqlglot_rendering("postgres") + _sqlglot_rendering("sqlite")


@dataclass(frozen=True)
class LimitCase:
    """The LIMIT the guard enforces: `max_rows + 1` unless the query asks for fewer."""

    name: str
    sql: str
    max_rows: int
    expected_limit: int
    expected_offset: int | None = None


LIMIT_CASES: list[LimitCase] = [
    LimitCase("added_when_missing", "SELECT * FROM employees", 100, 101),
    LimitCase("clamped_when_larger", "SELECT * FROM employees LIMIT 5000", 100, 101),
    LimitCase("kept_when_smaller", "SELECT * FROM employees LIMIT 5", 100, 5),
    LimitCase("kept_at_boundary", "SELECT * FROM employees LIMIT 101", 100, 101),
    LimitCase("zero_kept", "SELECT * FROM employees LIMIT 0", 100, 0),
    LimitCase("sqlite_comma_offset", "SELECT * FROM employees LIMIT 20, 10", 100, 10, 20),
    LimitCase("offset_kept", "SELECT * FROM employees LIMIT 10 OFFSET 20", 100, 10, 20),
    LimitCase(
        "union_gets_outer_limit",
        "SELECT first_name FROM employees UNION SELECT last_name FROM employees",
        50,
        51,
    ),
    LimitCase(
        "inner_limit_untouched_outer_added",
        "SELECT * FROM (SELECT * FROM employees LIMIT 1000) AS t",
        10,
        11,
    ),
]
