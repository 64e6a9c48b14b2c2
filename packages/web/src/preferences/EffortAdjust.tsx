import { Button } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { ItemRisk } from '@upfront/contracts';
import { RISKS_TEXT } from '@upfront/core';
import { lazy, type ComponentProps } from 'react';
import { useText } from '../text/use-text.js';
import { OnDemand } from './OnDemand.js';
import { usePopoverStyles } from './popover-styles.js';
import type { PreferenceEditing } from './use-preferences.js';

// The popover (Popover, Portal, positioning, Field, Input) loads when first opened.
const loadPopover = () => import('./EffortAdjustPopover.js');
const EffortAdjustPopover = lazy(loadPopover);

/** The "Adjust" button, the same before and after its popover has loaded. */
export function EffortTrigger(props: ComponentProps<typeof Button> & { item: ItemRisk }) {
  const { item, ...rest } = props;
  const styles = usePopoverStyles();
  const text = useText(RISKS_TEXT);
  return (
    <Button
      {...rest}
      className={styles.trigger}
      appearance="transparent"
      size="small"
      icon={<EditRegular />}
      aria-label={text.say('effortAdjustLabel', { title: item.title })}
    >
      {text.say('effortAdjust')}
    </Button>
  );
}

/** "Adjust" next to an item's effort: the user's own estimate of the work left, or back to the derived one. */
export function EffortAdjust(props: { item: ItemRisk; editing: PreferenceEditing }) {
  return (
    <OnDemand
      preload={loadPopover}
      trigger={(events) => <EffortTrigger item={props.item} aria-expanded={false} {...events} />}
      surface={<EffortAdjustPopover item={props.item} editing={props.editing} />}
    />
  );
}
