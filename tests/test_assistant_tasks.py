"""Alexa's own jobs asked of Pun Pal: told apart from topics, and never hiding what was said."""
from __future__ import annotations

import pytest

from skill.assistant_tasks import TASKS, task_asked
from skill.context import extract_context


@pytest.mark.parametrize("said, task", [
    ("what time is it", "time"), ("Alexa, what's the time?", "time"), ("what day is it today", "date"),
    ("what's the weather like", "weather"), ("is it going to rain tomorrow", "weather"), ("how cold is it outside", "weather"),
    ("set a timer for five minutes", "timer"), ("can you set a ten minute timer", "timer"), ("wake me up at seven", "alarm"),
    ("remind me to buy milk", "reminder"), ("play some music", "music"), ("play the radio", "music"),
    ("sing me a song", "song"), ("could you please sing happy birthday", "song"), ("what's in the news", "news"),
    ("add eggs to my shopping list", "list"), ("call mom", "call"), ("turn off the lights", "home"),
    ("what's two plus two", "math"), ("tell me a bedtime story", "story"), ("who won the game last night", "score"),
    ("how's the traffic this morning", "traffic"),
])
def test_an_ask_of_alexa_is_told_apart(said, task):
    assert task_asked(said) == TASKS[task]


@pytest.mark.parametrize("said", [
    "the weather", "a joke about the weather", "we're playing music", "singing in the rain", "timers",
    "time flies", "tell me a funny story", "what's the funniest joke", "the lights at christmas",
    "my mom", "playing the piano", "story time with the kids", "stuck in traffic", "keeping score",
])
def test_a_topic_is_no_ask_of_alexa(said):
    assert task_asked(said) is None


def test_the_joke_is_on_the_task_and_the_ask_is_remembered():
    ctx = extract_context("what time is it")
    assert ctx.task == "time" and ctx.topic == "clocks" and "clock" in ctx.current_words
    assert extract_context("what's the weather like").task == "weather"
    assert not extract_context("we're playing music").task


def test_what_an_ask_says_is_still_heard_as_said():
    """'Remind me to ...' may say anything: a crisis or a sensitive subject is never a reminder."""
    assert extract_context("remind me to kill myself").crisis
    ctx = extract_context("remind me to call the funeral home")
    assert ctx.is_sensitive and not ctx.task
