"""Settings for directory_gpt: every value a deployer may change comes from the environment.

The variables are listed, with their defaults, in `.env.example` and the README.
"""

from pathlib import Path
from typing import Any

import environ
from django.core.exceptions import ImproperlyConfigured

from directory_gpt.envvars import (
    env_bool,
    env_choice,
    env_float,
    env_int,
    env_optional_float,
)

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A local `.env` (written by `make run` for development) fills in what the environment lacks.
# Booleans, choices and numbers are read with the strict helpers of directory_gpt/envvars.py:
# a typo stops start-up with a message naming the variable, instead of silently meaning False.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG: bool = env_bool("DEBUG", default=False)

SECRET_KEY: str = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (generate one with "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`)."
        )
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS: list[str] = env.list(
    "ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS: list[str] = env.list("CSRF_TRUSTED_ORIGINS", default=[])
PUBLIC_BASE_URL: str = env.str("PUBLIC_BASE_URL", default="").rstrip("/")
# Shown on /privacy: who runs this service and whom to ask about it.
PRIVACY_ORGANIZATION: str = env.str("PRIVACY_ORGANIZATION", default="")
PRIVACY_CONTACT: str = env.str("PRIVACY_CONTACT", default="")
BEARER_AUTH_API_KEY: str = env.str("BEARER_AUTH_API_KEY", default="")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework_api_key",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "import_export",
    "csp",
    "axes",
    "oauth2_provider",
    "employees",
    "apitokens",
    "gptbridge",
    "mcpserver",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "directory_gpt.middleware.StaticFilesMiddleware",
    "directory_gpt.middleware.RequestLogMiddleware",
    "directory_gpt.middleware.BodySizeLimitMiddleware",
    "directory_gpt.middleware.SessionMiddleware",
    "directory_gpt.middleware.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "directory_gpt.middleware.AuthenticationMiddleware",
    "directory_gpt.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "directory_gpt.middleware.CSPMiddleware",
]

ROOT_URLCONF = "directory_gpt.urls"
WSGI_APPLICATION = "directory_gpt.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------------
DATABASES: dict[str, dict[str, Any]] = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
# A connection pool bounds the PostgreSQL connections one server process may open
# (gunicorn workers x DATABASE_POOL_MAX_SIZE must stay under the plan's limit: 20 on Heroku Mini).
# Under ASGI, Django's connections belong to the thread that runs a request's database work,
# and a request hands its connection back after each step (gptbridge.service.on_thread) and at
# its end, so however many questions are in flight, at most this many connections are open per
# worker; a step waits (up to DATABASE_POOL_TIMEOUT) for a free one.
DATABASE_POOL_MAX_SIZE: int = env_int("DATABASE_POOL_MAX_SIZE", default=8, minimum=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    if DATABASE_POOL_MAX_SIZE > 0:
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
            "min_size": 1,
            "max_size": DATABASE_POOL_MAX_SIZE,
            "timeout": env_float("DATABASE_POOL_TIMEOUT", default=10.0),
        }
        DATABASES["default"]["CONN_MAX_AGE"] = 0
        # Django health-checks pooled connections only with this on; without it, a connection
        # left stale by a database restart would fail one question before being replaced.
        DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    else:
        # Persistent connections are per thread, and ASGI runs each request's database work on
        # a thread of its own: they would pile up, so the default is a connection per request.
        DATABASES["default"]["CONN_MAX_AGE"] = env_int("CONN_MAX_AGE", default=0, minimum=0)
        DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run while HR staff write; busy timeout instead of "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 5, "init_command": "PRAGMA journal_mode=WAL;"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth -----------------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Admin login: lock a username+IP pair out for an hour after 5 failed attempts.
