export { Settings, type SettingsProps } from './Settings';
export { useSettings, type UseSettings } from './useSettings';
