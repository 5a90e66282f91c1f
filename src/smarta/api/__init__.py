"""The versioned REST API (/api/v1) for HR systems and scripts."""
