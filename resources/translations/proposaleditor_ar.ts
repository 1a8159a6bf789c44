<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name/>
    <message>
        <location filename="../../src/proposaleditor/gui/actions.py" line="+55"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new document</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .itup file, or import DOCX, ODT or text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the document</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to DOCX or ODT for submission</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Window</source>
        <translation>&amp;إغلاق النافذة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+8"/>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Marked-up</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Show revision marks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clean Draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the text as it will read once adopted</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Base Text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the text in force</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert Item &amp;After</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new item after this one</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Item &amp;Before</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;Sub-item</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a sub-item under this item</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this item a sub-item of the one above</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outdent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this sub-item one level out</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Move before the previous item (labels renumber)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Move after the next item (labels renumber)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suppress / Restore</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike this provision out, or bring it back</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Added Provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Make Own &amp;Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>WRC style: this provision becomes a proposal of its own</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Proposal…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an ADD, MOD, SUP or NOC proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Set Marker %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revise Resolution for This Conference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the number line and the enacting formula in one step</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Proposal U&amp;p</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Proposal Do&amp;wn</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge with Previous Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Properties…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover: conference, number, date, source</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Document &amp;Number…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check Readiness</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the submission checks now</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare Documents…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ProposalEditor</source>
        <translation>&amp;حول ProposalEditor</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rovision</source>
        <translation>&amp;حكم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;Marker</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Proposal</source>
        <translation>&amp;مقترح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Document</source>
        <translation>&amp;وثيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main Toolbar</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/proposaleditor/gui/panels/properties.py" line="+34"/>
        <source>Number line</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference line</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Enacting formula</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Call (considering, resolves …)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Lettered item  a)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered item  1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-item  i)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Dash item  –</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>RR provision  5.338A</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolution</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Constitution (CS)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Convention (CV)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>RR Article</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>RR provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>RR Appendix</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>ADD — new text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>ADD* — text brought in from elsewhere</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>MOD — amended text, with revision marks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>(MOD) — editorial amendment</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>SUP — suppress</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>SUP* — text moved elsewhere</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>NOC — no change</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>BaseTextDialog</name>
    <message>
        <location filename="../../src/proposaleditor/gui/dialogs/new_proposal.py" line="+273"/>
        <source>Text in Force Needed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>A MOD shows its changes against the text in force. This proposal has none yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use the current text as the text in force (then edit it)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace it with the text in force from:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>BaseTextPicker</name>
    <message>
        <location line="-97"/>
        <source>Text in force</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the text in force here: number line, title, enacting formula, calls and items, as in the Final Acts.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import from File (DOCX, ODT, TXT)…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>No file chosen.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>From &amp;File</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+9"/>
        <source>Texts you paste or import are kept here for reuse.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Library</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Text in Force</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.docx *.odt *.txt *.itup);;All files (*)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading %1…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 (%3 provisions)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+19"/>
        <source>file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>choose a file first</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>library</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>choose a text first</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../../src/proposaleditor/gui/editor/page.py" line="+47"/>
        <source>Clause editor</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected proposal as it will print. Type to change the draft text; revision marks follow.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+95"/>
        <source>Write the reasons for this proposal here</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+84"/>
        <source>Footnote: %s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+177"/>
        <source>Select text within one paragraph to change it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+12"/>
        <source>The base text is the text in force: switch to the marked-up or clean view to edit.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>The marker and number are set in the properties panel.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the cover in Document ▸ Properties.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>This provision is suppressed: restore it to edit its text.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>SUP and NOC proposals show the text in force, which cannot be edited.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+156"/>
        <source>Copy</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <location filename="../../src/proposaleditor/gui/compare/widget.py" line="+168"/>
        <source>Instrument</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <location line="+174"/>
        <source>Text in force</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="-173"/>
        <source>Show the text in force as the first column</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Only differences</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous difference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Next difference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Add source…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove source</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopt wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected proposal's wording into our draft (can be undone)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Export table…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>Word difference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="-34"/>
        <source>Compare:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+7"/>
        <source>Between</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>and</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+137"/>
        <source>Our draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Base</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+11"/>
        <source>Add received documents to compare.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Comparing…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+28"/>
        <source>{rows} rows, {differ} with differences</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+47"/>
        <source>No further difference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+85"/>
        <location line="+7"/>
        <source>Adopt wording of {name}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+54"/>
        <location line="+7"/>
        <source>Export Synoptic Table</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="-6"/>
        <source>Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+10"/>
        <source>Add Received Documents</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals (*.docx *.odt *.itup *.txt)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+36"/>
        <source>Not found: {files}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location line="+20"/>
        <source>Compare Proposals</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../src/proposaleditor/gui/compare/model.py" line="+81"/>
        <source>(our draft)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+7"/>
        <source>differ</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>conflict</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DocumentNumberDialog</name>
    <message>
        <location filename="../../src/proposaleditor/gui/dialogs/simple.py" line="+148"/>
        <source>Set Document Number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Document &amp;number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Addendum:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <location filename="../../src/proposaleditor/gui/dialogs/document_properties.py" line="+47"/>
        <source>Document Properties</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>Conference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Conference short name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Short name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dates:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Document</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet assigned (XX)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>Addendum</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrigendum</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>no %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Part:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisional proposal numbers in brackets [INS/XX/1]</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>Dated</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Original:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted by</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ymbols:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>WRC only, e.g. 1.13</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agenda item:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda &amp;text:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <location filename="../../src/proposaleditor/gui/session.py" line="+62"/>
        <source>Untitled</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <location filename="../../src/proposaleditor/gui/editing.py" line="+32"/>
        <source>Select a provision first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+19"/>
        <location line="+186"/>
        <source>Select a proposal first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="-112"/>
        <source>This provision is in force: suppress it instead, so the deletion shows.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+39"/>
        <source>Split Item</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+37"/>
        <source>Provision copied.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 shows the identification only: the body was taken out (Undo brings it back).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+7"/>
        <source>Number line and enacting formula now cite this conference.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>FilesMixin</name>
    <message>
        <location filename="../../src/proposaleditor/gui/files.py" line="+46"/>
        <source>Open</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+16"/>
        <source>No recent files</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening %1…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening cancelled.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported %1: save it as a ProposalEditor file to keep your changes.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+9"/>
        <source>File in Use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open by %2 on %3 since %4.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>If you both save, one of you loses changes. Open it anyway?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+14"/>
        <source>proposals</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+36"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write the recovery copy: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save the preferences: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../src/proposaleditor/gui/dialogs/find_replace.py" line="+40"/>
        <source>Find and Replace</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Find</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;with:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Match &amp;case</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole &amp;words</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+9"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <source>Not found.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="-13"/>
        <source>Match %1 of %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+16"/>
        <source>Replaced %1.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../src/proposaleditor/gui/help.py" line="+70"/>
        <source>&amp;User Guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ProposalEditor</source>
        <translation>&amp;حول ProposalEditor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draft, export and review proposals to ITU conferences.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>ProposalEditor is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundled libraries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt and PySide6 are used under the LGPL-3.0: they are separate shared libraries in the application folder and can be replaced by compatible builds.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+15"/>
        <source>ProposalEditor User Guide</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>About ProposalEditor</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/proposaleditor/gui/app.py" line="+86"/>
        <source>Restored from the recovery copy of %1.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/proposaleditor/gui/main_window.py" line="+53"/>
        <source>ProposalEditor</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+199"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 (imported)</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n proposal(s)</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>recovery copy %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved yet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+23"/>
        <source>Cover page</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 errors · %2 warnings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to submit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+174"/>
        <location line="+5"/>
        <source>The comparison window is not available in this version yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+17"/>
        <source>Set Marker</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <location filename="../../src/proposaleditor/gui/dialogs/new_proposal.py" line="-189"/>
        <source>New Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New text (ADD)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change a text in force (MOD, SUP, NOC)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+9"/>
        <source>Marker</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marker:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../src/proposaleditor/gui/outline/model.py" line="+199"/>
        <source>Cover page</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduction</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+15"/>
        <source>(empty)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>added</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>modified</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>suppressed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="-21"/>
        <source>unchanged</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Reasons: </source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>No reasons yet</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../src/proposaleditor/gui/outline/view.py" line="+114"/>
        <source>Document outline</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/proposaleditor/gui/dialogs/preferences.py" line="+30"/>
        <source>Preferences</source>
        <translation>الأفضليات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Symbol:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>shown as the author of tracked changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>New documents</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Default &amp;conference:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Document &amp;language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracked changes (as ITU asks)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Static underline / strikethrough</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision &amp;marks:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>the bundled ITU template</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Autosave &amp;every:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Takes effect at the next start.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Template</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates (*.docx *.dotx *.odt *.ott)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../src/proposaleditor/gui/panels/problems.py" line="+43"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>How to fix</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+58"/>
        <source>Cover</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this place in the page.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems found: ready to submit.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>Readiness checks are not available in this version.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../src/proposaleditor/gui/workers.py" line="+84"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../src/proposaleditor/gui/panels/properties.py" line="+39"/>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+157"/>
        <source>Document</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="-152"/>
        <source>Document Properties…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+7"/>
        <source>Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Marker</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Marker:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Derived from the document number and the proposal's position; it follows moves.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Target instrument</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>Target number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>182, 5.338A …</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Revise Resolution for This Conference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates the number line and the enacting formula in one step.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this proposal: every proposal is followed by its reasons.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+12"/>
        <source>Provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Provision kind</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Label:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <location line="+116"/>
        <source>Suppress</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="-114"/>
        <source>Make Own Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>WRC style: this provision becomes a proposal of its own, right after this one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Text in force:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+12"/>
        <source>Text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+26"/>
        <source>Free text outside the proposals (introduction, annex text). Click in the page to edit it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+20"/>
        <source>not yet assigned</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Addendum %1 to Document %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>Conference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 provisions · %2 insertions · %3 deletions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+9"/>
        <source>added</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>modified</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>suppressed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+4"/>
        <source>(none: this provision is new text)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/proposaleditor/gui/smoke.py" line="+85"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../src/proposaleditor/gui/dialogs/simple.py" line="-47"/>
        <source>Before Exporting</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 problem(s) found, %2 of them error(s). The secretariat would ask for these to be fixed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+7"/>
        <source>Where</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>How to fix</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>Cover</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;Anyway</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fix First</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location line="-62"/>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+3"/>
        <source>ProposalEditor did not close properly last time. These documents had changes that were not saved:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+6"/>
        <source>never saved</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="-66"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location line="+17"/>
        <source>In the page: Enter adds the next item (splitting the text at the caret), Tab / Shift+Tab indent and outdent, Backspace in an empty new item removes it.</source>
        <translation type="unfinished"/>
    </message>
</context>
</TS>