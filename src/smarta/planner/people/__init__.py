"""HR's page for people: who reports to whom, moving and deactivating, CSV import and export."""
