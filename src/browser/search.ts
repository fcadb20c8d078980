import { sitePath } from '../lib/site-path.ts';
import { excerptOf } from '../lib/excerpt.ts';
import { romanizeHangul } from '../lib/hangul.ts';
import { foldName, latinLetters, lookupKey, matchNames, type NameEntry } from '../lib/name-lookup.ts';
/**
 * The search page. Reads the query and filters from the URL, asks Pagefind, and shows the
 * results as links (sub-results land on the matching section) in #search-results. The URL
 * always carries query, filters and order, so back, forward and sharing work. When nothing
 * is found it suggests close spellings found through the index (and searches the closest).
 * Everything typed is shown as text only.
 */
type SubResult = { title: string; url: string; excerpt: string; locations?: number[] };
type ResultData = {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string>;
  sub_results: SubResult[];
};
type Search = { results: { data: () => Promise<ResultData> }[]; filters?: Record<string, Record<string, number>> };
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  preload: (q: string, o?: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<Search | null>;
};

const MAX_QUERY = 200;
/**
 * Results drawn first: about what a first screen holds, so that no more excerpts are fetched
 * (one file each) than it shows. They are drawn as soon as their excerpts arrive.
 */
const FIRST = 5;
/** Results added by each "Show more". */
const BATCH = 10;
/** Pages whose names are read, for each probe, when looking for close spellings. */
const PROBE = 10;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filterBox = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const filterCount = filterBox.querySelector<HTMLElement>('[data-filter-count]')!;
const selects = [...filterBox.querySelectorAll<HTMLSelectElement>('select')];
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const counts = document.querySelector<HTMLElement>('[data-search-counts]')!;
const suggestions = document.querySelector<HTMLElement>('[data-search-suggestions]')!;
// The filters work only with JavaScript, and are shown only with it (.needs-js in site.css): on a
// phone folded behind their one control, so that the results come first; open on a wide screen.

let pagefind: Promise<Pagefind> | undefined;
function engine(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const path = sitePath('/pagefind/pagefind.js');
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    // In this page's own thread: a search worker would be one more download (43 KB) for no gain here.
    await pf.options({ baseUrl: sitePath('/'), highlightParam: 'highlight', excerptLength: 26, noWorker: true });
    return pf;
  })();
  return pagefind;
}

// ---- the name lookup: the pages named by what is typed, from one small file, before Pagefind answers
const getJson = <T>(path: string, none: T): Promise<T> =>
  fetch(sitePath(path))
    .then((r) => (r.ok ? (r.json() as Promise<T>) : none))
    .catch(() => none);
let nameKeys: Promise<Set<string>> | undefined;
const nameFiles = new Map<string, Promise<NameEntry[]>>();
async function namesFile(key: string): Promise<NameEntry[]> {
  nameKeys ??= getJson<string[]>('/search/names/keys.json', []).then((keys) => new Set(keys));
  if (!(await nameKeys).has(key)) return [];
  if (!nameFiles.has(key)) nameFiles.set(key, getJson<NameEntry[]>(`/search/names/${key}.json`, []));
  return nameFiles.get(key)!;
}

/** The pages whose name is the query or begins with it (for a Hangul query, with one of its romanizations). */
async function namedPages(query: string): Promise<NameEntry[]> {
  for (const q of [query, ...romanizeHangul(query)]) {
    const key = lookupKey(q);
    if (!key) continue;
    const found = matchNames(await namesFile(key), q);
    if (found.length) return found.slice(0, 3);
  }
  return [];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * An excerpt of the page's own text around the hits, built here from the indexed text and the
 * hits' word positions rather than taken from Pagefind: so it never shows the other spellings
 * that are in the index only, and its words keep their spaces. Made of text nodes and <mark>s.
 */
function excerpt(content: string, hits: number[] | undefined): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const part of excerptOf(content, hits ?? [])) frag.append(part.mark ? el('mark', {}, part.text) : part.text);
  return frag;
}

interface State {
  q: string;
  filters: Record<string, string>;
  sort: string;
}

