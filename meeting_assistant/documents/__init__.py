"""Documents the app produces: conclusion notices, minutes, follow-up memos, task reports (PDF,
DOCX, CSV) and transcripts (TXT, SRT, VTT, DOCX), in the State or the Party layout."""
