import type { ReactNode } from 'react';
import type { OfficeMail } from '../office/office-adapter.js';
import { OutlookPane } from '../views/outlook/OutlookPane.js';

/**
 * Outlook's add-in pane beside a message being written: the recipients' items, warnings about their day and
 * time away, "Insert update" and "Deliver in their morning". The session comes from `SessionContext`.
 */
export default function ComposePanel(props: { mail: OfficeMail; footer?: ReactNode; focusOnMount?: boolean }) {
  return <OutlookPane mail={props.mail} focusOnMount={props.focusOnMount ?? false} {...(props.footer === undefined ? {} : { footer: props.footer })} />;
}