function stateFromUrl(): State {
  const p = new URLSearchParams(location.search);
  const filters: Record<string, string> = {};
  for (const s of selects) if (s.name !== 'sort' && p.get(s.name)) filters[s.name] = p.get(s.name)!;
  return { q: (p.get('q') ?? '').slice(0, MAX_QUERY), filters, sort: p.get('sort') ?? '' };
}

function stateFromForm(): State {
  const filters: Record<string, string> = {};
  for (const s of selects) if (s.name !== 'sort' && s.value) filters[s.name] = s.value;
  return { q: input.value.slice(0, MAX_QUERY), filters, sort: selects.find((s) => s.name === 'sort')!.value };
}

function urlOf(s: State): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const [k, v] of Object.entries(s.filters)) p.set(k, v);
  if (s.sort) p.set('sort', s.sort);
  return `${location.pathname}${p.size ? `?${p}` : ''}`;
}

// ---- close spellings, found through the search index itself: the pages whose words begin as the
// query's words begin, and among their names the closest to what was typed. What it downloads is
// bounded (a few index chunks and at most PROBE excerpts a probe), whatever the size of the archive.

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

async function closeSpellings(pf: Pagefind, q: string): Promise<{ name: string; d: number }[]> {
  const query = foldName(q);
  if (query.length < 3) return [];
  const words = query.split(' ').filter((w) => w.length >= 3);
  const limit = query.length <= 5 ? 1 : query.length <= 9 ? 2 : 3;
  const found = new Map<string, { name: string; d: number }>();
  const consider = (text: string, penalty: number) => {
    const key = foldName(text);
    const d = distance(query, key) + penalty;
    if (d <= limit + penalty && (!found.has(key) || found.get(key)!.d > d)) found.set(key, { name: text, d });
  };
  // Every word's first three letters, then (for a longer query) each word's alone.
  const probes = [
    ...new Set([
      words.map((w) => w.slice(0, 3)).join(' '),
      ...(words.length > 1 ? words.map((w) => w.slice(0, 3)) : []),
    ]),
  ];
  for (const probe of probes) {
    const r = await pf.search(probe);
    for (const d of await Promise.all((r?.results ?? []).slice(0, PROBE).map((x) => x.data()))) {
      for (const name of (d.meta.names ?? d.meta.title ?? '').split('|').filter(Boolean)) {
        consider(name, 0);
        // A single word of a longer name ("Vladivostok" in "Vladivostok airport"), ranked after whole names.
        for (const word of name.split(/[\s,()–-]+/)) if (word.length >= 4 && word !== name) consider(word, 0.5);
      }
    }
    if (found.size) break;
  }
  return [...found.values()].sort((a, b) => a.d - b.d || a.name.localeCompare(b.name)).slice(0, 5);
}

// ---- ranking: a page whose own name is what was typed comes first

/** 0: a name of the page is the query; 1: a name starts with it or holds it as whole words; 2: otherwise. */
function nameRank(d: ResultData, query: string): number {
  const q = foldName(query);
  if (!q) return 2;
  const qs = [q, latinLetters(q)];
  const names = (d.meta.names ?? d.meta.title ?? '')
    .split('|')
    .map(foldName)
    .flatMap((n) => [n, latinLetters(n)]);
  if (names.some((n) => qs.includes(n))) return 0;
  if (names.some((n) => qs.some((x) => n.startsWith(`${x} `) || ` ${n} `.includes(` ${x} `)))) return 1;
  return 2;
}

/** Among pages bearing the name, the case of the person or group it names comes before the rest. */
const caseFirst = (d: ResultData, r: number) => (r < 2 && d.meta.type === 'Case' ? 0 : 1);

function rank(results: ResultData[], query: string): ResultData[] {
  return results
    .map((d, i) => ({ d, i, r: nameRank(d, query) }))
    .sort((a, b) => a.r - b.r || caseFirst(a.d, a.r) - caseFirst(b.d, b.r) || a.i - b.i)
    .map((x) => x.d);
}

