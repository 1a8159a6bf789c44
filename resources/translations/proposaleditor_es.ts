<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name/>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new document</source>
        <translation>Empezar un documento nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a .itup file, or import DOCX, ODT or text</source>
        <translation>Abrir un archivo .itup, o importar DOCX, ODT o texto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export to DOCX or ODT for submission</source>
        <translation>Exportar a DOCX u ODT para presentarlo</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Cerrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Buscar y reemplazar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Marked-up</source>
        <translation>Con &amp;marcas</translation>
    </message>
    <message>
        <source>Show revision marks</source>
        <translation>Mostrar las marcas de revisión</translation>
    </message>
    <message>
        <source>&amp;Clean Draft</source>
        <translation>Borrador &amp;limpio</translation>
    </message>
    <message>
        <source>Show the text as it will read once adopted</source>
        <translation>Mostrar el texto tal como quedará una vez adoptado</translation>
    </message>
    <message>
        <source>&amp;Base Text</source>
        <translation>Texto de &amp;base</translation>
    </message>
    <message>
        <source>Show the text in force</source>
        <translation>Mostrar el texto en vigor</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Insert Item &amp;After</source>
        <translation>Insertar elemento &amp;después</translation>
    </message>
    <message>
        <source>Add a new item after this one</source>
        <translation>Añadir un elemento nuevo después de este</translation>
    </message>
    <message>
        <source>Insert Item &amp;Before</source>
        <translation>Insertar elemento &amp;antes</translation>
    </message>
    <message>
        <source>Insert &amp;Sub-item</source>
        <translation>Insertar &amp;subelemento</translation>
    </message>
    <message>
        <source>Add a sub-item under this item</source>
        <translation>Añadir un subelemento bajo este elemento</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>Aumentar &amp;sangría</translation>
    </message>
    <message>
        <source>Make this item a sub-item of the one above</source>
        <translation>Convertir este elemento en subelemento del anterior</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Reducir sangría</translation>
    </message>
    <message>
        <source>Move this sub-item one level out</source>
        <translation>Subir este subelemento un nivel</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover &amp;arriba</translation>
    </message>
    <message>
        <source>Move before the previous item (labels renumber)</source>
        <translation>Colocar antes del elemento anterior (las etiquetas se renumeran)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>Move after the next item (labels renumber)</source>
        <translation>Colocar después del elemento siguiente (las etiquetas se renumeran)</translation>
    </message>
    <message>
        <source>&amp;Suppress / Restore</source>
        <translation>&amp;Suprimir / restablecer</translation>
    </message>
    <message>
        <source>Strike this provision out, or bring it back</source>
        <translation>Tachar esta disposición, o restablecerla</translation>
    </message>
    <message>
        <source>&amp;Remove Added Provision</source>
        <translation>&amp;Quitar la disposición añadida</translation>
    </message>
    <message>
        <source>Make Own &amp;Proposal</source>
        <translation>Convertir en &amp;propuesta propia</translation>
    </message>
    <message>
        <source>WRC style: this provision becomes a proposal of its own</source>
        <translation>Estilo CMR: esta disposición pasa a ser una propuesta propia</translation>
    </message>
    <message>
        <source>&amp;New Proposal…</source>
        <translation>&amp;Nueva propuesta…</translation>
    </message>
    <message>
        <source>Add an ADD, MOD, SUP or NOC proposal</source>
        <translation>Añadir una propuesta ADD, MOD, SUP o NOC</translation>
    </message>
    <message>
        <source>Set Marker %1</source>
        <translation>Indicador %1</translation>
    </message>
    <message>
        <source>&amp;Revise Resolution for This Conference</source>
        <translation>&amp;Revisar la resolución para esta conferencia</translation>
    </message>
    <message>
        <source>Update the number line and the enacting formula in one step</source>
        <translation>Actualizar la línea del número y la fórmula introductoria de una vez</translation>
    </message>
    <message>
        <source>Move Proposal U&amp;p</source>
        <translation>Subir la pro&amp;puesta</translation>
    </message>
    <message>
        <source>Move Proposal Do&amp;wn</source>
        <translation>Bajar la propues&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Merge with Previous Proposal</source>
        <translation>&amp;Fusionar con la propuesta anterior</translation>
    </message>
    <message>
        <source>Remo&amp;ve Proposal</source>
        <translation>E&amp;liminar la propuesta</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propiedades…</translation>
    </message>
    <message>
        <source>Cover: conference, number, date, source</source>
        <translation>Portada: conferencia, número, fecha, origen</translation>
    </message>
    <message>
        <source>Set Document &amp;Number…</source>
        <translation>&amp;Número del documento…</translation>
    </message>
    <message>
        <source>&amp;Check Readiness</source>
        <translation>&amp;Comprobar antes de presentar</translation>
    </message>
    <message>
        <source>Run the submission checks now</source>
        <translation>Ejecutar ahora las comprobaciones previas a la presentación</translation>
    </message>
    <message>
        <source>&amp;Compare Documents…</source>
        <translation>&amp;Comparar documentos…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About ProposalEditor</source>
        <translation>&amp;Acerca de ProposalEditor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>P&amp;rovision</source>
        <translation>Dis&amp;posición</translation>
    </message>
    <message>
        <source>Set &amp;Marker</source>
        <translation>&amp;Indicador</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>P&amp;ropuesta</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Number line</source>
        <translation>Línea del número</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Reference line</source>
        <translation>Línea de referencia</translation>
    </message>
    <message>
        <source>Enacting formula</source>
        <translation>Fórmula introductoria</translation>
    </message>
    <message>
        <source>Call (considering, resolves …)</source>
        <translation>Encabezamiento (considerando, resuelve …)</translation>
    </message>
    <message>
        <source>Lettered item  a)</source>
        <translation>Apartado con letra  a)</translation>
    </message>
    <message>
        <source>Numbered item  1</source>
        <translation>Punto numerado  1</translation>
    </message>
    <message>
        <source>Sub-item  i)</source>
        <translation>Subapartado  i)</translation>
    </message>
    <message>
        <source>Dash item  –</source>
        <translation>Guion  –</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>RR provision  5.338A</source>
        <translation>Disposición del RR  5.338A</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Ruego</translation>
    </message>
    <message>
        <source>Constitution (CS)</source>
        <translation>Constitución (CS)</translation>
    </message>
    <message>
        <source>Convention (CV)</source>
        <translation>Convenio (CV)</translation>
    </message>
    <message>
        <source>RR Article</source>
        <translation>Artículo del RR</translation>
    </message>
    <message>
        <source>RR provision</source>
        <translation>Disposición del RR</translation>
    </message>
    <message>
        <source>RR Appendix</source>
        <translation>Apéndice del RR</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>ADD — new text</source>
        <translation>ADD — texto nuevo</translation>
    </message>
    <message>
        <source>ADD* — text brought in from elsewhere</source>
        <translation>ADD* — texto traído de otro lugar</translation>
    </message>
    <message>
        <source>MOD — amended text, with revision marks</source>
        <translation>MOD — texto modificado, con marcas de revisión</translation>
    </message>
    <message>
        <source>(MOD) — editorial amendment</source>
        <translation>(MOD) — modificación de forma</translation>
    </message>
    <message>
        <source>SUP — suppress</source>
        <translation>SUP — supresión</translation>
    </message>
    <message>
        <source>SUP* — text moved elsewhere</source>
        <translation>SUP* — texto trasladado a otro lugar</translation>
    </message>
    <message>
        <source>NOC — no change</source>
        <translation>NOC — sin modificación</translation>
    </message>
