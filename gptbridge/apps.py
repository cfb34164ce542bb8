from django.apps import AppConfig


class GptbridgeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "gptbridge"
    verbose_name = "Question pipeline"
