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
- fr_es: French and Spanish documents (PP-18 RCC and CITEL; a WRC-19 French addendum in Normal)
- odd: odd but real things (brackets, placeholders, co-sponsors, comments, fields, text boxes)
- pandoc_md: Markdown turned into DOCX by pandoc
- odf: an ODT typed in Normal with ODF lists and static marks (odfpy)
- shapes: what the tests compare (the clause outline, the proposal heads)

tests/test_corpus_word.py reads the Word files, tests/test_corpus_tools.py the files of other
tools (LibreOffice's ODT and DOCX of the Word files, pandoc, odfpy).
"""