AXES_FAILURE_LIMIT: int = env_int("AXES_FAILURE_LIMIT", default=5, minimum=1)
AXES_COOLOFF_TIME: int = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# How many proxies in front of the app append to X-Forwarded-For (1 on Heroku: its router).
# The client address is REMOTE_ADDR with 0, else the entry the outermost trusted proxy added;
# django-axes and the throttles both use it (directory_gpt.ratelimit.client_ip).
TRUSTED_PROXY_COUNT: int = env_int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "directory_gpt.ratelimit.client_ip"
AXES_VERBOSE = False
# 'http' stays in the toolkit's redirect schemes for RFC 8252 loopback callbacks (Claude Code,
# Cursor); apitokens/registration.py refuses plain-http redirects to any other host.
SILENCED_SYSTEM_CHECKS = ["oauth2_provider.W008"]
# People sign in here to connect an assistant with OAuth (`/o/authorize/` sends them to it).
LOGIN_URL = "login"

# --- OAuth 2.1 sign-in for assistants (django-oauth-toolkit) -------------------------------------
# The permission a signed-in user needs to use the directory through OAuth (MCP connectors, a GPT
# action with OAuth). HR grants it, usually through a group ("Directory users").
OAUTH_DIRECTORY_PERMISSION: str = env.str(
    "OAUTH_DIRECTORY_PERMISSION", default="employees.view_employee"
)
OAUTH_DIRECTORY_SCOPE = "directory"


def _pkce_required(client_id: str) -> bool:
    from apitokens.oauth import pkce_required  # models are not importable from settings

    return pkce_required(client_id)


OAUTH2_PROVIDER: dict[str, Any] = {
    "SCOPES": {OAUTH_DIRECTORY_SCOPE: "Ask and read the employee directory"},
    "DEFAULT_SCOPES": [OAUTH_DIRECTORY_SCOPE],
    "OIDC_ENABLED": False,
    "PKCE_REQUIRED": _pkce_required,
    # RFC 9700: S256 only, no implicit or password grant, tokens stored hashed.
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
    "COMPLIANT_BCP_RFC9700_REFRESH_TOKEN": True,
    "COMPLIANT_BCP_RFC9700_PKCE_REQUIRED": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "ROTATE_REFRESH_TOKEN": True,
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    "AUTHORIZATION_CODE_EXPIRE_SECONDS": 60,
    "ACCESS_TOKEN_EXPIRE_SECONDS": env_int("OAUTH_ACCESS_TOKEN_SECONDS", default=3600, minimum=1),
    "REFRESH_TOKEN_EXPIRE_SECONDS": env_int(
        "OAUTH_REFRESH_TOKEN_SECONDS", default=30 * 86400, minimum=1
    ),
    "OAUTH2_RESPONSE_TYPES_SUPPORTED": ["code"],
    "OAUTH2_GRANT_TYPES_SUPPORTED": ["authorization_code", "refresh_token"],
    "OAUTH2_TOKEN_ENDPOINT_AUTH_METHODS_SUPPORTED": [
        "client_secret_post",
        "client_secret_basic",
        "none",
    ],
    # MCP clients (ChatGPT, Claude, Cursor, Claude Code) register themselves (RFC 7591); they
    # get a client id and nothing else until a person with the permission signs in.
    "DCR_ENABLED": env_bool("OAUTH_DYNAMIC_REGISTRATION", default=True),
    "DCR_REGISTRATION_PERMISSION_CLASSES": ("oauth2_provider.dcr.AllowAllDCRPermission",),
    "OAUTH2_PROTECTED_RESOURCE_NAME": "Employee directory",
    "APPLICATION_ADMIN_CLASS": "apitokens.oauth_admin.ClientAdmin",
    "ACCESS_TOKEN_ADMIN_CLASS": "apitokens.oauth_admin.SignedInAccessAdmin",
    "REFRESH_TOKEN_ADMIN_CLASS": "apitokens.oauth_admin.SignedInRefreshAdmin",
    "GRANT_ADMIN_CLASS": "apitokens.oauth_admin.PendingGrantAdmin",
    # Native clients (Claude Code, Cursor) receive the code on http://localhost:<any port>.
    "ALLOW_LOCALHOST_LOOPBACK": True,
    # The issuer and endpoint URLs in the metadata: the public origin when it is configured.
    "OIDC_ISS_ENDPOINT": PUBLIC_BASE_URL,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
}

