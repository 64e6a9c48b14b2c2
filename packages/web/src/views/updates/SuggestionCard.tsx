import {
  Avatar,
  Badge,
  Button,
  Caption1,
  Card,
  Link,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, ClockRegular, CopyRegular, DismissRegular, MailEditRegular, OpenRegular } from '@fluentui/react-icons';
import type { ComposedText, ComposeRequest, DraftRequest, DraftResult, Problem, Suggestion, SuggestionKind } from '@upfront/contracts';
import type { Messages, UpdatesTextId } from '@upfront/core';
import { useEffect, useId, useRef, useState } from 'react';
import type { TabFormatter } from '../../format/create-tab-formatter.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { describeLanguage, describeReason, describeSendAt, toSelectKey } from './describe-reason.js';
import { DraftEditor } from './DraftEditor.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  subject: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  people: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  person: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  body: {
    whiteSpace: 'pre-wrap',
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  clamped: { maxHeight: '9.5em', overflow: 'hidden' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  drafted: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorPaletteGreenForeground1 },
});

const SEVERITY_COLOR: Readonly<Record<Suggestion['severity'], 'danger' | 'warning' | 'informative' | 'severe'>> = {
  overdue: 'danger',
  'off-track': 'severe',
  'at-risk': 'warning',
  routine: 'informative',
};

/** Kinds that are written for the user to read (not a message to send). */
const FOR_THE_USER: ReadonlySet<SuggestionKind> = new Set(['meeting-brief']);

const HOUR_MS = 3_600_000;

