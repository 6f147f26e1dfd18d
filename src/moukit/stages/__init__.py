"""The stages of a parse, in the order ``moukit.pipeline`` runs them:

    read -> normalize -> lines -> segment -> classify -> (furniture) -> kinds -> account

``read`` decodes bytes (``extract`` reads PDF and DOCX), ``normalize`` repairs the text
(``mojibake`` and ``diagnose`` name damage it cannot repair), ``segment`` finds the documents
in one file (``titles`` recognises title lines), ``classify`` names each one's kind,
``furniture`` sets page furniture aside, the kind's parser (``moukit.kinds``) reads the parts,
and ``account`` checks that every line landed somewhere.
"""
