import { describe, expect, test } from 'vitest';
import { layoutScene, type Scene } from '../../src/lib/layout/layout.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { escapeXml, sceneToSvg, svgDocument, svgForView } from '../../src/lib/export/svg.ts';
import type { SvgMeta } from '../../src/lib/view/caption.ts';
import { CHART_CSS } from '../../src/lib/draw/chart-css.ts';
import { NEW_BADGE, SHAPE_PATHS } from '../../src/lib/draw/shapes.ts';
import { joinLines } from '../../src/lib/layout/text.ts';
import { ORG_COLORS, CAUSE_COLORS, causeColor, orgColor } from '../../src/lib/draw/palette.ts';
import type { Lang, Person, Post } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { handTimeline, org } from '../fixtures/hand-timeline.ts';
import { allElements, parseXml, textOf, type XmlElement } from './xml-scan.ts';
import { withoutFontFaces } from './fonts-safety.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';

const { dataset, timeline, plan } = loadBuiltIn();
const LAST = timeline.steps.length - 1;

function metaFor(step: number, lang: Lang): SvgMeta {
  const s = timeline.snapshotAt(step);
  const p = step > 0 ? timeline.snapshotAt(step - 1) : s;
  const caption = `BCH ${p.counts.bch} → ${s.counts.bch}, BTV ${p.counts.btv} → ${s.counts.btv}`;
  return {
    datasetTitle: dataset.title[lang]!,
    stepLabel: timeline.steps[step]!.label[lang]!,
    stepIndex: step,
    lang,
    sourceText: `${lang === 'vi' ? 'Nguồn' : 'Source'}: ${dataset.sources[0]!.title[lang]!}, ${lang === 'vi' ? 'đoạn' : 'paras'} 3–6, 29–30, 40.`,
    caption,
  };
}

function render(step: number, lang: Lang): { scene: Scene; svg: string; root: XmlElement } {
  const scene = layoutScene({ timeline, plan, step, lang, words: layoutWords(lang) });
  const svg = sceneToSvg(scene, metaFor(step, lang));
  return { scene, svg, root: parseXml(svg) };
}

const ALLOWED = new Set(['svg', 'title', 'desc', 'style', 'rect', 'g', 'text', 'tspan', 'path', 'circle']);

/** Structural safety of any exported SVG. */
function checkSafe(root: XmlElement, raw: string): void {
  for (const e of allElements(root)) {
    expect(ALLOWED.has(e.name), `element <${e.name}>`).toBe(true);
    for (const [k, v] of e.attrs) {
      expect(k.toLowerCase().startsWith('on'), `attribute ${k}`).toBe(false);
      expect(k === 'href' || k.endsWith(':href'), `attribute ${k}`).toBe(false);
      expect(v.toLowerCase().includes('url('), `${k}="${v}"`).toBe(false);
      expect(v.toLowerCase().includes('javascript:') && k !== 'data-member-id' && k !== 'data-departed-id', `${k}="${v}"`).toBe(false);
    }
    if (!['text', 'tspan', 'title', 'desc', 'style'].includes(e.name)) expect(e.text.trim(), `text in <${e.name}>`).toBe('');
  }
  // The one url( an export may hold is an embedded font in an @font-face rule (fonts-safety.ts);
  // these files embed none, so the check is the same.
  const lower = withoutFontFaces(raw).toLowerCase();
  for (const bad of ['<script', '<foreignobject', 'href=', 'url(', '<!entity', '<!doctype', '@import']) {
    expect(lower.includes(bad), bad).toBe(false);
  }
}