</context>
<context>
    <name>BaseTextDialog</name>
    <message>
        <source>Text in Force Needed</source>
        <translation>Se necesita el texto en vigor</translation>
    </message>
    <message>
        <source>A MOD shows its changes against the text in force. This proposal has none yet.</source>
        <translation>Una propuesta MOD muestra sus cambios respecto del texto en vigor. Esta propuesta todavía no lo tiene.</translation>
    </message>
    <message>
        <source>&amp;Use the current text as the text in force (then edit it)</source>
        <translation>&amp;Usar el texto actual como texto en vigor (y luego modificarlo)</translation>
    </message>
    <message>
        <source>&amp;Replace it with the text in force from:</source>
        <translation>&amp;Sustituirlo por el texto en vigor de:</translation>
    </message>
</context>
<context>
    <name>BaseTextPicker</name>
    <message>
        <source>Text in force</source>
        <translation>Texto en vigor</translation>
    </message>
    <message>
        <source>Paste the text in force here: number line, title, enacting formula, calls and items, as in the Final Acts.</source>
        <translation>Pegue aquí el texto en vigor: línea del número, título, fórmula introductoria, encabezamientos y apartados, como en las Actas Finales.</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Import from File (DOCX, ODT, TXT)…</source>
        <translation>Importar de un archivo (DOCX, ODT, TXT)…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>From &amp;File</source>
        <translation>De un &amp;archivo</translation>
    </message>
    <message>
        <source>Texts you paste or import are kept here for reuse.</source>
        <translation>Los textos que pegue o importe se guardan aquí para reutilizarlos.</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Import Text in Force</source>
        <translation>Importar el texto en vigor</translation>
    </message>
    <message>
        <source>Documents (*.docx *.odt *.txt *.itup);;All files (*)</source>
        <translation>Documentos (*.docx *.odt *.txt *.itup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 provisions)</source>
        <translation>%1: %2 (%3 disposiciones)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>choose a file first</source>
        <translation>elija primero un archivo</translation>
    </message>
    <message>
        <source>library</source>
        <translation>biblioteca</translation>
    </message>
    <message>
        <source>choose a text first</source>
        <translation>elija primero un texto</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <source>Clause editor</source>
        <translation>Editor de disposiciones</translation>
    </message>
    <message>
        <source>The selected proposal as it will print. Type to change the draft text; revision marks follow.</source>
        <translation>La propuesta seleccionada tal como se imprimirá. Escriba para cambiar el proyecto de texto; las marcas de revisión se actualizan solas.</translation>
    </message>
    <message>
        <source>Write the reasons for this proposal here</source>
        <translation>Escriba aquí los motivos de esta propuesta</translation>
    </message>
    <message>
        <source>Footnote: %s</source>
        <translation>Nota de pie de página: %s</translation>
    </message>
    <message>
        <source>Select text within one paragraph to change it.</source>
        <translation>Seleccione texto dentro de un solo párrafo para cambiarlo.</translation>
    </message>
    <message>
        <source>The base text is the text in force: switch to the marked-up or clean view to edit.</source>
        <translation>El texto de base es el texto en vigor: cambie a la vista con marcas o al borrador limpio para editar.</translation>
    </message>
    <message>
        <source>The marker and number are set in the properties panel.</source>
        <translation>El indicador y el número se ajustan en el panel de propiedades.</translation>
    </message>
    <message>
        <source>Edit the cover in Document ▸ Properties.</source>
        <translation>Edite la portada en Documento ▸ Propiedades.</translation>
    </message>
    <message>
        <source>This provision is suppressed: restore it to edit its text.</source>
        <translation>Esta disposición está suprimida: restablézcala para editar su texto.</translation>
    </message>
    <message>
        <source>SUP and NOC proposals show the text in force, which cannot be edited.</source>
        <translation>Las propuestas SUP y NOC muestran el texto en vigor, que no se puede editar.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Text in force</source>
        <translation>Texto en vigor</translation>
    </message>
    <message>
        <source>Show the text in force as the first column</source>
        <translation>Mostrar el texto en vigor como primera columna</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Solo diferencias</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>Diferencia anterior</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>Diferencia siguiente</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Añadir fuente…</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quitar fuente</translation>
    </message>
    <message>
        <source>Adopt wording</source>
        <translation>Adoptar la redacción</translation>
    </message>
    <message>
        <source>Copy the selected proposal's wording into our draft (can be undone)</source>
        <translation>Copiar la redacción de la propuesta seleccionada en nuestro borrador (se puede deshacer)</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exportar la tabla…</translation>
    </message>
    <message>
        <source>Word difference</source>
        <translation>Diferencia palabra por palabra</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparar:</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Our draft</source>
        <translation>Nuestro borrador</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Add received documents to compare.</source>
        <translation>Añada documentos recibidos para compararlos.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>{rows} rows, {differ} with differences</source>
        <translation>{rows} filas, {differ} con diferencias</translation>
    </message>
    <message>
        <source>No further difference</source>
        <translation>No hay más diferencias</translation>
    </message>
    <message>
        <source>Adopt wording of {name}</source>
        <translation>Adoptar la redacción de {name}</translation>
    </message>
    <message>
        <source>Export Synoptic Table</source>
        <translation>Exportar el cuadro sinóptico</translation>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation>Documento de Word (*.docx);;Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Add Received Documents</source>
        <translation>Añadir documentos recibidos</translation>
    </message>
    <message>
        <source>Proposals (*.docx *.odt *.itup *.txt)</source>
        <translation>Propuestas (*.docx *.odt *.itup *.txt)</translation>
    </message>
    <message>
        <source>Not found: {files}</source>
        <translation>No encontrado: {files}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare Proposals</source>
        <translation>Comparar propuestas</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>(our draft)</source>
        <translation>(nuestro borrador)</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>difieren</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
