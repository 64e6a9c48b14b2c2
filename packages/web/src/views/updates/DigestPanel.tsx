import {
  Button,
  Caption1,
  Card,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { DigestPreview, DigestSettings, DigestSettingsResponse, Problem } from '@upfront/contracts';
import { useEffect, useMemo, useState } from 'react';
import { toProblem } from '../../api/client.js';
import type { UpdatesClient } from '../../api/updates-client.js';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { toRecipientList } from './DraftEditor.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  preview: {
    whiteSpace: 'pre-wrap',
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyBase,
    overflowWrap: 'anywhere',
  },
});

/** 4 January 2026 is a Sunday (core counts weekdays 0 = Sunday … 6 = Saturday); the names come from the formatter. */
const weekdayOn = (weekday: number) => `2026-01-${String(4 + weekday).padStart(2, '0')}`;

/** The weekly digest: opt in, choose the day, time and audience; see what the next one would say. */
export function DigestPanel(props: { client: UpdatesClient; getToken: () => Promise<string>; locale: string }) {
  const styles = useStyles();
  const { client, getToken, locale } = props;
  const [loaded, setLoaded] = useState<DigestSettingsResponse | undefined>(undefined);
  const [draft, setDraft] = useState<DigestSettings | undefined>(undefined);
  const [audience, setAudience] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState<DigestPreview | 'loading' | undefined>(undefined);
  const format = useMemo(() => createTabFormatter(locale, new Date().toISOString()), [locale]);

  useEffect(() => {
    let live = true;
    getToken()
      .then((token) => client.loadDigestSettings(token))
      .then(
        (response) => {
          if (!live) return;
          setLoaded(response);
          setDraft(response.settings);
          setAudience(response.settings.audienceIds.join(', '));
        },
        (error: unknown) => {
          if (live) setProblem(toProblem(error, 'The digest settings could not be loaded.'));
        },
      );
    return () => {
      live = false;
    };
  }, [client, getToken]);

  if (draft === undefined || loaded === undefined) {
    return (
      <Card className={styles.card}>
        <h2 className={styles.heading}>Weekly digest</h2>
        {problem === undefined ? <Spinner size="small" label="Loading the digest settings…" /> : <ProblemBar problem={problem} />}
      </Card>
    );
  }

  const save = () => {
    setSaving(true);
    setProblem(undefined);
    const settings: DigestSettings = { ...draft, audienceIds: toRecipientList(audience) };
    getToken()
      .then((token) => client.saveDigestSettings(token, settings))
      .then(
        (response) => {
          setSaving(false);
          setLoaded(response);
          setDraft(response.settings);
        },
        (error: unknown) => {
          setSaving(false);
          setProblem(toProblem(error, 'The digest settings could not be saved.'));
        },
      );
  };
  const showPreview = () => {
    setPreview('loading');
    setProblem(undefined);
    getToken()
      .then((token) => client.loadDigestPreview(token, locale))
      .then(setPreview, (error: unknown) => {
        setPreview(undefined);
        setProblem(toProblem(error, 'The digest preview could not be made.'));
      });
  };

  return (
    <Card className={styles.card} data-testid="digest">
      <h2 className={styles.heading}>Weekly digest</h2>
      <Text className={styles.muted}>
        Once a week Upfront drafts one update for the people you choose: what is done (with credit), in progress, at risk
        with new dates, and where you need help. It waits in your Outlook drafts; you send it.
      </Text>
      <Switch
        checked={draft.enabled}
        label={draft.enabled ? 'Draft my weekly digest' : 'Weekly digest is off'}
        onChange={(_, data) => setDraft({ ...draft, enabled: data.checked })}
      />
      <div className={styles.row}>
        <Field label="Day">
          <Dropdown
            value={format.dayLabel(weekdayOn(draft.weekday)).weekday}
            selectedOptions={[String(draft.weekday)]}
            onOptionSelect={(_, data) => setDraft({ ...draft, weekday: Number(data.optionValue) })}
          >
            {[1, 2, 3, 4, 5, 6, 0].map((weekday) => (
              <Option key={weekday} value={String(weekday)}>
                {format.dayLabel(weekdayOn(weekday)).weekday}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={`Time (${draft.timeZone})`}>
          <Input type="time" value={draft.localTime} onChange={(_, data) => setDraft({ ...draft, localTime: data.value })} />
        </Field>
      </div>
      <Field label="To" hint="Email addresses, separated by commas. Empty: a digest for you alone.">
        <Input value={audience} onChange={(_, data) => setAudience(data.value)} />
      </Field>
      {loaded.delivery === 'at-next-visit' && draft.enabled ? (
        <MessageBar intent="info" layout="multiline" data-testid="digest-at-next-visit">
          <MessageBarBody>
            Your organisation has not allowed Upfront to draft while you are away, so the digest is prepared the next time
            you open Upfront after its time.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {loaded.nextRunAt === undefined ? null : (
        <Caption1 className={styles.muted} data-testid="digest-next-run">
          Next digest: {format.moment(loaded.nextRunAt, loaded.settings.timeZone)}
        </Caption1>
      )}
      {problem === undefined ? null : <ProblemBar problem={problem} />}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save} disabled={saving}>
          {saving ? <Spinner size="tiny" label="Saving…" /> : 'Save'}
        </Button>
        <Button onClick={showPreview} disabled={preview === 'loading'}>
          Preview the next digest
        </Button>
      </div>
      {preview === undefined ? null : preview === 'loading' ? (
        <Spinner size="small" label="Writing the preview…" />
      ) : (
        <section aria-label="Digest preview" data-testid="digest-preview">
          <Text weight="semibold">{preview.subject}</Text>
          <pre className={styles.preview}>{preview.text}</pre>
        </section>
      )}
    </Card>
  );
}

