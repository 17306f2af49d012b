from pathlib import Path

from django.conf import settings
from django.db.backends.postgresql import base

from archive.embedded_db import socket_dir


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        params = super().get_connection_params()
        params["host"] = socket_dir(Path(settings.EMBEDDED_DB_DIR))
        params.setdefault("user", "postgres")
        return params