</context>
<context>
    <name>DocumentNumberDialog</name>
    <message>
        <source>Set Document Number</source>
        <translation>Número del documento</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Número del documento:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Addendum:</source>
        <translation>&amp;Addéndum:</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Propiedades del documento</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Conference short name</source>
        <translation>Sigla de la conferencia</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Se&amp;sión:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>not yet assigned (XX)</source>
        <translation>aún sin asignar (XX)</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Número del documento:</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addéndum</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Corrigendum</source>
        <translation>Corrigéndum</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <source>Provisional proposal numbers in brackets [INS/XX/1]</source>
        <translation>Números de propuesta provisionales entre corchetes [INS/XX/1]</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Original:</source>
        <translation>&amp;Original:</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>S&amp;ymbols:</source>
        <translation>S&amp;ímbolos:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>WRC only, e.g. 1.13</source>
        <translation>Solo CMR, por ejemplo 1.13</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Punto del orden del día:</translation>
    </message>
    <message>
        <source>Agenda &amp;text:</source>
        <translation>&amp;Texto del punto:</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Select a provision first.</source>
        <translation>Seleccione primero una disposición.</translation>
    </message>
    <message>
        <source>Select a proposal first.</source>
        <translation>Seleccione primero una propuesta.</translation>
    </message>
    <message>
        <source>This provision is in force: suppress it instead, so the deletion shows.</source>
        <translation>Esta disposición está en vigor: suprímala en su lugar, para que la supresión se vea.</translation>
    </message>
    <message>
        <source>Split Item</source>
        <translation>Dividir el elemento</translation>
    </message>
    <message>
        <source>Provision copied.</source>
        <translation>Disposición copiada.</translation>
    </message>
    <message>
        <source>%1 shows the identification only: the body was taken out (Undo brings it back).</source>
        <translation>%1 muestra solo la identificación: se quitó el cuerpo del texto (Deshacer lo restablece).</translation>
    </message>
    <message>
        <source>Number line and enacting formula now cite this conference.</source>
        <translation>La línea del número y la fórmula introductoria citan ahora esta conferencia.</translation>
    </message>
