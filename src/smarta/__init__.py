"""Smarta: a self-hostable career-goal coach for SMARTA goals in Swedish and English."""

__version__ = "0.1.0"
