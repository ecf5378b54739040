import { act } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDarkBackground, themeFor } from '../../src/taskpane/theme';
import { mountTaskpane } from '../../src/taskpane/mount';
import { FakeComposeAdapter, PROFILE, policyState } from './support/fake-adapter';
import { rulesFor } from './support/render';

describe('task pane: Office theme and mounting', () => {
  test('dark Office backgrounds pick the dark Fluent theme', () => {
    expect(isDarkBackground('#1f1f1f')).toBe(true);
    expect(isDarkBackground('#000')).toBe(true);
    expect(isDarkBackground('#ffffff')).toBe(false);
    expect(isDarkBackground('#f3f2f1')).toBe(false);
    expect(isDarkBackground(undefined)).toBe(false);
    expect(isDarkBackground('not a colour')).toBe(false);
    expect(themeFor({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });

  test('mountTaskpane renders into the container in the adapter\'s language and unmounts cleanly', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const adapter = new FakeComposeAdapter({ subject: '' , bodyHtml: '<p>Hello,</p><p>thank you.</p>' }, PROFILE);
    adapter.language = 'en-US';
    adapter.officeTheme = { bodyBackgroundColor: '#1f1f1f' };
    let unmount!: () => void;
    await act(async () => {
      unmount = mountTaskpane(container, { adapter, policy: policyState(), rules: rulesFor('subject-missing') });
    });
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(container.querySelector('[lang="en"]')).not.toBeNull();
    expect(container.querySelector('[data-rule="subject-missing"]')).not.toBeNull();
    expect(container.textContent).toContain('1 error');
    expect(adapter.listenerCount).toBe(1);

    act(() => unmount());
    expect(container.childElementCount).toBe(0);
    expect(adapter.listenerCount).toBe(0);
    container.remove();
  });

  test('follows an Office theme change while open (OfficeThemeChanged), not only at mount', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const adapter = new FakeComposeAdapter({ subject: 'Termin', bodyHtml: '<p>Szanowna Pani,</p>' }, PROFILE);
    let unmount!: () => void;
    await act(async () => {
      unmount = mountTaskpane(container, { adapter, policy: policyState(), rules: rulesFor('subject-missing') });
    });
    const background = () => getComputedStyle(container.querySelector('.fui-FluentProvider') as HTMLElement).getPropertyValue('--colorNeutralBackground1').trim();
    expect(background()).toBe(webLightTheme.colorNeutralBackground1);
    await act(async () => adapter.changeTheme({ bodyBackgroundColor: '#1f1f1f' }));
    expect(background()).toBe(webDarkTheme.colorNeutralBackground1);
    await act(async () => adapter.changeTheme({ bodyBackgroundColor: '#ffffff' }));
    expect(background()).toBe(webLightTheme.colorNeutralBackground1);
    act(() => unmount());
    expect(adapter.themeListeners.size).toBe(0);
    container.remove();
  });
});
