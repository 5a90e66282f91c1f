"""The goal planner: a person's assessment, vision, goals, plan and follow-up."""
