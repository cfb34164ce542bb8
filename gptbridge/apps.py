from django.apps import AppConfig


class GptbridgeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "gptbridge"
    verbose_name = "Question pipeline"

    def ready(self) -> None:
        from directory_gpt import checks as project_checks  # noqa: F401  (deploy checks)
        from gptbridge import checks  # noqa: F401  (registers the system checks)
