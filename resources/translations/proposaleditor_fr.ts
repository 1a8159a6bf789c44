<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name/>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new document</source>
        <translation>Commencer un nouveau document</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a .itup file, or import DOCX, ODT or text</source>
        <translation>Ouvrir un fichier .itup, ou importer un DOCX, un ODT ou du texte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export to DOCX or ODT for submission</source>
        <translation>Exporter en DOCX ou ODT pour la soumission</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Rechercher et remplacer…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Marked-up</source>
        <translation>Avec &amp;marques</translation>
    </message>
    <message>
        <source>Show revision marks</source>
        <translation>Afficher les marques de révision</translation>
    </message>
    <message>
        <source>&amp;Clean Draft</source>
        <translation>Projet &amp;net</translation>
    </message>
    <message>
        <source>Show the text as it will read once adopted</source>
        <translation>Afficher le texte tel qu'il se lira une fois adopté</translation>
    </message>
    <message>
        <source>&amp;Base Text</source>
        <translation>Texte de &amp;base</translation>
    </message>
    <message>
        <source>Show the text in force</source>
        <translation>Afficher le texte en vigueur</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Insert Item &amp;After</source>
        <translation>Insérer un élément &amp;après</translation>
    </message>
    <message>
        <source>Add a new item after this one</source>
        <translation>Ajouter un nouvel élément après celui-ci</translation>
    </message>
    <message>
        <source>Insert Item &amp;Before</source>
        <translation>Insérer un élément a&amp;vant</translation>
    </message>
    <message>
        <source>Insert &amp;Sub-item</source>
        <translation>Insérer un &amp;sous-élément</translation>
    </message>
    <message>
        <source>Add a sub-item under this item</source>
        <translation>Ajouter un sous-élément sous cet élément</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Augmenter le retrait</translation>
    </message>
    <message>
        <source>Make this item a sub-item of the one above</source>
        <translation>Faire de cet élément un sous-élément du précédent</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Diminuer le retrait</translation>
    </message>
    <message>
        <source>Move this sub-item one level out</source>
        <translation>Remonter ce sous-élément d'un niveau</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move before the previous item (labels renumber)</source>
        <translation>Placer avant l'élément précédent (les repères sont renumérotés)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>Move after the next item (labels renumber)</source>
        <translation>Placer après l'élément suivant (les repères sont renumérotés)</translation>
    </message>
    <message>
        <source>&amp;Suppress / Restore</source>
        <translation>&amp;Supprimer / rétablir</translation>
    </message>
    <message>
        <source>Strike this provision out, or bring it back</source>
        <translation>Barrer cette disposition, ou la rétablir</translation>
    </message>
    <message>
        <source>&amp;Remove Added Provision</source>
        <translation>&amp;Retirer la disposition ajoutée</translation>
    </message>
    <message>
        <source>Make Own &amp;Proposal</source>
        <translation>En faire une &amp;proposition distincte</translation>
    </message>
    <message>
        <source>WRC style: this provision becomes a proposal of its own</source>
        <translation>Style CMR : cette disposition devient une proposition distincte</translation>
    </message>
    <message>
        <source>&amp;New Proposal…</source>
        <translation>&amp;Nouvelle proposition…</translation>
    </message>
    <message>
        <source>Add an ADD, MOD, SUP or NOC proposal</source>
        <translation>Ajouter une proposition ADD, MOD, SUP ou NOC</translation>
    </message>
    <message>
        <source>Set Marker %1</source>
        <translation>Indicateur %1</translation>
    </message>
    <message>
        <source>&amp;Revise Resolution for This Conference</source>
        <translation>&amp;Réviser la résolution pour cette conférence</translation>
    </message>
    <message>
        <source>Update the number line and the enacting formula in one step</source>
        <translation>Mettre à jour la ligne du numéro et la formule introductive en une fois</translation>
    </message>
    <message>
        <source>Move Proposal U&amp;p</source>
        <translation>Monter la pro&amp;position</translation>
    </message>
    <message>
        <source>Move Proposal Do&amp;wn</source>
        <translation>Descendre la propositio&amp;n</translation>
    </message>
    <message>
        <source>&amp;Merge with Previous Proposal</source>
        <translation>&amp;Fusionner avec la proposition précédente</translation>
    </message>
    <message>
        <source>Remo&amp;ve Proposal</source>
        <translation>Supprimer la propositi&amp;on</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Cover: conference, number, date, source</source>
        <translation>Page de couverture : conférence, numéro, date, origine</translation>
    </message>
    <message>
        <source>Set Document &amp;Number…</source>
        <translation>&amp;Numéro du document…</translation>
    </message>
    <message>
        <source>&amp;Check Readiness</source>
        <translation>&amp;Vérifier avant soumission</translation>
    </message>
    <message>
        <source>Run the submission checks now</source>
        <translation>Lancer maintenant les vérifications avant soumission</translation>
    </message>
    <message>
        <source>&amp;Compare Documents…</source>
        <translation>&amp;Comparer des documents…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About ProposalEditor</source>
        <translation>À &amp;propos de ProposalEditor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>P&amp;rovision</source>
        <translation>Di&amp;sposition</translation>
    </message>
    <message>
        <source>Set &amp;Marker</source>
        <translation>&amp;Indicateur</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Proposition</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>D&amp;ocument</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Number line</source>
        <translation>Ligne du numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference line</source>
        <translation>Ligne de référence</translation>
    </message>
    <message>
        <source>Enacting formula</source>
        <translation>Formule introductive</translation>
    </message>
    <message>
        <source>Call (considering, resolves …)</source>
        <translation>Rubrique (considérant, décide …)</translation>
    </message>
    <message>
        <source>Lettered item  a)</source>
        <translation>Alinéa à lettre  a)</translation>
    </message>
    <message>
        <source>Numbered item  1</source>
        <translation>Point numéroté  1</translation>
    </message>
    <message>
        <source>Sub-item  i)</source>
        <translation>Sous-alinéa  i)</translation>
    </message>
    <message>
        <source>Dash item  –</source>
        <translation>Tiret  –</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>RR provision  5.338A</source>
        <translation>Disposition du RR  5.338A</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Vœu</translation>
    </message>
    <message>
        <source>Constitution (CS)</source>
        <translation>Constitution (CS)</translation>
    </message>
    <message>
        <source>Convention (CV)</source>
        <translation>Convention (CV)</translation>
    </message>
    <message>
        <source>RR Article</source>
        <translation>Article du RR</translation>
    </message>
    <message>
        <source>RR provision</source>
        <translation>Disposition du RR</translation>
    </message>
    <message>
        <source>RR Appendix</source>
        <translation>Appendice du RR</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>ADD — new text</source>
        <translation>ADD — nouveau texte</translation>
    </message>
    <message>
        <source>ADD* — text brought in from elsewhere</source>
        <translation>ADD* — texte repris d'ailleurs</translation>
    </message>
    <message>
        <source>MOD — amended text, with revision marks</source>
        <translation>MOD — texte modifié, avec marques de révision</translation>
    </message>
    <message>
        <source>(MOD) — editorial amendment</source>
        <translation>(MOD) — modification de forme</translation>
    </message>
    <message>
        <source>SUP — suppress</source>
        <translation>SUP — suppression</translation>
    </message>
    <message>
        <source>SUP* — text moved elsewhere</source>
        <translation>SUP* — texte déplacé ailleurs</translation>
    </message>
    <message>
        <source>NOC — no change</source>
        <translation>NOC — pas de modification</translation>
    </message>
