import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import type { MessageTone, PersonCard, Problem, StakeholderPreference } from '@upfront/contracts';
import { PEOPLE_TEXT, SUPPORTED_LOCALES } from '@upfront/core';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { TabFormatter } from '../../format/create-tab-formatter.js';
import { toDeadlineStyle, toDeadlineStyleChoices, type DeadlineStyleKind } from '../../preferences/deadline-style.js';
import { useText } from '../../text/use-text.js';
import { ProblemBar } from '../../ui/ProblemBar.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '32rem' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  saved: { color: tokens.colorNeutralForeground2, outlineOffset: tokens.spacingHorizontalXXS },
});

/** What the form edits; the worked holidays stay what the server holds (the client keeps them). */
interface Draft {
  kind: DeadlineStyleKind;
  time: string;
  language: string;
  tone: MessageTone;
}

function toDraft(p: PersonCard['preference']): Draft {
  return {
    kind: p.deadlineStyle?.kind ?? 'close-of-business-day',
    time: p.deadlineStyle?.kind === 'exact-time' ? p.deadlineStyle.time : '17:00',
    language: p.language ?? '',
    tone: p.tone ?? 'direct',
  };
}

/** A language tag's name in the reader's locale (CLDR data through `Intl`, as dates are), or the tag itself. */
function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    // A tag Intl cannot name (an old or private one) is still the person's setting: show it as it is.
    return tag;
  }
}

/**
 * The user's settings for one person, inline: how they read a due date, the language and the tone of updates to
 * them. Saving puts the whole preference (keeping worked holidays); `onSaved` reloads the view, then the
 * confirmation takes the focus (the button is disabled while saving, so the focus would otherwise be lost).
 */
export function PersonPreferencesForm(props: {
  person: PersonCard;
  name: string;
  locale: string;
  format: TabFormatter;
  save(change: (current: StakeholderPreference) => StakeholderPreference): Promise<Problem | undefined>;
  onSaved(message: string): void;
}) {
  const { person, name, locale, format } = props;
  const styles = useStyles();
  const text = useText(PEOPLE_TEXT);
  const headingId = useId();
  const styleId = useId();
  const toneId = useId();
  const savedRef = useRef<HTMLSpanElement>(null);
  const initial = useMemo(() => toDraft(person.preference), [person.preference]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  useEffect(() => setDraft(initial), [initial]);
  useEffect(() => {
    if (saved !== undefined) savedRef.current?.focus();
  }, [saved]);

  const languages = useMemo(() => {
    const tags: string[] = [...SUPPORTED_LOCALES];
    if (person.preference.language !== undefined && !tags.includes(person.preference.language)) tags.push(person.preference.language);
    return tags.map((tag) => ({ tag, name: languageName(tag, locale) }));
  }, [person.preference.language, locale]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const style = toDeadlineStyle(draft.kind, draft.time);
    if (!style.ok) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setSaving(true);
    setProblem(undefined);
    setSaved(undefined);
    const failed = await props.save((current) => {
      const { deadlineStyle: _s, language: _l, tone: _t, ...rest } = current;
      return {
        ...rest,
        // The default style is stored as no style, so a later change of the default applies to them too.
        ...(style.style.kind === 'close-of-business-day' ? {} : { deadlineStyle: style.style }),
        ...(draft.language === '' ? {} : { language: draft.language }),
        ...(draft.tone === 'direct' ? {} : { tone: draft.tone }),
      };
    });
    setSaving(false);
    if (failed !== undefined) {
      setProblem(failed);
      return;
    }
    const message = text.say('saved', { name });
    setSaved(message);
    props.onSaved(message);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={headingId} data-testid="person-settings">
      <h4 className={styles.heading} id={headingId}>
        {text.say('settingsHeading', { name })}
      </h4>
      <Text size={200} className={styles.hint}>
        {text.say('settingsHint', { name })}
      </Text>
      <Field label={{ children: text.say('styleLabel', { name }), id: styleId }}>
        <RadioGroup
          aria-labelledby={styleId}
          value={draft.kind}
          disabled={saving}
          onChange={(_, data) => setDraft((d) => ({ ...d, kind: data.value as DeadlineStyleKind }))}
        >
          {toDeadlineStyleChoices(format, text).map((choice) => (
            <Radio key={choice.kind} value={choice.kind} label={choice.label} />
          ))}
        </RadioGroup>
      </Field>
      {draft.kind === 'exact-time' ? (
        <Field
          label={text.say('exactTimeLabel', { name, city: person.city })}
          validationMessage={invalid ? text.say('exactTimeInvalid') : undefined}
          validationState={invalid ? 'error' : 'none'}
        >
          <Input type="time" value={draft.time} disabled={saving} onChange={(_, data) => setDraft((d) => ({ ...d, time: data.value }))} />
        </Field>
      ) : null}
      <Field label={text.say('languageLabel', { name })}>
        <Select value={draft.language} disabled={saving} onChange={(_, data) => setDraft((d) => ({ ...d, language: data.value }))}>
          <option value="">{text.say('languageDefault')}</option>
          {languages.map((l) => (
            <option key={l.tag} value={l.tag}>
              {l.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={{ children: text.say('toneLabel', { name }), id: toneId }}>
        <RadioGroup
          aria-labelledby={toneId}
          layout="horizontal"
          value={draft.tone}
          disabled={saving}
          onChange={(_, data) => setDraft((d) => ({ ...d, tone: data.value as MessageTone }))}
        >
          <Radio value="direct" label={text.say('toneDirect')} />
          <Radio value="diplomatic" label={text.say('toneDiplomatic')} />
        </RadioGroup>
      </Field>
      {problem === undefined ? null : <ProblemBar problem={problem} />}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={saving} icon={saving ? <Spinner size="extra-tiny" /> : undefined}>
          {saving ? text.say('saving') : text.say('save')}
        </Button>
        {saved === undefined ? null : (
          <Text as="span" className={styles.saved} ref={savedRef} tabIndex={-1} data-testid="person-saved">
            {saved}
          </Text>
        )}
      </div>
    </form>
  );
}
