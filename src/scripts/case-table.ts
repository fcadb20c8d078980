/**
 * Case table enhancements: filters (status, place, decade, source) and sortable columns.
 * The filter state lives in the URL (?status=…&place=…), so a filtered view can be shared.
 */
const form = document.querySelector<HTMLFormElement>('[data-case-filters]');
const table = document.querySelector<HTMLTableElement>('[data-case-table]');
const count = document.querySelector<HTMLElement>('[data-case-count]');

if (form && table && count) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const fields = ['status', 'place', 'decade', 'source'] as const;
  const attr = { status: 'status', place: 'places', decade: 'decades', source: 'sources' } as const;
  form.hidden = false;

  const params = new URLSearchParams(location.search);
  for (const f of fields) {
    const select = form.elements.namedItem(f) as HTMLSelectElement;
    if (params.get(f)) select.value = params.get(f)!;
  }

  const apply = () => {
    const chosen = Object.fromEntries(fields.map((f) => [f, (form.elements.namedItem(f) as HTMLSelectElement).value]));
    let shown = 0;
    for (const row of rows) {
      const ok = fields.every((f) => !chosen[f] || (row.dataset[attr[f]] ?? '').split(' ').includes(chosen[f]));
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = `Showing ${shown} of ${rows.length} cases.`;
    const url = new URL(location.href);
    for (const f of fields) chosen[f] ? url.searchParams.set(f, chosen[f]) : url.searchParams.delete(f);
    history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  apply();

  // Sorting: each sortable header becomes a button; aria-sort says the current order.
  const headers = [...table.tHead!.rows[0].cells].filter((th) => th.dataset.sort);
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = th.dataset.sort!;
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const value = (r: HTMLTableRowElement) => r.dataset[key] ?? '';
      rows.sort((a, b) => value(a).localeCompare(value(b), 'en', { numeric: true }) * (ascending ? 1 : -1));
      body.append(...rows);
      table.caption!.textContent = `Cases, sorted by ${key} (${ascending ? 'ascending' : 'descending'})`;
    });
  }
}
