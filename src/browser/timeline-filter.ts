/**
 * With JavaScript, the full timeline filters itself at once: a filter link hides the other
 * events and puts the filter's own address in the address bar (the same page a reader without
 * JavaScript reaches by following the link). Lists split over pages just follow the links.
 */
export function enhanceTimeline(doc: Document = document): void {
  const list = doc.querySelector<HTMLElement>('[data-timeline][data-complete]');
  const status = doc.querySelector<HTMLElement>('[data-timeline-status]');
  if (!list || !status) return;
  const all = status.textContent ?? '';
  const apply = (kind: string | null, value: string | null, label: string | null) => {
    let shown = 0;
    for (const li of list.querySelectorAll<HTMLElement>('.tl-event')) {
      const match = !kind || li.dataset[kind] === value;
      li.hidden = !match;
      if (match) shown++;
    }
    for (const group of list.querySelectorAll<HTMLElement>('.tl-year, .tl-decade')) {
      group.hidden = !group.querySelector('.tl-event:not([hidden])');
    }
    for (const a of doc.querySelectorAll<HTMLElement>('[data-filter]')) {
      if (a.dataset.filter === kind && a.dataset.value === value) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    doc.querySelector('[data-filter-all]')?.toggleAttribute('aria-current', !kind);
    if (!kind) doc.querySelector('[data-filter-all]')?.setAttribute('aria-current', 'page');
    status.textContent = kind ? `${shown} ${shown === 1 ? 'event' : 'events'}: ${label}` : all;
  };
  doc.addEventListener('click', (ev) => {
    const a = (ev.target as Element).closest?.<HTMLAnchorElement>('a[data-filter], [data-filter-all]');
    if (
      !a ||
      ev.defaultPrevented ||
      (ev as MouseEvent).button !== 0 ||
      (ev as MouseEvent).metaKey ||
      (ev as MouseEvent).ctrlKey ||
      (ev as MouseEvent).shiftKey
    )
      return;
    ev.preventDefault();
    const state =
      a.dataset.filterAll !== undefined
        ? null
        : { kind: a.dataset.filter!, value: a.dataset.value!, label: a.textContent ?? '' };
    apply(state?.kind ?? null, state?.value ?? null, state?.label ?? null);
    history.pushState(state, '', a.href);
  });
  addEventListener('popstate', (ev) => {
    const s = ev.state as { kind: string; value: string; label: string } | null;
    apply(s?.kind ?? null, s?.value ?? null, s?.label ?? null);
  });
}
