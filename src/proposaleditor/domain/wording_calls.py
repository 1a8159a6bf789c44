"""Call words that open the parts of a resolution, by language (stems: a call may run on)."""

CALL_STEMS: dict[str, tuple[str, ...]] = {
    "E": (
        "considering", "recognizing", "recognising", "noting", "recalling", "aware",
        "bearing in mind", "having noted", "having considered", "having regard", "concerned",
        "taking into account", "taking note", "emphasizing", "emphasising", "resolves",
        "further resolves", "decides", "instructs", "further instructs", "requests",
        "further requests", "invites", "further invites", "encourages", "urges", "calls upon",
        "recommends", "affirming", "reaffirming", "acknowledging", "convinced", "mindful",
        "observing", "welcoming", "stressing", "highlighting", "underlining", "appeals",
        "expressing", "endorses", "approves", "agrees", "notes", "further notes",
        "is of the view",  # the operative call of a WTPF Opinion
    ),
    # French and Spanish: the first rows are confirmed in ITU texts, the rest need checking
    # against the Final Acts before they are relied on (see itu-format.md section 6).
    "F": (
        "considérant", "reconnaissant", "notant", "rappelant", "conscient", "consciente",
        "ayant à l'esprit", "tenant compte", "soulignant", "préoccupé", "décide", "charge",
        "invite", "prie", "encourage", "exhorte", "recommande", "demande",
        # seen in received French texts; the feminine agrees with "la Conférence"
        "préoccupée", "prenant note", "ayant examiné", "réaffirmant", "convaincue", "constatant",
    ),
    "S": (
        "considerando", "reconociendo", "observando", "recordando", "consciente",
        "teniendo en cuenta", "teniendo presente", "destacando", "preocupada", "resuelve",
        "encarga", "invita", "pide", "alienta", "insta", "recomienda", "solicita",
        # seen in received Spanish texts
        "tomando nota", "habiendo examinado", "reafirmando", "convencida", "subrayando",
        "señalando", "decide",
    ),
    # Arabic, Chinese and Russian: common ITU renderings, none checked against the Final Acts yet
    # (see VERIFIED_CALL_STEMS). The readers' content test needs lower case, so without the Call
    # style only the Russian words are recognised; Arabic and Chinese rely on the style.
    "R": (
        "учитывая", "признавая", "отмечая", "напоминая", "сознавая", "принимая во внимание",
        "подчеркивая", "будучи обеспокоен", "решает", "постановляет", "поручает", "предлагает",
        "просит", "призывает", "рекомендует",
    ),
    "A": (
        "إذ يضع في اعتباره", "وإذ يضع في اعتباره", "وإذ يدرك", "وإذ يلاحظ", "وإذ يشير إلى",
        "وإذ يأخذ في الاعتبار", "يقرر", "يكلف", "يدعو", "يحث", "يوصي",
    ),
    "C": (
        "考虑到", "认识到", "注意到", "忆及", "意识到", "做出决议", "决定", "责成", "请", "敦促",
        "鼓励", "建议",
    ),
}

# Stems confirmed in ITU texts: all English ones; in French and Spanish the first two rows of the
# itu-format.md section 6 table. Everything else is marked unverified until checked.
VERIFIED_CALL_STEMS: dict[str, frozenset[str]] = {
    "E": frozenset(CALL_STEMS["E"]),
    "F": frozenset({"considérant"}),  # also covers "considérant en outre"
    "S": frozenset({"considerando"}),  # also covers "considerando además"
    "R": frozenset(),
    "A": frozenset(),
    "C": frozenset(),
}


def call_stems_complete(code: str) -> bool:
    """Whether every call stem of a language has been checked against ITU texts."""
    stems = CALL_STEMS.get(code.upper(), ())
    return bool(stems) and VERIFIED_CALL_STEMS.get(code.upper(), frozenset()) >= set(stems)


ALL_CALL_STEMS: tuple[str, ...] = tuple(
    sorted({s for stems in CALL_STEMS.values() for s in stems}, key=len, reverse=True)
)