</context>
<context>
    <name>BaseTextDialog</name>
    <message>
        <source>Text in Force Needed</source>
        <translation>Texte en vigueur requis</translation>
    </message>
    <message>
        <source>A MOD shows its changes against the text in force. This proposal has none yet.</source>
        <translation>Une proposition MOD montre ses modifications par rapport au texte en vigueur. Cette proposition n'en a pas encore.</translation>
    </message>
    <message>
        <source>&amp;Use the current text as the text in force (then edit it)</source>
        <translation>&amp;Utiliser le texte actuel comme texte en vigueur (puis le modifier)</translation>
    </message>
    <message>
        <source>&amp;Replace it with the text in force from:</source>
        <translation>&amp;Le remplacer par le texte en vigueur provenant de :</translation>
    </message>
</context>
<context>
    <name>BaseTextPicker</name>
    <message>
        <source>Text in force</source>
        <translation>Texte en vigueur</translation>
    </message>
    <message>
        <source>Paste the text in force here: number line, title, enacting formula, calls and items, as in the Final Acts.</source>
        <translation>Collez ici le texte en vigueur : ligne du numéro, titre, formule introductive, rubriques et alinéas, comme dans les Actes finals.</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Import from File (DOCX, ODT, TXT)…</source>
        <translation>Importer d'un fichier (DOCX, ODT, TXT)…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>From &amp;File</source>
        <translation>Depuis un &amp;fichier</translation>
    </message>
    <message>
        <source>Texts you paste or import are kept here for reuse.</source>
        <translation>Les textes que vous collez ou importez sont conservés ici pour être réutilisés.</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Import Text in Force</source>
        <translation>Importer le texte en vigueur</translation>
    </message>
    <message>
        <source>Documents (*.docx *.odt *.txt *.itup);;All files (*)</source>
        <translation>Documents (*.docx *.odt *.txt *.itup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 provisions)</source>
        <translation>%1 : %2 (%3 dispositions)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>choose a file first</source>
        <translation>choisissez d'abord un fichier</translation>
    </message>
    <message>
        <source>library</source>
        <translation>bibliothèque</translation>
    </message>
    <message>
        <source>choose a text first</source>
        <translation>choisissez d'abord un texte</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <source>Clause editor</source>
        <translation>Éditeur de dispositions</translation>
    </message>
    <message>
        <source>The selected proposal as it will print. Type to change the draft text; revision marks follow.</source>
        <translation>La proposition sélectionnée telle qu'elle sera imprimée. Tapez pour modifier le projet de texte ; les marques de révision suivent.</translation>
    </message>
    <message>
        <source>Write the reasons for this proposal here</source>
        <translation>Écrivez ici les motifs de cette proposition</translation>
    </message>
    <message>
        <source>Footnote: %s</source>
        <translation>Note de bas de page : %s</translation>
    </message>
    <message>
        <source>Select text within one paragraph to change it.</source>
        <translation>Sélectionnez du texte dans un seul paragraphe pour le modifier.</translation>
    </message>
    <message>
        <source>The base text is the text in force: switch to the marked-up or clean view to edit.</source>
        <translation>Le texte de base est le texte en vigueur : passez à l'affichage avec marques ou au projet net pour modifier.</translation>
    </message>
    <message>
        <source>The marker and number are set in the properties panel.</source>
        <translation>L'indicateur et le numéro se règlent dans le panneau des propriétés.</translation>
    </message>
    <message>
        <source>Edit the cover in Document ▸ Properties.</source>
        <translation>Modifiez la page de couverture dans Document ▸ Propriétés.</translation>
    </message>
    <message>
        <source>This provision is suppressed: restore it to edit its text.</source>
        <translation>Cette disposition est supprimée : rétablissez-la pour modifier son texte.</translation>
    </message>
    <message>
        <source>SUP and NOC proposals show the text in force, which cannot be edited.</source>
        <translation>Les propositions SUP et NOC montrent le texte en vigueur, qui ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Text in force</source>
        <translation>Texte en vigueur</translation>
    </message>
    <message>
        <source>Show the text in force as the first column</source>
        <translation>Afficher le texte en vigueur en première colonne</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Différences seulement</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>Différence précédente</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>Différence suivante</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Adopt wording</source>
        <translation>Reprendre le libellé</translation>
    </message>
    <message>
        <source>Copy the selected proposal's wording into our draft (can be undone)</source>
        <translation>Copier le libellé de la proposition sélectionnée dans notre projet (annulable)</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exporter le tableau…</translation>
    </message>
    <message>
        <source>Word difference</source>
        <translation>Différence mot à mot</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer :</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Our draft</source>
        <translation>Notre projet</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Add received documents to compare.</source>
        <translation>Ajoutez des documents reçus pour les comparer.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>{rows} rows, {differ} with differences</source>
        <translation>{rows} lignes, dont {differ} avec des différences</translation>
    </message>
    <message>
        <source>No further difference</source>
        <translation>Plus de différence</translation>
    </message>
    <message>
        <source>Adopt wording of {name}</source>
        <translation>Reprendre le libellé de {name}</translation>
    </message>
    <message>
        <source>Export Synoptic Table</source>
        <translation>Exporter le tableau synoptique</translation>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation>Document Word (*.docx);;Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Add Received Documents</source>
        <translation>Ajouter des documents reçus</translation>
    </message>
    <message>
        <source>Proposals (*.docx *.odt *.itup *.txt)</source>
        <translation>Propositions (*.docx *.odt *.itup *.txt)</translation>
    </message>
    <message>
        <source>Not found: {files}</source>
        <translation>Introuvable : {files}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare Proposals</source>
        <translation>Comparer des propositions</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>(our draft)</source>
        <translation>(notre projet)</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>diffèrent</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
