"""Every threshold that turns evidence into an action, in one place.

Detectors score what they see (pattern, check digit, context words, combined
evidence); the scanner maps a score to an action:

    score >= BLOCK  -> the type's action from the policy (block for most types)
    score >= WARN   -> warn (probably personal / non-public, the user confirms)
    score <  WARN   -> dropped

Typical scores detectors give (documented here so they stay consistent):
    valid check digit + context word ........ 0.95  (block)
    valid check digit, no context ........... 0.60  (warn: weaker evidence)
    failing check digit + context word ...... 0.55  (warn: probably a typo)
    failing check digit, no context ......... dropped
"""

BLOCK = 0.75
WARN = 0.40

VALID_WITH_CONTEXT = 0.95
VALID_NO_CONTEXT = 0.60
INVALID_WITH_CONTEXT = 0.55