# --- I18N / static --------------------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- Security (production values unless DEBUG) ----------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT: bool = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS: int = env_int(
    "SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000, minimum=0
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Pages (admin, Swagger UI, Redoc) load only our own scripts; JSON responses carry it too.
# Redoc renders in a blob: worker and both doc UIs set inline styles.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "worker-src": ["'self'", "blob:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# The largest request body the API accepts (413 above it).
API_MAX_BODY_BYTES: int = env_int("API_MAX_BODY_BYTES", default=64 * 1024, minimum=1)

# --- REST framework / OpenAPI ---------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "apitokens.oauth.OAuthBearerAuthentication",
        "apitokens.authentication.BearerTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["directory_gpt.parsers.DepthSafeJSONParser"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "directory_gpt.errors.api_exception_handler",
    "UNAUTHENTICATED_USER": None,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Employee Directory API",
    "DESCRIPTION": (
        "Ask the employee directory questions in plain language, or list and look up employees. "
        "The full REST API, with writes, is documented at /api-docs/full/."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    # The default schema (/api-docs/openapi.yaml, `manage.py spectacular`) is the GPT's; the full
    # API with writes is served at /api-docs/full/openapi.yaml (directory_gpt/urls.py).
    "PREPROCESSING_HOOKS": ["directory_gpt.openapi.only_gpt_operations"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "directory_gpt.openapi.add_public_server",
        "directory_gpt.openapi.without_page_size",
    ],
    # One security scheme (bearer), whichever kind of token is sent: API token or OAuth token.
    "AUTHENTICATION_WHITELIST": ["apitokens.authentication.BearerTokenAuthentication"],
    "ENUM_NAME_OVERRIDES": {},
    "ENUM_GENERATE_CHOICE_DESCRIPTION": False,
}

# --- Logging: one line per request and per error, to stdout ---------------------------------------
LOG_LEVEL: str = env_choice(
    "LOG_LEVEL", ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"), default="INFO", case=False
)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        # One line per request, from RequestLogMiddleware. Django's default "django" handler
        # (a bare copy of every django.* line under DEBUG) is dropped; runserver's own access
        # line and django.request's 4xx warnings would repeat the middleware's line, so only
        # their errors remain (a 500 with its traceback).
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.request": {"level": "ERROR", "propagate": True},
        "django.server": {"level": "ERROR", "propagate": True},
        "httpx": {"level": "WARNING", "propagate": True},
        "httpx2": {"level": "WARNING", "propagate": True},
        "openai": {"level": "WARNING", "propagate": True},
    },
}

# --- Question pipeline (gptbridge) ----------------------------------------------------------------
OPENAI_API_KEY: str = env.str("OPENAI_API_KEY", default="")
OPENAI_BASE_URL: str = env.str("OPENAI_BASE_URL", default="")
# A small, fast, non-reasoning model: SQL for one table needs no reasoning budget, and latency
# matters inside a GPT action's 45 s window. It supports strict json_schema output and temperature.
OPENAI_MODEL: str = env.str("OPENAI_MODEL", default="gpt-4.1-mini")
OPENAI_TIMEOUT: float = env_float("OPENAI_TIMEOUT", default=15.0)
OPENAI_MAX_RETRIES: int = env_int("OPENAI_MAX_RETRIES", default=2)
OPENAI_TEMPERATURE: float | None = env_optional_float("OPENAI_TEMPERATURE")
# "json_schema" (strict structured output) or "json_object" for servers without it.
OPENAI_RESPONSE_FORMAT: str = env_choice(
    "OPENAI_RESPONSE_FORMAT", ("json_schema", "json_object"), default="json_schema"
)

