"""`make loadtest`: seed an organisation, serve it with gunicorn, drive it with locust."""
