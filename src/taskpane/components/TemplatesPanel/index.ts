export { TemplatesPanel, type TemplatesPanelProps } from './TemplatesPanel';
