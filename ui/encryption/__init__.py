"""Encryption at rest in the window: the passphrase at start, the Settings box, the conversion."""