GPTBRIDGE_ENGINE: str = env_choice(
    "GPTBRIDGE_ENGINE", ("auto", "openai", "offline"), default="auto"
)
GPTBRIDGE_FAST_PATH: bool = env_bool("GPTBRIDGE_FAST_PATH", default=True)
GPTBRIDGE_FALLBACK: bool = env_bool("GPTBRIDGE_FALLBACK", default=True)
GPTBRIDGE_MAX_ROWS: int = env_int("GPTBRIDGE_MAX_ROWS", default=100)
GPTBRIDGE_MAX_ATTEMPTS: int = env_int("GPTBRIDGE_MAX_ATTEMPTS", default=2)
GPTBRIDGE_QUERY_TIMEOUT_MS: int = env_int("GPTBRIDGE_QUERY_TIMEOUT_MS", default=3000)
# The whole question must be answered inside the GPT action's 45 s timeout.
GPTBRIDGE_REQUEST_BUDGET: float = env_float("GPTBRIDGE_REQUEST_BUDGET", default=40.0)
GPTBRIDGE_RATE: str = env.str("GPTBRIDGE_RATE", default="60/min")
# Verified answers (gptbridge.verified / examples / sqlcache): how many verified question/SQL
# pairs the stage-1 prompt carries as examples, within how many characters, and how long the
# SQL of an answered question is reused for the same question (0 turns the cache off).
GPTBRIDGE_VERIFIED_ANSWERS: bool = env_bool("GPTBRIDGE_VERIFIED_ANSWERS", default=True)
GPTBRIDGE_EXAMPLES_K: int = env_int("GPTBRIDGE_EXAMPLES_K", default=3)
GPTBRIDGE_EXAMPLES_CHARS: int = env_int("GPTBRIDGE_EXAMPLES_CHARS", default=2000)
GPTBRIDGE_SQL_CACHE_SECONDS: int = env_int("GPTBRIDGE_SQL_CACHE_SECONDS", default=3600)
# Per ChatGPT user (openai-ephemeral-user-id) within a token's GPTBRIDGE_RATE.
GPTBRIDGE_USER_RATE: str = env.str("GPTBRIDGE_USER_RATE", default="20/min")
# Wrong API tokens per client address, on every bearer-token endpoint.
AUTH_FAILURE_RATE: str = env.str("AUTH_FAILURE_RATE", default="20/min")
# PostgreSQL role that generated SQL runs as (`manage.py setup_query_role` creates it).
GPTBRIDGE_QUERY_ROLE: str = env.str("GPTBRIDGE_QUERY_ROLE", default="directory_gpt_reader")
# Without a usable query role, refuse generated SQL when the app's database user is privileged
# (superuser, BYPASSRLS, CREATEROLE) unless this says the operator accepts it.
GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES: bool = env_bool(
    "GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES", default=False
)
# Separate least-privilege credentials for generated SQL (e.g. a Heroku Postgres credential).
QUERY_DATABASE_URL: str = env.str("QUERY_DATABASE_URL", default="")
if QUERY_DATABASE_URL:
    DATABASES["query"] = env.db_url_config(QUERY_DATABASE_URL)
    DATABASES["query"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
    DATABASES["query"]["TEST"] = {"MIRROR": "default"}

# Django's own cap on non-file request bodies, as a second line behind BodySizeLimitMiddleware.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(API_MAX_BODY_BYTES, 2_621_440)

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# Throttle counters live in the cache; with several workers or machines, point CACHE_URL at
# Redis so the limits are shared (locmem counts per process).
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}
# Lets several apps (or test runs) share one Redis database without sharing counters.
CACHES["default"]["KEY_PREFIX"] = env.str("CACHE_KEY_PREFIX", default="")
# A cache outage must not refuse every request: the limits lapse (logged) until it is back.
RATELIMIT_FAIL_OPEN = True
