#!/usr/bin/python3
"""Regenerate kubefig's embedded font subsets from Debian's fonts-noto-cjk.

    apt-get install fonts-noto-cjk python3-fonttools
    /usr/bin/python3 render/textmeasure/fonts/make-fonts.py

Writes sans-{regular,bold}.ttf (Noto Sans CJK SC) and mono-{regular,bold}.ttf
(Noto Sans Mono CJK SC) beside this script, plus OFL.txt. The Noto CJK fonts
are CID-keyed CFF, which github.com/tdewolff/font cannot subset at render
time, so the outlines are converted to TrueType quadratics here, once.
Hinting and layout tables are dropped: kubefig neither hints nor shapes, and a
browser given no GSUB/GPOS draws exactly the advances we measure.

The character set is fixed ranges plus every character of catalog-chars.txt;
add characters there (the glyph-coverage test names any that are missing)
and rerun. Output is deterministic for a given fonts-noto-cjk and fontTools.
"""
import copy
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO = "/usr/share/fonts/opentype/noto"
COPYRIGHT = "/usr/share/doc/fonts-noto-cjk/copyright"

# (output name, collection file, font number in the collection)
FONTS = [
    ("sans-regular.ttf", "NotoSansCJK-Regular.ttc", 2),  # Noto Sans CJK SC
    ("sans-bold.ttf", "NotoSansCJK-Bold.ttc", 2),        # Noto Sans CJK SC Bold
    ("mono-regular.ttf", "NotoSansCJK-Regular.ttc", 7),  # Noto Sans Mono CJK SC
    ("mono-bold.ttf", "NotoSansCJK-Bold.ttc", 7),        # Noto Sans Mono CJK SC Bold
]

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x2000, 0x206F),  # general punctuation
    (0x2100, 0x214F),  # letterlike symbols
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x2460, 0x24FF),  # enclosed alphanumerics: ①-⑳ and friends
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes
    (0x2600, 0x26FF),  # miscellaneous symbols (what Noto has of them)
    (0x2700, 0x27BF),  # dingbats (what Noto has of them)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half- and full-width forms
]


def gb2312_level1():
    """The 3,755 hanzi of GB2312 level 1 (rows 16-55)."""
    out = []
    for row in range(16, 56):
        for cell in range(1, 95):
            try:
                out.append(bytes([0xA0 + row, 0xA0 + cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # row 55 ends at cell 89
    return out


def codepoints():
    cps = set()
    for lo, hi in RANGES:
        cps.update(range(lo, hi + 1))
    cps.update(ord(c) for c in gb2312_level1())
    with open(os.path.join(HERE, "catalog-chars.txt"), encoding="utf-8") as f:
        cps.update(ord(c) for c in f.read() if c not in "\n\r\t")
    return sorted(cps)


def to_truetype(font):
    """Replace the CFF outlines with TrueType quadratic ones (max error 1 unit)."""
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        tt = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(tt, 1.0, reverse_direction=True))
        glyf.glyphs[name] = tt.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.recalcBBoxes = True
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        if hasattr(g, "xMin"):
            hmtx[name] = (hmtx[name][0], g.xMin)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and nothing reads them
    font.sfntVersion = "\x00\x01\x00\x00"


def one_glyph_per_character(font):
    """Give every character its own glyph. Noto maps some characters to one
    shared glyph (U+0020 and U+00A0, U+2460 and U+2780, ...); a subsetter
    that rebuilds the cmap from glyphs back to characters keeps only one of
    them, and a browser would then draw the other as tofu. Copies cost a
    few dozen small glyphs."""
    cmap = font.getBestCmap()
    by_glyph = {}
    for cp in sorted(cmap):
        by_glyph.setdefault(cmap[cp], []).append(cp)
    glyf, hmtx = font["glyf"], font["hmtx"]
    order = list(font.getGlyphOrder())
    remap = {}
    for name in sorted(by_glyph, key=order.index):
        for cp in by_glyph[name][1:]:
            new = "uni%04X" % cp
            glyf.glyphs[new] = copy.deepcopy(glyf[name])
            hmtx.metrics[new] = hmtx.metrics[name]
            order.append(new)
            remap[cp] = new
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    for table in font["cmap"].tables:
        for cp, new in remap.items():
            if cp in table.cmap:
                table.cmap[cp] = new


def make(out, ttc, number, cps):
    opts = subset.Options()
    opts.font_number = number
    opts.layout_features = []
    opts.hinting = False
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    font = subset.load_font(os.path.join(NOTO, ttc), opts)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=cps)
    sub.subset(font)
    to_truetype(font)
    one_glyph_per_character(font)
    font["head"].modified = font["head"].created  # no build timestamp
    path = os.path.join(HERE, out)
    font.save(path, reorderTables=True)
    have = len(font.getBestCmap())
    print(f"{out}: {have} characters, {os.path.getsize(path)} bytes")


def licence():
    """OFL.txt: the fonts' copyright line and the licence text Debian ships."""
    with open(COPYRIGHT, encoding="utf-8") as f:
        text = f.read()
    body = text.split("License: SIL-1.1\n", 2)[2]  # the stanza, not the Files: line
    lines = []
    for line in body.splitlines():
        if not line.startswith(" "):
            break
        line = line[1:]
        lines.append("" if line == "." else line)
    head = ("Noto Sans CJK SC and Noto Sans Mono CJK SC (subsets made by make-fonts.py)\n"
            "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n"
            "Source: Debian package fonts-noto-cjk (https://github.com/googlefonts/noto-cjk)\n\n")
    with open(os.path.join(HERE, "OFL.txt"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(lines).strip() + "\n")


def main():
    cps = codepoints()
    for out, ttc, number in FONTS:
        make(out, ttc, number, cps)
    licence()


if __name__ == "__main__":
    sys.exit(main())
