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
import { CheckmarkCircleRegular, ClockRegular, DismissRegular, MailEditRegular, OpenRegular } from '@fluentui/react-icons';
import type { DraftRequest, Problem, Suggestion } from '@upfront/contracts';
import { useId, useState } from 'react';
import type { TabFormatter } from '../../format/create-tab-formatter.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { describeReason, describeSendAt } from './describe-reason.js';
import { DraftEditor } from './DraftEditor.js';
import { FOR_THE_USER, KIND_LABEL } from './update-words.js';

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

const SEVERITY_BADGE: Readonly<Record<Suggestion['severity'], { color: 'danger' | 'warning' | 'informative' | 'severe'; label?: string }>> = {
  overdue: { color: 'danger', label: 'Overdue' },
  'off-track': { color: 'severe', label: 'Off track' },
  'at-risk': { color: 'warning', label: 'At risk' },
  routine: { color: 'informative' },
};

const HOUR_MS = 3_600_000;

/** One suggested update: who it is for, why, when to send it, the message itself, and what the user can do with it. */
export function SuggestionCard(props: {
  suggestion: Suggestion;
  format: TabFormatter;
  /** The user's zone (their mailbox's): send times are shown on the user's clock. */
  userZone: string;
  onDraft(edits: DraftRequest): Promise<unknown>;
  onSnooze(until: Date): Promise<void>;
  onDismiss(): Promise<void>;
}) {
  const styles = useStyles();
  const { suggestion } = props;
  const [editing, setEditing] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const subjectId = useId();
  const forUser = FOR_THE_USER.has(suggestion.kind);
  const severity = SEVERITY_BADGE[suggestion.severity];
  const words = { format: props.format, recipients: suggestion.recipients, userZone: props.userZone };
  const sendAtLabel = describeSendAt(suggestion.sendAt, words);
  const act = (action: () => Promise<void>) => () => {
    setProblem(undefined);
    action().catch((failure: unknown) => setProblem(failure as Problem));
  };

  return (
    <Card className={styles.card} data-testid="suggestion" data-kind={suggestion.kind} data-language={suggestion.language} aria-labelledby={subjectId}>
      <div className={styles.top}>
        <Badge appearance="tint" color="brand">
          {KIND_LABEL[suggestion.kind]}
        </Badge>
        {severity.label === undefined ? null : (
          <Badge appearance="filled" color={severity.color}>
            {severity.label}
          </Badge>
        )}
        {forUser ? null : (
          <Caption1 className={styles.muted}>
            <ClockRegular aria-hidden /> {sendAtLabel}
          </Caption1>
        )}
      </div>
      <h3 id={subjectId} className={styles.subject}>
        {suggestion.subject}
      </h3>
      <Text className={styles.muted} data-testid="suggestion-reason">
        {describeReason(suggestion.reason, words)}
      </Text>
      {forUser || suggestion.recipients.length === 0 ? null : (
        <ul className={styles.people} aria-label="To">
          {suggestion.recipients.map((r) => (
            <li key={r.id} className={styles.person}>
              <Avatar size={24} name={r.displayName} aria-hidden />
              <Text>{r.displayName}</Text>
              <Caption1 className={styles.muted} lang={r.language}>
                {r.language}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {editing ? null : (
        <>
          <pre className={mergeClasses(styles.body, !expanded && styles.clamped)} lang={suggestion.language} data-testid="suggestion-text">
            {suggestion.text}
          </pre>
          <div>
            <Link as="button" onClick={() => setExpanded((e) => !e)}>
              {expanded ? 'Show less' : 'Show the whole message'}
            </Link>
          </div>
        </>
      )}
      {suggestion.draft === undefined ? null : (
        <div className={styles.drafted} data-testid="drafted">
          <CheckmarkCircleRegular aria-hidden />
          <Text>Saved in your Outlook drafts. Nothing was sent.</Text>
          <Link href={suggestion.draft.webLink} target="_blank" rel="noopener noreferrer">
            Open in Outlook <OpenRegular aria-hidden />
          </Link>
        </div>
      )}
      {problem === undefined ? null : <ProblemBar problem={problem} />}
      {editing ? (
        <DraftEditor
          suggestion={suggestion}
          onCancel={() => setEditing(false)}
          onSave={async (edits) => {
            await props.onDraft(edits);
            setEditing(false);
          }}
        />
      ) : (
        <div className={styles.actions}>
          {forUser || suggestion.draft !== undefined ? null : (
            <Button appearance="primary" icon={<MailEditRegular />} onClick={() => setEditing(true)}>
              Draft it
            </Button>
          )}
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button icon={<ClockRegular />}>Snooze</Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem onClick={act(() => props.onSnooze(new Date(Date.now() + 3 * HOUR_MS)))}>For 3 hours</MenuItem>
                <MenuItem onClick={act(() => props.onSnooze(new Date(Date.now() + 24 * HOUR_MS)))}>Until tomorrow</MenuItem>
                <MenuItem onClick={act(() => props.onSnooze(new Date(Date.now() + 7 * 24 * HOUR_MS)))}>For a week</MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
          <Button appearance="subtle" icon={<DismissRegular />} onClick={act(props.onDismiss)}>
            Dismiss
          </Button>
        </div>
      )}
    </Card>
  );
}
