"""Asks for what Alexa herself does: the time, the weather, a timer, music, a song, a story.

Said while Pun Pal's session is open, they reach the skill, not Alexa: "what time is it" was told
a joke about an earlier story, "play some music" "Could you plays?", and "what's the weather like"
reached Fallback. Pun Pal says plainly it can't do that, how to ask Alexa, and tells a joke on
the thing asked about instead. Only the ask itself counts: "a joke about the weather" and "we're
playing music" are topics.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from skill.numbers import SAID


@dataclass(frozen=True)
class Task:
    """One of Alexa's own jobs: its slot value id, what Pun Pal can't do, and the joke's subject."""

    name: str
    cannot: str  # "tell the time": said as "I can't tell the time"
    subject: str  # what the joke told instead is about ('time' alone is a time word, not a topic)


TASKS: dict[str, Task] = {task.name: task for task in (
    Task("time", "tell the time", "clocks"),
    Task("date", "check the date", "calendars"),
    Task("weather", "check the weather", "the forecast"),
    Task("timer", "set timers", "timers"),
    Task("alarm", "set alarms", "alarm clocks"),
    Task("reminder", "set reminders", "reminders"),
    Task("music", "play music", "music"),
    Task("song", "sing", "songs"),
    Task("news", "read the news", "newspapers"),
    Task("list", "keep lists", "shopping lists"),
    Task("call", "make calls", "phones"),
    Task("home", "work the lights or the heating", "light bulbs"),
    Task("math", "do sums", "calculators"),
    Task("story", "tell long stories", "storytelling"),
    Task("score", "check the scores", "sports"),
    Task("traffic", "check the traffic", "traffic"),
)}

#: How an ask of Alexa opens, politely or not ("alexa, can you please ...").
_LEAD = r"^(?:(?:alexa|hey alexa|ok|okay|so|um|uh|hey|please|now|and)[\s,]+)*(?:(?:can|could|would|will) you\s+(?:please\s+)?)?(?:please\s+)?"
_APPLIANCE = r"(?:lights?|lamps?|tv|television|telly|heating|heat|heater|fan|ac|air con|air conditioning|thermostat)"
_ASKED: dict[str, str] = {
    "time": r"what(?:'s| is)? (?:the )?time(?: is it)?(?: now| right now| please)?|tell me the time|do you know (?:the time|what time it is)"
            r"|what time is it(?: now| right now| please| there| here)?",
    "date": r"what(?:'s| is) (?:the date|today's date|the day)(?: today)?|what (?:day|date) is (?:it|today)(?: today)?"
            r"|what day of the week is it",
    "weather": r"(?:what(?:'s| is)|how(?:'s| is)) the (?:weather|forecast|temperature)(?: like)?(?: (?:today|tomorrow|outside|now|this week|this weekend))?"
               r"|(?:is it|is it going to|is it gonna|will it) (?:rain|snow|be sunny|be hot|be cold)(?: today| tomorrow| later)?"
               r"|how (?:hot|cold|warm) is it(?: outside)?|do i need an umbrella(?: today)?",
    "timer": rf"(?:set|start|cancel|stop) (?:a|an|the|my) (?:{SAID} (?:minute|second|hour) )?timer(?: for .+)?"
             r"|how (?:much time|long) is left on (?:the|my) timer|timer for .+",
    "alarm": r"(?:set|cancel|stop|snooze) (?:an|the|my) alarm(?: for .+)?|wake me up (?:at|in|tomorrow) .+",
    "reminder": r"remind me (?:to|about|at|in|that) .+|(?:set|make) a reminder(?: .+)?",
    "music": r"play (?:some |me some |me |the |my )?(?:music|songs|a song|tunes|the radio|radio|my playlist|a playlist|playlist|podcasts?|an audiobook)(?: .+)?"
             r"|put (?:on )?some music(?: on)?|turn (?:on|up|down) the (?:music|radio|volume)|(?:volume|turn it) (?:up|down)",
    "song": r"sing(?: me| us)?(?: a| the)? (?:song|lullaby|happy birthday)(?: .+)?|sing (?:me |us )?something|sing for me",
    "news": r"(?:what(?:'s| is)|tell me|read me|play|give me) (?:(?:in|on) )?the (?:news|headlines)(?: today)?|what's happening in the world",
    "list": r"add .+ to (?:my|the) (?:shopping |grocery |to do |to-do )?list|what(?:'s| is) on (?:my|the) (?:shopping |grocery |to do |to-do )?list",
    "call": r"(?:call|phone|ring|text) (?:my )?(?:mom|mum|mommy|mummy|dad|daddy|grandma|grandpa|nana|granny|wife|husband|sister|brother|son|daughter|boss)",
    "home": rf"(?:turn|switch) (?:on|off) the {_APPLIANCE}|(?:turn|switch) the {_APPLIANCE} (?:on|off|up|down)"
            rf"|(?:dim|brighten) the lights?|set the (?:thermostat|heating|temperature) to .+",
    "math": rf"(?:what(?:'s| is)|how much is) {SAID} (?:plus|minus|times|divided by|multiplied by|to the power of) {SAID}",
    "story": r"(?:tell|read) (?:me|us) (?:a|another) (?:bedtime |long |short |scary )?(?:story|fairy tale|tale)(?: .+)?",
    "score": r"what(?:'s| is| was) the score(?: of the game| in the game| last night| tonight)?|who (?:won|is winning) the game(?: last night| tonight)?",
    "traffic": r"(?:what(?:'s| is)|how(?:'s| is)) the traffic(?: like)?(?: today| now| this morning| on my commute)?",
}
_PATTERNS = tuple((TASKS[name], re.compile(_LEAD + rf"(?:{said})[\s.!?]*$", re.IGNORECASE)) for name, said in _ASKED.items())


def task_asked(said: str) -> Task | None:
    """The Alexa job the whole utterance asks for ('what time is it' -> the time task), or None."""
    text = " ".join(said.lower().replace("’", "'").split())
    return next((task for task, pattern in _PATTERNS if pattern.match(text)), None)
