/**
 * The search page: reads ?q= from the URL, asks Pagefind, and shows the results as links
 * (with sub-results that land on the matching section) in #search-results. The URL always
 * carries the query, so back, forward and sharing work.
 */
type PagefindSubResult = { title: string; url: string; excerpt: string };
type PagefindData = { url: string; excerpt: string; meta: Record<string, string>; sub_results: PagefindSubResult[]; filters: Record<string, string[]> };
type PagefindResult = { id: string; data: () => Promise<PagefindData> };
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (q: string, o?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
};

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;

let pagefind: Pagefind | undefined;
async function engine(): Promise<Pagefind> {
  if (!pagefind) {
    const path = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options({ highlightParam: 'highlight', excerptLength: 24 });
  }
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind excerpts are HTML with <mark>; rebuild them from text so nothing else can get in. */
function excerpt(html: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const parts = html.split(/(<mark>.*?<\/mark>)/g);
  const decode = (s: string) => new DOMParser().parseFromString(s, 'text/html').documentElement.textContent ?? '';
  for (const p of parts) {
    const m = /^<mark>(.*)<\/mark>$/.exec(p);
    frag.append(m ? el('mark', {}, decode(m[1])) : decode(p));
  }
  return frag;
}

let current = 0;
async function run(query: string) {
  const token = ++current;
  const q = query.trim();
  list.replaceChildren();
  if (!q) { status.textContent = ''; return; }
  status.textContent = 'Searching…';
  const pf = await engine();
  const search = await pf.search(q);
  if (token !== current || !search) return;
  const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  if (token !== current) return;
  const n = search.results.length;
  status.textContent = n === 0 ? `No results for “${q}”.` : `${n} result${n === 1 ? '' : 's'} for “${q}”${n > 20 ? ', showing the first 20' : ''}.`;
  for (const d of data) {
    const title = el('a', { href: d.url, className: 'result-title' }, d.meta.title ?? d.url);
    const item = el('li', {}, title);
    if (d.meta.type) item.append(el('span', { className: 'type' }, d.meta.type));
    item.append(el('p', {}, excerpt(d.excerpt)));
    const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 4);
    if (subs.length) item.append(el('ul', {}, ...subs.map((s) => el('li', {}, el('a', { href: s.url }, s.title), ' — ', excerpt(s.excerpt)))));
    list.append(item);
  }
}

function fromUrl() {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  void run(q);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('q', input.value);
  history.pushState(null, '', url);
  void run(input.value);
});
window.addEventListener('popstate', fromUrl);
fromUrl();