</context>
<context>
    <name>DocumentNumberDialog</name>
    <message>
        <source>Set Document Number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Numéro du document :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Addendum:</source>
        <translation>&amp;Addendum :</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Conference short name</source>
        <translation>Sigle de la conférence</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Séance :</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>not yet assigned (XX)</source>
        <translation>pas encore attribué (XX)</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Numéro du document :</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Corrigendum</source>
        <translation>Corrigendum</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>sans %1</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>Partie :</translation>
    </message>
    <message>
        <source>Provisional proposal numbers in brackets [INS/XX/1]</source>
        <translation>Numéros de proposition provisoires entre crochets [INS/XX/1]</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Original:</source>
        <translation>&amp;Original :</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origine :</translation>
    </message>
    <message>
        <source>S&amp;ymbols:</source>
        <translation>S&amp;ymboles :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>WRC only, e.g. 1.13</source>
        <translation>CMR seulement, par exemple 1.13</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Point de l'ordre du jour :</translation>
    </message>
    <message>
        <source>Agenda &amp;text:</source>
        <translation>&amp;Texte du point :</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Select a provision first.</source>
        <translation>Sélectionnez d'abord une disposition.</translation>
    </message>
    <message>
        <source>Select a proposal first.</source>
        <translation>Sélectionnez d'abord une proposition.</translation>
    </message>
    <message>
        <source>This provision is in force: suppress it instead, so the deletion shows.</source>
        <translation>Cette disposition est en vigueur : supprimez-la plutôt, pour que la suppression apparaisse.</translation>
    </message>
    <message>
        <source>Split Item</source>
        <translation>Scinder l'élément</translation>
    </message>
    <message>
        <source>Provision copied.</source>
        <translation>Disposition copiée.</translation>
    </message>
    <message>
        <source>%1 shows the identification only: the body was taken out (Undo brings it back).</source>
        <translation>%1 ne montre que l'identification : le corps du texte a été retiré (Annuler le rétablit).</translation>
    </message>
    <message>
        <source>Number line and enacting formula now cite this conference.</source>
        <translation>La ligne du numéro et la formule introductive citent maintenant cette conférence.</translation>
    </message>
