"""Being told when something happens: the in-app inbox (the bell) and its e-mails."""
