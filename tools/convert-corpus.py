#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Convert the Markdown rendering of Socialstyrelsen's "Nationale retningslinjer
for indsatsen mod hjemløshed" (2020) into data/guidelines.xml.

    python3 tools/convert-corpus.py SOURCE.txt -o data/guidelines.xml [--report]

The Markdown rendering of the publication is irregular (it was produced from the
PDF).  Every irregularity that the converter handles is handled in code below,
with a comment saying why; nothing in the output is edited by hand.  When the
converter meets a structure it cannot place it stops with a non-zero exit code
and names the source line, instead of silently dropping text.

Python 3 standard library only.  The output is deterministic: the same input
always gives byte-identical output.
"""

import argparse
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------
# Errors


class ConversionError(Exception):
    def __init__(self, line, message):
        super().__init__(message)
        self.line = line
        self.message = message


def fail(line, message):
    raise ConversionError(line, message)


# ---------------------------------------------------------------------------
# Small text helpers

MONTHS = {
    'januar': 1, 'februar': 2, 'marts': 3, 'april': 4, 'maj': 5, 'juni': 6,
    'juli': 7, 'august': 8, 'september': 9, 'oktober': 10, 'november': 11,
    'december': 12,
}
MONTH_RE = '|'.join(MONTHS)


def slugify(text):
    """Lowercase ASCII slug: æ→ae, ø→oe, å→aa, other diacritics stripped,
    runs of anything else → '-'."""
    s = plain(text).lower()
    s = s.replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')


# Markdown backslash escapes.  The conversion escaped '_' and sometimes escaped
# it twice ("Service\_loven", "generel\\_forvaltningsret" inside a link text),
# so any run of backslashes before a punctuation character is dropped.
ESCAPE_RE = re.compile(r'\\+([\\`*_{}\[\]()#+\-.!<>|])')


def unescape(text):
    return ESCAPE_RE.sub(r'\1', text)


# Words the PDF broke at a line end survive in the Markdown as "vur- dering":
# a hyphen, a space and the rest in lower case.  Danish writes a suspended
# compound the same way ("myndigheds- og leverandørniveau"), but then a
# conjunction follows; any other continuation is one word broken in two,
# and a search for "vurdering" must find it.
SUSPENDED_COMPOUND_BEFORE = {'og', 'eller', 'samt', 'som', 'til', 'end'}
LINE_BREAK_RE = re.compile(r'(?<=[A-Za-zÆØÅæøå])- (?=([a-zæøå]+))')

# One word carries an escaped underscore inside it ("Service\_loven" for
# Serviceloven); between two letters of running text it is never meant.
# Link addresses ("generel_forvaltningsret") are not running text.
INNER_UNDERSCORE_RE = re.compile(r'(?<=[a-zæøå])_(?=[a-zæøå])')


def repair_running_text(text):
    text = LINE_BREAK_RE.sub(
        lambda m: '- ' if m.group(1) in SUSPENDED_COMPOUND_BEFORE else '', text)
    return INNER_UNDERSCORE_RE.sub('', text)


def repair_children(element):
    """repair_running_text() on the text of an element tree, links excepted."""
    for i in range(2, len(element)):
        child = element[i]
        if isinstance(child, str):
            element[i] = repair_running_text(child)
        elif child[0] != 'link':
            repair_children(child)


def plain(md):
    """Markdown inline text → plain text (markers, emphasis, links removed)."""
    s = re.sub(r'<sup>\d+</sup>', '', md)
    s = re.sub(r'(?<!\\)\[([^\]]*)\]\(([^)\s]*)\)', r'\1', s)
    s = re.sub(r'<(https?://[^>\s]+)>', r'\1', s)
    s = re.sub(r'(?<!\\)\*+', '', s)
    return unescape(s)


def norm_heading(md):
    """Heading / bold-paragraph text → its title: '#' marks, '**' and a
    trailing colon removed ('### Retningslinjen understøtter:',
    '## **Kapitel 2:** Forebyggelse af hjemløshed', '### **Efterforsorg**')."""
    s = re.sub(r'^#+\s*', '', md.strip())
    s = s.replace('**', '').strip()
    return s.rstrip(':').strip()


def ends_sentence(md):
    """True if the text ends like a finished sentence (after dropping trailing
    markup, footnote markers and closing quotes)."""
    s = md.rstrip()
    while True:
        t = re.sub(r'(<sup>\d+</sup>|\*+|["”’)\]]|\s)+$', '', s)
        if t == s:
            break
        s = t
    return s[-1:] in ('.', ':', '!', '?', ';')


def starts_lower(md):
    s = plain(md).lstrip('»"”“ ')
    return bool(s) and s[0].islower()


def is_bold_para(md):
    """A paragraph that is entirely one bold span: '**…**'."""
    return md.startswith('**') and md.endswith('**') and len(md) > 4 and '**' not in md[2:-2]


def strip_bold(md):
    md = md.strip()
    if md.startswith('**') and md.endswith('**') and '**' not in md[2:-2]:
        return md[2:-2].strip()
    return md


# ---------------------------------------------------------------------------
# Stage 1: lines → blocks
#
# A block is a heading, a paragraph (consecutive non-blank lines) or a list
# item.  Page-break material -- '---' separators and footnote lines -- is
# removed here and leaves a 'break' block so that stage 2 can join paragraphs
# that a page break split in two.


class Block:
    def __init__(self, kind, text='', line=0, level=0, indent=0):
        self.kind = kind        # 'h', 'p', 'li' or 'break'
        self.text = text
        self.line = line
        self.level = level      # heading level
        self.indent = indent    # list item indentation (nested lists)
        self.joined = []        # source lines of text joined across a page break

    def __repr__(self):
        return 'Block(%s, %d, %r)' % (self.kind, self.line, self.text[:40])


# Footnote lines: '31 text…' or, sometimes, '<sup>3</sup> text…'.
FN_LINE_RE = re.compile(r'^(?:<sup>(\d+)</sup>|(\d+))\s+(\S.*)$')
HEADING_RE = re.compile(r'^(#{1,6})\s+(.*\S)\s*$')
ITEM_RE = re.compile(r'^(\s*)-\s+(.*\S)\s*$')


class FootnoteState:
    def __init__(self):
        self.next = 1
        self.texts = {}     # number → (markdown text, line)


def lex(lines, start, end, fns):
    """Turn source lines [start, end) (0-based) into blocks.  Footnote lines
    are taken out into fns; they are recognised by being numbered exactly
    the next footnote number (the publication numbers them 1..N in one
    sequence), which also tells them apart from text that happens to begin
    with a number."""
    blocks = []
    para = None
    prev_was_fn = False
    for i in range(start, end):
        raw = lines[i].rstrip('\n')
        ln = i + 1
        s = raw.rstrip()
        if not s.strip():
            # Blank lines, and lines holding only spaces/NBSP (the conversion
            # left ' ' lines at some page breaks), end a paragraph.
            para = None
            prev_was_fn = False
            continue
        if s.strip() == '---':
            blocks.append(Block('break', line=ln))
            para = None
            prev_was_fn = False
            continue
        m = FN_LINE_RE.match(s)
        if m:
            num = int(m.group(1) or m.group(2))
            if num == fns.next:
                fns.texts[num] = (m.group(3).strip(), ln)
                fns.next += 1
                # Footnote blocks sometimes come without a '---' separator
                # (e.g. before footnote 214); the footnote line itself marks
                # the page break.
                blocks.append(Block('break', line=ln))
                para = None
                prev_was_fn = True
                continue
            fail(ln, 'line starts with number %d but the next footnote is %d' % (num, fns.next))
        if prev_was_fn:
            # A footnote running onto a second line would be glued to the
            # next paragraph; the source has none, so refuse rather than guess.
            fail(ln, 'text directly under footnote %d (no blank line)' % (fns.next - 1))
        m = HEADING_RE.match(s)
        if m:
            blocks.append(Block('h', m.group(2), ln, level=len(m.group(1))))
            para = None
            continue
        m = ITEM_RE.match(s)
        if m:
            text = m.group(2)
            # Bulleted lists are rendered '- » text'; numbered ones '- 1) text'
            # and the tail of the literature list '- Author (year): …'.
            text = re.sub(r'^»\s*', '', text)
            indent = len(m.group(1).replace('\t', '    '))
            blocks.append(Block('li', text, ln, indent=indent))
            para = None
            continue
        if para is not None:
            # Continuation line of a multi-line paragraph (Markdown soft break
            # or '  ' hard break): join with a space.
            para.text += ' ' + s.strip()
            continue
        para = Block('p', s.strip(), ln)
        blocks.append(para)
    return blocks


# ---------------------------------------------------------------------------
# Stage 2: join text split by page breaks


def join_page_breaks(blocks, log):
    """A page break (footnote block and/or '---') may fall inside a paragraph
    or a list item.  A paragraph that follows a break continues the text before
    the break when it starts in lower case, or when the paragraph before the
    break did not end like a sentence.  A list item split by a page break
    continues in a paragraph starting in lower case.  List items after a break
    simply continue the list (lists are formed from consecutive items).
    A page break can also be invisible (a blank line only); see below."""
    out = []
    after_break = False
    for b in blocks:
        if b.kind == 'break':
            after_break = True
            continue
        if b.kind == 'p' and starts_lower(b.text):
            prev = out[-1] if out else None
            if prev is None or prev.kind not in ('p', 'li'):
                fail(b.line, 'paragraph continues after a page break, but there is no text before it')
            if not after_break:
                # Some page breaks left no trace but a blank line (no '---',
                # no footnotes, e.g. before line 1821).  Join only when both
                # signs agree: lower-case start and an unfinished sentence.
                if ends_sentence(prev.text):
                    fail(b.line, 'paragraph starts in lower case but follows no page break')
                why = 'lower-case continuation, unfinished sentence, no page-break marks'
            else:
                why = 'lower-case continuation after a page break'
            prev.text += ' ' + b.text
            prev.joined.append(b.line)
            log.append((prev.line, b.line, why))
            after_break = False
            continue
        if (after_break and b.kind == 'p' and out and out[-1].kind == 'p'
                and not ends_sentence(out[-1].text)
                and not is_bold_para(out[-1].text) and not is_bold_para(b.text)):
            prev = out[-1]
            prev.text += ' ' + b.text
            prev.joined.append(b.line)
            log.append((prev.line, b.line, 'unfinished sentence before the break'))
            after_break = False
            continue
        out.append(b)
        after_break = False
    return out


# ---------------------------------------------------------------------------
# Inline Markdown → element tree
#
# Elements are represented as lists: [tag, attrs(dict), child, child, …] where
# a child is a str or another element.  This keeps serialisation fully under
# our control (deterministic, two-space indentation, inline content on one
# line).

INLINE_TOKEN_RE = re.compile(
    r'(?P<esc>\\+[\\`*_{}\[\]()#+\-.!<>|])'
    r'|(?P<sup><sup>(?P<fn>\d+)</sup>)'
    r'|(?P<link>\[(?P<ltext>[^\]]*)\]\((?P<lhref>[^)\s]*)\))'
    r'|(?P<auto><(?P<ahref>https?://[^>\s]+)>)'
    r'|(?P<strong>\*\*)'
    r'|(?P<em>\*)'
)


def E(tag, attrs=None, *children):
    el = [tag, dict(attrs or {})]
    el.extend(children)
    return el


def el_text(el):
    """Plain text content of an element (like itertext)."""
    if isinstance(el, str):
        return el
    return ''.join(el_text(c) for c in el[2:])


class Converter:
    def __init__(self, lines):
        self.lines = lines
        self.fns = FootnoteState()
        self.fn_refs = {}           # footnote number → list of (line, context text)
        self.fn_ref_order = []
        self.guideline_titles = []  # (title, id)
        self.xrefs = []             # (line, text, target or None, note)
        self.irregularities = []    # (line, description)
        self.join_log = []
        self.ids = set()
        self.warnings = []

    # -- ids -------------------------------------------------------------

    def claim_id(self, ident, line):
        if not re.match(r'^[a-z][a-z0-9.\-]*$', ident):
            fail(line, 'bad id %r' % ident)
        if ident in self.ids:
            fail(line, 'duplicate id %r' % ident)
        self.ids.add(ident)
        return ident

    def unique_id(self, base, line):
        ident = base
        n = 2
        while ident in self.ids:
            ident = '%s-%d' % (base, n)
            n += 1
        return self.claim_id(ident, line)

    # -- inline ----------------------------------------------------------

    def inline(self, md, line, context=True):
        """Convert Markdown inline text into a list of children."""
        root = ['#root', {}]
        stack = [root]
        plain_so_far = []
        pos = 0

        def add_text(t):
            if not t:
                return
            top = stack[-1]
            if len(top) > 2 and isinstance(top[-1], str):
                top[-1] += t
            else:
                top.append(t)
            plain_so_far.append(t)

        for m in INLINE_TOKEN_RE.finditer(md):
            add_text(md[pos:m.start()])
            pos = m.end()
            if m.group('esc'):
                add_text(m.group('esc').lstrip('\\'))
            elif m.group('sup'):
                n = int(m.group('fn'))
                stack[-1].append(E('fn', {'ref': str(n)}))
                if context:
                    self.fn_refs.setdefault(n, []).append((line, ''.join(plain_so_far)))
                    self.fn_ref_order.append((n, line))
            elif m.group('link'):
                text = unescape(m.group('ltext'))
                stack[-1].append(E('link', {'href': m.group('lhref')}, text))
                plain_so_far.append(text)
            elif m.group('auto'):
                href = m.group('ahref')
                stack[-1].append(E('link', {'href': href}, href))
                plain_so_far.append(href)
            else:
                tag = 'strong' if m.group('strong') else 'em'
                if stack[-1][0] == tag:
                    el = stack.pop()
                    if len(el) == 2:
                        # '****' or '**' around nothing: drop the empty span
                        stack[-1].remove(el)
                elif any(s[0] == tag for s in stack):
                    fail(line, 'overlapping %s/%s emphasis' % (stack[-1][0], tag))
                else:
                    el = E(tag)
                    stack[-1].append(el)
                    stack.append(el)
        add_text(md[pos:])
        if len(stack) != 1:
            fail(line, 'unclosed %s emphasis in %r' % (stack[-1][0], md[:60]))
        repair_children(root)
        children = root[2:]
        children = self.link_guideline_titles(children, line)
        return children

    def find_guideline(self, title):
        t = re.sub(r'\s+', ' ', title).strip().casefold()
        for gt, gid in self.guideline_titles:
            if gt.casefold() == t:
                return gid
        return None

    def link_guideline_titles(self, children, line):
        """'Se også *Retningslinje for …*': an italic span that names a
        guideline becomes <xref target="guideline-id">.  The title is matched
        case-insensitively against the guideline titles from the table of
        contents.  A trailing parenthesis that is not part of the title
        ('… til borgere i hjemløshed (§ 110)') is tolerated and reported."""
        out = []
        for c in children:
            if isinstance(c, list) and c[0] == 'em':
                text = el_text(c)
                if re.match(r'^\s*Retningslinje for\b', text, re.I):
                    gid = self.find_guideline(text)
                    note = ''
                    if gid is None:
                        shorter = re.sub(r'\s*\([^)]*\)\s*$', '', text)
                        gid = self.find_guideline(shorter)
                        if gid:
                            note = 'matched without the trailing parenthesis'
                    self.xrefs.append((line, text, gid, note))
                    if gid:
                        out.append(E('xref', {'target': gid}, *c[2:]))
                        continue
                out.append(c)
            elif isinstance(c, list):
                out.append(c[:2] + self.link_guideline_titles(c[2:], line))
            else:
                out.extend(self.link_plain_titles(c, line))
        return out

    def link_plain_titles(self, text, line):
        """A few footnotes name a guideline without italics ('Se Retningslinje
        for specialiserede indsatser og faglig viden på side 99'); a full,
        exact title in running text is linked as well."""
        if not self.guideline_titles:
            return [text]
        if not hasattr(self, '_title_re'):
            titles = sorted((t for t, _ in self.guideline_titles), key=len, reverse=True)
            self._title_re = re.compile('|'.join(re.escape(t) for t in titles), re.I)
        out = []
        pos = 0
        for m in self._title_re.finditer(text):
            gid = self.find_guideline(m.group(0))
            out.append(text[pos:m.start()])
            out.append(E('xref', {'target': gid}, m.group(0)))
            self.xrefs.append((line, m.group(0), gid, 'plain text, not italic'))
            pos = m.end()
        out.append(text[pos:])
        return [x for x in out if x != '']

    # -- blocks ----------------------------------------------------------

    def blocks_to_elements(self, blocks):
        """BLOCK* : paragraphs → <p>; runs of list items → <list>; items
        indented under an item → a nested <list> inside that item."""
        out = []
        i = 0
        while i < len(blocks):
            b = blocks[i]
            if b.kind == 'p':
                out.append(E('p', {}, *self.inline(b.text, b.line)))
                i += 1
            elif b.kind == 'li':
                j = i
                while j < len(blocks) and blocks[j].kind == 'li':
                    j += 1
                out.append(self.list_element(blocks[i:j]))
                i = j
            else:
                fail(b.line, 'heading %r cannot be placed here' % b.text)
        return out

    def list_element(self, items):
        base = items[0].indent
        lst = E('list')
        for it in items:
            if it.indent > base:
                last = lst[-1] if len(lst) > 2 else None
                if last is None:
                    fail(it.line, 'indented list item without a parent item')
                if isinstance(last[-1], list) and last[-1][0] == 'list':
                    sub = last[-1]
                else:
                    sub = E('list')
                    last.append(sub)
                sub.append(E('item', {}, *self.inline(it.text, it.line)))
            elif it.indent < base:
                fail(it.line, 'list item outdented past the list start')
            else:
                lst.append(E('item', {}, *self.inline(it.text, it.line)))
        return lst


# ---------------------------------------------------------------------------
# Classification of directions and sub-points
#
# The publication's own rule (Kapitel 1, "Hvordan kan retningslinjerne
# anvendes?"): "skal" is used where the municipality is obliged by law, while
# "bør", "kan" or similar wording is used for good professional practice.
# We classify by the FIRST of the whole words "skal", "bør", "kan" in the text
# (case-insensitive): skal → skal, bør → boer, kan → kan.  Text that opens
# with "Det er god praksis" is good practice even if a modal verb follows, and
# text with none of the three words ("Det er vigtigt, at …") is god-praksis.

MODAL_RE = re.compile(r'(?<![\w])(skal|bør|kan)(?![\w])', re.I)
CLASS_OF = {'skal': 'skal', 'bør': 'boer', 'kan': 'kan'}


def classify(md):
    text = plain(md).strip()
    if re.match(r'^Det er god praksis\b', text):
        return 'god-praksis'
    m = MODAL_RE.search(text)
    if not m:
        return 'god-praksis'
    return CLASS_OF[m.group(1).lower()]


def doubts(md, cls, has_fn):
    """Reasons to doubt the mechanical classification (for the report only):
    a "skal" later in the text when the class is weaker (a legal obligation
    may hide behind a "bør"/"kan"); the deciding word sitting in a
    subordinate clause while a different modal follows (the main verb may be
    the later one); "skal" without a footnoted legal basis."""
    text = plain(md)
    modals = [(m.start(), m.group(1).lower()) for m in MODAL_RE.finditer(text)]
    reasons = []
    if cls != 'skal' and any(w == 'skal' for _, w in modals):
        reasons.append('class %s but "skal" appears later' % cls)
    if modals and cls != 'god-praksis':
        start, word = modals[0]
        # the clause holding the deciding word, unless it opens the sentence
        # (a sentence-initial 'Der skal …' is not a subordinate clause)
        parts = re.split(r'[,–]', re.split(r'[.;]', text[:start])[-1])
        clause = parts[-1] if len(parts) > 1 else ''
        later = {w for _, w in modals[1:]} - {word}
        if later and re.match(r'\s*(der|som|at|hvis|når|hvor|så|såfremt|idet|fordi|da)(?![\w])', clause, re.I):
            reasons.append('deciding "%s" sits in a subordinate clause; later: %s'
                           % (word, '/'.join(sorted(later))))
    if cls == 'skal' and not has_fn:
        reasons.append('"skal" without a footnote marker in the text')
    return reasons


# ---------------------------------------------------------------------------
# Law references in footnotes
#
# Footnotes cite laws in many shapes, e.g.
#   "Servicelovens §§ 10 og 11, stk. 2 og 7, og § 12, jf. lovbekendtgørelse
#    nr. 1287 af 28. august 2020 og retssikkerhedslovens § 5, jf. …"
#   "Lov om en aktiv beskæftigelsesindsats § 167, stk. 2, jf. lov nr. 548 …"
#   "§§ 2 j og 2 k i Lov om kommunal indsats for unge under 25 år, jf. …"
#   "Lovbekendtgørelse nr. 825 af 16. august 2019 om kommunal indsats for unge
#    under 25 år §§ 12a-c og …"
#   "Jf. lovbekendtgørelse nr. 1287 af 28. august 2020."  (law named in the
#    body text at the footnote marker)
# The text is scanned into tokens -- LAW (a law's name), PARA (a paragraph
# specification starting with § or §§), INSTR (an instrument: lovbekend-
# tgørelse / bekendtgørelse / lov / cirkulære nr. N af date) -- which are then
# combined left to right.  A "jf. <instrument>" applies to the laws cited
# before it since the previous instrument.

# Known laws: (pattern, key, usual short name).  Genitive forms and the
# misspellings found in the source ("Serviceovens", "Boligstøtteleovens",
# "boligstøtteleven") are included on purpose.
LAWS = [
    (r'lov om ændring af .*?forskellige andre love', None, None),  # amending act, keyed by its number
    (r'lov om højeste, mellemste, forhøjet almindelig og almindelig førtidspension(?: m\.v\.)?',
     'foertidspensionsloven', 'Lov om højeste, mellemste, forhøjet almindelig og almindelig førtidspension m.v.'),
    (r'servicel?ovens?\b|lov om social ?service\b', 'serviceloven', 'Serviceloven'),
    (r'retssikkerhedslovens?\b|lov om retssikkerhed og administration på det sociale område',
     'retssikkerhedsloven', 'Retssikkerhedsloven'),
    (r'almenboliglovens?\b|lov om almene boliger(?: m\.v\.| mv\.)?', 'almenboligloven', 'Almenboligloven'),
    (r'aktivlovens?\b|lov om (?:en )?aktiv socialpolitik', 'aktivloven', 'Lov om aktiv socialpolitik'),
    (r'sundhedslovens?\b', 'sundhedsloven', 'Sundhedsloven'),
    (r'forvaltningslovens?\b', 'forvaltningsloven', 'Forvaltningsloven'),
    (r'psykiatrilovens?\b|lov om anvendelse af tvang i psykiatrien(?: m\.v\.)?', 'psykiatriloven', 'Psykiatriloven'),
    (r'retsplejelovens?\b', 'retsplejeloven', 'Retsplejeloven'),
    (r'straffelovens?\b', 'straffeloven', 'Straffeloven'),
    (r'boligstøttele?o?vens?\b|lov om individuel boligstøtte', 'boligstoetteloven', 'Lov om individuel boligstøtte'),
    (r'pensionslovens?\b|lov om social pension', 'pensionsloven', 'Lov om social pension'),
    (r'lov om (?:en )?aktiv beskæftigelsesindsats|lov om aktiv beskæftigelse\b',
     'beskaeftigelsesloven', 'Lov om en aktiv beskæftigelsesindsats'),
    (r'(?:lov )?om (?:den )?kommunale? indsats for unge under 25 år', 'ungeindsatsloven',
     'Lov om kommunal indsats for unge under 25 år'),
    (r'(?:lov )?om elevers og studerendes undervisningsmiljø', 'undervisningsmiljoeloven',
     'Lov om elevers og studerendes undervisningsmiljø'),
    (r'lov om social ?tilsyn\b|socialtilsynslovens?\b', 'socialtilsynsloven', 'Lov om socialtilsyn'),
    (r'lov om det centrale personregister|cpr-lovens?\b', 'cpr-loven', 'CPR-loven'),
    (r'lov om forberedende grunduddannelse', 'fgu-loven', 'Lov om forberedende grunduddannelse'),
    (r'lov om organisering og understøttelse af beskæftigelsesindsatsen(?: m\.v\.)?(?: \(organiseringsloven\))?',
     'organiseringsloven', 'Organiseringsloven'),
    (r'lov om kommunal anvisningsret', 'anvisningsloven', 'Lov om kommunal anvisningsret'),
    (r'bekendtgørelse om rådighed for personer .*?som aktivitetsparate', None, None),  # keyed by its number
    (r'forordning \(EU\) 2016/679', 'databeskyttelsesforordningen', 'Databeskyttelsesforordningen'),
]
LAW_RES = [(re.compile(p, re.I), k, n) for p, k, n in LAWS]

INSTR_RE = re.compile(
    r'(?P<jf>\bjf\.\s+)?'
    r'(?:(?P<type>lovbekendtgørelse|bekendtgørelse|cirkulære|lov)\s+(?:nr\.\s+)?(?=\d)|(?<=jf\. )(?=\d))'
    r'(?P<nr>\d+)\s+af\.?\s+(?P<day>\d{1,2})\.\s+(?P<month>' + MONTH_RE + r')(?:\s+(?P<year>\d{4}))?',
    re.I)

# Instrument types as attribute prefixes.
INSTR_ATTR = {'lovbekendtgørelse': 'lbk', 'lov': 'lov', 'bekendtgørelse': 'bek', 'cirkulære': 'cirk'}
INSTR_NAME = {'lovbekendtgørelse': 'Lovbekendtgørelse', 'lov': 'Lov',
              'bekendtgørelse': 'Bekendtgørelse', 'cirkulære': 'Cirkulære'}

# Paragraph specifications: '§§ 10 og 11, stk. 2 og 7, og § 12', '§ 81 a',
# '§§ 82a-d', '§ 107, stk. 2, nr. 1 og 2', '§ 33, stk. 1, pkt. 9'.  A number
# may carry a letter, with or without a space ('§ 81 a', '§§ 2 j og 2 k'); the
# letter 'i' is excluded because '§§ 2-4 i bekendtgørelse …' means "in".
SPEC_TOKEN_RE = re.compile(
    r'\s*(?:(?P<par>§§?)|(?P<stk>stk\.)|(?P<nr>nr\.)|(?P<pkt>pkt\.)'
    r'|(?P<conj>og|eller)(?![\w])|(?P<til>til)(?![\w])|(?P<comma>,)|(?P<dash>[-–])'
    r'|(?P<num>\d+(?:\s?[a-hjk](?![\wæøå]))?)|(?P<letter>(?<=[-–])[a-hjk](?![\wæøå])))')


def parse_spec(text, start):
    """Parse a paragraph specification beginning at text[start] == '§'.
    Returns (refs, end) where refs is a list of dicts with 'paragraph',
    optional 'to', 'stk', 'nr', 'pkt' (lists of strings)."""
    pos = start
    toks = []
    good_end = start
    while True:
        m = SPEC_TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            break
        kind = m.lastgroup
        toks.append((kind, re.sub(r'\s', '', m.group(kind))))
        pos = m.end()
        if kind in ('num', 'letter'):
            good_end = pos
            good_len = len(toks)
    if good_end == start:
        return [], start
    toks = toks[:good_len]
    refs = []
    field = 'paragraph'
    pending_range = False
    for kind, val in toks:
        if kind == 'par':
            field = 'paragraph'
            pending_range = False
        elif kind in ('stk', 'nr', 'pkt'):
            field = kind
            pending_range = False
        elif kind in ('dash', 'til'):
            pending_range = True
        elif kind in ('comma', 'conj'):
            pending_range = False
        elif kind in ('num', 'letter'):
            if field == 'paragraph':
                if pending_range and refs:
                    if kind == 'letter':
                        # '§§ 82a-d' → from 82a to 82d
                        val = re.match(r'\d+', refs[-1]['paragraph']).group(0) + val
                    refs[-1]['to'] = val
                elif kind == 'num':
                    refs.append({'paragraph': val})
            else:
                if not refs:
                    return [], start
                lst = refs[-1].setdefault(field, [])
                if pending_range and lst and lst[-1].isdigit() and val.isdigit():
                    # 'stk. 1-2', 'stk. 4-10', 'stk. 1 til 2': expand numerically
                    lst.extend(str(k) for k in range(int(lst[-1]) + 1, int(val) + 1))
                else:
                    lst.append(val)
            pending_range = False
    return refs, good_end


def iso_date(day, month, year):
    if not year:
        return None
    return '%04d-%02d-%02d' % (int(year), MONTHS[month.lower()], int(day))


def preprocess_citation(text):
    """Plain footnote text with the source's typing slips in citations
    normalised (only for parsing; the footnote text itself is kept as is)."""
    t = plain(text)
    t = re.sub(r'lovbe-\s+kendtgørelse', 'lovbekendtgørelse', t)  # hyphenation at a line end
    t = re.sub(r'\blovebekendtgørelse', 'lovbekendtgørelse', t)    # 'lovebekendtgørelse'
    t = re.sub(r'\blovbekendtgørelsen\b', 'lovbekendtgørelse', t)  # 'jf. lovbekendtgørelsen nr.'
    t = re.sub(r'\bjf\.\s+jf\.', 'jf.', t)                          # 'jf. jf. lovbekendtgørelse'
    t = re.sub(r'stk\.(?=\d)', 'stk. ', t)                          # 'stk.2'
    t = re.sub(r'\s+', ' ', t)
    return t


class LawParser:
    """Turns footnote texts into <lawref>/<ruling> records."""

    def __init__(self):
        self.instr_names = {}   # (type, nr, year) → (key, name) from titled citations
        self.lbk_laws = {}      # lbk nr → law key, from explicit citations
        self.law_names = {k: n for _, k, n in LAWS if k}

    # -- tokens ----------------------------------------------------------

    def tokens(self, t):
        toks = []
        # Bills ("forslag til lov om …, LSF 150") and guidance documents
        # ("vejledning nr. … om …, pkt. …") are not laws, but their titles
        # contain law names; mask them.
        skip = []
        for m in re.finditer(r'forslag til lov om .*?(?=, LSF|$)', t, re.I):
            skip.append((m.start(), m.end()))
        for m in re.finditer(r'\bvejledning\b.*?(?=, (?:pkt|punkt|afsnit)\b|\.(?: [A-ZÆØÅ]|$)|$)', t, re.I):
            skip.append((m.start(), m.end()))

        def masked(a, b):
            return any(s <= a < e or s < b <= e for s, e in skip)

        for m in INSTR_RE.finditer(t):
            if not masked(m.start(), m.end()):
                typ = (m.group('type') or 'lovbekendtgørelse').lower()
                # 'jf. 938 af 10. september 2019' (retsplejeloven) omits the
                # instrument type; in this publication a bare 'jf. N af date'
                # after a law is its lovbekendtgørelse.
                toks.append(('INSTR', m.start(), m.end(), {
                    'type': typ, 'nr': m.group('nr'),
                    'date': iso_date(m.group('day'), m.group('month'), m.group('year')),
                    'raw_date': '%s. %s %s' % (m.group('day'), m.group('month'), m.group('year') or ''),
                    'year': m.group('year'), 'jf': bool(m.group('jf'))}))
        taken = [(s, e) for _, s, e, _ in toks]
        for rx, key, name in LAW_RES:
            for m in rx.finditer(t):
                a, b = m.start(), m.end()
                if masked(a, b) or any(s < b and a < e for s, e in taken):
                    continue
                taken.append((a, b))
                toks.append(('LAW', a, b, {'key': key, 'name': name, 'text': m.group(0)}))
        for m in re.finditer(r'§', t):
            a = m.start()
            if masked(a, a + 1) or any(s <= a < e for s, e in taken):
                continue
            refs, end = parse_spec(t, a)
            if refs:
                taken.append((a, end))
                toks.append(('PARA', a, end, {'refs': refs}))
        toks.sort(key=lambda x: (x[1], x[2]))
        return toks

    # -- combination -----------------------------------------------------

    def parse(self, text):
        t = preprocess_citation(text)
        toks = self.tokens(t)
        out = []              # lawref dicts, in order
        open_refs = []        # refs waiting for their instrument
        cur = None            # current law: dict(key, name) + 'bare' ref
        orphan = None         # PARA waiting for its law ('§ 2j i lovbekendtgørelse …')
        prev_end = 0
        consumed_until = -1
        for idx, (kind, a, b, d) in enumerate(toks):
            if a < consumed_until:
                continue
            gap = t[prev_end:a]
            if kind == 'LAW':
                law = dict(d)
                if law['key'] is None and re.match(r'lov om ændring', law['text'], re.I):
                    law['name'] = law['text'][0].upper() + law['text'][1:]
                elif law['key'] is None:
                    law['name'] = law['text'][0].upper() + law['text'][1:]
                cur = law
                bare = {'law': law, 'bare': True}
                out.append(bare)
                if law['key'] == 'databeskyttelsesforordningen':
                    # an EU regulation is identified by its own number; a
                    # following 'jf. lov nr. …' belongs to the next law
                    bare['eu'] = '2016/679'
                else:
                    open_refs.append(bare)
                cur['bare_ref'] = bare
                if orphan is not None and re.fullmatch(r'\s*i\s*', gap):
                    self.attach(out, open_refs, cur, orphan)
                    orphan = None
            elif kind == 'PARA':
                after = t[b:b + 4]
                if re.match(r'\s+i\s', after):
                    orphan = d['refs']
                elif cur is not None and re.fullmatch(r'[\s,]*', gap):
                    self.attach(out, open_refs, cur, d['refs'])
                else:
                    # e.g. '§ 110-boformer' in the title of a publication
                    self.unplaced = getattr(self, 'unplaced', [])
                    self.unplaced.append('footnote %s: %s' % (getattr(self, 'current', '?'), t[a:b + 12]))
            elif kind == 'INSTR':
                instr = d
                title_law = None
                # '… nr. 825 af 16. august 2019 om kommunal indsats for unge …'
                # : the instrument's own title follows; it names the law.
                rest = t[b:]
                mt = re.match(r',?\s+om\s+', rest)
                if mt and not (cur is not None and open_refs and instr['jf']):
                    title_end = len(t)
                    for k2, a2, b2, d2 in toks[idx + 1:]:
                        if k2 in ('PARA', 'INSTR'):
                            title_end = a2
                            break
                    ms = re.search(r'\.(?: [A-ZÆØÅ]|$)', t[b:title_end])
                    if ms:
                        title_end = b + ms.start()
                    title = t[b + mt.end():title_end].strip().rstrip(',').strip()
                    title_law = self.law_from_title(title, instr)
                    consumed_until = title_end
                if title_law is not None:
                    cur = title_law
                    ref = {'law': cur, 'bare': True, 'instr': instr}
                    out.append(ref)
                    cur['bare_ref'] = ref
                    if orphan is not None and re.fullmatch(r'\s*i\s*', gap):
                        self.attach(out, [], cur, orphan, instr)
                        orphan = None
                    for r in open_refs:
                        r.setdefault('instr', instr)
                    open_refs = []
                    prev_end = max(b, consumed_until)
                    continue
                waiting = [r for r in open_refs if 'instr' not in r]
                if waiting and (instr['jf'] or re.fullmatch(r'[\s,]*', gap)):
                    for r in waiting:
                        r['instr'] = instr
                    open_refs = []
                else:
                    # An instrument cited on its own: 'Jf. lovbekendtgørelse
                    # nr. 1287 …', 'Jf. bekendtgørelse nr. 1471 … §§ 2 og 4',
                    # 'og bekendtgørelse nr. 1598 af 27. december 2019'.
                    law = {'key': None, 'name': None, 'standalone': True}
                    ref = {'law': law, 'bare': True, 'instr': instr}
                    out.append(ref)
                    law['bare_ref'] = ref
                    cur = law
                    if orphan is not None and re.fullmatch(r'\s*i\s*', gap):
                        self.attach(out, [], cur, orphan, instr)
                        orphan = None
                    open_refs = []
            prev_end = max(b, consumed_until)
        return out

    def attach(self, out, open_refs, law, refs, instr=None):
        bare = law.get('bare_ref')
        for spec in refs:
            r = {'law': law, 'spec': spec}
            if instr is not None:
                r['instr'] = instr
            elif bare is not None and 'instr' in bare:
                r['instr'] = bare['instr']
            out.append(r)
            open_refs.append(r)
        if bare is not None and bare in out:
            out.remove(bare)
            if bare in open_refs:
                open_refs.remove(bare)
        law['bare_ref'] = None

    def law_from_title(self, title, instr):
        """The law (or order) an instrument's title names."""
        for rx, key, name in LAW_RES:
            m = rx.match('om ' + title) or rx.match('lov om ' + title)
            if m and key:
                return {'key': key, 'name': name}
        mp = re.search(r'\(([^()]+)\)\s*$', title)
        if mp and not re.search(r'\d', mp.group(1)):
            short = mp.group(1)
            return {'key': slugify(short), 'name': short[0].upper() + short[1:]}
        typ = instr['type']
        name = '%s om %s' % (INSTR_NAME[typ], title)
        key = '%s-%s-%s' % (INSTR_ATTR[typ], instr['nr'], instr['year'] or 'x')
        if re.match(r'ændring af ', title):
            key = 'aendringslov-%s-%s' % (instr['nr'], instr['year'] or 'x')
        self.instr_names[(typ, instr['nr'], instr['year'])] = (key, name)
        return {'key': key, 'name': name}

    # -- finishing -------------------------------------------------------

    def finish(self, refs):
        """Resolve keys of amending acts / standalone instruments and drop
        bare law mentions that carry nothing (no paragraph, no instrument) or
        that duplicate a paragraph-level reference to the same law."""
        result = []
        for r in refs:
            law = r['law']
            instr = r.get('instr')
            if law.get('key') is None and instr is not None:
                typ = instr['type']
                known = self.instr_names.get((typ, instr['nr'], instr['year']))
                if law.get('name') and re.match(r'lov om ændring', law['name'], re.I):
                    law['key'] = 'aendringslov-%s-%s' % (instr['nr'], instr['year'] or 'x')
                elif law.get('name'):
                    law['key'] = '%s-%s-%s' % (INSTR_ATTR[typ], instr['nr'], instr['year'] or 'x')
                    self.instr_names[(typ, instr['nr'], instr['year'])] = (law['key'], law['name'])
                elif known:
                    law['key'], law['name'] = known
                    law['inferred'] = 'number'
                elif typ == 'lovbekendtgørelse' and instr['nr'] in self.lbk_laws:
                    law['key'] = self.lbk_laws[instr['nr']]
                    law['name'] = self.law_names.get(law['key'])
                    law['inferred'] = 'number'
            result.append(r)
        keys_with_par = {r['law'].get('key') for r in result if 'spec' in r}
        final = []
        for r in result:
            if r.get('bare'):
                if 'instr' not in r and 'eu' not in r and not r['law'].get('standalone'):
                    continue        # a law merely mentioned, no citation
                if r['law'].get('key') in keys_with_par:
                    continue
            final.append(r)
        return final

    def learn(self, refs):
        for r in refs:
            instr = r.get('instr')
            key = r['law'].get('key')
            if instr and key and instr['type'] == 'lovbekendtgørelse' and not r['law'].get('inferred'):
                self.lbk_laws.setdefault(instr['nr'], key)


RULING_RE = re.compile(r'principafgørelse\s+(?:nr\.\s+)?((?:R-)?\d+-\d+)', re.I)


# ---------------------------------------------------------------------------
# Stage 3: document structure


def find_line(lines, pattern, start=0, end=None):
    rx = re.compile(pattern)
    for i in range(start, len(lines) if end is None else end):
        if rx.match(lines[i].rstrip('\n')):
            return i
    return None


TOC_LINE_RE = re.compile(r'^(.*?)\s*\.{3,}\s*(\d+)$')


class Document(Converter):

    # -- front matter ----------------------------------------------------

    def parse_front(self, end):
        text = '\n'.join(l.rstrip('\n') for l in self.lines[:end])

        def need(pattern, what):
            m = re.search(pattern, text, re.M)
            if not m:
                fail(1, 'front matter: %s not found' % what)
            return m

        title = need(r'^# (Nationale retningslinjer for indsatsen mod hjemløshed)\s*$', 'title').group(1)
        publisher = need(r'^\*\*Publikationen er udgivet af\*\*\s*\n\s*\n(\S.*)$', 'publisher').group(1).strip()
        m = need(r'^Udgivet: (' + MONTH_RE.title() + r'|' + MONTH_RE + r') (\d{4})\s*$', 'publication date')
        published = '%s-%02d' % (m.group(2), MONTHS[m.group(1).lower()])
        digital = need(r'^Digital udgivelse: ([\d-]+)\s*$', 'digital ISBN').group(1)
        printed = need(r'^Trykt udgivelse: ([\d-]+)\s*$', 'print ISBN').group(1)
        rights = need(r'^(Der kan frit citeres fra .*\.)\s*$', 'rights statement').group(1)
        return E('meta', {},
                 E('title', {}, title),
                 E('publisher', {}, publisher),
                 E('published', {}, published),
                 E('isbn', {'medium': 'digital'}, digital),
                 E('isbn', {'medium': 'print'}, printed),
                 E('rights', {}, rights))

    def parse_toc(self, start, end):
        """Table of contents → chapters with their entries and printed page
        numbers.  Chapter lines are wrapped in <b>…</b> (the dots sometimes
        inside the <b>)."""
        chapters = []
        literature_page = None
        for i in range(start, end):
            raw = self.lines[i].strip()
            if not raw:
                continue
            bold = '<b>' in raw
            s = re.sub(r'</?b>', '', raw).strip()
            m = TOC_LINE_RE.match(s)
            if not m:
                fail(i + 1, 'unreadable table-of-contents line')
            title, page = m.group(1).strip(), int(m.group(2))
            mc = re.match(r'^Kapitel (\d+): (.+)$', title)
            if bold and mc:
                chapters.append({'number': int(mc.group(1)), 'title': mc.group(2), 'page': page,
                                 'entries': [], 'line': i + 1})
            elif bold and title == 'Litteraturliste':
                literature_page = page
            elif bold:
                fail(i + 1, 'unexpected bold table-of-contents line')
            else:
                if not chapters:
                    fail(i + 1, 'table-of-contents entry before the first chapter')
                chapters[-1]['entries'].append({'title': title, 'page': page, 'line': i + 1})
        if [c['number'] for c in chapters] != [1, 2, 3, 4, 5]:
            fail(start + 1, 'table of contents does not list Kapitel 1-5')
        if literature_page is None:
            fail(start + 1, 'table of contents has no Litteraturliste')
        return chapters, literature_page

    # -- Kapitel 1 -------------------------------------------------------

    def parse_introduction(self, chap, blocks):
        toc = {e['title']: e for e in chap['entries']}
        intro = E('introduction', {'id': self.claim_id('kapitel-1', blocks[0].line if blocks else 0),
                                   'number': '1', 'page': str(chap['page']), 'title': chap['title']})
        i = 0
        lead = []
        while i < len(blocks) and blocks[i].kind != 'h':
            lead.append(blocks[i])
            i += 1
        intro.extend(self.blocks_to_elements(lead))
        seen = []
        while i < len(blocks):
            h = blocks[i]
            title = norm_heading(h.text)
            if title not in toc:
                fail(h.line, 'heading %r in Kapitel 1 is not in the table of contents' % title)
            seen.append(title)
            j = i + 1
            while j < len(blocks):
                b = blocks[j]
                if b.kind == 'h' and norm_heading(b.text) in toc:
                    break
                j += 1
            body = blocks[i + 1:j]
            page = str(toc[title]['page'])
            if title.startswith('Principper for god praksis'):
                intro.append(self.parse_principles(title, page, body, h.line))
            elif title == 'Housing First':
                intro.append(self.parse_housing_first(title, page, body, h.line))
            else:
                sid = self.claim_id(slugify(title), h.line)
                sec = E('section', {'id': sid, 'page': page, 'title': title})
                self.fill_with_subsections(sec, sid, body, r'^Kapitel (\d+): (.+)$')
                intro.append(sec)
            i = j
        missing = [t for t in toc if t not in seen]
        if missing:
            fail(chap['line'], 'Kapitel 1 sections missing from the text: %s' % missing)
        return intro

    def fill_with_subsections(self, parent, pid, body, sub_pattern):
        """BLOCK* then <subsection>s; only headings matching sub_pattern may
        open a subsection (in "Opbygning af retningslinjerne" the chapter
        summaries are headings '## **Kapitel 2:** Forebyggelse af hjemløshed')."""
        i = 0
        lead = []
        while i < len(body) and body[i].kind != 'h':
            lead.append(body[i])
            i += 1
        parent.extend(self.blocks_to_elements(lead))
        while i < len(body):
            h = body[i]
            title = norm_heading(h.text)
            if not re.match(sub_pattern, title):
                fail(h.line, 'unexpected heading %r' % title)
            j = i + 1
            while j < len(body) and body[j].kind != 'h':
                j += 1
            sub = E('subsection', {'id': self.unique_id(pid + '.' + slugify(title), h.line), 'title': title})
            sub.extend(self.blocks_to_elements(body[i + 1:j]))
            parent.append(sub)
            i = j

    def parse_principles(self, title, page, body, line):
        """The nine principles are numbered headings '### 1. Fokus på
        forebyggelse' … but 8 and 9 are '##' headings in the source; the level
        is ignored, the number decides."""
        el = E('principles', {'id': self.claim_id('principper', line), 'page': page, 'title': title})
        i = 0
        lead = []
        while i < len(body) and body[i].kind != 'h':
            lead.append(body[i])
            i += 1
        el.extend(self.blocks_to_elements(lead))
        expected = 1
        while i < len(body):
            h = body[i]
            m = re.match(r'^(\d+)\.\s+(.+)$', norm_heading(h.text))
            if not m or int(m.group(1)) != expected:
                fail(h.line, 'expected principle %d, found %r' % (expected, h.text))
            j = i + 1
            while j < len(body) and body[j].kind != 'h':
                j += 1
            p = E('principle', {'id': self.claim_id('princip-%d' % expected, h.line),
                                'number': str(expected), 'title': m.group(2)})
            p.extend(self.blocks_to_elements(body[i + 1:j]))
            el.append(p)
            expected += 1
            i = j
        if expected - 1 != 9:
            fail(line, 'found %d principles, expected 9' % (expected - 1))
        return el

    def parse_housing_first(self, title, page, body, line):
        """Housing First: the list after '… bygger på følgende
        kerneprincipper:' becomes <core-principles>; the support methods are
        added at the end (see add_support_methods)."""
        el = E('housing-first', {'id': self.claim_id('housing-first', line), 'page': page, 'title': title})
        for b in body:
            if b.kind == 'h':
                fail(b.line, 'unexpected heading in Housing First')
        i = 0
        found = False
        while i < len(body):
            b = body[i]
            if (b.kind == 'li' and i > 0 and body[i - 1].kind == 'p'
                    and plain(body[i - 1].text).rstrip().endswith('kerneprincipper:')):
                j = i
                while j < len(body) and body[j].kind == 'li':
                    j += 1
                cp = E('core-principles')
                for n, it in enumerate(body[i:j], 1):
                    cp.append(E('core-principle', {'id': self.claim_id('hf-kerneprincip-%d' % n, it.line),
                                                   'number': str(n)}, *self.inline(it.text, it.line)))
                el.append(cp)
                found = True
                i = j
                continue
            j = i
            while j < len(body) and not (body[j].kind == 'li' and j > 0 and body[j - 1].kind == 'p'
                                         and plain(body[j - 1].text).rstrip().endswith('kerneprincipper:')):
                j += 1
            el.extend(self.blocks_to_elements(body[i:j]))
            i = j
        if not found:
            fail(line, 'Housing First core principles not found')
        self.housing_first = el
        return el

    # -- Kapitel 2-5 -----------------------------------------------------

    def parse_chapter(self, chap, head, blocks):
        cid = self.claim_id('kapitel-%d' % chap['number'], head.line)
        el = E('chapter', {'id': cid, 'number': str(chap['number']), 'page': str(chap['page']),
                           'title': chap['title']})
        entries = list(chap['entries'])
        if not entries or entries[0]['title'] != 'Introduktion':
            fail(chap['line'], 'chapter %d has no Introduktion in the table of contents' % chap['number'])
        entries.pop(0)
        # '## Introduktion' → <chapter-intro>
        if not blocks or blocks[0].kind != 'h' or norm_heading(blocks[0].text) != 'Introduktion':
            fail(head.line, 'chapter %d does not start with "## Introduktion"' % chap['number'])
        i = 1
        j = i
        while j < len(blocks) and not (blocks[j].kind == 'h' and blocks[j].level == 1):
            j += 1
        intro = E('chapter-intro')
        intro.extend(self.blocks_to_elements(blocks[i:j]))
        el.append(intro)
        i = j
        while i < len(blocks):
            h = blocks[i]
            j = i + 1
            while j < len(blocks) and not (blocks[j].kind == 'h' and blocks[j].level == 1):
                j += 1
            if not entries:
                fail(h.line, 'more guidelines in chapter %d than in the table of contents' % chap['number'])
            entry = entries.pop(0)
            # The guideline headings are in upper case; the table of contents
            # has the proper case, so the title comes from there.
            if h.text.upper() != entry['title'].upper():
                fail(h.line, 'guideline heading %r does not match table-of-contents entry %r'
                     % (h.text, entry['title']))
            el.append(self.parse_guideline(entry, h, blocks[i + 1:j]))
            i = j
        if entries:
            fail(chap['line'], 'guidelines missing from the text: %s' % [e['title'] for e in entries])
        return el

    def guideline_id(self, title):
        short = re.sub(r'^Retningslinje for\s+', '', title)
        # drop the '– primær forebyggelse' style suffix from the id only
        base = re.sub(r'\s+[–-]\s+(primær|sekundær|tertiær) forebyggelse$', '', short)
        return slugify(base), short[0].upper() + short[1:]

    def parse_guideline(self, entry, head, blocks):
        self.guideline_no += 1
        gid, short = self.guideline_id(entry['title'])
        gid = self.claim_id(gid, head.line)
        g = E('guideline', {'id': gid, 'number': str(self.guideline_no), 'page': str(entry['page']),
                            'title': entry['title'], 'short-title': short})
        sections = {}
        order = []
        i = 0
        # Formål / Retningslinjen understøtter / Værd at vide / Anvisninger:
        # headings at any level ('##' or '###'), sometimes bold.
        while i < len(blocks):
            b = blocks[i]
            if b.kind != 'h':
                fail(b.line, 'text before the first section of the guideline')
            title = norm_heading(b.text)
            key = title.casefold()
            if key == 'formål':
                name = 'purpose'
            elif key == 'retningslinjen understøtter':
                name = 'supports'
            elif key == 'værd at vide':
                name = 'know'
            elif key.startswith('anvisninger for'):
                name = 'directions'
            else:
                fail(b.line, 'unexpected guideline section heading %r' % title)
            if name in sections:
                fail(b.line, 'section %r twice' % title)
            if name == 'directions':
                sections[name] = (title, b.line, blocks[i + 1:])
                order.append(name)
                break
            j = i + 1
            while j < len(blocks) and blocks[j].kind != 'h':
                j += 1
            sections[name] = (title, b.line, blocks[i + 1:j])
            order.append(name)
            i = j
        if order != ['purpose', 'supports', 'know', 'directions']:
            fail(head.line, 'guideline sections out of order or missing: %s' % order)
        g.append(E('purpose', {}, *self.blocks_to_elements(sections['purpose'][2])))
        sup = E('supports')
        for b in sections['supports'][2]:
            if b.kind != 'li':
                fail(b.line, '"Retningslinjen understøtter" holds a non-list paragraph')
            sup.append(E('item', {}, *self.inline(b.text, b.line)))
        g.append(sup)
        g.append(E('know', {}, *self.blocks_to_elements(sections['know'][2])))
        dtitle, dline, rest = sections['directions']
        directions, practice = self.parse_directions(gid, dtitle, dline, rest)
        g.append(directions)
        if practice is not None:
            g.append(practice)
        return g

    def parse_directions(self, gid, title, line, blocks):
        """Directions are bold paragraphs ('**Kommunen skal …**'), bold
        headings ('### **…**', '#### **…**') or even plain headings
        ('### Kommunen skal …', '## Kommunen bør …'), each followed by sub-points
        '- » …'.  A direction is a full sentence, so it ends with sentence
        punctuation; the first heading that does not is where the practice
        part begins -- some guidelines have no "Praksis og gældende
        lovgivning" heading and go straight to their first practice
        subsection."""
        el = E('directions', {'title': title})
        cur = None
        n = 0
        i = 0
        while i < len(blocks):
            b = blocks[i]
            is_head = b.kind == 'h'
            if is_head or (b.kind == 'p' and is_bold_para(b.text)):
                t = norm_heading(b.text) if is_head else strip_bold(b.text)
                if norm_heading(b.text).casefold() == 'praksis og gældende lovgivning':
                    return el, self.parse_practice(gid, blocks[i + 1:], 'Praksis og gældende lovgivning', b.line)
                if is_head and not ends_sentence(t):
                    self.irregularities.append((b.line, 'guideline %s: no "Praksis og gældende lovgivning" '
                                                'heading; practice starts at %r' % (gid, t)))
                    return el, self.parse_practice(gid, blocks[i:], None, b.line)
                if is_head:
                    t = strip_bold(re.sub(r'^#+\s*', '', b.text))
                    if not b.text.lstrip('#').strip().startswith('**'):
                        self.irregularities.append((b.line, 'direction given as a plain heading: %r' % t[:60]))
                n += 1
                cur = self.direction(gid, n, t, b.line)
                el.append(cur)
            elif b.kind == 'p':
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                if nxt is not None and nxt.kind == 'li':
                    # A plain paragraph followed by sub-points is a direction
                    # that lost its bold in the conversion (only sub-points
                    # '- »' follow directions).
                    self.irregularities.append((b.line, 'direction without bold (followed by sub-points): %r'
                                                % plain(b.text)[:60]))
                    n += 1
                    cur = self.direction(gid, n, b.text, b.line)
                    el.append(cur)
                else:
                    self.irregularities.append((b.line, 'non-direction paragraph among directions kept as <p>: %r'
                                                % plain(b.text)[:60]))
                    el.append(E('p', {}, *self.inline(b.text, b.line)))
                    cur = None
            elif b.kind == 'li':
                if cur is None:
                    fail(b.line, 'sub-point without a direction')
                if b.indent:
                    fail(b.line, 'nested sub-point')
                m = sum(1 for c in cur[2:] if isinstance(c, list) and c[0] == 'subpoint') + 1
                sid = self.claim_id('%s.%d' % (cur[1]['id'], m), b.line)
                cls = classify(b.text)
                sp = E('subpoint', {'id': sid, 'class': cls}, *self.inline(b.text, b.line))
                cur.append(sp)
                self.record_class('subpoint', sid, b.text, cls, b.line)
            i += 1
        self.irregularities.append((line, 'guideline %s has no practice part' % gid))
        return el, None

    def direction(self, gid, n, md, line):
        did = self.claim_id('%s.a%d' % (gid, n), line)
        cls = classify(md)
        d = E('direction', {'id': did, 'class': cls}, E('text', {}, *self.inline(md, line)))
        self.record_class('direction', did, md, cls, line)
        return d

    def record_class(self, what, ident, md, cls, line):
        self.classes.append((what, ident, cls, line, md))

    def parse_practice(self, gid, blocks, title, line):
        """Praksis og gældende lovgivning: BLOCK*, then one <subsection> per
        heading.  Heading levels ('##', '###', '####', bold or not) are not
        used consistently, so every heading opens a flat subsection."""
        attrs = {'title': title} if title else {}
        el = E('practice', attrs)
        i = 0
        lead = []
        while i < len(blocks) and blocks[i].kind != 'h':
            lead.append(blocks[i])
            i += 1
        el.extend(self.blocks_to_elements(lead))
        while i < len(blocks):
            h = blocks[i]
            t = norm_heading(h.text)
            if t.casefold() == 'praksis og gældende lovgivning':
                fail(h.line, 'second "Praksis og gældende lovgivning" heading')
            j = i + 1
            while j < len(blocks) and blocks[j].kind != 'h':
                j += 1
            for b in blocks[i + 1:j]:
                if b.kind == 'p' and is_bold_para(b.text):
                    fail(b.line, 'bold paragraph inside a practice subsection')
            sub = E('subsection', {'id': self.unique_id(gid + '.' + slugify(t), h.line), 'title': t})
            sub.extend(self.blocks_to_elements(blocks[i + 1:j]))
            el.append(sub)
            i = j
        return el

    # -- literature ------------------------------------------------------

    def parse_literature(self, page, head, blocks):
        """Litteraturliste: entries are paragraphs at first and '- ' list
        items later (the conversion changed style half-way)."""
        el = E('literature', {'id': self.claim_id('litteraturliste', head.line), 'page': str(page),
                              'title': norm_heading(head.text)})
        n = 0
        for b in blocks:
            if b.kind == 'h':
                fail(b.line, 'heading inside the literature list')
            if b.kind == 'li' and b.indent:
                fail(b.line, 'nested item in the literature list')
            n += 1
            el.append(E('entry', {'id': self.claim_id('lit-%d' % n, b.line)}, *self.inline(b.text, b.line)))
        return el

    # -- support methods -------------------------------------------------

    # The Housing First support methods with a one-sentence description copied
    # verbatim from the publication: (abbr, name, first words of the sentence).
    SUPPORT_METHODS = [
        ('CTI', 'Critical Time Intervention', 'CTI er rettet mod gruppen af borgere i hjemløshed'),
        ('ICM', 'Intensive Case Management',
         'Borgere i hjemløshed, som har brug for en langvarig indsats, men som i en vis grad'),
        ('ACT', 'Assertive Community Treatment',
         'Borgere i hjemløshed med brug for en langvarig indsats, som har meget vanskeligt'),
    ]

    def add_support_methods(self, root):
        """Find each sentence in the converted text and copy it (as plain
        text: the footnote marker stays where it belongs, at the original
        sentence).  'source' names the nearest element with an id that holds
        the original."""
        parents = {}

        def walk(el, ancestors):
            for c in el[2:]:
                if isinstance(c, list):
                    parents[id(c)] = ancestors
                    walk(c, ancestors + [c])
        walk(root, [root])
        sm = E('support-methods')
        for abbr, name, prefix in self.SUPPORT_METHODS:
            hits = []

            def search(el, ancestors):
                for c in el[2:]:
                    if isinstance(c, list):
                        if c[0] in ('p', 'item', 'subpoint', 'text'):
                            txt = el_text(c)
                            k = txt.find(prefix)
                            if k >= 0:
                                hits.append((txt, k, ancestors + [c]))
                        else:
                            search(c, ancestors + [c])
            search(root, [root])
            if len(hits) != 1:
                fail(0, 'support method %s: %d places hold the description sentence' % (abbr, len(hits)))
            txt, k, chain = hits[0]
            m = re.match(r'.*?\.(?=\s+[A-ZÆØÅ]|\s*$)', txt[k:], re.S)
            if not m:
                fail(0, 'support method %s: sentence end not found' % abbr)
            source = next(a[1]['id'] for a in reversed(chain) if a[1].get('id'))
            sm.append(E('method', {'id': self.claim_id('metode-' + abbr.lower(), 0), 'abbr': abbr,
                                   'name': name, 'source': source}, m.group(0).strip()))
        self.housing_first.append(sm)

    # -- footnotes -------------------------------------------------------

    def build_footnotes(self):
        parser = LawParser()
        parsed = {}
        for n in sorted(self.fns.texts):
            parser.current = n
            parsed[n] = parser.parse(self.fns.texts[n][0])
            parser.learn(parsed[n])
        # Second pass: instrument titles and lbk numbers learnt from all
        # footnotes are now known.
        fe = E('footnotes')
        self.lawref_count = 0
        self.ruling_count = 0
        self.no_lawref = []
        self.inferred = []
        for n in sorted(self.fns.texts):
            md, line = self.fns.texts[n]
            refs = parser.finish(parsed[n])
            for r in refs:
                if r['law'].get('standalone') and r['instr']['type'] == 'lovbekendtgørelse':
                    self.infer_from_context(n, r, parser)
                elif r['law'].get('standalone') and not r['law'].get('key'):
                    self.title_from_context(n, r)
            fn = E('footnote', {'id': self.claim_id('fn-%d' % n, line), 'number': str(n)},
                   E('text', {}, *self.inline(md, line, context=False)))
            seen = set()
            for r in refs:
                attrs = self.lawref_attrs(r, n, line)
                sig = tuple(attrs.items())
                if sig in seen:
                    continue
                seen.add(sig)
                fn.append(E('lawref', attrs))
                self.lawref_count += 1
            rulings = []
            for m in RULING_RE.finditer(plain(md)):
                if m.group(1) not in rulings:
                    rulings.append(m.group(1))
            for r in rulings:
                fn.append(E('ruling', {'body': 'Ankestyrelsen', 'number': r}))
                self.ruling_count += 1
            if not refs and re.search(r'lov', plain(md), re.I):
                self.no_lawref.append((n, plain(md)))
            fe.append(fn)
        self.unplaced_specs = getattr(parser, 'unplaced', [])
        return fe

    def infer_from_context(self, n, r, parser):
        """'Jf. lovbekendtgørelse nr. 1287 af 28. august 2020.' names no law;
        the law is named in the body text just before the footnote marker
        ('… jf. servicelovens § 12<sup>11</sup>').  Take the last law named in
        that sentence; if a paragraph specification stands right at the
        marker, take it too."""
        law = r['law']
        ctxs = self.fn_refs.get(n)
        if not ctxs:
            return
        ctx = preprocess_citation(ctxs[0][1]).rstrip()
        sentence = re.split(r'(?<=[.!?])\s+(?=[A-ZÆØÅ§])', ctx)[-1]
        toks = parser.tokens(sentence)
        laws = [t for t in toks if t[0] == 'LAW' and t[3]['key']]
        if not laws:
            return
        kind, a, b, d = laws[-1]
        if law.get('key') and law['key'] != d['key']:
            self.warnings.append('footnote %d: lbk number suggests %s, text at the marker names %s'
                                 % (n, law['key'], d['key']))
        law['key'], law['name'] = d['key'], d['name']
        law['inferred'] = 'context'
        tail = sentence[b:]
        for t in toks:
            if t[0] == 'PARA' and t[1] >= b and re.fullmatch(r'\s*', sentence[b:t[1]]) \
                    and re.fullmatch(r'[\s.,]*', sentence[t[2]:]):
                r['spec'] = t[3]['refs'][0] if len(t[3]['refs']) == 1 else None
                if r['spec'] is None:
                    del r['spec']
                r.pop('bare', None)
        # '§ 81 i lov om aktiv socialpolitik<sup>69</sup>'
        for t in toks:
            if t[0] == 'PARA' and t[2] <= a and re.fullmatch(r'\s+i\s+', sentence[t[2]:a]) \
                    and re.fullmatch(r'[\s.,]*', tail) and len(t[3]['refs']) == 1:
                r['spec'] = t[3]['refs'][0]
                r.pop('bare', None)
        self.inferred.append((n, law['key'], r.get('spec')))

    def title_from_context(self, n, r):
        """'… beskrevet i bekendtgørelse om tilskud til fremme af …
        (skæve boliger)<sup>282</sup>' with footnote 'Bekendtgørelse nr. 75 af
        28. januar 2020 …': the order's title stands at the marker."""
        ctxs = self.fn_refs.get(n)
        instr = r['instr']
        if not ctxs:
            return
        ctx = preprocess_citation(ctxs[0][1]).rstrip()
        m = re.search(r'\b%s om ([^.;]+?)\s*$' % instr['type'], ctx, re.I)
        if m:
            law = r['law']
            law['key'] = '%s-%s-%s' % (INSTR_ATTR[instr['type']], instr['nr'], instr['year'] or 'x')
            law['name'] = '%s om %s' % (INSTR_NAME[instr['type']], m.group(1))
            law['inferred'] = 'context'
            self.inferred.append((n, law['key'], None))

    def lawref_attrs(self, r, n, line):
        law = r['law']
        instr = r.get('instr')
        if not law.get('key'):
            if instr is None:
                fail(line, 'footnote %d: law reference without law or instrument' % n)
            # Nothing names the instrument: record what we have.
            law['key'] = '%s-%s-%s' % (INSTR_ATTR[instr['type']], instr['nr'], instr['year'] or 'x')
            law['name'] = '%s nr. %s af %s' % (INSTR_NAME[instr['type']], instr['nr'], instr['raw_date'].strip())
            self.warnings.append('footnote %d: %s named only by its number' % (n, law['name']))
        a = {'law': law['key']}
        if law.get('name'):
            a['name'] = law['name']
        spec = r.get('spec')
        if spec:
            a['paragraph'] = spec['paragraph']
            if 'to' in spec:
                a['to'] = spec['to']
            for f in ('stk', 'nr', 'pkt'):
                if f in spec:
                    a[f] = ' '.join(spec[f])
        if instr is not None:
            p = INSTR_ATTR[instr['type']]
            a[p] = instr['nr']
            if instr['date']:
                a[p + '-date'] = instr['date']
            else:
                self.warnings.append('footnote %d: %s %s has no year; date left out'
                                     % (n, instr['type'], instr['nr']))
        if r.get('eu'):
            a['eu'] = r['eu']
        if law.get('inferred'):
            a['inferred'] = law['inferred']
        return a

    # -- whole document --------------------------------------------------

    def convert(self):
        lines = self.lines
        k1 = find_line(lines, r'^# Kapitel 1: Introduktion\s*$')
        if k1 is None:
            fail(1, '"# Kapitel 1: Introduktion" not found')
        toc = find_line(lines, r'^# Indhold\s*$', 0, k1)
        if toc is None:
            fail(1, '"# Indhold" (table of contents) not found')
        meta = self.parse_front(toc)
        chapters, lit_page = self.parse_toc(toc + 1, k1)
        for c in chapters[1:]:
            for e in c['entries'][1:]:
                self.guideline_titles.append((e['title'], self.guideline_id(e['title'])[0]))

        # The back cover ('**Socialstyrelsen**', address, web link) follows the
        # literature list; it is not part of the content.
        litline = find_line(lines, r'^# Litteraturliste\s*$', k1)
        if litline is None:
            fail(1, '"# Litteraturliste" not found')
        back = find_line(lines, r'^\*\*Socialstyrelsen\*\*\s*$', litline)
        if back is None or 'Edisonsvej' not in ''.join(lines[back:]):
            fail(litline + 1, 'back cover after the literature list not found')
        self.irregularities.append((back + 1, 'back cover after the literature list skipped'))
        blocks = lex(lines, k1, back, self.fns)
        blocks = join_page_breaks(blocks, self.join_log)
        self.guideline_no = 0
        self.classes = []
        root = E('publication', {'edition': '2020', 'lang': 'da'}, meta)

        # split at level-1 headings: chapters, guidelines and the literature
        tops = [i for i, b in enumerate(blocks) if b.kind == 'h' and b.level == 1]
        chap_heads = [i for i in tops if re.match(r'^Kapitel \d+: ', blocks[i].text)]
        lit = [i for i in tops if blocks[i].text.strip() == 'Litteraturliste']
        if len(chap_heads) != 5 or len(lit) != 1:
            fail(1, 'expected 5 chapter headings and one Litteraturliste, found %d and %d'
                 % (len(chap_heads), len(lit)))
        bounds = chap_heads + lit + [len(blocks)]
        for k, start in enumerate(chap_heads):
            head = blocks[start]
            m = re.match(r'^Kapitel (\d+): (.+)$', head.text)
            chap = chapters[k]
            if int(m.group(1)) != chap['number'] or m.group(2).strip() != chap['title']:
                fail(head.line, 'chapter heading %r does not match the table of contents' % head.text)
            body = blocks[start + 1:bounds[k + 1]]
            if chap['number'] == 1:
                root.append(self.parse_introduction(chap, body))
            else:
                root.append(self.parse_chapter(chap, head, body))
        self.add_support_methods(root)
        literature = self.parse_literature(lit_page, blocks[lit[0]], blocks[lit[0] + 1:])
        root.append(self.build_footnotes())
        root.append(literature)
        self.check(root)
        return root

    def check(self, root):
        """Self-checks: the counts the publication promises, and footnotes."""
        def count(tag):
            n = 0
            stack = [root]
            while stack:
                el = stack.pop()
                if el[0] == tag:
                    n += 1
                stack.extend(c for c in el[2:] if isinstance(c, list))
            return n
        expect = {'introduction': 1, 'chapter': 4, 'guideline': 25, 'principle': 9,
                  'core-principle': 8, 'method': 3}
        for tag, n in expect.items():
            if count(tag) != n:
                fail(0, 'expected %d <%s>, found %d' % (n, tag, count(tag)))
        total = self.fns.next - 1
        if sorted(self.fns.texts) != list(range(1, total + 1)):
            fail(0, 'footnotes are not numbered 1..%d exactly once' % total)
        for n, refs in sorted(self.fn_refs.items()):
            if n not in self.fns.texts:
                fail(refs[0][0], 'footnote marker %d has no footnote' % n)
            if len(refs) > 1:
                fail(refs[1][0], 'footnote marker %d appears %d times' % (n, len(refs)))
        unref = [n for n in self.fns.texts if n not in self.fn_refs]
        if unref:
            fail(self.fns.texts[unref[0]][1], 'footnotes never referenced: %s' % unref)
        order = [n for n, _ in self.fn_ref_order]
        if order != sorted(order):
            bad = next(i for i in range(1, len(order)) if order[i] < order[i - 1])
            fail(self.fn_ref_order[bad][1], 'footnote markers out of order at %d' % order[bad])
        unmatched = [x for x in self.xrefs if x[2] is None]
        if unmatched:
            fail(unmatched[0][0], 'cross-reference to an unknown guideline: %r' % unmatched[0][1])


# ---------------------------------------------------------------------------
# Serialisation: deterministic, two-space indentation, one element per line;
# elements holding inline content are written on one line.

INLINE_HOLDERS = {'title', 'publisher', 'published', 'isbn', 'rights', 'p', 'item', 'text',
                  'subpoint', 'core-principle', 'method', 'entry'}


def esc_text(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def esc_attr(s):
    return esc_text(s).replace('"', '&quot;')


def start_tag(el, close=False):
    attrs = ''.join(' %s="%s"' % (k, esc_attr(v)) for k, v in el[1].items())
    return '<%s%s%s>' % (el[0], attrs, '/' if close else '')


def write_inline(el, out):
    if len(el) == 2:
        out.append(start_tag(el, True))
        return
    out.append(start_tag(el))
    for c in el[2:]:
        if isinstance(c, str):
            out.append(esc_text(c))
        else:
            write_inline(c, out)
    out.append('</%s>' % el[0])


def write_block(el, depth, out):
    pad = '  ' * depth
    if el[0] in INLINE_HOLDERS or len(el) == 2:
        parts = []
        write_inline(el, parts)
        out.append(pad + ''.join(parts))
        return
    if any(isinstance(c, str) for c in el[2:]):
        raise ValueError('text directly inside <%s>' % el[0])
    out.append(pad + start_tag(el))
    for c in el[2:]:
        write_block(c, depth + 1, out)
    out.append(pad + '</%s>' % el[0])


def serialise(root):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!-- Generated by tools/convert-corpus.py from the Markdown rendering of',
           '     Socialstyrelsen: Nationale retningslinjer for indsatsen mod hjemløshed (2020).',
           '     Do not edit by hand: fix the converter and regenerate. -->']
    write_block(root, 0, out)
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------------------
# Report


def report(doc, root, out):
    def walk(el):
        yield el
        for c in el[2:]:
            if isinstance(c, list):
                yield from walk(c)
    els = list(walk(root))
    cnt = {}
    for el in els:
        cnt[el[0]] = cnt.get(el[0], 0) + 1
    w = out.write
    w('== counts ==\n')
    for tag in ('chapter', 'guideline', 'direction', 'subpoint', 'footnote', 'lawref', 'ruling',
                'entry', 'xref', 'subsection', 'fn', 'link'):
        w('%-12s %d\n' % (tag, cnt.get(tag, 0)))
    by = {}
    for what, ident, cls, line, md in doc.classes:
        by.setdefault(what, {}).setdefault(cls, 0)
        by[what][cls] += 1
    for what in ('direction', 'subpoint'):
        w('%s classes: %s\n' % (what, ', '.join('%s=%d' % kv for kv in sorted(by.get(what, {}).items()))))
    w('\n== page-break joins (first line, joined line, reason) ==\n')
    for a, b, why in doc.join_log:
        w('%d <- %d  %s\n' % (a, b, why))
    w('\n== irregularities handled in structure ==\n')
    for line, what in doc.irregularities:
        w('%d: %s\n' % (line, what))
    w('\n== cross-references ==\n')
    for line, text, gid, note in doc.xrefs:
        w('%d: %s -> %s %s\n' % (line, text, gid, note))
    w('\n== doubtful classifications ==\n')
    fnrefs = {}
    for what, ident, cls, line, md in doc.classes:
        has_fn = '<sup>' in md
        reasons = doubts(md, cls, has_fn)
        if reasons:
            w('%s [%s] %s: %s\n    %s\n' % (ident, cls, line, '; '.join(reasons), plain(md)[:200]))
    w('\n== footnotes mentioning "lov" without lawref (%d) ==\n' % len(doc.no_lawref))
    for n, text in doc.no_lawref:
        w('%d: %s\n' % (n, text[:160]))
    w('\n== law inferred from the text at the marker / lbk number ==\n')
    for n, key, spec in doc.inferred:
        w('%d: %s %s\n' % (n, key, spec or ''))
    w('\n== paragraph specs not placed ==\n')
    for s in doc.unplaced_specs:
        w('%s\n' % s)
    w('\n== warnings ==\n')
    for s in doc.warnings:
        w('%s\n' % s)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('source', help='Markdown rendering of the publication')
    ap.add_argument('-o', '--output', required=True, help='XML file to write')
    ap.add_argument('--report', action='store_true', help='print counts and irregularities to stdout')
    args = ap.parse_args(argv)
    with open(args.source, encoding='utf-8') as f:
        lines = f.read().split('\n')
    doc = Document(lines)
    try:
        root = doc.convert()
    except ConversionError as e:
        where = '%s:%d' % (args.source, e.line) if e.line else args.source
        print('%s: error: %s' % (where, e.message), file=sys.stderr)
        return 1
    text = serialise(root)
    with open(args.output, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    if args.report:
        report(doc, root, sys.stdout)
    return 0


if __name__ == '__main__':
    sys.exit(main())
