"""Helpers shared by the test suite: paths to the shared fixtures, local servers."""
