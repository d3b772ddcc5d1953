"""Following tasks up: their official status, computed from deadlines and completion dates."""
