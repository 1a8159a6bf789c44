<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name/>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>Start a new document</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open a .itup file, or import DOCX, ODT or text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export to DOCX or ODT for submission</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;إغلاق النافذة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Marked-up</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show revision marks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Clean Draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show the text as it will read once adopted</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Base Text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show the text in force</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Insert Item &amp;After</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add a new item after this one</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Insert Item &amp;Before</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Insert &amp;Sub-item</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add a sub-item under this item</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Make this item a sub-item of the one above</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move this sub-item one level out</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move before the previous item (labels renumber)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move after the next item (labels renumber)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Suppress / Restore</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Strike this provision out, or bring it back</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Remove Added Provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Make Own &amp;Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>WRC style: this provision becomes a proposal of its own</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;New Proposal…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add an ADD, MOD, SUP or NOC proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Set Marker %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Revise Resolution for This Conference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Update the number line and the enacting formula in one step</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move Proposal U&amp;p</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move Proposal Do&amp;wn</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Merge with Previous Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remo&amp;ve Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cover: conference, number, date, source</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Set Document &amp;Number…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Check Readiness</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Run the submission checks now</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Compare Documents…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;About ProposalEditor</source>
        <translation>&amp;حول ProposalEditor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>P&amp;rovision</source>
        <translation>&amp;حكم</translation>
    </message>
    <message>
        <source>Set &amp;Marker</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;مقترح</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;وثيقة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number line</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Reference line</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Enacting formula</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Call (considering, resolves …)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Lettered item  a)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Numbered item  1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sub-item  i)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Dash item  –</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>RR provision  5.338A</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Constitution (CS)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Convention (CV)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>RR Article</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>RR provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>RR Appendix</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>ADD — new text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>ADD* — text brought in from elsewhere</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>MOD — amended text, with revision marks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(MOD) — editorial amendment</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>SUP — suppress</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>SUP* — text moved elsewhere</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>NOC — no change</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>BaseTextDialog</name>
    <message>
        <source>Text in Force Needed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A MOD shows its changes against the text in force. This proposal has none yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Use the current text as the text in force (then edit it)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Replace it with the text in force from:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>BaseTextPicker</name>
    <message>
        <source>Text in force</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Paste the text in force here: number line, title, enacting formula, calls and items, as in the Final Acts.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>Import from File (DOCX, ODT, TXT)…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>From &amp;File</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Texts you paste or import are kept here for reuse.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import Text in Force</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Documents (*.docx *.odt *.txt *.itup);;All files (*)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>%1: %2 (%3 provisions)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>choose a file first</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>choose a text first</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <source>Clause editor</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The selected proposal as it will print. Type to change the draft text; revision marks follow.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Write the reasons for this proposal here</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Footnote: %s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select text within one paragraph to change it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The base text is the text in force: switch to the marked-up or clean view to edit.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The marker and number are set in the properties panel.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Edit the cover in Document ▸ Properties.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This provision is suppressed: restore it to edit its text.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>SUP and NOC proposals show the text in force, which cannot be edited.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Text in force</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show the text in force as the first column</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only differences</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Previous difference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Next difference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add source…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Adopt wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Copy the selected proposal's wording into our draft (can be undone)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Word difference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Between</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Our draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add received documents to compare.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{rows} rows, {differ} with differences</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No further difference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Adopt wording of {name}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export Synoptic Table</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add Received Documents</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Proposals (*.docx *.odt *.itup *.txt)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not found: {files}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare Proposals</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>(our draft)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>differ</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DocumentNumberDialog</name>
    <message>
        <source>Set Document Number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Addendum:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Conference short name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not yet assigned (XX)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Corrigendum</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>no %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Part:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Provisional proposal numbers in brackets [INS/XX/1]</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Original:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>S&amp;ymbols:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>WRC only, e.g. 1.13</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Agenda &amp;text:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Select a provision first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select a proposal first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This provision is in force: suppress it instead, so the deletion shows.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Split Item</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Provision copied.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>%1 shows the identification only: the body was taken out (Undo brings it back).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number line and enacting formula now cite this conference.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>FilesMixin</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>ProposalEditor (*.itup);;Word (*.docx);;OpenDocument (*.odt);;Text (*.txt *.md)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Imported %1: save it as a ProposalEditor file to keep your changes.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>File in Use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>%1 is open by %2 on %3 since %4.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>If you both save, one of you loses changes. Open it anyway?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>proposals</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Could not save the preferences: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Whole &amp;words</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Replaced %1.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>&amp;About ProposalEditor</source>
        <translation>&amp;حول ProposalEditor</translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Draft, export and review proposals to ITU conferences.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>ProposalEditor is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL-3.0: they are separate shared libraries in the application folder and can be replaced by compatible builds.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>ProposalEditor User Guide</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>About ProposalEditor</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restored from the recovery copy of %1.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>ProposalEditor</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
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
        <source>Unsaved changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>recovery copy %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>%1 errors · %2 warnings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The comparison window is not available in this version yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Set Marker</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <source>New Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;New text (ADD)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Change a text in force (MOD, SUP, NOC)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Marker:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Reasons: </source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No reasons yet</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Document outline</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>الأفضليات</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>shown as the author of tracked changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>New documents</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Default &amp;conference:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Tracked changes (as ITU asks)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Static underline / strikethrough</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Revision &amp;marks:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the bundled ITU template</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Received documents</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Underline and strike-through in received files mark changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Read underlined text as inserted and struck-through text as deleted, as ITU asks of proposals typed without tracked changes. Turn it off for files that underline for emphasis: only tracked changes then count.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Autosave &amp;every:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export Template</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Templates (*.docx *.dotx *.odt *.ott)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Check this place in the page.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No problems found: ready to submit.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Readiness checks are not available in this version.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Document Properties…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Marker:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Derived from the document number and the proposal's position; it follows moves.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Target instrument</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Target number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>182, 5.338A …</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Revise Resolution for This Conference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Updates the number line and the enacting formula in one step.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Why this proposal: every proposal is followed by its reasons.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Provision kind</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Suppress</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Make Own Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>WRC style: this provision becomes a proposal of its own, right after this one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Text in force:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Free text outside the proposals (introduction, annex text). Click in the page to edit it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Addendum %1 to Document %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>%1 provisions · %2 insertions · %3 deletions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(none: this provision is new text)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Before Exporting</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>%1 problem(s) found, %2 of them error(s). The secretariat would ask for these to be fixed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Fix First</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>ProposalEditor did not close properly last time. These documents had changes that were not saved:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>never saved</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>In the page: Enter adds the next item (splitting the text at the caret), Tab / Shift+Tab indent and outdent, Backspace in an empty new item removes it.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Typing</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Edit Reasons</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Insert Provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove Provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Suppress Provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Restore Provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move Provision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Change Provision Kind</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Set Marker</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Change Target</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>New Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Split as Proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Merge Proposals</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Revise Resolution</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Document Properties</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Set Document Number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"/>
    </message>
</context>
</TS>