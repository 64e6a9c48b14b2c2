import type { Phrases } from '../../create-messages.js';
import { enUS, type MeetingTextId } from './en-US.js';

/** British English: the American words, with the few that differ. */
export const enGB: Phrases<MeetingTextId> = {
  ...enUS,
  forbiddenBody: 'You may not be a member of this meeting’s chat, or your organisation has not let Upfront read meeting chats. Ask your administrator to grant Upfront the Chat.ReadBasic permission.',
};