// ---- how many results of each type, each a link to those alone (or back to all types)
const TYPES: [string, string, string][] = [
  ['Case', 'case', 'cases'],
  ['Document section', 'document', 'documents'],
  ['Person', 'person', 'people'],
  ['Place', 'place', 'places'],
  ['Organization', 'organization', 'organizations'],
];
function showCounts(s: State, byType: Record<string, number> | undefined, total: number) {
  counts.replaceChildren();
  const found = TYPES.filter(([t]) => (byType?.[t] ?? 0) > 0);
  // Left empty (its line kept) when there is nothing to count by.
  counts.hidden = false;
  if (!found.length || (!s.filters.type && found.length < 2)) return;
  const link = (label: string, type: string | undefined) => {
    const filters = { ...s.filters };
    if (type) filters.type = type;
    else delete filters.type;
    const chosen = (s.filters.type ?? '') === (type ?? '');
    if (!chosen) return el('a', { href: urlOf({ ...s, filters }) }, label);
    const here = el('strong', {}, label);
    here.setAttribute('aria-current', 'true');
    return here;
  };
  const parts: (Node | string)[] = ['By type: '];
  if (s.filters.type) parts.push(link(`all types (${total})`, undefined), ' · ');
  found.forEach(([t, one, many], i) => {
    const n = byType![t];
    parts.push(...(i ? [' · '] : []), link(`${n} ${n === 1 ? one : many}`, t));
  });
  counts.append(...parts);
}
counts.addEventListener('click', (e) => {
  const a = (e.target as Element).closest('a');
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  history.pushState(null, '', a.getAttribute('href')!);
  restore();
});

// ---- searching and showing results
let token = 0;
const more = el('button', { type: 'button', className: 'button search-more', hidden: true });
list.after(more);
let pending: (() => Promise<void>) | undefined;
more.addEventListener('click', () => {
  void pending?.();
});

