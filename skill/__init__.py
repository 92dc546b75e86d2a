"""Pun Pal: an Alexa skill backend that tells context-situated puns.

Data flow: request -> context -> retrieval -> generation -> filters -> speech.
"""

import os as _os

# Our matrix products are small (a few thousand rows): one BLAS thread is fastest and does not
# fight ONNX Runtime for Lambda's fraction of a vCPU. Must be set before numpy is imported.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
