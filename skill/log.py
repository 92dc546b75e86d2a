"""One structured (JSON) logger for the whole skill, shaped for CloudWatch."""
from __future__ import annotations

import os

from aws_lambda_powertools import Logger

logger = Logger(service="pun-pal", level=os.environ.get("LOG_LEVEL", "INFO"))
