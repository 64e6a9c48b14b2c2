import { Button, Caption1, Card, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, Option, Spinner, Switch, Text, tokens } from '@fluentui/react-components';
import type { DigestPreview, DigestSettings, DigestSettingsResponse, Problem } from '@upfront/contracts';
import { SETTINGS_TEXT } from '@upfront/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { toProblem } from '../../api/client.js';
import type { SettingsClient } from '../../api/settings-client.js';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import { useText } from '../../text/use-text.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { ProblemBar } from '../../ui/ProblemBar.js';

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
  region: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

/** 4 January 2026 is a Sunday (core counts weekdays 0 = Sunday … 6 = Saturday); the names come from the formatter. */
const weekdayOn = (weekday: number) => `2026-01-${String(4 + weekday).padStart(2, '0')}`;

/** The addresses a person typed, once each, whatever separates them (commas, semicolons, spaces). */
export function toAddressList(field: string): string[] {
  return [...new Set(field.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

/** The weekly digest: opt in, choose the day, time and audience; see what the next one would say. */
export function DigestPanel(props: { client: SettingsClient; getToken: () => Promise<string>; locale: string }) {
  const styles = useStyles();
  const text = useText(SETTINGS_TEXT);
  const announce = useAnnounce();
  const { client, getToken, locale } = props;
  const [loaded, setLoaded] = useState<DigestSettingsResponse | undefined>(undefined);
  const [draft, setDraft] = useState<DigestSettings | undefined>(undefined);
  const [audience, setAudience] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState<DigestPreview | 'loading' | undefined>(undefined);
  const previewRef = useRef<HTMLElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
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
          if (live) setProblem(toProblem(error, text.say('digestLoadFailed')));
        },
      );
    return () => {
      live = false;
    };
  }, [client, getToken, text]);

  useEffect(() => {
    if (preview !== undefined && preview !== 'loading') previewRef.current?.focus();
  }, [preview]);

  if (draft === undefined || loaded === undefined) {
    return (
      <Card className={styles.card}>
        <h2 className={styles.heading}>{text.say('digestHeading')}</h2>
        {problem === undefined ? <Spinner size="small" label={text.say('digestLoading')} /> : <ProblemBar problem={problem} />}
      </Card>
    );
  }

  const fail = (error: unknown, words: 'digestSaveFailed' | 'digestPreviewFailed') => {
    const p = toProblem(error, text.say(words));
    setProblem(p);
    announce(`${text.say(words)} ${p.detail}`, 'assertive');
  };
  const save = () => {
    if (saving) return;
    setSaving(true);
    setProblem(undefined);
    const settings: DigestSettings = { ...draft, audienceIds: toAddressList(audience) };
    getToken()
      .then((token) => client.saveDigestSettings(token, settings))
      .then(
        (response) => {
          setSaving(false);
          setLoaded(response);
          setDraft(response.settings);
          setAudience(response.settings.audienceIds.join(', '));
          announce(text.say(response.settings.enabled ? 'digestSaved' : 'digestSavedOff'));
          saveRef.current?.focus();
        },
        (error: unknown) => {
          setSaving(false);
          fail(error, 'digestSaveFailed');
        },
      );
  };
  const showPreview = () => {
    if (preview === 'loading') return;
    setPreview('loading');
    setProblem(undefined);
    getToken()
      .then((token) => client.loadDigestPreview(token, locale))
      .then(
        (made) => {
          setPreview(made);
          announce(text.say('digestPreviewReady'));
        },
        (error: unknown) => {
          setPreview(undefined);
          fail(error, 'digestPreviewFailed');
        },
      );
  };

  return (
    <Card className={styles.card} data-testid="digest">
      <h2 className={styles.heading}>{text.say('digestHeading')}</h2>
      <Text className={styles.muted}>{text.say('digestIntro')}</Text>
      <Switch
        checked={draft.enabled}
        label={text.say(draft.enabled ? 'digestOn' : 'digestOff')}
        onChange={(_, data) => setDraft({ ...draft, enabled: data.checked })}
      />
      <div className={styles.row}>
        <Field label={text.say('digestDay')}>
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
        <Field label={text.say('digestTime', { zone: draft.timeZone })}>
          <Input type="time" value={draft.localTime} onChange={(_, data) => setDraft({ ...draft, localTime: data.value })} />
        </Field>
      </div>
      <Field label={text.say('digestTo')} hint={text.say('digestToHint')}>
        <Input value={audience} onChange={(_, data) => setAudience(data.value)} />
      </Field>
      {loaded.delivery === 'at-next-visit' && draft.enabled ? (
        <MessageBar intent="info" layout="multiline" data-testid="digest-at-next-visit">
          <MessageBarBody>{text.say('digestAtNextVisit')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {loaded.nextRunAt === undefined ? null : (
        <Caption1 className={styles.muted} data-testid="digest-next-run">
          {text.say('digestNextRun', { when: format.moment(loaded.nextRunAt, loaded.settings.timeZone) })}
        </Caption1>
      )}
      {problem === undefined ? null : <ProblemBar problem={problem} />}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save} ref={saveRef} aria-busy={saving} data-testid="digest-save">
          {saving ? <Spinner size="tiny" label={text.say('saving')} /> : text.say('digestSave')}
        </Button>
        <Button onClick={showPreview} aria-busy={preview === 'loading'} data-testid="digest-preview-button">
          {text.say('digestPreview')}
        </Button>
      </div>
      {preview === undefined ? null : preview === 'loading' ? (
        <Spinner size="small" label={text.say('digestWriting')} />
      ) : (
        <section aria-label={text.say('digestPreviewRegion')} data-testid="digest-preview" tabIndex={-1} ref={previewRef} className={styles.region}>
          <Text weight="semibold">{preview.subject}</Text>
          <pre className={styles.preview}>{preview.text}</pre>
        </section>
      )}
    </Card>
  );
}
