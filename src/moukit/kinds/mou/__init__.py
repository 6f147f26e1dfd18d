"""The mou kind: its parser and the agreement parts (parties, closing formula, signature
table) that the contract kind shares."""
