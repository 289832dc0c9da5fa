"""``build_pdf``: the page frame around every report (A4, title, footer, metadata).

"Seite 3 von 12" needs the page count before the first page is finished. Instead of
building the document twice, the canvas keeps each page's drawing state and draws all
footers when the document is saved, when the count is known (reportlab's usual
"numbered canvas" recipe). The PDF's metadata carries the title, "HelferApp" as author
and creator, and the language de-DE (``/Lang``), so screen readers read it in German;
the same goes into an XMP metadata stream, and the viewer shows the title, not the file
name, in its window (``DisplayDocTitle``). The canvas starts in DejaVu Sans, so no font
is referenced that is not embedded (reportlab would otherwise select Helvetica).

What reportlab's open-source edition cannot do: write a structure tree (a tagged PDF
with headings, tables and reading order marked up), which PDF/UA requires.

Progress and cancel: ``build_pdf`` calls ``progress(done, total)`` as it works through the
top-level flowables and stops with ``Cancelled`` when ``cancelled()`` turns true, so the GUI can run
a long report in a worker thread behind a progress dialog.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfdoc import XMP
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from helferapp.domain.errors import UserError
from helferapp.domain.os_errors import describe_os_error
from helferapp.domain.validation import format_date
from helferapp.reports import scripts
from helferapp.reports.pdf_base import (
    ACCENT,
    APP_NAME,
    FONT,
    RULE,
    para,
    register_fonts,
    styles,
)

Target = str | Path | IO[bytes]
MARGIN: float = 1.6 * cm
FOOTER_HEIGHT: float = 1.1 * cm


class Cancelled(UserError):
    """The user pressed Abbrechen while a report was being written."""

    def __init__(self) -> None:
        super().__init__("Der Bericht wurde abgebrochen; es wurde nichts gespeichert.")


def page_size(wide: bool = False) -> tuple[float, float]:
    """A4 portrait, or landscape for wide tables."""
    width, height = landscape(A4) if wide else A4
    return float(width), float(height)


def content_width(wide: bool = False) -> float:
    """Width of the text frame in points (what tables may use)."""
    return page_size(wide)[0] - 2 * MARGIN


def content_height(wide: bool = False, source: bool = False) -> float:
    """Height of the text frame in points (what a one-page layout may fill)."""
    return page_size(wide)[1] - 2 * MARGIN - FOOTER_HEIGHT * (1.3 if source else 1.0)


def _footer_canvas(title: str, created: date, source: str) -> type[Canvas]:
    """A canvas class that draws the footer on every page once the page count is known."""

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width, _height = self._pagesize
            y = MARGIN - 0.55 * cm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 0.42 * cm, width - MARGIN, y + 0.42 * cm)
            self.setFont(FONT, 8)
            self.setFillColor(ACCENT)
            draw_runs(self, MARGIN, y, f"{APP_NAME} · {title}", 8)
            self.setFont(FONT, 8)
            self.drawCentredString(width / 2, y, f"erstellt am {format_date(created)}")
            self.drawRightString(width - MARGIN, y, f"Seite {self._pageNumber} von {total}")
            if source:
                self.setFillColor(RULE)
                draw_runs(self, MARGIN, y - 0.35 * cm, source, 6.5)
            self.restoreState()

    return FooterCanvas


def draw_runs(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """Draw one line of user text at ``x``, other scripts in their fonts (see ``scripts``)."""
    for font, piece in scripts.runs(text, FONT):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += canvas.stringWidth(piece, font, size)


def _xmp(title: str, subject: str, language: str, created: date) -> Callable[[Any], bytes]:
    """The XMP metadata packet (Dublin Core title, description, language; dates)."""
    from xml.sax.saxutils import escape as xml_escape

    def packet(_document: Any) -> bytes:
        day = created.isoformat()
        return (
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
            f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{xml_escape(title)}</rdf:li>'
            "</rdf:Alt></dc:title>\n"
            f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{xml_escape(subject)}'
            "</rdf:li></rdf:Alt></dc:description>\n"
            f"<dc:creator><rdf:Seq><rdf:li>{APP_NAME}</rdf:li></rdf:Seq></dc:creator>\n"
            f"<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>\n"
            f"<xmp:CreatorTool>{APP_NAME}</xmp:CreatorTool>\n"
            f"<xmp:CreateDate>{day}</xmp:CreateDate>\n"
            f"<pdf:Producer>ReportLab</pdf:Producer>\n"
            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
            '<?xpacket end="w"?>'
        ).encode()

    return packet


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        target: Any,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
        total: int,
        **kwargs: Any,
    ) -> None:
        super().__init__(target, **kwargs)
        self._progress = progress
        self._cancelled = cancelled
        self._total = total
        self._done = 0
        self._xmp: Callable[[Any], bytes] | None = None

    def _makeCanvas(self, *args: Any, **kwargs: Any) -> Canvas:
        canvas = super()._makeCanvas(*args, **kwargs)
        canvas.setFont(FONT, 10)  # the initial font is referenced, so it must be embedded
        if self._xmp is not None:
            canvas._doc.Catalog.Metadata = XMP(creator=self._xmp)
        return canvas

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        # ``flowables`` is what is left of the story (split parts go back to its front).
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()
        done = self._total - len(flowables)
        if self._progress is not None and done != self._done:
            self._done = done
            self._progress(done, self._total)
        super().handle_flowable(flowables)


def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    """The report's heading: title, an optional line below (scope, date range)."""
    s = styles()
    block: list[Flowable] = [para(title, s.title)]
    if subtitle:
        block.append(para(subtitle, s.subtitle))
    block.append(Spacer(1, 0.35 * cm))
    return block


def build_pdf(
    target: Target,
    title: str,
    flowables: Sequence[Flowable],
    *,
    subtitle: str = "",
    wide: bool = False,
    source: str = "",
    created: date | None = None,
    heading: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str = "de-DE",
) -> int:
    """Write ``flowables`` as an A4 PDF to ``target`` (path or binary file); return the pages.

    ``title`` heads the first page (unless ``heading`` is False), the footer of every page
    and the metadata; ``subtitle`` goes below the title; ``source`` is a small line under
    the footer (e.g. the Destatis attribution); ``wide`` turns the page to landscape;
    ``language`` is the document language (a bilingual notice: still de-DE, its main one).
    Writing to a path goes through memory first, so a cancelled or failed report never
    leaves half a file behind.
    """
    register_fonts()
    created = created or date.today()
    story = list(flowables)
    if heading:
        story = [*title_block(title, subtitle), *story]
    buffer = io.BytesIO()
    size = page_size(wide)
    document = _Document(
        buffer,
        progress,
        cancelled,
        len(story),
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=size[1] - MARGIN - content_height(wide, bool(source)),
        title=title,
        author=APP_NAME,
        subject=subtitle or title,
        creator=APP_NAME,
        lang=language,
        displayDocTitle=True,
        initialFontName=FONT,
        invariant=False,
    )
    document._xmp = _xmp(title, subtitle or title, language, created)
    frame = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        id="content",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=size)])
    document.build(story, canvasmaker=_footer_canvas(title, created, source))
    data = buffer.getvalue()
    if isinstance(target, str | Path):
        try:
            Path(target).write_bytes(data)
        except OSError as error:
            raise UserError(
                f"Die Datei „{target}“ lässt sich nicht schreiben. "
                f"{describe_os_error(error, target, writing=True)} "
                "Ist sie noch in einem anderen Programm geöffnet?"
            ) from error
    else:
        target.write(data)
    return int(document.page)
