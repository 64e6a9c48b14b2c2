import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PersonSettingsRegular } from '@fluentui/react-icons';
import type { ItemRisk } from '@upfront/contracts';
import { PEOPLE_TEXT } from '@upfront/core';
import { lazy, type ComponentProps } from 'react';
import { useFormatter } from '../format/use-formatter.js';
import { useText } from '../text/use-text.js';
import { describeDeadlineStyle } from './deadline-style.js';
import { OnDemand } from './OnDemand.js';
import { findPreference, firstName } from './stakeholder-preference.js';
import type { PreferenceEditing } from './use-preferences.js';

// The popover (Popover, Portal, positioning, RadioGroup, Field, Input, Divider) loads when first opened.
const loadPopover = () => import('./StakeholderSettingsPopover.js');
const StakeholderSettingsPopover = lazy(loadPopover);

type Person = ItemRisk['stakeholders'][number];

const useStyles = makeStyles({
  trigger: {
    minWidth: 'auto',
    height: 'auto',
    paddingInline: tokens.spacingHorizontalXS,
    marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalXS})`,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'start',
  },
  style: { color: tokens.colorNeutralForeground3 },
});

/** The stakeholder's button (name, city, the due-date style the user set), the same before and after its popover has loaded. */
export function StakeholderTrigger(props: ComponentProps<typeof Button> & { person: Person; editing: PreferenceEditing }) {
  const { person, editing, ...rest } = props;
  const format = useFormatter();
  const text = useText(PEOPLE_TEXT);
  const styles = useStyles();
  const name = firstName(person.displayName);
  const city = person.city;
  const preference = editing.preferences === undefined ? undefined : findPreference(editing.preferences, person.id);
  const styleText = preference?.deadlineStyle === undefined ? undefined : describeDeadlineStyle(preference.deadlineStyle, format, text);
  return (
    <Button
      {...rest}
      className={styles.trigger}
      appearance="transparent"
      size="small"
      icon={<PersonSettingsRegular />}
      aria-label={text.say('popoverTrigger', { displayName: person.displayName, city, name })}
    >
      <span>
        {text.say('popoverPerson', { displayName: person.displayName, city })}
        {styleText === undefined ? null : <span className={styles.style}> {text.say('popoverDueAt', { style: styleText })}</span>}
      </span>
    </Button>
  );
}

/**
 * One stakeholder of an item, as a button opening the user's settings for that person: how they read a due date
 * (the user's own knowledge of them, never inferred) and the public holidays the user knows they work.
 */
export function StakeholderSettings(props: { person: Person; editing: PreferenceEditing }) {
  return (
    <OnDemand
      preload={loadPopover}
      trigger={(events) => <StakeholderTrigger person={props.person} editing={props.editing} aria-expanded={false} {...events} />}
      surface={<StakeholderSettingsPopover person={props.person} editing={props.editing} />}
    />
  );
}
