"""The daily jobs: reminder digests, missed check-ins told, notification mails still waiting."""
