import { PEOPLE_TEXT } from '@upfront/core';
import { useText } from '../../text/use-text.js';

/** The People view (being built). */
export default function PeoplePage() {
  const text = useText(PEOPLE_TEXT);
  return <h1>{text.say('areaName')}</h1>;
}
