"""Raw ODF packages for tests/test_received_realworld.py: content.xml and styles.xml written as
LibreOffice writes them (automatic P/T styles, list styles, changed regions), so every case can be
read as text."""

from __future__ import annotations

import zipfile
from pathlib import Path

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'office:version="1.3"'
)
MIMETYPE = "application/vnd.oasis.opendocument.text"

# the ITU paragraph styles as LibreOffice names them (display names escaped in style:name)
ITU_ODF_STYLES = (
    '<style:style style:name="Standard" style:family="paragraph"/>'
    '<style:style style:name="Proposal" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="Res_5f_No" style:display-name="Res_No" style:family="paragraph" '
    'style:parent-style-name="Standard"/>'
    '<style:style style:name="Res_5f_title" style:display-name="Res_title" '
    'style:family="paragraph" style:parent-style-name="Standard"><style:text-properties '
    'fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Normal_5f_after_5f_title" style:display-name='
    '"Normal_after_title" style:family="paragraph" style:parent-style-name="Standard"/>'
    '<style:style style:name="Call" style:family="paragraph" style:parent-style-name='
    '"Standard"><style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="enumlev1" style:family="paragraph" style:parent-style-name='
    '"Standard"/>'
    '<style:style style:name="Reasons" style:family="paragraph" style:parent-style-name='
    '"Standard"/>'
)


def change_info(author: str = "ACP", date: str = "2014-09-01T00:00:00") -> str:
    return (f"<office:change-info><dc:creator>{author}</dc:creator><dc:date>{date}</dc:date>"
            "</office:change-info>")


def write_odt(path: Path, body: str, *, automatic: str = "", styles: str = ITU_ODF_STYLES,
              tracked: str = "") -> Path:
    """An .odt: body is the office:text content after the tracked changes; automatic the
    automatic styles of content.xml; styles the common styles of styles.xml."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<office:document-content {ODF_NS}><office:automatic-styles>{automatic}"
        "</office:automatic-styles><office:body><office:text>"
        + (f'<text:tracked-changes text:track-changes="false">{tracked}'
           "</text:tracked-changes>" if tracked else "")
        + f"{body}</office:text></office:body></office:document-content>")
    common = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODF_NS}>'
              f"<office:styles>{styles}</office:styles></office:document-styles>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE)  # first and stored, as ODF asks
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        zf.writestr("styles.xml", common, zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path