async function run(s: State) {
  const mine = ++token;
  suggestions.replaceChildren();
  more.hidden = true;
  const hasFilter = Object.keys(s.filters).length > 0;
  const chosen = Object.keys(s.filters).length + (s.sort ? 1 : 0);
  filterCount.textContent = chosen ? `(${chosen} chosen)` : '';
  if (!s.q.trim() && !hasFilter) {
    list.replaceChildren();
    delete list.dataset.query;
    counts.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  counts.hidden = false;
  // With a type chosen the counts add "all types": a wider screen keeps a second line for them.
  counts.toggleAttribute('data-all-types', Boolean(s.filters.type));
  const query = s.q.trim();
  const loading = engine();
  // A name: its page is drawn at once from the name lookup, and stays first when the full results come.
  const named = !hasFilter && !s.sort && query ? await namedPages(query) : [];
  if (mine !== token) return;
  // (Not again if the list already shows this query's pages, drawn as it was typed.)
  if (named.length && list.dataset.query !== s.q) {
    list.replaceChildren(...named.map(namedItem));
    list.dataset.query = s.q;
  }
  const pf = await loading;
  // The results need only the filters chosen: the type filter's file is fetched for them only when a
  // type is chosen. The counts by type come from a second search once the results are drawn (below).
  const options: Record<string, unknown> = { filters: s.filters };
  if (s.sort) options.sort = { date: s.sort === 'date-asc' ? 'asc' : 'desc' };
  let search = await pf.search(query || null, options);
  if (mine !== token || !search) return;
  let fallback: string | undefined;
  let romanized: string | undefined;
  // A name typed in Hangul is looked up under its romanizations (the sources write Latin letters).
  if (search.results.length === 0 && query) {
    for (const r of romanizeHangul(query)) {
      const found = await pf.search(r, options);
      if (mine !== token) return;
      if (found && found.results.length) {
        search = found;
        romanized = r;
        break;
      }
    }
  }
  if (search.results.length === 0 && query) {
    const close = await closeSpellings(pf, query);
    if (mine !== token) return;
    if (close.length) {
      suggestions.append(
        el(
          'p',
          {},
          'Close spellings in the archive: ',
          ...close.flatMap((c, i) => [i ? ', ' : '', el('a', { href: urlOf({ ...s, q: c.name }) }, c.name)]),
          '. ',
          'Or look a name up in the ',
          el('a', { href: sitePath('/index/') }, 'A–Z index'),
          '.',
        ),
      );
      fallback = close[0].name;
      search = await pf.search(fallback, options);
      if (mine !== token || !search) return;
    } else {
      suggestions.append(
        el(
          'p',
          {},
          'No close spelling found. Look the name up in the ',
          el('a', { href: sitePath('/index/') }, 'A–Z index'),
          ', which lists every spelling.',
        ),
      );
    }
  }
  const results = search.results;
  const total = results.length;
  const what = query ? `“${query}”` : 'the chosen filters';
  const say = (shown: number) => {
    status.textContent =
      total === 0
        ? `No results for ${what}.`
        : `${fallback ? `No results for ${what}. ` : ''}${total} result${total === 1 ? '' : 's'} for ${fallback ? `the close spelling “${fallback}”` : romanized ? `${what}, written in Latin letters “${romanized}”` : what}${total > shown ? `, showing ${shown}` : ''}.`;
    more.hidden = shown >= total;
    more.textContent = `Show ${Math.min(BATCH, total - shown)} more of ${total}`;
  };
  // The first results: their excerpts are loaded together, ranked by the pages' own names, drawn at
  // once. (Not when the reader chose an order: then Pagefind's order is the answer.)
  const loaded = await Promise.all(results.slice(0, FIRST).map((r) => r.data()));
  const ranked = s.sort ? loaded : rank(loaded, fallback ?? romanized ?? query);
  if (mine !== token) return;
  // The pages the name lookup found come first, with their excerpts when they are among these
  // results; those further down Pagefind's list are not drawn a second time later.
  const path = (url: string) => new URL(url, location.href).pathname;
  const lifted = fallback ? [] : named;
  const liftedPaths = new Set(lifted.map((e) => path(e[1])));
  // A named page already on screen keeps its element (and the keyboard focus, if it has it): its
  // link and details are brought up to date in place.
  const drawn = new Map(
    [...list.querySelectorAll<HTMLLIElement>(':scope > li[data-named]')].map((li) => [
      path(li.querySelector('a')!.href),
      li,
    ]),
  );
  const items = [
    ...lifted.map((e) => {
      const d = ranked.find((x) => path(x.url) === path(e[1]));
      const li = drawn.get(path(e[1]));
      if (!d) return li ?? namedItem(e);
      return li ? update(li, resultItem(d)) : resultItem(d);
    }),
    ...ranked.filter((d) => !liftedPaths.has(path(d.url))).map(resultItem),
  ];
  for (const old of [...list.children]) if (!items.includes(old as HTMLLIElement)) old.remove();
  items.forEach((li, i) => {
    if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null);
  });
  list.dataset.query = s.q;
  // The counts of an earlier search are gone; this one's follow (their line keeps its place).
  counts.replaceChildren();
  let shown = loaded.length;
  say(shown);
  pending = async () => {
    const next = await Promise.all(results.slice(shown, shown + BATCH).map((r) => r.data()));
    if (mine !== token) return;
    const added = next.filter((d) => !liftedPaths.has(path(d.url))).map(resultItem);
    list.append(...added);
    shown += next.length;
    say(shown);
    added[0]?.querySelector('a')?.focus();
  };
  // Counts by type, once the results are on screen: the same search over every type, which fetches
  // the type filter's file (no excerpt). With one type chosen, "all types" is this wider search's total.
  const allTypes = { any: [...selects.find((x) => x.name === 'type')!.options].map((o) => o.value).filter(Boolean) };
  const wider = await pf
    .search((fallback ?? romanized ?? query) || null, { filters: { ...s.filters, type: allTypes } })
    .catch(() => null);
  if (mine !== token) return;
  showCounts(s, wider?.filters?.type, wider?.results.length ?? total);
}

