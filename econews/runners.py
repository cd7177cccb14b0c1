"""Where a run's batches run: the Prefect task runner, built when a run starts.

`econews run` builds it from its options and the settings (`task_runner`) and hands it
to the flow (`econews_pipeline.with_options(task_runner=...)`). Runs that Prefect starts
itself (a deployment's run on a worker, a served run) load the flow as it is declared:
its runner is a `SettingsTaskRunner`, which reads the settings (`ECONEWS_RUNNER`...) when
the run starts, never when the module is imported.
"""

from __future__ import annotations

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from econews.settings import Settings
from econews.worker import prepare_worker

RUNNERS = ("threads", "processes", "dask")


def task_runner(runner: str = "processes", address: str | None = None, workers: int = 2,
                spacy_model: str = Settings.spacy_model) -> TaskRunner:
    """The Prefect task runner for `econews run --runner ...`.

    `processes` (default): Prefect's process pool, `workers` processes that each load spaCy
    (`spacy_model`) once, at their start. `threads`: Prefect's thread pool in this process.
    `dask`: prefect-dask's DaskTaskRunner, on a local cluster of `workers` single-threaded
    processes, or on the existing cluster at `address` (tcp://host:port). Batches are
    independent, so they spread over Dask workers as they are; spaCy is loaded once per
    worker process.
    """
    if runner == "threads":
        return ThreadPoolTaskRunner(max_workers=workers)
    if runner == "processes":
        # Both cores for the model: each worker process loads spaCy once, at its start.
        return ProcessPoolTaskRunner(max_workers=workers, initializer=prepare_worker, initargs=(spacy_model,))
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                            "dashboard_address": None},
        )
    raise ValueError(f"unknown runner {runner!r}: use 'threads', 'processes' or 'dask'")


def settings_task_runner(settings: Settings) -> TaskRunner:
    """The runner the settings name (`ECONEWS_RUNNER`, `ECONEWS_DASK_ADDRESS`, `ECONEWS_WORKERS`)."""
    return task_runner(settings.runner, settings.dask_address or None, settings.workers, settings.spacy_model)


class SettingsTaskRunner(TaskRunner):
    """The flow's declared runner: the runner the settings name at the moment a run starts.

    Prefect starts every flow run with `flow.task_runner.duplicate()` and runs its tasks on
    what that returns; here that is the runner the settings name then (in the process that
    runs the flow: a worker's, a served run's), so a deployment configured by its
    environment gets the runner it asks for. Entered itself, it does the same: it starts
    the settings' runner and hands it the tasks.
    """

    def __init__(self):
        super().__init__()
        self._runner: TaskRunner | None = None

    def duplicate(self) -> TaskRunner:
        return settings_task_runner(Settings.from_env())

    def __enter__(self) -> SettingsTaskRunner:
        super().__enter__()
        self._runner = self.duplicate().__enter__()
        return self

    def __exit__(self, exc_type, exc_value, traceback) -> None:
        runner, self._runner = self._runner, None
        try:
            if runner is not None:
                runner.__exit__(exc_type, exc_value, traceback)
        finally:
            super().__exit__(exc_type, exc_value, traceback)

    def submit(self, task, parameters, wait_for=None, dependencies=None):
        if self._runner is None:
            raise RuntimeError("The task runner must be started before submitting work.")
        return self._runner.submit(task, parameters, wait_for=wait_for, dependencies=dependencies)
