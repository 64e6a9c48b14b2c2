import type { MailBlock, MailDocument } from './mail-document.js';

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return block.text;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'lines':
      return block.lines.join('\n');
  }
}

/**
 * Writes a message body as plain text: blocks apart by a blank line, list items as `- ` lines.
 * @example toMailText({ locale: 'en-US', blocks: [{ kind: 'heading', text: 'Done' }, { kind: 'list', items: ['A', 'B'] }] })
 * // 'Done\n\n- A\n- B\n'
 */
export function toMailText(document: MailDocument): string {
  return `${document.blocks.map(blockText).join('\n\n')}\n`;
}
