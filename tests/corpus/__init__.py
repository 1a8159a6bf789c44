"""A corpus of received proposals as administrations really send them, written at test time.

Each module builds files in the shape Word (or LibreOffice, or pandoc) gives them: the ITU
template's styles and cover table, tracked changes with rsids, proofing marks, bookmarks,
comments, fields, footnotes, automatic numbering; or everything typed in Normal with direct
formatting and static underline / strike-through. Nothing here is a stored binary file: the
generators are the corpus, so every case can be read and changed as text.

- wordml: the WordprocessingML vocabulary and the package writer (on python-docx's own
  Word-made template, with the ITU style sheet added)
- pp_apt: a PP-14 APT addendum in the official template shape (MOD, NOC, SUP, ADD)
- wrc_eur: a WRC-19 CEPT addendum (Radio Regulations provisions, Article 5, an RR table)
- plain_word: the PP content typed in Normal: direct formatting, static marks, Word numbering
- fr_es: French and Spanish documents
- odd: odd but real things (brackets, placeholders, co-sponsors, comments, fields, text boxes)
"""
