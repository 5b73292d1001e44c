"""Fixtures for the export tests: a repository holding the sample weeks W45–W48."""

import pytest

from export_samples import fill_sample


@pytest.fixture
def sample_repo(repo):
    fill_sample(repo)
    return repo
