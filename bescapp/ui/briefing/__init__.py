"""The briefing editor: the meeting's briefing texts, the visit schedule, the clearances."""
