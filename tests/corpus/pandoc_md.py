"""A proposal written in Markdown and turned into DOCX by pandoc, as some administrations do:
pandoc's own styles (Body Text, First Paragraph, Compact), its automatic numbering for the a) and
i) lists, `~~struck~~` and `[underlined]{.underline}` as static revision marks, a real footnote,
and the calls in italics."""

from __future__ import annotations

import subprocess
from pathlib import Path

MARKDOWN = """\
Plenipotentiary Conference (PP-18)

Dubai, 29 October – 16 November 2018

PLENARY MEETING

Document 71-E

17 September 2018

Original: English

**Kenya (Republic of)**

PROPOSALS FOR THE WORK OF THE CONFERENCE

Kenya proposes the following changes to Resolution 139.

**MOD KEN/71/1**

RESOLUTION 139 (REV. ~~BUSAN, 2014~~ [DUBAI, 2018]{.underline})

Use of telecommunications/information and communication technologies to bridge the digital divide

The Plenipotentiary Conference of the International Telecommunication Union (~~Busan, 2014~~
[Dubai, 2018]{.underline}),

*recognizing*

a) that telecommunication/ICT networks are the foundation of the digital economy[^1];
b) that broadband access remains unaffordable in many countries,

*resolves*

1) to continue the work of the Union on bridging the digital divide;
2) to encourage:
    i) the use of universal service funds;
    ii) ~~the use of public-private partnerships~~ [community networks]{.underline},

*instructs the Secretary-General*

to report to the Council.

**Reasons:** To reflect the outcomes of WTDC-17.

**ADD KEN/71/2**

DRAFT NEW RESOLUTION [KEN-1] (DUBAI, 2018)

Community networks

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

*resolves*

to study community networks.

**Reasons:** A new subject.

[^1]: See the ITU Broadband Commission reports.
"""


def build(path) -> Path:
    """Run pandoc on the Markdown (the caller skips when pandoc is missing)."""
    path = Path(path)
    source = path.with_suffix(".md")
    source.write_text(MARKDOWN, encoding="utf-8")
    subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", str(source), "-o", str(path)],
                   check=True, timeout=120)
    return path
