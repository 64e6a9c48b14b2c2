import { MEETING_TEXT } from '@upfront/core';
import { useText } from '../text/use-text.js';

/** The meeting side panel (frame context `sidePanel`, ~320 px): being built. */
export default function MeetingPanel() {
  const text = useText(MEETING_TEXT);
  return <h1>{text.say('areaName')}</h1>;
}
