import {
  Button,
  Caption1,
  Card,
  Field,
  makeStyles,
  Slider,
  Spinner,
  SpinButton,
  Switch,
  Text,
  tokens,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import { SETTABLE_SUGGESTION_KINDS, type Problem, type SettableSuggestionKind, type WorkSettings, type WorkSettingsResponse } from '@upfront/contracts';
import { SETTINGS_TEXT } from '@upfront/core';
import { useEffect, useRef, useState, type Ref } from 'react';
import { toProblem } from '../../api/client.js';
import type { SettingsClient } from '../../api/settings-client.js';
import { useSession } from '../../session/tab-session.js';
import { useText } from '../../text/use-text.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { parseDecimal } from './parse-decimal.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  value: { fontWeight: tokens.fontWeightSemibold },
  slider: { maxWidth: '28rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  number: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  spin: { width: '7rem' },
  kinds: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, border: 'none', margin: 0, padding: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The fields typed as numbers (the sliders cannot leave their range). */
type NumberField = 'low' | 'normal' | 'high' | 'horizonDays';
const HOURS = { min: 0.25, max: 40 } as const;
const DAYS = { min: 1, max: 90 } as const;

const KIND_WORDS: Record<SettableSuggestionKind, 'kindHeadsUp' | 'kindAskForHelp' | 'kindConfirmPromise' | 'kindMeetingBrief' | 'kindDelivered' | 'kindOnTrack'> = {
  'heads-up': 'kindHeadsUp',
  'ask-for-help': 'kindAskForHelp',
  'confirm-promise': 'kindConfirmPromise',
  'meeting-brief': 'kindMeetingBrief',
  delivered: 'kindDelivered',
  'on-track': 'kindOnTrack',
};

/** Two decimals at most: a slider's step arithmetic (0.7 − 0.05 = 0.6499…) is not a preference. */
const tidy = (value: number) => Math.round(value * 100) / 100;

/**
 * The working preferences (focus factor, tentative weight, margin, default efforts, horizon) and the suggestion
 * kinds, saved together; Reset goes back to the defaults. Numbers are shown and read in the session's locale.
 */
export function WorkSettingsForm(props: { client: SettingsClient; getToken: () => Promise<string> }) {
  const styles = useStyles();
  const text = useText(SETTINGS_TEXT);
  const { locale } = useSession();
  const announce = useAnnounce();
  const { client, getToken } = props;
  const [loaded, setLoaded] = useState<WorkSettingsResponse | undefined>(undefined);
  const [draft, setDraft] = useState<WorkSettings | undefined>(undefined);
  /** What a person typed that is not (yet) a valid number, by field. */
  const [typed, setTyped] = useState<Partial<Record<NumberField, string>>>({});
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [busy, setBusy] = useState<'saving' | 'resetting' | undefined>(undefined);
  const saveRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const fieldRefs = useRef<Partial<Record<NumberField, HTMLInputElement | null>>>({});

  useEffect(() => {
    let live = true;
    getToken()
      .then((token) => client.loadWork(token))
      .then(
        (response) => {
          if (!live) return;
          setLoaded(response);
          setDraft(response.settings);
        },
        (error: unknown) => {
          if (live) setProblem(toProblem(error, text.say('loadFailed')));
        },
      );
    return () => {
      live = false;
    };
  }, [client, getToken, text]);

  if (draft === undefined || loaded === undefined) {
    return (
      <Card className={styles.card}>
        <h2 className={styles.heading}>{text.say('workHeading')}</h2>
        {problem === undefined ? <Spinner size="small" label={text.say('loading')} /> : <ProblemBar problem={problem} />}
      </Card>
    );
  }

  const defaults = loaded.defaults;

  /** The validation message of a typed field, or undefined when it holds a valid number. */
  const problemOf = (field: NumberField): string | undefined => {
    const raw = typed[field];
    if (raw === undefined) return undefined;
    const range = field === 'horizonDays' ? DAYS : HOURS;
    const value = parseDecimal(raw, locale);
    if (value === undefined) return text.say('notANumber', { example: field === 'horizonDays' ? 14 : 1.5 });
    if (field === 'horizonDays' && !Number.isInteger(value)) return text.say('daysOutOfRange', range);
    if (value < range.min || value > range.max) return text.say(field === 'horizonDays' ? 'daysOutOfRange' : 'hoursOutOfRange', range);
    return undefined;
  };
  const invalid = (['low', 'normal', 'high', 'horizonDays'] as const).filter((f) => problemOf(f) !== undefined);

  const setNumber = (field: NumberField, value: number) => {
    setDraft((d) => {
      if (d === undefined) return d;
      return field === 'horizonDays' ? { ...d, horizonDays: value } : { ...d, defaultEffortHours: { ...d.defaultEffortHours, [field]: value } };
    });
  };
  /** SpinButton: its arrows give a value; typing gives the text, read in the locale on blur or Enter. */
  const onSpin = (field: NumberField) => (_: unknown, data: SpinButtonOnChangeData) => {
    const range = field === 'horizonDays' ? DAYS : HOURS;
    if (data.value !== undefined && data.value !== null) {
      setTyped(({ [field]: _drop, ...rest }) => rest);
      setNumber(field, tidy(Math.min(range.max, Math.max(range.min, data.value))));
      return;
    }
    const raw = data.displayValue ?? '';
    const value = parseDecimal(raw, locale);
    const ok = value !== undefined && value >= range.min && value <= range.max && (field !== 'horizonDays' || Number.isInteger(value));
    if (ok) {
      setTyped(({ [field]: _drop, ...rest }) => rest);
      setNumber(field, tidy(value));
    } else setTyped((t) => ({ ...t, [field]: raw }));
  };
  const valueOf = (field: NumberField) => (field === 'horizonDays' ? draft.horizonDays : draft.defaultEffortHours[field]);
  const unitOf = (field: NumberField, value: number) => text.say(field === 'horizonDays' ? 'horizonUnit' : 'hoursUnit', { value });
  /** The number as the locale writes it (ICU through the catalogue, never by hand). */
  const shown = (value: number) => text.say('number', { value });

  const spin = (field: NumberField, label: string, about?: string) => {
    const message = problemOf(field);
    const value = valueOf(field);
    const fallback = field === 'horizonDays' ? defaults.horizonDays : defaults.defaultEffortHours[field];
    return (
      <Field
        key={field}
        label={label}
        hint={`${about === undefined ? '' : `${about} `}${text.say('defaultIs', { value: `${shown(fallback)} ${unitOf(field, fallback)}` })}`}
        validationState={message === undefined ? 'none' : 'error'}
        validationMessage={message}
      >
        <div className={styles.number}>
          <SpinButton
            className={styles.spin}
            ref={(el) => {
              fieldRefs.current[field] = el;
            }}
            data-testid={`work-${field}`}
            value={typed[field] === undefined ? value : null}
            displayValue={typed[field] ?? shown(value)}
            min={field === 'horizonDays' ? DAYS.min : HOURS.min}
            max={field === 'horizonDays' ? DAYS.max : HOURS.max}
            step={field === 'horizonDays' ? 1 : 0.5}
            onChange={onSpin(field)}
          />
          <Text>{unitOf(field, value)}</Text>
        </div>
      </Field>
    );
  };

  const slider = (props: {
    id: 'focusFactor' | 'tentativeWeight' | 'marginRatio';
    label: string;
    hint: string;
    words: (value: number) => string;
    min: number;
    max: number;
    step: number;
    inputRef?: Ref<HTMLInputElement>;
  }) => {
    const value = draft[props.id];
    return (
      <Field label={props.label} hint={`${props.hint} ${text.say('defaultIs', { value: props.words(defaults[props.id]) })}`}>
        <Text className={styles.value} data-testid={`work-${props.id}-value`} aria-hidden>
          {props.words(value)}
        </Text>
        <Slider
          className={styles.slider}
          input={{ ref: props.inputRef, 'aria-valuetext': props.words(value) }}
          data-testid={`work-${props.id}`}
          min={props.min}
          max={props.max}
          step={props.step}
          value={value}
          onChange={(_, data) => setDraft((d) => (d === undefined ? d : { ...d, [props.id]: tidy(data.value) }))}
        />
      </Field>
    );
  };

  const dirty = JSON.stringify(draft) !== JSON.stringify(loaded.settings) || Object.keys(typed).length > 0;

  const save = () => {
    if (busy !== undefined) return;
    if (invalid.length > 0) {
      announce(text.say('fixFirst', { count: invalid.length }), 'assertive');
      const first = invalid[0];
      if (first !== undefined) fieldRefs.current[first]?.focus();
      return;
    }
    setBusy('saving');
    setProblem(undefined);
    getToken()
      .then((token) => client.saveWork(token, draft))
      .then(
        (response) => {
          setBusy(undefined);
          setLoaded(response);
          setDraft(response.settings);
          announce(text.say('saved'));
          saveRef.current?.focus();
        },
        (error: unknown) => {
          setBusy(undefined);
          const p = toProblem(error, text.say('saveFailed'));
          setProblem(p);
          announce(`${text.say('saveFailed')} ${p.detail}`, 'assertive');
        },
      );
  };

  const reset = () => {
    if (busy !== undefined) return;
    setBusy('resetting');
    setProblem(undefined);
    getToken()
      .then((token) => client.resetWork(token))
      .then(
        (response) => {
          setBusy(undefined);
          setLoaded(response);
          setDraft(response.settings);
          setTyped({});
          announce(text.say('resetDone'));
          firstRef.current?.focus();
        },
        (error: unknown) => {
          setBusy(undefined);
          const p = toProblem(error, text.say('saveFailed'));
          setProblem(p);
          announce(`${text.say('saveFailed')} ${p.detail}`, 'assertive');
        },
      );
  };

  return (
    <form
      className={styles.form}
      data-testid="work-settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Card className={styles.card}>
        <h2 className={styles.heading}>{text.say('workHeading')}</h2>
        <Text className={styles.muted}>{text.say('workIntro')}</Text>
        {slider({
          id: 'focusFactor',
          label: text.say('focusFactorLabel'),
          hint: text.say('focusFactorHint'),
          words: (v) => text.say('focusFactorValue', { value: v, share: v }),
          min: 0.1,
          max: 1,
          step: 0.05,
          inputRef: firstRef,
        })}
        {slider({
          id: 'tentativeWeight',
          label: text.say('tentativeLabel'),
          hint: text.say('tentativeHint'),
          words: (v) => text.say('tentativeValue', { value: v, share: v }),
          min: 0,
          max: 1,
          step: 0.1,
        })}
        {slider({
          id: 'marginRatio',
          label: text.say('marginLabel'),
          hint: text.say('marginHint'),
          words: (v) => text.say('marginValue', { share: v }),
          min: 0,
          max: 1,
          step: 0.05,
        })}
        <h3 className={styles.subheading}>{text.say('effortsHeading')}</h3>
        <Caption1 className={styles.muted}>{text.say('effortsHint')}</Caption1>
        <div className={styles.row}>
          {spin('low', text.say('effortLow'))}
          {spin('normal', text.say('effortNormal'))}
          {spin('high', text.say('effortHigh'))}
        </div>
        {spin('horizonDays', text.say('horizonLabel'), text.say('horizonHint'))}
      </Card>

      <Card className={styles.card}>
        <fieldset className={styles.kinds}>
          <legend>
            <h2 className={styles.heading}>{text.say('kindsHeading')}</h2>
          </legend>
          <Text className={styles.muted}>{text.say('kindsHint')}</Text>
          {SETTABLE_SUGGESTION_KINDS.map((kind) => (
            <Switch
              key={kind}
              data-testid={`kind-${kind}`}
              label={text.say(KIND_WORDS[kind])}
              checked={draft.suggestionKinds[kind]}
              onChange={(_, data) => setDraft((d) => (d === undefined ? d : { ...d, suggestionKinds: { ...d.suggestionKinds, [kind]: data.checked } }))}
            />
          ))}
        </fieldset>
      </Card>

      {problem === undefined ? null : <ProblemBar problem={problem} />}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" ref={saveRef} data-testid="work-save" aria-busy={busy === 'saving'}>
          {busy === 'saving' ? <Spinner size="tiny" label={text.say('saving')} /> : text.say('save')}
        </Button>
        <Button type="button" onClick={reset} data-testid="work-reset" aria-busy={busy === 'resetting'}>
          {text.say('reset')}
        </Button>
        {dirty ? (
          <Caption1 className={styles.muted} data-testid="work-unsaved">
            {text.say('unsaved')}
          </Caption1>
        ) : null}
      </div>
    </form>
  );
}
