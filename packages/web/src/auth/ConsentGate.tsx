import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import type { Problem } from '@upfront/contracts';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, toProblem } from '../api/client.js';
import { useSession } from '../session/tab-session.js';
import { useShellText } from '../text/use-shell-text.js';
import { useAnnounce } from '../ui/Announcer.js';
import { focusHeading } from '../ui/focus-heading.js';
import { ProblemBar } from '../ui/ProblemBar.js';
import { ConsentNotInEffect, isConsentGranted } from './consent-client.js';

type GateState =
  | { phase: 'checking' }
  | { phase: 'granted'; afterGrant: boolean }
  | { phase: 'needed'; busy: boolean; note?: string }
  | { phase: 'failed'; problem: Problem };

const useStyles = makeStyles({
  centre: { display: 'flex', justifyContent: 'center', paddingBlock: tokens.spacingVerticalXXL },
});

/**
 * Inside Teams/Outlook (where the session can open the consent pop-up), checks once that Upfront may reach Graph
 * for the person before the views load; when it may not, says why and offers "Grant permissions" — the pop-up
 * must come from that click, or the browser blocks it. After the grant, the views load and focus goes to the
 * view's heading. Outside a host there is nothing to ask: the children show at once.
 */
export function ConsentGate(props: { children: ReactNode }) {
  const session = useSession();
  const text = useShellText();
  const announce = useAnnounce();
  const styles = useStyles();
  const { getToken, onConsent, onUnauthorized } = session;
  const [state, setState] = useState<GateState>(() => (onConsent === undefined ? { phase: 'granted', afterGrant: false } : { phase: 'checking' }));
  const [attempt, setAttempt] = useState(0);
  const content = useRef<HTMLDivElement>(null);
  const grantButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (onConsent === undefined) return;
    let live = true;
    setState({ phase: 'checking' });
    isConsentGranted(getToken).then(
      (granted) => {
        if (live) setState(granted ? { phase: 'granted', afterGrant: false } : { phase: 'needed', busy: false });
      },
      (error: unknown) => {
        if (!live) return;
        // A refused token: the host gets a fresh one (a new getToken runs this check again), once.
        if (error instanceof ApiError && error.problem.status === 401) onUnauthorized();
        setState({ phase: 'failed', problem: toProblem(error, text.say('reloadToRetry')) });
      },
    );
    return () => {
      live = false;
    };
  }, [getToken, onConsent, onUnauthorized, attempt, text]);

  const afterGrant = state.phase === 'granted' && state.afterGrant;
  useEffect(() => (afterGrant ? focusHeading(() => content.current) : undefined), [afterGrant]);

  const grant = useCallback(async () => {
    if (onConsent === undefined) return;
    setState({ phase: 'needed', busy: true });
    try {
      await onConsent();
      announce(text.say('consentGranted'));
      setState({ phase: 'granted', afterGrant: true });
    } catch (error) {
      const note = error instanceof ConsentNotInEffect ? text.say('consentStillMissing') : text.say('consentNotGranted', { reason: error instanceof Error ? error.message : String(error) });
      announce(note, 'assertive');
      setState({ phase: 'needed', busy: false, note });
      grantButton.current?.focus();
    }
  }, [onConsent, announce, text]);

  if (state.phase === 'granted') return <div ref={content}>{props.children}</div>;
  if (state.phase === 'checking') {
    return (
      <div className={styles.centre}>
        <Spinner label={text.say('consentChecking')} />
      </div>
    );
  }
  if (state.phase === 'failed') {
    return <ProblemBar problem={state.problem} actions={<Button onClick={() => setAttempt((n) => n + 1)}>{text.say('tryAgain')}</Button>} />;
  }
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="consent-needed">
      <MessageBarBody>
        <MessageBarTitle>{text.say('consentTitle')}</MessageBarTitle>
        {text.say('consentDetail')}
        {state.note === undefined ? null : <p>{state.note}</p>}
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={grantButton} appearance="primary" disabled={state.busy} onClick={() => void grant()}>
          {state.busy ? text.say('consentWaiting') : text.say('consentGrant')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
