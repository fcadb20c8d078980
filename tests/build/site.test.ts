/** Checks on the built site in dist/: structure of every page, links and anchors, the report. */
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, DIST, page } from '../support/project.ts';
import { parse, all, one, text, attr } from '../support/html.ts';
import type { Root } from 'hast';

let pages: [string, Root][];
beforeAll(() => {
  pages = builtPages().map(([p, html]) => [p, parse(html)]);
});

const urlOf = (file: string) => '/' + file.replace(/index\.html$/, '');

describe('every page', () => {
  it('there are pages', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('has one <h1>, a <title>, lang and a canonical URL of its own address', () => {
    const problems: string[] = [];
    for (const [file, tree] of pages) {
      const h1 = all(tree, 'h1').length;
      if (h1 !== 1) problems.push(`${file}: ${h1} <h1>`);
      const title = one(tree, 'head > title');
      if (!title || !text(title)) problems.push(`${file}: no <title>`);
      if (attr(one(tree, 'html')!, 'lang') !== 'en') problems.push(`${file}: no lang`);
      const canonical = one(tree, 'link[rel~=canonical]');
      const href = canonical && attr(canonical, 'href');
      // A moved address's page names the new address as canonical (content/redirects.yaml).
      const moved = all(tree, 'meta').some((m) => attr(m, 'httpEquiv') === 'refresh');
      const own = href ? new URL(href).pathname : undefined;
      if (!href || (moved ? own === urlOf(file) : own !== urlOf(file))) problems.push(`${file}: canonical ${href}`);
    }
    expect(problems).toEqual([]);
  });

  it('has a skip link to <main>, landmarks, and the header search form to /search/', () => {
    for (const [file, tree] of pages) {
      const skip = one(tree, 'a.skip-link');
      expect(skip && attr(skip, 'href'), file).toBe('#main');
      expect(one(tree, 'main#main'), file).toBeTruthy();
      expect(one(tree, 'header'), file).toBeTruthy();
      expect(one(tree, 'footer a[href="/index/"]'), file).toBeTruthy();
      const form = one(tree, 'header form[role=search]');
      expect(form && attr(form, 'action'), file).toBe('/search/');
      expect(form && attr(form, 'method'), file).toBe('get');
      expect(form && one(form, 'input[name=q]'), file).toBeTruthy();
    }
  });

  it('loads nothing from another host and carries a CSP that forbids it', () => {
    const problems: string[] = [];
    for (const [file, tree] of pages) {
      for (const el of all(
        tree,
        'script[src], link[href], img[src], iframe, source[src], video, audio, object, embed',
      )) {
        const ref = attr(el, 'src') ?? attr(el, 'href') ?? '';
        const rel = attr(el, 'rel') ?? '';
        if (el.tagName === 'link' && /canonical/.test(rel)) continue;
        if (/^(https?:)?\/\//.test(ref) || ['iframe', 'object', 'embed', 'video', 'audio'].includes(el.tagName))
          problems.push(`${file}: ${el.tagName} ${ref}`);
      }
      const csp = one(tree, 'meta[http-equiv=content-security-policy]');
      const policy = csp ? (attr(csp, 'content') ?? '') : '';
      if (!/default-src 'self'/.test(policy) || !/connect-src 'self'/.test(policy))
        problems.push(`${file}: CSP missing or too loose`);
    }
    const css = readdirSync(join(DIST, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    expect(css).not.toMatch(/@import/);
    expect(problems).toEqual([]);
  });
});

describe('links', () => {
  it('every internal link and #anchor resolves', () => {
    const ids = new Map<string, Set<string>>();
    for (const [file, tree] of pages) ids.set(urlOf(file), new Set(all(tree, '[id]').map((e) => attr(e, 'id')!)));
    const problems: string[] = [];
    let checked = 0;
    for (const [file, tree] of pages) {
      const here = urlOf(file);
      for (const a of all(tree, 'a[href]')) {
        const href = attr(a, 'href')!;
        if (/^(https?:|mailto:|geo:)/.test(href)) continue;
        const url = new URL(href, `http://site${here}`);
        const path = decodeURIComponent(url.pathname);
        checked++;
        const target = ids.get(path);
        if (!target) {
          const asFile = join(DIST, path);
          if (!(existsSync(asFile) && !path.endsWith('/'))) problems.push(`${file}: ${href} → no page ${path}`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && !target.has(hash)) problems.push(`${file}: ${href} → no #${hash} on ${path}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});

describe('the 1996 Amnesty report', () => {
  const REPORT = 'documents/amnesty-1996/index.html';
  const tree = () => parse(page(REPORT));

  it('has every numbered section, each with an id that begins with its number', () => {
    const expected = [
      '1',
      '2',
      '2.1',
      '2.2',
      '3',
      '3.1',
      '3.2',
      '3.3',
      '3.3.1',
      '3.3.2',
      '3.3.3',
      '4',
      '4.1',
      '4.2',
      '4.3',
    ];
    const headings = all(tree(), 'article h2, article h3, article h4');
    for (const n of expected) {
      const h = headings.find((x) => text(x).startsWith(`${n} `));
      expect(h, `section ${n}`).toBeTruthy();
      expect(attr(h!, 'id')).toMatch(new RegExp(`^${n.replace(/\./g, '-')}-[a-z]`));
    }
    const appendix = headings.find((x) => text(x).startsWith('Appendix 1'));
    expect(attr(appendix!, 'id')).toBe('appendix-1-statement-by-north-korean-refugees-in-moscow');
  });

  it('gives every paragraph a stable id and a visible ¶ link to itself', () => {
    const t = tree();
    const passages = all(t, 'article [data-passage]');
    expect(passages.length).toBeGreaterThanOrEqual(119);
    for (const p of passages) {
      const id = attr(p, 'id')!;
      expect(id).toMatch(/^(\d+(-\d+)*|appendix-\d+)-p\d+$/);
      expect(one(p, `a.self-link[href="#${id}"]`), id).toBeTruthy();
    }
    expect(one(t, '[id="3-3-2-p4"]')).toBeTruthy();
  });

  it('has 31 footnotes numbered 1–31, each reference linking to its note and back', () => {
    const t = tree();
    const refs = all(t, 'a[data-footnote-ref]');
    expect(refs.map((r) => text(r))).toEqual(Array.from({ length: 31 }, (_, i) => String(i + 1)));
    for (const ref of refs) {
      const note = one(t, attr(ref, 'href')!.replace('#', '#'));
      expect(note, attr(ref, 'href')).toBeTruthy();
      const back = one(note!, 'a[data-footnote-backref]');
      expect(attr(back!, 'href')).toBe(`#${attr(ref, 'id')}`);
    }
    expect(all(t, 'section.footnotes li').length).toBe(31);
  });

  it('quotes Article 33(1) and Article 47 as block quotations, and lists the recommendations', () => {
    const quotes = all(tree(), 'article blockquote').map(text);
    expect(quotes.some((q) => q.startsWith('“No Contracting State shall expel or return'))).toBe(true);
    expect(quotes.some((q) => q.startsWith('“A citizen of the Republic who defects'))).toBe(true);
    const t = tree();
    expect(all(t, 'article ul li[data-passage^="4.1"]').length).toBeGreaterThanOrEqual(8);
    expect(all(t, 'article ol li[data-passage^="Appendix 1"]').length).toBe(5);
  });

  it('has a header with title, publisher, AI Index, year, the original and provenance, and citation meta tags', () => {
    const t = tree();
    const header = text(one(t, '.doc-header')!);
    for (const s of [
      'Pursuit, intimidation and abuse of North Korean refugees and workers',
      'Amnesty International',
      'ASA 24/006/1996',
      '1996',
      'Provenance',
    ]) {
      expect(header).toContain(s);
    }
    expect(one(t, '.doc-header a[href="https://www.amnesty.org/en/documents/ASA24/006/1996/en/"]')).toBeTruthy();
    const meta = Object.fromEntries(all(t, 'meta[name^=citation_]').map((m) => [attr(m, 'name'), attr(m, 'content')]));
    expect(meta.citation_title).toContain('Pursuit, intimidation and abuse');
    expect(meta.citation_technical_report_number).toBe('ASA 24/006/1996');
    expect(meta.citation_publication_date).toBe('1996');
  });

  it('offers citations for every paragraph without JavaScript', () => {
    const cite = parse(page('documents/amnesty-1996/cite/index.html'));
    const line = text(one(cite, '#cite-3-3-2-p4')!);
    expect(line).toContain('Amnesty International');
    expect(line).toContain('ASA 24/006/1996');
    expect(line).toContain('s 3.3.2, para 4 <http://localhost:4321/documents/amnesty-1996/#3-3-2-p4>');
    expect(line).toContain('§ 3.3.2, ¶ 4 (1996), http://localhost:4321/documents/amnesty-1996/#3-3-2-p4');
    expect(line).toContain('(Amnesty International, 1996, sec. 3.3.2, para. 4)');
  });

  it('writes each style’s pinpoints in its own form on every cite page: APA “sec.” and “para.” (never “Section”), Chicago “sec.” and “par.”, OSCOLA “s” and “para”, Bluebook “§” and “¶”', () => {
    const cite = parse(page('documents/amnesty-1996/cite/index.html'));
    const styles = (id: string) =>
      Object.fromEntries(
        all(one(cite, `[id="${id}"]`)!, '.cite-styles dt').map((dt, i) => [
          text(dt),
          text(all(one(cite, `[id="${id}"]`)!, '.cite-styles dd')[i]),
        ]),
      );
    const p4 = styles('cite-3-3-2-p4');
    expect(p4['APA (7th edition)']).toContain('In the text: (Amnesty International, 1996, sec. 3.3.2, para. 4)');
    expect(p4['Chicago (notes)']).toContain(
      'sec. 3.3.2, par. 4, http://localhost:4321/documents/amnesty-1996/#3-3-2-p4',
    );
    expect(p4.OSCOLA).toContain('s 3.3.2, para 4 <http://localhost:4321/documents/amnesty-1996/#3-3-2-p4>');
    expect(p4['Bluebook (legal citation)']).toContain('§ 3.3.2, ¶ 4 (1996)');
    for (const d of ['amnesty-1996', 'cac-2020', 'hrw-2022', 'lfnkr-2022', 'voa-2022']) {
      const html = text(one(parse(page(`documents/${d}/cite/index.html`)), 'main')!);
      expect(html, d).not.toMatch(/In the text: \([^)]*\b(Section|Paragraph|Appendix \S+ section)\b/);
      expect(html, d).toMatch(/In the text: \([^()]*, (sec\. [\d.]+, )?para\. \d+\)/);
    }
  });

  it('stays within its budget: <= 37 KB gzip on first load, <= 3 KB of it JavaScript', () => {
    const html = page(REPORT);
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
      readFileSync(join(DIST, m[1])),
    );
    const js = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]));
    const srcs = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1])));
    const gz = (b: Buffer) => gzipSync(b).length;
    const jsBytes = [...js, ...srcs].reduce((n, b) => n + gz(b), 0);
    const total = gz(Buffer.from(html)) + css.reduce((n, b) => n + gz(b), 0) + jsBytes;
    expect(jsBytes).toBeLessThanOrEqual(3 * 1024);
    // 37 KB: the report's own text is about 30 KB of it; the rest is the header, the footer's date of
    // the last change, the stylesheet (layout for phones and wide screens, print), the paragraph-link
    // script, and on each section and paragraph its share of its citation (about 0.8 KB), which the
    // ¶ and § links copy.
    expect(total).toBeLessThanOrEqual(37 * 1024);
  });

  it('indexes only the main text for search', () => {
    const t = tree();
    expect(all(t, '[data-pagefind-body]').length).toBe(1);
    expect(one(t, 'header.site-header [data-pagefind-body]')).toBeUndefined();
    expect(one(t, 'article[data-pagefind-body] .document-text')).toBeTruthy();
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
