"""Letter-to-sound for words CMUdict lacks ('wasabi', 'emoji'), with eSpeak NG, offline.

The pip package ``espeakng-loader`` ships eSpeak NG's shared library and data (no system install, no
download); we call ``espeak_TextToPhonemes`` through ctypes and map eSpeak's American English phoneme
names to ARPAbet. Rule-based letter-to-sound is right for most everyday words but not all, so the
lexicon only asks it about words CMUdict does not have. When the package is missing, ``EspeakG2P.load``
returns None and the build goes on without those words. Build time only.
"""
from __future__ import annotations

import ctypes
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from skill.phonetics import PHONES, Phones

# eSpeak NG en-us phoneme names (``espeak-ng -x``) -> ARPAbet; '' = no sound (stress, glottal stop).
ESPEAK_TO_ARPABET: dict[str, tuple[str, ...]] = {
    "p": ("P",), "b": ("B",), "t": ("T",), "t#": ("T",), "t2": ("T",), "d": ("D",), "d#": ("D",),
    "k": ("K",), "g": ("G",), "x": ("K",), "f": ("F",), "v": ("V",), "T": ("TH",), "D": ("DH",),
    "s": ("S",), "z": ("Z",), "S": ("SH",), "Z": ("ZH",), "tS": ("CH",), "dZ": ("JH",), "h": ("HH",),
    "m": ("M",), "n": ("N",), "N": ("NG",), "l": ("L",), "r": ("R",), "r-": ("R",), "w": ("W",), "j": ("Y",),
    "n-": ("AH", "N"), "m-": ("AH", "M"), "l-": ("AH", "L"), "@L": ("AH", "L"),
    "a": ("AE",), "aa": ("AE",), "a#": ("AH",), "A:": ("AA",), "A": ("AA",), "0": ("AA",), "A@": ("AA", "R"),
    "@": ("AH",), "@-": ("AH",), "V": ("AH",), "3": ("ER",), "3:": ("ER",),
    "E": ("EH",), "e": ("EH",), "e@": ("EH", "R"), "eI": ("EY",),
    "I": ("IH",), "I#": ("IH",), "I2": ("IH",), "i": ("IY",), "i:": ("IY",), "i@": ("IY", "AH"), "i@3": ("IH", "R"),
    "O": ("AO",), "O:": ("AO",), "O2": ("AO",), "O@": ("AO", "R"), "o@": ("AO", "R"), "OI": ("OY",),
    "oU": ("OW",), "o": ("OW",), "U": ("UH",), "U@": ("UH", "R"), "u:": ("UW",), "u": ("UW",),
    "aI": ("AY",), "aI@": ("AY", "AH"), "aI3": ("AY", "ER"), "aU": ("AW",), "aU@": ("AW", "ER"),
    "?": (), ";": (),
}
_STRESS_MARKS = re.compile(r"[',%=]")
_SEPARATOR = "_"
_UTF8 = 1  # espeakCHARS_UTF8
_SYNCHRONOUS = 2  # AUDIO_OUTPUT_SYNCHRONOUS: no audio device is opened


def espeak_to_arpabet(phonemes: str) -> Phones | None:
    """'w_a#_s_'A:_b_i' -> ('W', 'AH', 'S', 'AA', 'B', 'IY'); None if any name is unknown."""
    out: list[str] = []
    for name in re.split(r"[_\s]+", _STRESS_MARKS.sub("", phonemes)):
        if not name:
            continue
        mapped = ESPEAK_TO_ARPABET.get(name)
        if mapped is None:
            return None
        if mapped and out and out[-1] == "R" == mapped[0]:
            mapped = mapped[1:]  # 'e@' then 'r' ("aria"): one R
        out.extend(mapped)
    return tuple(out) if out and all(p in PHONES for p in out) else None


@dataclass
class EspeakG2P:
    """eSpeak NG's American English letter-to-sound rules behind one lock (the library is not re-entrant)."""

    _lib: ctypes.CDLL
    _lock: threading.Lock

    @classmethod
    def load(cls, voice: str = "en-us") -> "EspeakG2P | None":
        try:
            import espeakng_loader  # build-time only
        except ImportError:
            return None
        try:
            lib = ctypes.cdll.LoadLibrary(espeakng_loader.get_library_path())
            data_parent = str(Path(espeakng_loader.get_data_path()).parent).encode()
            if lib.espeak_Initialize(_SYNCHRONOUS, 0, data_parent, 0) <= 0:
                return None
            if lib.espeak_SetVoiceByName(voice.encode()) != 0:
                return None
        except (OSError, AttributeError):
            return None
        lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
        return cls(lib, threading.Lock())

    def phonemes(self, text: str) -> str:
        """eSpeak's phoneme names, '_' between phonemes and ' ' between words."""
        buffer = ctypes.c_char_p(text.encode("utf-8"))
        words = []
        with self._lock:
            for _ in range(64):  # the library advances the pointer (NULL at the end); bounded in case it does not
                if not buffer.value:
                    break
                result = self._lib.espeak_TextToPhonemes(ctypes.byref(buffer), _UTF8, ord(_SEPARATOR) << 8)
                if result is None:
                    break
                words.append(result.decode("utf-8", errors="replace"))
        return " ".join(w.strip() for w in words if w.strip())

    def pronounce(self, word: str) -> Phones | None:
        """ARPAbet (no stress) for one word, or None when eSpeak's output cannot be mapped."""
        return espeak_to_arpabet(self.phonemes(word))
