import { escape } from 'html-escaper';
import type { MailBlock, MailDocument } from './mail-document.js';

// What Outlook (Word's engine on Windows, WebKit and Blink elsewhere) renders alike: a presentation table,
// inline styles only, no classes, no scripts, no images or other external resources, no links.
const FONT = "font-family:'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#242424;";
const P = 'margin:0 0 12px 0;';
const H = 'margin:16px 0 8px 0;font-size:16px;line-height:22px;font-weight:600;';
const UL = 'margin:0 0 12px 0;padding:0 0 0 24px;';
const LI = 'margin:0 0 4px 0;';

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="${P}">${escape(block.text)}</p>`;
    case 'heading':
      return `<p style="${H}">${escape(block.text)}</p>`;
    case 'list':
      return [`<ul style="${UL}">`, ...block.items.map((item) => `<li style="${LI}">${escape(item)}</li>`), '</ul>'].join('\n');
    case 'lines':
      return `<p style="${P}">${block.lines.map((line) => escape(line)).join('<br>')}</p>`;
  }
}

/**
 * Writes a message body as HTML that Outlook renders well: one presentation table with inline styles, every
 * text escaped with `html-escaper` (names and titles from Graph or the user can never become markup).
 * @example toMailHtml({ locale: 'en-US', blocks: [{ kind: 'paragraph', text: 'Tom & <Jerry>' }] })
 * // '<div lang="en-US" …><table …>…<p style="…">Tom &amp; &lt;Jerry&gt;</p>…</table></div>'
 */
export function toMailHtml(document: MailDocument): string {
  return [
    `<div lang="${escape(document.locale)}" style="${FONT}">`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;max-width:640px;">',
    '<tr>',
    `<td style="padding:0;${FONT}">`,
    ...document.blocks.map(blockHtml),
    '</td>',
    '</tr>',
    '</table>',
    '</div>',
  ].join('\n');
}