/** A page found by its name, before its excerpt is loaded: its title, type and status. */
function namedItem(e: NameEntry): HTMLLIElement {
  const [name, href, type, title, caseStatus] = e;
  const item = el('li', {}, el('a', { href, className: 'result-title' }, title));
  item.dataset.named = '';
  item.append(el('span', { className: 'type' }, [type, caseStatus].filter(Boolean).join(' · ')));
  if (foldName(name) !== foldName(title)) item.append(el('p', {}, 'Also written ', el('mark', {}, name)));
  return item;
}

/** A result drawn earlier, given the link and details of its full version (its link element stays). */
function update(li: HTMLLIElement, full: HTMLLIElement): HTMLLIElement {
  const link = li.querySelector('a.result-title') as HTMLAnchorElement;
  const fresh = full.querySelector('a.result-title') as HTMLAnchorElement;
  link.href = fresh.href;
  link.textContent = fresh.textContent;
  for (const child of [...li.children]) if (child !== link) child.remove();
  li.append(...[...full.children].filter((child) => child !== fresh));
  delete li.dataset.named;
  return li;
}

function resultItem(d: ResultData): HTMLLIElement {
  const item = el('li', {}, el('a', { href: d.url, className: 'result-title' }, d.meta.title ?? d.url));
  const facts = [d.meta.type, d.meta.status, d.meta.date].filter(Boolean).join(' · ');
  if (facts) item.append(el('span', { className: 'type' }, facts));
  item.append(el('p', {}, excerpt(d.content, d.locations)));
  const subs = d.sub_results.filter((r) => r.url.includes('#') && r.url !== d.url).slice(0, 4);
  if (subs.length)
    item.append(
      el(
        'ul',
        {},
        ...subs.map((r) => el('li', {}, el('a', { href: r.url }, r.title), ': ', excerpt(d.content, r.locations))),
      ),
    );
  return item;
}

// ---- events: typing searches as you go (URL replaced), submitting pushes a history entry.
// The engine starts loading when the reader comes to the box, and each key preloads the index
// for what is typed so far, so that the results are ready when the typing stops.
let timer: ReturnType<typeof setTimeout> | undefined;
function show(s: State, push: boolean) {
  const url = urlOf(s);
  if (url !== `${location.pathname}${location.search}`)
    (push ? history.pushState : history.replaceState).call(history, null, '', url);
  void run(s);
}
for (const event of ['focus', 'pointerdown'])
  input.addEventListener(
    event,
    () => {
      void engine();
      void namesFile('');
    },
    { once: true },
  );
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  show(stateFromForm(), true);
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  const q = input.value.slice(0, MAX_QUERY).trim();
  // Preload once the word being typed has three letters: shorter prefixes fetch index chunks
  // that the finished word will not need.
  if (/[\p{L}\p{N}]{3,}$/u.test(q)) void engine().then((pf) => pf.preload(q));
  // Whatever was being searched for is out of date; a name is answered at once from the name lookup.
  token++;
  const typed = stateFromForm();
  if (q && !Object.keys(typed.filters).length && !typed.sort) {
    void namedPages(q).then((named) => {
      if (!named.length || input.value !== typed.q) return;
      list.replaceChildren(...named.map(namedItem));
      list.dataset.query = typed.q;
      status.textContent = 'Searching…';
      counts.replaceChildren();
      counts.hidden = false;
    });
  }
  // The full search (and its excerpts) when the typing pauses.
  timer = setTimeout(() => show(stateFromForm(), false), 250);
});
for (const s of selects) s.addEventListener('change', () => show(stateFromForm(), true));

function restore() {
  const s = stateFromUrl();
  input.value = s.q;
  for (const sel of selects) sel.value = sel.name === 'sort' ? s.sort : (s.filters[sel.name] ?? '');
  void run(s);
}
window.addEventListener('popstate', restore);

// Keyboard: from the box, ArrowDown enters the results; ArrowUp/ArrowDown move between them.
document.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  if (!links.length) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input && e.key === 'ArrowDown') {
    e.preventDefault();
    links[0].focus();
    return;
  }
  if (at < 0) return;
  e.preventDefault();
  if (e.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)].focus();
  else if (at === 0) input.focus();
  else links[at - 1].focus();
});

restore();
