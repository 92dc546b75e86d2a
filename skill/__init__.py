"""Pun Pal: an Alexa skill backend that tells context-situated puns.

Data flow: request -> context -> retrieval -> generation -> filters -> speech.
"""
