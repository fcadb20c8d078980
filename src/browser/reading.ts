/**
 * Progressive enhancements of a reading page (the page is complete without them):
 * 1. a ¶/§ self-link, when followed, also copies the citation of that paragraph or section: the
 *    citation the cite page gives in the default style, put together from what the page carries
 *    (shared parts on the article, each unit's own part in its data-cite; see shareCitations);
 * 2. words searched for (?highlight=…) are marked in the text the reader lands on.
 */
const article = document.querySelector<HTMLElement>('article[data-cite-head]');
const status = document.querySelector<HTMLElement>('[data-copy-status]');

/** The confirmation shows at the bottom of the screen (site.css) and goes after a few seconds. */
let clear: ReturnType<typeof setTimeout> | undefined;
function say(message: string) {
  status!.textContent = message;
  clearTimeout(clear);
  clear = setTimeout(() => {
    status!.textContent = '';
  }, 8000);
}

function citationFor(link: HTMLAnchorElement): string | null {
  const target = link.closest<HTMLElement>('[data-cite]');
  if (!article || !target) return null;
  const { citeHead, citeLink, citeTail } = article.dataset;
  return `${citeHead}${target.dataset.cite}${citeLink}${target.id}${citeTail}`;
}

// Where following a ¶ or § link copies a citation, its name says so (the page without scripts only links).
if (navigator.clipboard) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.self-link')) {
    if (citationFor(link))
      link.setAttribute('aria-label', `${link.getAttribute('aria-label') ?? link.textContent} and copy its citation`);
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.self-link');
  if (!link || !navigator.clipboard) return;
  const text = citationFor(link);
  if (!text) return;
  navigator.clipboard.writeText(text).then(
    () => {
      if (status) say(`Citation copied: ${text}`);
    },
    () => {
      if (status) status.textContent = '';
    },
  );
});

function highlight(terms: string[]) {
  const root = article ?? document.querySelector('main');
  if (!root || terms.length === 0) return;
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script,style,mark,.self-link') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | null = null;
  for (const node of nodes) {
    const text = node.data;
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(re)) {
      frag.append(text.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.textContent = m[0];
      first ??= mark;
      frag.append(mark);
      last = m.index! + m[0].length;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}

const params = new URLSearchParams(location.search);
highlight(
  params
    .getAll('highlight')
    .flatMap((h) => h.split(/\s+/))
    .filter((t) => t.length > 1)
    .slice(0, 10),
);
