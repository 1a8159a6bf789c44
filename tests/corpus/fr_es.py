"""French and Spanish versions: PP-18 Document 62-F (RCC) and Addéndum 3 al Documento 55-S
(CITEL), in the ITU template (same style ids in every language), with the French and Spanish
call words, enacting formulas, number lines and `Motifs:` / `Motivos:`."""

from __future__ import annotations

from .pp_apt import cover, proposal_line, reasons
from .wordml import ITU_STYLES, Doc, itu_styles_xml, numbering_xml

FORMULA_F = ("La Conférence de plénipotentiaires de l'Union internationale des "
             "télécommunications (")
FORMULA_S = "La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones ("


def build_french(path):
    d = Doc(author="RCC", date="2018-10-03T10:00:00Z", seed=4)
    cover(d, document_line=["Document 62-F"], date="3 octobre 2018",
          source="États Membres de la Communauté régionale des communications",
          conference=("Conférence de plénipotentiaires (PP-18)",
                      "Dubaï, 29 octobre – 16 novembre 2018"),
          meeting="SÉANCE PLÉNIÈRE", original="Original: russe",
          title="PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE")
    d.text("Les administrations de la RCC présentent les propositions suivantes.")
    proposal_line(d, "MOD", "RCC/62/1")
    d.p(d.run("RÉSOLUTION 71 (RÉV. "), d.dele(d.run("BUSAN, 2014")), d.ins(d.run("DUBAÏ, 2018")),
        d.run(")"), style="ResNo")
    d.p(d.run("Plan stratégique de l'Union pour la période "), d.dele(d.run("2016-2019")),
        d.ins(d.run("2020-2023")), style="Restitle")
    d.p(d.run(FORMULA_F), d.dele(d.run("Busan, 2014")), d.ins(d.run("Dubaï, 2018")),
        d.run("),"), style="Normalaftertitle")
    d.p(d.run("considérant"), style="Call")
    d.p(d.run("a)", i=True), d.run("\tles dispositions de la Constitution de l'UIT relatives "
                                   "aux politiques et aux plans stratégiques;"))
    d.p(d.run("b)", i=True), d.run("\tl'article 19 de la Convention,"))
    d.p(d.run("considérant en outre"), style="Call")
    d.p(d.run("que le plan stratégique doit être aligné sur le plan financier,"))
    d.p(d.run("reconnaissant"), style="Call")
    d.p(d.run("l'importance d'une gestion axée sur les résultats,"))
    d.p(d.run("décide"), style="Call")
    d.p(d.run("1\td'adopter le plan stratégique pour la période "), d.dele(d.run("2016-2019")),
        d.ins(d.run("2020-2023")), d.run(";"))
    d.p(d.run("2\tque le plan stratégique est mis en œuvre dans le cadre des plans "
              "opérationnels,"))
    d.p(d.run("charge le Secrétaire général"), style="Call")
    d.p(d.run("de faire rapport au Conseil sur la mise en œuvre du plan stratégique,"))
    d.p(d.run("invite les États Membres"), style="Call")
    d.p(d.run("à participer aux travaux."))
    reasons(d, "Mise à jour du plan stratégique.", word="Motifs:")
    proposal_line(d, "SUP", "RCC/62/2")
    d.p(d.run("RÉSOLUTION 163 (GUADALAJARA, 2010)"), style="ResNo")
    d.p(d.run("Passage à une Constitution stable"), style="Restitle")
    reasons(d, "Les travaux sont terminés.", word="Motifs:")
    d.p(d.run("______________"), jc="center")
    return d.save(path)


