"""Anki family: the .apkg, the Anki text import and the CrowdAnki folder, and what they share
(fields, note types)."""