</context>
<context>
    <name>FilesMixin</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>ProposalEditor (*.itup);;Word (*.docx);;OpenDocument (*.odt);;Text (*.txt *.md)</source>
        <translation>ProposalEditor (*.itup);;Word (*.docx);;OpenDocument (*.odt);;Texte (*.txt *.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Ouverture annulée.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d'ouvrir %1</translation>
    </message>
    <message>
        <source>Imported %1: save it as a ProposalEditor file to keep your changes.</source>
        <translation>%1 importé : enregistrez-le comme fichier ProposalEditor pour conserver vos modifications.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>File in Use</source>
        <translation>Fichier en cours d'utilisation</translation>
    </message>
    <message>
        <source>%1 is open by %2 on %3 since %4.</source>
        <translation>%1 est ouvert par %2 sur %3 depuis le %4.</translation>
    </message>
    <message>
        <source>If you both save, one of you loses changes. Open it anyway?</source>
        <translation>Si vous enregistrez tous les deux, l'un de vous perdra des modifications. L'ouvrir quand même ?</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>propositions</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Impossible d'enregistrer %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation>Document Word (*.docx);;Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>Impossible d'exporter %1</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Impossible d'écrire la copie de récupération : %1</translation>
    </message>
    <message>
        <source>Could not save the preferences: %1</source>
        <translation>Impossible d'enregistrer les préférences : %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Enregistrer les modifications de %1 avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par :</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Whole &amp;words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Tout re&amp;mplacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Occurrence %1 sur %2</translation>
    </message>
    <message>
        <source>Replaced %1.</source>
        <translation>%1 remplacement(s).</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>&amp;About ProposalEditor</source>
        <translation>À &amp;propos de ProposalEditor</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Draft, export and review proposals to ITU conferences.</source>
        <translation>Rédiger, exporter et examiner des propositions aux conférences de l'UIT.</translation>
    </message>
    <message>
        <source>ProposalEditor is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>ProposalEditor est un logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Bibliothèques incluses</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL-3.0: they are separate shared libraries in the application folder and can be replaced by compatible builds.</source>
        <translation>Qt et PySide6 sont utilisés sous LGPL-3.0 : ce sont des bibliothèques partagées distinctes dans le dossier de l'application, remplaçables par des versions compatibles.</translation>
    </message>
    <message>
        <source>ProposalEditor User Guide</source>
        <translation>Guide de l'utilisateur de ProposalEditor</translation>
    </message>
    <message>
        <source>About ProposalEditor</source>
        <translation>À propos de ProposalEditor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restored from the recovery copy of %1.</source>
        <translation>Rétabli à partir de la copie de récupération du %1.</translation>
    </message>
    <message>
        <source>ProposalEditor</source>
        <translation>ProposalEditor</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importé)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation><numerusform>%n proposition</numerusform><numerusform>%n propositions</numerusform></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>recovery copy %1</source>
        <translation>copie de récupération %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Page de couverture</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>%1 errors · %2 warnings</source>
        <translation>%1 erreurs · %2 avertissements</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Prêt à soumettre</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>The comparison window is not available in this version yet.</source>
        <translation>La fenêtre de comparaison n'est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>Set Marker</source>
        <translation>Indicateur</translation>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <source>New Proposal</source>
        <translation>Nouvelle proposition</translation>
    </message>
    <message>
        <source>&amp;New text (ADD)</source>
        <translation>&amp;Nouveau texte (ADD)</translation>
    </message>
    <message>
        <source>&amp;Change a text in force (MOD, SUP, NOC)</source>
        <translation>&amp;Modifier un texte en vigueur (MOD, SUP, NOC)</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>&amp;Marker:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Texte visé :</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Cover page</source>
        <translation>Page de couverture</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Reasons: </source>
        <translation>Motifs : </translation>
    </message>
    <message>
        <source>No reasons yet</source>
        <translation>Pas encore de motifs</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Document outline</source>
        <translation>Plan du document</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbole :</translation>
    </message>
    <message>
        <source>shown as the author of tracked changes</source>
        <translation>indiqué comme auteur des modifications suivies</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>Nom de l'&amp;auteur :</translation>
    </message>
    <message>
        <source>New documents</source>
        <translation>Nouveaux documents</translation>
    </message>
    <message>
        <source>Default &amp;conference:</source>
        <translation>&amp;Conférence par défaut :</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Langue du document :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Tracked changes (as ITU asks)</source>
        <translation>Modifications suivies (comme le demande l'UIT)</translation>
    </message>
    <message>
        <source>Static underline / strikethrough</source>
        <translation>Soulignement / barré fixes</translation>
    </message>
    <message>
        <source>Revision &amp;marks:</source>
        <translation>&amp;Marques de révision :</translation>
    </message>
    <message>
        <source>the bundled ITU template</source>
        <translation>le modèle UIT fourni</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Received documents</source>
        <translation>Documents reçus</translation>
    </message>
    <message>
        <source>&amp;Underline and strike-through in received files mark changes</source>
        <translation>Dans les fichiers reçus, le soulignement et le &amp;barré marquent les modifications</translation>
    </message>
    <message>
        <source>Read underlined text as inserted and struck-through text as deleted, as ITU asks of proposals typed without tracked changes. Turn it off for files that underline for emphasis: only tracked changes then count.</source>
        <translation>Lire le texte souligné comme inséré et le texte barré comme supprimé, comme le demande l'UIT pour les propositions saisies sans modifications suivies. Désactivez cette option pour les fichiers qui soulignent pour mettre en valeur : seules les modifications suivies comptent alors.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Autosave &amp;every:</source>
        <translation>Sauvegarde automatique &amp;toutes les :</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l'&amp;interface :</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>Modèle d'exportation</translation>
    </message>
    <message>
        <source>Templates (*.docx *.dotx *.odt *.ott)</source>
        <translation>Modèles (*.docx *.dotx *.odt *.ott)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Check this place in the page.</source>
        <translation>Vérifiez cet endroit dans la page.</translation>
    </message>
    <message>
        <source>No problems found: ready to submit.</source>
        <translation>Aucun problème : prêt à soumettre.</translation>
    </message>
    <message>
        <source>Readiness checks are not available in this version.</source>
        <translation>Les vérifications avant soumission ne sont pas disponibles dans cette version.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document Properties…</source>
        <translation>Propriétés du document…</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>&amp;Marker:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>Derived from the document number and the proposal's position; it follows moves.</source>
        <translation>Déduit du numéro du document et de la position de la proposition ; il suit les déplacements.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Target instrument</source>
        <translation>Instrument visé</translation>
    </message>
    <message>
        <source>Target number</source>
        <translation>Numéro visé</translation>
    </message>
    <message>
        <source>182, 5.338A …</source>
        <translation>182, 5.338A …</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Texte visé :</translation>
    </message>
    <message>
        <source>Revise Resolution for This Conference</source>
        <translation>Réviser la résolution pour cette conférence</translation>
    </message>
    <message>
        <source>Updates the number line and the enacting formula in one step.</source>
        <translation>Met à jour la ligne du numéro et la formule introductive en une fois.</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motifs :</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Why this proposal: every proposal is followed by its reasons.</source>
        <translation>Pourquoi cette proposition : chaque proposition est suivie de ses motifs.</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Provision kind</source>
        <translation>Type de disposition</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Repère :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Make Own Proposal</source>
        <translation>En faire une proposition distincte</translation>
    </message>
    <message>
        <source>WRC style: this provision becomes a proposal of its own, right after this one.</source>
        <translation>Style CMR : cette disposition devient une proposition distincte, juste après celle-ci.</translation>
    </message>
    <message>
        <source>Text in force:</source>
        <translation>Texte en vigueur :</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Free text outside the proposals (introduction, annex text). Click in the page to edit it.</source>
        <translation>Texte libre en dehors des propositions (introduction, texte d'annexe). Cliquez dans la page pour le modifier.</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>pas encore attribué</translation>
    </message>
    <message>
        <source>Addendum %1 to Document %2</source>
        <translation>Addendum %1 au Document %2</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>%1 provisions · %2 insertions · %3 deletions</source>
        <translation>%1 dispositions · %2 insertions · %3 suppressions</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>(none: this provision is new text)</source>
        <translation>(aucun : cette disposition est un nouveau texte)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Before Exporting</source>
        <translation>Avant l'exportation</translation>
    </message>
    <message>
        <source>%1 problem(s) found, %2 of them error(s). The secretariat would ask for these to be fixed.</source>
        <translation>%1 problème(s) trouvé(s), dont %2 erreur(s). Le secrétariat demanderait de les corriger.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation>Exporter &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Fix First</source>
        <translation>&amp;Corriger d'abord</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>ProposalEditor did not close properly last time. These documents had changes that were not saved:</source>
        <translation>ProposalEditor ne s'est pas fermé correctement la dernière fois. Ces documents avaient des modifications non enregistrées :</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>In the page: Enter adds the next item (splitting the text at the caret), Tab / Shift+Tab indent and outdent, Backspace in an empty new item removes it.</source>
        <translation>Dans la page : Entrée ajoute l'élément suivant (en coupant le texte au curseur), Tab / Maj+Tab augmentent et diminuent le retrait, Retour arrière dans un nouvel élément vide le retire.</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Edit Reasons</source>
        <translation>Modification des motifs</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Insert Provision</source>
        <translation>Insertion d'une disposition</translation>
    </message>
    <message>
        <source>Remove Provision</source>
        <translation>Retrait d'une disposition</translation>
    </message>
    <message>
        <source>Suppress Provision</source>
        <translation>Suppression d'une disposition</translation>
    </message>
    <message>
        <source>Restore Provision</source>
        <translation>Rétablissement d'une disposition</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Augmentation du retrait</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Diminution du retrait</translation>
    </message>
    <message>
        <source>Move Provision</source>
        <translation>Déplacement d'une disposition</translation>
    </message>
    <message>
        <source>Change Provision Kind</source>
        <translation>Changement du type de disposition</translation>
    </message>
    <message>
        <source>Set Marker</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change Target</source>
        <translation>Changement du texte visé</translation>
    </message>
    <message>
        <source>New Proposal</source>
        <translation>Nouvelle proposition</translation>
    </message>
    <message>
        <source>Remove Proposal</source>
        <translation>Suppression d'une proposition</translation>
    </message>
    <message>
        <source>Move Proposal</source>
        <translation>Déplacement d'une proposition</translation>
    </message>
    <message>
        <source>Split as Proposal</source>
        <translation>Séparation en proposition</translation>
    </message>
    <message>
        <source>Merge Proposals</source>
        <translation>Fusion de propositions</translation>
    </message>
    <message>
        <source>Revise Resolution</source>
        <translation>Révision de la résolution</translation>
    </message>
    <message>
        <source>Document Properties</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <source>Set Document Number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
</context>
</TS>