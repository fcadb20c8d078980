/**
 * Who publishes this archive, how to reach them, and under what terms its own texts and data may
 * be reused: set here, in this one place, before the archive is published. The About page, the
 * footer and the 404 page read it.
 *
 * Until the publisher's details are set, `placeholder` is true: the names below are editorial
 * placeholders, the contact address is empty (the pages then say it is not yet set, and link
 * nothing), and the About page says plainly that they are placeholders. Do not publish with
 * placeholders: set the real names and address, and set `placeholder: false`.
 */
export interface Licence { name: string; url: string }

export interface SiteInfo {
  /** The archive's name, as in the header and page titles. */
  name: string;
  short: string;
  tagline: string;
  /** The organization that publishes the archive and answers for it. */
  publisher: string;
  /** Who keeps the archive (an editor or a team), as they wish to be named. */
  maintainer: string;
  /** Where corrections, removal requests and questions go: an e-mail address, empty until it is set. */
  contact: { email: string; note?: string };
  /** Whether publisher, maintainer and contact are still placeholders. */
  placeholder: boolean;
  /** The archive's own texts (case narratives, summaries, notes) and its data (exports). */
  licences: { texts: Licence; data: Licence };
}

export const SITE: SiteInfo = {
  name: 'North Koreans in Russia: the documented record',
  short: 'North Koreans in Russia',
  tagline: 'the documented record',
  publisher: 'The publisher of this archive (to be named before publication)',
  maintainer: 'The archive’s editors (to be named before publication)',
  contact: { email: '' },
  placeholder: true,
  licences: {
    texts: { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' },
    data: { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' },
  },
};
