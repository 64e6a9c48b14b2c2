import { Button, Caption1, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { MailEditRegular, OpenRegular } from '@fluentui/react-icons';
import type { DraftResult, MeetingHeadsUp, Problem } from '@upfront/contracts';
import { MEETING_TEXT } from '@upfront/core';
import { useEffect, useId, useRef, useState } from 'react';
import { toProblem } from '../../api/client.js';
import type { MeetingsClient } from '../../api/meetings-client.js';
import { useText } from '../../text/use-text.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { ProblemBar } from '../../ui/ProblemBar.js';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  subject: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  action: { alignSelf: 'flex-start' },
});

type Saving = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved'; result: DraftResult } | { phase: 'failed'; problem: Problem };

/**
 * The heads-up for one attendee in one click: "Draft heads-up" saves it as it is to the user's Outlook drafts
 * through the suggestion's exactly-once draft route (a second click, or the same heads-up from another attendee,
 * finds the draft made before), then shows the draft's link, which takes focus.
 */
export function HeadsUpAction(props: {
  headsUp: MeetingHeadsUp;
  client: MeetingsClient;
  getToken: () => Promise<string>;
  onDrafted(suggestionId: string, result: DraftResult): void;
}) {
  const styles = useStyles();
  const text = useText(MEETING_TEXT);
  const announce = useAnnounce();
  const { headsUp, client, getToken, onDrafted } = props;
  const [saving, setSaving] = useState<Saving>({ phase: 'idle' });
  const link = useRef<HTMLAnchorElement>(null);
  const toId = useId();
  const names = text.list(headsUp.recipientNames);
  const justSaved = saving.phase === 'saved';
  useEffect(() => {
    if (justSaved) link.current?.focus();
  }, [justSaved]);

  const draft = async () => {
    setSaving({ phase: 'saving' });
    announce(text.say('drafting'));
    try {
      const result = await client.draftHeadsUp(await getToken(), headsUp.suggestionId);
      setSaving({ phase: 'saved', result });
      announce(text.say(result.outcome === 'existing' ? 'draftExisting' : 'draftSaved', { names }));
      onDrafted(headsUp.suggestionId, result);
    } catch (error) {
      const problem = toProblem(error, text.say('draftFailedTitle'));
      setSaving({ phase: 'failed', problem });
      announce(`${text.say('draftFailedTitle')}: ${problem.detail}`, 'assertive');
    }
  };

  const webLink = saving.phase === 'saved' ? saving.result.webLink : headsUp.draft?.webLink;
  return (
    <div className={styles.box} data-testid="heads-up" data-suggestion-id={headsUp.suggestionId}>
      <Text size={200} weight="semibold">
        {text.say('headsUpReady')}
      </Text>
      {/* The subject is written in the recipients' language, which may not be the panel's. */}
      <Caption1 lang={headsUp.language} className={styles.subject}>
        {headsUp.subject}
      </Caption1>
      <Caption1 id={toId} className={styles.muted}>
        {text.say('headsUpTo', { names })}
      </Caption1>
      {webLink === undefined ? (
        <Button
          className={styles.action}
          appearance="primary"
          size="small"
          icon={saving.phase === 'saving' ? <Spinner size="extra-tiny" /> : <MailEditRegular />}
          disabled={saving.phase === 'saving'}
          // The visible words are the name; whom it goes to is read as its description.
          aria-describedby={toId}
          onClick={() => void draft()}
        >
          {saving.phase === 'saving' ? text.say('drafting') : text.say('draftHeadsUp')}
        </Button>
      ) : (
        <>
          {saving.phase === 'saved' ? (
            <Caption1 role="status">{text.say(saving.result.outcome === 'existing' ? 'draftExisting' : 'draftSaved', { names })}</Caption1>
          ) : null}
          <Link ref={link} href={webLink} target="_blank" rel="noreferrer" data-testid="draft-link">
            <OpenRegular aria-hidden="true" /> {text.say('openDraft')}
          </Link>
        </>
      )}
      {saving.phase === 'failed' ? (
        <ProblemBar
          problem={{ ...saving.problem, title: text.say('draftFailedTitle') }}
          actions={
            <Button size="small" onClick={() => void draft()}>
              {text.say('tryAgain')}
            </Button>
          }
        />
      ) : null}
    </div>
  );
}
