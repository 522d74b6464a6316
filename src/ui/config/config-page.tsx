import { Body1, Field, Link, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useRef, useState } from 'react';

import type { ModelVariant } from '../../domain/catalogue/types';
import {
  defaultTabSettings,
  type OpeningView,
  openingViewNames,
  openingViews,
  tabInstanceConfig,
  type TabSettings,
} from './tab-settings';
import type { HostAdapter } from '../../host/host-types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '40rem' },
});

const variantNames: Readonly<Record<ModelVariant, string>> = {
  schools: 'Schools and specialist settings',
  colleges: 'Colleges',
};

/**
 * The configurable tab's settings page. In Teams the host's Save button stores the choices in the tab's
 * contentUrl; in a plain browser the page offers a link to the tab with the same choices.
 */
export function ConfigPage(props: { host: HostAdapter }): ReactNode {
  const { host } = props;
  const styles = useStyles();
  const [settings, setSettings] = useState<TabSettings>(defaultTabSettings);
  const latest = useRef(settings);
  latest.current = settings;
  const origin = window.location.origin;
  const managedByHost = host.capabilities.tabConfig;

  useEffect(() => {
    if (!managedByHost) return;
    if (host.context.frame === 'remove') {
      host.onConfigRemove(() => Promise.resolve());
    } else {
      host.onConfigSave(() => Promise.resolve(tabInstanceConfig(origin, latest.current)));
    }
    // Both choices always have a value, so the form is valid from the start.
    host.setConfigValid(true);
  }, [host, managedByHost, origin]);

  if (host.context.frame === 'remove') {
    return (
      <Body1 block as="p">
        Removing this tab deletes nothing: the reviews, the plan and the provision map stay in the team&apos;s
        SharePoint lists, and adding the tab again brings them back.
      </Body1>
    );
  }

  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()}>
      <Field label="Maturity model" hint="New internal leadership reviews use this model. Each review keeps its own.">
        <RadioGroup
          value={settings.variant}
          onChange={(_, data) => setSettings({ ...settings, variant: data.value as ModelVariant })}
        >
          {(Object.keys(variantNames) as ModelVariant[]).map((v) => (
            <Radio key={v} value={v} label={variantNames[v]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Open the tab on">
        <RadioGroup
          value={settings.opensOn}
          onChange={(_, data) => setSettings({ ...settings, opensOn: data.value as OpeningView })}
        >
          {openingViews.map((v) => (
            <Radio key={v} value={v} label={openingViewNames[v]} />
          ))}
        </RadioGroup>
      </Field>
      {managedByHost ? (
        <Body1 block as="p">Choose Save to add the tab to this channel.</Body1>
      ) : (
        <Body1 block as="p">
          <Link href={tabInstanceConfig(origin, settings).contentUrl}>Open the tab with these settings</Link>
        </Body1>
      )}
    </form>
  );
}
