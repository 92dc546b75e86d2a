"""AWS Lambda entry point: `handler(event, context)`. All logic lives in the `skill` package."""
from skill.entrypoint import lambda_handler as handler

__all__ = ["handler"]