</context>
<context>
    <name>FilesMixin</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>ProposalEditor (*.itup);;Word (*.docx);;OpenDocument (*.odt);;Text (*.txt *.md)</source>
        <translation>ProposalEditor (*.itup);;Word (*.docx);;OpenDocument (*.odt);;Texto (*.txt *.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Apertura cancelada.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>Imported %1: save it as a ProposalEditor file to keep your changes.</source>
        <translation>%1 importado: guárdelo como archivo de ProposalEditor para conservar sus cambios.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 abierto.</translation>
    </message>
    <message>
        <source>File in Use</source>
        <translation>Archivo en uso</translation>
    </message>
    <message>
        <source>%1 is open by %2 on %3 since %4.</source>
        <translation>%1 está abierto por %2 en %3 desde el %4.</translation>
    </message>
    <message>
        <source>If you both save, one of you loses changes. Open it anyway?</source>
        <translation>Si ambos guardan, uno de ustedes perderá cambios. ¿Abrirlo de todos modos?</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>propuestas</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>No se puede guardar %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation>Documento de Word (*.docx);;Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>No se puede exportar %1</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportado.</translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>No se pudo escribir la copia de recuperación: %1</translation>
    </message>
    <message>
        <source>Could not save the preferences: %1</source>
        <translation>No se pudieron guardar las preferencias: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Reemplazar &amp;por:</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>Whole &amp;words</source>
        <translation>Pala&amp;bras completas</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Coincidencia %1 de %2</translation>
    </message>
    <message>
        <source>Replaced %1.</source>
        <translation>%1 reemplazo(s).</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About ProposalEditor</source>
        <translation>&amp;Acerca de ProposalEditor</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Draft, export and review proposals to ITU conferences.</source>
        <translation>Redactar, exportar y examinar propuestas a las conferencias de la UIT.</translation>
    </message>
    <message>
        <source>ProposalEditor is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>ProposalEditor es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Bibliotecas incluidas</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL-3.0: they are separate shared libraries in the application folder and can be replaced by compatible builds.</source>
        <translation>Qt y PySide6 se usan bajo la LGPL-3.0: son bibliotecas compartidas independientes en la carpeta de la aplicación y pueden sustituirse por versiones compatibles.</translation>
    </message>
    <message>
        <source>ProposalEditor User Guide</source>
        <translation>Guía del usuario de ProposalEditor</translation>
    </message>
    <message>
        <source>About ProposalEditor</source>
        <translation>Acerca de ProposalEditor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restored from the recovery copy of %1.</source>
        <translation>Restablecido a partir de la copia de recuperación del %1.</translation>
    </message>
    <message>
        <source>ProposalEditor</source>
        <translation>ProposalEditor</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importado)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation><numerusform>%n propuesta</numerusform><numerusform>%n propuestas</numerusform></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>recovery copy %1</source>
        <translation>copia de recuperación %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>%1 errors · %2 warnings</source>
        <translation>%1 errores · %2 advertencias</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Listo para presentar</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>The comparison window is not available in this version yet.</source>
        <translation>La ventana de comparación aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Set Marker</source>
        <translation>Indicador</translation>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <source>New Proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <source>&amp;New text (ADD)</source>
        <translation>Texto &amp;nuevo (ADD)</translation>
    </message>
    <message>
        <source>&amp;Change a text in force (MOD, SUP, NOC)</source>
        <translation>&amp;Cambiar un texto en vigor (MOD, SUP, NOC)</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>&amp;Marker:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Texto objeto:</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Cover page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Reasons: </source>
        <translation>Motivos: </translation>
    </message>
    <message>
        <source>No reasons yet</source>
        <translation>Aún sin motivos</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Document outline</source>
        <translation>Esquema del documento</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Símbolo:</translation>
    </message>
    <message>
        <source>shown as the author of tracked changes</source>
        <translation>se muestra como autor del control de cambios</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>Nombre del &amp;autor:</translation>
    </message>
    <message>
        <source>New documents</source>
        <translation>Documentos nuevos</translation>
    </message>
    <message>
        <source>Default &amp;conference:</source>
        <translation>&amp;Conferencia predeterminada:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Idioma del documento:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Tracked changes (as ITU asks)</source>
        <translation>Control de cambios (como pide la UIT)</translation>
    </message>
    <message>
        <source>Static underline / strikethrough</source>
        <translation>Subrayado / tachado fijos</translation>
    </message>
    <message>
        <source>Revision &amp;marks:</source>
        <translation>&amp;Marcas de revisión:</translation>
    </message>
    <message>
        <source>the bundled ITU template</source>
        <translation>la plantilla UIT incluida</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Received documents</source>
        <translation>Documentos recibidos</translation>
    </message>
    <message>
        <source>&amp;Underline and strike-through in received files mark changes</source>
        <translation>El subrayado y el &amp;tachado de los archivos recibidos marcan cambios</translation>
    </message>
    <message>
        <source>Read underlined text as inserted and struck-through text as deleted, as ITU asks of proposals typed without tracked changes. Turn it off for files that underline for emphasis: only tracked changes then count.</source>
        <translation>Leer el texto subrayado como insertado y el tachado como suprimido, como pide la UIT para las propuestas escritas sin control de cambios. Desactívelo para los archivos que subrayan para resaltar: entonces solo cuenta el control de cambios.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Autosave &amp;every:</source>
        <translation>Autoguardado &amp;cada:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>Plantilla de exportación</translation>
    </message>
    <message>
        <source>Templates (*.docx *.dotx *.odt *.ott)</source>
        <translation>Plantillas (*.docx *.dotx *.odt *.ott)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Check this place in the page.</source>
        <translation>Compruebe este lugar en la página.</translation>
    </message>
    <message>
        <source>No problems found: ready to submit.</source>
        <translation>No se encontraron problemas: listo para presentar.</translation>
    </message>
    <message>
        <source>Readiness checks are not available in this version.</source>
        <translation>Las comprobaciones previas a la presentación no están disponibles en esta versión.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Document Properties…</source>
        <translation>Propiedades del documento…</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>&amp;Marker:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>Derived from the document number and the proposal's position; it follows moves.</source>
        <translation>Se deriva del número del documento y de la posición de la propuesta; sigue los desplazamientos.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Target instrument</source>
        <translation>Instrumento objeto</translation>
    </message>
    <message>
        <source>Target number</source>
        <translation>Número objeto</translation>
    </message>
    <message>
        <source>182, 5.338A …</source>
        <translation>182, 5.338A …</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Texto objeto:</translation>
    </message>
    <message>
        <source>Revise Resolution for This Conference</source>
        <translation>Revisar la resolución para esta conferencia</translation>
    </message>
    <message>
        <source>Updates the number line and the enacting formula in one step.</source>
        <translation>Actualiza la línea del número y la fórmula introductoria de una vez.</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motivos:</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Why this proposal: every proposal is followed by its reasons.</source>
        <translation>Por qué esta propuesta: cada propuesta va seguida de sus motivos.</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Provision kind</source>
        <translation>Tipo de disposición</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <source>Make Own Proposal</source>
        <translation>Convertir en propuesta propia</translation>
    </message>
    <message>
        <source>WRC style: this provision becomes a proposal of its own, right after this one.</source>
        <translation>Estilo CMR: esta disposición pasa a ser una propuesta propia, justo después de esta.</translation>
    </message>
    <message>
        <source>Text in force:</source>
        <translation>Texto en vigor:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Free text outside the proposals (introduction, annex text). Click in the page to edit it.</source>
        <translation>Texto libre fuera de las propuestas (introducción, texto de anexo). Haga clic en la página para editarlo.</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>aún sin asignar</translation>
    </message>
    <message>
        <source>Addendum %1 to Document %2</source>
        <translation>Addéndum %1 al Documento %2</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>%1 provisions · %2 insertions · %3 deletions</source>
        <translation>%1 disposiciones · %2 inserciones · %3 supresiones</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>(none: this provision is new text)</source>
        <translation>(ninguno: esta disposición es texto nuevo)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Before Exporting</source>
        <translation>Antes de exportar</translation>
    </message>
    <message>
        <source>%1 problem(s) found, %2 of them error(s). The secretariat would ask for these to be fixed.</source>
        <translation>Se encontraron %1 problema(s), %2 de ellos error(es). La secretaría pediría corregirlos.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation>Exportar &amp;de todos modos</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Fix First</source>
        <translation>&amp;Corregir primero</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>ProposalEditor did not close properly last time. These documents had changes that were not saved:</source>
        <translation>ProposalEditor no se cerró correctamente la última vez. Estos documentos tenían cambios sin guardar:</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nunca guardado</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>In the page: Enter adds the next item (splitting the text at the caret), Tab / Shift+Tab indent and outdent, Backspace in an empty new item removes it.</source>
        <translation>En la página: Intro añade el elemento siguiente (dividiendo el texto en el cursor), Tab / Mayús+Tab aumentan y reducen la sangría, Retroceso en un elemento nuevo vacío lo quita.</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Edit Reasons</source>
        <translation>Edición de los motivos</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Insert Provision</source>
        <translation>Inserción de una disposición</translation>
    </message>
    <message>
        <source>Remove Provision</source>
        <translation>Eliminación de una disposición</translation>
    </message>
    <message>
        <source>Suppress Provision</source>
        <translation>Supresión de una disposición</translation>
    </message>
    <message>
        <source>Restore Provision</source>
        <translation>Restablecimiento de una disposición</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Aumento de sangría</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Reducción de sangría</translation>
    </message>
    <message>
        <source>Move Provision</source>
        <translation>Desplazamiento de una disposición</translation>
    </message>
    <message>
        <source>Change Provision Kind</source>
        <translation>Cambio del tipo de disposición</translation>
    </message>
    <message>
        <source>Set Marker</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Change Target</source>
        <translation>Cambio del texto objeto</translation>
    </message>
    <message>
        <source>New Proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <source>Remove Proposal</source>
        <translation>Eliminación de una propuesta</translation>
    </message>
    <message>
        <source>Move Proposal</source>
        <translation>Desplazamiento de una propuesta</translation>
    </message>
    <message>
        <source>Split as Proposal</source>
        <translation>Separación en propuesta</translation>
    </message>
    <message>
        <source>Merge Proposals</source>
        <translation>Fusión de propuestas</translation>
    </message>
    <message>
        <source>Revise Resolution</source>
        <translation>Revisión de la resolución</translation>
    </message>
    <message>
        <source>Document Properties</source>
        <translation>Propiedades del documento</translation>
    </message>
    <message>
        <source>Set Document Number</source>
        <translation>Número del documento</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
</context>
</TS>