import { SETTINGS_TEXT } from '@upfront/core';
import { useText } from '../../text/use-text.js';

/** The Settings view (being built). */
export default function SettingsPage() {
  const text = useText(SETTINGS_TEXT);
  return <h1>{text.say('areaName')}</h1>;
}
