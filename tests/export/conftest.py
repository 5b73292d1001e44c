"""Fixtures for the export tests: a repository holding the sample weeks W45–W48."""

import shutil

import pytest

from export_samples import fill_sample
from weekplanner.domain.clock import FixedClock
from weekplanner.storage.repository import Repository

from tests.conftest import FIXED_NOW


@pytest.fixture(scope="session")
def sample_folder(tmp_path_factory):
    """The sample weeks written once per test process (dozens of writes); each test gets a copy."""
    folder = tmp_path_factory.mktemp("sample") / "data"
    repository = Repository(folder, clock=FixedClock(FIXED_NOW))
    try:
        fill_sample(repository)
    finally:
        repository.close()
    return folder


@pytest.fixture
def sample_repo(sample_folder, data_dir, clock):
    shutil.copytree(sample_folder, data_dir)
    repository = Repository(data_dir, clock=clock)
    yield repository
    repository.close()