describe('sceneToSvg on the built-in dataset', () => {
  test.each([0, LAST])('well-formed, safe, with the root attributes, title, desc, style, caption, legend, source (step %i)', (step) => {
    const { scene, svg, root } = render(step, 'vi');
    const meta = metaFor(step, 'vi');
    checkSafe(root, svg);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(root.name).toBe('svg');
    expect(root.attrs.get('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.get('viewBox')).toBe(`0 0 ${scene.width} ${scene.height}`);
    expect(root.attrs.get('width')).toBe(String(scene.width));
    expect(root.attrs.get('height')).toBe(String(scene.height));
    expect(root.attrs.get('lang')).toBe('vi');
    expect(root.attrs.get('data-step')).toBe(String(step));
    const [title, desc, style] = root.children;
    expect(title!.name).toBe('title');
    expect(title!.text).toBe(`${meta.datasetTitle} — ${meta.stepLabel}`);
    expect(desc!.name).toBe('desc');
    expect(desc!.text).toContain(meta.datasetTitle);
    expect(desc!.text).toContain(meta.stepLabel);
    expect(desc!.text).toContain(meta.caption);
    expect(desc!.text).toContain(meta.sourceText);
    expect(style!.name).toBe('style');
    expect(style!.text).toBe(CHART_CSS);
    // Visible caption, legend and source line as <text>.
    const texts = allElements(root).filter((e) => e.name === 'text').map(textOf);
    expect(texts[0]).toBe(meta.datasetTitle);
    // The step label and the caption read as one text, with a space between them.
    expect(texts[1]).toBe(`${meta.stepLabel} ${meta.caption}`);
    expect(texts.at(-1)).toBe(meta.sourceText);
    expect(texts).toContain('Chú giải');
    for (const it of scene.legend.items) expect(texts).toContain(it.label);
  });

  test('node elements carry the chart data attributes', () => {
    for (const step of [0, 1, 2, 3, LAST]) {
      const { scene, root } = render(step, 'vi');
      const snap = timeline.snapshotAt(step);
      const gs = allElements(root).filter((e) => e.name === 'g');
      const seated = gs.filter((e) => e.attrs.has('data-member-id'));
      expect(seated.map((e) => e.attrs.get('data-member-id')).sort()).toEqual([...snap.seats.keys()].sort());
      for (const e of seated) expect(e.attrs.get('data-org')).toBe(snap.seats.get(e.attrs.get('data-member-id')!)!.innermost);
      const vacant = gs.filter((e) => e.attrs.has('data-vacant-seat'));
      expect(vacant).toHaveLength(snap.vacancies.bch!);
      for (const e of vacant) expect(e.attrs.get('data-vacant-seat')).toBe('');
      const inBtv = vacant.filter((e) => e.attrs.get('data-org') === 'btv').length;
      expect(inBtv).toBe(snap.vacancies.btv);
      const departed = gs.filter((e) => e.attrs.has('data-departed-id'));
      expect(departed.map((e) => `${e.attrs.get('data-departed-id')}:${e.attrs.get('data-cause')}`).sort()).toEqual(
        [...snap.departed.values()].map((d) => `${d.person_id}:${d.cause}`).sort(),
      );
      // Each seated node's text includes its role label, lines read with a space between them; the
      // group's first child is a <title> with the full label.
      for (const e of [...seated, ...departed]) {
        const n = scene.nodes.find((q) => q.person_id === (e.attrs.get('data-member-id') ?? e.attrs.get('data-departed-id')))!;
        // (A member the step touched: the tag follows, as a last line.)
        expect(textOf(e.children.find((c) => c.name === 'text')!)).toBe(joinLines(n.change ? [...n.label, n.change.tag] : n.label));
        expect(e.children[0]!.name).toBe('title');
        expect(e.children[0]!.text).toBe(n.title);
        // The "new at this step" badge, on newcomers only.
        const badge = e.children.filter((c) => c.attrs.get('class') === 'cmv-new');
        expect(badge.length, n.key).toBe(n.isNew ? 1 : 0);
        expect(e.attrs.get('data-new')).toBe(n.isNew ? 'true' : undefined);
      }
      // Member groups in the scene's (reading) order.
      const members = gs.filter((e) => e.attrs.has('data-member-id') || e.attrs.has('data-departed-id'));
      expect(members.map((e) => e.attrs.get('data-member-id') ?? e.attrs.get('data-departed-id'))).toEqual(scene.nodes.map((n) => n.person_id));
    }
    const { root } = render(LAST, 'vi');
    const vac = allElements(root).filter((e) => e.attrs.has('data-vacant-seat'));
    expect(vac.map((e) => e.attrs.get('data-org')).sort()).toEqual(['bch', 'bch', 'btv']);
  });

  test('legend: every shape, colour, the hollow vacant seat and the inferred mark; labels from meta', () => {
    const scene = layoutScene({ timeline, plan, step: LAST, lang: 'en', words: layoutWords('en') });
    const svg = sceneToSvg(scene, {
      ...metaFor(LAST, 'en'),
      legendTitle: 'Key',
      legendItems: { vacant: 'Empty seat (hollow)', 'cause:transfer': 'Moved to the City' },
    });
    const root = parseXml(svg);
    const items = allElements(root).filter((e) => e.attrs.has('data-legend'));
    expect(items.map((e) => e.attrs.get('data-legend'))).toEqual([
      'org:bch',
      'org:btv',
      'org:tt',
      'vacant',
      'new',
      'cause:removed_from_roll',
      'cause:transfer',
      'cause:retirement',
      'inferred',
    ]);
    const label = (k: string) => textOf(items.find((e) => e.attrs.get('data-legend') === k)!.children.find((c) => c.name === 'text')!);
    expect(label('vacant')).toBe('Empty seat (hollow)');
    expect(label('cause:transfer')).toBe('Moved to the City');
    expect(label('cause:retirement')).toBe('Retired');
    expect(label('inferred')).toBe('Rests on inference');
    const shapes = items.map((e) => e.children.find((c) => c.name === 'path' || c.name === 'circle')!);
    expect(shapes[3]!.attrs.get('class')).toBe('cmv-vacant-seat');
    expect(items[4]!.children.some((c) => c.attrs.get('class') === 'cmv-new')).toBe(true);
    expect(label('new')).toBe('New at this step');
    expect(shapes.slice(5, 8).map((s) => s.attrs.get('d'))).toEqual([SHAPE_PATHS.cross, SHAPE_PATHS.triangle, SHAPE_PATHS.square]);
    expect(items[8]!.children.some((c) => c.attrs.get('class') === 'cmv-inferred')).toBe(true);
    expect(allElements(root).some((e) => e.name === 'text' && textOf(e) === 'Key')).toBe(true);
    // The array form of legendItems works too.
    const svg2 = sceneToSvg(scene, { ...metaFor(LAST, 'en'), legendItems: [{ key: 'inferred', label: 'Inferred' }] });
    expect(svg2).toContain('>Inferred</text>');
  });

  test('deterministic', () => {
    expect(render(LAST, 'vi').svg).toBe(render(LAST, 'vi').svg);
  });

  test('wrapped texts read with a single space between lines: labels, tray titles, caption, source', () => {
    const { scene, root } = render(LAST, 'en');
    const g = (attr: string, v: string) => allElements(root).find((e) => e.attrs.get(attr) === v)!;
    const text = (e: XmlElement) => textOf(e.children.find((c) => c.name === 'text')!);
    // bch-20 was raised to the Standing Committee (SC in English) at this step: its tag is the text's last line.
    expect(text(g('data-member-id', 'bch-20'))).toBe('Standing member for organisation → SC, organisation');
    expect(text(g('data-departed-id', 'uvtv-pct-hdnd'))).toBe("Standing member, Standing Vice-Chair of the District People's Council");
    // A break at a hyphen inside a word adds no space.
    expect(text(g('data-departed-id', 'gd-cty-xd'))).toBe('Director of the District construction and economic-development company');
    const tspans = g('data-departed-id', 'gd-cty-xd').children.find((c) => c.name === 'text')!.children;
    expect(tspans.map((t) => t.text)).toEqual(['Director of the District ', 'construction and economic-', 'development company']);
    // Tray titles on two lines.
    const vi = render(LAST, 'vi');
    const tray = allElements(vi.root).find((e) => e.attrs.get('data-tray') === 'exit:removed_from_roll')!;
    expect(vi.scene.trays.find((t) => t.id === 'exit:removed_from_roll')!.titleLines).toHaveLength(2);
    expect(textOf(tray.children.find((c) => c.name === 'text')!)).toBe('Xóa tên khỏi danh sách đảng viên · 1');
    // A long caption wraps onto further lines of the same <text>.
    const long = 'word '.repeat(400).trim();
    const r2 = parseXml(sceneToSvg(scene, { ...metaFor(LAST, 'en'), caption: 'alpha beta gamma '.repeat(20).trim(), sourceText: long }));
    const texts = allElements(r2).filter((e) => e.name === 'text');
    expect(textOf(texts[1]!)).toBe(`${metaFor(LAST, 'en').stepLabel} ${'alpha beta gamma '.repeat(20).trim()}`);
    expect(texts[1]!.children.length).toBeGreaterThan(2);
    const source = textOf(texts.at(-1)!);
    expect(source.startsWith('word word')).toBe(true);
    expect(source).not.toMatch(/word(?!\s|…|$)/);
  });

  test('no text of the built-in dataset is cut (no ellipsis), with the app\'s real captions, in both languages', () => {
    let longest = 0;
    for (const lang of ['vi', 'en'] as const) {
      for (let step = 0; step <= LAST; step++) {
        const root = parseXml(svgForView(timeline, plan, step, lang));
        const texts = allElements(root).filter((q) => q.name === 'text');
        for (const e of texts) expect(textOf(e), `step ${step} ${lang}`).not.toContain('…');
        // The caption (step label + what happened, one sentence) takes up to 2 lines.
        const lines = texts[1]!.children.length - 1;
        expect(lines).toBeLessThanOrEqual(2);
        longest = Math.max(longest, lines);
      }
    }
    expect(longest).toBe(2);
  });

  test('the English drawing reads English: EC and SC, English dates, no Vietnamese word but proper names and the report\'s own terms', () => {
    // The proper names and the source's own terms that an English reader is given in Vietnamese.
    const kept = /Quận Đoàn|Bình Tây|Thường trực Quận ủy|chiếm dụng|chuẩn quốc gia|\((?:BCH|BTV)\) member/g;
    for (let step = 0; step <= LAST; step++) {
      const root = parseXml(svgForView(timeline, plan, step, 'en'));
      const texts = allElements(root)
        .filter((q) => q.name === 'text' || q.name === 'title' || q.name === 'desc')
        .map((e) => textOf(e).replace(kept, ''));
      for (const t of texts) {
        expect(t, `step ${step}`).not.toMatch(/\bBCH\b|\bBTV\b|[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/);
        expect(t, `step ${step}`).not.toMatch(/\b\d{1,2}\/\d{4}\b/);
      }
    }
  });

  test('the "new" badge: a dark disc with a white plus, at the shape\'s top-left (the inferred badge is top-right)', () => {
    const { root } = render(LAST, 'vi');
    const badges = allElements(root).filter((e) => e.attrs.get('class') === 'cmv-new');
    // 4 newcomers at the by-election, plus the legend's sample.
    expect(badges).toHaveLength(5);
    expect(badges[0]!.attrs.get('transform')).toBe(`translate(${NEW_BADGE.dx},${NEW_BADGE.dy})`);
    expect(badges[0]!.children.map((c) => c.attrs.get('class'))).toEqual(['cmv-new-bg', 'cmv-new-mark']);
    expect(NEW_BADGE.dx).toBeLessThan(0);
    expect(allElements(render(0, 'vi').root).filter((e) => e.attrs.get('class') === 'cmv-new')).toHaveLength(1);
  });
});

describe('hostile text is escaped everywhere', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  const SCRIPT = '</text><script>alert(1)</script>';
  const JS = 'javascript:alert(1)';
  const QUOTE = `x" onload="alert(1)' y`;

  test('labels, titles, ids, meta', () => {
    const orgs = [org('a', null, 4, IMG), org(`b${QUOTE}`, 'a', 2, SCRIPT)];
    const posts: Post[] = [{ id: 'p1', organization_id: 'a', label: { vi: SCRIPT }, short_label: { vi: SCRIPT } }];
    const persons: Person[] = [
      { id: 'h1', name: { vi: IMG }, anonymous: true },
      { id: `h2${QUOTE}`, name: { vi: JS }, anonymous: true },
      { id: 'h3', name: { vi: SCRIPT }, anonymous: true },
    ];
    const t = handTimeline(orgs, [
      { seated: { h1: { orgs: ['a'] }, [`h2${QUOTE}`]: { orgs: ['a', `b${QUOTE}`] }, h3: { orgs: ['a'], posts: ['p1'] } } },
      { seated: { h1: { orgs: ['a'] } }, departed: { h3: { cause: 'transfer', posts: ['p1'] }, [`h2${QUOTE}`]: { cause: 'expelled' } } },
    ]);
    const p = planSeats({ organizations: orgs, posts, snapshots: t.snapshots, steps: t.steps });
    for (const snap of t.snapshots) {
      const scene = layoutScene({ organizations: orgs, posts, persons, snapshot: snap, plan: p, lang: 'vi', words: layoutWords('vi') });
      const svg = sceneToSvg(scene, {
        datasetTitle: IMG,
        stepLabel: SCRIPT,
        stepIndex: snap.step,
        lang: 'vi',
        sourceText: JS,
        caption: `${IMG} ${SCRIPT}`,
        legendItems: { 'org:a': IMG },
      });
      const root = parseXml(svg);
      checkSafe(root, svg);
      expect(svg).not.toContain('<img');
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('</text><script>');
      expect(svg).not.toContain('" onload="');
      expect(svg).toContain(escapeXml(IMG));
      expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      const texts = allElements(root).filter((e) => e.name === 'text').map(textOf);
      expect(root.children[0]!.text).toBe(`${IMG} — ${SCRIPT}`);
      expect(texts).toContain(JS);
      // Ids with quotes come back intact from the attribute.
      const ids = allElements(root).map((e) => e.attrs.get('data-member-id') ?? e.attrs.get('data-departed-id')).filter(Boolean);
      expect(ids).toContain(`h2${QUOTE}`);
      // Node labels decode to the hostile text (wrapped into lines, maybe shortened).
      const h1 = allElements(root).find((e) => e.attrs.get('data-member-id') === 'h1')!.children.find((c) => c.name === 'text')!;
      const h1Node = layoutScene({ organizations: orgs, posts, persons, snapshot: snap, plan: p, lang: 'vi', words: layoutWords('vi') }).nodes.find((n) => n.person_id === 'h1')!;
      expect(textOf(h1), 'label of h1').toBe(joinLines(h1Node.label));
      // The full label, escaped, as the group's <title>.
      const h1g = allElements(root).find((e) => e.attrs.get('data-member-id') === 'h1')!;
      expect(h1g.children[0]!.name).toBe('title');
      expect(h1g.children[0]!.text).toBe(h1Node.title);
      expect(textOf(h1).startsWith('<img src=x')).toBe(true);
    }
  });

  test('escapeXml', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe')).toBe('abcde');
    expect(escapeXml('x\uD800y')).toBe('xy');
    expect(escapeXml('😀 Đ ủy\n\t')).toBe('😀 Đ ủy\n\t');
  });
});

describe('palette and shapes', () => {
  test('Okabe-Ito colours, by index and by cause', () => {
    expect(orgColor(0)).toBe('#0072B2');
    expect(orgColor(ORG_COLORS.length)).toBe(orgColor(0));
    expect(causeColor('removed_from_roll')).toBe('#D55E00');
    expect(causeColor('whatever')).toBe('#8C8C8C');
    for (const c of [...ORG_COLORS, ...Object.values(CAUSE_COLORS)]) expect(c).toMatch(/^#[0-9A-F]{6}$/);
  });

  test('shape paths are centred, closed, plain path data', () => {
    for (const [name, d] of Object.entries(SHAPE_PATHS)) {
      expect(d, name).toMatch(/^M[-\d.,AHLVZ ]+Z$/);
      const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.max(...nums.map(Math.abs)), name).toBeLessThanOrEqual(10);
    }
  });

  test('CHART_CSS: prefixed class selectors only (at most one descendant step), no external reference', () => {
    for (const line of CHART_CSS.split('\n')) expect(line).toMatch(/^\.cmv-[a-z0-9_-]+( \.cmv-[a-z0-9_-]+)?\{[^{}]*\}$/);
    expect(CHART_CSS).not.toMatch(/url\(|@import|expression\(/i);
  });
});

describe('svgDocument with very many elements (found by npm run fuzz)', () => {
  test('a group of 1,000,000 children serialises instead of overflowing the stack', () => {
    // Minimal input: one <g> whose children give more lines than a call can take as arguments
    // (the fuzz case was a Popolo body with "seats": 1000000, one vacant seat each).
    const children = Array.from({ length: 1_000_000 }, (_, i) => ({ tag: 'circle', attrs: { r: String(i % 10) }, children: [] }));
    const svg = svgDocument({ viewBox: '0 0 1 1' }, [{ tag: 'g', attrs: {}, children }]);
    expect(svg.split('\n')).toHaveLength(1_000_000 + 5 + 1);
    expect(svg.endsWith('    <circle r="9"/>\n  </g>\n</svg>\n')).toBe(true);
  });

  test('no element: the document is the declaration and an empty root, as before', () => {
    expect(svgDocument({}, [])).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg>\n</svg>\n');
  });
});
