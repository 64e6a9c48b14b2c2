import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { SETTINGS_TEXT } from '@upfront/core';
import { useMemo } from 'react';
import { createSettingsClient } from '../../api/settings-client.js';
import { config } from '../../config.js';
import { useSession } from '../../session/tab-session.js';
import { useText } from '../../text/use-text.js';
import { DigestPanel } from './DigestPanel.js';
import { WorkSettingsForm } from './WorkSettingsForm.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '48rem' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The Settings view as the personal tab loads it (on demand): working preferences, suggestion kinds, the digest. */
export default function SettingsPage() {
  const styles = useStyles();
  const session = useSession();
  const text = useText(SETTINGS_TEXT);
  const client = useMemo(() => createSettingsClient({ baseUrl: config.apiBaseUrl }), []);
  return (
    <div className={styles.page} data-testid="settings-view">
      <h1 className={styles.heading}>{text.say('heading')}</h1>
      <Text className={styles.muted}>{text.say('intro')}</Text>
      <WorkSettingsForm client={client} getToken={session.getToken} />
      <DigestPanel client={client} getToken={session.getToken} locale={session.locale} />
    </div>
  );
}
