"""Render every diploma template in both orientations side by side, as one PNG for the README.

    PYTHONPATH=$PWD python docs/templates_picture.py    # writes docs/images/diploma_templates.png
    PYTHONPATH=$PWD python docs/templates_picture.py --lang fi --pages /tmp/pages  # + each page

Every page is Swedish (or --lang), with the longest name of the test lists, three signatories
with long titles, a logo and a QR code: the hardest case each template must still set well.
Needs ``pdftoppm`` (poppler) and Pillow (which ReportLab brings).
"""

from __future__ import annotations

import argparse
import io
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from app.domain import Language
from diplomas.diploma import diploma_pdf
from diplomas.diploma_model import (
    ORIENTATIONS,
    TEMPLATES,
    WORDS,
    DiplomaContent,
    DiplomaDesign,
    Signatory,
)

NAME = "Maj Anna-Carina Charlotta Eleonora Gyllenstierna af Lundholm-Björkqvist-Wachtmeister"
SIGNATORIES = (
    Signatory(
        name="Anna-Karin Lindqvist-Gyllenhammar af Ornäs",
        title="Kommundirektör, Alingsås kommun",
    ),
    Signatory(name="Mikael Åström", title="Personalchef"),
    Signatory(name="Päivi Järvinen-Sämpäläinen", title="Programansvarig för ledarskap"),
)
FACTS = {
    Language.SWEDISH: (
        "Framtidens ledare",
        "3 september 2025 – 4 juni 2026",
        "60 timmar",
        "Alingsås",
        "4 juni 2026",
    ),
    Language.FINNISH: (
        "Tulevaisuuden johtajat",
        "3.9.2025–4.6.2026",
        "60 tuntia",
        "Alingsås",
        "4.6.2026",
    ),
    Language.ENGLISH: (
        "Leaders of tomorrow",
        "3 September 2025 – 4 June 2026",
        "60 hours",
        "Alingsås",
        "4 June 2026",
    ),
}


def logo() -> bytes:
    """A wordmark-like logo: a teal square and two grey bars."""
    image = Image.new("RGBA", (360, 120), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 110, 110), fill=(31, 85, 104, 255))
    draw.rectangle((130, 20, 350, 50), fill=(80, 90, 97, 255))
    draw.rectangle((130, 65, 300, 90), fill=(135, 146, 154, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def design_for(
    template: str,
    orientation: str,
    language: Language,
    *,
    with_logo: bool = True,
    qr: bool = True,
    signatories: int = 3,
    **extra: object,
) -> tuple[DiplomaDesign, DiplomaContent]:
    words = WORDS[language]
    programme, dates, hours, place, date = FACTS[language]
    design = DiplomaDesign(
        template=template,
        orientation=orientation,
        title=words.title,
        wording=words.wording,
        place=place,
        issue_date_text=date,
        signatories=SIGNATORIES[:signatories],
        logo_png=logo() if with_logo else None,
        language=language,
        verification_url="https://kohort.example/v/{code}" if qr else "",
    )
    design = replace(design, **extra)  # type: ignore[arg-type]
    content = DiplomaContent(
        name=NAME,
        programme=programme,
        dates_text=dates,
        hours_text=hours,
        serial="FL-2026-0042",
        verification_code="7KQ2-M9XD",
    )
    return design, content


def page_png(pdf: bytes, dpi: int) -> Image.Image:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "page.pdf")
        source.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(dpi),
                "-png",
                "-singlefile",
                str(source),
                str(Path(folder, "p")),
            ],
            check=True,
        )
        return Image.open(Path(folder, "p.png")).convert("RGB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="sv", choices=[x.value for x in Language])
    parser.add_argument("--out", type=Path, default=Path("docs/images/diploma_templates.png"))
    parser.add_argument("--pages", type=Path, help="also save each page here at --dpi")
    parser.add_argument("--dpi", type=int, default=60, help="of the pages saved with --pages")
    parser.add_argument("--thumb-dpi", type=int, default=32, help="of the pages in the picture")
    args = parser.parse_args()
    language = Language(args.lang)
    thumbs: list[tuple[str, Image.Image]] = []
    for template in TEMPLATES:
        for orientation in ORIENTATIONS:
            design, content = design_for(template, orientation, language)
            pdf = diploma_pdf(design, content)
            if args.pages:
                args.pages.mkdir(parents=True, exist_ok=True)
                page_png(pdf, args.dpi).save(
                    args.pages / f"{template}_{orientation}_{args.lang}.png"
                )
            thumbs.append((f"{template}, {orientation}", page_png(pdf, args.thumb_dpi)))
    gap, label = 14, 18
    columns = [thumbs[i : i + 2] for i in range(0, len(thumbs), 2)]  # a template per column
    widths = [max(im.width for _, im in col) for col in columns]
    rows = [max(col[r][1].height for col in columns) for r in range(2)]  # landscape, portrait
    width = sum(widths) + gap * (len(columns) + 1)
    height = sum(rows) + 2 * label + gap * 3
    sheet = Image.new("RGB", (width, height), (236, 238, 240))
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.load_default()
    x = gap
    for col, col_width in zip(columns, widths, strict=True):
        y = gap
        for (caption, image), row_height in zip(col, rows, strict=True):
            draw.text((x, y), caption, fill=(60, 66, 72), font=font)
            sheet.paste(image, (x, y + label))
            edge = (x - 1, y + label - 1, x + image.width, y + label + image.height)
            draw.rectangle(edge, outline=(200, 204, 208))
            y += row_height + label + gap
        x += col_width + gap
    args.out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(args.out, optimize=True)
    print(f"{args.out}: {sheet.width}×{sheet.height} px, {args.out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
