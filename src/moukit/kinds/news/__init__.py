"""The news kind: its parser and the parts only it uses."""
