"""Imports every detector module; the order here is the order detectors run."""
# Structured identifiers and contact details
from . import ids, finance, contact, birth  # noqa: F401
# Secrets, networks, markings, non-public topics
from . import credential, network, marking, nonpublic  # noqa: F401
# Addresses, people and sensitive context (they read earlier findings)
from . import address, person, sensitive  # noqa: F401