def build_spanish(path):
    d = Doc(author="CITEL", date="2018-09-24T10:00:00Z", seed=5)
    cover(d, document_line=["Addéndum 3 al", "Documento 55-S"], date="24 de septiembre de 2018",
          source="Estados Miembros de la Comisión Interamericana de Telecomunicaciones (CITEL)",
          conference=("Conferencia de Plenipotenciarios (PP-18)",
                      "Dubái, 29 de octubre – 16 de noviembre de 2018"),
          meeting="SESIÓN PLENARIA", original="Original: inglés",
          title="PROPUESTAS PARA LOS TRABAJOS DE LA CONFERENCIA")
    proposal_line(d, "MOD", "IAP/55A3/1")
    d.p(d.run("RESOLUCIÓN 64 (REV. "), d.dele(d.run("BUSÁN, 2014")), d.ins(d.run("DUBÁI, 2018")),
        d.run(")"), style="ResNo")
    d.p(d.run("Acceso no discriminatorio a los modernos medios, servicios y aplicaciones de "
              "telecomunicaciones/tecnologías de la información y la comunicación"),
        style="Restitle")
    d.p(d.run(FORMULA_S), d.dele(d.run("Busán, 2014")), d.ins(d.run("Dubái, 2018")),
        d.run("),"), style="Normalaftertitle")
    d.p(d.run("reconociendo"), style="Call")
    d.p(d.run("a)", i=True), d.run("\tlos principios de la Constitución;"))
    d.p(d.run("b)", i=True), d.run("\tla Agenda 2030 para el Desarrollo Sostenible,"))
    d.p(d.run("resuelve"), style="Call")
    d.p(d.run("1\tque los Estados Miembros deben abstenerse de adoptar medidas "
              "discriminatorias;"))
    d.p(d.run("2\tseguir estudiando estas cuestiones,"))
    d.p(d.run("encarga al Secretario General"), style="Call")
    d.p(d.run("que presente un informe al Consejo,"))
    d.p(d.run("invita a los Estados Miembros"), style="Call")
    d.p(d.run("a participar activamente."))
    reasons(d, "Actualizar la Resolución.", word="Motivos:")
    proposal_line(d, "ADD", "IAP/55A3/2")
    d.p(d.run("PROYECTO DE NUEVA RESOLUCIÓN [IAP-1] (DUBÁI, 2018)"), style="ResNo")
    d.p(d.run("Protección de la infraestructura"), style="Restitle")
    d.p(d.run(FORMULA_S + "Dubái, 2018),"), style="Normalaftertitle")
    d.p(d.run("considerando"), style="Call")
    d.p(d.run("la importancia de la infraestructura,"))
    d.p(d.run("resuelve"), style="Call")
    d.p(d.run("estudiar el tema."))
    reasons(d, "Nueva Resolución.", word="Motivos:")
    d.p(d.run("______________"), jc="center")
    return d.save(path)


def build_french_wrc(path):
    """A WRC-19 French addendum typed from a blank page in Normal: the cover as paragraphs with
    the addendum line broken into two paragraphs, Word's default "1." list numbering, a WRC
    resolution's enacting formula without a style, singular "Motif:" and reasons running on
    to a second Reasons paragraph."""
    d = Doc(author="CEPT", date="2019-09-20T10:00:00Z", seed=7)
    d.styles = itu_styles_xml([s for s in ITU_STYLES if s.sid in ("Normal", "Reasons")])
    d.numbering = numbering_xml({1: [("decimal", "%1.")]})
    for text in ("Conférence mondiale des radiocommunications (CMR-19)",
                 "Charm el-Cheikh, Égypte, 28 octobre – 22 novembre 2019",
                 "SÉANCE PLÉNIÈRE", "Addendum 13 au", "Document 16-F", "20 septembre 2019",
                 "Original: anglais", "Propositions européennes communes",
                 "PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE",
                 "Point de l’ordre du jour 1.13"):
        d.text(text)
    d.text("examiner l’identification de bandes de fréquences pour le développement futur des "
           "IMT;")
    d.p(d.run("MOD\tEUR/16A13/1", b=True))
    d.p(d.run("RÉSOLUTION 750 (RÉV.CMR-"), d.run("15", strike=True), d.run("19", u=True),
        d.run(")"), jc="center")
    d.p(d.run("Compatibilité entre le service d’exploration de la Terre par satellite (passive) "
              "et les services actifs concernés", b=True), jc="center")
    d.p(d.run("La Conférence mondiale des radiocommunications ("), d.run("Genève, 2015",
                                                                       strike=True),
        d.run("Charm el-Cheikh, 2019", u=True), d.run("),"))
    d.p(d.run("considérant", i=True))
    d.p(d.run("que les bandes adjacentes sont utilisées par des services passifs,"))
    d.p(d.run("prenant note", i=True))
    d.p(d.run("des études de l’UIT-R,"))
    d.p(d.run("décide", i=True))
    d.p(d.run("que les émissions des stations des services actifs ne doivent pas dépasser les "
              "limites du Tableau 1-1;"), num=(1, 0))
    d.p(d.run("que ces limites s’appliquent à compter du 1er janvier 2021,", u=True),
        num=(1, 0))
    d.p(d.run("charge le Directeur du Bureau des radiocommunications", i=True))
    d.p(d.run("de porter la présente Résolution à l’attention de l’OMM."))
    d.p(d.run("Motif:", b=True), d.run("\tProtection du service d’exploration de la Terre par "
                                       "satellite."), style="Reasons")
    d.p(d.run("Les études de l’UIT-R ont montré la nécessité de ces limites."), style="Reasons")
    d.p(d.run("______________"), jc="center")
    return d.save(path)
