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
    ),
    # French and Spanish: the first rows are confirmed in ITU texts, the rest need checking
    # against the Final Acts before they are relied on (see itu-format.md section 6).
    "F": (
        "considérant", "reconnaissant", "notant", "rappelant", "conscient", "consciente",
        "ayant à l'esprit", "tenant compte", "soulignant", "préoccupé", "décide", "charge",
        "invite", "prie", "encourage", "exhorte", "recommande", "demande",
    ),
    "S": (
        "considerando", "reconociendo", "observando", "recordando", "consciente",
        "teniendo en cuenta", "teniendo presente", "destacando", "preocupada", "resuelve",
        "encarga", "invita", "pide", "alienta", "insta", "recomienda", "solicita",
    ),
}

ALL_CALL_STEMS: tuple[str, ...] = tuple(
    sorted({s for stems in CALL_STEMS.values() for s in stems}, key=len, reverse=True)
)
