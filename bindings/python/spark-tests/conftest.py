"""The Spark job's tests (bindings/python/spark-test.sh runs them, in a venv
with the "spark" extra): one local[2] Spark session for the whole run, as
the JVM is slow to start. The binding's tests/conftest.py (the project's
pages, the reference CLI, the rules for skipping) is shared from the
folder beside this one, as the module binding_conftest."""

from __future__ import annotations

import importlib.util
import os
import sys
from typing import Iterator

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))


def _load_binding_helpers() -> None:
    # Loaded under another name: this file is "conftest" here.
    path = os.path.join(os.path.dirname(HERE), "tests", "conftest.py")
    spec = importlib.util.spec_from_file_location("binding_conftest", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["binding_conftest"] = module
    spec.loader.exec_module(module)


_load_binding_helpers()


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    # The executors' Python is this one (the venv with newsdoc and the readers).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("newsdoc-spark-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
