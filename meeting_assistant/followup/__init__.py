"""Following tasks up: official statuses, the register, and reading conclusions and tasks (with
their units and deadlines) out of what was said."""
