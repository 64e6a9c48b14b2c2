import type { ReactNode } from 'react';
import type { OfficeMail } from '../office/office-adapter.js';
import { OutlookPane } from '../views/outlook/OutlookPane.js';

/** Outlook's add-in pane beside a message being read: what the user owes its sender. */
export default function ReadPanel(props: { mail: OfficeMail; footer?: ReactNode; focusOnMount?: boolean }) {
  return <OutlookPane mail={props.mail} focusOnMount={props.focusOnMount ?? false} {...(props.footer === undefined ? {} : { footer: props.footer })} />;
}
