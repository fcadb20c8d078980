/** The day a page is printed, in the print-only header (a blank line to fill in without JavaScript). */
const day = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
for (const el of document.querySelectorAll<HTMLElement>('[data-printed-on]')) el.textContent = day;
