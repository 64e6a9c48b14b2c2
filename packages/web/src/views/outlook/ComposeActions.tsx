import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { SendClockRegular, TextAddRegular } from '@fluentui/react-icons';
import type { OutlookContext } from '@upfront/contracts';
import { OUTLOOK_TEXT } from '@upfront/core';
import { useState } from 'react';
import type { TabFormatter } from '../../format/create-tab-formatter.js';
import type { OfficeMail } from '../../office/office-adapter.js';
import { useText } from '../../text/use-text.js';
import { useAnnounce } from '../../ui/Announcer.js';

const useStyles = makeStyles({
  actions: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  action: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, alignItems: 'stretch' },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Outcome = { kind: 'done'; message: string } | { kind: 'failed'; message: string } | undefined;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** While writing: insert the update Upfront wrote at the cursor, and hold delivery until the recipients' morning. */
export function ComposeActions(props: { mail: OfficeMail; context: OutlookContext; format: TabFormatter }) {
  const styles = useStyles();
  const text = useText(OUTLOOK_TEXT);
  const announce = useAnnounce();
  const { mail, context, format } = props;
  const [busy, setBusy] = useState<'insert' | 'deliver' | undefined>();
  const [insertOutcome, setInsertOutcome] = useState<Outcome>();
  const [deliverOutcome, setDeliverOutcome] = useState<Outcome>();
  const update = context.update;
  const names = update === undefined ? '' : text.list(context.people.filter((p) => update.recipients.includes(p.address)).map((p) => p.shortName));
  const deliverAt = context.deliverAt;

  const insert = async () => {
    if (update === undefined) return;
    setBusy('insert');
    try {
      await mail.insertHtml(update.html);
      // A new message gets the update's subject too; one the person already titled keeps theirs.
      const titled = await mail.fillEmptySubject(update.subject);
      const message = text.say(titled ? 'insertedWithSubject' : 'inserted');
      setInsertOutcome({ kind: 'done', message });
      announce(message);
    } catch (error) {
      const message = text.say('insertFailed', { reason: reasonOf(error) });
      setInsertOutcome({ kind: 'failed', message });
      announce(message, 'assertive');
    } finally {
      setBusy(undefined);
    }
  };

  const deliver = async () => {
    if (deliverAt === undefined) return;
    setBusy('deliver');
    try {
      await mail.delayDelivery(new Date(deliverAt));
      const message = text.say('deliverSet', { moment: format.moment(deliverAt, context.userTimeZone) });
      setDeliverOutcome({ kind: 'done', message });
      announce(message);
    } catch (error) {
      const message = text.say('deliverFailed', { reason: reasonOf(error) });
      setDeliverOutcome({ kind: 'failed', message });
      announce(message, 'assertive');
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className={styles.actions}>
      <div className={styles.action}>
        {update === undefined ? (
          <Caption1 className={styles.hint}>{text.say('nothingToInsert')}</Caption1>
        ) : (
          <>
            <Button appearance="primary" icon={<TextAddRegular />} disabled={busy !== undefined} onClick={() => void insert()} aria-describedby="insert-hint">
              {text.say('insertUpdate')}
            </Button>
            <Caption1 id="insert-hint" className={styles.hint}>
              {text.say('insertHint', { names })}
            </Caption1>
          </>
        )}
        <Outcome outcome={insertOutcome} testId="insert-outcome" />
      </div>
      {deliverAt === undefined ? null : (
        <div className={styles.action}>
          {mail.canDelayDelivery ? (
            <>
              <Button icon={<SendClockRegular />} disabled={busy !== undefined} onClick={() => void deliver()} aria-describedby="deliver-hint">
                {text.say('deliverMorning')}
              </Button>
              <Caption1 id="deliver-hint" className={styles.hint}>
                {text.say('deliverHint', { moment: format.moment(deliverAt, context.userTimeZone) })}
              </Caption1>
            </>
          ) : (
            <Caption1 className={styles.hint} data-testid="deliver-unsupported">
              {text.say('deliverUnsupported')}
            </Caption1>
          )}
          <Outcome outcome={deliverOutcome} testId="deliver-outcome" />
        </div>
      )}
    </div>
  );
}

function Outcome(props: { outcome: Outcome; testId: string }) {
  if (props.outcome === undefined) return null;
  return (
    <MessageBar intent={props.outcome.kind === 'done' ? 'success' : 'error'} layout="multiline" data-testid={props.testId}>
      <MessageBarBody>{props.outcome.message}</MessageBarBody>
    </MessageBar>
  );
}