/** One suggested update: who it is for, why, when to send it, the message itself, and what the user can do with it. */
export function SuggestionCard(props: {
  suggestion: Suggestion;
  text: Messages<UpdatesTextId>;
  format: TabFormatter;
  /** The user's zone (their mailbox's): send times are shown on the user's clock. */
  userZone: string;
  /** Open the editor at once (the update the user came for from Risks). */
  startOpen?: boolean;
  /** Take focus when shown (a suggestion brought back by Undo). */
  takeFocus?: boolean;
  onDraft(edits: DraftRequest): Promise<DraftResult>;
  onSnooze(until: Date): Promise<void>;
  onDismiss(): Promise<void>;
  onCompose(choice: ComposeRequest): Promise<ComposedText>;
}) {
  const styles = useStyles();
  const { suggestion, text } = props;
  const announce = useAnnounce();
  const [editing, setEditing] = useState(props.startOpen === true);
  const [expanded, setExpanded] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [draft, setDraft] = useState(suggestion.draft);
  const [focusLink, setFocusLink] = useState(false);
  const subjectId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const forUser = FOR_THE_USER.has(suggestion.kind);
  const words = { text, format: props.format, recipients: suggestion.recipients, userZone: props.userZone };
  const sendAtLabel = describeSendAt(suggestion.sendAt, words);
  const drafted = draft ?? suggestion.draft;

  useEffect(() => {
    if (props.takeFocus === true) headingRef.current?.focus();
  }, [props.takeFocus]);
  useEffect(() => {
    if (focusLink && drafted !== undefined) {
      linkRef.current?.focus();
      setFocusLink(false);
    }
  }, [focusLink, drafted]);

  const act = (action: () => Promise<void>) => () => {
    setProblem(undefined);
    action().catch((failure: unknown) => {
      setProblem(failure as Problem);
      announce((failure as Problem).detail ?? text.say('dismissFailed'), 'assertive');
    });
  };

  const copy = (content: string) => {
    const write = navigator.clipboard?.writeText(content) ?? Promise.reject(new Error('no clipboard'));
    write.then(
      () => announce(text.say('copied')),
      () => announce(text.say('copyFailed'), 'assertive'),
    );
  };

  const snoozeFor = (hours: number) => act(() => props.onSnooze(new Date(Date.now() + hours * HOUR_MS)));

  return (
    <Card
      className={styles.card}
      data-testid="suggestion"
      data-kind={suggestion.kind}
      data-language={suggestion.language}
      data-suggestion-id={suggestion.id}
      aria-labelledby={subjectId}
    >
      <div className={styles.top}>
        <Badge appearance="tint" color="brand">
          {text.say('kind', { kind: toSelectKey(suggestion.kind) })}
        </Badge>
        {suggestion.severity === 'routine' ? null : (
          <Badge appearance="filled" color={SEVERITY_COLOR[suggestion.severity]}>
            {text.say('severity', { severity: toSelectKey(suggestion.severity) })}
          </Badge>
        )}
        {forUser ? null : (
          <Caption1 className={styles.muted} data-testid="send-at">
            <ClockRegular aria-hidden /> {sendAtLabel}
          </Caption1>
        )}
      </div>
      <h3 id={subjectId} ref={headingRef} tabIndex={-1} className={styles.subject} lang={suggestion.language}>
        {suggestion.subject}
      </h3>
      <Text className={styles.muted} data-testid="suggestion-reason">
        {describeReason(suggestion.reason, words)}
      </Text>
      {forUser || suggestion.recipients.length === 0 ? null : (
        <ul className={styles.people} aria-label={text.say('recipientsLabel')}>
          {suggestion.recipients.map((r) => (
            <li key={r.id} className={styles.person}>
              <Avatar size={24} name={r.displayName} aria-hidden />
              <Text>{r.displayName}</Text>
              <Caption1 className={styles.muted}>{describeLanguage(text, r.language)}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {editing ? null : (
        <>
          <Caption1 className={styles.muted}>
            {text.say('writtenIn', {
              language: describeLanguage(text, suggestion.language),
              tone: text.say('tone', { tone: suggestion.tone ?? 'direct' }),
            })}
          </Caption1>
          <pre className={mergeClasses(styles.body, !expanded && styles.clamped)} lang={suggestion.language} data-testid="suggestion-text">
            {suggestion.text}
          </pre>
          <div>
            <Link as="button" onClick={() => setExpanded((e) => !e)} aria-expanded={expanded}>
              {expanded ? text.say('showLess') : text.say('showWhole')}
            </Link>
          </div>
        </>
      )}
      {drafted === undefined ? null : (
        <div className={styles.drafted} data-testid="drafted">
          <CheckmarkCircleRegular aria-hidden />
          <Text>{text.say('drafted')}</Text>
          <Link ref={linkRef} href={drafted.webLink} target="_blank" rel="noopener noreferrer">
            {text.say('openInOutlook')} <OpenRegular aria-hidden />
          </Link>
        </div>
      )}
      {problem === undefined ? null : <ProblemBar problem={problem} />}
      {editing ? (
        <DraftEditor
          suggestion={suggestion}
          text={text}
          onCompose={props.onCompose}
          onCopy={copy}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => openRef.current?.focus());
          }}
          onSave={async (edits) => {
            const result = await props.onDraft(edits);
            setDraft({ messageId: result.messageId, webLink: result.webLink, createdAt: new Date().toISOString() });
            setEditing(false);
            setFocusLink(true);
            announce(result.outcome === 'created' ? text.say('draftSaved', { subject: edits.subject ?? suggestion.subject }) : text.say('draftExisting'));
          }}
        />
      ) : (
        <div className={styles.actions}>
          {forUser || drafted !== undefined ? null : (
            <Button ref={openRef} appearance="primary" icon={<MailEditRegular />} onClick={() => setEditing(true)}>
              {text.say('draftIt')}
            </Button>
          )}
          <Button icon={<CopyRegular />} onClick={() => copy(`${suggestion.subject}\n\n${suggestion.text}`)}>
            {text.say('copy')}
          </Button>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button icon={<ClockRegular />}>{text.say('snooze')}</Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem onClick={snoozeFor(3)}>{text.say('snoozeHours')}</MenuItem>
                <MenuItem onClick={snoozeFor(24)}>{text.say('snoozeTomorrow')}</MenuItem>
                <MenuItem onClick={snoozeFor(7 * 24)}>{text.say('snoozeWeek')}</MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
          <Button appearance="subtle" icon={<DismissRegular />} onClick={act(props.onDismiss)}>
            {text.say('dismiss')}
          </Button>
        </div>
      )}
    </Card>
  );
}
