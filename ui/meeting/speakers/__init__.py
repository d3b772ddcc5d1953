"""Naming the voices diarization found after the meeting's attendees."""
