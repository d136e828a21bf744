import type { Locale } from '@trainaction/contracts';

/** What a mail says, as blocks; the layout makes the plain-text and the HTML part from the same blocks. */
export interface MailContent {
  subject: string;
  greeting: string;
  /** Before the action. */
  intro: string[];
  /** After the intro: headed lists of items, each with a link of its own (the daily digest). */
  sections?: MailSection[];
  /** The one thing to do: a link shown as a button in HTML and as a labelled address in text. */
  action?: { label: string; url: string };
  /** After the action; a paragraph may end with a link of its own. */
  outro: { text: string; link?: { label: string; url: string } }[];
}

export interface MailSection {
  heading: string;
  items: { text: string; quote?: string; url?: string }[];
  /** After the items, e.g. how many more there are. */
  note?: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const COPY_LINK: Record<Locale, string> = {
  es: 'Si el botón no funciona, copie esta dirección en su navegador:',
  en: 'If the button does not work, copy this address into your browser:',
};

const SENT_BY: Record<Locale, (academy: string) => string> = {
  es: (academy) => `Este mensaje lo envía ${academy} de forma automática; no hace falta responderlo.`,
  en: (academy) => `${academy} sends this message automatically; there is no need to reply.`,
};

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Only http(s) links reach a mail; anything else would be a way to inject a script or a phishing scheme. */
function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`refusing a ${parsed.protocol} link in a mail`);
  return parsed.href;
}

export function renderText(content: MailContent, locale: Locale, academy: string): string {
  const lines = [content.greeting, '', ...content.intro.flatMap((p) => [p, ''])];
  for (const section of content.sections ?? []) {
    lines.push(section.heading, '');
    for (const item of section.items) {
      lines.push(`- ${item.text}`);
      if (item.quote) lines.push(`  > ${item.quote}`);
      if (item.url) lines.push(`  ${safeUrl(item.url)}`);
    }
    lines.push('', ...(section.note ? [section.note, ''] : []));
  }
  if (content.action) lines.push(`${content.action.label}:`, safeUrl(content.action.url), '');
  for (const p of content.outro) lines.push(p.link ? `${p.text} ${p.link.label}: ${safeUrl(p.link.url)}` : p.text, '');
  lines.push('-- ', academy, SENT_BY[locale](academy));
  return `${lines.join('\n')}\n`;
}

/**
 * Plain, accessible HTML: the document's language, a title, real text (no images at all), a link whose
 * words say where it goes, colours with a contrast above 7:1, and the address again for clients that
 * do not show the button. Inline styles only: mail clients drop style sheets.
 */
export function renderHtml(content: MailContent, locale: Locale, academy: string): string {
  const p = (html: string) => `<p style="margin:0 0 16px">${html}</p>`;
  const link = (label: string, url: string) => `<a href="${escape(safeUrl(url))}" style="color:#0b4f8a">${escape(label)}</a>`;
  const parts = [p(escape(content.greeting)), ...content.intro.map((t) => p(escape(t)))];
  for (const section of content.sections ?? []) parts.push(sectionHtml(section, link));
  if (content.action) {
    const url = escape(safeUrl(content.action.url));
    parts.push(
      p(
        `<a href="${url}" style="display:inline-block;background:#0b4f8a;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold">${escape(content.action.label)}</a>`,
      ),
      p(`${escape(COPY_LINK[locale])}<br><a href="${url}" style="color:#0b4f8a;word-break:break-all">${url}</a>`),
    );
  }
  for (const o of content.outro) parts.push(p(o.link ? `${escape(o.text)} ${link(o.link.label, o.link.url)}` : escape(o.text)));
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(content.subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#ffffff">',
    `<div role="article" aria-label="${escape(content.subject)}" lang="${locale}" style="max-width:36rem;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">`,
    `<h1 style="font-size:20px;margin:0 0 24px">${escape(academy)}</h1>`,
    ...parts,
    `<hr style="border:0;border-top:1px solid #cccccc;margin:24px 0">`,
    `<p style="margin:0;font-size:14px;color:#444444">${escape(SENT_BY[locale](academy))}</p>`,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** A heading and a list: screen readers announce the list and its length; each item's words are its link. */
function sectionHtml(section: MailSection, link: (label: string, url: string) => string): string {
  const items = section.items.map((item) => {
    const text = item.url ? link(item.text, item.url) : escape(item.text);
    const quote = item.quote ? `<br><q style="color:#444444">${escape(item.quote)}</q>` : '';
    return `<li style="margin:0 0 8px">${text}${quote}</li>`;
  });
  return [
    `<h2 style="font-size:17px;margin:24px 0 8px">${escape(section.heading)}</h2>`,
    `<ul style="margin:0 0 16px;padding-left:20px">${items.join('')}</ul>`,
    section.note ? `<p style="margin:0 0 16px">${escape(section.note)}</p>` : '',
  ].join('\n');
}

export function renderContent(content: MailContent, locale: Locale, academy: string): RenderedMail {
  return { subject: content.subject, text: renderText(content, locale, academy), html: renderHtml(content, locale, academy) };
}
