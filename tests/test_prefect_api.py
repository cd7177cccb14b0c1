"""The run's own Prefect API, served from a thread (econews/prefect_api.py)."""

import os
import subprocess
import sys

# Run in a child: the API's address goes into the environment and Prefect's global settings.
SERVE_AND_STOP = """
import time, urllib.request, psutil
from econews.prefect_api import start_prefect_api
api = start_prefect_api()
api.wait_until_ready()
with urllib.request.urlopen(api.url + "/health", timeout=5) as answer:
    health = answer.status
children = [c.cmdline() for c in psutil.Process().children(recursive=True)]
started = time.monotonic()
api.stop()
print(health, children, api.thread.is_alive(), round(time.monotonic() - started))
api.stop()  # twice is harmless
"""


def test_the_api_answers_from_a_thread_and_stops(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")} | {
        "PREFECT_HOME": str(tmp_path), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    done = subprocess.run([sys.executable, "-c", SERVE_AND_STOP], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    # It answers, no process was started for it, and it stops within seconds.
    assert done.stdout.split()[:3] == ["200", "[]", "False"], done.stdout
    assert int(done.stdout.split()[3]) < 10, done.stdout
