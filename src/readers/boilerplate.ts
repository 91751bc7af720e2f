// What a saved web page carries around its text, as data: the elements, ARIA roles and class
// or id words of site navigation, headers, footers, breadcrumbs, share boxes, cookie notices,
// scripts and forms. Reviewed in one place; used by readers/read-html.ts.

/** Elements that never hold the document's text. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'form', 'button', 'input', 'select', 'textarea', 'label', 'nav', 'aside', 'dialog', 'menu', 'footer', 'head',
]);

/** ARIA landmark roles around the text, not of it. */
export const DROPPED_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'search', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar',
]);

/** Words in a class, id or aria-label that mark page furniture (matched as parts of a name). */
export const DROPPED_NAMES =
  /breadcrumb|brødsmul|share|sharing|social|deling|del-(?:siden|artikkel)|cookie|consent|samtykke|gdpr|skip-?(?:link|to)|hopp-til|newsletter|nyhetsbrev|related|relatert|pagination|site-?(?:header|footer|nav)|page-?(?:header|footer)|^nav(?:bar)?$|^menu$|^meny$|print-?(?:button|link)|tilbakemelding|feedback/iu;
