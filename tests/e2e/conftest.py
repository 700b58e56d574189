"""pytest fixtures for tests/e2e (defined in e2e_support.py)."""
from e2e_support import browser, chat, playwright_instance, service, site, test_policy  # noqa: F401
