"""The PySide6 desktop application. It imports `meeting_assistant`; the core never imports it.

The window itself arrives with the desktop-app issue; until then `meeting-assistant` with no
command prints its help.
"""
